"""One SQLite file: opening it, transactions, the locks, and the clock.

`Connection` is what every role of the ledger (ledger.py) stands on.
"""

from __future__ import annotations

import fcntl
import logging
import os
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Literal, Self

from carecall_mail import logs
from carecall_mail.store.errors import (
    StoreError,
    StoreLocked,
    StoreUnreadable,
)
from carecall_mail.store.records import (
    _ts,
    _utcnow,
    message_id_for,
)
from carecall_mail.store.sqlite.errors import translate
from carecall_mail.store.sqlite.queries import SQL
from carecall_mail.store.sqlite.schema import migrate

log = logging.getLogger(__name__)


def _tighten_mode(path: Path) -> None:
    """Owner-only: the ledger holds what clients wrote (DESIGN: nothing private)."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    if mode & 0o077:
        path.chmod(0o600)
        logs.event(
            log, logging.WARNING, "ledger.permissions_tightened", file=path.name, was=oct(mode)
        )


Synchronous = Literal["NORMAL", "FULL"]


@contextmanager
def _flock(lock_path: Path, wait: float, busy: str) -> Iterator[None]:
    """An exclusive flock on `lock_path` for the block, released by the OS if the process
    dies (a kill -9 never leaves it stale); waits up to `wait` seconds for its holder,
    then raises StoreLocked(`busy`)."""
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise StoreError(f"{lock_path}: cannot open the lock file: {exc}") from exc
    try:
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError as exc:
                if time.monotonic() >= deadline:
                    raise StoreLocked(busy) from exc
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


class Connection:
    """The ledger's file, its transactions and locks: what every role stands on."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        message_id_domain: str,
        clock: Callable[[], datetime],
    ) -> None:
        # Use Ledger.open(); this only wires an already-migrated connection.
        self._conn = conn
        self.path = path
        self.message_id_domain = message_id_domain
        self._clock = clock
        self._lock = threading.RLock()
        self._depth = 0
        row = conn.execute(SQL["secret"]).fetchone()
        self._secret = bytes.fromhex(row[0])

    # ------------------------------------------------------------------ lifecycle

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        message_id_domain: str = "carecall.invalid",
        busy_timeout: float = 10.0,
        synchronous: Synchronous = "NORMAL",
        clock: Callable[[], datetime] = _utcnow,
    ) -> Self:
        """Open (creating and migrating if needed) the ledger at `path`.

        `synchronous=NORMAL` (the default): in WAL mode a commit is durable
        against a crash of the process (kill -9, the crash test) without an fsync
        per commit; only an OS crash or power loss can roll back the last commits.
        That makes a commit per sent message cheap (tens of microseconds), which is
        what keeps "at most one resend per crash" affordable at broadcast speed.
        `FULL` adds an fsync per commit, for machines that lose power.

        Raises LedgerVersionError for a ledger from a newer CareCall Mail, and
        LedgerError when the file is not a usable SQLite database.
        """
        path = Path(path)
        message_id_for("probe", message_id_domain)  # validate the domain early
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Create the file ourselves, owner-only, before SQLite can create it 0644.
        # SQLite gives -wal and -shm the database file's permissions.
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
            _tighten_mode(p)
        try:
            # isolation_level=None: we issue BEGIN IMMEDIATE/COMMIT ourselves, so a
            # transaction never starts as a reader and fails to upgrade (SQLITE_BUSY
            # in WAL mode is not retried by the busy handler in that case).
            conn = sqlite3.connect(
                path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreUnreadable(f"{path}: cannot open the ledger: {exc}") from exc
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreUnreadable(f"{path}: cannot switch the ledger to WAL (got {mode})")
            conn.execute(f"PRAGMA synchronous = {synchronous}")
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(conn, path)
            ledger = cls(conn, path, message_id_domain=message_id_domain, clock=clock)
        except sqlite3.Error as exc:
            conn.close()
            raise translate(exc, path, "not a usable ledger") from exc
        except BaseException:
            conn.close()
            raise
        return ledger

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self._read():
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write: every ledger call inside commits together or not at all.

        Use it to tie a reply to its effects (record_reply + set_consent for an
        opt-out, + suspend_address for a permanent bounce): otherwise a crash
        between them leaves a recorded, deduplicated reply whose opt-out never
        took effect, and the re-fetch would skip it.
        """
        with self._write():
            yield

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """Serialize use of the connection; translate SQLite's operational errors."""
        with self._lock, self._translated():
            yield self._conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction. Re-entrant: only the outermost block begins and commits."""
        with self._lock, self._translated():
            if self._depth:
                self._depth += 1
                try:
                    yield self._conn
                finally:
                    self._depth -= 1
                return
            # IMMEDIATE takes the write lock now (waiting up to busy_timeout), so the
            # transaction never fails later on upgrading from reader to writer.
            self._conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            finally:
                self._depth = 0

    @contextmanager
    def _translated(self) -> Iterator[None]:
        # Library errors become ours at the edge, naming the file (STYLE.md point 3).
        try:
            yield
        except sqlite3.Error as exc:
            raise translate(exc, self.path, "ledger error") from exc

    @contextmanager
    def sender_lock(self) -> Iterator[None]:
        """Hold while sending: only one process claims and recovers at a time.

        `recover()` is only safe when no other process is sending (it would put
        that process's in-flight rows back in the queue). The lock is an flock on
        `<ledger>.lock`, released by the OS if the process dies, so a kill -9 never
        leaves it stale. Raises LedgerBusyError if another sender holds it.
        """
        busy = f"{self.path}: another CareCall Mail sender is running"
        with _flock(Path(f"{self.path}.lock"), 0.0, busy):
            yield

    @contextmanager
    def inbox_lock(self, wait: float = 0.0) -> Iterator[None]:
        """Hold for a whole inbox pass: one pass at a time (the worker, a `fetch`).

        The claims of alerts, crisis replies and forwards are once-only, but a claim
        not yet marked sent is also what a later pass retries: a second pass running
        at the same time took the first pass's fresh claims for unsent ones and sent
        every alert twice. An flock on `<ledger>.inbox.lock`, released by the OS if
        the process dies; waits up to `wait` seconds for another pass to end, then
        raises LedgerBusyError.
        """
        busy = (
            f"{self.path}: another inbox pass is running (the worker or a "
            "`carecall fetch`); it goes on, try again when it has ended"
        )
        with _flock(Path(f"{self.path}.inbox.lock"), wait, busy):
            yield

    def _now(self, now: datetime | None, name: str = "now") -> str:
        return _ts(self._clock() if now is None else now, name)
