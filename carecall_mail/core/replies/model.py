"""One reply, from the parser to the reply log to what the practitioner is told.

`ReplyRecord` is what the reply log keeps of one mail. The parser's `Reply` is a
record plus what only reading the whole mail tells (the sender's name, the thread,
the recipients, whether an automatic answer is allowed, whether it is our own mail
come back); a `ReplyRow` is a record read back from the log, with its row id and
when it was recorded. Alerts, forwards and digests take any record, so a reply
fresh from the parser and one read back for a retry are told the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, NamedTuple

__all__ = [
    "REPLY_KINDS",
    "URGENCIES",
    "ReplyKind",
    "ReplyRecord",
    "ReplyRow",
    "SentRef",
    "reply_urgency",
]

ReplyKind = Literal["reply", "autoreply", "bounce", "optout", "unknown"]
REPLY_KINDS: tuple[ReplyKind, ...] = ("reply", "autoreply", "bounce", "optout", "unknown")
# The safety net's levels (core/triage/assess.py), most urgent first: the order in
# which `status` and the digest show them.
URGENCIES = ("crisis", "concern", "none")


class SentRef(NamedTuple):
    """What a Message-ID we sent answers to: the outbox key and the client."""

    key: str  # e.g. "checkin:c-001:2026-10-02:one-week"
    client_id: str


# What a client wrote is private: repr=False keeps it out of logs and tracebacks.
@dataclass(frozen=True, kw_only=True)
class ReplyRecord:
    """One mail as the reply log keeps it.

    `message_id` is the mail's Message-ID without <>, or a `sha256:` hash of its
    bytes when it has none (the dedupe key). `raw` is kept only for kind `unknown`
    (someone must be able to read what the parser could not). `flagged` and
    `urgency` always agree: a record made with only `flagged` is a concern (the
    level the flag words stand for), and an urgency above "none" is flagged.
    """

    message_id: str
    received_at: datetime  # timezone-aware
    from_addr: str  # lower-cased bare address, or ""
    client_id: str | None
    in_reply_to: str | None  # the ledger key answered
    kind: str
    text: str = field(default="", repr=False)  # only what the client newly wrote
    subject: str = field(default="", repr=False)
    flagged: bool = False
    reasons: tuple[str, ...] = ()
    bounced: tuple[str, ...] = ()  # failed addresses, for bounces
    permanent: bool = False  # for bounces: 5.x.x / Action: failed
    raw: bytes | None = field(default=None, repr=False)
    urgency: str = "none"  # one of URGENCIES (core/triage/assess.py)

    def __post_init__(self) -> None:
        # Never lose a flag: whichever of the two says "look at this" wins.
        if self.flagged and self.urgency == "none":
            object.__setattr__(self, "urgency", "concern")
        elif self.urgency != "none" and not self.flagged:
            object.__setattr__(self, "flagged", True)

    def to_json(self) -> dict[str, Any]:
        """The `replies --json` object (DESIGN.md), plus `subject`."""
        return {
            "message_id": self.message_id,
            "received_at": self.received_at.isoformat(),
            "from": self.from_addr,
            "client": self.client_id,
            "in_reply_to": self.in_reply_to,
            "kind": self.kind,
            "text": self.text,
            "urgency": self.urgency,
            "flagged": self.flagged,
            "reasons": list(self.reasons),
            # The number a client gave to a check-in that asks for one (DESIGN.md);
            # no check-in asks yet (`score:` is in the contract's "next"), so none has.
            "score": None,
            "bounced": list(self.bounced),
            "permanent": self.permanent,
            "subject": self.subject,
        }


def reply_urgency(reply: ReplyRecord) -> str:
    """The urgency a reply is logged with; ValueError for a reply no store may take."""
    if reply.kind not in REPLY_KINDS:
        raise ValueError(f"unknown reply kind {reply.kind!r}; expected one of {REPLY_KINDS}")
    if not reply.message_id:
        raise ValueError("a reply needs a message_id (or a sha256: hash of its bytes)")
    if reply.urgency not in URGENCIES:
        raise ValueError(f"unknown urgency {reply.urgency!r}; expected one of {URGENCIES}")
    return reply.urgency


@dataclass(frozen=True, kw_only=True)
class ReplyRow(ReplyRecord):
    """A reply read back from the log."""

    id: int
    recorded_at: datetime
