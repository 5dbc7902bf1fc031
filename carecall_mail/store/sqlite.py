"""The SQLite store: the embedded default, one file per practice.

It is `carecall_mail.ledger.Ledger` (named queries in `ledger.SQL`, migrations in
`ledger.MIGRATIONS`, sqlite3 errors translated by result code in `ledger._translate`);
this module gives it its store name and has mypy check that it fills every role.
"""

from __future__ import annotations

from carecall_mail.ledger import Ledger
from carecall_mail.store.interfaces import Store

__all__ = ["SQLiteStore"]

SQLiteStore = Ledger


def _fills_every_role(ledger: Ledger) -> Store:
    # Never called: mypy --strict fails here if the ledger stops satisfying a protocol.
    return ledger
