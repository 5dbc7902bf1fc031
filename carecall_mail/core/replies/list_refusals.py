"""A mailing list's refusal of a post: the list software's notice that it did not pass the
mail on to the list, which is a bounce of the list's address.

List managers check a post before they distribute it and tell its sender when they will not:
fml's "You … are not member (… ML)" and its "Loop Alert: Duplicated Message-ID", Mailman's
"Request to mailing list … rejected" and "Your message to the … mailing-list was rejected".
A post held for the moderator ("Post by non-member to a members-only list") is no refusal.
The notice carries no RFC 3464 report and comes from the list's own address, with its list
headers: read as list mail, the failure would pass unseen. It names the list's address in its
first sentence, as the failed one. Only a notice from list software (its own header, or a
list's administrative address) counts: a person who writes "you are not a member" is no
refusal, nor an answer to one.
"""

from __future__ import annotations

import re

from carecall_mail.core.mimetext import addresses, first

# The fields list software writes on what it sends: fml's X-MLServer and X-ML-Info, RFC 2369
# and RFC 2919 fields, ezmlm's Mailing-List, Mailman's version.
_LIST_FIELDS = (
    "x-mlserver",
    "x-ml-info",
    "x-ml-name",
    "list-id",
    "list-subscribe",
    "list-post",
    "mailing-list",
    "x-mailman-version",
)
# A list's administrative mailboxes ("neko-admin@", "owner-neko@", "neko-request@").
_LIST_ADMIN = re.compile(r"^(?:[\w.+-]+-(?:admin|owner|request|bounces)|owner-[\w.+-]+)$", re.I)
# What the refusal says, in its subject or its first sentence: refused for not being a member,
# for a loop, or refused outright.
_REFUSAL = re.compile(
    # Told as a statement that opens a line: "If you are not a member yet, join" invites.
    r"^\s*you\b[^\n]{0,80}?\bare\s+not\s+(?:a\s+)?(?:member|subscriber)\b|"
    r"^\s*loop\s+alert\b|"
    r"\brequest\s+to\s+mailing\s+list\s+\S+\s+rejected\b|"
    r"\byour\s+(?:message|mail|post(?:ing)?|submission)\s+to\s+(?:the\s+)?\S+"
    r"(?:\s+mailing[-\s]?list)?\s+(?:was|has\s+been)\s+(?:rejected|refused|denied)\b",
    re.I | re.M,
)
# Refused for good (a closed list, a rejection), not held for a while (a loop's duplicate).
_PERMANENT = re.compile(r"\bnot\s+(?:a\s+)?(?:member|subscriber)\b|\brejected\b|\brefused\b", re.I)
_ANSWER = re.compile(r"^\s*(?:re|aw|sv|fwd?|wg)\s*:", re.I)
_FIRST_SENTENCE = 400
_ADDRESS = re.compile(r"<([^<>\s@]+@[\w.-]+)>|\b([\w.+-]+@[\w-]+(?:\.[\w-]+)+)")


def list_refusal(
    headers: dict[str, list[str]], subject: str, text: str
) -> tuple[tuple[str, ...], bool] | None:
    """The list addresses a list software's refusal names and whether the refusal is final,
    or None when the mail is no such refusal. `text`: the notice's own text."""
    if _ANSWER.match(subject):
        return None
    author = addresses(first(headers, "from"))
    local = author[0][1].partition("@")[0] if author else ""
    if not (any(name in headers for name in _LIST_FIELDS) or _LIST_ADMIN.match(local)):
        return None
    head = text.lstrip()[:_FIRST_SENTENCE]
    said = _REFUSAL.search(subject) or _REFUSAL.search(head)
    if said is None:
        return None
    first_paragraph = re.split(r"\n[ \t]*\n", head, maxsplit=1)[0]
    found = tuple(
        dict.fromkeys(
            (m.group(1) or m.group(2)).lower() for m in _ADDRESS.finditer(first_paragraph)
        )
    )
    return found, bool(_PERMANENT.search(said.group()))
