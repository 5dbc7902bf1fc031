"""What a template sees: plain mappings built from the config, one shape per kind.

Templates get only the variables of their kind, so a check-in template that
mentions `supply` fails at `validate` instead of in a client's inbox.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from carecall_mail.config.schema import Client, Config, Holiday, Practitioner, Supply
from carecall_mail.core.unsubscribe import unsubscribe_url

#: A supply running out this long after a break still makes its client "active" for
#: the break's notice, and is listed in it: reordering right after the practitioner
#: is back is already late for a supply that runs out a few days later.
SUPPLY_NEAR_BREAK = timedelta(days=14)


def practitioner_view(practitioner: Practitioner | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(practitioner, Mapping):
        return practitioner
    return {
        "name": practitioner.name,
        "email": practitioner.email,
        "emergency_email": practitioner.emergency_email,
        "signature": (practitioner.signature or practitioner.name).rstrip("\n"),
    }


def client_view(client: Client) -> dict[str, Any]:
    return {
        "id": client.id,
        "name": client.name,
        "preferred_name": client.greeting_name,
        "email": client.email,
        "emergency": client.emergency,
    }


def supply_view(supply: Supply) -> dict[str, Any]:
    return {
        "item": supply.item,
        "dispensed": supply.dispensed,
        "days": supply.days,
        "runs_out": supply.runs_out,
    }


def holiday_view(holiday: Holiday, *, emergency: bool) -> dict[str, Any]:
    return {
        "id": holiday.id,
        "first_day": holiday.from_,
        "last_day": holiday.to,
        "back_on": holiday.to + timedelta(days=1),
        # The promised contact goes to emergency clients only, never to everyone.
        "emergency_contact": holiday.emergency_contact if emergency else None,
    }


def supplies_near_break(client: Client, holiday: Holiday) -> tuple[tuple[int, Supply], ...]:
    """The client's supplies (index, supply) that run out during the break or within
    `SUPPLY_NEAR_BREAK` after it: what a holiday notice lists so the client can reorder,
    and what makes the client "active" for it (planner.in_audience)."""
    last = holiday.to + SUPPLY_NEAR_BREAK
    return tuple(
        (i, s) for i, s in enumerate(client.supplies) if holiday.from_ <= s.runs_out <= last
    )


def supplies_for_break(client: Client, holiday: Holiday) -> list[dict[str, Any]]:
    """The client's supplies that run out during the break or soon after it, sorted."""
    near = sorted((s for _, s in supplies_near_break(client, holiday)), key=lambda s: s.runs_out)
    return [supply_view(s) for s in near]


def optout_text(config: Config) -> str:
    return (
        f"You receive this email because you are a client of {config.practice.practitioner.name}. "
        "To stop receiving these emails, reply with the word STOP."
    )


def base_context(config: Config, client: Client | None) -> dict[str, Any]:
    return {
        "client": client_view(client) if client else None,
        "practitioner": practitioner_view(config.practice.practitioner),
        "unsubscribe_url": unsubscribe_url(config, client),
        "optout": optout_text(config),
    }


def checkin_context(
    config: Config, client: Client, rule_id: str, after: str, last_session: date
) -> dict[str, Any]:
    ctx = base_context(config, client)
    ctx["checkin"] = {"id": rule_id, "after": after, "last_session": last_session}
    return ctx


def resupply_context(
    config: Config, client: Client, supply: Supply, holiday: Holiday | None
) -> dict[str, Any]:
    ctx = base_context(config, client)
    ctx["supply"] = supply_view(supply)
    ctx["holiday"] = holiday_view(holiday, emergency=client.emergency) if holiday else None
    return ctx


def birthday_context(config: Config, client: Client) -> dict[str, Any]:
    return base_context(config, client)


def holiday_notice_context(config: Config, client: Client, holiday: Holiday) -> dict[str, Any]:
    ctx = base_context(config, client)
    ctx["holiday"] = holiday_view(holiday, emergency=client.emergency)
    ctx["supplies"] = supplies_for_break(client, holiday)
    return ctx


def autoreply_context(config: Config, client: Client | None, holiday: Holiday) -> dict[str, Any]:
    ctx = base_context(config, client)
    ctx["holiday"] = holiday_view(holiday, emergency=bool(client and client.emergency))
    ctx["unsubscribe_url"] = None
    return ctx


# ---------------------------------------------------------------- samples


@dataclass(frozen=True)
class Sample:
    """Made-up values for validate: a base context (client, practitioner, opt-out) and
    a supply and a break in template shape; each kind builds its contexts from them."""

    base: dict[str, Any]
    supply: dict[str, Any]
    holiday: dict[str, Any]
    today: date


def sample_bases(practitioner: Mapping[str, Any]) -> Iterator[Sample]:
    """One sample per branch every template may take: emergency client or not, with an
    unsubscribe link or not."""
    today = date(2026, 10, 2)
    supply = {
        "item": "Magnesium complex",
        "dispensed": today,
        "days": 90,
        "runs_out": today + timedelta(days=90),
    }
    for emergency in (False, True):
        client = {
            "id": "c-sample",
            "name": "Sample Client",
            "preferred_name": "Sam",
            "email": "sam@example.org",
            "emergency": emergency,
        }
        holiday = {
            "id": "sample-break",
            "first_day": date(2026, 12, 20),
            "last_day": date(2027, 1, 4),
            "back_on": date(2027, 1, 5),
            "emergency_contact": "+41 79 000 00 00" if emergency else None,
        }
        for url in (None, "https://example.org/unsubscribe/3q2-7wKbZ0aT8bVY1lrCWg"):
            base = {
                "client": client,
                "practitioner": practitioner,
                "unsubscribe_url": url,
                "optout": "To stop receiving these emails, reply with the word STOP.",
            }
            yield Sample(base, supply, holiday, today)


def autoreply_sample(s: Sample) -> Iterator[dict[str, Any]]:
    """The holiday auto-reply's contexts: to a client, and to an unknown sender."""
    yield {**s.base, "holiday": s.holiday, "unsubscribe_url": None}
    yield {**s.base, "client": None, "holiday": s.holiday, "unsubscribe_url": None}
