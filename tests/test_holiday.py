"""Holiday mode: the RFC 3834 auto-reply and the emergency forward, on a real ledger.

Inbound mails are parsed with the real `parse_reply` and recorded in a real
SQLite ledger, as the inbox job does; what the responder sends lands in a real
Maildir outbox, read back and parsed here.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from practice import InboxDesk, Practice, plain_text, raw_mail, read_messages

from carecall_mail.config.loading import load_config
from carecall_mail.config.schema import Config
from carecall_mail.core.replies.parse import Reply, ReplyRules, StaticReplyIndex, parse_reply
from carecall_mail.jobs.holiday import (
    HolidayResponder,
    holiday_status,
    own_addresses,
    reply_subject,
)
from carecall_mail.jobs.inbox import fetch_pass
from carecall_mail.store.sqlite import Ledger
from carecall_mail.templates.render import Renderer
from carecall_mail.transports.inbound import MaildirInbox
from carecall_mail.transports.outbound import MaildirTransport

ZURICH = ZoneInfo("Europe/Zurich")
NUMBER = "+41 79 000 00 00"
ANA = "ana@fieldpractice.example"
ANA_MOBILE = "ana.mobile@fieldpractice.example"
JONAS = "jonas@example.org"  # c-002, not an emergency client
LENA = "lena@example.org"  # c-003, emergency: true
DATA = Path(__file__).parent / "data" / "replies"


def zurich(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZURICH)


IN_BREAK = zurich("2026-12-22T10:00")

_counter = iter(range(1, 1_000_000))


def inbound(
    sender: str = JONAS,
    *,
    name: str = "Jonas Meier",
    to: str = ANA,
    subject: str = "A question",
    body: str = "Hello Ana,\n\nthe drops are fine, but can I take them with coffee?\n\nJonas\n",
    headers: dict[str, str] | None = None,
    message_id: str | None = None,
    return_path: str | None = None,
) -> bytes:
    """A plain mail as it arrives in the practice's inbox."""
    msg = EmailMessage()
    if return_path is not None:
        msg["Return-Path"] = return_path
    msg["From"] = f"{name} <{sender}>" if name else sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(IN_BREAK)
    msg["Message-ID"] = message_id or f"<m{next(_counter)}@mail.example.org>"
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body)
    return msg.as_bytes(policy=email.policy.SMTP)


@dataclass
class Desk:
    """One practice's holiday desk: config, ledger, responder, Maildir outbox."""

    config: Config
    ledger: Ledger
    outbox: Path
    responder: HolidayResponder
    rules: ReplyRules

    def receive(self, raw: bytes, now: datetime = IN_BREAK, *, record: bool = True) -> Reply:
        """Parse, record and respond to one mail, as the inbox job does."""
        index = StaticReplyIndex(clients={c.email: c.id for c in self.config.clients})
        reply = parse_reply(raw, index, received_at=now, rules=self.rules)
        if record and not self.ledger.record_reply(reply, now):
            return reply  # already known: the inbox job calls no responder for it
        self.respond(reply, raw, now)
        return reply

    def respond(self, reply: Reply, raw: bytes, now: datetime = IN_BREAK) -> None:
        asyncio.run(self.responder.respond(reply, raw, MaildirTransport(self.outbox), now))

    def sent(self) -> list[EmailMessage]:
        return read_messages(self.outbox / "new")

    def sent_to(self, addr: str) -> list[EmailMessage]:
        return [m for m in self.sent() if addr in str(m["To"])]


body = plain_text


def make_desk(root: Path, *, edit: dict[str, tuple[str, str]] | None = None) -> Desk:
    practice = Practice(root)
    for name, (old, new) in (edit or {}).items():
        practice.replace(name, old, new)
    config = load_config(practice.config)
    ledger = Ledger.open(root / "var" / "ledger.sqlite3", message_id_domain="fieldpractice.example")
    responder = HolidayResponder(config, ledger, Renderer(config.templates_dir))
    rules = ReplyRules(own_addresses=own_addresses(config))
    return Desk(config, ledger, root / "outbox", responder, rules)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = make_desk(tmp_path)
    try:
        yield d
    finally:
        d.ledger.close()


# ---------------------------------------------------------------- who gets what


def test_client_who_writes_three_times_gets_one_autoreply_without_the_number(desk: Desk) -> None:
    for day in ("2026-12-21T09:00", "2026-12-23T15:30", "2027-01-02T20:00"):
        desk.receive(inbound(JONAS), zurich(day))

    sent = desk.sent()
    assert len(sent) == 1
    reply = sent[0]
    assert reply["To"].addresses[0].addr_spec == JONAS
    text = body(reply)
    assert "Dear Jonas" in text
    assert NUMBER not in text
    assert "Monday 4 January 2027" in text  # the last day away, from the template
    assert desk.sent_to(ANA_MOBILE) == []  # Jonas is not an emergency client
    assert [r.sender for r in desk.ledger.autoreplies("winter-2026")] == [JONAS]


def test_emergency_client_gets_the_number_and_her_mail_is_forwarded_once(desk: Desk) -> None:
    first = inbound(
        LENA,
        name="Lena Roth",
        subject="A question about the globules",
        body="Ana, could you call me when you can? I would like to talk.\n\nLena\n",
    )
    reply = desk.receive(first, zurich("2026-12-26T22:14"))
    assert reply.client_id == "c-003" and reply.kind == "reply" and not reply.flagged
    desk.respond(reply, first, zurich("2026-12-26T22:20"))  # seen again: no second forward
    desk.receive(inbound(LENA, name="Lena Roth", subject="Me again"), zurich("2026-12-27T08:00"))

    autoreplies = desk.sent_to(LENA)
    assert len(autoreplies) == 1
    assert NUMBER in body(autoreplies[0])
    assert "Dear Lena" in body(autoreplies[0])

    forwards = desk.sent_to(ANA_MOBILE)
    assert len(forwards) == 2  # one per message she wrote, each exactly once
    forward = forwards[0]
    assert forward["Auto-Submitted"] == "auto-generated"
    assert forward["Reply-To"].addresses[0].addr_spec == LENA
    assert forward["Subject"] == "Emergency client c-003 wrote while you are away"
    text = body(forward)
    assert "Lena Roth (c-003)" in text
    assert "could you call me when you can?" in text
    assert "A question about the globules" in text  # her subject, in the body
    assert "Saturday 26 December 2026, 22:14" in text  # when it came, practice time
    assert "Me again" in body(forwards[1])
    assert desk.ledger.pending_forwards() == []


def test_flagged_emergency_mail_reaches_her_once_through_the_inbox_jobs_alert(
    desk: Desk, tmp_path: Path
) -> None:
    """The inbox job alerts flagged replies at once (to emergency_email in a break);
    the holiday forward must not put the same emergency on her phone twice."""
    raw = inbound(
        LENA,
        name="Lena Roth",
        subject="Feeling worse",
        body="I have had bad pain since yesterday and cannot sleep.\n",
    )
    reply = desk.receive(raw)
    assert reply.flagged
    assert desk.sent_to(ANA_MOBILE) == []  # not the responder's to forward
    assert NUMBER in body(desk.sent_to(LENA)[0])

    # The whole inbox job, as the worker runs it: one email to her emergency address.
    other = make_desk(tmp_path / "whole")
    try:
        inbox = tmp_path / "whole" / "inbox"
        for sub in ("tmp", "new", "cur"):
            (inbox / sub).mkdir(parents=True)
        (inbox / "new" / "1.lena").write_bytes(raw)
        report = fetch_pass(
            other.config,
            other.ledger,
            MaildirInbox(inbox),
            lambda: MaildirTransport(other.outbox),
            IN_BREAK,
            responders=[other.responder],
        )
        assert report.recorded == 1 and report.flagged == 1
        (alert,) = other.sent_to(ANA_MOBILE)
        assert "bad pain since yesterday" in body(alert)
        (autoreply,) = other.sent_to(LENA)
        assert NUMBER in body(autoreply)
    finally:
        other.ledger.close()


def test_forward_goes_to_the_main_address_without_emergency_email(tmp_path: Path) -> None:
    mobile = "  emergency_email: ana.mobile@fieldpractice.example   # holiday escalations go here\n"
    desk = make_desk(tmp_path, edit={"config/practice.yaml": (mobile, "")})
    try:
        desk.receive(inbound(LENA, name="Lena Roth"))
        forwards = [m for m in desk.sent() if m["Auto-Submitted"] == "auto-generated"]
        assert len(forwards) == 1
        assert forwards[0]["To"].addresses[0].addr_spec == ANA
    finally:
        desk.ledger.close()


def test_unknown_sender_gets_the_generic_autoreply(desk: Desk) -> None:
    desk.receive(inbound("new.person@example.net", name="New Person"))
    (reply,) = desk.sent()
    text = body(reply)
    assert text.startswith("Hello,")
    assert NUMBER not in text
    assert reply["To"].addresses[0].addr_spec == "new.person@example.net"


def test_no_autoreply_to_unknown_senders_when_switched_off(tmp_path: Path) -> None:
    line = '    emergency_contact: "+41 79 000 00 00"   # shown to emergency clients only\n'
    desk = make_desk(
        tmp_path,
        edit={"config/schedules.yaml": (line, line + "    autoreply_unknown: false\n")},
    )
    try:
        desk.receive(inbound("new.person@example.net", name="New Person"))
        assert desk.sent() == []
        desk.receive(inbound(JONAS))  # clients are still answered
        assert len(desk.sent_to(JONAS)) == 1
    finally:
        desk.ledger.close()


# ---------------------------------------------------------------- never a mail loop


def _postfix_dsn() -> bytes:
    return (DATA / "postfix_dsn.eml").read_bytes()


NOT_ANSWERED: dict[str, bytes] = {
    # RFC 3834 §5 marks, and the other responders' own ways of saying it.
    "auto-replied": inbound(subject="Out of office", headers={"Auto-Submitted": "auto-replied"}),
    "auto-generated": inbound(headers={"Auto-Submitted": "auto-generated"}),
    "ooo-subject-only": inbound(subject="Abwesenheitsnotiz: A question"),
    "exchange-oof": inbound(
        subject="Automatic reply: A question", headers={"X-Auto-Response-Suppress": "All"}
    ),
    "x-autoreply": inbound(headers={"X-Autoreply": "yes"}),
    "exchange-fixture": (DATA / "exchange_oof_de.eml").read_bytes(),
    # Bounces: a real Postfix DSN (null Return-Path, MAILER-DAEMON, multipart/report).
    "postfix-dsn": _postfix_dsn(),
    # Lists and bulk mail (RFC 2369, RFC 2919, Precedence).
    "list-id": inbound(headers={"List-Id": "Garden club <garden.example.org>"}),
    "list-unsubscribe": inbound(
        "news@shop.example.com",
        name="Shop",
        headers={"List-Unsubscribe": "<https://shop.example.com/u/1>"},
    ),
    "precedence-bulk": inbound("news@shop.example.com", headers={"Precedence": "bulk"}),
    "precedence-list": inbound(headers={"Precedence": "list"}),
    "precedence-junk": inbound(headers={"Precedence": "junk"}),
    "list-fixture": (DATA / "list_post.eml").read_bytes(),
    # Senders nobody reads.
    "noreply": inbound("noreply@shop.example.com", name="Shop"),
    "no-reply": inbound("no-reply@bank.example.com", name="Bank"),
    "mailer-daemon": inbound("MAILER-DAEMON@mx.example.org", name=""),
    "null-return-path": inbound(return_path="<>"),
    "noreply-return-path": inbound(return_path="<bounces@shop.example.com>"),
    # Ourselves: the practitioner, her emergency address, a tagged address of hers.
    "ourselves": inbound(ANA, name="Ana Field"),
    "our-emergency-address": inbound(ANA_MOBILE, name="Ana Field"),
    "our-tagged-address": inbound("ana+notes@fieldpractice.example", name="Ana Field"),
    # RFC 3834 §2: not addressed to us (an alias or list that expands to us).
    "not-addressed-to-us": inbound(to="everyone@garden.example.org"),
}


@pytest.mark.parametrize("name", sorted(NOT_ANSWERED))
def test_automatic_list_bounce_and_own_mail_get_nothing(desk: Desk, name: str) -> None:
    desk.receive(NOT_ANSWERED[name])
    assert desk.sent() == []
    assert desk.ledger.autoreplies() == []


@pytest.mark.parametrize("name", sorted(NOT_ANSWERED))
def test_parser_alone_marks_them_not_answerable(name: str) -> None:
    """Reply.autoreply_ok already says no for these, except the RFC 3834 §2
    recipient check, which jobs/holiday.py adds from the raw headers."""
    ours = frozenset({ANA, ANA_MOBILE})
    reply = parse_reply(
        NOT_ANSWERED[name],
        StaticReplyIndex(clients={JONAS: "c-002"}),
        received_at=IN_BREAK,
        rules=ReplyRules(own_addresses=ours),
    )
    if name in ("not-addressed-to-us", "our-tagged-address"):
        assert reply.autoreply_ok  # the gap jobs/holiday.py closes
    else:
        assert not reply.autoreply_ok, reply.reasons


def test_own_address_is_refused_even_when_the_parser_was_not_told_it(desk: Desk) -> None:
    desk.rules = ReplyRules()  # an inbox job that passed no own addresses
    desk.receive(inbound(ANA, name="Ana Field", to=ANA))
    desk.receive(inbound(ANA_MOBILE, name="Ana Field", to=ANA))
    assert desk.sent() == []


def test_a_normal_mail_right_beside_them_is_answered(desk: Desk) -> None:
    # The control for the table above: same shape, no automatic marks.
    desk.receive(inbound(headers={"Auto-Submitted": "no", "Precedence": "first-class"}))
    assert len(desk.sent_to(JONAS)) == 1


def test_optout_gets_no_autoreply(desk: Desk) -> None:
    reply = desk.receive(inbound(subject="unsubscribe", body="Please remove me.\n"))
    assert reply.kind == "optout"
    assert desk.sent() == []


# ---------------------------------------------------------------- the auto-reply's headers


def test_autoreply_headers_follow_rfc_3834(desk: Desk) -> None:
    raw = inbound(
        subject="Re: AW: Re:  Your holiday",
        message_id="<their-3@mail.example.org>",
        headers={"References": "<first-1@fieldpractice.example> <their-2@mail.example.org>"},
    )
    desk.receive(raw)
    (reply,) = desk.sent()
    assert reply["Auto-Submitted"] == "auto-replied"
    assert reply["In-Reply-To"] == "<their-3@mail.example.org>"
    assert reply["References"].split() == [
        "<first-1@fieldpractice.example>",
        "<their-2@mail.example.org>",
        "<their-3@mail.example.org>",
    ]
    assert reply["Subject"] == "Away until 4 January"  # the template's own subject
    assert reply["From"].addresses[0].addr_spec == ANA
    assert reply["Message-ID"].endswith("@fieldpractice.example>")
    assert reply["List-Unsubscribe"] is None  # a reply, not a mailing


def test_autoreply_goes_to_the_return_path(desk: Desk) -> None:
    desk.receive(inbound(return_path="<jonas.meier@mail.example.org>"))
    (reply,) = desk.sent()
    assert reply["To"].addresses[0].addr_spec == "jonas.meier@mail.example.org"


def test_subject_without_text_uses_the_templates(desk: Desk) -> None:
    desk.receive(inbound(subject=""))
    (reply,) = desk.sent()
    assert reply["Subject"] == "Away until 4 January"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Question", "Re: Question"),
        ("Re: Question", "Re: Question"),
        ("RE: re: Question", "Re: Question"),
        ("AW: Re[2]: Frage", "Re: Frage"),
        ("Sv: Fråga", "Re: Fråga"),
        ("Fwd: Report", "Re: Fwd: Report"),
        ("Re: Regarding the drops", "Re: Regarding the drops"),
        ("Re:", "fallback"),
        ("", "fallback"),
    ],
)
def test_reply_subject(subject: str, expected: str) -> None:
    assert reply_subject(subject, "fallback") == expected


# ---------------------------------------------------------------- only during the break


@pytest.mark.parametrize(
    ("moment", "answered"),
    [
        ("2026-12-19T23:59:30", False),  # the day before `from`, Zurich time
        ("2026-12-20T00:00:30", True),  # the first day away
        ("2027-01-04T23:59:00", True),  # `to` is the last day away, included
        ("2027-01-05T00:00:30", False),  # the day after `to`
    ],
)
def test_only_during_the_break_in_the_practices_zone(
    desk: Desk, moment: str, answered: bool
) -> None:
    desk.receive(inbound(LENA, name="Lena Roth"), zurich(moment))
    assert len(desk.sent_to(LENA)) == int(answered)
    assert len(desk.sent_to(ANA_MOBILE)) == int(answered)


def test_utc_instants_are_judged_in_zurich(desk: Desk) -> None:
    # 2026-12-19T23:30Z is already 00:30 on the 20th in Zurich: away.
    desk.receive(inbound(JONAS), datetime.fromisoformat("2026-12-19T23:30:00+00:00"))
    assert len(desk.sent_to(JONAS)) == 1


# ---------------------------------------------------------------- restarts and retries


def test_restart_still_answers_once_per_sender(tmp_path: Path) -> None:
    desk = make_desk(tmp_path)
    desk.receive(inbound(JONAS))
    desk.ledger.close()

    again = make_desk(tmp_path / "again")  # fresh copy of the practice files...
    again.ledger.close()
    ledger = Ledger.open(tmp_path / "var" / "ledger.sqlite3")  # ...but the same ledger
    try:
        restarted = Desk(
            desk.config,
            ledger,
            desk.outbox,
            HolidayResponder(desk.config, ledger, Renderer(desk.config.templates_dir)),
            desk.rules,
        )
        restarted.receive(inbound(JONAS), zurich("2026-12-30T12:00"))
        assert len(restarted.sent_to(JONAS)) == 1
        restarted.receive(inbound("someone.new@example.net"), zurich("2026-12-30T12:05"))
        assert len(restarted.sent_to("someone.new@example.net")) == 1
    finally:
        ledger.close()


def test_a_failed_forward_stays_pending_and_is_retried(desk: Desk, tmp_path: Path) -> None:
    broken = tmp_path / "broken-outbox"
    broken.write_text("a file where the Maildir should be\n")
    raw = inbound(LENA, name="Lena Roth", subject="Help", body="Please call me back.\n")
    index = StaticReplyIndex(clients={c.email: c.id for c in desk.config.clients})
    reply = parse_reply(raw, index, received_at=IN_BREAK, rules=desk.rules)
    assert desk.ledger.record_reply(reply, IN_BREAK)
    asyncio.run(desk.responder.respond(reply, raw, MaildirTransport(broken), IN_BREAK))

    (pending,) = desk.ledger.pending_forwards()
    assert pending.reply_message_id == reply.message_id
    status = holiday_status(desk.config, desk.ledger, IN_BREAK)
    assert "emergency forwards: 0 sent, 1 pending" in "\n".join(status)

    later = zurich("2026-12-22T10:05")
    fresh = HolidayResponder(desk.config, desk.ledger, desk.responder.renderer)
    sent = asyncio.run(fresh.retry_pending_forwards(MaildirTransport(desk.outbox), later))
    assert sent == 1
    assert desk.ledger.pending_forwards() == []
    (forward,) = desk.sent_to(ANA_MOBILE)
    assert "Please call me back." in body(forward)
    # Nothing left: a second pass sends nothing more.
    assert asyncio.run(fresh.retry_pending_forwards(MaildirTransport(desk.outbox), later)) == 0
    assert len(desk.sent_to(ANA_MOBILE)) == 1


def test_the_next_passs_responder_retries_a_pending_forward_itself(
    desk: Desk, tmp_path: Path
) -> None:
    broken = tmp_path / "broken-outbox"
    broken.write_text("a file where the Maildir should be\n")
    raw = inbound(LENA, name="Lena Roth", subject="Help", body="Please call me back.\n")
    index = StaticReplyIndex(clients={c.email: c.id for c in desk.config.clients})
    reply = parse_reply(raw, index, received_at=IN_BREAK, rules=desk.rules)
    assert desk.ledger.record_reply(reply, IN_BREAK)
    asyncio.run(desk.responder.respond(reply, raw, MaildirTransport(broken), IN_BREAK))
    assert len(desk.ledger.pending_forwards()) == 1

    # The next pass brings Jonas's mail; its responder sends Lena's forward first.
    desk.responder = HolidayResponder(desk.config, desk.ledger, desk.responder.renderer)
    desk.receive(inbound(JONAS), zurich("2026-12-22T10:05"))
    assert desk.ledger.pending_forwards() == []
    (forward,) = desk.sent_to(ANA_MOBILE)
    assert "Please call me back." in body(forward)


def test_the_inbox_jobs_pending_alerts_are_left_to_it(desk: Desk) -> None:
    assert desk.ledger.claim_alert("x1@mail.example.org", IN_BREAK)
    sent = asyncio.run(
        desk.responder.retry_pending_forwards(MaildirTransport(desk.outbox), IN_BREAK)
    )
    assert sent == 0
    assert desk.ledger.pending_forwards() == []
    assert [f.reply_message_id for f in desk.ledger.pending_alerts()] == ["x1@mail.example.org"]
    assert desk.sent() == []
    status = "\n".join(holiday_status(desk.config, desk.ledger, IN_BREAK))
    assert "emergency forwards: 0 sent, 0 pending" in status


# ---------------------------------------------------------------- status


def test_status_before_during_and_after(desk: Desk) -> None:
    before = holiday_status(desk.config, desk.ledger, zurich("2026-12-01T10:00"))
    assert before[0].startswith("Holiday: not on; next 'winter-2026' from Sunday 20 December 2026")

    desk.receive(inbound(JONAS))
    desk.receive(inbound(JONAS))
    desk.receive(inbound(LENA, name="Lena Roth"))
    during = holiday_status(desk.config, desk.ledger, IN_BREAK)
    assert during[0] == (
        "Holiday: on break 'winter-2026' until Monday 4 January 2027 (back Tuesday 5 January 2027)"
    )
    assert "  winter-2026: 2 auto-replies sent, to 2 senders" in during
    assert "  emergency forwards: 1 sent, 0 pending" in during

    after = holiday_status(desk.config, desk.ledger, zurich("2027-02-01T10:00"))
    assert after[0] == "Holiday: not on, none coming"
    assert "  winter-2026: 2 auto-replies sent, to 2 senders" in after


def test_logs_name_ids_never_what_clients_wrote(
    desk: Desk, caplog: pytest.LogCaptureFixture
) -> None:
    # Private, and no trouble (a flagged one is the inbox job's alert, not a forward).
    secret = "thanks, the tea is lovely and we booked the cabin in Lucerne for May"
    with caplog.at_level("DEBUG"):
        desk.receive(inbound(LENA, name="Lena Roth", subject=secret, body=secret + "\n"))
        desk.receive(inbound(JONAS, subject=secret, body=secret + "\n"))
    events = [getattr(r, "event", None) for r in caplog.records]
    assert "holiday.forward_sent" in events and "holiday.autoreply_sent" in events
    for record in caplog.records:
        assert secret not in record.getMessage()
        assert secret not in str(record.__dict__)


def test_an_autoreply_the_server_did_not_take_is_not_used_up(desk: Desk, tmp_path: Path) -> None:
    broken = tmp_path / "broken-outbox"
    broken.write_text("a file where the Maildir should be\n")  # the transport answers "retry"
    index = StaticReplyIndex(clients={c.email: c.id for c in desk.config.clients})
    raw = inbound(JONAS)
    reply = parse_reply(raw, index, received_at=IN_BREAK, rules=desk.rules)
    assert desk.ledger.record_reply(reply, IN_BREAK)
    asyncio.run(desk.responder.respond(reply, raw, MaildirTransport(broken), IN_BREAK))
    assert desk.ledger.autoreplies("winter-2026") == []
    # His next mail, once mail flows again, gets the one auto-reply.
    desk.receive(inbound(JONAS), zurich("2026-12-23T10:00"))
    assert len(desk.sent_to(JONAS)) == 1
    assert [r.sender for r in desk.ledger.autoreplies("winter-2026")] == [JONAS]


def test_a_pending_forward_survives_the_client_leaving_clients_yaml(
    desk: Desk, tmp_path: Path
) -> None:
    import dataclasses

    broken = tmp_path / "broken-outbox"
    broken.write_text("a file where the Maildir should be\n")
    raw = inbound(LENA, name="Lena Roth", subject="Help", body="Please call me back.\n")
    index = StaticReplyIndex(clients={c.email: c.id for c in desk.config.clients})
    reply = parse_reply(raw, index, received_at=IN_BREAK, rules=desk.rules)
    assert desk.ledger.record_reply(reply, IN_BREAK)
    asyncio.run(desk.responder.respond(reply, raw, MaildirTransport(broken), IN_BREAK))
    assert len(desk.ledger.pending_forwards()) == 1

    without_lena = dataclasses.replace(
        desk.config, clients=tuple(c for c in desk.config.clients if c.email != LENA)
    )
    fresh = HolidayResponder(without_lena, desk.ledger, desk.responder.renderer)
    later = zurich("2026-12-22T10:05")
    assert asyncio.run(fresh.retry_pending_forwards(MaildirTransport(desk.outbox), later)) == 1
    assert desk.ledger.pending_forwards() == []
    (forward,) = desk.sent_to(ANA_MOBILE)
    assert "Please call me back." in body(forward)
    assert LENA in body(forward)


# ---------------------------------------------------------------- the whole inbox job


def test_an_emergency_clients_mail_with_a_utf8_message_id_is_forwarded_and_answered(
    inbox_desk: InboxDesk,
) -> None:
    desk = inbox_desk
    desk.deliver(raw_mail(LENA, "Can you call me?", name="Lena Roth", message_id="<lé1@x.de>"))
    report, _ = desk.inbox_pass(IN_BREAK)
    assert report.errors == 0
    (forward,) = desk.sent_to(ANA_MOBILE)
    assert "Can you call me?" in body(forward)
    (autoreply,) = desk.sent_to(LENA)
    assert autoreply["Auto-Submitted"] == "auto-replied"
    assert desk.ledger.pending_forwards() == []

    # The next pass goes on as usual: Jonas is answered.
    desk.deliver(raw_mail(JONAS, "A question about the drops."))
    desk.inbox_pass(IN_BREAK)
    assert len(desk.sent_to(JONAS)) == 1


def test_an_emergency_forward_survives_a_crash_right_after_the_batch_commits(
    inbox_desk: InboxDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from carecall_mail.jobs import inbox as fetching

    desk = inbox_desk
    desk.deliver(raw_mail(LENA, "I ran out of the globules.", name="Lena Roth"))

    class Crash(BaseException):
        pass

    async def crash(*args: object, **kwargs: object) -> None:
        raise Crash  # the process dies after the commit, before any responder ran

    with monkeypatch.context() as m:
        m.setattr(fetching._Pass, "after_batch", crash)
        with pytest.raises(Crash):
            desk.inbox_pass(IN_BREAK)
    assert desk.sent_to(ANA_MOBILE) == []

    # The restarted worker re-reads the mail (the cursor did not move): it is a
    # duplicate now, yet the emergency client's forward still goes out, once.
    report, _ = desk.inbox_pass(IN_BREAK)
    assert report.duplicates == 1
    (forward,) = desk.sent_to(ANA_MOBILE)
    assert "I ran out of the globules." in body(forward)
    desk.inbox_pass(IN_BREAK)
    assert len(desk.sent_to(ANA_MOBILE)) == 1


def test_a_hostile_thread_makes_an_autoreply_with_header_lines_smtp_carries(
    inbox_desk: InboxDesk,
) -> None:
    # RFC 5322 §2.1.1: at most 998 characters a line. A mail with thousands of
    # References (or a Message-ID of kilobytes) must not make an auto-reply whose
    # References line a relay splits or refuses.
    desk = inbox_desk
    refs = " ".join(f"<ref{n}-{'x' * 40}@mail.example.org>" for n in range(500))
    raw = raw_mail(JONAS, "A question.", message_id=f"<{'y' * 3000}@mail.example.org>")
    raw = raw.replace(b"MIME-Version", f"References: {refs}\r\nMIME-Version".encode(), 1)
    desk.deliver(raw)
    desk.inbox_pass(IN_BREAK)
    (path,) = (desk.outbox / "new").iterdir()
    head = path.read_bytes().replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    assert max(len(line) for line in head.split(b"\n")) <= 998
    (autoreply,) = desk.sent_to(JONAS)
    assert autoreply["Auto-Submitted"] == "auto-replied"
    assert f"<ref499-{'x' * 40}@mail.example.org>" in str(autoreply["References"])
