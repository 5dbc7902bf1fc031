"""The store contract: what every backend promises, one suite run against each.

A backend joins by adding an entry to BACKENDS: a function that, given a
temporary directory, returns `open()` for new handles on one and the same store
(for SQLite a new connection to the same file, so races are between
connections; for the in-memory store the one instance, shared by threads).
A PostgreSQL backend adds its entry and must pass every test unchanged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from carecall_mail.store.errors import StoreLocked, UnknownKeyError
from carecall_mail.store.interfaces import Store
from carecall_mail.store.memory import MemoryStore
from carecall_mail.store.records import Backoff, OutboxStatus, QueueItem, ReplyRecord
from carecall_mail.store.sqlite import Ledger

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
DOMAIN = "fieldpractice.example"

Opener = Callable[[], Store]


def _memory(tmp_path: Path) -> Opener:
    store = MemoryStore(clock=lambda: T0, message_id_domain=DOMAIN)
    return lambda: store


def _sqlite(tmp_path: Path) -> Opener:
    path = tmp_path / "var" / "ledger.sqlite3"
    return lambda: Ledger.open(path, message_id_domain=DOMAIN, clock=lambda: T0)


BACKENDS: dict[str, Callable[[Path], Opener]] = {"memory": _memory, "sqlite": _sqlite}


@pytest.fixture(params=sorted(BACKENDS))
def opener(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Opener]:
    """Open handles on one store; every handle opened is closed after the test."""
    make = BACKENDS[request.param](tmp_path)
    with ExitStack() as stack:

        def open_handle() -> Store:
            handle = make()
            stack.callback(handle.close)
            return handle

        yield open_handle


@pytest.fixture
def store(opener: Opener) -> Store:
    return opener()


def item(n: int = 1, send_at: datetime = T0, **params: object) -> QueueItem:
    return QueueItem(
        key=f"checkin:c-{n:05d}:2026-11-24:one-week",
        kind="checkin",
        client_id=f"c-{n:05d}",
        to_addr=f"client{n}@example.org",
        send_at=send_at,
        template="checkin",
        params=params or None,
    )


def reply(mid: str = "<r1@example.org>", **changes: object) -> ReplyRecord:
    fields: dict[str, object] = {
        "message_id": mid,
        "received_at": T0,
        "from_addr": "client1@example.org",
        "client_id": "c-00001",
        "in_reply_to": None,
        "kind": "reply",
        "text": "thank you",
    }
    fields.update(changes)
    return ReplyRecord(**fields)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- outbox


def test_enqueue_is_idempotent_on_the_key(store: Store) -> None:
    assert store.enqueue([item(1), item(2), item(1)], T0) == 2
    assert store.enqueue([item(1), item(3)], T0) == 1
    (claimed, *_) = store.claim_due(T0, 1)
    # A key held, whatever its status, is left alone: not queued again, not skipped.
    assert store.enqueue([item(1)], T0) == 0
    assert store.record_skipped([(item(1), "long past")], T0) == 0
    assert store.get(claimed.key) == claimed
    assert store.record_skipped([(item(4), "long past")], T0) == 1
    skipped = store.get(item(4).key)
    assert skipped is not None and skipped.status is OutboxStatus.SKIPPED
    assert skipped.skip_reason == "long past"
    assert store.counts()[OutboxStatus.QUEUED] == 2
    assert store.view().decided_keys == {item(n).key for n in (1, 2, 3, 4)}


def test_claim_due_claims_only_due_rows_in_order_and_fixes_the_message_id(store: Store) -> None:
    store.enqueue([item(2, T0), item(1, T0 + timedelta(minutes=5))], T0)
    assert store.claim_due(T0 - timedelta(seconds=1)) == []
    (first,) = store.claim_due(T0)
    assert (first.key, first.status, first.attempts) == (item(2).key, OutboxStatus.SENDING, 1)
    assert first.message_id == store.message_id(first.key)
    assert store.get(first.key) == first
    assert store.claim_due(T0) == []  # claimed rows are not claimed again
    store.mark_retry(first.key, "421 busy", 421, T0, T0 + timedelta(minutes=10))
    again = store.claim_due(T0 + timedelta(minutes=10))
    assert [r.key for r in again] == [item(1).key, item(2).key]
    assert again[1].attempts == 2 and again[1].message_id == first.message_id


def test_two_claimers_racing_claim_each_due_row_once(opener: Opener) -> None:
    opener().enqueue([item(n) for n in range(300)], T0)
    handles = [opener(), opener()]
    claimed: list[list[str]] = [[], []]

    def claimer(slot: int) -> None:
        # Bounded: 300 rows in batches of 7 end within 300 rounds whatever the interleaving.
        for _ in range(300):
            batch = handles[slot].claim_due(T0, 7)
            if not batch:
                return
            claimed[slot].extend(r.key for r in batch)

    threads = [threading.Thread(target=claimer, args=(slot,)) for slot in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    every = claimed[0] + claimed[1]
    assert len(every) == 300 and len(set(every)) == 300


def test_mark_sent_once(store: Store) -> None:
    store.enqueue([item(1)], T0)
    (row,) = store.claim_due(T0)
    assert row.message_id is not None
    assert store.mark_sent(row.key, row.message_id, T0) is True
    assert store.mark_sent(row.key, row.message_id, T0) is False
    assert store.mark_failed(row.key, "late", None, T0) is False
    sent = store.get(row.key)
    assert sent is not None and (sent.status, sent.sent_at) == (OutboxStatus.SENT, T0)
    assert store.sent_by_message_id(row.message_id.strip("<>")) == (row.key, row.client_id)
    assert store.sent_lookup().sent_by_message_id(row.message_id) == (row.key, row.client_id)
    with pytest.raises(UnknownKeyError):
        store.mark_sent("checkin:nobody", "<x@y>", T0)


def test_mark_sent_many_and_mark_skipped_leave_finished_rows_alone(store: Store) -> None:
    store.enqueue([item(n) for n in (1, 2, 3)], T0)
    one, two, three = store.claim_due(T0)
    assert store.mark_skipped(three.key, "consent withdrawn", T0) is True
    sent = [(r.key, str(r.message_id)) for r in (one, two, three)]
    assert store.mark_sent_many(sent, T0) == 2
    assert store.mark_sent_many(sent, T0) == 0
    assert store.counts() == {
        **dict.fromkeys(OutboxStatus, 0),
        OutboxStatus.SENT: 2,
        OutboxStatus.SKIPPED: 1,
    }
    skipped = store.get(three.key)
    assert skipped is not None and skipped.skip_reason == "consent withdrawn"
    # Every Message-ID handed out matches a reply, sent or not (a crash may come between).
    assert set(store.sent_lookup().by_message_id) == {m for _, m in sent}


def test_retry_backs_off_then_fails(store: Store) -> None:
    backoff = Backoff(base=timedelta(minutes=1), cap=timedelta(minutes=3), max_attempts=3)
    store.enqueue([item(1)], T0)
    now = T0
    waits = []
    for _ in range(2):
        (row,) = store.claim_due(now)
        assert store.retry_or_fail(row.key, "421", 421, now, backoff) is OutboxStatus.QUEUED
        queued = store.get(row.key)
        assert queued is not None and queued.next_attempt_at is not None
        waits.append(queued.next_attempt_at - now)
        assert store.claim_due(queued.next_attempt_at - timedelta(seconds=1)) == []
        now = queued.next_attempt_at
    assert waits == [timedelta(minutes=1), timedelta(minutes=2)]
    (row,) = store.claim_due(now)
    assert store.retry_or_fail(row.key, "421", 421, now, backoff) is OutboxStatus.FAILED
    failed = store.get(row.key)
    assert failed is not None and failed.last_code == 421
    assert failed.last_error == "gave up after 3 attempts: 421"
    assert store.failed() == [failed]
    with pytest.raises(UnknownKeyError):
        store.retry_or_fail("checkin:nobody", "421", 421, now, backoff)


def test_requeue_failed_gives_fresh_attempts_and_keeps_the_message_id(store: Store) -> None:
    store.enqueue([item(1), item(2)], T0)
    rows = store.claim_due(T0)
    for r in rows:
        store.mark_failed(r.key, "550 no such user", 550, T0)
    later = T0 + timedelta(hours=1)
    assert store.requeue_failed([rows[0].key], later) == [rows[0].key]
    assert [r.key for r in store.failed()] == [rows[1].key]
    assert store.requeue_failed(None, later) == [rows[1].key]
    again = store.claim_due(later)
    assert [(r.attempts, r.message_id) for r in again] == [(1, r.message_id) for r in rows]


def test_recover_puts_stale_sending_rows_back_and_fails_the_exhausted(store: Store) -> None:
    backoff = Backoff(max_attempts=2)
    store.enqueue([item(1), item(2)], T0)
    (one, two) = store.claim_due(T0)
    store.mark_retry(two.key, "421", 421, T0, T0)
    store.claim_due(T0)  # item 2's second attempt, then the worker dies
    later = T0 + timedelta(minutes=3)
    assert store.recover(later, backoff) == 1
    back = store.get(one.key)
    assert back is not None and back.status is OutboxStatus.QUEUED
    assert (back.next_attempt_at, back.last_error) == (later, "interrupted while sending")
    gone = store.get(two.key)
    assert gone is not None and gone.status is OutboxStatus.FAILED
    # A message whose sending crashed can still be recorded sent: it went out.
    assert store.mark_sent(one.key, str(one.message_id), later) is True


def test_release_claim_gives_the_attempt_back(store: Store) -> None:
    store.enqueue([item(1)], T0)
    (row,) = store.claim_due(T0)
    assert store.release_claim(row.key, "connection refused", None, T0) is True
    back = store.get(row.key)
    assert back is not None and (back.status, back.attempts) == (OutboxStatus.QUEUED, 0)
    assert store.release_claim(row.key, "again", None, T0) is False  # not in flight


def test_cap_times_count_what_went_since_and_what_is_still_to_send(store: Store) -> None:
    later = T0 + timedelta(hours=2)
    store.enqueue([item(1), item(2), item(3, later), item(4)], T0)
    one, two, four = store.claim_due(T0)
    store.mark_sent(one.key, str(one.message_id), T0)
    store.mark_sent(two.key, str(two.message_id), T0 + timedelta(hours=1))
    store.mark_failed(four.key, "550", 550, T0)
    sent, pending = store.cap_times(T0 + timedelta(minutes=30))
    assert sent == [T0 + timedelta(hours=1)]
    assert pending == [later]


def test_params_round_trip(store: Store) -> None:
    store.enqueue([item(1, rule="three-months", supply=("gloves", 2)), item(2)], T0)
    one, two = store.get(item(1).key), store.get(item(2).key)
    assert one is not None and one.params == {"rule": "three-months", "supply": ["gloves", 2]}
    assert two is not None and two.params is None
    assert [r.params for r in store.claim_due(T0)] == [one.params, None]


def test_a_transaction_commits_all_or_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.record_reply(reply("<optout@example.org>", kind="optout"), T0)
        store.set_consent("c-00001", "all", False, T0, "reply")
        raise RuntimeError("crash between the two")
    assert store.replies() == [] and store.consent_overrides() == []
    with store.transaction():
        store.record_reply(reply("<optout@example.org>", kind="optout"), T0)
        store.set_consent("c-00001", "all", False, T0, "reply")
    assert len(store.replies()) == 1 and len(store.consent_overrides()) == 1


def test_naive_times_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        store.enqueue([item(1, T0.replace(tzinfo=None))], T0)


# --------------------------------------------------------------------------- replies


def test_reply_log_dedupes_on_message_id(store: Store) -> None:
    assert store.record_reply(reply(), T0) is True
    assert store.record_reply(reply(text="the same mail, fetched again"), T0) is False
    assert store.has_reply("<r1@example.org>") and not store.has_reply("<r2@example.org>")
    store.record_reply(reply("<r2@example.org>", kind="unknown", raw=b"??", urgency="crisis"))
    store.record_reply(reply("<r3@example.org>", raw=b"kept?", flagged=True))
    first, second, third = store.replies()
    assert first.text == "thank you" and first.urgency == "none" and not first.flagged
    assert (second.raw, second.urgency, second.flagged) == (b"??", "crisis", True)
    assert (third.raw, third.urgency) == (None, "concern")  # raw kept only for unknown
    assert store.replies(after_id=second.id) == [third]
    assert store.replies(flagged=True) == [second, third]
    assert store.replies(kind="unknown", limit=5) == [second]


# --------------------------------------------------------------------------- consent, suspensions


def test_consent_overrides_history(store: Store) -> None:
    store.set_consent("c-00001", "checkins", False, T0, "cli")
    store.set_consent("c-00001", "all", False, T0 + timedelta(minutes=1), "reply")
    assert [(o.stream, o.allowed) for o in store.consent_overrides()] == [("all", False)]
    assert store.view().consents("c-00001", "checkins", True) is False
    store.set_consent("c-00001", "all", True, T0 + timedelta(minutes=2), "cli")
    assert store.consent_overrides() == []  # "all: on" leaves the YAML to decide
    assert store.view().consents("c-00001", "checkins", True) is True
    history = store.consent_history("c-00001")
    assert [(c.stream, c.allowed, c.source) for c in history] == [
        ("checkins", False, "cli"),
        ("all", False, "reply"),
        ("all", True, "cli"),
    ]
    assert store.consent_history("c-00002") == []
    store.set_consent("c-00001", "birthday", False, T0 + timedelta(minutes=3), "cli")
    store.set_consent("c-00002", "all", False, T0, "cli")
    assert store.client_view("c-00001", "client1@example.org").consent_overrides == {
        ("c-00001", "birthday"): False
    }
    with pytest.raises(ValueError, match="unknown consent stream"):
        store.set_consent("c-00001", "spam", False, T0, "cli")


def test_suspensions(store: Store) -> None:
    assert store.suspend_address(" Client1@Example.org ", "c-00001", "550", T0) is True
    assert store.suspend_address("client1@example.org", "c-00001", "550", T0) is False
    assert [s.address for s in store.suspended()] == ["client1@example.org"]
    assert store.client_view("c-00001", "CLIENT1@example.org").suspended_addresses == {
        "client1@example.org"
    }
    assert store.unsuspend_address("client1@EXAMPLE.org") is True
    assert store.unsuspend_address("client1@example.org") is False
    assert store.suspended() == []


# ----------------------------------------------------------------- cursors, claims, digest


def test_cursors(store: Store) -> None:
    assert store.get_cursor("imap:INBOX") is None
    store.set_cursor("imap:INBOX", 7, 100, T0)
    store.set_cursor("imap:INBOX", 8, 3, T0)
    assert store.get_cursor("imap:INBOX") == (8, 3)


def test_once_only_claims_per_kind(store: Store) -> None:
    assert store.claim_autoreply("winter", "Client1@example.org", T0) is True
    assert store.claim_autoreply("winter", "client1@example.org", T0) is False
    assert store.claim_autoreply("spring", "client1@example.org", T0) is True
    assert store.release_autoreply("winter", "client1@example.org") is True
    assert store.claim_autoreply("winter", "client1@example.org", T0) is True
    assert [a.holiday_id for a in store.autoreplies("winter")] == ["winter"]

    mid = "<r1@example.org>"
    assert store.claim_forward(mid, T0) is True
    assert store.claim_forward(mid, T0) is False
    # An alert about the same reply is a claim of its own kind.
    assert store.claim_alert(mid, T0) is True
    assert store.claim_alert(mid, T0) is False
    assert [a.reply_message_id for a in store.pending_alerts()] == [mid]
    # Pending forwards list forwards only, never the alert claims beside them.
    assert [f.reply_message_id for f in store.pending_forwards()] == [mid]
    assert store.claim_alert("<r2@example.org>", T0) is True
    assert [f.reply_message_id for f in store.pending_forwards()] == [mid]
    assert store.mark_alerted("<r2@example.org>", T0) is True
    assert store.mark_alerted(mid, T0) is True
    assert store.mark_alerted(mid, T0) is False
    assert store.pending_alerts() == []
    assert mid in [f.reply_message_id for f in store.pending_forwards()]
    assert store.mark_forwarded(mid, T0) is True
    assert store.mark_forwarded(mid, T0) is False
    assert mid not in [f.reply_message_id for f in store.pending_forwards()]
    assert store.claim_forward(mid, T0) is False  # done stays done

    # A crisis reply to the same mail is a third kind: listed apart, closed apart.
    assert store.claim_crisis_reply(mid, T0) is True
    assert store.claim_crisis_reply(mid, T0) is False
    assert [c.reply_message_id for c in store.pending_crisis_replies()] == [mid]
    assert store.pending_forwards() == [] and store.pending_alerts() == []
    assert store.mark_crisis_replied(mid, T0) is True
    assert store.mark_crisis_replied(mid, T0) is False
    assert store.pending_crisis_replies() == []
    assert store.claim_crisis_reply(mid, T0) is False  # done stays done


def test_digest_state_is_independent_of_cursors(store: Store) -> None:
    assert store.digest_state("digest:full") is None
    store.set_cursor("digest:full", 1, 2, T0)
    assert store.digest_state("digest:full") is None
    store.set_digest_state("digest:full", T0, 41)
    store.set_digest_state("digest:urgent", T0 + timedelta(hours=1), 42)
    store.set_cursor("digest:full", 9, 9, T0)
    mark = store.digest_state("digest:full")
    assert mark is not None and (mark.at, mark.last_reply_id) == (T0, 41)
    assert store.get_cursor("digest:full") == (9, 9)
    assert store.last_digest_at() is None
    store.set_last_digest(T0)
    assert store.last_digest_at() == T0


def test_meta_round_trip(store: Store) -> None:
    assert store.get_meta("health:smtp") is None
    store.set_meta("health:smtp", '{"ok": true}')
    store.set_meta("health:smtp", '{"ok": false}')
    assert store.get_meta("health:smtp") == '{"ok": false}'


def test_one_sender_at_a_time(opener: Opener) -> None:
    first, second = opener(), opener()
    with first.sender_lock(), pytest.raises(StoreLocked), second.sender_lock():
        pass
    with second.sender_lock():
        pass  # let go once the first sender has ended
