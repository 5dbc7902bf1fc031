"""A second reader for "a program or a mailing wrote this, not a person": a linear model
over the shape of a mail (issue 13). A measuring instrument, not part of the product:
leave one corpus out it caught none of the rules' misses without calling a person's mail
automatic, so `parse_reply` does not ask it (README, "The reply log").

The rules in autoreplies.py and automated.py read what they have a name for (a List-Id, an
Auto-Submitted, "This is an automated message"); a fresh project's mail shows shapes nobody
named yet (an ESP's own headers, a shop's HTML with tracking pixels and forty links). This
reader looks only at headers and structure: which headers are there, how the envelope,
Sender, DKIM and Message-ID relate to From, the MIME tree, links and images, the shape of
From's mailbox and of the subject, and the length and line shape of the text. It reads no
words of the text but the way out of a mailing ("unsubscribe").

`scripts/kinds_model.py` trains it on the labelled corpora in tests/data/corpora (never a
held-out message) with a logistic regression and writes `kinds_model.json`: one weight per
feature, a bias and the threshold chosen leave-one-corpus-out. Here it is read in plain
Python; the trainer holds its figures to this reader's.

Were it asked, it would be only where the rules already allow bulk by content
(core/replies/parse.py): mail that answers nothing of ours, from nobody we know, no forward,
not spam-flagged.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Mapping
from email.message import Message
from functools import cache
from pathlib import Path

from carecall_mail.core.mimetext import addresses, content_type, first, part_text
from carecall_mail.core.replies.autoreplies import in_mail_program

__all__ = ["features", "machine_reason", "probability"]

_MAX_PARTS = 60  # a hostile tree of thousands of parts is read this far
_MAX_TEXT = 64_000  # and each text part this far
_MAX_HEADERS = 200

# Headers every mail has, and those the receiving side adds (trace, spam and authentication
# verdicts, a mail reader's own): whether a sample kept them says how it was saved, not who
# wrote it. Leave-one-corpus-out, they were what the model first learned each corpus by.
_NOT_FEATURES = frozenset({
    "from", "to", "cc", "subject", "date", "message-id", "mime-version", "content-type",
    "content-transfer-encoding", "content-disposition", "content-length", "lines", "status",
    "x-status", "x-keywords", "x-uid", "received", "x-received", "return-path", "delivered-to",
    "x-original-to", "envelope-to", "delivery-date", "authentication-results", "received-spf",
    "dkim-signature", "x-gm-message-state", "x-google-smtp-source", "x-originating-ip",
    "x-virus-scanned", "x-spam-checker-version", "x-spam-level", "x-spam-status",
    "x-spam-score", "x-spam-flag", "x-mozilla-status", "x-mozilla-status2", "x-mozilla-keys",
    "x-evolution-source", "x-vm-v5-data", "x-gmail-labels", "x-gm-thrid", "x-account-key",
})  # fmt: skip
_NOT_FEATURE_PREFIXES = ("arc-", "x-ms-exchange-organization-", "x-forefront-", "x-microsoft-")
# Header names are features as they are; these carry their value too (a token of it).
_VALUED = ("precedence", "auto-submitted", "x-priority", "importance", "content-transfer-encoding")
_MAILER = re.compile(r"[a-z][a-z-]+")
_DIGITS = re.compile(r"\d+")
_LINK = re.compile(r"<a\s[^>]*href\s*=", re.I)
_IMG = re.compile(r"<img\s[^>]*>", re.I)
_PIXEL = re.compile(r"(?:width|height)\s*=\s*[\"']?[01](?:px)?[\"'\s/>]", re.I)
_TABLE = re.compile(r"<table\b", re.I)
_URL = re.compile(r"https?://", re.I)
# The way out of a mailing in the languages clients write in; in a link or the text.
_WAY_OUT = re.compile(
    r"unsubscri|opt[-\s]?out|abmelden|abbestellen|austragen|d[ée]sinscri|d[ée]sabonn|"
    r"darse\s+de\s+baja|cancelar\s+(?:la\s+)?suscrip|disiscriv|annulla\s+l.iscrizione|"
    r"afmelden|uitschrijven|descadastr|cancelar\s+inscri|avregistr|afmeld|wypisz|odhlásit",
    re.I,
)
_DKIM_D = re.compile(r"(?:^|;)\s*d\s*=\s*([^;\s]+)", re.I)
_TAG = re.compile(r"^\s*(?:(?:re|aw|fwd?|wg|sv|tr)\s*:\s*)*\[[^\]]{1,40}\]", re.I)
_TICKET = re.compile(r"#\s?\d{3,}|\b\d{6,}\b|\[[a-z]{1,10}[-#]\d+\]", re.I)
_MID_WORD = re.compile(r"(?<![a-z])[a-z]{4,12}(?![a-z])")
_SIGNATURE = re.compile(r"^-- ?$", re.M)
_ATTRIBUTION = re.compile(
    r"^.{0,120}(?:wrote|schrieb|écrit|escribió|scritto|schreef):?\s*$", re.M | re.I
)
_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|sv|vs|antw|odp|r)\s*:", re.I)


def _domain(address: str) -> str:
    return address.rpartition("@")[2].strip().strip(">").lower()


def _related(a: str, b: str) -> bool:
    """Whether two domains are one organisation's: equal, or one under the other."""
    if not a or not b:
        return False
    return a == b or a.endswith("." + b) or b.endswith("." + a)


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _local_shape(local: str) -> list[str]:
    out: list[str] = []
    if "+" in local:
        out.append("from:plus")
    digits = sum(c.isdigit() for c in local)
    out.append("from:digits:" + _bucket(digits, (0, 2, 5)))
    out.append("from:len:" + _bucket(len(local), (4, 8, 15, 25)))
    if re.search(r"no[-_.]?reply|do[-_.]?not[-_.]?reply", local, re.I):
        out.append("from:noreply")
    for word in re.split(r"[-_.+=]", local.lower()):
        # A role mailbox's word ("info", "news", "support", "billing"), read as the model
        # learns it; a person's name words are rare and spread too thin to weigh.
        if 2 < len(word) < 16 and word.isalpha():
            out.append("from:w:" + word)
    if re.fullmatch(r"[a-z]+[._-][a-z]+", local, re.I):
        out.append("from:first.last")
    return out


def _header_features(headers: Mapping[str, list[str]]) -> list[str]:
    out: list[str] = []
    for name in itertools.islice(headers, _MAX_HEADERS):
        if name not in _NOT_FEATURES and not name.startswith(_NOT_FEATURE_PREFIXES):
            out.append("h:" + _DIGITS.sub("#", name[:40]))
    for name in _VALUED:
        value = first(dict(headers), name).strip().lower()
        if value:
            token = _MAILER.search(value)
            out.append(f"v:{name}:{token.group(0)[:20] if token else value[:3]}")
    for name in ("x-mailer", "user-agent"):
        value = first(dict(headers), name).lower()
        token = _MAILER.search(value)
        if token is not None:
            out.append("mailer:" + token.group(0)[:20])
    if in_mail_program(dict(headers)):
        out.append("mailer:person")
    if "in-reply-to" in headers or "references" in headers:
        out.append("threaded")
    return out


def _sender_features(headers: Mapping[str, list[str]], subject: str) -> list[str]:
    hmap = dict(headers)
    out: list[str] = []
    senders = addresses(first(hmap, "from"))
    name, addr = senders[0] if senders else ("", "")
    local, _, from_domain = addr.rpartition("@")
    if not addr:
        out.append("from:none")
    else:
        out.extend(_local_shape(local))
        if not name:
            out.append("from:noname")
    for header, tag in (("return-path", "rp"), ("sender", "sender"), ("errors-to", "errors")):
        value = first(hmap, header)
        found = addresses(value) or ([("", value.strip("<> \t"))] if "@" in value else [])
        if not found:
            continue
        other = found[0][1]
        out.append(
            f"{tag}:"
            + (
                "same"
                if other == addr
                else "org"
                if _related(_domain(other), from_domain)
                else "other"
            )
        )
        other_local = other.rpartition("@")[0]
        if len(other_local) > 30 or re.search(r"[=+]|\d{5,}|bounce", other_local, re.I):
            out.append(f"{tag}:verp")
    dkim = [
        m.group(1).lower()
        for v in headers.get("dkim-signature", [])
        for m in [_DKIM_D.search(v)]
        if m
    ]
    if dkim:
        out.append("dkim:" + ("org" if any(_related(d, from_domain) for d in dkim) else "other"))
    reply_to = addresses(first(hmap, "reply-to"))
    if reply_to:
        out.append("replyto:" + ("same" if reply_to[0][1] == addr else "other"))
    message_id = first(hmap, "message-id").strip().strip("<>")
    mid_local, _, mid_domain = message_id.rpartition("@")
    if not message_id:
        out.append("mid:none")
    else:
        out.append("mid:" + ("org" if _related(mid_domain, from_domain) else "other"))
        out.append("mid:len:" + _bucket(len(mid_local), (12, 24, 40, 64)))
        if re.fullmatch(r"[0-9a-f.$-]{16,}", mid_local, re.I):
            out.append("mid:hex")
        # Programs name themselves or their run in the id ("…JavaMail.ebill@", "auto-0000…").
        out.extend("mid:w:" + w for w in dict.fromkeys(_MID_WORD.findall(mid_local.lower())))
        if re.search(r"\d{10,}", mid_local):
            out.append("mid:longnumber")
    recipients = [a for h in ("to", "cc") for v in headers.get(h, []) for a in addresses(v)]
    out.append("rcpt:" + _bucket(len(recipients), (0, 1, 3, 10)))
    to_addrs = {a for _, a in recipients}
    envelope = {
        a for h in ("delivered-to", "x-original-to", "envelope-to")
        for v in headers.get(h, [])[:3] for _, a in addresses(v)
    }  # fmt: skip
    if envelope and not envelope & to_addrs:
        # Delivered to a mailbox that To and Cc do not name: a list's or a Bcc'd mailing.
        out.append("rcpt:not-addressed")
    if addr and addr in to_addrs:
        out.append("rcpt:to-self")
    if any(_related(_domain(a), from_domain) for a in to_addrs):
        out.append("rcpt:same-org")
    if subject:
        letters = [c for c in subject if c.isalpha()]
        if _TAG.match(subject):
            out.append("subj:tag")
        if len(letters) > 8 and all(c.isupper() for c in letters):
            out.append("subj:caps")
        if _TICKET.search(subject):
            out.append("subj:ticket")
        if _REPLY_PREFIX.match(subject):
            out.append("subj:re")
        if "!" in subject:
            out.append("subj:bang")
        out.append("subj:len:" + _bucket(len(subject), (10, 30, 60, 100)))
    else:
        out.append("subj:none")
    return out


def _body_features(msg: Message) -> list[str]:
    out: list[str] = ["top:" + content_type(msg)]
    types: list[str] = []
    plain = html = ""
    for part in itertools.islice(msg.walk(), _MAX_PARTS):
        if part.is_multipart():
            continue
        ctype = content_type(part)
        types.append(ctype)
        if ctype == "text/plain" and not plain:
            plain = part_text(part)[:_MAX_TEXT]
        elif ctype == "text/html" and not html:
            html = part_text(part)[:_MAX_TEXT]
    out.append("parts:" + _bucket(len(types), (1, 2, 4, 8)))
    out.extend(f"part:{t.partition('/')[0]}" for t in dict.fromkeys(types))
    if html and not plain:
        out.append("html-only")
    if html:
        links = len(_LINK.findall(html))
        images = _IMG.findall(html)
        out.append("links:" + _bucket(links, (0, 2, 5, 15, 40)))
        out.append("imgs:" + _bucket(len(images), (0, 1, 3, 10)))
        if any(_PIXEL.search(tag) for tag in images):
            out.append("pixel")
        out.append("tables:" + _bucket(len(_TABLE.findall(html)), (0, 2, 6)))
        out.append("styles:" + _bucket(html.count("style="), (0, 5, 30)))
        if _WAY_OUT.search(html):
            out.append("wayout:html")
    if plain:
        lines = [line for line in plain.split("\n") if line.strip()]
        out.append("plain:len:" + _bucket(len(plain), (0, 200, 800, 3000, 10000)))
        out.append("urls:" + _bucket(len(_URL.findall(plain)), (0, 2, 6, 15)))
        if lines:
            quoted = sum(line.lstrip().startswith(">") for line in lines)
            long_lines = sum(len(line) > 100 for line in lines)
            out.append("quoted:" + _bucket(100 * quoted // len(lines), (0, 20, 60)))
            out.append("longlines:" + _bucket(100 * long_lines // len(lines), (0, 10, 40)))
        digits = sum(c.isdigit() for c in plain[:5000])
        out.append("digits:" + _bucket(100 * digits // max(1, len(plain[:5000])), (1, 3, 8)))
        out.append("lines:" + _bucket(len(lines), (2, 6, 20, 60)))
        if _SIGNATURE.search(plain):
            out.append("signature")
        if _ATTRIBUTION.search(plain[:20000]):
            out.append("attribution")
        if _WAY_OUT.search(plain[-3000:]):
            out.append("wayout:plain")
    return out


def features(msg: Message, headers: Mapping[str, list[str]]) -> frozenset[str]:
    """The features of one mail: names of what its headers and structure show."""
    subject = first(dict(headers), "subject")
    return frozenset(
        [*_header_features(headers), *_sender_features(headers, subject), *_body_features(msg)]
    )


@cache
def _model() -> tuple[float, float, dict[str, float]]:
    """(bias, threshold, feature -> weight) from kinds_model.json."""
    data = json.loads(Path(__file__).with_name("kinds_model.json").read_text("utf-8"))
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    return float(data["bias"]), float(data["threshold"]), weights


def probability(
    found: frozenset[str], model: tuple[float, dict[str, float]] | None = None
) -> float:
    """P(a program or a mailing wrote it) for a mail's features; `model` (bias, weights) is
    the trainer's, the shipped one otherwise."""
    if model is None:
        bias, _, weights = _model()
    else:
        bias, weights = model
    logit = bias + sum(weights.get(f, 0.0) for f in found)
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, logit))))


def machine_reason(msg: Message, headers: Mapping[str, list[str]]) -> str | None:
    """ "reads as machine-written (p=0.97)" when the model says so at its threshold, else None."""
    _, threshold, _ = _model()
    p = probability(features(msg, headers))
    if p < threshold:
        return None
    return f"reads as machine-written (p={math.floor(p * 100) / 100:.2f})"
