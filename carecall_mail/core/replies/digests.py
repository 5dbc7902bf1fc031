"""A mailing list's digest: many posts sent on as one mail, by the list, to its readers.

RFC 1153 set the digest's layout and RFC 2046 §5.1.5 its MIME type, multipart/digest; list
software names each issue in its subject ("python-list Digest, Vol 42, Issue 7" from
Mailman, "SAS-L Digest - 1 Dec 2026 to 2 Dec 2026 (#2026-335)" from LISTSERV, "Info-Mac
Digest V12 #40" in RFC 1153's style, "Digest Number 1234" from Yahoo Groups) and sends it
from the list's moderator or its own address. A digest is list mail (bulk, `autoreply`) even
when the list's headers were stripped. A person who sends a digest (mutt forwards tagged mails
as one, a sample in a test) does it from their own address under a subject of their own, and
an answer to a digest carries a reply prefix: both stay the person's mail.
"""

from __future__ import annotations

import re

from carecall_mail.core.mimetext import addresses, first
from carecall_mail.core.replies.autoreplies import forwards, in_mail_program

# An issue's name after the word "Digest": its volume, issue or number, or the dates it
# covers; never "Digest" alone, which a person's subject may hold ("Weekly digest idea").
_DIGEST_SUBJECT = re.compile(
    r"\bdigest\b[,:]?\s*(?:-\s*)?(?:vol(?:ume)?\.?\s*\d+|v\d+\s*#\s*\d+|#\s*\d+|"
    r"(?:issue|number|no\.?|nr\.?)\s*\d+|\d{1,2}\s+\w{3,9}\s+\d{4}\s+to\s+\d)",
    re.I,
)
# An answer's or a forward's prefix, Netscape's bracketed "[Fwd: …]" too.
_REPLY_PREFIX = re.compile(r"^\s*\[?\s*(?:re|aw|sv|vs|odp|antw|fwd?|wg|tr|rv)\s*:", re.I)
# The mailboxes a list sends its digests from: its moderator, its digest or owner address,
# the list software's own ("moderator@", "list-digest@", "owner-list@", "majordomo@").
_DIGEST_SENDER = re.compile(
    r"^(?:moderators?|digests?|[\w.+-]+-digest|owner-[\w.+-]+|[\w.+-]+-(?:owner|request)|"
    r"listserv|majordomo|listproc|mailman)$",
    re.I,
)


# A From with a mailbox's name alone, no domain ("Moderator-Address <moderator>", RFC 822's
# local delivery), which the address parser does not take for an address.
_BARE_LOCAL = re.compile(r"<\s*([^<>@\s]+)\s*>\s*$|^\s*([^<>@\s]+)\s*$")


def _author_local(value: str) -> str:
    found = addresses(value)
    if found and "@" in found[0][1]:
        return found[0][1].partition("@")[0]
    bare = _BARE_LOCAL.search(value)
    return (bare.group(1) or bare.group(2)) if bare else ""


def list_digest(headers: dict[str, list[str]], subject: str, digest_part: bool) -> str | None:
    """Why a mail is a list's digest, or None. `digest_part`: whether the mail's own body
    holds a multipart/digest."""
    if _REPLY_PREFIX.match(subject) or forwards(subject) or in_mail_program(headers):
        return None
    if _DIGEST_SUBJECT.search(subject):
        return "mailing list: a digest's subject"
    if digest_part and _DIGEST_SENDER.match(_author_local(first(headers, "from"))):
        return "mailing list: a digest from the list"
    return None
