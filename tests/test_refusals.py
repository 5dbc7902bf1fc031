"""The journal of refusals kept apart from the ledger: replayed in order, damage skipped."""

from __future__ import annotations

from pathlib import Path

from carecall_mail.store import refusals


def test_standing_refusals_replay_the_journal_in_order(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    entries = [
        {"kind": "consent", "client_id": "c-1", "stream": "checkins", "allowed": False,
         "at": "2026-11-01T10:00:00+00:00", "source": "reply:a"},
        {"kind": "consent", "client_id": "c-2", "stream": "all", "allowed": False,
         "at": "2026-11-02T10:00:00+00:00", "source": "reply:b"},
        {"kind": "consent", "client_id": "c-2", "stream": "all", "allowed": True,
         "at": "2026-11-03T10:00:00+00:00", "source": "cli"},
        {"kind": "suspended", "address": "Old@Example.org", "client_id": "c-3",
         "reason": "5.1.1", "at": "2026-11-04T10:00:00+00:00"},
        {"kind": "suspended", "address": "gone@example.org", "client_id": None,
         "reason": "5.1.1", "at": "2026-11-04T10:00:00+00:00"},
        {"kind": "unsuspended", "address": " Gone@Example.org"},  # as typed: same address
    ]  # fmt: skip
    for entry in entries[:3]:
        refusals.append(ledger, entry)
    # A crash mid-write leaves half a line: the lines around it still count.
    with refusals.journal(ledger).open("a", encoding="utf-8") as f:
        f.write('{"kind": "consent", "client_id": "c-9"\n')
    for entry in entries[3:]:
        refusals.append(ledger, entry)
    assert refusals.journal(ledger).stat().st_mode & 0o777 == 0o600
    consent, suspended = refusals.standing(ledger)
    assert consent == [("c-1", "checkins", 0, "2026-11-01T10:00:00+00:00", "reply:a")]
    assert suspended == [("old@example.org", "c-3", "5.1.1", "2026-11-04T10:00:00+00:00")]


def test_no_journal_is_no_refusal_and_an_unwritable_one_costs_nothing(tmp_path: Path) -> None:
    assert refusals.standing(tmp_path / "ledger.sqlite3") == ([], [])
    # A journal that cannot be written is logged, never raised: the ledger's record stands.
    refusals.append(tmp_path / "missing-dir" / "ledger.sqlite3", {"kind": "consent"})
