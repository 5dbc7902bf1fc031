"""Issue 13: list and mass mail that says so in no List-* header, read by general rules.

The lists of the 1990s (LISTSERV, majordomo, news gateways), responders that send from the null
sender, scripts that send as a server's account, and shops' and carriers' notices sent to
hidden recipients or greeting "Dear customer". Each rule has its near miss: a person's own
mail with the same look stays a reply, and a client answering our mail always does.
"""

from __future__ import annotations

import pytest
from test_replies_signals import INDEX, OURS, kind

STRANGER = "Lena Vogt <lena@example.net>"


def mail(
    *,
    sender: str = STRANGER,
    to: str = "ana@fieldpractice.example",
    subject: str = "Meeting",
    headers: str = "",
    body: str = "Hello, the meeting moves to Friday.\n",
) -> bytes:
    # An empty sender or recipient leaves its field out: mail from scripts often has neither.
    from_line = f"From: {sender}\n" if sender else ""
    to_line = f"To: {to}\n" if to else ""
    return (
        f"{from_line}{to_line}Subject: {subject}\nMessage-ID: <m1@example.net>\n"
        f"Date: Tue, 1 Dec 2026 08:00:00 +0100\n{headers}\n{body}"
    ).encode()


# --- lists of the 1990s and news gateways --------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        # A Usenet article a gateway passed to mail: a news server's Path and its Newsgroups.
        (
            "Path: news.example.edu!gateway\nNewsgroups: bit.listserv.edi-l\n",
            "mailing list: news article",
        ),
        # LISTSERV sent each post on as the list ("EDI-L@…"), through a BITNET gateway too.
        ("Sender: EDI Issues <EDI-L@UCCVMA.EXAMPLE.EDU>\n", "mailing list: list sender"),
        ("Sender: SAS(r) <SAS-L%VTVM1.BITNET@vtbit.example.edu>\n", "mailing list: list sender"),
        ("Sender: Bonsai <BONSAI@listserv.example.edu>\n", "mailing list: list sender"),
        ("Return-Path: <admin@lists.example.org>\n", "mailing list: list host"),
    ],
)
def test_old_lists_and_news_gateways_are_list_mail(headers: str, reason: str) -> None:
    assert kind(mail(headers=headers)) == ("autoreply", (f"autoreply: {reason}",))


def test_a_list_that_asks_answers_back_to_itself_is_list_mail() -> None:
    raw = mail(to="mh-mime@example.org", headers="Reply-To: mh-mime@example.org\n")
    assert kind(raw) == ("autoreply", ("autoreply: mailing list: replies go to the list",))


@pytest.mark.parametrize(
    "headers",
    [
        # A newsreader's mailed copy of a post names the group, but no news server's Path.
        "Newsgroups: comp.mail.mime\n",
        # An assistant who sends for someone, and a Reply-To that is the author's other address.
        "Sender: Mia Roth <mia@example.net>\n",
        "Reply-To: lena.vogt@home.example\n",
        "Return-Path: <lena@example.net>\n",
    ],
)
def test_a_persons_own_sender_reply_to_and_newsgroups_stay_a_reply(headers: str) -> None:
    assert kind(mail(headers=headers))[0] == "reply"


def test_a_client_answering_us_through_a_listserv_list_still_replies() -> None:
    raw = mail(
        sender="Jonas Berg <jonas@example.net>",
        subject="Re: Termin am Donnerstag",
        headers=f"Sender: Circle <CIRCLE-L@listserv.example.edu>\nIn-Reply-To: {OURS}\n",
    )
    assert kind(raw, INDEX)[0] == "reply"


# --- the envelope: a server's account, the null sender -------------------------------------------

SCRIPT = "Received: (from nobody@localhost) by shop.example (8.13.1/Submit) id p07;\n"


def test_a_script_running_as_the_web_servers_account_is_automatic() -> None:
    raw = mail(
        sender="Shop <mall@shop.example>", headers=f"Return-Path: <nobody@shop.example>\n{SCRIPT}"
    )
    assert kind(raw) == ("autoreply", ("autoreply: automatic sender: system account",))


def test_a_persons_own_envelope_on_a_local_submission_stays_a_reply() -> None:
    trace = "Received: (from lena@localhost) by example.net (8.13.1/Submit) id p07;\n"
    raw = mail(headers=f"Return-Path: <lena@example.net>\n{trace}")
    assert kind(raw)[0] == "reply"


def test_an_echo_robot_answering_from_the_null_sender_is_automatic_not_a_bounce() -> None:
    raw = (
        b"Return-Path: <>\nFrom: echo@example.org\nTo: ana@fieldpractice.example\n"
        b"Subject: Re: test 1\nMessage-ID: <e1@example.org>\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\n'
        b"default echo 1\n--b\nContent-Type: message/rfc822\n\nFrom: ana@fieldpractice.example\n"
        b"Subject: test 1\nMessage-ID: <t1@fieldpractice.example>\n\ntest 1\n--b--\n"
    )
    assert kind(raw) == ("autoreply", ("autoreply: null return path",))


def test_a_bounce_from_the_null_sender_stays_a_bounce() -> None:
    raw = (
        b"Return-Path: <>\nFrom: MAILER-DAEMON@mx.example.org\nTo: ana@fieldpractice.example\n"
        b"Subject: Undelivered Mail Returned to Sender\nMessage-ID: <b1@mx.example.org>\n"
        b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\n'
        b"Content-Type: text/plain\n\nI'm sorry to have to inform you that your message could "
        b"not be delivered to <gone@example.org>.\n--b\nContent-Type: message/rfc822\n\n"
        b"From: ana@fieldpractice.example\nSubject: test\nMessage-ID: <t2@fieldpractice.example>\n"
        b"\ntest\n--b--\n"
    )
    assert kind(raw)[0] == "bounce"


def test_spam_from_the_null_sender_stays_what_the_filter_made_of_it() -> None:
    raw = mail(headers="Return-Path: <>\nX-Spam-Flag: YES\n")
    assert kind(raw)[0] == "reply"


def test_an_autoresponder_relayed_with_a_bounce_address_is_an_autoreply() -> None:
    # A forwarder passed an out-of-office reply on with MAILER-DAEMON as its envelope sender;
    # Mailtraq's own header says a responder wrote it, and it names no failed address.
    raw = mail(
        subject="Automatic Response",
        headers=(
            "Return-Path: <MAILER-DAEMON@relay.example>\nX-POST-MessageClass: 9; Autoresponder\n"
        ),
        body="I am away until Monday.\n",
    )
    assert kind(raw) == ("autoreply", ("autoreply: X-Post-Messageclass",))


# --- mailings with no bulk header ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sender", "to", "subject", "headers", "body", "reason"),
    [
        (
            "Hal Software <support@hal.example>",
            "",
            "Welcome to Ishmail",
            "Apparently-To: ana@fieldpractice.example\n",
            "Thank you for choosing our mail reader.\n",
            "bulk mail: hidden recipients",
        ),
        (
            "Shop <info@shop.example>",
            "Undisclosed recipients:;",
            "News",
            "",
            "Our autumn range is in.\n",
            "bulk mail: hidden recipients",
        ),
        (
            "Melon <melon@melon.example>",
            "melon@melon.example",
            "Terms",
            "X-Mailer: MaxMailer Ver 4.0.0\n",
            "언제나 멜론을 사랑해주시는 회원님께 감사드리며,\n",
            "bulk mail: greets a customer, not a person",
        ),
        (
            STRANGER,
            "smime-dev@example.com",
            "Multipart/signed message format",
            "Return-Path: <lena@example.net>\n",
            "I believe that this is a valid signed message.\n",
            "mailing list: addressed to a list",
        ),
        (
            "Telecom <info@telecom.example>",
            "ana@fieldpractice.example",
            "Your bill",
            "",
            "Dear customer,\n\nyour new monthly bill is ready.\n",
            "bulk mail: greets a customer, not a person",
        ),
        (
            "Cosmote <ebill@telecom.example>",
            "ana@fieldpractice.example",
            "Λογαριασμός",
            "",
            "Αγαπητέ συνδρομητή,\n\nεκδόθηκε ο νέος λογαριασμός σας.\n",
            "bulk mail: greets a customer, not a person",
        ),
        (
            "App <support@app.example>",
            "ana@fieldpractice.example",
            "Welcome to APPNAME",
            "",
            "Thanks for joining us!\n",
            "automatic-mail subject: a service's welcome",
        ),
        (
            "Telecom <info@telecom.example>",
            "ana@fieldpractice.example",
            "Message From Telecom",
            "",
            "An invoice was issued.\n",
            "bulk mail: a program's Message-ID",
        ),
    ],
)
def test_mailings_without_bulk_headers(
    sender: str, to: str, subject: str, headers: str, body: str, reason: str
) -> None:
    raw = mail(sender=sender, to=to, subject=subject, headers=headers, body=body)
    if reason.endswith("Message-ID"):
        raw = raw.replace(b"<m1@example.net>", b"<auto-000009604553@telecom.example>")
    assert kind(raw) == ("autoreply", (f"autoreply: {reason}",))


@pytest.mark.parametrize(
    ("sender", "to", "subject", "headers", "body"),
    [
        # A person who writes to several practices at once hides them, from their own name.
        (STRANGER, "lena@example.net", "Looking for a therapist", "", "Do you have a place?\n"),
        (STRANGER, "Undisclosed recipients:;", "Looking for a therapist", "", "Hello.\n"),
        # Their own copy of a post to a list, kept by their mail program (its Fcc mark),
        # went through no list.
        (STRANGER, "smime-dev@example.com", "Signed mail", "X-Mutt-Fcc: \n", "A signed message.\n"),
        # They greet the practitioner, or welcome someone, by name and from their own address.
        (STRANGER, "ana@fieldpractice.example", "Question", "", "Dear Dr Berg,\n\nhello.\n"),
        (STRANGER, "ana@fieldpractice.example", "Welcome to the group", "", "Glad you came.\n"),
    ],
)
def test_a_persons_mail_that_looks_like_a_mailing_stays_a_reply(
    sender: str, to: str, subject: str, headers: str, body: str
) -> None:
    assert kind(mail(sender=sender, to=to, subject=subject, headers=headers, body=body))[0] == (
        "reply"
    )


def test_a_client_answering_us_with_a_customers_greeting_still_replies() -> None:
    raw = mail(
        sender="Jonas Berg <jonas@example.net>",
        to="Undisclosed recipients:;",
        subject="Re: Termin am Donnerstag",
        headers=f"In-Reply-To: {OURS}\n",
        body="Dear customer service, the link does not work.\n",
    )
    assert kind(raw, INDEX)[0] == "reply"


# --- receipts of case systems --------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "This is an acknowledgement of your email to the council.\n",
        "Your e-mail message to foi@example.gov was received and assigned the reference 16-89.\n",
        "Vaše e-mailová zpráva, zaslaná na adresu foi@example.cz, byla převzata a bylo jí "
        "přiděleno evidenční číslo 16-8959.\n",
    ],
)
def test_a_case_systems_receipt_is_automatic(body: str) -> None:
    assert kind(mail(subject="Your message", body=body)) == (
        "autoreply",
        ("autoreply: automatic mail: says so",),
    )


def test_a_person_thanking_for_an_acknowledgement_stays_a_reply() -> None:
    body = "Thank you for the acknowledgement of my email. Was it received and read?\n"
    assert kind(mail(body=body))[0] == "reply"
