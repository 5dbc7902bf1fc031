"""A mail system's notices that are not the usual delivery report, in either direction.

A mail daemon also writes to a mailbox's owner about the mailbox itself (Exim's "The size of
your mailbox has exceeded a warning threshold", a quota warning) and to the postmaster about
the queue ("Message … has been frozen. The sender is <…>"): no mail of ours failed, so they
are automatic mail, not bounces, however much they look like a report.

The other way round, a site's canned auto-reply (RFC 3834 `Auto-Submitted: auto-replied`, a
vacation program's `X-Autoreply`) is sometimes how it reports that our mail did not arrive
("A message … was sent by you … but could not be delivered"): what it says in words makes it
a bounce, whatever its headers say.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from carecall_mail.core.mimetext import addresses, first
from carecall_mail.core.replies.autoreplies import autoreply_reason

# A non-delivery told in words, in the past or as an inability ("could not be delivered",
# "wurde nicht zugestellt", "n'a pas pu être remis"), in the languages mail systems write.
# A delay ("has not yet been delivered") is one too, a report on our mail. Not "will not be
# read" nor "will not be forwarded": an out-of-office reply says those of mail that did
# arrive. Nor "may be rejected": a quota warning's threat, no failure yet.
_NOT_DELIVERED = re.compile(
    r"\b(?:could ?not|couldn[’']t|cannot|can ?not|can[’']t|was not|wasn[’']t|were not"
    r"|ha(?:s|ve) not (?:yet )?been|hasn[’']t (?:yet )?been|is not|failed to be)"
    r"\s+(?:be\s+)?deliver(?:ed)?\b"
    r"|\bundeliver(?:able|ed)\b|\bdelivery (?:has )?failed\b|\bdelivery failure\b"
    r"|\b(?:failed|unable) to deliver\b"
    r"|\b(?:was|were|has been|have been) (?:rejected|returned|bounced|refused)\b"
    # German, French, Spanish, Italian, Dutch, Portuguese.
    r"|\b(?:konnte|kann|wurde) nicht (?:an \S+ )?(?:zugestellt|ausgeliefert|übermittelt)"
    r"|\bnicht (?:zugestellt|ausgeliefert) werden|\b(?:un|nicht )zustellbar"
    r"|\bZustellung (?:ist )?fehlgeschlagen"
    r"|\bn[’']a pas (?:pu être|été) (?:remis|distribu|délivr|livr|transmis)|\bnon remis"
    r"|\bimpossible de (?:remettre|distribuer|délivrer)|\béchec de (?:la )?(?:remise|distribution)"
    r"|\bno (?:se )?(?:ha )?(?:pudo|podido|puede) (?:ser )?entrega|\bno (?:ha sido|fue) entregad"
    r"|\bno entregad"
    r"|\bnon (?:è stato|è|può essere) (?:possibile )?(?:recapitat|consegnat)"
    r"|\bnon è stato possibile (?:recapitare|consegnare)|\bmancato recapito|\bnon recapitat"
    r"|\bkon niet (?:worden )?(?:bezorgd|afgeleverd)|\bniet (?:worden )?(?:bezorgd|afgeleverd)"
    r"|\bonbestelbaar"
    r"|\bnão (?:pôde|pode|foi possível) (?:ser )?entreg|\bnão foi entregue",
    re.I,
)
# What was not delivered: a mail, in the same languages ("A message with the above subject line
# was sent by you … but could not be delivered"), not a parcel or an order.
_MAIL_NOUN = re.compile(
    r"\b(?:messages?|e-?mails?|mails?|nachricht(?:en)?|courriels?|mensajes?|correos?"
    r"|messaggi[oa]?|posta|bericht(?:en)?|mensage(?:m|ns))\b",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")

# The reader's own mailbox, as a mail system addresses its owner ("your mailbox", "Ihr
# Postfach", "votre boîte aux lettres"), not the recipient's of our mail ("the user's mailbox").
_OWN_MAILBOX = re.compile(
    r"\byour (?:e-?mail |mail )?(?:mail ?box|inbox|mailbox quota|quota|mail storage)\b"
    r"|\bIhr(?:e|em)? (?:E-Mail-)?(?:Postfach|Mailbox|Speicherplatz)"
    r"|\bvotre (?:boîte|boite) (?:aux lettres|mail|de réception)|\bvotre quota"
    r"|\b(?:su|tu) (?:buzón|casilla|cuota)"
    r"|\b(?:la sua|la tua) (?:casella|mailbox|quota)"
    r"|\b(?:uw|je) (?:mailbox|postvak|postbus)"
    r"|\b(?:sua|tua) caixa (?:postal|de (?:correio|entrada))",
    re.I,
)
# A message kept in the queue, and the notice naming who sent it: a note for the postmaster
# about a third party's mail (Exim's "Message 1a2b has been frozen. The sender is <…>.").
_QUEUE_STATE = re.compile(
    r"\b(?:has been|have been|is|was|were|are) (?:frozen|held|put on hold|quarantined)\b", re.I
)
# A content filter's report on a mail it checked and passed on (amavis's "UNCHECKED contents"
# or "BANNED contents" notice to the admin: "Not quarantined. The message WILL BE relayed
# to: <…>"): the mail went on, so nothing failed. Amavis says "WAS NOT relayed" of one it
# stopped.
_RELAYED_ANYWAY = re.compile(
    r"^[ \t]*the message (?:will be|was|has been) relayed to\b", re.I | re.M
)
_SENDER_NAMED = re.compile(r"^[ \t]*(?:the )?sender (?:is|was)\b|^[ \t]*sender[ \t]*:", re.I | re.M)
_POSTMASTER = re.compile(r"^(?:postmaster|post_master|post-master|root)@", re.I)


def says_not_delivered(text: str) -> bool:
    """Whether a sentence of `text` says that a mail was not delivered."""
    flat = re.sub(r"[ \t]*\n[ \t]*(?=\S)", " ", text.replace("\r\n", "\n"))
    return any(
        _NOT_DELIVERED.search(sentence) and _MAIL_NOUN.search(sentence)
        for sentence in _SENTENCE_END.split(flat)
    )


def housekeeping_notice(text: str, headers: dict[str, list[str]]) -> str | None:
    """Why a mail system's notice (`text`, its words) is about the reader's own mailbox or
    the queue, not a failure of a mail sent, or None. Any sentence saying a mail was not
    delivered makes it a report after all."""
    if says_not_delivered(text):
        return None
    if _OWN_MAILBOX.search(text):
        return "mail system notice: mailbox"
    to_postmaster = any(
        _POSTMASTER.match(addr) for value in headers.get("to", []) for _, addr in addresses(value)
    )
    if _QUEUE_STATE.search(text) and (to_postmaster or _SENDER_NAMED.search(text)):
        return "mail system notice: queue"
    return None


def filter_passed(text: str) -> str | None:
    """Why a mail system's notice (`text`, its words) reports a mail a content filter checked
    and passed on, or None. It names the mail it checked and may quote its headers, as a
    bounce does, but the mail was delivered; any sentence saying one was not makes it a
    report after all."""
    if _RELAYED_ANYWAY.search(text) and not says_not_delivered(text):
        return "mail system notice: a content filter passed the mail"
    return None


def responder_reports_non_delivery(
    headers: dict[str, list[str]], subject: str, text_of: Callable[[], str]
) -> bool:
    """Whether an auto-reply (`text_of()`: its own words, no quoted history, read only for a
    responder's mail) reports that the mail
    it answers was not delivered. Only a responder's marks count (RFC 3834 `auto-replied`, a
    vacation program's X- header or its subject): a tool's auto-generated notice may tell of
    a parcel or an order, and a list's mail of anything."""
    if "list-id" in headers:
        return False
    reason = autoreply_reason(headers, subject) or ""
    answers = (
        first(headers, "auto-submitted").strip().lower().startswith("auto-replied")
        or reason.startswith("X-")
        or reason in ("Precedence auto_reply", "out-of-office subject")
    )
    return answers and says_not_delivered(text_of())
