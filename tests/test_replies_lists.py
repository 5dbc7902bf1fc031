"""Issue 13: list and bulk mail by the list software's own marks (ezmlm, Mailman 2 and their
VERP envelope senders), bulk footers in a mailing's words, out-of-office subjects; and the
weak signs of a program (a forwarder's envelope sender, a mailbox called "Newsletter") that
give way when a person's own mail program wrote the mail.
"""

from __future__ import annotations

from functools import partial

import pytest
from test_replies_signals import INDEX, OURS, kind
from test_replies_signals import build as signals_build

from carecall_mail.core.replies.autoreplies import autoreply_reason, bulk_footer, list_reason

# A stranger's mail: test_replies_signals' builder with a stranger's defaults.
build = partial(
    signals_build,
    sender="Lena Vogt <lena@example.net>",
    subject="Meeting",
    body="Hello, the meeting moves to Friday.\n",
)


# --- ezmlm and Mailman 2 -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        # ezmlm stamps each mail it distributes so (qmail's Delivered-To).
        ("Delivered-To: mailing list php-internals@lists.php.net\n", "mailing list: ezmlm"),
        (
            "Mailing-List: contact internals-help@lists.php.net; run by ezmlm\n",
            "mailing list: Mailing-List",
        ),
        # ezmlm's envelope sender, plain and VERP.
        ("Return-Path: <internals-return-4711-@lists.php.net>\n", "mailing list: list return path"),
        (
            "Return-Path: <internals-return-4711-ana=fieldpractice.example@lists.php.net>\n",
            "mailing list: list return path",
        ),
        # Mailman 2's envelope sender, plain and VERP, and its own header.
        ("Return-Path: <holistic-bounces@lists.example>\n", "mailing list: list return path"),
        (
            "Return-Path: <holistic-bounces+ana=fieldpractice.example@lists.example>\n",
            "mailing list: list return path",
        ),
        ("X-BeenThere: holistic@lists.example\n", "mailing list: Mailman"),
    ],
)
def test_list_software_marks_list_mail(headers: str, reason: str) -> None:
    assert kind(build(headers=headers)) == ("autoreply", (f"autoreply: {reason}",))


def test_a_persons_delivery_and_return_path_are_no_list_marks() -> None:
    headers = {
        "delivered-to": ["ana@fieldpractice.example"],
        "return-path": ["<lena-return@example.net>"],
    }
    assert list_reason(headers) is None
    assert list_reason({"return-path": ["<maria.bounces-back@example.org>"]}) is None


def test_a_client_writing_through_an_ezmlm_list_we_share_still_replies() -> None:
    raw = signals_build(
        headers=f"Delivered-To: mailing list circle@lists.example\nIn-Reply-To: {OURS}\n",
        subject="Re: Termin am Donnerstag",
    )
    assert kind(raw, INDEX)[0] == "reply"


# --- a person's mail program outweighs a program's weak signs ------------------------------------

FORWARDED = "Return-Path: <bounce+300849.3b3-team+inbox=fieldpractice.example@mailgun.org>\n"


def test_a_forwarders_envelope_sender_on_a_persons_mail_is_no_bulk_sign() -> None:
    # A mail-routing service forwards the mail with its own bounce address as the envelope
    # sender; Apple Mail wrote the mail.
    raw = build(headers=FORWARDED + "X-Mailer: Apple Mail (2.1827)\n")
    assert kind(raw) == ("reply", ())


def test_the_same_envelope_sender_without_a_mail_program_stays_automatic() -> None:
    assert kind(build(headers=FORWARDED)) == ("autoreply", ("autoreply: automatic return path",))


SRS_FORWARDED = (
    "Return-Path: <SRS0=Ab3x=LY=example.net=lena@bounce.forwarder.example>\nPrecedence: bulk\n"
)


def test_a_forwarders_srs_envelope_and_bulk_precedence_are_no_bulk_sign() -> None:
    # A forwarding service rewrote the envelope by SRS and stamped "Precedence: bulk" on the
    # person's mail it passed on, to keep responders quiet.
    assert kind(build(headers=SRS_FORWARDED)) == ("reply", ())


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        # Near misses: the same Precedence under the author's own envelope, and a newsletter
        # through the same forwarder, which its list header still names.
        ("Return-Path: <lena@example.net>\nPrecedence: bulk\n", "Precedence bulk"),
        (
            SRS_FORWARDED + "List-Unsubscribe: <https://news.example/u/1>\n",
            "mailing list: List-Unsubscribe",
        ),
    ],
)
def test_bulk_precedence_without_a_forwarders_envelope_stays_bulk(
    headers: str, reason: str
) -> None:
    assert kind(build(headers=headers)) == ("autoreply", (f"autoreply: {reason}",))


MAPI_HOP = (
    "Received: from MBX01.mail.example ([fe80::1]) by MBX01.mail.example ([fe80::1%22]) "
    "with mapi id 15.00.0775.031; Thu, 27 Nov 2026 17:28:13 -0500\n"
)


def test_a_mailbox_named_newsletter_writing_in_outlook_is_a_person() -> None:
    # A meeting request from a shared mailbox an office happens to call "Newsletter".
    raw = build(
        headers=MAPI_HOP, sender="Studio Newsletter <newsletter@studio.example>", subject="1"
    )
    assert kind(raw) == ("reply", ())


def test_a_newsletter_sender_without_a_mail_program_stays_bulk() -> None:
    raw = build(sender="Studio Newsletter <newsletter@studio.example>", subject="Winter classes")
    assert kind(raw) == ("autoreply", ("autoreply: bulk mail: newsletter sender",))


def test_a_mail_program_never_outweighs_a_list_or_no_reply_sender() -> None:
    # Strong signs stay: a list's headers, a no-reply sender.
    listed = build(headers="List-Id: <holistic.lists.example>\nX-Mailer: Apple Mail (2.1827)\n")
    assert kind(listed)[0] == "autoreply"
    noreply = build(headers="User-Agent: Thunderbird/128.0\n", sender="no-reply@shop.example")
    assert kind(noreply) == ("autoreply", ("autoreply: automatic sender",))


# --- out-of-office subjects and a mailing's own words -----------------------------------------


def test_outlooks_hebrew_out_of_office_subject_is_an_autoreply() -> None:
    subject = "מענה 'אני לא נמצא': Invoice 02722027"
    assert autoreply_reason({}, subject) == "out-of-office subject"
    # Near miss: "an answer to your question" is a person's subject.
    assert autoreply_reason({}, "מענה לשאלה שלך") is None


def test_a_mailings_way_out_and_web_version_lines_are_bulk() -> None:
    tail = "x " * 200 + "\nNot interested? To stop receiving further communication from us, visit "
    assert (
        bulk_footer(tail + "https://news.example/unsubscribe\n") == "bulk mail: unsubscribe footer"
    )
    head = "ACADEMIC NEWSLETTER #11\n----\nView email in browser: https://news.example/11.html\n"
    assert bulk_footer(head + "\nDear Colleague,\n") == "bulk mail: view-in-browser line"


@pytest.mark.parametrize(
    "text",
    [
        "Hello, I want to stop receiving these emails, please.\n",
        "How do I stop receiving these emails? Please help.\n",
        "I tried to view the email in the browser but it was empty. Can you resend it?\n",
    ],
)
def test_a_persons_words_about_stopping_or_viewing_are_no_bulk_footer(text: str) -> None:
    assert bulk_footer(text) is None


# A mass mailer's older removal wording, at the head or the foot of its offer.
OFFER = "Our garden chairs are half price this week only.\nSee the whole range online.\n"


@pytest.mark.parametrize(
    "way_out",
    [
        "To be removed please visit: http://deals.example/rl/remove.html\n",
        "To Be Removed Send E-Mail to out@deals.example\n",
        "Opt-Out Instructions:\nSubmit your request at http://deals.example/out\n",
        "We honor all removal requests.\n",
        "if you wish no longer to receive our offers you may opt-out following this link\n",
        "Remove your email\n",
    ],
)
def test_a_mailers_removal_instructions_are_bulk(way_out: str) -> None:
    for body in (way_out + "\n" + OFFER, OFFER + "\n" + way_out):
        raw = build(sender="deals4u@example.com", subject="Garden sale", body=body)
        assert kind(raw) == ("autoreply", ("autoreply: bulk mail: removal instructions",))


@pytest.mark.parametrize(
    "text",
    [
        # A person's own request to be taken off is a request, not the mailer's instruction.
        "Hello, I want to be removed from your list, please.\n",
        "Please remove my email from your mailing list.\n",
        "I asked to be removed from these mailings twice. You can opt out of the group chat too.\n",
    ],
)
def test_a_persons_removal_request_is_no_removal_instruction(text: str) -> None:
    assert bulk_footer(text) is None
    # Whether the words are an opt-out is optouts.py's to say; they are never bulk mail.
    assert kind(build(body=text))[0] in ("reply", "optout")


def test_a_fw_subject_over_a_mailing_that_passes_nothing_on_is_bulk() -> None:
    # "Fw:" over an offer with no forwarded mail in it and no thread header: spam dressed as
    # a forward, whose way out is its own.
    body = OFFER + "\nTo be removed please visit http://deals.example/out\n"
    raw = build(sender="deals4u@example.com", subject="Fw: Garden sale", body=body)
    assert kind(raw) == ("autoreply", ("autoreply: bulk mail: removal instructions",))


@pytest.mark.parametrize(
    "headers",
    [
        # Near misses: a mail program's forward names the forwarded mail in its thread headers
        # (Gmail, Thunderbird) or its Thread-Index (Outlook), even when its title was cut.
        "References: <news-11@deals.example>\n",
        "Thread-Index: AQHaOuZ3k9x2\n",
    ],
)
def test_a_persons_forward_of_a_mailing_stays_theirs_without_its_title(headers: str) -> None:
    body = OFFER + "\nIf you no longer wish to receive these emails, unsubscribe here.\n"
    raw = build(subject="Fwd: Garden sale", headers=headers, body=body)
    assert kind(raw) == ("reply", ())


def test_a_code_forges_notification_without_its_list_headers_is_bulk() -> None:
    # An HTML-only copy of a forge's notification, its list headers lost: its footer says why
    # it was sent and how to get back to the thread.
    html = (
        "<ol><li>open the draft</li><li>edit it</li><li>here it is.</li></ol>\n"
        '<p style="color:#666;">&mdash;<br />You are receiving this because you commented.<br />'
        'Reply to this email directly, <a href="https://forge.example/t/1">view it on GitHub</a>.'
        "</p>\n"
    )
    raw = build(
        sender="Lena Vogt <lena@example.net>",
        subject="Re: [tracker] Drafts lose their attachment (#41)",
        headers="MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n",
        body=html,
    )
    assert kind(raw) == ("autoreply", ("autoreply: bulk mail: unsubscribe footer",))
    # Near miss: a person who says why they write.
    own = build(body="You are receiving this because I thought you might know the answer.\n")
    assert kind(own) == ("reply", ())


LISTSERV = (
    "Sender: Holistic list <HOLISTIC-L@LISTSERV.EXAMPLE.EDU>\n"
    "To: Multiple recipients of list HOLISTIC-L <HOLISTIC-L@LISTSERV.EXAMPLE.EDU>\n"
)


def test_a_sender_that_is_the_address_the_mail_went_to_is_a_list() -> None:
    # LISTSERV sends each post on as the list, to the list: no List-* header needed.
    assert list_reason({"from": ["lena@example.net"], **_fields(LISTSERV)}) == (
        "mailing list: list sender"
    )


@pytest.mark.parametrize(
    "fields",
    [
        # Near misses: an assistant sending for someone, who may copy themselves; a person
        # who writes to themselves and to us.
        "Sender: Tom <tom@example.net>\nTo: ana@fieldpractice.example\nCc: tom@example.net\n",
        "Sender: lena@example.net\nTo: lena@example.net, ana@fieldpractice.example\n",
    ],
)
def test_a_persons_sender_is_no_list(fields: str) -> None:
    assert list_reason({"from": ["Lena Vogt <lena@example.net>"], **_fields(fields)}) is None


def _fields(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in text.strip().split("\n"):
        name, _, value = line.partition(":")
        found.setdefault(name.lower(), []).append(value.strip())
    return found
