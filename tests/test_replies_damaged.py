"""Issue 13 item 2: damaged MIME is read for what it says, in bounded time."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest

from carecall_mail.core.mimetext import decode_bytes, undeclared_base64, undecoded_qp
from carecall_mail.core.replies.parse import StaticReplyIndex, parse_reply
from carecall_mail.core.replies.quotes import new_text

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
HEAD = b"From: Maria <maria@example.org>\nSubject: Re: How are you?\nMessage-ID: <m@x>\n"


def text_of(raw: bytes) -> str:
    return parse_reply(raw, StaticReplyIndex(), received_at=NOW).text


def test_a_multipart_without_a_boundary_is_read_as_text() -> None:
    raw = HEAD + b"Content-Type: multipart/mixed\n\nI feel much better now, thank you.\n"
    assert text_of(raw) == "I feel much better now, thank you."


PARTS = (
    b"--000abc\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: "
    b"quoted-printable\n\nMir geht es viel besser, sch=C3=B6n.\n\n"
    b"--000abc\nContent-Type: text/html; charset=utf-8\n\n<div>Mir geht es besser</div>\n"
    b"--000abc--\n"
)


@pytest.mark.parametrize(
    "content_type",
    [b"multipart/alternative", b'multipart/alternative; boundary="other"'],
    ids=["no boundary", "wrong boundary"],
)
def test_a_multipart_whose_boundary_is_missing_or_wrong_is_read_by_its_parts(
    content_type: bytes,
) -> None:
    # The body's own "--000abc" lines and part headers say where the parts are.
    raw = HEAD + b"MIME-Version: 1.0\nContent-Type: " + content_type + b"\n\n" + PARTS
    assert text_of(raw) == "Mir geht es viel besser, schön."


def test_a_boundaryless_multipart_with_dashes_but_no_parts_is_text() -> None:
    body = b"--Maria\nI feel much better now.\n"
    assert text_of(HEAD + b"Content-Type: multipart/mixed\n\n" + body) == (
        "--Maria\nI feel much better now."
    )


def test_html_labelled_text_plain_is_read_as_html() -> None:
    html = b"<html><body><p>I feel better.</p><div class=gmail_quote>How are you?</div></body>"
    assert text_of(HEAD + b"Content-Type: text/plain\n\n" + html + b"</html>\n") == (
        "I feel better."
    )
    # A client who writes about a tag is no HTML document.
    text = b"The <html> tag in your page is broken.\n"
    assert text_of(HEAD + b"\n" + text) == "The <html> tag in your page is broken."


def test_a_charset_label_that_does_not_fit_falls_back_to_what_decodes() -> None:
    body = "我今天感覺好多了。".encode()
    raw = HEAD + b"Content-Type: text/plain; charset=big5\nContent-Transfer-Encoding: 8bit\n\n"
    assert text_of(raw + body + b"\n") == "我今天感覺好多了。"
    # Bytes that really are Big5 still read as Big5, Latin-1 as Latin-1.
    assert decode_bytes("感覺".encode("big5"), "big5") == "感覺"
    assert decode_bytes("Grüße".encode("latin-1"), "iso-8859-1") == "Grüße"


def test_an_html_only_message_keeps_its_paragraphs() -> None:
    html = (
        b"<html><body><p>First paragraph.</p><p>Second paragraph.</p>"
        b"<div>Third</div><div><br></div><div>Fourth</div></body></html>"
    )
    raw = HEAD + b"Content-Type: text/html; charset=utf-8\n\n" + html
    assert text_of(raw) == "First paragraph.\n\nSecond paragraph.\n\nThird\n\nFourth"


@pytest.mark.parametrize(
    "body",
    [
        b"-- \nMaria Keller\nTeacher\n",
        b"Sent from my iPhone\n",
        b"\n\nVon meinem iPhone gesendet\n",
    ],
)
def test_a_message_with_only_a_signature_records_an_empty_text(body: bytes) -> None:
    assert text_of(HEAD + b"\n" + body) == ""


def test_a_lone_dash_line_is_no_text_of_its_own() -> None:
    # The "--" of a signature left empty, alone or over the quote (GitLab's
    # no_content_with_quote): nothing typed. A dash beside words stays.
    assert text_of(HEAD + b"\n--\n") == ""
    assert text_of(HEAD + b"\n--\n> quote line 1\n> quote line 2\n") == ""
    assert text_of(HEAD + b"\n-- yes --\n") == "-- yes --"


HOSTILE = {
    "short lines": HEAD + b"\n" + b"ok\n" * 3_300_000,
    "quote lines": HEAD + b"\n" + b"> wrote:\n" * 1_100_000,
    "html divs": HEAD + b"Content-Type: text/html\n\n" + b"<div>" * 2_000_000,
    "blockquotes": HEAD + b"Content-Type: text/html\n\n" + b"<blockquote type=cite>x" * 450_000,
    "no boundary": HEAD + b"Content-Type: multipart/mixed\n\n" + b"text line\n" * 1_000_000,
    "dashes": HEAD + b"\n" + b"-" * 10_000_000,
    "list footer rule": HEAD + b"\n" + b"_" * 10_000_000,
    # Issue 13's readers of armor, uuencode, undeclared quoted-printable and base64.
    "armor lines": HEAD + b"\n" + b"-----BEGIN PGP MESSAGE-----\n" * 360_000,
    "uuencode begins": HEAD + b"\n" + b"begin 644 x\nM4E5,15-%\n" * 420_000,
    "soft breaks": HEAD + b"\n" + b"a=C3=A9=\n" * 1_100_000,
    "base64 lines": HEAD + b"\n" + b"QUFB" * 19 + b"\n" + b"QUFB" * 19 * 130_000 + b"\n",
}


@pytest.mark.parametrize("raw", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_10_mb_message_is_read_as_the_reply_it_is(raw: bytes) -> None:
    # How long each shape takes is a figure of `python bench/parse_bounds.py` (a
    # wall-clock bound here failed on a loaded machine and proved nothing when idle);
    # the test timeout only stops a parse that never ends.
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    assert (reply.message_id, reply.from_addr) == ("m@x", "maria@example.org")
    assert reply.subject == "Re: How are you?"


# Quoted-printable that the part does not declare (mail-parser-reply's begins_with_signature):
# soft breaks split the attribution ("w=\nrote:"), so the history below it was kept.
UNDECLARED_QP = (
    b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
    b"Danke, Montag passt mir sehr gut. Bis dann, sch=C3=B6ne Gr=C3=BC=C3=9Fe an das =\n"
    b"ganze Team.\n\n"
    b"On Mon, Jun 3, 2024 at 12:53=E2=80=AFAM Ana Field <ana@fieldpractice.example> w=\n"
    b"rote:\n\n> Shall we meet on Monday?\n"
)


def test_quoted_printable_the_part_does_not_declare_is_decoded() -> None:
    assert text_of(HEAD + UNDECLARED_QP) == (
        "Danke, Montag passt mir sehr gut. Bis dann, schöne Grüße an das ganze Team."
    )
    assert new_text(UNDECLARED_QP.split(b"\n\n", 1)[1].decode()).startswith("Danke, Montag")


@pytest.mark.parametrize(
    "text",
    [
        "1 + 1 =\n2, and 2 + 2 =\n4, my son says.",  # an "=" of the client's at the line ends
        "Price=\nlow, quality=\nhigh, a=b.",  # soft breaks, but an "=" that is no escape
        "Only one soft=\nbreak and =C3=A9.",
    ],
)
def test_text_with_equals_signs_is_not_taken_for_quoted_printable(text: str) -> None:
    assert undecoded_qp(text) == text


JAPANESE = "お元気ですか。元気です。"


@pytest.mark.parametrize("label", [b"", b"; charset=us-ascii"], ids=["none", "us-ascii"])
def test_unlabelled_iso_2022_jp_is_read_as_japanese(label: bytes) -> None:
    # 7-bit Japanese (RFC 1468) without its label decodes as ASCII "$B..." runs.
    raw = HEAD + b"Content-Type: text/plain" + label + b"\n\n" + JAPANESE.encode("iso-2022-jp")
    assert text_of(raw + b"\n") == JAPANESE


@pytest.mark.parametrize(
    ("meta", "codec"),
    [
        ("<meta http-equiv='Content-Type' content='text/html; charset=shift_jis'>", "shift_jis"),
        ('<meta charset="euc-kr">', "euc-kr"),
    ],
)
def test_an_html_parts_meta_charset_counts_where_the_part_has_none(meta: str, codec: str) -> None:
    words = "元気です。" if codec == "shift_jis" else "잘 지내요."
    html = f"<html><head>{meta}</head><body><p>{words}</p></body></html>".encode(codec)
    assert text_of(HEAD + b"Content-Type: text/html\n\n" + html) == words
    # A label on the part itself wins over the document's own.
    utf8 = f"<html><head>{meta}</head><body><p>Grüße</p></body></html>".encode()
    assert text_of(HEAD + b"Content-Type: text/html; charset=utf-8\n\n" + utf8) == "Grüße"


def test_base64_the_part_does_not_declare_is_decoded() -> None:
    text = "Mir geht es viel besser, danke für Ihre Nachricht. Bis Montag!\n\nMaria\n"
    raw = HEAD + b"Content-Type: text/plain; charset=utf-8\n\n" + base64.encodebytes(text.encode())
    assert text_of(raw) == "Mir geht es viel besser, danke für Ihre Nachricht. Bis Montag!\n\nMaria"


@pytest.mark.parametrize("junk", ["!!!!", "\x1a", " #*~ ", "€€"])
def test_base64_with_stray_characters_is_decoded_without_them(junk: str) -> None:
    # RFC 2045 §6.8: characters outside the base64 alphabet are to be ignored.
    text = "Solicitação recebida, ainda deve continuar amanhã."
    encoded = base64.b64encode(text.encode()).decode()
    body = (encoded[:40] + junk + encoded[40:] + junk + "\n").encode()
    head = HEAD + b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    assert text_of(head + body) == text
    # Near miss: plain words labelled base64, with as many stray marks, stay as written.
    plain = "Hello! I can't come on Monday?! Sorry, see you Friday: 10:30, ok?\n"
    assert text_of(head + plain.encode()) == plain.strip()


@pytest.mark.parametrize(
    "text",
    [
        "Okay",
        "ThisIsAVeryLongWordWithoutAnySpacesAtAllReallyTruly",
        base64.b64encode(b"\x00\x01\x02" * 20).decode(),  # bytes, not a text
        base64.b64encode(b"averyveryverylongwordwithoutspacesatallxx").decode(),  # one word
    ],
)
def test_text_that_only_looks_like_base64_is_left_alone(text: str) -> None:
    assert undeclared_base64(text) == text


RUSSIAN = "Привет, мне уже намного лучше, спасибо за письмо."


@pytest.mark.parametrize(
    ("codec", "label"),
    [("cp1251", "iso-8859-1"), ("cp1251", "koi8-r"), ("koi8-r", "windows-1251"), ("cp1251", "")],
)
def test_one_byte_cyrillic_under_the_wrong_label_is_read_as_russian(codec: str, label: str) -> None:
    assert decode_bytes(RUSSIAN.encode(codec), label or None) == RUSSIAN
    assert decode_bytes(RUSSIAN.encode(codec), codec) == RUSSIAN


@pytest.mark.parametrize(
    "western", ["Grüße aus München, ça va très bien, merci.", "Größe: Änderungen für Übermorgen"]
)
def test_western_text_stays_western(western: str) -> None:
    for label in ("iso-8859-1", "windows-1252", None):
        assert decode_bytes(western.encode("cp1252"), label) == western


@pytest.mark.parametrize("codec", ["shift_jis", "euc_jp", "iso-2022-jp"])
@pytest.mark.parametrize("label", ["iso-2022-jp", "shift_jis", "euc-jp"])
def test_japanese_under_a_sibling_label_is_read_as_japanese(codec: str, label: str) -> None:
    text = "お元気ですか。元気です。ありがとうございます。"
    assert decode_bytes(text.encode(codec), label) == text


def test_half_width_katakana_that_is_meant_stays() -> None:
    assert decode_bytes("ｶﾀｶﾅ".encode("shift_jis"), "shift_jis") == "ｶﾀｶﾅ"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("안녕하세요, 이제 훨씬 나아졌어요. 감사합니다.", "euc-kr"),
        ("お元気ですか。元気です。ありがとうございます。", "shift_jis"),
        ("お元気ですか。元気です。ありがとうございます。", "euc_jp"),
    ],
)
@pytest.mark.parametrize("label", ["iso-8859-1", None])
def test_korean_and_japanese_under_a_western_label_or_none(
    text: str, codec: str, label: str | None
) -> None:
    assert decode_bytes(text.encode(codec), label) == text


def alternative(plain: str) -> bytes:
    return (
        HEAD
        + (
            "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=b\n\n"
            f"--b\nContent-Type: text/plain; charset=utf-8\n\n{plain}\n"
            "--b\nContent-Type: text/html; charset=utf-8\n\n<p>I feel much better, thank you.</p>\n"
            "--b--\n"
        ).encode()
    )


@pytest.mark.parametrize(
    "stub",
    [
        "This is an HTML message. Please use an HTML capable mail program to read it.",
        "Your email client does not support HTML messages.",
        "Diese Nachricht ist im HTML-Format. Ihr E-Mail-Programm unterstützt kein HTML.",
    ],
)
def test_a_text_part_that_only_points_to_the_html_gives_way_to_it(stub: str) -> None:
    assert text_of(alternative(stub)) == "I feel much better, thank you."


def test_a_text_part_about_html_written_by_a_person_is_kept() -> None:
    plain = "I feel better. My son says your mail is HTML, is this an HTML message?"
    assert text_of(alternative(plain)) == plain


SPLIT_AROUND_A_PICTURE = (
    HEAD
    + b"""MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=b

--b
Content-Type: text/plain; charset=utf-8

Here is the rash today:

--b
Content-Type: image/jpeg; name=IMG_1.jpg
Content-Disposition: inline; filename=IMG_1.jpg
Content-Transfer-Encoding: base64

/9j/4AAQ
--b
Content-Type: text/plain; charset=utf-8

It is much better than last week.

On Mon, Ana <ana@fieldpractice.example> wrote:
> How are you?
--b
Content-Type: text/plain; name=notes.txt
Content-Disposition: attachment; filename=notes.txt

my private notes
--b--
"""
)


def test_a_text_split_around_an_inline_picture_is_read_whole() -> None:
    # Apple Mail's text, picture, text; an attached text file is no part of it.
    assert text_of(SPLIT_AROUND_A_PICTURE) == (
        "Here is the rash today:\n\nIt is much better than last week."
    )
    # The alternatives of one text are never joined.
    alternative = SPLIT_AROUND_A_PICTURE.replace(b"multipart/mixed", b"multipart/alternative")
    assert text_of(alternative) == "Here is the rash today:"


def der(tag: int, content: bytes) -> bytes:
    size = len(content)
    length = bytes([size]) if size < 0x80 else bytes([0x82]) + size.to_bytes(2, "big")
    return bytes([tag]) + length + content


def ber(tag: int, *children: bytes) -> bytes:
    return bytes([tag, 0x80]) + b"".join(children) + b"\0\0"  # indefinite length (streamed)


SIGNED_DATA = bytes.fromhex("2a864886f70d010702")
DATA = bytes.fromhex("2a864886f70d010701")
ENVELOPED = bytes.fromhex("2a864886f70d010703")
INNER = b"Content-Type: text/plain; charset=utf-8\r\n\r\nIch f\xc3\xbchle mich besser.\r\n"


def opaque(body: bytes) -> bytes:
    return HEAD + (
        b"MIME-Version: 1.0\nContent-Type: application/pkcs7-mime; smime-type=signed-data; "
        b'name="smime.p7m"\nContent-Disposition: attachment; filename="smime.p7m"\n'
        b"Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(body)
    )


def test_an_opaque_signed_smime_mail_is_read_inside() -> None:
    # RFC 8551 §3.5.2: the mail inside a CMS SignedData, as openssl writes it (DER) and as it
    # streams it (BER, indefinite lengths, the content in chunks).
    signed = der(
        0x30,
        der(0x02, b"\x01")
        + der(0x31, b"")
        + der(0x30, der(0x06, DATA) + der(0xA0, der(0x04, INNER)))
        + der(0x31, b""),
    )
    definite = der(0x30, der(0x06, SIGNED_DATA) + der(0xA0, signed))
    streamed = ber(
        0x30,
        der(0x06, SIGNED_DATA),
        ber(
            0xA0,
            ber(
                0x30,
                der(0x02, b"\x01"),
                der(0x31, b""),
                ber(
                    0x30,
                    der(0x06, DATA),
                    ber(0xA0, ber(0x24, der(0x04, INNER[:20]), der(0x04, INNER[20:]))),
                ),
                der(0x31, b""),
            ),
        ),
    )
    for body in (definite, streamed):
        assert text_of(opaque(body)) == "Ich fühle mich besser."


def test_an_encrypted_or_broken_smime_body_has_no_text() -> None:
    encrypted = der(0x30, der(0x06, ENVELOPED) + der(0xA0, der(0x30, der(0x02, b"\x00"))))
    for body in (encrypted, b"\x30\x84\xff\xff\xff\xff", b"\x30\x80" * 5000):
        reply = parse_reply(opaque(body), StaticReplyIndex(), received_at=NOW)
        assert (reply.kind, reply.text) == ("reply", "")


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("x-sjis", "shift_jis"),
        ("windows-31j", "shift_jis"),
        ("x-euc-jp", "euc_jp"),
        ("win-1251", "cp1251"),
        ("cp-1252", "cp1252"),
        ("x-mac-roman", "mac_roman"),
        ("macintosh", "mac_roman"),
        ("latin-9", "iso8859_15"),
        # Windows' own bytes under the labels programs give them: cp1252's quotes and euro sign
        # as "iso-8859-1", GBK's characters beyond GB2312 as "gb2312", Korean as
        # "ks_c_5601-1987" (cp949), UTF-16 as Microsoft's "unicode".
        ("iso-8859-1", "cp1252"),
        ("gb2312", "gbk"),
        ("ks_c_5601-1987", "cp949"),
        ("unicode", "utf-16"),
        ("utf8", "utf-8"),
        ("UTF_8", "utf-8"),
        ("unicode-1-1-utf-7", "utf-7"),
    ],
)
def test_charset_labels_spelled_the_way_programs_write_them(label: str, codec: str) -> None:
    texts = {
        "shift_jis": "元気です。ありがとう。",
        "euc_jp": "元気です。ありがとう。",
        "cp1251": "Привет, мне уже лучше, спасибо",
        "iso8859_15": "Die Sitzung kostet 40 €, danke",  # € is 0xA4 only in Latin-9
        "cp1252": "„Danke“ – mir geht’s gut, 40 €",
        "gbk": "我很好，谢谢。镕",  # 镕 is GBK's, not GB2312's
        "cp949": "저는 괜찮아요. 똠방각하",  # 똠 is cp949's, not EUC-KR's
        "utf-16": "Grüße, mir geht es gut",
        "utf-7": "Schön, 你好",
    }
    text = texts.get(codec, "Grüße, mir geht es gut")
    raw = HEAD + f"Content-Type: text/plain; charset={label}\n\n".encode() + text.encode(codec)
    assert text_of(raw + b"\n") == text


def test_a_folded_address_that_lost_its_indentation_is_no_text() -> None:
    # "Cc: D <d@" over "example.com>": the parser ends the headers there, and the rest of the
    # address would be the first line of the body.
    raw = (
        HEAD + b"Cc: C <c@example.com>, D <d@\nexample.com>\n\nI feel much better now, thank you.\n"
    )
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    assert reply.text == "I feel much better now, thank you."
    assert "d@example.com" in reply.to_addrs


def test_a_body_right_below_complete_headers_is_kept() -> None:
    # No empty line after the headers, but no field left open: the line is the client's.
    raw = HEAD + b"Cc: C <c@example.com>\nI feel much better now.\n\nThanks\n"
    assert text_of(raw) == "I feel much better now.\n\nThanks"


def test_utf8_with_a_stray_byte_is_read_as_utf8() -> None:
    # Redmine's invalid_utf8: "Здравствуйте" and one byte that is no UTF-8.
    data = "Здравствуйте, мне лучше".encode() + b"\xaa"
    assert decode_bytes(data, "utf-8").startswith("Здравствуйте, мне лучше")
    assert decode_bytes(data, None).startswith("Здравствуйте, мне лучше")
    raw = HEAD + b"Content-Type: text/plain; charset=utf-8\n\n" + data + b"\n"
    assert text_of(raw).startswith("Здравствуйте, мне лучше")


def test_one_byte_charset_text_is_not_taken_for_damaged_utf8() -> None:
    # cp1252 without a label: its accented letters are no UTF-8 sequences at all.
    data = "Café crème, à bientôt, ça va mieux".encode("cp1252")
    assert decode_bytes(data, None) == "Café crème, à bientôt, ça va mieux"
    assert decode_bytes(data, "utf-8") == "Café crème, à bientôt, ça va mieux"


def test_a_second_content_type_saying_html_over_an_html_body_is_believed() -> None:
    head = HEAD + b"Content-Type: text/plain; charset=utf-8\nContent-Type: text/html\n\n"
    assert text_of(head + b"<p>I am fine.</p><div class=gmail_quote>How are you?</div>\n") == (
        "I am fine."
    )
    # Plain words with an angle bracket in them stay plain, whichever field comes first.
    assert text_of(head + b"I am <fine> really, 3 < 4.\n") == "I am <fine> really, 3 < 4."
    other = HEAD + b"Content-Type: text/html\nContent-Type: text/plain\n\n"
    assert text_of(other + b"<p>I am fine.</p>\n") == "I am fine."
