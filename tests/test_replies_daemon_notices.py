"""Issue 13: a mail system's notices read by what they say, not by who sent them.

Learned from tests/data/corpora/bulk_senders: a mail daemon's note about the reader's own
mailbox (Exim's mailbox-size warning) or the queue (its "message frozen" notice to the
postmaster) reports no failure of our mail; a site's canned auto-reply that says our mail could
not be delivered is a bounce; a company's card under a rule with its name set in it
("----  Gossamer Threads Inc.  ----") is a signature. Each rule has a near miss.
"""

from __future__ import annotations

import pytest
from test_replies_signals import INDEX, NOBODY, NOW, OURS

from carecall_mail.core.replies.daemon_notices import says_not_delivered
from carecall_mail.core.replies.parse import Reply, StaticReplyIndex, parse_reply


def parse(raw: str, index: StaticReplyIndex = NOBODY) -> Reply:
    return parse_reply(raw.replace("\n", "\r\n").encode(), index, received_at=NOW)


def daemon_mail(body: str, *, to: str = "ana@fieldpractice.example", extra: str = "") -> str:
    return (
        "Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@mx.example.org>\n"
        f"To: {to}\nSubject: Mail system notice\nMessage-ID: <n1@mx.example.org>\n"
        f"{extra}\n{body}"
    )


# --- a daemon's note about the reader's own mailbox or the queue ------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "This notice was written by the mail server.\n\n"
        "Your mailbox is using 96 % of the space the administrator allows.\n"
        "Please delete old messages.\n",
        "Diese Nachricht wurde automatisch erzeugt.\n\n"
        "Ihr Postfach hat die Warnschwelle von 500 MB überschritten.\n",
        "Ce message est généré automatiquement.\n\n"
        "Votre boîte aux lettres a dépassé le seuil d'alerte fixé par l'administrateur.\n",
    ],
)
def test_a_daemons_warning_about_the_readers_own_mailbox_is_no_bounce(body: str) -> None:
    reply = parse(daemon_mail(body, extra="Auto-Submitted: auto-replied\n"))
    assert reply.kind == "autoreply", reply.reasons


def test_a_mailbox_warning_without_auto_submitted_says_why() -> None:
    body = "Your mailbox has exceeded a warning threshold set by the system administrator.\n"
    reply = parse(daemon_mail(body).replace("Return-Path: <>\n", ""))
    assert reply.kind == "autoreply"
    assert reply.bounced == ()


def test_a_queue_notice_to_the_postmaster_is_no_bounce() -> None:
    body = (
        "Message 2aQx7c-0004Lm-9Z has been frozen.\nThe sender is <lena@example.com>.\n\n"
        "The following address(es) have yet to be delivered:\n  tom@example.org: forced freeze\n"
    )
    reply = parse(daemon_mail(body, to="postmaster@fieldpractice.example"))
    assert reply.kind == "autoreply", reply.reasons


def test_near_miss_a_real_bounce_with_no_failed_address_found_stays_a_bounce() -> None:
    body = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its recipients.\n"
        "The mailbox of the person you wrote to is over its quota.\n"
    )
    reply = parse(daemon_mail(body))
    assert reply.kind == "bounce"


def test_near_miss_a_bounce_that_names_your_mailbox_stays_a_bounce() -> None:
    body = (
        "Your message was rejected by the receiving server.\n"
        "If this keeps happening, check your mailbox settings with your provider.\n"
    )
    assert parse(daemon_mail(body)).kind == "bounce"


def test_near_miss_a_delay_held_in_the_queue_is_still_a_report_on_our_mail() -> None:
    body = (
        "A message that you sent has not yet been delivered to one or more of its recipients\n"
        "after more than 24 hours. It is held in the queue and will be tried again.\n"
    )
    assert parse(daemon_mail(body)).kind == "bounce"


# --- a canned auto-reply that says our mail did not arrive ------------------------------------


def auto_reply(body: str, *, marks: str = "Auto-Submitted: auto-replied\n") -> str:
    return (
        'From: "College Mail Service" <canned.response@college.example.edu>\n'
        f"To: ana@fieldpractice.example\nSubject: Re: How are you?\nIn-Reply-To: {OURS}\n"
        f"Message-ID: <r1@college.example.edu>\nPrecedence: bulk\n{marks}\n{body}"
    )


@pytest.mark.parametrize(
    "body",
    [
        "THIS IS AN AUTOMATED MESSAGE.\n\nThe message you sent to the college mail system\n"
        "could not be delivered: one of its addresses is no longer in use.\n",
        "Ihre Nachricht konnte nicht zugestellt werden, weil die Adresse nicht mehr besteht.\n",
        "Votre message n'a pas pu être remis : l'adresse n'existe plus.\n",
        "Su mensaje no pudo ser entregado porque la dirección ya no existe.\n",
        "Il suo messaggio non è stato recapitato: l'indirizzo non esiste più.\n",
        "Uw bericht kon niet worden bezorgd: het adres bestaat niet meer.\n",
        "A sua mensagem não pôde ser entregue: o endereço já não existe.\n",
    ],
)
def test_an_auto_reply_that_says_our_mail_was_not_delivered_is_a_bounce(body: str) -> None:
    reply = parse(auto_reply(body), INDEX)
    assert reply.kind == "bounce", reply.reasons
    assert reply.in_reply_to == "checkin:c-007:2026-11-02:one-week"


def test_a_vacation_programs_header_counts_as_the_responders_mark() -> None:
    body = "Your e-mail was not delivered: this mailbox was closed when its owner left.\n"
    assert parse(auto_reply(body, marks="X-Autoreply: yes\n")).kind == "bounce"


def test_near_miss_an_out_of_office_saying_mail_will_not_be_read_stays_an_autoreply() -> None:
    body = (
        "I am out of the office until 12 December. Your mail will not be read and will not\n"
        "be forwarded; please write again after my return.\n"
    )
    reply = parse(auto_reply(body), INDEX)
    assert reply.kind == "autoreply"
    assert "out of the office" in reply.text


def test_near_miss_a_tools_notice_about_a_parcel_stays_automatic() -> None:
    body = "Your parcel could not be delivered today. We will try again tomorrow.\n"
    raw = auto_reply(body, marks="Auto-Submitted: auto-generated\n")
    assert parse(raw).kind == "autoreply"


def test_near_miss_a_person_who_writes_that_a_mail_failed_stays_a_reply() -> None:
    raw = (
        f"From: Jonas Berg <jonas@example.net>\nTo: ana@fieldpractice.example\n"
        f"Subject: Re: How are you?\nIn-Reply-To: {OURS}\nMessage-ID: <p1@example.net>\n\n"
        "My message to the clinic could not be delivered, can you forward it?\n"
    )
    assert parse(raw, INDEX).kind == "reply"


def test_the_words_must_say_a_mail_failed() -> None:
    assert says_not_delivered("A message you sent\nwas sent on but could not be delivered.")
    assert not says_not_delivered("Your parcel could not be delivered.")
    assert not says_not_delivered("Your mail will not be read while I am away.")


# --- a company's card under a rule with its name in it ----------------------------------------


def person_mail(body: str) -> str:
    return (
        "From: Jonas Berg <jonas@example.net>\nTo: ana@fieldpractice.example\n"
        f"Subject: Re: How are you?\nIn-Reply-To: {OURS}\nMessage-ID: <p2@example.net>\n\n{body}"
    )


def test_a_company_card_under_a_rule_framing_its_name_is_a_signature() -> None:
    body = (
        "See you on Tuesday.\n\n"
        "-----------------  Berg Widgets Ltd.  -----------------\n"
        "Jonas Berg                      Email: jonas@example.net\n"
        "Sales Manager                   Phone: +44 20 7946 0001\n"
        "http://www.berg-widgets.example Fax  : +44 20 7946 0002\n"
    )
    reply = parse(person_mail(body), INDEX)
    assert reply.text.strip() == "See you on Tuesday."


def test_near_miss_a_persons_line_between_dashes_keeps_its_text() -> None:
    body = (
        "See you on Tuesday.\n\n"
        "--------  I am still waiting for the results  --------\n"
        "Jonas Berg                      Phone: +44 20 7946 0001\n"
    )
    reply = parse(person_mail(body), INDEX)
    assert "I am still waiting for the results" in reply.text
