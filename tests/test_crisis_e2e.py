"""A crisis reply end to end, against the real loopback Postfix + Dovecot.

In and out of a break, from an emergency client (Lena) and from one who is not
(Jonas): the practitioner's alert arrives (during a break at both her addresses),
its subject quotes nothing, the client gets `crisis.resources` back once (not also
the holiday auto-reply), and a second inbox pass sends nothing again.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from mailservers import MailSystem
from test_holiday_e2e import (
    ANA,
    ANA_EMERGENCY,
    JONAS,
    LENA,
    Desk,
    auto_replies,
    mail,
    parse,
    practice_desk,
    settle,
    text_of,
    write_by_hand,
    zurich,
)

from carecall_mail.app.runtime import open_ledger
from carecall_mail.config.loading import load_config
from carecall_mail.templates.render import REVEALING_WORDS, Renderer

pytestmark = pytest.mark.mailservers

__all__ = ["mail"]  # the fixture, shared with the holiday stories

RESOURCES = "If you are in danger now, call 144, or 143 to talk to someone at any hour."
CRISIS = f"""\
crisis:
  resources: "{RESOURCES}"
  reply: true
"""
CRISIS_TEXT = "I want to die. I can't do this anymore."
HOLIDAY_AUTOREPLY = b"I am away until"  # the example's holiday_autoreply.j2


def crisis_desk(root: Path, mail: MailSystem) -> Desk:
    """The holiday stories' practice on the real servers, with crisis resources set."""
    desk = practice_desk(root, mail)
    desk.ledger.close()
    path = root / "config" / "practice.yaml"
    path.write_text(path.read_text(encoding="utf-8") + CRISIS, encoding="utf-8")
    config = load_config(root / "config")
    return Desk(config, open_ledger(config), Renderer(config.templates_dir))


def alerts_to(mail: MailSystem, address: str) -> list[EmailMessage]:
    """The URGENT alerts in Ana's INBOX addressed to `address` (both of hers land there)."""
    found = []
    for raw in mail.messages(ANA):
        msg = parse(raw)
        if not str(msg["Subject"] or "").startswith("URGENT"):
            continue
        if any(a.addr_spec.lower() == address for a in msg["To"].addresses):
            found.append(msg)
    return found


def crisis_story(mail: MailSystem, desk: Desk, client: str, client_id: str, now: datetime) -> str:
    """`client` writes a crisis; one inbox pass; their Message-ID. Checks what is common."""
    mid = write_by_hand(mail, client, ANA, "Re: How are you?", CRISIS_TEXT + "\n")
    mail.wait_for_message(ANA, mid.encode())
    report = desk.fetch(now)
    assert (report.recorded, report.crisis, report.crisis_replies) == (1, 1, 1)
    settle(mail)
    (row,) = [r for r in desk.ledger.replies() if r.message_id in (mid, mid.strip("<>"))]
    assert row.urgency == "crisis" and row.flagged
    assert any(reason.startswith("crisis: ") for reason in row.reasons)

    # The client: the resources, once, as an RFC 3834 auto-reply to their mail.
    (answer,) = auto_replies(mail, client, ANA)
    assert RESOURCES in text_of(answer)
    assert answer["Auto-Submitted"] == "auto-replied"
    assert answer["In-Reply-To"] == mid
    assert mid in str(answer["References"])
    assert answer["Subject"] == "Re: How are you?"
    assert str(answer["Return-Path"]).strip() == "<>"  # MAIL FROM:<> (RFC 3834 §3.3)
    assert HOLIDAY_AUTOREPLY not in answer.as_bytes()
    return mid


def check_alert(alert: EmailMessage, client_id: str, address: str) -> None:
    subject = str(alert["Subject"])
    assert subject == f"URGENT: a client's reply needs you now ({client_id})"
    assert not REVEALING_WORDS.search(subject)
    for word in ("die", "want", "anymore", "crisis", "suicid"):
        assert word not in subject.lower()
    text = text_of(alert)
    assert CRISIS_TEXT in text  # the body may carry it: it goes to the practitioner only
    assert "crisis" in text and f"sent to {address}" in text  # what CareCall did
    assert alert["Auto-Submitted"] == "auto-generated"


def second_pass_sends_nothing(mail: MailSystem, desk: Desk, client: str, now: datetime) -> None:
    before_client, before_ana = len(mail.messages(client)), len(mail.messages(ANA))
    report = desk.fetch(now)  # reads our own alerts coming back: automatic, no effects
    assert (report.alerts_sent, report.crisis_replies, report.crisis) == (0, 0, 0)
    settle(mail)
    assert len(mail.messages(client)) == before_client
    assert len(mail.messages(ANA)) == before_ana
    assert desk.ledger.pending_forwards() == []


@pytest.mark.parametrize(
    ("client", "client_id"), [(JONAS, "c-002"), (LENA, "c-003")], ids=["jonas", "lena-emergency"]
)
def test_crisis_outside_a_break_alerts_at_once_and_sends_the_resources(
    mail: MailSystem, tmp_path: Path, client: str, client_id: str
) -> None:
    desk = crisis_desk(tmp_path / "ana", mail)
    try:
        now = zurich("2026-12-05T23:40")  # a Saturday night: outside any send window
        crisis_story(mail, desk, client, client_id, now)
        # One alert, to the main address only: not on a break.
        (alert,) = alerts_to(mail, ANA)
        assert alerts_to(mail, ANA_EMERGENCY) == []
        check_alert(alert, client_id, client)
        second_pass_sends_nothing(mail, desk, client, zurich("2026-12-05T23:50"))
    finally:
        desk.ledger.close()


@pytest.mark.parametrize(
    ("client", "client_id"), [(JONAS, "c-002"), (LENA, "c-003")], ids=["jonas", "lena-emergency"]
)
def test_crisis_in_a_break_reaches_both_addresses_and_replaces_the_autoreply(
    mail: MailSystem, tmp_path: Path, client: str, client_id: str
) -> None:
    desk = crisis_desk(tmp_path / "ana", mail)
    try:
        now = zurich("2026-12-22T03:15")  # away, at night
        crisis_story(mail, desk, client, client_id, now)
        # The alert reaches the phone and the desk, whether or not the client is on the
        # emergency list.
        (on_phone,) = alerts_to(mail, ANA_EMERGENCY)
        (at_desk,) = alerts_to(mail, ANA)
        for alert in (on_phone, at_desk):
            check_alert(alert, client_id, client)
        # No emergency forward besides: the alert is the escalation.
        assert not [m for m in mail.messages(ANA) if b"wrote while you are away" in m]
        # The crisis reply took the place of the holiday auto-reply for this message.
        assert desk.ledger.autoreplies() == []
        second_pass_sends_nothing(mail, desk, client, zurich("2026-12-22T03:30"))

        # A later, ordinary mail in the same break gets the holiday auto-reply as usual.
        write_by_hand(mail, client, ANA, "Thank you", "all good thanks, sorry for before\n")
        settle(mail)
        desk.fetch(zurich("2026-12-23T10:00"))
        settle(mail)
        replies = auto_replies(mail, client, ANA)
        assert len(replies) == 2
        assert HOLIDAY_AUTOREPLY in replies[-1].as_bytes()
        assert RESOURCES not in text_of(replies[-1])
    finally:
        desk.ledger.close()
