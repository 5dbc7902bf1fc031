"""The SQL the ledger runs, as named queries, and how its rows become records.

Kept together (issue 9) so that a reader sees every statement at once and a second
backend has a list to write its own against.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from carecall_mail.store.records import (
    OutboxRow,
    OutboxStatus,
    ReplyRow,
    _dt,
    _opt_dt,
)

log = logging.getLogger(__name__)


_OUTBOX_COLUMNS = (
    "key, kind, client_id, to_addr, send_at, template, status, attempts, next_attempt_at, "
    "message_id, last_error, last_code, created_at, updated_at, sent_at, skip_reason, params"
)
_REPLY_COLUMNS = (
    "id, message_id, received_at, from_addr, client_id, in_reply_to, kind, subject, text, "
    "flagged, reasons, bounced, permanent, raw, recorded_at, urgency"
)


# Named queries: the SQL the store runs, kept together (issue 9) so a reader sees every
# statement at once and a second backend has a list to write its own against.
SQL: Mapping[str, str] = {
    "secret": "SELECT value FROM meta WHERE name = 'message_id_secret'",
    # One UPDATE … RETURNING: two senders (two connections) never claim the same row.
    "claim_due": f"""
           UPDATE outbox
              SET status = 'sending', attempts = attempts + 1, updated_at = ?
            WHERE key IN (SELECT key FROM outbox
                           WHERE status = 'queued' AND next_attempt_at <= ? AND send_at <= ?
                           ORDER BY next_attempt_at, key
                           LIMIT ?)
        RETURNING {_OUTBOX_COLUMNS}
    """,
    "set_message_id": "UPDATE outbox SET message_id = ? WHERE key = ? AND message_id IS NULL",
    "claim_alert": "INSERT INTO alerts (reply_message_id, claimed_at) VALUES (?, ?)"
    " ON CONFLICT (reply_message_id) DO NOTHING",
    "mark_alerted": "UPDATE alerts SET alerted_at = ?"
    " WHERE reply_message_id = ? AND alerted_at IS NULL",
    "pending_alerts": "SELECT reply_message_id, claimed_at FROM alerts"
    " WHERE alerted_at IS NULL ORDER BY claimed_at",
    "claim_crisis_reply": "INSERT INTO crisis_replies (reply_message_id, claimed_at)"
    " VALUES (?, ?) ON CONFLICT (reply_message_id) DO NOTHING",
    "mark_crisis_replied": "UPDATE crisis_replies SET replied_at = ?"
    " WHERE reply_message_id = ? AND replied_at IS NULL",
    "pending_crisis_replies": "SELECT reply_message_id, claimed_at FROM crisis_replies"
    " WHERE replied_at IS NULL ORDER BY claimed_at",
    "digest_state": "SELECT at, last_reply_id FROM digest_state WHERE name = ?",
    "set_digest_state": """
        INSERT INTO digest_state (name, at, last_reply_id) VALUES (?, ?, ?)
        ON CONFLICT (name) DO UPDATE SET at = excluded.at, last_reply_id = excluded.last_reply_id
    """,
    "get_cursor": "SELECT uidvalidity, last_uid FROM cursors WHERE mailbox = ?",
    "enqueue": """
        INSERT INTO outbox (key, kind, client_id, to_addr, send_at, template, params,
                            status, attempts, next_attempt_at, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?)
        ON CONFLICT (key) DO NOTHING
    """,
    "record_skipped": """
        INSERT INTO outbox (key, kind, client_id, to_addr, send_at, template, params,
                            status, attempts, skip_reason, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, 'skipped', 0, ?, ?, ?)
        ON CONFLICT (key) DO NOTHING
    """,
    "mark_retry": """
        UPDATE outbox SET status = 'queued', last_error = ?, last_code = ?,
                          next_attempt_at = ?, updated_at = ?
         WHERE key = ? AND status IN ('sending', 'queued')
    """,
    "mark_failed": """
        UPDATE outbox SET status = 'failed', last_error = ?, last_code = ?,
                          next_attempt_at = NULL, updated_at = ?
         WHERE key = ? AND status IN ('sending', 'queued')
    """,
    "mark_skipped": """
        UPDATE outbox SET status = 'skipped', skip_reason = ?, next_attempt_at = NULL,
                          updated_at = ?
         WHERE key = ? AND status IN ('sending', 'queued')
    """,
    "attempts_of": "SELECT attempts FROM outbox WHERE key = ?",
    "release_claim": """
        UPDATE outbox SET status = 'queued', attempts = max(attempts - 1, 0),
                          last_error = ?, last_code = ?, next_attempt_at = ?,
                          updated_at = ?
         WHERE key = ? AND status = 'sending'
    """,
    "key_exists": "SELECT 1 FROM outbox WHERE key = ?",
    "recover_exhausted": """
        UPDATE outbox SET status = 'failed', next_attempt_at = NULL, updated_at = ?,
                          last_error = 'interrupted while sending, attempts exhausted'
         WHERE status = 'sending' AND attempts >= ?
    """,
    "recover_requeue": """
        UPDATE outbox SET status = 'queued', next_attempt_at = ?, updated_at = ?,
                          last_error = COALESCE(last_error, 'interrupted while sending')
         WHERE status = 'sending'
    """,
    "get_row": f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE key = ?",
    "count_by_status": "SELECT status, count(*) FROM outbox GROUP BY status",
    "cap_times": """
        SELECT status, sent_at, COALESCE(next_attempt_at, send_at) FROM outbox
         WHERE (status = 'sent' AND sent_at >= ?) OR status IN ('queued', 'sending')
    """,
    "all_consent": "SELECT client_id, stream, allowed FROM consent",
    "all_keys": "SELECT key FROM outbox",
    "all_suspended": "SELECT address FROM suspended",
    "client_consent": "SELECT stream, allowed FROM consent WHERE client_id = ?",
    "is_suspended": "SELECT 1 FROM suspended WHERE address = ?",
    "sent_by_message_id": "SELECT key, client_id FROM outbox WHERE message_id = ?",
    "sent_lookup": "SELECT message_id, key, client_id FROM outbox WHERE message_id IS NOT NULL",
    "log_consent": "INSERT INTO consent_log (client_id, stream, allowed, at, source)"
    " VALUES (?, ?, ?, ?, ?)",
    "drop_client_consent": "DELETE FROM consent WHERE client_id = ?",
    "upsert_consent": """
        INSERT INTO consent (client_id, stream, allowed, at, source)
        VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (client_id, stream)
        DO UPDATE SET allowed = excluded.allowed, at = excluded.at,
                      source = excluded.source
    """,
    "consent_overrides": "SELECT client_id, stream, allowed, at, source FROM consent"
    " ORDER BY allowed, client_id, stream",
    "suspend": "INSERT INTO suspended (address, client_id, reason, at) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (address) DO NOTHING",
    "unsuspend": "DELETE FROM suspended WHERE address = ?",
    "suspended": "SELECT address, client_id, reason, at FROM suspended ORDER BY at, address",
    "insert_reply": """
        INSERT INTO replies (message_id, received_at, from_addr, client_id,
                             in_reply_to, kind, subject, text, flagged, reasons,
                             bounced, permanent, raw, recorded_at, urgency)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (message_id) DO NOTHING
    """,
    "has_reply": "SELECT 1 FROM replies WHERE message_id = ?",
    "set_cursor": """
        INSERT INTO cursors (mailbox, uidvalidity, last_uid, updated_at)
        VALUES (?, ?, ?, ?)
        ON CONFLICT (mailbox) DO UPDATE SET uidvalidity = excluded.uidvalidity,
            last_uid = excluded.last_uid, updated_at = excluded.updated_at
    """,
    "claim_autoreply": "INSERT INTO autoreplies (holiday_id, sender, at) VALUES (?, ?, ?)"
    " ON CONFLICT (holiday_id, sender) DO NOTHING",
    "release_autoreply": "DELETE FROM autoreplies WHERE holiday_id = ? AND sender = ?",
    "claim_forward": "INSERT INTO forwards (reply_message_id, claimed_at) VALUES (?, ?)"
    " ON CONFLICT (reply_message_id) DO NOTHING",
    "mark_forwarded": "UPDATE forwards SET forwarded_at = ?"
    " WHERE reply_message_id = ? AND forwarded_at IS NULL",
    "pending_forwards": "SELECT reply_message_id, claimed_at FROM forwards"
    " WHERE forwarded_at IS NULL ORDER BY claimed_at",
    "last_digest_at": "SELECT value FROM meta WHERE name = 'last_digest_at'",
    "set_last_digest": "INSERT INTO meta (name, value) VALUES ('last_digest_at', ?)"
    " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
    "get_meta": "SELECT value FROM meta WHERE name = ?",
    "set_meta": "INSERT INTO meta (name, value) VALUES (?, ?)"
    " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
    "mark_sent": """
        UPDATE outbox SET status = 'sent', message_id = ?, sent_at = ?, updated_at = ?,
                          next_attempt_at = NULL, last_error = NULL, last_code = NULL
         WHERE key = ? AND status IN ('sending', 'queued')
    """,
    # mark_sent's fast path: the Message-ID claim_due stored leaves its index alone.
    "mark_sent_same_mid": """
        UPDATE outbox SET status = 'sent', sent_at = ?, updated_at = ?,
                          next_attempt_at = NULL, last_error = NULL, last_code = NULL
         WHERE key = ? AND status IN ('sending', 'queued') AND message_id = ?
    """,
    "requeue_failed": """
        UPDATE outbox SET status = 'queued', attempts = 0, next_attempt_at = ?, updated_at = ?
         WHERE status = 'failed'
    """,
    "rows_with_status": f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE status = ?",
    "consent_history": "SELECT id, client_id, stream, allowed, at, source FROM consent_log",
    "replies": f"SELECT {_REPLY_COLUMNS} FROM replies",
    "autoreplies": "SELECT holiday_id, sender, at FROM autoreplies",
}

_STATUSES = {s.value: s for s in OutboxStatus}


def outbox_row(r: Sequence[Any]) -> OutboxRow:
    return OutboxRow(
        key=r[0],
        kind=r[1],
        client_id=r[2],
        to_addr=r[3],
        send_at=_dt(r[4]),
        template=r[5],
        status=_STATUSES[r[6]],
        attempts=r[7],
        next_attempt_at=_opt_dt(r[8]),
        message_id=r[9],
        last_error=r[10],
        last_code=r[11],
        created_at=_dt(r[12]),
        updated_at=_dt(r[13]),
        sent_at=_opt_dt(r[14]),
        skip_reason=r[15],
        params=_params_of(r[16]),
    )


def params_json(params: Mapping[str, Any] | None) -> str | None:
    return None if params is None else json.dumps(dict(params), sort_keys=True)


def _params_of(text: str | None) -> dict[str, Any] | None:
    """A row's params; None when absent or unreadable (a damaged row is then read back
    from its key, as a row from before params were kept, rather than stop the batch)."""
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def reply_row(r: Sequence[Any]) -> ReplyRow:
    return ReplyRow(
        id=r[0],
        message_id=r[1],
        received_at=_dt(r[2]),
        from_addr=r[3],
        client_id=r[4],
        in_reply_to=r[5],
        kind=r[6],
        subject=r[7],
        text=r[8],
        flagged=bool(r[9]),
        reasons=tuple(json.loads(r[10])),
        bounced=tuple(json.loads(r[11])),
        permanent=bool(r[12]),
        raw=None if r[13] is None else bytes(r[13]),
        recorded_at=_dt(r[14]),
        urgency=r[15],
    )
