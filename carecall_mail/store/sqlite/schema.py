"""The ledger's schema: ordered migrations, applied once each under PRAGMA user_version."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from carecall_mail import logs
from carecall_mail.store.errors import (
    StoreVersionError,
)

log = logging.getLogger(__name__)


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


def migrate(conn: sqlite3.Connection, path: Path) -> None:
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
