"""Bugs found by reviewing the core as a practitioner uses it (one test per bug)."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest
from practice import Practice

from carecall_mail.cli import main
from carecall_mail.config import load_config
from carecall_mail.ledger import Ledger, OutboxRow, OutboxStatus
from carecall_mail.runtime import ledger_path

NOW = "2026-11-23T10:00:00+01:00"


@pytest.fixture
def practice(tmp_path: Path) -> Practice:
    return Practice(tmp_path / "p")


def run(practice: Practice, *args: str) -> int:
    return main([*args[:1], "-c", str(practice.config), *args[1:]])


def outbox(practice: Practice) -> list[email.message.EmailMessage]:
    files = sorted((practice.root / "var" / "outbox" / "new").iterdir())
    return [
        email.message_from_bytes(f.read_bytes(), policy=email.policy.default)  # type: ignore[misc]
        for f in files
    ]


def statuses(practice: Practice) -> dict[str, OutboxStatus]:
    config = load_config(practice.config)
    with Ledger.open(ledger_path(config)) as ledger:
        return {r.key: r.status for s in OutboxStatus for r in ledger.rows(s)}


# ---------------------------------------------------------------- templates


# ---------------------------------------------------------------- addresses


# ---------------------------------------------------------------- the send pass


class _CrashingTransport:
    """A transport whose software breaks mid-pass (not a server's refusal)."""

    async def deliver(self, batch: object, on_outcome: object) -> None:
        raise RuntimeError("transport bug")

    async def aclose(self) -> None:
        return None


def test_a_crashed_send_pass_puts_its_claimed_rows_back_in_the_queue(
    practice: Practice, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The worker lives for weeks: rows a crashed pass left in `sending` were only
    # recovered at the next start, so those clients silently got nothing.
    import carecall_mail.worker as worker_module
    from carecall_mail.cli import load_checked, parse_now

    now = parse_now(NOW)
    worker = worker_module.Worker(practice.config, load_checked, clock=lambda: now)
    try:
        monkeypatch.setattr(worker_module, "make_transport", lambda config: _CrashingTransport())
        worker.run_job("send", worker.send_job)  # logged, not raised
        due = [k for k, s in statuses(practice).items() if s != OutboxStatus.SKIPPED]
        assert due and all(statuses(practice)[k] == OutboxStatus.QUEUED for k in due)
        monkeypatch.undo()
        worker.run_job("send", worker.send_job)
        assert all(statuses(practice)[k] == OutboxStatus.SENT for k in due)
    finally:
        worker.close()


def test_an_unexpected_error_composing_one_message_holds_back_only_that_one(
    practice: Practice, monkeypatch: pytest.MonkeyPatch
) -> None:
    import carecall_mail.sending as sending

    real = sending.compose

    def compose(config: object, renderer: object, row: OutboxRow, **kw: object) -> object:
        if row.key.startswith("checkin:c-002:"):
            raise UnicodeEncodeError("ascii", "ö", 0, 1, "not ASCII")
        return real(config, renderer, row, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(sending, "compose", compose)
    # A message that cannot be composed is failed at once and said so (exit 1, issue 12):
    # `carecall retry` queues it again once the cause is fixed. The others go out.
    assert run(practice, "send", "--now", NOW) == 1
    got = statuses(practice)
    assert got["checkin:c-002:2026-08-20:three-months"] == OutboxStatus.FAILED
    assert got["checkin:c-003:2026-11-16:one-week"] == OutboxStatus.SENT


# ---------------------------------------------------------------- the command line


# ---------------------------------------------------------------- hand-edited YAML


# ---------------------------------------------------------------- the planner


def test_a_resupply_reminder_moved_for_a_break_goes_out_before_it_begins() -> None:
    # Break from Sunday 20 December; the reminder moved to Saturday 19th opened on
    # Monday 21st, during the break it was moved to avoid.
    from datetime import timedelta

    from planning import at, client, config, holiday

    from carecall_mail.ledger_view import LedgerView
    from carecall_mail.planner import plan

    zinc = client("c-1", supplies=[("Zinc", "2026-12-01", 21)])  # runs out on the 22nd
    cfg = config(
        [zinc],
        days=("mon", "tue", "wed", "thu", "fri"),
        resupply="1d",
        holidays=[holiday("w", "2026-12-20", "2027-01-04")],
    )
    items = plan(cfg, LedgerView(), at("2026-12-10T09:00"), horizon=timedelta(days=30))
    reminder = next(p for p in items if p.kind == "resupply")
    assert reminder.holiday_id == "w"
    assert reminder.send_at == at("2026-12-18T09:00")  # the Friday before
