"""The reply parser: raw bytes of one incoming mail in, one `Reply` record out.

Pure (no I/O, no clock, no logging) and total: `parse_reply` never raises.
Anything it cannot read becomes kind "unknown" with the raw bytes kept, so a
human can look at it later and the inbox job goes on (DESIGN.md, "Never a
crash on input").

Order of classification matters: Postfix delivery reports also carry
`Auto-Submitted: auto-replied`, so bounces are recognised before auto-replies,
and both before opt-outs, so that an out-of-office text saying "stop" is not
taken for a client's wish.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.message import Message
from typing import Any, Protocol

from carecall_mail.core.addresses import base_address, normalise
from carecall_mail.core.mimetext import (
    addresses,
    attached_mails,
    closed_multipart,
    content_type,
    decode_words,
    first,
    full_message,
    header_end,
    header_map,
    inferred_multipart,
    moved_body_text,
    param,
    parse_message,
    part_text,
    rich_to_plain,
    signed_content,
    text_parts,
    unflow,
)
from carecall_mail.core.replies.automated import (
    machine_report,
    monitoring_alert,
    says_automatic,
)
from carecall_mail.core.replies.autoreplies import (
    autoreply_allowed,
    autoreply_reason,
    bulk_footer,
    challenge_notice,
    fax_notice,
    forwards,
    list_footer,
    list_reason,
    receipt_reason,
    robot_subject,
    spam_verdict,
)
from carecall_mail.core.replies.bounce_notices import notice_failures
from carecall_mail.core.replies.bounces import BounceReport, detect_bounce
from carecall_mail.core.replies.calendar import calendar_message
from carecall_mail.core.replies.certified import certified_original
from carecall_mail.core.replies.daemon_notices import (
    filter_passed,
    housekeeping_notice,
    responder_reports_non_delivery,
)
from carecall_mail.core.replies.digests import list_digest
from carecall_mail.core.replies.feedback_reports import feedback_report, jmrp_complaint
from carecall_mail.core.replies.html_quoted import quotes_all_of
from carecall_mail.core.replies.html_signature import marked_signature, without_marked_signature
from carecall_mail.core.replies.massmail import mass_mailing
from carecall_mail.core.replies.model import ReplyKind, ReplyRecord, SentRef
from carecall_mail.core.replies.optouts import is_optout_subject, is_optout_text
from carecall_mail.core.replies.quotes import (
    forwarded_only,
    html_to_text,
    new_text,
    new_text_from_html,
    passed_on,
    strip_quotes,
    unquoted,
)
from carecall_mail.core.replies.tnef import is_tnef, tnef_text
from carecall_mail.core.triage.assess import Assessment, Urgency, WordForms, assess
from carecall_mail.templates.render import OWN_MAIL_HEADER

__all__ = [
    "Reply",
    "ReplyIndex",
    "ReplyKind",
    "ReplyRules",
    "SentRef",
    "StaticReplyIndex",
    "parse_reply",
    "unknown_record",
]

# Headers of which at least one is present in anything that is really mail (RFC 5322 §3.6).
_MAIL_HEADERS = (
    "from", "message-id", "subject", "date", "received", "return-path", "to",
    "in-reply-to", "references", "content-type", "mime-version", "delivered-to", "sender",
)  # fmt: skip
_MSG_ID = re.compile(r"<([^<>\s]+)>")


class ReplyIndex(Protocol):
    """What the parser may ask the ledger and the client list (a read-only seam)."""

    def sent_by_message_id(self, message_id: str) -> SentRef | None:
        """The message we sent with this Message-ID (without <>, stripped), if any."""
        ...

    def client_by_email(self, address: str) -> str | None:
        """The id of the client with this address (lower-cased), if any."""
        ...


@dataclass(frozen=True)
class StaticReplyIndex:
    """The in-memory index, used by tests and small runs: Message-ID -> SentRef, address -> id."""

    sent: Mapping[str, SentRef] = field(default_factory=dict)
    clients: Mapping[str, str] = field(default_factory=dict)
    _by_address: Mapping[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Addresses compare case-insensitively, whatever case the caller's mapping used.
        lowered = {normalise(address): cid for address, cid in self.clients.items()}
        object.__setattr__(self, "_by_address", lowered)

    def sent_by_message_id(self, message_id: str) -> SentRef | None:
        return self.sent.get(message_id.strip().strip("<>").strip())

    def client_by_email(self, address: str) -> str | None:
        return self._by_address.get(normalise(address))


@dataclass(frozen=True)
class ReplyRules:
    """The practice's settings that shape classification."""

    # The practitioner's own words, read like the built-in lexicon (core.triage.assess):
    # flag_words at the concern level, crisis_words at the crisis level.
    flag_words: tuple[str, ...] = ()
    crisis_words: tuple[str, ...] = ()
    # Their inflected forms, expanded once by the shell (store/wordforms.py), so reading a
    # reply loads no dictionary; None: asked of the lemmatiser as replies are read.
    word_forms: WordForms | None = None
    own_addresses: frozenset[str] = frozenset()  # ours: practitioner, emergency, sending address
    # Dedicated unsubscribe addresses ("ana+unsubscribe@…", "optout@…"): mail to one of these
    # is an opt-out whatever it says. Never the practitioner's own address, to which every
    # ordinary reply goes (jobs/inbox.py reply_rules leaves it out; see _to_unsubscribe_address).
    unsubscribe_addresses: frozenset[str] = frozenset()


@dataclass(frozen=True, kw_only=True)
class Reply(ReplyRecord):
    """One incoming mail as the parser reads it: the record the reply log keeps
    (core/replies/model.py) and what only the whole mail tells."""

    kind: ReplyKind
    urgency: Urgency = "none"  # the safety net's level (core/triage/assess.py)
    from_name: str = ""
    references: tuple[str, ...] = ()  # References then In-Reply-To ids, oldest first
    autoreply_ok: bool = False  # may we send an automatic reply (RFC 3834 §2, RFC 5230 §4.5)
    to_addrs: tuple[str, ...] = ()  # To and Cc, lower-cased
    ours: str = ""  # our own mail come back (alert, digest, forward): never recorded

    def to_json(self) -> dict[str, Any]:
        """The `replies --json` object, with the sender's display name."""
        return {**super().to_json(), "from_name": self.from_name}


# Signs read from the From header alone: a name or a mailbox, which a person chooses.
_SENDER_SIGNS = ("automatic sender", "bulk mail: newsletter sender")


def _machine_says_so(reason: str) -> bool:
    """Whether the mail's own headers say a program wrote it (RFC 3834 Auto-Submitted, a
    vacation responder's X-Autoreply, a report's content type, a delivery report): no
    person's words carry those, unlike a subject, a sender's name or a footer."""
    return reason in ("Auto-Submitted", "delivery notification") or reason.startswith(
        ("X-Auto", "report:")
    )


def parse_reply(
    raw: bytes,
    index: ReplyIndex,
    *,
    received_at: datetime,
    rules: ReplyRules = ReplyRules(),  # frozen, so one shared default is safe
) -> Reply:
    """Parse, match, classify and extract one incoming mail. Never raises."""
    if received_at.tzinfo is None:
        received_at = received_at.replace(tzinfo=UTC)  # the contract wants aware datetimes
    try:
        return _parse(bytes(raw), index, received_at, rules)
    except Exception:
        pass
    try:
        # Whatever the fast tree builder trips on, the stdlib parser may still read: a mail
        # whose text can be read at all is read (for an opt-out above all), not left unknown.
        return _parse(bytes(raw), index, received_at, rules, fast=False)
    except Exception as exc:  # any bytes at all: record them, never stop the inbox job
        return unknown_record(raw, received_at, f"unparseable: {type(exc).__name__}")


def own_mail_kind(
    headers: Mapping[str, list[str]], from_addr: str, own_addresses: frozenset[str]
) -> str:
    """What of ours this mail is ("alert", "digest", "forward"), or "" when not ours.

    Both the header we set and a From of ours: a client who copies the header into
    a reply is still read, since their From is not the practice's.
    """
    values = headers.get(OWN_MAIL_HEADER.lower(), [])
    if not values or not from_addr:
        return ""
    if base_address(from_addr) not in {base_address(a) for a in own_addresses}:
        return ""
    return " ".join(values[0].split())[:40] or "mail"


def _unsubscribe_button(headers: dict[str, list[str]], subject: str) -> bool:
    """Whether an Auto-Submitted mail is the RFC 2369 `mailto:…?subject=unsubscribe` a mail
    program sends when its user presses "Unsubscribe": that exact subject, no list's or
    report's mail (a list robot's "unsubscribe" confirmation carries its List-Id)."""
    if "list-id" in headers or "multipart/report" in first(headers, "content-type").lower():
        return False
    return is_optout_subject(subject)


def _responder_not_bounce(
    report: BounceReport, headers: dict[str, list[str]], subject: str
) -> bool:
    """Whether a mail that looks like a bounce but names no failed address and returns no
    mail of ours is a responder's, as its own header or subject says (an out-of-office reply
    relayed by a forwarder, whose bounce address it then carries)."""
    if report.addresses or report.original_ids or report.delivered:
        return False
    if "multipart/report" in first(headers, "content-type").lower():
        return False  # RFC 3464 in shape: a mail server's, whatever else it says
    # Only a responder's own marks: a vendor's X- header (X-Autoreply, X-POST-MessageClass:
    # Autoresponder) or an out-of-office subject. Mail servers write Auto-Submitted and
    # Precedence on their bounces too.
    auto = autoreply_reason(headers, subject) or ""
    return auto.startswith("X-") or auto == "out-of-office subject"


def _disposition_part(msg: Message) -> bool:
    """Whether the mail's own body (not a mail attached to it) holds a read receipt's
    message/disposition-notification part (RFC 8098 §3.2), as some programs send it inside
    multipart/mixed rather than multipart/report: a mail program wrote it on opening ours."""
    return _own_part(msg, "message/disposition-notification")


def _own_part(msg: Message, wanted: str) -> bool:
    """Whether the mail's own body (not a mail attached to it) holds a part of this type."""
    stack, seen = [msg], 0
    while stack and seen < _MAX_PARTS:
        part = stack.pop()
        seen += 1
        ctype = content_type(part)
        if ctype == wanted:
            return True
        if part.is_multipart() and not ctype.startswith("message/"):
            stack.extend(c for c in part.get_payload() if isinstance(c, Message))
    return False


def _digest(raw: object) -> str:
    data = bytes(raw) if isinstance(raw, bytes | bytearray | memoryview) else repr(raw).encode()
    return "sha256:" + hashlib.sha256(data).hexdigest()


def unknown_record(raw: object, received_at: datetime, reason: str) -> Reply:
    """The record of mail that cannot be read: its bytes kept whole for a human to read."""
    kept = bytes(raw) if isinstance(raw, bytes | bytearray | memoryview) else None
    return Reply(
        message_id=_digest(raw),
        received_at=received_at,
        from_addr="",
        from_name="",
        subject="",
        client_id=None,
        in_reply_to=None,
        kind="unknown",
        text="",
        reasons=(reason,),
        raw=kept,
    )


def _ids(value: str) -> list[str]:
    found = _MSG_ID.findall(value)
    if not found and value.strip() and " " not in value.strip():
        found = [value.strip()]  # some clients drop the angle brackets
    return found


# What a client newly writes stands at the top of the body; the rest is history, footers or
# junk. Reading only this much of a part bounds the time a hostile 10 MB body costs.
_MAX_PLAIN = 64_000
_MAX_HTML = 256_000


# What an HTML document opens with: a text/plain part that does is HTML mislabelled.
_HTML_START = ("<!doctype html", "<html", "<body")
_MAX_REPAIRS = 2  # a multipart repaired inside a repaired multipart, and no deeper
# The text alternative some programs send in place of one: "This is an HTML message", "Your
# mail program cannot display HTML". The HTML part says what the sender wrote.
_HTML_STUB = re.compile(
    r"^\W*(?:this\s+(?:is\s+an?\s+|e-?mail\s+is\s+(?:an?\s+|in\s+)?|message\s+is\s+(?:an?\s+|in\s+)?)"
    r"html(?:\s+|-)(?:only\s+)?(?:message|e-?mail|format)|"
    # "This email must be viewed in HTML mode.": the reader is sent to the HTML part.
    r"this\s+(?:e-?mail|message|newsletter)\s+(?:must|should|needs\s+to|has\s+to|can\s+only)\s+be\s+"
    r"(?:viewed|read|displayed|opened)\s+(?:in|with|as|using)\s+(?:an?\s+)?html\b|"
    r"your\s+(?:e-?mail\s+|mail\s+)?(?:client|program|reader|software)\s+(?:does\s+not|doesn't|"
    r"cannot|can't|is\s+unable\s+to)\s+(?:support|display|show|read)\s+html|"
    r"to\s+view\s+this\s+(?:message|e-?mail),?\s+(?:please\s+)?(?:use|enable|switch\s+to)\s+"
    r"(?:an?\s+)?html|"
    r"(?:diese|die)\s+(?:e-?mail|nachricht)\s+(?:ist\s+)?im\s+html-?format|"
    r"ihr\s+(?:e-?mail-?)?(?:programm|client)\s+(?:unterstützt|kann)\s+kein(?:e)?\s+html|"
    r"ce\s+message\s+est\s+au\s+format\s+html|su\s+cliente\s+de\s+correo\s+no\s+"
    r"(?:admite|soporta|puede\s+mostrar)\s+html)",
    re.I,
)
_STUB_HEAD = 300


_RICH_TYPES = ("text/richtext", "text/enriched")
_READ_TEXT = frozenset({"text/plain", "text/html", *_RICH_TYPES})
# The type PGP's first MIME programs (exmh, mailcrypt, before RFC 2015) gave a clear-signed
# or armoured text: the text between the armour lines is the sender's, as in a plain part.
_OLD_PGP = "application/pgp"
# With format=mime, what was signed is a MIME entity: its header fields open the signed text.
_PGP_MIME_HEAD = re.compile(
    r"(-----BEGIN PGP SIGNED MESSAGE-----\r?\n(?:Hash:[^\n]*\n)*\r?\n)"
    r"(?:content-[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*|mime-version:[^\n]*\n)+\r?\n",
    re.I,
)
# Subtypes of text that hold data or program code, not a writer's words: never read as a body.
_DATA_TEXT = frozenset({
    "text/calendar", "text/x-vcalendar", "text/vcard", "text/x-vcard", "text/directory",
    "text/csv", "text/tab-separated-values", "text/rfc822-headers", "text/css",
    "text/javascript", "text/ecmascript", "text/xml", "text/x-json", "text/json",
})  # fmt: skip
# The preamble Netscape, Thunderbird, Outlook and most MIME libraries write above the first
# part, for readers without MIME (RFC 2046 §5.1.1 says to ignore it): no one's words.
_MIME_PREAMBLE = re.compile(
    r"\s*this\s+is\s+a\s+multi-?part\s+message\s+in\s+mime\s+format(?:\s+with\s+no\s+parts)?\.?\s*",
    re.I,
)


# Transfer encodings that compress or pack the bytes (Perl MIME-tools' "x-gzip64", BinHex):
# what the body holds is no text until unpacked, and RFC 2045 §6.4 says to treat it as
# application/octet-stream. Other unknown names are mostly identity ones misspelt ("plain",
# "7-bit"), which the stdlib reads as they are.
_PACKED_ENCODINGS = frozenset({
    "x-gzip64", "gzip64", "x-gzip", "gzip", "x-compress", "x-compressed", "x-zip",
    "x-bzip2", "x-binhex", "binhex", "binhex40", "mac-binhex40",
})  # fmt: skip


def _packed(part: Message) -> bool:
    """Whether a part's transfer encoding packs its bytes into something that is no text."""
    cte = str(part.get("content-transfer-encoding", "")).strip().lower()
    return cte in _PACKED_ENCODINGS


def _body_text(msg: Message, repairs: int = 0, *, ours: bool = False) -> tuple[str, str]:
    """The new text of the body (text/plain preferred, HTML when that is all there is), and
    the whole first text/plain part: a list's footer at its end, a receipt's sentence at its
    start, whatever the new-text rules keep of it."""
    if repairs < _MAX_REPAIRS and content_type(msg) in _PKCS7_TYPES:
        inner = _opaque_signed(msg)
        if inner is not None:
            return _body_text(inner, repairs + 1, ours=ours)  # the signed mail, as written
    original = certified_original(msg) if repairs < _MAX_REPAIRS else None
    if original is not None:
        # A certified-mail envelope (Italy's PEC): the provider's boilerplate around the
        # sender's mail, attached whole. The words are that mail's.
        return _body_text(original, repairs + 1, ours=ours)
    html: str | None = None
    first_plain: str | None = None
    # Parts read only when the body has no text/plain or HTML part to read (see below).
    last_resort: list[Message] = []
    for part in itertools.chain(text_parts(msg), last_resort):
        ctype = content_type(part)
        if _packed(part):
            continue  # RFC 2045 §6.4: bytes packed in an encoding we do not undo are no text
        resort = any(part is x for x in last_resort)
        if resort and (html is not None or first_plain is not None):
            continue
        if ctype.startswith("multipart/") and not part.is_multipart():
            repaired = inferred_multipart(part) if repairs < _MAX_REPAIRS else None
            if repaired is not None:
                return _body_text(repaired, repairs + 1, ours=ours)  # boundary missing or wrong
            if not resort:
                # A multipart whose boundary its body never uses: its raw text (RFC 2046
                # §5.1.1) is the body only when no part beside it reads as one, as the HTML
                # of an alternative beside a broken multipart/related.
                last_resort.append(part)
                continue
            ctype = "text/plain"  # a multipart without a boundary (RFC 2046 §5.1.1): its text
            if _MIME_PREAMBLE.fullmatch(part_text(part)):
                continue  # only the preamble mail programs write for readers without MIME
        if ctype.startswith("text/") and ctype not in _READ_TEXT and ctype not in _DATA_TEXT:
            if not resort:
                # RFC 2046 §4.1.4: an unknown subtype of text is read as text/plain
                # (text/markdown, a program's text/x-…), when the body has no plainer part.
                last_resort.append(part)
                continue
            ctype = "text/plain"
        if ctype in _RICH_TYPES or ctype == _OLD_PGP:
            ctype = "text/plain"  # read as the plain text it marks up (RFC 1341, RFC 1896)
        if ctype == "text/plain":
            whole = part_text(part)
            if content_type(part) in _RICH_TYPES:
                whole = rich_to_plain(whole, enriched=content_type(part) == "text/enriched")
            if first_plain is None:  # the body's text, with any that goes on after a picture
                whole += _continued_text(msg, part)  # (or a list's footer in a part of its own)
                first_plain = whole
            plain = whole[:_MAX_PLAIN]
            if plain.lstrip()[:20].lower().startswith(_HTML_START):
                html = plain if html is None else html
                continue
            ct_header = str(part.get("content-type", ""))
            if content_type(part) == _OLD_PGP and param(ct_header, "format").lower() == "mime":
                plain = _PGP_MIME_HEAD.sub(r"\1", plain, count=1)  # a MIME entity was signed
            if param(ct_header, "format").lower() == "flowed":
                plain = unflow(plain, param(ct_header, "delsp").lower() == "yes")
            text = new_text(plain, history_is_ours=ours)
            if text and _quoted_by_html(msg, text):
                text = ""  # the HTML alternative quotes all of it: the HTML is read instead
            downgraded = _downgraded_from_html(msg, plain) if "?" in plain else None
            if downgraded is not None:
                # The plain part is the HTML part with every letter outside ASCII written
                # as "?": the HTML holds what the client wrote.
                return new_text_from_html(downgraded, history_is_ours=ours), first_plain
            if text and not _HTML_STUB.search(text[:_STUB_HEAD]):
                text = _without_html_signature(msg, text)
                return _with_mixed_html(msg, part, text, plain), first_plain
            if not text and forwarded_only(plain):
                # A forward with nothing of the sender's above it: the HTML alternative is the
                # same forward (RFC 2046 §5.1.4), whatever its markup lets a reader tell.
                return "", first_plain
        elif ctype == "text/html" and html is None:
            html = part_text(part)[:_MAX_HTML]
    text = new_text_from_html(html, history_is_ours=ours) if html is not None else ""
    if not text.strip():
        rich = _tnef_text(msg, ours)
        if rich is not None:
            return rich
    if html is None and first_plain is None:
        sole = _sole_text_file(msg)
        if sole is not None:
            whole = part_text(sole)
            return new_text(whole[:_MAX_PLAIN], history_is_ours=ours), whole
        untyped = _untyped_text(msg)
        if untyped is not None:
            return new_text(untyped[:_MAX_PLAIN], history_is_ours=ours), untyped
    return text, first_plain or ""


_IDENTITY_ENCODINGS = frozenset({"", "7bit", "8bit"})
# Text as a person writes it: no control character but tab, line breaks and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _untyped_text(msg: Message) -> str | None:
    """The body of a mail that is one untyped part, when it is text, or None.

    Old newsreaders and scripts (WinVN's "Content-Type: Application/octet-stream") declare a
    whole plain body as bytes of no known type. With no file name, no attachment disposition
    and no transfer encoding, bytes that read as text from end to end are what the sender
    wrote; a file sent so has a name, and a program's data does not read as text.
    """
    if msg.is_multipart() or content_type(msg) != "application/octet-stream":
        return None
    cte = str(msg.get("content-transfer-encoding", "")).strip().lower()
    disposition = str(msg.get("content-disposition", "")).split(";", 1)[0].strip().lower()
    try:
        named = bool(msg.get_filename())
    except Exception:  # a broken RFC 2231 parameter: a name was meant
        named = True
    if cte not in _IDENTITY_ENCODINGS or disposition == "attachment" or named:
        return None
    payload = msg.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        return None
    try:
        body = payload.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return None if _CONTROL.search(body) else body


_SIGNATURE_TYPES = frozenset({
    "application/pgp-signature", "application/pkcs7-signature",
    "application/x-pkcs7-signature",
})  # fmt: skip


def _sole_text_file(msg: Message) -> Message | None:
    """The text file that is all a mail holds (its signature aside), or None.

    Mail programs (Apple Mail, Thunderbird) show a text/plain attachment in the body; when
    the mail has no body part of its own, that text is what its sender sent to be read. Not
    a text file beside others, nor a calendar's, a table's or other data (`_DATA_TEXT`).
    A single-part mail whose one text part is marked as an attachment with a file name is
    the same (RFC 2183 allows it; programs show it as the body): its text is the message.
    """
    leaves = [
        part
        for part in itertools.islice(msg.walk(), _MAX_PARTS)
        if not part.is_multipart() and content_type(part) not in _SIGNATURE_TYPES
    ]
    if len(leaves) != 1:
        return None
    sole = leaves[0]
    if content_type(sole) != "text/plain" or _packed(sole) or _data_file(sole):
        return None
    return sole


# The file names of the data `_DATA_TEXT` holds, which programs often send as text/plain: a
# table exported as "report.csv" is a file, not what its sender wrote.
_DATA_NAME = re.compile(r"\.(?:csv|tsv|ics|vcs|vcf|css|js|json|xml)\s*$", re.I)


def _data_file(part: Message) -> bool:
    try:
        name = part.get_filename() or ""
    except Exception:  # a broken RFC 2231 parameter: no name to go by
        return False
    return bool(_DATA_NAME.search(name))


_TNEF_TYPES = ("application/ms-tnef", "application/vnd.ms-tnef")


def _tnef_text(msg: Message, ours: bool) -> tuple[str, str] | None:
    """The new text and whole text of the winmail.dat beside an empty body (Outlook's rich
    text, core/replies/tnef.py), or None when there is none or it holds no text."""
    for part in itertools.islice(msg.walk(), _MAX_PARTS):
        if part.is_multipart():
            continue
        try:
            name = str(part.get_filename("") or "").strip().lower()
        except Exception:  # a broken RFC 2231 parameter: not a winmail.dat by its name
            name = ""
        if content_type(part) not in _TNEF_TYPES and name != "winmail.dat":
            continue
        try:
            payload = part.get_payload(decode=True)
        except Exception:  # broken base64: nothing to read inside
            continue
        if not isinstance(payload, bytes) or not is_tnef(payload):
            continue
        plain, html = tnef_text(payload)
        if plain.strip():
            return new_text(plain, history_is_ours=ours), plain
        if html.strip():
            return new_text_from_html(html, history_is_ours=ours), html_to_text(html)
    return None


def _whole_text(msg: Message, plain: str) -> str:
    """The body's whole text, signature and footer included: the first text/plain part, or
    the first HTML part's text when there is none (an HTML-only newsletter)."""
    if plain:
        return plain[:_MAX_PLAIN]
    for part in text_parts(msg):
        if content_type(part) == "text/html":
            return html_to_text(part_text(part)[:_MAX_HTML])
    return ""


def _first_html(msg: Message) -> str | None:
    """The body's first HTML part, as markup, or None."""
    for part in itertools.islice(text_parts(msg), _MAX_PARTS):
        if content_type(part) == "text/html":
            return part_text(part)[:_MAX_HTML]
    return None


_THREAD_HEADERS = ("references", "in-reply-to", "thread-index")
_WRAPPED_MAIL = ("message/rfc822", "message/global")
# Fields that make a wrapped part a mail of its own, not only MIME headers over a body.
_MAIL_FIELDS = ("from", "sender", "to", "cc", "subject", "date", "message-id")
_WRITTEN_FIELDS = ("from", "sender", "to", "cc", "subject")  # what a writer gives a mail


def _recipients_of(headers: dict[str, list[str]]) -> set[str]:
    return {
        base_address(addr)
        for name in ("to", "cc")
        for value in headers.get(name, [])
        for _, addr in addresses(decode_words(value))
        if addr
    }


def _forward_wrapped_whole(msg: Message) -> bool:
    """Whether a mail that is one other mail whole (a message/rfc822 body, RFC 2046 §5.2.1)
    passes that mail on: a forward (GroupWise forwards so), with no word of the sender's.

    Old programs and news gateways also wrap the sender's own post so: the wrapped part is
    then only MIME headers over the text, or the sender's mail to the recipients of the
    wrapper (or to a group, or to nobody named), and it is read as the body.
    """
    if content_type(msg) not in _WRAPPED_MAIL:
        return False
    payload = msg.get_payload()
    if not isinstance(payload, list) or not payload or not isinstance(payload[0], Message):
        return False
    outer, inner = header_map(msg), header_map(payload[0])
    if not any(name in inner for name in _MAIL_FIELDS):
        return False
    if not any(name in inner for name in _WRITTEN_FIELDS):
        # Only a Date and a Message-ID over MIME headers, as a program stamps the text it
        # wraps: no writer, no recipient, no subject of another mail, the sender's own text.
        return False
    authors = [
        {base_address(a) for _, a in addresses(decode_words(first(h, "from"))) if a}
        for h in (outer, inner)
    ]
    if not authors[0] or authors[0] != authors[1]:
        return True  # another writer's mail, or one whose writer is not the sender
    # The sender's own mail that went to other people than this one did is passed on; with no
    # recipients of its own it is the post itself, as a gateway wrapped it.
    sent_to, inner_to = _recipients_of(outer), _recipients_of(inner)
    return bool(sent_to) and bool(inner_to) and not sent_to & inner_to


def _carries_a_mail(msg: Message, whole: str) -> bool:
    """Whether a mail holds another: an attached one, or history in its whole text
    (`_whole_text`: a forward's title or header block, quoted lines), which the quote reader
    would take off."""
    if attached_mails(msg):
        return True
    return strip_quotes(whole).strip() != whole.strip()


_LEVELS: tuple[Urgency, ...] = ("none", "concern", "crisis")


def _forwarded_text(msg: Message, plain: str) -> str:
    """What a forward passes on: the body's whole text and that of any mail attached whole
    (a forward as an attachment), without header or "> " lines."""
    texts = [_whole_text(msg, plain)]
    for inner in attached_mails(msg):
        inner_plain = next(
            (part_text(p) for p in text_parts(inner) if content_type(p) == "text/plain"), ""
        )
        texts.append(_whole_text(inner, inner_plain))
    return passed_on("\n\n".join(texts))


def _read_for_the_net(lines: str, passed_on: str, rules: ReplyRules) -> Assessment:
    """The level of the client's own lines, raised by what a forward of theirs passes on.

    A forwarded mail's trouble is named as such in the reasons: the practitioner sees that
    the words were another writer's, brought to them by the client.
    """
    own = assess(
        lines,
        flag_words=rules.flag_words,
        crisis_words=rules.crisis_words,
        word_forms=rules.word_forms,
    )
    if not passed_on.strip() or own.urgency == "crisis":
        return own
    passed = assess(
        passed_on,
        flag_words=rules.flag_words,
        crisis_words=rules.crisis_words,
        word_forms=rules.word_forms,
    )
    if _LEVELS.index(passed.urgency) <= _LEVELS.index(own.urgency):
        return own
    forwarded = tuple(f"in the forwarded mail: {reason}" for reason in passed.reasons)
    return Assessment(passed.urgency, (*own.reasons, *forwarded))


_PKCS7_TYPES = ("application/pkcs7-mime", "application/x-pkcs7-mime")


def _opaque_signed(msg: Message) -> Message | None:
    """The mail inside an opaque-signed S/MIME body (RFC 8551 §3.5.2), or None (encrypted)."""
    try:
        payload = msg.get_payload(decode=True)
    except Exception:  # broken base64: nothing to read inside
        return None
    content = signed_content(payload) if isinstance(payload, bytes) else None
    return parse_message(content) if content else None


def _continued_text(msg: Message, part: Message) -> str:
    """The text parts that go on from `part` around inline attachments, or "".

    Apple Mail and others split a text with a picture in it into text, picture, text, side
    by side in one multipart/mixed: the client's words go on in the later text parts.
    """
    found = _mixed_siblings(msg, part)
    siblings: list[Message] = []
    if found is not None:
        children, at = found
        siblings = [c for c in children[at + 1 : at + 1 + _MAX_PARTS] if _inline_text(c)]
    later: list[str] = []
    after = False
    for leaf in itertools.islice(text_parts(msg), _MAX_PARTS):
        if leaf is part:
            after = True
        elif after and any(leaf is x for x in siblings):
            later.append(part_text(leaf))
        elif after and _split_off(leaf):
            later.append(_PART_START.split(part_text(leaf), maxsplit=1)[0])
    return "".join("\n" + text for text in later)


# A delimiter line over a part's header fields: where the parts a split-off text swallowed
# (the rest of the mail, up to the outer boundary) begin.
_PART_START = re.compile(r"^--[^\n]{1,80}\n(?=content-[\w-]+:)", re.I | re.M)
_BASE64_RUN = 40  # characters without a space: a line of base64, not a word or two


def _split_off(part: Message) -> bool:
    """Whether `part` is the sender's text a line like a boundary split off: a part with no
    header field at all (text/plain by RFC 2046 §5.1), which no mail program writes, of words
    (not a block of base64 nor an empty line)."""
    if part.is_multipart() or part.keys():
        return False
    text = part_text(part)[:_STUB_HEAD].strip()
    return any(ch.isalpha() for ch in text) and (" " in text or len(text) < _BASE64_RUN)


def _mixed_siblings(msg: Message, part: Message) -> tuple[list[Message], int] | None:
    """The parts of the multipart/mixed that holds `part` itself, and where `part` is."""
    for container in itertools.islice(msg.walk(), _MAX_PARTS):
        if content_type(container) != "multipart/mixed" or not container.is_multipart():
            continue
        children = container.get_payload()
        if not isinstance(children, list):
            continue
        parts = [child for child in children if isinstance(child, Message)]
        at = next((n for n, child in enumerate(parts) if child is part), None)
        if at is not None:
            return parts, at
    return None


def _with_mixed_html(msg: Message, part: Message, text: str, whole: str) -> str:
    """`text` with the new text of the inline HTML parts beside `part` in a multipart/mixed.

    Parts of a multipart/mixed are shown one after the other (RFC 2046 §5.1.3), not as
    alternatives: an HTML part beside the text part (Horde's forward, a web form's mail) says
    more, unless it says what the text part says (`whole`, quote and all: a program that
    mixed up mixed and alternative).
    """
    found = _mixed_siblings(msg, part)
    if found is None:
        return text
    children, at = found
    before: list[str] = []
    after: list[str] = []
    for n, child in enumerate(children[:_MAX_PARTS]):
        if n == at or not _inline_part(child, "text/html"):
            continue
        html = new_text_from_html(part_text(child)[:_MAX_HTML])
        if html and not _same_words(html, whole):
            (before if n < at else after).append(html)
    return "\n\n".join([*before, text, *after])


def _without_html_signature(msg: Message, text: str) -> str:
    """`text` (a plain part's new text) without the signature its HTML alternative marks."""
    html = next(
        (part_text(p)[:_MAX_HTML] for p in text_parts(msg) if _inline_part(p, "text/html")),
        None,
    )
    if html is None:
        return text
    return without_marked_signature(text, marked_signature(html))


def _quoted_by_html(msg: Message, text: str) -> bool:
    """Whether the HTML alternative quotes everything it shows, `text` (a plain part's new
    text) among it."""
    html = next(
        (part_text(p)[:_MAX_HTML] for p in text_parts(msg) if _inline_part(p, "text/html")),
        None,
    )
    return html is not None and quotes_all_of(html, text)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _downgraded_from_html(msg: Message, plain: str) -> str | None:
    """The HTML alternative when the plain part is only its copy with the letters outside
    ASCII (emoji, accents, Cyrillic) written as "?", as mail programs that send their plain
    part in US-ASCII do; else None. Each such letter, or each run of them, one "?"."""
    html = next(
        (part_text(p)[:_MAX_HTML] for p in text_parts(msg) if _inline_part(p, "text/html")),
        None,
    )
    if html is None:
        return None
    whole = html_to_text(html)
    if not _NON_ASCII.search(whole):
        return None
    flat = " ".join(plain.split())
    for pattern in (_NON_ASCII, _NON_ASCII_RUN):
        if " ".join(pattern.sub("?", whole).split()) == flat:
            return html
    return None


def _same_words(one: str, other: str) -> bool:
    """Whether most words of `one` are in `other`: the same text in another form."""
    words = one.casefold().split()
    known = set(other.casefold().split())
    return sum(word in known for word in words) >= 0.6 * len(words)


def _inline_text(part: Message) -> bool:
    """A text/plain part shown in the body: no attachment, no file name of its own."""
    return _inline_part(part, "text/plain")


def _inline_part(part: Message, ctype: str) -> bool:
    """A part of type `ctype` shown in the body: no attachment, no file name of its own."""
    if part.is_multipart() or content_type(part) != ctype:
        return False
    disposition = str(part.get("content-disposition", "")).split(";", 1)[0].strip().lower()
    try:
        named = bool(part.get_filename())
    except Exception:  # a broken RFC 2231 parameter: a file, whatever it is called
        named = True
    return (disposition != "attachment" and not named) or moved_body_text(part)


_DOCUMENT_TYPES = ("application/pdf", "image/tiff", "image/tif")
_DOCUMENT_NAMES = (".pdf", ".tif", ".tiff")
_MAX_PARTS = 200  # a hostile mail of a million parts is not walked to its end


def _files(msg: Message) -> Iterator[tuple[Message, str]]:
    """The mail's parts (at most _MAX_PARTS) with their file names, lower case ("" if none)."""
    for part in itertools.islice(msg.walk(), _MAX_PARTS):
        try:
            name = str(part.get_filename("") or "")
        except Exception:  # a broken RFC 2231 parameter: no name, not an unreadable mail
            name = ""
        yield part, name.strip().lower()


def _has_document(msg: Message) -> bool:
    """Whether the mail carries a PDF or TIFF part (what a fax gateway attaches)."""
    return any(
        content_type(part) in _DOCUMENT_TYPES or name.endswith(_DOCUMENT_NAMES)
        for part, name in _files(msg)
    )


# A document's or a spreadsheet's file, by its name: what a company's system exports and mails
# (a price list, an invoice, a statement).
_OFFICE_NAMES = (
    ".pdf", ".xls", ".xlsx", ".xlsm", ".ods", ".csv", ".doc", ".docx", ".odt", ".rtf"
)  # fmt: skip


def _has_office_file(msg: Message) -> bool:
    """Whether the mail carries a document or a spreadsheet, named as such."""
    return any(
        not part.is_multipart() and name.endswith(_OFFICE_NAMES) for part, name in _files(msg)
    )


def _our_rule(headers: dict[str, list[str]], own_addresses: frozenset[str]) -> bool:
    """Whether every Exchange inbox rule the mail went through is one of our own mailboxes'."""
    own = {base_address(a) for a in own_addresses}
    looped = [
        base_address(addr)
        for value in headers.get("x-ms-exchange-inbox-rules-loop", [])
        for _, addr in addresses(value)
    ]
    return bool(looped) and all(addr in own for addr in looped)


def _to_unsubscribe_address(rules: ReplyRules, recipients: list[str]) -> bool:
    """Whether the mail went to a dedicated unsubscribe address.

    An address with a +tag must match exactly ("ana+unsubscribe@x", never "ana@x" or
    "ana+other@x"); one without a tag also matches its own tagged forms ("optout+c-001@x").
    """
    dedicated = {a.lower() for a in rules.unsubscribe_addresses}
    if not dedicated:
        return False
    for address in recipients:
        address = address.lower()
        if address in dedicated or base_address(address) in dedicated:
            return True
    return False


def _recipients(headers: dict[str, list[str]], to_addrs: tuple[str, ...]) -> list[str]:
    """Where the mail was sent: To and Cc, and the envelope recipient the MTA recorded."""
    envelope = [
        addr
        for name in ("delivered-to", "x-original-to", "envelope-to")
        for value in headers.get(name, [])
        for _, addr in addresses(value)
    ]
    return [*to_addrs, *envelope]


# A header field's start (RFC 5322 §2.2: printable characters but the colon, then a colon).
_HEADER_START = re.compile(rb"[!-9;-~]{1,76}:")


_UTF8_BOM = b"\xef\xbb\xbf"


def _below_banner(raw: bytes) -> bytes | None:
    """The mail below one first line that is no header, or None.

    Some gateways hand a mail on with a line of their own above its headers (Kerio's
    "---- Original email message ----"): what follows is the mail as it was received.
    """
    # A file saved by an editor that writes a UTF-8 byte order mark first: the parser reads
    # the mark as part of the first header's name, and so no header at all.
    stripped = raw.removeprefix(_UTF8_BOM).lstrip(b"\r\n")
    first_line, newline, rest = stripped.partition(b"\n")
    if _HEADER_START.match(first_line):
        # Only empty lines above the headers (a file saved or handed on with a stray line
        # end, as test fixtures of other mail projects are): the parser read them as a mail
        # with no headers at all, so the mail is what follows them.
        return stripped if len(stripped) < len(raw) else None
    if not newline or _HEADER_START.match(rest) is None:
        return None
    return _refolded(rest) or rest


def _dedented(raw: bytes) -> bytes | None:
    """`raw` without the indentation every one of its lines shares, or None.

    A mail pasted into a document or a ticket, or quoted whole by a program, comes with each
    line indented alike, its headers too: the parser reads no header above an indented first
    line (RFC 5322 §2.2.3 makes it a fold), though the mail is there whole.
    """
    lines = raw.split(b"\n")
    filled = [line for line in lines if line.strip()]
    if not filled or filled[0][:1] not in b" \t":
        return None
    indent = min(len(line) - len(line.lstrip(b" \t")) for line in filled)
    if indent == 0:
        return None
    mended = b"\n".join(line[indent:] if line.strip() else line.strip(b" \t") for line in lines)
    return mended if _HEADER_START.match(mended.lstrip(b"\r\n")) else None


# RFC 822's obsolete field syntax (RFC 5322 §4.5.1, obs-optional): white space between a
# field's name and its colon ("Subject :", "Date    :").
_OBSOLETE_FIELD = re.compile(rb"^([!-9;-~]{1,76})[ \t]+:", re.M)


def _obsolete_fields(raw: bytes) -> bytes | None:
    """`raw` with its header block's obsolete "Name :" fields written "Name:", or None.

    Only when the mail opens with such a field, which the parser otherwise reads as no header
    at all; RFC 5322 §4.5 asks readers to accept the obsolete syntax.
    """
    if _OBSOLETE_FIELD.match(raw) is None:
        return None
    cut = header_end(raw)
    end = len(raw) if cut is None else cut - 1
    return _OBSOLETE_FIELD.sub(rb"\1:", raw[:end]) + raw[end:]


# A field whose name breaks RFC 5322 §3.6.8 (white space or control characters inside it, a
# script's "X-Script/function/ !#$…: value"), met inside the header block: its name then has
# characters no field name may have before its colon.
_MISNAMED_FIELD = re.compile(rb"^[!-9;-~][^:\r\n]{0,200}?[ \t][^:\r\n]{0,200}:")


def _misnamed_fields(raw: bytes) -> bytes | None:
    """`raw` without the header block's fields whose names break RFC 5322, or None.

    The parser ends the headers at the first such field and reads the rest of the block as
    the body: the fields below it (a Content-Transfer-Encoding, a charset) are lost and the
    header lines become the client's first words. Only when the block goes on below the
    broken field with another field, so that it is a header block and not a body begun
    without an empty line ("Dear Ana: I …"). An obsolete "Name :" field (RFC 5322 §4.5.1) is
    written "Name:"; any other broken field is left out with its folded lines, since nothing
    can read its name.
    """
    cut = header_end(raw[:_MAX_HEADER_BYTES])
    if cut is None:
        return None
    lines = raw[:cut].split(b"\n")[:-1]  # the block's lines; the empty line is kept below
    if len(lines) > _MAX_HEADER_LINES or not lines or not _HEADER_START.match(lines[0]):
        return None
    kept: list[bytes] = []
    broken = dropping = False
    fields_below = 0
    for line in lines:
        if line[:1] in b" \t":
            if not dropping:
                kept.append(line)
            continue
        if _HEADER_START.match(line):
            dropping = False
            fields_below += broken
            kept.append(line)
            continue
        if _MISNAMED_FIELD.match(line) is None:
            return None  # some other damage: not this repair's
        fields_below += broken
        broken = True
        obsolete = _OBSOLETE_FIELD.match(line)
        dropping = obsolete is None
        if obsolete is not None:
            kept.append(_OBSOLETE_FIELD.sub(rb"\1:", line, count=1))
    if not broken or not fields_below:
        return None
    return b"\n".join(kept) + b"\n" + raw[cut:]


def _without_bulk_headers(headers: dict[str, list[str]], subject: str, auto: str) -> str | None:
    """`autoreply_reason` once the bulk-mail headers it named are set aside, one by one."""
    kept = dict(headers)
    for _ in range(len(headers)):
        name = auto.removeprefix("bulk mail: ").lower()
        if name not in kept:
            return auto  # a sign of another kind ("newsletter sender"): it counts
        del kept[name]
        found = autoreply_reason(kept, subject)
        if found is None or not found.startswith("bulk mail: "):
            return found
        auto = found
    return auto


def _address_broken(raw: bytes) -> bool:
    """Whether the header block breaks off inside an address list: a line that opens no field
    right below a field left open ("Cc: Ana <ana@" over "example.org>", a list ending in a
    comma), a folded line that lost its indentation. The parser ends the headers there, and
    the rest of the address would be read as the client's first words."""
    head = raw[:_MAX_HEADER_BYTES]
    cut = header_end(head)
    lines = head[: len(head) if cut is None else cut - 1].split(b"\n", _MAX_HEADER_LINES)
    field = b""
    for line in lines[:_MAX_HEADER_LINES]:
        if _HEADER_START.match(line):
            field = line
        elif line[:1] in b" \t":
            field += line
        elif line.strip() and field:
            value = field.partition(b":")[2].rstrip()
            return value.count(b"<") > value.count(b">") or value.endswith(b",")
    return False


# A header block is read this far for a broken fold, no further: a hostile mail without an
# empty line is not split whole.
_MAX_HEADER_LINES = 500
_MAX_HEADER_BYTES = 256_000


def _refolded(raw: bytes) -> bytes | None:
    """`raw` with each line of its header block that opens no field joined to the field above,
    or None when there is none.

    Gateways and archives lose the indentation of folded lines ("Received: from x" then
    "by y", a tracking header's base64 on lines of its own), and the headers then end there,
    From and Subject with them (RFC 5322 §2.2.3).
    """
    cut = header_end(raw)
    end = len(raw) if cut is None else cut - 1
    lines = raw[:end].split(b"\n")
    changed = False
    for n, line in enumerate(lines):
        if n and line.strip() and line[:1] not in b" \t" and not _HEADER_START.match(line):
            lines[n] = b" " + line  # the first line may be an mbox "From " line: kept
            changed = True
    return b"\n".join(lines) + raw[end:] if changed else None


def _reread(
    mended: bytes,
    raw: bytes,
    index: ReplyIndex,
    received_at: datetime,
    rules: ReplyRules,
    fast: bool,
) -> Reply:
    """The mail read again from a mended copy of its bytes.

    When even the mended copy cannot be read, the record keeps the bytes as they came, not
    the mended ones: what is kept for a human to read is what arrived.
    """
    reply = _parse(mended, index, received_at, rules, fast)
    if reply.kind == "unknown":
        return unknown_record(raw, received_at, reply.reasons[0])
    return reply


def _parse(
    raw: bytes, index: ReplyIndex, received_at: datetime, rules: ReplyRules, fast: bool = True
) -> Reply:
    # The compat32 tree (headers and bodies are decoded here); `fast=False` is for the tests
    # that hold the fast builder to the stdlib parser.
    msg = parse_message(raw) if fast else full_message(raw)
    headers = header_map(msg)
    if not raw.strip() or not any(name in headers for name in _MAIL_HEADERS):
        below = _dedented(raw) or _obsolete_fields(raw) or _below_banner(raw)
        if below is not None:
            return _reread(below, raw, index, received_at, rules, fast)
        return unknown_record(raw, received_at, "unparseable: no mail headers")
    if "from" not in headers or _address_broken(raw):
        refolded = _refolded(raw)
        if refolded is not None:
            return _reread(refolded, raw, index, received_at, rules, fast)
    misnamed = _misnamed_fields(raw) if msg.defects else None
    if misnamed is not None:
        return _reread(misnamed, raw, index, received_at, rules, fast)
    closed = closed_multipart(raw, msg)  # a close delimiter the stdlib parser missed
    if closed is not None:
        return _reread(closed, raw, index, received_at, rules, fast)

    message_ids = _ids(first(headers, "message-id"))
    message_id = message_ids[0] if message_ids else _digest(raw)
    from_header = first(headers, "from")
    senders = addresses(from_header)
    from_name, from_addr = senders[0] if senders else ("", "")
    subject = first(headers, "subject")
    to_addrs = tuple(
        addr
        for name in ("to", "cc")
        for value in headers.get(name, [])
        for _, addr in addresses(decode_words(value))
    )

    # Threading: In-Reply-To names the mail answered; References lists the thread, oldest
    # first (RFC 5322 §3.6.4), so it is searched newest first.
    reply_to_ids = _ids(first(headers, "in-reply-to"))
    reference_ids = _ids(" ".join(headers.get("references", [])))
    references = tuple(dict.fromkeys([*reference_ids, *reply_to_ids]))
    client: str | None = None
    answered: str | None = None
    for mid in dict.fromkeys([*reply_to_ids, *reversed(reference_ids)]):
        ref = index.sent_by_message_id(mid)
        if ref is not None:
            client, answered = ref.client_id, ref.key
            break

    ours = own_mail_kind(headers, from_addr, rules.own_addresses)
    if ours:
        return Reply(
            message_id=message_id,
            received_at=received_at,
            from_addr=from_addr,
            from_name=from_name,
            subject="",
            client_id=None,
            in_reply_to=None,
            kind="unknown",
            text="",
            reasons=(f"our own {ours}",),
            ours=ours,
        )

    base = Reply(
        message_id=message_id,
        received_at=received_at,
        from_addr=from_addr,
        from_name=from_name,
        subject=subject,
        client_id=None,
        in_reply_to=None,
        kind="reply",
        text="",
        references=references,
        to_addrs=to_addrs,
    )

    report = detect_bounce(msg, headers, from_header, subject)
    if (
        report is not None
        and report.subject_only
        and (index.client_by_email(from_addr) or (answered is not None and not report.addresses))
    ):
        # Only its subject says "undeliverable", and a client sent it (no MTA writes as them),
        # or it answers our mail with no failed address in it: a person's mail.
        report = None
    if report is not None and _responder_not_bounce(report, headers, subject):
        report = None
    housekeeping = None
    if report is not None and not report.delivered:
        housekeeping = filter_passed(_whole_text(msg, _body_text(msg)[1]))
        report = None if housekeeping else report
    if report is not None and not (report.addresses or report.original_ids or report.delivered):
        # A daemon's note about the reader's own mailbox or the queue: nothing of ours failed.
        housekeeping = housekeeping_notice(_whole_text(msg, _body_text(msg)[1]), headers)
        report = None if housekeeping else report
    if (
        report is None
        and housekeeping is None
        and responder_reports_non_delivery(
            headers, subject, lambda: strip_quotes(_whole_text(msg, _body_text(msg)[1]))
        )
    ):
        # A site's canned auto-reply that says our mail did not arrive: a bounce.
        told = notice_failures(msg, headers)
        report = BounceReport(told.addresses if told else (), bool(told and told.permanent), ())
    if (
        report is not None
        and not report.delivered
        and challenge_notice(_whole_text(msg, _body_text(msg)[1]))
    ):
        # A challenge-response filter writes its notice as a delivery report (Boxbe's
        # "Action: failed", "Sender not pre-approved"), but the mail waits for its sender to
        # answer the challenge: the address is alive, and the notice is an automatic reply.
        report = None
    if report is not None and not report.delivered:
        for oid in report.original_ids:
            ref = index.sent_by_message_id(oid)
            if ref is not None:
                client, answered = ref.client_id, ref.key
                break
        else:
            for addr in report.addresses:
                found = index.client_by_email(addr)
                if found is not None:
                    client = found
                    break
        kind = (
            "permanent"
            if report.permanent
            else ("temporary" if report.addresses else "no failed address found")
        )
        return replace(
            base,
            client_id=client,
            in_reply_to=answered,
            kind="bounce",
            text="",
            reasons=(f"bounce: {kind}",),
            bounced=report.addresses,
            permanent=report.permanent,
        )

    if client is None and from_addr:
        client = index.client_by_email(from_addr)
    # A mail that answers ours quotes our mail: below an empty top it is ours, not theirs.
    # A forward ("Fwd:", "WG:", "TR:") passes on another writer's mail: below an empty top it
    # is theirs, as in a reply to our mail it is ours (Outlook forwards under the same
    # "-----Original Message-----" as it replies).
    text, plain = _body_text(msg, ours=answered is not None or forwards(subject))
    wrapped = _forward_wrapped_whole(msg)
    if wrapped:
        text = ""  # another mail sent on whole, with nothing of the sender's around it
    # Signature and footer included, read by the automatic-mail checks below; for an
    # HTML-only mail it is the HTML's text, worked out once here.
    whole = _whole_text(msg, plain)
    # An inline answer keeps our questions as "> " lines; opt-outs and flags read only the
    # client's own lines, never our quoted mail.
    clients_lines = unquoted(text)
    # A forward passes on another writer's mail: not the client's new text, but the net reads
    # it too. A client who forwards a partner's threat or a friend's goodbye without a word
    # of their own has still brought it to the practitioner.
    passed_on = (
        _forwarded_text(msg, plain) if wrapped or forwards(subject) or forwarded_only(plain) else ""
    )

    auto = (
        "delivery notification"
        if report is not None
        else autoreply_reason(headers, subject) or housekeeping
    )
    if auto == "Auto-Submitted" and _unsubscribe_button(headers, subject):
        # A mail program's unsubscribe button (RFC 2369 mailto, Apple Mail's, Gmail's) marks
        # the opt-out it sends for its user Auto-Submitted: the choice is the person's.
        auto = autoreply_reason(
            {k: v for k, v in headers.items() if k != "auto-submitted"}, subject
        )
    if auto is None and _disposition_part(msg):
        auto = "report: disposition-notification"
    if auto is None:
        # A calendar program's invitation, cancellation or answer (iMIP): its text is the
        # event's, as the program shows it. Not a machine's say-so for the net: a client's
        # own description of the event is still read for a crisis below.
        auto = calendar_message(msg)
    feedback = feedback_report(msg)
    if auto is None and feedback is not None:
        auto = "report: feedback-report"  # its machine part, wrapped in multipart/mixed
    if auto is None and jmrp_complaint(msg):
        auto = "report: complaint"
    if feedback is not None and feedback.opt_out:
        # A provider passing on its user's request to be taken off our mailing (the ARF
        # drafts' opt-out): the removal recipient's opt-out, not the abuse desk's.
        removed = next(
            (found for addr in feedback.removal if (found := index.client_by_email(addr))), None
        )
        return replace(
            base,
            client_id=removed or client,
            in_reply_to=answered,
            kind="optout",
            text="",
            reasons=(f"optout: feedback report ({feedback.feedback_type})",),
        )
    if auto == "Exchange inbox rule" and _our_rule(headers, rules.own_addresses):
        # The practice's own redirect rule handed the client's mail on: the rule is ours,
        # the mail is still theirs.
        unruled = {k: v for k, v in headers.items() if k != "x-ms-exchange-inbox-rules-loop"}
        auto = autoreply_reason(unruled, subject)
    if (
        auto in _SENDER_SIGNS
        and answered is not None
        and from_addr
        and index.client_by_email(from_addr) is not None
    ):
        # A client's own address answering our mail: its name and mailbox are what the client
        # chose ("Jonas Berg - Newsletter", "jonas.noreply@…"), no program's sign. Any other
        # sign still counts.
        auto = autoreply_reason({k: v for k, v in headers.items() if k != "from"}, subject)
    if (
        auto is not None
        and auto.startswith("bulk mail: ")
        and answered is not None
        and from_addr
        and index.client_by_email(from_addr) is not None
    ):
        # A client's own address answering our mail through a platform that marks all it
        # sends (a mailbox provider's Feedback-ID, Amazon WorkMail's SES headers): those
        # headers say how it was sent, not that it is bulk. Any other sign still counts.
        auto = _without_bulk_headers(headers, subject, auto)
    if auto is None:
        # A receipt of our own mail answers it: asked of every mail, answered or not. So
        # does a challenge-response filter's notice about it, from the client's address.
        auto = receipt_reason(
            subject, plain or text, content_type(msg) in _TNEF_TYPES
        ) or challenge_notice(whole)
    if auto is None:
        # A list's footer in a forward ("Fwd:") is the forwarded mail's, not the sender's.
        listed = (
            list_reason(headers)
            or (None if forwards(subject) else list_footer(plain[-2000:]))
            or list_digest(headers, subject, _own_part(msg, "multipart/digest"))
        )
        # A client writing through a list they share with the practitioner is still answering
        # us: from their own address, in a thread of ours. Any other list mail is bulk.
        if listed is not None and not (
            answered is not None and from_addr and index.client_by_email(from_addr) is not None
        ):
            auto = listed
    if (
        auto is None
        and answered is None
        and client is None
        and not forwards(subject)
        and not spam_verdict(headers)
    ):
        # Only mail that answers nothing of ours from nobody we know: a client's mail is never
        # read as bulk for what it says, however it words a request to stop. Nor is a person's
        # forward ("Fwd:", "WG:") of a mailing, a robot's mail or a fax gateway's notice, nor
        # spam a filter found, which mimics them all and stays a reply.
        auto = (
            # A mailing's footer often stands below "-- " or a rule, which the new text drops
            # as a signature: the whole text is read too, without its quoted history.
            bulk_footer(text)
            or bulk_footer(strip_quotes(whole))
            or robot_subject(subject)
            or fax_notice(text, lambda: _has_document(msg), subject, from_addr)
            or says_automatic(text)
            or machine_report(text)
            or monitoring_alert(text)
            or mass_mailing(
                headers,
                text,
                html_of=lambda: _first_html(msg),
                office_file=lambda: _has_office_file(msg),
            )
        )
    if (
        auto is None
        and answered is None
        and client is None
        and forwards(subject)
        and not spam_verdict(headers)
        and not any(name in headers for name in _THREAD_HEADERS)
        and not _carries_a_mail(msg, whole)
    ):
        # "Fw:" over a mailing with no forwarded mail in it (no forward's title or header
        # block, no quoted lines, no attached mail) and none of the thread headers a mail
        # program sets on a forward (References, In-Reply-To, Outlook's Thread-Index): nothing
        # was passed on, so the footer offering a way out is the sender's own. Only the
        # footer: a person may forward a gateway's notice bare, as Outlook does a fax's file.
        auto = bulk_footer(text) or bulk_footer(whole)
    crisis_kept: tuple[str, ...] = ()
    net: Assessment | None = None
    if auto is not None and client is not None and not _machine_says_so(auto):
        # A client's own words can look automatic (a subject, a sender name, a list, a
        # footer): read them for a crisis before setting them aside. A missed crisis is
        # worse than a false alarm; a lower level stays with the automatic mail.
        net = _read_for_the_net(clients_lines, passed_on, rules)
        if net.urgency == "crisis":
            crisis_kept = (f"read as automatic ({auto}), kept as a reply: crisis",)
            auto = None
    if auto is not None:
        return replace(
            base,
            client_id=client,
            in_reply_to=answered,
            kind="autoreply",
            text=text,
            reasons=(f"autoreply: {auto}",),
        )

    optout: str | None = None
    if _to_unsubscribe_address(rules, _recipients(headers, to_addrs)):
        optout = "optout: unsubscribe address"
    elif is_optout_subject(subject, clients_lines):
        optout = "optout: subject"  # RFC 2369 / RFC 8058 mailto: unsubscribe
    elif is_optout_text(clients_lines):
        optout = "optout: request to stop"

    if net is None:  # read once: a client's mail that looked automatic was read above
        net = _read_for_the_net(clients_lines, passed_on, rules)
    if optout is not None:
        return replace(
            base,
            client_id=client,
            in_reply_to=answered,
            kind="optout",
            text=text,
            flagged=net.flagged,
            urgency=net.urgency,
            reasons=(optout, *net.reasons),
        )
    own = frozenset(a.lower() for a in rules.own_addresses)
    return replace(
        base,
        client_id=client,
        in_reply_to=answered,
        kind="reply",
        text=text,
        flagged=net.flagged,
        urgency=net.urgency,
        reasons=(*net.reasons, *crisis_kept),
        # Never answer automatically what something took for automatic mail.
        autoreply_ok=not crisis_kept and autoreply_allowed(headers, from_addr, own),
    )
