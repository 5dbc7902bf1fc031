"""A client's crisis is never set aside as automatic mail (issue 8 with issue 13).

What marks mail as automatic is often something a person can write too: a subject
("Out of office", "Automatic reply"), a sender's name, a list's headers, a footer.
When only such a sign says "automatic" and the mail is from a known client, the
safety net still reads it, and a crisis keeps it a reply, alerted as one. When the
mail's own headers say a program wrote it (RFC 3834 Auto-Submitted, a vacation
responder's X-Autoreply), it stays automatic: no person's words carry those.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from carecall_mail.core.replies.parse import SentRef, StaticReplyIndex, parse_reply

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
INDEX = StaticReplyIndex(
    sent={"checkin-1@fieldpractice.example": SentRef("checkin:c-001:2026-10-02:one-week", "c-001")},
    clients={"maria@example.org": "c-001"},
)
CRISIS = "i dont want to live anymore. i have the pills ready\n"


def mail(subject: str, body: str, headers: str = "", sender: str = "maria@example.org") -> bytes:
    return (
        f"From: Maria Keller <{sender}>\nTo: ana@fieldpractice.example\nSubject: {subject}\n"
        "Message-ID: <m1@example.org>\nIn-Reply-To: <checkin-1@fieldpractice.example>\n"
        f"{headers}\n{body}"
    ).encode()


@pytest.mark.parametrize(
    ("subject", "headers"),
    [
        ("Out of office: Re: How are you?", ""),
        ("Automatic reply: How are you?", ""),
        ("Re: How are you?", "Precedence: bulk\n"),
        ("Re: How are you?", "X-MS-Exchange-Inbox-Rules-Loop: maria@example.org\n"),
    ],
)
def test_a_clients_crisis_that_looks_automatic_stays_a_crisis_reply(
    subject: str, headers: str
) -> None:
    looks_automatic = parse_reply(
        mail(subject, "I am away until Monday.\n", headers), INDEX, received_at=NOW
    )
    assert looks_automatic.kind == "autoreply"  # the sign alone does make it automatic

    reply = parse_reply(mail(subject, CRISIS, headers), INDEX, received_at=NOW)
    assert (reply.kind, reply.urgency, reply.flagged) == ("reply", "crisis", True)
    assert reply.client_id == "c-001"
    assert any(r.startswith("crisis: ") for r in reply.reasons)
    assert any("read as automatic" in r for r in reply.reasons), reply.reasons
    assert not reply.autoreply_ok  # nothing answers it automatically on a guess


@pytest.mark.parametrize(
    "headers",
    ["Auto-Submitted: auto-replied\n", "X-Autoreply: yes\n"],
)
def test_mail_whose_headers_say_a_program_wrote_it_stays_automatic(headers: str) -> None:
    reply = parse_reply(mail("Out of office", CRISIS, headers), INDEX, received_at=NOW)
    assert reply.kind == "autoreply" and reply.urgency == "none"


def test_a_concern_in_automatic_looking_mail_stays_automatic() -> None:
    # Only a crisis outweighs the sign: an out-of-office note about a headache is not a reply.
    body = "I am out until Monday with a bad headache.\n"
    reply = parse_reply(mail("Out of office: Re: How are you?", body), INDEX, received_at=NOW)
    assert reply.kind == "autoreply" and reply.urgency == "none"


def test_automatic_looking_mail_from_nobody_we_know_is_not_read_for_a_crisis() -> None:
    raw = mail("Automatic reply: newsletter", CRISIS, sender="news@shop.example").replace(
        b"In-Reply-To: <checkin-1@fieldpractice.example>\n", b""
    )
    reply = parse_reply(raw, INDEX, received_at=NOW)
    assert reply.kind == "autoreply" and reply.client_id is None


# Our own check-in, as Outlook quotes it below an empty reply (sent by mistake, or only a
# file attached): its question about side effects must never read as the client's concern.
OUR_CHECKIN = (
    "Dear Maria,\n\nHow have you been since our session? Are you having any side effects"
    " from the drops, headaches or dizziness?\n\nAna"
)
OUTLOOK_HEADER = (
    "From: Ana Field <ana@fieldpractice.example>\nSent: Monday, 30 November 2026 09:00\n"
    "To: Maria Keller <maria@example.org>\nSubject: How are you?\n\n"
)
EMPTY_PLAIN = "\n\n-----Original Message-----\n" + OUTLOOK_HEADER + OUR_CHECKIN + "\n"
EMPTY_HTML = (
    '<html><body><div><br></div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">'
    "<b>From:</b> Ana Field &lt;ana@fieldpractice.example&gt;<br><b>Sent:</b> Monday, 30"
    " November 2026 09:00<br><b>Subject:</b> How are you?</div><div>"
    + OUR_CHECKIN.replace("\n", "<br>")
    + "</div></body></html>"
)


@pytest.mark.parametrize(("ctype", "body"), [("plain", EMPTY_PLAIN), ("html", EMPTY_HTML)])
def test_an_empty_reply_to_our_mail_logs_nothing_of_ours_as_theirs(ctype: str, body: str) -> None:
    raw = mail("RE: How are you?", body, f"Content-Type: text/{ctype}; charset=utf-8\n")
    reply = parse_reply(raw, INDEX, received_at=NOW)
    assert (reply.kind, reply.client_id, reply.text) == ("reply", "c-001", "")
    assert reply.urgency == "none" and not reply.flagged, reply.reasons


def test_the_same_body_from_a_mail_that_answers_nothing_of_ours_is_read_on() -> None:
    # A forward without a comment, or mail whose app left the client's words below the
    # marker: with no message of ours answered, what lies below may well be theirs.
    raw = mail("RE: How are you?", EMPTY_PLAIN).replace(
        b"In-Reply-To: <checkin-1@fieldpractice.example>\n", b""
    )
    reply = parse_reply(raw, INDEX, received_at=NOW)
    assert "side effects from the drops" in reply.text


def test_a_reply_above_our_quoted_mail_keeps_only_the_clients_words() -> None:
    raw = mail("RE: How are you?", "The headaches are back since Friday.\n" + EMPTY_PLAIN)
    reply = parse_reply(raw, INDEX, received_at=NOW)
    assert reply.text == "The headaches are back since Friday."
    assert reply.urgency == "concern"


THREAT = (
    "---------- Forwarded message ---------\n"
    "From: Tom <tom@example.net>\nDate: Mon, 30 Nov 2026 at 23:10\nSubject: you\n"
    "To: Maria Keller <maria@example.org>\n\n"
    "if you leave me i will kill you. i know where you sleep\n"
)
OUTLOOK_FORWARD = (
    "-----Original Message-----\n"
    "From: Lena <lena@example.net>\nSent: Monday, November 30, 2026 11:10 PM\n"
    "To: Maria Keller <maria@example.org>\nSubject: sorry\n\n"
    "i cant go on like this anymore. i have decided to end my life this weekend. forgive me\n"
)


@pytest.mark.parametrize(
    ("subject", "body"), [("Fwd: you", THREAT), ("FW: sorry", OUTLOOK_FORWARD)]
)
def test_a_forward_without_a_word_of_the_clients_is_still_read_by_the_net(
    subject: str, body: str
) -> None:
    # A client who passes on a partner's threat or a friend's goodbye, saying nothing, has
    # brought it to the practitioner: the log keeps no words of theirs, the net reads it all.
    raw = mail(subject, body).replace(b"In-Reply-To: <checkin-1@fieldpractice.example>\n", b"")
    reply = parse_reply(raw, INDEX, received_at=NOW)
    assert (reply.kind, reply.client_id, reply.text) == ("reply", "c-001", "")
    assert reply.urgency == "crisis", reply.reasons
    assert reply.reasons and all(r.startswith("in the forwarded mail: ") for r in reply.reasons)


def test_a_forward_with_a_comment_keeps_the_clients_level_and_adds_the_forwarded_one() -> None:
    raw = mail("Fwd: you", "this came last night. the headaches are back too\n\n" + THREAT)
    reply = parse_reply(raw, INDEX, received_at=NOW)
    assert "headaches are back" in reply.text and "kill you" not in reply.text
    assert reply.urgency == "crisis"
    assert any(r.startswith("concern: ") for r in reply.reasons), reply.reasons
    assert any(r.startswith("in the forwarded mail: crisis") for r in reply.reasons)


def test_a_harmless_forward_raises_nothing() -> None:
    body = THREAT.replace(
        "if you leave me i will kill you. i know where you sleep",
        "the garden party is on saturday at three, bring a cake if you like",
    )
    reply = parse_reply(mail("Fwd: you", body), INDEX, received_at=NOW)
    assert reply.urgency == "none" and not reply.flagged, reply.reasons
