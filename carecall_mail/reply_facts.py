"""What the practitioner is told about one reply, whether freshly parsed or read back
from the reply log for a retry: one shape for alerts, forwards and digests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from carecall_mail.ledger import ReplyRow
from carecall_mail.replies import Reply


@dataclass(frozen=True)
class ReplyFacts:
    message_id: str
    client_id: str | None
    received_at: datetime
    from_addr: str
    subject: str
    kind: str
    text: str
    flagged: bool
    reasons: tuple[str, ...]

    @classmethod
    def of_reply(cls, reply: Reply) -> ReplyFacts:
        return cls(
            reply.message_id,
            reply.client,
            reply.received_at,
            reply.from_addr,
            reply.subject,
            reply.kind,
            reply.text,
            reply.flagged,
            reply.reasons,
        )

    @classmethod
    def of_row(cls, row: ReplyRow) -> ReplyFacts:
        return cls(
            row.message_id,
            row.client_id,
            row.received_at,
            row.from_addr,
            row.subject,
            row.kind,
            row.text,
            row.flagged,
            row.reasons,
        )
