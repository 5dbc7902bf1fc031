"""Replays: a worker stepping `now` through weeks, recording what it decides like a ledger.

Each tick plans against the keys decided so far, "enqueues" the sendable items and
records the skipped ones. The expectations are worked out by hand (the example
practice) or by a deliberately naive oracle (day by day, no caches, no UTC tricks),
never read back from the planner.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from planning import at, client, config, holiday, in_window

from carecall_mail.config.loading import load_config
from carecall_mail.config.schema import Config
from carecall_mail.core.durations import Duration
from carecall_mail.core.ledger_view import LedgerView
from carecall_mail.core.planner import Planned, birthday_on, plan

EXAMPLE = Path(__file__).parents[1] / "config"
HALF_HOUR = timedelta(minutes=30)


@dataclass
class Outcome:
    sent: dict[str, tuple[datetime, Planned]] = field(default_factory=dict)
    skipped: dict[str, Planned] = field(default_factory=dict)
    ticks: list[datetime] = field(default_factory=list)


def replay(cfg: Config, ticks: Iterable[datetime]) -> Outcome:
    """Run the worker's planning loop; fail on anything planned after it was decided."""
    out = Outcome()
    decided: set[str] = set()
    for now in ticks:
        out.ticks.append(now)
        for p in plan(cfg, LedgerView(decided_keys=frozenset(decided)), now):
            assert p.key not in decided, f"{p.key} planned again at {now}"
            decided.add(p.key)
            if p.skip_reason is not None:
                out.skipped[p.key] = p
            else:
                # horizon 0: whatever is planned and not skipped is due now.
                assert p.send_at <= now, (p.key, p.send_at, now)
                out.sent[p.key] = (now, p)
    return out


def every_half_hour(start: datetime, end: datetime) -> Iterator[datetime]:
    now = start
    while now <= end:
        yield now
        now += HALF_HOUR


def with_downtime(start: datetime, end: datetime, seed: int) -> Iterator[datetime]:
    """Half-hourly ticks with random outages of up to three days."""
    rng = random.Random(seed)
    now = start
    while now <= end:
        yield now
        if rng.random() < 0.01:
            now += timedelta(minutes=30 * rng.randint(1, 6 * 48))
        else:
            now += HALF_HOUR


# ---------------------------------------------------------------- the example practice

Z, B, NY, TK, MD = (
    "Europe/Zurich",
    "Europe/Berlin",
    "America/New_York",
    "Asia/Tokyo",
    "Europe/Madrid",
)
BREAK_STARTS = at("2026-12-20T00:00")  # winter-2026, practice zone
BREAK_ENDS = at("2027-01-05T00:00")

# key -> (scheduled local send, zone, last moment it may still go out)
#
# Worked out from config/*.yaml with the rules of issue 3; the replay starts on
# Monday 2026-11-23 00:00 Zurich. Weekdays: 11-20 Fri, 11-23 Mon, 11-25 Wed,
# 11-27 Fri, 11-29 Sun, 12-03 Thu, 12-06 Sun, 12-17 Thu, 12-20 Sun, 2027-01-02 Sat.
EXPECTED_SENT: dict[str, tuple[str, str, datetime]] = {
    # 08-20 + 3mo = 11-20 (Fri), three days late at start: grace to the end of 11-27.
    "checkin:c-002:2026-08-20:three-months": ("2026-11-20T09:00", Z, at("2026-11-28T00:00")),
    # 11-16 + 7d = 11-23 (Mon).
    "checkin:c-003:2026-11-16:one-week": ("2026-11-23T09:00", Z, at("2026-12-01T00:00")),
    # 11-10 + 7d = 11-17 in New York: six days late at start, within its week.
    "checkin:c-004:2026-11-10:one-week": (
        "2026-11-17T09:00",
        NY,
        at("2026-11-25T00:00", NY),
    ),
    # 2024-11-25 + 2y = 2026-11-25 (Wed), Madrid.
    "checkin:c-008:2024-11-25:two-years": (
        "2026-11-25T09:00",
        MD,
        at("2026-12-03T00:00", MD),
    ),
    # Sofia's birthday, Friday 11-27: that day only.
    "birthday:c-005:2026": ("2026-11-27T09:00", Z, at("2026-11-28T00:00")),
    # 10-02 + 3mo = 2027-01-02 (Sat), in the break: first opening back, Tue 01-05, Berlin.
    "checkin:c-001:2026-10-02:three-months": (
        "2027-01-05T09:00",
        B,
        at("2027-01-13T00:00", B),
    ),
    # Runs out 12-17 (11-02 + 45d), reminder 12-03: no break involved. Tokyo.
    "resupply:c-007:vitamin-d3-drops:2026-11-02": (
        "2026-12-03T09:00",
        TK,
        at("2026-12-18T00:00", TK),
    ),
    # Runs out 12-31 (in the break): moved to 12-20 − 14d = 12-06 (Sun) → Mon 12-07.
    "resupply:c-001:magnesium-complex:2026-10-02": (
        "2026-12-07T09:00",
        B,
        at("2027-01-01T00:00", B),
    ),
    # Runs out 12-26 (11-16 + 40d, in the break): moved likewise to Mon 12-07.
    "resupply:c-003:arnica-c30-globules:2026-11-16": (
        "2026-12-07T09:00",
        Z,
        at("2026-12-27T00:00"),
    ),
}
# Holiday notices: 21d before 12-20 = 11-29 (Sun) → Mon 11-30; 3d = 12-17 (Thu). The
# audience: c-001 and c-003 (emergency), c-002 (session 08-20, within 6mo of 12-20),
# c-004 and c-007 (sessions in November). Not c-005 (06-01), c-006 (no consent), c-008.
for _cid, _tz in (("c-001", B), ("c-002", Z), ("c-003", Z), ("c-004", NY), ("c-007", TK)):
    EXPECTED_SENT[f"holiday_notice:{_cid}:winter-2026:2026-12-20:21d"] = (
        "2026-11-30T09:00",
        _tz,
        BREAK_STARTS,
    )
    EXPECTED_SENT[f"holiday_notice:{_cid}:winter-2026:2026-12-20:3d"] = (
        "2026-12-17T09:00",
        _tz,
        BREAK_STARTS,
    )

# Long past on the first run: recorded as skipped, never mailed.
EXPECTED_SKIPPED = {
    "checkin:c-001:2026-10-02:one-week",  # 10-09
    "checkin:c-002:2026-08-20:one-week",  # 08-27
    "checkin:c-005:2026-06-01:one-week",  # 06-08
    "checkin:c-005:2026-06-01:three-months",  # 09-01
    "checkin:c-007:2026-11-02:one-week",  # 11-09, two weeks before the start
    "checkin:c-008:2024-11-25:one-week",
    "checkin:c-008:2024-11-25:three-months",
    "birthday:c-001:2025",  # March birthdays
    "birthday:c-001:2026",
    "birthday:c-005:2025",
}

START = at("2026-11-23T00:00")
END = at("2027-01-31T23:30")  # ten weeks


@pytest.fixture(scope="module")
def ten_weeks() -> Outcome:
    """The example practice's ten weeks, every half hour: two tests read the one replay."""
    return replay(load_config(EXAMPLE), every_half_hour(START, END))


def test_example_practice_ten_weeks_every_half_hour(ten_weeks: Outcome) -> None:
    out = ten_weeks
    assert set(out.skipped) == EXPECTED_SKIPPED
    assert set(out.sent) == set(EXPECTED_SENT)
    for key, (scheduled, tz, _) in EXPECTED_SENT.items():
        when, planned = out.sent[key]
        # Late ones at start go at the first opening (Monday 09:00 local); others on time.
        expected = max(at(scheduled, tz), at("2026-11-23T09:00", tz))
        assert when == expected, key
        assert planned.send_at == expected and planned.send_at.tzinfo == ZoneInfo(tz)
    assert out.sent["resupply:c-001:magnesium-complex:2026-10-02"][1].holiday_id == "winter-2026"
    assert out.sent["resupply:c-007:vitamin-d3-drops:2026-11-02"][1].holiday_id is None


def test_example_practice_nothing_to_the_client_who_said_no(ten_weeks: Outcome) -> None:
    out = ten_weeks
    assert not [k for k in [*out.sent, *out.skipped] if ":c-006:" in k]


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_example_practice_with_downtime(seed: int) -> None:
    cfg = load_config(EXAMPLE)
    out = replay(cfg, with_downtime(START, END, seed))
    assert len(out.ticks) < len(list(every_half_hour(START, END)))  # there was downtime
    # Never lost: everything expected was decided one way or the other.
    assert set(out.sent) | set(out.skipped) == set(EXPECTED_SENT) | EXPECTED_SKIPPED
    assert set(out.sent) <= set(EXPECTED_SENT)
    for key, (scheduled, tz, deadline) in EXPECTED_SENT.items():
        zone = ZoneInfo(tz)
        first = max(at(scheduled, tz), START)
        held = key.startswith(("checkin:", "birthday:"))
        notice = key.startswith("holiday_notice:")

        def could_send(
            t: datetime, zone: ZoneInfo = zone, held: bool = held, notice: bool = notice
        ) -> bool:
            return (
                in_window(cfg, zone, t)
                and not (held and BREAK_STARTS <= t < BREAK_ENDS)
                and not (notice and t >= BREAK_STARTS)
            )

        if key in out.sent:
            when, _ = out.sent[key]
            assert first <= when < deadline, key
            assert could_send(when), key
            # It went at the first tick it could: none of the earlier ticks qualified.
            assert not [t for t in out.ticks if first <= t < when and could_send(t)], key
        else:
            # Skipped only if the worker was down for the whole of its grace.
            assert not [t for t in out.ticks if first <= t < deadline and could_send(t)], key


# ---------------------------------------------------------------- zones, DST, month ends


ZONES = {
    "zrh": "Europe/Zurich",
    "nyc": "America/New_York",
    "tyo": "Asia/Tokyo",
    "akl": "Pacific/Auckland",
    "lax": "America/Los_Angeles",
    "del": "Asia/Kolkata",  # +05:30
}
EASTER = holiday("easter-2026", "2026-04-02", "2026-04-06", notice_before=["14d", "2d"])
RULES = [("one-week", "7d"), ("one-month", "1mo"), ("three-months", "3mo")]


def tricky_practice() -> Config:
    clients = []
    sessions = ["2026-01-31", "2026-02-28", "2026-03-01", "2026-03-22", "2026-03-26"]
    birthdays = ["1992-02-29", "1980-03-08", "1975-03-29", "1988-04-03", "1999-04-05"]
    for i, (name, tz) in enumerate(ZONES.items()):
        for j, session in enumerate(sessions):
            clients.append(
                client(
                    f"{name}-{j}",
                    tz=tz,
                    sessions=[session],
                    birthday=birthdays[(i + j) % len(birthdays)],
                    emergency=j == 0,
                    supplies=[("Drops", session, 10 + 7 * j)],
                )
            )
    return config(
        clients,
        checkins=RULES,
        resupply="5d",
        birthdays=True,
        holidays=[EASTER],
    )


def naive_first_send(cfg: Config, tz: ZoneInfo, due: date, *, held: bool) -> datetime:
    """The oracle, by brute force: from local midnight of `due`, step the local wall
    clock half an hour at a time to the first moment inside the window (as written)
    that is not, for held kinds, on a break day in the practice's zone."""
    practice = ZoneInfo(cfg.practice.timezone)
    window = cfg.practice.send_window
    moment = datetime.combine(due, time(0), tzinfo=tz).astimezone(ZoneInfo("UTC"))
    while True:
        local = moment.astimezone(tz)
        weekday = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[local.weekday()]
        practice_day = moment.astimezone(practice).date()
        away = any(h.from_ <= practice_day <= h.to for h in cfg.schedules.holidays)
        open_now = weekday in window.days and window.start <= local.time() < window.end
        if open_now and not (held and away):
            return moment.astimezone(tz)
        moment += HALF_HOUR


def test_zones_dst_and_month_ends_replayed() -> None:
    cfg = tricky_practice()
    start, end = at("2026-02-01T00:00", "UTC"), at("2026-07-15T00:00", "UTC")
    out = replay(cfg, every_half_hour(start, end))
    expected: dict[str, datetime] = {}
    for c in cfg.clients:
        tz = ZoneInfo(c.timezone or cfg.practice.timezone)
        last = c.sessions[-1]
        for rule_id, after in RULES:
            due = Duration.parse(after).after(last)
            expected[f"checkin:{c.id}:{last}:{rule_id}"] = naive_first_send(cfg, tz, due, held=True)
        assert c.birthday is not None
        for year in (2026,):
            due = birthday_on(c.birthday, year)
            if datetime.combine(due, time(0), tzinfo=tz) >= start:
                expected[f"birthday:{c.id}:{year}"] = naive_first_send(cfg, tz, due, held=True)
    got = {k: when for k, (when, p) in out.sent.items() if p.kind in ("checkin", "birthday")}
    assert got == expected
    for when, p in out.sent.values():
        tz = ZoneInfo(p.send_at.tzinfo.key)  # type: ignore[union-attr]
        assert in_window(cfg, tz, when), p.key
    # Jan 31 + 1mo = Feb 28 (Saturday) → Monday Mar 2 09:00 in each zone.
    assert got["checkin:tyo-0:2026-01-31:one-month"] == at("2026-03-02T09:00", ZONES["tyo"])
    # 09:00 on New York's spring-forward Monday after... and on Zurich's change weekend:
    # 03-01 + 7d = 03-08 (Sunday, the US change day) → Monday 03-09 09:00 EDT = 13:00 UTC.
    assert got["checkin:nyc-2:2026-03-01:one-week"] == at("2026-03-09T13:00", "UTC")
    # 03-22 + 7d = 03-29 (Sunday, the EU change day) → Monday 03-30 09:00 CEST = 07:00 UTC.
    assert got["checkin:zrh-3:2026-03-22:one-week"] == at("2026-03-30T07:00", "UTC")
    # 03-26 + 7d = 04-02: Easter break (04-02..04-06, Zurich). Back on 04-07 00:00 Zurich
    # (CEST) = 04-06 22:00 UTC, which is Monday 04-06 15:00 in Los Angeles: in its window.
    assert got["checkin:lax-4:2026-03-26:one-week"] == at("2026-04-06T15:00", ZONES["lax"])
    # In Auckland 04-02 09:00 (NZDT +13) is 04-01 22:00 in Zurich: not away yet, it goes.
    assert got["checkin:akl-4:2026-03-26:one-week"] == at("2026-04-02T09:00", ZONES["akl"])
    # Auckland's Easter birthday (04-03, in the break) waits: back 04-07 00:00 Zurich =
    # 04-07 10:00 in Auckland (NZST +12 since 04-05), not 09:00, when she is still away.
    assert got["birthday:akl-0:2026"] == at("2026-04-07T10:00", ZONES["akl"])


def test_zones_replayed_with_downtime_never_twice_never_late_nonsense() -> None:
    cfg = tricky_practice()
    start, end = at("2026-02-01T00:00", "UTC"), at("2026-07-15T00:00", "UTC")
    for seed in (11, 12, 13):
        out = replay(cfg, with_downtime(start, end, seed))
        for when, p in out.sent.values():
            tz = ZoneInfo(p.send_at.tzinfo.key)  # type: ignore[union-attr]
            assert in_window(cfg, tz, when), p.key
            if p.kind == "birthday":
                # Same local day as it was scheduled, however long the worker was down.
                scheduled = naive_first_send(cfg, tz, p.due, held=True)
                assert when.astimezone(tz).date() == scheduled.date(), p.key
            elif p.kind == "checkin":
                # A week's grace; days away do not count (the message was held, not late).
                scheduled = naive_first_send(cfg, tz, p.due, held=True)
                sent_on = when.astimezone(tz).date()
                away = sum(
                    1
                    for n in range((sent_on - scheduled.date()).days + 1)
                    if EASTER.from_ <= scheduled.date() + timedelta(days=n) <= EASTER.to
                )
                assert sent_on <= scheduled.date() + timedelta(days=7 + away), p.key
            elif p.kind == "holiday_notice":
                assert when < at("2026-04-02T00:00"), p.key
            elif p.kind == "resupply":
                supply = cfg.client(p.client_id).supplies[p.supply_index or 0]  # type: ignore[union-attr]
                runs_out = supply.dispensed + timedelta(days=supply.days)
                assert when.astimezone(tz).date() <= runs_out, p.key
        # One notice per client for Easter at least, unless skipped with a reason.
        emergency = [c.id for c in cfg.clients if c.emergency]
        for cid in emergency:
            keys = [k for k in [*out.sent, *out.skipped] if k.startswith(f"holiday_notice:{cid}:")]
            assert len(keys) == 2, cid
