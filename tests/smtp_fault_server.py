"""A real SMTP server (aiosmtpd) on 127.0.0.1 that records everything and injects faults.

It speaks real SMTP over a real socket, so the outgoing SMTP transport is exercised
end to end, but unlike Postfix it can be told to fail on cue:

    with FaultSMTPServer(starttls=True, auth=True) as srv:
        srv.inject(Fault.TEMPFAIL_DATA)                      # next message: 451 at DATA
        srv.inject(Fault.REJECT_RCPT, recipients=["x@example.org"], count=None)  # always
        ...send with the code under test...
        t = srv.wait_for_transactions(2)[-1]
        assert t.accepted and t.tls and t.auth_login == FAULT_USER

The server runs in a background thread (aiosmtpd `Controller`) and binds port 0, so
there is no free-port race. Importable from bench scripts: no pytest imports here.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import email
import email.message
import email.policy
import enum
import functools
import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Awaitable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from mailservers import HOST, TlsFiles, make_tls_files

__all__ = [
    "FAULT_PASSWORD",
    "FAULT_USER",
    "Fault",
    "FaultRule",
    "FaultSMTPServer",
    "Transaction",
]

FAULT_USER = "ana@fieldpractice.example"
FAULT_PASSWORD = "secret"
SERVER_NAME = "fault-smtp.test"


def _not_login_data_nag(record: logging.LogRecord) -> bool:
    # aiosmtpd itself sets the deprecated Session.login_data on every AUTH and logs a
    # warning about it; that is noise in every test log, not something we can fix.
    return "login_data is deprecated" not in record.getMessage()


logging.getLogger("mail.log").addFilter(_not_login_data_nag)


class Fault(enum.Enum):
    """What the server does instead of accepting. Values are the replies sent."""

    # 421 and close the connection, at MAIL FROM (or at RCPT for recipient rules).
    SERVICE_UNAVAILABLE = "421 4.3.2 Service not available, closing transmission channel"
    TEMPFAIL_DATA = "451 4.3.0 Requested action aborted: local error in processing"
    REJECT_RCPT = "550 5.1.1 Recipient address rejected: User unknown"
    REJECT_DATA = "550 5.7.1 Message rejected as spam"
    # Close the TCP connection without any reply after the message body was sent:
    # the client cannot know whether the message was taken (the nastiest case).
    DROP_AT_DATA = "(connection dropped after DATA)"
    # Close the connection without a reply at RCPT TO (mid-envelope).
    DROP_AT_RCPT = "(connection dropped at RCPT)"
    # A provider's "too many messages" at MAIL FROM: 421 closes the connection (a rate
    # limit, as Gmail answers one); 550 5.4.5 keeps it (the day's quota is used up).
    RATE_LIMITED = "421 4.7.0 Too many messages, rate limit exceeded: try again later"
    DAILY_LIMIT = "550 5.4.5 Daily user sending limit exceeded"

    @property
    def reply(self) -> str:
        """The SMTP reply line sent (for the drops: a description, nothing is sent)."""
        return str(self.value)

    @property
    def code(self) -> int | None:
        head = self.reply[:3]
        return int(head) if head.isdigit() else None


@dataclass
class FaultRule:
    """An injected fault: for `remaining` more messages (None = forever), optionally only
    for messages to/recipients in `recipients` (lower-cased)."""

    fault: Fault
    remaining: int | None = 1
    recipients: frozenset[str] | None = None
    after: int = 0  # messages let through before the rule starts to hit

    def live(self) -> bool:
        return self.remaining is None or self.remaining > 0

    def consume(self) -> None:
        if self.remaining is not None:
            self.remaining -= 1


@dataclass
class Transaction:
    """One mail transaction (MAIL FROM .. end), appended when MAIL FROM arrives and
    updated as it proceeds. `reply` is the final reply sent: "" while in progress or
    when the client gave up (RSET/QUIT after refused recipients)."""

    mail_from: str
    tls: bool  # STARTTLS done or implicit TLS
    auth_login: str | None  # AUTH user name, None when not authenticated
    helo: str | None
    peer: tuple[str, int]
    rcpt_tos: list[str] = field(default_factory=list)  # accepted recipients
    refused_rcpts: list[str] = field(default_factory=list)
    data: bytes | None = None  # message bytes as received (None if DATA never ended)
    reply: str = ""
    fault: Fault | None = None  # the fault injected into this transaction, if any
    dropped: bool = False  # the server closed the connection without replying

    @property
    def code(self) -> int | None:
        head = self.reply[:3]
        return int(head) if head.isdigit() else None

    @property
    def accepted(self) -> bool:
        """True when the message was taken (250 after DATA)."""
        return self.data is not None and self.code == 250

    def message(self) -> email.message.EmailMessage:
        if self.data is None:
            raise ValueError("transaction has no message data")
        msg = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(msg, email.message.EmailMessage)
        return msg


@functools.cache
def _shared_tls() -> TlsFiles:
    """One CA + cert per process: openssl runs once, not once per fault server."""
    directory = Path(tempfile.mkdtemp(prefix="ccfault", dir="/tmp"))
    import atexit

    atexit.register(shutil.rmtree, directory, True)
    return make_tls_files(directory)


class _Controller(Controller):
    """Controller that binds port 0 and learns the real port (no free-port race), and
    counts connections (aiosmtpd builds one SMTP protocol object per connection)."""

    connections = 0

    def factory(self) -> SMTP:
        self.connections += 1
        smtp: SMTP = super().factory()  # type: ignore[no-untyped-call]
        return smtp

    def _create_server(self) -> Awaitable[asyncio.AbstractServer]:
        async def bind() -> asyncio.AbstractServer:
            server = await self.loop.create_server(
                self._factory_invoker, host=self.hostname, port=0, ssl=self.ssl_context
            )
            self.port = server.sockets[0].getsockname()[1]
            return server

        return bind()


class FaultSMTPServer:
    """Recording, fault-injecting SMTP server on 127.0.0.1 (started on construction).

    starttls: offer STARTTLS (cert from `tls`, default: a per-process test CA; trust
        `ca_file`). implicit_tls: TLS from the first byte (for `security: tls`).
    auth: offer AUTH PLAIN/LOGIN accepting only `FAULT_USER`/`FAULT_PASSWORD`; like real
        servers, AUTH is offered only after TLS when TLS is available.
    auth_required / require_starttls: refuse mail until the client did AUTH / STARTTLS.
    echo_credentials: a failed AUTH is answered with a 535 that repeats what the client
        sent (the AUTH PLAIN blob, or the AUTH LOGIN password's base64), as some broken
        servers do: what we log and store must not show it.
    data_delay: seconds to wait before answering each DATA, as a slow or distant
        server does (to hold a sending pass open while another process runs).
    """

    def __init__(
        self,
        *,
        starttls: bool = True,
        implicit_tls: bool = False,
        auth: bool = True,
        auth_required: bool = False,
        require_starttls: bool = False,
        tls: TlsFiles | None = None,
        user: str = FAULT_USER,
        password: str = FAULT_PASSWORD,
        echo_credentials: bool = False,
        data_delay: float = 0.0,
    ) -> None:
        if starttls and implicit_tls:
            raise ValueError("choose STARTTLS or implicit TLS, not both")
        self.user = user
        self.password = password
        self.echo_credentials = echo_credentials
        self.data_delay = data_delay
        self.tls: TlsFiles | None = (tls or _shared_tls()) if (starttls or implicit_tls) else None
        self.transactions: list[Transaction] = []
        self._rules: list[FaultRule] = []
        self._lock = threading.Lock()
        self._stopped = False
        ctx = self.tls.server_context() if self.tls else None
        smtp_kwargs: dict[str, Any] = {
            "enable_SMTPUTF8": True,
            "require_starttls": require_starttls and starttls,
            "auth_required": auth_required,
            # Offer AUTH only after STARTTLS, like real submission servers. aiosmtpd only
            # knows about STARTTLS: on an implicit-TLS or a plain server insisting on TLS
            # would hide AUTH forever.
            "auth_require_tls": starttls,
            "authenticator": self._authenticate if auth else None,
        }
        self._controller = _Controller(
            _Handler(self),
            hostname=HOST,
            port=0,
            server_hostname=SERVER_NAME,
            ssl_context=ctx if implicit_tls else None,
            tls_context=ctx if starttls else None,
            **smtp_kwargs,
        )
        self._controller.start()
        # start() made one probe connection of its own; it is not the client's.
        self._controller.connections = 0
        self.host: str = HOST
        self.port: int = self._controller.port

    # -- configuration from tests

    @property
    def ca_file(self) -> Path | None:
        return self.tls.ca_file if self.tls else None

    def inject(
        self,
        fault: Fault,
        *,
        count: int | None = 1,
        recipients: Iterable[str] | None = None,
        after: int = 0,
    ) -> FaultRule:
        """Make the next `count` messages (None: every message) fail with `fault`,
        once `after` messages (MAIL FROM commands) have gone through untouched.

        With `recipients`, only recipients in that set are hit (REJECT_RCPT refuses just
        them; the DATA-stage faults hit messages that have one of them as recipient), and
        `count` counts hits. Rules are consulted in the order they were injected.
        """
        rule = FaultRule(
            fault,
            count,
            frozenset(r.lower() for r in recipients) if recipients is not None else None,
            after,
        )
        with self._lock:
            self._rules.append(rule)
        return rule

    def clear_faults(self) -> None:
        with self._lock:
            self._rules.clear()

    def reset(self) -> None:
        """Forget faults and recorded transactions."""
        with self._lock:
            self._rules.clear()
            self.transactions.clear()
            self._controller.connections = 0

    # -- observation

    @property
    def connections(self) -> int:
        """TCP connections accepted so far (for connection-reuse assertions)."""
        return self._controller.connections

    @property
    def messages(self) -> list[Transaction]:
        """Accepted transactions only."""
        with self._lock:
            return [t for t in self.transactions if t.accepted]

    def wait_for_transactions(
        self, count: int, *, accepted_only: bool = False, timeout: float = 10.0
    ) -> list[Transaction]:
        """Wait until `count` transactions have finished (a reply or a drop); return all.

        Bounded: raises TimeoutError with what was recorded.
        """
        deadline = time.monotonic() + timeout
        while True:  # bounded by the deadline
            with self._lock:
                done = [t for t in self.transactions if t.reply or t.dropped]
                if accepted_only:
                    done = [t for t in done if t.accepted]
                if len(done) >= count:
                    return list(self.transactions)
            if time.monotonic() >= deadline:
                raise TimeoutError(
                    f"expected {count} finished transactions within {timeout}s, "
                    f"recorded: {self.transactions!r}"
                )
            time.sleep(0.02)

    # -- lifecycle

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        with contextlib.suppress(Exception):
            self._controller.stop()

    def __enter__(self) -> FaultSMTPServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- internals, called on the server thread

    def _authenticate(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        mechanism: str,
        auth_data: Any,
    ) -> AuthResult:
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode(errors="replace") == self.user
            and auth_data.password.decode(errors="replace") == self.password
        )
        if ok:
            return AuthResult(success=True, auth_data=auth_data)
        message = None  # aiosmtpd's own "535 5.7.8 Authentication credentials invalid"
        if self.echo_credentials and isinstance(auth_data, LoginPassword):
            sent = (
                b"\0" + auth_data.login + b"\0" + auth_data.password
                if mechanism.upper() == "PLAIN"
                else auth_data.password
            )
            echoed = base64.b64encode(sent).decode()
            message = f"535 5.7.8 Authentication failed for {echoed} ({mechanism})"
        # handled=False: aiosmtpd sends the 535 itself (handled=True would send nothing).
        return AuthResult(success=False, handled=False, message=message)

    def _take_rule(self, rcpts: Iterable[str] | None, stages: set[Fault]) -> Fault | None:
        """First live rule for `stages`: general ones when rcpts is None, else matching."""
        with self._lock:
            for rule in self._rules:
                if rule.fault not in stages or not rule.live():
                    continue
                if rcpts is None and rule.recipients is not None:
                    continue
                if rcpts is not None and (
                    rule.recipients is None or not rule.recipients & {r.lower() for r in rcpts}
                ):
                    continue
                if rule.after > 0:
                    rule.after -= 1
                    continue
                rule.consume()
                return rule.fault
        return None


def _current(session: Session) -> Transaction | None:
    t: Transaction | None = getattr(session, "cc_transaction", None)
    return t


def _transport(server: SMTP) -> asyncio.Transport:
    transport = server.transport
    assert isinstance(transport, asyncio.Transport), transport  # set once connected
    return transport


def _close_soon(server: SMTP) -> None:
    # After the reply has been written: close() flushes the buffer, then sends FIN.
    server.loop.call_soon(_transport(server).close)


class _Handler:
    """aiosmtpd handler hooks; every decision delegated to the owning FaultSMTPServer."""

    def __init__(self, owner: FaultSMTPServer) -> None:
        self.owner = owner

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        auth = getattr(session, "auth_data", None)
        login = auth.login.decode(errors="replace") if isinstance(auth, LoginPassword) else None
        peer = session.peer if isinstance(session.peer, tuple) else ("", 0)
        t = Transaction(
            mail_from=address,
            tls=_transport(server).get_extra_info("ssl_object") is not None,
            auth_login=login if session.authenticated else None,
            helo=session.host_name,
            peer=(str(peer[0]), int(peer[1])),
        )
        # A general rule applies to the whole message: decided once, at its start.
        t.fault = self.owner._take_rule(None, set(Fault))
        session.cc_transaction = t  # type: ignore[attr-defined]
        with self.owner._lock:
            self.owner.transactions.append(t)
        if t.fault in (Fault.SERVICE_UNAVAILABLE, Fault.RATE_LIMITED):
            t.reply = t.fault.reply
            _close_soon(server)
            return t.reply
        if t.fault is Fault.DAILY_LIMIT:
            t.reply = t.fault.reply
            return t.reply
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 2.1.0 OK"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        t = _current(session)
        fault = t.fault if t is not None else None
        rcpt_faults = {
            Fault.REJECT_RCPT,
            Fault.DROP_AT_RCPT,
            Fault.SERVICE_UNAVAILABLE,
            Fault.RATE_LIMITED,
            Fault.DAILY_LIMIT,
        }
        if fault not in rcpt_faults:
            fault = self.owner._take_rule([address], rcpt_faults)
        if fault is Fault.DROP_AT_RCPT:
            return self._drop(server, t)
        if fault in (Fault.SERVICE_UNAVAILABLE, Fault.RATE_LIMITED):
            if t is not None:
                t.reply = fault.reply
            _close_soon(server)
            return fault.reply
        if fault in (Fault.REJECT_RCPT, Fault.DAILY_LIMIT):
            if t is not None:
                t.refused_rcpts.append(address)
            return fault.reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(options)
        if t is not None:
            t.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        t = _current(session)
        data = envelope.original_content or b""
        if isinstance(data, str):  # only with decode_data=True, which we do not use
            data = data.encode()
        fault = t.fault if t is not None else None
        data_faults = {Fault.TEMPFAIL_DATA, Fault.REJECT_DATA, Fault.DROP_AT_DATA}
        if fault not in data_faults:
            fault = self.owner._take_rule(envelope.rcpt_tos, data_faults)
        if t is not None:
            t.data = data
            t.fault = fault or t.fault
        if fault is Fault.DROP_AT_DATA:
            return self._drop(server, t)
        if self.owner.data_delay:
            await asyncio.sleep(self.owner.data_delay)
        reply = fault.reply if fault in (Fault.TEMPFAIL_DATA, Fault.REJECT_DATA) else None
        reply = reply or "250 2.0.0 OK: queued"
        if t is not None:
            t.reply = reply
        session.cc_transaction = None  # type: ignore[attr-defined]
        return reply

    def _drop(self, server: SMTP, t: Transaction | None) -> str:
        if t is not None:
            t.dropped = True
        # abort(): no FIN-after-flush niceties, the peer just sees the connection die.
        # aiosmtpd then fails to write the returned reply and ends the session.
        _transport(server).abort()
        return "451 4.3.0 (never sent: connection dropped)"
