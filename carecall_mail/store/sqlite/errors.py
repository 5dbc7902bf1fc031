"""sqlite3 errors as the store's error tree, chosen by SQLite's result code.

A held lock, a full disk and an unreadable file each say what to do; nothing else
of sqlite3 reaches a caller.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from carecall_mail.store.errors import (
    StoreError,
    StoreFull,
    StoreLocked,
    StoreUnreadable,
    StoreVersionError,
    full_disk,
)

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- errors

# The store's error tree under the names callers have always used (store/errors.py).
LedgerError = StoreError
LedgerBusyError = StoreLocked
LedgerVersionError = StoreVersionError


# What a held SQLite lock means to the practitioner, and what to do (issue 12 item 7).
_LOCKED = (
    "the ledger is busy, locked by another program (another carecall, a backup or sync "
    "tool?); nothing was sent or changed: try again once it has let go (the worker tries "
    "by itself)"
)
# SQLite's primary result codes (sqlite3.SQLITE_*, Python 3.11+), grouped by what the
# practitioner must do; the extended code's low byte is the primary one.
_BUSY_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
_UNREADABLE_CODES = frozenset(
    {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CANTOPEN}
)


def translate(exc: sqlite3.Error, path: Path, what: str) -> StoreError:
    """An sqlite3 error as our error tree, chosen by SQLite's result code, not its wording.

    `what` opens the message of an error that is neither a lock, a full disk nor an
    unreadable file ("ledger error", "not a usable ledger").
    """
    code = getattr(exc, "sqlite_errorcode", None)
    primary = None if code is None else code & 0xFF
    if primary in _BUSY_CODES:
        return StoreLocked(f"{path}: {_LOCKED} ({exc})")
    # A full disk also shows as an I/O error (no room for the WAL index): ask the disk
    # about every operational error, and only those (a broken constraint is a bug).
    full = full_disk(path) if isinstance(exc, sqlite3.OperationalError) else None
    if full is not None:
        return StoreFull(full)
    if primary == sqlite3.SQLITE_FULL:
        return StoreFull(f"{path}: the ledger cannot grow ({exc}); nothing was sent or lost")
    if primary in _UNREADABLE_CODES or type(exc) is sqlite3.DatabaseError:
        return StoreUnreadable(f"{path}: not a usable ledger: {exc}")
    return StoreError(f"{path}: {what}: {exc}")
