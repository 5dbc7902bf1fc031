"""Once-only effects: auto-replies, emergency forwards, alerts and crisis replies."""

from __future__ import annotations

import logging
from datetime import datetime

from carecall_mail.core.addresses import normalise
from carecall_mail.store.records import (
    AutoreplyRow,
    ForwardRow,
    _dt,
    _ts,
)
from carecall_mail.store.sqlite.connection import Connection
from carecall_mail.store.sqlite.queries import SQL

log = logging.getLogger(__name__)


class ClaimsRole(Connection):
    """Once-only effects: auto-replies, emergency forwards, alerts and crisis replies."""

    # ------------------------------------------------------------------ once-only effects

    def claim_autoreply(self, holiday_id: str, sender: str, at: datetime) -> bool:
        """True only the first time for (holiday, sender): RFC 5230 §4.2 "vacation" semantics.

        Claimed before sending: a crash after the claim loses that one courtesy
        reply rather than risk a mail loop or a second auto-reply.
        """
        when = _ts(at, "at")
        with self._write() as conn:
            # PRIMARY KEY (holiday_id, sender) is the "once per sender per holiday" rule.
            cur = conn.execute(
                SQL["claim_autoreply"],
                (holiday_id, normalise(sender), when),
            )
            return cur.rowcount > 0

    def release_autoreply(self, holiday_id: str, sender: str) -> bool:
        """Give back a claim whose auto-reply the server did not take (an outage, a
        4xx): the sender's next mail during the break gets its one auto-reply then."""
        with self._write() as conn:
            cur = conn.execute(
                SQL["release_autoreply"],
                (holiday_id, normalise(sender)),
            )
            return cur.rowcount > 0

    def autoreplies(self, holiday_id: str | None = None) -> list[AutoreplyRow]:
        sql = SQL["autoreplies"]  # filters are added below
        params: tuple[str, ...] = ()
        if holiday_id is not None:
            sql += " WHERE holiday_id = ?"
            params = (holiday_id,)
        with self._read():
            rows = self._conn.execute(sql + " ORDER BY at, sender", params).fetchall()
        return [AutoreplyRow(h, s, _dt(t)) for h, s, t in rows]

    def _once(self, query: str, params: tuple[str, str]) -> bool:
        # A claim (INSERT … DO NOTHING) or its closing (UPDATE … IS NULL): True if it took.
        with self._write() as conn:
            return conn.execute(SQL[query], params).rowcount > 0

    def claim_forward(self, reply_message_id: str, at: datetime | None = None) -> bool:
        """True only the first time: the emergency forward of this reply is ours to send.

        Call `mark_forwarded` once it is handed to the transport; `pending_forwards`
        lists claims a crash interrupted, so an emergency is never silently lost.
        """
        return self._once("claim_forward", (reply_message_id, self._now(at, "at")))

    def mark_forwarded(self, reply_message_id: str, at: datetime | None = None) -> bool:
        return self._once("mark_forwarded", (self._now(at, "at"), reply_message_id))

    def pending_forwards(self) -> list[ForwardRow]:
        """Forwards claimed but never marked forwarded (a crash came between).

        Holiday forwards only: alerts (since migration 5) and crisis replies (since
        migration 6) have their own tables.
        """
        return self._pending_claims("pending_forwards")

    def claim_alert(self, reply_message_id: str, at: datetime | None = None) -> bool:
        """True only the first time: the practitioner's alert about this reply is ours."""
        return self._once("claim_alert", (reply_message_id, self._now(at, "at")))

    def mark_alerted(self, reply_message_id: str, at: datetime | None = None) -> bool:
        return self._once("mark_alerted", (self._now(at, "at"), reply_message_id))

    def pending_alerts(self) -> list[ForwardRow]:
        """Alerts claimed but never marked sent, by their reply's bare Message-ID."""
        return self._pending_claims("pending_alerts")

    def claim_crisis_reply(self, reply_message_id: str, at: datetime | None = None) -> bool:
        """True only the first time: the crisis reply to this mail is ours to send."""
        return self._once("claim_crisis_reply", (reply_message_id, self._now(at, "at")))

    def mark_crisis_replied(self, reply_message_id: str, at: datetime | None = None) -> bool:
        return self._once("mark_crisis_replied", (self._now(at, "at"), reply_message_id))

    def pending_crisis_replies(self) -> list[ForwardRow]:
        """Crisis replies claimed but never handed over, by their mail's bare Message-ID."""
        return self._pending_claims("pending_crisis_replies")

    def _pending_claims(self, query: str) -> list[ForwardRow]:
        # Every once-only claim kind lists its open claims the same way, oldest first.
        with self._read():
            rows = self._conn.execute(SQL[query]).fetchall()
        return [ForwardRow(m, _dt(c), None) for m, c in rows]
