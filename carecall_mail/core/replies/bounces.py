"""Bounce detection: which addresses failed, and whether for good.

Standard delivery reports (RFC 3464 `multipart/report; report-type=delivery-status`)
are read here field by field: `Action: failed` or a 5.x.x `Status` is permanent
(RFC 3463 §3.1), `Action: delayed` or 4.x.x is temporary. The non-standard
reports of older MTAs and providers (qmail, Exim without DSN, Exchange, Yahoo,
GroupWise, …) are handed to flufl.bounce, Mailman's detector collection, but
only when the message already looks like a bounce: its heuristics are slow
(about 1 ms) and find "failed" addresses in ordinary replies that quote a
To: line.
"""

from __future__ import annotations

import itertools
import json
import logging
import re
from dataclasses import dataclass, replace
from email.message import Message

from flufl.bounce import all_failures

from carecall_mail.core.mimetext import (
    addresses,
    content_type,
    decode_bytes,
    fold_case,
    part_text,
)
from carecall_mail.core.replies.autoreplies import in_mail_program
from carecall_mail.core.replies.bounce_notices import notice_failures
from carecall_mail.core.replies.list_refusals import list_refusal


def _demote(record: logging.LogRecord) -> bool:
    """flufl.bounce logs a detector that trips on odd mail at error level, with its
    traceback. For us that is a detector giving no answer (`_heuristic` carries on), not
    something the practitioner can act on: kept at debug, shown with `-v`."""
    record.levelno, record.levelname = logging.DEBUG, "DEBUG"
    return True


logging.getLogger("flufl.bounce").addFilter(_demote)

_DAEMONS = frozenset(
    {
        "mailer-daemon", "mailer_daemon", "mailerdaemon", "mail-daemon", "maildaemon",
        "postmaster", "mail.delivery.system", "mdaemon", "bounce", "bounces",
        # Verizon's and Apache James's reports come from "post_master".
        "post_master", "post-master",
    }
)  # fmt: skip
# A report itself goes out with a null or a daemon's return path (RFC 5321 §4.5.5); a
# "bounces@" return path is where a newsletter's bounces are to go, so the mail is bulk.
_RETURN_PATH_DAEMONS = _DAEMONS - {"bounce", "bounces"}
# The postmaster mailbox every mail domain must have (RFC 5321 §4.5.1) is read and written by
# the person who runs the mail server, not only by its MTA: a From: that names it is no
# report by itself.
_PERSON_RUN_MAILBOXES = frozenset({"postmaster", "post_master", "post-master"})
_PROGRAM_DAEMONS = _DAEMONS - _PERSON_RUN_MAILBOXES
# Exchange writes its non-delivery reports as "MicrosoftExchange" and a 32-digit hex id.
_DAEMON_NAMES = re.compile(
    r"mail delivery (?:system|subsystem|service)|mailer.daemon|microsoftexchange[0-9a-f]{32}@",
    re.I,
)
_BOUNCE_SUBJECT_WORDS = (
    r"undeliver|returned mail|returned to sender|delivery (?:status notification|failure|"
    r"failed|has failed|problem|report)|mail delivery (?:failed|failure|system|problem)|"
    r"failure notice|delivery notification|could not (?:be )?deliver|non remis|"
    r"nicht zustellbar|unzustellbar|übermittlungsstatus|no se puede entregar|"
    r"no entregado|non recapitabil|onbestelbaar|niet afgeleverd|olevererbar|"
    r"kan ikke leveres|ikke leveret|niedostarczon|не доставлено|недоставлен|退信|"
    # Japanese carriers' and Chinese and Korean providers' reports ("メールエラー通知").
    r"メールエラー|配信エラー|配送エラー|配信不能|配送不能|送達不能|无法投递|無法投遞|投递失败|"
    r"投遞失敗|邮件退回|전송 실패|전송실패|배달 실패|반송된 메일|"
    # More MTAs' wordings, and Exchange's "Undeliverable:" in the languages of its reports.
    r"nondeliverable|^(?:message|mail|e-?mail)\s+not\s+delivered|unable to deliver (?:your |the )?"
    r"message|could not send message|non distribu|échec de la remise|fallo en la entrega|"
    r"error en la entrega|mancato recapito|impossibile recapitare|kan niet worden bezorgd|"
    r"não é possível entregar|falha na entrega|kunne ikke leveres|ei voitu toimittaa|"
    r"niedostarczal|nedoručiteln|nelze doručit|kézbesíthetetlen|nem kézbesíthető|"
    r"teslim edilemedi|δεν είναι δυνατή η παράδοση|배달되지 않음|無法傳遞|nelivrabil|neisporučiv|"
    r"nedostavljiv|недоставено|не може да бъде доставено|"
    r"mail system error|mail error|non-delivery|nondelivery|delayed mail|"
    r"warning: message .* delayed|message delayed"
)
_BOUNCE_SUBJECT = re.compile(_BOUNCE_SUBJECT_WORDS, re.I)
# Passes wherever _BOUNCE_SUBJECT matches (on the subject case-folded), and is much cheaper.
_BOUNCE_SUBJECT_GATE = re.compile(_BOUNCE_SUBJECT_WORDS)
_LOCAL_PART = re.compile(r"[\w.+-]+(?=@)")
_WORD = re.compile(r"[\w.+-]+")
_MESSAGE_ID_LINE = re.compile(r"^message-id:[ \t]*<([^<>\s]+)>", re.I | re.M)


@dataclass(frozen=True)
class BounceReport:
    """What a delivery report says."""

    addresses: tuple[str, ...]  # failed addresses (or delayed ones when none failed), lower-cased
    permanent: bool  # a 5.x.x / `Action: failed`; False for delays and unknown causes
    original_ids: tuple[str, ...]  # Message-IDs of our mail quoted inside the report
    delivered: bool = False  # a success DSN (Action: delivered/relayed/expanded), not a bounce
    subject_only: bool = False  # nothing but the subject said it is a report


def _fields(part: Message) -> list[dict[str, str]]:
    """The header blocks of a message/delivery-status part (RFC 3464 §2.1), lower-cased keys."""
    payload = part.get_payload()
    blocks: list[dict[str, str]] = []
    if isinstance(payload, list):
        for block in payload:
            if isinstance(block, Message):
                blocks.append({str(k).lower(): str(v) for k, v in block.raw_items()})
        return blocks
    # Some MTAs base64-encode the status part; compat32 then leaves it as text.
    text = part_text(part) if isinstance(payload, str) else ""
    for chunk in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")):
        fields: dict[str, str] = {}
        for line in chunk.split("\n"):
            key, sep, value = line.partition(":")
            if sep and key.strip():
                fields[key.strip().lower()] = value.strip()
        if fields:
            blocks.append(fields)
    return blocks


def _recipient(value: str) -> str:
    """The address of `Final-Recipient: rfc822; a@b` (also tolerating `<a@b>` and no type)."""
    addr = value.rsplit(";", 1)[-1].strip().strip("<>").strip().lower()
    return addr if "@" in addr and " " not in addr else ""


def _original_ids(msg: Message) -> tuple[str, ...]:
    """Message-IDs of the returned original, from message/rfc822, text/rfc822-headers or text."""
    found: list[str] = []
    for part in msg.walk():
        ctype = content_type(part)
        if ctype == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list):
                for sub in inner:
                    if isinstance(sub, Message):
                        found.extend(
                            _MESSAGE_ID_LINE.findall(f"message-id: {sub.get('message-id', '')}")
                        )
        elif ctype.startswith("text/"):
            found.extend(_MESSAGE_ID_LINE.findall(part_text(part)))
    return tuple(dict.fromkeys(found))


def _rfc3464(msg: Message) -> BounceReport | None:
    failed: list[str] = []
    delayed: list[str] = []
    delivered = False
    seen_status_part = False
    for part in msg.walk():
        if content_type(part) not in ("message/delivery-status", "message/global-delivery-status"):
            continue
        seen_status_part = True
        for block in _fields(part):
            addr = _recipient(block.get("original-recipient", "")) or _recipient(
                block.get("final-recipient", "")
            )
            if not addr:
                continue
            action = block.get("action", "").strip().lower()
            status = block.get("status", "").strip()
            # opensmtpd writes the non-standard `Action: error`; Postfix's address probes
            # (`sendmail -bv`) write `undeliverable` and `deliverable`.
            if action.startswith(("fail", "error", "undeliverable")) or status.startswith("5"):
                failed.append(addr)
            elif action.startswith("delayed") or status.startswith("4"):
                delayed.append(addr)
            elif action.startswith(("delivered", "relayed", "expanded", "deliverable")):
                delivered = True
    if not seen_status_part:
        return None
    ids = _original_ids(msg)
    if failed:
        return BounceReport(tuple(dict.fromkeys(failed)), True, ids)
    if delayed:
        return BounceReport(tuple(dict.fromkeys(delayed)), False, ids)
    if delivered:
        return BounceReport((), False, ids, delivered=True)
    return None  # a status part naming no recipient: let the heuristics have a go


def looks_like_bounce(
    headers: dict[str, list[str]],
    from_header: str,
    subject: str,
    daemons: frozenset[str] = _DAEMONS,
) -> bool:
    """Cheap evidence that a message is a delivery report, before running the slow detectors
    (`daemons`: the From: mailbox names that count as such evidence)."""
    if "x-failed-recipients" in headers:
        return True
    content = " ".join(headers.get("content-type", [])).lower()
    if "multipart/report" in content and "delivery-status" in content:
        return True  # RFC 3464 in shape, even if its status part names nobody
    return_path = " ".join(headers.get("return-path", [])).lower()
    if any(word in _RETURN_PATH_DAEMONS for word in _LOCAL_PART.findall(return_path)):
        return True
    # The From: of a report is often a bare "MAILER-DAEMON" with no domain at all.
    for word in _WORD.findall(from_header.lower()):
        if word in daemons:
            return True
    if _DAEMON_NAMES.search(from_header):
        return True
    if from_header.strip() == "<>":
        # The null address as the author (RFC 5321 §4.5.5's reverse path written into From:,
        # as Exim's filter "fail" notices do): no person writes as nobody.
        return True
    if _BOUNCE_SUBJECT_GATE.search(fold_case(subject)) is None:
        return False
    return bool(_BOUNCE_SUBJECT.search(subject))


def _heuristic(
    msg: Message, headers: dict[str, list[str]], notice: bool, lenient: bool
) -> BounceReport:
    permanent: list[str] = []
    temporary: list[str] = []
    # Exim names the permanently failed recipients in a header of its own.
    for value in headers.get("x-failed-recipients", []):
        permanent.extend(addr for _, addr in addresses(value))
    try:
        temp_found, perm_found = all_failures(msg)
    except (
        Exception
    ):  # a detector can trip on odd input (flufl.bounce re-raises); keep what we have
        temp_found, perm_found = frozenset(), frozenset()
    permanent.extend(decode_bytes(a, "ascii").strip().lower() for a in sorted(perm_found))
    temporary.extend(decode_bytes(a, "ascii").strip().lower() for a in sorted(temp_found))
    permanent = [a for a in permanent if "@" in a]
    temporary = [a for a in temporary if "@" in a]
    ids = _original_ids(msg)
    if not permanent and not temporary and notice:
        # A layout no detector knows: the notice names the failed address above the returned
        # mail (core/replies/bounce_notices.py).
        found = notice_failures(msg, headers)
        if found is not None and (lenient or found.has_code):
            return BounceReport(found.addresses, found.permanent, ids)
    if permanent:
        return BounceReport(tuple(dict.fromkeys(permanent)), True, ids)
    return BounceReport(tuple(dict.fromkeys(temporary)), False, ids)


_RETURNED_TYPES = ("message/rfc822", "text/rfc822-headers", "message/rfc822-headers")


_ANSWER_SUBJECT = re.compile(r"^\s*(?:re|aw|sv)\s*:", re.I)


def _returned_to_null_sender(msg: Message, headers: dict[str, list[str]]) -> bool:
    """Whether a mail from the null sender (RFC 5321 §4.5.5) hands a mail back: the shape of a
    report whatever its words (a Japanese carrier's "Mail", in any language). A receipt or an
    abuse report (their own multipart/report types) is no delivery report, and an auto-reply
    that quotes the mail it answers says so in its Auto-Submitted."""
    if _first_value(headers, "return-path").replace(" ", "") != "<>":
        return False
    if _first_value(headers, "auto-submitted").lower().startswith("auto-replied") and (
        "x-failed-recipients" not in headers
    ):
        return False
    if "multipart/report" in _first_value(headers, "content-type").lower():
        return False
    if _ANSWER_SUBJECT.match(_first_value(headers, "subject")) and (
        "x-failed-recipients" not in headers
    ):
        return False  # no MTA answers "Re:": a responder (an echo robot) quoting the mail
    return any(content_type(part) in _RETURNED_TYPES for part in itertools.islice(msg.walk(), 50))


def _first_value(headers: dict[str, list[str]], name: str) -> str:
    values = headers.get(name)
    return values[0] if values else ""


_SES_HEAD = 200_000  # an SNS notice is one JSON object of a few kB
_SPLIT_LINE = re.compile(r"!\r?\n ")


def _ses_notice(msg: Message) -> BounceReport | None:
    """An Amazon SES bounce that SNS mailed as its JSON notice ({"notificationType": "Bounce",
    …}), or None. SES mails it so when a sender subscribes an address to the topic."""
    for part in itertools.islice(msg.walk(), 10):
        if content_type(part) != "text/plain":
            continue
        text = part_text(part).lstrip()
        if not text.startswith("{") or '"notificationType' not in text[:_SES_HEAD]:
            return None
        # Sendmail splits a line over 990 characters with "!", a newline and a space.
        notice = _json_object(_SPLIT_LINE.sub("", text[:_SES_HEAD]))
        inner = notice.get("Message")
        if isinstance(inner, str):  # SNS's envelope around SES's notice
            notice = _json_object(inner)
        bounce = notice.get("bounce")
        if notice.get("notificationType") != "Bounce" or not isinstance(bounce, dict):
            return None
        recipients = bounce.get("bouncedRecipients")
        failed = [
            str(r["emailAddress"]).strip().lower()
            for r in (recipients if isinstance(recipients, list) else [])
            if isinstance(r, dict) and "@" in str(r.get("emailAddress", ""))
        ]
        permanent = bounce.get("bounceType") == "Permanent"
        return BounceReport(tuple(dict.fromkeys(failed)), permanent, _ses_original_ids(notice))
    return None


def _ses_original_ids(notice: dict[str, object]) -> tuple[str, ...]:
    """The Message-ID our mail went out with, as SES's notice quotes its headers (SES's own
    messageId is another id)."""
    mail = notice.get("mail")
    if not isinstance(mail, dict):
        return ()
    common = mail.get("commonHeaders")
    values = [common.get("messageId")] if isinstance(common, dict) else []
    headers = mail.get("headers")
    for header in headers if isinstance(headers, list) else []:
        if isinstance(header, dict) and str(header.get("name", "")).lower() == "message-id":
            values.append(header.get("value"))
    found = [m.group(1) for v in values if isinstance(v, str) for m in _ANGLED_ID.finditer(v)]
    return tuple(dict.fromkeys(found))


_ANGLED_ID = re.compile(r"<([^<>\s]+)>")


def _json_object(text: str) -> dict[str, object]:
    """The JSON object `text` opens with, or {} when it holds none."""
    try:
        found, _ = json.JSONDecoder().raw_decode(text)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _list_refusal(msg: Message, headers: dict[str, list[str]], subject: str) -> BounceReport | None:
    """A list software's refusal of a post (core/replies/list_refusals.py) as a bounce of
    the list's address."""
    if msg.is_multipart():
        parts = [p for p in itertools.islice(msg.walk(), 20) if content_type(p) == "text/plain"]
        text = part_text(parts[0]) if parts else ""
    else:
        text = part_text(msg) if content_type(msg) == "text/plain" else ""
    refused = list_refusal(headers, subject, text)
    if refused is None:
        return None
    failed, permanent = refused
    return BounceReport(addresses=failed, permanent=permanent, original_ids=_original_ids(msg))


def detect_bounce(
    msg: Message, headers: dict[str, list[str]], from_header: str, subject: str
) -> BounceReport | None:
    """The bounce report in `msg`, or None when it is not a delivery report."""
    standard = _rfc3464(msg) or _ses_notice(msg)
    if standard is not None:
        return standard
    refused = _list_refusal(msg, headers, subject)
    if refused is not None:
        return refused
    returned = _returned_to_null_sender(msg, headers)
    if not returned and not looks_like_bounce(headers, from_header, subject):
        return None
    # The notice is read for failed addresses only when more than the subject says it is one;
    # then a program's From: (MAILER-DAEMON), the returned mail or a report's subject lets its
    # words count, and a postmaster's From: alone needs an SMTP code in it.
    notice = returned or looks_like_bounce(headers, from_header, "")
    lenient = (
        returned
        or looks_like_bounce(headers, from_header, "", _PROGRAM_DAEMONS)
        or _BOUNCE_SUBJECT.search(subject) is not None
    )
    report = _heuristic(msg, headers, notice, lenient)
    # The null address as author is a sign only with a notice's content: a mail from "<>"
    # that names no failed address and returns nothing is no report, whoever wrote it.
    author = "" if from_header.strip() == "<>" else from_header
    if (
        not returned
        and not report.addresses
        and not report.original_ids
        and not looks_like_bounce(headers, author, subject, _PROGRAM_DAEMONS)
    ):
        # Only a postmaster's From: said "report", and nothing in the mail is one (no failed
        # address, no returned mail): the person who runs the mail server wrote it.
        return None
    if (
        not returned
        and not report.addresses
        and not report.original_ids
        and in_mail_program(headers)
        and not looks_like_bounce(
            {k: v for k, v in headers.items() if k != "return-path"}, from_header, subject
        )
    ):
        # Only the envelope names a postmaster, and a person's mail program wrote the mail
        # (GroupWise's Internet Agent sends its users' mail with the domain's Postmaster as
        # return path and Errors-To): nothing in it is a report, its author is its From.
        return None
    if not returned and not looks_like_bounce(headers, from_header, ""):
        if not report.addresses and not report.original_ids and in_mail_program(headers):
            # Only the subject says "Returned Mail", nothing in the mail is a report, and a
            # person's mail program wrote it (Outlook Express's X-Mailer): no mail server
            # sends its notices so. A worm that dresses as a bounce forges that program too.
            return None
        # Only the subject ("Re: Undeliverable package"): a person may write that, so the
        # parser asks who sent it.
        return replace(report, subject_only=True)
    return report
