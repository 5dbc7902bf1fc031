"""Issue 13 item 3: the quoted part and the footer of every common client's HTML are dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from carecall_mail.core.replies.quotes import html_to_text, new_text, new_text_from_html

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


# The same clients with their markup as they write it (attributes, wrappers, signatures and
# mobile footers), from the public samples and the clients' own HTML (issue 13 item 3).
FULL_MARKUP = {
    "gmail quote container": '<div dir="ltr">I am fine.</div><br><div class="gmail_quote '
    'gmail_quote_container"><div dir="ltr" class="gmail_attr">On Mon, 2 Nov 2026 at 10:00, Ana '
    'Field &lt;<a href="mailto:ana@x.example">ana@x.example</a>&gt; wrote:<br></div><blockquote '
    'class="gmail_quote" style="margin:0px 0px 0px 0.8ex">How are you?</blockquote></div>',
    "gmail extra": '<div dir="ltr">I am fine.</div><div class="gmail_extra"><br><div class='
    '"gmail_quote">On Mon, Ana wrote:<blockquote class="gmail_quote">How are you?</blockquote>'
    "</div></div>",
    "outlook web hr": '<div><p>I am fine.</p></div><div id="appendonsend"></div><hr style='
    '"display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font '
    'face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> Ana Field &lt;ana@x.example'
    "&gt;<br><b>Sent:</b> Monday, November 2, 2026 10:00 AM<br><b>To:</b> Maria<br><b>Subject:"
    "</b> How are you?</font><div>&nbsp;</div></div><div>How are you?</div>",
    "outlook desktop word": '<div class="WordSection1"><p class="MsoNormal">I am fine.<o:p>'
    '</o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><div><div style="border:none;'
    'border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b><span '
    'lang="EN-US">From:</span></b><span lang="EN-US"> Ana Field &lt;ana@x.example&gt;<br><b>'
    "Sent:</b> Monday, November 2, 2026 10:00<br><b>To:</b> Maria<br><b>Subject:</b> How are "
    'you?</span></p></div></div><p class="MsoNormal">How are you?</p></div>',
    "owa x_ prefixed": '<div>I am fine.</div><div id="x_messageReplySection" class='
    '"x_messageReplySection">From: Ana<br>How are you?</div>',
    "outlook ios": '<div dir="ltr">I am fine.</div><div dir="ltr"><br></div><div id="ms-outlook-'
    'mobile-signature" dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>'
    '<div id="mail-editor-reference-message-container"><hr><div id="divRplyFwdMsg" dir="ltr">'
    "<b>From:</b> Ana<br><b>Sent:</b> Monday, November 2, 2026 10:00:00 AM<br><b>To:</b> "
    "Maria<br><b>Subject:</b> How are you?</div><div>How are you?</div></div>",
    "apple ipad": '<html><body dir="auto"><div dir="ltr">I am fine.</div><div dir="ltr"><br>'
    '<div dir="ltr">Sent from my iPad</div><div dir="ltr"><br><blockquote type="cite">On 2. '
    "Nov 2026, at 10:00, Ana Field &lt;ana@x.example&gt; wrote:<br><br></blockquote></div>"
    '<blockquote type="cite"><div dir="ltr">How are you?</div></blockquote></div></body></html>',
    "apple mac": '<html><body style="overflow-wrap: break-word;">I am fine.<br id="lineBreak'
    'AtBeginningOfMessage"><div><br><blockquote type="cite"><div>On 2 Nov 2026, at 10:00, Ana '
    'Field &lt;ana@x.example&gt; wrote:</div><br class="Apple-interchange-newline"><div><div>'
    "How are you?</div></div></blockquote></div><br></body></html>",
    "yahoo web": '<html><body><div class="ydp5c6d yahoo-style-wrap"><div dir="ltr">I am fine.'
    '</div></div><div id="yahoo_quoted_1234" class="yahoo_quoted"><div><div>On Monday, '
    "November 2, 2026, 10:00:00 AM GMT+1, Ana Field &lt;ana@x.example&gt; wrote:</div><div>"
    "<br></div><div>How are you?</div></div></div></body></html>",
    "yahoo android": '<div id="yMail_cursorElementTracker">I am fine.</div><div><br></div><div '
    'id="ymail_android_signature"><a href="https://go.onelink.me/107872968">Sent from Yahoo '
    'Mail on Android</a></div><div><br></div><div class="yahoo_quoted">On Mon, Nov 2, 2026 at '
    "10:00, Ana<br><blockquote>How are you?</blockquote></div>",
    "yahoo ios": '<div>I am fine.</div><div><br></div><div><a href="https://mail.onelink.me/1">'
    'Sent from Yahoo Mail for iPhone</a></div><br><p class="yahoo-quoted-begin">On Monday, '
    "November 2, 2026, 10:00 AM, Ana &lt;ana@x.example&gt; wrote:</p><blockquote class="
    '"iosymail">How are you?</blockquote>',
    "thunderbird german": '<html><body><p>I am fine.<br></p><div class="moz-cite-prefix">Am '
    '02.11.26 um 10:00 schrieb Ana Field:<br></div><blockquote type="cite" cite="mid:a@x">'
    '<p>Wie geht es?</p></blockquote><br><div class="moz-signature">-- <br>Maria</div></body>'
    "</html>",
    "proton web": '<div><span>I am fine.</span></div><div class="protonmail_signature_block">'
    '<div class="protonmail_signature_block-user protonmail_signature_block-empty"></div><div '
    'class="protonmail_signature_block-proton">Sent with <a href="https://proton.me/">Proton '
    'Mail</a> secure email.</div></div><div class="protonmail_quote">On Monday, November 2nd, '
    '2026 at 10:00, Ana Field &lt;ana@x.example&gt; wrote:<br><blockquote class="protonmail_'
    'quote" type="cite">How are you?</blockquote><br></div>',
    "proton ios": '<div dir="auto">I am fine.</div><div dir="auto"><br></div><div dir="auto">'
    'Sent from Proton Mail for iOS</div><div class="protonmail_quote"><div>On Mon, Nov 2, 2026 '
    'at 10:00, Ana &lt;ana@x.example&gt; wrote:</div><blockquote class="protonmail_quote">How '
    "are you?</blockquote></div>",
    "tuta": '<div>I am fine.</div><div dir="auto"><br></div><div dir="auto">-- <br></div><div '
    'dir="auto">Secured with Tuta Mail: <br></div><div dir="auto"><a href="https://tuta.com">'
    'https://tuta.com</a></div><div dir="auto"><br></div><div>2 Nov 2026, 10:00 by '
    'ana@x.example:<br></div><blockquote class="tutanota_quote"><div>How are you?</div>'
    "</blockquote>",
    "zoho": '<div><div>I am fine.</div><div class="zmail_extra_hr" style="border-top: 1px solid '
    'rgb(204, 204, 204)"><br></div><div class="zmail_extra" data-zbluepencil-ignore="true"><div>'
    '<br></div><div id="Zm-_Id_-Sgn1">---- On Mon, 02 Nov 2026 10:00:00 +0100 <b>Ana Field '
    "&lt;ana@x.example&gt;</b> wrote ---<br></div><div><br></div><blockquote style="
    '"border-left:1px solid">How are you?</blockquote></div></div>',
    "samsung email": '<div dir="auto">I am fine.</div><div dir="auto"><br></div><div id="'
    'composer_signature" dir="auto"><div style="font-size:85%" dir="auto">Sent from my Galaxy'
    '</div></div><div dir="auto"><br></div><div align="left" dir="auto"><div>-------- Original '
    "message --------</div><div>From: Ana &lt;ana@x.example&gt; </div><div>Date: 11/2/26 10:00 "
    "(GMT+01:00) </div><div>To: Maria </div><div>Subject: How are you? </div></div>How are you?",
    "gmx": '<html><body><div><div>I am fine.</div><div>&nbsp;<div name="quote" style="border-'
    'left:2px solid #C3D9E5"><div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;Montag, 02. '
    "November 2026 um 10:00 Uhr<br><b>Von:</b>&nbsp;&quot;Ana Field&quot; &lt;ana@x.example"
    "&gt;<br><b>An:</b>&nbsp;maria@x.example<br><b>Betreff:</b>&nbsp;Wie geht es?</div><div "
    'name="quoted-content">Wie geht es?</div></div></div></div></body></html>',
    # Clients whose quote is marked by another attribute than a class or an id.
    "web.de short block": '<div><div>I am fine.</div><div>&nbsp;<div name="quote"><div><b>'
    'Gesendet:</b>&nbsp;Montag<br><b>Von:</b>&nbsp;Ana<br></div><div name="quoted-content">'
    "Wie geht es?</div></div></div></div>",
    "spark": '<div>I am fine.</div><div name="messageSignatureSection"><br>Maria Keller</div>'
    '<div name="messageReplySection">On 2 Nov 2026, Ana wrote:<br><div>How are you?</div></div>',
    "zimbra markers": '<div>I am fine.</div><hr id="zwchr" data-marker="__DIVIDER__"><div '
    'data-marker="__HEADERS__"><b>From: </b>Ana<br></div><div data-marker="__QUOTED_TEXT__">'
    "How are you?</div>",
    "zimbra quote only": '<div>I am fine.</div><div data-marker="__QUOTED_TEXT__">How are you?'
    "</div>",
}


@pytest.mark.parametrize("html", FULL_MARKUP.values(), ids=FULL_MARKUP.keys())
def test_each_clients_full_markup_loses_its_quote_and_footer(html: str) -> None:
    assert new_text_from_html(html) == NEW


# Their text/plain alternatives, which parse_reply reads first.
PLAIN = {
    "gmail": "On Mon, 2 Nov 2026 at 10:00, Ana Field <ana@x.example> wrote:\n\n> How are you?\n",
    "gmail german wrapped": "Am Mo., 2. Nov. 2026 um 10:00 Uhr schrieb Ana Field <\n"
    "ana@x.example>:\n\n> Wie geht es?\n",
    "outlook": "________________________________\nFrom: Ana Field <ana@x.example>\nSent: Monday, "
    "November 2, 2026 10:00 AM\nTo: Maria\nSubject: How are you?\n\nHow are you?\n",
    "outlook android": "Get Outlook for Android<https://aka.ms/AAb9ysg>\n"
    "________________________________\nFrom: Ana <ana@x.example>\nSent: Monday, November 2, "
    "2026 10:00:00 AM\nTo: Maria\nSubject: How are you?\n\nHow are you?\n",
    "apple iphone": "Sent from my iPhone\n\n> On 2 Nov 2026, at 10:00, Ana Field "
    "<ana@x.example> wrote:\n>\n> How are you?\n",
    "yahoo": "    On Monday, November 2, 2026, 10:00:00 AM GMT+1, Ana Field <ana@x.example> "
    "wrote:  \n \n How are you?\n",
    "yahoo android": "Sent from Yahoo Mail on Android \n \n  On Mon, Nov 2, 2026 at 10:00, "
    "Ana<ana@x.example> wrote:   How are you?\n",
    "thunderbird": "Am 02.11.26 um 10:00 schrieb Ana Field:\n> Wie geht es?\n\n-- \nMaria\n",
    "proton": "Sent with Proton Mail secure email.\n\nOn Monday, November 2nd, 2026 at 10:00, "
    "Ana Field <ana@x.example> wrote:\n\n> How are you?\n",
    "protonmail old": "Sent with ProtonMail Secure Email.\n\n‐‐‐‐‐‐‐ Original Message ‐‐‐‐‐‐‐\n"
    "On Monday, November 2, 2026 10:00 AM, Ana <ana@x.example> wrote:\n\n> How are you?\n",
    "tuta": "--\n Secured with Tuta Mail:\n https://tuta.com\n\n\n2 Nov 2026, 10:00 by "
    "ana@x.example:\n\n> How are you?\n",
    "zoho": "---- On Mon, 02 Nov 2026 10:00:00 +0100 Ana Field <ana@x.example> wrote ---\n\n"
    "How are you?\n",
    "samsung": "\n\nSent from my Galaxy\n\n\n-------- Original message --------\nFrom: Ana "
    "<ana@x.example> \nDate: 11/2/26 10:00 (GMT+01:00) \nTo: Maria \nSubject: How are you? \n\n"
    "How are you?\n",
    "k-9": "-- \nThis message was sent from my Android device with K-9 Mail.\n\nOn November 2, "
    "2026 10:00:00 AM GMT+01:00, Ana <ana@x.example> wrote:\n>How are you?\n",
}


@pytest.mark.parametrize("tail", PLAIN.values(), ids=PLAIN.keys())
def test_each_clients_plain_text_loses_its_quote_and_footer(tail: str) -> None:
    assert new_text(f"{NEW}\n\n{tail}") == NEW


OUTLOOK_DIVIDER = "border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"


@pytest.mark.parametrize(
    "style",
    [OUTLOOK_DIVIDER, "border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"],
)
def test_outlooks_own_divider_opens_the_history_whatever_it_holds(style: str) -> None:
    # Word's HTML as Outlook answers: the divider's style is Outlook's, even where the header
    # block inside it is missing (a client trimmed it, a converter dropped it).
    html = (
        "<div class=WordSection1><p class=MsoNormal>I am fine.</p><ul><li>a bullet</li></ul>"
        f'<div style="{style}"><p class=MsoNormal>How are <i>you</i>?</p></div></div>'
    )
    assert new_text_from_html(html) == "I am fine.\na bullet"


def test_a_clients_own_boxed_paragraph_stays() -> None:
    html = (
        '<div><p>I am fine.</p><div style="border-top:solid #FF0000 2.0pt;padding:6pt">'
        "<p>The pain is back since Friday.</p></div></div>"
    )
    assert new_text_from_html(html) == "I am fine.\n\nThe pain is back since Friday."
    # Nothing above the divider: what it holds is the client's.
    alone = f'<div style="{OUTLOOK_DIVIDER}"><p class=MsoNormal>The pain is back.</p></div>'
    assert new_text_from_html(alone) == "The pain is back."
