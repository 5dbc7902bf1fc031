"""Bounces: flufl.bounce's ~100 real bounces all come out as `bounce` with the right address."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from carecall_mail.core.replies.parse import SentRef, StaticReplyIndex, parse_reply

DATA = Path(__file__).parent / "data" / "bounces"
NOW = datetime(2026, 10, 3, tzinfo=UTC)

# From flufl.bounce 6.0.0 tests/test_detectors.py: file -> addresses it reports (lower-cased).
# Where several of its detectors name addresses for one file, the union is listed.
EXPECTED: dict[str, set[str]] = {
    "postfix_01.txt": {"xxxxx@local.ie"},
    "postfix_02.txt": {"yyyyy@digicool.com"},
    "postfix_03.txt": {"ttttt@ggggg.com"},
    "postfix_04.txt": {"userx@mail1.example.com"},
    "postfix_05.txt": {"userx@example.net"},
    "exim_01.txt": {"userx@its.example.nl"},
    "sendmail_01.txt": {"zzzzz@shaft.coal.nl", "zzzzz@nfg.nl"},
    "simple_01.txt": {"bbbsss@example.com"},
    "simple_02.txt": {"userx@example.net"},
    "simple_03.txt": {"userx@example.za"},
    "simple_04.txt": {"userx@example.com"},
    "newmailru_01.txt": {"zzzzz@newmail.ru"},
    "hotpop_01.txt": {"userx@example.com"},
    "microsoft_03.txt": {"userx@example.com"},
    "simple_05.txt": {"userx@example.net"},
    "simple_06.txt": {"userx@example.com"},
    "simple_07.txt": {"userx@example.net"},
    "simple_08.txt": {"userx@example.de"},
    "simple_09.txt": {"userx@example.de"},
    "simple_10.txt": {"userx@example.com"},
    "simple_11.txt": {"userx@example.com"},
    "simple_12.txt": {"userx@example.ac.jp"},
    "simple_13.txt": {"userx@example.fr"},
    "simple_14.txt": {"userx@example.com", "usery@example.com"},
    "simple_15.txt": {"userx@example.be"},
    "simple_16.txt": {"userx@example.com"},
    "simple_17.txt": {"userx@example.com"},
    "simple_18.txt": {"userx@example.com"},
    "simple_19.txt": {"userx@example.com.ar"},
    "simple_20.txt": {"userx@example.com"},
    "simple_21.txt": {"userx@example.com"},
    "simple_22.txt": {"user@example.org"},
    "simple_23.txt": {"userx@example.it"},
    "simple_24.txt": {"userx@example.com"},
    "simple_25.txt": {"userx@example.com"},
    "simple_26.txt": {"userx@example.it"},
    "simple_27.txt": {"userx@example.net.py"},
    "simple_28.txt": {"userx@example.com"},
    "simple_29.txt": {"userx@example.com"},
    "simple_30.txt": {"userx@example.com"},
    "simple_31.txt": {"userx@example.fr"},
    "simple_32.txt": {"userx@example.com"},
    "simple_33.txt": {"userx@example.com"},
    "simple_34.txt": {"roland@example.com"},
    "simple_35.txt": {"calvin@example.com"},
    "simple_36.txt": {"userx@example.com"},
    "simple_37.txt": {"user@example.edu"},
    "simple_38.txt": {"userx@example.com"},
    "simple_39.txt": {"userx@example.ru"},
    "simple_40.txt": {"user@example.com"},
    "simple_41.txt": {"userx@example.com"},
    # flufl's SimpleMatch finds nothing here; its RFC 3464 part names a (truncated) recipient.
    "simple_42.txt": {"david...@gmail.com"},
    "simple_43.txt": set(),
    "simple_44.txt": {"user@example.com"},
    "simple_45.txt": {"subscriber@earthlink.net"},
    "bounce_02.txt": {"userx@example.com"},
    "bounce_03.txt": {"userx@example.uk"},
    "yahoo_12.txt": {"user@yahoo.com"},
    "groupwise_01.txt": {"userx@example.edu"},
    "groupwise_02.txt": {"userx@example.com"},
    "yale_01.txt": {"userx@cs.yale.edu", "userx@yale.edu"},
    "dsn_01.txt": {"userx@example.com"},
    "dsn_02.txt": {"zzzzz@example.uk"},
    "dsn_03.txt": {"userx@example.be"},
    "dsn_04.txt": {"userx@example.ch"},
    "dsn_05.txt": {"userx@example.cz"},
    "dsn_06.txt": {"userx@example.com"},
    "dsn_07.txt": {"userx@example.nz"},
    "dsn_08.txt": {"userx@example.de"},
    "dsn_09.txt": {"userx@example.com"},
    "dsn_10.txt": {"anne.person@dom.ain"},
    "dsn_11.txt": {"joem@example.com"},
    "dsn_12.txt": {"userx@example.jp"},
    "dsn_13.txt": {"userx@example.com"},
    "dsn_14.txt": {"userx@example.com.dk"},
    "dsn_15.txt": {"userx@example.com"},
    "dsn_16.txt": {"userx@example.com"},
    "dsn_17.txt": {"userx@example.fi"},
    "dsn_18.txt": {"email@replaced.net"},
    "microsoft_01.txt": {"userx@example.com"},
    "microsoft_02.txt": {"userx@example.com"},
    "microsoft_04.txt": {"userx@example.com"},
    "smtp32_01.txt": {"userx@example.ph"},
    "smtp32_02.txt": {"userx@example.com"},
    "smtp32_03.txt": {"userx@example.com"},
    "smtp32_04.txt": {"after_another@example.net", "one_bad_address@example.net"},
    "smtp32_05.txt": {"userx@example.com"},
    "smtp32_06.txt": {"absolute_garbage_addr@example.net"},
    "smtp32_07.txt": {"userx@example.com"},
    "qmail_01.txt": {"userx@example.de"},
    "qmail_02.txt": {"userx@example.com"},
    "qmail_03.txt": {"userx@example.jp"},
    "qmail_04.txt": {"userx@example.au"},
    "qmail_05.txt": {"userx@example.com"},
    "qmail_06.txt": {"ntl@xxx.com"},
    "qmail_07.txt": {"user@example.net"},
    "llnl_01.txt": {"user1@example.gov"},
    "netscape_01.txt": {"aaaaa@corel.com", "bbbbb@corel.com"},
    "yahoo_01.txt": {"userx@example.com"},
    "yahoo_02.txt": {"userx@example.es"},
    "yahoo_03.txt": {"userx@example.com"},
    "yahoo_04.txt": {"userx@example.es", "usery@example.uk"},
    "yahoo_05.txt": {"userx@example.com", "usery@example.com"},
    "yahoo_06.txt": {
        "userx@example.com",
        "usery@example.com",
        "userz@example.com",
        "usera@example.com",
    },
    "yahoo_07.txt": {
        "userw@example.com",
        "userx@example.com",
        "usery@example.com",
        "userz@example.com",
    },
    "yahoo_08.txt": {f"user{c}@example.com" for c in "abcdef"},
    "yahoo_09.txt": {"userx@example.com", "usery@example.com"},
    "yahoo_10.txt": {"userx@example.com", "usery@example.com", "userz@example.com"},
    "yahoo_11.txt": {"bad_user@aol.com"},
    "yahoo_13.txt": {"bogus-address@example.net"},
    "sina_01.txt": {"userx@sina.com", "usery@sina.com"},
    "aol_01.txt": {"screenname@aol.com"},
    "caiwireless_01.txt": {"userx@example.com"},
    # No address can be found in these (flufl.bounce says so too), but they are bounces.
    "dumbass_01.txt": set(),
    "bounce_01.txt": set(),
}
# flufl.bounce reports these as warnings (temporary failures).
TEMPORARY = {
    "simple_03.txt", "simple_21.txt", "simple_22.txt", "simple_28.txt", "simple_35.txt",
    "simple_40.txt", "dsn_05.txt", "dsn_06.txt", "dsn_07.txt", "dsn_08.txt", "dsn_17.txt",
}  # fmt: skip
# Not bounces at all: a GroupWise reply that once confused the detectors, and a Spanish
# "Auto reply" (Precedence: auto_reply) with a broken charset label.
NOT_BOUNCES = {"groupwise_03.txt": "reply", "qmail_08.txt": "autoreply"}


def test_every_sample_is_listed() -> None:
    names = {p.name for p in DATA.glob("*.txt")}
    assert names == set(EXPECTED) | set(NOT_BOUNCES)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_flufl_bounce_samples(name: str) -> None:
    reply = parse_reply((DATA / name).read_bytes(), StaticReplyIndex(), received_at=NOW)
    assert reply.kind == "bounce"
    assert set(reply.bounced) == EXPECTED[name]
    assert reply.permanent is (bool(EXPECTED[name]) and name not in TEMPORARY)
    assert reply.autoreply_ok is False


@pytest.mark.parametrize(("name", "kind"), sorted(NOT_BOUNCES.items()))
def test_samples_that_are_not_bounces(name: str, kind: str) -> None:
    reply = parse_reply((DATA / name).read_bytes(), StaticReplyIndex(), received_at=NOW)
    assert reply.kind == kind
    assert reply.bounced == ()


def test_bounce_client_comes_from_the_failed_address() -> None:
    index = StaticReplyIndex(clients={"userx@example.de": "c-042"})
    raw = (DATA / "qmail_01.txt").read_bytes()
    assert parse_reply(raw, index, received_at=NOW).client_id == "c-042"


def test_non_ascii_recipient_in_a_dsn_does_not_break_it() -> None:
    raw = (
        "From: MAILER-DAEMON@mx.example\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=B\r\n\r\n"
        "--B\r\nContent-Type: text/plain\r\n\r\nfailed\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
        "Final-Recipient: rfc822; jürgen@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
        "Final-Recipient: rfc822; anne@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "--B--\r\n"
    ).encode()
    reply = parse_reply(raw, StaticReplyIndex(), received_at=NOW)
    assert reply.kind == "bounce"
    assert "anne@example.com" in reply.bounced
    assert reply.permanent is True


TRIP = Path(__file__).parent / "data" / "logs" / "flufl_detector_trip.eml"


@pytest.mark.parametrize(("level", "shown"), [("ERROR", False), ("INFO", False), ("DEBUG", True)])
def test_a_tripped_detector_is_a_debug_line_not_an_error(level: str, shown: bool) -> None:
    """Odd mail that trips one of flufl.bounce's detectors is read anyway (the other
    detectors and our heuristics answer); with -q or by default nothing is said of it.
    (The trip file's DSN is read by our own parser first, so flufl.bounce is called
    directly here, the way bounces._heuristic calls it.)"""
    code = (
        "import email, logging\n"
        "import carecall_mail.core.replies.bounces\n"
        "from carecall_mail import logs\n"
        "from flufl.bounce import all_failures\n"
        f"logs.configure(logging.{level})\n"
        "try:\n"
        f"    all_failures(email.message_from_bytes(open({str(TRIP)!r}, 'rb').read()))\n"
        "except Exception:\n"
        "    pass\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert ("flufl.bounce: Exception in detector" in done.stderr) is shown, done.stderr
    assert " error " not in done.stderr


INDEX = StaticReplyIndex(
    sent={"checkin-1@fieldpractice.example": SentRef("checkin:c-001:2026-10-02:one-week", "c-001")},
    clients={"maria@example.org": "c-001"},
)


def answer(subject: str, sender: str = "maria@example.org", answers: bool = True) -> bytes:
    head = f"From: Maria <{sender}>\nTo: ana@fieldpractice.example\nSubject: {subject}\n"
    if answers:
        head += "In-Reply-To: <checkin-1@fieldpractice.example>\n"
    body = (
        "The parcel with my forms came back undeliverable, I will bring them.\n\n"
        "> From: ana@fieldpractice.example\n> To: maria@example.org\n"
    )
    return f"{head}Message-ID: <m1@example.org>\n\n{body}".encode()


@pytest.mark.parametrize("subject", ["Re: Undeliverable package", "Paket nicht zustellbar"])
def test_a_clients_mail_with_a_bounce_like_subject_is_their_reply(subject: str) -> None:
    # Only the subject says "undeliverable": from a client's own address, or answering our
    # mail without a failed address in it, it is a person's mail, and no address is suspended.
    for raw in (answer(subject), answer(subject, sender="maria.k@example.net")):
        reply = parse_reply(raw, INDEX, received_at=NOW)
        assert (reply.kind, reply.bounced) == ("reply", ())
        assert reply.in_reply_to == "checkin:c-001:2026-10-02:one-week"
    reply = parse_reply(answer(subject, answers=False), INDEX, received_at=NOW)
    assert (reply.kind, reply.client_id) == ("reply", "c-001")


def test_an_exchange_ndr_answering_our_mail_is_still_a_bounce() -> None:
    raw = (
        b"From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e"
        b"@corp.example>\n"
        b"To: ana@fieldpractice.example\nSubject: Undeliverable: How are you?\n"
        b"Message-ID: <ndr1@corp.example>\nIn-Reply-To: <checkin-1@fieldpractice.example>\n\n"
        b"Delivery has failed to these recipients or groups:\n\nmaria.keller@corp.example\n"
    )
    assert parse_reply(raw, INDEX, received_at=NOW).kind == "bounce"
    # The same words from an unknown sender, answering nothing: a bounce as before.
    unknown = answer("Undeliverable: How are you?", sender="x@unknown.example", answers=False)
    assert parse_reply(unknown, StaticReplyIndex(), received_at=NOW).kind == "bounce"
