"""Issue 13 item 3: the quoted part and the footer of every common client's HTML are dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from carecall_mail.core.replies.quotes import html_to_text, new_text_from_html

NEW = "I am fine."
LAYOUTS = {
    "gmail": "<div dir=ltr>I am fine.</div><div class=gmail_quote><div class=gmail_attr>"
    "On Mon, Ana wrote:<br></div><blockquote class=gmail_quote>How are you?</blockquote></div>",
    "gmail elided": "<div>I am fine.</div><div class=adM></div><span class=im>How are you?</span>",
    "gmail signature": "<div>I am fine.</div>-- <br><div class=gmail_signature>Maria</div>",
    "outlook desktop": "<div class=WordSection1><p class=MsoNormal>I am fine.</p></div>"
    "<div id=divRplyFwdMsg><b>From:</b> Ana<br><b>Sent:</b> Monday</div><div>How are you?</div>",
    "exchange owa": "<div>I am fine.</div><div id=messageReplySection>From: Ana<br>How are you?"
    "</div><div>How are you?</div>",
    "owa reference": "<div>I am fine.</div><div id=mail-editor-reference-message-container>"
    "<div>From: Ana</div>How are you?</div>",
    "outlook german block": "<p>I am fine.</p><p><b>Von:</b> Ana Field<br><b>Gesendet:</b> "
    "Montag<br><b>An:</b> Maria<br><b>Betreff:</b> Wie geht es?</p><p>How are you?</p>",
    "outlook french block": "<p>I am fine.</p><p><b>De :</b> Ana Field<br><b>Envoyé :</b> lundi"
    "<br><b>À :</b> Maria<br><b>Objet :</b> Nouvelles</p><p>How are you?</p>",
    "apple mail": "<div>I am fine.</div><div><br><blockquote type=cite><div>On 2 Nov, Ana wrote:"
    "</div>How are you?</blockquote></div>",
    "yahoo": "<div>I am fine.</div><div id=ydp4711yahoo_quoted_123 class=ydp4711yahoo_quoted>"
    "<div>On Monday, Ana wrote:</div>How are you?</div>",
    "thunderbird": "<p>I am fine.</p><div class=moz-cite-prefix>On 02.11.26 Ana wrote:<br></div>"
    "<blockquote type=cite>How are you?</blockquote><div class=moz-signature>-- <br>Maria</div>",
    "proton": "<div>I am fine.</div><div class=protonmail_signature_block><div>Sent with Proton "
    "Mail secure email.</div></div><div class=protonmail_quote>--- Original ---<br>"
    "How are you?</div>",
    "proton android": "<div>I am fine.</div><div><br></div><div>Sent from Proton Mail for Android"
    "</div>",
    "tutanota": "<div>I am fine.</div><div>--<br>Sent with Tutanota, the secure &amp; ad-free "
    "mailbox.</div><blockquote class=tutanota_quote>How are you?</blockquote>",
    "zoho": "<div>I am fine.</div><div id=Zm-_Id_-Sgn>Maria</div><div class=zmail_extra><div>"
    "---- On Mon, 02 Nov 2026 Ana wrote ----</div>How are you?</div>",
    "iphone": "<div>I am fine.</div><div><br></div><div>Sent from my iPhone</div>",
    "samsung": "<div>I am fine.</div><div>Sent from my Galaxy</div>",
    "outlook mobile": "<div>I am fine.</div><div id=ms-outlook-mobile-signature>Get Outlook for "
    "Android</div>",
}


@pytest.mark.parametrize("html", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_each_clients_quote_and_footer_are_dropped(html: str) -> None:
    assert new_text_from_html(html) == NEW


def test_a_client_sentence_about_outlook_is_kept() -> None:
    html = "<div>I am fine.</div><div>Sent from my desk, which is easier than my phone.</div>"
    assert "Sent from my desk" in new_text_from_html(html)


HTML_CORPUS = sorted(
    (Path(__file__).parent / "data" / "corpora").glob("**/*.html"), key=lambda p: p.name
)


@pytest.mark.parametrize(
    "html",
    [*LAYOUTS.values(), *(p.read_text(encoding="utf-8", errors="replace") for p in HTML_CORPUS)],
)
def test_a_large_body_reads_as_the_same_text(html: str) -> None:
    # Past a size, inline tags are stripped before parsing (issue 12 item 5: 60,000 <a>
    # tags); padding in a comment crosses that size and must change nothing.
    padded = html + "<!--" + "x" * 60_000 + "-->"
    assert html_to_text(padded) == html_to_text(html)


def test_a_flood_of_inline_tags_keeps_what_follows_it() -> None:
    flood = "<p>I am fine <span class=im>old</span></p>" + "<a href=x>" * 60_000 + "<b>ok</b>"
    assert html_to_text(flood + "<div class=gmail_quote>old</div>") == "I am fine\n\nok"
