"""The ledger: one SQLite file, the shell's single source of truth, and the SQLite store.

`Ledger` fills every role of `carecall_mail.store.interfaces.Store` (checked by
mypy in store/sqlite.py and by tests/test_store_contract.py); the values it
exchanges live in store/records.py and are re-exported here, its SQL is the
named queries of `SQL`, and sqlite3 errors become the store's error tree
(store/errors.py) by SQLite result code in `_translate`.

It holds every planned message once (the outbox), what clients asked for
(consent overrides), addresses that bounced for good, the reply log, the inbox
cursors, the digests' places and the once-only effects (holiday auto-replies,
emergency forwards, alerts).

Guarantees live in the schema, not in Python bookkeeping: a planned message's
key is the outbox's PRIMARY KEY, a reply's Message-ID is UNIQUE, an auto-reply
is UNIQUE per (holiday, sender). Writes are short `BEGIN IMMEDIATE`
transactions so the worker and a CLI command can share the file (WAL mode).

Every datetime crossing this API is timezone-aware; it is stored as fixed-width
UTC ISO-8601 text (`2026-12-01T08:00:00.000000+00:00`), so text order is time
order and SQL can compare timestamps directly.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Self

from carecall_mail import logs
from carecall_mail.core.addresses import normalise
from carecall_mail.core.ledger_view import ALL_STREAMS, STREAMS, LedgerView
from carecall_mail.store import refusals
from carecall_mail.store.errors import (
    StoreError,
    StoreFull,
    StoreLocked,
    StoreUnreadable,
    StoreVersionError,
    UnknownKeyError,
)
from carecall_mail.store.interfaces import Store
from carecall_mail.store.records import (
    DEFAULT_BACKOFF,
    REPLY_KINDS,
    URGENCIES,
    AutoreplyRow,
    Backoff,
    ConsentChange,
    ConsentOverride,
    Cursor,
    DigestMark,
    ForwardRow,
    OutboxRow,
    OutboxStatus,
    QueueItem,
    ReplyRecord,
    ReplyRow,
    SentLookup,
    SentRef,
    Suspension,
    _check_domain,
    _dt,
    _message_id,
    _normalize_mid,
    _opt_dt,
    _ts,
    _utcnow,
    message_id_for,
    reply_urgency,
)

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_BACKOFF",
    "REPLY_KINDS",
    "SCHEMA_VERSION",
    "URGENCIES",
    "AutoreplyRow",
    "Backoff",
    "ConsentChange",
    "ConsentOverride",
    "Cursor",
    "DigestMark",
    "ForwardRow",
    "Ledger",
    "LedgerBusyError",
    "LedgerError",
    "LedgerVersionError",
    "OutboxRow",
    "OutboxStatus",
    "QueueItem",
    "ReplyRecord",
    "ReplyRow",
    "SQLiteStore",
    "SentLookup",
    "SentRef",
    "Suspension",
    "UnknownKeyError",
    "full_disk",
    "message_id_for",
]


# --------------------------------------------------------------------------- errors

# The store's error tree under the names callers have always used (store/errors.py).
LedgerError = StoreError
LedgerBusyError = StoreLocked
LedgerVersionError = StoreVersionError


# What a held SQLite lock means to the practitioner, and what to do (issue 12 item 7).
_LOCKED = (
    "the ledger is busy, locked by another program (another carecall, a backup or sync "
    "tool?); nothing was sent or changed: try again once it has let go (the worker tries "
    "by itself)"
)
# Below this many bytes free, an SQLite error on the ledger is the disk being full.
_FULL_BELOW = 1 << 20


def full_disk(path: Path) -> str | None:
    """'the disk is full ...' when the ledger's file system has (almost) no space left.

    SQLite says "disk I/O error" when it cannot create the WAL index of a full disk, and
    "database or disk is full" when a write does not fit: both read as a broken ledger.
    """
    try:
        fs = os.statvfs(path.parent)
    except OSError:
        return None
    free = fs.f_bavail * fs.f_frsize
    if free >= _FULL_BELOW:
        return None
    return (
        f"{path.parent}: the disk is full ({free // 1024} KB free): free some space there; "
        "nothing was sent or lost, and the next pass tries again"
    )


# SQLite's primary result codes (sqlite3.SQLITE_*, Python 3.11+), grouped by what the
# practitioner must do; the extended code's low byte is the primary one.
_BUSY_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
_UNREADABLE_CODES = frozenset(
    {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CANTOPEN}
)


def _translate(exc: sqlite3.Error, path: Path, what: str) -> StoreError:
    """An sqlite3 error as our error tree, chosen by SQLite's result code, not its wording.

    `what` opens the message of an error that is neither a lock, a full disk nor an
    unreadable file ("ledger error", "not a usable ledger").
    """
    code = getattr(exc, "sqlite_errorcode", None)
    primary = None if code is None else code & 0xFF
    if primary in _BUSY_CODES:
        return StoreLocked(f"{path}: {_LOCKED} ({exc})")
    # A full disk also shows as an I/O error (no room for the WAL index): ask the disk
    # about every operational error, and only those (a broken constraint is a bug).
    full = full_disk(path) if isinstance(exc, sqlite3.OperationalError) else None
    if full is not None:
        return StoreFull(full)
    if primary == sqlite3.SQLITE_FULL:
        return StoreFull(f"{path}: the ledger cannot grow ({exc}); nothing was sent or lost")
    if primary in _UNREADABLE_CODES or type(exc) is sqlite3.DatabaseError:
        return StoreUnreadable(f"{path}: not a usable ledger: {exc}")
    return StoreError(f"{path}: {what}: {exc}")


# --------------------------------------------------------------------------- schema

# Ordered migrations: index i brings the schema from version i to i + 1. Never edit
# a released entry; append a new one. Each runs in one transaction with the bump
# of PRAGMA user_version, so a crash leaves the old version or the new, never half.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """
        CREATE TABLE outbox (
            key             TEXT PRIMARY KEY,  -- the "never twice" invariant
            kind            TEXT NOT NULL,
            client_id       TEXT NOT NULL,
            to_addr         TEXT NOT NULL,
            send_at         TEXT NOT NULL,
            template        TEXT NOT NULL,
            status          TEXT NOT NULL
                CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'skipped')),
            attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
            next_attempt_at TEXT,
            message_id      TEXT,
            last_error      TEXT,
            last_code       INTEGER,
            created_at      TEXT NOT NULL,
            updated_at      TEXT NOT NULL,
            sent_at         TEXT,
            skip_reason     TEXT
        )
        """,
        # claim_due reads only queued rows in due order; a partial index stays small
        # however many sent rows accumulate over the years.
        "CREATE INDEX outbox_due ON outbox (next_attempt_at, key) WHERE status = 'queued'",
        # No index on status: counts and listings scan 20,000 rows in milliseconds,
        # while every index a "sent" commit must rewrite costs each message sent.
        # Replies are matched on In-Reply-To; a Message-ID names one message only.
        """CREATE UNIQUE INDEX outbox_message_id ON outbox (message_id)
           WHERE message_id IS NOT NULL""",
        """
        CREATE TABLE consent (
            client_id TEXT NOT NULL,
            stream    TEXT NOT NULL,
            allowed   INTEGER NOT NULL CHECK (allowed IN (0, 1)),
            at        TEXT NOT NULL,
            source    TEXT NOT NULL,
            PRIMARY KEY (client_id, stream)
        )
        """,
        """
        CREATE TABLE consent_log (
            id        INTEGER PRIMARY KEY,
            client_id TEXT NOT NULL,
            stream    TEXT NOT NULL,
            allowed   INTEGER NOT NULL CHECK (allowed IN (0, 1)),
            at        TEXT NOT NULL,
            source    TEXT NOT NULL
        )
        """,
        "CREATE INDEX consent_log_client ON consent_log (client_id, id)",
        """
        CREATE TABLE suspended (
            address   TEXT PRIMARY KEY CHECK (address = lower(address)),
            client_id TEXT,
            reason    TEXT NOT NULL,
            at        TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE replies (
            id          INTEGER PRIMARY KEY,
            message_id  TEXT NOT NULL UNIQUE,  -- a re-fetch never records a reply twice
            received_at TEXT NOT NULL,
            from_addr   TEXT NOT NULL,
            client_id   TEXT,
            in_reply_to TEXT,
            kind        TEXT NOT NULL,
            subject     TEXT NOT NULL,
            text        TEXT NOT NULL,
            flagged     INTEGER NOT NULL CHECK (flagged IN (0, 1)),
            reasons     TEXT NOT NULL,  -- JSON list of strings
            bounced     TEXT NOT NULL,  -- JSON list of addresses
            permanent   INTEGER NOT NULL CHECK (permanent IN (0, 1)),
            raw         BLOB,
            recorded_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX replies_received ON replies (received_at)",
        "CREATE INDEX replies_client ON replies (client_id, received_at)",
        """
        CREATE TABLE cursors (
            mailbox     TEXT PRIMARY KEY,
            uidvalidity INTEGER NOT NULL,
            last_uid    INTEGER NOT NULL,
            updated_at  TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE autoreplies (
            holiday_id TEXT NOT NULL,
            sender     TEXT NOT NULL CHECK (sender = lower(sender)),
            at         TEXT NOT NULL,
            PRIMARY KEY (holiday_id, sender)  -- RFC 5230 §4.2: once per sender
        )
        """,
        """
        CREATE TABLE forwards (
            reply_message_id TEXT PRIMARY KEY,  -- a restart never forwards twice
            claimed_at       TEXT NOT NULL,
            forwarded_at     TEXT
        )
        """,
        "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
        # Keys the Message-ID hash (see message_id_for); random per ledger.
        "INSERT INTO meta (name, value) VALUES ('message_id_secret', lower(hex(randomblob(16))))",
    ),
    (
        # The safety net's level of each reply (DESIGN.md, "Reply log: urgency").
        """
        ALTER TABLE replies ADD COLUMN urgency TEXT NOT NULL DEFAULT 'none'
            CHECK (urgency IN ('crisis', 'concern', 'none'))
        """,
        # Rows from before the levels were flagged by the old word list, which stood
        # for "concern": nothing then told a crisis apart.
        "UPDATE replies SET urgency = 'concern' WHERE flagged = 1",
    ),
    (
        # What the planner decided for the message, as JSON (core/kinds.py): compose reads
        # it instead of working it out again. NULL in rows from before: compose reads
        # those back from their key (compose.legacy_params).
        "ALTER TABLE outbox ADD COLUMN params TEXT",
    ),
    (
        # Where each digest stopped, in its own place (issue 9): it used to borrow the
        # inbox cursor table, with a unix time for UIDVALIDITY.
        """
        CREATE TABLE digest_state (
            name          TEXT PRIMARY KEY,
            at            TEXT NOT NULL,
            last_reply_id INTEGER NOT NULL
        )
        """,
        # Their places so far, from the cursor table (the rows stay for older readers).
        """
        INSERT INTO digest_state (name, at, last_reply_id)
        SELECT mailbox, strftime('%Y-%m-%dT%H:%M:%S.000000+00:00', uidvalidity, 'unixepoch'),
               last_uid
          FROM cursors WHERE mailbox LIKE 'digest:%'
        """,
    ),
    (
        # Alerts get their own once-only table (issue 9): they shared `forwards` under
        # an "alert:" prefix, so every reader of pending forwards had to filter them out.
        """
        CREATE TABLE alerts (
            reply_message_id TEXT PRIMARY KEY,  -- a restart never alerts twice
            claimed_at       TEXT NOT NULL,
            alerted_at       TEXT
        )
        """,
        """
        INSERT INTO alerts (reply_message_id, claimed_at, alerted_at)
        SELECT substr(reply_message_id, 7), claimed_at, forwarded_at FROM forwards
         WHERE substr(reply_message_id, 1, 6) = 'alert:'
        """,
        "DELETE FROM forwards WHERE substr(reply_message_id, 1, 6) = 'alert:'",
        # A digest sent after migration 4 by a build that still wrote the cursor table
        # left its newer place there: take it, so no reply is shown twice.
        """
        INSERT INTO digest_state (name, at, last_reply_id)
        SELECT mailbox, strftime('%Y-%m-%dT%H:%M:%S.000000+00:00', uidvalidity, 'unixepoch'),
               last_uid
          FROM cursors WHERE mailbox LIKE 'digest:%'
        ON CONFLICT (name) DO UPDATE SET at = excluded.at, last_reply_id = excluded.last_reply_id
         WHERE excluded.at > digest_state.at
        """,
    ),
    (
        # Crisis replies get their own once-only table too (issue 9): they shared
        # `forwards` under a "crisis-reply:" prefix, which every reader had to know.
        """
        CREATE TABLE crisis_replies (
            reply_message_id TEXT PRIMARY KEY,  -- one crisis reply per mail, ever
            claimed_at       TEXT NOT NULL,
            replied_at       TEXT
        )
        """,
        """
        INSERT INTO crisis_replies (reply_message_id, claimed_at, replied_at)
        SELECT substr(reply_message_id, 14), claimed_at, forwarded_at FROM forwards
         WHERE substr(reply_message_id, 1, 13) = 'crisis-reply:'
        """,
        "DELETE FROM forwards WHERE substr(reply_message_id, 1, 13) = 'crisis-reply:'",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)

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


def _outbox_row(r: Sequence[Any]) -> OutboxRow:
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


def _params_json(params: Mapping[str, Any] | None) -> str | None:
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


def _reply_row(r: Sequence[Any]) -> ReplyRow:
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


def _tighten_mode(path: Path) -> None:
    """Owner-only: the ledger holds what clients wrote (DESIGN: nothing private)."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    if mode & 0o077:
        path.chmod(0o600)
        logs.event(
            log, logging.WARNING, "ledger.permissions_tightened", file=path.name, was=oct(mode)
        )


Synchronous = Literal["NORMAL", "FULL"]


# --------------------------------------------------------------------------- the ledger


class Ledger:
    """The SQLite ledger. Open with `Ledger.open(path)`, use as a context manager.

    Safe to share between threads of one process (calls are serialized by a lock)
    and between processes (WAL, busy timeout, short IMMEDIATE transactions).
    Only one process should send from a ledger at a time: hold `sender_lock()`
    around `recover()` and the claim/mark loop.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        message_id_domain: str,
        clock: Callable[[], datetime],
    ) -> None:
        # Use Ledger.open(); this only wires an already-migrated connection.
        self._conn = conn
        self.path = path
        self.message_id_domain = message_id_domain
        self._clock = clock
        self._lock = threading.RLock()
        self._depth = 0
        row = conn.execute(SQL["secret"]).fetchone()
        self._secret = bytes.fromhex(row[0])

    # ------------------------------------------------------------------ lifecycle

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        message_id_domain: str = "carecall.invalid",
        busy_timeout: float = 10.0,
        synchronous: Synchronous = "NORMAL",
        clock: Callable[[], datetime] = _utcnow,
    ) -> Ledger:
        """Open (creating and migrating if needed) the ledger at `path`.

        `synchronous=NORMAL` (the default): in WAL mode a commit is durable
        against a crash of the process (kill -9, the crash test) without an fsync
        per commit; only an OS crash or power loss can roll back the last commits.
        That makes a commit per sent message cheap (tens of microseconds), which is
        what keeps "at most one resend per crash" affordable at broadcast speed.
        `FULL` adds an fsync per commit, for machines that lose power.

        Raises LedgerVersionError for a ledger from a newer CareCall Mail, and
        LedgerError when the file is not a usable SQLite database.
        """
        path = Path(path)
        message_id_for("probe", message_id_domain)  # validate the domain early
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Create the file ourselves, owner-only, before SQLite can create it 0644.
        # SQLite gives -wal and -shm the database file's permissions.
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
            _tighten_mode(p)
        try:
            # isolation_level=None: we issue BEGIN IMMEDIATE/COMMIT ourselves, so a
            # transaction never starts as a reader and fails to upgrade (SQLITE_BUSY
            # in WAL mode is not retried by the busy handler in that case).
            conn = sqlite3.connect(
                path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreUnreadable(f"{path}: cannot open the ledger: {exc}") from exc
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreUnreadable(f"{path}: cannot switch the ledger to WAL (got {mode})")
            conn.execute(f"PRAGMA synchronous = {synchronous}")
            conn.execute("PRAGMA foreign_keys = ON")
            _migrate(conn, path)
            ledger = cls(conn, path, message_id_domain=message_id_domain, clock=clock)
        except sqlite3.Error as exc:
            conn.close()
            raise _translate(exc, path, "not a usable ledger") from exc
        except BaseException:
            conn.close()
            raise
        return ledger

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self._read():
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write: every ledger call inside commits together or not at all.

        Use it to tie a reply to its effects (record_reply + set_consent for an
        opt-out, + suspend_address for a permanent bounce): otherwise a crash
        between them leaves a recorded, deduplicated reply whose opt-out never
        took effect, and the re-fetch would skip it.
        """
        with self._write():
            yield

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """Serialize use of the connection; translate SQLite's operational errors."""
        with self._lock, self._translated():
            yield self._conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction. Re-entrant: only the outermost block begins and commits."""
        with self._lock, self._translated():
            if self._depth:
                self._depth += 1
                try:
                    yield self._conn
                finally:
                    self._depth -= 1
                return
            # IMMEDIATE takes the write lock now (waiting up to busy_timeout), so the
            # transaction never fails later on upgrading from reader to writer.
            self._conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            finally:
                self._depth = 0

    @contextmanager
    def _translated(self) -> Iterator[None]:
        # Library errors become ours at the edge, naming the file (STYLE.md point 3).
        try:
            yield
        except sqlite3.Error as exc:
            raise _translate(exc, self.path, "ledger error") from exc

    @contextmanager
    def sender_lock(self) -> Iterator[None]:
        """Hold while sending: only one process claims and recovers at a time.

        `recover()` is only safe when no other process is sending (it would put
        that process's in-flight rows back in the queue). The lock is an flock on
        `<ledger>.lock`, released by the OS if the process dies, so a kill -9 never
        leaves it stale. Raises LedgerBusyError if another sender holds it.
        """
        lock_path = Path(f"{self.path}.lock")
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise StoreLocked(f"{self.path}: another CareCall Mail sender is running") from exc
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    @contextmanager
    def inbox_lock(self, wait: float = 0.0) -> Iterator[None]:
        """Hold for a whole inbox pass: one pass at a time (the worker, a `fetch`).

        The claims of alerts, crisis replies and forwards are once-only, but a claim
        not yet marked sent is also what a later pass retries: a second pass running
        at the same time took the first pass's fresh claims for unsent ones and sent
        every alert twice. An flock on `<ledger>.inbox.lock`, released by the OS if
        the process dies; waits up to `wait` seconds for another pass to end, then
        raises LedgerBusyError.
        """
        lock_path = Path(f"{self.path}.inbox.lock")
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StoreError(f"{lock_path}: cannot open the inbox lock: {exc}") from exc
        try:
            deadline = time.monotonic() + max(0.0, wait)
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError as exc:
                    if time.monotonic() >= deadline:
                        raise StoreLocked(
                            f"{self.path}: another inbox pass is running (the worker or a "
                            "`carecall fetch`); it goes on, try again when it has ended"
                        ) from exc
                    time.sleep(0.1)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def _now(self, now: datetime | None, name: str = "now") -> str:
        return _ts(self._clock() if now is None else now, name)

    # ------------------------------------------------------------------ outbox

    def enqueue(self, items: Iterable[QueueItem], now: datetime | None = None) -> int:
        """Queue planned messages; returns how many keys were new.

        Keys the ledger already holds, whatever their status, are left alone.
        """
        at = self._now(now)
        rows = [
            (
                i.key,
                i.kind,
                i.client_id,
                i.to_addr,
                (s := _ts(i.send_at, f"send_at of {i.key}")),
                i.template,
                _params_json(i.params),
                s,
                at,
                at,
            )
            for i in items
        ]
        with self._write() as conn:
            before = conn.total_changes
            # The PRIMARY KEY on `key` is the "never twice" invariant: a planner run
            # that plans a key again, a second process planning at the same time, a
            # replay with --now — the database refuses the duplicate here, so no
            # Python-side "already planned?" check can race with it.
            conn.executemany(
                SQL["enqueue"],
                rows,
            )
            added = conn.total_changes - before
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
        rows = [
            (
                i.key,
                i.kind,
                i.client_id,
                i.to_addr,
                _ts(i.send_at, f"send_at of {i.key}"),
                i.template,
                _params_json(i.params),
                reason,
                at,
                at,
            )
            for i, reason in items
        ]
        with self._write() as conn:
            before = conn.total_changes
            # Same UNIQUE key as enqueue: a skipped key is decided, never planned again.
            conn.executemany(
                SQL["record_skipped"],
                rows,
            )
            return conn.total_changes - before

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
            claimed = [_outbox_row(r) for r in rows]
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
        return None if r is None else _outbox_row(r)

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
            return [_outbox_row(r) for r in self._conn.execute(sql, params)]

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
            return [_reply_row(r) for r in self._conn.execute(sql, params)]

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


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the schema to SCHEMA_VERSION; refuse a newer one."""
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) == SCHEMA_VERSION:
        return  # the common case, without taking the write lock
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Re-read under the write lock: another process may have migrated meanwhile.
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreVersionError(path, version, SCHEMA_VERSION)
        start = version
        for target in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[target - 1]:
                conn.execute(statement)
            # user_version lives in the file header and is part of this transaction.
            conn.execute(f"PRAGMA user_version = {target}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    if start != SCHEMA_VERSION:
        logs.event(log, logging.INFO, "ledger.migrated", to=SCHEMA_VERSION, **{"from": start})


# The store's name for this backend, beside `memory.MemoryStore`.
SQLiteStore = Ledger


def _fills_every_role(ledger: Ledger) -> Store:
    # Never called: mypy --strict fails here if the ledger stops satisfying a protocol.
    return ledger
