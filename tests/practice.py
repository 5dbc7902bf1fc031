"""A throwaway copy of the example practice that a test may break or extend.

`Practice` is the folder (the `practice` fixture in conftest.py); `InboxDesk` is that
practice opened for the inbox job, with its ledger and Maildirs (`inbox_desk`).
Tests that need more (a responder, a digest) build on these rather than copy them.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import io
import itertools
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # conftest imports this module: it must not need the whole package
    from carecall_mail.config.schema import Config
    from carecall_mail.jobs.inbox import FetchReport
    from carecall_mail.store.records import OutboxStatus
    from carecall_mail.store.sqlite import Ledger

REPO = Path(__file__).resolve().parents[1]
PRACTITIONER = "ana@fieldpractice.example"  # the example practice's own address

_seq = itertools.count(1)


class Practice:
    """The example practice copied into `root` (config/, templates/, var/)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        shutil.copytree(REPO / "config", root / "config", symlinks=False)
        shutil.copytree(REPO / "templates", root / "templates", symlinks=False)

    @property
    def config(self) -> Path:
        return self.root / "config"

    def path(self, name: str) -> Path:
        return self.root / name

    def read(self, name: str) -> str:
        return self.path(name).read_text(encoding="utf-8")

    def write(self, name: str, text: str) -> None:
        self.path(name).write_text(text, encoding="utf-8")

    def replace(self, name: str, old: str, new: str) -> int:
        """Replace `old` (which must be there) and return the 1-based line it was on."""
        text = self.read(name)
        assert old in text, f"{old!r} not in {name}"
        line = text[: text.index(old)].count("\n") + 1
        self.write(name, text.replace(old, new, 1))
        return line


def cli(practice: Practice, *args: str) -> tuple[int, str, str]:
    """`carecall ARGS -c practice/config` in-process: (exit code, stdout, stderr)."""
    from carecall_mail.app.cli import main

    out, err = io.StringIO(), io.StringIO()
    command, *rest = args
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([command, "-c", str(practice.config), *rest])
    return code, out.getvalue(), err.getvalue()


def ok(practice: Practice, *args: str) -> str:
    """`cli`, asserting exit 0; its stdout."""
    code, out, err = cli(practice, *args)
    assert code == 0, f"carecall {' '.join(args)} exited {code}\n{out}\n{err}"
    return out


def outbox_statuses(practice: Practice) -> dict[str, OutboxStatus]:
    """Every outbox row of the practice's ledger: key -> status."""
    from carecall_mail.app.runtime import ledger_path
    from carecall_mail.config.loading import load_config
    from carecall_mail.store.records import OutboxStatus
    from carecall_mail.store.sqlite import Ledger

    with Ledger.open(ledger_path(load_config(practice.config))) as ledger:
        return {r.key: r.status for s in OutboxStatus for r in ledger.rows(s)}


def read_messages(*folders: Path) -> list[EmailMessage]:
    """The messages in these Maildir `new/` folders, oldest file first; a folder that
    does not exist yet holds none."""
    paths = [path for folder in folders if folder.is_dir() for path in folder.iterdir()]
    out = []
    for path in sorted(paths, key=lambda p: (p.stat().st_mtime_ns, p.name)):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        out.append(msg)
    return out


def plain_text(msg: EmailMessage) -> str:
    """The text/plain body of `msg`."""
    part = msg.get_body(("plain",))
    assert part is not None
    content = part.get_content()
    assert isinstance(content, str)
    return content


def raw_mail(
    sender: str,
    body: str,
    *,
    name: str = "",
    message_id: str | None = None,
    subject: str = "Hello",
) -> bytes:
    """A mail to the practitioner as an MTA delivers it; headers may hold raw UTF-8
    (RFC 6532), which `EmailMessage` would encode."""
    mid = message_id or f"<r{next(_seq)}@mail.example.org>"
    head = f"{name} <{sender}>" if name else sender
    return (
        f"Return-Path: <{sender}>\r\nFrom: {head}\r\nTo: Ana Field <{PRACTITIONER}>\r\n"
        f"Subject: {subject}\r\nMessage-ID: {mid}\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{body}\r\n"
    ).encode()


@dataclass
class InboxDesk:
    """The practice open for the inbox job: its config, its real SQLite ledger, its
    Maildir inbox, and the Maildirs the job writes to (client mail and mail to the
    practitioner herself, issue 10 item 5)."""

    practice: Practice
    config: Config
    ledger: Ledger

    @property
    def inbox(self) -> Path:
        from carecall_mail.app.runtime import inbox_dir

        return inbox_dir(self.config)

    @property
    def outbox(self) -> Path:
        return self.config.state_dir / "outbox"

    @property
    def practitioner(self) -> Path:
        return self.config.state_dir / "practitioner"

    def deliver(self, raw: bytes, name: str | None = None) -> Path:
        """Put one message into the inbox Maildir's new/, as an MTA would."""
        for sub in ("tmp", "new", "cur"):
            (self.inbox / sub).mkdir(parents=True, exist_ok=True)
        path = self.inbox / "new" / (name or f"{1_700_000_000 + next(_seq)}.M{next(_seq)}.test")
        path.write_bytes(raw)
        return path

    def inbox_pass(self, now: datetime) -> tuple[FetchReport, int]:
        """The worker's inbox job, once: as `carecall fetch` runs it."""
        from carecall_mail.app.worker import inbox_pass
        from carecall_mail.templates.render import Renderer
        from carecall_mail.transports.inbound import MaildirInbox

        with MaildirInbox(self.inbox) as inbox:
            return inbox_pass(
                self.config, self.ledger, inbox, Renderer(self.config.templates_dir), now
            )

    def outgoing(self) -> list[EmailMessage]:
        """What the job sent, to clients and to the practitioner, oldest first."""
        return read_messages(self.outbox / "new", self.practitioner / "new")

    def sent_to(self, addr: str) -> list[EmailMessage]:
        return [m for m in self.outgoing() if addr in str(m["To"])]


@contextlib.contextmanager
def open_desk(root: Path) -> Iterator[InboxDesk]:
    """A fresh copy of the example practice at `root`, open for the inbox job."""
    from carecall_mail.app.runtime import open_ledger
    from carecall_mail.config.loading import load_config

    practice = Practice(root)
    config = load_config(practice.config)
    ledger = open_ledger(config)
    try:
        yield InboxDesk(practice, config, ledger)
    finally:
        ledger.close()
