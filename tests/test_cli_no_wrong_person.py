"""Issue 11, as a practitioner meets it through `carecall`: nothing reaches the wrong
person, and no one who said no is mailed again.

Every check reads what a client would receive (the outbox Maildir) or what `carecall`
prints; the ledger is opened only to act as a second process would (a consent change
while a pass runs).
"""

from __future__ import annotations

import email
import json
import mailbox
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from mailservers import MailSystem
from practice import Practice, cli, ok

from carecall_mail.app.runtime import make_transport, open_ledger
from carecall_mail.config.loading import load_config
from carecall_mail.core import unsubscribe
from carecall_mail.jobs.send import send_pass
from carecall_mail.store import keys
from carecall_mail.templates.render import Renderer

ANA = "ana@fieldpractice.example"
# Monday 23 November 2026, 16:00 in Zurich: three check-ins are due (Jonas c-002, Lena
# c-003, Tom c-004).
MONDAY = "2026-11-23T16:00:00+01:00"


@pytest.fixture
def practice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Practice:
    monkeypatch.chdir(tmp_path)
    return Practice(tmp_path / "practice")


def drop(practice: Practice, name: str, raw: bytes) -> None:
    new = practice.root / "var" / "inbox" / "new"
    new.mkdir(parents=True, exist_ok=True)
    (new / name).write_bytes(raw)


def mail(sender: str, body: str, *, to: str = ANA, subject: str = "Re: Hello", mid: str) -> bytes:
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{mid}>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


def replies(practice: Practice) -> dict[str, dict[str, object]]:
    out = ok(practice, "replies", "--json")
    return {r["message_id"]: r for r in map(json.loads, out.splitlines())}


def with_unsubscribe(practice: Practice, mailto: str) -> None:
    practice.write(
        "config/practice.yaml",
        practice.read("config/practice.yaml") + f"unsubscribe: {{mailto: {mailto}}}\n",
    )


def outbox(practice: Practice) -> Iterator[email.message.Message]:
    box = mailbox.Maildir(practice.root / "var" / "outbox", create=False)
    yield from (email.message_from_bytes(m.as_bytes()) for m in box)


# ---------------------------------------------------------------- item 1: opt-outs


def test_a_thank_you_to_the_practitioners_own_unsubscribe_address_stays_a_reply(
    practice: Practice,
) -> None:
    # The README's own example: unsubscribe mailto is Ana's address.
    with_unsubscribe(practice, ANA)
    drop(
        practice,
        "a.eml",
        mail("jonas@example.org", "Thanks Ana, I am feeling much better", mid="j1@x"),
    )
    ok(practice, "fetch", "--now", MONDAY)
    row = replies(practice)["j1@x"]
    assert (row["kind"], row["client"]) == ("reply", "c-002")
    assert "c-002: all off" not in ok(practice, "status")
    # ... while the RFC 2369 link's own subject, to the same address, is an opt-out.
    drop(practice, "b.eml", mail("jonas@example.org", "", subject="unsubscribe", mid="j2@x"))
    ok(practice, "fetch", "--now", MONDAY)
    assert replies(practice)["j2@x"]["kind"] == "optout"
    assert "c-002: all off" in ok(practice, "status")


def test_mail_to_a_dedicated_unsubscribe_address_is_an_optout_whatever_it_says(
    practice: Practice,
) -> None:
    with_unsubscribe(practice, "ana+unsubscribe@fieldpractice.example")
    headers = ok(practice, "preview", "checkin:c-002:2026-08-20:three-months", "--raw")
    assert "<mailto:ana+unsubscribe@fieldpractice.example?subject=unsubscribe>" in headers
    drop(
        practice,
        "a.eml",
        mail(
            "jonas@example.org",
            "(sent from my phone)",
            to="ana+unsubscribe@fieldpractice.example",
            mid="u1@x",
        ),
    )
    drop(practice, "b.eml", mail("lena@example.org", "Thanks Ana, much better", mid="u2@x"))
    ok(practice, "fetch", "--now", MONDAY)
    rows = replies(practice)
    assert rows["u1@x"]["kind"] == "optout" and rows["u2@x"]["kind"] == "reply"
    status = ok(practice, "status")
    assert "c-002: all off" in status and "c-003: all off" not in status


def test_an_optout_from_a_shared_address_stops_every_client_there(practice: Practice) -> None:
    # Lena's daughter is a client too, at her mother's address.
    practice.write(
        "config/clients.yaml",
        practice.read("config/clients.yaml")
        + "\n  - id: c-009\n    name: Mia Roth\n    email: lena@example.org\n"
        + "    sessions: [2026-11-16]\n",
    )
    code, _out, err = cli(practice, "validate", "--now", MONDAY)
    assert code == 0 and "c-009 and c-003" in err  # warned, naming both
    drop(practice, "a.eml", mail("lena@example.org", "STOP", mid="s1@x"))
    ok(practice, "fetch", "--now", MONDAY)
    status = ok(practice, "status")
    assert "c-003: all off" in status and "c-009: all off" in status
    assert "shared" in status
    ok(practice, "send", "--now", MONDAY)
    assert "lena@example.org" not in [m["To"] for m in outbox(practice)]


def test_a_stop_with_a_broken_charset_label_is_still_read(practice: Practice) -> None:
    raw = (
        b"From: tom.baker@example.com\r\nTo: ana@fieldpractice.example\r\nSubject: hi\r\n"
        b'Message-ID: <nul@x>\r\nContent-Type: text/plain; charset="utf\x00-8"\r\n\r\nstop\r\n'
    )
    drop(practice, "a.eml", raw)
    ok(practice, "fetch", "--now", MONDAY)
    assert replies(practice)["nul@x"]["kind"] == "optout"
    assert "c-004: all off" in ok(practice, "status")


def test_consent_switched_off_during_a_pass_is_honoured_by_that_pass(practice: Practice) -> None:
    config = load_config(practice.config)
    now = datetime.fromisoformat(MONDAY)
    calls = 0

    def clock() -> datetime:
        # After the first message is handed over, Tom writes "stop" and Ana runs
        # `carecall consent --off` for Lena from another terminal.
        nonlocal calls
        calls += 1
        if calls == 2:
            ok(practice, "consent", "c-003", "--off")
            ok(practice, "consent", "c-004", "--off")
        return now

    with open_ledger(config) as ledger:
        report = send_pass(
            config, ledger, lambda: make_transport(config), Renderer(config.templates_dir), now,
            clock=clock,
        )  # fmt: skip
    sent = [m["To"] for m in outbox(practice)]
    assert report.sent == 1 and len(sent) == 1 and report.withheld == 2
    # The two were not lost either: the next pass does not send them.
    ok(practice, "send", "--now", MONDAY)
    assert len(list(outbox(practice))) == 1


# ---------------------------------------------------------------- item 3: the config


def test_a_duplicate_key_is_an_error_naming_both_lines(practice: Practice) -> None:
    first = practice.replace(
        "config/clients.yaml",
        "    consent: {checkins: false, reminders: false, birthday: false, notices: false}\n",
        "    consent: false\n",
    )
    later = practice.replace(
        "config/clients.yaml",
        "    sessions: [2026-10-20]\n",
        "    sessions: [2026-10-20]\n    consent: true\n",
    )
    code, _out, err = cli(practice, "validate")
    assert code == 1
    assert f"clients.yaml:{later + 1}: duplicate key 'consent', also at line {first}" in err
    # Nothing is sent from a config that does not load.
    assert cli(practice, "send", "--now", MONDAY)[0] == 1


def test_a_missing_dash_that_merges_two_clients_is_caught(practice: Practice) -> None:
    line = practice.replace("config/clients.yaml", "  - id: c-002\n", "    id: c-002\n")
    code, _out, err = cli(practice, "validate")
    assert code == 1
    assert f"clients.yaml:{line}: duplicate key 'id', also at line" in err
    assert "'-' missing" in err


def test_two_clients_at_one_address_get_a_warning_naming_both(practice: Practice) -> None:
    line = practice.replace(
        "config/clients.yaml", "    email: jonas@example.org\n", "    email: lena@example.org\n"
    )
    code, _out, err = cli(practice, "validate", "--now", MONDAY)
    assert code == 0
    # At the later client's line, naming the earlier one and its line.
    assert "clients.yaml:28: warning: clients[2].email: c-003 and c-002" in err
    assert f"(line {line}) share lena@example.org" in err


def test_the_example_subject_names_no_remedy(practice: Practice) -> None:
    code, _out, err = cli(practice, "validate", "--now", MONDAY)
    assert code == 0 and "warning" not in err
    preview = ok(practice, "preview", "resupply:c-007:vitamin-d3-drops:2026-11-02", "--now", MONDAY)
    subject = next(line for line in preview.splitlines() if line.startswith("Subject:"))
    assert "Vitamin" not in subject


def test_what_send_would_refuse_is_refused_at_validate_at_the_clients_line(
    practice: Practice,
) -> None:
    practice.replace(
        "templates/resupply.j2",
        "{% block subject %}Your supplies will run out soon{% endblock %}",
        "{% block subject %}Your {{ supply.item }} will run out soon{% endblock %}",
    )
    line = practice.replace(
        "config/clients.yaml", "item: Magnesium complex", "item: Anxiety relief drops"
    )
    code, _out, err = cli(practice, "validate", "--now", MONDAY)
    assert code == 1
    assert "templates/resupply.j2:2: warning: the subject prints supply.item" in err
    assert f"clients.yaml:{line}: c-001: the resupply planned for" in err
    # The word, at the line that wrote it; never the whole subject (a client's name).
    assert "the subject says 'Anxiety'" in err


# ---------------------------------------------------------------- item 2: the link


def with_url(practice: Practice, url: str) -> int:
    """Set unsubscribe.url; the line it is on."""
    text = practice.read("config/practice.yaml")
    practice.write("config/practice.yaml", text + f'unsubscribe: {{url: "{url}"}}\n')
    return text.count("\n") + 1


def list_unsubscribe(practice: Practice, key: str) -> str:
    raw = ok(practice, "preview", key, "--raw", "--now", MONDAY)
    # Unfolded: a long header is folded over several lines (RFC 5322 §2.2.3).
    head = re.sub(r"\n[ \t]", " ", raw.replace("\r\n", "\n").split("\n\n", 1)[0])
    return next(line for line in head.splitlines() if line.startswith("List-Unsubscribe:"))


def test_the_one_click_link_carries_an_opaque_token_not_the_client_id(
    practice: Practice,
) -> None:
    with_url(practice, "https://fieldpractice.example/unsubscribe/{token}")
    jonas = list_unsubscribe(practice, "checkin:c-002:2026-08-20:three-months")
    lena = list_unsubscribe(practice, "checkin:c-003:2026-11-16:one-week")
    assert "c-002" not in jonas and "{token}" not in jonas
    token = jonas.split("/unsubscribe/", 1)[1].rstrip(">")
    assert len(token) >= 20 and token not in lena
    # Stable across runs (one key, made once, the owner's only) and found again by the page.
    assert list_unsubscribe(practice, "checkin:c-002:2026-08-20:three-months") == jonas
    key_file = practice.root / "var" / keys.KEY_FILE
    assert key_file.stat().st_mode & 0o777 == 0o600
    config = load_config(practice.config)
    found = unsubscribe.client_for_token(config, token)
    assert found is not None and found.id == "c-002"
    assert unsubscribe.client_for_token(config, token[:-2] + "AA") is None
    # Another practice's key gives other tokens: a link cannot be forged from the id.
    other = Practice(practice.root.parent / "other")
    with_url(other, "https://fieldpractice.example/unsubscribe/{token}")
    assert token not in list_unsubscribe(other, "checkin:c-002:2026-08-20:three-months")


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("https://fieldpractice.example/unsubscribe/{client}", "plain client id"),
        ("https://fieldpractice.example/unsubscribe", "must contain {token}"),
        ("https://fieldpractice.example/u/{token}>, <https://evil.example/x", "'<' '>'"),
        ("https://fieldpractice.example/u/{token},https://evil.example/x", "','"),
        ("https://fieldpractice.example/u?c={token}&n=Maria Keller", "' '"),
    ],
)
def test_a_link_that_could_name_or_inject_is_a_validate_error(
    practice: Practice, url: str, said: str
) -> None:
    line = with_url(practice, url)
    code, _out, err = cli(practice, "validate", "--now", MONDAY)
    assert code == 1
    assert f"practice.yaml:{line}: unsubscribe.url:" in err and said in err


# ---------------------------------------------------------------- item 4: the ledger


def ledger_file(practice: Practice) -> Path:
    return practice.root / "var" / "ledger.sqlite3"


def lose(practice: Practice, how: str) -> None:
    path = ledger_file(practice)
    for extra in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        extra.unlink(missing_ok=True)
    if how == "deleted":
        path.unlink()
    elif how == "truncated":
        path.write_bytes(b"")
    else:
        path.write_bytes(b"not a database at all\n" * 100)


@pytest.mark.parametrize(
    ("how", "said"),
    [("deleted", "is missing"), ("truncated", "is empty"), ("garbled", "cannot be read")],
)
def test_a_lost_ledger_sends_nothing_and_every_command_says_so(
    practice: Practice, how: str, said: str
) -> None:
    ok(practice, "send", "--now", MONDAY)
    sent = len(list(outbox(practice)))
    assert sent == 3
    lose(practice, how)
    for command in (
        ("send", "--now", MONDAY),
        ("run", "--once", "--now", MONDAY),
        ("status",),
        ("plan", "--now", MONDAY),
        ("fetch", "--now", MONDAY),
    ):
        code, _out, err = cli(practice, *command)
        assert code == 1, command
        assert said in err and "carecall restore" in err and "start-over" in err, err
    assert len(list(outbox(practice))) == sent  # nobody was mailed again
    code, _out, err = cli(practice, "validate", "--now", MONDAY)
    assert code == 0 and f"warning: {ledger_file(practice)} {said}" in err


def test_a_restore_brings_the_ledger_back_and_keeps_later_optouts(practice: Practice) -> None:
    ok(practice, "send", "--now", MONDAY)
    backup = practice.root / "ledger-monday.sqlite3"
    ok(practice, "backup", "--to", str(backup))
    assert backup.stat().st_mode & 0o777 == 0o600
    # After the backup, Lena says stop; then the ledger is replaced by the backup.
    drop(practice, "a.eml", mail("lena@example.org", "STOP", mid="stop@x"))
    ok(practice, "fetch", "--now", MONDAY)
    out = ok(practice, "restore", str(backup))
    assert "3 sent" in out and "kept 1 opt-out" in out
    assert "c-003: all off" in ok(practice, "status")
    # The same messages are not sent again.
    ok(practice, "send", "--now", "2026-11-24T16:00:00+01:00")
    assert len(list(outbox(practice))) == 3


@pytest.mark.parametrize("how", ["deleted", "garbled"])
def test_an_optout_after_the_backup_survives_a_restore_over_a_lost_ledger(
    practice: Practice, how: str
) -> None:
    """The ledger that knew of the opt-out is gone; refusals.jsonl beside it still knows."""

    def to_lena() -> int:
        return sum("lena@example.org" in str(m["To"]) for m in outbox(practice))

    ok(practice, "send", "--now", MONDAY)
    before = to_lena()
    backup = practice.root / "ledger-monday.sqlite3"
    ok(practice, "backup", "--to", str(backup))
    drop(practice, "a.eml", mail("lena@example.org", "STOP", mid="stop@x"))
    ok(practice, "fetch", "--now", MONDAY)
    journal = ledger_file(practice).with_name("refusals.jsonl")
    assert journal.stat().st_mode & 0o777 == 0o600
    lose(practice, how)
    out = ok(practice, "restore", str(backup))
    assert "kept 1 opt-out" in out
    assert "c-003: all off" in ok(practice, "status")
    ok(practice, "send", "--now", "2026-12-14T16:00:00+01:00")  # weeks later: notices due
    assert to_lena() == before  # nothing more to the client who said stop


def test_consent_back_on_ends_the_refusal_in_the_journal(practice: Practice) -> None:
    ok(practice, "send", "--now", MONDAY)
    backup = practice.root / "b.sqlite3"
    ok(practice, "backup", "--to", str(backup))
    ok(practice, "consent", "c-003", "--off", "--now", MONDAY)
    ok(practice, "consent", "c-003", "--on", "--now", "2026-11-24T10:00:00+01:00")
    lose(practice, "garbled")
    assert "kept 0 opt-out" in ok(practice, "restore", str(backup))
    assert "c-003: all off" not in ok(practice, "status")


def test_a_lost_ledger_can_be_restored_from_a_backup(practice: Practice) -> None:
    ok(practice, "send", "--now", MONDAY)
    backup = practice.root / "b.sqlite3"
    ok(practice, "backup", "--to", str(backup))
    lose(practice, "deleted")
    assert cli(practice, "status")[0] == 1
    ok(practice, "restore", str(backup))
    ok(practice, "send", "--now", MONDAY)
    assert len(list(outbox(practice))) == 3


def test_starting_over_treats_everything_already_due_as_sent(practice: Practice) -> None:
    ok(practice, "send", "--now", MONDAY)
    lose(practice, "garbled")
    out = ok(practice, "start-over", "--now", MONDAY)
    assert "recorded as sent" in out
    ok(practice, "send", "--now", MONDAY)
    assert len(list(outbox(practice))) == 3  # nothing again
    assert cli(practice, "status")[0] == 0
    # A fine ledger is not started over by mistake.
    assert cli(practice, "start-over", "--now", MONDAY)[0] == 1


# ---------------------------------------------------------------- through real servers


@pytest.mark.mailservers
def test_consent_off_during_a_pass_over_postfix_stops_the_next_message(
    practice: Practice, mail_system: MailSystem
) -> None:
    # One connection, so messages are handed over one after the other, as in a long
    # broadcast. Jonas and Lena are due at 09:00 on Monday; Jonas goes first.
    practice.replace(
        "config/practice.yaml",
        "  transport: maildir               # embedded default: var/outbox is a Maildir\n",
        f"  transport: smtp\n  host: 127.0.0.1\n  port: {mail_system.smtp_port}\n"
        f"  security: starttls\n  ca_file: {mail_system.ca_file}\n  connections: 1\n",
    )
    config = load_config(practice.config)
    now = datetime.fromisoformat("2026-11-23T10:00:00+01:00")
    calls = 0

    def clock() -> datetime:
        nonlocal calls
        calls += 1
        if calls == 2:  # Jonas's outcome is in: Ana switches Lena off from another shell
            ok(practice, "consent", "c-003", "--off")
        return now

    with open_ledger(config) as ledger:
        report = send_pass(
            config, ledger, lambda: make_transport(config), Renderer(config.templates_dir), now,
            clock=clock,
        )  # fmt: skip
        jonas = ledger.get("checkin:c-002:2026-08-20:three-months")
        lena = ledger.get("checkin:c-003:2026-11-16:one-week")
    assert report.sent == 1 and report.withheld == 1
    assert jonas is not None and jonas.message_id and lena is not None and lena.message_id
    mail_system.wait_for_message("jonas@example.org", jonas.message_id.encode())
    mail_system.wait_queue_empty(timeout=20)
    assert not mail_system.find_messages("lena@example.org", lena.message_id.encode())
    assert lena.skip_reason == "consent for checkins withdrawn"


def test_the_worker_backs_up_the_ledger_daily_to_restore_from(practice: Practice) -> None:
    ok(practice, "run", "--once", "--now", MONDAY)
    backups = sorted((practice.root / "var" / "backups").glob("ledger-*.sqlite3"))
    assert [b.name for b in backups] == ["ledger-2026-11-23.sqlite3"]
    ok(practice, "run", "--once", "--now", "2026-11-23T16:30:00+01:00")  # one a day
    assert len(list((practice.root / "var" / "backups").iterdir())) == 1
    lose(practice, "truncated")
    code, _out, err = cli(practice, "run", "--once", "--now", "2026-11-24T10:00:00+01:00")
    assert code == 1 and "is empty" in err
    ok(practice, "restore", str(backups[0]))
    assert len(list(outbox(practice))) == 3
    ok(practice, "run", "--once", "--now", "2026-11-24T10:00:00+01:00")
    assert len(list(outbox(practice))) == 3  # nothing Monday's pass sent goes again
