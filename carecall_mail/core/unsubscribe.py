"""How a client says "no more": the List-Unsubscribe targets we offer, and how we know them.

One home for the rules on both sides of an unsubscribe, so that what compose puts in
`List-Unsubscribe` (RFC 2369) and what the reply parser takes for an opt-out agree:

- the mailto target carries `?subject=unsubscribe`; mail with that subject is an
  opt-out wherever it was sent;
- a *dedicated* address (`ana+unsubscribe@…`, `optout@…`) is an opt-out whatever the
  mail says. The practitioner's own address never is by itself: every ordinary reply
  goes there ("Thanks Ana, I am feeling much better" is a reply, not a wish to stop);
- the RFC 8058 one-click URL names the client by an opaque token, a keyed MAC of the
  practice and the client id, never by the id itself: whoever can guess ids must not
  be able to unsubscribe every client. The key is made once, at random, in the state
  dir (mode 0600), never in YAML; the page behind the URL finds the client with
  `client_for_token`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from carecall_mail.config.schema import Client, Config, ImapIncoming, SmtpOutgoing
from carecall_mail.core.addresses import normalise

__all__ = [
    "client_for_token",
    "dedicated_addresses",
    "mailto_uri",
    "personal_addresses",
    "token",
    "unsubscribe_url",
]

_TOKEN_BYTES = 16  # 128 bits of the HMAC-SHA256: unguessable, and short in a URL


def personal_addresses(config: Config) -> frozenset[str]:
    """The addresses ordinary replies reach: the practitioner's, the emergency one, log-ins."""
    practice = config.practice
    found = {practice.practitioner.email, practice.practitioner.emergency_email}
    if isinstance(practice.incoming, ImapIncoming):
        found.add(practice.incoming.username)
    if isinstance(practice.outgoing, SmtpOutgoing):
        found.add(practice.outgoing.username)
    return frozenset(normalise(a) for a in found if a and "@" in a)


def dedicated_addresses(config: Config) -> frozenset[str]:
    """The unsubscribe address when it is one of its own, else nothing.

    `unsubscribe.mailto: ana@…` (the practitioner's own) is not dedicated: there only the
    `unsubscribe` subject counts. `ana+unsubscribe@…` is, matched exactly with its tag.
    """
    mailto = config.practice.unsubscribe.mailto
    if not mailto or normalise(mailto) in personal_addresses(config):
        return frozenset()
    return frozenset({normalise(mailto)})


def mailto_uri(config: Config) -> str:
    """The RFC 2369 mailto target: the subject is what tells an opt-out from a reply."""
    mailto = config.practice.unsubscribe.mailto or config.practice.practitioner.email
    return f"mailto:{mailto}?subject=unsubscribe"


def _practice_id(config: Config) -> str:
    # The practice's stable id when it has one (DESIGN.md, many practices), else its address.
    named = getattr(config.practice, "id", None)
    return str(named) if named else config.practice.practitioner.email.lower()


def token(config: Config, client_id: str) -> str:
    """The opaque, stable token that stands for `client_id` in the one-click URL."""
    message = f"{_practice_id(config)}\0{client_id}".encode()
    digest = hmac.new(config.token_key(), message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:_TOKEN_BYTES]).rstrip(b"=").decode("ascii")


def client_for_token(config: Config, candidate: str) -> Client | None:
    """The client a token from an unsubscribe URL stands for, or None (compared in
    constant time, so that timing tells nothing about a forged one)."""
    found: Client | None = None
    for client in config.clients:
        if hmac.compare_digest(token(config, client.id), candidate):
            found = client
    return found


def unsubscribe_url(config: Config, client: Client | None) -> str | None:
    """The client's one-click URL (RFC 8058), or None when there is none to give."""
    url = config.practice.unsubscribe.url
    if url is None or client is None:
        return None
    return url.replace("{token}", token(config, client.id))
