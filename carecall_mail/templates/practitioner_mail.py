"""The practitioner's envelope: one way to address mail from CareCall to the practitioner.

Alerts, holiday forwards, digests and doctor's test mail are written by four jobs
but are one kind of mail: from the practice's own address under "CareCall Mail
for <name>", to one of the practitioner's addresses, made by a program. They carry
the same headers, so that the practitioner's mail program, an Exchange server and
our own inbox job treat them all alike:

- `Auto-Submitted: auto-generated` (RFC 3834 §5): no vacation responder answers it;
- `X-Auto-Response-Suppress: All`: nor does Exchange's, which ignores RFC 3834;
- `X-CareCall-Mail: <kind>` (render.OWN_MAIL_HEADER): when the inbox we read is
  the practitioner's own, the mail comes back, and replies.own_mail_kind sets it
  aside instead of logging it as a client's mail.

Pure: the time and the Message-ID's domain are passed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Final, Literal

from carecall_mail.config.schema import Practitioner
from carecall_mail.templates.render import (
    OWN_MAIL_HEADER,
    Envelope,
    Rendered,
    build_message,
    new_message_id,
)

# What of ours a mail is: the value of X-CareCall-Mail ("test": `carecall doctor --send-test`).
OwnMail = Literal["alert", "forward", "digest", "test"]
OWN_MAIL_KINDS: Final[tuple[OwnMail, ...]] = ("alert", "forward", "digest", "test")


def marker_headers(kind: OwnMail) -> list[tuple[str, str]]:
    """The headers, besides Auto-Submitted, that every mail to the practitioner has."""
    return [("X-Auto-Response-Suppress", "All"), (OWN_MAIL_HEADER, kind)]


def what_they_wrote(text: str) -> list[str]:
    """The client's new text as alerts and forwards show it, between two rules."""
    return [
        "",
        "What they wrote (quoted history and signature removed):",
        "----",
        text or "(no text could be read: see the original email in your inbox)",
        "----",
        "",
    ]


def practitioner_mail(
    practitioner: Practitioner,
    kind: OwnMail,
    to_addr: str,
    subject: str,
    text: str,
    *,
    now: datetime,
    domain: str,
    reply_to: str | None = None,
    references: Sequence[str] = (),
) -> bytes:
    """A plain-text mail of ours to the practitioner at `to_addr`, as bytes to send.

    `reply_to`: who answering it reaches (the client, for an alert or a forward).
    `references`: the Message-ID it is about, so a mail program threads it there.
    """
    envelope = Envelope(
        from_name=f"CareCall Mail for {practitioner.name}",
        from_addr=practitioner.email,
        to_name=practitioner.name,
        to_addr=to_addr,
        message_id=new_message_id(domain),
        date=now,
        reply_to=reply_to,
        references=references,
        auto_submitted="auto-generated",  # RFC 3834 §5: made by a program, not a reply
    )
    return build_message(envelope, Rendered(subject, text, None), marker_headers(kind))
