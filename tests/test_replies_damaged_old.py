"""Issue 13: damaged MIME of old and odd mail programs, read for what it says."""

from __future__ import annotations

from datetime import UTC, datetime

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


def test_a_plain_part_with_tags_in_it_keeps_them() -> None:
    # Only richtext and enriched are read so: a plain text that shows "<bold>" keeps it.
    assert "<bold>" in read(mime("text/plain", b"Use <bold> to make it stand out.\n"))
