"""The values every store exchanges, whatever keeps them (SQLite today, PostgreSQL next).

Pure: no I/O, no clock. Every datetime crossing a store is timezone-aware; `_ts`
turns it into fixed-width UTC ISO-8601 text (`2026-12-01T08:00:00.000000+00:00`),
so text order is time order in any backend that stores text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, NamedTuple

from carecall_mail.core.replies.model import (
    REPLY_KINDS,
    URGENCIES,
    ReplyRecord,
    ReplyRow,
    SentRef,
    reply_urgency,
)

__all__ = [
    "DEFAULT_BACKOFF",
    "REPLY_KINDS",
    "URGENCIES",
    "AutoreplyRow",
    "Backoff",
    "ConsentChange",
    "ConsentOverride",
    "Cursor",
    "DigestMark",
    "ForwardRow",
    "OutboxRow",
    "OutboxStatus",
    "QueueItem",
    "ReplyRecord",
    "ReplyRow",
    "SentLookup",
    "SentRef",
    "Suspension",
    "message_id_for",
    "reply_urgency",
]


# --------------------------------------------------------------------------- time


def _ts(value: datetime, name: str = "datetime") -> str:
    """Aware datetime -> fixed-width UTC text; naive datetimes are refused."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got naive {value.isoformat()}")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _opt_dt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _utcnow() -> datetime:
    return datetime.now(UTC)


# --------------------------------------------------------------------------- values


class OutboxStatus(StrEnum):
    """queued → sending → sent | failed; skipped is decided without sending."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class QueueItem:
    """One planned message as the outbox takes it; `key` is stable across runs.

    `params`: what the planner decided for it (core/kinds.py), stored as JSON with the
    row so compose renders that; None for a message whose params are not known.
    """

    key: str
    kind: str
    client_id: str
    to_addr: str
    send_at: datetime
    template: str
    params: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class OutboxRow:
    """One outbox row, as stored."""

    key: str
    kind: str
    client_id: str
    to_addr: str
    send_at: datetime
    template: str
    status: OutboxStatus
    attempts: int
    next_attempt_at: datetime | None
    message_id: str | None
    last_error: str | None
    last_code: int | None
    created_at: datetime
    updated_at: datetime
    sent_at: datetime | None
    skip_reason: str | None
    # The planner's decisions (core/kinds.py); None for rows queued before they were kept.
    params: dict[str, Any] | None = None


class Cursor(NamedTuple):
    """Where the last inbox pass stopped (RFC 3501 UIDVALIDITY and UID)."""

    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class ConsentOverride:
    """The current ledger override of a client's consent for one stream (or "all")."""

    client_id: str
    stream: str
    allowed: bool
    at: datetime
    source: str


@dataclass(frozen=True)
class ConsentChange:
    """One entry of the append-only consent history."""

    id: int
    client_id: str
    stream: str
    allowed: bool
    at: datetime
    source: str


@dataclass(frozen=True)
class Suspension:
    """An address suspended after a permanent bounce (stored lower-cased)."""

    address: str
    client_id: str | None
    reason: str
    at: datetime


@dataclass(frozen=True)
class AutoreplyRow:
    """A holiday auto-reply that was claimed for one sender (RFC 5230 §4.2 semantics)."""

    holiday_id: str
    sender: str
    at: datetime


@dataclass(frozen=True)
class ForwardRow:
    """An emergency forward: claimed once; `forwarded_at` set once it was handed over."""

    reply_message_id: str
    claimed_at: datetime
    forwarded_at: datetime | None


def _normalize_mid(message_id: str) -> str:
    """`<id@host>` whatever the spacing or brackets the header came with."""
    mid = message_id.strip().strip("<>").strip()
    return f"<{mid}>"


@dataclass(frozen=True)
class SentLookup:
    """An in-memory Message-ID → SentRef map for the pure reply parser.

    Built once per inbox pass (`Ledger.sent_lookup()`), so `parse_reply` matches
    In-Reply-To/References without touching the database.
    """

    by_message_id: Mapping[str, SentRef] = field(default_factory=dict)

    def sent_by_message_id(self, message_id: str) -> SentRef | None:
        return self.by_message_id.get(_normalize_mid(message_id))


# --------------------------------------------------------------------------- Message-ID


def message_id_for(key: str, domain: str, secret: bytes = b"") -> str:
    """The Message-ID of the message with this outbox key: the same on every attempt.

    Stability is what bounds "never twice" after a crash (DESIGN.md): a resend
    after a crash between SMTP acceptance and the ledger's commit carries the
    same Message-ID, so the recipient's mail client can show it once. The key
    itself (kind, client id, date) never appears: it is hashed, keyed with the
    ledger's secret so nobody can confirm a guessed key from a header.
    """
    _check_domain(domain)
    return _message_id(key, domain, secret)


def _check_domain(domain: str) -> None:
    if not domain or not _DOMAIN_OK.fullmatch(domain):
        raise ValueError(f"not a Message-ID domain: {domain!r}")


def _message_id(key: str, domain: str, secret: bytes) -> str:
    # Keyed BLAKE2b is a MAC in one call (RFC 7693 §2.5): cheap enough to run
    # for every row claim_due claims, 128 bits so Message-IDs never collide.
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=16, key=secret).hexdigest()
    return f"<{digest}@{domain}>"


# RFC 5322 §3.6.4 id-right as a dot-atom: what a Message-ID domain may hold.
_DOMAIN_OK = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")


# --------------------------------------------------------------------------- backoff


@dataclass(frozen=True)
class Backoff:
    """Deterministic exponential backoff: base, 2×base, 4×base … capped.

    No jitter: one practice sends to one server, and a schedule that is a pure
    function of the attempt count can be replayed with `--now` and tested.
    """

    base: timedelta = timedelta(minutes=1)
    cap: timedelta = timedelta(hours=6)
    max_attempts: int = 10

    def __post_init__(self) -> None:
        if self.base <= timedelta(0) or self.cap < self.base or self.max_attempts < 1:
            raise ValueError("Backoff needs 0 < base <= cap and max_attempts >= 1")

    def delay(self, attempts: int) -> timedelta:
        """Wait after the `attempts`-th failed attempt (1-based)."""
        if attempts < 1:
            raise ValueError("attempts is 1-based")
        # Double step by step and stop at the cap: no overflow for any attempt count.
        delay = self.base
        for _ in range(attempts - 1):
            if delay >= self.cap:
                break
            delay *= 2
        return min(delay, self.cap)

    def next_attempt_at(self, attempts: int, now: datetime) -> datetime | None:
        """When to try again after `attempts` attempts, or None: give up, mark failed."""
        _ts(now, "now")
        if attempts >= self.max_attempts:
            return None
        return now + self.delay(attempts)


DEFAULT_BACKOFF = Backoff()


@dataclass(frozen=True)
class DigestMark:
    """Where one kind of digest stopped: when it was sent and the last reply it covered.

    Its own record, not an inbox cursor: a digest is not a mailbox, and a cursor
    rewound by a new UIDVALIDITY must never move a digest (or the other way round).
    """

    name: str
    at: datetime
    last_reply_id: int
