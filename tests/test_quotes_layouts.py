"""Issue 13 / issue 8 item 5: layouts learned from the retired held-out corpora, as rules.

Each rule has a message written here (never a copy of corpus mail) and a near miss whose
client words must stay: dropping what a client wrote is worse than keeping a quoted line.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest

from carecall_mail.core.replies.parse import StaticReplyIndex, parse_reply
from carecall_mail.core.replies.quotes import new_text, new_text_from_html

_NOW = datetime(2026, 10, 3, tzinfo=UTC)

NEW = "Mir geht es gut."


def test_a_one_line_company_footer_of_fields_goes_below_the_name() -> None:
    text = (
        "Danke für die Unterlagen.\n\n  Viele Grüße\n  Jana Roth\n\n"
        " Praxis Roth :: Lindenweg 4 :: 80331 München\n    https://praxis-roth.example/\n"
    )
    assert new_text(text) == "Danke für die Unterlagen.\n\n  Viele Grüße\n  Jana Roth"
    # Bar-separated fields and a postcode count the same way.
    text = "Bis Montag.\n\nBest regards,\nTom\nAcme | Main St 5 | T 030 100\n10115 Berlin\n"
    assert new_text(text) == "Bis Montag.\n\nBest regards,\nTom"


def test_a_postcode_in_the_clients_own_words_stays() -> None:
    # No sign-off and name above it: a sentence, not a company block.
    text = "Ich ziehe nach 80331 München :: das Büro | die Praxis | alles neu.\nwww.x.example\n"
    assert new_text(text) == text.strip()
    # One such line below the name is not enough for a company block.
    text = "See you.\n\nRegards,\nAnn\nI moved to 10115 Berlin last week\n"
    assert new_text(text) == text.strip()


@pytest.mark.parametrize(
    "line",
    [
        "and when nothing worked, I wrote my own checklist:",
        "Yesterday we wrote down what helps:",
        "Ich schrieb mir drei Fragen auf:",
        "Alors j'ai écrit ceci :",
    ],
)
def test_the_client_saying_they_wrote_something_is_no_attribution(line: str) -> None:
    text = f"Hello,\n{line}\n\n1. sleep\n2. walk\n\nThanks\n"
    assert new_text(text) == text.strip()


def test_a_named_writer_is_still_an_attribution() -> None:
    text = f"{NEW}\n\nOn Fri, Oct 2, 2026 at 10:00, Ana Field wrote:\n\nWie geht es?\n"
    assert new_text(text) == NEW
    # Even in the first person, with the address a program writes.
    text = f"{NEW}\n\nOn Fri, Oct 2, 2026, I <me@fieldpractice.example> wrote:\n> Wie geht es?\n"
    assert new_text(text) == NEW


def test_gmails_date_first_attribution_without_address_or_colon() -> None:
    text = f"{NEW}\n\n2026-10-02 10:00 GMT+02:00 Ana Field\n\nWie geht es Ihnen?\nAna\n"
    assert new_text(text) == NEW
    quoted = f"{NEW}\n\n2026-10-02 10:00 GMT+02:00 Ana Field:\n> Wie geht es Ihnen?\n"
    assert new_text(quoted) == NEW


def test_a_dated_sentence_of_the_client_stays() -> None:
    text = "2026-10-02 10:00 GMT+02:00 the pain started again, and it got worse.\nStill bad.\n"
    assert new_text(text) == text.strip()
    text = "2026-10-02 10:00 GMT+02:00 was when I took the last pill and then I slept\nOk now\n"
    assert new_text(text) == text.strip()


def test_a_tracking_extensions_mark_at_the_end_goes() -> None:
    assert new_text(f"{NEW}\n\n\u1427\n") == NEW
    # The mark inside the text is left alone (it is nothing anyone reads either way).
    assert new_text(f"{NEW}\n\u1427\nNoch etwas.\n") == f"{NEW}\n\u1427\nNoch etwas."


def test_a_webmail_advert_below_a_rule_goes() -> None:
    html = (
        "<html><div><p>Thanks, the drops help.</p></div><br clear=all><hr>"
        ' <a href="http://ads.example/x">Cheap flights to anywhere: from $9!</a> </html>'
    )
    assert new_text_from_html(html) == "Thanks, the drops help."


def test_a_rule_with_the_clients_words_below_it_stays() -> None:
    html = "<p>Thanks.</p><hr><p>PS: see <a href='https://x.example'>my notes</a> too.</p>"
    assert new_text_from_html(html) == "Thanks.\n\nPS: see my notes too."
    # A link alone below a rule, with nothing above it, is all the client sent.
    html = "<hr><a href='https://x.example/diary'>My sleep diary</a>"
    assert new_text_from_html(html) == "My sleep diary"


def _mixed(first: tuple[str, str, str], second: tuple[str, str, str]) -> bytes:
    """A multipart/mixed mail of two parts, each (content type, disposition, body)."""
    parts = "".join(
        f"--b\r\nContent-Type: {ctype}; charset=utf-8\r\n"
        + (f"Content-Disposition: {disposition}\r\n" if disposition else "")
        + f"\r\n{body}\r\n"
        for ctype, disposition, body in (first, second)
    )
    return (
        "From: Ana Field <ana@fieldpractice.example>\r\nTo: praxis@example.org\r\n"
        "Subject: Fwd: Befund\r\nMessage-ID: <m1@fieldpractice.example>\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/mixed; boundary="b"\r\n\r\n{parts}--b--\r\n'
    ).encode()


def _text(raw: bytes) -> str:
    return parse_reply(raw, StaticReplyIndex(), received_at=_NOW).text


def test_an_html_part_beside_the_text_in_a_mixed_mail_is_read_too() -> None:
    html = ("text/html", "inline", "<p>The rash is back since Monday.</p>")
    plain = ("text/plain", "", "Here is what I wrote to the clinic.")
    assert _text(_mixed(html, plain)) == (
        "The rash is back since Monday.\n\nHere is what I wrote to the clinic."
    )


def test_the_same_words_twice_or_an_html_attachment_are_read_once() -> None:
    same = ("text/html", "", "<p>Here is what I wrote to the clinic.</p>")
    plain = ("text/plain", "", "Here is what I wrote to the clinic.")
    assert _text(_mixed(plain, same)) == "Here is what I wrote to the clinic."
    attached = ("text/html", "attachment", "<p>Invoice 4711</p>")
    assert _text(_mixed(plain, attached)) == "Here is what I wrote to the clinic."


@pytest.mark.parametrize(
    "quote",
    [
        '<div class="yahoo_quoted_msg"><p>Wie geht es Ihnen?</p></div>',
        '<div class="yahoo-quoted-begin">Am Fr., 2. Okt. schrieb Ana:</div>',
        '<div class="zmail_quote"><p>Wie geht es Ihnen?</p></div>',
        '<div class="OutlookMessageHeader"><hr><b>Von:</b> Ana</div><p>Wie geht es Ihnen?</p>',
    ],
)
def test_more_html_quote_containers(quote: str) -> None:
    assert new_text_from_html(f"<p>{NEW}</p>{quote}") == NEW
    # The client's words in an ordinary element of the same kind stay.
    assert new_text_from_html(f"<div class='yahoo-style-wrap'>{NEW}</div>") == NEW


def test_gmails_name_first_attribution_wrapped_before_its_time() -> None:
    attribution = "Ana Field <ana@fieldpractice.example> 于2026年10月2日周五\n10:00写道："
    assert new_text(f"{NEW}\n\n{attribution}\n\n> Wie geht es?\n") == NEW
    assert new_text(f"{NEW}\n\n{attribution}\nWie geht es?\n") == NEW


def test_a_clients_line_with_an_address_above_an_attribution_stays() -> None:
    line = "Schreib an Ana <ana@fieldpractice.example> oder ruf 030 123 an"
    assert new_text(f"{line}\nAm Montag schrieb Ana:\n> Hallo\n") == line


@pytest.mark.parametrize(
    "marker",
    [
        "##- Please type your reply above this line -##",
        "-- Reply above this line --",
        "--- Reply ABOVE THIS LINE to add a comment ---",
        "Bitte oberhalb dieser Zeile antworten",
        "Répondez au-dessus de cette ligne",
        "———— Original Message ————",
        "———————— Weitergeleitete Nachricht ————————",
    ],
)
def test_reply_above_markers_and_dashed_titles_start_the_history(marker: str) -> None:
    assert new_text(f"{NEW}\n\n{marker}\nFrom: Ana\nWie geht es Ihnen?\n") == NEW


def test_claws_mails_date_on_a_line_above_its_attribution() -> None:
    attribution = "On Fri, 2 Oct 2026 10:00:00 +0200\nAna Field <ana@fieldpractice.example> wrote:"
    assert new_text(f"{NEW}\n\n{attribution}\n\n> Wie geht es?\n") == NEW
    # A line of the client's with a date in it, above an attribution, stays.
    text = "Termin: 2 Oct 2026 10:00\nAna wrote:\n> Passt das?\n"
    assert new_text(text) == "Termin: 2 Oct 2026 10:00"


def test_plain_text_labelled_html_is_read_as_plain_text() -> None:
    body = f"{NEW}\n\nOn Fri, Ana Field <ana@fieldpractice.example> wrote:\n> Wie geht es?\n"
    assert new_text_from_html(body) == NEW
    # Markup, even in capitals or as an entity only, is still read as HTML.
    assert new_text_from_html("<P>Mir geht es</P><P>gut.</P>") == "Mir geht es\n\ngut."
    assert new_text_from_html("Mir geht es gut&nbsp;&amp; besser.") == "Mir geht es gut & besser."


@pytest.mark.parametrize(
    "footer",
    [
        "Virus-free. www.avast.com <https://www.avast.com/sig-email>",
        "[https://ipmcdn.avast.com/images/icon.gif]<https://www.avast.com/sig-email>\t"
        "Virenfrei. www.avast.com<https://www.avast.com/sig-email>\n"
        "<#DAB4FAD8-2DD7-40BB-A1B8-4E2AA1F9FDF2>",
        "---\nThis email has been checked for viruses by Avast antivirus software.\n"
        "https://www.avast.com/antivirus",
        'You received this message because you are subscribed to the Google Groups "Praxis" '
        "group.\nTo unsubscribe from this group, send an email to praxis+unsubscribe@x.example.",
        "-=-=-=-=-=-=-=-=-=-=-=-\nGroups.io Links: You receive all messages sent to this group.\n"
        "Unsubscribe: https://groups.io/g/x/leave/1\n-=-=-=-=-=-=-=-=-=-=-=-",
    ],
)
def test_antivirus_and_group_footers_go(footer: str) -> None:
    assert new_text(f"{NEW}\n\n{footer}\n") == NEW
    assert new_text(f"{footer}\n") == ""


def test_a_client_writing_about_an_antivirus_stays() -> None:
    text = "Is avast.com virus-free? www.avast.com says so.\nThanks"
    assert new_text(text) == text


@pytest.mark.parametrize(
    "banner",
    [
        "You don't often get email from ana@fieldpractice.example. Learn why this is important"
        "<https://aka.ms/LearnAboutSenderIdentification>",
        "Sie erhalten nicht oft eine E-Mail von ana@fieldpractice.example. Erfahren Sie, warum "
        "dies wichtig ist<https://aka.ms/LearnAboutSenderIdentification>\n",
        "[EXTERNAL EMAIL] Do not click links or open attachments unless you know the sender.\n",
        "This email originated from outside of the organisation. Do not click links unless you "
        "know the content is safe.\n",
    ],
)
def test_safety_tips_and_gateway_banners_go(banner: str) -> None:
    assert new_text(f"{banner}\n{NEW}\n") == NEW


_OUTLOOK_ANSWERED = (
    "From: Ana Field <ana@fieldpractice.example>\nSent: Friday, October 2, 2026 10:00 AM\n"
    "To: Maria <maria@example.org>\nSubject: Follow-up\n\nDear Maria,\n"
    "How is your sleep? MUCH BETTER\nAny side effects? NONE\n\n"
    "From: Maria <maria@example.org>\nSent: Thursday, October 1, 2026 9:00 AM\n"
    "To: Ana <ana@fieldpractice.example>\nSubject: Hello\n\nolder mail\n"
)


@pytest.mark.parametrize(
    "top",
    [
        "see my answers below in red.",
        "Antworten im Text in Blau.",
        "Voir mes réponses ci-dessous.",
        "Mis respuestas en rojo.",
        "Zie mijn antwoorden hieronder in het rood.",
        "I answered inline.",
    ],
)
def test_answers_written_into_an_unmarked_quote_are_kept(top: str) -> None:
    got = new_text(f"Hi Ana,\n{top}\n\n{_OUTLOOK_ANSWERED}")
    assert got == (
        f"Hi Ana,\n{top}\n\nDear Maria,\nHow is your sleep? MUCH BETTER\nAny side effects? NONE"
    )


def test_without_such_a_sentence_the_unmarked_quote_goes() -> None:
    assert new_text(f"Hi Ana,\nsee below.\n\n{_OUTLOOK_ANSWERED}") == "Hi Ana,\nsee below."


def test_an_html_copy_of_the_text_part_quote_and_all_is_read_once() -> None:
    plain = ("text/plain", "", "Fine, thanks.\n\n> How are you?\n> Ana")
    copy = ("text/html", "", "<p>Fine, thanks.</p><div class=x>How are you? Ana</div>")
    assert _text(_mixed(plain, copy)) == "Fine, thanks."


def test_invisible_characters_neither_hide_a_marker_nor_break_a_word() -> None:
    text = f"{NEW}\n\n\u2060Am 02.10.2026 um 10:00 schrieb Ana Field\n<ana@x.example>:\nWie?\n"
    assert new_text(text) == NEW
    assert new_text_from_html("<p>Ne&shy;ben&shy;wir&shy;kun&shy;gen</p>") == "Nebenwirkungen"
    # Joiners that carry meaning stay (a Persian word with ZWNJ, an emoji sequence with ZWJ).
    assert new_text("می\u200cخواهم 👩\u200d⚕️") == "می\u200cخواهم 👩\u200d⚕️"


def test_an_indent_is_the_clients_own_text_not_a_quote() -> None:
    html = (
        "<div>Dear Ana,</div><blockquote style='margin:0 0 0 40px;border:none;padding:0px'>"
        "<div>the headaches are back</div></blockquote><div>Maria</div>"
    )
    assert new_text_from_html(html) == "Dear Ana,\nthe headaches are back\nMaria"
    # A quote stays a quote with or without its border.
    cite = "<div>Fine.</div><blockquote type='cite' style='border:none'>How are you?</blockquote>"
    assert new_text_from_html(cite) == "Fine."
    bordered = "<div>Fine.</div><blockquote style='border-left:1px solid #ccc'>How?</blockquote>"
    assert new_text_from_html(bordered) == "Fine."


def _single(cte: str, charset: str, body: bytes) -> bytes:
    return (
        "From: Ana Field <ana@fieldpractice.example>\r\nTo: praxis@example.org\r\n"
        "Subject: Re: Termin\r\nMessage-ID: <m2@fieldpractice.example>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
    ).encode() + body


@pytest.mark.parametrize("charset", ["utf-8", "iso-8859-1"])
def test_a_plain_body_labelled_base64_is_read_as_written(charset: str) -> None:
    body = "Übelkeit seit gestern.\r\n\r\nAm 02.10.2026 schrieb Ana:\r\n> Wie geht es?\r\n"
    for data in (body.encode(), body.encode("latin-1")):
        assert _text(_single("base64", charset, data)) == "Übelkeit seit gestern."
    # A body that is base64 is decoded as before.
    encoded = base64.encodebytes(body.encode(charset))
    assert _text(_single("base64", charset, encoded)) == "Übelkeit seit gestern."


@pytest.mark.parametrize(
    "quote",
    [
        '<div class="x_zmail_extra"><div>Wie geht es?</div></div>',
        '<div class="x_protonmail_quote">Wie geht es?</div>',
        '<div id="x_mail-editor-reference-message-container">Wie geht es?</div>',
    ],
)
def test_outlooks_x_prefixed_copies_of_quoting_elements(quote: str) -> None:
    assert new_text_from_html(f"<div>{NEW}</div>{quote}") == NEW


def test_a_dashed_title_without_known_words_still_starts_history_above_headers() -> None:
    text = f"{NEW}\n\n-------- Isang mensahe --------\nFrom: Ana\nSubject: Hallo\n\nWie?\n"
    assert new_text(text) == NEW


@pytest.mark.parametrize("attribution", ["Ana Field さんは書きました:", "Ana Field wrote:"])
def test_an_attribution_without_date_or_address_needs_a_marked_quote(attribution: str) -> None:
    assert new_text(f"{NEW}\n\n{attribution}\n\n> Wie geht es Ihnen?\n") == NEW
    assert new_text(f"{NEW}\n\n{attribution}\n") == NEW


# Lines of the client's that only look like markers, attributions or banners: they stay.
CLIENT_LINES = [
    # (lines like those markers stay)
    "I wrote my reply above this line, the notes are below.\nTake two a day.",
    "— Ana\nP.S. see you",
    # (a clients first line like a banner stays)
    "This message was sent from outside the country, I am on holiday.\nStill fine.",
    "[External] ok",
    # (dashed lines and sent with feelings of the client stay)
    # A dashed line of the client's own words at the top, with no header line below.
    "----- I feel worse -----\nPlease call.",
    "Alles gut.\n\n--- Nachtrag: die Salbe hilft ---\nBis Montag",
    # A feeling sent with, not an app.
    "Sent with love, Ana",
    "Mir geht es gut.\nSent from my heart",
    # A "--" the client writes as a dash before going on in the first person.
    "I am fine\n--\nactually no, I am not fine at all",
    # A first paragraph that opens like a gateway's banner but speaks of the writer.
    "Warning: I will go outside tonight and not come back.\n\nAna",
    # Answers that look like header labels ("No:" is Latvian Outlook's "From:").
    "No: I did not take it.\nZa: tomorrow\nTema: pain\nI am in pain.",
    # A rule the client drew, then wrote on below it.
    "I am fine\n__________\nNot really. I took the pills and I feel sick.",
    # The client writing on below their phone's signature.
    "Ok\n\nSent from my iPhone\n\nPS: I took all the pills last night",
    "Ok\n\nSent from my iPhone\n\nI took all the pills last night",
    # Where the client is, in a line that opens like a phone's.
    "Mir geht es gut.\nSent from my hospital bed",
    "Alles ok.\nGesendet aus dem Krankenhaus",
    # (the client telling what someone wrote stays)
    "Mom wrote:\nI don't want to live like this anymore.",
    "Am Montag schrieb mir meine Schwester:\nes geht ihr schlecht",
    # (the writer after the verb is the client too)
    "Am 3. Mai schrieb ich Ihnen:\nes geht mir schlecht",
    "Op 3 mei schreef ik:\nhet gaat slecht",
    "Den 3 maj skrev jag:\ndet går dåligt",
]


@pytest.mark.parametrize("text", CLIENT_LINES)
def test_client_lines_that_look_like_markers_stay(text: str) -> None:
    assert new_text(text) == text


def test_a_signature_below_its_delimiter_still_goes() -> None:
    assert new_text("Danke.\n-- \nAna Field\nTel: 030 123\n") == "Danke."
    k9 = "This message was sent from my Android device with K-9 Mail."
    assert new_text(f"Danke.\n-- \n{k9}\n") == "Danke."


def test_a_box_with_a_top_border_is_history_only_above_a_header_block() -> None:
    outlook = (
        "<p>Fine.</p><div style='border:none;border-top:solid #E1E1E1 1.0pt'><p><b>From:</b>"
        " Ana</p><p><b>Sent:</b> Monday</p></div><p>How are you?</p>"
    )
    assert new_text_from_html(outlook) == "Fine."
    boxed = "<p>Fine.</p><div style='border-top:solid 1px red'><p>But I took too many.</p></div>"
    assert new_text_from_html(boxed) == "Fine.\n\nBut I took too many."


def test_html_answers_between_cited_quotes_keep_their_questions() -> None:
    html = (
        "<div>On Fri, Ana wrote:</div><blockquote type='cite'><div>How is the sleep?</div>"
        "</blockquote><div>Better, thanks.</div><blockquote type='cite'><div>Any side effects?"
        "</div></blockquote><div>None at all.</div>"
    )
    assert new_text_from_html(html) == (
        "> How is the sleep?\nBetter, thanks.\n> Any side effects?\nNone at all."
    )
    # Written above the quote, the client's words stand alone as before.
    top = "<div>Fine.</div><blockquote type='cite'><div>On Fri, Ana wrote:</div>How?</blockquote>"
    assert new_text_from_html(top) == "Fine."


# --- notifications sent back whole, forwards, help-desk markers (retired corpora, issue 13) --


# What a notification sent back whole puts over its history, and help desks' "reply above this
# line" markers in their translations.
NOTIFICATION_HISTORY = (
    "---\n*Previous Replies*",
    "---\nPrevious discussion",
    "------------------------------\nVorherige Antworten",
    "---\nConversation history",
    "## Bitte gib deine Antwort oberhalb dieser Zeile ein. ##",
    "##- Bitte geben Sie Ihre Antwort über dieser Zeile ein. -##",
    "##- Por favor, escriba su respuesta encima de esta línea -##",
    "##- Typ uw antwoord boven deze regel -##",
    "##- Si prega di digitare la risposta sopra questa riga -##",
)


@pytest.mark.parametrize("marker", NOTIFICATION_HISTORY)
def test_a_notifications_history_below_its_marker_is_dropped(marker: str) -> None:
    text = f"Mir geht es gut.\n\n{marker}\n\nAn older post.\n\nPosted by ana on 1/15/2026\n"
    assert new_text(text) == "Mir geht es gut."


def test_the_clients_own_words_about_earlier_replies_or_a_line_stay() -> None:
    # A heading alone on its line counts, a marker between a tool's marks; not a sentence.
    for text in (
        "Mir geht es gut.\n\n---\nPrevious replies were unclear to me, sorry.",
        "I put my answer above this line and more below.\nThe pain is back since Friday.",
    ):
        assert new_text(text + "\n") == text


FORWARD_TITLES = (
    "---------- Forwarded message ---------",
    "-------- Weitergeleitete Nachricht --------",
    "Begin forwarded message:",
    "-------- Message transféré --------",
)
FORWARDED = "From: Fred <fred@bedrock.example>\nDate: Mon, 1 Dec 2026\nSubject: Login\n\nHello.\n"


def test_a_forward_without_a_word_of_the_senders_has_no_new_text() -> None:
    for title in FORWARD_TITLES:
        text = f"{title}\n{FORWARDED}"
        assert new_text(text) == "", title
        # With the sender's comment above it, the comment is the new text.
        assert new_text(f"Can you look at this?\n\n{text}") == "Can you look at this?", title


def test_a_forward_without_comment_in_both_alternatives_has_no_new_text() -> None:
    # The HTML alternative's markup may hide the forward's title: the plain part says it.
    raw = (
        b"From: Team <team@x.example>\nTo: support@x.example\nSubject: Fwd: Login\n"
        b"Message-ID: <f1@x.example>\nContent-Type: multipart/alternative; boundary=b\n\n"
        b"--b\nContent-Type: text/plain; charset=utf-8\n\n---------- Forwarded message "
        b"---------\nFrom: Fred <fred@bedrock.example>\nSubject: Login\n\nHello, I have issues.\n"
        b"--b\nContent-Type: text/html; charset=utf-8\n\n<p>Hello, I have issues.</p>\n--b--\n"
    )
    reply = parse_reply(raw, StaticReplyIndex(), received_at=datetime(2026, 12, 1, tzinfo=UTC))
    assert (reply.kind, reply.text) == ("reply", "")


def test_a_company_block_below_a_dash_signed_name_goes() -> None:
    assert new_text("A mess.\n\n--Geoff Maciolek\nACME, LLC\n") == "A mess.\n\n--Geoff Maciolek"
    assert new_text("Fine.\n\n— Ryan\nAcme GmbH\nTel: +49 30 1234\n") == "Fine.\n\n— Ryan"


def test_a_clients_dashed_list_with_a_web_address_in_it_stays() -> None:
    text = "Done today:\n- blood test\n- Ana Field\n- www.lab.example for the results\n"
    assert new_text(text) == text.strip()


@pytest.mark.parametrize(
    ("header", "footer"),
    [
        (
            "=-=-=-= To reply by mail, write above this line =-=-=-=",
            "=_=_=_= To reply by mail, write under this line =_=_=_=",
        ),
        ("", "##- Please type your answer below this line -##"),
        ("", "-- Bitte Ihre Antwort unterhalb dieser Zeile schreiben --"),
        ("", "=== Répondez sous cette ligne ==="),
        ("", "--- Escriba su respuesta debajo de esta línea ---"),
    ],
)
def test_a_help_desks_answer_under_the_line_layout_keeps_only_the_clients_lines(
    header: str, footer: str
) -> None:
    notification = "Ticket 42: Ihr Termin am Montag wurde bestätigt.\nDas Pflegeteam"
    body = (
        f"{header}\n\n{notification}\n\n{footer}\n\n{NEW}\n"
        if header
        else (f"Der Text hier wird nicht gespeichert.\n\n{notification}\n\n{footer}\n\n{NEW}\n")
    )
    assert new_text(body) == NEW
    if header:
        # Written both above the header and under the footer: both parts are the client's.
        both = f"Kurz vorab:\n\n{header}\n\n{notification}\n\n{footer}\n\n{NEW}\n"
        got = new_text(both)
        assert "Kurz vorab:" in got and NEW in got and "Ticket 42" not in got


def test_client_words_around_a_below_the_line_phrase_stay() -> None:
    # The client's own sentence, not a tool's framed marker: nothing above it is dropped.
    text = "Die Tabletten helfen.\nMeine Fragen schreibe ich unter diese Zeile:\nWann kommt Ana?"
    assert new_text(text) == text
    own = "Die Tabletten helfen.\nI answer below this line:\nWann kommt Ana?"
    assert new_text(own) == own
    # A footer marker with nothing written under it: the client wrote above, which stays.
    footer = "=_=_=_= To reply by mail, write under this line =_=_=_="
    assert new_text(f"{NEW}\n\n{footer}\n") == NEW
    # The notification quoted under a top-posted reply: the top stays, the quote goes.
    quoted = f"{NEW}\n\nAm Montag schrieb Pflegeteam:\n> Ticket 42\n> {footer}\n> Hallo\n"
    assert new_text(quoted) == NEW


def test_a_footer_marker_inside_a_quoted_notification_keeps_the_reply_above() -> None:
    footer = "=_=_=_= To reply by mail, write under this line =_=_=_="
    # Outlook's header block over the notification it quotes unmarked, marker and all.
    body = (
        f"{NEW}\n\n-----Original Message-----\nFrom: Pflegeteam <team@care.example>\n"
        f"Subject: Ticket 42\n\nIhr Termin\n\n{footer}\n\nAlte Antwort von gestern\n"
    )
    assert new_text(body) == NEW


@pytest.mark.parametrize(
    "heading",
    [
        "--- Comment #4 from Ana Field <ana@example.org> ---",  # Bugzilla 4 and later
        "------- Comment #4 From ana@example.org  2008-01-02 10:00 -------",  # Bugzilla 3
        "------- Additional Comments From ana@example.org  2004-01-02 10:00 -------",
    ],
)
def test_a_bug_trackers_comment_heading_opens_the_new_comment(heading: str) -> None:
    body = (
        f"https://bugs.example.org/show_bug.cgi?id=12\n\n{heading}\n"
        "The fix is on the test server now.\n\n-- \nYou are receiving this mail because:\n"
        "You are watching all bug changes.\n"
    )
    assert "The fix is on the test server now." in new_text(body)


def test_a_forward_titled_with_its_senders_address_still_starts_the_history() -> None:
    body = (
        f"{NEW}\n\n----- Forwarded message from Ana Field <ana@example.org> -----\n"
        "Comment from Ana: the old plan.\n"
    )
    assert new_text(body) == NEW
