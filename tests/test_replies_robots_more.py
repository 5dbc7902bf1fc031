"""Issue 13: robots and mailings that say so in no bulk header, and mail the parser read as no
mail, learned from the retired corpora's misses as general rules.

A repository's push hook, a bulk MTA's hop, a German newsletter's view-in-browser line, a
booking or a ticket robot's subject, Outlook's read receipt as a bare TNEF body, an empty
group named for a list, a mail whose every line is indented, RFC 822's obsolete "Name :"
fields, and a null author that carries no notice. Each rule has its near miss: a person's own
mail with the same look stays a reply.
"""

from __future__ import annotations

import base64

import pytest
from test_replies_lists_old import mail
from test_replies_signals import INDEX, NOBODY, NOW, OURS, kind

from carecall_mail.core.replies.parse import parse_reply

# --- a repository's push hook ----------------------------------------------------------------

HOOK = (
    "X-Git-Refname: refs/heads/main\nX-Git-Reftype: branch\n"
    "X-Git-Oldrev: 07cc55dcbdbffc876336e48557760c63f357dcfd\n"
    "X-Git-Newrev: 647a986a8efd86b5063ba24041d129c82025818b\n"
)


def test_a_push_hooks_mail_is_a_tools_notification() -> None:
    # git's post-receive-email writes the pusher's name in From: the X-Git headers say a hook
    # wrote it.
    raw = mail(
        subject="[app] branch, main, updated.", headers=HOOK, body="The branch has been updated\n"
    )
    assert kind(raw) == ("autoreply", ("autoreply: tool notification: X-Git-Refname",))


def test_a_patch_mailed_with_git_send_email_stays_a_reply() -> None:
    raw = mail(
        subject="[PATCH] fix the date format",
        headers="X-Mailer: git-send-email 2.43.0\n",
        body="The report showed the wrong month.\n\n---\n app/report.py | 2 +-\n",
    )
    assert kind(raw)[0] == "reply"


# --- a bulk MTA's hop ------------------------------------------------------------------------

POWERMTA = (
    "Received: from jobs0.meetup.example (10.3.0.30)\n"
    " by mail4.meetup.example (PowerMTA(TM) v3.5r16)"
    " id hsnur412560r\n for <ana@fieldpractice.example>; Mon, 12 Dec 2011 08:12:18 -0500\n"
)


def test_mail_through_a_bulk_mta_from_a_stranger_is_bulk() -> None:
    raw = mail(sender="HH.js <info@meetup.example>", headers=POWERMTA, body="Just a reminder.\n")
    assert kind(raw) == ("autoreply", ("autoreply: bulk mail: a bulk MTA's hop",))


def test_a_persons_mail_through_ordinary_relays_stays_a_reply() -> None:
    relays = (
        "Received: from mail.example.net (mail.example.net [192.0.2.1])\n"
        " by mx.fieldpractice.example (Postfix) with ESMTPS id 4F2A1\n"
    )
    assert kind(mail(headers=relays))[0] == "reply"


def test_a_clients_mail_through_a_bulk_mta_stays_a_reply() -> None:
    raw = mail(
        sender="Jonas Berg <jonas@example.net>",
        headers=f"In-Reply-To: {OURS}\n{POWERMTA}",
        body="Thanks, see you Thursday.\n",
    )
    assert kind(raw, INDEX)[0] == "reply"


# --- a German newsletter's view-in-browser line ----------------------------------------------


def test_a_german_view_in_browser_line_behind_the_way_out_is_bulk() -> None:
    body = (
        "abmelden | Sollte diese E-Mail nicht korrekt dargestellt werden, klicken Sie bitte hier.\n"
        "\nSamsung SSD 830 128 GB\nArtikel-Nr.: 2191442\n"
    )
    raw = mail(sender="WORTMANN AG <shop@wortmann.example>", body=body)
    assert kind(raw) == ("autoreply", ("autoreply: bulk mail: view-in-browser line",))


def test_a_person_who_says_a_mail_did_not_display_stays_a_reply() -> None:
    body = (
        "Hallo, Ihre letzte E-Mail wurde bei mir nicht korrekt dargestellt, die Umlaute fehlen.\n"
        "Können Sie sie noch einmal schicken?\n"
    )
    assert kind(mail(body=body))[0] == "reply"


# --- booking and ticket robots ---------------------------------------------------------------


@pytest.mark.parametrize(
    "subject",
    [
        "Confirmation of Booking with easyHotel",
        "Your booking confirmation",
        "Buchungsbestätigung Nr. 4411",
        "Your ECOLINES tickets",
        "Your e-ticket",
        "Booking confirmation #A12B9",
        "Confirmación de reserva - REF 88123",
    ],
)
def test_a_booking_or_ticket_robots_subject_is_automatic(subject: str) -> None:
    raw = mail(sender="Bookings <bookings@hotel.example>", subject=subject, body="Thank you.\n")
    assert kind(raw) == ("autoreply", ("autoreply: automatic-mail subject: order or invoice",))


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Confirmation of Booking with easyHotel",
        "your tickets?",
        "Tickets for Saturday",
        # A new client confirming the appointment they made by phone: no template's reader,
        # company or reference number.
        "Booking confirmation",
        "Buchungsbestätigung für Dienstag",
        "Booking confirmation 12.05.2026",
        "Confirmation of booking with Dr Berg",
    ],
)
def test_a_person_writing_about_a_booking_or_tickets_stays_a_reply(subject: str) -> None:
    assert kind(mail(subject=subject))[0] == "reply"


# --- Outlook's read receipt as a bare TNEF body ----------------------------------------------


def _tnef_mail(subject: str, payload: bytes) -> bytes:
    encoded = base64.encodebytes(payload).decode()
    return mail(
        subject=subject,
        headers=(
            "X-Mailer: Microsoft Outlook 15.0\nMIME-Version: 1.0\n"
            'Content-Type: application/ms-tnef; name="winmail.dat"\n'
            "Content-Transfer-Encoding: base64\n"
        ),
        body=encoded,
    )


def test_a_receipt_subject_over_a_bare_tnef_body_is_a_read_receipt() -> None:
    raw = _tnef_mail("Read: invitation", b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert kind(raw) == ("autoreply", ("autoreply: read receipt",))


def test_an_unreadable_tnef_body_under_an_ordinary_subject_stays_a_reply() -> None:
    raw = _tnef_mail("invitation", b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert kind(raw)[0] == "reply"


def test_a_receipt_subject_over_plain_words_stays_a_reply() -> None:
    # "Read: the leaflet" with the client's words is their mail, TNEF or not.
    assert kind(mail(subject="Read: the leaflet", body="I read it, thank you.\n"))[0] == "reply"


# --- an empty group named for a list ---------------------------------------------------------


def test_an_announcement_to_a_lists_empty_group_is_list_mail() -> None:
    raw = mail(sender="Internet-Drafts@ietf.example", to="IETF-Announce:;", body="A new draft.\n")
    assert kind(raw) == ("autoreply", ("autoreply: mailing list: addressed to a list's readers",))


def test_mail_to_an_empty_group_of_friends_stays_a_reply() -> None:
    assert kind(mail(to="Friends:;"))[0] == "reply"


# --- a mail whose every line is indented -----------------------------------------------------


def test_a_mail_indented_whole_is_read_with_its_headers() -> None:
    raw = b"".join(
        b"    " + line if line.strip() else line
        for line in mail(body="Thanks, Friday is fine.\n").splitlines(keepends=True)
    )
    reply = parse_reply(raw, NOBODY, received_at=NOW)
    assert (reply.kind, reply.from_addr, reply.text) == (
        "reply",
        "lena@example.net",
        "Thanks, Friday is fine.",
    )


def test_text_without_headers_indented_stays_unknown() -> None:
    raw = b"    Thanks, Friday is fine.\n    See you.\n"
    assert kind(raw)[0] == "unknown"


# --- RFC 822's obsolete "Name :" fields ------------------------------------------------------


def test_obsolete_fields_with_space_before_the_colon_are_headers() -> None:
    raw = b"Subject :Friday\nFrom    :  Lena Vogt <lena@example.net>\n\nThanks, Friday is fine.\n"
    assert kind(raw) == ("reply", ())


def test_a_sentence_with_a_colon_is_no_obsolete_field() -> None:
    raw = b"Note that : the meeting moves\n\nThanks.\n"
    assert kind(raw)[0] == "unknown"


# --- a null author with no notice ------------------------------------------------------------


def test_a_null_author_with_no_notice_is_no_bounce() -> None:
    raw = b"From: <>\nSubject: \xc2\xa3600\nContent-Type: text/plain\n\ntest\n"
    assert kind(raw)[0] != "bounce"


def test_a_null_authors_notice_naming_the_failed_address_is_a_bounce() -> None:
    raw = mail(
        sender="<>",
        subject="Mail delivery failed",
        body=(
            "This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its recipients:\n\n"
            "  lena@example.org\n    mailbox is full\n"
        ),
    )
    assert kind(raw)[0] == "bounce"


# --- a server's program writing as a role mailbox ---------------------------------------------

SCRIPT_HOP = (
    "Received: from mx.example.net by mx.fieldpractice.example (Postfix) with ESMTP id 7D2D4\n"
    "Received: from stellq by web1.host.example with local (Exim 4.69)\n"
    " (envelope-from <stellq@web1.host.example>) id 1NDvsO-0000Em-Jd\n"
)


def test_a_scripts_mail_from_a_role_mailbox_is_automatic() -> None:
    raw = mail(
        sender="Stellenwerk <info@jobs.example>", headers=SCRIPT_HOP, body="Your ad is online.\n"
    )
    assert kind(raw) == (
        "autoreply",
        ("autoreply: automatic mail: a server's program, from a role mailbox",),
    )


def test_a_scripts_mail_with_only_a_role_reply_to_is_automatic() -> None:
    hop = "Received: (qmail 13487 invoked by uid 10003); 5 Aug 2010 15:42:20 +0200\n"
    raw = mail(sender="", headers=f"Reply-To: Shop <info@shop.example>\n{hop}", body="Deal.\n")
    assert kind(raw)[0] == "autoreply"


def test_a_web_forms_relay_of_a_visitors_message_stays_a_reply() -> None:
    raw = mail(
        headers=SCRIPT_HOP + "X-PHP-Script: www.example.net/formmail.php\n",
        body="Name: Lena Vogt\nNachricht: Haben Sie Freitag einen Termin frei?\n",
    )
    assert kind(raw)[0] == "reply"


def test_a_local_delivery_hop_on_the_receiving_side_is_no_programs_submission() -> None:
    # qmail's "invoked by uid" is also how the recipient's host hands mail to a mailbox: only
    # the lowest Received field, the sender's own first hop, says who submitted it.
    hops = (
        "Received: (qmail 2022 invoked by uid 225); 29 Apr 2005 23:34:45 -0000\n"
        "Received: from mail.example.net by mx.fieldpractice.example with SMTP\n"
    )
    raw = mail(sender="Info <info@example.net>", headers=hops)
    assert kind(raw)[0] == "reply"


# --- a device's or a monitor's report ---------------------------------------------------------

UPS_REPORT = (
    "== IDENTIFICATION ==========================\n"
    "System name: UPS-1\n\n-- Communication module --------------\n"
    "Product: Network Card 3\nVendor: Eaton\nS/N: G337P47343\nFW version: 1.0.3\n"
    "MAC address (eth0): 00:20:85:d0:ad:ca\n"
    "2025-07-11T12:15:52+0000 - Info - 00C00F00 - Test email\n"
)


def test_a_devices_report_of_fields_rules_and_log_lines_is_automatic() -> None:
    raw = mail(sender="<tech@example.net>", subject="UPS", body=UPS_REPORT)
    assert kind(raw) == ("autoreply", ("autoreply: automatic mail: a report's layout",))


def test_a_trackers_commands_typed_by_a_person_stay_a_reply() -> None:
    # Redmine's keywords a person types above their reply: fields, but no rule and no log.
    body = "Project: onlinestore\nStatus: Resolved\nAssigned to: John Smith\n" * 2
    assert kind(mail(body=body))[0] == "reply"


def test_details_pasted_with_a_sentence_stay_a_reply() -> None:
    body = "My UPS shows this, what does it mean?\n" + UPS_REPORT
    assert kind(mail(body=body))[0] == "reply"


def test_a_monitors_log_led_by_machine_times_under_a_heading_is_automatic() -> None:
    body = (
        "=== Monitored device ===\nHost: nas-2\nState: degraded\n"
        "15:23:03 Disk 2 SMART error\n15:23:09 RAID rebuild started\n"
        "15:40:41 RAID rebuild done\n"
    )
    raw = mail(sender="<nas@example.net>", subject="NAS", body=body)
    assert kind(raw) == ("autoreply", ("autoreply: automatic mail: a report's layout",))


def test_a_web_forms_fields_between_two_bare_rules_stay_a_reply() -> None:
    # Near miss: a new client's first mail through a site's form, its fields set between
    # rules; bare rules are no report's headings.
    body = (
        "------------------------------\nName: Lena Vogt\nTelefon: 0171 5550123\n"
        "E-Mail: lena@example.net\nAnliegen: Termin\n------------------------------\n"
        "Nachricht: ich brauche bald einen termin\n"
    )
    assert kind(mail(body=body))[0] == "reply"


def test_a_persons_diary_by_the_hour_stays_a_reply() -> None:
    # Near miss: a mood diary or a pill plan led by times to the minute, under rules: no
    # machine writes "08:00 woke up again".
    body = (
        "Montag\n----------\n08:00 wieder wach gelegen\n10:30 Panik\n13:00 Tablette\n"
        "----------\nStimmung: 2 von 10\nSchlaf: 3 Stunden\n"
    )
    assert kind(mail(body=body))[0] == "reply"


def test_a_system_accounts_mail_submitted_through_qmail_is_automatic() -> None:
    # One reader of a program's submission for both rules: qmail's "invoked by uid" counts
    # for a system account as for a role mailbox.
    hop = "Received: (qmail 13487 invoked by uid 33); 5 Aug 2010 15:42:20 +0200\n"
    raw = mail(sender="www-data@web1.example.net", subject="Backup", headers=hop, body="ok\n")
    assert kind(raw) == ("autoreply", ("autoreply: automatic sender: system account",))


# --- a server's own mailbox -------------------------------------------------------------------


def test_mail_from_a_servers_system_mailbox_is_automatic() -> None:
    raw = mail(sender="system@example.org", subject="System Report", body="Disk 2 is full.\n")
    assert kind(raw) == ("autoreply", ("autoreply: automatic sender",))


@pytest.mark.parametrize("sender", ["IT <systems@example.org>", "Ana <ana.system@example.org>"])
def test_a_teams_or_a_persons_mailbox_with_system_in_it_stays_a_reply(sender: str) -> None:
    assert kind(mail(sender=sender))[0] == "reply"


# --- a program's own SMTP greeting ------------------------------------------------------------


def test_a_greeting_that_names_a_product_not_a_host_is_a_programs_mail() -> None:
    hop = (
        "Received: from WOWLG POSTCARD (unknown [192.0.2.7])\n"
        " by mx.fieldpractice.example (Postfix) with SMTP id B33BE3F06\n"
    )
    raw = mail(sender="0647842285@cards.example", headers=hop, body="A card for you.\n")
    assert kind(raw) == ("autoreply", ("autoreply: automatic mail: a program's own SMTP greeting",))


@pytest.mark.parametrize(
    "hop",
    [
        "Received: from laptop.example.net (unknown [192.0.2.7])\n by mx.example (Postfix)\n",
        "Received: from lena by mx.example with local (Exim 4.69)\n",
        "Received: from ip<192.0.2.7, 192.0.2.8> ([192.0.2.7])\n by 21CN(MEDUSA 0.0.0.0)\n",
    ],
)
def test_a_host_name_in_the_greeting_stays_a_reply(hop: str) -> None:
    assert kind(mail(headers=f"Received: from mx.example.net by mx.example\n{hop}"))[0] == "reply"


def test_a_web_forms_fields_under_one_rule_stay_a_reply() -> None:
    # A new client's first mail through a site's form: fields, one rule, a message typed
    # without a stop. No report's frame of headings or log lines.
    body = (
        "Name: Lena Vogt\nTelefon: 0171 5550123\nE-Mail: lena@example.net\nAnliegen: Termin\n"
        "------------------------------\nNachricht: ich brauche bald einen termin\n"
    )
    assert kind(mail(body=body))[0] == "reply"


# --- a program's document sent alone ----------------------------------------------------------

PDF = base64.encodebytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n").decode()


def _pdf_mail(mailer: str) -> bytes:
    named = f"X-Mailer: {mailer}\n" if mailer else ""
    return mail(
        subject="test",
        headers=(
            f"{named}MIME-Version: 1.0\n"
            'Content-Type: application/pdf; name="test.PDF"\nContent-Transfer-Encoding: base64\n'
        ),
        body=PDF,
    )


def test_a_pdf_alone_from_an_application_server_is_automatic() -> None:
    assert kind(_pdf_mail("SAP Web Application Server 7.01")) == (
        "autoreply",
        ("autoreply: automatic mail: a program's document alone",),
    )


@pytest.mark.parametrize("mailer", ["Microsoft Outlook 16.0", ""])
def test_a_pdf_alone_from_a_mail_program_or_no_named_program_stays_a_reply(mailer: str) -> None:
    assert kind(_pdf_mail(mailer))[0] == "reply"
