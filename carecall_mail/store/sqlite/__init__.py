"""The SQLite store, the embedded default: one file per practice (see ledger.py)."""

from carecall_mail.store.sqlite.errors import (
    LedgerBusyError,
    LedgerError,
    LedgerVersionError,
)
from carecall_mail.store.sqlite.ledger import Ledger, SQLiteStore
from carecall_mail.store.sqlite.queries import SQL
from carecall_mail.store.sqlite.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SQL",
    "Ledger",
    "LedgerBusyError",
    "LedgerError",
    "LedgerVersionError",
    "SQLiteStore",
]
