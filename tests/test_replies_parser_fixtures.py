"""Issue 13: kinds and new text learned from parser_tests (the test fixtures of mail parsers
and servers), each a general rule about how that kind of mail is built, held to a near miss
(a person's mail that looks alike) that keeps its kind and text."""

from __future__ import annotations

from test_replies_signals import NOBODY, NOW
from test_replies_signals import build as signals_build

from carecall_mail.core.replies.parse import Reply, parse_reply

_PLAIN = "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"


def build(*, headers: str = "", **fields: str) -> bytes:
    """test_replies_signals' mail from Jonas, labelled as plain UTF-8 text."""
    return signals_build(headers=_PLAIN + headers, **fields)


def mime(*, headers: str, body: str, **fields: str) -> bytes:
    """test_replies_signals' mail from Jonas with MIME headers of its own."""
    return signals_build(headers="MIME-Version: 1.0\n" + headers, body=body, **fields)


def read(raw: bytes) -> Reply:
    return parse_reply(raw, NOBODY, received_at=NOW)


def _alternative(plain: str, html: str) -> str:
    return (
        "--b1\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{plain}\n"
        "--b1\nContent-Type: text/html; charset=utf-8\n\n"
        f"{html}\n"
        "--b1--\n"
    )


_ALTERNATIVE = 'Content-Type: multipart/alternative; boundary="b1"\n'


# --- a mailbox provider's web client names itself in Feedback-ID ----------------------------


def test_a_feedback_id_naming_the_providers_webmail_is_a_persons_mail() -> None:
    # QQ Mail and Foxmail stamp what their users write in the web client
    # "webmail:foxmail.com:bgweb:…" (Google's feedback-loop field, the campaign "webmail").
    raw = build(headers="Feedback-ID: webmail:foxmail.com:bgweb:bgweb17\nX-Mailer: QQMail 2.x\n")
    assert read(raw).kind == "reply"


def test_a_campaigns_feedback_id_is_still_bulk_mail() -> None:
    raw = build(headers="Feedback-ID: 21053362:spring_sale:newsletter:shopmailer\n")
    reply = read(raw)
    assert reply.kind == "autoreply"
    assert reply.reasons == ("autoreply: bulk mail: Feedback-Id",)


# --- DMARC aggregate reports under a reporter's bracketed tag --------------------------------


def test_an_aggregate_reports_subject_behind_a_bracketed_tag_is_a_report() -> None:
    raw = build(
        sender='"DMARC Aggregate Report" <dmarcreport@reports.example.com>',
        subject="[Preview] Report Domain: fieldpractice.example Submitter: mx.example.com "
        "Report-ID: 8be4eb9d",
        body="Please see the attached report. You will not receive a response here.\n",
    )
    reply = read(raw)
    assert reply.kind == "autoreply"
    assert reply.reasons == ("autoreply: report: aggregate report",)


def test_a_persons_answer_about_an_aggregate_report_stays_a_reply() -> None:
    raw = build(
        subject="Re: Report Domain: fieldpractice.example Submitter: mx.example.com",
        body="Why does our DKIM fail in this one? Can you have a look on Monday?\n",
    )
    assert read(raw).kind == "reply"


# --- a plain part that only sends the reader to the HTML ------------------------------------


def test_a_plain_part_that_sends_the_reader_to_the_html_is_no_text() -> None:
    html = (
        "<html><body><p>Our best training device, now half price for you today.</p>"
        "<p>If you don't want to receive future emails, Please "
        '<a href="http://shop.example/u">Unsubscribe Here.</a></p></body></html>'
    )
    raw = mime(
        sender='"BarkStop" <info@shop.example>',
        subject="Control your dog's habits",
        headers=_ALTERNATIVE,
        body=_alternative("This email must be viewed in HTML mode.", html),
    )
    reply = read(raw)
    assert reply.kind == "autoreply"
    assert "half price" in reply.text


def test_a_persons_plain_text_about_viewing_stays_their_text() -> None:
    html = "<html><body><p>This email should be viewed as a draft, more next week.</p></body>"
    raw = mime(
        headers=_ALTERNATIVE,
        body=_alternative("This email should be viewed as a draft, more next week.", html),
    )
    reply = read(raw)
    assert reply.kind == "reply"
    assert "viewed as a draft" in reply.text


# --- a gateway's scan banner as a part of its own --------------------------------------------


def _banner_then_text(banner: str, text: str) -> bytes:
    return mime(
        headers='Content-Type: multipart/mixed; boundary="m1"\n',
        body=(
            f"--m1\n{_ALTERNATIVE}\n{_alternative(banner, f'<p>{banner}</p>')}"
            f"--m1\nContent-Type: text/plain; charset=utf-8\n\n{text}\n--m1--\n"
        ),
    )


def test_a_scanners_banner_part_is_not_the_senders_text() -> None:
    # MailMarshal's banner without its name, in a part the gateway put first.
    raw = _banner_then_text(
        "This e-mail message has been scanned for Viruses and Content and cleared",
        "Good Morning, can we move Thursday to 15:00?",
    )
    reply = read(raw)
    assert "Good Morning" in reply.text
    assert "scanned" not in reply.text


def test_a_person_who_says_their_brother_cleared_the_mail_keeps_it() -> None:
    raw = build(
        body="This e-mail message has been scanned for viruses and content and cleared by my "
        "brother, he says it is fine now.\n"
    )
    assert "cleared by my brother" in read(raw).text


# --- a company notice that runs on from its label -------------------------------------------


def test_a_labelled_disclaimer_below_the_name_is_not_the_text() -> None:
    raw = build(
        body="Just a test\n\nBest Regards\nJacob\n\nDisclaimer : This email and all contents are "
        "subject to the following disclaimer: http://www.cargo.example/email_disclaimer.html\n"
    )
    reply = read(raw)
    assert "Just a test" in reply.text
    assert "Disclaimer" not in reply.text


def test_a_persons_own_disclaimer_stays_their_text() -> None:
    raw = build(
        body="Hello Ana,\n\nthe new dose makes me dizzy.\n\nDisclaimer: this email is only my "
        "own impression, I am no doctor.\n\nJonas\n"
    )
    assert "only my own impression" in read(raw).text


# --- a wrapped message/rfc822 body that names no other writer -------------------------------


def _wrapped(inner_fields: str) -> bytes:
    return mime(
        headers="Content-Type: Message/rfc822\n",
        body=(
            "content-type:text/plain;charset=us-ascii\nmime-version:1.0\n"
            f"{inner_fields}\nIs there any news about the club shows this spring?\n"
        ),
    )


def test_a_wrapped_body_with_only_a_date_and_an_id_is_the_senders_text() -> None:
    # A program stamped the text it wrapped with a Date and a Message-ID: no writer of its own.
    raw = _wrapped("Date: Sun, 26 Jan 2014 12:26:34 -0500\nMessage-Id: <635263@host.local>\n")
    assert "club shows" in read(raw).text


def test_another_writers_wrapped_mail_is_still_passed_on() -> None:
    raw = _wrapped("From: Lena Vogt <lena@example.org>\nSubject: Club shows\n")
    assert read(raw).text == ""


# --- a whole body declared as untyped bytes --------------------------------------------------


def test_an_untyped_body_that_reads_as_text_is_the_text() -> None:
    # WinVN and old scripts declare a plain body "Application/octet-stream".
    raw = mime(
        headers="Content-Type: Application/octet-stream\n",
        body="Here is some news you may find interesting.\n\nI am retired now.\n",
    )
    assert "news you may find interesting" in read(raw).text


def test_a_named_file_or_binary_sent_untyped_is_no_text() -> None:
    named = mime(
        headers='Content-Type: application/octet-stream; name="readme.txt"\n',
        body="Here is some news you may find interesting.\n",
    )
    binary = mime(headers="Content-Type: application/octet-stream\n", body="PK\x03\x04\x14\x00\n")
    assert read(named).text == ""
    assert read(binary).text == ""


# --- a program's note stamped with the second it was generated -------------------------------


def test_a_note_of_fields_with_its_generation_stamp_is_automatic() -> None:
    raw = build(
        sender='"Sender" <status@sensors.example>',
        subject="Daily",
        body="Daily Data: D09.ZPH (Averaged data)\nEmail generated: 10/11/2020 00:04:03.765\n"
        "Email sent: 10/11/2020 00:49:03.125\n",
    )
    reply = read(raw)
    assert reply.kind == "autoreply"
    assert reply.reasons == ("autoreply: automatic mail: a generation stamp",)


def test_a_person_quoting_a_generation_time_stays_a_reply() -> None:
    raw = build(
        subject="Daily",
        body="Report generated: 10/11/2020 00:04:03\nThe figures look wrong, can you check?\n",
    )
    assert read(raw).kind == "reply"


# --- a role mailbox's picture layout under a greeting ----------------------------------------


_PICTURES = (
    '<html><body><div><img src="cid:blank@x" width="28" height="1"></div>'
    '<div><img src="cid:logo@x" alt="@Mail.Example"></div>'
    '<div><a href="https://social.example/"><img src="cid:ok@x" alt="Social"></a></div>'
    "</body></html>"
)


def test_a_role_mailboxs_pictures_under_a_greeting_are_a_mailing() -> None:
    raw = mime(
        sender="Mail.Example Team <welcome@corp.mail.example>",
        subject="Mail.Example: more than mail",
        headers=_ALTERNATIVE,
        body=_alternative("Здравствуйте", _PICTURES),
    )
    reply = read(raw)
    assert reply.kind == "autoreply"
    assert reply.reasons == ("autoreply: bulk mail: a role mailbox's pictures under a greeting",)


def test_a_persons_photos_under_a_greeting_stay_a_reply() -> None:
    raw = mime(headers=_ALTERNATIVE, body=_alternative("Hallo Ana", _PICTURES))
    assert read(raw).kind == "reply"


def test_a_role_mailbox_that_writes_a_sentence_stays_a_reply() -> None:
    raw = mime(
        sender="Praxis Vogt <info@praxis-vogt.example>",
        headers=_ALTERNATIVE,
        body=_alternative("Hallo Ana, hier die Fotos vom Raum für Donnerstag.", _PICTURES),
    )
    assert read(raw).kind == "reply"
