"""Issue 13: the signature an HTML alternative marks is cut from its plain-text twin (Apple
Mail, Gmail, Thunderbird write it into the plain part with no "-- " line), with near misses
that keep their text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from carecall_mail.core.replies.html_signature import marked_signature, without_marked_signature
from carecall_mail.core.replies.parse import StaticReplyIndex, parse_reply

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
HEAD = (
    b"From: Maria <maria@example.org>\nTo: care@example.net\nSubject: Re: News\nMessage-ID: <m@x>\n"
)


def alternative(plain: str, html: str) -> bytes:
    return (
        HEAD
        + (
            'Content-Type: multipart/alternative; boundary="b"\n\n--b\n'
            "Content-Type: text/plain; charset=utf-8\n\n"
            f"{plain}\n--b\nContent-Type: text/html; charset=utf-8\n\n{html}\n--b--\n"
        ).encode()
    )


def text_of(raw: bytes) -> str:
    return parse_reply(raw, StaticReplyIndex(), received_at=NOW).text


SIGNED = {
    "apple mail": (
        '<div apple-content-edited="true"><div>Maria Keller</div><div>+41 79 123 45 67</div></div>'
    ),
    "gmail": (
        '<div class="gmail_signature" data-smartmail="gmail_signature">'
        "Maria Keller<br>+41 79 123 45 67</div>"
    ),
    "thunderbird": '<pre class="moz-signature" cols="72">Maria Keller\n+41 79 123 45 67</pre>',
    "outlook": '<div id="Signature"><p>Maria Keller</p><p>+41 79 123 45 67</p></div>',
}


@pytest.mark.parametrize("signature", SIGNED.values(), ids=SIGNED.keys())
def test_the_signature_the_html_marks_is_cut_from_the_plain_text(signature: str) -> None:
    plain = "The drops help, I sleep better.\n\n\n\nMaria Keller\n+41 79 123 45 67\n"
    html = f"<html><body>The drops help, I sleep better.<br><br>{signature}</body></html>"
    assert text_of(alternative(plain, html)) == "The drops help, I sleep better."


def test_a_signature_the_plain_part_words_otherwise_is_left_alone() -> None:
    # Near miss: the plain part ends with other words than the marked signature, so the
    # HTML cannot tell which of its lines are the signature: nothing is cut.
    plain = "The drops help, I sleep better.\n\nMaria\nZurich, December\n"
    html = (
        "<html><body>The drops help, I sleep better.<br>"
        '<div apple-content-edited="true">Maria Keller, naturopathy client</div></body></html>'
    )
    assert text_of(alternative(plain, html)) == plain.strip()


def test_the_signature_words_written_mid_text_stay() -> None:
    # Near miss: the sender's own words repeat the signature's, but not at the end.
    signature = ["Maria", "Keller"]
    text = "Maria Keller\nis my name, and I still have headaches."
    assert without_marked_signature(text, signature) == text


def test_a_mail_that_is_only_its_signature_keeps_it() -> None:
    assert without_marked_signature("Maria Keller", ["Maria", "Keller"]) == "Maria Keller"


def test_a_long_marked_element_is_no_signature_to_cut() -> None:
    # A program that wraps the whole message in its "signature" element: not trusted.
    words = " ".join(["word"] * 200)
    assert marked_signature(f'<div id="signature">{words}</div>') == []


def test_only_the_first_marked_element_counts() -> None:
    html = '<div id="signature">Maria <b>Keller</b></div><div class="gmail_signature">Other</div>'
    assert marked_signature(html) == ["Maria", "Keller"]
