"""`carecall retry` respects the send window (issue 12): a message queued again
outside its client's window goes when the window next opens, not at once."""

from __future__ import annotations

from datetime import UTC, datetime

from practice import Practice, ok

from carecall_mail.app.runtime import ledger_path, make_transport
from carecall_mail.config.loading import load_config
from carecall_mail.jobs.send import send_pass
from carecall_mail.store.records import OutboxRow, OutboxStatus
from carecall_mail.store.sqlite import Ledger
from carecall_mail.templates.render import Renderer

MONDAY = "2026-11-23T16:00:00+01:00"  # three check-ins due (see test_sending.py)
JONAS = "checkin:c-002:2026-08-20:three-months"  # Zurich, window 09:00-17:00
LENA = "checkin:c-003:2026-11-16:one-week"  # Zurich
TOM = "checkin:c-004:2026-11-10:one-week"  # New York: 20:00 in Zurich is 14:00 there


def rows(practice: Practice) -> dict[str, OutboxRow]:
    with Ledger.open(ledger_path(load_config(practice.config))) as ledger:
        return {r.key: r for status in OutboxStatus for r in ledger.rows(status)}


def test_retry_outside_the_window_waits_for_its_next_opening(practice: Practice) -> None:
    # Every check-in fails: its templates are gone (deleted under a running worker).
    config = load_config(practice.config)
    moved = [practice.path(f"templates/{name}.j2") for name in ("checkin", "checkin_long")]
    for path in moved:
        path.rename(path.with_suffix(".saved"))
    with Ledger.open(ledger_path(config)) as ledger:
        renderer = Renderer(config.templates_dir)
        now = datetime.fromisoformat(MONDAY)
        send_pass(config, ledger, lambda: make_transport(config), renderer, now)
        failed = {r.key for r in ledger.rows(OutboxStatus.FAILED)}
    assert failed >= {JONAS, LENA, TOM}
    for path in moved:
        path.with_suffix(".saved").rename(path)

    # Fixed at 20:00 in Zurich, after the window closed there (not yet in New York).
    out = ok(practice, "retry", "--failed", "--now", "2026-11-23T20:00:00+01:00")
    assert "goes at 2026-11-24 09:00" in out
    after = rows(practice)
    tuesday_9_zurich = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    assert after[LENA].status is OutboxStatus.QUEUED
    assert after[LENA].next_attempt_at == tuesday_9_zurich
    assert after[JONAS].next_attempt_at == tuesday_9_zurich
    assert after[LENA].attempts == 0 and after[LENA].last_error  # why it failed stays shown

    # At 20:05 only Tom, inside his own window, gets his; the others on Tuesday at 09:00.
    ok(practice, "send", "--now", "2026-11-23T20:05:00+01:00")
    evening = rows(practice)
    assert evening[TOM].status is OutboxStatus.SENT
    assert evening[LENA].status is OutboxStatus.QUEUED
    assert evening[JONAS].status is OutboxStatus.QUEUED
    ok(practice, "send", "--now", "2026-11-24T09:00:00+01:00")
    morning = rows(practice)
    assert morning[LENA].status is OutboxStatus.SENT and morning[JONAS].status is OutboxStatus.SENT
