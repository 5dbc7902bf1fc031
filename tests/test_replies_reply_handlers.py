"""Issue 13, tuned on tests/data/corpora/reply_handlers: a calendar program's invitation, a
header block damaged by a field whose name breaks RFC 5322, a mail server's rule that relays
a mail as it came, a company's receipt by its reference; each rule with a mail built here and
a near miss that keeps its kind or its text."""

from __future__ import annotations

from datetime import UTC, datetime

from carecall_mail.core.replies.parse import Reply, SentRef, StaticReplyIndex, parse_reply

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
HEAD = b"From: Maria <maria@example.org>\nTo: care@example.net\nMessage-ID: <m@x>\n"
INDEX = StaticReplyIndex(
    sent={"checkin-1@fieldpractice.example": SentRef("checkin:c-001:2026-10-02:one-week", "c-001")},
    clients={"maria@example.org": "c-001"},
)


def read(raw: bytes, index: StaticReplyIndex | None = None) -> Reply:
    return parse_reply(raw, index or StaticReplyIndex(), received_at=NOW)


# --- calendar invitations (iMIP, RFC 6047) ---------------------------------------------------

_VCALENDAR = (
    b"BEGIN:VCALENDAR\nPRODID:-//Example Corp//Calendar 1.0//EN\nVERSION:2.0\n"
    b"METHOD:{method}\nBEGIN:VEVENT\nUID:evt-7@example.org\nSUMMARY:Check-in\n"
    b"DESCRIPTION:{description}\nDTSTART:20261203T100000Z\n"
    b"ORGANIZER:mailto:maria@example.org\nEND:VEVENT\nEND:VCALENDAR\n"
)


def _calendar(method: bytes, description: bytes = b"Can we talk on Thursday?") -> bytes:
    return _VCALENDAR.replace(b"{method}", method).replace(b"{description}", description)


def test_an_outlook_style_invitation_is_the_calendar_programs() -> None:
    # Outlook and Exchange: the event's description as text, the calendar as its alternative.
    raw = HEAD + (
        b"Subject: Check-in\nContent-Type: multipart/alternative; boundary=a\n\n"
        b"--a\nContent-Type: text/plain\n\nCan we talk on Thursday?\n"
        b'--a\nContent-Type: text/calendar; charset="utf-8"; method=REQUEST\n\n'
        + _calendar(b"REQUEST")
        + b"--a--\n"
    )
    reply = read(raw)
    assert reply.kind == "autoreply", reply.reasons
    assert reply.reasons == ("autoreply: calendar program's iMIP REQUEST",)
    assert reply.text == "Can we talk on Thursday?"


def test_a_google_style_invitation_and_a_bare_cancellation_are_the_programs() -> None:
    # Google Calendar: the alternative first inside multipart/mixed, the .ics file after it;
    # the method only in the calendar's own METHOD line.
    raw = HEAD + (
        b"Subject: Invitation: Check-in\nContent-Type: multipart/mixed; boundary=m\n\n"
        b"--m\nContent-Type: multipart/alternative; boundary=a\n\n"
        b"--a\nContent-Type: text/plain\n\nYou have been invited to the following event.\n"
        b"--a\nContent-Type: text/calendar; charset=UTF-8\n\n" + _calendar(b"REQUEST") + b"--a--\n"
        b'--m\nContent-Type: application/ics; name="invite.ics"\n'
        b'Content-Disposition: attachment; filename="invite.ics"\n\n'
        + _calendar(b"REQUEST")
        + b"--m--\n"
    )
    assert read(raw).kind == "autoreply"
    # Outlook's cancellation as the whole body, nothing else in the mail.
    cancel = HEAD + (
        b"Subject: Canceled: Check-in\nContent-Type: text/calendar; method=CANCEL\n\n"
        + _calendar(b"CANCEL")
    )
    assert read(cancel).kind == "autoreply"


def test_a_persons_mail_with_an_ics_file_attached_stays_theirs() -> None:
    # Near miss: the person wrote their text and attached the invitation file beside it.
    raw = HEAD + (
        b"Subject: Our next meeting\nContent-Type: multipart/mixed; boundary=m\n\n"
        b"--m\nContent-Type: text/plain\n\nHere is the invite for Thursday, see you then.\n"
        b'--m\nContent-Type: text/calendar; method=REQUEST; name="invite.ics"\n'
        b'Content-Disposition: attachment; filename="invite.ics"\n\n'
        + _calendar(b"REQUEST")
        + b"--m--\n"
    )
    reply = read(raw)
    assert reply.kind == "reply", reply.reasons
    assert "see you then" in reply.text


def test_a_published_event_in_the_alternative_is_no_invitation() -> None:
    # Near miss: PUBLISH schedules nothing (RFC 5546 §1.4): a person's "add this to your
    # calendar" shown as an event stays their mail.
    raw = HEAD + (
        b"Subject: Thursday\nContent-Type: multipart/alternative; boundary=a\n\n"
        b"--a\nContent-Type: text/plain\n\nCan we talk on Thursday?\n"
        b"--a\nContent-Type: text/calendar\n\n" + _calendar(b"PUBLISH") + b"--a--\n"
    )
    assert read(raw).kind == "reply"


def test_a_clients_invitation_is_still_read_for_a_crisis() -> None:
    # The description is the client's own words: the net reads it before it is set aside.
    raw = (
        b"From: Maria <maria@example.org>\nTo: care@example.net\nMessage-ID: <m2@x>\n"
        b"In-Reply-To: <checkin-1@fieldpractice.example>\nSubject: Talk\n"
        b"Content-Type: multipart/alternative; boundary=a\n\n"
        b"--a\nContent-Type: text/plain\n\ni dont want to live anymore. i have the pills ready\n"
        b"--a\nContent-Type: text/calendar; method=REQUEST\n\n"
        + _calendar(b"REQUEST", b"i dont want to live anymore")
        + b"--a--\n"
    )
    reply = read(raw, INDEX)
    assert (reply.kind, reply.urgency) == ("reply", "crisis"), reply.reasons
