"""Issue 13: where a mail's body text is when its MIME shape hides it (a certified-mail
envelope, a text file as all the mail holds, text split off by a boundary-like line), each
rule with a synthetic mail and a near miss that must not change."""

from __future__ import annotations

from datetime import UTC, datetime

from carecall_mail.core.replies.parse import StaticReplyIndex, parse_reply

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
HEAD = b"From: Maria <maria@example.org>\nTo: care@example.net\nSubject: News\nMessage-ID: <m@x>\n"


def text_of(raw: bytes) -> str:
    return parse_reply(raw, StaticReplyIndex(), received_at=NOW).text


# --- certified mail (Italy's PEC, RFC 6109) --------------------------------------------------

_ENVELOPE = (
    b'Content-Type: multipart/signed; protocol="application/x-pkcs7-signature"; micalg=sha1;'
    b' boundary="s"\n\n--s\nContent-Type: multipart/mixed; boundary="m"\n\n'
    b"--m\nContent-Type: text/plain; charset=utf-8\n\n"
    b"Messaggio di posta certificata\n\nIl giorno 02/10/2017 alle ore 12:13:50 (+0200) il"
    b' messaggio "Re: come va" e\' stato inviato da "maria@pec.example.it"\n\n'
    b"--m\nContent-Type: application/xml; name=daticert.xml\n\n<postacert/>\n"
    b'--m\nContent-Type: message/rfc822; name="{name}"\n'
    b'Content-Disposition: inline; filename="{name}"\n\n'
    b"From: maria@pec.example.it\nTo: care@example.net\nSubject: Re: come va\n\n"
    b"Oggi sto molto meglio, grazie.\n\n--m--\n"
    b"--s\nContent-Type: application/x-pkcs7-signature; name=smime.p7s\n\nMQ==\n--s--\n"
)


def test_a_certified_mail_envelope_is_read_for_the_mail_it_carries() -> None:
    raw = (
        HEAD + b"X-Trasporto: posta-certificata\n" + _ENVELOPE.replace(b"{name}", b"postacert.eml")
    )
    text = text_of(raw)
    assert "sto molto meglio" in text and "posta certificata" not in text


def test_an_envelope_without_its_header_is_known_by_its_signed_shape() -> None:
    raw = HEAD + _ENVELOPE.replace(b"{name}", b"postacert.eml")
    assert "sto molto meglio" in text_of(raw)


def test_a_signed_mail_with_another_mail_attached_keeps_its_own_text() -> None:
    # Near miss: the same shape, but the attached mail is no certified original: the
    # sender's own words are the text part's.
    raw = HEAD + _ENVELOPE.replace(b"{name}", b"forwarded.eml")
    text = text_of(raw)
    assert "posta certificata" in text and "sto molto meglio" not in text


# --- a text file as all the mail holds -------------------------------------------------------


def test_a_mail_of_one_text_file_is_read_as_its_text() -> None:
    raw = HEAD + (
        b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain;'
        b' name="note.txt"\nContent-Disposition: attachment; filename="note.txt"\n\n'
        b"I could not sleep again.\n--b--\n"
    )
    assert text_of(raw) == "I could not sleep again."


def test_a_single_part_mail_marked_as_an_attachment_is_read_as_its_text() -> None:
    # Horde's and MIME-tools' samples: the whole body is a named text/plain "attachment".
    raw = HEAD + (
        b'Content-Type: text/plain; charset=utf-8; name="note.txt"\n'
        b'Content-Disposition: attachment; filename="bl\xc3\xa5b\xc3\xa6r.txt"\n\n'
        b"I could not sleep again.\n"
    )
    assert text_of(raw) == "I could not sleep again."


def test_a_single_part_data_file_is_still_no_text() -> None:
    # Near miss: a single-part calendar or table file is data, not what the sender wrote.
    raw = HEAD + (
        b'Content-Type: text/calendar; name="invite.ics"\nContent-Disposition: attachment\n\n'
        b"BEGIN:VCALENDAR\nEND:VCALENDAR\n"
    )
    assert text_of(raw) == ""
    # enmime's sample: a table exported as text/plain under a .csv name.
    table = HEAD + (
        b'Content-Type: text/plain; name="test.csv"\nContent-Disposition: attachment;'
        b' filename="test.csv"\n\nname;dose\ndrops;5\n'
    )
    assert text_of(table) == ""


def test_text_files_beside_a_picture_or_each_other_are_still_files() -> None:
    # Near misses: the text file is one file among others, so no body the sender wrote.
    raw = HEAD + (
        b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain;'
        b' name="log.txt"\nContent-Disposition: attachment; filename="log.txt"\n\nline one\n'
        b"--b\nContent-Type: image/png; name=a.png\nContent-Disposition: attachment\n"
        b"Content-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--b--\n"
    )
    assert text_of(raw) == ""
    calendar = HEAD + (
        b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/calendar;'
        b' name="invite.ics"\nContent-Disposition: attachment\n\nBEGIN:VCALENDAR\n--b--\n'
    )
    assert text_of(calendar) == ""


# --- text split off by a line like a boundary ------------------------------------------------


def test_text_a_boundary_like_line_split_off_goes_on_in_its_headerless_part() -> None:
    raw = HEAD + (
        b'Content-Type: multipart/mixed; boundary="o"\n\n--o\n'
        b'Content-Type: multipart/alternative; boundary="i"\n\n--i\nContent-Type: text/plain\n\n'
        b"My line of dashes broke the mail:\n--o \nbut I am still writing here.\n\n"
        b"--i\nContent-Type: text/html\n\n<p>x</p>\n--i--\n"
        b"--o\nContent-Type: text/plain\n\n-- \nMaria\n--o--\n"
    )
    text = text_of(raw)
    assert "My line of dashes" in text and "still writing here" in text
    assert "Content-Type" not in text


def test_parts_with_headers_after_the_text_are_not_joined_to_it() -> None:
    # Near miss: every part labelled, as mail programs write them: the first text part only.
    raw = HEAD + (
        b'Content-Type: multipart/mixed; boundary="o"\n\n--o\n'
        b'Content-Type: multipart/alternative; boundary="i"\n\n--i\nContent-Type: text/plain\n\n'
        b"All is well.\n--i\nContent-Type: text/html\n\n<p>All is well.</p>\n--i--\n"
        b"--o\nContent-Type: text/plain\n\nList footer: unsubscribe at example.org\n--o--\n"
    )
    assert text_of(raw) == "All is well."
