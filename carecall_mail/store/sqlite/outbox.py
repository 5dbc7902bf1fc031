"""The outbox queue: planned messages, claimed, sent, retried or failed, each once."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from carecall_mail import logs
from carecall_mail.store.continuity import note_history
from carecall_mail.store.errors import (
    UnknownKeyError,
)
from carecall_mail.store.records import (
    DEFAULT_BACKOFF,
    Backoff,
    OutboxRow,
    OutboxStatus,
    QueueItem,
    _check_domain,
    _dt,
    _message_id,
    _ts,
    message_id_for,
)
from carecall_mail.store.sqlite.connection import Connection
from carecall_mail.store.sqlite.queries import SQL, outbox_row, params_json

log = logging.getLogger(__name__)


def _planned(item: QueueItem) -> tuple[str | None, ...]:
    """The columns every planned row starts with, whatever becomes of it."""
    return (
        item.key,
        item.kind,
        item.client_id,
        item.to_addr,
        _ts(item.send_at, f"send_at of {item.key}"),
        item.template,
        params_json(item.params),
    )


class OutboxRole(Connection):
    """The outbox queue: planned messages, claimed, sent, retried or failed, each once."""

    # ------------------------------------------------------------------ outbox

    def enqueue(self, items: Iterable[QueueItem], now: datetime | None = None) -> int:
        """Queue planned messages; returns how many keys were new.

        Keys the ledger already holds, whatever their status, are left alone.
        """
        at = self._now(now)
        # A queued message is first tried at its send_at (the 8th column).
        rows = [(*head, head[4], at, at) for head in map(_planned, items)]
        # The PRIMARY KEY on `key` is the "never twice" invariant: a planner run
        # that plans a key again, a second process planning at the same time, a
        # replay with --now — the database refuses the duplicate here, so no
        # Python-side "already planned?" check can race with it.
        added = self._insert_new("enqueue", rows, now)
        if added:
            logs.event(log, logging.INFO, "ledger.enqueued", count=added)
        return added

    def record_skipped(
        self, items: Iterable[tuple[QueueItem, str]], now: datetime | None = None
    ) -> int:
        """Record planned messages decided not to be sent (e.g. long past on a first run).

        Returns how many keys were new. A key already held keeps its status: a
        queued message is not skipped by a later plan.
        """
        at = self._now(now)
        rows = [(*_planned(i), reason, at, at) for i, reason in items]
        # Same UNIQUE key as enqueue: a skipped key is decided, never planned again.
        return self._insert_new("record_skipped", rows, now)

    def _insert_new(self, query: str, rows: list[tuple[Any, ...]], now: datetime | None) -> int:
        """Insert the rows whose keys are new; how many were."""
        with self._write() as conn:
            before = conn.total_changes
            conn.executemany(SQL[query], rows)
            added = conn.total_changes - before
        if added:
            self._note_history(now)
        return added

    def _note_history(self, now: datetime | None) -> None:
        # From now on the state dir knows this practice has planned mail, so a lost
        # ledger file is never taken for a new practice (store/continuity.py).
        note_history(self.path, now if now is not None else self._clock())

    def claim_due(
        self, now: datetime, limit: int = 100, *, domain: str | None = None
    ) -> list[OutboxRow]:
        """Move up to `limit` due queued rows to `sending` and return them, oldest first.

        Atomic (one write transaction around an UPDATE … RETURNING): two senders,
        in two processes or on two connections, never claim the same row.
        Each claimed row's `attempts` is incremented and it gets its Message-ID
        (`message_id_for(key, domain)`) unless it already has one: a retry
        keeps the Message-ID of its first attempt.
        """
        at = _ts(now, "now")
        if domain is not None:
            _check_domain(domain)
        if limit < 1:
            return []
        dom = domain or self.message_id_domain
        with self._write() as conn:
            rows = conn.execute(SQL["claim_due"], (at, at, at, limit)).fetchall()
            claimed = [outbox_row(r) for r in rows]
            # A first attempt gets its Message-ID here, in the claim's transaction: a
            # retry keeps the one of its first attempt. Computed in Python, so the SQL
            # needs no user function (and reads the same in another database).
            fresh = {
                r.key: _message_id(r.key, dom, self._secret)
                for r in claimed
                if r.message_id is None
            }
            if fresh:
                conn.executemany(SQL["set_message_id"], [(m, k) for k, m in fresh.items()])
                claimed = [
                    replace(r, message_id=fresh[r.key]) if r.key in fresh else r for r in claimed
                ]
        # RETURNING order is unspecified; send in due order.
        claimed.sort(key=lambda r: (r.next_attempt_at or r.send_at, r.key))
        return claimed

    def message_id(self, key: str, domain: str | None = None) -> str:
        """The Message-ID this ledger gives `key` (what claim_due stores), e.g. for preview."""
        return message_id_for(key, domain or self.message_id_domain, self._secret)

    def mark_sent(self, key: str, message_id: str, now: datetime) -> bool:
        """The server accepted the message: commit `sent` before reporting it anywhere.

        One statement, committed on return. Returns False if the row was already
        finished (sent, failed or skipped) and so left alone.
        """
        at = _ts(now, "now")
        with self._read():
            # Also from `queued`: if a recover() ran while the message was in flight,
            # it was still sent, and recording that prevents a second send.
            # Fast path: the Message-ID is the one claim_due stored, so the statement
            # leaves the message_id index alone (this runs once per message sent).
            cur = self._conn.execute(SQL["mark_sent_same_mid"], (at, at, key, message_id))
            if cur.rowcount:
                return True
            cur = self._conn.execute(SQL["mark_sent"], (message_id, at, at, key))
            return self._changed(cur, key)

    def mark_sent_many(self, sent: Iterable[tuple[str, str]], now: datetime) -> int:
        """Record many (key, message_id) acceptances in one transaction; returns rows changed.

        Trade-off: a crash before this commits means every message of the batch
        is sent again on restart (each with its same Message-ID). DESIGN.md allows
        at most one resend per crash, so prefer `mark_sent` per message (cheap with
        WAL + synchronous=NORMAL) and batch only where more duplicates are acceptable.
        """
        at = _ts(now, "now")
        rows = [(mid, at, at, key) for key, mid in sent]
        with self._write() as conn:
            before = conn.total_changes
            conn.executemany(SQL["mark_sent"], rows)
            return conn.total_changes - before

    def mark_retry(
        self,
        key: str,
        error: str,
        code: int | None,
        now: datetime,
        next_attempt_at: datetime,
    ) -> bool:
        """A temporary failure: back to `queued`, not before `next_attempt_at`."""
        at = _ts(now, "now")
        nxt = _ts(next_attempt_at, "next_attempt_at")
        with self._read():
            cur = self._conn.execute(
                SQL["mark_retry"],
                (error, code, nxt, at, key),
            )
            return self._changed(cur, key)

    def mark_failed(self, key: str, error: str, code: int | None, now: datetime) -> bool:
        """A permanent failure (or attempts exhausted): `failed`, shown by status."""
        at = _ts(now, "now")
        with self._read():
            cur = self._conn.execute(
                SQL["mark_failed"],
                (error, code, at, key),
            )
            changed = self._changed(cur, key)
        if changed:
            logs.event(log, logging.WARNING, "ledger.failed", key=key, code=code)
        return changed

    def mark_skipped(self, key: str, reason: str, now: datetime) -> bool:
        """Decided at send time not to send (consent withdrawn, address suspended)."""
        at = _ts(now, "now")
        with self._read():
            cur = self._conn.execute(
                SQL["mark_skipped"],
                (reason, at, key),
            )
            return self._changed(cur, key)

    def retry_or_fail(
        self,
        key: str,
        error: str,
        code: int | None,
        now: datetime,
        backoff: Backoff = DEFAULT_BACKOFF,
    ) -> OutboxStatus:
        """A temporary failure: queue again per `backoff`, or fail once attempts run out.

        Returns the row's new status (QUEUED or FAILED).
        """
        _ts(now, "now")
        with self._write() as conn:
            row = conn.execute(SQL["attempts_of"], (key,)).fetchone()
            if row is None:
                raise UnknownKeyError(f"no outbox row with key {key!r}")
            nxt = backoff.next_attempt_at(max(int(row[0]), 1), now)
            if nxt is None:
                self.mark_failed(key, f"gave up after {row[0]} attempts: {error}", code, now)
                return OutboxStatus.FAILED
            self.mark_retry(key, error, code, now, nxt)
            return OutboxStatus.QUEUED

    def release_claim(self, key: str, error: str, code: int | None, now: datetime) -> bool:
        """Not attempted after all: the connection failed, not the message (issue 12).

        Back to `queued`, due at once, with the attempt claim_due counted given back:
        a wrong password fixed after a week must not find every message failed. The
        connection's own backoff (jobs/health.py) decides when the next pass tries.
        """
        at = _ts(now, "now")
        with self._read():
            cur = self._conn.execute(
                SQL["release_claim"],
                (error, code, at, at, key),
            )
            return self._changed(cur, key)

    def requeue_failed(self, keys: Sequence[str] | None, now: datetime) -> list[str]:
        """Failed rows back to the queue with fresh attempts (`carecall retry`); None: all.

        The Message-ID stays: a message the server in fact took before failing is the
        same message if it goes again. Returns the keys requeued.
        """
        at = _ts(now, "now")
        sql = SQL["requeue_failed"]  # filters are added below
        params: list[Any] = [at, at]
        if keys is not None:
            sql += f" AND key IN ({', '.join('?' * len(keys))})"
            params.extend(keys)
        with self._write() as conn:
            return sorted(r[0] for r in conn.execute(sql + " RETURNING key", params))

    def _changed(self, cur: sqlite3.Cursor, key: str) -> bool:
        if cur.rowcount:
            return True
        exists = self._conn.execute(SQL["key_exists"], (key,)).fetchone()
        if exists is None:
            raise UnknownKeyError(f"no outbox row with key {key!r}")
        return False

    def recover(self, now: datetime, backoff: Backoff = DEFAULT_BACKOFF) -> int:
        """Put rows a crash left in `sending` back in the queue; call at worker start.

        Safe because a row's Message-ID was fixed when it was claimed: if the
        server had accepted the message before the crash, the resend is the same
        message with the same Message-ID — at most one duplicate per crashed
        message, which is what DESIGN.md allows. A row that has been in flight
        `backoff.max_attempts` times is failed instead: a message that keeps
        killing the worker is shunted aside for a human (STYLE.md point 4).
        Call it holding `sender_lock()`: another live sender's rows in flight are
        not crashed ones. Returns how many rows were put back in the queue.
        """
        at = _ts(now, "now")
        with self._write() as conn:
            conn.execute(
                SQL["recover_exhausted"],
                (at, backoff.max_attempts),
            )
            cur = conn.execute(
                SQL["recover_requeue"],
                (at, at),
            )
            recovered = cur.rowcount
        if recovered:
            logs.event(log, logging.WARNING, "ledger.recovered", count=recovered)
        return recovered

    # ------------------------------------------------------------------ outbox queries

    def get(self, key: str) -> OutboxRow | None:
        with self._read():
            r = self._conn.execute(SQL["get_row"], (key,)).fetchone()
        return None if r is None else outbox_row(r)

    def counts(self) -> dict[OutboxStatus, int]:
        """Rows per status, every status present (for `carecall status`)."""
        out = dict.fromkeys(OutboxStatus, 0)
        with self._read():
            for status, n in self._conn.execute(SQL["count_by_status"]):
                out[OutboxStatus(status)] = n
        return out

    def rows(
        self, status: OutboxStatus | str, *, client_id: str | None = None, limit: int | None = None
    ) -> list[OutboxRow]:
        """Rows with one status, by send time (failed rows carry last_error and last_code)."""
        sql = SQL["rows_with_status"]  # filters are added below
        params: list[Any] = [str(OutboxStatus(status))]
        if client_id is not None:
            sql += " AND client_id = ?"
            params.append(client_id)
        sql += " ORDER BY send_at, key"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        with self._read():
            return [outbox_row(r) for r in self._conn.execute(sql, params)]

    def failed(self) -> list[OutboxRow]:
        return self.rows(OutboxStatus.FAILED)

    def queued(self, limit: int | None = None) -> list[OutboxRow]:
        return self.rows(OutboxStatus.QUEUED, limit=limit)

    def cap_times(self, since: datetime) -> tuple[list[datetime], list[datetime]]:
        """(when each message sent at or after `since` went, when each one still to send
        is due): what `outgoing.max_per_day` counts per day (planner.day_load, issue 10)."""
        at = _ts(since, "since")
        sent: list[datetime] = []
        pending: list[datetime] = []
        with self._read():
            for status, sent_at, due in self._conn.execute(
                SQL["cap_times"],
                (at,),
            ):
                if status == "sent":
                    sent.append(_dt(sent_at))
                else:
                    pending.append(_dt(due))
        return sent, pending
