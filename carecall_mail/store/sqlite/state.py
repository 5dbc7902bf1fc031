"""Small state: the inbox cursors, the digests' places and named values (meta)."""

from __future__ import annotations

import logging
from datetime import datetime

from carecall_mail.store.records import (
    Cursor,
    DigestMark,
    _dt,
    _ts,
)
from carecall_mail.store.sqlite.connection import Connection
from carecall_mail.store.sqlite.queries import SQL

log = logging.getLogger(__name__)


class StateRole(Connection):
    """Small state: the inbox cursors, the digests' places and named values (meta)."""

    # ------------------------------------------------------------------ inbox cursors

    def get_cursor(self, mailbox: str) -> Cursor | None:
        with self._read():
            r = self._conn.execute(SQL["get_cursor"], (mailbox,)).fetchone()
        return None if r is None else Cursor(int(r[0]), int(r[1]))

    def set_cursor(
        self, mailbox: str, uidvalidity: int, last_uid: int, at: datetime | None = None
    ) -> None:
        """Remember where this mailbox's pass stopped (set after the replies are recorded)."""
        when = self._now(at, "at")
        with self._write() as conn:
            conn.execute(
                SQL["set_cursor"],
                (mailbox, uidvalidity, last_uid, when),
            )

    # ------------------------------------------------------------------ digest state

    def digest_state(self, name: str) -> DigestMark | None:
        """Where the digest `name` stopped, or None before its first."""
        with self._read():
            r = self._conn.execute(SQL["digest_state"], (name,)).fetchone()
        return None if r is None else DigestMark(name, _dt(r[0]), int(r[1]))

    def set_digest_state(self, name: str, at: datetime, last_reply_id: int) -> None:
        when = _ts(at, "at")
        with self._write() as conn:
            conn.execute(SQL["set_digest_state"], (name, when, last_reply_id))

    # ------------------------------------------------------------------ meta

    def last_digest_at(self) -> datetime | None:
        with self._read():
            r = self._conn.execute(SQL["last_digest_at"]).fetchone()
        return None if r is None else _dt(r[0])

    def set_last_digest(self, at: datetime) -> None:
        when = _ts(at, "at")
        with self._write() as conn:
            conn.execute(
                SQL["set_last_digest"],
                (when,),
            )

    def get_meta(self, name: str) -> str | None:
        """A small named value (e.g. a connection's health, see jobs/health.py), or None."""
        with self._read():
            r = self._conn.execute(SQL["get_meta"], (name,)).fetchone()
        return None if r is None else str(r[0])

    def set_meta(self, name: str, value: str) -> None:
        with self._write() as conn:
            conn.execute(
                SQL["set_meta"],
                (name, value),
            )
