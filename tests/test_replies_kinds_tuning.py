"""Issue 13: kinds learned from the tuning corpora (mail_libs, ticket_apps, lists_bulk), each a
general rule about how that kind of mail is built, held to a near miss that keeps its kind."""

from __future__ import annotations

import pytest
from test_replies_signals import NOBODY, NOW
from test_replies_signals import build as signals_build

from carecall_mail.core.replies.parse import parse_reply

_PLAIN = "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"


def build(*, headers: str = "", **fields: str) -> bytes:
    """test_replies_signals' mail from Jonas, labelled as plain UTF-8 text."""
    return signals_build(headers=_PLAIN + headers, **fields)


def kind(raw: bytes) -> tuple[str, tuple[str, ...]]:
    reply = parse_reply(raw, NOBODY, received_at=NOW)
    return reply.kind, reply.reasons


# --- Exchange's "Out of Office AutoReply" in its translations -------------------------------


@pytest.mark.parametrize(
    "subject",
    [
        "Ārpus biroja atrašanās automātiskā atbilde: Termin",
        "Arpus biroja atrasanas automatiska atbilde: Termin",  # the same, its accents lost
        "Ofis Dışında Otomatik Yanıt: Termin",
        "Kontorist väljas automaatvastus: Termin",
        "Out of the office auto-reply: Termin",
        # A tracker's or a list's tag before the phrase it copied.
        "Re: [issue42] Out of office AutoReply: Back next week",
        "[club] Abwesend: Termin",
    ],
)
def test_an_out_of_office_subject_in_exchanges_words_is_an_autoreply(subject: str) -> None:
    got = kind(build(subject=subject, body="I am out of the office until Monday.\n"))
    assert got == ("autoreply", ("autoreply: out-of-office subject",))


@pytest.mark.parametrize(
    "subject",
    [
        "Out of office next week",  # a person telling of their own absence
        "Re: [issue42] my out of office autoreply does not work",
        "Question about automatic replies when out of office",
    ],
)
def test_a_persons_subject_about_absence_stays_a_reply(subject: str) -> None:
    assert kind(build(subject=subject, body="Can we move Thursday's session?\n"))[0] == "reply"


# --- X-Loop that names the author -------------------------------------------------------


def test_x_loop_naming_the_sender_is_a_responders_mail() -> None:
    # A tracker's acknowledgement guards itself from answering itself with its own address.
    raw = build(
        sender="bugs@tracker.example",
        subject="Re: Crash on start (PR#298)",
        headers="X-Loop: bugs@tracker.example\n",
        body="Thank you for submitting a bug report. It is available on the web.\n",
    )
    assert kind(raw) == ("autoreply", ("autoreply: automatic sender",))


def test_x_loop_of_a_forward_keeps_the_persons_mail() -> None:
    # Procmail forwarding a person's mail stamps the forwarding address, not the author's.
    raw = build(headers="X-Loop: ana@forward.example\n")
    assert kind(raw)[0] == "reply"


# --- list servers that name themselves -----------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "X-ListServer: CommuniGate List 1.4",
        "X-Listprocessor-Version: 8.2.10/990801/21:40 -- ListProc(tm) by CREN",
        "X-Ecartis-Version: Ecartis v1.0.0",
    ],
)
def test_a_list_servers_own_header_is_list_mail(header: str) -> None:
    got = kind(build(headers=header + "\n", body="List content goes here.\n"))
    assert got[0] == "autoreply" and got[1][0].startswith("autoreply: mailing list")


def test_a_persons_mail_without_list_headers_stays_a_reply() -> None:
    assert kind(build(headers="X-Mailer: CommuniGate Pro WebUser 6.1\n"))[0] == "reply"


# --- a "Returned Mail" written in a person's mail program ----------------------------------

_WORM = (
    "From: someone@example.org\nTo: new@bugs.example\nSubject: Mail System Error - Returned Mail\n"
    "Date: Wed, 2 Apr 2008 17:33:36 +0200\nMIME-Version: 1.0\n"
    "X-Mailer: Microsoft Outlook Express 6.00.2600.0000\n"
    'Content-Type: multipart/mixed; boundary="b"\n\n--b\n'
    "Content-Type: text/plain; charset=us-ascii\n\n{text}\n--b\n"
    'Content-Type: application/octet-stream; name="text.zip"\n'
    "Content-Transfer-Encoding: base64\n"
    'Content-Disposition: attachment; filename="text.zip"\n\nUEsDBAoAAAAAAA==\n--b--\n'
)


def test_a_returned_mail_subject_from_a_mail_program_with_no_report_is_no_bounce() -> None:
    # A worm dresses as a bounce and forges Outlook Express: nothing in it is a report.
    assert kind(_WORM.format(text="\n").encode()) == ("reply", ())


def test_a_notice_naming_its_failed_address_stays_a_bounce() -> None:
    text = (
        "The following addresses had permanent fatal errors:\n"
        "<gone@example.com>\n550 5.1.1 User unknown\n"
    )
    assert kind(_WORM.format(text=text).encode())[0] == "bounce"


# --- spam's way out spelt letter by letter -------------------------------------------------

_OFFER = (
    "Hi Mark, I am giving you one last chance to order the Banned CD! With this powerful CD "
    "you will be able to find old friends, enemies and lovers and much more in just minutes "
    "using the Internet. You can track down old flames from college. See it now.\n\n"
)


@pytest.mark.parametrize(
    "way_out", ["n   o   m   a   i   l", "r e m o v e", "U N S U B S C R I B E"]
)
def test_spam_that_spells_its_way_out_letter_by_letter_is_bulk(way_out: str) -> None:
    got = kind(build(sender="Jewel <x@terra.example>", body=f"{_OFFER}{way_out}\n"))
    assert got == ("autoreply", ("autoreply: bulk mail: a way out spelt letter by letter",))


@pytest.mark.parametrize("line", ["p l e a s e   h e l p", "S T O P"])
def test_a_persons_spaced_letters_stay_a_reply(line: str) -> None:
    body = "I have tried to reach you for days and nobody answers my calls at all.\n\n"
    assert kind(build(sender="Lena <lena@example.org>", body=f"{body}{line}\n"))[0] != "autoreply"


def test_spam_a_filter_flagged_stays_a_reply_however_it_spells_its_way_out() -> None:
    raw = build(headers="X-Spam-Flag: YES\n", body=f"{_OFFER}r e m o v e\n")
    assert kind(raw)[0] == "reply"


# --- a device's notice, all fields ----------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Local Gateway Notification", "Code: 10848255\n"),
        ("UPS Alarm", "Device: ups-2\nBattery: 18 %\nTime: 03:12\n"),
    ],
)
def test_a_devices_notice_of_fields_is_automatic(subject: str, body: str) -> None:
    got = kind(build(sender="<name@example.com>", subject=subject, body=body))
    assert got == ("autoreply", ("autoreply: automatic mail: a device's notice",))


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Change of address notification", "My new address is Main Street 5, 10115 Berlin.\n"),
        ("Local Gateway Notification", "Name: Lena Vogt\n"),  # no number: a form by hand
        ("Re: Local Gateway Notification", "Code: 10848255\n"),  # an answer, no notice
    ],
)
def test_a_persons_notification_subject_stays_a_reply(subject: str, body: str) -> None:
    assert kind(build(sender="<lena@example.org>", subject=subject, body=body))[0] == "reply"


# --- a scheduler's report, named by the minute it ran -------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Please see attachment for report Daily_Stats-2022-05-12-0700\n",
        "Report: sales_20220512_070000 attached.\n",
    ],
)
def test_a_report_named_by_its_run_is_a_schedulers(body: str) -> None:
    got = kind(build(sender="<reports@example.com>", subject="test", body=body))
    assert got == ("autoreply", ("autoreply: automatic mail: a scheduled report",))


@pytest.mark.parametrize(
    "body",
    [
        "Please see the attached report Q3_summary-2022-05-12, as we discussed.\n",  # by date
        (
            "Here is the report Daily_Stats-2022-05-12-0700 you asked for.\n"
            "The numbers for May look better than I feared.\n"
            "Let us talk them through on Thursday.\n"
            "Best, Lena\n"
        ),  # a person's mail about such a report says more
    ],
)
def test_a_persons_report_stays_a_reply(body: str) -> None:
    assert kind(build(sender="<lena@example.org>", subject="report", body=body))[0] == "reply"
