"""The failed addresses of a bounce that has no RFC 3464 status part and that flufl.bounce's
detectors do not know: read from the mail server's own notice, whatever its layout.

Mail servers word their notices in many ways (DragonFly's "Mail delivery failed", qmail's
"<a@b>:", Apache James's "RCPT TO: a@b" under "Message details:", Lotus Notes' "Failure
Reasons", Japanese carriers' notices, OpenSMTPD's "a@b: 550 …"), but all of them name the
address that failed in the notice above the returned mail, and none of them name anyone else
there but the sender. So the notice is read up to where the returned mail starts, and every
address in it is a failed one except the sender's (the notice's To:, the envelope sender, the
returned mail's From:) and the mail servers' own mailboxes.

This runs only on mail already taken for a bounce (bounces.detect_bounce): in a person's mail
these rules would read quoted headers as failures.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from email.message import Message

from carecall_mail.core.mimetext import addresses, content_type, part_text

# Where the returned mail starts inside a notice's text: its first header line, or the
# separators MTAs write above it ("--- Below this line is a copy of the message.", sendmail's
# "----- Unsent message follows -----", Notes' "------- Returned Message --------").
_RETURNED_START = re.compile(
    r"^(?:(?:received|return-path|message-id|dkim-signature|x-[\w-]+|mime-version"
    r"|content-type|delivered-to)[ \t]*:"
    r"|.*\b(?:copy of (?:the|your) (?:original )?message|unsent message follows"
    r"|returned message|original message (?:follows|headers)|original mail (?:as follows|info)"
    r"|message (?:headers )?follows)\b)",
    re.I | re.M,
)
# A line that names the sender, not a recipient: "MAIL FROM: a@b", "From: a@b" in a
# "Message details" block, "envelope sender", "Reply-To:".
_SENDER_LINE = re.compile(
    r"^[ \t>]*(?:mail from|from|sender|envelope[- ]from|return-path|reply-to|x-sender"
    r"|envelope sender)[ \t]*:",
    re.I,
)
# An SMTP reply code (RFC 5321 §4.2) or an enhanced status code (RFC 3463) in the notice.
_PERMANENT_CODE = re.compile(r"(?<![\w.-])(?:5[0-5]\d(?:[ -]|$)|5\.\d{1,3}\.\d{1,3})", re.M)
_TEMPORARY_CODE = re.compile(r"(?<![\w.-])(?:4[2-5]\d(?:[ -]|$)|4\.\d{1,3}\.\d{1,3})", re.M)
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
# The mail servers' own mailboxes are never the failed address a notice reports.
# A quoted line is history, not the notice; sendmail's ">>> a@b" names the failed recipient.
_QUOTED = re.compile(r"[ \t]*>(?!>> )")
# A line that gives the help desk's address ("please contact <support@…>"), no recipient's.
_HELP_LINE = re.compile(
    r"\b(?:contact|assistance|questions?|help ?desk|kontakt\w*|contactez)\b|連絡|問い?合わ?せ",
    re.I,
)
_CJK_START = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
_SERVER_MAILBOX = re.compile(
    r"^(?:mailer-daemon|mail-daemon|postmaster|post_master|post-master|mailerdaemon"
    r"|no-?reply|do-?not-?reply|bounces?|root|abuse|daemon)(?:[+=][^@]*)?@",
    re.I,
)
# Delays say so in the notice: "Deferred", "Warning--Could not send mail for past 8.5 hours",
# "will keep trying", "not yet been delivered".
_DELAY_WORDS = re.compile(
    r"\b(?:deferred|delayed|will (?:keep|continue) (?:trying|to try|attempting)"
    r"|not yet (?:been )?delivered|could not send mail for past|retry(?:ing)? until)\b",
    re.I,
)
# What a failure notice says in words when it gives no code (Notes' "User not listed in public
# Name & Address Book", a carrier's "Mail System Error - Returned Mail"), in the languages MTAs
# write; an out-of-office reply naming a colleague's address says none of it.
_FAILURE_WORDS = re.compile(
    r"\b(?:fail\w*|undeliver\w*|not (?:be )?delivered|unable to deliver"
    r"|could not (?:be )?deliver(?:ed)?|reject\w*|unknown|not listed|does not exist|no such"
    r"|not (?:a )?valid (?:user|recipient|address|mailbox)|invalid (?:user|recipient|mailbox)"
    r"|errors?|returned|unzustellbar|nicht zugestellt|non remis|(?:é|e)chec|no entregado"
    r"|non recapitat|niet afgeleverd)\b|配信|送信できません|エラー|失敗|不能|退信|Не доставлено",
    re.I,
)
_MIME_LINES = re.compile(r"^(?:--\S+|content-[\w-]+[ \t]*:.*|[ \t]*boundary=.*)$", re.I | re.M)
_MAX_NOTICE = 20_000  # a notice is a few lines; the returned mail may be megabytes


@dataclass(frozen=True)
class NoticeFailures:
    """What a mail server's notice says failed."""

    addresses: tuple[str, ...]
    permanent: bool  # a 5xx code and no word of a delay
    has_code: bool  # an SMTP or enhanced status code stands in the notice


def _notice_text(msg: Message) -> str:
    """The notice: text parts up to the returned mail (its own part or its first header)."""
    pieces: list[str] = []
    for part in itertools.islice(msg.walk(), 50):
        ctype = content_type(part)
        if ctype in ("message/rfc822", "text/rfc822-headers", "message/rfc822-headers"):
            break
        if part.is_multipart():
            continue
        # A multipart whose boundary was lost (a folded Content-Type not indented) is text.
        if not ctype.startswith(("text/", "multipart/")):
            continue
        text = part_text(part)[:_MAX_NOTICE].replace("\r\n", "\n")
        if ctype.startswith("multipart/"):
            text = _MIME_LINES.sub("", text)  # its parts' delimiters and headers, read as text
        found = _RETURNED_START.search(text)
        pieces.append(text[: found.start()] if found else text)
        if found:
            break
    return "\n".join(pieces)


def _senders(msg: Message, headers: dict[str, list[str]]) -> set[str]:
    """The addresses of whoever sent the mail the notice returns, and of the notice itself."""
    found: set[str] = set()
    # Not X-Original-To: DragonFly's notices carry the failed recipient there.
    for name in ("to", "cc", "from", "return-path", "delivered-to", "reply-to"):
        for value in headers.get(name, []):
            found.update(addr.lower() for _, addr in addresses(value))
    for part in itertools.islice(msg.walk(), 50):
        if content_type(part) != "message/rfc822":
            continue
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            for _, addr in addresses(str(inner[0].get("from", ""))):
                found.add(addr.lower())
    return found


def notice_failures(msg: Message, headers: dict[str, list[str]]) -> NoticeFailures | None:
    """The failed addresses a bounce's notice names, or None when it names none."""
    notice = _notice_text(msg)
    if not notice:
        return None
    senders = _senders(msg, headers)
    failed: list[str] = []
    lines = notice.split("\n")
    for line, after in zip(lines, [*lines[1:], ""], strict=True):
        if _QUOTED.match(line) or _SENDER_LINE.match(line) or _HELP_LINE.search(line):
            continue
        if _CJK_START.match(after) and _HELP_LINE.search(after):
            continue  # a Japanese sentence wraps: "…<support@…>" / "へご連絡ください"
        for addr in _ADDRESS.findall(line):
            addr = addr.lower().strip(".")
            if addr in senders or _SERVER_MAILBOX.match(addr):
                continue
            failed.append(addr)
    if not failed:
        return None
    permanent_code = bool(_PERMANENT_CODE.search(notice))
    has_code = permanent_code or bool(_TEMPORARY_CODE.search(notice))
    if not has_code and not _FAILURE_WORDS.search(notice):
        return None  # addresses, but no word of a failure: an auto-reply naming a colleague
    permanent = permanent_code and not _DELAY_WORDS.search(notice)
    return NoticeFailures(tuple(dict.fromkeys(failed)), permanent, has_code)
