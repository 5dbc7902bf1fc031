"""Issue 13: what the markup says is quoted or a signature, read so in the plain text too.

- An HTML alternative that holds nothing of the sender's outside its quote (Gmail's forward
  with a note typed into its header, a quote-only reply) marks its plain twin's same words,
  written there with no quoting at all, as quoted too.
- A text/richtext <signature> (RFC 1341 §7.1.3) is the sender's signature, cut as a "-- " one.
"""

from __future__ import annotations

from datetime import UTC, datetime

from carecall_mail.core.replies.html_quoted import quotes_all_of
from carecall_mail.core.replies.parse import StaticReplyIndex, parse_reply

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
HEAD = (
    "From: Maria Keller <maria@example.org>\nTo: care@example.net\nSubject: Fwd: Winter news\n"
    "Message-ID: <m1@example.org>\nDate: Tue, 1 Dec 2026 08:00:00 +0100\nMIME-Version: 1.0\n"
)
DIGEST = (
    "Winter news from the garden centre\nTop offers for you\n\nTulip bulbs are half price "
    "this week, and the greenhouse heaters are back in stock.\n"
)
DIGEST_HTML = (
    "<div><h1>Winter news from the garden centre</h1><p>Top offers for you</p><p>Tulip bulbs "
    "are half price this week, and the greenhouse heaters are back in stock.</p></div>"
)


def alternative(plain: str, html: str) -> bytes:
    return (
        HEAD + 'Content-Type: multipart/alternative; boundary="b"\n\n--b\n'
        "Content-Type: text/plain; charset=utf-8\n\n"
        f"{plain}\n--b\nContent-Type: text/html; charset=utf-8\n\n{html}\n--b--\n"
    ).encode()


def text_of(raw: bytes) -> str:
    return parse_reply(raw, StaticReplyIndex(), received_at=NOW).text


def test_a_plain_twin_of_an_html_that_quotes_everything_is_quoted_too() -> None:
    # Gmail's forward whose header line the sender typed a note over: the HTML puts it all in
    # div.gmail_quote (the note in gmail_attr), the plain part writes the forwarded mail
    # with no quoting and leaves the note out.
    html = (
        '<div dir="ltr"><div class="gmail_quote"><div class="gmail_attr">Look at this one, '
        f"Ana.</div><br>{DIGEST_HTML}</div></div>"
    )
    assert text_of(alternative(DIGEST, html)) == ""


def test_a_reply_above_the_quote_keeps_its_text() -> None:
    # Near miss: the person wrote above Gmail's quote; the plain twin quotes nothing either.
    html = (
        '<div dir="ltr">The heaters would help my mother.</div><div class="gmail_quote"><div '
        f'class="gmail_attr">On Mon, Shop wrote:</div><blockquote class="gmail_quote">'
        f"{DIGEST_HTML}</blockquote></div>"
    )
    plain = f"The heaters would help my mother.\n\n{DIGEST}"
    assert "The heaters would help my mother." in text_of(alternative(plain, html))


def test_a_gmail_wrapper_that_cites_nothing_keeps_the_plain_text() -> None:
    # Near miss: a person's own words left inside div.gmail_quote (a forward whose header
    # they deleted): no blockquote, no attribution, nothing says it cites a mail.
    own = "When sending mail from the phone the signature is lost, and the photos too."
    html = f'<div class="gmail_quote"><div class="gmail_quote"><div>{own}</div></div></div>'
    assert text_of(alternative(own + "\n", html)) == own


def test_a_quote_with_other_words_than_the_plain_text_keeps_it() -> None:
    # Near miss: the plain part says what the HTML does not quote.
    html = f'<blockquote type="cite">{DIGEST_HTML}</blockquote>'
    plain = "My mother fell last night and cannot get up from her chair without help.\n"
    assert not quotes_all_of(html, plain)
    assert "My mother fell last night" in text_of(alternative(plain, html))


def test_a_signature_outside_the_quote_keeps_the_plain_text() -> None:
    html = f'<div class="gmail_signature">Maria</div><blockquote type="cite">{DIGEST_HTML}'
    html += "</blockquote>"
    assert not quotes_all_of(html, DIGEST)


RICH_HEAD = (
    b"From: Taso <taso@example.org>\nTo: care@example.net\nSubject: fonts\nMIME-Version: 1.0\n"
    b"Content-Type: text/richtext\n\n"
)


def test_a_richtext_signature_is_cut_as_a_signature() -> None:
    body = (
        b"hi ana,<nl><nl>the fonts work now, i can write greek.<nl><nl>"
        b"<signature>Taso Devetzis\nRoom 2P-357, Morristown\nPhone: +1 201 829 4764\n</signature>"
    )
    text = text_of(RICH_HEAD + body)
    assert "the fonts work now, i can write greek." in text
    assert "2P-357" not in text


def test_richtext_without_a_signature_keeps_its_last_lines() -> None:
    # Near miss: the same closing lines with no <signature> around them, and a literal
    # "<<signature>" (richtext's "<"), are the sender's text.
    body = b"hi ana,<nl><nl>write to me at <<signature> please.<nl>Room 2P-357 is mine now.<nl>"
    text = text_of(RICH_HEAD + body)
    assert "write to me at <signature> please." in text
    assert "Room 2P-357 is mine now." in text


def test_answers_below_a_quote_inside_gmails_wrapper_are_the_senders() -> None:
    # Near miss: a person who answers below the quote, inside div.gmail_quote: the words
    # below its blockquote are theirs, so the HTML does not quote everything.
    answer = "The heaters would help my mother, she is cold at night."
    html = (
        '<div dir="ltr"><br></div><div class="gmail_quote"><div class="gmail_attr">On Mon, '
        f'Shop wrote:</div><blockquote class="gmail_quote">{DIGEST_HTML}</blockquote><div>'
        f"{answer}</div></div>"
    )
    assert not quotes_all_of(html, answer)
    plain = f"On Mon, Shop wrote:\n\n> Top offers for you\n\n{answer}\n"
    assert answer in text_of(alternative(plain, html))
