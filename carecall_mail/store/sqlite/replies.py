"""The reply log: every mail the inbox job read, once per Message-ID."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

from carecall_mail import logs
from carecall_mail.store.records import (
    ReplyRecord,
    ReplyRow,
    _ts,
    reply_urgency,
)
from carecall_mail.store.sqlite.connection import Connection
from carecall_mail.store.sqlite.queries import SQL, reply_row

log = logging.getLogger(__name__)


class ReplyLogRole(Connection):
    """The reply log: every mail the inbox job read, once per Message-ID."""

    # ------------------------------------------------------------------ reply log

    def record_reply(self, reply: ReplyRecord, now: datetime | None = None) -> bool:
        """Add a reply to the log; False if its message_id is already there."""
        urgency = reply_urgency(reply)
        received = _ts(reply.received_at, "received_at")
        recorded = self._now(now)
        # Raw bytes only where the parser could not read the mail: the log keeps
        # what a practitioner needs, not every client's full message.
        raw = reply.raw if reply.kind == "unknown" else None
        with self._write() as conn:
            # UNIQUE(message_id): a restarted fetch, a new UIDVALIDITY rescan, the same
            # mail in two folders — the database refuses the second copy here.
            cur = conn.execute(
                SQL["insert_reply"],
                (
                    reply.message_id,
                    received,
                    reply.from_addr,
                    reply.client_id,
                    reply.in_reply_to,
                    reply.kind,
                    reply.subject,
                    reply.text,
                    int(urgency != "none"),  # flagged is the level's shadow, never apart
                    json.dumps(list(reply.reasons)),
                    json.dumps(list(reply.bounced)),
                    int(reply.permanent),
                    raw,
                    recorded,
                    urgency,
                ),
            )
            added = cur.rowcount > 0
        if added:
            logs.event(
                log,
                logging.INFO,
                "ledger.reply_recorded",
                client_id=reply.client_id,
                kind=reply.kind,
                urgency=urgency,
            )
        return added

    def has_reply(self, message_id: str) -> bool:
        with self._read():
            r = self._conn.execute(SQL["has_reply"], (message_id,)).fetchone()
        return r is not None

    def replies(
        self,
        client: str | None = None,
        kind: str | None = None,
        since: datetime | None = None,
        flagged: bool | None = None,
        *,
        after_id: int | None = None,
        limit: int | None = None,
    ) -> list[ReplyRow]:
        """The reply log, oldest first; every filter given must match.

        `after_id` returns only replies recorded after that row id (for a digest
        or a notifier that remembers where it stopped).
        """
        where: list[str] = []
        params: list[Any] = []
        if client is not None:
            where.append("client_id = ?")
            params.append(client)
        if kind is not None:
            where.append("kind = ?")
            params.append(kind)
        if since is not None:
            where.append("received_at >= ?")
            params.append(_ts(since, "since"))
        if flagged is not None:
            where.append("flagged = ?")
            params.append(int(flagged))
        if after_id is not None:
            where.append("id > ?")
            params.append(after_id)
        sql = SQL["replies"]  # filters are added below
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY received_at, id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        with self._read():
            return [reply_row(r) for r in self._conn.execute(sql, params)]
