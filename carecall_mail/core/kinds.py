"""The kinds of message, one entry each: the only place a kind is defined.

An entry says everything the rest of the program needs to know about a kind:

- its consent **stream** (clients.yaml `consent:`, `carecall consent`);
- its **key** codec: the outbox key is `kind:client:field:field…`, written and read
  back here only (`Kind.key`, `Kind.parse`);
- the **params** the planner decides for a message (which rule, which supply, which
  break): a flat JSON-able dict stored with the outbox row, so compose renders what
  the planner decided instead of working it out again;
- its **context** builder, `(config, client, params) -> template context`, which
  raises `StaleMessage` when the practice no longer has what the message is about;
- its **sample** contexts, every shape a template of the kind may be given, which
  `validate` renders;
- its default **grace** and the schedules.yaml entries that name its templates.

Adding a kind means one entry here, one planner rule (`planner.RULES`) and one
template; nothing else changes. No clock and no I/O here (a context's unsubscribe
link reads the practice's token key once, see core/unsubscribe.py).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any

from carecall_mail.config.schema import CheckinRule, Client, Config, Holiday, Schedules, Supply
from carecall_mail.core.context import (
    SUPPLY_NEAR_BREAK,
    Sample,
    autoreply_sample,
    base_context,
    checkin_context,
    holiday_notice_context,
    resupply_context,
    sample_bases,
)
from carecall_mail.core.durations import Duration
from carecall_mail.core.errors import CareCallError

#: A parameter's value: what JSON keeps exactly (dates are ISO text).
ParamValue = str | int | bool | None
Params = Mapping[str, ParamValue]


class StaleMessage(CareCallError):
    """The practice changed since the message was planned (a rule, supply or break
    was removed or moved): the message no longer applies."""


@dataclass(frozen=True)
class TemplateShape:
    """A kind of template: where schedules.yaml names it and what it is rendered with."""

    name: str
    # The schedules.yaml section and the field in it that names templates of this shape
    # (for validate's file:line and for reading a schedules file that does not load).
    section: str
    field: str
    templates: Callable[[Schedules], Iterable[str]]
    samples: Callable[[Sample], Iterable[dict[str, Any]]]


@dataclass(frozen=True)
class Kind(TemplateShape):
    """A kind of message the planner plans and the outbox holds."""

    stream: str
    # The params written into the key, in order. Their values are text without ':'.
    key_fields: tuple[str, ...]
    context: Callable[[Config, Client, Params], dict[str, Any]]
    # The default grace (None: the kind's own limit, e.g. until the supply runs out).
    grace: Callable[[Schedules], Duration | None]
    # Why a queued message of this kind must no longer go at `now` whatever delayed it
    # (a worker that was down, retries, the daily cap), or None: checked at send time.
    too_late: Callable[[Config, Mapping[str, ParamValue], datetime], str | None] = field(
        default=lambda config, params, now: None
    )

    def key(self, client_id: str, params: Params) -> str:
        """`kind:client:field…`, stable across runs: the outbox's "never twice" key."""
        parts = [client_id, *(str(params[name]) for name in self.key_fields)]
        for part in parts:
            if not part or ":" in part:
                raise ValueError(f"{self.name} key part {part!r} is empty or holds ':'")
        return ":".join((self.name, *parts))

    def parse(self, key: str) -> tuple[str, dict[str, ParamValue]] | None:
        """(client id, the key's params) of one of this kind's keys, or None."""
        parts = key.split(":")
        if parts[0] != self.name or len(parts) != 2 + len(self.key_fields) or not all(parts):
            return None
        return parts[1], dict(zip(self.key_fields, parts[2:], strict=True))


# ---------------------------------------------------------------- supply identity

_SLUG_JUNK = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=4096)
def item_slug(item: str) -> str:
    """ASCII slug of a supply's name; a short hash when nothing ASCII is left (e.g. 葛根湯)."""
    ascii_text = unicodedata.normalize("NFKD", item).encode("ascii", "ignore").decode()
    slug = _SLUG_JUNK.sub("-", ascii_text.lower()).strip("-")[:48].strip("-")
    if slug:
        return slug
    return "item-" + hashlib.sha256(item.encode()).hexdigest()[:10]


def supply_params(supply: Supply) -> dict[str, ParamValue]:
    """A supply's identity: the item's slug and the dispensing day, not its list index
    (removing or reordering supplies shifts indexes, which would resend one reminder
    and silently swallow another)."""
    return {"item": item_slug(supply.item), "dispensed": supply.dispensed.isoformat()}


# ---------------------------------------------------------------- reading params


def _text(params: Params, name: str) -> str:
    value = params.get(name)
    if not isinstance(value, str) or not value:
        raise StaleMessage(f"the outbox row does not say its {name}")
    return value


def _day(params: Params, name: str) -> date:
    try:
        return date.fromisoformat(_text(params, name))
    except ValueError:
        raise StaleMessage(f"the outbox row's {name} is not a date") from None


def _holiday(config: Config, holiday_id: str) -> Holiday | None:
    return next((h for h in config.schedules.holidays if h.id == holiday_id), None)


# ---------------------------------------------------------------- the four kinds


def _checkin_rule(config: Config, rule_id: str) -> CheckinRule:
    rule = next((r for r in config.schedules.checkins if r.id == rule_id), None)
    if rule is None:
        raise StaleMessage(f"check-in rule {rule_id!r} is no longer in schedules.yaml")
    return rule


def _checkin(config: Config, client: Client, params: Params) -> dict[str, Any]:
    rule = _checkin_rule(config, _text(params, "rule"))
    last = _day(params, "last_session")
    return checkin_context(config, client, rule.id, str(rule.after_last_session), last)


def _checkin_samples(s: Sample) -> Iterator[dict[str, Any]]:
    yield {**s.base, "checkin": {"id": "one-week", "after": "7d", "last_session": s.today}}


CHECKIN = Kind(
    name="checkin",
    section="checkins",
    field="template",
    templates=lambda s: (r.template for r in s.checkins),
    samples=_checkin_samples,
    stream="checkins",
    key_fields=("last_session", "rule"),  # a new last session starts a new series
    context=_checkin,
    grace=lambda s: s.grace.checkin,  # a rule's own `grace` wins (planner)
)


def _resupply(config: Config, client: Client, params: Params) -> dict[str, Any]:
    wanted = {"item": _text(params, "item"), "dispensed": _text(params, "dispensed")}
    supply = next((s for s in client.supplies if supply_params(s) == wanted), None)
    if supply is None:
        raise StaleMessage("that supply is no longer listed for the client")
    # The break the planner moved the reminder for, by id. One removed since is not
    # mentioned: the reminder still holds (the supply runs out all the same).
    break_id = params.get("break")
    holiday = _holiday(config, break_id) if isinstance(break_id, str) else None
    if break_id is None:
        holiday = _break_soon_after(config, supply)
    return resupply_context(config, client, supply, holiday)


def _break_soon_after(config: Config, supply: Supply) -> Holiday | None:
    """A break that starts within SUPPLY_NEAR_BREAK of the run-out: not one the
    reminder was moved for, but the client reordering must know the practitioner
    is away then (issue 10 item 6)."""
    starts = [
        h
        for h in config.schedules.holidays
        if supply.runs_out < h.from_ <= supply.runs_out + SUPPLY_NEAR_BREAK
    ]
    return min(starts, key=lambda h: h.from_, default=None)


def _resupply_samples(s: Sample) -> Iterator[dict[str, Any]]:
    yield {**s.base, "supply": s.supply, "holiday": None}
    yield {**s.base, "supply": s.supply, "holiday": s.holiday}


RESUPPLY = Kind(
    name="resupply",
    section="resupply",
    field="template",
    templates=lambda s: (s.resupply.template,) if s.resupply else (),
    samples=_resupply_samples,
    stream="reminders",
    key_fields=("item", "dispensed"),  # one reminder per dispensing
    context=_resupply,
    grace=lambda s: s.grace.resupply,
)


def _birthday(config: Config, client: Client, params: Params) -> dict[str, Any]:
    return base_context(config, client)


def _birthday_samples(s: Sample) -> Iterator[dict[str, Any]]:
    yield s.base


BIRTHDAY = Kind(
    name="birthday",
    section="birthdays",
    field="template",
    templates=lambda s: (s.birthdays.template,) if s.birthdays else (),
    samples=_birthday_samples,
    stream="birthday",
    key_fields=("year",),  # one greeting per client and year
    context=_birthday,
    grace=lambda s: s.grace.birthday,
)


def _holiday_notice(config: Config, client: Client, params: Params) -> dict[str, Any]:
    holiday = _holiday(config, _text(params, "holiday"))
    if holiday is None or holiday.from_.isoformat() != _text(params, "from"):
        raise StaleMessage("the holiday was removed or moved")
    return holiday_notice_context(config, client, holiday)


def _notice_too_late(config: Config, params: Mapping[str, ParamValue], now: datetime) -> str | None:
    """A holiday notice goes before the break or not at all (DESIGN.md): once the first
    day away has begun in the practice's zone, it would only tell the client too late."""
    begins = date.fromisoformat(str(params["from"]))
    if now >= datetime.combine(begins, time(0), tzinfo=config.practice_zone):
        return "the break has begun: a notice now would reach the client too late"
    return None


def _holiday_notice_samples(s: Sample) -> Iterator[dict[str, Any]]:
    yield {**s.base, "holiday": s.holiday, "supplies": []}
    yield {**s.base, "holiday": s.holiday, "supplies": [s.supply]}


HOLIDAY_NOTICE = Kind(
    name="holiday_notice",
    section="holidays",
    field="template",
    templates=lambda s: (h.template for h in s.holidays),
    samples=_holiday_notice_samples,
    stream="notices",
    key_fields=("holiday", "from", "notice_before"),  # moving the break means new notices
    context=_holiday_notice,
    grace=lambda s: s.grace.holiday_notice,
    too_late=_notice_too_late,
)

#: Every kind, by name, in the order validate and `template_kinds` see them.
KINDS: dict[str, Kind] = {k.name: k for k in (CHECKIN, RESUPPLY, BIRTHDAY, HOLIDAY_NOTICE)}

#: Consent streams, as in clients.yaml `consent:`.
STREAMS: tuple[str, ...] = tuple(dict.fromkeys(k.stream for k in KINDS.values()))

#: Templates that are not outbox messages: the holiday auto-reply answers mail.
HOLIDAY_AUTOREPLY = TemplateShape(
    name="holiday_autoreply",
    section="holidays",
    field="autoreply_template",
    templates=lambda s: (h.autoreply_template for h in s.holidays if h.autoreply_template),
    samples=autoreply_sample,
)


def shapes() -> tuple[TemplateShape, ...]:
    """Every kind of template: the kinds (as registered now), then the others."""
    return (*KINDS.values(), HOLIDAY_AUTOREPLY)


def parse_key(key: str) -> tuple[Kind, str, dict[str, ParamValue]] | None:
    """(kind, client id, the key's params) of an outbox key, or None for a key this
    version does not write."""
    kind = KINDS.get(key.partition(":")[0])
    parsed = kind.parse(key) if kind else None
    return None if kind is None or parsed is None else (kind, *parsed)


def template_kinds(schedules: Schedules) -> dict[str, str]:
    """Every template the schedules name, with the kind it renders (the first wins)."""
    names: dict[str, str] = {}
    for shape in shapes():
        for name in shape.templates(schedules):
            names.setdefault(name, shape.name)
    return names


def template_kind_at(section: str, field: str) -> str | None:
    """The kind of the template named at schedules.yaml `section`…`field`."""
    return next((s.name for s in shapes() if (s.section, s.field) == (section, field)), None)


def sample_contexts(kind: str, practitioner: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """Every shape a real context of `kind` can take, with made-up values."""
    shape = next((s for s in shapes() if s.name == kind), None)
    for sample in sample_bases(practitioner):
        if shape is None:
            yield sample.base
        else:
            yield from shape.samples(sample)
