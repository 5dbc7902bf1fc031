"""Issue 13 item 2: a charset label that does not fit the bytes. East Asian text under a
Western label (a program's default charset over what it really wrote) and 7-bit ISO-2022-JP
under any one-byte label are read for what they are; Western text stays Western.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from carecall_mail.core.mimetext import decode_bytes
from carecall_mail.core.replies.parse import StaticReplyIndex, parse_reply

SIMPLIFIED = "谢谢您的来信。我星期四下午三点到。请问需要带什么吗？"
TRADITIONAL = "謝謝您的來信。我星期四下午三點到。請問需要帶什麼嗎？"
JAPANESE = "お世話になっております。木曜日の三時に伺います。"


@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252", None])
def test_gb2312_under_a_western_label_is_chinese(label: str | None) -> None:
    assert decode_bytes(SIMPLIFIED.encode("gb2312"), label) == SIMPLIFIED


@pytest.mark.parametrize("label", ["iso-8859-1", None])
def test_big5_under_a_western_label_is_chinese(label: str | None) -> None:
    assert decode_bytes(TRADITIONAL.encode("big5"), label) == TRADITIONAL


@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252", "utf-8", "us-ascii"])
def test_iso_2022_jp_under_a_one_byte_label_is_japanese(label: str) -> None:
    raw = ("Hello, " + JAPANESE).encode("iso-2022-jp")
    assert decode_bytes(raw, label) == "Hello, " + JAPANESE


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Near misses: Western text keeps its letters, a Cyrillic fix still happens, an
        # escape character alone is no Japanese.
        ("Grüße aus München, schöne Woche! Äpfel über Öl, Café, naïve.", "iso-8859-1"),
        ("Здравствуйте, спасибо за письмо. Я приду в четверг.", "iso-8859-1"),
        ("ESC \x1b[1m bold \x1b[0m from a terminal log", "us-ascii"),
        ("안녕하세요. 목요일 세 시에 가겠습니다.", "iso-8859-1"),
    ],
)
def test_other_text_is_not_taken_for_chinese_or_japanese(text: str, label: str) -> None:
    codec = {"З": "cp1251", "안": "euc-kr"}.get(text[0], "latin-1")
    assert decode_bytes(text.encode(codec), label) == text


# --- a plain part written in US-ASCII, its letters outside ASCII as "?" ---------------------

_NOW = datetime(2026, 10, 3, tzinfo=UTC)


def _alternative(plain: str, html: str) -> bytes:
    return (
        "From: Ana <ana@example.org>\r\nTo: care@example.org\r\nSubject: Re: Termin\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        f"{plain}\r\n"
        "--b\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{html}\r\n--b--\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("plain", "html", "want"),
    [
        ("?? Danke!", "<div>\U0001f604\U0001f603 Danke!</div>", "\U0001f604\U0001f603 Danke!"),
        (
            "Sp?ter geht es mir besser, sch?n.",
            "<p>Später geht es mir besser, schön.</p>",
            "Später geht es mir besser, schön.",
        ),
        ("? ????? ? ???????.", "<p>Я приду в четверг.</p>", "Я приду в четверг."),
    ],
)
def test_a_plain_part_downgraded_to_question_marks_is_read_from_its_html(
    plain: str, html: str, want: str
) -> None:
    reply = parse_reply(_alternative(plain, html), StaticReplyIndex(), received_at=_NOW)
    assert reply.text == want


def test_a_clients_own_question_marks_stay_in_the_plain_part() -> None:
    # The plain part says more than "?" for the HTML's letters: it is read as written.
    plain = "Wann kommen Sie?? Ich warte."
    html = "<p>Wann kommen Sie?? Ich warte. \U0001f642</p>"
    reply = parse_reply(_alternative(plain, html), StaticReplyIndex(), received_at=_NOW)
    assert reply.text == plain
