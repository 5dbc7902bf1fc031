"""Issue 10 item 3: a provider's "too many messages" slows the whole transport.

The reply is read by `health.provider_limit`; a pass that meets one hands that
message and the rest of its batch back to the queue with their attempts unused,
and no pass sends until the pause runs out (the backoff after a rate reply, the
next day's send window after a daily one). Through the CLI, against a real
aiosmtpd server on 127.0.0.1 that answers the limit after N messages.
"""

from __future__ import annotations

import contextlib
import io
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from bigpractice import NOW, BigPractice, smtp_outgoing, write_big_practice
from smtp_fault_server import Fault, FaultSMTPServer

from carecall_mail.app.cli import main
from carecall_mail.jobs import health
from carecall_mail.store.records import OutboxStatus
from carecall_mail.store.sqlite import Ledger

CLIENTS = 12
PLAIN = {"starttls": False, "auth": False}  # security: none to loopback, no log-in


def carecall(big: BigPractice, *args: str, now: datetime) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([args[0], "-c", str(big.config), *args[1:], "--now", now.isoformat()])
    return code, out.getvalue() + err.getvalue()


def rows(big: BigPractice) -> dict[str, tuple[OutboxStatus, int]]:
    with Ledger.open(big.ledger) as ledger:
        return {r.key: (r.status, r.attempts) for s in OutboxStatus for r in ledger.rows(s)}


def accepted_ids(server: FaultSMTPServer) -> Counter[str]:
    return Counter(str(t.message()["Message-ID"]) for t in server.messages)


def resume(big: BigPractice, server: FaultSMTPServer, now: datetime) -> str:
    """The provider takes mail again: one `send` delivers the rest, every message once."""
    server.clear_faults()
    code, said = carecall(big, "send", now=now)
    assert code == 0, said
    ids = accepted_ids(server)
    assert len(ids) == CLIENTS and set(ids.values()) == {1}, ids
    assert all(s is OutboxStatus.SENT for s, _ in rows(big).values())
    return said


@pytest.fixture
def big(tmp_path: Path, fault_smtp: FaultSMTPServer) -> BigPractice:
    return write_big_practice(
        tmp_path / "practice",
        CLIENTS,
        outgoing=smtp_outgoing(fault_smtp.host, fault_smtp.port, connections=3, timeout=10),
    )


# ---------------------------------------------------------------- through the CLI


@pytest.mark.parametrize("fault_smtp", [PLAIN], indirect=True)
def test_a_421_rate_pauses_the_whole_transport_and_nothing_is_lost_or_sent_twice(
    big: BigPractice, fault_smtp: FaultSMTPServer
) -> None:
    fault_smtp.inject(Fault.RATE_LIMITED, count=None, after=5)
    code, said = carecall(big, "send", now=NOW)
    assert code == 0, said  # a 4xx to retry later is not a failure
    assert "sending is paused until 2027-03-01 10:01" in said and "4.7.0" in said, said
    assert len(fault_smtp.messages) == 5
    state = rows(big)
    queued = [k for k, (s, _) in state.items() if s is OutboxStatus.QUEUED]
    assert len(queued) == CLIENTS - 5
    # The rest was handed back unclaimed: no attempt used, none failed.
    assert all(state[k][1] == 0 for k in queued)
    assert not [k for k, (s, _) in state.items() if s is OutboxStatus.FAILED]

    code, said = carecall(big, "status", now=NOW + timedelta(seconds=20))
    assert code == 0
    assert "PAUSED: sending is paused until 2027-03-01 10:01" in said, said
    assert "too many too fast" in said

    # Within the pause neither `send` nor the worker connects at all.
    connections = fault_smtp.connections
    code, said = carecall(big, "send", now=NOW + timedelta(seconds=30))
    assert code == 0 and "sending is paused" in said, said
    code, said = carecall(big, "run", "--once", now=NOW + timedelta(seconds=40))
    assert code == 0 and "sending is paused" in said, said
    assert fault_smtp.connections == connections

    said = resume(big, fault_smtp, NOW + timedelta(minutes=2))
    assert "7 sent" in said, said
    code, said = carecall(big, "status", now=NOW + timedelta(minutes=3))
    assert "PAUSED" not in said, said


@pytest.mark.parametrize("fault_smtp", [PLAIN], indirect=True)
def test_a_rate_reply_again_right_after_the_pause_waits_twice_as_long(
    big: BigPractice, fault_smtp: FaultSMTPServer
) -> None:
    fault_smtp.inject(Fault.RATE_LIMITED, count=None, after=2)
    assert carecall(big, "send", now=NOW)[0] == 0
    fault_smtp.clear_faults()
    fault_smtp.inject(Fault.RATE_LIMITED, count=None, after=3)
    code, said = carecall(big, "send", now=NOW + timedelta(minutes=1))
    assert code == 0 and "paused until 2027-03-01 10:03" in said, said
    assert len(fault_smtp.messages) == 5
    resume(big, fault_smtp, NOW + timedelta(minutes=3))


@pytest.mark.parametrize("fault_smtp", [PLAIN], indirect=True)
def test_a_daily_limit_pauses_sending_until_the_next_days_window(
    big: BigPractice, fault_smtp: FaultSMTPServer
) -> None:
    fault_smtp.inject(Fault.DAILY_LIMIT, count=None, after=4)
    code, said = carecall(big, "send", now=NOW)
    assert code == 0, said  # a 5.4.5 is the day's quota, not a refused message
    # Monday 10:00 in Zurich: the next day's window opens Tuesday 09:00.
    assert "sending is paused until 2027-03-02 09:00" in said and "5.4.5" in said, said
    state = rows(big)
    assert Counter(s for s, _ in state.values()) == {
        OutboxStatus.SENT: 4,
        OutboxStatus.QUEUED: CLIENTS - 4,
    }
    code, said = carecall(big, "status", now=NOW + timedelta(hours=3))
    assert "the day's sending limit is used up" in said and "max_per_day" in said, said

    connections = fault_smtp.connections
    assert carecall(big, "send", now=NOW + timedelta(hours=6))[0] == 0
    assert fault_smtp.connections == connections

    resume(big, fault_smtp, NOW + timedelta(hours=23, minutes=5))


@pytest.mark.parametrize("fault_smtp", [PLAIN], indirect=True)
def test_a_refused_message_is_still_that_message_s_failure_alone(
    big: BigPractice, fault_smtp: FaultSMTPServer
) -> None:
    """550 5.7.1 spam is no limit: one failed, the others sent, no pause."""
    fault_smtp.inject(Fault.REJECT_DATA, after=2)
    code, said = carecall(big, "send", now=NOW)
    assert code == 1 and "paused" not in said, said
    state = rows(big)
    assert Counter(s for s, _ in state.values()) == {
        OutboxStatus.SENT: CLIENTS - 1,
        OutboxStatus.FAILED: 1,
    }


# ---------------------------------------------------------------- the pure core


@pytest.mark.parametrize(
    ("code", "words", "kind"),
    [
        (421, "421 4.7.0 Try again later, closing connection. (rate)", "rate"),
        (421, "MAIL: 421 4.7.28 unusual rate of unsolicited mail", "rate"),
        (450, "RCPT: 450 4.7.1 Client host rejected: too many connections", "rate"),
        (451, "MAIL: 451 4.7.0 Temporary server error. Please try again later", "rate"),
        (454, "login failed: 454 4.7.0 Too many login attempts, please try again later", "rate"),
        (550, "MAIL: 550 5.4.5 Daily user sending quota exceeded", "daily"),
        (554, "554 5.4.5 Daily sending limit exceeded", "daily"),
        (550, "550 5.7.1 Sending limit exceeded for this account", "rate"),
        (
            550,
            "550 5.7.0 you have reached your daily limit for message recipients",
            "daily",
        ),
        (421, "421 4.3.2 Service not available, closing transmission channel", None),
        (451, "451 4.3.0 Requested action aborted: local error in processing", None),
        (550, "550 5.7.1 Message rejected as spam", None),
        (552, "552 5.2.2 The email account that you tried to reach is over quota", None),
        (450, "450 4.7.1 Recipient address rejected: greylisted, try again", None),
        (552, "552 5.3.4 Message size exceeds fixed limit", None),
        (None, "connection lost: too many", None),
        (250, "250 2.0.0 OK rate", None),
    ],
)
def test_provider_limit_reads_the_reply(code: int | None, words: str, kind: str | None) -> None:
    assert health.provider_limit(code, words) == kind


T0 = datetime(2027, 3, 1, 9, 0, tzinfo=NOW.tzinfo)


def test_a_rate_pause_backs_off_and_a_clean_pass_ends_it() -> None:
    state = health.Health("outgoing")
    tomorrow = T0 + timedelta(days=1)
    waits = []
    for _ in range(6):
        state = health.after_limit(state, "rate", "421 4.7.0 rate", T0, tomorrow)
        assert state.paused_until is not None
        waits.append(state.paused_until - T0)
    assert waits == [timedelta(minutes=m) for m in (1, 2, 4, 8, 15, 15)]
    assert state.paused(T0) and not state.paused(T0 + timedelta(minutes=15))
    assert not state.failing  # a limit is not a broken connection
    again = health.Health.from_json("outgoing", state.to_json())
    assert again == state
    cleared = health.after_success(state, T0 + timedelta(minutes=20))
    assert cleared.limits == 0 and not cleared.paused(T0)


def test_a_daily_pause_ends_at_the_given_next_window() -> None:
    tomorrow = T0 + timedelta(days=1)
    state = health.after_limit(health.Health("outgoing"), "daily", "5.4.5", T0, tomorrow)
    assert state.paused_until == tomorrow
    lines = health.status_lines(state, "smtp x:587", lambda m: str(m), T0)
    assert any("PAUSED" in line and "day's sending limit" in line for line in lines)
    assert health.status_lines(state, "smtp x:587", lambda m: str(m), tomorrow)[1:] == []
