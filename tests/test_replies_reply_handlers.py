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


# --- a header block damaged by a field whose name breaks RFC 5322 ---------------------------


def test_a_misnamed_field_does_not_end_the_header_block() -> None:
    # A script's field with spaces and tabs in its name, folded, then another one: the
    # header block goes on to the empty line, and the base64 body is decoded as declared.
    raw = HEAD + (
        b"Subject: Hello\nContent-Type: text/plain; charset=utf-8\n"
        b"Content-Transfer-Encoding: base64\n"
        b"X-Script/function/\t !#$%&: TEST\n VALUE 1\t !#$%\n"
        b"X-Script/function/\t !#$%&: TEST\n VALUE 2\n\n"
        b"SSBhbSBmZWVsaW5nIGJldHRlciB0b2RheS4=\n"
    )
    reply = read(raw)
    assert reply.text == "I am feeling better today.", reply.text


def test_a_body_begun_without_an_empty_line_keeps_its_first_line() -> None:
    # Near miss: "Dear Ana: …" right below the headers is the client's first line, not a
    # broken field, when no field follows it.
    raw = HEAD + b"Subject: Hello\nDear Ana: I am feeling better today.\n\nMaria\n"
    assert "I am feeling better today." in read(raw).text


# --- a mail server's rule relaying a mail as it came ----------------------------------------

_MIRRORED = (
    b"Return-Path: <anna@example.org>\nReceived: from <postmaster@example.net>\n"
    b"  by mx.example.net (CommuniGate Pro RULE 6.1.13)\n  with RULE id 1405; "
    b"Mon, 27 Feb 2017 13:21:44 +0930\nX-Autogenerated: {value}\n"
    b"Resent-From: <postmaster@example.net>\nFrom: Anna <anna@example.org>\n"
    b"To: care@example.net\nSubject: Tuesday\nMessage-ID: <a1@example.org>\n\n"
    b"Could we move Tuesday's visit to the afternoon?\n"
)


def test_a_rules_mirrored_copy_is_still_its_authors_mail() -> None:
    reply = read(_MIRRORED.replace(b"{value}", b"Mirror"))
    assert reply.kind == "reply", reply.reasons
    assert "afternoon" in reply.text


def test_a_rules_own_reply_is_still_automatic() -> None:
    # Near miss: the same header naming the rule's auto-reply.
    assert read(_MIRRORED.replace(b"{value}", b"Reply")).kind == "autoreply"


# --- a company's receipt by its reference --------------------------------------------------


def test_a_services_receipt_with_its_reference_is_a_robots() -> None:
    raw = HEAD + b"Subject: Ihre mytaxi Quittung (49M6J)\n\nVielen Dank fuer Ihre Fahrt.\n"
    reply = read(raw)
    assert reply.reasons == ("autoreply: automatic-mail subject: order or invoice",)


def test_a_persons_subject_about_their_receipt_stays_theirs() -> None:
    # Near misses: no reference after the receipt, or an answer to the robot's mail.
    for subject in (b"Ihre letzte Quittung", b"Re: Ihre mytaxi Quittung (49M6J)"):
        raw = HEAD + b"Subject: " + subject + b"\n\nIch finde die Quittung nicht mehr.\n"
        assert read(raw).kind == "reply", subject
