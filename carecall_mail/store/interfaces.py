"""What the store does, role by role, whatever backend keeps it.

Each role is a typing.Protocol that the SQLite ledger (`carecall_mail.store.sqlite.Ledger`)
and the in-memory store (`store.memory.MemoryStore`) both satisfy structurally;
`Store` is all of them at once. A caller that needs one role asks for that role
(a digest takes `ReplyLog & DigestState`, not a whole ledger), so a pure test can
hand it the in-memory store.

Written to fit DESIGN.md's next step, a PostgreSQL ledger shared by several
workers and practices: every "exactly once" here is a promise of the backend, not
of Python bookkeeping (a PRIMARY KEY, an UPDATE … RETURNING, FOR UPDATE SKIP
LOCKED), every time is passed in, and nothing names a file, a connection or a SQL
dialect. Failures are the tree of `store.errors`; no library exception crosses.
A store handle serves one practice: a shared PostgreSQL ledger binds the
practice `id` (practice.yaml) when it is opened, so no method takes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Protocol

from carecall_mail.core.ledger_view import LedgerView
from carecall_mail.store.records import (
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
)

__all__ = [
    "ConsentStore",
    "Cursors",
    "DigestState",
    "Locks",
    "Meta",
    "OnceOnlyClaims",
    "OutboxQueue",
    "ReplyLog",
    "Snapshots",
    "Store",
    "Suspensions",
]


class OutboxQueue(Protocol):
    """Every planned message once, by key: queued → sending → sent | failed; skipped.

    `enqueue` and `record_skipped` are idempotent on the key (a key held, whatever
    its status, is left alone). `claim_due` moves each due row to `sending` for one
    claimer only, however many race, counting the attempt and fixing the row's
    Message-ID on its first claim. The `mark_*` calls raise UnknownKeyError for a
    key never held and return False for a row already finished.
    """

    message_id_domain: str

    def enqueue(self, items: Iterable[QueueItem], now: datetime | None = ...) -> int: ...

    def record_skipped(
        self, items: Iterable[tuple[QueueItem, str]], now: datetime | None = ...
    ) -> int: ...

    def claim_due(
        self, now: datetime, limit: int = ..., *, domain: str | None = ...
    ) -> list[OutboxRow]: ...

    def message_id(self, key: str, domain: str | None = ...) -> str: ...

    def mark_sent(self, key: str, message_id: str, now: datetime) -> bool: ...

    def mark_sent_many(self, sent: Iterable[tuple[str, str]], now: datetime) -> int: ...

    def mark_retry(
        self, key: str, error: str, code: int | None, now: datetime, next_attempt_at: datetime
    ) -> bool: ...

    def mark_failed(self, key: str, error: str, code: int | None, now: datetime) -> bool: ...

    def mark_skipped(self, key: str, reason: str, now: datetime) -> bool: ...

    def retry_or_fail(
        self, key: str, error: str, code: int | None, now: datetime, backoff: Backoff = ...
    ) -> OutboxStatus: ...

    def release_claim(self, key: str, error: str, code: int | None, now: datetime) -> bool: ...

    def requeue_failed(self, keys: Sequence[str] | None, now: datetime) -> list[str]: ...

    # Rows a crash left in `sending` back to the queue. SQLite: under sender_lock, so
    # none is a live sender's; a store shared by workers recovers expired claims only.
    def recover(self, now: datetime, backoff: Backoff = ...) -> int: ...

    def get(self, key: str) -> OutboxRow | None: ...

    def counts(self) -> dict[OutboxStatus, int]: ...

    def rows(
        self, status: OutboxStatus | str, *, client_id: str | None = ..., limit: int | None = ...
    ) -> list[OutboxRow]: ...

    def failed(self) -> list[OutboxRow]: ...

    def queued(self, limit: int | None = ...) -> list[OutboxRow]: ...

    def sent_by_message_id(self, message_id: str) -> SentRef | None: ...

    def sent_lookup(self) -> SentLookup: ...

    def cap_times(self, since: datetime) -> tuple[list[datetime], list[datetime]]: ...


class ReplyLog(Protocol):
    """Every reply once, by Message-ID (or the `sha256:` of its bytes)."""

    def record_reply(self, reply: ReplyRecord, now: datetime | None = ...) -> bool: ...

    def has_reply(self, message_id: str) -> bool: ...

    def replies(
        self,
        client: str | None = ...,
        kind: str | None = ...,
        since: datetime | None = ...,
        flagged: bool | None = ...,
        *,
        after_id: int | None = ...,
        limit: int | None = ...,
    ) -> list[ReplyRow]: ...


class ConsentStore(Protocol):
    """What clients said about their mail; an override beats clients.yaml."""

    def set_consent(
        self, client_id: str, stream: str, allowed: bool, at: datetime, source: str
    ) -> None: ...

    def consent_overrides(self) -> list[ConsentOverride]: ...

    def consent_history(self, client_id: str | None = ...) -> list[ConsentChange]: ...


class Suspensions(Protocol):
    """Addresses no mail goes to after a permanent bounce (held lower-cased)."""

    def suspend_address(
        self, address: str, client_id: str | None, reason: str, at: datetime
    ) -> bool: ...

    def unsuspend_address(self, address: str) -> bool: ...

    def suspended(self) -> list[Suspension]: ...


class Snapshots(Protocol):
    """The frozen views the pure planner and sender read (ledger_view.LedgerView)."""

    def view(self) -> LedgerView: ...

    def client_view(self, client_id: str, address: str) -> LedgerView: ...


class Cursors(Protocol):
    """Where each mailbox's inbox pass stopped (UIDVALIDITY and UID)."""

    def get_cursor(self, mailbox: str) -> Cursor | None: ...

    def set_cursor(
        self, mailbox: str, uidvalidity: int, last_uid: int, at: datetime | None = ...
    ) -> None: ...


class OnceOnlyClaims(Protocol):
    """Effects that must happen at most once, each kind its own: a claim is True once.

    Auto-replies: once per (holiday, sender), given back when the server refused.
    Forwards, alerts and crisis replies: once per reply, then marked done; a claim
    not marked is pending, for the next pass to retry. A forward, an alert and a
    crisis reply of the same reply are three claims: none takes another's place.
    """

    def claim_autoreply(self, holiday_id: str, sender: str, at: datetime) -> bool: ...

    def release_autoreply(self, holiday_id: str, sender: str) -> bool: ...

    def autoreplies(self, holiday_id: str | None = ...) -> list[AutoreplyRow]: ...

    def claim_forward(self, reply_message_id: str, at: datetime | None = ...) -> bool: ...

    def mark_forwarded(self, reply_message_id: str, at: datetime | None = ...) -> bool: ...

    def pending_forwards(self) -> list[ForwardRow]: ...

    def claim_alert(self, reply_message_id: str, at: datetime | None = ...) -> bool: ...

    def mark_alerted(self, reply_message_id: str, at: datetime | None = ...) -> bool: ...

    def pending_alerts(self) -> list[ForwardRow]: ...

    def claim_crisis_reply(self, reply_message_id: str, at: datetime | None = ...) -> bool: ...

    def mark_crisis_replied(self, reply_message_id: str, at: datetime | None = ...) -> bool: ...

    def pending_crisis_replies(self) -> list[ForwardRow]: ...


class DigestState(Protocol):
    """Where each kind of digest stopped, apart from the inbox cursors."""

    def digest_state(self, name: str) -> DigestMark | None: ...

    def set_digest_state(self, name: str, at: datetime, last_reply_id: int) -> None: ...

    def last_digest_at(self) -> datetime | None: ...

    def set_last_digest(self, at: datetime) -> None: ...


class Meta(Protocol):
    """Small named values (a connection's health, jobs/health.py)."""

    def get_meta(self, name: str) -> str | None: ...

    def set_meta(self, name: str, value: str) -> None: ...


class Locks(Protocol):
    """One sender and one inbox pass at a time (StoreLocked when another holds it).

    SQLite: flocks beside the file; PostgreSQL: advisory locks, per practice. Claims
    need no lock (claim_due is exactly-once by itself); these guard `recover` and the
    inbox pass, whose claims are retried by the next pass.
    """

    def sender_lock(self) -> AbstractContextManager[None]: ...

    def inbox_lock(self, wait: float = ...) -> AbstractContextManager[None]: ...


class Store(
    OutboxQueue,
    ReplyLog,
    ConsentStore,
    Suspensions,
    Snapshots,
    Cursors,
    OnceOnlyClaims,
    DigestState,
    Meta,
    Locks,
    Protocol,
):
    """Every role at once, and one atomic write across them (`transaction`)."""

    def transaction(self) -> AbstractContextManager[None]: ...

    def close(self) -> None: ...
