"""Consent overrides and suspended addresses: who may be mailed, on which stream."""

from __future__ import annotations

import logging
from datetime import datetime

from carecall_mail import logs
from carecall_mail.core.addresses import normalise
from carecall_mail.core.ledger_view import ALL_STREAMS, STREAMS
from carecall_mail.store import refusals
from carecall_mail.store.records import (
    ConsentChange,
    ConsentOverride,
    Suspension,
    _dt,
    _ts,
)
from carecall_mail.store.sqlite.connection import Connection
from carecall_mail.store.sqlite.queries import SQL

log = logging.getLogger(__name__)


class ConsentRole(Connection):
    """Consent overrides and suspended addresses: who may be mailed, on which stream."""

    # ------------------------------------------------------------------ consent

    def set_consent(
        self, client_id: str, stream: str, allowed: bool, at: datetime, source: str
    ) -> None:
        """Record a consent change; it overrides clients.yaml from now on.

        `stream` is one of STREAMS or "all". "all" replaces the client's per-stream
        overrides. "all" with allowed=True removes every override, so
        `consent --on` fully undoes an opt-out and clients.yaml decides again: an
        override "all: on" would silently switch on streams the practitioner turned
        off in the YAML. Every change is also appended to consent_log (kept
        forever: when and how a client said no is worth showing later).
        """
        if stream not in (*STREAMS, ALL_STREAMS):
            raise ValueError(f"unknown consent stream {stream!r}; expected one of {STREAMS}")
        when = _ts(at, "at")
        entry: dict[str, object] = {
            "kind": "consent", "client_id": client_id, "stream": stream,
            "allowed": allowed, "at": when, "source": source,
        }  # fmt: skip
        if not allowed:
            # Written down apart from the ledger first, so no restore can undo it
            # (carecall_mail.store.refusals); a consent back on is written once it holds.
            refusals.append(self.path, entry)
        with self._write() as conn:
            conn.execute(
                SQL["log_consent"],
                (client_id, stream, int(allowed), when, source),
            )
            if stream == ALL_STREAMS:
                conn.execute(SQL["drop_client_consent"], (client_id,))
            if stream != ALL_STREAMS or not allowed:
                conn.execute(
                    SQL["upsert_consent"],
                    (client_id, stream, int(allowed), when, source),
                )
        if allowed:
            refusals.append(self.path, entry)
        logs.event(
            log,
            logging.INFO,
            "ledger.consent_changed",
            client_id=client_id,
            stream=stream,
            allowed=allowed,
        )

    def consent_overrides(self) -> list[ConsentOverride]:
        """Current overrides (opt-outs first), for `carecall status`."""
        with self._read():
            rows = self._conn.execute(SQL["consent_overrides"]).fetchall()
        return [ConsentOverride(c, s, bool(a), _dt(t), src) for c, s, a, t, src in rows]

    def consent_history(self, client_id: str | None = None) -> list[ConsentChange]:
        sql = SQL["consent_history"]  # filters are added below
        params: tuple[str, ...] = ()
        if client_id is not None:
            sql += " WHERE client_id = ?"
            params = (client_id,)
        with self._read():
            rows = self._conn.execute(sql + " ORDER BY id", params).fetchall()
        return [ConsentChange(i, c, s, bool(a), _dt(t), src) for i, c, s, a, t, src in rows]

    # ------------------------------------------------------------------ suspended addresses

    def suspend_address(
        self, address: str, client_id: str | None, reason: str, at: datetime
    ) -> bool:
        """Stop mail to an address after a permanent bounce. False if already suspended."""
        when = _ts(at, "at")
        refusals.append(
            self.path,
            {"kind": "suspended", "address": normalise(address), "client_id": client_id,
             "reason": reason, "at": when},
        )  # fmt: skip
        with self._write() as conn:
            cur = conn.execute(
                SQL["suspend"],
                (normalise(address), client_id, reason, when),
            )
            added = cur.rowcount > 0
        if added:
            logs.event(log, logging.WARNING, "ledger.address_suspended", client_id=client_id)
        return added

    def unsuspend_address(self, address: str) -> bool:
        with self._write() as conn:
            cur = conn.execute(SQL["unsuspend"], (normalise(address),))
            lifted = cur.rowcount > 0
        if lifted:
            refusals.append(self.path, {"kind": "unsuspended", "address": normalise(address)})
        return lifted

    def suspended(self) -> list[Suspension]:
        with self._read():
            rows = self._conn.execute(SQL["suspended"]).fetchall()
        return [Suspension(a, c, r, _dt(t)) for a, c, r, t in rows]
