"""The kinds registry: what the planner decides is what the client is told.

A kind of message (check-in, resupply reminder, birthday greeting, holiday notice)
has one home, `carecall_mail.kinds`; the planner's decisions travel with the outbox
row (its `params`) and compose reads them back instead of working them out again.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from practice import Practice, ok
from test_sending import body_text, outbox


@pytest.fixture
def practice(tmp_path: Path) -> Practice:
    return Practice(tmp_path / "p")


# A short break listed after the winter one but earlier in time. Magnesium (c-001,
# dispensed 2 October for 90 days) runs out on 31 December, in the winter break; its
# reminder, due 14 days before (17 December), falls in the short break, so the planner
# moves it to 14 days before the short break begins: Monday 30 November.
SHORT_BREAK = """\
  - id: short-break
    from: 2026-12-14
    to: 2026-12-18
    notice_before: [3d]
    template: holiday_notice
"""


def test_a_reminder_moved_for_a_second_break_names_that_break(practice: Practice) -> None:
    # Seen (issue 9): compose worked out the break again with its own rule and told
    # the client the winter dates while the planner had moved it for the short break.
    schedules = practice.read("config/schedules.yaml")
    practice.write("config/schedules.yaml", schedules + SHORT_BREAK)
    ok(practice, "send", "--now", "2026-11-30T10:00:00+01:00")
    reminders = [
        m
        for m in outbox(practice)
        if m["To"].addresses[0].addr_spec == "maria@example.org"
        and m["Subject"] == "Your supplies will run out soon"
    ]
    assert len(reminders) == 1
    text = " ".join(body_text(reminders[0]).split())
    assert "away from Monday 14 December 2026 to Friday 18 December 2026" in text
    assert "20 December" not in text
