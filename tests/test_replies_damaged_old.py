"""Issue 13: damaged MIME of old and odd mail programs, read for what it says."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from carecall_mail.core.mimetext import decode_bytes
from carecall_mail.core.replies.parse import StaticReplyIndex, parse_reply

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def read(raw: bytes) -> str:
    return parse_reply(raw, StaticReplyIndex(), received_at=NOW).text


FOLDED = (
    b"From: Lena Vogt <lena@example.net>\nTo: ana@fieldpractice.example\nSubject: Friday\n"
    b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="simple\n boundary"\n\n'
    b"This is the preamble, for readers without MIME.\n--simple boundary\n\n"
    b"The meeting moves to Friday.\n--simple boundary\nContent-Type: text/plain\n\n"
    b"A second part.\n--simple boundary--\nThis is the epilogue.\n"
)


def test_a_boundary_folded_over_two_lines_is_read_unfolded() -> None:
    # RFC 5322 §2.2.3: unfolding takes out the line break only, so the boundary is
    # "simple boundary", with its space; the preamble is no one's text.
    text = read(FOLDED)
    assert "The meeting moves to Friday." in text
    assert "preamble" not in text


def test_an_unfolded_boundary_with_a_space_is_read_as_before() -> None:
    raw = FOLDED.replace(b'"simple\n boundary"', b'"simple boundary"')
    assert "The meeting moves to Friday." in read(raw)
    assert "preamble" not in read(raw)


def mime(ctype: str, body: bytes) -> bytes:
    return (
        b"From: Lena Vogt <lena@example.net>\nTo: ana@fieldpractice.example\nSubject: Fonts\n"
        b"MIME-Version: 1.0\nContent-Type: " + ctype.encode() + b"\n\n" + body
    )


def test_richtext_is_read_as_its_plain_text() -> None:
    # RFC 1341: line ends are spaces, <nl> breaks a line, "<<" is a "<".
    body = b"<bold>Hi Ana,</bold><nl><nl>I found the fonts\nat last: a <<b> tag.<nl>"
    text = read(mime("text/richtext", body))
    assert text.splitlines()[0] == "Hi Ana,"
    assert "I found the fonts at last: a <b> tag." in text


def test_enriched_text_is_read_as_its_plain_text() -> None:
    # RFC 1896: a lone line end is a space, two are one line break; <param> is no text.
    body = b"<color><param>red</param>Hi Ana,</color>\n\nthe meeting\nmoves to Friday.\n"
    text = read(mime("text/enriched", body))
    assert text.splitlines()[0] == "Hi Ana,"
    assert "the meeting moves to Friday." in text
    assert "red" not in text


def test_a_megabyte_of_unclosed_params_is_read_in_one_pass() -> None:
    # A hostile enriched body: 150,000 "<param>" that never close. A lazy regex searched to
    # the end for each and ran for hours; pytest's timeout fails the test if that comes back.
    body = b"Hi Ana,\n\n" + b"<param>" * 150_000 + b"\n\nsee you on Friday.\n"
    assert len(body) > 1_000_000
    text = read(mime("text/enriched", body))
    assert text.splitlines()[0] == "Hi Ana,"


def test_params_and_comments_are_cut_to_their_first_closing_tag() -> None:
    body = b"<PARAM>a</param>Hi <comment>x<param>y</comment>Ana,</Param> <param>z\n"
    assert read(mime("text/enriched", body)).splitlines()[0] == "Hi Ana, z"


def test_a_plain_part_with_tags_in_it_keeps_them() -> None:
    # Only richtext and enriched are read so: a plain text that shows "<bold>" keeps it.
    assert "<bold>" in read(mime("text/plain", b"Use <bold> to make it stand out.\n"))


# --- a read receipt outside multipart/report ------------------------------------------------------

RECEIPT_IN_MIXED = (
    b"From: Jonas Berg <jonas@example.net>\nTo: ana@fieldpractice.example\n"
    b"Subject: Gelesen: Termin am Donnerstag\nMessage-ID: <r1@example.net>\nMIME-Version: 1.0\n"
    b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\n'
    b"Your message was displayed.\n--b\nContent-Type: message/disposition-notification\n\n"
    b"Final-Recipient: rfc822; jonas@example.net\n"
    b"Original-Message-ID: <checkin-7@fieldpractice.example>\n"
    b"Disposition: automatic-action/MDN-sent-automatically; displayed\n--b--\n"
)


def test_a_read_receipt_inside_multipart_mixed_is_automatic() -> None:
    reply = parse_reply(RECEIPT_IN_MIXED, StaticReplyIndex(), received_at=NOW)
    assert (reply.kind, reply.reasons) == (
        "autoreply",
        ("autoreply: report: disposition-notification",),
    )


def test_a_client_forwarding_a_receipt_as_an_attached_mail_still_writes() -> None:
    # The receipt is inside a mail the client attached: the client's own words are a reply.
    inner = RECEIPT_IN_MIXED.replace(b"Jonas Berg <jonas@example.net>", b"Mia <mia@example.org>")
    raw = (
        b"From: Jonas Berg <jonas@example.net>\nTo: ana@fieldpractice.example\n"
        b"Subject: Look at this\nMessage-ID: <f1@example.net>\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="outer"\n\n--outer\nContent-Type: text/plain\n\n'
        b"Mia says she never got your letter, but this came back.\n--outer\n"
        b"Content-Type: message/rfc822\n\n" + inner + b"\n--outer--\n"
    )
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    assert reply.kind == "reply"
    assert "Mia says" in reply.text


# --- Greek under a Western label, or none -------------------------------------------------------

GREEK = "Καλησπέρα, θα ήθελα να κλείσω ένα ραντεβού για την Πέμπτη και να σας ρωτήσω για το κόστος."


@pytest.mark.parametrize("codec", ["iso8859_7", "cp1253"])
@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252", None])
def test_greek_under_a_western_label_or_none_reads_as_greek(codec: str, label: str | None) -> None:
    assert decode_bytes(GREEK.encode(codec), label) == GREEK


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Здравствуйте, я хотел бы узнать, что нужно для записи и как это сделать.", "cp1251"),
        ("Здравствуйте, я хотел бы узнать, что нужно для записи и как это сделать.", "koi8_r"),
        ("Grüße aus München, wir sehen uns am Freitag, ich freue mich sehr.", "latin-1"),
        ("Ça va très bien, à bientôt et merci pour la séance de mercredi.", "latin-1"),
    ],
)
def test_russian_and_western_text_under_a_western_label_stay_what_they_are(
    text: str, codec: str
) -> None:
    assert decode_bytes(text.encode(codec), "iso-8859-1") == text


# --- a signature card under a rule line -----------------------------------------------------------


def plain(body: str) -> str:
    return read(mime("text/plain", body.encode()))


def test_a_card_under_a_rule_of_dashes_is_a_signature() -> None:
    text = plain(
        "Please find the form attached.\n\nTom\n"
        "----------------------------------\nTom Brinck\nBellcore\n(201) 829-5238\n"
        "tom@bellcore.example\n"
    )
    assert "Please find the form attached." in text
    assert "829-5238" not in text


def test_a_boxed_card_under_a_rule_is_a_signature() -> None:
    text = plain(
        "Let me know how this goes on your end. -- Rhys.\n\n"
        "+   +=====================+=========================+\n"
        "+   || Rhys Weatherley     | The University of X,    ||\n"
        "+   || rhys@cs.example      | Australia. G'day!!      ||\n"
        "+   || \"I'm a FAQ nut - what's your problem?\"        ||\n"
        "+   +=====================+=========================+\n"
    )
    assert "Let me know how this goes" in text
    assert "FAQ nut" not in text


def test_the_clients_own_words_under_a_rule_stay() -> None:
    # A rule that sets off what the client goes on to write, and their new number, is theirs.
    text = plain(
        "Thank you for Thursday.\n\n----------------------------------\n"
        "I still cannot sleep and I need to talk to you soon.\nMy new number: +49 171 555 0101\n"
    )
    assert "I still cannot sleep" in text


def test_a_program_in_a_signature_is_no_sentence_of_the_clients() -> None:
    text = plain(
        "Das ist ein Test.\n-- \n"
        'sub i($){print$_[0]}*j=*ENV;sub w($){sleep$_[0]}sub _($){i"$p:$c> ",w+01\n'
        ",$_=$_[0],tr;i-za-h,;a-hi-z ;,i$_,w+01,i\"\\n\"}$|=1;$f='HO';\n"
    )
    assert text.strip() == "Das ist ein Test."


def test_upset_words_below_a_delimiter_stay_the_clients() -> None:
    text = plain("See you Thursday.\n--\nI...can't...do...this...anymore, I am not fine!!!\n")
    assert "I am not fine" in text


# --- a multipart's preamble, and packed bodies ---------------------------------------------------


def test_a_multipart_whose_parts_are_lost_is_no_preamble_text() -> None:
    raw = (
        b"From: Lena Vogt <lena@example.net>\nTo: ana@fieldpractice.example\nSubject: Form\n"
        b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="XYZ"\n\n'
        b"This is a multi-part message in MIME format.\n\n--XYZ--\n"
    )
    assert read(raw) == ""


def test_a_multipart_without_a_boundary_keeps_the_words_below_its_preamble() -> None:
    raw = (
        b"From: Lena Vogt <lena@example.net>\nTo: ana@fieldpractice.example\nSubject: Form\n"
        b"MIME-Version: 1.0\nContent-Type: multipart/mixed\n\n"
        b"This is a multi-part message in MIME format.\n\nThe form is signed, see you Friday.\n"
    )
    assert "The form is signed" in read(raw)


def test_a_body_packed_with_gzip_is_no_text() -> None:
    raw = mime("text/plain", b"H4sIAJ+A5jIAA0VPTWvDMAy9+1e8nbpCsS877bRS1vayXdJDDwURbJEEEqez\n")
    raw = raw.replace(
        b"MIME-Version: 1.0\n", b"MIME-Version: 1.0\nContent-Transfer-Encoding: x-gzip64\n"
    )
    assert read(raw) == ""


def test_a_misspelt_identity_encoding_is_read_as_it_is() -> None:
    raw = mime("text/plain", b"The meeting moves to Friday.\n")
    raw = raw.replace(
        b"MIME-Version: 1.0\n", b"MIME-Version: 1.0\nContent-Transfer-Encoding: plain\n"
    )
    assert "The meeting moves to Friday." in read(raw)


# --- Lotus Notes' quote header ------------------------------------------------------------------


def test_lotus_notes_quote_header_opens_the_history() -> None:
    text = plain(
        "Dear Ms Berg\n\nThe forms are attached.\n\n"
        "Ana Berg <ana@fieldpractice.example>\n17/04/08 15:57\n\nTo\n"
        "Office <office@example.org>\ncc\n\nSubject\nForms for Thursday\n\n"
        "Could you send the forms?\n"
    )
    assert "The forms are attached." in text
    assert "Could you send the forms?" not in text


def test_a_name_and_a_time_in_the_clients_words_are_no_notes_header() -> None:
    text = plain(
        "I spoke to Mia <mia@example.org>\n17/04/08 15:57 was the time.\n\n"
        "To be honest I am not sure it helped.\n"
    )
    assert "To be honest I am not sure it helped." in text


def test_a_gateways_virus_sweep_notice_is_no_text_of_the_senders() -> None:
    text = plain(
        "Thanks for your email, the form is attached.\n\n"
        "**********************************************************************\n"
        "This email has been swept for computer viruses.\n"
    )
    assert "the form is attached" in text
    assert "swept" not in text


def test_a_client_writing_that_their_mail_was_checked_keeps_it() -> None:
    text = plain("Hello,\n\nthis email was checked by my lawyer before I sent it.\n")
    assert "checked by my lawyer" in text


def test_chinese_in_gbk_with_no_label_reads_as_chinese() -> None:
    # 贵 is GBK's, not GB2312's: Windows writes GBK under either name, or none.
    text = "贵公司负责人您好：本公司在1997年成立，我们的服务是为了您的需要。"
    assert decode_bytes(text.encode("gbk"), None) == text
    assert decode_bytes(text.encode("gbk"), "iso-8859-1") == text
