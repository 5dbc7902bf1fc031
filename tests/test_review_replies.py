"""Review findings on the inbox job, holiday mode and the digest, each as a regression test.

Everything runs the real inbox pass (`worker.inbox_pass`) over a real Maildir
inbox, a real SQLite ledger and a real Maildir outbox, as `carecall fetch` does.
"""

from __future__ import annotations

import email
import email.policy
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from practice import Practice

from carecall_mail.config import Config, load_config
from carecall_mail.fetching import FetchReport
from carecall_mail.inbox import MaildirInbox
from carecall_mail.ledger import Ledger
from carecall_mail.render import Renderer
from carecall_mail.runtime import inbox_dir, open_ledger
from carecall_mail.worker import inbox_pass

ZURICH = ZoneInfo("Europe/Zurich")
BEFORE = datetime(2026, 11, 23, 11, 30, tzinfo=ZURICH)
IN_BREAK = datetime(2026, 12, 22, 10, 0, tzinfo=ZURICH)
ANA = "ana@fieldpractice.example"
ANA_MOBILE = "ana.mobile@fieldpractice.example"
JONAS = "jonas@example.org"  # c-002
LENA = "lena@example.org"  # c-003, emergency

_seq = itertools.count(1)


@dataclass
class Desk:
    config: Config
    ledger: Ledger

    @property
    def inbox(self) -> Path:
        return inbox_dir(self.config)

    @property
    def outbox(self) -> Path:
        return self.config.state_dir / "outbox" / "new"

    @property
    def practitioner(self) -> Path:
        """Mail to the practitioner herself, apart from client mail (issue 10 item 5)."""
        return self.config.state_dir / "practitioner" / "new"

    def deliver(self, raw: bytes) -> None:
        for sub in ("tmp", "new", "cur"):
            (self.inbox / sub).mkdir(parents=True, exist_ok=True)
        (self.inbox / "new" / f"{1_700_000_000 + next(_seq)}.M{next(_seq)}.test").write_bytes(raw)

    def run(self, now: datetime) -> tuple[FetchReport, int]:
        with MaildirInbox(self.inbox) as inbox:
            return inbox_pass(
                self.config, self.ledger, inbox, Renderer(self.config.templates_dir), now
            )

    def sent(self) -> list[EmailMessage]:
        paths = [
            p for box in (self.outbox, self.practitioner) if box.is_dir() for p in box.iterdir()
        ]
        out = []
        for path in sorted(paths, key=lambda p: p.stat().st_mtime_ns):
            msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            assert isinstance(msg, EmailMessage)
            out.append(msg)
        return out

    def sent_to(self, addr: str) -> list[EmailMessage]:
        return [m for m in self.sent() if addr in str(m["To"])]


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    practice = Practice(tmp_path / "practice")
    config = load_config(practice.config)
    ledger = open_ledger(config)
    try:
        yield Desk(config, ledger)
    finally:
        ledger.close()


def raw_mail(
    sender: str,
    body: str,
    *,
    name: str = "",
    message_id: str | None = None,
    subject: str = "Hello",
) -> bytes:
    """A mail as an MTA delivers it; headers may hold raw UTF-8 (RFC 6532)."""
    mid = message_id or f"<r{next(_seq)}@mail.example.org>"
    head = f"{name} <{sender}>" if name else sender
    return (
        f"Return-Path: <{sender}>\r\nFrom: {head}\r\nTo: Ana Field <{ANA}>\r\n"
        f"Subject: {subject}\r\nMessage-ID: {mid}\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{body}\r\n"
    ).encode()


def text_of(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    content = part.get_content()
    assert isinstance(content, str)
    return content


# ---------------------------------------------------------------- never a crash on input


# ---------------------------------------------------------------- once, across crashes


# ---------------------------------------------------------------- the parse pool


# ---------------------------------------------------------------- the digest


def test_our_own_digest_and_alerts_coming_back_to_the_inbox_make_no_digest(desk: Desk) -> None:
    # With IMAP the inbox is the practitioner's own mailbox: the digest and the alerts
    # we send her arrive there. Counted in the next digest, each digest made the next
    # one, every day for ever. They are recognised by our header and not logged at all.
    import asyncio

    from carecall_mail.digest import build_digest, send_digest
    from carecall_mail.runtime import make_transport

    day1 = datetime(2030, 6, 10, 9, 0, tzinfo=ZURICH)  # nothing planned in June 2030
    desk.deliver(raw_mail(JONAS, "The pain is worse since Monday."))
    desk.run(day1)
    transport = make_transport(desk.config)
    assert asyncio.run(send_digest(desk.config, desk.ledger, transport, day1.replace(hour=18)))
    ours = sorted(desk.practitioner.iterdir())
    assert len(ours) == 2  # the alert and the digest
    for path in ours:
        desk.deliver(path.read_bytes())
    report, _ = desk.run(day1.replace(hour=19))
    assert (report.recorded, report.own) == (0, 2)
    day2 = day1.replace(day=11, hour=18)
    assert build_digest(desk.config, desk.ledger, day2) is None
