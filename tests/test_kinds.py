"""The kinds registry: what the planner decides is what the client is told.

A kind of message (check-in, resupply reminder, birthday greeting, holiday notice)
has one home, `carecall_mail.core.kinds`; the planner's decisions travel with the outbox
row (its `params`) and compose reads them back instead of working them out again.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from planning import at, client, config, holiday
from practice import Practice, ok
from test_sending import body_text, outbox

from carecall_mail.app.runtime import ledger_path
from carecall_mail.config.loading import load_config
from carecall_mail.config.schema import Client, Config, Supply
from carecall_mail.core import kinds, planner
from carecall_mail.core.context import Sample, base_context
from carecall_mail.core.durations import Duration
from carecall_mail.core.kinds import Kind, Params, sample_contexts
from carecall_mail.core.ledger_view import LedgerView
from carecall_mail.core.planner import Pass, Planned, plan
from carecall_mail.jobs.send import SendReport, enqueue_due
from carecall_mail.store.records import QueueItem
from carecall_mail.store.sqlite import MIGRATIONS, SCHEMA_VERSION, Ledger

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
    text = reminder_text(practice)
    assert "away from Monday 14 December 2026 to Friday 18 December 2026" in text
    assert "20 December" not in text


def test_a_row_from_before_params_were_kept_is_read_back_from_its_key(
    practice: Practice,
) -> None:
    # A ledger as release 2 left it (no params column), holding the queued reminder:
    # the migration keeps it, and compose reads it back from its key, with the break
    # the planner's own rule moves it for.
    practice.write("config/schedules.yaml", practice.read("config/schedules.yaml") + SHORT_BREAK)
    db = ledger_path(load_config(practice.config))
    db.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db)
    for migration in MIGRATIONS[:2]:
        for statement in migration:
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    at = "2026-11-30T09:00:00+00:00"
    conn.execute(
        "INSERT INTO outbox (key, kind, client_id, to_addr, send_at, template, status,"
        " attempts, next_attempt_at, created_at, updated_at)"
        " VALUES (?, 'resupply', 'c-001', 'maria@example.org', ?, 'resupply', 'queued', 0,"
        " ?, ?, ?)",
        (MAGNESIUM, at, at, at, at),
    )
    conn.commit()
    conn.close()
    with Ledger.open(db) as ledger:
        row = ledger.get(MAGNESIUM)
        assert ledger.schema_version == SCHEMA_VERSION and row is not None
        assert row.params is None
    ok(practice, "send", "--now", "2026-11-30T10:00:00+01:00")
    assert "away from Monday 14 December 2026" in reminder_text(practice)


MAGNESIUM = "resupply:c-001:magnesium-complex:2026-10-02"


def reminder_text(practice: Practice) -> str:
    (msg,) = [
        m
        for m in outbox(practice)
        if m["To"].addresses[0].addr_spec == "maria@example.org"
        and m["Subject"] == "Your supplies will run out soon"
    ]
    return " ".join(body_text(msg).split())


def test_the_outbox_keeps_the_planners_params(tmp_path: Path) -> None:
    params = {"item": "zinc", "dispensed": "2026-12-01", "break": "w"}
    with Ledger.open(tmp_path / "ledger.sqlite3") as ledger:
        queued = QueueItem(
            "resupply:c-1:zinc:2026-12-01", "resupply", "c-1", "a@x", T0, "t", params
        )
        skipped = QueueItem(
            "birthday:c-1:2026", "birthday", "c-1", "a@x", T0, "t", {"year": "2026"}
        )
        assert ledger.enqueue([queued], T0) == 1
        assert ledger.record_skipped([(skipped, "past grace")], T0) == 1
        got = {r.key: r.params for r in ledger.claim_due(T0)}
        assert got == {queued.key: params}
        row = ledger.get(skipped.key)
        assert row is not None and row.params == {"year": "2026"}


# ---------------------------------------------------------------- one client's bad data

T0 = datetime(2026, 12, 10, 8, 0, tzinfo=UTC)


def test_one_clients_impossible_date_fails_that_clients_messages_only(tmp_path: Path) -> None:
    # Dispensed in 9999 for 90 days: the run-out date is past the last date Python
    # has (OverflowError), in the reminder and in the break's audience test. Validate
    # refuses such a year now; built past it, it stands for whatever validate misses.
    impossible = Supply.model_construct(item="Zinc", dispensed=date(9999, 12, 1), days=90)
    broken = client("c-bad", sessions=["2026-12-01"]).model_copy(update={"supplies": (impossible,)})
    fine = client("c-ok", sessions=["2026-12-01"], supplies=[("Zinc", "2026-12-01", 21)])
    cfg = config(
        [broken, fine],
        checkins=[("one-week", "7d")],
        resupply="7d",
        holidays=[holiday("w", "2026-12-20", "2027-01-04", notice_before=["3d"])],
    )
    now = at("2026-12-10T09:00")
    items = plan(cfg, LedgerView(), now, horizon=timedelta(days=30))
    assert {p.client_id for p in items} == {"c-ok"}
    assert {p.kind for p in items} == {"checkin", "resupply", "holiday_notice"}
    (problem,) = items.problems
    assert problem.client_id == "c-bad" and "OverflowError" in problem.error
    assert str(problem).startswith("client c-bad: its messages cannot be planned")

    # The send pass queues the others, says which client failed, and does not pass.
    with Ledger.open(tmp_path / "ledger.sqlite3") as ledger:
        report = SendReport()
        enqueue_due(cfg, ledger, now, report)
        assert report.enqueued == 1  # c-ok's check-in, due on 8 December
        assert report.problems == [str(problem)] and not report.ok


# ---------------------------------------------------------------- adding a kind

# A one-off announcement, as DESIGN.md's "announcements:" will bring: the registry
# entry, its planner rule and its template are all it needs; no module is edited.


def _announcement_context(cfg: Config, who: Client, params: Params) -> dict[str, Any]:
    return {**base_context(cfg, who), "announcement": {"address": params["address"]}}


def _announcement_samples(s: Sample) -> Iterator[dict[str, Any]]:
    yield {**s.base, "announcement": {"address": "Sample Street 1"}}


ANNOUNCEMENT = Kind(
    name="announcement",
    section="announcements",
    field="template",
    templates=lambda s: (),
    samples=_announcement_samples,
    stream="notices",
    key_fields=("announcement",),
    context=_announcement_context,
    grace=lambda s: Duration(3, "d"),
)


def _announce(p: Pass, who: Client, tz: ZoneInfo) -> list[Planned]:
    if not p.allowed(who, ANNOUNCEMENT):
        return []
    params = {"announcement": "new-address", "address": "Seestrasse 12, Zurich"}
    day = date(2026, 11, 23)
    got = p.decide(
        ANNOUNCEMENT,
        who,
        tz,
        params,
        due=day,
        scheduled=p.scheduled(tz, day, hold=True),
        hold=True,
        grace=ANNOUNCEMENT.grace(p.config.schedules),
    )
    return [] if got is None else [p.planned(got, template="announcement")]


ANNOUNCEMENT_TEMPLATE = """\
{% block subject %}We are moving{% endblock %}

{% block text %}
Dear {{ client.preferred_name }},

From January the practice is at {{ announcement.address }}.

{{ practitioner.signature }}
--
{{ optout }}
{% endblock %}
"""


def test_a_new_kind_needs_only_its_entry_its_rule_and_its_template(
    practice: Practice, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(kinds.KINDS, ANNOUNCEMENT.name, ANNOUNCEMENT)
    monkeypatch.setitem(planner.RULES, ANNOUNCEMENT.name, _announce)
    practice.write("templates/announcement.j2", ANNOUNCEMENT_TEMPLATE)
    assert list(sample_contexts("announcement", {"signature": "Ana"})) != []

    ok(practice, "send", "--now", "2026-11-23T16:00:00+01:00")
    moving = {
        m["To"].addresses[0].addr_spec: " ".join(body_text(m).split())
        for m in outbox(practice)
        if m["Subject"] == "We are moving"
    }
    # Maria (Berlin) is due; Peter said no to notices; in Tokyo it is past midnight.
    assert "aiko@example.jp" not in moving
    assert "maria@example.org" in moving
    assert (
        "Dear Maria, From January the practice is at Seestrasse 12, Zurich."
        in moving["maria@example.org"]
    )
    config_ = load_config(practice.config)
    peter = config_.client("c-006")
    assert peter is not None and peter.email not in moving
    with Ledger.open(ledger_path(config_)) as ledger:
        row = ledger.get("announcement:c-001:new-address")
        assert row is not None and row.kind == "announcement"
        assert row.params == {"announcement": "new-address", "address": "Seestrasse 12, Zurich"}


def test_status_shows_the_client_that_could_not_be_planned_until_it_is_fixed(
    practice: Practice,
) -> None:
    good = load_config(practice.config)
    impossible = Supply.model_construct(item="Zinc", dispensed=date(9999, 12, 1), days=90)
    clients = tuple(
        c.model_copy(update={"supplies": (impossible,)}) if c.id == "c-003" else c
        for c in good.clients
    )
    broken = dataclasses.replace(good, clients=clients)
    now = at("2026-11-23T16:00")
    with Ledger.open(ledger_path(good)) as ledger:
        enqueue_due(broken, ledger, now, SendReport())
    out = ok(practice, "status", "--now", now.isoformat())
    assert "Cannot plan (1): fix clients.yaml" in out
    assert "client c-003: its messages cannot be planned: OverflowError" in out
    with Ledger.open(ledger_path(good)) as ledger:
        enqueue_due(good, ledger, now, SendReport())
    assert "Cannot plan" not in ok(practice, "status", "--now", now.isoformat())


def test_a_holiday_notice_still_queued_when_the_break_begins_is_never_sent(
    practice: Practice,
) -> None:
    # Queued for 17 December (3 days before the winter break) but not sent then: the
    # worker was down, retries or the daily cap held it. On 20 December, the first day
    # away, the kind's own "too late" says so at send time and the row is skipped.
    cfg = load_config(practice.config)
    key = "holiday_notice:c-001:winter-2026:2026-12-20:3d"
    with Ledger.open(ledger_path(cfg)) as ledger:
        ledger.enqueue(
            [
                QueueItem(
                    key,
                    "holiday_notice",
                    "c-001",
                    "maria@example.org",
                    datetime(2026, 12, 17, 8, tzinfo=UTC),
                    "holiday_notice",
                    {"holiday": "winter-2026", "from": "2026-12-20", "notice_before": "3d"},
                )
            ],
            datetime(2026, 12, 17, 8, tzinfo=UTC),
        )
    ok(practice, "send", "--now", "2026-12-20T10:00:00+01:00")
    with Ledger.open(ledger_path(cfg)) as ledger:
        row = ledger.get(key)
    assert row is not None and row.status.value == "skipped", row
    assert "the break has begun" in (row.skip_reason or "")
    # Nothing else was due that Sunday: no mail at all left for a client.
    assert not practice.path("var/outbox").exists() or not outbox(practice)
