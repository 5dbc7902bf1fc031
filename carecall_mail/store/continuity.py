"""A lost ledger never becomes a blast: the state dir remembers that the practice has sent.

The ledger is what makes every message go once. Deleted, truncated or broken, it
would look like a new practice: every notice still in its grace would go again
with new Message-IDs, and a client who opted out by email would be mailed. So a
marker kept apart from the ledger file (`var/practice-history.json`) says that this
practice has sent before; with the marker there and the ledger missing, empty or
unreadable, opening the ledger fails with what to do, and nothing is sent until the
practitioner restores a backup (`carecall restore FILE`) or explicitly starts over
(`carecall start-over`, which treats everything already due as sent).

Backups use SQLite's online backup API, so they are consistent while a worker runs.
A restore keeps what the current ledger knows of opt-outs and bounced addresses:
a backup from last week must not bring back a client who said no yesterday.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from carecall_mail.core.errors import CareCallError
from carecall_mail.store import refusals
from carecall_mail.store.errors import StoreError, full_disk

__all__ = [
    "MARKER_FILE",
    "LedgerLost",
    "backup",
    "check_ledger",
    "daily_backup",
    "note_history",
    "restore",
]

MARKER_FILE = "practice-history.json"
STARTED_OVER = "started_over_at"  # meta row: an explicit fresh start, empty by choice


class LedgerLost(CareCallError):
    """The practice has sent before, and its ledger is missing, empty or unreadable."""


def _marker(ledger_path: Path) -> Path:
    return ledger_path.parent / MARKER_FILE


def _read_marker(ledger_path: Path) -> dict[str, str] | None:
    try:
        data = json.loads(_marker(ledger_path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {"since": "an unknown date"}  # a damaged marker still says "sent before"
    return data if isinstance(data, dict) else {"since": "an unknown date"}


def _what_is_wrong(ledger_path: Path) -> str | None:
    """Why the ledger at `ledger_path` cannot be the practice's memory, or None."""
    try:
        size = ledger_path.stat().st_size
    except FileNotFoundError:
        return "is missing"
    except OSError as exc:
        return f"cannot be read ({exc.strerror})"
    if size == 0:
        return "is empty"
    try:
        conn = sqlite3.connect(f"file:{ledger_path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return f"cannot be read ({exc})"
    try:
        conn.execute("PRAGMA query_only = ON")
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "outbox" not in tables or "meta" not in tables:
            return "holds no ledger"
        if conn.execute("SELECT EXISTS (SELECT 1 FROM outbox)").fetchone()[0]:
            return None
        started_over = conn.execute("SELECT 1 FROM meta WHERE name = ?", (STARTED_OVER,)).fetchone()
        return None if started_over else "has no record of anything sent"
    except sqlite3.DatabaseError as exc:
        return f"cannot be read ({exc})"
    finally:
        conn.close()


def check_ledger(ledger_path: Path) -> None:
    """Raise LedgerLost when the practice has sent before and this ledger cannot say what."""
    marker = _read_marker(ledger_path)
    if marker is None:
        return
    wrong = _what_is_wrong(ledger_path)
    if wrong is None:
        return
    full = full_disk(ledger_path)
    if full is not None and wrong.startswith("cannot be read"):
        # SQLite cannot open a ledger on a full disk: restore or start over would be the
        # wrong cure for a ledger that is fine (issue 12 item 7).
        raise StoreError(full)
    backups = ledger_path.parent / "backups"
    raise LedgerLost(
        f"{ledger_path} {wrong}, but this practice has sent mail before (since "
        f"{marker.get('since', 'an unknown date')}). Nothing is sent until it is back, "
        "or every message still in its grace would go again and clients who opted out "
        f"would be mailed. Restore a backup: carecall restore FILE (backups are in "
        f"{backups}); or, if there is none, start over: carecall start-over (everything "
        "already due is then treated as sent)."
    )


def note_history(ledger_path: Path, now: datetime) -> None:
    """Write the marker once the ledger holds anything (cheap: one EXISTS, one stat)."""
    marker = _marker(ledger_path)
    if marker.exists():
        return
    try:
        conn = sqlite3.connect(f"file:{ledger_path}?mode=ro", uri=True)
        try:
            held = conn.execute("SELECT EXISTS (SELECT 1 FROM outbox)").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return
    if held:
        _write_private(marker, json.dumps({"since": now.isoformat()}).encode())


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    tmp.replace(path)


def backup(ledger_path: Path, target: Path) -> Path:
    """An online copy of the ledger (consistent while a worker writes), owner-only."""
    if _what_is_wrong(ledger_path) not in (None, "has no record of anything sent"):
        raise LedgerLost(f"{ledger_path} {_what_is_wrong(ledger_path)}: nothing to back up")
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    source = sqlite3.connect(f"file:{ledger_path}?mode=ro", uri=True)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


# What a restore keeps from the ledger it replaces: the decisions never to mail again.
_KEEP = (
    ("consent", "SELECT client_id, stream, allowed, at, source FROM consent WHERE allowed = 0"),
    ("suspended", "SELECT address, client_id, reason, at FROM suspended"),
)


def restore(ledger_path: Path, source_file: Path, now: datetime) -> tuple[int, int]:
    """Put the backup `source_file` in place of the ledger; returns the opt-outs and
    suspensions carried over from the ledger it replaces (when that one is readable)."""
    wrong = _what_is_wrong(source_file)
    if wrong not in (None, "has no record of anything sent"):
        raise CareCallError(f"{source_file} {wrong}: not a CareCall ledger backup")
    # The refusals written down apart from the ledger (refusals.jsonl), and those the
    # ledger being replaced still knows, when it can be read.
    journal_consent, journal_suspended = refusals.standing(ledger_path)
    kept: dict[str, list[tuple[object, ...]]] = {
        "consent": list(journal_consent),
        "suspended": list(journal_suspended),
    }
    if _what_is_wrong(ledger_path) in (None, "has no record of anything sent"):
        current = sqlite3.connect(f"file:{ledger_path}?mode=ro", uri=True)
        try:
            for table, sql in _KEEP:
                kept[table] = list(dict.fromkeys([*kept[table], *current.execute(sql)]))
        except sqlite3.DatabaseError:
            pass
        finally:
            current.close()
    if ledger_path.exists():
        aside = ledger_path.with_name(f"{ledger_path.name}.replaced-{now:%Y%m%dT%H%M%S}")
        ledger_path.replace(aside)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{ledger_path}{suffix}").unlink(missing_ok=True)
    fd = os.open(ledger_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    src = sqlite3.connect(f"file:{source_file}?mode=ro", uri=True)
    dest = sqlite3.connect(ledger_path)
    try:
        src.backup(dest)
        with dest:
            _carry(dest, kept["consent"], kept["suspended"])
    finally:
        dest.close()
        src.close()
    return len({row[:2] for row in kept["consent"]}), len({row[0] for row in kept["suspended"]})


def _carry(
    dest: sqlite3.Connection,
    consent: Sequence[tuple[object, ...]],
    suspended: Sequence[tuple[object, ...]],
) -> None:
    """Put opt-outs and suspensions into a ledger: an opt-out newer than the one it holds
    wins, one it already has stays; a suspended address stays suspended."""
    for row in consent:
        dest.execute(
            "INSERT INTO consent (client_id, stream, allowed, at, source) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (client_id, stream) DO UPDATE SET "
            "allowed = excluded.allowed, at = excluded.at, source = excluded.source "
            "WHERE excluded.at > consent.at",
            row,
        )
    dest.executemany(
        "INSERT INTO suspended (address, client_id, reason, at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (address) DO NOTHING",
        suspended,
    )


def start_over(ledger_path: Path, now: datetime, record: Callable[[], int]) -> int:
    """An explicit fresh start: the unreadable ledger is moved aside, a new one is made by
    `record` (which treats everything already due as sent), and marked as started over."""
    if ledger_path.exists() and _what_is_wrong(ledger_path) not in (None, "is empty"):
        aside = ledger_path.with_name(f"{ledger_path.name}.broken-{now:%Y%m%dT%H%M%S}")
        ledger_path.replace(aside)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{ledger_path}{suffix}").unlink(missing_ok=True)
    recorded = record()
    consent, suspended = refusals.standing(ledger_path)
    conn = sqlite3.connect(ledger_path)
    try:
        with conn:
            conn.execute(
                "INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                (STARTED_OVER, now.isoformat()),
            )
            _carry(conn, consent, suspended)  # a fresh start never forgets who said no
    finally:
        conn.close()
    return recorded


BACKUP_KEEP_DAYS = 14


def daily_backup(
    ledger_path: Path, now: datetime, keep_days: int = BACKUP_KEEP_DAYS
) -> Path | None:
    """The worker's backup: one a day in `backups/` beside the ledger, the last
    `keep_days` kept. Returns the file made, or None when today's is already there."""
    backups = ledger_path.parent / "backups"
    today = backups / f"ledger-{now:%Y-%m-%d}.sqlite3"
    made: Path | None = None
    if not today.exists() and _what_is_wrong(ledger_path) is None:
        made = backup(ledger_path, today)
    cutoff = f"ledger-{now - timedelta(days=keep_days):%Y-%m-%d}.sqlite3"
    for old in backups.glob("ledger-????-??-??.sqlite3"):
        if old.name < cutoff:  # ISO dates sort as text
            old.unlink(missing_ok=True)
    return made
