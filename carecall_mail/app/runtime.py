"""Opening the practice's I/O from its config: the ledger, the transports, the inbox.

The only place that reads the environment (passwords, by the variable the
config names) and turns config paths into real ones.
"""

from __future__ import annotations

import os
import ssl
from datetime import UTC, datetime
from pathlib import Path

from carecall_mail.config.loading import locate
from carecall_mail.config.schema import (
    Config,
    ImapIncoming,
    MaildirIncoming,
    MaildirOutgoing,
    SmtpOutgoing,
)
from carecall_mail.core.errors import CareCallError, ConfigError, Problem
from carecall_mail.store.continuity import check_ledger, note_history
from carecall_mail.store.sqlite import Ledger
from carecall_mail.templates.compose import message_id_domain
from carecall_mail.transports.inbound import ImapInbox, ImapSettings, MaildirInbox
from carecall_mail.transports.oauth2 import OAuth2Client, TokenSource, token_file
from carecall_mail.transports.outbound import (
    MaildirTransport,
    RoutedTransport,
    SmtpSettings,
    SmtpTransport,
    Transport,
)

LEDGER_FILE = "ledger.sqlite3"
PRACTITIONER_DIR = "practitioner"  # in the state dir, beside the outbox


class EnvironmentProblem(CareCallError):
    """Something the config names is missing from the environment (e.g. a password)."""


def ledger_path(config: Config) -> Path:
    return config.state_dir / LEDGER_FILE


def open_ledger(config: Config, *, check: bool = True) -> Ledger:
    """The practice's ledger; LedgerLost when it has sent before and the ledger is gone
    (store/continuity.py): every command then says so and nothing is sent."""
    config.state_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = ledger_path(config)
    if check:
        check_ledger(path)
    ledger = Ledger.open(path, message_id_domain=message_id_domain(config))
    note_history(path, datetime.now(UTC))  # a ledger that holds anything: remember it
    return ledger


def environment_problems(config: Config) -> list[Problem]:
    """What practice.yaml names that this machine lacks: a `ca_file` that is missing or
    not a certificate, a `password_env` that is not set. `validate` reports them, and
    the worker refuses to start on them, instead of a traceback or a warning a minute."""
    path = config.config_dir / "practice.yaml"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    problems: list[Problem] = []
    for section in ("outgoing", "incoming"):
        settings = getattr(config.practice, section)
        ca_file = getattr(settings, "ca_file", None)
        if ca_file is not None:
            real = _path(config, ca_file)
            assert real is not None
            try:
                ssl.create_default_context(cafile=str(real))
            except (OSError, ssl.SSLError) as exc:
                why = "does not exist" if not real.exists() else f"cannot be used: {exc}"
                problems.append(
                    Problem(
                        str(path),
                        locate(text, (section, "ca_file")),
                        f"{section}.ca_file: {real} {why}; give the file of the CA "
                        "that signed the server's certificate",
                    )
                )
        oauth2 = getattr(settings, "oauth2", None)
        secret = oauth2.client_secret_env if oauth2 is not None else None
        if secret is not None and not os.environ.get(secret):
            problems.append(
                Problem(
                    str(path),
                    locate(text, (section, "oauth2", "client_secret_env")),
                    f"{section}.oauth2.client_secret_env: the environment variable {secret} "
                    "is not set here; set it to the OAuth2 client secret",
                )
            )
        client = oauth2_client(config, section)
        if client is not None and not client.token_file.exists():
            problems.append(
                Problem(
                    str(path),
                    locate(text, (section, "auth")),
                    f"{section}.auth: oauth2, but {client.username} has not signed in on "
                    "this machine yet: run `carecall login`",
                )
            )
        variable = getattr(settings, "password_env", None)
        if variable is not None and not os.environ.get(variable):
            problems.append(
                Problem(
                    str(path),
                    locate(text, (section, "password_env")),
                    f"{section}.password_env: the environment variable {variable} is not "
                    "set here; set it to the password (e.g. in the service's environment)",
                )
            )
    return problems


def _check_environment(config: Config, section: str) -> None:
    problems = [p for p in environment_problems(config) if p.message.startswith(f"{section}.")]
    if problems:
        raise ConfigError(problems)


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


def oauth2_client(config: Config, connection: str) -> OAuth2Client | None:
    """The OAuth2 sign-in `outgoing` or `incoming` uses, or None with auth: password.
    Validation (config/schema.py) made sure a flow, the endpoints and scopes are there."""
    section = getattr(config.practice, connection)
    if not isinstance(section, (SmtpOutgoing, ImapIncoming)) or section.auth != "oauth2":
        return None
    settings = section.oauth2
    assert settings is not None and settings.flow is not None and settings.token_url is not None
    assert section.username is not None
    secret_env = settings.client_secret_env
    return OAuth2Client(
        connection=connection,
        username=section.username,
        client_id=settings.client_id,
        flow=settings.flow,
        token_url=settings.token_url,
        scopes=settings.scopes,
        token_file=token_file(config.state_dir, section.username),
        client_secret=os.environ.get(secret_env) if secret_env else None,
        device_url=settings.device_url,
        authorize_url=settings.authorize_url,
        timeout=section.timeout,
    )


def _tokens(config: Config, connection: str) -> TokenSource | None:
    client = oauth2_client(config, connection)
    return TokenSource(client) if client is not None else None


def make_transport(config: Config) -> Transport:
    out = config.practice.outgoing
    if isinstance(out, SmtpOutgoing):
        _check_environment(config, "outgoing")
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
            oauth2=_tokens(config, "outgoing"),
        )
        return SmtpTransport(settings)
    return _maildir_transport(config)


def practitioner_dir(config: Config) -> Path:
    """Under the Maildir default, where mail to the practitioner herself goes."""
    return config.state_dir / PRACTITIONER_DIR


def _maildir_transport(config: Config) -> Transport:
    """Client mail into var/outbox; mail only to the practitioner's own addresses (the
    digest, alerts, forwards, doctor's test) into var/practitioner, so that neither is
    lost among the other."""
    practitioner = config.practice.practitioner
    own = frozenset(a.lower() for a in (practitioner.email, practitioner.emergency_email) if a)
    return RoutedTransport(
        lambda message: all(r.lower() in own for r in message.recipients),
        MaildirTransport(practitioner_dir(config)),
        MaildirTransport(outbox_dir(config)),
    )


def make_inbox(config: Config) -> ImapInbox | MaildirInbox:
    incoming = config.practice.incoming
    if isinstance(incoming, ImapIncoming):
        _check_environment(config, "incoming")
        password = _password(incoming.password_env, f"incoming {incoming.host}") or ""
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
            oauth2=_tokens(config, "incoming"),
        )
        return ImapInbox(settings)
    return MaildirInbox(inbox_dir(config))
