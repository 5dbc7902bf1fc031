"""An in-memory store: every role of `store.interfaces.Store`, for pure tests.

The same semantics as the SQLite ledger, checked by the same contract suite
(tests/test_store_contract.py): keys held once, each due row claimed by one
claimer, statuses moving only forward, deterministic backoff, Message-IDs fixed
on the first claim. One lock serialises every call, as SQLite's write lock does;
`transaction()` restores the state as it was when an exception leaves it.

What it does not do: persist anything, write the refusals journal beside a
ledger file (store/refusals.py), or lock across processes. Time comes from the
arguments, or from the `clock` given, never from a clock of its own.
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Self

from carecall_mail.core.addresses import normalise
from carecall_mail.core.ledger_view import ALL_STREAMS, STREAMS, LedgerView
from carecall_mail.store.errors import StoreLocked, UnknownKeyError
from carecall_mail.store.interfaces import Store
from carecall_mail.store.records import (
    DEFAULT_BACKOFF,
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
    _message_id,
    _ts,
    message_id_for,
    reply_urgency,
)

__all__ = ["MemoryStore"]

# Statuses a mark_* call may still move: the row is not finished.
_OPEN = (OutboxStatus.SENDING, OutboxStatus.QUEUED)


def _utc(value: datetime, name: str) -> datetime:
    """What the SQLite ledger reads back: aware, in UTC (naive is refused, as there)."""
    _ts(value, name)
    return value.astimezone(UTC)


def _params(params: Mapping[str, Any] | None) -> dict[str, Any] | None:
    # Through JSON, as the ledger stores them: a tuple comes back a list, as there.
    return None if params is None else dict(json.loads(json.dumps(dict(params))))


@dataclass
class _ForwardClaim:
    claimed_at: datetime
    forwarded_at: datetime | None = None


@dataclass
class _State:
    outbox: dict[str, OutboxRow] = field(default_factory=dict)
    consent: dict[tuple[str, str], ConsentOverride] = field(default_factory=dict)
    consent_log: list[ConsentChange] = field(default_factory=list)
    suspended: dict[str, Suspension] = field(default_factory=dict)
    replies: dict[str, ReplyRow] = field(default_factory=dict)
    cursors: dict[str, Cursor] = field(default_factory=dict)
    autoreplies: dict[tuple[str, str], AutoreplyRow] = field(default_factory=dict)
    forwards: dict[str, _ForwardClaim] = field(default_factory=dict)
    alerts: dict[str, _ForwardClaim] = field(default_factory=dict)
    crisis_replies: dict[str, _ForwardClaim] = field(default_factory=dict)
    digests: dict[str, DigestMark] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)


class MemoryStore:
    """Every store role in memory. Thread-safe; one instance is one practice's store."""

    def __init__(
        self,
        *,
        clock: Callable[[], datetime],
        message_id_domain: str = "carecall.invalid",
        secret: bytes = b"memory-store",
    ) -> None:
        message_id_for("probe", message_id_domain)  # validate the domain early, as the ledger
        self.message_id_domain = message_id_domain
        self._clock = clock
        self._secret = secret
        self._state = _State()
        self._lock = threading.RLock()
        self._sender = threading.Lock()
        self._inbox = threading.Lock()

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Nothing to let go of; kept so a caller treats every backend alike."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Every call inside commits together or not at all (a copy is put back)."""
        with self._lock:
            before = copy.deepcopy(self._state)
            try:
                yield
            except BaseException:
                self._state = before
                raise

    @contextmanager
    def sender_lock(self) -> Iterator[None]:
        if not self._sender.acquire(blocking=False):
            raise StoreLocked("the in-memory store: another CareCall Mail sender is running")
        try:
            yield
        finally:
            self._sender.release()

    @contextmanager
    def inbox_lock(self, wait: float = 0.0) -> Iterator[None]:
        if not self._inbox.acquire(timeout=max(0.0, wait)):
            raise StoreLocked("the in-memory store: another inbox pass is running")
        try:
            yield
        finally:
            self._inbox.release()

    def _now(self, now: datetime | None, name: str = "now") -> datetime:
        return _utc(self._clock() if now is None else now, name)

    # ------------------------------------------------------------------ outbox

    def _insert(self, items: Iterable[tuple[QueueItem, str | None]], now: datetime | None) -> int:
        at = self._now(now)
        added = 0
        with self._lock:
            for item, skip_reason in items:
                send_at = _utc(item.send_at, f"send_at of {item.key}")
                if item.key in self._state.outbox:
                    continue  # the key is held: whatever its status, it stays
                skipped = skip_reason is not None
                self._state.outbox[item.key] = OutboxRow(
                    key=item.key,
                    kind=item.kind,
                    client_id=item.client_id,
                    to_addr=item.to_addr,
                    send_at=send_at,
                    template=item.template,
                    status=OutboxStatus.SKIPPED if skipped else OutboxStatus.QUEUED,
                    attempts=0,
                    next_attempt_at=None if skipped else send_at,
                    message_id=None,
                    last_error=None,
                    last_code=None,
                    created_at=at,
                    updated_at=at,
                    sent_at=None,
                    skip_reason=skip_reason,
                    params=_params(item.params),
                )
                added += 1
        return added

    def enqueue(self, items: Iterable[QueueItem], now: datetime | None = None) -> int:
        return self._insert(((i, None) for i in items), now)

    def record_skipped(
        self, items: Iterable[tuple[QueueItem, str]], now: datetime | None = None
    ) -> int:
        return self._insert(items, now)

    def claim_due(
        self, now: datetime, limit: int = 100, *, domain: str | None = None
    ) -> list[OutboxRow]:
        at = _utc(now, "now")
        if domain is not None:
            _check_domain(domain)
        if limit < 1:
            return []
        dom = domain or self.message_id_domain
        with self._lock:
            due = sorted(
                (
                    r
                    for r in self._state.outbox.values()
                    if r.status is OutboxStatus.QUEUED
                    and r.next_attempt_at is not None
                    and r.next_attempt_at <= at
                    and r.send_at <= at
                ),
                key=lambda r: (r.next_attempt_at or r.send_at, r.key),
            )[:limit]
            claimed = []
            for r in due:
                row = replace(
                    r,
                    status=OutboxStatus.SENDING,
                    attempts=r.attempts + 1,
                    message_id=r.message_id or _message_id(r.key, dom, self._secret),
                    updated_at=at,
                )
                self._state.outbox[r.key] = row
                claimed.append(row)
        return claimed

    def message_id(self, key: str, domain: str | None = None) -> str:
        return message_id_for(key, domain or self.message_id_domain, self._secret)

    def _update(self, key: str, statuses: Sequence[OutboxStatus], **changes: Any) -> bool:
        """Change the row if its status is one of `statuses`; UnknownKeyError if none."""
        with self._lock:
            row = self._state.outbox.get(key)
            if row is None:
                raise UnknownKeyError(f"no outbox row with key {key!r}")
            if row.status not in statuses:
                return False
            self._state.outbox[key] = replace(row, **changes)
            return True

    def _sent(self, message_id: str, at: datetime) -> dict[str, Any]:
        return {
            "status": OutboxStatus.SENT,
            "message_id": message_id,
            "sent_at": at,
            "updated_at": at,
            "next_attempt_at": None,
            "last_error": None,
            "last_code": None,
        }

    def mark_sent(self, key: str, message_id: str, now: datetime) -> bool:
        at = _utc(now, "now")
        return self._update(key, _OPEN, **self._sent(message_id, at))

    def mark_sent_many(self, sent: Iterable[tuple[str, str]], now: datetime) -> int:
        at = _utc(now, "now")
        changed = 0
        with self.transaction():
            for key, mid in sent:
                # A key never held is no error here, as in the ledger's executemany.
                if key in self._state.outbox:
                    changed += self._update(key, _OPEN, **self._sent(mid, at))
        return changed

    def mark_retry(
        self, key: str, error: str, code: int | None, now: datetime, next_attempt_at: datetime
    ) -> bool:
        at = _utc(now, "now")
        nxt = _utc(next_attempt_at, "next_attempt_at")
        return self._update(
            key,
            _OPEN,
            status=OutboxStatus.QUEUED,
            last_error=error,
            last_code=code,
            next_attempt_at=nxt,
            updated_at=at,
        )

    def mark_failed(self, key: str, error: str, code: int | None, now: datetime) -> bool:
        at = _utc(now, "now")
        return self._update(
            key,
            _OPEN,
            status=OutboxStatus.FAILED,
            last_error=error,
            last_code=code,
            next_attempt_at=None,
            updated_at=at,
        )

    def mark_skipped(self, key: str, reason: str, now: datetime) -> bool:
        at = _utc(now, "now")
        return self._update(
            key,
            _OPEN,
            status=OutboxStatus.SKIPPED,
            skip_reason=reason,
            next_attempt_at=None,
            updated_at=at,
        )

    def retry_or_fail(
        self,
        key: str,
        error: str,
        code: int | None,
        now: datetime,
        backoff: Backoff = DEFAULT_BACKOFF,
    ) -> OutboxStatus:
        _utc(now, "now")
        with self._lock:
            row = self._state.outbox.get(key)
            if row is None:
                raise UnknownKeyError(f"no outbox row with key {key!r}")
            nxt = backoff.next_attempt_at(max(row.attempts, 1), now)
            if nxt is None:
                self.mark_failed(key, f"gave up after {row.attempts} attempts: {error}", code, now)
                return OutboxStatus.FAILED
            self.mark_retry(key, error, code, now, nxt)
            return OutboxStatus.QUEUED

    def release_claim(self, key: str, error: str, code: int | None, now: datetime) -> bool:
        at = _utc(now, "now")
        with self._lock:
            row = self._state.outbox.get(key)
            attempts = 0 if row is None else max(row.attempts - 1, 0)
            return self._update(
                key,
                (OutboxStatus.SENDING,),
                status=OutboxStatus.QUEUED,
                attempts=attempts,
                last_error=error,
                last_code=code,
                next_attempt_at=at,
                updated_at=at,
            )

    def requeue_failed(self, keys: Sequence[str] | None, now: datetime) -> list[str]:
        at = _utc(now, "now")
        wanted = None if keys is None else set(keys)
        with self._lock:
            requeued = [
                k
                for k, r in self._state.outbox.items()
                if r.status is OutboxStatus.FAILED and (wanted is None or k in wanted)
            ]
            for k in requeued:
                self._state.outbox[k] = replace(
                    self._state.outbox[k],
                    status=OutboxStatus.QUEUED,
                    attempts=0,
                    next_attempt_at=at,
                    updated_at=at,
                )
        return sorted(requeued)

    def recover(self, now: datetime, backoff: Backoff = DEFAULT_BACKOFF) -> int:
        at = _utc(now, "now")
        recovered = 0
        with self._lock:
            for k, r in list(self._state.outbox.items()):
                if r.status is not OutboxStatus.SENDING:
                    continue
                if r.attempts >= backoff.max_attempts:
                    self._state.outbox[k] = replace(
                        r,
                        status=OutboxStatus.FAILED,
                        next_attempt_at=None,
                        updated_at=at,
                        last_error="interrupted while sending, attempts exhausted",
                    )
                    continue
                self._state.outbox[k] = replace(
                    r,
                    status=OutboxStatus.QUEUED,
                    next_attempt_at=at,
                    updated_at=at,
                    last_error=r.last_error or "interrupted while sending",
                )
                recovered += 1
        return recovered

    # ------------------------------------------------------------------ outbox queries

    def get(self, key: str) -> OutboxRow | None:
        with self._lock:
            return self._state.outbox.get(key)

    def counts(self) -> dict[OutboxStatus, int]:
        out = dict.fromkeys(OutboxStatus, 0)
        with self._lock:
            for r in self._state.outbox.values():
                out[r.status] += 1
        return out

    def rows(
        self, status: OutboxStatus | str, *, client_id: str | None = None, limit: int | None = None
    ) -> list[OutboxRow]:
        wanted = OutboxStatus(status)
        with self._lock:
            found = sorted(
                (
                    r
                    for r in self._state.outbox.values()
                    if r.status is wanted and (client_id is None or r.client_id == client_id)
                ),
                key=lambda r: (r.send_at, r.key),
            )
        return found if limit is None else found[:limit]

    def failed(self) -> list[OutboxRow]:
        return self.rows(OutboxStatus.FAILED)

    def queued(self, limit: int | None = None) -> list[OutboxRow]:
        return self.rows(OutboxStatus.QUEUED, limit=limit)

    def sent_by_message_id(self, message_id: str) -> SentRef | None:
        return self.sent_lookup().sent_by_message_id(message_id)

    def sent_lookup(self) -> SentLookup:
        with self._lock:
            return SentLookup(
                {
                    r.message_id: SentRef(r.key, r.client_id)
                    for r in self._state.outbox.values()
                    if r.message_id is not None
                }
            )

    def cap_times(self, since: datetime) -> tuple[list[datetime], list[datetime]]:
        """(when each message sent at or after `since` went, when each one to send is due)."""
        start = _utc(since, "since")
        sent: list[datetime] = []
        pending: list[datetime] = []
        with self._lock:
            for r in self._state.outbox.values():
                if r.status is OutboxStatus.SENT and r.sent_at is not None and r.sent_at >= start:
                    sent.append(r.sent_at)
                elif r.status in _OPEN:
                    pending.append(r.next_attempt_at or r.send_at)
        return sent, pending

    # ------------------------------------------------------------------ snapshots

    def view(self) -> LedgerView:
        with self._lock:
            return LedgerView(
                decided_keys=frozenset(self._state.outbox),
                consent_overrides={k: o.allowed for k, o in self._state.consent.items()},
                suspended_addresses=frozenset(self._state.suspended),
            )

    def client_view(self, client_id: str, address: str) -> LedgerView:
        address = normalise(address)
        with self._lock:
            overrides = {k: o.allowed for k, o in self._state.consent.items() if k[0] == client_id}
            bounced = address in self._state.suspended
        return LedgerView(
            consent_overrides=overrides,
            suspended_addresses=frozenset({address}) if bounced else frozenset(),
        )

    # ------------------------------------------------------------------ consent

    def set_consent(
        self, client_id: str, stream: str, allowed: bool, at: datetime, source: str
    ) -> None:
        if stream not in (*STREAMS, ALL_STREAMS):
            raise ValueError(f"unknown consent stream {stream!r}; expected one of {STREAMS}")
        when = _utc(at, "at")
        with self._lock:
            state = self._state
            state.consent_log.append(
                ConsentChange(len(state.consent_log) + 1, client_id, stream, allowed, when, source)
            )
            if stream == ALL_STREAMS:
                # "all" replaces the client's per-stream overrides; "all: on" leaves none.
                for k in [k for k in state.consent if k[0] == client_id]:
                    del state.consent[k]
            if stream != ALL_STREAMS or not allowed:
                state.consent[(client_id, stream)] = ConsentOverride(
                    client_id, stream, allowed, when, source
                )

    def consent_overrides(self) -> list[ConsentOverride]:
        with self._lock:
            return sorted(
                self._state.consent.values(), key=lambda o: (o.allowed, o.client_id, o.stream)
            )

    def consent_history(self, client_id: str | None = None) -> list[ConsentChange]:
        with self._lock:
            return [c for c in self._state.consent_log if client_id in (None, c.client_id)]

    # ------------------------------------------------------------------ suspensions

    def suspend_address(
        self, address: str, client_id: str | None, reason: str, at: datetime
    ) -> bool:
        when = _utc(at, "at")
        address = normalise(address)
        with self._lock:
            if address in self._state.suspended:
                return False
            self._state.suspended[address] = Suspension(address, client_id, reason, when)
            return True

    def unsuspend_address(self, address: str) -> bool:
        with self._lock:
            return self._state.suspended.pop(normalise(address), None) is not None

    def suspended(self) -> list[Suspension]:
        with self._lock:
            return sorted(self._state.suspended.values(), key=lambda s: (s.at, s.address))

    # ------------------------------------------------------------------ reply log

    def record_reply(self, reply: ReplyRecord, now: datetime | None = None) -> bool:
        urgency = reply_urgency(reply)
        received = _utc(reply.received_at, "received_at")
        recorded = self._now(now)
        with self._lock:
            if reply.message_id in self._state.replies:
                return False
            self._state.replies[reply.message_id] = ReplyRow(
                id=len(self._state.replies) + 1,
                message_id=reply.message_id,
                received_at=received,
                from_addr=reply.from_addr,
                client_id=reply.client_id,
                in_reply_to=reply.in_reply_to,
                kind=reply.kind,
                text=reply.text,
                subject=reply.subject,
                flagged=urgency != "none",
                reasons=tuple(reply.reasons),
                bounced=tuple(reply.bounced),
                permanent=reply.permanent,
                raw=reply.raw if reply.kind == "unknown" else None,
                recorded_at=recorded,
                urgency=urgency,
            )
            return True

    def has_reply(self, message_id: str) -> bool:
        with self._lock:
            return message_id in self._state.replies

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
        start = None if since is None else _utc(since, "since")
        with self._lock:
            found = sorted(
                (
                    r
                    for r in self._state.replies.values()
                    if (client is None or r.client_id == client)
                    and (kind is None or r.kind == kind)
                    and (start is None or r.received_at >= start)
                    and (flagged is None or r.flagged == flagged)
                    and (after_id is None or r.id > after_id)
                ),
                key=lambda r: (r.received_at, r.id),
            )
        return found if limit is None else found[:limit]

    # ------------------------------------------------------------------ cursors

    def get_cursor(self, mailbox: str) -> Cursor | None:
        with self._lock:
            return self._state.cursors.get(mailbox)

    def set_cursor(
        self, mailbox: str, uidvalidity: int, last_uid: int, at: datetime | None = None
    ) -> None:
        self._now(at, "at")
        with self._lock:
            self._state.cursors[mailbox] = Cursor(uidvalidity, last_uid)

    # ------------------------------------------------------------------ once-only claims

    def claim_autoreply(self, holiday_id: str, sender: str, at: datetime) -> bool:
        when = _utc(at, "at")
        key = (holiday_id, normalise(sender))
        with self._lock:
            if key in self._state.autoreplies:
                return False
            self._state.autoreplies[key] = AutoreplyRow(*key, when)
            return True

    def release_autoreply(self, holiday_id: str, sender: str) -> bool:
        key = (holiday_id, normalise(sender))
        with self._lock:
            return self._state.autoreplies.pop(key, None) is not None

    def autoreplies(self, holiday_id: str | None = None) -> list[AutoreplyRow]:
        with self._lock:
            return sorted(
                (a for a in self._state.autoreplies.values() if holiday_id in (None, a.holiday_id)),
                key=lambda a: (a.at, a.sender),
            )

    def _claim(self, claims: dict[str, _ForwardClaim], mid: str, at: datetime | None) -> bool:
        when = self._now(at, "at")
        with self._lock:
            if mid in claims:
                return False
            claims[mid] = _ForwardClaim(when)
            return True

    def _mark(self, claims: dict[str, _ForwardClaim], mid: str, at: datetime | None) -> bool:
        when = self._now(at, "at")
        with self._lock:
            claim = claims.get(mid)
            if claim is None or claim.forwarded_at is not None:
                return False
            claim.forwarded_at = when
            return True

    def _pending(self, claims: dict[str, _ForwardClaim]) -> list[ForwardRow]:
        with self._lock:
            return sorted(
                (
                    ForwardRow(m, c.claimed_at, None)
                    for m, c in claims.items()
                    if c.forwarded_at is None
                ),
                key=lambda f: f.claimed_at,
            )

    def claim_forward(self, reply_message_id: str, at: datetime | None = None) -> bool:
        return self._claim(self._state.forwards, reply_message_id, at)

    def mark_forwarded(self, reply_message_id: str, at: datetime | None = None) -> bool:
        return self._mark(self._state.forwards, reply_message_id, at)

    def pending_forwards(self) -> list[ForwardRow]:
        return self._pending(self._state.forwards)

    def claim_alert(self, reply_message_id: str, at: datetime | None = None) -> bool:
        return self._claim(self._state.alerts, reply_message_id, at)

    def mark_alerted(self, reply_message_id: str, at: datetime | None = None) -> bool:
        return self._mark(self._state.alerts, reply_message_id, at)

    def pending_alerts(self) -> list[ForwardRow]:
        return self._pending(self._state.alerts)

    def claim_crisis_reply(self, reply_message_id: str, at: datetime | None = None) -> bool:
        return self._claim(self._state.crisis_replies, reply_message_id, at)

    def mark_crisis_replied(self, reply_message_id: str, at: datetime | None = None) -> bool:
        return self._mark(self._state.crisis_replies, reply_message_id, at)

    def pending_crisis_replies(self) -> list[ForwardRow]:
        return self._pending(self._state.crisis_replies)

    # ------------------------------------------------------------------ digest state

    def digest_state(self, name: str) -> DigestMark | None:
        with self._lock:
            return self._state.digests.get(name)

    def set_digest_state(self, name: str, at: datetime, last_reply_id: int) -> None:
        when = _utc(at, "at")
        with self._lock:
            self._state.digests[name] = DigestMark(name, when, last_reply_id)

    def last_digest_at(self) -> datetime | None:
        value = self.get_meta("last_digest_at")
        return None if value is None else datetime.fromisoformat(value)

    def set_last_digest(self, at: datetime) -> None:
        self.set_meta("last_digest_at", _ts(at, "at"))

    # ------------------------------------------------------------------ meta

    def get_meta(self, name: str) -> str | None:
        with self._lock:
            return self._state.meta.get(name)

    def set_meta(self, name: str, value: str) -> None:
        with self._lock:
            self._state.meta[name] = value


def _fills_every_role(store: MemoryStore) -> Store:
    # Never called: mypy --strict fails here if the memory store misses a role.
    return store
