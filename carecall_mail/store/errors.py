"""The store's errors: what the caller must do, whichever backend raised them.

A backend translates its library's exceptions into these at its edge (`raise ...
from exc`); sqlite3 (or, later, psycopg) exceptions never reach a caller. Each
message names the file (or database) and says what to do, never what a client wrote.
"""

from __future__ import annotations

from pathlib import Path

from carecall_mail.core.errors import CareCallError

__all__ = [
    "StoreError",
    "StoreFull",
    "StoreLocked",
    "StoreUnreadable",
    "StoreVersionError",
    "UnknownKeyError",
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
