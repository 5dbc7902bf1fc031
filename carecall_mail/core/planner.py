"""What to send, to whom and when: `plan(config, ledger, now)`, a pure function.

No clock, no I/O, no logging: time comes in as `now`, the ledger as a frozen
`LedgerView`, and the answer is a sorted list of `Planned` messages. The worker
enqueues the due ones under their `key` (the ledger's UNIQUE key) and records
the skipped ones, so each planned message is decided exactly once.

The rules, in the order a message's send time is worked out:

1. **Due date** — a local calendar date in the client's zone (the practice's
   by default): last session + `after_last_session` (check-ins), run-out −
   `before_runout` (resupply, moved before a break, see `_resupply_target`),
   the birthday (Feb 29 → Feb 28 in common years), or the holiday's first day
   − `notice_before` (holiday notices).
2. **Send window** — the first opening of `send_window` on or after the start
   of that date, in the client's local time (`next_opening`).
3. **Holidays** — check-ins and birthday greetings whose send time falls in a
   break (the practice's zone, `from`..`to` whole days) wait for the first
   opening after it. Holiday notices go out before the break or not at all.
4. **Catch-up** — a message whose time has passed goes out at the next opening
   from `now`, but only within its kind's grace (`schedules.grace`); past it,
   it comes back with `skip_reason` set, to be recorded and never sent.

Each kind has one rule here (`RULES`, per client; holiday notices per break) and
one entry in `kinds.KINDS` (its key, consent stream, grace and what compose needs).
What a rule decides (the check-in rule, the supply, the break that moved a
reminder) goes into `Planned.params` and on into the outbox row, so the message
says what the planner decided.

A client whose data makes planning fail (a date past the year 9999) loses only
its own messages: the others are planned, and `Plan.problems` says which client
failed and why (the send pass logs it and fails, `carecall plan` and `validate`
show it).

All instants are handled in UTC internally: Python compares and adds
datetimes that share a tzinfo by wall clock, which is wrong across a DST
change. Only `Planned.send_at` is converted to the client's zone.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

from carecall_mail.config.schema import (
    WEEKDAYS,
    CheckinRule,
    Client,
    Config,
    Holiday,
    Schedules,
    SendWindow,
    SmtpOutgoing,
    Supply,
    zone,
)
from carecall_mail.core.context import supplies_near_break
from carecall_mail.core.durations import Duration
from carecall_mail.core.kinds import (
    BIRTHDAY,
    CHECKIN,
    HOLIDAY_NOTICE,
    RESUPPLY,
    Kind,
    Params,
    supply_params,
)
from carecall_mail.core.ledger_view import LedgerView

_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Planned:
    """One message the planner wants sent (or recorded as skipped).

    `key` is stable: the same message has the same key on every run and under
    every clock. `send_at` is aware, in the client's zone, inside the send
    window: for a message not yet due it is its scheduled time; for a due one
    it is the first opening at or after `now` (so `send_at <= now` means "send
    now"); for a skipped one it is the time it was scheduled for. `due` is the
    local date it was due before window and holiday adjustments. `params` is what
    the planner decided (core/kinds.py): stored with the outbox row, read by compose.
    """

    key: str
    kind: str
    client_id: str
    to: str
    send_at: datetime
    due: date
    template: str
    skip_reason: str | None = None
    checkin_id: str | None = None
    last_session: date | None = None
    supply_index: int | None = None
    holiday_id: str | None = None
    notice_before: str | None = None
    # Moved to a later day by `outgoing.max_per_day` (the day it was due was full).
    deferred_by_cap: bool = False
    # Not hashed: a dict. Two messages with one key are one message anyway.
    params: Params = field(default_factory=dict, hash=False)

    def to_json(self) -> dict[str, object]:
        """The `carecall plan --json` object (DESIGN.md), optional fields only when set."""
        out: dict[str, object] = {
            "key": self.key,
            "kind": self.kind,
            "client": self.client_id,
            "to": self.to,
            "send_at": self.send_at.isoformat(),
            "template": self.template,
            "due": self.due.isoformat(),
            "skip_reason": self.skip_reason,
        }
        if self.checkin_id is not None:
            out["checkin_id"] = self.checkin_id
        if self.last_session is not None:
            out["last_session"] = self.last_session.isoformat()
        if self.supply_index is not None:
            out["supply_index"] = self.supply_index
        if self.holiday_id is not None:
            out["holiday_id"] = self.holiday_id
        if self.notice_before is not None:
            out["notice_before"] = self.notice_before
        if self.deferred_by_cap:
            out["deferred_by_cap"] = True
        return out


# ---------------------------------------------------------------- time helpers


def _utc_at(day: date, clock: time, tz: ZoneInfo) -> datetime:
    # fold=0 deliberately: a nonexistent local time (spring forward) maps with the
    # pre-change offset, i.e. just after the gap; an ambiguous one (fall back)
    # means its first occurrence.
    return datetime.combine(day, clock, tzinfo=tz).astimezone(UTC)


def _require_aware(now: datetime) -> datetime:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware, e.g. 2026-11-27T09:00:00+01:00")
    return now.astimezone(UTC)


@dataclass(frozen=True)
class _Window:
    """The send window, with day starts and ends cached per (zone, date)."""

    days: frozenset[int]
    start: time
    end: time
    _bounds: dict[tuple[str, date], tuple[datetime, datetime]] = field(
        default_factory=dict, compare=False, hash=False
    )

    @classmethod
    def of(cls, window: SendWindow) -> _Window:
        return cls(frozenset(WEEKDAYS.index(d) for d in window.days), window.start, window.end)

    def bounds(self, tz: ZoneInfo, day: date) -> tuple[datetime, datetime]:
        """UTC start and end of the window on local `day` (which must be a window day).

        A window lying wholly inside a spring-forward gap (02:00-03:00 on the change
        day) comes out empty (start == end): that day has no opening.
        """
        cache_key = (tz.key, day)
        found = self._bounds.get(cache_key)
        if found is None:
            found = (_utc_at(day, self.start, tz), _utc_at(day, self.end, tz))
            self._bounds[cache_key] = found
        return found

    def next_opening(self, tz: ZoneInfo, moment: datetime) -> datetime:
        """Earliest UTC instant >= `moment` (UTC) inside the window in `tz`."""
        day = moment.astimezone(tz).date() - _DAY  # the day before: a DST edge may sit there
        for _ in range(10):
            if day.weekday() in self.days:
                start, end = self.bounds(tz, day)
                if moment < end and start < end:  # an empty window (in a DST gap) is no opening
                    return max(moment, start)
            day += _DAY
        raise AssertionError("send_window.days is never empty")  # pragma: no cover

    def first_opening_on_or_after(self, tz: ZoneInfo, day: date) -> datetime:
        """Start of the first window day on or after local `day`, in UTC."""
        for _ in range(10):
            if day.weekday() in self.days:
                start, end = self.bounds(tz, day)
                if start < end:
                    return start
            day += _DAY
        raise AssertionError("send_window.days is never empty")  # pragma: no cover

    def last_opening_before(self, tz: ZoneInfo, moment: datetime) -> datetime | None:
        """Start of the latest window day whose start is before `moment` (UTC)."""
        day = moment.astimezone(tz).date()
        for _ in range(10):
            if day.weekday() in self.days:
                start, end = self.bounds(tz, day)
                if start < moment and start < end:
                    return start
            day -= _DAY
        return None  # pragma: no cover - a window day comes round every week


@dataclass(frozen=True)
class _Breaks:
    """The practice's holidays as UTC intervals [first day 00:00, day after last 00:00)."""

    holidays: tuple[Holiday, ...]
    starts: tuple[datetime, ...]
    ends: tuple[datetime, ...]
    # Merged, sorted intervals: holds and overlaps only care about "away or not".
    merged: tuple[tuple[datetime, datetime], ...]

    @classmethod
    def of(cls, holidays: tuple[Holiday, ...], tz: ZoneInfo) -> _Breaks:
        starts = tuple(_utc_at(h.from_, time(0), tz) for h in holidays)
        ends = tuple(_utc_at(h.to + _DAY, time(0), tz) for h in holidays)
        merged: list[tuple[datetime, datetime]] = []
        for start, end in sorted(zip(starts, ends, strict=True)):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return cls(holidays, starts, ends, tuple(merged))

    def away_until(self, moment: datetime) -> datetime | None:
        """End of the (merged) break containing `moment`, or None when not away."""
        i = bisect.bisect_right(self.merged, (moment, datetime.max.replace(tzinfo=UTC))) - 1
        if i >= 0 and self.merged[i][0] <= moment < self.merged[i][1]:
            return self.merged[i][1]
        return None

    def overlap(self, start: datetime, end: datetime) -> timedelta:
        """How much of [start, end) the practitioner is away."""
        total = timedelta(0)
        for b_start, b_end in self.merged:
            if b_start >= end:
                break
            if b_end > start:
                total += min(end, b_end) - max(start, b_start)
        return total

    def on_day(self, day: date) -> Holiday | None:
        """The first listed holiday that includes calendar `day`."""
        for holiday in self.holidays:
            if holiday.from_ <= day <= holiday.to:
                return holiday
        return None


def _hold(window: _Window, breaks: _Breaks, tz: ZoneInfo, moment: datetime) -> datetime:
    """`moment` (an opening), moved to the first opening after any break it falls in."""
    for _ in range(len(breaks.merged) + 1):
        back = breaks.away_until(moment)
        if back is None:
            return moment
        moment = window.next_opening(tz, back)
    return moment  # pragma: no cover - merged breaks are disjoint, so the loop ends


# ---------------------------------------------------------------- public helpers


def holiday_at(config: Config, moment: datetime) -> Holiday | None:
    """The break in force at `moment` (whole days in the practice's zone, both ends included)."""
    day = _require_aware(moment).astimezone(config.practice_zone).date()
    for holiday in config.schedules.holidays:
        if holiday.from_ <= day <= holiday.to:
            return holiday
    return None


def next_opening(config: Config, tz: ZoneInfo, moment: datetime) -> datetime:
    """The earliest instant >= `moment` inside `send_window` in `tz`, as an aware `tz` time."""
    window = _Window.of(config.practice.send_window)
    return window.next_opening(tz, _require_aware(moment)).astimezone(tz)


def runs_out(supply: Supply) -> date:
    """The first day without the supply: dispensed + days."""
    return supply.dispensed + timedelta(days=supply.days)


def in_audience(config: Config, holiday: Holiday, client: Client) -> bool:
    """Whether `client` is in the holiday's notice audience (consent is checked separately).

    "active": a session within `schedules.active_within` before the break (or one
    booked later), a supply running out during the break or soon after, or an
    emergency client. "all": everyone. "emergency": emergency clients only.
    """
    if holiday.audience == "all":
        return True
    if client.emergency:
        return True
    if holiday.audience == "emergency":
        return False
    last = client.last_session
    if last is not None and last >= config.schedules.active_within.before(holiday.from_):
        return True
    return bool(supplies_near_break(client, holiday))


def active_clients_for(config: Config, holiday: Holiday) -> tuple[Client, ...]:
    """Every client in the holiday's notice audience, whatever their consent."""
    return tuple(c for c in config.clients if in_audience(config, holiday, c))


# ---------------------------------------------------------------- the planner


@dataclass(frozen=True)
class _Calendar:
    """Everything about send times that depends on the practice's rules but not on
    `now` or the ledger, memoised per (zone, date).

    Twenty thousand clients share a few hundred dates, so calendar arithmetic and
    zone conversions are done once per date, and, since the worker plans every
    minute against the same rules, once per rules rather than once per pass
    (`_calendar` keeps the last few). Memoising a pure function keeps it pure.
    """

    schedules: Schedules
    window: _Window
    breaks: _Breaks
    # (zone, local date, hold for breaks) -> scheduled UTC send time
    _scheduled: dict[tuple[str, date, bool], datetime] = field(default_factory=dict)
    # (zone, local date) -> end of that local day, UTC
    _day_end: dict[tuple[str, date], datetime] = field(default_factory=dict)
    _checkin_times: dict[tuple[str, date], tuple[tuple[CheckinRule, date, datetime], ...]] = field(
        default_factory=dict
    )
    _birthday_times: dict[
        tuple[str, int, int, int, int], tuple[tuple[int, date, datetime], ...]
    ] = field(default_factory=dict)
    _resupply_times: dict[
        tuple[str, date, int], tuple[date, datetime, Holiday | None, datetime]
    ] = field(default_factory=dict)

    def scheduled(self, tz: ZoneInfo, day: date, hold: bool) -> datetime:
        """The first opening on or after local `day` (after any break, when `hold`)."""
        cache_key = (tz.key, day, hold)
        found = self._scheduled.get(cache_key)
        if found is None:
            found = self.window.first_opening_on_or_after(tz, day)
            if hold:
                found = _hold(self.window, self.breaks, tz, found)
            self._scheduled[cache_key] = found
        return found

    def day_end(self, tz: ZoneInfo, day: date) -> datetime:
        cache_key = (tz.key, day)
        found = self._day_end.get(cache_key)
        if found is None:
            found = _utc_at(day + _DAY, time(0), tz)
            self._day_end[cache_key] = found
        return found

    def grace_end(self, tz: ZoneInfo, scheduled: datetime, grace: Duration) -> datetime:
        """End of the local day `grace` after the scheduled send's local day."""
        return self.day_end(tz, grace.after(scheduled.astimezone(tz).date()))

    def checkin_times(
        self, tz: ZoneInfo, last: date
    ) -> tuple[tuple[CheckinRule, date, datetime], ...]:
        """(rule, due, scheduled UTC) for each check-in rule after a last session."""
        cache_key = (tz.key, last)
        found = self._checkin_times.get(cache_key)
        if found is None:
            found = tuple(
                (rule, due, self.scheduled(tz, due, True))
                for rule in self.schedules.checkins
                for due in (rule.after_last_session.after(last),)
            )
            self._checkin_times[cache_key] = found
        return found

    def birthday_times(
        self, tz: ZoneInfo, born: date, first_year: int, last_year: int
    ) -> tuple[tuple[int, date, datetime], ...]:
        """(year, due, scheduled UTC) for the greetings of `first_year`..`last_year`."""
        first_year = max(first_year, born.year + 1)
        cache_key = (tz.key, born.month, born.day, first_year, last_year)
        found = self._birthday_times.get(cache_key)
        if found is None:
            days = ((y, birthday_on(born, y)) for y in range(first_year, last_year + 1))
            found = tuple((y, due, self.scheduled(tz, due, True)) for y, due in days)
            self._birthday_times[cache_key] = found
        return found

    def resupply_times(
        self, tz: ZoneInfo, supply: Supply, before_runout: Duration
    ) -> tuple[date, datetime, Holiday | None, datetime]:
        """(due, scheduled UTC, the break that moved it, deadline UTC) for a supply."""
        cache_key = (tz.key, supply.dispensed, supply.days)
        found = self._resupply_times.get(cache_key)
        if found is None:
            due, target, holiday = _resupply_target(self.breaks, supply, before_runout)
            scheduled = self.scheduled(tz, target, False)
            if holiday is not None:
                # Moved for a break, it must go out before the break begins: a target
                # on a weekend before a Monday-less break would otherwise open after
                # it has begun. The last opening before the break instead, if that is
                # not before the supply was dispensed.
                begins = self.breaks.starts[self.breaks.holidays.index(holiday)]
                if scheduled >= begins:
                    earlier = self.window.last_opening_before(tz, begins)
                    dispensed = _utc_at(supply.dispensed, time(0), tz)
                    if earlier is not None and earlier >= dispensed:
                        scheduled = earlier
            # Useful until the day it runs out ("reorder today"); after that, nonsense.
            deadline = self.day_end(tz, runs_out(supply))
            grace = RESUPPLY.grace(self.schedules)
            if grace is not None:
                deadline = min(deadline, self.grace_end(tz, scheduled, grace))
            found = (due, scheduled, holiday, deadline)
            self._resupply_times[cache_key] = found
        return found


@lru_cache(maxsize=4)
def _calendar(schedules: Schedules, window: SendWindow, practice_tz: str) -> _Calendar:
    breaks = _Breaks.of(schedules.holidays, zone(practice_tz))
    return _Calendar(schedules, _Window.of(window), breaks)


@dataclass(frozen=True)
class PlanProblem:
    """A client whose messages could not be planned, and why (no private data)."""

    client_id: str
    error: str

    def __str__(self) -> str:
        return f"client {self.client_id}: its messages cannot be planned: {self.error}"


class Plan(list[Planned]):
    """The planned messages, sorted by (send_at, key), and `problems`: the clients whose
    data made planning fail (their other clients' messages are all here)."""

    def __init__(self, items: Iterable[Planned] = (), problems: Iterable[PlanProblem] = ()) -> None:
        super().__init__(items)
        self.problems: tuple[PlanProblem, ...] = tuple(problems)


class Decision(NamedTuple):
    """What is decided of one message: its key, when it goes (UTC) and why it is
    skipped (None: it is sent), with what it was decided for."""

    key: str
    kind: Kind
    client: Client
    tz: ZoneInfo
    params: Params
    due: date
    send: datetime
    reason: str | None


@dataclass(frozen=True)
class Pass:
    """One planning pass: `now`, the horizon, the ledger, and the rules' calendar.

    What a planner rule (`RULES`) is given: `allowed` (consent), `decide` (when a
    message goes, as every rule decides it) and `planned` (the message itself).
    """

    config: Config
    ledger: LedgerView
    now: datetime  # UTC
    limit: datetime  # UTC: now + horizon
    cal: _Calendar
    # (zone, hold) -> first opening at or after now
    _catch_up: dict[tuple[str, bool], datetime] = field(default_factory=dict)

    def catch_up(self, tz: ZoneInfo, hold: bool) -> datetime:
        cache_key = (tz.key, hold)
        found = self._catch_up.get(cache_key)
        if found is None:
            found = self.cal.window.next_opening(tz, self.now)
            if hold:
                found = _hold(self.cal.window, self.cal.breaks, tz, found)
            self._catch_up[cache_key] = found
        return found

    def scheduled(self, tz: ZoneInfo, day: date, *, hold: bool) -> datetime:
        """The first opening on or after local `day` (after any break, when `hold`), UTC."""
        return self.cal.scheduled(tz, day, hold)

    def allowed(self, client: Client, kind: Kind) -> bool:
        """The client's consent for the kind's stream (YAML, overridden by the ledger)."""
        yaml_default: bool = getattr(client.consent, kind.stream)
        if not self.ledger.consent_overrides:  # the common case, and a hot loop
            return yaml_default
        return self.ledger.consents(client.id, kind.stream, yaml_default)

    def decide(
        self,
        kind: Kind,
        client: Client,
        tz: ZoneInfo,
        params: Params,
        *,
        due: date,
        scheduled: datetime,
        hold: bool,
        grace: Duration | None = None,
        deadline: datetime | None = None,
    ) -> Decision | None:
        """When the `kind` message for `client` with `params`, scheduled at `scheduled`
        (UTC), goes and whether it is skipped; None when the ledger has decided it
        already or it is beyond the horizon.

        Late, it goes at the next opening from now unless that is past `grace` after
        its scheduled day or past `deadline` (then it comes back skipped). `hold`: a
        message held over breaks does not count the time away as lateness.
        """
        if scheduled > self.limit:
            return None
        key = kind.key(client.id, params)
        if key in self.ledger.decided_keys:
            return None
        if grace is not None:
            end = self.cal.grace_end(tz, scheduled, grace)
            deadline = end if deadline is None else min(deadline, end)
        if deadline is None:
            raise ValueError(f"{kind.name}: a message needs a grace or a deadline")
        timing = _timing(self, tz, scheduled, hold=hold, deadline=deadline, due=due)
        if timing is None:
            return None
        return Decision(key, kind, client, tz, params, due, *timing)

    def planned(
        self,
        decision: Decision,
        *,
        template: str,
        checkin_id: str | None = None,
        last_session: date | None = None,
        supply_index: int | None = None,
        holiday_id: str | None = None,
        notice_before: str | None = None,
    ) -> Planned:
        """The planned message, once decided."""
        d = decision
        return Planned(
            key=d.key,
            kind=d.kind.name,
            client_id=d.client.id,
            to=d.client.email,
            send_at=d.send.astimezone(d.tz),
            due=d.due,
            template=template,
            skip_reason=d.reason,
            checkin_id=checkin_id,
            last_session=last_session,
            supply_index=supply_index,
            holiday_id=holiday_id,
            notice_before=notice_before,
            params=d.params,
        )


#: A planner rule: the messages of one kind for one client in one pass.
Rule = Callable[[Pass, Client, ZoneInfo], Iterable[Planned]]


def plan(
    config: Config,
    ledger: LedgerView,
    now: datetime,
    *,
    horizon: timedelta = timedelta(0),
    day_load: Mapping[date, int] | None = None,
) -> Plan:
    """Every message not yet in `ledger.decided_keys` whose send_at <= now + horizon.

    Sorted by (send_at, key). Messages past their grace come back with
    `skip_reason` set (the caller records them so they are never considered
    again); clients without consent for a stream (YAML, overridden by the
    ledger) and suspended addresses are not planned at all. The worker sends
    the items with `skip_reason is None and send_at <= now`. `now` must be aware.
    A client whose data makes a rule fail gets no message and is named in `problems`.

    With `outgoing.max_per_day`, what a practice day cannot hold moves to the next open
    days (`deferred_by_cap`, see `_cap`); `day_load` is what the ledger already sent or
    queued per practice-local day (`day_load()`). Those later ones come back too, past
    the horizon if need be: the caller queues them now, so a cap delays, never skips.
    """
    utc_now = _require_aware(now)
    if horizon < timedelta(0):
        raise ValueError("horizon must not be negative")
    practice = config.practice
    ctx = Pass(
        config=config,
        ledger=ledger,
        now=utc_now,
        limit=utc_now + horizon,
        cal=_calendar(config.schedules, practice.send_window, practice.timezone),
    )
    out: list[Planned] = []
    problems: dict[str, PlanProblem] = {}
    practice_tz = config.practice.timezone
    suspended = ledger.suspended_addresses
    zones: dict[str | None, ZoneInfo] = {}
    rules = tuple(RULES.values())
    for client in config.clients:
        if suspended and client.email.lower() in suspended:
            continue
        try:
            tz = zones.get(client.timezone)
            if tz is None:
                tz = zones[client.timezone] = zone(client.timezone or practice_tz)
            found = [p for rule in rules for p in rule(ctx, client, tz)]
        except Exception as exc:
            # Impossible data (a date past 9999) is one client's problem, never everyone's.
            problems.setdefault(client.id, _problem(client, exc))
            continue
        out.extend(found)
    out.extend(_holiday_notices(ctx, suspended, problems))
    if problems:  # all of a failed client's messages wait, not just the rule's that failed
        out = [p for p in out if p.client_id not in problems]
    cap = max_per_day(config)
    if cap is not None:
        out = _cap(ctx, out, cap, day_load or {})
    out.sort(key=lambda p: (p.send_at.timestamp(), p.key))
    return Plan(out, problems.values())


# ---------------------------------------------------------------- the daily cap


def max_per_day(config: Config) -> int | None:
    """The day's sending cap: `outgoing.max_per_day` (a provider preset fills it in)."""
    outgoing = config.practice.outgoing
    return outgoing.max_per_day if isinstance(outgoing, SmtpOutgoing) else None


def is_open_day(config: Config, day: date) -> bool:
    """A practice day the cap spreads messages over: a send-window day, not in a break."""
    if WEEKDAYS[day.weekday()] not in config.practice.send_window.days:
        return False
    return not any(h.from_ <= day <= h.to for h in config.schedules.holidays)


def next_open_day(config: Config, day: date) -> date:
    """The first open day after `day` (practice calendar)."""
    # Bounded: a week of window days, plus every day of every break.
    for _ in range(8 + sum((h.to - h.from_).days + 1 for h in config.schedules.holidays)):
        day += _DAY
        if is_open_day(config, day):
            return day
    raise AssertionError("send_window.days is never empty")  # pragma: no cover


def open_day_start(config: Config, tz: ZoneInfo, day: date) -> datetime:
    """The first opening, in `tz`, at or after the start of practice day `day`."""
    window = _Window.of(config.practice.send_window)
    start = _utc_at(day, time(0), config.practice_zone)
    return window.next_opening(tz, start).astimezone(tz)


def day_load(
    config: Config, sent: Sequence[datetime], pending: Sequence[datetime], now: datetime
) -> dict[date, int]:
    """Messages per practice-local day that count against the cap: those sent that day
    and those queued for it (one already due goes today, at the earliest)."""
    tz = config.practice_zone
    utc_now = _require_aware(now)
    out: dict[date, int] = {}
    for moment in sent:
        day = moment.astimezone(tz).date()
        out[day] = out.get(day, 0) + 1
    for moment in pending:
        day = max(moment, utc_now).astimezone(tz).date()
        out[day] = out.get(day, 0) + 1
    return out


def _cap(ctx: Pass, items: list[Planned], cap: int, load: Mapping[date, int]) -> list[Planned]:
    """Each message assigned to a practice day holding at most `cap` (with `load`, what
    the ledger already has there); the rest moves to the next open day.

    Within a day: a holiday notice whose break begins before the next open day first
    (it cannot wait: it stays even over the cap), then emergency clients, resupply
    reminders, and the rest by their original time and key. A moved message goes at
    the first opening of its new day. Skipped ones are not counted (never sent).
    What waits is kept in a heap, so that a broadcast to 20,000 with a cap of 200 takes
    each day's 200 in O(200 log n), not a sort of all that waits every day.
    """
    config = ctx.config
    ptz = config.practice_zone
    breaks = {h.id: h.from_ for h in config.schedules.holidays}
    emergency = frozenset(c.id for c in config.clients if c.emergency)
    by_day: dict[date, list[Planned]] = {}
    out: list[Planned] = []
    for p in items:
        if p.skip_reason is None:
            by_day.setdefault(p.send_at.astimezone(ptz).date(), []).append(p)
        else:
            out.append(p)
    days = sorted(by_day)
    waiting: list[tuple[tuple[int, float, str], Planned]] = []  # a heap, by rank
    notices: list[tuple[date, tuple[int, float, str], Planned]] = []  # by break start
    openings: dict[tuple[str, date], datetime] = {}
    i = 0
    day = days[0] if days else date.min
    # Bounded: a calendar day at a time; each open day places what its room allows.
    away = sum((h.to - h.from_).days + 1 for h in config.schedules.holidays)
    weeks = (len(items) + sum(load.values())) // cap + len(days) + 2
    for _ in range(weeks * (8 + away)):
        if not waiting and not notices:
            if i >= len(days):
                break
            day = max(day, days[i])
        fresh = by_day.get(day, [])
        if i < len(days) and days[i] == day:
            i += 1
        if not is_open_day(config, day):
            # Messages planned for a closed practice day (a client in another zone) go
            # then; what waits goes on waiting.
            out.extend(fresh)
            day += _DAY
            continue
        for p in fresh:
            rank = _rank(p, emergency)
            if p.kind == HOLIDAY_NOTICE.name and p.holiday_id in breaks:
                notices.append((breaks[p.holiday_id or ""], rank, p))
            else:
                heapq.heappush(waiting, (rank, p))
        notices.sort(key=lambda n: (n[0], n[1]))
        following = next_open_day(config, day)
        # The notices that cannot wait for the next open day: before their break.
        split = bisect.bisect_right([n[0] for n in notices], following)
        stay = [p for _, _, p in notices[:split]]
        later = sorted(notices[split:], key=lambda n: n[1])
        room = max(cap - load.get(day, 0) - len(stay), 0)
        j = 0
        while room and (waiting or j < len(later)):
            if waiting and (j >= len(later) or waiting[0][0] <= later[j][1]):
                stay.append(heapq.heappop(waiting)[1])
            else:
                stay.append(later[j][2])
                j += 1
            room -= 1
        notices = later[j:]
        out.extend(_moved_to(config, p, day, openings) for p in stay)
        day += _DAY
    else:  # pragma: no cover - the bound above is never reached
        raise AssertionError("the daily cap could not place every message")
    return out


def _rank(p: Planned, emergency: frozenset[str]) -> tuple[int, float, str]:
    """The order a day's messages take its places in (see `_cap`): emergency clients,
    resupply, the rest; within each, by original time and key."""
    group = 1 if p.client_id in emergency else 2 if p.kind == RESUPPLY.name else 3
    return (group, p.send_at.timestamp(), p.key)


def _moved_to(
    config: Config, p: Planned, day: date, openings: dict[tuple[str, date], datetime]
) -> Planned:
    """`p` on practice day `day`: unchanged when planned for it, else at its first
    opening (in `p`'s zone; `openings` caches them per zone and day)."""
    tz = p.send_at.tzinfo
    assert isinstance(tz, ZoneInfo)
    if p.send_at.astimezone(config.practice_zone).date() == day:
        return p
    opening = openings.get((tz.key, day))
    if opening is None:
        opening = openings[(tz.key, day)] = open_day_start(config, tz, day)
    return replace(p, send_at=max(opening, p.send_at), deferred_by_cap=True)


def _problem(client: Client, exc: Exception) -> PlanProblem:
    """What failed and where in the code. The exception's own words only for arithmetic
    ("date value out of range"): others may quote the client's data, and this is logged."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    where = (
        f" (at {tb.tb_frame.f_code.co_filename.rpartition('/')[2]}:{tb.tb_lineno})" if tb else ""
    )
    words = f": {exc}" if isinstance(exc, ArithmeticError) else ""
    return PlanProblem(client.id, f"{type(exc).__name__}{words}{where}")


def _timing(
    ctx: Pass,
    tz: ZoneInfo,
    scheduled: datetime,
    *,
    hold: bool,
    deadline: datetime,
    due: date,
) -> tuple[datetime, str | None] | None:
    """(UTC send time, skip reason) for a message scheduled at `scheduled`, or None when
    it is beyond the horizon. A message not yet due keeps its time; a due one goes at the
    next opening from now, unless that is past `deadline` (its grace).

    For messages held over a break, the time away does not count as lateness: a
    check-in due just before the break that downtime pushed into it still goes out
    right after it, as it would have had it fallen in the break in the first place.
    """
    if scheduled > ctx.now:
        return (scheduled, None) if scheduled <= ctx.limit else None
    send = ctx.catch_up(tz, hold)
    lateness_end = send - ctx.cal.breaks.overlap(scheduled, send) if hold else send
    if lateness_end > deadline:
        return scheduled, f"past grace: due {due.isoformat()}"
    return (send, None) if send <= ctx.limit else None


def _checkins(ctx: Pass, client: Client, tz: ZoneInfo) -> Iterable[Planned]:
    last = client.last_session
    rules = ctx.config.schedules.checkins
    if last is None or not rules or not ctx.allowed(client, CHECKIN):
        return ()
    found: list[Planned] = []
    default_grace = CHECKIN.grace(ctx.config.schedules)
    session = last.isoformat()
    for rule, due, scheduled in ctx.cal.checkin_times(tz, last):
        if scheduled > ctx.limit:
            continue  # the common case: not yet, and no params to build (a hot loop)
        params = {"rule": rule.id, "last_session": session}
        grace = rule.grace or default_grace
        got = ctx.decide(
            CHECKIN, client, tz, params, due=due, scheduled=scheduled, hold=True, grace=grace
        )
        if got is not None:
            found.append(
                ctx.planned(
                    got,
                    template=rule.template,
                    checkin_id=rule.id,
                    last_session=last,
                )
            )
    return found


def _resupply_target(
    breaks: _Breaks, supply: Supply, before_runout: Duration
) -> tuple[date, date, Holiday | None]:
    """(due, target, holiday): the reminder's nominal date, the date it is planned for,
    and the break that moved it (None when not moved).

    When the practitioner is away on the reminder's date or on the run-out date,
    the reminder moves to `before_runout` before the break's first day: from the
    client's side the break *is* the run-out (nobody fills an order during it),
    so they get the same lead time they would normally have, and the practitioner
    gets the orders while still there. (The last working day before the break was
    the alternative; it leaves no time to ship.) Repeated for a break that the
    moved date falls into, never earlier than the dispensing day.
    """
    out = runs_out(supply)
    due = before_runout.before(out)
    target = max(due, supply.dispensed)
    moved_for: Holiday | None = None
    for _ in range(len(breaks.holidays) + 1):
        holiday = breaks.on_day(target) or (breaks.on_day(out) if moved_for is None else None)
        if holiday is None:
            break
        moved_for = moved_for or holiday
        earlier = max(before_runout.before(holiday.from_), supply.dispensed)
        if earlier >= target:
            break  # cannot go earlier than the dispensing day
        target = earlier
    return due, target, moved_for


def _resupplies(ctx: Pass, client: Client, tz: ZoneInfo) -> Iterable[Planned]:
    rule = ctx.config.schedules.resupply
    if rule is None or not client.supplies or not ctx.allowed(client, RESUPPLY):
        return ()
    found: list[Planned] = []
    for index, supply in enumerate(client.supplies):
        due, scheduled, holiday, deadline = ctx.cal.resupply_times(tz, supply, rule.before_runout)
        if scheduled > ctx.limit:
            continue
        # The break that moved it is decided here, once: the reminder names that one.
        holiday_id = holiday.id if holiday else None
        params = {**supply_params(supply), "break": holiday_id}
        got = ctx.decide(
            RESUPPLY,
            client,
            tz,
            params,
            due=due,
            scheduled=scheduled,
            hold=False,
            deadline=deadline,
        )
        if got is not None:
            found.append(
                ctx.planned(
                    got,
                    template=rule.template,
                    supply_index=index,
                    holiday_id=holiday_id,
                )
            )
    return found


def resupply_break(config: Config, supply: Supply) -> Holiday | None:
    """The break the planner moves this supply's reminder for (None when not moved)."""
    rule = config.schedules.resupply
    if rule is None:
        return None
    cal = _calendar(config.schedules, config.practice.send_window, config.practice.timezone)
    return _resupply_target(cal.breaks, supply, rule.before_runout)[2]


def birthday_on(birthday: date, year: int) -> date:
    """The day to greet in `year`. Feb 29 birthdays are greeted on Feb 28 in common
    years: still in their birthday month and before the day has passed, and the same
    clamping as calendar durations (Jan 31 + 1mo = Feb 28)."""
    if birthday.month == 2 and birthday.day == 29:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return date(year, 2, 29 if leap else 28)
    return birthday.replace(year=year)


def _birthdays(ctx: Pass, client: Client, tz: ZoneInfo) -> Iterable[Planned]:
    rule = ctx.config.schedules.birthdays
    born = client.birthday
    if rule is None or born is None or not ctx.allowed(client, BIRTHDAY):
        return ()
    found: list[Planned] = []
    grace = BIRTHDAY.grace(ctx.config.schedules)
    # Last year's greeting may still be pending (held over a New Year break) or need
    # recording as skipped; next year's matters only for long horizons.
    for year, due, scheduled in ctx.cal.birthday_times(
        tz, born, ctx.now.year - 1, ctx.limit.year + 1
    ):
        if scheduled > ctx.limit:
            break
        params = {"year": str(year)}
        got = ctx.decide(
            BIRTHDAY, client, tz, params, due=due, scheduled=scheduled, hold=True, grace=grace
        )
        if got is not None:
            found.append(ctx.planned(got, template=rule.template))
    return found


#: The per-client rules, one per kind (holiday notices are planned per break).
RULES: dict[str, Rule] = {
    CHECKIN.name: _checkins,
    RESUPPLY.name: _resupplies,
    BIRTHDAY.name: _birthdays,
}


def _holiday_notices(
    ctx: Pass, suspended: frozenset[str], problems: dict[str, PlanProblem]
) -> Iterable[Planned]:
    config = ctx.config
    found: list[Planned] = []
    practice_tz = config.practice.timezone
    for h_index, holiday in enumerate(ctx.cal.breaks.holidays):
        begins = ctx.cal.breaks.starts[h_index]
        # Same-day points are one notice; keep the first listed.
        points: dict[date, Duration] = {}
        for notice in holiday.notice_before:
            points.setdefault(notice.before(holiday.from_), notice)
        if not points:
            continue
        # (zone) -> [(scheduled, due, notice)] sorted by scheduled; same for every client there.
        by_zone: dict[str, list[tuple[datetime, date, Duration]]] = {}
        for client in config.clients:
            tz = zone(client.timezone or practice_tz)
            schedule = by_zone.get(tz.key)
            if schedule is None:
                schedule = sorted(
                    (_notice_time(ctx, tz, due, begins), due, notice)
                    for due, notice in points.items()
                )
                by_zone[tz.key] = schedule
            if schedule[0][0] > ctx.limit:
                continue
            if suspended and client.email.lower() in suspended:
                continue
            try:
                found.extend(_client_notices(ctx, holiday, begins, client, tz, schedule))
            except Exception as exc:
                # A supply dispensed in 9999 breaks the audience test of one client only.
                problems.setdefault(client.id, _problem(client, exc))
    return found


def _client_notices(
    ctx: Pass,
    holiday: Holiday,
    begins: datetime,
    client: Client,
    tz: ZoneInfo,
    schedule: list[tuple[datetime, date, Duration]],
) -> Iterable[Planned]:
    """The notices of one break for one client, at the points of `schedule`."""
    if not in_audience(ctx.config, holiday, client) or not ctx.allowed(client, HOLIDAY_NOTICE):
        return ()
    found: list[Planned] = []
    grace = HOLIDAY_NOTICE.grace(ctx.config.schedules)
    # A point is superseded by a later one whose time has come by when it would
    # go out itself: a break added late gets one notice at once, not one per
    # missed point (nor two on the same Monday morning).
    catch_up = ctx.catch_up(tz, False)
    for i, (scheduled, due, notice) in enumerate(schedule):
        if scheduled > ctx.limit:
            break
        params = {
            "holiday": holiday.id,
            "from": holiday.from_.isoformat(),
            "notice_before": str(notice),
        }
        key = HOLIDAY_NOTICE.key(client.id, params)
        if key in ctx.ledger.decided_keys:
            continue
        goes = scheduled if scheduled > ctx.now else catch_up
        later = [n for at, _, n in schedule[i + 1 :] if at <= goes]
        reason: str | None
        if later:
            send, reason = scheduled, f"superseded by the {later[-1]} notice"
        else:
            deadline = begins
            if grace is not None:
                deadline = min(deadline, ctx.cal.grace_end(tz, scheduled, grace))
            timing = _timing(ctx, tz, scheduled, hold=False, deadline=deadline, due=due)
            if timing is None:
                continue
            send, reason = timing
            if reason is None and send >= begins:
                # Never after the break has begun, whatever the grace says.
                send, reason = scheduled, f"the break began: due {due.isoformat()}"
            elif reason is not None and ctx.now >= begins:
                reason = f"the break began: due {due.isoformat()}"
        found.append(
            ctx.planned(
                Decision(key, HOLIDAY_NOTICE, client, tz, params, due, send, reason),
                template=holiday.template,
                holiday_id=holiday.id,
                notice_before=str(notice),
            )
        )
    return found


def _notice_time(ctx: Pass, tz: ZoneInfo, due: date, begins: datetime) -> datetime:
    """The first opening on the notice's due date, or, when there is none before the
    break begins (a notice due on a weekend before a Monday start, or `0d`), the last
    opening before it: a notice after the break has begun is useless."""
    scheduled = ctx.cal.scheduled(tz, due, False)
    if scheduled < begins:
        return scheduled
    return ctx.cal.window.last_opening_before(tz, begins) or scheduled
