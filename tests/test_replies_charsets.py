"""Issue 13 item 2: a charset label that does not fit the bytes. East Asian text under a
Western label (a program's default charset over what it really wrote) and 7-bit ISO-2022-JP
under any one-byte label are read for what they are; Western text stays Western.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.mimetext import decode_bytes

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
