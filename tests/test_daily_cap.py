"""`outgoing.max_per_day` (issue 10 item 3): a broadcast above the cap is spread over
the next open days, emergency clients and resupply first; the sender never exceeds it."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from bigpractice import NOW, BigPractice, smtp_outgoing, write_big_practice
from planning import at, client, config, holiday
from smtp_fault_server import FaultSMTPServer
from test_rate_limits import PLAIN, carecall  # the same loopback server set-up

from carecall_mail.config.loading import load_config
from carecall_mail.config.schema import Client, Config, SmtpOutgoing
from carecall_mail.core.kinds import CHECKIN, HOLIDAY_NOTICE, RESUPPLY
from carecall_mail.core.ledger_view import LedgerView
from carecall_mail.core.planner import Planned, day_load, max_per_day, plan
from carecall_mail.jobs.send import SendReport, enqueue_due, queue_item
from carecall_mail.store.records import OutboxRow, OutboxStatus
from carecall_mail.store.sqlite import Ledger

ZURICH = ZoneInfo("Europe/Zurich")
THU = date(2026, 12, 3)  # a Thursday; Sat 5 and Sun 6 are outside the window


def capped(cfg: Config, cap: int | None) -> Config:
    """`cfg` sending by SMTP with `max_per_day: cap`."""
    outgoing = SmtpOutgoing(transport="smtp", host="127.0.0.1", max_per_day=cap)
    practice = cfg.practice.model_copy(update={"outgoing": outgoing})
    return Config(practice, cfg.clients, cfg.schedules, cfg.root)


def checkin_clients(n: int, *, emergency: int = 0) -> list[Client]:
    """`n` clients whose one-week check-in is due on Thursday; the first `emergency`
    of them are emergency clients (their ids sort last, so key order does not help)."""
    return [
        client(f"z-{i:04d}" if i < emergency else f"c-{i:04d}", sessions=["2026-11-26"])
        if i >= emergency
        else client(f"z-{i:04d}", sessions=["2026-11-26"], emergency=True)
        for i in range(n)
    ]


def days_of(items: list[Planned]) -> Counter[date]:
    return Counter(p.send_at.astimezone(ZURICH).date() for p in items)


def test_a_500_broadcast_with_cap_200_goes_over_three_open_days() -> None:
    # Monday 7 is a holiday: after Thu and Fri the next open day is Tuesday 8.
    cfg = capped(
        config(
            checkin_clients(500),
            checkins=[("one-week", "7d")],
            holidays=[holiday("bridge", "2026-12-07", "2026-12-07", notice_before=())],
        ),
        200,
    )
    now = at("2026-12-03T09:00")
    items = plan(cfg, LedgerView(), now)
    assert len(items) == 500 and all(p.skip_reason is None for p in items)
    assert days_of(items) == {THU: 200, date(2026, 12, 4): 200, date(2026, 12, 8): 100}
    for p in items:
        # Today's go now, at their time; the moved ones at 09:00 of their day.
        assert p.deferred_by_cap == (p.send_at > now)
        assert p.send_at.astimezone(now.tzinfo).time().hour == 9
    # Deterministic: by original time, then key.
    assert [p.client_id for p in items[:200]] == [f"c-{i:04d}" for i in range(200)]
    moved = next(p for p in items if p.deferred_by_cap)
    assert moved.to_json()["deferred_by_cap"] is True
    assert "deferred_by_cap" not in items[0].to_json()


def test_without_a_cap_everything_goes_today() -> None:
    cfg = capped(config(checkin_clients(300), checkins=[("one-week", "7d")]), None)
    items = plan(cfg, LedgerView(), at("2026-12-03T09:00"))
    assert days_of(items) == {THU: 300}
    assert not any(p.deferred_by_cap for p in items)


def test_what_the_ledger_already_holds_for_a_day_counts() -> None:
    cfg = capped(config(checkin_clients(50), checkins=[("one-week", "7d")]), 200)
    now = at("2026-12-03T09:00")
    # 180 sent this morning, 15 queued for tomorrow by yesterday's overflow.
    sent = [at("2026-12-03T08:30")] * 180
    pending = [at("2026-12-04T09:00")] * 15
    load = day_load(cfg, sent, pending, now)
    assert load == {THU: 180, date(2026, 12, 4): 15}
    items = plan(cfg, LedgerView(), now, day_load=load)
    assert days_of(items) == {THU: 20, date(2026, 12, 4): 30}


def test_emergency_clients_then_resupply_first() -> None:
    clients = checkin_clients(30, emergency=3)
    # Supplies dispensed Nov 10 for 30 days: reminders (7d before run-out) due Thursday.
    clients += [
        client(f"s-{i}", supplies=[("insulin", "2026-11-10", 30)], sessions=["2026-11-26"])
        for i in range(4)
    ]
    cfg = capped(
        config(clients, checkins=[("one-week", "7d")], resupply="7d"),
        200,
    )
    now = at("2026-12-03T09:00")
    items = plan(cfg, LedgerView(), now, day_load={THU: 190})  # room for 10 today
    today = [p for p in items if not p.deferred_by_cap]
    assert len(today) == 10
    by_rank = sorted(today, key=lambda p: p.key)
    assert {p.client_id for p in today if p.client_id.startswith("z-")} == {
        "z-0000",
        "z-0001",
        "z-0002",
    }
    assert sum(p.kind == RESUPPLY.name for p in by_rank) == 4
    assert {p.client_id for p in today if p.kind == CHECKIN.name} == {
        "z-0000",
        "z-0001",
        "z-0002",
        "c-0003",
        "c-0004",
        "c-0005",
    }
    # Every one of the 34 + 4 is still planned: the cap delays, it never drops.
    assert len(items) == 38 and all(p.skip_reason is None for p in items)


def test_a_holiday_notice_is_never_pushed_past_its_break() -> None:
    # Away Mon 7 – Fri 11; the 3-day notice is due Friday 4, the last open day before.
    away = holiday("winter", "2026-12-07", "2026-12-11", notice_before=("3d",), audience="all")
    clients = [client(f"a-{i:04d}", sessions=["2026-11-27"]) for i in range(150)]
    cfg = capped(config(clients, checkins=[("one-week", "7d")], holidays=[away]), 200)
    now = at("2026-12-04T09:00")
    items = plan(cfg, LedgerView(), now)
    notices = [p for p in items if p.kind == HOLIDAY_NOTICE.name]
    checkins = [p for p in items if p.kind == CHECKIN.name]
    assert len(notices) == 150 and len(checkins) == 150
    # By key, check-ins would come first; the notices cannot wait, so they go Friday.
    assert days_of(notices) == {date(2026, 12, 4): 150}
    assert days_of(checkins) == {date(2026, 12, 4): 50, date(2026, 12, 14): 100}


def test_a_notice_with_days_left_waits_like_the_rest() -> None:
    # The break begins on Tuesday 15: a notice due Friday 4 can still go on Monday 7.
    away = holiday("winter", "2026-12-15", "2026-12-18", notice_before=("11d",), audience="all")
    clients = [client(f"a-{i:04d}", sessions=["2026-11-27"]) for i in range(150)]
    cfg = capped(config(clients, checkins=[("one-week", "7d")], holidays=[away]), 200)
    items = plan(cfg, LedgerView(), at("2026-12-04T09:00"))
    assert days_of(items) == {date(2026, 12, 4): 200, date(2026, 12, 7): 100}


# ---------------------------------------------------------------- through the CLI

CLIENTS = 12


def outbox(big: BigPractice) -> list[OutboxRow]:
    with Ledger.open(big.ledger) as ledger:
        return [r for s in OutboxStatus for r in ledger.rows(s)]


def capped_practice(root: Path, server: FaultSMTPServer, cap: int | None) -> BigPractice:
    outgoing = smtp_outgoing(server.host, server.port, connections=2, timeout=10)
    if cap is not None:
        outgoing["max_per_day"] = cap
    return write_big_practice(root, CLIENTS, outgoing=outgoing)


@pytest.mark.parametrize("fault_smtp", [PLAIN], indirect=True)
def test_send_sends_exactly_the_cap_and_the_rest_goes_on_the_next_open_days(
    tmp_path: Path, fault_smtp: FaultSMTPServer
) -> None:
    big = capped_practice(tmp_path / "practice", fault_smtp, 5)
    code, said = carecall(big, "plan", "--json", now=NOW)
    assert code == 0, said
    shown = [json.loads(line) for line in said.splitlines()]
    assert len(shown) == CLIENTS
    assert Counter(row["send_at"][:10] for row in shown) == {
        "2027-03-01": 5,
        "2027-03-02": 5,
        "2027-03-03": 2,
    }
    assert sum(row.get("deferred_by_cap", False) for row in shown) == 7

    code, said = carecall(big, "send", now=NOW)
    assert code == 0, said
    assert len(fault_smtp.messages) == 5
    assert "7 wait for tomorrow's cap (max_per_day: 5)" in said, said
    rows = outbox(big)
    waiting = [r for r in rows if r.status is OutboxStatus.QUEUED]
    assert len(waiting) == 7 and all(r.attempts == 0 for r in waiting)
    code, said = carecall(big, "status", now=NOW)
    assert code == 0 and "7 wait for tomorrow's cap (max_per_day: 5)" in said, said

    # Later the same day: nothing more goes. Then Tuesday's five, then Wednesday's two.
    assert carecall(big, "send", now=NOW + timedelta(hours=3))[0] == 0
    assert len(fault_smtp.messages) == 5
    assert carecall(big, "send", now=NOW + timedelta(days=1))[0] == 0
    assert len(fault_smtp.messages) == 10
    assert carecall(big, "send", now=NOW + timedelta(days=2))[0] == 0
    ids = Counter(str(t.message()["Message-ID"]) for t in fault_smtp.messages)
    assert len(ids) == CLIENTS and set(ids.values()) == {1}
    assert all(r.status is OutboxStatus.SENT for r in outbox(big))


@pytest.mark.parametrize("fault_smtp", [PLAIN], indirect=True)
def test_the_sender_holds_to_the_cap_whatever_was_queued(
    tmp_path: Path, fault_smtp: FaultSMTPServer
) -> None:
    # Queued before the cap was set (say, by a worker that then was down): all due now.
    big = capped_practice(tmp_path / "practice", fault_smtp, None)
    with Ledger.open(big.ledger) as ledger:
        items = plan(load_config(big.config), ledger.view(), NOW)
        assert ledger.enqueue([queue_item(p) for p in items], NOW) == CLIENTS
    capped_practice(tmp_path / "practice", fault_smtp, 5)
    code, said = carecall(big, "send", now=NOW)
    assert code == 0, said
    assert len(fault_smtp.messages) == 5
    waiting = [r for r in outbox(big) if r.status is OutboxStatus.QUEUED]
    assert len(waiting) == 7 and all(r.attempts == 0 for r in waiting)
    # Not at midnight: at the next open day's window.
    assert {r.next_attempt_at for r in waiting} == {NOW.replace(day=2, hour=9)}
    code, said = carecall(big, "status", now=NOW)
    assert "7 wait for tomorrow's cap (max_per_day: 5)" in said, said


@pytest.mark.parametrize("as_json", [False, True])
def test_plan_exits_1_when_a_client_cannot_be_planned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, as_json: bool
) -> None:
    # Validation refuses such a date in clients.yaml; a model built past it stands for
    # whatever data it may still miss (as in test_kinds).
    from carecall_mail.app import cli
    from carecall_mail.config.schema import ResupplyRule, Supply

    big = write_big_practice(tmp_path / "practice", 3)
    good = load_config(big.config)
    impossible = Supply.model_construct(item="Zinc", dispensed=date(9999, 12, 1), days=90)
    broken = dataclasses.replace(
        good,
        clients=tuple(
            c.model_copy(update={"supplies": (impossible,)}) if i == 1 else c
            for i, c in enumerate(good.clients)
        ),
        schedules=good.schedules.model_copy(
            update={"resupply": ResupplyRule(before_runout="7d", template="resupply")}
        ),
    )
    monkeypatch.setattr(cli, "load_checked", lambda _dir: broken)
    code, said = carecall(big, "plan", *(["--json"] if as_json else []), now=NOW)
    assert code == 1, said
    assert f"client {good.clients[1].id}: its messages cannot be planned" in said
    # The others are still shown.
    assert said.count(big.notice_key(0)) == 1


@pytest.mark.parametrize("value", [0, -5, True, "200", 2.5])
def test_max_per_day_must_be_a_positive_whole_number(tmp_path: Path, value: object) -> None:
    outgoing = {"transport": "smtp", "host": "127.0.0.1", "max_per_day": value}
    big = write_big_practice(tmp_path / "practice", 1, outgoing=outgoing)
    code, said = carecall(big, "validate", now=NOW)
    assert code == 1
    line = next(x for x in said.splitlines() if "outgoing.max_per_day" in x)
    assert line.startswith(f"{big.config / 'practice.yaml'}:"), line


def test_the_providers_daily_limit_is_the_default_cap_and_an_explicit_one_wins(
    tmp_path: Path,
) -> None:
    gmail = {"provider": "gmail", "username": "ana@gmail.example", "password_env": "PW"}
    big = write_big_practice(tmp_path / "a", 1, outgoing=gmail)
    assert max_per_day(load_config(big.config)) == 500
    big = write_big_practice(tmp_path / "b", 1, outgoing={**gmail, "max_per_day": 2000})
    assert max_per_day(load_config(big.config)) == 2000


def test_a_cap_delays_past_grace_but_never_skips(tmp_path: Path) -> None:
    # Birthday greetings have no grace (0d): three on one Thursday with a cap of one.
    clients = [client(f"b-{i}", birthday="1980-12-03") for i in range(3)]
    cfg = capped(config(clients, birthdays=True), 1)
    thursday = at("2026-12-03T09:00")
    with Ledger.open(tmp_path / "ledger.sqlite3") as ledger:
        report = SendReport()
        enqueue_due(cfg, ledger, thursday, report)
        # (Last year's greetings, long past, are recorded as skipped: never sent.)
        assert (report.enqueued, report.capped) == (3, 2)
        # Monday: Friday's is sent, Monday's is due, and nothing was skipped since.
        report = SendReport()
        enqueue_due(cfg, ledger, at("2026-12-07T09:00"), report)
        assert (report.enqueued, report.skipped) == (0, 0)
        queued = sorted(r.send_at.astimezone(ZURICH).date() for r in ledger.queued())
    assert queued == [THU, date(2026, 12, 4), date(2026, 12, 7)]
