"""Feedback reports (ARF, RFC 5965): an abuse desk's or a mailbox provider's report on a mail.

A report's machine part is `message/feedback-report`, a block of fields ("Feedback-Type:
abuse", "Removal-Recipient: …"). RFC 5965 sends it inside `multipart/report`, but reporters
and the gateways between them also wrap it in `multipart/mixed` (NetEase's DMARC failure
reports, Exchange rewriting a relayed report) and encode it base64 like an attachment: the
part itself says what the mail is, whatever wraps it.

The early ARF drafts (draft-shafranovich-feedback-report, which reporters still follow) also
had `opt-out` and `opt-out-list`: a recipient's request, passed on by their provider, to be
taken off the sender's mailing or list. The address to take off is the `Removal-Recipient`.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from email.message import Message
from email.parser import HeaderParser

from carecall_mail.core.mimetext import content_type, first, header_map

__all__ = ["FeedbackReport", "feedback_report", "jmrp_complaint"]

_FEEDBACK_TYPE = "message/feedback-report"
_MAX_PARTS = 200  # a hostile mail of a million parts is not walked to its end
_MAX_FIELDS = 20_000  # characters: a report's fields are a few lines
_OPT_OUT_TYPES = frozenset({"opt-out", "opt-out-list"})


@dataclass(frozen=True)
class FeedbackReport:
    """What a report's machine part says: its type and the recipients it asks to remove."""

    feedback_type: str
    removal: tuple[str, ...]

    @property
    def opt_out(self) -> bool:
        """Whether the report asks for its recipient's removal (the drafts' opt-out types)."""
        return self.feedback_type in _OPT_OUT_TYPES


def _own_feedback_part(msg: Message) -> Message | None:
    """The mail's own feedback part, never one inside a mail attached to it (a person who
    forwards a report as an attachment sends no report)."""
    stack, seen = [msg], 0
    while stack and seen < _MAX_PARTS:
        part = stack.pop()
        seen += 1
        ctype = content_type(part)
        if ctype == _FEEDBACK_TYPE and part is not msg:
            return part
        if part.is_multipart() and not ctype.startswith("message/"):
            stack.extend(reversed([c for c in part.get_payload() if isinstance(c, Message)]))
    return None


def _fields(part: Message) -> dict[str, list[str]]:
    """The part's fields: parsed already as a header block, or encoded base64 in its body."""
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if isinstance(inner, Message) and len(inner):
        return header_map(inner)
    body = inner.get_payload() if isinstance(inner, Message) else payload
    if not isinstance(body, str):
        return {}
    if part.get("content-transfer-encoding", "").strip().lower() == "base64":
        try:
            decoded = base64.b64decode("".join(body.split()), validate=False)
            body = decoded.decode("utf-8", "replace")
        except (binascii.Error, ValueError):
            return {}
    block = body[:_MAX_FIELDS].replace("\r\n", "\n").lstrip("\n")
    return header_map(HeaderParser().parsestr(block))


def feedback_report(msg: Message) -> FeedbackReport | None:
    """The mail's feedback report, or None when its own body holds no feedback part."""
    part = _own_feedback_part(msg)
    if part is None:
        return None
    fields = _fields(part)
    removal = tuple(
        addr
        for value in fields.get("removal-recipient", [])
        if (addr := value.strip().strip("<>").strip().lower())
    )
    return FeedbackReport(first(fields, "feedback-type").strip().lower(), removal)


# Microsoft's junk-mail reporting program (JMRP, Hotmail and Outlook.com) sends no ARF part: its
# complaint is the reported mail attached whole, first in the body, stamped with the address of
# the user who reported it. That stamp is the program's own (bounce handlers key on it), and no
# mail client writes it; its subject is free to change.
_JMRP_STAMP = "x-hmxmroriginalrecipient"


def jmrp_complaint(msg: Message) -> bool:
    """Whether the mail is a JMRP complaint: the stamp on its own header or on the mail it
    carries as its first part (a person forwarding a mail writes their words first)."""
    if _JMRP_STAMP in header_map(msg):
        return True
    parts = msg.get_payload() if msg.is_multipart() else None
    head = parts[0] if isinstance(parts, list) and parts else None
    if not isinstance(head, Message) or content_type(head) != "message/rfc822":
        return False
    inner = head.get_payload()
    mail = inner[0] if isinstance(inner, list) and inner else None
    return isinstance(mail, Message) and _JMRP_STAMP in header_map(mail)
