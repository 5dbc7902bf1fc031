"""Issue 12, as a practitioner meets it through `carecall`: nothing fails unseen.

Every failure shows in the exit status of the command that met it and in
`carecall status`, with what to do; a fixed cause shows as fixed. The servers are
real: aiosmtpd (tests/smtp_fault_server.py) where a fault must come on cue, Postfix
and Dovecot (tests/mailservers.py) for the rest.
"""

from __future__ import annotations

import base64
import socket
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from mailservers import PRACTITIONER, MailSystem
from practice import Practice, cli, ok, outbox_statuses
from smtp_fault_server import FAULT_PASSWORD, FAULT_USER, Fault, FaultSMTPServer

from carecall_mail.app.runtime import ledger_path
from carecall_mail.config.loading import load_config
from carecall_mail.store.records import OutboxRow, OutboxStatus
from carecall_mail.store.sqlite import Ledger

# Monday 23 November 2026, 16:00 in Zurich: three check-ins are due.
MONDAY = "2026-11-23T16:00:00+01:00"
LATER = "2026-11-23T16:20:00+01:00"
DUE = {
    "checkin:c-002:2026-08-20:three-months",
    "checkin:c-003:2026-11-16:one-week",
    "checkin:c-004:2026-11-10:one-week",
}
LENA = "lena@example.org"
MAILDIR_OUT = "  transport: maildir               # embedded default: var/outbox is a Maildir\n"
MAILDIR_IN = "  transport: maildir               # embedded default: var/inbox is a Maildir\n"
SMTP_ENV = "CARECALL_TEST_SMTP_PASSWORD"
IMAP_ENV = "CARECALL_TEST_IMAP_PASSWORD"


@pytest.fixture
def practice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Practice:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(SMTP_ENV, FAULT_PASSWORD)
    return Practice(tmp_path / "practice")


def use_smtp(practice: Practice, server: FaultSMTPServer | None, port: int | None = None) -> None:
    practice.replace(
        "config/practice.yaml",
        MAILDIR_OUT,
        "  transport: smtp\n"
        "  host: 127.0.0.1\n"
        f"  port: {port or (server.port if server else 25)}\n"
        "  security: starttls\n"
        f"  username: {FAULT_USER}\n"
        f"  password_env: {SMTP_ENV}\n"
        + (f"  ca_file: {server.ca_file}\n" if server and server.ca_file else ""),
    )


statuses = outbox_statuses


def use_imap(practice: Practice, mail_system: MailSystem, ca_file: Path | None = None) -> None:
    """Read the inbox from the test Dovecot over IMAPS (with another CA, if given)."""
    practice.replace(
        "config/practice.yaml",
        MAILDIR_IN,
        "  transport: imap\n"
        f"  host: {mail_system.host}\n"
        f"  port: {mail_system.imaps_port}\n"
        "  security: tls\n"
        f"  username: {PRACTITIONER}\n"
        f"  password_env: {IMAP_ENV}\n"
        f"  ca_file: {ca_file or mail_system.ca_file}\n",
    )


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# ---------------------------------------------------------------- item 1: the exit status


def test_a_wrong_password_makes_send_exit_1_and_status_say_what_to_do(
    practice: Practice, fault_smtp: FaultSMTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_smtp(practice, fault_smtp)
    monkeypatch.setenv(SMTP_ENV, "not-the-password")
    code, out, err = cli(practice, "send", "--now", MONDAY)
    assert code == 1, out + err
    assert "login" in err and "what to do: check outgoing.username" in err
    assert fault_smtp.messages == []
    assert {statuses(practice)[k] for k in DUE} == {OutboxStatus.QUEUED}  # nothing lost

    status = ok(practice, "status", "--now", MONDAY)
    assert f"Outgoing (smtp 127.0.0.1:{fault_smtp.port}): last sent never" in status
    assert "FAILING since 2026-11-23 16:00 (1 pass in a row" in status
    assert "535" in status and "what to do: check outgoing.username" in status

    # Fixed: the next pass sends everything, exits 0, and status says so.
    monkeypatch.setenv(SMTP_ENV, FAULT_PASSWORD)
    code, out, err = cli(practice, "send", "--now", LATER)
    assert code == 0, out + err
    assert {t.rcpt_tos[0] for t in fault_smtp.messages} >= {LENA}
    assert {statuses(practice)[k] for k in DUE} == {OutboxStatus.SENT}
    status = ok(practice, "status")
    assert "last sent 2026-11-23 16:20" in status and "fixed since" in status
    assert "FAILING" not in status


def test_a_server_that_is_down_makes_send_and_run_once_exit_1(practice: Practice) -> None:
    use_smtp(practice, None, port=closed_port())
    code, _out, err = cli(practice, "send", "--now", MONDAY)
    assert code == 1
    assert "connect" in err and "check outgoing.host and outgoing.port" in err
    code, _out, err = cli(practice, "run", "--once", "--now", LATER)
    assert code == 1, err
    assert "the send job failed" in err
    assert {statuses(practice)[k] for k in DUE} == {OutboxStatus.QUEUED}
    assert "what to do: check outgoing.host" in ok(practice, "status")


def test_a_4xx_to_be_retried_later_is_not_a_failure(
    practice: Practice, fault_smtp: FaultSMTPServer
) -> None:
    use_smtp(practice, fault_smtp)
    fault_smtp.inject(Fault.TEMPFAIL_DATA, recipients=[LENA])
    code, out, err = cli(practice, "send", "--now", MONDAY)
    assert code == 0, out + err
    assert "1 to retry" in out
    assert "no error" in ok(practice, "status").split("Incoming")[0].splitlines()[2]


def test_a_connection_lost_in_the_middle_of_a_message_makes_send_exit_1(
    practice: Practice, fault_smtp: FaultSMTPServer
) -> None:
    """The server vanished after the body, without a reply: not a 4xx it chose, so the
    pass says so (exit 1, status), and the message is retried, never lost."""
    use_smtp(practice, fault_smtp)
    fault_smtp.inject(Fault.DROP_AT_DATA, recipients=[LENA])
    code, out, err = cli(practice, "send", "--now", MONDAY)
    assert code == 1, out + err
    assert "1 to retry" in out
    assert "connection lost" in err and "what to do: check outgoing.host" in err
    assert OutboxStatus.QUEUED in {statuses(practice)[k] for k in DUE}
    outgoing = ok(practice, "status").split("Incoming")[0]
    assert "connection lost" in outgoing and "no error" not in outgoing


def test_a_refused_message_makes_send_exit_1(
    practice: Practice, fault_smtp: FaultSMTPServer
) -> None:
    use_smtp(practice, fault_smtp)
    fault_smtp.inject(Fault.REJECT_RCPT, recipients=[LENA])
    code, out, err = cli(practice, "send", "--now", MONDAY)
    assert code == 1 and "1 failed" in out
    assert "carecall retry --failed" in err


def test_an_outbox_that_cannot_be_written_makes_send_exit_1(practice: Practice) -> None:
    var = practice.root / "var"
    var.mkdir()
    (var / "outbox").write_text("a file where the outbox directory should be\n")
    code, _out, err = cli(practice, "send", "--now", MONDAY)
    assert code == 1
    assert "maildir" in err
    assert {statuses(practice)[k] for k in DUE} == {OutboxStatus.QUEUED}
    status = ok(practice, "status")
    assert "Outgoing (maildir outbox): last sent never" in status and "FAILING" in status


@pytest.mark.mailservers
def test_an_inbox_that_cannot_be_read_makes_fetch_exit_1_and_status_say_so(
    practice: Practice, mail_system: MailSystem, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_imap(practice, mail_system)
    monkeypatch.setenv(IMAP_ENV, "wrong")
    code, _out, err = cli(practice, "fetch", "--now", MONDAY)
    assert code == 1
    assert "IMAP login failed" in err
    status = ok(practice, "status")
    assert f"Incoming (imap {mail_system.host}:{mail_system.imaps_port} INBOX)" in status
    assert "what to do: check incoming.username" in status

    monkeypatch.setenv(IMAP_ENV, mail_system.password)
    ok(practice, "fetch", "--now", LATER)
    status = ok(practice, "status")
    assert "last fetched 2026-11-23 16:20" in status
    assert "FAILING" not in status


# ---------------------------------------------------------------- item 3: secrets stay secret


@pytest.mark.parametrize("fault_smtp", [{"echo_credentials": True}], indirect=True)
def test_a_535_that_echoes_the_credentials_leaks_them_nowhere(
    practice: Practice, fault_smtp: FaultSMTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    password = "Tr0ub4dor&3-horse"
    monkeypatch.setenv(SMTP_ENV, password)
    use_smtp(practice, fault_smtp)
    code, out, err = cli(practice, "send", "--now", MONDAY, "-v")
    assert code == 1
    # The server did echo them: the test would prove nothing otherwise.
    plain = base64.b64encode(f"\0{FAULT_USER}\0{password}".encode()).decode()
    assert "535 5.7.8 Authentication failed for ***" in err
    status = ok(practice, "status")
    config = load_config(practice.config)
    with sqlite3.connect(ledger_path(config)) as db:
        stored = "\n".join(db.iterdump())
    assert "Authentication failed for ***" in stored
    forms = (password, plain, base64.b64encode(password.encode()).decode(), plain.rstrip("="))
    for text in (out, err, status, stored):
        for form in forms:
            assert form not in text


# ---------------------------------------------------------------- item 2: failures are bounded


def rows(practice: Practice) -> dict[str, OutboxRow]:
    with Ledger.open(ledger_path(load_config(practice.config))) as ledger:
        return {r.key: r for s in OutboxStatus for r in ledger.rows(s)}


def test_a_wrong_password_never_uses_up_the_messages_attempts(
    practice: Practice, fault_smtp: FaultSMTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_smtp(practice, fault_smtp)
    monkeypatch.setenv(SMTP_ENV, "not-the-password")
    start = datetime.fromisoformat(MONDAY)
    # Far more passes than a message has attempts (10), an hour apart.
    for hour in range(12):
        now = (start + timedelta(hours=hour)).isoformat()
        assert cli(practice, "send", "--now", now)[0] == 1
    # One connection a pass tried, not one per connection of the pool (4).
    assert fault_smtp.connections == 12
    assert {(r.status, r.attempts) for k, r in rows(practice).items() if k in DUE} == {
        (OutboxStatus.QUEUED, 0)
    }
    monkeypatch.setenv(SMTP_ENV, FAULT_PASSWORD)
    ok(practice, "send", "--now", (start + timedelta(hours=12)).isoformat())
    assert {rows(practice)[k].status for k in DUE} == {OutboxStatus.SENT}


def test_the_worker_backs_off_a_failing_log_in_up_to_15_minutes(
    practice: Practice, fault_smtp: FaultSMTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_smtp(practice, fault_smtp)
    monkeypatch.setenv(SMTP_ENV, "not-the-password")
    start = datetime.fromisoformat(MONDAY)
    tried: list[int] = []
    # `run --once` every minute for 40 minutes, as from cron.
    for minute in range(40):
        before = fault_smtp.connections
        code, _out, err = cli(
            practice, "run", "--once", "--now", (start + timedelta(minutes=minute)).isoformat()
        )
        assert code == 1, err
        if fault_smtp.connections > before:
            tried.append(minute)
    # 1, 2, 4, 8 minutes, then every 15.
    assert tried == [0, 1, 3, 7, 15, 30]
    status = ok(practice, "status")
    assert "(6 passes in a row; next try 2026-11-23 16:45)" in status
    assert {r.attempts for k, r in rows(practice).items() if k in DUE} == {0}


def test_retry_requeues_failed_messages_with_their_message_id(
    practice: Practice, fault_smtp: FaultSMTPServer
) -> None:
    use_smtp(practice, fault_smtp)
    fault_smtp.inject(Fault.REJECT_RCPT, recipients=[LENA])
    assert cli(practice, "send", "--now", MONDAY)[0] == 1
    (lena,) = [r for r in rows(practice).values() if r.status is OutboxStatus.FAILED]
    assert lena.to_addr == LENA

    code, _out, err = cli(practice, "retry")
    assert code == 1 and "--failed" in err
    code, _out, err = cli(practice, "retry", "checkin:c-002:2026-08-20:three-months")
    assert code == 1 and "it is sent, not failed" in err
    code, _out, err = cli(practice, "retry", "checkin:c-999:2026-01-01:one-week")
    assert code == 1 and "no such message" in err

    out = ok(practice, "retry", lena.key, "--now", LATER)
    assert f"queued again: {lena.key}" in out and "1 message(s) queued again" in out
    ok(practice, "send", "--now", LATER)
    again = rows(practice)[lena.key]
    assert again.status is OutboxStatus.SENT and again.message_id == lena.message_id
    (delivered,) = [t for t in fault_smtp.messages if t.rcpt_tos == [LENA]]
    assert delivered.message()["Message-ID"] == lena.message_id
    assert "0 message(s) queued again" in ok(practice, "retry", "--failed")


def test_a_message_that_cannot_be_rendered_fails_at_once_and_retry_sends_it(
    practice: Practice,
) -> None:
    template = practice.path("templates/checkin.j2")
    saved = template.read_text(encoding="utf-8")
    # Only Lena's data breaks it, so the template checks (made with samples) pass.
    broken = '{% block subject %}{% if client.id == "c-003" %}{{ 1 / 0 }}{% endif %}'
    template.write_text(saved.replace("{% block subject %}", broken), encoding="utf-8")
    code, out, err = cli(practice, "send", "--now", MONDAY)
    assert code == 1 and "2 sent" in out and "1 failed" in out, out + err
    status = ok(practice, "status")
    assert "Failed (1):" in status and "checkin:c-003:2026-11-16:one-week" in status
    assert "division by zero" in status

    template.write_text(saved, encoding="utf-8")
    assert "1 message(s) queued again" in ok(practice, "retry", "--failed", "--now", LATER)
    assert "1 sent" in ok(practice, "send", "--now", LATER)
    assert {rows(practice)[k].status for k in DUE} == {OutboxStatus.SENT}


# ---------------------------------------------------------------- item 4: config is checked


@pytest.mark.parametrize(
    ("name", "old", "new", "said"),
    [
        (
            "config/schedules.yaml",
            "after_last_session: 7d",
            "after_last_session: 9000y",
            "checkins[0].after_last_session: '9000y' is longer than 100 years",
        ),
        (
            "config/clients.yaml",
            "sessions: [",
            "sessions: [9999-12-31, ",
            "9999-12-31 is not a date this practice can mean",
        ),
        (
            "config/clients.yaml",
            "days: 90",
            "days: " + "9" * 5000,
            "supplies[0].days: expected a number, got '9999",
        ),
    ],
)
def test_absurd_numbers_and_dates_are_validate_errors_at_their_line(
    practice: Practice, name: str, old: str, new: str, said: str
) -> None:
    line = practice.replace(name, old, new)
    for command in ("validate", "plan", "send"):
        code, _out, err = cli(practice, command, "--now", MONDAY)
        assert code == 1, (command, err)
        assert f"{name.split('/')[1]}:{line}: " in err and said in err, err
        assert "Traceback" not in err and len(err) < 1000


def test_a_missing_ca_file_and_an_unset_password_are_validate_errors(
    practice: Practice, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_smtp(practice, None)
    practice.write(
        "config/practice.yaml",
        practice.read("config/practice.yaml").replace(
            f"  password_env: {SMTP_ENV}\n", f"  password_env: {SMTP_ENV}\n  ca_file: nowhere.pem\n"
        ),
    )
    monkeypatch.delenv(SMTP_ENV)
    code, _out, err = cli(practice, "validate", "--now", MONDAY)
    assert code == 1
    assert f"outgoing.password_env: the environment variable {SMTP_ENV} is not set" in err
    assert "outgoing.ca_file: " in err and "nowhere.pem does not exist" in err
    assert "practice.yaml:" in err and "Traceback" not in err
    for command in ("send", "run"):  # the worker refuses to start on them
        code, _out, err = (
            cli(practice, command, "--once", "--now", MONDAY)
            if command == "run"
            else cli(practice, command, "--now", MONDAY)
        )
        assert code == 1 and "nowhere.pem does not exist" in err, err


# ---------------------------------------------------------------- bad arguments


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("plan", "--now", "garbage"), "--now 'garbage': expected ISO-8601"),
        (("send", "--now", "next monday"), "--now 'next monday': expected ISO-8601"),
        (("plan", "--days", "-1"), "--days"),
        (("plan", "--days", "99999999"), "--days"),
    ],
)
def test_bad_arguments_are_usage_errors_not_tracebacks(
    practice: Practice, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], expected: str
) -> None:
    from carecall_mail.app.cli import main

    command, *rest = args
    with pytest.raises(SystemExit) as exited:
        raise SystemExit(main([command, "-c", str(practice.config), *rest]))
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
