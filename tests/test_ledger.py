"""The SQLite ledger, against real database files in tmp_path."""

from __future__ import annotations

import logging
import sqlite3
import stat
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from carecall_mail.core.errors import CareCallError
from carecall_mail.store.errors import StoreLocked, StoreUnreadable, UnknownKeyError
from carecall_mail.store.records import (
    DEFAULT_BACKOFF,
    Backoff,
    Cursor,
    DigestMark,
    OutboxStatus,
    QueueItem,
    ReplyRecord,
    SentRef,
    message_id_for,
)
from carecall_mail.store.sqlite import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Ledger,
    LedgerBusyError,
    LedgerError,
    LedgerVersionError,
)

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
DOMAIN = "fieldpractice.example"


def item(n: int = 1, send_at: datetime = T0, kind: str = "checkin") -> QueueItem:
    return QueueItem(
        key=f"{kind}:c-{n:05d}:2026-11-24:one-week",
        kind=kind,
        client_id=f"c-{n:05d}",
        to_addr=f"client{n}@example.org",
        send_at=send_at,
        template=kind,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "var" / "ledger.sqlite3"


@pytest.fixture
def ledger(db: Path) -> Iterator[Ledger]:
    with Ledger.open(db, message_id_domain=DOMAIN, clock=lambda: T0) as led:
        yield led


def reply(mid: str = "<r1@example.org>", **kw: object) -> ReplyRecord:
    fields: dict[str, object] = {
        "message_id": mid,
        "received_at": T0,
        "from_addr": "client1@example.org",
        "client_id": "c-00001",
        "in_reply_to": "checkin:c-00001:2026-11-24:one-week",
        "kind": "reply",
        "text": "Much better, thank you.",
        "subject": "Re: How are you?",
    }
    fields.update(kw)
    return ReplyRecord(**fields)  # type: ignore[arg-type]


# ---------------------------------------------------------------- opening, schema, file


def test_new_file_is_owner_only_and_so_are_wal_and_shm(ledger: Ledger, db: Path) -> None:
    ledger.enqueue([item()])  # forces the -wal and -shm files into existence
    for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        assert path.exists(), path
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_existing_wider_file_is_tightened(db: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="carecall_mail.store.sqlite")
    Ledger.open(db).close()
    # A new file is created owner-only, never widened first and tightened after.
    assert "ledger.permissions_tightened" not in caplog.messages
    db.chmod(0o644)
    Ledger.open(db).close()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert "ledger.permissions_tightened" in caplog.messages


def test_ledger_events_carry_their_fields_never_an_address(
    db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="carecall_mail.store.sqlite")
    with Ledger.open(db) as led:
        assert led.suspend_address("Ana@Example.org", "c-1", "550 5.1.1", T0)
        led.set_consent("c-1", "checkins", False, T0, "reply:<r@x>")
    by_event = {getattr(r, "event", None): r for r in caplog.records}
    suspended = by_event["ledger.address_suspended"]
    assert suspended.client_id == "c-1"  # type: ignore[attr-defined]
    consent = by_event["ledger.consent_changed"]
    fields = (consent.client_id, consent.stream, consent.allowed)  # type: ignore[attr-defined]
    assert fields == ("c-1", "checkins", False)
    assert not any("ana@example.org" in r.getMessage().lower() for r in caplog.records)


def test_pragmas(ledger: Ledger, db: Path) -> None:
    conn = ledger._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 10_000
    with Ledger.open(db, synchronous="FULL") as full:
        assert full._conn.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_migrates_an_empty_database(db: Path) -> None:
    db.parent.mkdir(parents=True)
    sqlite3.connect(db).close()  # an existing, empty SQLite file at version 0
    with Ledger.open(db) as led:
        assert led.schema_version == SCHEMA_VERSION >= 1
        tables = {
            r[0] for r in led._conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    assert {"outbox", "consent", "consent_log", "suspended", "replies", "cursors"} <= tables
    assert {"autoreplies", "forwards", "meta"} <= tables
    # Reopening runs no migration again and keeps data.
    with Ledger.open(db) as led:
        assert led.enqueue([item()]) == 1
    with Ledger.open(db) as led:
        assert led.get(item().key) is not None


def test_refuses_a_newer_schema(db: Path) -> None:
    Ledger.open(db).close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(LedgerVersionError) as info:
        Ledger.open(db)
    assert isinstance(info.value, CareCallError)
    assert info.value.found == SCHEMA_VERSION + 1
    assert str(db) in str(info.value)


def test_not_a_database_is_a_ledger_error(db: Path) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b"this is not sqlite, it is a text file with enough bytes" * 20)
    with pytest.raises(LedgerError, match="not a usable ledger"):
        Ledger.open(db)


def test_timestamps_are_utc_text(ledger: Ledger) -> None:
    zurich = timezone(timedelta(hours=1))
    ledger.enqueue([item(send_at=datetime(2026, 12, 1, 9, 0, tzinfo=zurich))])
    stored = ledger._conn.execute("SELECT send_at, created_at FROM outbox").fetchone()
    assert stored == ("2026-12-01T08:00:00.000000+00:00", "2026-12-01T08:00:00.000000+00:00")
    row = ledger.get(item().key)
    assert row is not None
    assert row.send_at == T0
    assert row.send_at.utcoffset() == timedelta(0)


NAIVE = datetime(2026, 12, 1, 8, 0)


@pytest.mark.parametrize(
    "call",
    [
        lambda led: led.enqueue([item(send_at=NAIVE)]),
        lambda led: led.enqueue([item()], NAIVE),
        lambda led: led.claim_due(NAIVE),
        lambda led: led.mark_sent(item().key, "<x@y>", NAIVE),
        lambda led: led.mark_retry(item().key, "451", 451, T0, NAIVE),
        lambda led: led.mark_failed(item().key, "550", 550, NAIVE),
        lambda led: led.recover(NAIVE),
        lambda led: led.set_consent("c-1", "all", False, NAIVE, "cli"),
        lambda led: led.suspend_address("a@b.c", "c-1", "550", NAIVE),
        lambda led: led.record_reply(reply(received_at=NAIVE)),
        lambda led: led.replies(since=NAIVE),
        lambda led: led.claim_autoreply("winter", "a@b.c", NAIVE),
        lambda led: led.set_last_digest(NAIVE),
        lambda led: led.set_cursor("INBOX", 1, 2, NAIVE),
        lambda led: DEFAULT_BACKOFF.next_attempt_at(1, NAIVE),
    ],
)
def test_naive_datetimes_are_rejected(ledger: Ledger, call: object) -> None:
    ledger.enqueue([item()])
    ledger.claim_due(T0)
    with pytest.raises(ValueError, match="timezone-aware"):
        call(ledger)  # type: ignore[operator]


# ---------------------------------------------------------------- outbox


def test_enqueue_is_idempotent_on_the_key(ledger: Ledger) -> None:
    assert ledger.enqueue([item(1), item(2)]) == 2
    assert ledger.enqueue([item(1), item(3)]) == 1
    # Same key with other fields: the first decision stands.
    changed = QueueItem(item(1).key, "checkin", "c-00001", "other@example.org", T0, "x")
    assert ledger.enqueue([changed, changed]) == 0
    assert ledger._conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 3
    row = ledger.get(item(1).key)
    assert row is not None and row.to_addr == "client1@example.org"


def test_skipped_keys_are_decided_and_do_not_override_queued(ledger: Ledger) -> None:
    ledger.enqueue([item(1)])
    added = ledger.record_skipped([(item(1), "long past"), (item(2), "long past")])
    assert added == 1
    one, two = ledger.get(item(1).key), ledger.get(item(2).key)
    assert one is not None and one.status is OutboxStatus.QUEUED
    assert two is not None and two.status is OutboxStatus.SKIPPED
    assert two.skip_reason == "long past"
    assert ledger.enqueue([item(2)]) == 0
    assert [r.key for r in ledger.claim_due(T0)] == [item(1).key]  # skipped is never sent
    assert ledger.view().decided_keys == {item(1).key, item(2).key}


def test_claim_only_due_rows_oldest_first(ledger: Ledger) -> None:
    ledger.enqueue(
        [item(1, T0 + timedelta(minutes=5)), item(2, T0), item(3, T0 + timedelta(days=1))]
    )
    assert ledger.claim_due(T0 - timedelta(seconds=1)) == []
    claimed = ledger.claim_due(T0 + timedelta(minutes=10))
    assert [r.key for r in claimed] == [item(2).key, item(1).key]
    assert all(r.status is OutboxStatus.SENDING and r.attempts == 1 for r in claimed)
    # Claimed rows are not claimed again.
    assert ledger.claim_due(T0 + timedelta(minutes=10)) == []
    assert ledger.counts()[OutboxStatus.QUEUED] == 1


def test_a_small_limit_claims_the_longest_waiting_first(ledger: Ledger) -> None:
    waited = {1: 3, 2: 5, 3: 1, 4: 4, 5: 2}  # minutes overdue, in no key order
    ledger.enqueue([item(n, T0 - timedelta(minutes=m)) for n, m in waited.items()])
    assert [r.key for r in ledger.claim_due(T0, 2)] == [item(2).key, item(4).key]
    assert [r.key for r in ledger.claim_due(T0, 2)] == [item(1).key, item(5).key]


def test_claim_respects_limit(ledger: Ledger) -> None:
    ledger.enqueue([item(n) for n in range(10)])
    assert len(ledger.claim_due(T0, 3)) == 3
    assert len(ledger.claim_due(T0, 100)) == 7
    assert ledger.claim_due(T0, 0) == []


def test_lifecycle_queued_sending_sent(ledger: Ledger) -> None:
    ledger.enqueue([item()])
    (row,) = ledger.claim_due(T0)
    assert row.message_id == ledger.message_id(row.key)
    assert row.message_id is not None and row.message_id.endswith(f"@{DOMAIN}>")
    later = T0 + timedelta(seconds=3)
    assert ledger.mark_sent(row.key, row.message_id, later) is True
    sent = ledger.get(row.key)
    assert sent is not None
    assert sent.status is OutboxStatus.SENT
    assert sent.sent_at == later
    assert sent.message_id == row.message_id
    # Finished rows stay finished.
    assert ledger.mark_sent(row.key, row.message_id, later) is False
    assert ledger.mark_failed(row.key, "late 550", 550, later) is False
    assert ledger.get(row.key) == sent
    assert ledger.sent_by_message_id(row.message_id) == SentRef(row.key, "c-00001")


def test_mark_sent_with_another_message_id_stores_it(ledger: Ledger) -> None:
    ledger.enqueue([item()])
    (row,) = ledger.claim_due(T0)
    assert ledger.mark_sent(row.key, "<other@x.example>", T0) is True
    sent = ledger.get(row.key)
    assert sent is not None and sent.message_id == "<other@x.example>"
    assert sent.status is OutboxStatus.SENT


def test_unknown_key_is_an_error(ledger: Ledger) -> None:
    with pytest.raises(UnknownKeyError):
        ledger.mark_sent("nope", "<x@y>", T0)
    with pytest.raises(UnknownKeyError):
        ledger.mark_failed("nope", "x", None, T0)
    with pytest.raises(UnknownKeyError):
        ledger.retry_or_fail("nope", "x", None, T0)


def test_retry_keeps_message_id_and_waits(ledger: Ledger) -> None:
    ledger.enqueue([item()])
    (first,) = ledger.claim_due(T0)
    status = ledger.retry_or_fail(first.key, "451 try later", 451, T0)
    assert status is OutboxStatus.QUEUED
    row = ledger.get(first.key)
    assert row is not None
    assert (row.status, row.last_error, row.last_code) == (
        OutboxStatus.QUEUED,
        "451 try later",
        451,
    )
    assert row.next_attempt_at == T0 + timedelta(minutes=1)
    assert ledger.claim_due(T0 + timedelta(seconds=59)) == []
    (second,) = ledger.claim_due(T0 + timedelta(minutes=1))
    assert second.attempts == 2
    assert second.message_id == first.message_id
    # Even a ledger opened with another domain keeps the first Message-ID.
    ledger.mark_retry(second.key, "421", 421, T0, T0)
    (third,) = ledger.claim_due(T0, domain="elsewhere.example")
    assert third.message_id == first.message_id


def test_backoff_schedule() -> None:
    b = Backoff()
    minutes = [b.delay(n) / timedelta(minutes=1) for n in range(1, 12)]
    assert minutes == [1, 2, 4, 8, 16, 32, 64, 128, 256, 360, 360]
    assert b.delay(10_000) == timedelta(hours=6)
    assert b.next_attempt_at(3, T0) == T0 + timedelta(minutes=4)
    assert b.next_attempt_at(b.max_attempts, T0) is None
    assert b.next_attempt_at(b.max_attempts - 1, T0) is not None
    with pytest.raises(ValueError):
        b.delay(0)
    with pytest.raises(ValueError):
        Backoff(base=timedelta(hours=1), cap=timedelta(minutes=1))


def test_max_attempts_then_failed(ledger: Ledger) -> None:
    backoff = Backoff(base=timedelta(minutes=1), cap=timedelta(minutes=10), max_attempts=3)
    ledger.enqueue([item()])
    now = T0
    statuses = []
    for _ in range(3):
        (row,) = ledger.claim_due(now)
        statuses.append(ledger.retry_or_fail(row.key, "451 busy", 451, now, backoff))
        now += timedelta(hours=1)
    assert statuses == [OutboxStatus.QUEUED, OutboxStatus.QUEUED, OutboxStatus.FAILED]
    assert ledger.claim_due(now) == []
    (failed,) = ledger.failed()
    assert failed.attempts == 3
    assert failed.last_code == 451
    assert failed.last_error is not None and "451 busy" in failed.last_error
    assert ledger.counts()[OutboxStatus.FAILED] == 1


def test_permanent_failure_is_shown(ledger: Ledger) -> None:
    ledger.enqueue([item(1), item(2)])
    one, _two = ledger.claim_due(T0)
    assert ledger.mark_failed(one.key, "550 5.1.1 no such user", 550, T0)
    assert [(r.key, r.last_code, r.last_error) for r in ledger.failed()] == [
        (one.key, 550, "550 5.1.1 no such user")
    ]
    counts = ledger.counts()
    assert counts[OutboxStatus.FAILED] == 1 and counts[OutboxStatus.SENDING] == 1
    assert set(counts) == set(OutboxStatus)


def test_mark_skipped_at_send_time(ledger: Ledger) -> None:
    ledger.enqueue([item()])
    (row,) = ledger.claim_due(T0)
    assert ledger.mark_skipped(row.key, "opted out", T0)
    skipped = ledger.get(row.key)
    assert skipped is not None and skipped.status is OutboxStatus.SKIPPED
    assert skipped.skip_reason == "opted out"


def test_queued_listing(ledger: Ledger) -> None:
    ledger.enqueue([item(1, T0 + timedelta(hours=2)), item(2, T0 + timedelta(hours=1))])
    assert [r.key for r in ledger.queued()] == [item(2).key, item(1).key]
    assert [r.key for r in ledger.queued(limit=1)] == [item(2).key]


def test_recover_after_a_crash(db: Path) -> None:
    led = Ledger.open(db, message_id_domain=DOMAIN)
    led.enqueue([item(1), item(2), item(3)], T0)
    claimed = led.claim_due(T0)
    led.mark_sent(claimed[0].key, claimed[0].message_id or "", T0)
    led.close()  # the worker dies with two rows in flight

    with Ledger.open(db, message_id_domain="another.example") as led:
        assert led.counts()[OutboxStatus.SENDING] == 2
        assert led.claim_due(T0 + timedelta(hours=1)) == []  # in flight: not claimable yet
        assert led.recover(T0 + timedelta(hours=1)) == 2
        assert led.counts()[OutboxStatus.SENDING] == 0
        again = led.claim_due(T0 + timedelta(hours=1))
        assert sorted(r.key for r in again) == sorted(r.key for r in claimed[1:])
        # Same Message-ID as the interrupted attempt: at most one duplicate, recognisable.
        before = {r.key: r.message_id for r in claimed}
        assert all(r.message_id == before[r.key] for r in again)
        assert all(r.attempts == 2 for r in again)
        sent = led.get(claimed[0].key)
        assert sent is not None and sent.status is OutboxStatus.SENT
        assert led.recover(T0) == 2  # those two, now in flight again
        assert led.recover(T0) == 0


def test_recover_shunts_a_row_that_keeps_crashing_the_worker(ledger: Ledger) -> None:
    backoff = Backoff(max_attempts=2)
    ledger.enqueue([item()])
    ledger.claim_due(T0)
    assert ledger.recover(T0, backoff) == 1
    ledger.claim_due(T0)
    assert ledger.recover(T0, backoff) == 0
    (row,) = ledger.failed()
    assert row.last_error is not None and "interrupted" in row.last_error


def test_message_id_is_stable_and_reveals_nothing() -> None:
    key = "checkin:c-00001:2026-11-24:one-week"
    mid = message_id_for(key, DOMAIN)
    assert mid == message_id_for(key, DOMAIN)
    assert mid != message_id_for(key + "x", DOMAIN)
    assert mid != message_id_for(key, DOMAIN, b"secret")
    assert mid.startswith("<") and mid.endswith(f"@{DOMAIN}>")
    assert len(mid.split("@")[0]) == 33
    assert "checkin" not in mid and "c-00001" not in mid
    for bad in ("bad domain", "", "a@b", "x>", "dot..dot"):
        with pytest.raises(ValueError):
            message_id_for(key, bad)
    with pytest.raises(ValueError):
        Ledger.open(Path("unused.db"), message_id_domain="bad domain")


def test_each_ledger_has_its_own_message_id_secret(tmp_path: Path) -> None:
    with Ledger.open(tmp_path / "a.db") as a, Ledger.open(tmp_path / "b.db") as b:
        assert a.message_id("k") != b.message_id("k")
    with Ledger.open(tmp_path / "a.db") as a2:
        assert a2.message_id("k") == Ledger.open(tmp_path / "a.db").message_id("k")


def test_sent_lookup_for_the_parser(ledger: Ledger) -> None:
    ledger.enqueue([item(1), item(2)])
    one, two = ledger.claim_due(T0)
    ledger.mark_sent(one.key, one.message_id or "", T0)
    lookup = ledger.sent_lookup()
    assert one.message_id is not None and two.message_id is not None
    assert lookup.sent_by_message_id(one.message_id) == SentRef(one.key, one.client_id)
    # In flight (maybe sent before a crash): a reply to it must still match.
    assert lookup.sent_by_message_id(two.message_id) == SentRef(two.key, two.client_id)
    # Headers come with or without brackets and spaces.
    bare = one.message_id.strip("<>")
    assert lookup.sent_by_message_id(f"  {bare} ") == SentRef(one.key, one.client_id)
    assert ledger.sent_by_message_id(bare) == SentRef(one.key, one.client_id)
    assert lookup.sent_by_message_id("<unknown@x>") is None
    assert ledger.sent_by_message_id("<unknown@x>") is None


def test_mark_sent_many(ledger: Ledger) -> None:
    ledger.enqueue([item(n) for n in range(5)])
    rows = ledger.claim_due(T0)
    assert ledger.mark_sent_many([(r.key, r.message_id or "") for r in rows[:4]], T0) == 4
    assert ledger.counts()[OutboxStatus.SENT] == 4
    assert ledger.counts()[OutboxStatus.SENDING] == 1


def test_twenty_thousand_round(ledger: Ledger) -> None:
    n = 20_000
    items = [item(i, kind="holiday_notice") for i in range(n)]
    assert ledger.enqueue(items) == n
    assert ledger.enqueue(items) == 0
    claimed = []
    while batch := ledger.claim_due(T0, 1000):
        claimed.extend(batch)
    assert len(claimed) == n
    assert len({r.key for r in claimed}) == n
    assert len({r.message_id for r in claimed}) == n
    for r in claimed:
        assert ledger.mark_sent(r.key, r.message_id or "", T0)
    assert ledger.counts()[OutboxStatus.SENT] == n
    assert ledger.counts()[OutboxStatus.QUEUED] == 0
    view = ledger.view()
    assert len(view.decided_keys) == n
    assert len(ledger.sent_lookup().by_message_id) == n
    assert ledger.enqueue(items) == 0


# ---------------------------------------------------------------- consent


def test_opt_out_and_undo(ledger: Ledger) -> None:
    src = "reply:<r1@example.org>"
    ledger.set_consent("c-1", "all", False, T0, src)
    view = ledger.view()
    assert view.consent_overrides == {("c-1", "all"): False}
    assert view.consents("c-1", "checkins", yaml_default=True) is False

    # consent --on: no override left, clients.yaml decides again (also for streams off there).
    ledger.set_consent("c-1", "all", True, T0 + timedelta(days=1), "cli")
    view = ledger.view()
    assert view.consent_overrides == {}
    assert view.consents("c-1", "checkins", yaml_default=True) is True
    assert view.consents("c-1", "birthday", yaml_default=False) is False

    history = ledger.consent_history("c-1")
    assert [(h.stream, h.allowed, h.source) for h in history] == [
        ("all", False, src),
        ("all", True, "cli"),
    ]
    assert history[0].at == T0


def test_all_clears_specific_streams(ledger: Ledger) -> None:
    ledger.set_consent("c-1", "birthday", True, T0, "cli")
    ledger.set_consent("c-1", "notices", False, T0, "cli")
    ledger.set_consent("c-2", "notices", False, T0, "cli")
    assert ledger.view().consents("c-1", "birthday", yaml_default=False) is True
    ledger.set_consent("c-1", "all", False, T0, "reply:<x@y>")
    assert ledger.view().consent_overrides == {("c-1", "all"): False, ("c-2", "notices"): False}
    overrides = ledger.consent_overrides()
    assert [(o.client_id, o.stream, o.allowed) for o in overrides] == [
        ("c-1", "all", False),
        ("c-2", "notices", False),
    ]
    ledger.set_consent("c-1", "all", True, T0, "cli")
    assert ledger.view().consent_overrides == {("c-2", "notices"): False}


def test_specific_stream_override_updates_in_place(ledger: Ledger) -> None:
    ledger.set_consent("c-1", "checkins", False, T0, "cli")
    ledger.set_consent("c-1", "checkins", True, T0, "cli")
    assert ledger.view().consent_overrides == {("c-1", "checkins"): True}
    assert len(ledger.consent_history()) == 2
    with pytest.raises(ValueError, match="stream"):
        ledger.set_consent("c-1", "newsletter", False, T0, "cli")


# ---------------------------------------------------------------- suspended addresses


def test_suspend_and_unsuspend(ledger: Ledger) -> None:
    assert ledger.suspend_address(" Maria@Example.ORG ", "c-1", "550 5.1.1", T0) is True
    assert ledger.suspend_address("maria@example.org", "c-1", "again", T0) is False
    assert ledger.view().suspended_addresses == {"maria@example.org"}
    (s,) = ledger.suspended()
    assert (s.address, s.client_id, s.reason, s.at) == ("maria@example.org", "c-1", "550 5.1.1", T0)
    assert ledger.unsuspend_address("MARIA@example.org") is True
    assert ledger.unsuspend_address("maria@example.org") is False
    assert ledger.view().suspended_addresses == frozenset()


# ---------------------------------------------------------------- reply log


def test_reply_dedupe_on_message_id(ledger: Ledger) -> None:
    assert ledger.record_reply(reply()) is True
    assert ledger.record_reply(reply(text="a different parse")) is False
    (row,) = ledger.replies()
    assert row.text == "Much better, thank you."
    assert ledger.has_reply("<r1@example.org>")
    assert ledger.record_reply(reply("sha256:" + "ab" * 32)) is True
    assert len(ledger.replies()) == 2


def test_reply_fields_and_json(ledger: Ledger) -> None:
    bounce = reply(
        "<b1@mx.example>",
        kind="bounce",
        from_addr="MAILER-DAEMON@mx.example",
        client_id=None,
        in_reply_to=None,
        text="",
        bounced=("client1@example.org",),
        permanent=True,
        raw=b"full bounce bytes",
    )
    ledger.record_reply(bounce)
    (row,) = ledger.replies(kind="bounce")
    assert row.bounced == ("client1@example.org",)
    assert row.permanent is True
    assert row.raw is None  # raw is kept for unknown mail only
    assert row.to_json() == {
        "message_id": "<b1@mx.example>",
        "received_at": "2026-12-01T08:00:00+00:00",
        "from": "MAILER-DAEMON@mx.example",
        "client": None,
        "in_reply_to": None,
        "kind": "bounce",
        "text": "",
        "urgency": "none",
        "flagged": False,
        "reasons": [],
        "score": None,  # DESIGN.md: null unless a check-in asks for a number
        "bounced": ["client1@example.org"],
        "permanent": True,
        "subject": "Re: How are you?",
    }
    ledger.record_reply(reply("sha256:00", kind="unknown", raw=b"\xff\xfe garbage"))
    (unknown,) = ledger.replies(kind="unknown")
    assert unknown.raw == b"\xff\xfe garbage"


def test_reply_urgency_is_stored_and_read_back(ledger: Ledger) -> None:
    ledger.record_reply(reply("<c@x>", urgency="crisis", reasons=("crisis: want to die",)))
    ledger.record_reply(reply("<k@x>", urgency="concern", reasons=("concern: headache",)))
    ledger.record_reply(reply("<n@x>"))
    ledger.record_reply(reply("<old@x>", flagged=True))  # a caller that knows only `flagged`
    rows = {r.message_id: r for r in ledger.replies()}
    assert {m: (r.urgency, r.flagged) for m, r in rows.items()} == {
        "<c@x>": ("crisis", True),
        "<k@x>": ("concern", True),
        "<n@x>": ("none", False),
        "<old@x>": ("concern", True),
    }
    assert rows["<c@x>"].to_json()["urgency"] == "crisis"
    assert {r.message_id for r in ledger.replies(flagged=True)} == {"<c@x>", "<k@x>", "<old@x>"}
    with pytest.raises(ValueError, match="urgency"):
        ledger.record_reply(reply("<bad@x>", urgency="panic"))


def test_migration_gives_old_replies_their_level_from_flagged(db: Path) -> None:
    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db)
    for statement in MIGRATIONS[0]:  # a ledger as the first release left it
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    for n, flagged in ((1, 1), (2, 0)):
        conn.execute(
            "INSERT INTO replies (message_id, received_at, from_addr, kind, subject, text,"
            " flagged, reasons, bounced, permanent, recorded_at)"
            " VALUES (?, ?, 'a@example.org', 'reply', '', '', ?, '[]', '[]', 0, ?)",
            (f"<{n}@x>", T0.isoformat(), flagged, T0.isoformat()),
        )
    conn.commit()
    conn.close()
    with Ledger.open(db) as led:
        assert led.schema_version == SCHEMA_VERSION
        assert [(r.message_id, r.urgency) for r in led.replies()] == [
            ("<1@x>", "concern"),
            ("<2@x>", "none"),
        ]


def test_reply_text_stays_out_of_repr(ledger: Ledger) -> None:
    ledger.record_reply(reply(text="I have had side effects"))
    (row,) = ledger.replies()
    assert "side effects" not in repr(row)
    assert "side effects" not in repr(reply(text="I have had side effects"))


def test_reply_filters(ledger: Ledger) -> None:
    ledger.record_reply(reply("<a@x>", client_id="c-1", received_at=T0))
    ledger.record_reply(
        reply(
            "<b@x>",
            client_id="c-2",
            received_at=T0 + timedelta(days=2),
            flagged=True,
            reasons=("side effects",),
        )
    )
    ledger.record_reply(
        reply("<c@x>", client_id="c-1", kind="optout", received_at=T0 + timedelta(days=1))
    )
    assert [r.message_id for r in ledger.replies()] == ["<a@x>", "<c@x>", "<b@x>"]
    assert [r.message_id for r in ledger.replies(client="c-1")] == ["<a@x>", "<c@x>"]
    assert [r.message_id for r in ledger.replies(kind="optout")] == ["<c@x>"]
    assert [r.message_id for r in ledger.replies(since=T0 + timedelta(hours=1))] == [
        "<c@x>",
        "<b@x>",
    ]
    (flagged,) = ledger.replies(flagged=True)
    assert flagged.reasons == ("side effects",)
    assert [r.message_id for r in ledger.replies(flagged=False)] == ["<a@x>", "<c@x>"]
    first_id = ledger.replies()[0].id
    assert [r.message_id for r in ledger.replies(after_id=first_id)] == ["<c@x>", "<b@x>"]
    with pytest.raises(ValueError):
        ledger.record_reply(reply("<d@x>", kind="spam"))


def test_reply_and_its_effect_commit_together(ledger: Ledger) -> None:
    with pytest.raises(RuntimeError), ledger.transaction():
        ledger.record_reply(reply("<o@x>", kind="optout"))
        ledger.set_consent("c-00001", "all", False, T0, "reply:<o@x>")
        raise RuntimeError("crash before the commit")
    assert ledger.replies() == []
    assert ledger.view().consent_overrides == {}
    with ledger.transaction():
        ledger.record_reply(reply("<o@x>", kind="optout"))
        ledger.set_consent("c-00001", "all", False, T0, "reply:<o@x>")
    assert len(ledger.replies()) == 1
    assert ledger.view().consent_overrides == {("c-00001", "all"): False}


# ---------------------------------------------------------------- cursors, once-only effects


def test_cursors(ledger: Ledger) -> None:
    assert ledger.get_cursor("INBOX") is None
    ledger.set_cursor("INBOX", 1700000000, 42)
    assert ledger.get_cursor("INBOX") == Cursor(1700000000, 42) == (1700000000, 42)
    ledger.set_cursor("INBOX", 1800000000, 3)
    assert ledger.get_cursor("INBOX") == (1800000000, 3)
    assert ledger.get_cursor("Archive") is None


def test_autoreply_once_per_sender_per_holiday(ledger: Ledger) -> None:
    assert ledger.claim_autoreply("winter-2026", "maria@example.org", T0) is True
    assert ledger.claim_autoreply("winter-2026", "Maria@Example.org", T0) is False
    assert ledger.claim_autoreply("winter-2026", "jo@example.org", T0) is True
    assert ledger.claim_autoreply("summer-2027", "maria@example.org", T0) is True
    assert [(a.holiday_id, a.sender) for a in ledger.autoreplies("winter-2026")] == [
        ("winter-2026", "jo@example.org"),
        ("winter-2026", "maria@example.org"),
    ]
    assert len(ledger.autoreplies()) == 3


def test_forward_once_and_pending_after_crash(db: Path) -> None:
    with Ledger.open(db) as led:
        assert led.claim_forward("<r1@x>", T0) is True
        assert led.claim_forward("<r2@x>", T0) is True
        assert led.mark_forwarded("<r2@x>", T0) is True
    with Ledger.open(db) as led:  # restarted
        assert led.claim_forward("<r1@x>", T0) is False
        assert led.claim_forward("<r2@x>", T0) is False
        assert [f.reply_message_id for f in led.pending_forwards()] == ["<r1@x>"]
        assert led.mark_forwarded("<r2@x>", T0) is False


def test_last_digest(ledger: Ledger) -> None:
    assert ledger.last_digest_at() is None
    ledger.set_last_digest(T0)
    ledger.set_last_digest(T0 + timedelta(days=1))
    assert ledger.last_digest_at() == T0 + timedelta(days=1)


# ---------------------------------------------------------------- concurrency


def test_worker_and_cli_share_the_file(db: Path) -> None:
    """A CLI `consent` write lands while the worker holds its own connection."""
    with Ledger.open(db) as worker, Ledger.open(db) as cli:
        worker.enqueue([item(n) for n in range(50)], T0)
        cli.set_consent("c-00001", "all", False, T0, "cli")
        assert worker.view().consent_overrides == {("c-00001", "all"): False}
        assert len(cli.claim_due(T0, 10)) == 10
        assert len(worker.claim_due(T0, 100)) == 40


def test_concurrent_claims_never_overlap(db: Path) -> None:
    Ledger.open(db).close()
    with Ledger.open(db) as led:
        led.enqueue([item(n) for n in range(2000)], T0)
    results: list[list[str]] = [[], [], [], []]

    def claimer(slot: int) -> None:
        with Ledger.open(db) as mine:
            while batch := mine.claim_due(T0, 25):
                results[slot].extend(r.key for r in batch)

    threads = [threading.Thread(target=claimer, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = [k for r in results for k in r]
    assert len(everything) == 2000
    assert len(set(everything)) == 2000


def test_inbox_lock_waits_then_says_another_pass_runs(db: Path) -> None:
    """One inbox pass at a time (tests/test_fetch_two_passes.py runs two processes)."""
    with Ledger.open(db) as worker, Ledger.open(db) as cli:
        with worker.inbox_lock():
            started = time.monotonic()
            with pytest.raises(LedgerBusyError, match="another inbox pass"), cli.inbox_lock(0.3):
                pytest.fail("two inbox passes at once")
            assert time.monotonic() - started >= 0.3  # it waited for the other pass
        with cli.inbox_lock():  # released when the first pass ends
            pass
    assert stat.S_IMODE(Path(f"{db}.inbox.lock").stat().st_mode) == 0o600


def test_sender_lock_is_exclusive_and_released(db: Path) -> None:
    with Ledger.open(db) as worker, Ledger.open(db) as cli:
        with (
            worker.sender_lock(),
            pytest.raises(LedgerBusyError, match="another"),
            cli.sender_lock(),
        ):
            pytest.fail("two senders at once")
        with cli.sender_lock():  # released when the first sender stops
            assert cli.recover(T0) == 0
    assert stat.S_IMODE(Path(f"{db}.lock").stat().st_mode) == 0o600


def test_a_held_write_lock_becomes_ledger_busy_error(db: Path) -> None:
    with Ledger.open(db) as led, Ledger.open(db, busy_timeout=0.1) as impatient:
        with led.transaction():
            led.enqueue([item(1)], T0)
            with pytest.raises(LedgerBusyError, match="busy"):
                impatient.enqueue([item(2)], T0)
        # After the holder commits, writes go through and the failed one left nothing.
        assert impatient.enqueue([item(2)], T0) == 1
        assert {r.key for r in led.queued()} == {item(1).key, item(2).key}


def test_errors_are_chosen_by_sqlite_result_code_not_wording(db: Path) -> None:
    """A lock is StoreLocked, a damaged file StoreUnreadable, whatever the message says."""
    with (
        Ledger.open(db) as led,
        Ledger.open(db, busy_timeout=0.05) as impatient,
        led.transaction(),
    ):
        led.enqueue([item(1)], T0)
        with pytest.raises(StoreLocked) as held:
            impatient.enqueue([item(2)], T0)
    assert isinstance(held.value.__cause__, sqlite3.OperationalError)
    assert held.value.__cause__.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY
    damaged = db.with_name("damaged.sqlite3")
    damaged.write_bytes(b"this is no database file, whatever its name says" * 100)
    with pytest.raises(StoreUnreadable, match="not a usable ledger"):
        Ledger.open(damaged)


def test_claim_due_needs_no_sql_user_function(db: Path) -> None:
    """The Message-ID is worked out in Python: a plain connection can run every query."""
    with Ledger.open(db, message_id_domain=DOMAIN) as led:
        led.enqueue([item(1)], T0)
        (row,) = led.claim_due(T0)
    plain = sqlite3.connect(db)
    try:
        stored = plain.execute("SELECT message_id FROM outbox").fetchone()[0]
    finally:
        plain.close()
    assert stored == row.message_id == message_id_for(row.key, DOMAIN, _secret(db))


def _secret(db: Path) -> bytes:
    conn = sqlite3.connect(db)
    try:
        (hexed,) = conn.execute(
            "SELECT value FROM meta WHERE name = 'message_id_secret'"
        ).fetchone()
    finally:
        conn.close()
    return bytes.fromhex(hexed)


def test_migration_moves_digest_places_out_of_the_cursor_table(db: Path) -> None:
    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db)
    for migration in MIGRATIONS[:3]:  # a ledger from before digest_state
        for statement in migration:
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 3")
    for mailbox, uidvalidity, last in (
        ("digest:full", int(T0.timestamp()), 7),
        ("imap:INBOX", 12345, 99),
    ):
        conn.execute(
            "INSERT INTO cursors (mailbox, uidvalidity, last_uid, updated_at) VALUES (?, ?, ?, ?)",
            (mailbox, uidvalidity, last, T0.isoformat()),
        )
    conn.commit()
    conn.close()
    with Ledger.open(db) as led:
        assert led.digest_state("digest:full") == DigestMark("digest:full", T0, 7)
        assert led.digest_state("imap:INBOX") is None
        assert led.get_cursor("imap:INBOX") == Cursor(12345, 99)


def test_migration_moves_alert_claims_out_of_forwards_and_keeps_them(db: Path) -> None:
    # A ledger made the old way: alerts claimed as "alert:<mid>" forwards, and a digest
    # that went on writing its place to the cursor table after migration 4.
    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db)
    for migration in MIGRATIONS[:4]:
        for statement in migration:
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 4")
    later = T0 + timedelta(days=1)
    conn.executemany(
        "INSERT INTO forwards (reply_message_id, claimed_at, forwarded_at) VALUES (?, ?, ?)",
        [
            ("alert:<pending@x>", T0.isoformat(), None),
            ("alert:<done@x>", T0.isoformat(), T0.isoformat()),
            ("<holiday@x>", T0.isoformat(), None),
            ("crisis-reply:<c@x>", T0.isoformat(), None),
        ],
    )
    conn.executemany(
        "INSERT INTO digest_state (name, at, last_reply_id) VALUES (?, ?, ?)",
        [("digest:full", "2026-11-30T08:00:00.000000+00:00", 3)],
    )
    conn.executemany(
        "INSERT INTO cursors (mailbox, uidvalidity, last_uid, updated_at) VALUES (?, ?, ?, ?)",
        [
            ("digest:full", int(later.timestamp()), 9, later.isoformat()),
            ("digest:urgent", int(later.timestamp()), 9, later.isoformat()),
        ],
    )
    conn.commit()
    conn.close()
    with Ledger.open(db) as led:
        assert [a.reply_message_id for a in led.pending_alerts()] == ["<pending@x>"]
        assert led.claim_alert("<pending@x>", later) is False  # never alerted twice
        assert led.claim_alert("<done@x>", later) is False
        assert led.mark_alerted("<done@x>", later) is False  # done stays done
        # Migration 6 moves the crisis replies out of the forwards in their turn.
        assert [f.reply_message_id for f in led.pending_forwards()] == ["<holiday@x>"]
        assert [c.reply_message_id for c in led.pending_crisis_replies()] == ["<c@x>"]
        assert led.claim_crisis_reply("<c@x>", later) is False  # never answered twice
        assert led.mark_alerted("<pending@x>", later) is True
        assert led.pending_alerts() == []
        # The newer place the cursor table held wins; nothing else moved.
        assert led.digest_state("digest:full") == DigestMark("digest:full", later, 9)
        assert led.digest_state("digest:urgent") == DigestMark("digest:urgent", later, 9)


def test_never_claimed_before_send_at_even_after_a_replayed_recover(ledger: Ledger) -> None:
    later = T0 + timedelta(minutes=30)
    ledger.enqueue([item(1, later)])
    assert len(ledger.claim_due(T0 + timedelta(hours=1))) == 1
    # A replay with an earlier --now recovers the row with next_attempt_at before send_at.
    assert ledger.recover(T0) == 1
    assert ledger.claim_due(T0 + timedelta(minutes=10)) == []
    assert len(ledger.claim_due(later)) == 1
