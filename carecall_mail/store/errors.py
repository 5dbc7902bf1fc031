"""The store's errors: what the caller must do, whichever backend raised them.

A backend translates its library's exceptions into these at its edge (`raise ...
from exc`); sqlite3 (or, later, psycopg) exceptions never reach a caller. Each
message names the file (or database) and says what to do, never what a client wrote.
"""

from __future__ import annotations

import os
from pathlib import Path

from carecall_mail.core.errors import CareCallError

__all__ = [
    "StoreError",
    "StoreFull",
    "StoreLocked",
    "StoreUnreadable",
    "StoreVersionError",
    "UnknownKeyError",
    "full_disk",
]


class StoreError(CareCallError):
    """The store cannot be used as it is (name the file; a human must look)."""


class StoreLocked(StoreError):
    """Another process held the store longer than the busy timeout, or another sender runs.

    Nothing was changed: trying again later is the remedy (the worker does by itself).
    """


class StoreFull(StoreError):
    """A write did not fit: the disk (or the store's size limit) is full. Nothing was lost."""


class StoreUnreadable(StoreError):
    """The file is not a store this program can read (damaged, not a database, no access)."""


class StoreVersionError(StoreError):
    """The store was written by a newer CareCall Mail: refuse rather than corrupt it."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        super().__init__(
            f"{path}: ledger schema version {found} is newer than this CareCall Mail "
            f"supports ({supported}); upgrade CareCall Mail, do not downgrade a ledger"
        )


class UnknownKeyError(StoreError, KeyError):
    """A mark_* call named a key the outbox never held: a bug in the caller."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


# Below this many bytes free, an SQLite error on the ledger is the disk being full.
_FULL_BELOW = 1 << 20


def full_disk(path: Path) -> str | None:
    """'the disk is full ...' when the ledger's file system has (almost) no space left.

    SQLite says "disk I/O error" when it cannot create the WAL index of a full disk, and
    "database or disk is full" when a write does not fit: both read as a broken ledger.
    """
    try:
        fs = os.statvfs(path.parent)
    except OSError:
        return None
    free = fs.f_bavail * fs.f_frsize
    if free >= _FULL_BELOW:
        return None
    return (
        f"{path.parent}: the disk is full ({free // 1024} KB free): free some space there; "
        "nothing was sent or lost, and the next pass tries again"
    )
