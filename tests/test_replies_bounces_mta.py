"""Issue 13: bounces in the layouts of mail servers no detector knows, read by what every notice
does (names the failed address above the returned mail), and Postfix's address-probe reports.

Learned from tests/data/corpora/sisimai_more (sisimai's set of emails): DragonFly, Apache James
(Verizon's SMS gateway), Lotus Notes, OpenSMTPD, Japanese carriers. Each rule has a near miss:
a person's mail that quotes a notice's words stays theirs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_replies_signals import INDEX, NOBODY, NOW, OURS

from carecall_mail.core.replies.parse import Reply, StaticReplyIndex, parse_reply


def parse(raw: str, index: StaticReplyIndex = NOBODY) -> Reply:
    return parse_reply(raw.replace("\n", "\r\n").encode(), index, received_at=NOW)


RETURNED = (
    "Received: from mx.fieldpractice.example by relay.example.org\n"
    f"Message-ID: {OURS}\nFrom: ana@fieldpractice.example\nTo: jonas@example.net\n"
    "Subject: How are you?\n\nHow have the last weeks been?\n"
)


def plain_notice(sender: str, subject: str, body: str, *, null_path: bool = True) -> str:
    path = "Return-Path: <>\n" if null_path else ""
    return (
        f"{path}From: {sender}\nTo: ana@fieldpractice.example\nSubject: {subject}\n"
        f"Message-ID: <n1@mx.example.org>\n\n{body}"
    )


# --- a notice in a layout of its own -------------------------------------------------------------

DMA = (
    "This is the DragonFly Mail Agent v0.13 at mx.example.org.\n\n"
    "There was an error delivering your mail to <jonas@example.net>.\n\n"
    "mx.example.net [192.0.2.7] did not like our RCPT TO:\n"
    "550 5.1.1 <jonas@example.net>: Recipient address rejected: User unknown\n\n"
    "Message headers follow.\n\n" + RETURNED
)


def test_a_notice_names_the_failed_address_above_the_returned_mail() -> None:
    reply = parse(plain_notice("MAILER-DAEMON <>", "Mail delivery failed", DMA), INDEX)
    assert (reply.kind, reply.bounced, reply.permanent) == ("bounce", ("jonas@example.net",), True)
    assert reply.client_id == "c-007"


def test_a_notice_without_a_code_is_a_delay_or_an_unknown_cause() -> None:
    body = (
        "The original message was received from ana@fieldpractice.example\n\n"
        "---The following addresses had delivery errors---\n\n"
        "jonas@example.net [Connection timed out]\n\n" + RETURNED
    )
    raw = plain_notice(
        "Mail Delivery System <MAILER-DAEMON@mx.example.org>",
        "Warning--Could not send mail for past 8.5 hours",
        body,
    )
    reply = parse(raw)
    assert (reply.kind, reply.bounced, reply.permanent) == ("bounce", ("jonas@example.net",), False)


def test_the_senders_and_the_help_desks_addresses_are_no_failed_ones() -> None:
    body = (
        "Your message from ana@fieldpractice.example could not be delivered.\n"
        "For further assistance, please contact <support@example.org>\n\n"
        "<jonas@example.net>:\nRemote host said: 550 5.2.2 Mailbox full\n\n" + RETURNED
    )
    reply = parse(plain_notice("MAILER-DAEMON@mx.example.org", "failure notice", body))
    assert reply.bounced == ("jonas@example.net",)


def test_an_out_of_office_reply_from_a_daemons_return_path_names_a_colleague_not_a_failure() -> (
    None
):
    # The near miss: a relay's MAILER-DAEMON envelope on an auto-reply that names another
    # address to write to. No code and no word of a failure: no bounce.
    raw = (
        "Return-Path: <MAILER-DAEMON@relay.example.org>\n"
        "From: Boris <boris@example.co.uk>\nTo: ana@fieldpractice.example\n"
        "Subject: Automatic Response\nX-POST-MessageClass: 9; Autoresponder\n\n"
        "I am out of the office until Tuesday. If your email is urgent please\n"
        "resend it to news@example.co.uk.\n"
    )
    assert parse(raw).kind == "autoreply"


# --- Apache James's notify mailet (Verizon's vtext gateway) -------------------------------------

JAMES = (
    "Error: Invalid user address\n\n"
    "Error message below:\n550 - Requested action not taken: no such user here\n\n"
    "Message details:\n  Subject: How are you?\n  Sent date: Wed Jun 12 02:21:53 GMT 2013\n"
    "  MAIL FROM: ana@fieldpractice.example\n  RCPT TO: 5551234567@vtext.example.com\n"
    "  From: ana@fieldpractice.example\n  Size (in bytes): 39\n"
)


def test_apache_james_notice_answering_our_mail_is_a_bounce() -> None:
    # Sent as "Re:" with In-Reply-To from post_master@ (a mailbox a person may run), but its
    # SMTP code and "RCPT TO:" say what it is; the MAIL FROM and From lines are ours.
    raw = (
        "From: post_master@vtext.example.com\nTo: ana@fieldpractice.example\n"
        f"In-Reply-To: {OURS}\nSubject: Re:How are you?\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b1"\n\n'
        "--b1\nContent-Type: multipart/alternative;\n"
        'boundary="b2"\n\n'  # the fold lost its indent: the part has no boundary
        "--b2\nContent-Type: text/plain; charset=us-ascii\n\n" + JAMES + "\n--b2--\n\n--b1--\n"
    )
    reply = parse(raw, INDEX)
    assert (reply.kind, reply.bounced, reply.permanent) == (
        "bounce",
        ("5551234567@vtext.example.com",),
        True,
    )


def test_a_person_quoting_a_notice_in_their_reply_stays_a_reply() -> None:
    # The near miss: the client pastes the notice their own mail got, answering ours.
    raw = (
        "From: Jonas <jonas@example.net>\nTo: ana@fieldpractice.example\n"
        f"In-Reply-To: {OURS}\nSubject: Re: Delivery Status Notification (Failure)\n\n"
        "My other address does not work, this came back:\n\n" + JAMES
    )
    reply = parse(raw, INDEX)
    assert (reply.kind, reply.bounced) == ("reply", ())


def test_a_postmasters_own_mail_naming_an_address_is_theirs() -> None:
    # A person runs postmaster@ (RFC 5321 §4.5.1): without a report's subject, an SMTP code
    # or the returned mail, what they write is no bounce.
    raw = plain_notice(
        "Postmaster <postmaster@example.org>",
        "Your mailbox move",
        "Hello, the old address jonas@example.net was moved yesterday, sorry for the error.\n",
        null_path=False,
    )
    assert parse(raw).kind != "bounce"


def test_lotus_notes_failure_reasons_from_the_postmaster_are_a_bounce() -> None:
    body = (
        "------- Failure Reasons  --------\n\n"
        "User  not listed in public Name & Address Book\njonas@example.net\n\n\n"
        "------- Returned Message --------\n" + RETURNED
    )
    raw = plain_notice("POSTMASTER@gw.example.com", "Undeliverable message", body)
    reply = parse(raw)
    assert (reply.kind, reply.bounced) == ("bounce", ("jonas@example.net",))


# --- Postfix's address probes (sendmail -bv) -----------------------------------------------------


def probe(action: str, status: str) -> str:
    return (
        "Return-Path: <>\nFrom: MAILER-DAEMON@mx.example.org (Mail Delivery System)\n"
        "To: ana@fieldpractice.example\nSubject: Mail Delivery Status Report\n"
        "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\n\n'
        "--b1\nContent-Type: text/plain\n\nEnclosed is the mail delivery report that you"
        " requested.\n\n--b1\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.example.org\n\n"
        f"Final-Recipient: rfc822; jonas@example.net\nAction: {action}\nStatus: {status}\n\n"
        "--b1\nContent-Type: text/rfc822-headers\n\n"
        f"Message-ID: {OURS}\nSubject: How are you?\n\n--b1--\n"
    )


def test_an_address_probe_that_found_the_address_deliverable_is_no_bounce() -> None:
    reply = parse(probe("deliverable", "2.1.5"))
    assert (reply.kind, reply.bounced) == ("autoreply", ())


def test_an_address_probe_that_found_it_undeliverable_is_a_bounce() -> None:
    reply = parse(probe("undeliverable", "5.1.1"))
    assert (reply.kind, reply.bounced, reply.permanent) == ("bounce", ("jonas@example.net",), True)


# --- a mail program's unsubscribe button (sisimai's arf-26) --------------------------------------


def unsubscribe(extra: str = "") -> str:
    return (
        "From: jonas@example.net\nTo: optout+c-007@fieldpractice.example\nSubject: unsubscribe\n"
        f"Auto-Submitted: auto-replied\nContent-Type: text/plain; charset=UTF-8\n{extra}\n"
        "Apple Mail sent this email to unsubscribe from the message \u201chow are you?\u201d.\n"
    )


def test_the_opt_out_a_mail_program_sends_for_its_user_is_an_opt_out() -> None:
    # RFC 2369's mailto: unsubscribe, sent when the person pressed "Unsubscribe": the
    # program marks it Auto-Submitted, but the choice is the person's.
    assert parse(unsubscribe()).kind == "optout"
    assert parse(unsubscribe(), INDEX).kind == "optout"


def test_a_list_robots_unsubscribe_notice_stays_automatic() -> None:
    # The near miss: the same subject from a list's robot, which names its list.
    assert parse(unsubscribe("List-Id: <news.example.org>\n")).kind == "autoreply"


def test_an_auto_reply_under_another_subject_stays_automatic() -> None:
    raw = unsubscribe().replace("Subject: unsubscribe", "Subject: Out of office: unsubscribe")
    assert parse(raw).kind == "autoreply"


def test_a_notice_written_as_the_null_address_is_a_bounce() -> None:
    # An Exim filter's "fail" answers from the null address, with From: <> too, and marks
    # itself auto-replied: no person writes as nobody, so its words are a notice's.
    raw = (
        "Return-Path: <>\nFrom: <>\nTo: ana@fieldpractice.example\n"
        f"In-Reply-To: {OURS}\nAuto-Submitted: auto-replied\nMessage-ID: <x1@mx.example.org>\n\n"
        "You sent mail to jonas@example.net. That's not a valid user here.\n"
    )
    reply = parse(raw, INDEX)
    assert (reply.kind, reply.bounced) == ("bounce", ("jonas@example.net",))
    # Near miss: an out-of-office reply from the null return path, under a person's From:.
    away = raw.replace("From: <>", "From: Jonas Berg <jonas@example.net>").replace(
        "You sent mail to jonas@example.net. That's not a valid user here.",
        "I am away until Monday and will answer then.",
    )
    assert parse(away, INDEX).kind == "autoreply"


# --- the failed addresses of real notices (tests/data/corpora/sisimai_more) ----------------------

SISIMAI_MORE = Path(__file__).parent / "data" / "corpora" / "sisimai_more"


@pytest.mark.parametrize(
    ("name", "failed", "permanent"),
    [
        ("lhost-dragonfly-24.eml", ("userunknown@libsisimai.net",), True),
        ("lhost-apachejames-01.eml", ("000000000000@vtext.example.com",), True),
        ("lhost-notes-03.eml", ("kijitora@example.com",), False),
        ("lhost-opensmtpd-02.eml", ("mailboxfull@example.jp", "userunknown@example.jp"), True),
        ("lhost-x1-04.eml", ("kijitora-neko@neko.example.go.jp",), False),
        ("lhost-mimecast-01.eml", ("sabineko@neko.ef.example.org",), True),
        ("lhost-activehunter-01.eml", ("kijitora@example.org",), True),
        ("lhost-ezweb-08.eml", ("kijitora-neko-nyaan-22222-cats@hotmail.com",), True),
        ("lhost-postfix-49.eml", (), False),  # a forwarded report: the help desk is no failure
    ],
)
def test_real_notices_name_their_failed_address(
    name: str, failed: tuple[str, ...], permanent: bool
) -> None:
    reply = parse_reply((SISIMAI_MORE / name).read_bytes(), NOBODY, received_at=NOW)
    assert (reply.kind, reply.bounced, reply.permanent) == ("bounce", failed, permanent)
