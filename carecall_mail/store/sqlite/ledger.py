"""The ledger: one SQLite file, the shell's single source of truth, and the SQLite store.

`Ledger` fills every role of `carecall_mail.store.interfaces.Store` (checked by
mypy below and by tests/test_store_contract.py), one role per module of this
package on a shared connection (connection.py): the outbox queue (outbox.py),
the snapshots the core reads (snapshot.py), consent and suspensions
(consent.py), the reply log (replies.py), the once-only claims (claims.py) and
the small state of cursors, digests and meta (state.py). The values it
exchanges live in store/records.py, its SQL is the named queries of queries.py,
its schema the migrations of schema.py, and sqlite3 errors become the store's
error tree (store/errors.py) by SQLite result code (errors.py).

Guarantees live in the schema, not in Python bookkeeping: a planned message's
key is the outbox's PRIMARY KEY, a reply's Message-ID is UNIQUE, an auto-reply
is UNIQUE per (holiday, sender). Writes are short `BEGIN IMMEDIATE`
transactions so the worker and a CLI command can share the file (WAL mode).

Every datetime crossing this API is timezone-aware; it is stored as fixed-width
UTC ISO-8601 text (`2026-12-01T08:00:00.000000+00:00`), so text order is time
order and SQL can compare timestamps directly.
"""

from __future__ import annotations

from carecall_mail.store.interfaces import Store
from carecall_mail.store.sqlite.claims import ClaimsRole
from carecall_mail.store.sqlite.consent import ConsentRole
from carecall_mail.store.sqlite.outbox import OutboxRole
from carecall_mail.store.sqlite.replies import ReplyLogRole
from carecall_mail.store.sqlite.snapshot import SnapshotRole
from carecall_mail.store.sqlite.state import StateRole

__all__ = ["Ledger", "SQLiteStore"]


class Ledger(OutboxRole, SnapshotRole, ConsentRole, ReplyLogRole, ClaimsRole, StateRole):
    """The SQLite ledger. Open with `Ledger.open(path)`, use as a context manager.

    Safe to share between threads of one process (calls are serialized by a lock)
    and between processes (WAL, busy timeout, short IMMEDIATE transactions).
    Only one process should send from a ledger at a time: hold `sender_lock()`
    around `recover()` and the claim/mark loop.
    """


# The store's name for this backend, beside `memory.MemoryStore`.
SQLiteStore = Ledger


def _fills_every_role(ledger: Ledger) -> Store:
    # Never called: mypy --strict fails here if the ledger stops satisfying a protocol.
    return ledger
