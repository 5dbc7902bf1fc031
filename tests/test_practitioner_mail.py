"""Mail to the practitioner: alerts, holiday forwards and digests share one envelope,
and the inbox job knows each of them as our own when it comes back."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from practice import REPO

from carecall_mail.config.loading import load_config
from carecall_mail.config.schema import Config
from carecall_mail.core.replies.model import ReplyRecord
from carecall_mail.core.replies.parse import Reply, StaticReplyIndex, parse_reply
from carecall_mail.jobs.digest import build_digest
from carecall_mail.jobs.holiday import HolidayResponder
from carecall_mail.jobs.inbox import build_alert, reply_rules
from carecall_mail.store.sqlite import Ledger
from carecall_mail.templates.practitioner_mail import OWN_MAIL_KINDS, practitioner_mail
from carecall_mail.templates.render import Renderer

ZURICH = ZoneInfo("Europe/Zurich")
NOW = datetime(2026, 12, 22, 18, 0, tzinfo=ZURICH)
DOMAIN = "fieldpractice.example"
RECEIVED = datetime(2026, 12, 22, 9, 30, tzinfo=ZURICH)
ANA = "ana@fieldpractice.example"
MARIA = "c-001"


@pytest.fixture(scope="module")
def config() -> Config:
    return load_config(REPO / "config")


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    opened = Ledger.open(tmp_path / "ledger.sqlite3", message_id_domain=DOMAIN)
    try:
        yield opened
    finally:
        opened.close()


def _reply(config: Config) -> Reply:
    """Maria's reply as the inbox job reads it."""
    client = config.client(MARIA)
    assert client is not None
    msg = EmailMessage()
    msg["From"] = f"{client.name} <{client.email}>"
    msg["To"] = ANA
    msg["Subject"] = "Re: How are you?"
    msg["Date"] = format_datetime(RECEIVED)
    msg["Message-ID"] = "<r1@mail.example.org>"
    msg.set_content("The drops ran out and I feel worse.\n")
    raw = msg.as_bytes(policy=email.policy.SMTP)
    return parse_reply(raw, _index(config), received_at=RECEIVED, rules=reply_rules(config))


def _index(config: Config) -> StaticReplyIndex:
    return StaticReplyIndex(clients={c.email: c.id for c in config.clients})


def _facts(config: Config) -> ReplyRecord:
    return _reply(config)


def _alert(config: Config, ledger: Ledger) -> bytes:
    return build_alert(config, _facts(config), config.client(MARIA), ANA, NOW, DOMAIN)


def _forward(config: Config, ledger: Ledger) -> bytes:
    client = config.client(MARIA)
    assert client is not None
    responder = HolidayResponder(config, ledger, Renderer(config.templates_dir))
    return responder.build_forward(_facts(config), client, ANA, NOW)


def _digest(config: Config, ledger: Ledger) -> bytes:
    assert ledger.record_reply(_reply(config), RECEIVED)
    data = build_digest(config, ledger, NOW)
    assert data is not None, "a reply since the last digest makes a digest"
    return data


def _test_mail(config: Config, ledger: Ledger) -> bytes:
    """What `carecall doctor --send-test` sends (tests/test_doctor.py sends it for real)."""
    who = config.practice.practitioner
    return practitioner_mail(who, "test", who.email, "Test", "It works.\n", now=NOW, domain=DOMAIN)


BUILDERS = {"alert": _alert, "forward": _forward, "digest": _digest, "test": _test_mail}


def _headers(data: bytes) -> EmailMessage:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


@pytest.mark.parametrize("kind", OWN_MAIL_KINDS)
def test_each_mail_to_the_practitioner_carries_the_same_envelope(
    config: Config, ledger: Ledger, kind: str
) -> None:
    msg = _headers(BUILDERS[kind](config, ledger))
    assert msg["From"].addresses[0].addr_spec == ANA
    assert msg["From"].addresses[0].display_name == "CareCall Mail for Ana Field"
    practitioner = config.practice.practitioner
    # In a break the digest goes to the emergency address: still the practitioner.
    assert msg["To"].addresses[0].addr_spec in {practitioner.email, practitioner.emergency_email}
    assert msg["To"].addresses[0].display_name == "Ana Field"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["X-CareCall-Mail"] == kind
    assert str(msg["Message-ID"]).endswith("@fieldpractice.example>")


@pytest.mark.parametrize("kind", OWN_MAIL_KINDS)
def test_the_inbox_knows_each_as_our_own(config: Config, ledger: Ledger, kind: str) -> None:
    data = BUILDERS[kind](config, ledger)
    reply = parse_reply(data, _index(config), received_at=NOW, rules=reply_rules(config))
    assert reply.ours == kind
    assert not reply.flagged and reply.client_id is None


def test_the_marker_from_a_client_is_not_taken_as_ours(config: Config) -> None:
    """A client who copies our header into a reply is still read: the From decides."""
    data = practitioner_mail(
        config.practice.practitioner,
        "alert",
        ANA,
        "Subject",
        "I feel worse.\n",
        now=NOW,
        domain=DOMAIN,
    )
    client = config.client(MARIA)
    assert client is not None
    forged = data.replace(f"<{ANA}>".encode(), f"<{client.email}>".encode(), 1)
    reply = parse_reply(forged, _index(config), received_at=NOW, rules=reply_rules(config))
    assert reply.ours == "" and reply.client_id == MARIA
