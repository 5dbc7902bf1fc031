"""Inbox transports: where clients' replies are read from (IMAP or a local Maildir).

Both transports have one shape, `fetch_new(store)`: a generator of batches of
raw messages not handed out before. Progress is saved in a `CursorStore` (the
ledger) only when the caller comes back for the next batch, that is after it
has processed the previous one, so a crash re-reads a batch and never skips
one. Re-reading is safe because the reply log dedupes on Message-ID (or a hash
of the bytes where there is none).

Neither transport ever marks the practitioner's mail as read: IMAP fetches with
`BODY.PEEK[]` (RFC 3501 §6.4.5, RFC 9051 §6.4.5) and the Maildir reader never
renames a file. Logs carry hosts, folders, UIDs and counts, never message
content or passwords.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import ssl
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, Protocol, TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from carecall_mail import logs
from carecall_mail.core.addresses import SECURITY_MODES, Security, is_local_host
from carecall_mail.core.errors import InboxError
from carecall_mail.core.redact import scrubber
from carecall_mail.transports.oauth2 import AccessTokens, OAuth2Error

logger = logging.getLogger(__name__)

T = TypeVar("T")


# RFC 2177 §3: a server may log an idle client out after 30 minutes of inactivity,
# so IDLE is ended and re-issued at least every 29 minutes; we keep a minute spare.
IDLE_RENEW_SECONDS = 28 * 60
# Without IDLE, wait_for_new() asks the server with NOOP this often (RFC 3501 §6.1.2).
NOOP_POLL_SECONDS = 10.0
# How often MaildirInbox.wait_for_new() looks at new/.
MAILDIR_POLL_SECONDS = 1.0

_FETCH_ITEMS = ("BODY.PEEK[]", "INTERNALDATE")
_BODY_KEY = b"BODY[]"  # the server answers BODY.PEEK[] as BODY[] (RFC 3501 §7.4.2)


@dataclass(frozen=True, slots=True)
class Fetched:
    """One raw message handed to the caller."""

    mailbox: str  # cursor name, e.g. "imap:ana@host:INBOX" or "maildir:/abs/path"
    uid: int | None  # IMAP UID; None for Maildir
    raw: bytes
    received_at: datetime  # IMAP INTERNALDATE or the file's mtime, aware UTC


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a mailbox was read up to: UIDs mean nothing without their UIDVALIDITY."""

    uidvalidity: int
    last_uid: int


class CursorStore(Protocol):
    """Where read progress is kept between runs: the ledger implements it."""

    def get_cursor(self, mailbox: str) -> tuple[int, int] | None: ...

    def set_cursor(self, mailbox: str, uidvalidity: int, last_uid: int) -> None: ...


class MemoryCursorStore:
    """A CursorStore in a dict: for tests, benchmarks and dry runs."""

    def __init__(self) -> None:
        self.cursors: dict[str, Cursor] = {}

    def get_cursor(self, mailbox: str) -> tuple[int, int] | None:
        cursor = self.cursors.get(mailbox)
        return None if cursor is None else (cursor.uidvalidity, cursor.last_uid)

    def set_cursor(self, mailbox: str, uidvalidity: int, last_uid: int) -> None:
        self.cursors[mailbox] = Cursor(uidvalidity, last_uid)


class Inbox(Protocol):
    """What the worker and the CLI need from any inbox transport."""

    @property
    def mailbox(self) -> str: ...

    def fetch_new(self, store: CursorStore) -> Generator[list[Fetched], None, None]: ...

    def wait_for_new(self, timeout: float) -> bool: ...

    def close(self) -> None: ...


def _log(level: int, event: str, **fields: object) -> None:
    """One structured record: the stable event name first, fields also in `extra`."""
    logs.event(logger, level, event, True, **fields)  # True: fields in the text too


def _batches(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --------------------------------------------------------------------------- IMAP


@dataclass(frozen=True)
class ImapSettings:
    """How to reach the practitioner's IMAP folder. Field names follow `incoming:` in YAML.

    The password is passed in by the CLI (read from `password_env`); it is kept out
    of `repr()` so it cannot reach a log or a traceback through this object.
    """

    host: str
    port: int
    security: Security
    username: str
    password: str = field(default="", repr=False)
    folder: str = "INBOX"
    ca_file: Path | None = None  # a private CA's certificate; None = the system's CAs
    timeout: float = 30.0  # seconds, for connecting and for every read
    batch_size: int = 200  # messages per UID FETCH round trip
    move_to: str | None = None  # move processed messages to this folder
    idle: bool = False  # wait_for_new() uses IDLE (RFC 2177) when the server has it
    # auth: oauth2: XOAUTH2 with tokens from here instead of the password (transports/oauth2.py).
    oauth2: AccessTokens | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        where = f"IMAP {self.host}:{self.port}"
        if self.security not in SECURITY_MODES:
            raise InboxError(f"{where}: security must be one of {', '.join(SECURITY_MODES)}")
        if self.security == "none" and not is_local_host(self.host):
            # The password and clients' replies would cross the network in the clear.
            raise InboxError(
                f"{where}: security 'none' is allowed only to this machine "
                "(localhost, 127.0.0.0/8, ::1)"
            )
        if not 0 < self.port < 65536:
            raise InboxError(f"{where}: port must be between 1 and 65535")
        if self.batch_size < 1 or self.timeout <= 0:
            raise InboxError(f"{where}: batch_size and timeout must be positive")
        if self.move_to is not None and self.move_to == self.folder:
            raise InboxError(f"{where}: move_to must differ from folder {self.folder!r}")


class _UidValidityChanged(Exception):
    """The folder was replaced under a running pass (noticed after a reconnect)."""


def _is_transient(exc: BaseException) -> bool:
    """Worth a reconnect: the connection was lost, not refused for a reason that stays."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return False  # a wrong CA or host name does not fix itself
    if isinstance(exc, ssl.SSLEOFError | ssl.SSLZeroReturnError | ssl.SSLSyscallError):
        return True  # the peer went away mid-session
    if isinstance(exc, ssl.SSLError):
        return False  # handshake failures: TLS spoken to a plaintext port, old protocols
    if isinstance(exc, IMAPClientAbortError):
        return True  # imaplib's "abort": socket error, EOF, BYE
    return isinstance(exc, OSError)  # refused, reset, timed out, DNS down


def _announces_new(responses: Sequence[tuple[Any, ...]]) -> bool:
    """`* n EXISTS` or `* n RECENT` (n > 0) among untagged responses (RFC 3501 §7.3)."""
    for response in responses:
        if len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT"):
            count = response[0]
            if response[1] == b"EXISTS" or (isinstance(count, int) and count > 0):
                return True
    return False


def _announces_bye(responses: Sequence[tuple[Any, ...]]) -> bool:
    return any(response and response[0] == b"BYE" for response in responses)


def _as_utc(value: object) -> datetime:
    if isinstance(value, datetime):
        # INTERNALDATE always carries a zone (RFC 3501 §9 date-time); imapclient keeps it
        # because normalise_times is off. A naive value would be a server bug: take UTC.
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.now(UTC)


class ImapInbox:
    """An IMAP folder read incrementally by UID, without setting \\Seen.

    Not thread-safe: one connection, used by one worker. Use as a context manager
    or call `close()`.
    """

    def __init__(
        self,
        settings: ImapSettings,
        *,
        max_attempts: int = 5,
        backoff: float = 1.0,
        max_backoff: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        # The cursor name leaves out the port: moving from 993 to STARTTLS on 143
        # is still the same folder with the same UIDs.
        self._mailbox = f"imap:{settings.username}@{settings.host}:{settings.folder}"
        self._max_attempts = max(1, max_attempts)
        self._backoff = backoff
        self._max_backoff = max_backoff
        self._sleep = sleep
        self._ssl: ssl.SSLContext | None = None
        self._secret: str | None = None  # the OAuth2 token last offered, to mask in errors
        self._client: Any = None  # imapclient.IMAPClient, which ships no type hints
        self._uidvalidity: int | None = None
        self._uidnext: int | None = None
        self._fresh_select = False  # the current connection has just selected the folder
        self._move_target_ready = False
        # (uidvalidity, last UID handed out) on this connection: wait_for_new() looks
        # past it for mail that arrived between the last fetch and IDLE.
        self._known: tuple[int, int] | None = None

    @property
    def mailbox(self) -> str:
        return self._mailbox

    def __enter__(self) -> ImapInbox:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- public API

    def fetch_new(self, store: CursorStore) -> Generator[list[Fetched], None, None]:
        """Yield batches of messages newer than the stored cursor, oldest first.

        The cursor (and the optional move to `move_to`) advances for a batch only
        when the generator is resumed after it: breaking out, or a crash while the
        caller processes a batch, leaves that batch to be fetched again.
        Nothing happens until the first `next()`; InboxError (connection, TLS, login,
        folder) is raised from the iteration.
        """
        s = self.settings
        uidvalidity, uidnext = self._run("select", self._select)
        saved = store.get_cursor(self._mailbox)
        last_uid = 0
        if saved is not None:
            if saved[0] == uidvalidity:
                last_uid = saved[1]
            else:
                # RFC 3501 §2.3.1.1 / RFC 9051 §2.3.1.1: a new UIDVALIDITY means the old
                # UIDs name nothing any more (the folder was recreated or renumbered),
                # so read the whole folder again from UID 1. The reply log dedupes on
                # Message-ID, or a hash of the bytes, so nothing is recorded twice.
                _log(
                    logging.WARNING,
                    "imap.uidvalidity_changed",
                    host=s.host,
                    folder=s.folder,
                    old_uidvalidity=saved[0],
                    uidvalidity=uidvalidity,
                )
        if uidnext is not None and last_uid >= uidnext - 1:
            uids: list[int] = []  # UIDNEXT says nothing newer exists: spare the SEARCH
        else:
            found = self._run("search", partial(self._search_after, last_uid))
            # RFC 3501 §6.4.8: "N:*" always includes the highest UID, even below N.
            uids = sorted(uid for uid in found if uid > last_uid)
        _log(
            logging.INFO,
            "imap.fetch",
            host=s.host,
            folder=s.folder,
            uidvalidity=uidvalidity,
            after_uid=last_uid,
            count=len(uids),
        )
        if saved != (uidvalidity, last_uid) and not uids:
            store.set_cursor(self._mailbox, uidvalidity, last_uid)  # remember a new UIDVALIDITY
        self._known = (uidvalidity, last_uid)
        for chunk in _batches(uids, s.batch_size):
            try:
                batch = self._run("fetch", partial(self._fetch_chunk, chunk, uidvalidity))
            except _UidValidityChanged:
                # The folder was replaced while we reconnected: stop here; the next pass
                # sees the new UIDVALIDITY and rescans.
                _log(logging.WARNING, "imap.uidvalidity_changed", host=s.host, folder=s.folder)
                return
            if batch:
                _log(
                    logging.DEBUG,
                    "imap.batch",
                    host=s.host,
                    folder=s.folder,
                    first_uid=chunk[0],
                    last_uid=chunk[-1],
                    count=len(batch),
                )
                yield batch
                # Resumed: the caller has processed the batch.
                if s.move_to is not None:
                    moved = [item.uid for item in batch if item.uid is not None]
                    self._run("move", partial(self._move, moved, s.move_to))
            # UIDs that vanished between SEARCH and FETCH are gone for good: skip them too.
            store.set_cursor(self._mailbox, uidvalidity, chunk[-1])
            self._known = (uidvalidity, chunk[-1])

    def wait_for_new(self, timeout: float) -> bool:
        """Block up to `timeout` seconds; True when new mail may have arrived.

        With `idle` and a server that has IDLE (RFC 2177) this returns within a
        moment of delivery; otherwise it polls with NOOP. A lost connection also
        returns True: the caller's next `fetch_new` reconnects and catches up.
        Raises InboxError when it cannot connect (after bounded retries).
        """
        deadline = time.monotonic() + max(0.0, timeout)
        if self._client is None or self._uidvalidity is None:
            self._run("select", self._select)
        client = self._client
        try:
            if self._has_newer_than_known(client):
                return True
            if self.settings.idle and client.has_capability("IDLE"):
                return self._idle_until(client, deadline)
            return self._poll_until(client, deadline)
        except (IMAPClientError, OSError) as exc:
            self._drop()
            _log(
                logging.WARNING,
                "imap.connection_lost",
                host=self.settings.host,
                folder=self.settings.folder,
                error=type(exc).__name__,
            )
            return True
        except BaseException:
            self._drop()  # the connection may be left mid-IDLE: never reuse it
            raise

    def close(self) -> None:
        """Log out; safe to call twice. The next call reconnects."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except (IMAPClientError, OSError):
            self._shutdown(client)
        _log(logging.DEBUG, "imap.close", host=self.settings.host, folder=self.settings.folder)

    # -- connection

    def _ssl_context(self) -> ssl.SSLContext:
        if self._ssl is None:
            ca_file = self.settings.ca_file
            try:
                # Verifies the chain and the host name; with cafile, only that CA is trusted.
                self._ssl = ssl.create_default_context(
                    cafile=str(ca_file) if ca_file is not None else None
                )
            except (OSError, ssl.SSLError) as exc:
                raise InboxError(
                    f"IMAP {self.settings.host}: cannot load ca_file {ca_file}: {exc}"
                ) from exc
            self._ssl.minimum_version = ssl.TLSVersion.TLSv1_2
        return self._ssl

    def _connect(self) -> Any:
        s = self.settings
        context = self._ssl_context() if s.security != "none" else None
        client = IMAPClient(
            s.host, port=s.port, ssl=s.security == "tls", ssl_context=context, timeout=s.timeout
        )
        try:
            if s.security == "starttls":
                # Never fall back to plaintext: no STARTTLS, no login (RFC 3501 §6.2.1).
                if not client.has_capability("STARTTLS"):
                    raise InboxError(
                        f"IMAP {s.host}:{s.port} does not offer STARTTLS; refusing to log in "
                        "without TLS"
                    )
                client.starttls(context)
            client.normalise_times = False  # keep INTERNALDATE's zone; we convert to UTC
            if s.oauth2 is not None:
                self._xoauth2(client, s.oauth2)
            else:
                client.login(s.username, s.password)
            self._client = client
            self._select_now(client)
        except BaseException:
            self._client = None
            self._shutdown(client)
            raise
        self._fresh_select = True
        self._move_target_ready = False
        self._known = None
        _log(
            logging.INFO,
            "imap.connect",
            host=s.host,
            port=s.port,
            security=s.security,
            folder=s.folder,
            uidvalidity=self._uidvalidity,
        )
        return client

    def _xoauth2(self, client: Any, tokens: AccessTokens) -> None:
        """AUTHENTICATE XOAUTH2; a refused token is refreshed once and tried again."""
        s = self.settings
        try:
            token = tokens.access_token()
            self._secret = token
            try:
                client.oauth2_login(s.username, token)
            except LoginError:
                token = tokens.refresh_after_rejection(token)
                self._secret = token
                client.oauth2_login(s.username, token)
        except OAuth2Error as exc:
            # Not a connection problem: no reconnect helps (run `carecall login`, or the
            # sign-in server is down and the next pass tries again).
            raise InboxError(
                f"IMAP login failed for {s.username} at {s.host}:{s.port}: {exc}"
            ) from exc

    def _select_now(self, client: Any) -> tuple[int, int | None]:
        # EXAMINE (read-only, RFC 3501 §6.3.2) unless we must move messages out.
        status = client.select_folder(self.settings.folder, readonly=self.settings.move_to is None)
        uidvalidity = int(status[b"UIDVALIDITY"])
        uidnext = status.get(b"UIDNEXT")
        self._uidvalidity = uidvalidity
        self._uidnext = int(uidnext) if uidnext is not None else None
        return uidvalidity, self._uidnext

    def _select(self, client: Any) -> tuple[int, int | None]:
        """Select afresh (UIDVALIDITY and UIDNEXT may have changed), unless the connect
        inside this very `_run` call just did."""
        if self._fresh_select and self._uidvalidity is not None:
            self._fresh_select = False
            return self._uidvalidity, self._uidnext
        return self._select_now(client)

    def _run(self, what: str, op: Callable[[Any], T]) -> T:
        """Run `op(client)`, connecting first; reconnect with backoff on connection loss."""
        failures = 0
        while True:
            try:
                try:
                    if self._client is None:
                        self._connect()
                    return op(self._client)
                finally:
                    # A connect's SELECT answers only the op it ran for (see _select):
                    # later, UIDNEXT may have moved on.
                    self._fresh_select = False
            except (IMAPClientError, OSError) as exc:
                self._drop()
                if not _is_transient(exc):
                    raise self._error(what, exc) from exc
                failures += 1
                if failures >= self._max_attempts:
                    raise self._error(what, exc, attempts=failures) from exc
                # First retry at once (a server restart or an idle timeout), then back off.
                delay = min(self._backoff * 2 ** (failures - 2), self._max_backoff)
                delay = 0.0 if failures == 1 else delay
                _log(
                    logging.WARNING,
                    "imap.reconnect",
                    host=self.settings.host,
                    folder=self.settings.folder,
                    attempt=failures,
                    delay=delay,
                    error=type(exc).__name__,
                )
                if delay:
                    self._sleep(delay)

    def _error(self, what: str, exc: BaseException, attempts: int = 1) -> InboxError:
        s = self.settings
        if isinstance(exc, LoginError):
            what = "login"
        elif isinstance(exc, ssl.SSLCertVerificationError):
            what = "TLS certificate verification"
        detail = str(exc) or type(exc).__name__
        # A server may echo the credentials: the password, or the token last offered.
        detail = scrubber(self._secret or s.password)(detail)
        tries = f" after {attempts} attempts" if attempts > 1 else ""
        return InboxError(
            f"IMAP {what} failed{tries} for {s.username} at {s.host}:{s.port}, "
            f"folder {s.folder!r}: {detail}"
        )

    def _drop(self) -> None:
        """Forget a connection that failed; the next operation reconnects."""
        client, self._client = self._client, None
        self._uidvalidity = None
        if client is not None:
            self._shutdown(client)

    @staticmethod
    def _shutdown(client: Any) -> None:
        with contextlib.suppress(IMAPClientError, OSError):  # already gone
            client.shutdown()

    # -- operations run through _run

    @staticmethod
    def _search_after(last_uid: int, client: Any) -> list[int]:
        return [int(uid) for uid in client.search(["UID", f"{last_uid + 1}:*"])]

    def _fetch_chunk(self, chunk: Sequence[int], uidvalidity: int, client: Any) -> list[Fetched]:
        if self._uidvalidity != uidvalidity:
            raise _UidValidityChanged
        # One UID FETCH per batch; BODY.PEEK[] leaves \Seen alone (RFC 3501 §6.4.5).
        response = client.fetch(chunk, _FETCH_ITEMS)
        mailbox = self._mailbox
        batch: list[Fetched] = []
        for uid in chunk:
            item = response.get(uid)
            if item is None:
                continue  # expunged since the SEARCH
            batch.append(
                Fetched(
                    mailbox, uid, item.get(_BODY_KEY) or b"", _as_utc(item.get(b"INTERNALDATE"))
                )
            )
        return batch

    def _move(self, uids: list[int], target: str, client: Any) -> None:
        if not uids:
            return
        if not self._move_target_ready:
            if not client.folder_exists(target):
                client.create_folder(target)
                _log(logging.INFO, "imap.create_folder", host=self.settings.host, folder=target)
            self._move_target_ready = True
        if client.has_capability("MOVE"):
            client.move(uids, target)  # RFC 6851: atomic, no \Deleted left behind
        else:
            client.copy(uids, target)
            client.add_flags(uids, [b"\\Deleted"], silent=True)
            if client.has_capability("UIDPLUS"):
                # RFC 4315 §2.1: expunge only our UIDs, not what the practitioner deleted.
                client.uid_expunge(uids)
            else:
                # A plain EXPUNGE would also purge the practitioner's own \Deleted mail;
                # leave ours flagged for her mail client to expunge.
                _log(
                    logging.WARNING,
                    "imap.move_no_expunge",
                    host=self.settings.host,
                    folder=self.settings.folder,
                    count=len(uids),
                )
        _log(
            logging.INFO,
            "imap.move",
            host=self.settings.host,
            folder=self.settings.folder,
            to=target,
            first_uid=uids[0],
            last_uid=uids[-1],
            count=len(uids),
        )

    # -- waiting

    def _has_newer_than_known(self, client: Any) -> bool:
        """Mail that arrived after the last fetch but before IDLE.

        The server announces a message once (RFC 3501 §7.3.1), in an untagged EXISTS
        after whichever command was running, which imaplib files away; IDLE would not
        announce it again. NOOP brings this session's view up to date, then SEARCH
        finds what is newer than what we handed out.
        """
        _, responses = client.noop()
        if _announces_new(responses):
            return True
        known = self._known
        if known is None or known[0] != self._uidvalidity:
            return False
        return any(uid > known[1] for uid in self._search_after(known[1], client))

    def _idle_until(self, client: Any, deadline: float) -> bool:
        client.idle()
        idling = True
        since = time.monotonic()
        found = False
        while not found:
            now = time.monotonic()
            if now >= deadline:
                break
            renew_at = since + IDLE_RENEW_SECONDS
            if now >= renew_at:
                _, responses = client.idle_done()  # RFC 2177 §3: re-issue before 29 minutes
                idling = False
                if _announces_new(responses):
                    found = True
                    break
                client.idle()
                idling, since = True, time.monotonic()
                continue
            wait = min(deadline, renew_at) - now
            responses = client.idle_check(timeout=wait)
            if _announces_new(responses):
                found = True
            elif _announces_bye(responses):
                raise IMAPClientAbortError("server said BYE during IDLE")
            elif not responses and time.monotonic() < now + wait - 0.01:
                # Woken early with nothing parsed: a TLS record without data, or the server
                # hung up. Leaving IDLE tells which: a dead connection raises here.
                _, responses = client.idle_done()
                idling = False
                found = _announces_new(responses)
                if not found:
                    client.idle()
                    idling = True
        if idling:
            _, responses = client.idle_done()
            found = found or _announces_new(responses)
        _log(
            logging.DEBUG,
            "imap.idle",
            host=self.settings.host,
            folder=self.settings.folder,
            new=found,
        )
        return found

    def _poll_until(self, client: Any, deadline: float) -> bool:
        while (remaining := deadline - time.monotonic()) > 0:
            self._sleep(min(remaining, NOOP_POLL_SECONDS))
            _, responses = client.noop()
            if _announces_new(responses):
                return True
        return False


# ------------------------------------------------------------------------ Maildir

_STATE_FILE = "carecall-processed"
_STATE_MAGIC = "carecall-maildir-state"
_STATE_VERSION = "1"


# File names are whatever bytes the file system holds: os.scandir gives the bytes that
# are not UTF-8 as lone surrogates (PEP 383), which the state file keeps as the same
# bytes ("surrogateescape"). A line break (or "%") in a name is written %0A, %0D, %25,
# so one name is always one line; it used to crash the pass for the whole batch.
def _state_line(name: str) -> str:
    return name.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D")


def _state_name(line: str) -> str:
    return line.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")


class MaildirInbox:
    """A local Maildir (the embedded default, var/inbox), read without touching any file.

    Why track processed names instead of moving new/ → cur/: the practitioner's
    mail client owns the Maildir. A message it moved to cur/ before we looked is
    still read; we never race it renaming the same file; nothing changes what it
    shows as new or unread. Processed unique names (the part before ":2,", which
    survives flag changes and new/ → cur/ moves, per the Maildir spec) are kept in
    `carecall-processed` in the Maildir's root, a file mail clients ignore (as they
    ignore dovecot-uidlist). The file names a random token that is also stored as
    the cursor's `uidvalidity` in the ledger: a reset ledger no longer matches it,
    and everything is read again (the reply log dedupes), as with IMAP UIDVALIDITY.
    """

    def __init__(
        self,
        directory: Path,
        *,
        batch_size: int = 200,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if batch_size < 1:
            raise InboxError(f"Maildir {directory}: batch_size must be positive")
        self.directory = Path(directory).resolve()
        self._mailbox = f"maildir:{self.directory}"
        self._batch_size = batch_size
        self._sleep = sleep
        self._new_mtime: int | None = None  # new/'s mtime at the last scan
        try:
            self._make_dirs()
        except OSError as exc:
            raise InboxError(f"Maildir {self.directory}: cannot create it: {exc}") from exc

    @property
    def mailbox(self) -> str:
        return self._mailbox

    def __enter__(self) -> MaildirInbox:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def fetch_new(self, store: CursorStore) -> Generator[list[Fetched], None, None]:
        """Yield batches of messages in new/ and cur/ not processed before.

        A batch is recorded as processed only when the generator is resumed after it.
        Files that vanish or cannot be read are skipped (event `inbox.unreadable`) and
        tried again on the next pass.
        """
        try:
            self._make_dirs()  # someone may have removed them since
            self._new_mtime = (self.directory / "new").stat().st_mtime_ns
            present = self._scan()
        except OSError as exc:
            raise InboxError(f"Maildir {self.directory}: cannot list it: {exc}") from exc
        token, processed = self._open_state(store, present)
        pending = sorted(unique for unique in present if unique not in processed)
        _log(logging.INFO, "maildir.fetch", mailbox=self._mailbox, count=len(pending))
        done = len(processed)
        for chunk in _batches(pending, self._batch_size):
            batch: list[Fetched] = []
            read: list[str] = []
            for unique in chunk:
                item = self._read(present[unique])
                if item is not None:
                    batch.append(item)
                    read.append(unique)
            if not batch:
                continue
            yield batch
            # Resumed: the caller has processed the batch.
            self._append_state(read)
            done += len(read)
            store.set_cursor(self._mailbox, token, done)

    def wait_for_new(self, timeout: float) -> bool:
        """Block up to `timeout` seconds; True once new/ changed since the last scan."""
        deadline = time.monotonic() + max(0.0, timeout)
        while True:
            try:
                mtime = (self.directory / "new").stat().st_mtime_ns
            except OSError:
                return True  # let fetch_new report what is wrong
            if self._new_mtime is None or mtime != self._new_mtime:
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            self._sleep(min(remaining, MAILDIR_POLL_SECONDS))

    def close(self) -> None:
        """Nothing to release; here so both transports share one shape."""

    # -- files

    def _make_dirs(self) -> None:
        # 0700: replies from clients are health information (DESIGN: nothing private in the open).
        # The Maildir itself too: mkdir(parents=True) gives parents the umask's mode.
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        for sub in ("tmp", "new", "cur"):
            (self.directory / sub).mkdir(mode=0o700, parents=True, exist_ok=True)

    def _scan(self) -> dict[str, Path]:
        """Unique name → current path, over new/ and cur/ (cur/ wins if in both)."""
        present: dict[str, Path] = {}
        for sub in ("new", "cur"):
            with os.scandir(self.directory / sub) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue  # not a message: editors' and clients' temporary files
                    try:
                        if not entry.is_file():
                            continue
                    except OSError:
                        continue
                    present[entry.name.split(":", 1)[0]] = Path(entry.path)
        return present

    def _read(self, path: Path) -> Fetched | None:
        try:
            with path.open("rb") as handle:
                mtime = os.fstat(handle.fileno()).st_mtime
                raw = handle.read()
        except OSError as exc:
            # Moved by a mail client, deleted or not ours to read: log the name only.
            _log(
                logging.WARNING,
                "inbox.unreadable",
                mailbox=self._mailbox,
                file=f"{path.parent.name}/{path.name}",
                error=type(exc).__name__,
            )
            return None
        return Fetched(self._mailbox, None, raw, datetime.fromtimestamp(mtime, UTC))

    # -- processed names

    @property
    def _state_path(self) -> Path:
        return self.directory / _STATE_FILE

    def _open_state(self, store: CursorStore, present: dict[str, Path]) -> tuple[int, set[str]]:
        state = self._load_state()
        cursor = store.get_cursor(self._mailbox)
        if state is not None and cursor is not None and cursor[0] == state[0]:
            token, processed = state
            if not processed.issubset(present):
                # Forget names that left the Maildir, so the file stays as small as it.
                processed.intersection_update(present)
                self._write_state(token, processed)
            return token, processed
        if state is not None:
            _log(logging.WARNING, "maildir.rescan", mailbox=self._mailbox)
        token = secrets.randbelow(2**31 - 1) + 1
        self._write_state(token, set())
        store.set_cursor(self._mailbox, token, 0)
        return token, set()

    def _load_state(self) -> tuple[int, set[str]] | None:
        try:
            text = self._state_path.read_text(encoding="utf-8", errors="surrogateescape")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            _log(logging.WARNING, "maildir.state_unreadable", error=type(exc).__name__)
            return None
        lines = text.split("\n")
        header = lines[0].split()
        if len(header) != 3 or header[:2] != [_STATE_MAGIC, _STATE_VERSION]:
            return None
        try:
            token = int(header[2])
        except ValueError:
            return None
        # A line cut short by a crash names no message: at worst one is read again.
        return token, {_state_name(line) for line in lines[1:] if line}

    def _write_state(self, token: int, names: set[str]) -> None:
        body = "".join(f"{_state_line(name)}\n" for name in sorted(names))
        tmp = self.directory / f"{_STATE_FILE}.tmp"
        try:
            tmp.write_text(
                f"{_STATE_MAGIC} {_STATE_VERSION} {token}\n{body}",
                encoding="utf-8",
                errors="surrogateescape",
            )
            tmp.chmod(0o600)  # names of client mails: the owner's business only
            tmp.replace(self._state_path)  # atomic: a crash leaves the old file or the new
        except OSError as exc:
            raise InboxError(
                f"Maildir {self.directory}: cannot write {_STATE_FILE}: {exc}"
            ) from exc

    def _append_state(self, names: list[str]) -> None:
        try:
            with self._state_path.open("a", encoding="utf-8", errors="surrogateescape") as handle:
                handle.write("".join(f"{_state_line(name)}\n" for name in names))
        except OSError as exc:
            raise InboxError(
                f"Maildir {self.directory}: cannot write {_STATE_FILE}: {exc}"
            ) from exc
