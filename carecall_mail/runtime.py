"""Opening the practice's I/O from its config: the ledger, the transports, the inbox.

The only place that reads the environment (passwords, by the variable the
config names) and turns config paths into real ones.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from carecall_mail.compose import message_id_domain
from carecall_mail.config import (
    Config,
    ImapIncoming,
    MaildirIncoming,
    MaildirOutgoing,
    SmtpOutgoing,
)
from carecall_mail.continuity import check_ledger, note_history
from carecall_mail.errors import CareCallError
from carecall_mail.inbox import ImapInbox, ImapSettings, MaildirInbox
from carecall_mail.ledger import Ledger
from carecall_mail.outgoing import MaildirTransport, SmtpSettings, SmtpTransport, Transport

LEDGER_FILE = "ledger.sqlite3"


class EnvironmentProblem(CareCallError):
    """Something the config names is missing from the environment (e.g. a password)."""


def ledger_path(config: Config) -> Path:
    return config.state_dir / LEDGER_FILE


def open_ledger(config: Config, *, check: bool = True) -> Ledger:
    """The practice's ledger; LedgerLost when it has sent before and the ledger is gone
    (continuity.py): every command then says so and nothing is sent."""
    config.state_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = ledger_path(config)
    if check:
        check_ledger(path)
    ledger = Ledger.open(path, message_id_domain=message_id_domain(config))
    note_history(path, datetime.now(UTC))  # a ledger that holds anything: remember it
    return ledger


def _password(variable: str | None, what: str) -> str | None:
    if variable is None:
        return None
    value = os.environ.get(variable)
    if not value:
        raise EnvironmentProblem(
            f"{what}: the password is read from the environment variable {variable}, "
            "which is not set"
        )
    return value


def _path(config: Config, value: str | None) -> Path | None:
    if value is None:
        return None
    path = Path(value)
    return path if path.is_absolute() else config.root / path


def outbox_dir(config: Config) -> Path:
    out = config.practice.outgoing
    assert isinstance(out, MaildirOutgoing)
    return config.state_dir / out.path


def inbox_dir(config: Config) -> Path:
    incoming = config.practice.incoming
    assert isinstance(incoming, MaildirIncoming)
    return config.state_dir / incoming.path


def make_transport(config: Config) -> Transport:
    out = config.practice.outgoing
    if isinstance(out, SmtpOutgoing):
        settings = SmtpSettings(
            host=out.host,
            port=out.port,
            security=out.security,
            username=out.username,
            password=_password(out.password_env, f"outgoing {out.host}"),
            ca_file=_path(config, out.ca_file),
            timeout=out.timeout,
            max_per_minute=out.max_per_minute,
            connections=out.connections,
        )
        return SmtpTransport(settings)
    return MaildirTransport(outbox_dir(config))


def make_inbox(config: Config) -> ImapInbox | MaildirInbox:
    incoming = config.practice.incoming
    if isinstance(incoming, ImapIncoming):
        password = _password(incoming.password_env, f"incoming {incoming.host}")
        assert password is not None
        settings = ImapSettings(
            host=incoming.host,
            port=incoming.port,
            security=incoming.security,
            username=incoming.username,
            password=password,
            folder=incoming.folder,
            ca_file=_path(config, incoming.ca_file),
            timeout=incoming.timeout,
            batch_size=incoming.batch_size,
            move_to=incoming.move_to,
            idle=incoming.idle,
        )
        return ImapInbox(settings)
    return MaildirInbox(inbox_dir(config))
