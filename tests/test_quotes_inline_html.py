"""Issue 8 item 5 / issue 13 item 3: a client's answers written inside an HTML quote are kept.

The mails are written here after each client's markup: Gmail's <div class="gmail_quote">
with its div.gmail_attr and blockquote.gmail_quote, Apple Mail's <blockquote type="cite">
(its attribution inside the quote), Thunderbird's div.moz-cite-prefix above blockquotes,
Outlook's and OWA's appendonsend/divRplyFwdMsg header above the quoted mail. A client who
answers inline keeps each quoted question as "> " lines above the answer; a top-posted reply
still loses the whole quote. Outlook marks nothing but the colour of an inline answer, so its
quoted mail is kept, unmarked, as the plain-text rules keep it: when the client wrote nothing
above it or says they answered inside it.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from carecall_mail.core.replies.parse import StaticReplyIndex, parse_reply
from carecall_mail.core.replies.quotes import html_to_text, new_text_from_html, unquoted

_ADDR = "Ana Field &lt;ana@fieldpractice.example&gt;"
_GMAIL_BQ = (
    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
    'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
)


def _gmail(inside: str, top: str = "") -> str:
    return (
        f'<div dir="ltr">{top}</div><br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">On Fri, 2 Oct 2026 at 10:00, {_ADDR} wrote:<br>'
        f"</div>{inside}</div>"
    )


def _gq(text: str) -> str:
    return f'{_GMAIL_BQ}<div dir="ltr">{text}</div></blockquote>'


def _page(body: str, body_attrs: str = "") -> str:
    """A whole HTML document, as Apple Mail and Thunderbird send it."""
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"</head><body{body_attrs}>{body}</body></html>"
    )


def _apple(body: str) -> str:
    return _page(body, ' dir="auto"')


def _acite(text: str) -> str:
    return f'<blockquote type="cite"><div dir="ltr"><span>{text}</span><br></div></blockquote>'


def _apple_attr() -> str:
    return (
        '<div dir="ltr"><br><blockquote type="cite">On 2 Oct 2026, at 10:00, '
        f"{_ADDR} wrote:<br><br></blockquote></div>"
    )


def _thunderbird(body: str) -> str:
    return _page(body)


def _tcite(text: str) -> str:
    return f'<blockquote type="cite" cite="mid:q1@fieldpractice.example">{text}</blockquote>'


def _proton(top: str, inside: str) -> str:
    return (
        f'<div style="font-family: Arial, sans-serif; font-size: 14px;">{top}</div>'
        '<div class="protonmail_quote">On Friday, October 2nd, 2026 at 10:00, '
        f"{_ADDR} wrote:<br>{inside}</div>"
    )


def _pq(text: str) -> str:
    return f'<blockquote class="protonmail_quote" type="cite"><div>{text}</div></blockquote>'


_MOZ_PREFIX = '<div class="moz-cite-prefix">On 02.10.26 10:00, Ana Field wrote:<br></div>'

INLINE = "> How is your sleep?\nMuch better.\n> Any side effects?\nNone at all."

INLINE_MAILS = {
    "gmail": _gmail(
        _gq("How is your sleep?")
        + "<div>Much better.</div>"
        + _gq("Any side effects?")
        + "<div>None at all.</div>"
        + _gq("Kind regards,<br>Ana")
    ),
    "gmail, answers under a line of its own": _gmail(
        _gq("How is your sleep?<br>")
        + "<div><br></div><div>Much better.</div><div><br></div>"
        + _gq("Any side effects?")
        + "<div>None at all.</div><div><br></div>",
    ),
    "apple mail": _apple(
        _apple_attr()
        + _acite("How is your sleep?")
        + '<div dir="ltr">Much better.</div>'
        + _acite("Any side effects?")
        + '<div dir="ltr">None at all.</div>'
        + _acite("Kind regards,<br>Ana")
    ),
    "thunderbird": _thunderbird(
        _MOZ_PREFIX
        + _tcite("<p>How is your sleep?</p>")
        + "<p>Much better.</p>"
        + _tcite("<p>Any side effects?</p>")
        + "<p>None at all.</p>"
        + _tcite("<p>Kind regards,<br>Ana</p>")
    ),
    "proton mail": _proton(
        "<br>",
        _pq("How is your sleep?")
        + "<div>Much better.</div>"
        + _pq("Any side effects?")
        + "<div>None at all.</div>"
        + _pq("Ana"),
    ),
}


@pytest.mark.parametrize("client", INLINE_MAILS)
def test_inline_answers_keep_their_questions(client: str) -> None:
    text = new_text_from_html(INLINE_MAILS[client])
    assert text.replace("\n\n", "\n") == INLINE
    # The safety net reads the client's words only, never our questions.
    assert unquoted(text).split() == ["Much", "better.", "None", "at", "all."]


def test_a_greeting_above_inline_answers_stays_with_them() -> None:
    html = _gmail(_gq("How is your sleep?") + "<div>Much better.</div>" + _gq("Ana"), top="Hi Ana,")
    assert new_text_from_html(html) == "Hi Ana,\n\n> How is your sleep?\nMuch better."
    thunderbird = _thunderbird(
        "<p>Hi Ana,</p>" + _MOZ_PREFIX + _tcite("<p>How is your sleep?</p><p>And the pain?</p>")
        + "<p>Much better. No pain.</p><p>Tom</p>"
    )  # fmt: skip
    # One quote with the answer below it is a bottom-post: the quote goes, as in plain text.
    assert new_text_from_html(thunderbird) == "Hi Ana,\n\nMuch better. No pain.\n\nTom"


TOP_POSTED = {
    "gmail": _gmail(_gq("How is your sleep?<br>Any side effects?"), top="Much better."),
    "apple mail": _apple(
        '<div dir="ltr">Much better.</div>'
        + _apple_attr()
        + _acite("How is your sleep?<br>Any side effects?")
    ),
    "thunderbird": _thunderbird(
        "<p>Much better.</p>" + _MOZ_PREFIX + _tcite("<p>How is your sleep?</p><p>Ana</p>")
    ),
    "proton mail": _proton("Much better.", _pq("How is your sleep?<br>Any side effects?")),
}


@pytest.mark.parametrize("client", TOP_POSTED)
def test_a_top_posted_reply_still_loses_the_whole_quote(client: str) -> None:
    assert new_text_from_html(TOP_POSTED[client]) == "Much better."


@pytest.mark.parametrize(
    "between",
    [
        "<div><br></div>",
        "<br>",
        "<div>&nbsp;</div>",
        " \n ",
        '<div dir="ltr" class="gmail_attr">On Thu, 1 Oct 2026, Ana Field wrote:<br></div>',
        f"<div>On Thu, 1 Oct 2026 at 09:00, {_ADDR} wrote:</div>",
    ],
)
def test_nothing_but_space_or_an_attribution_between_quotes_is_no_new_text(between: str) -> None:
    quote = _gq("How is your sleep?") + between + _gq("Any side effects?")
    assert new_text_from_html(_gmail(quote, top="Much better.")) == "Much better."
    cited = _acite("How is your sleep?") + between + _acite("Any side effects?")
    assert new_text_from_html(_apple('<div dir="ltr">Much better.</div>' + cited)) == (
        "Much better."
    )


def test_a_gmail_forward_without_quotes_is_still_dropped() -> None:
    # Gmail's forward has no blockquote: the forwarded mail is not the client's.
    html = _gmail(
        "<br><br><div>Dear Tom, here is your plan.</div><div>Ana</div>", top="FYI, see below."
    )
    assert new_text_from_html(html) == "FYI, see below."
    # Nor a forwarded mail that quotes an older one below its own text.
    html = _gmail("<div>Dear Tom, here is your plan.</div>" + _gq("older") + "<div>Ana</div>")
    assert new_text_from_html(html.replace('<div dir="ltr"></div>', "<div>FYI.</div>")) == "FYI."


def _owa(top: str, quoted: str) -> str:
    """OWA's and new Outlook's reply: the client's part, then appendonsend, a rule and the
    divRplyFwdMsg header block above the quoted mail."""
    return (
        f'<html><body><div dir="ltr">{top}</div><div id="appendonsend"></div>'
        '<hr style="display:inline-block;width:98%" tabindex="-1">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
        f'style="font-size:11pt" color="#000000"><b>From:</b> {_ADDR}<br><b>Sent:</b> '
        "Friday, October 2, 2026 10:00 AM<br><b>To:</b> Tom Lee &lt;tom@mail.example&gt;<br>"
        "<b>Subject:</b> How are you?</font><div>&nbsp;</div></div>"
        f'<div dir="ltr">{quoted}</div></body></html>'
    )


def _outlook_desktop(top: str, quoted: str) -> str:
    """Outlook desktop's (Word's) reply: a div with a top border around the header block."""
    return (
        "<html><body lang=EN-US><div class=WordSection1>"
        f"{top}<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;"
        "padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> Ana Field "
        "&lt;ana@fieldpractice.example&gt; <br><b>Sent:</b> Friday, October 2, 2026 10:00"
        "<br><b>To:</b> Tom Lee<br><b>Subject:</b> How are you?<o:p></o:p></p></div></div>"
        f"<p class=MsoNormal><o:p>&nbsp;</o:p></p>{quoted}</div></body></html>"
    )


def _mso(text: str, colour: str = "") -> str:
    style = f" style='color:{colour}'" if colour else ""
    return f"<p class=MsoNormal><span{style}>{text}<o:p></o:p></span></p>"


_RED = "#C00000"


def test_outlook_answers_inside_the_quoted_mail_are_kept() -> None:
    # Answers typed into the quoted mail, in colour, under "see my answers below".
    owa = _owa(
        "Hi Ana, see my answers below in red.",
        "<div>How is your sleep?</div>"
        f"<div><span style='color:{_RED}'>Much better.</span></div>"
        "<div>Any side effects?</div>"
        f"<div><span style='color:{_RED}'>None at all.</span></div>",
    )
    assert new_text_from_html(owa) == (
        "Hi Ana, see my answers below in red.\n\nHow is your sleep?\nMuch better.\n"
        "Any side effects?\nNone at all."
    )
    desktop = _outlook_desktop(
        _mso("Answers inline."),
        _mso("How is your sleep?") + _mso("Much better.", _RED) + _mso("Any side effects?")
        + _mso("None at all.", _RED),
    )  # fmt: skip
    assert new_text_from_html(desktop) == (
        "Answers inline.\n\nHow is your sleep?\nMuch better.\nAny side effects?\nNone at all."
    )


def test_outlook_answers_with_nothing_written_above_are_kept() -> None:
    owa = _owa("<br>", "<div>How is your sleep?</div><div>Much better.</div>")
    assert new_text_from_html(owa) == "How is your sleep?\nMuch better."
    desktop = _outlook_desktop(
        _mso("&nbsp;"), _mso("How is your sleep?") + _mso("Much better.", _RED)
    )
    assert new_text_from_html(desktop) == "How is your sleep?\nMuch better."


def test_an_outlook_reply_above_the_quoted_mail_still_drops_it() -> None:
    quoted = "<div>How is your sleep?</div><div>Any side effects?</div>"
    assert new_text_from_html(_owa("Much better.", quoted)) == "Much better."
    desktop = _outlook_desktop(_mso("Much better."), _mso("How is your sleep?"))
    assert new_text_from_html(desktop) == "Much better."
    # Older history inside the quoted mail stays out even when the client answered inside.
    older = _owa(
        "See my answers below.",
        "<div>How is your sleep?</div><div>Better.</div><div>-----Original Message-----</div>"
        "<div>From: Tom Lee</div><div>Sent: Monday</div><div>To: Ana</div><div>Old news</div>",
    )
    assert new_text_from_html(older) == "See my answers below.\n\nHow is your sleep?\nBetter."


def test_outlook_comments_marked_with_the_writers_name_keep_their_questions() -> None:
    mark = "<b><i><span style='color:#C00000'>[Tom Lee] </span></i></b>"
    owa = _owa(
        "Hi Ana,",
        f"<div>How is your sleep?</div><div>{mark}Much better.</div>"
        f"<div>Any side effects?</div><div>{mark}None at all.</div><div>Kind regards, Ana</div>",
    )
    assert new_text_from_html(owa) == (
        "Hi Ana,\n\n> How is your sleep?\n[Tom Lee] Much better.\n> Any side effects?\n"
        "[Tom Lee] None at all."
    )
    # Bracketed words in our own mail are no such marks.
    notes = _owa("Much better.", "<div>[1] Plan</div><div>[2] Diary</div>")
    assert new_text_from_html(notes) == "Much better."


def test_an_html_only_reply_with_an_inline_crisis_reaches_the_safety_net() -> None:
    html = _gmail(
        _gq("How is your sleep?") + "<div>Bad. I took all the pills last night.</div>"
        + _gq("Any side effects?") + "<div>None.</div>"
    )  # fmt: skip
    raw = (
        "From: Tom Lee <tom@mail.example>\r\nTo: ana@fieldpractice.example\r\n"
        "Subject: Re: How are you?\r\nMessage-ID: <r1@mail.example>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n"
    ).encode()
    reply = parse_reply(raw, StaticReplyIndex(), received_at=datetime(2026, 10, 3, tzinfo=UTC))
    assert reply.kind == "reply"
    assert reply.text == (
        "> How is your sleep?\nBad. I took all the pills last night.\n> Any side effects?\nNone."
    )
    assert reply.urgency == "crisis"


# Our question copied as a "&gt; " line above the answer, typed in each program's HTML editor:
# with a <br>, one block a line, or in one paragraph whose source lines the editor kept
# (issue 8 item 5). The history below goes; the question and its answer stay.
_ASKED = "How is your sleep, 0 to 10?"
_ANSWER = "3. I wake at four every night and cry."
_COPIED = f"> {_ASKED}\n{_ANSWER}"
_QUOTED_MAIL = "<p>Dear Tom,</p><p>How is your sleep, 0 to 10?</p><p>Ana</p>"

COPIED_QUESTION_MAILS = {
    "thunderbird, one paragraph": _thunderbird(
        f"<p>&gt; {_ASKED}\n{_ANSWER}</p>" + _MOZ_PREFIX + _tcite(_QUOTED_MAIL)
    ),
    "thunderbird, a <br>": _thunderbird(
        f"<p>&gt; {_ASKED}<br>\n{_ANSWER}</p>" + _MOZ_PREFIX + _tcite(_QUOTED_MAIL)
    ),
    "gmail, a div a line": _gmail(
        _gq("Dear Tom,<br>How is your sleep, 0 to 10?"),
        top=f"<div>&gt; {_ASKED}</div><div>{_ANSWER}</div>",
    ),
    "apple mail": _apple(
        f'<div dir="ltr">&gt; {_ASKED}</div><div dir="ltr">{_ANSWER}</div>'
        + _apple_attr()
        + _acite("Dear Tom,<br>How is your sleep, 0 to 10?")
    ),
    "owa": _owa(f"&gt; {_ASKED}<br>{_ANSWER}", "<div>Dear Tom,</div><div>How is your sleep?</div>"),
    "outlook desktop, a paragraph a line": _outlook_desktop(
        _mso(f"&gt; {_ASKED}") + _mso(_ANSWER), _mso("Dear Tom,") + _mso("How is your sleep?")
    ),
    "outlook desktop, one paragraph": _outlook_desktop(
        _mso(f"&gt; {_ASKED}\n{_ANSWER}"), _mso("Dear Tom,") + _mso("How is your sleep?")
    ),
}


@pytest.mark.parametrize("client", COPIED_QUESTION_MAILS)
def test_a_copied_question_stays_above_its_answer_in_html(client: str) -> None:
    text = new_text_from_html(COPIED_QUESTION_MAILS[client])
    assert text == _COPIED
    assert unquoted(text) == _ANSWER  # the safety net reads the answer, never our question


def test_source_lines_in_html_stay_one_line_unless_a_quote_opens_them() -> None:
    # An editor's wrapped source, with a ">" that does not open the line, is one line.
    html = _thunderbird("<p>the pain is\n&gt; 5 most days\nsince Monday</p>")
    assert new_text_from_html(html) == "the pain is > 5 most days since Monday"
    # A quoted line that asks nothing goes, and the answer below it stays.
    html = _thunderbird("<p>&gt; You said to rest.\nI did, and it helped.</p>")
    assert new_text_from_html(html) == "I did, and it helped."


@pytest.mark.parametrize(
    "html",
    [
        _gmail(_gq("How is your sleep?") + "<div>Much better.</div>"),
        _apple(_apple_attr() + _acite("How is your sleep?") + '<div dir="ltr">Much better.</div>'),
        _thunderbird(_MOZ_PREFIX + _tcite("<p>How is your sleep?</p>") + "<p>Much better.</p>"),
    ],
    ids=["gmail", "apple mail", "thunderbird"],
)
def test_a_bottom_post_under_an_html_attribution_still_loses_a_quoted_question(html: str) -> None:
    # The program's attribution (dropped as an element) introduces the quote: our history.
    assert new_text_from_html(html) == "Much better."
    assert "\ue000" not in html_to_text(html)  # where it stood is marked for the reader only
