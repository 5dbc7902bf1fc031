"""Issue 13: rules learned from the inbound_archive tuning corpus (a ticketing connector's, a
mail archiver's, a mail server's and a bounce handler's inbound mail), each a general rule
about how that kind of mail is built, held to a near miss that keeps its kind or its text."""

from __future__ import annotations

from test_replies_signals import NOBODY, NOW
from test_replies_signals import build as signals_build

from carecall_mail.core.replies.parse import Reply, parse_reply
from carecall_mail.core.replies.quotes import new_text

_PLAIN = "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"


def build(*, headers: str = "", **fields: str) -> bytes:
    """test_replies_signals' mail from Jonas, labelled as plain UTF-8 text."""
    return signals_build(headers=_PLAIN + headers, **fields)


def read(raw: bytes) -> Reply:
    return parse_reply(raw, NOBODY, received_at=NOW)


# --- company notices in their other wordings ------------------------------------------------

_HEREIN = (
    "The information contained herein is confidential. It is intended only for the individual\n"
    "or entity to whom it is addressed. If you are not the recipient, you are hereby notified\n"
    "that any use or copying of this communication is strictly prohibited.\n"
)


def test_a_notice_calling_the_information_herein_confidential_is_cut() -> None:
    text = new_text(f"Can you send me the invoice again?\nThanks\nRey\n\n{_HEREIN}")
    assert "Can you send me the invoice again?" in text
    assert "herein" not in text


def test_a_notice_labelled_with_the_confidentiality_it_claims_is_cut() -> None:
    notice = (
        "Confidential and Proprietary: This email message and any attached files contain "
        "information intended for the exclusive use of the individual or entity to whom it is "
        "addressed. Please notify the sender if you are an unintended recipient, and delete the "
        "original message.\n"
    )
    text = new_text(f"The test script does not see the server.\n\nJingping\n\n{notice}")
    assert "The test script does not see the server." in text
    assert "Proprietary" not in text


def test_a_clients_own_confidential_label_stays() -> None:
    # A client may label their own lines so: no notice to recipients, nothing to delete.
    body = (
        "Thank you for Tuesday.\n\n"
        "Confidential: this message is only for you, please keep it between us.\n"
    )
    assert "only for you" in new_text(body)


def test_a_mail_that_is_only_its_companys_notice_has_no_new_text() -> None:
    notice = (
        "This email (including any attachments) is intended for the person to whom it is "
        "addressed. If you are not the addressee or have received this email in error, please "
        "notify the sender immediately, delete it from your system and do not disclose it.\n"
    )
    assert new_text(notice) == ""


def test_a_mail_that_opens_with_confidential_words_of_its_writer_stays() -> None:
    body = (
        "This message is confidential: I have been feeling much worse since the weekend and I "
        "do not want my family to know yet. If you are not the right person to ask, please tell "
        "me who is.\n"
    )
    assert "feeling much worse" in new_text(body)


# --- Lotus Notes' forward title, wrapped -----------------------------------------------------


def test_a_lotus_notes_forward_with_nothing_above_has_no_new_text() -> None:
    body = (
        "---------------------- Forwarded by Drew Fossum/ET&S/Enron on 04/04/2001\n"
        "01:19 PM ---------------------------\n\n\n"
        '"Hirasuna, Robert" <rh@akin.example> on 04/04/2001 10:18:00 AM\n'
        "To: Drew Fossum <df@enron.example>\ncc:\n\nSubject: Revised Draft\n\n"
        "Use this draft instead.\n"
    )
    assert new_text(body) == ""


def test_a_comment_above_a_lotus_notes_forward_is_the_new_text() -> None:
    body = (
        "Mary, see the draft below.\n\n"
        "---------------------- Forwarded by Drew Fossum/ET&S/Enron on 04/04/2001 01:19 PM "
        "---------------------------\n\n"
        "Use this draft instead.\n"
    )
    text = new_text(body)
    assert "see the draft below" in text
    assert "Use this draft instead" not in text


def test_a_persons_line_about_a_forward_is_no_title() -> None:
    # Dashes opening a person's line, with no date of a mail program's after the name.
    body = "------ Forwarded by my sister on Monday, I had not seen it\nCan we talk?\n"
    assert "Can we talk?" in new_text(body)


# --- ways out of a mailing -------------------------------------------------------------------


def test_a_french_mailings_offer_to_unsubscribe_is_bulk() -> None:
    body = (
        "1000 cartes de visite pour 31 euros.\n\n"
        "Vous pouvez vous désabonner en cliquant ici ou par courrier postal.\n"
    )
    raw = build(sender="Printyway <catherine@printy.example>", subject="31 Euros", body=body)
    assert read(raw).kind == "autoreply"


def test_a_person_asking_to_unsubscribe_in_french_is_no_mailing() -> None:
    raw = build(subject="Newsletter", body="Bonjour, je souhaite me désabonner. Merci.\n")
    assert read(raw).kind != "autoreply"


def test_a_way_out_with_its_link_on_a_mailings_last_line_is_bulk() -> None:
    body = (
        "BlazeArts Kft.\nDamjanich u. 36. - 6090 Kunszentmiklós\nTel: (+36) 76 550 174\n\n"
        "Leiratkozás <mailto:leiratkozas@freemail.example?subject=leiratkozas>\n"
    )
    assert read(build(sender="Info <info@psi.example>", subject="Ajánlat", body=body)).kind == (
        "autoreply"
    )


def test_a_lone_unsubscribe_mail_is_no_mailing() -> None:
    # A stranger's one-word mail, with the list's address: nothing of a mailing above it.
    raw = build(subject="unsubscribe", body="Unsubscribe <mailto:list@lists.example>\n")
    assert read(raw).kind != "autoreply"


# --- a content filter's notice of a mail it passed on ---------------------------------------

_AMAVIS = """\
From: "Content-filter at spam.example" <postmaster@minet.example>
To: <root@lists.minet.example>
Subject: UNCHECKED contents in mail FROM <quentin@riseup.example>
Message-ID: <VASs-1@spam.minet.example>
Date: Wed, 3 Jun 2015 09:05:46 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset="UTF-8"

No viruses were found.

Content type: Unchecked
According to a 'Received:' trace, the message apparently originated at: [198.51.100.9]

Return-Path: <quentin@riseup.example>
From: Quentin <quentin@riseup.example>
Message-ID: <556EC361.6000308@riseup.example>
{verdict}

--b1
Content-Type: text/rfc822-headers

Return-Path: <quentin@riseup.example>
From: Quentin <quentin@riseup.example>
To: yann@minet.example
Message-ID: <556EC361.6000308@riseup.example>
Subject: Woot devices

--b1--
"""


def test_a_content_filters_notice_of_a_mail_it_relayed_is_no_bounce() -> None:
    verdict = "Not quarantined.\n\nThe message WILL BE relayed to:\n<yann@minet.example>"
    reply = read(_AMAVIS.format(verdict=verdict).encode())
    assert reply.kind == "autoreply"


def test_a_content_filters_notice_of_a_mail_it_stopped_stays_a_bounce() -> None:
    verdict = (
        "The message has been quarantined.\n\nThe message WAS NOT relayed to:\n"
        "<yann@minet.example>:\n   554 5.7.0 Reject, id=12583-16 - BANNED"
    )
    assert read(_AMAVIS.format(verdict=verdict).encode()).kind == "bounce"


# --- a person's mail program with the postmaster as its envelope ----------------------------


def _groupwise(mailer: str) -> bytes:
    return (
        "Return-path: <Postmaster@aaa.example>\n"
        f"{mailer}"
        "From: Andre T <a.t@aaa.example>\nErrors-To: Postmaster@aaa.example\n"
        "To: andre@gmx.example\nSubject: Wtrlt: Info: RK-Formular\n"
        "Date: Tue, 25 Feb 2014 09:38:14 +0100\nMessage-Id: <530C@groupwise.aaa.example>\n"
        "Mime-Version: 1.0\nContent-Type: message/rfc822\n\n"
        "From: Iris B <i.b@aaa.example>\nTo: Zentrale <z@aaa.example>\n"
        "Subject: Info: RK-Formular\nContent-Type: text/plain; charset=UTF-8\n\n"
        "Liebe Gueste,\n\ndie Einarbeitung kann z.Zt. nicht erfolgen.\n\nGruss\nIris\n"
    ).encode()


def test_a_mail_programs_mail_with_the_postmaster_as_envelope_is_no_bounce() -> None:
    raw = _groupwise("X-Mailer: Novell GroupWise Internet Agent 8.0.3\n")
    assert read(raw).kind == "reply"


def test_a_postmaster_enveloped_mail_from_no_mail_program_is_still_read_as_a_report() -> None:
    # Without a person's mail program, the postmaster's envelope keeps it for the bounce
    # reader, as before.
    assert read(_groupwise("")).kind == "bounce"
