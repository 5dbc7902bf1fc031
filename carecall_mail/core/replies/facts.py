"""How a reply is told to the practitioner in alerts, forwards and digests: the ids to
thread on, the addresses to write, and the safety net's reasons by level."""

from __future__ import annotations

import re

__all__ = [
    "header_address",
    "header_message_id",
    "read_as",
    "reasons_by_level",
    "references_line",
]

# The safety net's levels as its reasons name them ("crisis: want to die"), most urgent first.
_LEVELS = ("crisis", "concern")

# What may stand in a header we write: printable ASCII without white space or
# angle brackets. Clients' mail may carry UTF-8 addresses and Message-IDs
# (RFC 6532); our headers are ASCII, so such a value is left out, never let
# through to fail the whole message (and with it every later inbox pass).
_HEADER_TOKEN = re.compile(r"[!-;=?-~]+")
MESSAGE_ID_LIMIT = 250
# "References: " and the line break leave this much of a 998-character line.
REFERENCES_LIMIT = 960


def header_message_id(message_id: str) -> str | None:
    """`<id>` for In-Reply-To/References, or None when it names nothing we can write.

    A mail without a Message-ID is logged under "sha256:<hash>": nothing to thread on.
    """
    bare = message_id.strip().strip("<>").strip()
    if bare.startswith("sha256:") or "@" not in bare or not _HEADER_TOKEN.fullmatch(bare):
        return None
    if len(bare) > MESSAGE_ID_LIMIT:
        return None  # no real one is this long; a header line holds 998 (RFC 5322 §2.1.1)
    return f"<{bare}>"


def references_line(ids: list[str]) -> list[str]:
    """The newest of `ids` that fit one header line (RFC 5322 §2.1.1: 998 characters).

    RFC 5322 §3.6.4 lets a reply leave older references out; the last one (the
    message answered) always stays.
    """
    kept: list[str] = []
    room = REFERENCES_LIMIT
    for ref in reversed(ids):
        if len(ref) + 1 > room and kept:
            break
        kept.append(ref)
        room -= len(ref) + 1
    return kept[::-1]


def header_address(addr: str) -> str | None:
    """The address as is when it can stand in an ASCII header (Reply-To, To), else None."""
    bare = addr.strip()
    local, at, domain = bare.rpartition("@")
    if not (local and at and domain) or not _HEADER_TOKEN.fullmatch(bare):
        return None
    return bare


def reasons_by_level(reasons: tuple[str, ...]) -> dict[str, list[str]]:
    """What the safety net read, per level: {"crisis": ["want to die"], "concern": [...]}.

    Reasons of other kinds ("optout: subject", "internal error: …") are left out.
    """
    found: dict[str, list[str]] = {level: [] for level in _LEVELS}
    for reason in reasons:
        level, sep, what = reason.partition(": ")
        if sep and level in found:
            found[level].append(what)
    return {level: words for level, words in found.items() if words}


def read_as(reasons: tuple[str, ...]) -> str:
    """One line for the practitioner: "want to die (crisis); headache (concern)"."""
    return "; ".join(
        f"{', '.join(words)} ({level})" for level, words in reasons_by_level(reasons).items()
    )
