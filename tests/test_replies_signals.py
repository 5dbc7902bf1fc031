"""Issue 13 item 1: the signs of automatic and bulk mail learned from the retired corpora,
each written as a general rule and held to a near miss that stays a person's reply."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from carecall_mail.core.replies.autoreplies import spam_verdict
from carecall_mail.core.replies.optouts import is_optout_text
from carecall_mail.core.replies.parse import SentRef, StaticReplyIndex, parse_reply

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
OURS = "<checkin-7@fieldpractice.example>"
INDEX = StaticReplyIndex(
    sent={"checkin-7@fieldpractice.example": SentRef("checkin:c-007:2026-11-02:one-week", "c-007")},
    clients={"jonas@example.net": "c-007"},
)
NOBODY = StaticReplyIndex()


def build(
    *,
    sender: str = "Jonas Berg <jonas@example.net>",
    subject: str = "Termin am Donnerstag",
    headers: str = "",
    body: str = "Geht auch 15 Uhr? Viele Grüße, Jonas\n",
) -> bytes:
    return (
        f"From: {sender}\nTo: ana@fieldpractice.example\nSubject: {subject}\n"
        f"Message-ID: <s1@example.net>\nDate: Tue, 1 Dec 2026 08:00:00 +0100\n{headers}\n{body}"
    ).encode()


def kind(raw: bytes, index: StaticReplyIndex = NOBODY) -> tuple[str, tuple[str, ...]]:
    reply = parse_reply(raw, index, received_at=NOW)
    return reply.kind, reply.reasons


# --- transactional mail services carry people's words ---------------------------------------


def test_a_persons_mail_sent_through_mailgun_by_an_app_is_a_reply() -> None:
    # A booking app or a helpdesk sends a person's own message through Mailgun's API and asks
    # it to track clicks: that is no newsletter.
    raw = build(
        sender="Lena Vogt <lena@app.example>",
        headers="X-Mailgun-Tag: contact-form\nX-Mailgun-Track-Clicks: true\nX-Mailgun-Sid: WyJh\n",
        body="Hello, I found your practice online. Do you have time for a first talk?\n",
    )
    assert kind(raw)[0] == "reply"


def test_a_newsletter_through_mailgun_is_still_bulk_by_its_list_headers() -> None:
    raw = build(
        sender="Studio Kaya <hello@studio.example>",
        headers="X-Mailgun-Sid: WyJh\nList-Unsubscribe: <https://studio.example/u/1>\n",
        body="Our winter classes start next week.\n",
    )
    assert kind(raw) == ("autoreply", ("autoreply: mailing list: List-Unsubscribe",))


# --- spam is kept as a reply, whatever its footer says ----------------------------------------

SPAM_FOOTER = (
    "Cheap watches, 80 % off!\n\nYou are receiving this email because you signed up for "
    "Super Offers. If you no longer wish to receive these offers, click here.\n"
)


# Spam filters' verdicts ("reply": spam) and their "not spam" answers ("autoreply": the footer
# then says a mailing sent it).
VERDICTS = [
    ("X-Spam-Flag: YES\n", "reply"),
    ("X-Spam-Status: Yes, score=14.2 required=5.0 tests=HTML_ONLY\n", "reply"),
    ("X-Spam: Yes\n", "reply"),
    ("X-Barracuda-Spam-Status: Yes, SCORE=9.1\n", "reply"),
    ("X-MS-Exchange-Organization-SCL: 6\n", "reply"),
    ("X-Forefront-Antispam-Report: CIP:192.0.2.7;CTRY:;SFV:SPM;SCL:9;SRVR:x;\n", "reply"),
    ("", "autoreply"),
    ("X-Spam-Flag: NO\n", "autoreply"),
    ("X-Spam-Status: No, score=-0.1 required=5.0\n", "autoreply"),
    ("X-MS-Exchange-Organization-SCL: 1\n", "autoreply"),
    ("X-Forefront-Antispam-Report: CIP:192.0.2.7;SFV:NSPM;SCL:1;\n", "autoreply"),
]


@pytest.mark.parametrize(("verdict", "want"), VERDICTS)
def test_spam_with_a_newsletters_footer_stays_a_reply(verdict: str, want: str) -> None:
    raw = build(sender="win@offers.example", headers=verdict, body=SPAM_FOOTER)
    reply = parse_reply(raw, NOBODY, received_at=NOW)
    assert reply.kind == want
    if want == "autoreply":
        assert reply.reasons == ("autoreply: bulk mail: unsubscribe footer",)
    assert not reply.autoreply_ok  # spam is never answered either: its sender is forged


def test_a_spam_verdict_never_hides_a_bulk_services_headers() -> None:
    raw = build(sender="win@offers.example", headers="X-Spam-Flag: YES\nX-Campaign: 77\n")
    assert kind(raw) == ("autoreply", ("autoreply: bulk mail: X-Campaign",))
    assert not spam_verdict({"x-spam-level": ["*******"]})  # stars alone say no verdict


# --- fax gateways ------------------------------------------------------------------------------


def fax_only(sender: str, subject: str) -> bytes:
    """A mail that is nothing but one attached PDF, as a fax gateway sends it."""
    return build(
        sender=sender,
        subject=subject,
        headers=(
            "MIME-Version: 1.0\nContent-Type: application/pdf; name=scan0001.pdf\n"
            "Content-Disposition: attachment; filename=scan0001.pdf\n"
            "Content-Transfer-Encoding: base64\n"
        ),
        body="JVBERi0xLjQK\n",
    )


@pytest.mark.parametrize(
    ("sender", "subject"),
    [
        ('"#FAX#+4940555123#"@gateway.example', "Dokument"),
        ("fax@praxis-nord.example", "Seite 1"),
        ("Telefonanlage <noc@fax.pbx.example>", "Neue Nachricht"),
        ("PBX <pbx@voip.example>", "Empfangen von +49 40 555 123"),
        ("PBX <pbx@voip.example>", "Received from *4940555123"),
    ],
)
def test_a_fax_with_nothing_but_the_fax_is_automatic(sender: str, subject: str) -> None:
    assert kind(fax_only(sender, subject)) == ("autoreply", ("autoreply: fax gateway notice",))


@pytest.mark.parametrize(
    ("sender", "subject"),
    [
        ("Lena Fairfax <lena.fairfax@example.org>", "Befund"),  # "fax" inside a name
        ("faxon@example.org", "Befund"),
        ("PBX <pbx@voip.example>", "Received from the clinic"),  # no calling number
        ("PBX <pbx@voip.example>", "Empfangen von Dr. Weber, 2 Seiten"),
    ],
)
def test_a_persons_pdf_is_no_fax_notice(sender: str, subject: str) -> None:
    assert kind(fax_only(sender, subject))[0] == "reply"


def test_a_fax_address_that_writes_words_of_its_own_is_a_person() -> None:
    # A colleague writing from the practice's fax mailbox, with a text and a PDF.
    raw = build(
        sender="fax@praxis-nord.example",
        headers="MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n",
        body=(
            "--b\nContent-Type: text/plain; charset=utf-8\n\nAnbei der Bericht, ruf mich an.\n"
            "--b\nContent-Type: application/pdf; name=bericht.pdf\n"
            "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b--\n"
        ),
    )
    assert kind(raw)[0] == "reply"


# --- security programs' notices ----------------------------------------------------------------


@pytest.mark.parametrize(
    "subject",
    [
        "Antivirus Suite successfully updated the Sophos scan engine on server MAIL01",
        "Scan engine update failed on EXCH02",
        "Virus definitions updated to 2026-12-01 rev 3",
    ],
)
def test_security_programs_notices_are_automatic(subject: str) -> None:
    raw = build(sender="scanner@mx.example", subject=subject, body="See the attached list.\n")
    assert kind(raw) == ("autoreply", ("autoreply: automatic-mail subject: security program",))


@pytest.mark.parametrize(
    "subject",
    [
        "I think my laptop has a virus",
        "Quarantine during the flu - can we meet online?",
        "Re: Quarantine Summary for ana@fieldpractice.example",  # a person answering one
        "The spam filter ate your last mail",
        "Virus alert: my son is ill, I must cancel",
        # Phishing's lures, kept as spam is: the real digests come from no-reply senders.
        "Quarantine Summary for ana@fieldpractice.example",
        "You have 4 messages held in quarantine",
        "VIRUS ALERT in mail from maria@example.org",
    ],
)
def test_a_person_writing_about_viruses_or_quarantine_is_a_reply(subject: str) -> None:
    assert kind(build(sender="lena@example.org", subject=subject))[0] == "reply"


def test_a_client_under_a_security_programs_subject_is_a_reply() -> None:
    raw = build(subject="Scan engine update failed on my PC, so I wrote from my phone")
    assert kind(raw, INDEX)[0] == "reply"


# --- newsletters by their sender, and their footers in more languages -----------------------


@pytest.mark.parametrize(
    "sender",
    [
        "Silicon Dreams <hirlevel@dreams.example>",
        "Kundenservice <kunden-newsletter@shop.example>",
        "Card Services <cards_newsflash@bank.example>",
        "Zpravodaj města <info@mesto.example>",
        "Hírlevél <info@bolt.example>",
        "Biuletyn Fundacji <kontakt@fundacja.example>",
    ],
)
def test_a_sender_that_names_a_newsletter_is_bulk(sender: str) -> None:
    raw = build(sender=sender, subject="Dezember", body="Unsere Angebote im Dezember.\n")
    assert kind(raw) == ("autoreply", ("autoreply: bulk mail: newsletter sender",))


@pytest.mark.parametrize(
    "sender",
    ["news@press.example", "newsroom@paper.example", "Anna Newsome <anna@example.org>"],
)
def test_a_sender_that_only_shares_a_newsletters_letters_is_a_person(sender: str) -> None:
    assert kind(build(sender=sender))[0] == "reply"


FOREIGN_FOOTERS = {
    "fr": "Si vous ne souhaitez plus recevoir nos offres, cliquez ici.",
    "es": "Si ya no deseas recibir estos correos, haz clic aquí.",
    "it": "Se non desideri più ricevere la nostra newsletter, clicca qui.",
    "pt": "Se não deseja mais receber nossos e-mails, clique aqui.",
    "nl": "Wilt u deze nieuwsbrief niet meer ontvangen? Klik hier.",
    "pl": "Jeśli nie chcesz więcej otrzymywać wiadomości, kliknij tutaj.",
    "cs": "Pokud si nepřejete dále dostávat tyto zprávy, klikněte zde.",
    "sv": "Om du inte längre vill få våra utskick, klicka här.",
    "da": "Hvis du ikke længere ønsker at modtage nyhedsbrevet, klik her.",
    "no": "Hvis du ikke lenger ønsker å motta nyhetsbrevet, klikk her.",
    "fi": "Jos et enää halua vastaanottaa uutiskirjettä, klikkaa tästä.",
    "hu": "Leiratkozom a hírlevélről!",
    "tr": "Abonelikten çıkmak için tıklayın.",
    "ru": "Чтобы отписаться от рассылки, нажмите здесь.",
    "ko": "수신을 원하지 않으시면 여기를 누르세요.",
    "zh": "如不想再收到此类邮件，请点击这里。",
}


@pytest.mark.parametrize("footer", FOREIGN_FOOTERS.values(), ids=FOREIGN_FOOTERS.keys())
def test_a_mailings_footer_in_many_languages_is_bulk(footer: str) -> None:
    # Below a signature's "-- ", as mailing software often sets it apart.
    body = f"Unsere Angebote im Dezember.\n\n-- \n{footer}\n"
    raw = build(sender="info@shop.example", subject="Dezember", body=body)
    assert kind(raw) == ("autoreply", ("autoreply: bulk mail: unsubscribe footer",))
    # The same footer pasted into a client's answer to us decides nothing.
    answer = build(headers=f"In-Reply-To: {OURS}\n", body=f"Was ist das?\n\n{footer}\n")
    assert kind(answer, INDEX)[0] == "reply"


@pytest.mark.parametrize(
    "request_text",
    [
        "Я хочу отписаться от рассылки.",
        "Proszę, wypiszcie mnie z listy.",
        "Je ne souhaite plus recevoir vos mails.",
    ],
)
def test_a_strangers_own_request_to_stop_is_no_footer(request_text: str) -> None:
    raw = build(sender="someone@example.org", subject="Mails", body=f"{request_text}\n")
    assert kind(raw)[0] != "autoreply"


def test_a_strangers_forward_of_a_newsletter_with_a_word_of_their_own_is_a_reply() -> None:
    body = (
        "Hello, a friend sent me this, is that your practice?\n\n"
        "---------- Forwarded message ---------\nFrom: Studio <hello@studio.example>\n"
        "Date: Mon, 30 Nov 2026 at 10:00\nSubject: Winter classes\nTo: lena@example.org\n\n"
        "Our winter classes start next week.\n\n-- \nClick here to unsubscribe.\n"
    )
    assert kind(build(sender="lena@example.org", subject="Fwd: Winter classes", body=body))[0] == (
        "reply"
    )


# --- responders and bulk software from public detectors' lists (sisimai, alaveteli) ----------


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ("X-Apple-Action: VACATION\n", "X-Apple-Action"),  # iCloud: no Auto-Submitted at all
        ("X-POST-MessageClass: 9; Autoresponder\n", "X-Post-Messageclass"),  # Mailtraq
        ("Delivered-To: Autoresponder\n", "Delivered-To"),  # qmail's autoresponder
        ("X-AutoReply-From: jonas@example.net\n", "X-Autoreply-From"),
        ("X-Auto-Reply: yes\n", "X-Auto-Reply"),
        ("X-Auto-Response: vacation\n", "X-Auto-Response"),
        ("X-Precedence: auto_reply\n", "Precedence auto_reply"),  # cPanel
        ("Preference: auto_reply\n", "Precedence auto_reply"),  # BoxTrapper's misspelling
        ("X-Kmail-Account: UmQHWZ\n", "bulk mail: X-Kmail-Account"),  # Klaviyo
        ("X-Kmail-Ops: 01HE30JKD2B09WMSYV4K5SDYM1\n", "bulk mail: X-Kmail-Ops"),  # Klaviyo
        ("X-ListMember: jonas@example.net\n", "bulk mail: X-Listmember"),  # phpList
        ("X-Mailer: phplist v3.6.12\n", "bulk mail: X-Mailer"),
        ("X-Mailer: Inxmail EE 4.8.47.804\n", "bulk mail: X-Mailer"),
        ("X-Mailer: Mailchimp Mailer - **CID2ed1232**\n", "bulk mail: X-Mailer"),
        ("X-Gerrit-MessageType: comment\n", "tool notification: X-Gerrit-Messagetype"),
        (
            "X-Launchpad-Message-Rationale: Subscriber\n",
            "tool notification: X-Launchpad-Message-Rationale",
        ),
    ],
)
def test_responders_and_bulk_softwares_own_headers(headers: str, reason: str) -> None:
    reply = parse_reply(build(headers=headers), INDEX, received_at=NOW)
    assert (reply.kind, reply.reasons) == ("autoreply", (f"autoreply: {reason}",))
    assert not reply.autoreply_ok


@pytest.mark.parametrize(
    "headers",
    [
        "X-Apple-Action: forward\n",
        "Delivered-To: jonas@example.net\n",
        "X-Precedence: normal\n",
        "X-Mailer: Apple Mail (2.3731)\n",
        "X-Mailer: Microsoft Outlook 16.0\n",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)\n",  # a web form
        "X-Mailer: Sendmail-Helper 2\n",  # only starts like a bulk program's name
        # KDE's KMail: its own X-KMail-* headers share only a prefix with Klaviyo's.
        "X-KMail-Identity: 1428848833\nX-KMail-SignatureState: \nX-KMail-Transport: 2\n",
    ],
)
def test_a_persons_mail_programs_headers_are_no_such_sign(headers: str) -> None:
    reply = parse_reply(build(headers=f"{headers}In-Reply-To: {OURS}\n"), INDEX, received_at=NOW)
    assert reply.kind == "reply"


@pytest.mark.parametrize(
    "subject",
    [
        "Out of Office AutoReply: Termin am Donnerstag",
        "Out of Office Alert",
        "Vacation reply",
        "Jonas Berg is out of the office.",
        "Dr. Anna Weber is currently out of the office",
        "Jonas Berg ist außer Haus.",
        "Claire Martin est absente du bureau",
        # "Out of office" in more of the languages mail programs translate it into.
        "Poza biurem: Termin am Donnerstag",
        "Mimo kancelář",
        "Buiten kantoor - Termin am Donnerstag",
        "Ikke til stede",
        "Inte på kontoret: Termin",
        "Házon kívül",
        "Ofis dışında",
        "Εκτός γραφείου",
        "Вне офиса: Termin",
        "부재중",
        # Outlook's "Automatic reply:" in the languages not listed before.
        "Erantzun automatikoa: Termin",
        "Balasan automatik: Termin",
        "Sjálfvirkt svar: Termin",
        "Автоматски одговор: Termin",
        "स्वचालित उत्तर: Termin",
        "پاسخ خودکار: Termin",
        "自动应答: Termin",
        # A mail gateway's tag on mail from outside changes nothing.
        "[EXTERNAL] Automatic reply: Termin am Donnerstag",
        "*EXTERNAL* Automatische Antwort: Termin am Donnerstag",
        "RE: [EXT] Out of Office: Termin am Donnerstag",
        "[Extern] Abwesenheitsnotiz: Termin am Donnerstag",
        "EXTERNAL: Réponse automatique : Termin am Donnerstag",
    ],
)
def test_older_responders_subjects_are_out_of_office(subject: str) -> None:
    reply = parse_reply(build(subject=subject), INDEX, received_at=NOW)
    assert reply.reasons == ("autoreply: out-of-office subject",)


@pytest.mark.parametrize(
    "subject",
    [
        "Out of office until Monday, can we move the session?",
        "Out of office reply from my phone: yes, Thursday works",
        "My boss is out of the office, so Thursday works",
        "Mein Mann ist außer Haus",
        "Ma fille est absente demain",
        "Vacation plans: no session in August",
    ],
)
def test_a_person_writing_about_absence_is_a_reply(subject: str) -> None:
    reply = parse_reply(
        build(subject=subject, headers=f"In-Reply-To: {OURS}\n"), INDEX, received_at=NOW
    )
    assert reply.kind == "reply"


# --- bounces and reports of more senders (learned from sisimai's set of emails) --------------


def report(sender: str, subject: str, text: str, headers: str = "") -> bytes:
    """A delivery report in the plain shape older MTAs and carriers write: their text, then
    the returned mail attached."""
    return build(
        sender=sender,
        subject=subject,
        headers=f"{headers}MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=r\n",
        body=(
            f"--r\nContent-Type: text/plain; charset=utf-8\n\n{text}\n"
            "--r\nContent-Type: message/rfc822\n\nFrom: ana@fieldpractice.example\n"
            "To: jonas@example.net\nSubject: How are you?\nMessage-ID: <x9@fieldpractice.example>\n"
            "\nHello Jonas\n--r--\n"
        ),
    )


def test_a_carriers_post_master_report_is_a_bounce() -> None:
    raw = report(
        "post_master@sms.carrier.example",
        "Re:How are you?",
        "Error: Invalid user address\n\nError message below:\n"
        "550 - Requested action not taken: no such user here\n",
    )
    assert kind(raw)[0] == "bounce"
    # A person whose name only starts so writes mail.
    assert kind(build(sender="post.masterson@example.org"))[0] == "reply"


def test_a_japanese_carriers_error_notice_is_a_bounce() -> None:
    text = "送信先のメールボックスが一杯のため、送信できませんでした。\n"
    raw = report("no-reply@mail.carrier.example", "メールエラー通知", text)
    assert kind(raw)[0] == "bounce"


def test_a_client_answering_us_under_an_error_subject_is_a_reply() -> None:
    raw = build(
        subject="メールエラーが出ました", headers=f"In-Reply-To: {OURS}\n", body="届きました。\n"
    )
    assert kind(raw, INDEX)[0] == "reply"


def test_a_junk_mail_reporting_programs_complaint_is_automatic() -> None:
    raw = report("staff@mail.example", "complaint about message from 192.0.2.222", "")
    assert kind(raw) == ("autoreply", ("autoreply: report: complaint",))
    person = build(subject="Complaint about message from your office", body="It was rude.\n")
    assert kind(person)[0] == "reply"


def test_the_fml_list_servers_own_headers_are_list_mail() -> None:
    raw = build(headers="X-MLServer: fml [fml 4.0.3 release]\nX-ML-Name: neko\n")
    assert kind(raw) == ("autoreply", ("autoreply: mailing list: fml",))
    through = build(headers=f"X-Mailing-List: <group@lists.example>\nIn-Reply-To: {OURS}\n")
    assert kind(through, INDEX)[0] == "reply"  # a client through a shared list, answering us


# --- helpdesks' loop marks, challenge-response checks, "do not reply" in many languages ------


@pytest.mark.parametrize(
    "headers", ["X-Loop: yes\n", "X-Loop: true\n", "X-OTRS-Loop: yes\n", "X-Znuny-Loop: yes\n"]
)
def test_a_helpdesks_own_automatic_answer_is_automatic(headers: str) -> None:
    reply = parse_reply(build(headers=f"{headers}In-Reply-To: {OURS}\n"), INDEX, received_at=NOW)
    assert reply.kind == "autoreply"
    assert not reply.autoreply_ok


@pytest.mark.parametrize(
    "headers", ["X-Loop: jonas@example.net\n", "X-Loop: ayesha.yes@example.net\n", "X-Loop: no\n"]
)
def test_procmails_loop_mark_on_a_forward_is_a_persons_mail(headers: str) -> None:
    reply = parse_reply(build(headers=f"{headers}In-Reply-To: {OURS}\n"), INDEX, received_at=NOW)
    assert reply.kind == "reply"


def test_a_challenge_response_check_is_automatic() -> None:
    subject = "Your email requires verification verify#6f3a91-1733041200"
    raw = build(sender="jonas@example.net", subject=subject, headers=f"In-Reply-To: {OURS}\n")
    assert kind(raw, INDEX) == ("autoreply", ("autoreply: challenge-response check",))
    person = build(subject="Can you verify#2 of the worksheet?")
    assert kind(person)[0] == "reply"


@pytest.mark.parametrize(
    "sender",
    [
        "ne-pas-repondre@impots.example",
        "nepasrepondre@banque.example",
        "no-responder@banco.example",
        "naoresponda@loja.example",
        "non-rispondere@poste.example",
        "nicht-antworten@amt.example",
        "niet-beantwoorden@gemeente.example",
        "nie-odpowiadaj@bank.example",
    ],
)
def test_do_not_reply_senders_in_many_languages_are_automatic(sender: str) -> None:
    assert kind(build(sender=sender)) == ("autoreply", ("autoreply: automatic sender",))


@pytest.mark.parametrize(
    "sender", ["responder.maria@example.org", "antworten.kai@example.org", "nao@example.org"]
)
def test_a_person_whose_address_shares_those_words_is_a_reply(sender: str) -> None:
    assert kind(build(sender=sender))[0] == "reply"


# --- account notices' subjects: phishing's too ------------------------------------------------


@pytest.mark.parametrize(
    "subject",
    [
        "Verify your email address",
        "Reset your password",
        "Security alert",
        "Bestätigen Sie Ihre E-Mail-Adresse",
    ],
)
def test_an_account_notices_subject_from_an_ordinary_sender_stays_a_reply(subject: str) -> None:
    # Phishing is worded so and kept as spam is; a real service's notice comes from a
    # no-reply sender or with a bulk service's headers.
    assert kind(build(sender="security@paypa1.example", subject=subject))[0] == "reply"
    real = build(sender="account-security-noreply@accounts.example", subject=subject)
    assert kind(real) == ("autoreply", ("autoreply: automatic sender",))


def test_a_person_saying_they_are_away_in_their_subject_is_a_reply() -> None:
    for subject in ("Poza biurem jutro, czy możemy przełożyć?", "Вне офиса до пятницы, позвоню"):
        assert kind(build(subject=subject), INDEX)[0] == "reply"


def test_an_html_only_mailings_footer_below_its_rule_is_bulk() -> None:
    html = (
        "<html><body><table><tr><td>Our winter classes start next week.</td></tr>"
        "<tr><td>-- <br>If you no longer wish to receive these emails, click here.</td></tr>"
        "</table></body></html>\n"
    )
    headers = "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n"
    raw = build(sender="hello@studio.example", subject="Winter", headers=headers, body=html)
    assert kind(raw) == ("autoreply", ("autoreply: bulk mail: unsubscribe footer",))
    # The same words quoted in a stranger's HTML reply are the history, not their footer.
    quoted = (
        '<html><body><p>Is this your practice?</p><blockquote type="cite">'
        "Our winter classes start next week. If you no longer wish to receive these emails, "
        "click here.</blockquote></body></html>\n"
    )
    mail_ = build(sender="lena@example.org", subject="Fwd: Winter", headers=headers, body=quoted)
    assert kind(mail_)[0] == "reply"


# --- opt-outs that name the mail or the list they are about -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I do not want to receive any more emails from you.",
        "Please delete my email address from your list",
        "Bitte löschen Sie meine E-Mail-Adresse.",
        "Je ne veux plus recevoir vos e-mails.",
        "No quiero recibir más correos.",
        "Por favor, elimínenme de su lista de correo.",
        "Vi prego di cancellarmi dalla lista.",
        "Proszę o usunięcie mojego adresu z listy.",
        "Nie chcę otrzymywać więcej wiadomości.",
        "Прошу удалить меня из рассылки.",
        "Не присылайте мне больше писем.",
        "Poistakaa minut listalta, kiitos",
        "Kérem, töröljenek a listáról",
        "Prosím odhlaste mě",
        "Por favor removam meu e-mail da lista",
    ],
)
def test_requests_to_stop_in_more_words_are_optouts(text: str) -> None:
    assert is_optout_text(text)
    reply = parse_reply(
        build(headers=f"In-Reply-To: {OURS}\n", body=f"{text}\n"), INDEX, received_at=NOW
    )
    assert (reply.kind, reply.client_id) == ("optout", "c-007")


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to receive the medication, it makes me dizzy.",
        "Cancellami l'appuntamento di domani",
        "Elimíname la cita del jueves",
        "No quiero recibir la factura en papel",
        "Please delete my address from the old form, the new one is Hauptstr. 5",
        "Не присылайте мне больше таблеток",
    ],
)
def test_words_of_stopping_about_other_things_are_no_optout(text: str) -> None:
    assert not is_optout_text(text)


@pytest.mark.parametrize(
    "sender", ["owner-holistic@lists.example", "holistic-bounces@lists.example"]
)
def test_list_softwares_sender_header_is_list_mail(sender: str) -> None:
    raw = build(headers=f"Sender: {sender}\n")
    assert kind(raw) == ("autoreply", ("autoreply: mailing list: list sender",))
    # A person's Sender (their assistant sending for them) says nothing of a list.
    assert kind(build(headers="Sender: assistant@example.net\n"))[0] == "reply"


@pytest.mark.parametrize(
    "footer",
    [
        "-=-=-=-=-=-=-=-=-=-=-=-\nGroups.io Links: You receive all messages sent to this group.\n"
        "View/Reply Online (#123): https://groups.io/g/holistic/message/123\n",
        "Yahoo Groups Links\n\n<*> To visit your group on the web, go to:\n",
        "To unsubscribe from the HOLISTIC-L list, click the following link:\n"
        "https://lists.example/cgi-bin/wa?SUBED1=HOLISTIC-L\n",
        "To unsubscribe, send an email to sympa@lists.example with 'signoff holistic'\n",
    ],
)
def test_more_list_softwares_footers_are_list_mail(footer: str) -> None:
    raw = build(sender="lena@example.org", body=f"Next meeting on Tuesday.\n\n{footer}")
    assert kind(raw) == ("autoreply", ("autoreply: mailing list: list footer",))


def test_a_person_telling_how_to_leave_a_group_is_a_reply() -> None:
    body = "I left the group, to unsubscribe you write to the leader.\nSee you on Tuesday\n"
    assert kind(build(sender="lena@example.org", body=body))[0] == "reply"


@pytest.mark.parametrize(
    "subject",
    [
        "Nondeliverable mail",
        "Unable to deliver your message",
        "Warning: could not send message for past 4 hours",
        "Échec de la remise",
        "Mancato recapito del messaggio",
        "Não é possível entregar: How are you?",
        "Kunne ikke leveres: How are you?",
        "Ei voitu toimittaa: How are you?",
        "Niedostarczalne: How are you?",
        "Nedoručitelné: How are you?",
        "Kézbesíthetetlen: How are you?",
        "Teslim edilemedi: How are you?",
        "Δεν είναι δυνατή η παράδοση: How are you?",
        "배달되지 않음: How are you?",
        "無法傳遞: How are you?",
    ],
)
def test_delivery_reports_subjects_in_more_languages(subject: str) -> None:
    text = "Your message to jonas@example.net could not be delivered.\n"
    assert kind(report("mailer@mx.example", subject, text))[0] == "bounce"
    # The client answering us under such a subject is still the client.
    answer = build(subject=subject, headers=f"In-Reply-To: {OURS}\n", body="Got it, thanks.\n")
    assert kind(answer, INDEX)[0] == "reply"


def test_a_mail_from_the_null_sender_handing_a_mail_back_is_a_bounce() -> None:
    # A carrier's report under a subject of no known words ("Mail"), as the null sender.
    text = "Your mail sent on: Tue, 1 Dec 2026\n  Could not be delivered to: <jonas@example.net>\n"
    raw = report("no-reply@carrier.example", "Mail", text, headers="Return-Path: <>\n")
    assert kind(raw)[0] == "bounce"


@pytest.mark.parametrize(
    ("headers", "want"),
    [
        # An auto-reply that quotes the mail it answers says what it is.
        ("Return-Path: <>\nAuto-Submitted: auto-replied\n", "autoreply"),
        # A person forwarding a mail as an attachment has an envelope sender of their own.
        ("Return-Path: <jonas@example.net>\n", "reply"),
        ("", "reply"),
    ],
)
def test_a_returned_mail_part_alone_makes_no_bounce(headers: str, want: str) -> None:
    raw = report("Jonas Berg <jonas@example.net>", "Schau mal", "Siehe Anhang.\n", headers)
    assert kind(raw)[0] == want


# --- Amazon SES bounces mailed by SNS as JSON ---------------------------------------------------

SES_SENT = SentRef("checkin:c-007:2026-11-02:one-week", "c-007")


def ses_notice(kind_: str, envelope: bool = False) -> bytes:
    notice = {
        "notificationType": kind_,
        "bounce": {
            "bounceType": "Permanent",
            "bouncedRecipients": [{"emailAddress": "Jonas@Example.net", "status": "5.1.1"}],
        },
        "mail": {
            "messageId": "0101-ses-own-id",
            "headers": [{"name": "Message-ID", "value": "<checkin-7@fieldpractice.example>"}],
        },
    }
    text = json.dumps(notice)
    if envelope:
        text = json.dumps({"Type": "Notification", "Message": text}, indent=2)
    # Sendmail splits a line over 990 characters with "!", a newline and a space.
    text = text[:40] + "!\n " + text[40:]
    return build(
        sender="AWS Notifications <no-reply@sns.amazonaws.com>",
        subject="AWS Notification Message",
        headers="Feedback-ID: 1.us-west-2.abc:AmazonSNS\n",
        body=f"{text}\n\n--\nIf you wish to stop receiving notifications from this topic, ...\n",
    )


@pytest.mark.parametrize("envelope", [False, True])
def test_an_ses_bounce_notice_is_a_bounce_of_our_mail(envelope: bool) -> None:
    reply = parse_reply(ses_notice("Bounce", envelope), INDEX, received_at=NOW)
    assert (reply.kind, reply.bounced, reply.permanent) == ("bounce", ("jonas@example.net",), True)
    assert (reply.client_id, reply.in_reply_to) == ("c-007", SES_SENT.key)


def test_an_ses_delivery_or_complaint_notice_is_no_bounce() -> None:
    assert kind(ses_notice("Delivery"))[0] == "autoreply"
    assert kind(ses_notice("Complaint"))[0] == "autoreply"
    # A person pasting JSON is a person.
    pasted = build(body='{"notificationType": "Bounce"} is what my app logs, is that bad?\n')
    assert kind(pasted)[0] == "reply"


# --- gateways' subject tags ---------------------------------------------------------------------


def test_a_gateways_tag_on_a_persons_subject_is_still_a_reply() -> None:
    for subject in (
        "[EXTERNAL] Termin am Donnerstag",
        "[EXTERNAL] RE: Your order #1234",
        "External:",
    ):
        assert kind(build(sender="lena@example.org", subject=subject))[0] == "reply"
    robot = build(sender="shop@shop.example", subject="[EXTERNAL] Your order #1234 has shipped")
    assert kind(robot) == ("autoreply", ("autoreply: automatic-mail subject: order or invoice",))


@pytest.mark.parametrize(
    "subject",
    ["Unsubscribe!", "Remove me", "Darse de baja", "Désinscription", "Uitschrijven", "Отписаться"],
)
def test_an_unsubscribe_subject_in_many_languages_is_an_optout(subject: str) -> None:
    raw = build(subject=subject, body="\n")
    assert kind(raw, INDEX) == ("optout", ("optout: subject",))


@pytest.mark.parametrize("subject", ["Afmelden", "Baja", "Abbestellen", "Remove the appointment"])
def test_a_subject_that_also_cancels_a_session_is_no_optout(subject: str) -> None:
    raw = build(subject=subject, body="Ich kann am Donnerstag nicht kommen.\n")
    assert kind(raw, INDEX)[0] == "reply"


@pytest.mark.parametrize(
    "subject", ["WG: Befund vom Montag", "FW: Befund", "TR: Rendez-vous", "RV: Cita"]
)
def test_a_forward_from_outlook_with_its_suppress_header_is_a_persons(subject: str) -> None:
    raw = build(subject=subject, headers="X-Auto-Response-Suppress: All\n")
    assert kind(raw, INDEX)[0] == "reply"


@pytest.mark.parametrize(
    "sender",
    [
        "calendar-noreply@calendar.example",
        "drive-shares-dm-noreply@docs.example",
        "account-security-noreply@accounts.example",
        "shop.donotreply@shop.example",
        "mailer@poll.example",
        "notify@bank.example",
    ],
)
def test_a_services_do_not_reply_sender_after_its_own_word_is_automatic(sender: str) -> None:
    assert kind(build(sender=sender)) == ("autoreply", ("autoreply: automatic sender",))
    assert kind(build(sender="maria.noreplyson@example.org"))[0] == "reply"


@pytest.mark.parametrize(
    "row",
    [
        "Unsubscribe | Update preferences | Privacy",
        "Impressum · Datenschutz · Abmelden",
        "View online • Unsubscribe here",
        "Se désinscrire | Mentions légales",
    ],
)
def test_a_footers_row_of_links_with_the_way_out_is_bulk(row: str) -> None:
    raw = build(
        sender="hello@studio.example", subject="Winter", body=f"Our winter classes.\n\n{row}\n"
    )
    assert kind(raw) == ("autoreply", ("autoreply: bulk mail: unsubscribe footer",))


@pytest.mark.parametrize(
    "body",
    [
        "Unsubscribe\n",  # a stranger's own request to stop: an opt-out, not bulk
        "Please unsubscribe me | thanks\n",
        "I cannot unsubscribe from the app, the menu is Settings | Account\n",
    ],
)
def test_a_persons_line_with_a_bar_is_no_row_of_links(body: str) -> None:
    assert kind(build(sender="lena@example.org", body=body))[0] != "autoreply"


def test_an_html_mailings_lone_unsubscribe_link_at_its_foot_is_bulk() -> None:
    html = (
        "<html><body><table><tr><td><h1>Winter classes</h1><p>"
        + "Our winter classes start next week, with yoga, breathing and a tea. " * 4
        + '</p></td></tr><tr><td><a href="https://studio.example/u">Unsubscribe</a></td></tr>'
        "<tr><td>Studio Kaya, Main Street 1</td></tr></table></body></html>\n"
    )
    headers = "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n"
    raw = build(sender="hello@studio.example", subject="Winter", headers=headers, body=html)
    assert kind(raw) == ("autoreply", ("autoreply: bulk mail: unsubscribe footer",))
    # A stranger's own short request ends the same way and is an opt-out, not bulk.
    own = build(sender="lena@example.org", subject="Mails", body="Hi, take me off.\nUnsubscribe\n")
    assert kind(own)[0] == "optout"


def test_a_person_forwarding_a_mailing_without_a_word_is_a_reply() -> None:
    body = (
        "---------- Forwarded message ---------\nFrom: Studio <hello@studio.example>\n"
        "Date: Mon, 30 Nov 2026 at 10:00\nSubject: Winter classes\nTo: lena@example.org\n\n"
        + "Our winter classes start next week, with yoga, breathing and a tea. " * 4
        + "\n\nIf you no longer wish to receive these emails, please\nunsubscribe\n"
    )
    raw = build(sender="lena@example.org", subject="Fwd: Winter classes", body=body)
    assert kind(raw)[0] == "reply"


def test_a_person_forwarding_a_fax_gateways_notice_is_a_reply() -> None:
    def notice(subject: str) -> bytes:
        return build(
            sender="lena@example.org",
            subject=subject,
            headers="MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n",
            body=(
                "--b\nContent-Type: text/plain; charset=utf-8\n\n"
                "Sie haben ein neues Fax von +49 30 1234567 empfangen.\n"
                "--b\nContent-Type: application/pdf; name=fax.pdf\n"
                "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b--\n"
            ),
        )

    assert kind(notice("Neues Fax")) == ("autoreply", ("autoreply: fax gateway notice",))
    assert kind(notice("WG: Neues Fax"))[0] == "reply"


def test_spam_a_filter_found_is_no_robots_mail_either() -> None:
    robot = build(sender="shop@shop.example", subject="Your order #112-3344 has shipped")
    assert kind(robot)[0] == "autoreply"
    flagged = build(
        sender="shop@shop.example",
        subject="Your order #112-3344 has shipped",
        headers="X-Spam-Flag: YES\n",
    )
    assert kind(flagged)[0] == "reply"


def test_a_clients_forward_of_a_list_mail_is_the_clients() -> None:
    body = (
        "Look at this one.\n\n---------- Forwarded message ---------\n"
        "From: Group <group@lists.example>\nSubject: Meeting\n\nNext meeting on Tuesday.\n"
        "_______________________________________________\nHolistic mailing list\n"
        "holistic@lists.example\nhttps://lists.example/mailman/listinfo/holistic\n"
    )
    assert kind(build(subject="Fwd: Meeting", body=body), INDEX)[0] == "reply"
    assert kind(build(subject="Meeting", body=body), INDEX)[0] == "autoreply"


def test_a_mailman_footer_whose_site_drops_mailman_from_its_page_is_list_mail() -> None:
    # Sites that serve Mailman at their root (ozlabs): ".../listinfo/<list>".
    body = (
        "Doing some testing.\n-- \n2.11.0\n\n_______________________________________________\n"
        "Snowpatch mailing list\nsnowpatch@lists.example\nhttps://lists.example/listinfo/snowpatch\n"
    )
    assert kind(build(subject="[PATCH] Test", body=body)) == (
        "autoreply",
        ("autoreply: mailing list: list footer",),
    )


def test_a_person_linking_a_list_page_under_a_rule_is_no_list_footer() -> None:
    body = (
        "Here is the group I told you about.\n_______________________________________________\n"
        "Have a look: https://lists.example/listinfo.html\n"
    )
    assert kind(build(body=body))[0] == "reply"


def test_a_batv_signed_envelope_sender_is_read_behind_its_tag() -> None:
    bulk = build(
        sender="news@shop.example",
        headers="Return-Path: <msprvs1=18050ZSaM5ex4=bounces-123@sp.example>\n",
    )
    assert kind(bulk) == ("autoreply", ("autoreply: automatic return path",))
    person = build(headers="Return-Path: <prvs=0123abcd=jonas@example.net>\n")
    assert kind(person, INDEX)[0] == "reply"


# --- a person's subject about an order (tests/test_replies_people.py) --------------------------


@pytest.mark.parametrize(
    "subject",
    [
        "order number 44871, still says dispatched, any idea when it'll turn up",
        'commande n° 38812, toujours "expédiée", vous savez quand elle arrive ?',
        "Rechnung Nr. 2026-11 schon bezahlt?",
    ],
)
def test_a_persons_subject_asking_after_an_order_is_a_reply(subject: str) -> None:
    # Typed by hand (all lowercase) or asking something: no shop's template writes so.
    assert kind(build(sender="sam.r.1987@mail.example", subject=subject))[0] == "reply"


def test_a_shops_capitalised_order_subject_is_still_automatic() -> None:
    for subject in ("Order number 44871 has shipped", "Rechnung Nr. 2026-11 vom 3. November"):
        assert kind(build(sender="shop@shop.example", subject=subject)) == (
            "autoreply",
            ("autoreply: automatic-mail subject: order or invoice",),
        )


# --- a bare "stop" about a remedy, a pain or a session (tests/test_replies_people.py) ----------


@pytest.mark.parametrize(
    "text",
    [
        "Should I stop?",
        "can i stop now?",
        "stop taking them?",
        "Can I stop the drops",
        "the pain won't stop",
        "Stop worrying, all good",
        "Stop it, I am fine",
        "stop by on friday?",
        "estoy de baja",  # I am on sick leave
        "sigo de baja hasta el lunes",
        "non voglio più le gocce",  # I don't want the drops any more: a stopped remedy
        "arrêtez les gouttes?",
        "afmelden voor donderdag",  # cancel Thursday's session
        "please dont stop writing",
        "Bitte nicht abmelden",
    ],
)
def test_a_clients_bare_stop_about_something_else_is_a_reply(text: str) -> None:
    assert not is_optout_text(text)
    reply = parse_reply(
        build(headers=f"In-Reply-To: {OURS}\n", body=f"{text}\n"), INDEX, received_at=NOW
    )
    assert (reply.kind, reply.client_id) == ("reply", "c-007")


@pytest.mark.parametrize(
    "text",
    [
        "Stop.\n\nJonas",
        "STOP",
        "please stop",
        "Baja",
        "Can you stop sending me emails?",
        "can you stop the messages?",
        "Bitte abmelden, danke",
        "Stop for now please",
        "Stopp, vorerst",
    ],
)
def test_a_stop_alone_or_naming_our_mail_is_still_an_optout(text: str) -> None:
    assert is_optout_text(text)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Stop", "I had to stop the magnesium, it gave me pain. Is that ok?\n"),
        ("Abmelden", "Ich muss mich für Donnerstag abmelden, mein Sohn ist krank.\n"),
    ],
)
def test_a_bare_stop_subject_above_a_clients_own_message_is_a_reply(
    subject: str, body: str
) -> None:
    assert kind(build(subject=subject, body=body), INDEX)[0] == "reply"
    # Alone, or above a thank-you and a name, the same subject is the request.
    for alone in ("\n", "Danke\nJonas\n"):
        assert kind(build(subject=subject, body=alone), INDEX) == ("optout", ("optout: subject",))
    mailto = "This message was automatically generated by Gmail.\n"
    assert kind(build(subject="unsubscribe", body=mailto), INDEX)[0] == "optout"


# --- a client's own name and mailbox (tests/test_replies_people.py) ---------------------------


@pytest.mark.parametrize(
    "sender",
    ["Jonas Berg - Newsletter <jonas@example.net>", "Jonas Berg <jonas.noreply@example.net>"],
)
def test_a_clients_own_address_answering_us_is_no_newsletter_or_robot(sender: str) -> None:
    address = sender.split("<")[1].rstrip(">")
    index = StaticReplyIndex(sent=INDEX.sent, clients={address: "c-007"})
    answer = build(sender=sender, subject="Re: Wie geht es?", headers=f"In-Reply-To: {OURS}\n")
    assert kind(answer, index)[0] == "reply"
    # Answering nothing of ours, or with a program's own sign, the same sender is automatic.
    assert kind(build(sender=sender), index)[0] == "autoreply"
    auto = build(sender=sender, headers=f"In-Reply-To: {OURS}\nAuto-Submitted: auto-replied\n")
    assert kind(auto, index) == ("autoreply", ("autoreply: Auto-Submitted",))
