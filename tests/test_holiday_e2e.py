"""Holiday mode end to end, against the real loopback Postfix + Dovecot (+ Pigeonhole).

`now` steps through the winter break while everything else is real: the send
pass delivers over SMTP with STARTTLS, clients write through Postfix, the
inbox job reads Ana's INBOX over IMAP, and what reaches a client is read from
their own Maildir as Dovecot delivered it.
"""

from __future__ import annotations

import email
import email.policy
import smtplib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from mailservers import MailSystem
from practice import Practice
from practice import plain_text as text_of

from carecall_mail.app.runtime import make_inbox, make_transport, open_ledger
from carecall_mail.config.loading import load_config
from carecall_mail.config.schema import Config
from carecall_mail.core.planner import holiday_at
from carecall_mail.jobs.holiday import HolidayResponder
from carecall_mail.jobs.inbox import FetchReport, fetch_pass
from carecall_mail.jobs.send import send_pass
from carecall_mail.store.sqlite import Ledger
from carecall_mail.templates.render import Renderer

pytestmark = pytest.mark.mailservers

ZURICH = ZoneInfo("Europe/Zurich")
ANA = "ana@fieldpractice.example"
ANA_EMERGENCY = "ana+emergency@fieldpractice.example"  # delivered to Ana's INBOX
MARIA = "maria@example.org"
JONAS = "jonas@example.org"
LENA = "lena@example.org"
NUMBER = "+41 79 000 00 00"
PASSWORD_ENV = "CARECALL_E2E_IMAP_PASSWORD"

THREE_CLIENTS = """\
clients:
  # The naturopath's client: her magnesium runs out during the break.
  - id: c-001
    name: Maria Keller
    preferred_name: Maria
    email: maria@example.org
    timezone: Europe/Berlin
    sessions: [2026-09-14, 2026-10-02]
    supplies:
      - item: Magnesium complex
        dispensed: 2026-10-02
        days: 90
  - id: c-002
    name: Jonas Meier
    email: jonas@example.org
    sessions: [2026-06-30, 2026-08-20]
  # The homeopath's first-time client, promised she could reach Ana.
  - id: c-003
    name: Lena Roth
    preferred_name: Lena
    email: lena@example.org
    emergency: true
    sessions: [2026-11-16]
"""


def zurich(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZURICH)


def parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


@dataclass
class Desk:
    """One practice wired to the real servers."""

    config: Config
    ledger: Ledger
    renderer: Renderer

    def send(self, now: datetime) -> None:
        send_pass(self.config, self.ledger, lambda: make_transport(self.config), self.renderer, now)

    def fetch(self, now: datetime) -> FetchReport:
        inbox = make_inbox(self.config)
        try:
            return fetch_pass(
                self.config,
                self.ledger,
                inbox,
                lambda: make_transport(self.config),
                now,
                responders=[HolidayResponder(self.config, self.ledger, self.renderer)],
            )
        finally:
            inbox.close()


def practice_desk(
    root: Path,
    mail: MailSystem,
    *,
    name: str = "Ana Field",
    address: str = ANA,
    emergency_email: str | None = ANA_EMERGENCY,
    clients: str = THREE_CLIENTS,
    unsubscribe: str | None = None,
) -> Desk:
    practice = Practice(root)
    emergency = f"  emergency_email: {emergency_email}\n" if emergency_email else ""
    unsubscribe_lines = (
        f"unsubscribe:\n  mailto: {unsubscribe}\n"
        "  url: https://fieldpractice.example/unsubscribe/{token}\n"
        if unsubscribe
        else ""
    )
    practice.write(
        "config/practice.yaml",
        f"""\
practitioner:
  name: {name}
  email: {address}
{emergency}  signature: |
    {name}
timezone: Europe/Zurich
send_window: {{days: [mon, tue, wed, thu, fri], start: "09:00", end: "17:00"}}
state_dir: var
outgoing:
  transport: smtp
  host: {mail.host}
  port: {mail.smtp_port}
  security: starttls
  ca_file: {mail.ca_file}
incoming:
  transport: imap
  host: {mail.host}
  port: {mail.imap_port}
  security: starttls
  ca_file: {mail.ca_file}
  username: {address}
  password_env: {PASSWORD_ENV}
{unsubscribe_lines}""",
    )
    practice.write("config/clients.yaml", clients)
    config = load_config(practice.config)
    return Desk(config, open_ledger(config), Renderer(config.templates_dir))


def write_by_hand(
    mail: MailSystem,
    sender: str,
    to: str,
    subject: str,
    body: str,
    headers: dict[str, str] | None = None,
) -> str:
    """A person (or another program) sends a mail through Postfix; its Message-ID."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = message_id = make_msgid(domain=sender.partition("@")[2])
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body)
    with smtplib.SMTP(mail.host, mail.smtp_port, timeout=15) as smtp:
        smtp.starttls(context=mail.ssl_context())
        smtp.send_message(msg, from_addr=sender, to_addrs=[to])
    return message_id


def settle(mail: MailSystem) -> None:
    """Wait until Postfix has delivered everything, including what Sieve submitted
    while delivering (a vacation reply is queued during the LMTP delivery)."""
    mail.wait_queue_settled(timeout=20)


def auto_replies(mail: MailSystem, user: str, sender: str) -> list[EmailMessage]:
    """Mail in `user`'s INBOX from `sender` marked Auto-Submitted: auto-replied."""
    found = []
    for raw in mail.messages(user):
        msg = parse(raw)
        # Pigeonhole writes "auto-replied (vacation)": RFC 3834 §5 allows a comment.
        if not str(msg["Auto-Submitted"] or "").startswith("auto-replied"):
            continue
        if any(a.addr_spec.lower() == sender for a in msg["From"].addresses):
            found.append(msg)
    return found


@pytest.fixture
def mail(mail_system: MailSystem, monkeypatch: pytest.MonkeyPatch) -> Iterator[MailSystem]:
    """The session's mail system with empty mailboxes for the people of these stories."""
    monkeypatch.setenv(PASSWORD_ENV, mail_system.password)
    settle(mail_system)
    for user in (ANA, MARIA, JONAS, LENA):
        mail_system.empty_mailbox(user)
    yield mail_system
    settle(mail_system)


# ---------------------------------------------------------------- the stories


# Issue 11: the same story with the unsubscribe mailto set to Ana's own address (every
# reply reaches it and must stay a reply) and to a dedicated one.
@pytest.mark.parametrize("unsubscribe", [None, ANA, "ana+unsubscribe@fieldpractice.example"])
def test_a_break_from_the_notices_to_the_return(
    mail: MailSystem, tmp_path: Path, unsubscribe: str | None
) -> None:
    desk = practice_desk(tmp_path / "ana", mail, unsubscribe=unsubscribe)
    try:
        # -- before the break: the naturopath's client is told, and reminded to reorder.
        desk.send(zurich("2026-11-30T10:00"))  # 21 days before 20 December
        settle(mail)
        notice = parse(mail.wait_for_message(MARIA, b"is away from 20 December"))
        assert "Magnesium complex" in text_of(notice)  # runs out during the break
        assert NUMBER not in text_of(notice)  # Maria is not an emergency client here
        lena_notice = parse(mail.wait_for_message(LENA, b"is away from 20 December"))
        assert NUMBER in text_of(lena_notice)  # the promise, made before leaving

        desk.send(zurich("2026-12-07T10:00"))  # the reminder, moved before the break
        settle(mail)
        reminder = parse(mail.wait_for_message(MARIA, b"will run out soon"))
        # The subject names no remedy: it is read on lock screens (issue 11).
        assert reminder["Subject"] == "Your supplies will run out soon"
        row = desk.ledger.get("resupply:c-001:magnesium-complex:2026-10-02")
        assert row is not None and row.sent_at is not None
        assert holiday_at(desk.config, row.sent_at) is None
        assert row.sent_at < zurich("2026-12-20T00:00")

        # -- during the break.
        in_break = zurich("2026-12-22T10:00")
        before_break_mail = len(mail.messages(MARIA))
        desk.send(in_break)  # check-ins and birthdays wait: nothing goes to clients
        settle(mail)
        assert len(mail.messages(MARIA)) == before_break_mail

        # Lena, the first-time emergency client, falls ill and writes.
        lena_id = write_by_hand(
            mail,
            LENA,
            ANA,
            "Question after my first session",
            # No trouble in it (a fever would be a concern: the inbox job's alert), so
            # this is the emergency forward's story.
            "Dear Ana, I am going to my parents for the holidays. Should I keep taking "
            "the globules there? Could you call me?\n\nLena\n",
        )
        mail.wait_for_message(ANA, lena_id.encode())
        report = desk.fetch(in_break)
        assert report.recorded == 1
        settle(mail)
        # She reaches Ana through the forward...
        forward = parse(mail.wait_for_message(ANA, ANA_EMERGENCY.encode()))
        assert forward["Subject"] == "Emergency client c-003 wrote while you are away"
        assert "I am going to my parents for the holidays" in text_of(forward)
        assert forward["Reply-To"].addresses[0].addr_spec == LENA
        # ...and is given the number Ana promised.
        (lena_reply,) = auto_replies(mail, LENA, ANA)
        assert NUMBER in text_of(lena_reply)
        # MAIL FROM:<> (RFC 3834 §3.3): undeliverable, it bounces nowhere, not into our inbox.
        assert str(lena_reply["Return-Path"]).strip() == "<>"
        assert lena_reply["In-Reply-To"] == lena_id
        assert lena_reply["Subject"].startswith("Away until ")  # the template's subject

        # Jonas, not an emergency client, writes three times: one auto-reply, no number.
        jonas_ids = []
        for i, day in enumerate(("2026-12-23T11:00", "2026-12-28T09:00", "2027-01-03T19:00")):
            jonas_ids.append(
                write_by_hand(mail, JONAS, ANA, f"News {i}", f"Hello Ana, news number {i}.\n")
            )
            mail.wait_for_message(ANA, jonas_ids[-1].encode())
            desk.fetch(zurich(day))
            settle(mail)
        (jonas_reply,) = auto_replies(mail, JONAS, ANA)
        assert NUMBER not in text_of(jonas_reply)
        assert jonas_reply["In-Reply-To"] == jonas_ids[0]
        assert not [m for m in mail.messages(ANA) if ANA_EMERGENCY.encode() in m and b"c-002" in m]

        # Out-of-office replies, bounces and newsletters during the break: nothing back.
        ooo = write_by_hand(
            mail,
            MARIA,
            ANA,
            "Automatic reply: Ana Field is away",
            "I am out of the office until January.\n",
            {"Auto-Submitted": "auto-replied"},
        )
        news = write_by_hand(
            mail,
            MARIA,
            ANA,
            "Our winter newsletter",
            "Ten tips for the cold season.\n",
            {"List-Id": "Garden club <garden.example.org>", "Precedence": "bulk"},
        )
        # A real Postfix DSN: Ana wrote to an address that does not exist.
        write_by_hand(mail, ANA, "nobody.here@example.org", "Hello", "Is this you?\n")
        settle(mail)
        dsn = mail.wait_for_message(ANA, b"Undelivered Mail Returned to Sender")
        assert b"nobody.here@example.org" in dsn
        for mid in (ooo, news):
            mail.wait_for_message(ANA, mid.encode())
        maria_before = len(mail.messages(MARIA))
        report = desk.fetch(zurich("2027-01-02T12:00"))
        assert report.by_kind.get("bounce") == 1
        assert report.by_kind.get("autoreply", 0) >= 2  # the OOO and the newsletter
        settle(mail)
        assert len(mail.messages(MARIA)) == maria_before
        assert sorted(r.sender for r in desk.ledger.autoreplies("winter-2026")) == [JONAS, LENA]

        # -- back: no more auto-replies; the held check-in goes out after the break.
        back = zurich("2027-01-05T10:00")
        write_by_hand(mail, JONAS, ANA, "Back?", "Are you back?\n")
        settle(mail)
        desk.fetch(back)
        desk.send(back)
        settle(mail)
        assert len(auto_replies(mail, JONAS, ANA)) == 1
        checkin = desk.ledger.get("checkin:c-001:2026-10-02:three-months")
        assert checkin is not None and checkin.sent_at is not None
        assert checkin.sent_at >= zurich("2027-01-05T00:00")
        # Every reply of the story reached Ana's address; none of them was an opt-out.
        assert desk.ledger.consent_overrides() == []
        if unsubscribe is not None:
            header = str(notice["List-Unsubscribe"])
            assert f"<mailto:{unsubscribe}?subject=unsubscribe>" in header
            assert "/unsubscribe/" in header and "c-001" not in header and "{token}" not in header
        if unsubscribe == "ana+unsubscribe@fieldpractice.example":
            # One word to the dedicated address, through Postfix into Ana's INBOX: Jonas
            # is off, and his next message is not sent.
            stop = write_by_hand(mail, JONAS, unsubscribe, "Hello", "(sent from my phone)\n")
            mail.wait_for_message(ANA, stop.encode())
            desk.fetch(back)
            assert [(o.client_id, o.allowed) for o in desk.ledger.consent_overrides()] == [
                ("c-002", False)
            ]
    finally:
        desk.ledger.close()


def test_two_practices_on_holiday_exchange_at_most_one_autoreply_each(
    mail: MailSystem, tmp_path: Path
) -> None:
    """Ana and Jonas both run CareCall, both are away, each is the other's client."""
    ana = practice_desk(tmp_path / "ana", mail)
    jonas_clients = """\
clients:
  - id: p-ana
    name: Ana Field
    email: ana@fieldpractice.example
    emergency: true
"""
    jonas = practice_desk(
        tmp_path / "jonas",
        mail,
        name="Jonas Meier",
        address=JONAS,
        emergency_email=None,
        clients=jonas_clients,
    )
    try:
        in_break = zurich("2026-12-22T10:00")
        # Jonas writes by hand; Ana's practice answers; Jonas's practice must not answer
        # that auto-reply (RFC 3834 §2), though Ana is his client and not yet answered.
        first = write_by_hand(mail, JONAS, ANA, "Happy holidays", "Enjoy the break!\n")
        mail.wait_for_message(ANA, first.encode())
        for _ in range(4):  # bounded: a loop would show up within two rounds
            ana.fetch(in_break)
            jonas.fetch(in_break)
            settle(mail)
        assert len(auto_replies(mail, JONAS, ANA)) == 1
        assert auto_replies(mail, ANA, JONAS) == []
        # Now Ana writes by hand: Jonas's practice answers her once, and hers stays quiet.
        second = write_by_hand(mail, ANA, JONAS, "And to you", "Enjoy yours too!\n")
        mail.wait_for_message(JONAS, second.encode())
        for _ in range(4):
            ana.fetch(in_break)
            jonas.fetch(in_break)
            settle(mail)
        # They write again, by hand: still once per sender per break.
        write_by_hand(mail, JONAS, ANA, "One more thing", "Forgot to say thanks.\n")
        write_by_hand(mail, ANA, JONAS, "One more thing", "Thanks!\n")
        settle(mail)
        for _ in range(3):
            ana.fetch(in_break)
            jonas.fetch(in_break)
            settle(mail)

        from_ana = auto_replies(mail, JONAS, ANA)
        from_jonas = auto_replies(mail, ANA, JONAS)
        assert len(from_ana) == 1 and from_ana[0]["In-Reply-To"] == first
        assert len(from_jonas) == 1 and from_jonas[0]["In-Reply-To"] == second
        # Each side logged the other's auto-reply as one, and answered nothing automatic.
        assert [r.from_addr for r in ana.ledger.replies(kind="autoreply")] == [JONAS]
        assert [
            r.from_addr for r in jonas.ledger.replies(kind="autoreply") if r.from_addr == ANA
        ] == [ANA]
        # Jonas's practice forwarded Ana's mail (she is his emergency client) to his main
        # address, his own inbox: that forward came back in and was not answered either.
        assert [r.sender for r in jonas.ledger.autoreplies()] == [ANA]
        assert [r.sender for r in ana.ledger.autoreplies()] == [JONAS]
    finally:
        ana.ledger.close()
        jonas.ledger.close()


def test_carecall_and_pigeonhole_vacation_never_loop(mail: MailSystem, tmp_path: Path) -> None:
    """Maria's mailbox answers with Pigeonhole's Sieve vacation (RFC 5230); Ana's with CareCall."""
    ana = practice_desk(tmp_path / "ana", mail)
    mail.set_vacation(MARIA, "I am away until January.", subject="Away", days=1)
    try:
        in_break = zurich("2026-12-22T10:00")
        # Ana writes to Maria by hand: Pigeonhole answers; CareCall must not answer that
        # (RFC 3834 §2), though Maria is a client it has not answered yet.
        to_maria = write_by_hand(mail, ANA, MARIA, "Quick question", "Did the drops help?\n")
        mail.wait_for_message(MARIA, to_maria.encode())
        settle(mail)
        for _ in range(4):  # bounded
            ana.fetch(in_break)
            settle(mail)
        assert auto_replies(mail, MARIA, ANA) == []
        # Maria writes by hand: CareCall answers once; Pigeonhole does not answer that.
        to_ana = write_by_hand(mail, MARIA, ANA, "Before you go", "Have a good break!\n")
        mail.wait_for_message(ANA, to_ana.encode())
        for _ in range(4):
            ana.fetch(in_break)
            settle(mail)
        write_by_hand(mail, MARIA, ANA, "Again", "One more thing.\n")
        settle(mail)
        for _ in range(3):
            ana.fetch(in_break)
            settle(mail)

        sieve_replies = auto_replies(mail, ANA, MARIA)
        carecall_replies = auto_replies(mail, MARIA, ANA)
        assert len(sieve_replies) == 1  # Pigeonhole answered Ana's hand-written mail once
        assert sieve_replies[0]["In-Reply-To"] == to_maria
        assert len(carecall_replies) == 1  # CareCall answered Maria once, not her vacation
        assert carecall_replies[0]["In-Reply-To"] == to_ana
        assert [r.sender for r in ana.ledger.autoreplies()] == [MARIA]
        assert len(ana.ledger.replies(kind="autoreply")) == 1  # Sieve's, logged as such
    finally:
        mail.clear_vacation(MARIA)
        ana.ledger.close()
