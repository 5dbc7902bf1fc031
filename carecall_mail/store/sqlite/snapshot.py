"""The frozen snapshots the pure core reads: the ledger view and the sent lookup."""

from __future__ import annotations

import logging

from carecall_mail.core.addresses import normalise
from carecall_mail.core.ledger_view import LedgerView
from carecall_mail.store.records import (
    SentLookup,
    SentRef,
    _normalize_mid,
)
from carecall_mail.store.sqlite.connection import Connection
from carecall_mail.store.sqlite.queries import SQL

log = logging.getLogger(__name__)


class SnapshotRole(Connection):
    """The frozen snapshots the pure core reads: the ledger view and the sent lookup."""

    # ------------------------------------------------------------------ snapshot

    def view(self) -> LedgerView:
        """The snapshot the planner and the parser read, taken in one read transaction."""
        with self._read():
            conn = self._conn
            own = not conn.in_transaction
            if own:
                conn.execute("BEGIN")  # one consistent WAL snapshot for the three reads
            try:
                keys = frozenset(k for (k,) in conn.execute(SQL["all_keys"]))
                overrides = {(c, s): bool(a) for c, s, a in conn.execute(SQL["all_consent"])}
                suspended = frozenset(a for (a,) in conn.execute(SQL["all_suspended"]))
            finally:
                if own:
                    conn.execute("COMMIT")
        return LedgerView(
            decided_keys=keys, consent_overrides=overrides, suspended_addresses=suspended
        )

    def client_view(self, client_id: str, address: str) -> LedgerView:
        """What the ledger says now of one client and one address: their consent overrides
        and whether the address is suspended. Read for each message just before it is
        handed to the transport, so a change made while a pass runs is honoured by it."""
        address = normalise(address)
        with self._read():
            overrides = {
                (client_id, s): bool(a)
                for s, a in self._conn.execute(SQL["client_consent"], (client_id,))
            }
            bounced = self._conn.execute(SQL["is_suspended"], (address,)).fetchone()
        return LedgerView(
            consent_overrides=overrides,
            suspended_addresses=frozenset({address}) if bounced else frozenset(),
        )

    def sent_by_message_id(self, message_id: str) -> SentRef | None:
        """The outbox key and client a Message-ID of ours belongs to (brackets optional)."""
        with self._read():
            r = self._conn.execute(
                SQL["sent_by_message_id"],
                (_normalize_mid(message_id),),
            ).fetchone()
        return None if r is None else SentRef(r[0], r[1])

    def sent_lookup(self) -> SentLookup:
        """Every Message-ID the outbox assigned, in memory, for the pure reply parser.

        Includes rows not marked sent: after a crash a message may have gone out
        before its "sent" was committed, and a reply to it must still match.
        """
        with self._read():
            pairs = self._conn.execute(SQL["sent_lookup"]).fetchall()
        return SentLookup({mid: SentRef(k, c) for mid, k, c in pairs})
