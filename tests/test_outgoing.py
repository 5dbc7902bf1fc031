"""The outgoing transports against real servers: a Maildir on disk, the recording and
fault-injecting aiosmtpd server, and the real Postfix + Dovecot on loopback.

Nothing here mocks SMTP: every transaction crosses a real socket, and the server's own
record (or the recipient's IMAP mailbox) is what the assertions read.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import mailbox
import socket
import stat
import time
import uuid
from collections.abc import Sequence
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from imapclient import IMAPClient
from mailservers import CLIENTS, PRACTITIONER, REJECT_AT_RCPT, TEMPFAIL_AT_RCPT, MailSystem
from smtp_fault_server import FAULT_PASSWORD, FAULT_USER, Fault, FaultSMTPServer

from carecall_mail.core.errors import PermanentDeliveryError, TemporaryDeliveryError
from carecall_mail.transports.outbound import (
    MaildirTransport,
    Outcome,
    Outgoing,
    OutgoingSettingsError,
    SmtpSettings,
    SmtpTransport,
    Transport,
    make_transport,
)

SUBJECT = "Ferien über Neujahr – Praxis Field"  # non-ASCII: RFC 2047 encoded words


def _outgoing(
    to: str | Sequence[str] = "maria@example.org",
    *,
    key: str | None = None,
    subject: str = SUBJECT,
    body: str = "Liebe Maria,\n\nich bin vom 20.12. bis 4.1. in den Ferien.\n.\nAna\n",
) -> Outgoing:
    """A message built the way the renderer does: EmailMessage → bytes with CRLF."""
    recipients = (to,) if isinstance(to, str) else tuple(to)
    key = key or f"holiday_notice:{uuid.uuid4().hex[:10]}"
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"] = f"Ana Field <{PRACTITIONER}>"
    msg["To"] = ", ".join(recipients)
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{key.replace(':', '.')}@fieldpractice.example>"
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(body)
    return Outgoing(key=key, sender=PRACTITIONER, recipients=recipients, data=bytes(msg))


def _deliver(
    transport: Transport, batch: Sequence[Outgoing], *, close: bool = True
) -> list[Outcome]:
    outcomes: list[Outcome] = []

    async def run() -> None:
        try:
            await transport.deliver(batch, outcomes.append)
        finally:
            if close:
                await transport.aclose()

    asyncio.run(run())
    return outcomes


def _by_key(outcomes: list[Outcome]) -> dict[str, Outcome]:
    keys = [o.key for o in outcomes]
    assert len(keys) == len(set(keys)), f"an outcome reported twice: {keys}"
    return {o.key: o for o in outcomes}


def _settings(server: FaultSMTPServer, **overrides: object) -> SmtpSettings:
    base: dict[str, object] = {
        "host": server.host,
        "port": server.port,
        "security": "starttls",
        "username": FAULT_USER,
        "password": FAULT_PASSWORD,
        "ca_file": server.ca_file,
        "timeout": 5.0,
        "connections": 1,
        "local_hostname": "carecall.test",
    }
    base.update(overrides)
    return SmtpSettings(**base)  # type: ignore[arg-type]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --------------------------------------------------------------------------- Maildir


def test_maildir_writes_readable_messages_atomically(tmp_path: Path) -> None:
    outbox = tmp_path / "var" / "outbox"
    batch = [_outgoing(c) for c in CLIENTS]

    outcomes = _deliver(MaildirTransport(outbox), batch)

    assert [o.key for o in outcomes] == [m.key for m in batch]
    assert all(o.status == "sent" and o.code is None for o in outcomes)
    assert list((outbox / "tmp").iterdir()) == []  # nothing half-written left behind
    files = sorted((outbox / "new").iterdir())
    assert len(files) == 3
    for sub in ("tmp", "new", "cur", "."):
        assert stat.S_IMODE((outbox / sub).stat().st_mode) == 0o700
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    box = mailbox.Maildir(outbox, create=False)
    got = {str(m["Message-ID"]): m for m in box}
    for original in batch:
        message_id = f"<{original.key.replace(':', '.')}@fieldpractice.example>"
        parsed = got[message_id]
        assert parsed.get_subdir() == "new"
        assert parsed["Auto-Submitted"] == "auto-generated"
        # Local mailbox files use LF; the content is otherwise byte for byte the original.
        assert parsed.as_bytes().replace(b"\n", b"\r\n") == original.data


def test_maildir_unique_names_for_many_messages(tmp_path: Path) -> None:
    batch = [_outgoing(key=f"k{i}") for i in range(200)]
    outcomes = _deliver(MaildirTransport(tmp_path), batch)
    assert len(_by_key(outcomes)) == 200
    assert len(list((tmp_path / "new").iterdir())) == 200


def test_maildir_unwritable_outbox_gives_retry_not_an_exception(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "outbox"
    not_a_dir.write_text("a file where the outbox should be")
    batch = [_outgoing(), _outgoing()]

    outcomes = _deliver(MaildirTransport(not_a_dir), batch)

    assert [o.status for o in outcomes] == ["retry", "retry"]
    assert str(not_a_dir) in outcomes[0].detail
    assert isinstance(outcomes[0].error(), TemporaryDeliveryError)


def test_make_transport(tmp_path: Path) -> None:
    assert isinstance(make_transport("maildir", outbox=tmp_path), MaildirTransport)
    smtp = SmtpSettings(host="localhost", port=2525, security="none")
    assert isinstance(make_transport("smtp", smtp=smtp), SmtpTransport)
    with pytest.raises(OutgoingSettingsError):
        make_transport("smtp")


# --------------------------------------------------------------------------- settings


@pytest.mark.parametrize("host", ["smtp.example.org", "192.0.2.1", "10.0.0.1"])
def test_plaintext_smtp_refused_for_remote_hosts(host: str) -> None:
    with pytest.raises(OutgoingSettingsError, match="plaintext"):
        SmtpSettings(host=host, port=25, security="none")


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "::1", "127.0.0.2"])
def test_plaintext_smtp_allowed_for_loopback(host: str) -> None:
    assert SmtpSettings(host=host, port=25, security="none").security == "none"


def test_settings_reject_nonsense_and_hide_the_password() -> None:
    with pytest.raises(OutgoingSettingsError, match="no password"):
        SmtpSettings(host="smtp.example.org", username="ana")
    with pytest.raises(OutgoingSettingsError) as caught:
        SmtpSettings(host="smtp.example.org", port=0, connections=0, max_per_minute=0)
    for words in ("port", "connections", "max_per_minute"):
        assert words in str(caught.value)
    settings_ = SmtpSettings(host="smtp.example.org", username="ana", password="hunter2")
    assert "hunter2" not in repr(settings_)


def test_outcome_error_maps_onto_the_error_tree() -> None:
    assert Outcome("k", "sent", 250, "ok").error() is None
    temporary = Outcome("k", "retry", 451, "451 later").error()
    permanent = Outcome("k", "failed", 550, "550 no").error()
    assert isinstance(temporary, TemporaryDeliveryError) and temporary.code == 451
    assert isinstance(permanent, PermanentDeliveryError) and permanent.code == 550


# --------------------------------------------------------------------------- SMTP: fault server


def test_smtp_sends_over_one_reused_connection_with_tls_and_auth(
    fault_smtp: FaultSMTPServer,
) -> None:
    batch = [_outgoing(c) for c in CLIENTS] + [_outgoing("zoe@example.org")]
    seen_by_server: list[int] = []

    def on_outcome(outcome: Outcome) -> None:
        # Reported as each message completes, not at the end of the batch.
        seen_by_server.append(len(fault_smtp.messages))
        outcomes.append(outcome)

    outcomes: list[Outcome] = []
    transport = SmtpTransport(_settings(fault_smtp))

    async def run() -> None:
        await transport.deliver(batch, on_outcome)
        await transport.deliver([_outgoing()], on_outcome)  # pooled session, reused
        await transport.aclose()

    asyncio.run(run())

    assert [o.status for o in outcomes] == ["sent"] * 5
    assert all(o.code == 250 and "queued" in o.detail for o in outcomes)
    assert seen_by_server == [1, 2, 3, 4, 5]
    assert fault_smtp.connections == 1
    received = fault_smtp.messages
    assert [t.data for t in received[:4]] == [m.data for m in batch]  # bytes intact
    assert all(t.tls and t.auth_login == FAULT_USER for t in received)
    assert all(t.helo == "carecall.test" for t in received)
    assert [t.rcpt_tos for t in received[:4]] == [list(m.recipients) for m in batch]


def test_smtp_pool_spreads_a_batch_over_several_connections(
    fault_smtp: FaultSMTPServer,
) -> None:
    batch = [_outgoing(key=f"k{i}") for i in range(40)]
    outcomes = _deliver(SmtpTransport(_settings(fault_smtp, connections=4)), batch)
    assert {o.status for o in _by_key(outcomes).values()} == {"sent"}
    assert fault_smtp.connections == 4
    assert len({t.peer for t in fault_smtp.messages}) == 4


@pytest.mark.parametrize(
    "fault_smtp", [{"starttls": False, "implicit_tls": True, "auth": True}], indirect=True
)
def test_smtp_implicit_tls(fault_smtp: FaultSMTPServer) -> None:
    outcomes = _deliver(
        SmtpTransport(_settings(fault_smtp, security="tls", username=None, password=None)),
        [_outgoing()],
    )
    assert outcomes[0].status == "sent"
    assert fault_smtp.messages[0].tls


def test_smtp_421_is_retried_and_the_pool_reconnects(fault_smtp: FaultSMTPServer) -> None:
    batch = [_outgoing(key=f"k{i}") for i in range(4)]
    fault_smtp.inject(Fault.SERVICE_UNAVAILABLE)  # the first message: 421 and close

    outcomes = _by_key(_deliver(SmtpTransport(_settings(fault_smtp)), batch))

    assert outcomes["k0"].status == "retry" and outcomes["k0"].code == 421
    assert "Service not available" in outcomes["k0"].detail
    assert [outcomes[f"k{i}"].status for i in range(1, 4)] == ["sent"] * 3
    assert fault_smtp.connections == 2  # reconnected once, then reused


def test_smtp_451_at_data_is_retried_on_the_same_connection(
    fault_smtp: FaultSMTPServer,
) -> None:
    batch = [_outgoing(key=f"k{i}") for i in range(3)]
    fault_smtp.inject(Fault.TEMPFAIL_DATA)

    outcomes = _by_key(_deliver(SmtpTransport(_settings(fault_smtp)), batch))

    assert (outcomes["k0"].status, outcomes["k0"].code) == ("retry", 451)
    assert "DATA" in outcomes["k0"].detail and "local error" in outcomes["k0"].detail
    assert outcomes["k1"].status == outcomes["k2"].status == "sent"
    assert fault_smtp.connections == 1


def test_smtp_550_at_rcpt_fails_with_the_servers_words(fault_smtp: FaultSMTPServer) -> None:
    bad, good = "nobody@example.org", "maria@example.org"
    fault_smtp.inject(Fault.REJECT_RCPT, recipients=[bad], count=None)
    batch = [_outgoing(bad, key="bad"), _outgoing(good, key="good")]

    outcomes = _by_key(_deliver(SmtpTransport(_settings(fault_smtp)), batch))

    assert (outcomes["bad"].status, outcomes["bad"].code) == ("failed", 550)
    assert "RCPT" in outcomes["bad"].detail
    assert "5.1.1 Recipient address rejected: User unknown" in outcomes["bad"].detail
    assert isinstance(outcomes["bad"].error(), PermanentDeliveryError)
    assert outcomes["good"].status == "sent"
    assert [t.rcpt_tos for t in fault_smtp.messages] == [[good]]


def test_smtp_some_recipients_refused_is_sent_and_says_which(
    fault_smtp: FaultSMTPServer,
) -> None:
    bad = "nobody@example.org"
    fault_smtp.inject(Fault.REJECT_RCPT, recipients=[bad], count=None)
    outcomes = _deliver(
        SmtpTransport(_settings(fault_smtp)), [_outgoing(["maria@example.org", bad], key="k")]
    )
    assert outcomes[0].status == "sent"
    assert f"refused: {bad}: 550" in outcomes[0].detail


def test_smtp_550_at_data_fails(fault_smtp: FaultSMTPServer) -> None:
    fault_smtp.inject(Fault.REJECT_DATA)
    outcomes = _by_key(
        _deliver(SmtpTransport(_settings(fault_smtp)), [_outgoing(key="k0"), _outgoing(key="k1")])
    )
    assert (outcomes["k0"].status, outcomes["k0"].code) == ("failed", 550)
    assert "spam" in outcomes["k0"].detail
    assert outcomes["k1"].status == "sent"


@pytest.mark.parametrize("fault", [Fault.DROP_AT_DATA, Fault.DROP_AT_RCPT])
def test_smtp_dropped_connection_is_retried_and_the_rest_delivered(
    fault_smtp: FaultSMTPServer, fault: Fault
) -> None:
    batch = [_outgoing(key=f"k{i}") for i in range(3)]
    fault_smtp.inject(fault, recipients=["maria@example.org"])
    batch[1] = _outgoing("jonas@example.org", key="k1")
    batch[0] = _outgoing("maria@example.org", key="k0")

    outcomes = _by_key(_deliver(SmtpTransport(_settings(fault_smtp)), batch))

    assert outcomes["k0"].status == "retry" and outcomes["k0"].code is None
    assert "connection lost" in outcomes["k0"].detail
    assert outcomes["k1"].status == outcomes["k2"].status == "sent"
    assert fault_smtp.connections == 2


def test_smtp_connection_refused_gives_every_message_retry() -> None:
    port = _closed_port()
    settings_ = SmtpSettings(host="127.0.0.1", port=port, security="none", connections=3)
    batch = [_outgoing(key=f"k{i}") for i in range(7)]

    outcomes = _by_key(_deliver(SmtpTransport(settings_), batch))

    assert set(outcomes) == {m.key for m in batch}
    assert {o.status for o in outcomes.values()} == {"retry"}
    assert f"127.0.0.1:{port}" in outcomes["k0"].detail


def test_smtp_silent_server_times_out_into_retry() -> None:
    # The kernel completes the TCP handshake for a listening socket, but no greeting
    # ever comes: the connect timeout must end it, not hang the worker.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        settings_ = SmtpSettings(
            host="127.0.0.1", port=port, security="none", timeout=0.5, connections=2
        )
        # Without the connect timeout this would hang (the test timeout stops it); "timed
        # out" below says that timeout ended it, with no wall-clock bound to flake.
        outcomes = _deliver(SmtpTransport(settings_), [_outgoing(), _outgoing()])
    assert [o.status for o in outcomes] == ["retry", "retry"]
    assert "timed out" in outcomes[0].detail.lower()


def test_smtp_logs_name_keys_never_bodies_or_passwords(
    fault_smtp: FaultSMTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="carecall_mail")
    caplog.set_level(logging.DEBUG, logger="aiosmtplib")
    fault_smtp.inject(Fault.REJECT_DATA)
    batch = [_outgoing(key="k0", body="Meine Angst ist zurück.\n"), _outgoing(key="k1")]

    _deliver(SmtpTransport(_settings(fault_smtp)), batch)

    ours = [r for r in caplog.records if r.name == "carecall_mail.transports.outbound"]
    events = [getattr(r, "event", None) for r in ours]
    assert events == ["smtp.connect", "smtp.failed", "smtp.sent"]
    assert [getattr(r, "key", None) for r in ours[1:]] == ["k0", "k1"]
    # The client side only: the test server's own "mail.log" debug log shows the DATA.
    text = "\n".join(r.getMessage() for r in caplog.records if r.name != "mail.log")
    assert "Angst" not in text and FAULT_PASSWORD not in text
    assert all(getattr(r, "host", None) == "127.0.0.1" for r in ours)


@pytest.mark.parametrize("fault_smtp", [{"starttls": False, "auth": False}], indirect=True)
def test_smtp_never_falls_back_to_plaintext_without_starttls(
    fault_smtp: FaultSMTPServer,
) -> None:
    settings_ = _settings(fault_smtp, username=None, password=None, ca_file=None)
    outcomes = _deliver(SmtpTransport(settings_), [_outgoing(), _outgoing()])

    assert [o.status for o in outcomes] == ["retry", "retry"]
    assert "does not offer STARTTLS" in outcomes[0].detail
    assert fault_smtp.transactions == []  # not one MAIL FROM in the clear


def test_smtp_verifies_the_certificate(fault_smtp: FaultSMTPServer) -> None:
    # Without the private CA the server's certificate cannot be trusted: nothing is sent.
    outcomes = _deliver(SmtpTransport(_settings(fault_smtp, ca_file=None)), [_outgoing()])
    assert outcomes[0].status == "retry"
    assert "certificate verify failed" in outcomes[0].detail.lower()
    assert fault_smtp.transactions == []


def test_smtp_wrong_password_is_retry_and_nothing_sent(fault_smtp: FaultSMTPServer) -> None:
    # The 535 code is also checked against Postfix (test_postfix_auth).
    outcomes = _deliver(
        SmtpTransport(_settings(fault_smtp, password="wrong", connections=2, timeout=1.0)),
        [_outgoing(), _outgoing(), _outgoing()],
    )
    assert [o.status for o in outcomes] == ["retry"] * 3
    assert all(o.code in (535, None) and "login" in o.detail for o in outcomes)
    assert "wrong" not in outcomes[0].detail
    assert fault_smtp.transactions == []


def test_smtp_bad_addresses_fail_without_touching_the_session(
    fault_smtp: FaultSMTPServer,
) -> None:
    evil = _outgoing(key="evil")
    evil = Outgoing(evil.key, evil.sender, ("x@example.org>\r\nRCPT TO:<y@example.org",), evil.data)
    outcomes = _by_key(
        _deliver(SmtpTransport(_settings(fault_smtp)), [evil, _outgoing(key="fine")])
    )
    assert outcomes["evil"].status == "failed"
    assert outcomes["fine"].status == "sent"
    assert [t.rcpt_tos for t in fault_smtp.transactions] == [["maria@example.org"]]


def test_smtp_non_ascii_address_uses_smtputf8(fault_smtp: FaultSMTPServer) -> None:
    outcomes = _deliver(SmtpTransport(_settings(fault_smtp)), [_outgoing("zoë@example.org")])
    assert outcomes[0].status == "sent"
    assert fault_smtp.messages[0].rcpt_tos == ["zoë@example.org"]


def test_smtp_max_per_minute_spaces_messages(fault_smtp: FaultSMTPServer) -> None:
    stamps: list[float] = []
    transport = SmtpTransport(_settings(fault_smtp, max_per_minute=120, connections=3))

    async def run() -> None:
        await transport.deliver(
            [_outgoing() for _ in range(3)], lambda o: stamps.append(time.monotonic())
        )
        await transport.aclose()

    asyncio.run(run())

    assert len(fault_smtp.messages) == 3
    # 120 a minute: one every 0.5 s across the whole pool, so 3 messages span >= 1 s.
    gaps = [b - a for a, b in itertools.pairwise(stamps)]
    assert all(gap >= 0.4 for gap in gaps), gaps
    assert stamps[-1] - stamps[0] >= 0.9


def test_smtp_callback_error_reaches_the_caller_and_the_pool_stays_sane(
    fault_smtp: FaultSMTPServer,
) -> None:
    class LedgerDown(Exception):
        pass

    def on_outcome(outcome: Outcome) -> None:
        raise LedgerDown(outcome.key)

    transport = SmtpTransport(_settings(fault_smtp, connections=2))
    later: list[Outcome] = []

    async def run() -> None:
        try:
            with pytest.raises(LedgerDown):  # the caller's own error, not an ExceptionGroup
                await transport.deliver([_outgoing() for _ in range(6)], on_outcome)
            # Sessions cut mid-transaction were closed, not pooled: the next pass is clean.
            await transport.deliver([_outgoing() for _ in range(4)], later.append)
        finally:
            await transport.aclose()

    asyncio.run(run())
    assert [o.status for o in later] == ["sent"] * 4


def test_smtp_cancelled_pass_leaves_a_usable_transport(fault_smtp: FaultSMTPServer) -> None:
    transport = SmtpTransport(_settings(fault_smtp, connections=2, max_per_minute=600))
    first: list[Outcome] = []
    second: list[Outcome] = []

    async def run() -> None:
        try:
            # A few are sent (one per 0.1 s), then the pass is cancelled mid-flight.
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(
                    transport.deliver([_outgoing() for _ in range(50)], first.append), 0.35
                )
            await transport.deliver([_outgoing(key="after")], second.append)
        finally:
            await transport.aclose()

    asyncio.run(run())
    assert 1 <= len(first) < 50 and {o.status for o in first} == {"sent"}
    assert [(o.key, o.status) for o in second] == [("after", "sent")]


_FAULTS = st.sampled_from(
    [None, None, None, *(f for f in Fault if f is not Fault.REJECT_RCPT), Fault.REJECT_RCPT]
)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(faults=st.lists(_FAULTS, min_size=1, max_size=12), connections=st.integers(1, 3))
def test_smtp_every_message_gets_exactly_one_outcome(
    faults: list[Fault | None], connections: int
) -> None:
    """Whatever the server does, each message gets one outcome, and sent ⇔ the server took it."""
    with FaultSMTPServer() as server:
        batch = []
        for i, fault in enumerate(faults):
            to = f"c{i}@example.org"
            if fault is not None:
                server.inject(fault, recipients=[to])
            batch.append(_outgoing(to, key=f"k{i}"))
        outcomes = _by_key(
            _deliver(SmtpTransport(_settings(server, connections=connections)), batch)
        )
        accepted = {
            str(t.message()["Message-ID"]).split("@")[0].strip("<") for t in server.messages
        }
    assert set(outcomes) == {m.key for m in batch}
    assert {k for k, o in outcomes.items() if o.status == "sent"} == accepted
    for i, fault in enumerate(faults):
        outcome = outcomes[f"k{i}"]
        if fault is None:
            assert outcome.status == "sent", outcome
        elif fault in (Fault.REJECT_RCPT, Fault.REJECT_DATA, Fault.DAILY_LIMIT):
            assert outcome.status == "failed" and outcome.code == 550, outcome
        else:
            assert outcome.status == "retry", outcome


# --------------------------------------------------------------------------- SMTP: real Postfix


def _imap_fetch(mail_system: MailSystem, user: str, message_id: str) -> EmailMessage:
    """Read a message back from Dovecot over IMAPS (certificate verified), bounded wait."""
    import email
    import email.policy

    with IMAPClient(
        mail_system.host,
        port=mail_system.imaps_port,
        ssl=True,
        ssl_context=mail_system.ssl_context(),
        timeout=10,
    ) as client:
        client.login(user, mail_system.password)
        deadline = time.monotonic() + 15
        while True:  # bounded by the deadline
            client.select_folder("INBOX", readonly=True)
            ids = client.search(["HEADER", "Message-ID", message_id])
            if ids or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert ids, f"{message_id} never reached {user}'s INBOX"
        raw = client.fetch(ids[:1], ["RFC822"])[ids[0]][b"RFC822"]
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


@pytest.mark.mailservers
@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_postfix_delivers_with_headers_intact(mail_system: MailSystem, security: str) -> None:
    port = mail_system.smtp_port if security == "starttls" else mail_system.smtps_port
    to = CLIENTS[0]
    message = _outgoing(to, key=f"holiday_notice:{uuid.uuid4().hex[:10]}")
    settings_ = SmtpSettings(
        host=mail_system.host,
        port=port,
        security=security,  # type: ignore[arg-type]
        ca_file=mail_system.ca_file,
        timeout=10,
    )

    outcomes = _deliver(SmtpTransport(settings_), [message])

    assert outcomes[0].status == "sent", outcomes[0]
    message_id = f"<{message.key.replace(':', '.')}@fieldpractice.example>"
    got = _imap_fetch(mail_system, to, message_id)
    assert got["Message-ID"] == message_id
    assert got["Subject"] == SUBJECT
    assert got["Auto-Submitted"] == "auto-generated"
    assert "20.12. bis 4.1." in got.get_content()


@pytest.mark.mailservers
def test_postfix_auth(mail_system: MailSystem) -> None:
    def settings_(password: str) -> SmtpSettings:
        return SmtpSettings(
            host=mail_system.host,
            port=mail_system.smtp_port,
            ca_file=mail_system.ca_file,
            username=PRACTITIONER,
            password=password,
            timeout=10,
        )

    good = _deliver(SmtpTransport(settings_(mail_system.password)), [_outgoing(CLIENTS[1])])
    bad = _deliver(SmtpTransport(settings_("not-the-password")), [_outgoing(CLIENTS[1])])

    assert good[0].status == "sent", good[0]
    assert bad[0].status == "retry" and bad[0].code == 535, bad[0]
    assert "535" in bad[0].detail and "not-the-password" not in bad[0].detail


@pytest.mark.mailservers
def test_postfix_refusals_at_rcpt(mail_system: MailSystem) -> None:
    settings_ = SmtpSettings(
        host=mail_system.host, port=mail_system.smtp_port, ca_file=mail_system.ca_file
    )
    batch = [
        _outgoing(REJECT_AT_RCPT, key="rejected"),
        _outgoing(TEMPFAIL_AT_RCPT, key="tempfail"),
        _outgoing(CLIENTS[2], key="fine"),
    ]
    outcomes = _by_key(_deliver(SmtpTransport(settings_), batch))
    assert (outcomes["rejected"].status, outcomes["rejected"].code) == ("failed", 550)
    assert (outcomes["tempfail"].status, outcomes["tempfail"].code) == ("retry", 450)
    assert outcomes["fine"].status == "sent"
