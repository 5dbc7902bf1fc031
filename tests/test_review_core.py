"""Bugs found by reviewing the core as a practitioner uses it (one test per bug)."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest
from practice import Practice

from carecall_mail.cli import main
from carecall_mail.config import load_config
from carecall_mail.ledger import Ledger, OutboxStatus
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
