"""How a client says "no more": the List-Unsubscribe targets we offer, and how we know them.

One home for the rules on both sides of an unsubscribe, so that what compose puts in
`List-Unsubscribe` (RFC 2369) and what the reply parser takes for an opt-out agree:

- the mailto target carries `?subject=unsubscribe`; mail with that subject is an
  opt-out wherever it was sent;
- a *dedicated* address (`ana+unsubscribe@…`, `optout@…`) is an opt-out whatever the
  mail says. The practitioner's own address never is by itself: every ordinary reply
  goes there ("Thanks Ana, I am feeling much better" is a reply, not a wish to stop).
"""

from __future__ import annotations

from carecall_mail.config import Config, ImapIncoming, SmtpOutgoing

__all__ = ["dedicated_addresses", "mailto_uri", "personal_addresses"]


def personal_addresses(config: Config) -> frozenset[str]:
    """The addresses ordinary replies reach: the practitioner's, the emergency one, log-ins."""
    practice = config.practice
    found = {practice.practitioner.email, practice.practitioner.emergency_email}
    if isinstance(practice.incoming, ImapIncoming):
        found.add(practice.incoming.username)
    if isinstance(practice.outgoing, SmtpOutgoing):
        found.add(practice.outgoing.username)
    return frozenset(a.strip().lower() for a in found if a and "@" in a)


def dedicated_addresses(config: Config) -> frozenset[str]:
    """The unsubscribe address when it is one of its own, else nothing.

    `unsubscribe.mailto: ana@…` (the practitioner's own) is not dedicated: there only the
    `unsubscribe` subject counts. `ana+unsubscribe@…` is, matched exactly with its tag.
    """
    mailto = config.practice.unsubscribe.mailto
    if not mailto or mailto.strip().lower() in personal_addresses(config):
        return frozenset()
    return frozenset({mailto.strip().lower()})


def mailto_uri(config: Config) -> str:
    """The RFC 2369 mailto target: the subject is what tells an opt-out from a reply."""
    mailto = config.practice.unsubscribe.mailto or config.practice.practitioner.email
    return f"mailto:{mailto}?subject=unsubscribe"
