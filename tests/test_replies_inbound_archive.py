"""Issue 13: rules learned from the inbound_archive tuning corpus (a ticketing connector's, a
mail archiver's, a mail server's and a bounce handler's inbound mail), each a general rule
about how that kind of mail is built, held to a near miss that keeps its kind or its text."""

from __future__ import annotations

from test_replies_signals import NOBODY, NOW
from test_replies_signals import build as signals_build

from carecall_mail.core.mimetext import fast_message, parse_message, part_text
from carecall_mail.core.replies.parse import Reply, ReplyRules, _parse, parse_reply
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


# --- a ticket system's notice of an event on a ticket --------------------------------------


def test_a_ticket_systems_assignment_notice_is_automatic() -> None:
    for subject in (
        "The ticket I-000044, priority Medium has been assigned to the workgroup Hardware",
        "INCIDENT - The ticket n°1020480 with priority 3 has been assigned to HELPDESK",
        "Le ticket n° 42 a été assigné à l'équipe support",
    ):
        body = "The ticket has been assigned to the workgroup.\n\nDescription: HTTP is down\n"
        raw = build(sender="Helpdesk <test@desk.example>", subject=subject, body=body)
        assert read(raw).kind == "autoreply", subject


def test_a_person_asking_after_their_ticket_stays_a_reply() -> None:
    for subject in (
        "Has the ticket 42 been assigned to someone?",
        "Re: The ticket I-000044 has been assigned to the workgroup Hardware",
        "My ticket was assigned to nobody",
    ):
        raw = build(subject=subject, body="Nobody called me back since Monday.\n")
        assert read(raw).kind == "reply", subject


# --- a part without a charset reads in the one its multipart names -------------------------


def _signed(outer_cte: str, part_type: str) -> bytes:
    # "Pójdźże, kiń tę chmurność" in ISO-8859-2, quoted-printable, under a multipart that
    # alone names the charset.
    return (
        "From: Jan <jan@example.pl>\nTo: ana@fieldpractice.example\nSubject: Test\n"
        "Message-ID: <pl1@example.pl>\nDate: Tue, 1 Dec 2026 08:00:00 +0100\nMIME-Version: 1.0\n"
        'Content-Type: multipart/signed; charset="iso-8859-2";\n'
        ' protocol="application/pkcs7-signature"; micalg=sha1; boundary="SB"\n'
        f"Content-Transfer-Encoding: {outer_cte}\n\n"
        f"--SB\nContent-Type: {part_type}\nContent-Transfer-Encoding: quoted-printable\n\n"
        "P=F3jd=BC=BFe, ki=F1 t=EA chmurno=B6=E6!\n\n"
        "--SB\nContent-Type: application/pkcs7-signature; name=smime.p7s\n"
        "Content-Transfer-Encoding: base64\n\nMIAGCSqGSIb3DQEHAqCAMIACAQE=\n\n--SB--\n"
    ).encode("latin-1")


def test_a_bare_text_part_reads_in_its_multiparts_charset_on_both_parsers() -> None:
    # A 7bit multipart is the fast builder's shape; a quoted-printable one the stdlib's.
    assert fast_message(_signed("7bit", "text/plain")) is not None
    assert fast_message(_signed("quoted-printable", "text/plain")) is None
    for outer_cte in ("7bit", "quoted-printable"):
        raw = _signed(outer_cte, "text/plain")
        for fast in (True, False):
            reply = _parse(raw, NOBODY, NOW, ReplyRules(), fast=fast)
            assert "Pójdźże, kiń tę chmurność!" in reply.text, (outer_cte, fast)


def test_a_text_part_with_its_own_charset_keeps_it() -> None:
    raw = _signed("7bit", "text/plain; charset=iso-8859-1")
    assert "Pójd¼¿e" in read(raw).text  # its own label, however wrong


def test_an_attached_mail_inherits_nothing_from_the_mail_that_carries_it() -> None:
    raw = (
        b"From: Jan <jan@example.pl>\nTo: ana@fieldpractice.example\nSubject: Fwd\n"
        b"MIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; charset="iso-8859-2"; boundary="M"\n\n'
        b"--M\nContent-Type: text/plain\n\nsee below\n\n"
        b"--M\nContent-Type: message/rfc822\n\n"
        b"From: Ola <ola@example.pl>\nSubject: Old\nContent-Type: text/plain\n"
        b"Content-Transfer-Encoding: quoted-printable\n\ncz=EA=B6=E6\n\n--M--\n"
    )
    msg = parse_message(raw)
    inner = msg.get_payload()[1].get_payload()[0]
    assert part_text(inner).strip() != "cześć"  # the inner mail's own (missing) label: a guess


# --- a role mailbox's file without a word ---------------------------------------------------


def _file_mail(sender: str, mailer: str = "") -> bytes:
    return (
        f"From: {sender}\nTo: foo@bar.example\nSubject: Fresh price list\n"
        f"Date: Fri, 02 Feb 2018 22:23:06 +0300\n{mailer}MIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="B"\n\n'
        "--B\nContent-Type: text/html; charset=windows-1251\n\n\n"
        "--B\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n"
        'Content-Disposition: attachment; filename="Price4Dealers.xlsx"\n\n'
        "UEsDBBQAAgAIAHOyQkwNlxQhWwEAAAYFAAATAAAA\n--B--\n"
    ).encode()


def test_a_role_mailboxs_spreadsheet_without_a_word_is_automatic() -> None:
    assert read(_file_mail("Prices || PartKom <support@part.example>")).kind == "autoreply"


def test_a_persons_bare_file_stays_a_reply() -> None:
    # From their own name, or from a role mailbox in a mail program that names itself.
    assert read(_file_mail("Lena Vogt <lena@part.example>")).kind == "reply"
    raw = _file_mail("Info <info@part.example>", "X-Mailer: Microsoft Outlook 16.0\n")
    assert read(raw).kind == "reply"


# --- a monitoring system's notification ----------------------------------------------------

_NAGIOS = (
    "PROBLEM Alert - web01/HTTP is CRITICAL\nDescription:\n\n"
    "Nagios Notification Type: PROBLEM\n\nHost: web01 (192.0.2.10)\n\nService: HTTP\n\n"
    "State: CRITICAL\n\nDate / Time: 29-01-2014 14:05:33\n\n"
    "Additional Info : CRITICAL: HTTP: stopped (critical)\n"
)


def test_a_monitoring_systems_alert_is_automatic_even_from_a_mail_program() -> None:
    raw = build(
        sender="<emmanuel@neurones.example>",
        subject="PROBLEM Alert - web01/HTTP is CRITICAL",
        headers="X-Mailer: Microsoft Outlook 14.0\n",
        body=_NAGIOS,
    )
    assert read(raw).kind == "autoreply"


def test_a_person_passing_an_alert_on_with_a_question_stays_a_reply() -> None:
    body = "Hello, we got this alert again this morning. Can you have a look?\n\n" + _NAGIOS
    raw = build(subject="PROBLEM Alert - web01/HTTP is CRITICAL", body=body)
    assert read(raw).kind == "reply"


# --- Outlook's header block with nothing above it ------------------------------------------

_OUTLOOK_BLOCK = (
    "De : Takacs, Sandrine [mailto:Sandrine.Takacs@sgs.example]\n"
    "Envoyé : mardi 29 novembre 2016 14:48\nÀ : Helpdesk <helpdesk@sgs.example>\n"
    "Objet : profil slim\n\nBonjour,\n\nSerait il possible de modifier le profil slim ?\n"
)


def test_outlooks_header_block_with_nothing_above_leaves_no_new_text() -> None:
    assert new_text("\n \n\n" + _OUTLOOK_BLOCK) == ""


def test_a_comment_above_outlooks_header_block_is_the_new_text() -> None:
    text = new_text("Peux-tu regarder ?\n\n" + _OUTLOOK_BLOCK)
    assert "Peux-tu regarder ?" in text
    assert "profil slim" not in text


def test_a_header_block_without_outlooks_mailto_is_read_on_below_as_before() -> None:
    # An app that left the quote out and put its fields on top: the words below may be new.
    block = "From: Ana <ana@x.example>\nSent: Monday\nTo: Jonas <j@x.example>\nSubject: Hi\n\n"
    assert "Thanks, see you Monday" in new_text(block + "Thanks, see you Monday.\n")


# --- a web form's relay through its host's bounce address ---------------------------------


def _relayed(sender: str, first_hop: str) -> bytes:
    return (
        "Return-Path: <bounce-id=d070=u145594.60gp.host.example=1299@92.mail-out.host.example>\n"
        "Received: from unknown (HELO 60gp.host.example) by 92.mail-out.host.example with SMTP;"
        " 10 Mar 2011 23:12:15 -0000\n"
        f"Received: by 60gp.host.example {first_hop}; Fri, 11 Mar 2011 00:12:18 +0100\n"
        f"To: contact@combodo.example\nSubject: Gold Support Request\nFrom: {sender}\n"
        f"Reply-To: {sender}\nContent-Type: text/plain; charset=utf-8\nMIME-Version: 1.0\n"
        "Message-Id: <20110310231218.2526F3B9D1@60gp.host.example>\n"
        "Date: Fri, 11 Mar 2011 00:12:18 +0100\n\n"
        "Support Request Form\nLast Name: Stonebraker\nCompany: Arc Worldwide\n\n"
        "Comments: Please send me an estimate for each support level\n"
    ).encode()


def test_a_web_forms_relay_of_a_visitors_message_is_a_reply() -> None:
    reply = read(_relayed("steve@arcww.example", "(Postfix, from userid 145594)"))
    assert reply.kind == "reply"
    assert "Please send me an estimate" in reply.text


def test_a_sites_own_mail_through_its_hosts_bounce_address_stays_automatic() -> None:
    # From the site's own role mailbox, or handed over by no local script: the host's
    # bounce address keeps saying a program sent it.
    assert read(_relayed("info@shop.example", "(Postfix, from userid 145594)")).kind == (
        "autoreply"
    )
    assert read(_relayed("steve@arcww.example", "with ESMTP id 41F5C3B9D0")).kind == "autoreply"
