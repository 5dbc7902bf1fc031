"""From an outbox row to the email a client receives.

The ledger keeps the key, not the planner's whole record, so the details a
template needs (which check-in rule, which supply, which break) are read back
from the key, whose parts the planner guarantees contain no ':'. Composition is
pure: the config, the row, its Message-ID and the time come in; bytes go out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from carecall_mail.config import Client, Config, Holiday, Supply
from carecall_mail.context import (
    birthday_context,
    checkin_context,
    holiday_notice_context,
    resupply_context,
)
from carecall_mail.errors import CareCallError
from carecall_mail.planner import item_slug
from carecall_mail.render import Envelope, Renderer, build_message
from carecall_mail.unsubscribe import mailto_uri, unsubscribe_url


class ComposeError(CareCallError):
    """The row no longer matches the practice (client, rule or supply removed)."""


@dataclass(frozen=True)
class Composed:
    key: str
    client_id: str
    to_addr: str
    message_id: str
    data: bytes


def unsubscribe_uris(config: Config, client: Client | None) -> tuple[list[str], bool]:
    """RFC 2369 List-Unsubscribe URIs, and whether RFC 8058 one-click applies."""
    uris = [mailto_uri(config)]
    url = unsubscribe_url(config, client)
    if url is not None:
        uris.append(url)
    return uris, url is not None


def context_for_key(config: Config, key: str, template: str) -> tuple[Client, dict[str, Any]]:
    """The client and template context for an outbox key; ComposeError if it is stale."""
    parts = key.split(":")
    kind = parts[0]
    client = config.client(parts[1]) if len(parts) > 1 else None
    if client is None:
        raise ComposeError(f"{key}: the client is no longer in clients.yaml")
    if kind == "checkin" and len(parts) == 4:
        rule = next((r for r in config.schedules.checkins if r.id == parts[3]), None)
        if rule is None:
            raise ComposeError(f"{key}: check-in rule {parts[3]!r} is no longer in schedules.yaml")
        last = date.fromisoformat(parts[2])
        return client, checkin_context(config, client, rule.id, str(rule.after_last_session), last)
    if kind == "resupply" and len(parts) == 4:
        supply = _supply(client, parts[2], date.fromisoformat(parts[3]))
        if supply is None:
            raise ComposeError(f"{key}: that supply is no longer listed for the client")
        return client, resupply_context(config, client, supply, _break_for(config, supply))
    if kind == "birthday" and len(parts) == 3:
        return client, birthday_context(config, client)
    if kind == "holiday_notice" and len(parts) == 5:
        holiday = next((h for h in config.schedules.holidays if h.id == parts[2]), None)
        if holiday is None or holiday.from_.isoformat() != parts[3]:
            raise ComposeError(f"{key}: the holiday was removed or moved")
        return client, holiday_notice_context(config, client, holiday)
    raise ComposeError(f"{key}: not a key this version of CareCall Mail writes")


def _supply(client: Client, slug: str, dispensed: date) -> Supply | None:
    for supply in client.supplies:
        if supply.dispensed == dispensed and item_slug(supply.item) == slug:
            return supply
    return None


def _break_for(config: Config, supply: Supply) -> Holiday | None:
    """The break that moved a reminder earlier: the supply runs out during it, or the
    reminder would have fallen in it."""
    rule = config.schedules.resupply
    runs_out = supply.runs_out
    reminder = rule.before_runout.before(runs_out) if rule else runs_out
    for holiday in config.schedules.holidays:
        if holiday.from_ <= runs_out <= holiday.to or holiday.from_ <= reminder <= holiday.to:
            return holiday
    return None


def compose(
    config: Config,
    renderer: Renderer,
    *,
    key: str,
    template: str,
    message_id: str,
    now: datetime,
) -> Composed:
    """Render the message for outbox row `key` as the client will receive it."""
    client, context = context_for_key(config, key, template)
    rendered = renderer.render(template, context)
    uris, one_click = unsubscribe_uris(config, client)
    practitioner = config.practice.practitioner
    envelope = Envelope(
        from_name=practitioner.name,
        from_addr=practitioner.email,
        to_name=client.name,
        to_addr=client.email,
        message_id=message_id,
        date=now,
        list_unsubscribe=uris,
        one_click=one_click,
    )
    return Composed(key, client.id, client.email, message_id, build_message(envelope, rendered))


def message_id_domain(config: Config) -> str:
    """Message-IDs carry the practice's own domain (RFC 5322 §3.6.4 uniqueness)."""
    return config.practice.practitioner.email.rpartition("@")[2].lower()
