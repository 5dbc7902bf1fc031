"""Issue 13: reports about mail (RFC 3464 delivery reports, RFC 3798/8098 read receipts, RFC 5965
ARF complaints) and the postmaster's own mail, read by what the mail is, not by one word in it.

A receipt or a success report is automatic mail (`autoreply`), never a bounce and never a
reply; a person who runs a mail server writes as the postmaster too, and that mail is theirs.
"""

from __future__ import annotations

import base64

import pytest
from test_replies_signals import INDEX, NOBODY, NOW, OURS

from carecall_mail.core.replies.parse import Reply, StaticReplyIndex, parse_reply


def parse(raw: str, index: StaticReplyIndex = NOBODY) -> Reply:
    return parse_reply(raw.replace("\n", "\r\n").encode(), index, received_at=NOW)


def report(report_type: str, status: str, *, sender: str, extra: str = "") -> str:
    """A multipart/report (RFC 6522) with a human part, a status part and our mail's headers."""
    return (
        f"From: {sender}\nTo: ana@fieldpractice.example\nSubject: Your message\n"
        f"Message-ID: <r1@mx.example.org>\n{extra}MIME-Version: 1.0\n"
        f'Content-Type: multipart/report; report-type={report_type}; boundary="b1"\n\n'
        "--b1\nContent-Type: text/plain\n\nThis is a notice about your message.\n\n"
        f"--b1\nContent-Type: message/{report_type}\n\n{status}\n"
        "--b1\nContent-Type: text/rfc822-headers\n\n"
        f"Message-ID: {OURS}\nSubject: How are you?\n\n--b1--\n"
    )


# --- read receipts (RFC 3798 / RFC 8098 MDNs) ----------------------------------------------------

MDN = (
    "Reporting-UA: mail.example.org; Mail Client\n"
    "Final-Recipient: rfc822; jonas@example.net\n"
    f"Original-Message-ID: {OURS}\n"
    "Disposition: manual-action/MDN-sent-manually; displayed\n"
)


def test_a_read_receipt_is_automatic_mail_not_a_reply() -> None:
    reply = parse(report("disposition-notification", MDN, sender="Jonas <jonas@example.net>"))
    assert (reply.kind, reply.reasons) == (
        "autoreply",
        ("autoreply: report: disposition-notification",),
    )


def test_a_clients_read_receipt_for_our_mail_is_still_no_reply() -> None:
    # Sent by the client's own program from their address, answering our mail: the program
    # wrote it when they opened our mail, they wrote nothing.
    raw = report(
        "disposition-notification",
        MDN,
        sender="Jonas <jonas@example.net>",
        extra=f"In-Reply-To: {OURS}\n",
    )
    reply = parse(raw, INDEX)
    assert reply.kind == "autoreply"
    assert reply.client_id == "c-007"  # known, but not counted as their answer


def test_a_client_who_writes_read_in_the_subject_still_replies() -> None:
    raw = (
        "From: Jonas <jonas@example.net>\nTo: ana@fieldpractice.example\n"
        f"Subject: Read: the leaflet you sent\nIn-Reply-To: {OURS}\n"
        "Message-ID: <m2@example.org>\n\n"
        "I read the leaflet you sent, it helped. See you on Tuesday.\n"
    )
    reply = parse(raw, INDEX)
    assert reply.kind == "reply"
    assert "See you on Tuesday" in reply.text


# --- delivery reports that say "delivered" -------------------------------------------------------

DELIVERED = (
    "Reporting-MTA: dns; mx.example.org\n\n"
    "Final-Recipient: rfc822; jonas@example.net\nAction: delivered\nStatus: 2.0.0\n"
)


def test_a_successful_delivery_report_is_automatic_mail_not_a_bounce() -> None:
    raw = report(
        "delivery-status", DELIVERED, sender="Mail Delivery System <MAILER-DAEMON@mx.example.org>"
    )
    reply = parse(raw, INDEX)
    assert reply.kind == "autoreply"
    assert reply.bounced == ()
    assert reply.reasons == ("autoreply: delivery notification",)


def test_a_relayed_report_is_automatic_mail_too() -> None:
    relayed = DELIVERED.replace("Action: delivered", "Action: relayed")
    reply = parse(report("delivery-status", relayed, sender="postmaster@mx.example.org"))
    assert (reply.kind, reply.bounced) == ("autoreply", ())


def test_a_failed_delivery_report_is_still_a_bounce() -> None:
    failed = DELIVERED.replace("Action: delivered\nStatus: 2.0.0", "Action: failed\nStatus: 5.1.1")
    reply = parse(report("delivery-status", failed, sender="MAILER-DAEMON@mx.example.org"), INDEX)
    assert (reply.kind, reply.bounced, reply.permanent) == ("bounce", ("jonas@example.net",), True)


# --- challenge-response filters --------------------------------------------------------------

CHALLENGE = (
    'Hello Ana Keller,\nYour message about "How are you?" has been put on hold.\n'
    "Please join my approved senders list so your mail will go straight to my inbox:\n"
    "https://screen.example/join?t=77\n\nAbout this notice: ScreenMail keeps my inbox calm.\n"
)


def test_a_challenge_filters_report_is_automatic_mail_not_a_bounce() -> None:
    # The filter writes its notice as a delivery report that says "failed", but the mail
    # waits for the sender to answer the challenge: the client's address is alive.
    held = DELIVERED.replace("Action: delivered\nStatus: 2.0.0", "Action: failed\nStatus: 4.7.0")
    raw = report("delivery-status", held, sender="guard@screen.example")
    raw = raw.replace("This is a notice about your message.\n", CHALLENGE)
    reply = parse(raw, INDEX)
    assert (reply.kind, reply.bounced) == ("autoreply", ())
    assert reply.reasons == ("autoreply: challenge-response check",)
    # Near miss: the same report with a mail server's words is a bounce.
    assert parse(report("delivery-status", held, sender="guard@screen.example"), INDEX).kind == (
        "bounce"
    )


def test_a_challenge_from_the_clients_own_address_is_automatic_mail() -> None:
    raw = (
        "From: jonas@example.net\nTo: ana@fieldpractice.example\nSubject: RE: How are you?\n"
        f"Message-ID: <c1@example.net>\nIn-Reply-To: {OURS}\n\n"
        "This account is protected by ScreenMail. Please click on the following link to have\n"
        "your address added to the recipient's allowed list and to ensure delivery of your\n"
        "email.\n\nhttps://screen.example/verify/1234\n"
    )
    reply = parse(raw, INDEX)
    assert (reply.kind, reply.client_id) == ("autoreply", "c-007")
    assert reply.reasons == ("autoreply: challenge-response check",)


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: a person's list without a filter's delivery words, and the reverse.
        "We are getting married in May! Please add yourself to my guest list here:\n"
        "https://wedding.example/rsvp\n",
        "Your email has been held up by my flu, sorry. It will go to my inbox folder tomorrow.\n",
    ],
)
def test_a_persons_guest_list_or_held_mail_is_no_challenge(body: str) -> None:
    raw = (
        "From: jonas@example.net\nTo: ana@fieldpractice.example\nSubject: Re: How are you?\n"
        f"Message-ID: <c2@example.net>\nIn-Reply-To: {OURS}\n\n{body}"
    )
    assert parse(raw, INDEX).kind == "reply"


# --- ARF complaints (RFC 5965) -------------------------------------------------------------------

ARF = (
    "Feedback-Type: abuse\nUser-Agent: SomeGenerator/1.0\nVersion: 1\n"
    "Original-Rcpt-To: <jonas@example.net>\n"
)


def test_an_abuse_report_is_automatic_mail_not_a_reply_or_bounce() -> None:
    reply = parse(report("feedback-report", ARF, sender="Feedback Loop <fbl@isp.example>"))
    assert (reply.kind, reply.reasons) == ("autoreply", ("autoreply: report: feedback-report",))
    assert reply.bounced == ()


def mixed_report(fields: str, *, encoding: str = "7bit") -> str:
    """A report's parts wrapped in multipart/mixed, as NetEase and relaying gateways send it."""
    body = fields
    if encoding == "base64":
        body = base64.encodebytes(fields.replace("\n", "\r\n").encode()).decode()
    return (
        "From: <abuse@mail.example.cn>\nTo: dmarc@fieldpractice.example\n"
        "Subject: [DMARC Failure Report] How are you?\nMessage-ID: <f1@mail.example.cn>\n"
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b1"\n\n'
        "--b1\nContent-Type: text/plain\n\nThis is an authentication-failure report for a"
        " message received from 192.0.2.1.\n\n"
        '--b1\nContent-Type: message/feedback-report; name="ATT00001"\n'
        f"Content-Disposition: attachment\nContent-Transfer-Encoding: {encoding}\n\n{body}\n"
        "--b1\nContent-Type: message/rfc822\n\n"
        f"Message-ID: {OURS}\nSubject: How are you?\n\n--b1--\n"
    )


AUTH_FAILURE = "Feedback-Type: auth-failure\nUser-Agent: Reporter/1.0\nVersion: 1\n"


@pytest.mark.parametrize("encoding", ["7bit", "base64"])
def test_a_feedback_part_wrapped_in_multipart_mixed_is_still_a_report(encoding: str) -> None:
    reply = parse(mixed_report(AUTH_FAILURE, encoding=encoding))
    assert (reply.kind, reply.reasons) == ("autoreply", ("autoreply: report: feedback-report",))


def test_a_person_forwarding_a_report_as_an_attachment_sends_no_report() -> None:
    raw = (
        "From: Jonas <jonas@example.net>\nTo: ana@fieldpractice.example\nSubject: Look at this\n"
        "Message-ID: <j1@example.net>\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="o"\n'
        "\n--o\nContent-Type: text/plain\n\nMy provider sent me this, what does it mean?\n\n"
        "--o\nContent-Type: message/rfc822\n\n" + mixed_report(AUTH_FAILURE) + "\n--o--\n"
    )
    assert parse(raw).kind == "reply"


OPT_OUT = (
    "Feedback-Type: opt-out\nUser-Agent: Desk/1.0\nVersion: 0.1\n"
    "Removal-Recipient: jonas@example.net\n"
)


def test_an_opt_out_report_is_its_removal_recipients_opt_out() -> None:
    # The ARF drafts' opt-out type: a provider passes on its user's request to stop.
    reply = parse(report("feedback-report", OPT_OUT, sender="<abusedesk@isp.example>"), INDEX)
    assert (reply.kind, reply.client_id, reply.reasons) == (
        "optout",
        "c-007",
        ("optout: feedback report (opt-out)",),
    )


def test_an_abuse_report_naming_a_client_is_no_opt_out() -> None:
    fields = ARF + "Removal-Recipient: jonas@example.net\n"
    reply = parse(report("feedback-report", fields, sender="<fbl@isp.example>"), INDEX)
    assert reply.kind == "autoreply"


def attached(mail_headers: str, *, words: str = "", subject: str = "Our mail") -> str:
    """A mail carrying another as a message/rfc822 part, after `words` of the sender's own."""
    own = f"--m\nContent-Type: text/plain\n\n{words}\n" if words else ""
    return (
        f"From: staff@mail.example.com\nTo: fbl@fieldpractice.example\nSubject: {subject}\n"
        "Message-ID: <c1@mail.example.com>\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="m"\n'
        f"\n{own}--m\nContent-Type: message/rfc822\nContent-Disposition: inline\n\n{mail_headers}"
        f"From: Practice <ana@fieldpractice.example>\nMessage-ID: {OURS}\nSubject: How are you?\n\n"
        "How are you this week?\n\n--m--\n"
    )


JMRP = "X-HmXmrOriginalRecipient: jonas@example.net\nX-Reporter-IP: 198.51.100.7\n"


@pytest.mark.parametrize("subject", ["complaint about message from 203.0.113.xxx", "Report"])
def test_a_junk_mail_programs_stamped_copy_is_a_complaint_whatever_its_subject(
    subject: str,
) -> None:
    reply = parse(attached(JMRP, subject=subject))
    assert (reply.kind, reply.reasons) == ("autoreply", ("autoreply: report: complaint",))


def test_a_person_forwarding_a_mail_from_their_webmail_is_no_complaint() -> None:
    # Hotmail's own inbox headers on the attached mail, the person's words first.
    inbox = (
        "X-Message-Delivery: Vj0xLjE7dXM9MDtsPTA7YT0wO0Q9MTtTQ0w9MA==\nX-SID-PRA: ana@x.example\n"
    )
    raw = attached(inbox, words="Is this mail really from you?", subject="Fw: How are you?")
    raw = raw.replace("From: staff@mail.example.com", "From: Jonas <jonas@example.net>")
    assert parse(raw).kind == "reply"
    stamped = attached(JMRP, words="Is this mail really from you?", subject="Fw: How are you?")
    assert parse(stamped.replace("staff@mail.example.com", "jonas@example.net")).kind == "reply"


# --- the postmaster's own mail -------------------------------------------------------------------


def postmaster(subject: str, body: str, extra: str = "") -> str:
    return (
        "From: Bob <postmaster@example.com>\nTo: ana@fieldpractice.example\n"
        f"Subject: {subject}\nMessage-ID: <p1@example.com>\n"
        "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0\n"
        f"{extra}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}"
    )


def test_a_person_writing_as_the_postmaster_in_their_mail_program_is_a_reply() -> None:
    # RFC 5321 §4.5.1: every domain has a postmaster, and a person reads and writes it.
    reply = parse(
        postmaster("Your booking link", "Hello, the booking link on your page is broken.\n")
    )
    assert reply.kind == "reply"
    assert "booking link" in reply.text


def test_a_postmasters_delivery_report_stays_a_bounce() -> None:
    # Near miss: the same From with a report's subject and the failed address named.
    raw = postmaster(
        "Undeliverable: How are you?",
        "Delivery has failed to these recipients:\n\njonas@example.net\n",
        extra="X-Failed-Recipients: jonas@example.net\n",
    )
    reply = parse(raw, INDEX)
    assert (reply.kind, reply.bounced) == ("bounce", ("jonas@example.net",))


def test_a_postmaster_notice_without_a_mail_program_stays_automatic() -> None:
    raw = postmaster("Mailbox quota", "Your mailbox is 95 % full.\n")
    bare = "\n".join(line for line in raw.split("\n") if not line.startswith("User-Agent:"))
    assert parse(bare).kind == "autoreply"


def test_a_mailer_daemon_report_with_no_address_found_stays_a_bounce() -> None:
    raw = (
        "From: MAILER-DAEMON@mx.example.org\nTo: ana@fieldpractice.example\n"
        "Subject: Warning\nMessage-ID: <d1@mx.example.org>\n\nSomething went wrong.\n"
    )
    assert parse(raw).kind == "bounce"


def test_a_client_who_asks_for_a_read_receipt_still_replies() -> None:
    # Near miss: Disposition-Notification-To asks for a receipt (RFC 8098 §2.1); the mail
    # itself is the client's.
    raw = (
        "From: Jonas <jonas@example.net>\nTo: ana@fieldpractice.example\nSubject: Re: Termin\n"
        f"In-Reply-To: {OURS}\nMessage-ID: <m3@example.net>\n"
        "Disposition-Notification-To: jonas@example.net\n\nDonnerstag passt mir gut.\n"
    )
    assert parse(raw, INDEX).kind == "reply"


# --- DMARC aggregate and SMTP TLS reports (RFC 7489, RFC 8460) -----------------------------------


def test_an_smtp_tls_report_is_a_report_whatever_its_sender() -> None:
    raw = report("tlsrpt", "", sender="TLS reports <tlsrpt@mx.example.com>")
    assert parse(raw).reasons == ("autoreply: report: tlsrpt",)


@pytest.mark.parametrize(
    "subject",
    [
        "Report Domain: fieldpractice.example Submitter: protection.outlook.com Report-ID: 1f2e",
        "Report domain: fieldpractice.example Submitter: mx.example.com Report-ID: <9@mx>",
    ],
)
def test_a_dmarc_aggregate_report_is_automatic_mail(subject: str) -> None:
    raw = (
        f"From: dmarcreport@mx.example.com\nTo: ana@fieldpractice.example\nSubject: {subject}\n"
        "Message-ID: <g1@mx.example.com>\n\nThis is an aggregate report.\n"
    )
    assert parse(raw).reasons == ("autoreply: report: aggregate report",)


def test_a_persons_subject_about_a_report_is_no_report() -> None:
    raw = (
        "From: Jonas <jonas@example.net>\nTo: ana@fieldpractice.example\n"
        "Subject: Report: domain of my insurance\nMessage-ID: <m4@example.net>\n\n"
        "Which domain should the insurance report name?\n"
    )
    assert parse(raw).kind == "reply"
