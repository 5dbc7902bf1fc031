"""Issue 13 item 3: every common client's layout, read from whole mails as the client sends
them: HTML only (no plain part) and multipart/alternative (the plain twin is read first).

Each mail is built with the email package, with the markup and the plain text that client
writes (its attribution, quote wrapper, signature and footer), answering our check-in. The
new text keeps the person's words and loses the quote and the footer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import default

import pytest

from carecall_mail.core.replies.parse import SentRef, StaticReplyIndex, parse_reply

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
OURS = "<checkin-7@fieldpractice.example>"
INDEXES = {
    # Our check-in is known: the history is ours.
    "ours": StaticReplyIndex(
        sent={"checkin-7@fieldpractice.example": SentRef("checkin:c-007:2026-11-30", "c-007")},
        clients={"maria@example.org": "c-007"},
    ),
    # Nothing known of it (a forwarded thread, a lost index): the layout alone must tell.
    "nobody": StaticReplyIndex(),
}

# What the person wrote, what we wrote (quoted below it) and the words the checks look for.
WORDS = "the new tablets make me dizzy in the mornings"
QUOTED = "how are the new tablets working for you"
ANSWER_HTML = (
    "Hi Ana,<div><br></div><div>The new tablets make me dizzy in the mornings. Can we talk "
    "on Thursday?</div><div><br></div><div>Maria</div>"
)
ANSWER_PLAIN = (
    "Hi Ana,\n\nThe new tablets make me dizzy in the mornings. Can we talk on Thursday?\n\nMaria\n"
)
OUR_HTML = (
    "<div>Hello Maria,</div><div><br></div><div>how are the new tablets working for you? "
    "Just reply to this mail.</div><div><br></div><div>Ana, CareCall</div>"
)
OUR_LINES = [
    "Hello Maria,",
    "",
    "how are the new tablets working for you? Just reply to this mail.",
    "",
    "Ana, CareCall",
]
TEAM = "CareCall Team &lt;team@fieldpractice.example&gt;"
TEAM_PLAIN = "CareCall Team <team@fieldpractice.example>"


def quoted(prefix: str = "> ") -> str:
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in OUR_LINES)


@dataclass(frozen=True)
class Layout:
    html: str
    plain: str
    footer: str = ""  # words of the client's footer or signature that must go
    headers: tuple[tuple[str, str], ...] = ()


def mail(layout: Layout, *, alternative: bool) -> bytes:
    msg = EmailMessage(policy=default)
    msg["From"] = "Maria Keller <maria@example.org>"
    msg["To"] = "CareCall Team <team@fieldpractice.example>"
    msg["Subject"] = "Re: Checking in"
    msg["Date"] = "Tue, 01 Dec 2026 08:00:00 +0100"
    msg["Message-ID"] = "<reply-1@example.org>"
    msg["In-Reply-To"] = OURS
    msg["References"] = OURS
    for name, value in layout.headers:
        msg[name] = value
    if alternative:
        msg.set_content(layout.plain, cte="quoted-printable")
        msg.add_alternative(layout.html, subtype="html", cte="quoted-printable")
    else:
        msg.set_content(layout.html, subtype="html", cte="quoted-printable")
    return msg.as_bytes()


def flat(text: str) -> str:
    return " ".join(text.split()).casefold()


def read(raw: bytes, index: str) -> str:
    reply = parse_reply(raw, INDEXES[index], received_at=NOW)
    assert reply.kind == "reply", reply.reasons
    return flat(reply.text)


# --- Gmail ------------------------------------------------------------------------------------

GMAIL_ATTR = (
    '<div dir="ltr" class="gmail_attr">On Mon, 30 Nov 2026 at 10:02, CareCall Team &lt;<a '
    'href="mailto:team@fieldpractice.example">team@fieldpractice.example</a>&gt; wrote:<br></div>'
)
GMAIL_BLOCKQUOTE = (
    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
    f'rgb(204,204,204);padding-left:1ex">{OUR_HTML}</blockquote>'
)
GMAIL_PLAIN_ATTR = (
    "On Mon, 30 Nov 2026 at 10:02, CareCall Team <team@fieldpractice.example>\nwrote:\n\n"
)
LAYOUTS: dict[str, Layout] = {
    "gmail": Layout(
        html=f'<div dir="ltr">{ANSWER_HTML}</div><br><div class="gmail_quote '
        f'gmail_quote_container">{GMAIL_ATTR}{GMAIL_BLOCKQUOTE}</div>',
        plain=f"{ANSWER_PLAIN}\n{GMAIL_PLAIN_ATTR}{quoted()}\n",
    ),
    "gmail signature": Layout(
        html=f'<div dir="ltr">{ANSWER_HTML}<br clear="all"><div><br></div><span class="gmail_'
        'signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-'
        'smartmail="gmail_signature"><div dir="ltr">Maria Keller<div>Spitex Carer, Zurich</div>'
        f'</div></div></div><br><div class="gmail_quote">{GMAIL_ATTR}{GMAIL_BLOCKQUOTE}</div>',
        plain=f"{ANSWER_PLAIN}\n-- \nMaria Keller\nSpitex Carer, Zurich\n\n{GMAIL_PLAIN_ATTR}"
        f"{quoted()}\n",
        footer="Spitex Carer, Zurich",
    ),
    # The older layout (gmail_extra) and the parts Gmail elides when it shows a thread.
    "gmail elided": Layout(
        html=f'<div dir="ltr">{ANSWER_HTML}</div><div class="gmail_extra"><br><div class="gmail'
        '_quote">On Mon, Nov 30, 2026 at 10:02 AM, CareCall Team <span dir="ltr">&lt;<a href='
        '"mailto:team@fieldpractice.example">team@fieldpractice.example</a>&gt;</span> wrote:<br>'
        '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
        f'padding-left:1ex"><span class="im">{OUR_HTML}</span><div class="adM"><br></div>'
        "</blockquote></div><br></div>",
        plain=f"{ANSWER_PLAIN}\nOn Mon, Nov 30, 2026 at 10:02 AM, CareCall Team <\n"
        f"team@fieldpractice.example> wrote:\n\n{quoted()}\n",
    ),
    "gmail german": Layout(
        html=f'<div dir="ltr">{ANSWER_HTML}</div><br><div class="gmail_quote"><div dir="ltr" '
        'class="gmail_attr">Am Mo., 30. Nov. 2026 um 10:02 Uhr schrieb CareCall Team &lt;<a '
        'href="mailto:team@fieldpractice.example">team@fieldpractice.example</a>&gt;:<br></div>'
        f"{GMAIL_BLOCKQUOTE}</div>",
        plain=f"{ANSWER_PLAIN}\nAm Mo., 30. Nov. 2026 um 10:02 Uhr schrieb CareCall Team <\n"
        f"team@fieldpractice.example>:\n\n{quoted()}\n",
    ),
}

# --- Outlook desktop (Word's HTML) and Exchange/OWA -------------------------------------------

WORD_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:'
    'office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.'
    'com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv='
    '"Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft '
    'Word 15 (filtered medium)"><style><!--\n/* Font Definitions */\n@font-face {font-family:'
    '"Cambria Math";}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;'
    'font-family:"Calibri",sans-serif;}\n--></style></head><body lang="DE-CH" link="#0563C1" '
    'vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">'
)


def word_paragraphs(lines: str) -> str:
    return "".join(
        f'<p class="MsoNormal"><span lang="EN-US">{line or "<o:p>&nbsp;</o:p>"}<o:p></o:p></span>'
        "</p>"
        for line in lines.split("\n")
    )


# Outlook's "From: … Sent: … To: … Subject:" block in its languages: the labels and a date.
OUTLOOK_BLOCKS = {
    "english": ("From", "Sent", "To", "Subject", "Monday, November 30, 2026 10:02 AM"),
    "german": ("Von", "Gesendet", "An", "Betreff", "Montag, 30. November 2026 10:02"),
    # French writes a no-break space before the colon.
    "french": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0", "lundi 30 novembre 2026"),
    "spanish": ("De", "Enviado el", "Para", "Asunto", "lunes, 30 de noviembre de 2026 10:02"),
    "italian": ("Da", "Inviato", "A", "Oggetto", "lunedì 30 novembre 2026 10:02"),
    "portuguese": ("De", "Enviada em", "Para", "Assunto", "segunda-feira, 30 de novembro de 2026"),
    "dutch": ("Van", "Verzonden", "Aan", "Onderwerp", "maandag 30 november 2026 10:02"),
    "swedish": ("Från", "Skickat", "Till", "Ämne", "den 30 november 2026 10:02"),
    "danish": ("Fra", "Sendt", "Til", "Emne", "30. november 2026 10:02"),
    "norwegian": ("Fra", "Sendt", "Til", "Emne", "mandag 30. november 2026 10:02"),
    "finnish": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe", "maanantai 30. marraskuuta"),
    "polish": ("Od", "Wysłano", "Do", "Temat", "poniedziałek, 30 listopada 2026 10:02"),
    "czech": ("Od", "Odesláno", "Komu", "Předmět", "pondělí 30. listopadu 2026 10:02"),
    "russian": ("От", "Отправлено", "Кому", "Тема", "понедельник, 30 ноября 2026 г. 10:02"),
    "hungarian": ("Feladó", "Elküldve", "Címzett", "Tárgy", "2026. november 30., hétfő 10:02"),
    "turkish": ("Kimden", "Gönderildi", "Kime", "Konu", "30 Kasım 2026 Pazartesi 10:02"),
    "greek": ("Από", "Στάλθηκε", "Προς", "Θέμα", "Δευτέρα, 30 Νοεμβρίου 2026 10:02 πμ"),
    "japanese": ("差出人", "送信日時", "宛先", "件名", "2026年11月30日 10:02"),
    "chinese": ("发件人", "发送时间", "收件人", "主题", "2026年11月30日 10:02"),
    "korean": ("보낸 사람", "보낸 날짜", "받는 사람", "제목", "2026년 11월 30일 월요일 오전 10:02"),
}


def outlook_desktop(labels: tuple[str, str, str, str, str], *, version: str = "2016") -> Layout:
    """Outlook's Word HTML answering above the quote, and the plain twin it writes. Outlook
    2010 draws its divider in another blue and names the sender with "[mailto:…]"."""
    sender, sent, to, subject, date = labels
    colour, team, team_plain = "#E1E1E1", TEAM, TEAM_PLAIN
    opening = '<div style="border:none;border-top:solid {colour} 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
    if version == "2010":
        colour = "#B5C4DF"
        team = 'CareCall Team [<a href="mailto:team@fieldpractice.example">mailto:team@'
        team += "fieldpractice.example</a>]"
        team_plain = "CareCall Team [mailto:team@fieldpractice.example]"
    if version == "no divider":
        # Outlook.com's and converters' copies: the same block with no line drawn above it.
        opening = "<div>"
    block = (
        f'<div>{opening.format(colour=colour)}<p class="MsoNormal"><b><span lang="DE">{sender}:'
        f'</span></b><span lang="DE"> '
        f"{team} <br><b>{sent}:</b> {date}<br><b>{to}:</b> Maria Keller &lt;maria@example.org"
        f"&gt;<br><b>{subject}:</b> Checking in<o:p></o:p></span></p></div></div>"
    )
    html = (
        f"{WORD_HEAD}{word_paragraphs(ANSWER_PLAIN.rstrip())}"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        f'{block}<p class="MsoNormal"><o:p>&nbsp;</o:p></p>{word_paragraphs(quoted(""))}'
        "</div></body></html>"
    )
    plain = (
        f"{ANSWER_PLAIN}\n \n\n{sender}: {team_plain} \n{sent}: {date}\n"
        f"{to}: Maria Keller <maria@example.org>\n{subject}: Checking in\n\n \n\n{quoted('')}\n"
    )
    mailer = "Microsoft Outlook 14.0" if version == "2010" else "Microsoft Outlook 16.0"
    return Layout(html=html, plain=plain, headers=(("X-Mailer", mailer),))


for _language, _labels in OUTLOOK_BLOCKS.items():
    LAYOUTS[f"outlook desktop {_language}"] = outlook_desktop(_labels)
    LAYOUTS[f"outlook 2010 {_language}"] = outlook_desktop(_labels, version="2010")
    LAYOUTS[f"outlook no divider {_language}"] = outlook_desktop(_labels, version="no divider")

OWA_HEADER = (
    '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
    f'color="#000000"><b>From:</b> {TEAM}<br><b>Sent:</b> Monday, November 30, 2026 10:02 AM<br>'
    "<b>To:</b> Maria Keller &lt;maria@example.org&gt;<br><b>Subject:</b> Checking in</font>"
    "<div>&nbsp;</div></div>"
)
OWA_PLAIN_HEADER = (
    f"________________________________\nFrom: {TEAM_PLAIN}\nSent: Monday, November 30, 2026 "
    "10:02 AM\nTo: Maria Keller <maria@example.org>\nSubject: Checking in\n\n"
)
LAYOUTS.update(
    {
        "exchange owa": Layout(
            html='<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} '
            '</style></head><body dir="ltr"><div class="elementToProof" style="font-family: '
            f'Aptos, Arial, sans-serif; font-size: 12pt;">{ANSWER_HTML}</div><div id="appendon'
            'send"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            f'{OWA_HEADER}<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">'
            f'<div class="PlainText">{OUR_HTML}</div></span></font></div></body></html>',
            plain=f"{ANSWER_PLAIN}\n{OWA_PLAIN_HEADER}{quoted('')}\n",
            headers=(("X-MS-Exchange-Organization-AuthAs", "Internal"),),
        ),
        "outlook ios": Layout(
            html=f'<html><body><div dir="ltr">{ANSWER_HTML}</div><div dir="ltr"><br></div><div '
            'id="ms-outlook-mobile-signature" dir="ltr">Get <a href="https://aka.ms/o0ukef">'
            'Outlook for iOS</a></div><div id="mail-editor-reference-message-container"><hr '
            f'style="display:inline-block;width:98%" tabindex="-1">{OWA_HEADER}<div>{OUR_HTML}'
            "</div></div></body></html>",
            plain=f"{ANSWER_PLAIN}\nGet Outlook for iOS<https://aka.ms/o0ukef>\n"
            f"{OWA_PLAIN_HEADER}{quoted('')}\n",
            footer="Get Outlook for iOS",
        ),
        "owa message reply section": Layout(
            html=f'<div dir="ltr">{ANSWER_HTML}</div><div id="x_messageReplySection" class='
            f'"x_messageReplySection"><b>From:</b> {TEAM}<br><b>Sent:</b> Monday, November 30, '
            f"2026 10:02 AM<br><b>Subject:</b> Checking in<br><br>{OUR_HTML}</div>",
            plain=f"{ANSWER_PLAIN}\n{OWA_PLAIN_HEADER}{quoted('')}\n",
        ),
        "spark message reply section": Layout(
            html=f'<div dir="auto">{ANSWER_HTML}</div><div name="messageSignatureSection"><br>'
            '<div dir="auto">Maria Keller, Spitex Carer</div></div><div name="messageReplySection">'
            f'On 30 Nov 2026 at 10:02 +0100, {TEAM}, wrote:<br><blockquote type="cite" style='
            f'"margin: 5px 5px; padding-left: 10px; border-left: thin solid #1abc9c;">{OUR_HTML}'
            "</blockquote></div>",
            plain=f"{ANSWER_PLAIN}\nMaria Keller, Spitex Carer\nOn 30 Nov 2026 at 10:02 +0100, "
            f"{TEAM_PLAIN}, wrote:\n{quoted()}\n",
            footer="Spitex Carer",
        ),
    }
)

# --- Apple Mail, Yahoo, Thunderbird -----------------------------------------------------------

APPLE_ATTR = f"On 30 Nov 2026, at 10:02, {TEAM} wrote:"
LAYOUTS.update(
    {
        "apple mail mac": Layout(
            html='<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-'
            f'break: after-white-space;">{ANSWER_HTML}<br id="lineBreakAtBeginningOfMessage">'
            f'<div><br><blockquote type="cite"><div>{APPLE_ATTR}</div><br class="Apple-interchange-'
            f'newline"><div><div>{OUR_HTML}</div></div></blockquote></div><br></body></html>',
            plain=f"{ANSWER_PLAIN}\n> On 30 Nov 2026, at 10:02, {TEAM_PLAIN} wrote:\n>\n"
            f"{quoted()}\n",
            headers=(("X-Mailer", "Apple Mail (2.3774.200.91.1.1)"),),
        ),
        "apple mail iphone": Layout(
            html='<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            f'</head><body dir="auto"><div dir="ltr">{ANSWER_HTML}</div><div dir="ltr"><br><div '
            'dir="ltr">Sent from my iPhone</div><div dir="ltr"><br><blockquote type="cite">'
            f'{APPLE_ATTR}<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">'
            f"{OUR_HTML}</div></blockquote></div></body></html>",
            plain=f"{ANSWER_PLAIN}\nSent from my iPhone\n\n> On 30 Nov 2026, at 10:02, "
            f"{TEAM_PLAIN} wrote:\n>\n{quoted()}\n",
            footer="Sent from my iPhone",
            headers=(("X-Mailer", "iPhone Mail (22B91)"),),
        ),
        "yahoo web": Layout(
            html='<html><head></head><body><div class="ydp3e5c2a1fyahoo-style-wrap" style="font-'
            'family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div></div>\n'
            f'<div dir="ltr" data-setdir="false">{ANSWER_HTML}</div></div>\n<div id="ydp9b8d'
            'yahoo_quoted_1234567890" class="ydp9b8dyahoo_quoted">\n<div style="font-family:'
            "'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\">\n"
            "<div>\nOn Monday, November 30, 2026 at 10:02:00 AM GMT+1, CareCall Team &lt;team@"
            f"fieldpractice.example&gt; wrote:\n</div>\n<div><br></div>\n<div><br></div>\n<div>"
            f'<div dir="ltr">{OUR_HTML}</div></div>\n</div>\n</div></body></html>',
            plain=f"{ANSWER_PLAIN}\n    On Monday, November 30, 2026 at 10:02:00 AM GMT+1, "
            f"{TEAM_PLAIN} wrote:  \n \n \n" + "\n".join(f" {x}" for x in OUR_LINES) + "\n",
            headers=(("X-Mailer", "WebService/1.1.23187 YMailNorrin"),),
        ),
        "yahoo android": Layout(
            html=f'<div id="yMail_cursorElementTracker_1701">{ANSWER_HTML}</div><div><br></div>'
            '<div id="ymail_android_signature"><a id="ymail_android_signature_link" href="https://'
            'mail.onelink.me/107872968?pid=nativeplacement">Sent from Yahoo Mail on Android</a>'
            '</div><div><br></div><div class="yahoo_quoted"><div>On Mon, Nov 30, 2026 at 10:02, '
            f"CareCall Team</div><div>&lt;team@fieldpractice.example&gt; wrote:</div><blockquote "
            f'style="margin: 0 0 20px 0;"><div>{OUR_HTML}</div></blockquote></div>',
            plain=f"{ANSWER_PLAIN}\nSent from Yahoo Mail on Android \n \n  On Mon, Nov 30, 2026 "
            f"at 10:02, CareCall Team<team@fieldpractice.example> wrote:   "
            + " ".join(x for x in OUR_LINES if x)
            + "\n",
            footer="Sent from Yahoo Mail",
        ),
        "thunderbird": Layout(
            html='<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content='
            f'"text/html; charset=UTF-8">\n  </head>\n  <body>\n    <p>{ANSWER_HTML}</p>\n    '
            '<pre class="moz-signature" cols="72">-- \nMaria Keller\n+41 79 123 45 67</pre>\n'
            '    <div class="moz-cite-prefix">On 30/11/2026 10:02, CareCall Team wrote:<br>\n'
            '    </div>\n    <blockquote type="cite" cite="mid:checkin-7@fieldpractice.example">\n'
            f"      {OUR_HTML}\n    </blockquote>\n  </body>\n</html>\n",
            plain=f"{ANSWER_PLAIN}\n-- \nMaria Keller\n+41 79 123 45 67\n\nOn 30/11/2026 10:02, "
            f"CareCall Team wrote:\n{quoted()}\n",
            footer="+41 79 123 45 67",
            headers=(("User-Agent", "Mozilla Thunderbird"),),
        ),
        "thunderbird german": Layout(
            html=f'<html><body><p>{ANSWER_HTML}</p><div class="moz-cite-prefix">Am 30.11.26 um '
            '10:02 schrieb CareCall Team:<br></div><blockquote type="cite" cite="mid:checkin-7@'
            f'fieldpractice.example">{OUR_HTML}</blockquote></body></html>',
            plain=f"{ANSWER_PLAIN}\nAm 30.11.26 um 10:02 schrieb CareCall Team:\n{quoted()}\n",
            headers=(("User-Agent", "Mozilla Thunderbird"),),
        ),
    }
)

# --- Proton, Tutanota, Zoho ---------------------------------------------------------------------

LAYOUTS.update(
    {
        "proton web": Layout(
            html='<div style="font-family: Arial, sans-serif; font-size: 14px;">'
            f'{ANSWER_HTML}</div><div style="font-family: Arial, sans-serif; font-size: 14px;">'
            '<br></div>\n<div class="protonmail_signature_block" style="font-family: Arial, sans-'
            'serif; font-size: 14px;">\n    <div class="protonmail_signature_block-user protonmail'
            '_signature_block-empty">\n    </div>\n    <div class="protonmail_signature_block-'
            'proton">\n        Sent with <a target="_blank" href="https://proton.me/mail/home">'
            'Proton Mail</a> secure email.\n    </div>\n</div>\n<div class="protonmail_quote">\n'
            "        On Monday, November 30th, 2026 at 10:02, CareCall Team &lt;team@"
            'fieldpractice.example&gt; wrote:<br><br>\n        <blockquote class="protonmail_'
            f'quote" type="cite">\n            {OUR_HTML}\n        </blockquote><br>\n    </div>',
            plain=f"{ANSWER_PLAIN}\nSent with Proton Mail secure email.\n\nOn Monday, November "
            f"30th, 2026 at 10:02, {TEAM_PLAIN} wrote:\n\n{quoted()}\n",
            footer="Sent with Proton Mail",
        ),
        "proton android": Layout(
            html=f'<div dir="auto">{ANSWER_HTML}</div><div dir="auto"><br></div><div dir="auto">'
            'Sent from Proton Mail Android</div><div class="protonmail_quote"><div>-------- '
            "Original Message --------<br>On 30/11/2026 10:02, CareCall Team &lt;team@"
            'fieldpractice.example&gt; wrote:<br></div><blockquote class="protonmail_quote">'
            f"{OUR_HTML}</blockquote></div>",
            plain=f"{ANSWER_PLAIN}\nSent from Proton Mail Android\n\n-------- Original Message "
            f"--------\nOn 30/11/2026 10:02, {TEAM_PLAIN} wrote:\n\n{quoted()}\n",
            footer="Sent from Proton Mail",
        ),
        "tutanota": Layout(
            html=f'<html><body><div>{ANSWER_HTML}</div><div dir="auto"><br></div><div dir="auto">'
            '--<br></div><div dir="auto">Sent with Tutanota, enjoy secure &amp; ad-free emails.'
            '<br></div><div dir="auto"><br></div><div dir="auto"><br></div><div dir="auto">30 '
            'Nov 2026, 10:02 by team@fieldpractice.example:<br></div><blockquote class="tutanota_'
            'quote" style="border-left: 1px solid #93A3B8; padding-left: 10px; margin-left: 5px;">'
            f'{OUR_HTML}</blockquote><div dir="auto"><br></div></body></html>',
            plain=f"{ANSWER_PLAIN}\n--\nSent with Tutanota, enjoy secure & ad-free emails.\n\n\n"
            f"30 Nov 2026, 10:02 by team@fieldpractice.example:\n\n{quoted()}\n",
            footer="Sent with Tutanota",
        ),
        "tuta": Layout(
            html=f'<html><body><div>{ANSWER_HTML}</div><div dir="auto"><br></div><div dir="auto">'
            '-- <br></div><div dir="auto">Secured with Tuta Mail: <br></div><div dir="auto"><a '
            'href="https://tuta.com/free-email" rel="noopener noreferrer" target="_blank">https://'
            'tuta.com/free-email</a></div><div dir="auto"><br></div><div>30 Nov 2026, 10:02 by '
            'team@fieldpractice.example:<br></div><blockquote class="tutanota_quote" style="border'
            f'-left: 1px solid #93A3B8; padding-left: 10px; margin-left: 5px;">{OUR_HTML}'
            "</blockquote></body></html>",
            plain=f"{ANSWER_PLAIN}\n-- \n Secured with Tuta Mail:\n https://tuta.com/free-email\n"
            f"\n\n30 Nov 2026, 10:02 by team@fieldpractice.example:\n\n{quoted()}\n",
            footer="Secured with Tuta",
        ),
        "zoho": Layout(
            html='<html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type">'
            '</head><body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-'
            f'size: 10pt;"><div>{ANSWER_HTML}<br></div><div><br></div><div id="Zm-_Id_-Sgn" data-'
            'zbluepencil-ignore="true"><div>Spitex Zurich | +41 79 123 45 67<br></div></div><div>'
            '<br></div><div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, '
            '204); height: 0px; margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br>'
            '</div><div class="zmail_extra" data-zbluepencil-ignore="true"><div><br></div><div '
            'id="Zm-_Id_-Sgn1">---- On Mon, 30 Nov 2026 10:02:00 +0100 <b>CareCall Team &lt;team@'
            "fieldpractice.example&gt;</b> wrote ---<br></div><div><br></div><blockquote style="
            '"border-left: 1px solid rgb(204, 204, 204); padding-left: 6px; margin: 0px 0px 0px '
            f'5px;">{OUR_HTML}</blockquote></div><div><br></div></div><br></body></html>',
            plain=f"{ANSWER_PLAIN}\nSpitex Zurich | +41 79 123 45 67\n\n\n\n\n---- On Mon, 30 "
            f"Nov 2026 10:02:00 +0100 {TEAM_PLAIN} wrote ---\n\n" + "\n".join(OUR_LINES) + "\n",
            footer="+41 79 123 45 67",
            headers=(("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")),
        ),
        "zoho older": Layout(
            html=f'<div style="font-size:10pt;font-family:Verdana,Arial,Helvetica,sans-serif;">'
            f'<div>{ANSWER_HTML}</div><div class="zmail_extra"><br><div id="1">---- On Mon, 30 '
            "Nov 2026 10:02:00 +0100 <b>team@fieldpractice.example</b> wrote ----<br></div><br>"
            f'<blockquote style="border-left: 1px solid #0000FF; padding-left: 6px;">{OUR_HTML}'
            "</blockquote><br></div></div>",
            plain=f"{ANSWER_PLAIN}\n\n---- On Mon, 30 Nov 2026 10:02:00 +0100 "
            "team@fieldpractice.example wrote ----\n\n" + "\n".join(OUR_LINES) + "\n",
        ),
    }
)

# --- mobile apps' "Sent from" lines, between the answer and the quote -------------------------

SENT_FROM = {
    "iphone": "Sent from my iPhone",
    "ipad": "Sent from my iPad",
    "iphone german": "Von meinem iPhone gesendet",
    "iphone french": "Envoyé de mon iPhone",
    "iphone spanish": "Enviado desde mi iPhone",
    "iphone italian": "Inviato da iPhone",
    "iphone dutch": "Verstuurd vanaf mijn iPhone",
    "samsung": "Sent from my Galaxy",
    "samsung carrier": "Sent via the Samsung Galaxy S23, an AT&T 5G smartphone",
    "android": "Sent from my Android device",
    "huawei": "Sent from my HUAWEI P30",
    "blackberry": "Sent from my BlackBerry 10 smartphone.",
    "outlook android": "Get Outlook for Android",
    "windows mail": "Sent from Mail for Windows",
    "aol": "Sent from the all new AOL app for iOS",
    "gmx": "Sent from my Android phone with GMX Mail. Please excuse my brevity.",
}


def sent_from(line: str) -> Layout:
    shown = line.replace("&", "&amp;")
    return Layout(
        html=f'<html><body dir="auto"><div dir="ltr">{ANSWER_HTML}</div><div dir="ltr"><br></div>'
        f'<div dir="ltr">{shown}</div><div dir="ltr"><br><blockquote type="cite">{APPLE_ATTR}'
        f'<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">{OUR_HTML}</div>'
        "</blockquote></body></html>",
        plain=f"{ANSWER_PLAIN}\n{line}\n\n> On 30 Nov 2026, at 10:02, {TEAM_PLAIN} wrote:\n>\n"
        f"{quoted()}\n",
        footer=line,
    )


for _name, _line in SENT_FROM.items():
    LAYOUTS[f"sent from {_name}"] = sent_from(_line)


# --- the attribution lines in the clients' languages ------------------------------------------

# Gmail's "On … wrote:" (the plain twin wraps it where Gmail does, near 76 characters).
GMAIL_ATTRIBUTIONS = {
    "french": "Le lun. 30 nov. 2026 à 10:02, CareCall Team <team@fieldpractice.example> a\nécrit :",
    "spanish": "El lun, 30 nov 2026 a las 10:02, CareCall Team (<team@fieldpractice.example>)\n"
    "escribió:",
    "italian": "Il giorno lun 30 nov 2026 alle ore 10:02 CareCall Team <\n"
    "team@fieldpractice.example> ha scritto:",
    "dutch": "Op ma 30 nov 2026 om 10:02 schreef CareCall Team <team@fieldpractice.example\n>:",
    "portuguese": "Em seg., 30 de nov. de 2026 às 10:02, CareCall Team <\n"
    "team@fieldpractice.example> escreveu:",
    "swedish": "Den mån 30 nov. 2026 kl 10:02 skrev CareCall Team <team@fieldpractice.example\n>:",
    "polish": "pon., 30 lis 2026 o 10:02 CareCall Team <team@fieldpractice.example>\nnapisał(a):",
    "russian": "пн, 30 нояб. 2026 г. в 10:02, CareCall Team <team@fieldpractice.example>:",
    "japanese": "2026年11月30日(月) 10:02 CareCall Team <team@fieldpractice.example>:",
}


def html_line(line: str) -> str:
    return " ".join(line.split()).replace("<", "&lt;").replace(">", "&gt;")


def gmail(attribution: str) -> Layout:
    return Layout(
        html=f'<div dir="ltr">{ANSWER_HTML}</div><br><div class="gmail_quote gmail_quote_'
        f'container"><div dir="ltr" class="gmail_attr">{html_line(attribution)}<br></div>'
        f"{GMAIL_BLOCKQUOTE}</div>",
        plain=f"{ANSWER_PLAIN}\n{attribution}\n\n{quoted()}\n",
    )


# Apple Mail's, in its own wording per language.
APPLE_ATTRIBUTIONS = {
    "german": "Am 30.11.2026 um 10:02 schrieb CareCall Team <team@fieldpractice.example>:",
    "french": "Le 30 nov. 2026 à 10:02, CareCall Team <team@fieldpractice.example> a écrit :",
    "spanish": "El 30 nov 2026, a las 10:02, CareCall Team <team@fieldpractice.example> escribió:",
    "italian": "Il giorno 30 nov 2026, alle ore 10:02, CareCall Team <team@fieldpractice.example> "
    "ha scritto:",
    "dutch": "Op 30 nov 2026 om 10:02 heeft CareCall Team <team@fieldpractice.example> het "
    "volgende geschreven:",
}


def apple(attribution: str) -> Layout:
    return Layout(
        html='<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
        f'</head><body style="overflow-wrap: break-word;">{ANSWER_HTML}<br><div><br><blockquote '
        f'type="cite"><div>{html_line(attribution)}</div><br class="Apple-interchange-newline">'
        f"<div><div>{OUR_HTML}</div></div></blockquote></div><br></body></html>",
        plain=f"{ANSWER_PLAIN}\n> {attribution}\n>\n{quoted()}\n",
        headers=(("X-Mailer", "Apple Mail (2.3774.200.91.1.1)"),),
    )


# Thunderbird's, with the sender's name only.
THUNDERBIRD_ATTRIBUTIONS = {
    "french": "Le 30/11/2026 à 10:02, CareCall Team a écrit :",
    "spanish": "El 30/11/26 a las 10:02, CareCall Team escribió:",
    "italian": "Il 30/11/26 10:02, CareCall Team ha scritto:",
    "dutch": "Op 30-11-2026 om 10:02 schreef CareCall Team:",
    "polish": "W dniu 30.11.2026 o 10:02, CareCall Team pisze:",
    "russian": "30.11.2026 10:02, CareCall Team пишет:",
}


def thunderbird(attribution: str) -> Layout:
    return Layout(
        html=f'<html><body><p>{ANSWER_HTML}</p><div class="moz-cite-prefix">{attribution}<br>'
        '</div><blockquote type="cite" cite="mid:checkin-7@fieldpractice.example">'
        f"{OUR_HTML}</blockquote></body></html>",
        plain=f"{ANSWER_PLAIN}\n{attribution}\n{quoted()}\n",
        headers=(("User-Agent", "Mozilla Thunderbird"),),
    )


# Yahoo's, indented in its plain twin, with the quote unmarked below it.
YAHOO_ATTRIBUTIONS = {
    "german": "Am Montag, 30. November 2026 um 10:02:00 MEZ hat CareCall Team "
    "<team@fieldpractice.example> Folgendes geschrieben:",
    "french": "Le lundi 30 novembre 2026 à 10:02:00 UTC+1, CareCall Team "
    "<team@fieldpractice.example> a écrit :",
    "spanish": "El lunes, 30 de noviembre de 2026, 10:02:00 CET, CareCall Team "
    "<team@fieldpractice.example> escribió:",
}


def yahoo(attribution: str) -> Layout:
    return Layout(
        html='<html><head></head><body><div class="ydp3e5c2a1fyahoo-style-wrap"><div dir="ltr">'
        f'{ANSWER_HTML}</div></div><div id="ydp9b8dyahoo_quoted_1234567890" class="ydp9b8dyahoo'
        f'_quoted"><div><div>{html_line(attribution)}</div><div><br></div><div><br></div><div>'
        f'<div dir="ltr">{OUR_HTML}</div></div></div></div></body></html>',
        plain=f"{ANSWER_PLAIN}\n    {attribution}  \n \n \n"
        + "\n".join(f" {x}" for x in OUR_LINES)
        + "\n",
        headers=(("X-Mailer", "WebService/1.1.23187 YMailNorrin"),),
    )


for _language, _line in GMAIL_ATTRIBUTIONS.items():
    LAYOUTS[f"gmail {_language}"] = gmail(_line)
for _language, _line in APPLE_ATTRIBUTIONS.items():
    LAYOUTS[f"apple mail {_language}"] = apple(_line)
for _language, _line in THUNDERBIRD_ATTRIBUTIONS.items():
    LAYOUTS[f"thunderbird {_language}"] = thunderbird(_line)
for _language, _line in YAHOO_ATTRIBUTIONS.items():
    LAYOUTS[f"yahoo {_language}"] = yahoo(_line)

# --- more of the same clients' apps ----------------------------------------------------------

LAYOUTS.update(
    {
        # Outlook for Mac: Word-like HTML inside the reference container, "Date:" not "Sent:".
        "outlook mac": Layout(
            html='<html><head><meta name="Generator" content="Microsoft Word 15 (filtered '
            f'medium)"></head><body><div class="WordSection1"><p class="MsoNormal">{ANSWER_HTML}'
            '</p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><div id="mail-editor-reference-'
            'message-container"><div class="ms-outlook-mobile-reference-message skipProofing">'
            '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal"><b>From: </b>{TEAM}<br><b>Date: </b>Monday, 30 November 2026 '
            "at 10:02<br><b>To: </b>Maria Keller &lt;maria@example.org&gt;<br><b>Subject: </b>"
            f'Checking in</p></div><div><p class="MsoNormal">{OUR_HTML}</p></div></div></div>'
            "</div></body></html>",
            plain=f"{ANSWER_PLAIN}\n \n\nFrom: {TEAM_PLAIN}\nDate: Monday, 30 November 2026 at "
            f"10:02\nTo: Maria Keller <maria@example.org>\nSubject: Checking in\n\n{quoted('')}\n",
            headers=(("User-Agent", "Microsoft-MacOutlook/16.91.24111020"),),
        ),
        # The Gmail app on Android: dir="auto" and the sender's name before the address.
        "gmail android": Layout(
            html=f'<div dir="auto">{ANSWER_HTML}</div><br><div class="gmail_quote"><div dir="ltr" '
            'class="gmail_attr">On Mon, 30 Nov 2026, 10:02 CareCall Team, &lt;<a href="mailto:'
            'team@fieldpractice.example">team@fieldpractice.example</a>&gt; wrote:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
            f'padding-left:1ex">{OUR_HTML}</blockquote></div>',
            plain=f"{ANSWER_PLAIN}\nOn Mon, 30 Nov 2026, 10:02 CareCall Team, <\n"
            f"team@fieldpractice.example> wrote:\n\n{quoted()}\n",
        ),
        "yahoo ios": Layout(
            html=f'<div>{ANSWER_HTML}</div><div><br></div><div class="yahoo-signature"><a style='
            '"font-size:12px" href="https://mail.onelink.me/107872968?pid=nativeplacement">Sent '
            'from Yahoo Mail for iPhone</a></div><br><p class="yahoo-quoted-begin" style="font-'
            'size: 15px; color: #715FFA; padding-top: 15px; margin-top: 0">On Monday, November 30, '
            f"2026, 10:02 AM, {TEAM} wrote:</p><blockquote "
            f'class="iosymail"><div dir="ltr">{OUR_HTML}</div></blockquote>',
            plain=f"{ANSWER_PLAIN}\n\nSent from Yahoo Mail for iPhone\n\n\nOn Monday, November "
            f"30, 2026, 10:02 AM, {TEAM_PLAIN} wrote:\n\n" + "\n".join(OUR_LINES) + "\n",
            footer="Sent from Yahoo Mail",
        ),
        # ProtonMail before 2022: its footer's old wording and a title in U+2010 hyphens.
        "protonmail old": Layout(
            html=f"<div>{ANSWER_HTML}</div><div><br></div><div><br></div><div>Sent with <a href="
            '"https://protonmail.com" target="_blank">ProtonMail</a> Secure Email.<br></div><div>'
            '<br></div><div class="protonmail_quote">\u2010\u2010\u2010\u2010\u2010\u2010\u2010 '
            "Original Message \u2010\u2010\u2010\u2010\u2010\u2010\u2010<br>On Monday, November "
            f'30, 2026 10:02 AM, {TEAM} wrote:<br><br><blockquote class="protonmail_quote" '
            f'type="cite">{OUR_HTML}</blockquote><br></div>',
            plain=f"{ANSWER_PLAIN}\nSent with ProtonMail Secure Email.\n\n\u2010\u2010\u2010"
            "\u2010\u2010\u2010\u2010 Original Message \u2010\u2010\u2010\u2010\u2010\u2010"
            f"\u2010\nOn Monday, November 30, 2026 10:02 AM, {TEAM_PLAIN} wrote:\n\n{quoted()}\n",
            footer="Sent with ProtonMail",
        ),
    }
)

# --- Outlook's mobile footer in its languages: marked in the HTML, its link's address written
# after it in the plain twin ------------------------------------------------------------------

OUTLOOK_MOBILE = {
    "german": "Outlook für Android herunterladen",
    "german ios": "Outlook für iOS beziehen",
    "french": "Télécharger Outlook pour Android",
    "spanish": "Descargar Outlook para Android",
    "dutch": "Outlook voor Android downloaden",
    "swedish": "Skaffa Outlook för Android",
    "russian": "Получить Outlook для Android",
    "portuguese": "Baixe o Outlook para Android",
    "japanese": "Android 版 Outlook を入手",
    "chinese": "获取 Android 版 Outlook",
    "korean": "Outlook for Android 다운로드",
    "czech": "Stáhněte si Outlook pro Android",
}


def outlook_mobile(line: str) -> Layout:
    return Layout(
        html=f'<html><body><div dir="ltr">{ANSWER_HTML}</div><div dir="ltr"><br></div><div id='
        f'"ms-outlook-mobile-signature" dir="ltr"><a href="https://aka.ms/AAb9ysg">{line}</a>'
        '</div><div id="mail-editor-reference-message-container"><hr style="display:inline-'
        f'block;width:98%" tabindex="-1">{OWA_HEADER}<div>{OUR_HTML}</div></div></body></html>',
        plain=f"{ANSWER_PLAIN}\n{line}<https://aka.ms/AAb9ysg>\n{OWA_PLAIN_HEADER}{quoted('')}\n",
        footer=line,
    )


for _language, _line in OUTLOOK_MOBILE.items():
    LAYOUTS[f"outlook mobile {_language}"] = outlook_mobile(_line)

# --- Zoho's dashed attribution in its languages (the verb before the sender in German and
# Dutch, so the name and address follow it) -------------------------------------------------

ZOHO_ATTRIBUTIONS = {
    "german": "---- Am Mo, 30 Nov 2026 10:02:00 +0100 schrieb CareCall Team "
    "<team@fieldpractice.example> ---",
    "dutch": "---- Op ma, 30 nov 2026 10:02:00 +0100 schreef CareCall Team "
    "<team@fieldpractice.example> ---",
    "french": "---- Le lun., 30 nov. 2026 10:02:00 +0100 CareCall Team "
    "<team@fieldpractice.example> a écrit ---",
    "spanish": "---- El lun, 30 nov 2026 10:02:00 +0100 CareCall Team "
    "<team@fieldpractice.example> escribió ---",
}


def zoho(attribution: str) -> Layout:
    return Layout(
        html=f'<div><div>{ANSWER_HTML}<br></div><div><br></div><div class="zmail_extra_hr" '
        'style="border-top: 1px solid rgb(204, 204, 204)"><br></div><div class="zmail_extra" '
        f'data-zbluepencil-ignore="true"><div><br></div><div id="Zm-_Id_-Sgn1">'
        f'{html_line(attribution)}<br></div><div><br></div><blockquote style="border-left: 1px '
        f'solid rgb(204, 204, 204); padding-left: 6px;">{OUR_HTML}</blockquote></div></div>',
        plain=f"{ANSWER_PLAIN}\n\n\n\n{attribution}\n\n" + "\n".join(OUR_LINES) + "\n",
        headers=(("User-Agent", "Zoho Mail"),),
    )


for _language, _line in ZOHO_ATTRIBUTIONS.items():
    LAYOUTS[f"zoho {_language}"] = zoho(_line)

# --- the mobile footers in their own elements ---------------------------------------------------

LAYOUTS.update(
    {
        # iOS Mail before iOS 13: the "Sent from" line in div#AppleMailSignature.
        "iphone apple mail signature div": Layout(
            html=f'<html><body dir="auto"><div>{ANSWER_HTML}</div><div><br></div><div id="Apple'
            'MailSignature">Sent from my iPhone</div><div><br>On 30 Nov 2026, at 10:02, CareCall '
            'Team &lt;team@fieldpractice.example&gt; wrote:<br><br></div><blockquote type="cite">'
            f"<div>{OUR_HTML}</div></blockquote></body></html>",
            plain=f"{ANSWER_PLAIN}\nSent from my iPhone\n\nOn 30 Nov 2026, at 10:02, "
            f"{TEAM_PLAIN} wrote:\n\n{quoted()}\n",
            footer="Sent from my iPhone",
        ),
        # Samsung Email: its footer in div#composer_signature, its header block unquoted.
        "samsung email": Layout(
            html=f'<html><body><div dir="auto">{ANSWER_HTML}</div><div dir="auto"><br></div><div '
            'dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:'
            '85%;color:#575757" dir="auto">Sent from my Galaxy</div></div><div dir="auto"><br>'
            '</div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>'
            "-------- Original message --------</div><div>From: CareCall Team &lt;team@"
            "fieldpractice.example&gt; </div><div>Date: 30/11/2026 10:02 (GMT+01:00) </div><div>"
            "To: Maria Keller &lt;maria@example.org&gt; </div><div>Subject: Checking in </div><div>"
            f"<br></div></div>{OUR_HTML}</body></html>",
            plain=f"{ANSWER_PLAIN}\n\nSent from my Galaxy\n\n\n-------- Original message "
            f"--------\nFrom: {TEAM_PLAIN} \nDate: 30/11/2026 10:02 (GMT+01:00) \nTo: Maria "
            "Keller <maria@example.org> \nSubject: Checking in \n\n" + "\n".join(OUR_LINES) + "\n",
            footer="Sent from my Galaxy",
        ),
    }
)


def check(text: str, layout: Layout) -> None:
    assert WORDS in text
    assert "can we talk on thursday?" in text
    assert QUOTED not in text
    assert "just reply to this mail" not in text
    if layout.footer:
        assert flat(layout.footer) not in text


@pytest.mark.parametrize("index", INDEXES)
@pytest.mark.parametrize("name", LAYOUTS)
def test_an_html_only_reply_keeps_the_answer_and_drops_quote_and_footer(
    name: str, index: str
) -> None:
    layout = LAYOUTS[name]
    check(read(mail(layout, alternative=False), index), layout)


@pytest.mark.parametrize("index", INDEXES)
@pytest.mark.parametrize("name", LAYOUTS)
def test_an_alternative_reply_keeps_the_answer_and_drops_quote_and_footer(
    name: str, index: str
) -> None:
    layout = LAYOUTS[name]
    check(read(mail(layout, alternative=True), index), layout)


@pytest.mark.parametrize("alternative", [False, True])
def test_a_device_named_by_its_owner_is_the_persons_line(alternative: bool) -> None:
    # Near miss: "Sent from my …" with someone else's device is typed by the person (no app
    # writes a possessive), and here it says what happened; the app's own line still goes.
    line = "Sent from my sister's phone, mine fell in the bath."
    text = read(mail(sent_from(line), alternative=alternative), "nobody")
    assert WORDS in text
    assert flat(line) in text
    assert QUOTED not in text


def test_a_persons_dashed_line_with_a_verb_but_no_address_stays() -> None:
    # Near miss: a line between dashes whose verb is followed by the person's sentence, not
    # by a sender's name and address, is what they wrote.
    line = "-- schrieb mir der Arzt gestern, er ruft am Montag an und bringt Tabletten mit --"
    raw = mail(
        Layout(html=f"<div>{ANSWER_HTML}</div><div>{line}</div>", plain=""), alternative=False
    )
    assert flat(line) in read(raw, "nobody")
