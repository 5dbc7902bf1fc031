"""Calendar mail: the invitation, cancellation or answer a calendar program writes and sends.

iMIP (RFC 6047) carries an iTIP scheduling message (RFC 5546: METHOD:REQUEST, CANCEL, REPLY,
…) as a text/calendar part, and calendar programs (Google Calendar, Outlook and Exchange,
iCloud, Nextcloud, Roundcube, Yandex, Tine) send it as the mail's body itself or as an
alternative of its text (multipart/alternative: the text is the same event shown in words,
its description, its time and its guests). Such a mail is the program's, whatever its text
says: nobody typed a letter around it. A person who attaches an .ics file to the mail they
write puts it beside their text (multipart/mixed, an attachment), never as an alternative of
it: that mail stays theirs (tests/data/corpora/README.md, "Calendar invitations").
"""

from __future__ import annotations

import re
from email.message import Message

from carecall_mail.core.mimetext import content_type, param, part_text

# RFC 5546 §1.4's methods that schedule between calendars. PUBLISH is not among them: an event
# published as a file (a venue's, a person's "add this to your calendar") schedules nothing.
_SCHEDULING = frozenset(
    {"REQUEST", "CANCEL", "REPLY", "ADD", "REFRESH", "COUNTER", "DECLINECOUNTER"}
)
_METHOD_LINE = re.compile(r"^METHOD[ \t]*:[ \t]*([A-Za-z-]+)[ \t]*$", re.M)
_METHOD_HEAD = 4000  # METHOD stands in the calendar's first lines, before its events
_MAX_DEPTH = 8  # body parts nest a few levels deep (signed, mixed, related, alternative)


def _method(part: Message) -> str:
    """The iTIP method of a text/calendar part: its Content-Type's `method` parameter (RFC
    6047 §2.4 asks for it), or else the calendar's own METHOD line."""
    declared = param(str(part.get("content-type", "")), "method").upper()
    if declared:
        return declared
    found = _METHOD_LINE.search(part_text(part)[:_METHOD_HEAD])
    return found.group(1).upper() if found else ""


def _body_calendar(part: Message, depth: int = 0) -> str:
    """The scheduling method of a text/calendar part that is the body of `part` or one of its
    alternatives, or "" when there is none.

    The body of a multipart/mixed, related or signed mail is its first part (RFC 2046 §5.1.3,
    RFC 2387, RFC 1847): the parts after it are attachments. Every part of a
    multipart/alternative is the body in another form (RFC 2046 §5.1.4).
    """
    ctype = content_type(part)
    if ctype == "text/calendar":
        method = _method(part)
        return method if method in _SCHEDULING else ""
    if depth >= _MAX_DEPTH or not ctype.startswith("multipart/") or not part.is_multipart():
        return ""
    children = [child for child in part.get_payload() if isinstance(child, Message)]
    if ctype == "multipart/alternative":
        for child in children:
            method = _body_calendar(child, depth + 1)
            if method:
                return method
        return ""
    if ctype in ("multipart/report", "multipart/digest") or not children:
        return ""  # a report's parts and a digest's mails are no body of this kind
    return _body_calendar(children[0], depth + 1)


def calendar_message(msg: Message) -> str | None:
    """Why a mail is a calendar program's scheduling message (an invitation, a cancellation,
    an attendee's answer), or None.

    Only when the calendar is the mail's body or an alternative of its text: an .ics file
    attached beside a person's own text leaves the mail theirs.
    """
    method = _body_calendar(msg)
    return f"calendar program's iMIP {method}" if method else None
