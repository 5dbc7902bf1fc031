"""`carecall doctor`: every connection the config names, checked for real, step by
step (connect, TLS with certificate verification, log-in, the IMAP folder, and on
request a test mail to the practitioner), one line per step with what to do.

This is shell, not core: it opens sockets. A step that fails ends that
connection's checks (a log-in cannot be tried over TLS that failed); the other
connection is still checked, so one run shows everything to fix.
"""

from __future__ import annotations

import imaplib
import os
import smtplib
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from carecall_mail.app.runtime import oauth2_client
from carecall_mail.config.schema import (
    Config,
    ImapIncoming,
    MaildirIncoming,
    MaildirOutgoing,
    SmtpOutgoing,
)
from carecall_mail.core.redact import scrubber
from carecall_mail.templates.compose import message_id_domain
from carecall_mail.templates.practitioner_mail import practitioner_mail
from carecall_mail.transports.oauth2 import LoginRequired, OAuth2Error, TokenSource, xoauth2_string

__all__ = ["Check", "check_config"]

LOGIN_AGAIN = "run `carecall login` (where a browser is, or see the README for a headless machine)"


@dataclass(frozen=True)
class Check:
    """One step: what was checked, whether it passed, and what to do if not."""

    connection: str  # "outgoing" | "incoming"
    step: str
    ok: bool
    detail: str = ""
    advice: str = ""

    def line(self) -> str:
        head = f"{'ok  ' if self.ok else 'FAIL'} {self.connection}: {self.step}"
        if self.detail:
            head += f": {self.detail}"
        return head + (f" → what to do: {self.advice}" if self.advice and not self.ok else "")


class _Stop(Exception):
    """A step failed; its Check is already yielded."""


def _tls_context(ca_file: str | None) -> ssl.SSLContext:
    # Verification always on (CERT_REQUIRED, hostname checked), as when sending.
    return ssl.create_default_context(cafile=ca_file)


def _ca_advice(ca_file: str | None) -> str:
    if ca_file:
        return (
            f"the certificate is not signed by the CA in ca_file ({ca_file}): "
            "point ca_file at the CA that signed the server's certificate"
        )
    return (
        "the server's certificate is not trusted: check the host name; a private "
        "server needs ca_file naming its CA"
    )


def _password(section: SmtpOutgoing | ImapIncoming) -> str | None:
    return os.environ.get(section.password_env) if section.password_env else None


def _fix(exc: BaseException, advice: str, ca_file: str | None) -> str:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return _ca_advice(ca_file)
    if isinstance(exc, LoginRequired):
        return LOGIN_AGAIN  # the refresh after a refusal was refused too
    return advice


def _signed_in(config: Config, connection: str, now: datetime) -> tuple[TokenSource, Check]:
    """The OAuth2 step: a token that is valid now (refreshed if need be), or what to do."""
    client = oauth2_client(config, connection)
    assert client is not None
    tokens = TokenSource(client, clock=lambda: now)
    label = f"OAuth2 sign-in of {client.username!r}"
    try:
        tokens.access_token()
    except OAuth2Error as exc:
        return tokens, Check(connection, label, False, str(exc), LOGIN_AGAIN)
    return tokens, Check(connection, label, True, f"token kept in {client.token_file}")


def _with_retry(
    tokens: TokenSource, attempt: Callable[[str], None], refused: type[Exception]
) -> str:
    """One XOAUTH2 attempt, and after a refusal one more with a fresh token."""
    token = tokens.access_token()
    try:
        attempt(token)
    except refused:
        attempt(tokens.refresh_after_rejection(token))
        return "accepted (XOAUTH2, after a token refresh)"
    return "accepted (XOAUTH2)"


class _Steps:
    """Runs a connection's checks in order: each yields its line; the first failure
    yields its line with what to do, scrubbed of the password or the token last
    offered, and stops the rest (`_Stop`)."""

    def __init__(
        self,
        connection: str,
        errors: tuple[type[BaseException], ...],
        ca_file: str | None,
        password: str | None,
    ) -> None:
        self.connection = connection
        self.errors = errors
        self.ca_file = ca_file
        self.password = password
        self.token: str | None = None  # the OAuth2 token last offered

    def run(self, label: str, advice: str, action: Callable[[], str]) -> Iterator[Check]:
        try:
            detail = action()
        except self.errors as exc:
            text = scrubber(self.token or self.password)(_words(exc))
            yield Check(self.connection, label, False, text, _fix(exc, advice, self.ca_file))
            raise _Stop from exc
        yield Check(self.connection, label, True, detail)


def _smtp(config: Config, out: SmtpOutgoing, send_test: bool, now: datetime) -> Iterator[Check]:
    name = "outgoing"
    where = f"smtp {out.host}:{out.port}"
    password = _password(out)
    steps = _Steps(
        name, (OSError, smtplib.SMTPException, ssl.SSLError, OAuth2Error), out.ca_file, password
    )
    step = steps.run

    smtp: smtplib.SMTP | None = None
    try:
        yield from step(
            f"connect to {where}",
            "check host and port (587 with starttls, 465 with tls) and that this machine"
            " may reach it",
            lambda: _reach(out.host, out.port, out.timeout),
        )

        def open_smtp() -> str:
            nonlocal smtp
            context = _tls_context(out.ca_file)
            if out.security == "tls":
                smtp = smtplib.SMTP_SSL(out.host, out.port, timeout=out.timeout, context=context)
                return "implicit TLS, certificate verified"
            smtp = smtplib.SMTP(out.host, out.port, timeout=out.timeout)
            smtp.ehlo()
            if out.security == "none":
                return "no TLS (allowed only to this machine)"
            if not smtp.has_extn("starttls"):
                raise smtplib.SMTPNotSupportedError("the server does not offer STARTTLS")
            smtp.starttls(context=context)
            smtp.ehlo()
            return "STARTTLS, certificate verified"

        yield from step(
            "TLS",
            "check security (starttls on 587, tls on 465) against the provider's settings",
            open_smtp,
        )
        assert smtp is not None
        session = smtp
        if out.username and out.auth == "oauth2":
            tokens, check = _signed_in(config, name, now)
            yield check
            if not check.ok:
                return
            user = out.username

            def xoauth2(token: str) -> None:
                steps.token = token
                session.auth(
                    "XOAUTH2",
                    lambda challenge=None: "" if challenge else xoauth2_string(user, token),
                )

            yield from step(
                f"log-in as {user!r}",
                "the provider refused the sign-in: check outgoing.username is the "
                "address you signed in as, and that SMTP AUTH is allowed for the mailbox",
                lambda: _with_retry(tokens, xoauth2, smtplib.SMTPAuthenticationError),
            )
        elif out.username:
            if password is None:
                yield Check(
                    name,
                    f"log-in as {out.username!r}",
                    False,
                    f"the environment variable {out.password_env} is not set",
                    f"export {out.password_env}='…' where carecall runs",
                )
                return

            def login() -> str:
                assert out.username is not None and password is not None
                session.login(out.username, password)
                return "accepted"

            yield from step(
                f"log-in as {out.username!r}",
                "check outgoing.username and the password in "
                f"{out.password_env} (an app password where the provider asks for one)",
                login,
            )
        if send_test:
            practitioner = config.practice.practitioner

            def send() -> str:
                # The practitioner's envelope, so that it is set aside as ours, not
                # read as a client's mail, when the inbox we read is hers.
                data = practitioner_mail(
                    practitioner,
                    "test",
                    practitioner.email,
                    "CareCall test: your outgoing mail works",
                    "This is the test mail `carecall doctor --send-test` sends.\n"
                    "If you read it, CareCall can send mail in your name.\n",
                    now=now,
                    domain=message_id_domain(config),
                )
                session.sendmail(practitioner.email, [practitioner.email], data)
                return f"sent to {practitioner.email}: check that it arrived"

            yield from step(
                f"test mail to {practitioner.email}",
                "the server refused the mail: is practitioner.email an address this "
                "account may send from?",
                send,
            )
    except _Stop:
        return
    finally:
        if smtp is not None:
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                smtp.close()


def _imap(config: Config, inc: ImapIncoming, now: datetime) -> Iterator[Check]:
    name = "incoming"
    where = f"imap {inc.host}:{inc.port}"
    password = _password(inc)
    steps = _Steps(
        name, (OSError, imaplib.IMAP4.error, ssl.SSLError, OAuth2Error), inc.ca_file, password
    )
    step = steps.run

    imap: imaplib.IMAP4 | None = None
    logged_in = False
    try:
        yield from step(
            f"connect to {where}",
            "check host and port (993 with tls, 143 with starttls) and that this machine"
            " may reach it",
            lambda: _reach(inc.host, inc.port, inc.timeout),
        )

        def open_imap() -> str:
            nonlocal imap
            context = _tls_context(inc.ca_file)
            if inc.security == "tls":
                imap = imaplib.IMAP4_SSL(
                    inc.host, inc.port, ssl_context=context, timeout=inc.timeout
                )
                return "implicit TLS, certificate verified"
            imap = imaplib.IMAP4(inc.host, inc.port, timeout=inc.timeout)
            if inc.security == "none":
                return "no TLS (allowed only to this machine)"
            imap.starttls(ssl_context=context)
            return "STARTTLS, certificate verified"

        yield from step(
            "TLS",
            "check security (tls on 993, starttls on 143) against the provider's settings",
            open_imap,
        )
        assert imap is not None
        session = imap
        if inc.auth == "oauth2":
            tokens, check = _signed_in(config, name, now)
            yield check
            if not check.ok:
                return

            def xoauth2(token: str) -> None:
                nonlocal logged_in
                steps.token = token
                sent: list[bool] = []

                def respond(challenge: bytes) -> bytes:
                    # A second call carries the server's error: answer empty to end it.
                    answer = b"" if sent else xoauth2_string(inc.username, token).encode()
                    sent.append(True)
                    return answer

                session.authenticate("XOAUTH2", respond)
                logged_in = True

            yield from step(
                f"log-in as {inc.username!r}",
                "the provider refused the sign-in: check incoming.username is the "
                "address you signed in as, and that IMAP is allowed for the mailbox",
                lambda: _with_retry(tokens, xoauth2, imaplib.IMAP4.error),
            )
        elif password is None:
            yield Check(
                name,
                f"log-in as {inc.username!r}",
                False,
                f"the environment variable {inc.password_env} is not set",
                f"export {inc.password_env}='…' where carecall runs",
            )
            return
        else:

            def login() -> str:
                nonlocal logged_in
                assert password is not None
                session.login(inc.username, password)
                logged_in = True
                return "accepted"

            yield from step(
                f"log-in as {inc.username!r}",
                "check incoming.username and the password in "
                f"{inc.password_env} (an app password where the provider asks for one)",
                login,
            )
        for folder, key in ((inc.folder, "folder"), (inc.move_to, "move_to")):
            if folder is None:
                continue

            def select(folder: str = folder) -> str:
                status, data = session.select(_quoted(folder), readonly=True)
                if status != "OK":
                    raise imaplib.IMAP4.error(_decoded(data))
                return f"{_decoded(data)} message(s)"

            yield from step(
                f"folder {folder!r}",
                f"check incoming.{key}: the folder must exist (names are case-sensitive; "
                "Gmail's are like '[Gmail]/All Mail')",
                select,
            )
    except _Stop:
        return
    finally:
        if imap is not None:
            try:
                if logged_in:
                    imap.logout()
                else:
                    imap.shutdown()
            except (OSError, imaplib.IMAP4.error):
                pass


def _maildir(connection: str, path: Path) -> Iterator[Check]:
    usable = (path.is_dir() and os.access(path, os.W_OK)) or not path.exists()
    note = "" if connection == "incoming" else ": mail stays on this machine and reaches no one"
    yield Check(
        connection,
        f"maildir {path}",
        usable,
        ("writable" if path.exists() else "created on first use") + note
        if usable
        else "not writable",
        f"make {path} writable by the user carecall runs as",
    )


def check_config(config: Config, *, send_test: bool, now: datetime) -> list[Check]:
    """Every check for the connections `config` names, in order."""
    checks: list[Check] = []
    out = config.practice.outgoing
    if isinstance(out, SmtpOutgoing):
        checks.extend(_smtp(config, out, send_test, now))
    elif isinstance(out, MaildirOutgoing):
        checks.extend(_maildir("outgoing", config.state_dir / out.path))
    inc = config.practice.incoming
    if isinstance(inc, ImapIncoming):
        checks.extend(_imap(config, inc, now))
    elif isinstance(inc, MaildirIncoming):
        checks.extend(_maildir("incoming", config.state_dir / inc.path))
    return checks


def _reach(host: str, port: int, timeout: float) -> str:
    with socket.create_connection((host, port), timeout=timeout) as sock:
        return f"reached {sock.getpeername()[0]}"


def _words(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        message = (
            exc.smtp_error.decode("utf-8", "replace")
            if isinstance(exc.smtp_error, bytes)
            else str(exc.smtp_error)
        )
        return f"{exc.smtp_code} {' '.join(message.split())}"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"certificate not verified: {exc.verify_message}"
    if isinstance(exc, socket.timeout):
        return "no answer in time"
    text = str(exc) or type(exc).__name__
    return " ".join(text.split())


def _decoded(data: list[object] | list[bytes | None] | object) -> str:
    if isinstance(data, list) and data:
        first = data[0]
        return first.decode("utf-8", "replace") if isinstance(first, bytes) else str(first)
    return str(data)


def _quoted(folder: str) -> str:
    # RFC 3501 quoted string: a folder with a space ("Sent Items") must be quoted.
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'
