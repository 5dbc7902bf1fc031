"""Outgoing transports: hand rendered messages to a Maildir outbox or an SMTP server.

Every message given to `Transport.deliver` gets exactly one `Outcome`, reported
through `on_outcome` as soon as that message is done, so the caller can mark it
in the ledger at once ("never lost", "never twice": a crash loses at most the
outcomes of the messages in flight). Per-message problems never raise out of
`deliver`; they become outcomes:

- ``sent``: the server accepted it (2xx after DATA) or the file is in new/.
- ``retry``: try again later with backoff: 4xx replies, lost connections,
  timeouts, and a session that could not be set up at all (connect, TLS, AUTH),
  since those are fixed by waiting or by fixing the config, not by dropping mail.
- ``failed``: the server refused it for good (5xx, RFC 5321 §4.2.1), with the
  server's words in `detail`.
- ``withheld``: not handed over at all, because the message's `check`, asked
  the moment before, gave a reason (consent withdrawn, address suspended).

Bodies and passwords are never logged; log records name the ledger key and host.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import logging
import os
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

import aiosmtplib

from carecall_mail import logs
from carecall_mail.core.addresses import SECURITY_MODES, Security, is_local_host
from carecall_mail.core.errors import (
    CareCallError,
    DeliveryError,
    PermanentDeliveryError,
    TemporaryDeliveryError,
)
from carecall_mail.core.redact import scrubber
from carecall_mail.transports.oauth2 import AccessTokens, OAuth2Error

logger = logging.getLogger(__name__)

Status = Literal["sent", "retry", "failed", "withheld"]
# Asked just before a message is handed over: a reason not to send it now, or None.
Check = Callable[[], str | None]


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One rendered message, ready to hand over.

    `data` is the complete RFC 5322 message with CRLF line endings; transports
    never re-serialize it, so what the renderer built (Message-ID included) is
    exactly what is delivered, on every attempt.
    """

    key: str
    sender: str
    recipients: tuple[str, ...]
    data: bytes
    # A broadcast takes minutes: consent switched off meanwhile is honoured by the pass.
    check: Check | None = None


def _withheld(message: Outgoing) -> Outcome | None:
    """The `withheld` outcome when the message's check says no, else None."""
    reason = message.check() if message.check is not None else None
    if reason is None:
        return None
    logs.event(logger, logging.INFO, "send.withheld", True, key=message.key, reason=reason)
    return Outcome(message.key, "withheld", None, reason)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one `Outgoing`: `detail` holds the server's words or the error."""

    key: str
    status: Status
    code: int | None
    detail: str
    # The connection (or the outbox directory), not the message, failed: connect, TLS,
    # log-in, a full disk. The caller records it as the connection's error (jobs/health.py).
    setup: bool = False

    def error(self) -> DeliveryError | None:
        """The outcome as our error tree has it: None when sent, else what the caller must do."""
        if self.status == "retry":
            return TemporaryDeliveryError(f"{self.key}: {self.detail}", code=self.code)
        if self.status == "failed":
            return PermanentDeliveryError(f"{self.key}: {self.detail}", code=self.code)
        return None


OnOutcome = Callable[[Outcome], None]


class Transport(Protocol):
    """Where rendered messages go. `deliver` reports one outcome per message, as it happens."""

    async def deliver(self, batch: Sequence[Outgoing], on_outcome: OnOutcome) -> None: ...

    async def aclose(self) -> None: ...


async def deliver_one(transport: Transport, message: Outgoing) -> Outcome:
    """Hand one message over; its one outcome (none reported counts as retry)."""
    outcomes: list[Outcome] = []
    await transport.deliver([message], outcomes.append)
    if outcomes:
        return outcomes[0]
    return Outcome(message.key, "retry", None, "the transport reported no outcome")


class OutgoingSettingsError(CareCallError):
    """The `outgoing:` settings cannot work (e.g. plaintext SMTP to a remote host)."""


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    """How to reach the SMTP submission server.

    The password is passed in by the caller (the CLI reads it from the
    environment variable named in the config); this module never reads the
    environment. `max_per_minute` is shared by all `connections`.
    """

    host: str
    port: int = 587
    security: Security = "starttls"
    username: str | None = None
    password: str | None = None
    ca_file: Path | None = None
    timeout: float = 30.0
    max_per_minute: int | None = None
    connections: int = 4
    local_hostname: str | None = None
    # auth: oauth2: XOAUTH2 with tokens from here instead of a password (transports/oauth2.py).
    oauth2: AccessTokens | None = None

    def __post_init__(self) -> None:
        problems: list[str] = []
        if not self.host:
            problems.append("host is empty")
        if not 0 < self.port < 65536:
            problems.append(f"port {self.port} is not between 1 and 65535")
        if self.security not in SECURITY_MODES:
            problems.append(f"security {self.security!r} is not one of {', '.join(SECURITY_MODES)}")
        elif self.security == "none" and not is_local_host(self.host):
            # Without TLS the password and every client's message cross the network in clear.
            problems.append(
                f"security 'none' sends in plaintext; only allowed to this machine "
                f"(localhost, 127.0.0.0/8, ::1), not {self.host}"
            )
        if self.oauth2 is not None and self.username is None:
            problems.append("OAuth2 needs a username (the mailbox's address)")
        if self.username is not None and self.password is None and self.oauth2 is None:
            problems.append(
                f"username {self.username!r} is set but no password was given "
                "(is the password environment variable set?)"
            )
        if self.timeout <= 0:
            problems.append(f"timeout must be positive, not {self.timeout}")
        if self.max_per_minute is not None and self.max_per_minute < 1:
            problems.append(f"max_per_minute must be at least 1, not {self.max_per_minute}")
        if self.connections < 1:
            problems.append(f"connections must be at least 1, not {self.connections}")
        if self.local_hostname is not None and (
            not self.local_hostname or any(c in self.local_hostname for c in " \r\n")
        ):
            problems.append(f"local_hostname {self.local_hostname!r} is not a host name")
        if problems:
            raise OutgoingSettingsError("outgoing smtp: " + "; ".join(problems))

    def __repr__(self) -> str:
        # Keep the password out of tracebacks and logs.
        pw = "None" if self.password is None else "'***'"
        return (
            f"SmtpSettings(host={self.host!r}, port={self.port}, security={self.security!r}, "
            f"username={self.username!r}, password={pw}, ca_file={self.ca_file!r}, "
            f"timeout={self.timeout}, max_per_minute={self.max_per_minute}, "
            f"connections={self.connections}, local_hostname={self.local_hostname!r}, "
            f"oauth2={self.oauth2!r})"
        )


# --------------------------------------------------------------------------- Maildir


class MaildirTransport:
    """Delivers into a Maildir (`var/outbox`): one file per message, readable by any mail client.

    Written by hand rather than with `mailbox.Maildir.add`, because that never
    fsyncs: after a power cut the ledger could say "sent" for a file that is
    empty. Here each file is written in tmp/, fsynced, renamed into new/
    (atomic, so a reader never sees half a message) and new/ is fsynced too.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self._ready = False
        self._seq = 0
        self._lock = threading.Lock()
        # Maildir spec: '/' and ':' in the host name are encoded so names stay parseable.
        self._host = socket.gethostname().replace("/", r"\057").replace(":", r"\072")

    def _prepare(self) -> None:
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        for sub in ("tmp", "new", "cur"):
            path = self.directory / sub
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._ready = True

    def _unique_name(self) -> str:
        with self._lock:
            self._seq += 1
            seq = self._seq
        now = time.time()
        sec = int(now)
        usec = int((now - sec) * 1_000_000)
        # time.MusecPpidQseq.host: unique per delivery within this process and host.
        return f"{sec}.M{usec}P{os.getpid()}Q{seq}.{self._host}"

    def _write(self, message: Outgoing) -> Path:
        if not self._ready:
            self._prepare()
        name = self._unique_name()
        tmp = self.directory / "tmp" / name
        new = self.directory / "new" / name
        # Local mailbox files use LF line ends, as mailbox.Maildir and MUAs expect.
        content = message.data.replace(b"\r\n", b"\n")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            view = memoryview(content)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            tmp.unlink(missing_ok=True)
            raise
        os.close(fd)
        tmp.rename(new)
        dir_fd = os.open(new.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)  # make the rename itself durable
        finally:
            os.close(dir_fd)
        return new

    async def deliver(self, batch: Sequence[Outgoing], on_outcome: OnOutcome) -> None:
        """Write each message to new/; an OSError (disk full, permissions) gives `retry`."""
        for message in batch:
            withheld = _withheld(message)
            if withheld is not None:
                on_outcome(withheld)
                continue
            try:
                path = await asyncio.to_thread(self._write, message)
            except OSError as exc:
                outcome = Outcome(
                    message.key, "retry", None, f"maildir {self.directory}: {exc}", setup=True
                )
                logs.event(
                    logger,
                    logging.WARNING,
                    "maildir.retry",
                    True,
                    key=message.key,
                    dir=self.directory,
                    error=exc,
                )
            else:
                outcome = Outcome(message.key, "sent", None, f"maildir {path.name}")
                logs.event(
                    logger, logging.INFO, "maildir.sent", True, key=message.key, file=path.name
                )
            on_outcome(outcome)

    async def aclose(self) -> None:
        """Nothing to release: every file is complete when `deliver` reports it."""


class RoutedTransport:
    """Hands each message to `chosen` when `route` says so, else to `others`.

    The Maildir default keeps mail to the practitioner (digests, alerts, forwards)
    in a Maildir of its own, apart from the client mail in var/outbox (issue 10).
    """

    def __init__(self, route: Callable[[Outgoing], bool], chosen: Transport, others: Transport):
        self.route = route
        self.chosen = chosen
        self.others = others

    async def deliver(self, batch: Sequence[Outgoing], on_outcome: OnOutcome) -> None:
        picked = [m for m in batch if self.route(m)]
        if picked:
            await self.chosen.deliver(picked, on_outcome)
        rest = [m for m in batch if not self.route(m)]
        if rest:
            await self.others.deliver(rest, on_outcome)

    async def aclose(self) -> None:
        await self.chosen.aclose()
        await self.others.aclose()


# --------------------------------------------------------------------------- SMTP


class _RateLimiter:
    """Evenly spaced send slots shared by every connection: at most `per_minute` a minute.

    Spacing (not a burst-then-wait bucket) keeps us under providers that count
    per second as well as per minute. State lives in the transport, so
    consecutive batches also respect the limit.
    """

    def __init__(self, per_minute: int) -> None:
        self.interval = 60.0 / per_minute
        self._next = 0.0

    async def wait(self) -> None:
        now = time.monotonic()
        slot = max(now, self._next)
        self._next = slot + self.interval
        if slot > now:
            await asyncio.sleep(slot - now)


class _SessionError(Exception):
    """The SMTP session could not be set up; `error` says why and what to do."""

    def __init__(self, error: DeliveryError) -> None:
        super().__init__(str(error))
        self.error = error


def _words(exc: BaseException) -> str:
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        return f"{exc.code} {exc.message}".strip()
    return str(exc) or type(exc).__name__


def _status_for(code: int) -> Status:
    # RFC 5321 §4.2.1: 2yz completed, 4yz transient (try again), 5yz permanent.
    if 200 <= code < 300:
        return "sent"
    if 500 <= code < 600:
        return "failed"
    return "retry"  # 4yz, and anything unexpected: never give up on a message by guessing


class _Session:
    """One SMTP connection, sending many messages one after the other."""

    def __init__(self, settings: SmtpSettings, tls_context: ssl.SSLContext | None) -> None:
        self.settings = settings
        self.tls_context = tls_context
        self.smtp: aiosmtplib.SMTP | None = None
        self.reused = False  # came from the pool of a previous batch: check it is alive
        # Inside a transaction: if cancelled now, replies may still be on the way, so
        # the connection must not be pooled (a later command would read a stale reply).
        self.in_transaction = False
        # Held from the end of DATA until the caller has recorded the outcome.
        self.holding: asyncio.Lock | None = None
        # A server may echo the AUTH credentials in any reply: mask them (core/redact.py).
        self.scrub = scrubber(settings.password)

    @property
    def connected(self) -> bool:
        return self.smtp is not None and self.smtp.is_connected

    @property
    def reusable(self) -> bool:
        return self.connected and not self.in_transaction

    @property
    def where(self) -> str:
        return f"{self.settings.host}:{self.settings.port}"

    async def connect(self) -> None:
        """Connect, secure and log in, or raise `_SessionError` (and leave no socket open)."""
        s = self.settings
        smtp = aiosmtplib.SMTP(
            hostname=s.host,
            port=s.port,
            timeout=s.timeout,
            local_hostname=s.local_hostname,
            # RFC 8314: implicit TLS from the first byte on the submissions port.
            use_tls=s.security == "tls",
            # STARTTLS is done by hand below, so a server that does not offer it is refused.
            start_tls=False,
            tls_context=self.tls_context,
        )
        step = "connect"
        try:
            await smtp.connect()
            step = "EHLO"
            await smtp.ehlo()  # RFC 5321 §4.1.1.1: learn the extensions (STARTTLS, SIZE, ...)
            if s.security == "starttls":
                if not smtp.supports_extension("starttls"):
                    # RFC 3207 §4: the client decides; we never fall back to plaintext.
                    raise _SessionError(
                        TemporaryDeliveryError(
                            f"smtp {self.where}: server does not offer STARTTLS; "
                            "refusing to send in plaintext (RFC 3207). "
                            "Use security: tls or fix the server"
                        )
                    )
                step = "STARTTLS"
                await smtp.starttls()
                await smtp.ehlo()  # RFC 3207 §4.2: extensions must be learnt again over TLS
            if s.username is not None:
                step = f"login as {s.username!r}"
                if s.oauth2 is not None:
                    await self._xoauth2(smtp, s.username, s.oauth2)
                else:
                    await smtp.login(s.username, s.password or "")
        except _SessionError:
            smtp.close()
            raise
        except OAuth2Error as exc:
            # No token to offer (never signed in, refresh refused, endpoint down): the
            # messages wait; the words say whether `carecall login` is needed.
            smtp.close()
            raise _SessionError(
                TemporaryDeliveryError(f"smtp {self.where}: {step} failed: {exc}")
            ) from exc
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            # Whatever broke (refused, TLS, a wrong password), the messages are kept
            # for the next pass: a config problem is fixed by the practitioner, not
            # by dropping her mail. The detail says what to fix.
            smtp.close()
            code = exc.code if isinstance(exc, aiosmtplib.SMTPResponseException) else None
            cause = exc.__cause__ if isinstance(exc.__cause__, ssl.SSLError) else exc
            raise _SessionError(
                TemporaryDeliveryError(
                    f"smtp {self.where}: {step} failed: {self.scrub(_words(cause))}", code=code
                )
            ) from exc
        self.smtp = smtp
        self.reused = False
        fields = {"host": s.host, "port": s.port, "security": s.security}
        logs.event(logger, logging.INFO, "smtp.connect", True, **fields)

    async def _xoauth2(self, smtp: aiosmtplib.SMTP, username: str, tokens: AccessTokens) -> None:
        """AUTH XOAUTH2; a refused token is refreshed once and tried again (it may have
        been revoked early, or this machine's clock is off)."""
        token = await asyncio.to_thread(tokens.access_token)
        self.scrub = scrubber(token)
        try:
            await smtp.auth_xoauth2(username, token)
        except aiosmtplib.SMTPAuthenticationError:
            token = await asyncio.to_thread(tokens.refresh_after_rejection, token)
            self.scrub = scrubber(token)
            await smtp.auth_xoauth2(username, token)

    async def check_alive(self) -> None:
        """A pooled connection may have been closed by the server while idle: NOOP it."""
        if self.smtp is None:
            return
        try:
            await self.smtp.noop()
        except (aiosmtplib.SMTPException, OSError, TimeoutError):
            self.close()
        self.reused = False

    def close(self) -> None:
        self.in_transaction = False
        if self.smtp is not None:
            self.smtp.close()
            self.smtp = None

    async def quit(self) -> None:
        if self.smtp is None:
            return
        try:
            if self.smtp.is_connected:
                await self.smtp.quit(timeout=min(self.settings.timeout, 5.0))
        except (aiosmtplib.SMTPException, OSError, TimeoutError):
            pass  # closing anyway; nothing is in flight
        finally:
            self.close()

    async def _reset(self) -> None:
        # RFC 5321 §4.1.1.5: RSET abandons the envelope so the next message starts clean.
        smtp = self.smtp
        if smtp is None or not smtp.is_connected:
            self.close()
            return
        try:
            await smtp.rset()
        except (aiosmtplib.SMTPException, OSError, TimeoutError):
            self.close()

    def release_commit(self) -> None:
        """Let the next session finish its DATA: our outcome has been reported."""
        if self.holding is not None:
            self.holding.release()
            self.holding = None

    async def send(self, message: Outgoing, commit: asyncio.Lock) -> Outcome:
        """One mail transaction (MAIL, RCPT..., DATA); classifies every way it can end.

        MAIL and RCPT go through `execute_command` with addresses quoted here:
        aiosmtplib's `mail()`/`rcpt()` re-parse every address with
        `email.utils.parseaddr`: a fifth of the per-message CPU, and lenient (see _quote).
        """
        smtp = self.smtp
        assert smtp is not None
        self.in_transaction = True
        outcome = await self._transaction(smtp, message, commit)
        outcome = dataclasses.replace(outcome, detail=self.scrub(outcome.detail))
        self.in_transaction = False
        return outcome

    async def _transaction(
        self, smtp: aiosmtplib.SMTP, message: Outgoing, commit: asyncio.Lock
    ) -> Outcome:
        try:
            options, encoding = self._mail_options(smtp, message)
            sender = _quote(message.sender).encode(encoding)
            recipients = [(r, _quote(r).encode(encoding)) for r in message.recipients]
        except (aiosmtplib.SMTPNotSupported, ValueError, UnicodeError) as exc:
            # Not an address, or one this server cannot take (no SMTPUTF8):
            # sending again will not help. Nothing was sent yet.
            return Outcome(message.key, "failed", None, f"envelope: {_words(exc)}")
        stage = "MAIL"
        refused: list[tuple[str, int, str]] = []
        try:
            reply = await smtp.execute_command(b"MAIL", b"FROM:" + sender, *options)
            if reply.code != 250:
                raise aiosmtplib.SMTPResponseException(reply.code, reply.message)
            stage = "RCPT"
            for address, quoted in recipients:
                reply = await smtp.execute_command(b"RCPT", b"TO:" + quoted)
                if reply.code == 421:
                    raise aiosmtplib.SMTPResponseException(reply.code, reply.message)
                if reply.code not in (250, 251):
                    refused.append((address, reply.code, reply.message))
            if len(refused) == len(recipients):
                await self._reset()
                return self._all_refused(message, refused)
            stage = "DATA"
            # Only one session at a time may be between sending a message's final
            # "." and the caller recording the server's answer: a crash in that
            # window can then leave at most one message accepted but not marked
            # sent (DESIGN.md, "never twice"). MAIL and RCPT still overlap.
            await commit.acquire()
            self.holding = commit
            response = await smtp.data(message.data)
        except aiosmtplib.SMTPResponseException as exc:
            if exc.code == 421:
                # RFC 5321 §3.8: the server is closing the channel; reconnect for the next one.
                self.close()
            else:
                await self._reset()
            return Outcome(message.key, _status_for(exc.code), exc.code, f"{stage}: {_words(exc)}")
        except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError, OSError) as exc:
            # Lost mid-transaction: not known to be accepted, so it is retried. If the
            # server had in fact taken it, the retry carries the same Message-ID.
            self.close()
            kind = "timed out" if isinstance(exc, TimeoutError) else "connection lost"
            return Outcome(message.key, "retry", None, f"{stage}: {kind}: {_words(exc)}")
        detail = f"{response.code} {response.message}".strip()
        if refused:
            detail += "; refused: " + "; ".join(f"{a}: {c} {w}" for a, c, w in refused)
        return Outcome(message.key, "sent", response.code, detail)

    def _all_refused(self, message: Outgoing, refused: list[tuple[str, int, str]]) -> Outcome:
        if not refused:
            return Outcome(message.key, "failed", None, "RCPT: no recipients")
        words = "; ".join(f"{a}: {c} {w}" for a, c, w in refused)
        # Retry if any refusal was temporary (RFC 5321 4yz): that recipient may take it later.
        temporary = [r for r in refused if _status_for(r[1]) == "retry"]
        chosen = temporary[0] if temporary else refused[0]
        status: Status = "retry" if temporary else "failed"
        return Outcome(message.key, status, chosen[1], f"RCPT: {words}")

    @staticmethod
    def _mail_options(smtp: aiosmtplib.SMTP, message: Outgoing) -> tuple[list[bytes], str]:
        options: list[bytes] = []
        if smtp.supports_extension("size"):
            # RFC 1870: lets the server refuse an oversized message before we send it.
            options.append(b"SIZE=%d" % len(message.data))
        if not message.data.isascii() and smtp.supports_extension("8bitmime"):
            options.append(b"BODY=8BITMIME")  # RFC 6152
        if message.sender.isascii() and all(r.isascii() for r in message.recipients):
            return options, "ascii"
        if not smtp.supports_extension("smtputf8"):
            raise aiosmtplib.SMTPNotSupported(
                "an address is not ASCII and the server does not offer SMTPUTF8 (RFC 6531)"
            )
        options.append(b"SMTPUTF8")
        return options, "utf-8"


# Envelope addresses are bare addr-specs (RFC 5321 §4.1.2), never "Name <addr>": we
# quote them ourselves, strictly. A lenient parser (email.utils.parseaddr) would find
# *some* address in "x@a>\r\nRCPT TO:<y@b" and mail someone nobody chose.
_ATOMS = r'[^\s<>()\[\]\\,;:"@\x00-\x1f\x7f]+'
_PLAIN_ADDRESS = re.compile(_ATOMS + "@" + _ATOMS)
_QUOTED_LOCAL_ADDRESS = re.compile(r'"(?:[^"\\\x00-\x1f\x7f]|\\[ -~])*"@' + _ATOMS)


def _quote(address: str) -> str:
    """`<address>` for MAIL FROM / RCPT TO; "" is the null reverse-path `<>`."""
    if not address or _PLAIN_ADDRESS.fullmatch(address) or _QUOTED_LOCAL_ADDRESS.fullmatch(address):
        return f"<{address}>"
    raise ValueError(f"not an envelope address: {address!r}")


def _log_outcome(outcome: Outcome, host: str) -> None:
    event = f"smtp.{outcome.status}"
    level = logging.INFO if outcome.status == "sent" else logging.WARNING
    if logger.isEnabledFor(level):
        logs.event(
            logger,
            level,
            event,
            True,
            key=outcome.key,
            host=host,
            code=outcome.code,
            detail=outcome.detail,
        )


class SmtpTransport:
    """Sends over a pool of up to `connections` SMTP sessions, each reused for many messages.

    Sessions stay open between `deliver` calls (checked with NOOP before reuse)
    until `aclose`. A session that breaks (421, lost connection, timeout) is
    reopened for the next message; if it cannot be reopened, its share of the
    work passes to the other sessions, and what nobody can send gets `retry`.
    """

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self._tls_context: ssl.SSLContext | None = None
        if settings.security != "none":
            # Certificate and host name verification on; ca_file adds a private CA.
            cafile = str(settings.ca_file) if settings.ca_file is not None else None
            self._tls_context = ssl.create_default_context(cafile=cafile)
        self._limiter = (
            _RateLimiter(settings.max_per_minute) if settings.max_per_minute is not None else None
        )
        self._idle: list[_Session] = []
        self._closed = False
        self._commit: asyncio.Lock | None = None

    async def deliver(self, batch: Sequence[Outgoing], on_outcome: OnOutcome) -> None:
        """Send every message of `batch`, calling `on_outcome` once for each as it completes.

        Never raises for per-message or connection problems. If `on_outcome`
        itself raises, sending stops and the error propagates; the messages in
        flight at that moment are then unreported (the ledger recovers them).
        """
        if self._closed:
            raise RuntimeError("SmtpTransport is closed")
        if not batch:
            return
        if self._commit is None:
            self._commit = asyncio.Lock()
        pending: collections.deque[Outgoing] = collections.deque(batch)
        setup_errors: list[DeliveryError] = []
        count = min(self.settings.connections, len(batch))
        sessions = [self._take_session() for _ in range(count)]
        fresh = not any(s.reused for s in sessions)
        if fresh and not await self._connect(sessions[0], setup_errors):
            # One connection tried and failed to connect, secure or log in: the others
            # would fail the same way, and a wrong password tried four times at once
            # is how a provider comes to lock the account.
            sessions = []
        try:
            async with asyncio.TaskGroup() as group:
                for session in sessions:
                    group.create_task(self._work(session, pending, on_outcome, setup_errors))
        except BaseExceptionGroup as group_error:
            # Only on_outcome (the caller's code) can fail here: give the caller its own error.
            raise group_error.exceptions[0] from None
        finally:
            # Pool only sessions between transactions; after a cancellation or a
            # caller error one may be mid-transaction, and is closed instead.
            for s in sessions:
                if s.reusable:
                    self._idle.append(s)
                else:
                    s.close()
        if pending:
            # Nobody could open a session: every message left waits for the next pass.
            error = setup_errors[-1] if setup_errors else TemporaryDeliveryError("no session")
            while pending:
                message = pending.popleft()
                outcome = Outcome(message.key, "retry", error.code, str(error), setup=True)
                _log_outcome(outcome, self.settings.host)
                on_outcome(outcome)

    async def _connect(self, session: _Session, setup_errors: list[DeliveryError]) -> bool:
        """Open `session`; False (and the error noted and logged) if it fails."""
        try:
            await session.connect()
        except _SessionError as exc:
            setup_errors.append(exc.error)
            logs.event(
                logger,
                logging.WARNING,
                "smtp.connect_failed",
                True,
                host=self.settings.host,
                code=exc.error.code,
                detail=exc.error,
            )
            return False
        return True

    def _take_session(self) -> _Session:
        if self._idle:
            session = self._idle.pop()
            session.reused = True
            return session
        return _Session(self.settings, self._tls_context)

    async def _work(
        self,
        session: _Session,
        pending: collections.deque[Outgoing],
        on_outcome: OnOutcome,
        setup_errors: list[DeliveryError],
    ) -> None:
        host = self.settings.host
        while pending:
            # A message its check holds back needs no connection and no send slot: once
            # a pass pauses (a provider's "too many messages"), the rest comes back at
            # once. Asked only before a wait; in the steady state the check below does.
            waits = session.reused or not session.connected or self._limiter is not None
            if waits and self._hand_back(pending, on_outcome):
                continue
            if session.reused:
                await session.check_alive()
            if not session.connected:
                if not await self._connect(session, setup_errors):
                    return  # leave the rest to sessions that work
                if not pending:
                    return
            if self._limiter is not None:
                await self._limiter.wait()
                if not pending:
                    return
            message = pending.popleft()
            withheld = _withheld(message)
            if withheld is not None:
                on_outcome(withheld)
                continue
            assert self._commit is not None
            try:
                try:
                    outcome = await session.send(message, self._commit)
                except Exception as exc:  # a bug of ours must not lose the message
                    logger.exception(
                        "smtp.retry key=%s host=%s unexpected error",
                        message.key,
                        host,
                        extra={"event": "smtp.retry", "key": message.key, "host": host},
                    )
                    session.close()
                    outcome = Outcome(
                        message.key, "retry", None, session.scrub(f"unexpected error: {exc!r}")
                    )
                _log_outcome(outcome, host)
                on_outcome(outcome)
            finally:
                session.release_commit()

    @staticmethod
    def _hand_back(pending: collections.deque[Outgoing], on_outcome: OnOutcome) -> bool:
        """Report the next message withheld, if its check says so (no await: atomic)."""
        withheld = _withheld(pending[0])
        if withheld is None:
            return False
        pending.popleft()
        on_outcome(withheld)
        return True

    async def aclose(self) -> None:
        """QUIT every pooled session."""
        self._closed = True
        idle, self._idle = self._idle, []
        await asyncio.gather(*(s.quit() for s in idle))


def make_transport(
    kind: Literal["maildir", "smtp"],
    *,
    outbox: Path | None = None,
    smtp: SmtpSettings | None = None,
) -> Transport:
    """The transport the `outgoing.transport` setting names."""
    if kind == "maildir":
        if outbox is None:
            raise OutgoingSettingsError("outgoing maildir: no outbox directory given")
        return MaildirTransport(outbox)
    if kind == "smtp":
        if smtp is None:
            raise OutgoingSettingsError("outgoing smtp: no SMTP settings given")
        return SmtpTransport(smtp)
    raise OutgoingSettingsError(f"outgoing: unknown transport {kind!r}")
