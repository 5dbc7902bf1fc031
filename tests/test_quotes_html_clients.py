"""Issue 13 item 3: the quoted part and the footer of every common client's HTML are dropped."""

from __future__ import annotations

import pytest

from carecall_mail.quotes import new_text_from_html

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
