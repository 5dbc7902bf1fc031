"""From an outbox row to the email a client receives.

The row carries what the planner decided (`params`: which check-in rule, which
supply, which break, see core/kinds.py); its kind's context builder turns them into
what the template sees, so the message says what the planner decided. Rows
queued before the params column existed are read back from their key
(`legacy_params`). Composition is pure: the config, the row, its Message-ID and
the time come in; bytes go out (the renderer reads the templates once).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from carecall_mail.config.schema import Client, Config
from carecall_mail.core.errors import CareCallError
from carecall_mail.core.kinds import (
    RESUPPLY,
    Kind,
    Params,
    ParamValue,
    StaleMessage,
    parse_key,
    supply_params,
)
from carecall_mail.core.planner import resupply_break
from carecall_mail.core.unsubscribe import mailto_uri, unsubscribe_url
from carecall_mail.templates.render import Envelope, Renderer, build_message


class ComposeError(CareCallError):
    """The row no longer matches the practice (client, rule or supply removed)."""


class Message(Protocol):
    """What compose needs of a message: an outbox row or a planned message."""

    @property
    def key(self) -> str: ...
    @property
    def client_id(self) -> str: ...
    @property
    def template(self) -> str: ...
    @property
    def params(self) -> Params | None: ...


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


def context_for(config: Config, message: Message) -> tuple[Client, dict[str, Any]]:
    """The client and template context for a message; ComposeError if it is stale."""
    key = message.key
    parsed = parse_key(key)
    if parsed is None:
        raise ComposeError(f"{key}: not a key this version of CareCall Mail writes")
    kind, _, key_params = parsed
    client = config.client(message.client_id)
    if client is None:
        raise ComposeError(f"{key}: the client is no longer in clients.yaml")
    try:
        params = message.params
        if params is None:
            params = legacy_params(config, kind, client, key_params)
        return client, kind.context(config, client, params)
    except StaleMessage as exc:
        raise ComposeError(f"{key}: {exc}") from None


def legacy_params(
    config: Config, kind: Kind, client: Client, key_params: Mapping[str, ParamValue]
) -> dict[str, ParamValue]:
    """The params of a row queued before rows kept them: the key's own, and for a
    resupply reminder the break the planner's rule moves it for (planner.resupply_break),
    worked out now as the planner would. Only such old rows come here."""
    params = dict(key_params)
    if kind is RESUPPLY:
        supply = next((s for s in client.supplies if supply_params(s) == key_params), None)
        holiday = resupply_break(config, supply) if supply else None
        params["break"] = holiday.id if holiday else None
    return params


def compose(
    config: Config,
    renderer: Renderer,
    message: Message,
    *,
    message_id: str,
    now: datetime,
) -> Composed:
    """Render `message` (an outbox row or a planned message) as the client receives it."""
    client, context = context_for(config, message)
    rendered = renderer.render(message.template, context)
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
    key = message.key
    return Composed(key, client.id, client.email, message_id, build_message(envelope, rendered))


def message_id_domain(config: Config) -> str:
    """Message-IDs carry the practice's own domain (RFC 5322 §3.6.4 uniqueness)."""
    return config.practice.practitioner.email.rpartition("@")[2].lower()
