"""The inbox job on a real Maildir inbox, a real SQLite ledger and a real Maildir outbox.

Every mail goes through `fetch_pass` exactly as the worker runs it; what the job
sends (alerts) is read back from the practice's Maildir outbox and parsed.
"""

from __future__ import annotations

import itertools
import logging
import os
import signal
import sysconfig
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from functools import partial
from pathlib import Path

import pytest
from practice import InboxDesk, Practice, open_desk, plain_text, raw_mail

from carecall_mail.app.runtime import EnvironmentProblem, make_transport, open_ledger
from carecall_mail.config.loading import load_config
from carecall_mail.core.replies.parse import Reply, StaticReplyIndex, parse_reply
from carecall_mail.jobs import inbox as fetching
from carecall_mail.jobs.inbox import (
    BatchParser,
    FetchReport,
    ReplyIndexForPass,
    Responder,
    alert_subject,
    client_index,
    fetch_pass,
    reply_rules,
)
from carecall_mail.store.records import QueueItem, ReplyRow
from carecall_mail.templates.render import REVEALING_WORDS
from carecall_mail.transports.inbound import Fetched, MaildirInbox
from carecall_mail.transports.outbound import Transport

NOW = datetime(2026, 10, 5, 9, 30, tzinfo=UTC)
IN_BREAK = datetime(2026, 12, 22, 9, 0, tzinfo=UTC)  # winter-2026 in the example practice
ANA = "ana@fieldpractice.example"
ANA_MOBILE = "ana.mobile@fieldpractice.example"
MARIA = "maria@example.org"  # c-001
JONAS = "jonas@example.org"  # c-002
LENA = "lena@example.org"  # c-003
DATA = Path(__file__).parent / "data"
BOUNCES = DATA / "bounces"

_seq = itertools.count(1)


# ---------------------------------------------------------------- the practice


class Desk(InboxDesk):
    """The shared inbox desk (tests/practice.py), with this file's fetch pass and clock."""

    def deliver(self, raw: bytes, name: str | None = None) -> Path:
        path = super().deliver(raw, name)
        received = (NOW - timedelta(hours=1)).timestamp()  # the Maildir's received time
        os.utime(path, (received, received))
        return path

    def run(
        self,
        now: datetime = NOW,
        *,
        responders: tuple[Responder, ...] = (),
        transport_factory: object = None,
    ) -> FetchReport:
        factory = transport_factory or (lambda: make_transport(self.config))
        inbox = MaildirInbox(self.inbox)
        try:
            return fetch_pass(
                self.config,
                self.ledger,
                inbox,
                factory,  # type: ignore[arg-type]
                now,
                responders=responders,
            )
        finally:
            inbox.close()

    def forget_progress(self) -> None:
        """As a new Maildir state would: the next pass reads every message again."""
        (self.inbox / "carecall-processed").unlink()

    def sent(self, key: str, client_id: str, to: str) -> str:
        """Put `key` through the outbox as the sender does; return its Message-ID."""
        self.ledger.enqueue(
            [QueueItem(key, key.split(":")[0], client_id, to, NOW - timedelta(days=3), "checkin")],
            NOW - timedelta(days=3),
        )
        (row,) = [r for r in self.ledger.claim_due(NOW - timedelta(days=2)) if r.key == key]
        assert row.message_id is not None
        self.ledger.mark_sent(key, row.message_id, NOW - timedelta(days=2))
        return row.message_id

    def row(self, message_id: str) -> ReplyRow:
        rows = [r for r in self.ledger.replies() if r.message_id == message_id]
        assert len(rows) == 1, f"{message_id}: {len(rows)} rows"
        return rows[0]


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with open_desk(tmp_path / "practice") as shared:
        yield Desk(shared.practice, shared.config, shared.ledger)


def mail(
    sender: str = JONAS,
    *,
    name: str = "Jonas Meier",
    to: str = ANA,
    subject: str = "Re: How are you?",
    body: str = "Hello Ana,\n\nall good here, thank you.\n\nJonas\n",
    in_reply_to: str | None = None,
    message_id: str | None = None,
    headers: tuple[tuple[str, str], ...] = (),
) -> tuple[bytes, str]:
    """A plain reply as a mail client sends it; returns (bytes, Message-ID without <>)."""
    mid = message_id or f"fetch-{next(_seq)}@mail.example.org"
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>"
    msg["To"] = f"Ana Field <{to}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(NOW - timedelta(hours=1))
    msg["Message-ID"] = f"<{mid}>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for key, value in headers:
        msg[key] = value
    msg.set_content(body)
    return msg.as_bytes(), mid


def dsn(recipient: str, *, status: str, action: str) -> tuple[bytes, str]:
    """An RFC 3464 delivery status notification as Postfix writes it."""
    mid = f"dsn-{next(_seq)}@mx.fieldpractice.example"
    boundary = f"b{next(_seq)}"
    text = (
        "From: MAILER-DAEMON@mx.fieldpractice.example (Mail Delivery System)\r\n"
        f"To: {ANA}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Message-ID: <{mid}>\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"\r\n'
        "\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/plain\r\n\r\n"
        "I'm sorry to have to inform you that your message could not be delivered.\r\n\r\n"
        f"--{boundary}\r\n"
        "Content-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.fieldpractice.example\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\n"
        f"Action: {action}\r\n"
        f"Status: {status}\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/rfc822-headers\r\n\r\n"
        f"From: Ana Field <{ANA}>\r\n"
        f"To: {recipient}\r\n"
        "Subject: How are you?\r\n\r\n"
        f"--{boundary}--\r\n"
    )
    return text.encode(), mid


# ---------------------------------------------------------------- matching and effects


def test_reply_is_matched_by_in_reply_to_and_logged_with_only_the_new_text(desk: Desk) -> None:
    key = "checkin:c-002:2026-08-20:one-week"
    sent_id = desk.sent(key, "c-002", JONAS)
    # From an address the YAML does not know: only In-Reply-To can name the client.
    raw, mid = mail(
        "jonas.private@elsewhere.example",
        body=(
            "Much better since the new drops, thank you!\n\n"
            f"On Mon, 3 Oct 2026 at 09:00, Ana Field <{ANA}> wrote:\n"
            "> How are you getting on with the drops?\n"
        ),
        in_reply_to=sent_id,
    )
    desk.deliver(raw)

    report = desk.run()

    assert (report.fetched, report.recorded, report.duplicates) == (1, 1, 0)
    assert report.by_kind == {"reply": 1}
    row = desk.row(mid)
    assert (row.client_id, row.in_reply_to, row.kind) == ("c-002", key, "reply")
    assert row.text.strip() == "Much better since the new drops, thank you!"
    assert row.flagged is False
    assert desk.outgoing() == []  # nothing alarming: nothing sent


def test_sender_address_matches_a_client_case_insensitively(desk: Desk) -> None:
    raw, mid = mail("Jonas@Example.ORG")
    desk.deliver(raw)
    desk.run()
    assert desk.row(mid).client_id == "c-002"
    assert desk.row(mid).in_reply_to is None


def test_optout_switches_consent_off_in_the_ledger(desk: Desk) -> None:
    raw, mid = mail(MARIA, name="Maria Keller", body="Please remove me from your list.\n")
    desk.deliver(raw)

    report = desk.run()

    assert report.by_kind == {"optout": 1}
    assert report.optouts == 1
    view = desk.ledger.view()
    assert view.consent_overrides.get(("c-001", "all")) is False
    for stream in ("checkins", "reminders", "birthday", "notices"):
        assert view.consents("c-001", stream, yaml_default=True) is False
    assert view.consents("c-002", "checkins", yaml_default=True) is True  # nobody else
    (change,) = desk.ledger.consent_history("c-001")
    assert change.source == f"reply:{mid}"
    assert change.at == NOW


def test_optout_from_a_stranger_changes_no_consent(desk: Desk) -> None:
    raw, _ = mail("someone@unknown.example", name="Someone", body="Unsubscribe\n")
    desk.deliver(raw)
    report = desk.run()
    assert report.by_kind == {"optout": 1}
    assert report.optouts == 0
    assert desk.ledger.consent_history() == []


def test_permanent_bounce_suspends_the_clients_address(desk: Desk) -> None:
    raw, mid = dsn(LENA, status="5.1.1", action="failed")
    desk.deliver(raw)

    report = desk.run()

    assert report.by_kind == {"bounce": 1}
    assert report.bounces == 1
    row = desk.row(mid)
    assert (row.kind, row.bounced, row.permanent, row.client_id) == (
        "bounce",
        (LENA,),
        True,
        "c-003",
    )
    (suspension,) = desk.ledger.suspended()
    assert (suspension.address, suspension.client_id) == (LENA, "c-003")
    assert LENA in desk.ledger.view().suspended_addresses


def test_temporary_bounce_suspends_nothing(desk: Desk) -> None:
    raw, mid = dsn(LENA, status="4.4.1", action="delayed")
    desk.deliver(raw)
    report = desk.run()
    row = desk.row(mid)
    assert row.kind == "bounce" and row.permanent is False
    assert report.bounces == 0
    assert desk.ledger.suspended() == []


def test_bounce_of_an_address_not_in_the_yaml_or_of_ours_suspends_nothing(desk: Desk) -> None:
    stranger, _ = dsn("nobody@elsewhere.example", status="5.1.1", action="failed")
    ours, _ = dsn(ANA, status="5.1.1", action="failed")
    desk.deliver(stranger)
    desk.deliver(ours)
    report = desk.run()
    assert report.by_kind == {"bounce": 2}
    assert desk.ledger.suspended() == []


# ---------------------------------------------------------------- alerts


def test_flagged_reply_sends_one_alert_and_a_second_pass_none(desk: Desk) -> None:
    key = "checkin:c-002:2026-08-20:one-week"
    sent_id = desk.sent(key, "c-002", JONAS)
    raw, _ = mail(
        body=(
            "The pain is worse since Tuesday and I can't sleep.\n\n"
            "On Mon, 3 Oct 2026, Ana Field wrote:\n> Are you sleeping better?\n"
        ),
        in_reply_to=sent_id,
    )
    desk.deliver(raw)

    first = desk.run()

    assert (first.flagged, first.alerts_sent, first.errors) == (1, 1, 0)
    (alert,) = desk.outgoing()
    assert alert["To"].addresses[0].addr_spec == ANA
    assert alert["Subject"] == "A reply needs your attention (c-002)"
    assert not REVEALING_WORDS.search(str(alert["Subject"]))
    assert "pain" not in str(alert["Subject"]).lower()
    assert alert["Auto-Submitted"] == "auto-generated"
    assert str(alert["Message-ID"]).endswith("@fieldpractice.example>")
    assert alert["Reply-To"].addresses[0].addr_spec == JONAS
    body = alert.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "Jonas Meier" in text and "c-002" in text
    assert "The pain is worse since Tuesday" in text
    assert "Are you sleeping better" not in text  # the quoted history stays out
    assert "pain" in text.split("Flagged:")[1].splitlines()[0]
    assert "Monday 5 October 2026, 10:30" in text  # received, in the practice's zone
    assert desk.ledger.pending_forwards() == []

    desk.forget_progress()  # the same mail again, as after a restart
    second = desk.run()
    assert (second.recorded, second.duplicates, second.alerts_sent) == (0, 1, 0)
    assert len(desk.outgoing()) == 1


def test_alert_goes_to_the_emergency_address_during_a_break(desk: Desk) -> None:
    raw, _ = mail(body="This is urgent, the side effects are bad.\n")
    desk.deliver(raw)
    report = desk.run(IN_BREAK)
    assert report.alerts_sent == 1
    (alert,) = desk.outgoing()
    assert alert["To"].addresses[0].addr_spec == ANA_MOBILE


def test_alert_outside_a_break_goes_to_the_main_address(desk: Desk) -> None:
    raw, _ = mail(body="This is urgent, the side effects are bad.\n")
    desk.deliver(raw)
    desk.run(NOW)
    (alert,) = desk.outgoing()
    assert alert["To"].addresses[0].addr_spec == ANA


def test_alert_that_could_not_be_sent_is_sent_on_the_next_pass(desk: Desk) -> None:
    raw, mid = mail(body="Emergency: I feel much worse.\n")
    desk.deliver(raw)

    def broken() -> Transport:
        raise EnvironmentProblem("outgoing: CARECALL_SMTP_PASSWORD is not set")

    first = desk.run(transport_factory=broken)
    assert (first.recorded, first.flagged, first.alerts_sent, first.errors) == (1, 1, 0, 1)
    assert [p.reply_message_id for p in desk.ledger.pending_alerts()] == [mid]
    assert desk.ledger.pending_forwards() == []  # an alert is not a forward
    assert desk.outgoing() == []

    second = desk.run()  # nothing new in the inbox; the pending alert goes out
    assert (second.fetched, second.alerts_sent) == (0, 1)
    assert len(desk.outgoing()) == 1
    assert desk.ledger.pending_alerts() == []

    third = desk.run()
    assert third.alerts_sent == 0
    assert len(desk.outgoing()) == 1


def test_autoreply_is_logged_as_such_and_never_alerts(desk: Desk) -> None:
    raw, mid = mail(
        MARIA,
        name="Maria Keller",
        subject="Automatic reply: How are you?",
        body="I am out of the office with urgent pain treatment until Monday.\n",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
    )
    desk.deliver(raw)
    report = desk.run()
    row = desk.row(mid)
    assert row.kind == "autoreply"
    assert row.client_id == "c-001"
    assert row.flagged is False
    assert report.by_kind == {"autoreply": 1}
    assert (report.flagged, report.alerts_sent, report.optouts) == (0, 0, 0)
    assert desk.outgoing() == []
    assert desk.ledger.consent_history() == []


def test_alert_subject_never_reveals_the_care() -> None:
    assert alert_subject("c-001") == "A reply needs your attention (c-001)"
    assert alert_subject(None) == "A reply needs your attention (unknown sender)"
    assert alert_subject("therapy-7") == "A reply needs your attention"


# ---------------------------------------------------------------- once only


def test_a_pass_over_the_same_messages_twice_records_nothing_twice(desk: Desk) -> None:
    sent_id = desk.sent("checkin:c-002:2026-08-20:one-week", "c-002", JONAS)
    messages = [
        mail(body="All fine.\n", in_reply_to=sent_id)[0],
        mail(MARIA, name="Maria Keller", body="Stop sending me emails.\n")[0],
        dsn(LENA, status="5.1.1", action="failed")[0],
        mail(body="The pain is worse.\n")[0],
        b"\x00" * 64,
    ]
    for raw in messages:
        desk.deliver(raw)

    first = desk.run()
    assert (first.recorded, first.duplicates) == (5, 0)
    state = (
        len(desk.ledger.replies()),
        desk.ledger.consent_history(),
        desk.ledger.suspended(),
        len(desk.outgoing()),
    )

    desk.forget_progress()
    second = desk.run()
    assert (second.fetched, second.recorded, second.duplicates) == (5, 0, 5)
    assert (second.optouts, second.bounces, second.flagged, second.alerts_sent) == (0, 0, 0, 0)
    assert (
        len(desk.ledger.replies()),
        desk.ledger.consent_history(),
        desk.ledger.suspended(),
        len(desk.outgoing()),
    ) == state

    third = desk.run()  # progress kept: nothing is even fetched
    assert third.fetched == 0


# ---------------------------------------------------------------- responders


class Recorder:
    def __init__(self) -> None:
        self.seen: list[tuple[str, str, bytes]] = []

    async def respond(self, reply: Reply, raw: bytes, transport: Transport, now: datetime) -> None:
        self.seen.append((reply.message_id, reply.kind, raw))


class Exploding:
    async def respond(self, reply: Reply, raw: bytes, transport: Transport, now: datetime) -> None:
        raise RuntimeError(f"boom {reply.text}")


def test_responders_see_each_new_mail_once_and_a_failing_one_stops_nothing(
    desk: Desk, caplog: pytest.LogCaptureFixture
) -> None:
    raw1, mid1 = mail(body="Secret words one.\n")
    raw2, mid2 = mail(MARIA, name="Maria Keller", body="Secret words two.\n")
    desk.deliver(raw1)
    desk.deliver(raw2)
    recorder = Recorder()

    with caplog.at_level(logging.DEBUG, logger="carecall_mail"):
        report = desk.run(responders=(Exploding(), recorder))

    assert sorted(m for m, _, _ in recorder.seen) == sorted([mid1, mid2])
    assert {raw for _, _, raw in recorder.seen} == {raw1, raw2}
    assert report.errors == 2
    failures = [r for r in caplog.records if getattr(r, "event", "") == "fetch.responder_failed"]
    assert sorted(str(getattr(r, "message_id", "")) for r in failures) == sorted([mid1, mid2])
    # Logs name ids, never what anyone wrote.
    assert "Secret words" not in caplog.text
    events = {getattr(r, "event", None) for r in caplog.records}
    assert "fetch.recorded" in events

    desk.forget_progress()
    desk.run(responders=(recorder,))
    assert len(recorder.seen) == 2  # duplicates are not handed to responders again


def test_logs_carry_event_names_and_ids_but_never_what_clients_wrote(
    desk: Desk, caplog: pytest.LogCaptureFixture
) -> None:
    raw, mid = mail(body="My dizzy spells are back, pain everywhere.\n")
    desk.deliver(raw)
    optout, _ = mail(MARIA, name="Maria Keller", body="Please unsubscribe me, Ana.\n")
    desk.deliver(optout)
    bounce, _ = dsn(LENA, status="5.1.1", action="failed")
    desk.deliver(bounce)
    with caplog.at_level(logging.DEBUG, logger="carecall_mail"):
        desk.run()
    events = {getattr(r, "event", None) for r in caplog.records}
    assert {"fetch.recorded", "fetch.flagged", "fetch.alert_sent", "fetch.optout"} <= events
    assert "fetch.bounce" in events
    assert mid in caplog.text
    for secret in ("dizzy spells", "pain everywhere", "unsubscribe me"):
        assert secret not in caplog.text


# ---------------------------------------------------------------- never a crash on input


HOSTILE: dict[str, bytes] = {
    "binary": bytes(range(256)) * 64,
    "nul": b"\x00" * 100_000,
    "empty": b"",
    "huge_header": b"X-Junk: " + b"A" * 2_000_000 + b"\r\n\r\nbody\r\n",
    "many_headers": b"".join(b"X-H%d: v\r\n" % i for i in range(50_000)) + b"\r\nbody\r\n",
    "broken_mime": (
        b"From: x@example.org\r\nMessage-ID: <broken-mime@example.org>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="nope"\r\n\r\n--other\r\n'
        b"Content-Type: text/plain; charset=x-no-such-charset\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n"
    ),
    "deep_mime": (
        b"From: y@example.org\r\nMessage-ID: <deep-mime@example.org>\r\nMIME-Version: 1.0\r\n"
        + b"".join(
            b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
            for i in range(300)
        )
        + b"Content-Type: text/plain\r\n\r\nhi\r\n"
    ),
}


def test_hostile_input_becomes_records_never_a_crash(desk: Desk) -> None:
    for name, raw in HOSTILE.items():
        desk.deliver(raw, name=f"hostile-{name}")
    report = desk.run()
    assert report.fetched == len(HOSTILE)
    assert report.recorded == len(HOSTILE)  # each distinct, each recorded once
    rows = desk.ledger.replies()
    assert len(rows) == len(HOSTILE)
    unknown = {r.raw for r in rows if r.kind == "unknown"}
    # Not mail at all: kept whole, for a human to look at.
    for name in ("binary", "nul", "empty", "huge_header", "many_headers"):
        assert HOSTILE[name] in unknown, name
    desk.forget_progress()
    assert desk.run().recorded == 0


def test_an_internal_error_on_one_message_is_recorded_and_the_pass_goes_on(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = parse_reply
    poison = b"POISON"

    def failing(raw: bytes, *args: object, **kwargs: object) -> Reply:
        if poison in raw:
            raise RuntimeError("a bug in our parser")
        return real(raw, *args, **kwargs)  # type: ignore[arg-type]

    # Our own bug, not the mail's: parse_reply is total, so a failure is injected here.
    monkeypatch.setattr(fetching, "parse_reply", failing)
    bad, _ = mail(body="POISON\n")
    good, good_id = mail(body="All fine.\n")
    desk.deliver(bad)
    desk.deliver(good)

    report = desk.run()

    assert (report.recorded, report.errors) == (2, 1)
    assert desk.row(good_id).kind == "reply"
    (row,) = desk.ledger.replies(kind="unknown")
    assert row.reasons == ("internal error: RuntimeError",)
    assert row.raw == bad
    assert row.message_id.startswith("sha256:")


# ---------------------------------------------------------------- rules from the config


def test_rules_and_index_come_from_the_config(desk: Desk) -> None:
    rules = reply_rules(desk.config)
    # The practitioner's own words only: the built-in lexicon is always on (core/triage/assess.py).
    assert rules.flag_words == ("dizzy", "rash")  # practice.yaml
    assert rules.crisis_words == ()
    assert {ANA, ANA_MOBILE} <= rules.own_addresses
    assert client_index(desk.config)[MARIA] == "c-001"


def test_unsubscribe_mailto_makes_mail_to_it_an_optout(tmp_path: Path) -> None:
    practice = Practice(tmp_path / "practice")
    practice.write(
        "config/practice.yaml",
        practice.read("config/practice.yaml")
        + "unsubscribe: {mailto: optout@fieldpractice.example}\n",
    )
    config = load_config(practice.config)
    with open_ledger(config) as ledger:
        desk = Desk(practice, config, ledger)
        raw, mid = mail(JONAS, to="optout@fieldpractice.example", body="(sent from my phone)\n")
        desk.deliver(raw)
        report = desk.run()
        assert desk.row(mid).kind == "optout"
        assert report.optouts == 1
        assert "optout@fieldpractice.example" in reply_rules(config).unsubscribe_addresses


# ---------------------------------------------------------------- public corpora


def _cpython_corpus() -> list[Path]:
    """Lib/test/test_email/data/msg_*.txt of the running interpreter, if it ships them."""
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    return sorted((stdlib / "test" / "test_email" / "data").glob("msg_*.txt"))


CPYTHON = _cpython_corpus()


@pytest.mark.skipif(not CPYTHON, reason="this Python does not ship Lib/test/test_email")
def test_every_message_of_cpythons_email_corpus_is_recorded_exactly_once(desk: Desk) -> None:
    index = StaticReplyIndex()
    expected_ids = set()
    for path in CPYTHON:
        raw = path.read_bytes()
        desk.deliver(raw, name=path.name)
        expected_ids.add(parse_reply(raw, index, received_at=NOW).message_id)

    report = desk.run()

    assert report.fetched == len(CPYTHON)
    # Files that share a Message-ID are one mail to the reply log: recorded once.
    assert report.recorded == len(expected_ids)
    assert report.recorded + report.duplicates == len(CPYTHON)
    assert report.errors == 0
    assert {r.message_id for r in desk.ledger.replies()} == expected_ids
    desk.forget_progress()
    again = desk.run()
    assert (again.recorded, again.duplicates) == (0, len(CPYTHON))


def _flufl_expected() -> dict[str, set[str]]:
    from test_bounces import EXPECTED  # flufl.bounce's test_detectors.py expectations

    return {name: addrs for name, addrs in EXPECTED.items() if addrs}


def test_flufl_bounce_corpus_goes_through_fetch_and_bounces_name_the_address(
    desk: Desk,
) -> None:
    files = sorted(BOUNCES.glob("*.txt"))
    assert len(files) > 50
    ids: dict[str, str] = {}
    for path in files:
        raw = path.read_bytes()
        desk.deliver(raw, name=path.name)
        ids[path.name] = parse_reply(raw, StaticReplyIndex(), received_at=NOW).message_id

    report = desk.run()

    assert report.fetched == len(files)
    assert report.errors == 0
    assert report.recorded == len(set(ids.values()))
    rows = {r.message_id: r for r in desk.ledger.replies()}
    expected = _flufl_expected()
    hits, misses = [], []
    for name, addrs in sorted(expected.items()):
        row = rows[ids[name]]
        if row.kind == "bounce" and addrs & set(row.bounced):
            hits.append(name)
        else:
            misses.append(f"{name}: {row.kind} {list(row.bounced)}")
    print(f"flufl.bounce through fetch_pass: {len(hits)}/{len(expected)}; misses: {misses}")
    # The parser names the right address for every one of them today: keep it so.
    assert misses == []
    assert len(hits) == len(expected)


def test_a_flufl_bounce_for_a_client_suspends_that_client(desk: Desk) -> None:
    # Give c-004 the address a real Postfix bounce names: the YAML decides who is a client.
    desk.practice.replace("config/clients.yaml", "tom.baker@example.com", "xxxxx@local.ie")
    config = load_config(desk.practice.config)
    desk.config = config
    desk.deliver((BOUNCES / "postfix_01.txt").read_bytes())
    report = desk.run()
    assert report.bounces == 1
    (suspension,) = desk.ledger.suspended()
    assert (suspension.address, suspension.client_id) == ("xxxxx@local.ie", "c-004")


def test_the_maildir_inbox_marks_nothing_read(desk: Desk) -> None:
    raw, _ = mail()
    path = desk.deliver(raw)
    desk.run()
    assert path.exists()  # still in new/: the practitioner's client shows it as new
    assert list((desk.inbox / "cur").iterdir()) == []


def test_a_parse_worker_gives_the_same_reply_log_as_one_process(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    raws = [mail(body=f"Reply number {n}, all fine.\n")[0] for n in range(90)]
    raws += [mail(body="The pain is worse.\n")[0], dsn(LENA, status="5.1.1", action="failed")[0]]
    raws += [mail(MARIA, name="Maria Keller", body="Unsubscribe\n")[0], *HOSTILE.values()]
    logs: list[list[tuple[object, ...]]] = []
    reports: list[FetchReport] = []
    for workers in (0, 1):
        practice = Practice(tmp_path / f"practice-{workers}")
        config = load_config(practice.config)
        with open_ledger(config) as ledger:
            desk = Desk(practice, config, ledger)
            for n, raw in enumerate(raws):
                desk.deliver(raw, name=f"{n:04d}.msg")
            inbox = MaildirInbox(desk.inbox, batch_size=len(raws))  # one batch: the pool is used
            with caplog.at_level(logging.INFO, logger="carecall_mail"):
                caplog.clear()
                reports.append(
                    fetch_pass(
                        config, ledger, inbox, partial(make_transport, config), NOW, workers=workers
                    )
                )
            started = [r for r in caplog.records if r.msg == "fetch.parse_pool_started"]
            assert len(started) == workers
            logs.append(
                sorted(
                    (r.message_id, r.kind, r.client_id, r.text, r.flagged, r.reasons, r.raw)
                    for r in ledger.replies()
                )
            )
    assert len(logs[0]) == len(raws)
    assert logs[0] == logs[1]
    assert reports[0] == reports[1]
    assert reports[1].by_kind["reply"] >= 90


def test_the_practitioners_own_flagged_note_raises_no_alert(desk: Desk) -> None:
    raw, _ = mail(
        "ana+notes@fieldpractice.example", name="Ana Field", body="Remember: ask about the pain.\n"
    )
    desk.deliver(raw)
    report = desk.run()
    assert report.recorded == 1
    assert report.alerts_sent == 0
    assert desk.outgoing() == []


# ---------------------------------------------------------------- crisis (Maildir transport)


def test_crisis_alert_and_resources_then_nothing_twice(desk: Desk) -> None:
    raw, mid = mail(body="I want to die.\n")
    desk.deliver(raw)
    first = desk.run()
    assert (first.crisis, first.crisis_replies, first.alerts_sent) == (1, 1, 1)
    assert desk.row(mid).urgency == "crisis"
    answer, alert = desk.outgoing()  # the client's resources go out first
    assert answer["To"].addresses[0].addr_spec == JONAS
    assert answer["Auto-Submitted"] == "auto-replied"
    assert answer["In-Reply-To"] == f"<{mid}>"
    assert "call 144" in answer.get_content()
    assert alert["Subject"] == "URGENT: a client's reply needs you now (c-002)"
    body = alert.get_body(("plain",))
    assert body is not None
    assert f"Resources: sent to {JONAS}" in body.get_content()

    desk.forget_progress()  # the same mail read again: a duplicate, nothing sent
    second = desk.run()
    assert (second.duplicates, second.crisis_replies, second.alerts_sent) == (1, 0, 0)
    assert len(desk.outgoing()) == 2


def test_crisis_reply_put_off_is_sent_on_the_next_pass_once(desk: Desk) -> None:
    raw, mid = mail(body="I want to die.\n")
    desk.deliver(raw)

    def broken() -> Transport:
        raise EnvironmentProblem("outgoing: CARECALL_SMTP_PASSWORD is not set")

    first = desk.run(transport_factory=broken)
    assert (first.crisis, first.crisis_replies, first.alerts_sent) == (1, 0, 0)
    assert [p.reply_message_id for p in desk.ledger.pending_crisis_replies()] == [mid]
    assert [p.reply_message_id for p in desk.ledger.pending_alerts()] == [mid]
    assert desk.ledger.pending_forwards() == []  # a crisis reply is not a holiday forward
    second = desk.run()
    assert (second.crisis_replies, second.alerts_sent) == (1, 1)
    assert desk.ledger.pending_crisis_replies() == []
    assert desk.ledger.pending_alerts() == []
    assert desk.run().crisis_replies == 0
    assert len(desk.outgoing()) == 2


def test_crisis_with_an_optout_alerts_but_sends_no_resources(desk: Desk) -> None:
    raw, _ = mail(subject="unsubscribe", body="Stop emailing me. I want to die.\n")
    desk.deliver(raw)
    report = desk.run()
    assert (report.crisis, report.crisis_replies, report.alerts_sent) == (1, 0, 1)
    (alert,) = desk.outgoing()
    assert alert["To"].addresses[0].addr_spec == ANA
    body = alert.get_body(("plain",))
    assert body is not None
    assert "Resources: not sent: they asked for no more emails" in body.get_content()


def test_crisis_alert_subject_says_urgent_and_nothing_else() -> None:
    assert alert_subject("c-002", "crisis") == "URGENT: a client's reply needs you now (c-002)"
    assert alert_subject(None, "crisis") == "URGENT: a reply needs you now (unknown sender)"
    assert alert_subject("therapy-7", "crisis") == "URGENT: a client's reply needs you now"


# ---------------------------------------------------------------- internationalised mail


def test_a_flagged_reply_from_an_internationalised_address_never_stops_the_inbox(
    desk: Desk,
) -> None:
    # RFC 6532 lets an address and a Message-ID hold UTF-8. The alert's Reply-To and
    # References must not: a header that cannot be encoded used to raise out of the pass,
    # and the alert stayed pending, so every later pass crashed before reading anything.
    before = datetime(2026, 11, 23, 10, 30, tzinfo=UTC)
    desk.deliver(raw_mail("jürgen@bücher.de", "The pain is worse.", message_id="<ü1@x.de>"))
    report, _ = desk.inbox_pass(before)
    assert report.recorded == 1 and report.flagged == 1
    (alert,) = desk.sent_to(ANA)
    assert "The pain is worse." in plain_text(alert)

    desk.deliver(raw_mail(JONAS, "All fine, thank you."))
    report, _ = desk.inbox_pass(before)
    assert report.recorded == 1
    assert desk.ledger.pending_forwards() == []


# ---------------------------------------------------------------- the parse pool


def _batch(n: int) -> list[Fetched]:
    received = datetime(2026, 11, 23, 10, 30, tzinfo=UTC)
    return [Fetched("test", None, raw_mail(JONAS, f"Reply {k}"), received) for k in range(n)]


def test_parse_workers_die_on_sigterm_and_closing_never_hangs(desk: Desk) -> None:
    # `carecall run` installs a SIGTERM handler that only sets a flag. Forked parse
    # workers inherited it, so a service stop left them running, and Pool.terminate()
    # could not end one stuck in a chunk. And a pool worker killed while it waited for
    # work took the pool's queue lock with it: terminate() then waited for ever.
    stopped: list[int] = []
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: stopped.append(signum))
    try:
        index = ReplyIndexForPass(desk.ledger.sent_lookup(), {})
        parser = BatchParser(index, reply_rules(desk.config), workers=2)
        with parser:
            assert len(parser.parse(_batch(90))) == 90
            procs = [w.process for w in parser._workers]
            assert len(procs) == 2
            for proc in procs:
                assert proc.pid is not None
                os.kill(proc.pid, signal.SIGTERM)
            # A liveness bound, not a speed check: it only stops the wait for workers
            # that never die; the assertion below says what must have happened.
            deadline = time.monotonic() + 10
            while any(p.exitcode is None for p in procs) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert [p.exitcode for p in procs] == [-signal.SIGTERM] * 2
            # Dead workers: the next large batch is parsed here, nothing lost.
            results = parser.parse(_batch(70))
            assert len(results) == 70 and not any(isinstance(r, str) for r in results)
        assert parser._workers == []
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert stopped == []


@pytest.mark.timeout(60)  # only stops a parse that hangs on the stuck worker
def test_a_stuck_parse_worker_falls_back_and_is_reaped(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetching, "PARALLEL_TIMEOUT", 1.0)
    index = ReplyIndexForPass(desk.ledger.sent_lookup(), {})
    with BatchParser(index, reply_rules(desk.config), workers=1) as parser:
        assert len(parser.parse(_batch(64))) == 64
        (worker,) = parser._workers
        assert worker.process.pid is not None
        os.kill(worker.process.pid, signal.SIGSTOP)  # a worker that never answers
        results = parser.parse(_batch(64))
        assert len(results) == 64 and not any(isinstance(r, str) for r in results)
        assert parser._workers == [] and parser.workers == 0
    assert worker.process.exitcode == -signal.SIGKILL  # reaped: no zombie left
