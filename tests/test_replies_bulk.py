"""Issue 13 item 1: list, bulk and automatic mail is never a client's reply (RFC 2369, 3834)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from carecall_mail.core.replies.autoreplies import autoreply_reason, list_footer
from carecall_mail.core.replies.parse import ReplyRules, SentRef, StaticReplyIndex, parse_reply

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
OURS = "<checkin-1@fieldpractice.example>"
INDEX = StaticReplyIndex(
    sent={"checkin-1@fieldpractice.example": SentRef("checkin:c-001:2026-10-02:one-week", "c-001")},
    clients={"maria@example.org": "c-001"},
)


def mail(headers: str, body: str = "Thank you, I am much better.\n", sender: str = "") -> bytes:
    sender = sender or "Maria Keller <maria@example.org>"
    head = (
        f"From: {sender}\nTo: ana@fieldpractice.example\nSubject: Re: How are you?\n"
        f"Message-ID: <m1@example.org>\n{headers}"
    )
    return f"{head}\n{body}".encode()


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ("List-Id: Holistic news <news.lists.example>\n", "mailing list: List-Id"),
        ("List-Unsubscribe: <mailto:leave@lists.example>\n", "mailing list: List-Unsubscribe"),
        ("List-Post: <mailto:group@lists.example>\n", "mailing list: List-Post"),
        ("X-Mailman-Version: 2.1.39\n", "mailing list: Mailman"),
        ("Precedence: list\n", "mailing list: Precedence list"),
        ("Precedence: bulk\n", "Precedence bulk"),
        ("Precedence: junk\n", "Precedence junk"),
        ("Feedback-ID: 1.eu-west-1.abc:AmazonSES\n", "bulk mail: Feedback-Id"),
        ("X-Campaign: 4711\n", "bulk mail: X-Campaign"),
        ("X-CampaignID: 4711\n", "bulk mail: X-Campaignid"),
        ("X-Mailchimp-Campaign: 99\n", "bulk mail: X-Mailchimp-Campaign"),
        ("X-MC-User: 0123abc\n", "bulk mail: X-Mc-User"),
        ("X-SES-Outgoing: 2026.12.01-54.240.27.27\n", "bulk mail: X-Ses-Outgoing"),
        ("X-SG-EID: abc\n", "bulk mail: X-Sg-Eid"),
        ("X-Mailin-EID: abc\n", "bulk mail: X-Mailin-Eid"),
        ("X-Roving-Id: 1101.22\n", "bulk mail: X-Roving-Id"),
        ("X-Autoreply: yes\n", "X-Autoreply"),
        ("X-Autorespond: Out of office\n", "X-Autorespond"),
        ("X-Mail-Autoreply: true\n", "X-Mail-Autoreply"),
        ("X-FC-MachineGenerated: true\n", "X-Fc-Machinegenerated"),
        ("X-MS-Exchange-Inbox-Rules-Loop: maria@example.org\n", "Exchange inbox rule"),
        ("X-GitHub-Reason: mention\n", "tool notification: X-Github-Reason"),
        ("X-Bugzilla-Reason: CC\n", "tool notification: X-Bugzilla-Reason"),
        ("X-Redmine-Project: website\n", "tool notification: X-Redmine-Project"),
        ("X-Facebook-Notify: friend_request\n", "tool notification: X-Facebook-Notify"),
        ("X-LinkedIn-Class: INVITE\n", "tool notification: X-Linkedin-Class"),
        (
            "Content-Type: multipart/report; report-type=feedback-report; boundary=b\n",
            "report: feedback-report",
        ),
    ],
)
def test_list_bulk_and_vendor_headers_are_autoreplies(headers: str, reason: str) -> None:
    reply = parse_reply(mail(headers), StaticReplyIndex(), received_at=NOW)
    assert reply.kind == "autoreply"
    assert reply.reasons == (f"autoreply: {reason}",)
    assert not reply.autoreply_ok  # RFC 3834 §2: never answered


def test_a_person_mentioning_those_tools_with_their_own_x_headers_is_a_reply() -> None:
    # Headers that only share a word with a tool's ("X-Mailer: GitHub Desktop" is no notice).
    raw = mail("X-Mailer: GitHub Desktop mail 1.0\nX-Priority: 3\nX-GitHubber: no\n")
    assert parse_reply(raw, StaticReplyIndex(), received_at=NOW).kind == "reply"


def test_the_practices_own_exchange_redirect_leaves_a_clients_reply_a_reply() -> None:
    # The practitioner's rule redirected the client's answer to the inbox we read.
    raw = mail(f"X-MS-Exchange-Inbox-Rules-Loop: ana@fieldpractice.example\nIn-Reply-To: {OURS}\n")
    rules = ReplyRules(own_addresses=frozenset({"ana@fieldpractice.example"}))
    reply = parse_reply(raw, INDEX, received_at=NOW, rules=rules)
    assert (reply.kind, reply.client_id) == ("reply", "c-001")
    # The client's own rule (an auto-forward or a rule's reply) is still automatic.
    theirs = mail(f"X-MS-Exchange-Inbox-Rules-Loop: maria@example.org\nIn-Reply-To: {OURS}\n")
    assert parse_reply(theirs, INDEX, received_at=NOW, rules=rules).kind == "autoreply"


def test_a_client_writing_through_a_shared_list_to_answer_us_is_a_reply() -> None:
    raw = mail(f"List-Id: <group.lists.example>\nPrecedence: bulk\nIn-Reply-To: {OURS}\n")
    reply = parse_reply(raw, INDEX, received_at=NOW)
    assert reply.kind == "reply"
    assert reply.client_id == "c-001"
    assert reply.in_reply_to == "checkin:c-001:2026-10-02:one-week"
    assert not reply.autoreply_ok  # still list mail: never auto-answered (RFC 3834 §2)


def test_list_mail_from_a_client_that_answers_nothing_of_ours_is_not_a_reply() -> None:
    reply = parse_reply(mail("List-Id: <group.lists.example>\n"), INDEX, received_at=NOW)
    assert reply.kind == "autoreply"


def test_list_mail_answering_us_from_someone_else_is_not_a_reply() -> None:
    raw = mail(f"List-Id: <group.lists.example>\nReferences: {OURS}\n", sender="x@lists.example")
    assert parse_reply(raw, INDEX, received_at=NOW).kind == "autoreply"


def test_a_clients_own_responder_answering_us_through_a_list_stays_automatic() -> None:
    raw = mail(f"List-Id: <g.lists.example>\nAuto-Submitted: auto-replied\nIn-Reply-To: {OURS}\n")
    assert parse_reply(raw, INDEX, received_at=NOW).kind == "autoreply"


def test_a_mailman_footer_in_the_body_is_list_mail() -> None:
    body = (
        "Next meeting on Tuesday.\n\n_______________________________________________\n"
        "Holistic mailing list\nholistic@lists.example\n"
        "https://lists.example/mailman/listinfo/holistic\n"
    )
    reply = parse_reply(mail("", body), StaticReplyIndex(), received_at=NOW)
    assert reply.reasons == ("autoreply: mailing list: list footer",)


def test_a_mailman_footer_in_a_part_of_its_own_is_list_mail() -> None:
    # Mailman adds its footer to a MIME mail as one more text part.
    body = (
        "--b\nContent-Type: text/plain; charset=utf-8\n\nMeeting notes for the group.\n"
        "--b\nContent-Type: text/plain; charset=us-ascii\nContent-Disposition: inline\n\n"
        "_______________________________________________\nGroup mailing list\n"
        "group@lists.example\nhttps://lists.example/mailman/listinfo/group\n--b--\n"
    )
    raw = mail("MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n", body)
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    assert reply.reasons == ("autoreply: mailing list: list footer",)
    assert reply.text == "Meeting notes for the group."


def test_a_link_to_a_list_page_written_by_a_person_is_no_footer() -> None:
    assert (
        list_footer("The archive link http://x.example/mailman/listinfo/notmuch is broken\n")
        is None
    )


@pytest.mark.parametrize(
    "subject",
    [
        "[AUTO GENERATED] Your appointment",
        "Re: [Auto-Reply] How are you?",
        "(Automated) Ticket 4711",
        "Automatically generated: backup report",
        "Automatische Benachrichtigung: Ihr Paket",
        "Notification automatique : votre compte",
        "Mensaje automático: su cita",
        "Messaggio automatico: la sua richiesta",
        "Mensagem automática: sua consulta",
        "Automatisch gegenereerd: uw afspraak",
        "Automatiskt meddelande: din bokning",
        "Automaattinen viesti: varaus",
        "Wiadomość automatyczna: wizyta",
        "Automatická odpověď: Jak se máte?",
        "Automatikus válasz: Hogy van?",
        "Otomatik yanıt: Nasılsınız?",
        "Αυτόματη απάντηση: Τι κάνετε;",
        "Автоматическое уведомление: запись",
        "自動返信: お元気ですか",
        "자동 응답: 안녕하세요",
        # Outlook's "Automatic reply:" in more of its languages.
        "Răspuns automat: Ce mai faceți?",
        "Automatski odgovor: Kako ste?",
        "Automatická odpoveď: Ako sa máte?",
        "Samodejni odgovor: Kako ste?",
        "Автоматичен отговор: Как сте?",
        "Автоматична відповідь: Як справи?",
        "Automaatvastus: Kuidas läheb?",
        "Automātiskā atbilde: Kā jums iet?",
        "Automatinis atsakymas: Kaip sekasi?",
        "Resposta automàtica: Com estàs?",
        "Balasan Otomatis: Apa kabar?",
        "Trả lời tự động: Bạn khỏe không?",
        "ตอบกลับอัตโนมัติ: สบายดีไหม",
        "תשובה אוטומטית: מה שלומך?",
        "رد تلقائي: كيف حالك؟",
        "자동 회신: 안녕하세요",
        "Abwesenheitsmeldung: Wie geht es Ihnen?",
    ],
)
def test_automation_subjects_in_many_languages(subject: str) -> None:
    assert autoreply_reason({}, subject) in ("automatic-mail subject", "out-of-office subject")


def test_exchange_thread_topic_says_automatic_reply() -> None:
    headers = {"thread-topic": ["Automatische Antwort: Wie geht es Ihnen?"]}
    assert autoreply_reason(headers, "Wie geht es Ihnen?") == "out-of-office subject"


@pytest.mark.parametrize(
    ("subject", "reason"),
    [
        ("RE: How are you?", None),  # a person's Outlook reply may carry it too
        # Welsh, a language whose "Automatic reply" is not listed.
        ("Ateb awtomatig: How are you?", "X-Auto-Response-Suppress, automatic subject"),
    ],
)
def test_auto_response_suppress_counts_only_with_another_sign(
    subject: str, reason: str | None
) -> None:
    assert autoreply_reason({"x-auto-response-suppress": ["OOF, AutoReply"]}, subject) == reason


def test_an_ordinary_subject_with_auto_in_it_is_a_reply() -> None:
    for subject in (
        "Re: my build failed in the gym",
        "Smart error in my phone",
        "Logwatch question",
        "Re: Automatically better now",
        "Re: my car (auto) broke",
        "Re: [urgent] help",
        "Re: my automatic reply was wrong, sorry",  # about an auto-reply, not one
        "Re: Odgovor na vaše pitanje",  # "answer to your question"
    ):
        assert autoreply_reason({}, subject) is None


def test_mlmmj_and_list_robot_senders_are_automatic() -> None:
    raw = mail("", "Post denied.\n", sender="freebsd-hackers+owner@FreeBSD.org")
    assert parse_reply(raw, StaticReplyIndex(), received_at=NOW).reasons == (
        "autoreply: automatic sender",
    )


# Issue 13 item 4: what Zammad's test mails showed we misread, one test per class of fix.
# --- bulk mail without bulk headers -----------------------------------------------------------


def test_a_newsletter_with_a_bounces_return_path_is_bulk_not_a_bounce() -> None:
    # The envelope sender "bounces@" collects the newsletter's bounces: the mail is bulk,
    # and no delivery report (which goes out with a null return path, RFC 5321 §4.5.5).
    raw = mail(
        "Return-Path: bounces@fulfillment.example\n",
        "40% OFF holiday patterns and fabric!\n",
        sender='"Quilting news" <enews@quilting.example>',
    )
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    assert reply.kind == "autoreply"
    assert reply.reasons == ("autoreply: automatic return path",)


def test_a_noreply_return_path_is_automatic_whatever_the_from() -> None:
    raw = mail("Return-Path: <noreply@bounce.billing.example>\n", sender="team@billing.example")
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    assert (reply.kind, reply.reasons) == ("autoreply", ("autoreply: automatic return path",))


def test_a_bulk_senders_bounce_domain_in_the_return_path_is_automatic() -> None:
    raw = mail("Return-Path: <a1b2c3@bounce.news.example>\n", sender="team@news.example")
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    assert reply.reasons == ("autoreply: automatic return path",)
    person = mail("Return-Path: <maria@bouncecastle.example>\n")
    assert parse_reply(person, StaticReplyIndex(), received_at=NOW).kind == "reply"


def test_a_listserv_return_path_is_list_mail_but_a_client_through_it_still_replies() -> None:
    headers = "Return-Path: owner-rrga-l@list.example\nSender: RRGA-L@LIST.EXAMPLE\n"
    bulk = parse_reply(mail(headers), StaticReplyIndex(), received_at=NOW)
    assert bulk.reasons == ("autoreply: mailing list: list return path",)
    answer = parse_reply(mail(headers + f"In-Reply-To: {OURS}\n"), INDEX, received_at=NOW)
    assert (answer.kind, answer.client_id) == ("reply", "c-001")


def test_a_sender_named_newsletter_is_bulk() -> None:
    raw = mail("", sender='"CYLEX Newsletter" <carina@cylex.example>')
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    assert reply.reasons == ("autoreply: bulk mail: newsletter sender",)
    # An encoded display name is read decoded.
    raw = mail("", sender="=?utf-8?q?Praxis_Nieuwsbrief?= <info@praxis.example>")
    assert parse_reply(raw, StaticReplyIndex(), received_at=NOW).kind == "autoreply"


@pytest.mark.parametrize(
    "subject",
    [
        "[JIRA] (SYS-422) test zammad 3",
        "Re: [Jenkins] build 12 failed",
        "** PROBLEM Service Alert: web01/HTTP is CRITICAL **",
        "Build failed in Jenkins: nightly #12",
        "Logwatch for web01 (Linux)",
        "SMART error (CurrentPendingSector) detected on host: web01",
        "Fail event on /dev/md0:web01",
        "[Fail2Ban] sshd: banned 192.0.2.1 from web01",
    ],
)
def test_issue_tracker_and_build_server_subjects_are_automatic(subject: str) -> None:
    raw = mail("").replace(b"Subject: Re: How are you?", f"Subject: {subject}".encode())
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    assert reply.reasons == ("autoreply: automatic-mail subject",)


# --- cron jobs, scripts and fax gateways (Zammad's mail024, mail025, mail087) ------------------

POSTFIX_LOCAL = "Received: by db1.example.org (Postfix, from userid 1000)\n\tid 1F4D8383B7\n"


@pytest.mark.parametrize(
    ("headers", "subject"),
    [
        ("X-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/root>\n", "Re: How are you?"),
        ("", "Cron <root@db1> /usr/local/bin/backup.sh"),
        ("", "Anacron job 'cron.daily' on db1"),
    ],
)
def test_cron_output_is_automatic(headers: str, subject: str) -> None:
    raw = mail(headers, "rsync: 3 files copied\n", sender="root@db1.example.org")
    raw = raw.replace(b"Subject: Re: How are you?", f"Subject: {subject}".encode())
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    assert reply.reasons == ("autoreply: cron job",)


@pytest.mark.parametrize(
    "received",
    [
        POSTFIX_LOCAL,
        "Received: from oracle by db1.example.org with local (Exim 4.96)\n\tid 1rX\n",
        "Received: (from oracle@localhost)\n\tby db1.example.org (8.15.2/8.15.2/Submit) id x\n",
    ],
)
def test_a_system_account_submitting_on_its_host_is_automatic(received: str) -> None:
    # A script's report: no text of its own, only the report attached.
    raw = mail(received, "\n", sender="oracle@db1.example.org")
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    assert reply.reasons == ("autoreply: automatic sender: system account",)


def test_a_person_submitting_on_their_own_host_or_a_system_name_alone_is_a_reply() -> None:
    # mutt on one's own server leaves the same trace; only a system account's mail is a job's.
    person = mail(POSTFIX_LOCAL, sender="Maria Keller <maria@example.org>")
    assert parse_reply(person, StaticReplyIndex(), received_at=NOW).kind == "reply"
    through_webmail = mail(
        "Received: from [192.0.2.7] by mx.example.org with local-esmtp (Exim 4.96)\n",
        sender="oracle@delphi.example",
    )
    assert parse_reply(through_webmail, StaticReplyIndex(), received_at=NOW).kind == "reply"
    about_cron = mail("").replace(b"How are you?", b"my cron job at work")
    assert parse_reply(about_cron, StaticReplyIndex(), received_at=NOW).kind == "reply"


def with_pdf(text: str, extra: str = "") -> bytes:
    return mail(
        f"{extra}MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n",
        "--b\nContent-Type: application/pdf; name=fax_491234.pdf\n"
        "Content-Disposition: attachment; filename=fax_491234.pdf\n"
        "Content-Transfer-Encoding: base64\n\nJVBERi0xLjEK\n"
        f"--b\nContent-Type: text/plain; charset=utf-8\n\n{text}\n--b--\n",
        sender="Fax <fax@pbx.example.org>",
    )


@pytest.mark.parametrize(
    "notice",
    [
        "Sehr geehrter Kunde,\n\nSie haben soeben ein neues Fax von +491234 empfangen.",
        "You have received a new fax from +1 555 0100.\nPages: 2",
        "Vous avez reçu un nouveau fax de +33 1 23 45 67 89.",
    ],
)
def test_a_fax_gateways_notice_with_the_fax_attached_is_automatic(notice: str) -> None:
    reply = parse_reply(with_pdf(notice), StaticReplyIndex(), received_at=NOW)
    assert reply.reasons == ("autoreply: fax gateway notice",)


@pytest.mark.parametrize("subject", ["Fax von +49 30 1234567", "New fax from +1 555 0100"])
def test_a_fax_gateways_subject_with_the_fax_attached_is_automatic(subject: str) -> None:
    header = f"Subject: {subject}".encode()
    raw = with_pdf("Seiten: 2").replace(b"Subject: Re: How are you?", header)
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    assert reply.reasons == ("autoreply: fax gateway notice",)
    # Without the fax attached, or from a client, such a subject is a person's.
    plain = mail("").replace(b"Subject: Re: How are you?", f"Subject: {subject}".encode())
    assert parse_reply(plain, StaticReplyIndex(), received_at=NOW).kind == "reply"


def test_a_person_writing_that_a_fax_came_is_a_reply() -> None:
    # Answering us, with a PDF: the client's words decide nothing about automatic mail.
    text = "You have received a new fax from my doctor, attached. Can we talk on Monday?"
    answer = parse_reply(with_pdf(text, f"In-Reply-To: {OURS}\n"), INDEX, received_at=NOW)
    assert answer.kind == "reply"
    # Answering nothing of ours, but with no fax attached: a person's words.
    plain = mail("", "Sie haben soeben ein neues Fax von mir erhalten, oder?\n")
    assert parse_reply(plain, StaticReplyIndex(), received_at=NOW).kind == "reply"


FOOTER = (
    "Dear Mr. Smith,\n\nyour licence has run short of channels again.\n\n"
    "P.S.: You receive this e-mail because you are listed in our database. Please click here "
    "to unsubscribe from further e-mails.\n"
)


def test_an_unsubscribe_footer_makes_unanswered_mail_bulk() -> None:
    reply = parse_reply(mail("", FOOTER), StaticReplyIndex(), received_at=NOW)
    assert reply.reasons == ("autoreply: bulk mail: unsubscribe footer",)


def test_a_clients_answer_is_never_bulk_for_its_words() -> None:
    # In a thread of ours the client's text decides nothing about bulk: they may paste a
    # newsletter's footer, or word a request to stop like one.
    reply = parse_reply(mail(f"In-Reply-To: {OURS}\n", FOOTER), INDEX, received_at=NOW)
    assert reply.kind == "reply"
    stop = "Please stop sending me these emails.\n"
    assert parse_reply(mail("", stop), StaticReplyIndex(), received_at=NOW).kind == "optout"


NEWSLETTER_LINES = [
    "View this email in your browser\n\nDear customer,\nour autumn sale starts today.\n",
    "Having trouble viewing this email? Click here.\nOur autumn sale starts today.\n",
    "[View in browser]\nOur autumn sale starts today.\n",
    "E-Mail im Browser ansehen\n\nLiebe Kundin, unser Herbstverkauf beginnt heute.\n",
    "Our autumn sale starts today.\n\nManage your email preferences | Unsubscribe\n",
]
# A person writing about browsers and settings, from an address nobody knows yet.
PEOPLES_LINES = [
    "I could not view the online version of the worksheet, can you help?\n",
    "Hi Ana,\nI tried to view this email in your browser link but it fails.\nMaria\n",
    "You need to change your settings in the app, my son says.\n",
    "I got an automated message from the clinic, is that normal?\n",
    "Please do not reply to this thread on the forum, it is closed, write to me here.\n",
]


@pytest.mark.parametrize(
    ("body", "kind"),
    [*((b, "autoreply") for b in NEWSLETTER_LINES), *((b, "reply") for b in PEOPLES_LINES)],
)
def test_bulk_and_machine_lines_in_mail_from_nobody_we_know_are_automatic(
    body: str, kind: str
) -> None:
    raw = mail("", body, sender="someone@shop.example")
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    assert reply.kind == kind
    assert kind == "reply" or reply.reasons[0].startswith("autoreply: bulk mail: ")


def test_a_known_clients_new_mail_is_never_bulk_for_its_words() -> None:
    # Not an answer to ours, but from a client's own address: their words decide nothing.
    pasted = (
        "Is this yours?\n\nView this email in your browser\nPlease click here to unsubscribe.\n"
    )
    reply = parse_reply(mail("", pasted), INDEX, received_at=NOW)
    assert (reply.kind, reply.client_id) == ("reply", "c-001")
    assert parse_reply(mail("", pasted), StaticReplyIndex(), received_at=NOW).kind == "autoreply"


@pytest.mark.parametrize(
    "sender",
    [
        "notifications@github.example",
        "calendar-notification@calendar.example",
        "alerts@bank.example",
        "mailbot@shop.example",
        "auto-confirm@shop.example",
        "order-update@shop.example",
        "invoice+statements@payments.example",
        "rechnung@telefon.example",
    ],
)
def test_a_services_notification_sender_is_automatic(sender: str) -> None:
    reply = parse_reply(mail("", sender=sender), StaticReplyIndex(), received_at=NOW)
    assert reply.reasons == ("autoreply: automatic sender",)
    # Names that only start alike are people's.
    for person in (
        "robotham@example.org",
        "alert.maria@example.org",
        "nora@notifications.example",
        "invoicing.team.lead.maria@example.org",
    ):
        assert parse_reply(mail("", sender=person), StaticReplyIndex(), received_at=NOW).kind == (
            "reply"
        )


def test_a_person_is_not_bulk_for_mentioning_newsletters() -> None:
    raw = mail("", "I read your newsletter, thank you. How do I unsubscribe my sister?\n")
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    assert reply.kind != "autoreply"


# --- damaged mail ---------------------------------------------------------------------------


DAMAGED_HEADERS = {
    # Kerio hands a mail on with "---- Original email message ----" above its headers, and
    # with the indentation of folded lines lost.
    "gateway line": (
        b"---- Original email message ----\r\n"
        b"Return-Path: maria@example.org\r\n"
        b"Received: from mail.example.org ([192.0.2.1])\r\nby mx.example.org with ESMTP\r\n"
        b"From: Maria Keller <maria@example.org>\r\n"
        b"To: ana@fieldpractice.example\r\nSubject: AW: Termin\r\n"
        b"Content-Type: text/plain\r\n\r\nDer Termin passt mir gut.\r\n"
    ),
    # An archive's copy (Zammad's mail054): a tracking header's base64 on lines of its own.
    "unindented fold": (
        b"From maria@example.org Wed Apr 19 20:56:33 2017\n"
        b"Return-Path: <maria@example.org>\n"
        b"X-Brightmail-Tracker: H4sIAAAAAAAAA+NgFlrIKsWRWlGSWpSXmKPExsWi75nTrTtrwZM\n"
        b"Ig5drOCwmrVzP5sDoseXbDeYAxijWzLyk/IoE1owFz6ezFkxKrWjafpWpgfFOchcjF4eQwDZG\n"
        b"From: Maria Keller <maria@example.org>\nSubject: AW: Termin\n"
        b"Content-Type: text/plain; charset=utf-8\n\nDer Termin passt mir gut.\n"
    ),
    # A file saved or handed on with stray line ends above its headers.
    "empty lines above": (
        b"\n\r\nFrom: Maria Keller <maria@example.org>\nTo: ana@fieldpractice.example\n"
        b"Subject: AW: Termin\n\nDer Termin passt mir gut.\n"
    ),
    # A file saved by an editor that writes a UTF-8 byte order mark first (MIME-tools'
    # utf8-bom-at-start): the mark is not part of the first header's name.
    "byte order mark": (
        b"\xef\xbb\xbfReceived: from mx.example.org\r\n (192.0.2.1) by mx2.example.org\r\n"
        b"From: Maria Keller <maria@example.org>\r\n"
        b"To: ana@fieldpractice.example\r\nSubject: AW: Termin\r\n\r\nDer Termin passt mir gut.\r\n"
    ),
}


@pytest.mark.parametrize("raw", DAMAGED_HEADERS.values(), ids=DAMAGED_HEADERS.keys())
def test_damaged_headers_are_read_whole(raw: bytes) -> None:
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    assert (reply.kind, reply.from_addr, reply.subject) == (
        "reply",
        "maria@example.org",
        "AW: Termin",
    )
    assert reply.text == "Der Termin passt mir gut."


def test_text_that_is_no_mail_stays_unknown() -> None:
    reply = parse_reply(b"just a line\nand another line\n", StaticReplyIndex(), received_at=NOW)
    assert reply.kind == "unknown"


# --- read receipts that are no RFC 8098 report -----------------------------------------------

RECEIPTS = {
    "outlook": (
        "Read: How are you?",
        "Your message\n\n  To: Maria Keller\n  Subject: How are you?\n  Sent: Monday, "
        "2 November 2026 10:00\n\nwas read on Monday, 2 November 2026 11:12.\n",
    ),
    "outlook german": (
        "Gelesen: Wie geht es Ihnen?",
        "Ihre Nachricht\n\n  An: Maria Keller\n  Betreff: Wie geht es Ihnen?\n\n"
        "wurde am Montag, 2. November 2026 11:12 gelesen.\n",
    ),
    "outlook french": (
        "Lu : Comment allez-vous ?",
        "Votre message\n\n  À : Claire\n  Objet : Comment allez-vous ?\n\n"
        "a été lu le lundi 2 novembre 2026 11:12.\n",
    ),
    "lotus notes": (
        "Return Receipt",
        "Your document: How are you?\nwas received by: Maria Keller\nat: 02.11.2026 11:12\n",
    ),
}


@pytest.mark.parametrize(("subject", "body"), RECEIPTS.values(), ids=RECEIPTS.keys())
def test_a_plain_read_receipt_of_our_mail_is_automatic(subject: str, body: str) -> None:
    raw = mail(f"In-Reply-To: {OURS}\n", body).replace(
        b"Subject: Re: How are you?", f"Subject: {subject}".encode()
    )
    reply = parse_reply(raw, INDEX, received_at=NOW)
    assert reply.reasons == ("autoreply: read receipt",)


def test_a_client_who_says_they_read_our_mail_is_a_reply() -> None:
    # The receipt's subject without its sentence, and its sentence under a reply's subject.
    subject = b"Subject: Read: the leaflet you sent"
    said = mail(f"In-Reply-To: {OURS}\n", "I read it twice, it helped.\n")
    reply = parse_reply(said.replace(b"Subject: Re: How are you?", subject), INDEX, received_at=NOW)
    assert reply.kind == "reply"
    told = mail(f"In-Reply-To: {OURS}\n", "Your message was read on Monday by my husband.\n")
    assert parse_reply(told, INDEX, received_at=NOW).kind == "reply"


@pytest.mark.parametrize(
    "subject",
    [
        "Your order #112-3344 has shipped",
        "Ihre Bestellung Nr. 30211",
        "Bestellbestätigung 4711",
        "Rechnung Nr. 2026-11",
        "Your receipt from Apple",
        "Confirmation de commande n° 55",
        "Votre facture du 3 novembre",
    ],
)
def test_shop_and_billing_robots_subjects_are_automatic(subject: str) -> None:
    raw = mail("", "Thank you for your order.\n", sender="shop@shop.example")
    raw = raw.replace(b"Subject: Re: How are you?", f"Subject: {subject}".encode())
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    assert reply.reasons == ("autoreply: automatic-mail subject: order or invoice",)


@pytest.mark.parametrize(
    "subject", ["Re: Ihre Rechnung Nr. 2026-11", "Invoice 2026-14 question", "My order of books"]
)
def test_a_person_writing_about_an_invoice_or_order_is_a_reply(subject: str) -> None:
    raw = mail("", "Is this right?\n", sender="someone@example.net")
    raw = raw.replace(b"Subject: Re: How are you?", f"Subject: {subject}".encode())
    assert parse_reply(raw, StaticReplyIndex(), received_at=NOW).kind == "reply"
    # A client's own mail under a robot's subject (a forwarded invoice) is theirs.
    client = mail("").replace(b"Subject: Re: How are you?", b"Subject: Ihre Rechnung Nr. 7")
    assert parse_reply(client, INDEX, received_at=NOW).kind == "reply"


# --- signs that are a receiver's or a person's mail program's, not a bulk sender's ---------


def test_proton_mails_own_feedback_id_is_a_persons_mail() -> None:
    # Proton, Fastmail and Tencent's Exmail sign every user's mail; an ESP's campaign id
    # stays bulk.
    for value in (
        "125571894:user:proton",
        "i197146af:Fastmail",
        "izesmtp:company.example:qybglogicsvrgz:qybglogicsvrgz8a-1",
    ):
        person = mail(f"Feedback-ID: {value}\n", sender="bilbo@mailbox.example")
        assert parse_reply(person, StaticReplyIndex(), received_at=NOW).kind == "reply", value
    campaign = mail("Feedback-ID: 4711:campaign-12:esp\n", sender="news@shop.example")
    reply = parse_reply(campaign, StaticReplyIndex(), received_at=NOW)
    assert reply.reasons == ("autoreply: bulk mail: Feedback-Id",)


def test_amazon_ses_receiving_verdicts_are_no_bulk_sign() -> None:
    # SES receiving (and WorkMail) writes these on every mail it accepts, a person's too.
    for header in ("X-SES-Spam-Verdict: FAIL\n", "X-SES-Virus-Verdict: PASS\n"):
        raw = mail(header, sender="someone@example.net")
        assert parse_reply(raw, StaticReplyIndex(), received_at=NOW).kind == "reply"
    sent = mail("X-SES-Outgoing: 2026.12.01-54.240.27.27\n", sender="someone@example.net")
    assert parse_reply(sent, StaticReplyIndex(), received_at=NOW).kind == "autoreply"


def test_youre_receiving_this_email_because_is_a_services_footer() -> None:
    body = (
        "This email is auto-generated. It verifies your address.\n\nToken: ZX-12\n-- \n\n"
        "You're receiving this email because of your account on tracker.example.\n"
    )
    raw = mail("", body, sender="support@tracker.example")
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    assert reply.reasons == ("autoreply: bulk mail: unsubscribe footer",)
    # A client's mail saying why they write is a reply, from a known client or not.
    own = mail("", "You're receiving this email because I lost your number. Call me?\n")
    assert parse_reply(own, INDEX, received_at=NOW).kind == "reply"


# A forum's notification sent back whole under the client's words, its "Previous Replies" and
# unsubscribe footer unmarked.
SENT_BACK = (
    "Yes, that works for me.\n\n---\n*Previous Replies*\n\nThis is an older post.\n\nPosted by "
    "someone on 01/15/2026\n\n---\n[Visit the Topic](https://forum.example/t/1) to respond\n\n"
    "To unsubscribe from these emails, change your user preferences.\n"
)


def test_a_notifications_footer_quoted_under_an_answer_is_history_not_bulk() -> None:
    # The footer is the quoted notification's, not the mail's.
    raw = mail("", SENT_BACK, sender="walt@example.net")
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    assert (reply.kind, reply.text) == ("reply", "Yes, that works for me.")
    # The same footer on a mail of its own is bulk.
    alone = mail("", "New posts this week.\n\nTo unsubscribe from these emails, visit x.\n")
    alone = alone.replace(b"maria@example.org", b"digest@forum.example")
    assert parse_reply(alone, StaticReplyIndex(), received_at=NOW).kind == "autoreply"


# A program's statement about its own mail, in several languages, and a person's words that
# use or tell of such a statement (None: a reply).
SAYS_AUTOMATIC = {
    "This is an automated message. Your request has been logged as case 4711.": True,
    "This email was automatically generated, please do not reply.": True,
    "This mailbox is not monitored.": True,
    "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht.": True,
    "Dies ist eine automatisch generierte Eingangsbestätigung.": True,
    "Ceci est un message automatique, merci de ne pas y répondre.": True,
    "Este es un mensaje automático.": True,
    "Questo messaggio è stato generato automaticamente.": True,
    "Dit is een automatisch gegenereerd bericht.": True,
    "Это письмо сформировано автоматически.": True,
    "このメールはシステムより自動送信されています。": True,
    "*** This is an automatic acknowledgement ***": True,
    "I got a mail saying 'this is an automated message' and nothing else. What now?": False,
    "My pump sends an automated message when it is empty; is that normal?": False,
    "This is an automatic translation, sorry for my English.": False,
}


@pytest.mark.parametrize("statement", SAYS_AUTOMATIC)
def test_mail_that_says_a_program_wrote_it_is_automatic(statement: str) -> None:
    raw = mail("", f"Dear sender,\n\n{statement}\n\nKind regards\n", sender="cases@council.example")
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    if SAYS_AUTOMATIC[statement]:
        assert reply.reasons == ("autoreply: automatic mail: says so",)
    else:
        assert reply.kind == "reply", reply.reasons


def test_a_clients_reply_to_our_mail_is_never_read_for_such_words() -> None:
    client = mail(f"In-Reply-To: {OURS}\n", "This is an automated message.\n")
    assert parse_reply(client, INDEX, received_at=NOW).kind == "reply"


SES_SENT = "X-SES-Outgoing: 2026.12.01-54.240.8.1\nFeedback-ID: 1.us-east-1.abc=:AmazonSES\n"


def test_a_clients_reply_through_a_platform_that_marks_all_it_sends_is_a_reply() -> None:
    # Amazon WorkMail sends its users' mail through SES, with SES's headers on it.
    raw = mail(f"{SES_SENT}In-Reply-To: {OURS}\n")
    assert parse_reply(raw, INDEX, received_at=NOW).kind == "reply"
    # Its responder's answer still says so; the same headers from a stranger are bulk.
    auto = mail(f"{SES_SENT}In-Reply-To: {OURS}\nAuto-Submitted: auto-replied\n")
    assert parse_reply(auto, INDEX, received_at=NOW).reasons == ("autoreply: Auto-Submitted",)
    stranger = mail(SES_SENT, sender="news@shop.example")
    assert parse_reply(stranger, INDEX, received_at=NOW).kind == "autoreply"
