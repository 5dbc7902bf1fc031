"""Issue 10 item 4: `carecall doctor` against the real loopback Postfix and Dovecot."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from mailservers import PRACTITIONER, MailSystem, make_tls_files
from practice import Practice

from carecall_mail.app import cli
from carecall_mail.app.doctor import Check, check_config
from carecall_mail.config.loading import load_config

SMTP_ENV = "CARECALL_TEST_DOCTOR_SMTP"
IMAP_ENV = "CARECALL_TEST_DOCTOR_IMAP"


def configure(practice: Practice, m: MailSystem, *, ca_file: Path, folder: str = "INBOX") -> None:
    text = practice.read("config/practice.yaml")
    outgoing = (
        "outgoing:\n  transport: smtp\n"
        f"  host: {m.host}\n  port: {m.smtp_port}\n  security: starttls\n"
        f"  username: {PRACTITIONER}\n  password_env: {SMTP_ENV}\n"
        f"  ca_file: {ca_file}\n  timeout: 10\n"
    )
    incoming = (
        "incoming:\n  transport: imap\n"
        f"  host: {m.host}\n  port: {m.imaps_port}\n  security: tls\n"
        f"  username: {PRACTITIONER}\n  password_env: {IMAP_ENV}\n"
        f"  folder: {folder}\n  ca_file: {ca_file}\n  timeout: 10\n"
    )
    text = re.sub(r"(?m)^outgoing:\n(?:[ #].*\n)*", outgoing, text, count=1)
    text = re.sub(r"(?m)^incoming:\n(?:[ #].*\n)*", incoming, text, count=1)
    practice.write("config/practice.yaml", text)


def run(practice: Practice, *, send_test: bool = False, now: datetime | None = None) -> list[Check]:
    config = load_config(practice.config)
    return check_config(config, send_test=send_test, now=now or datetime.now(UTC))


def test_all_green_and_the_test_mail_arrives(
    practice: Practice, mail_system: MailSystem, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SMTP_ENV, mail_system.password)
    monkeypatch.setenv(IMAP_ENV, mail_system.password)
    configure(practice, mail_system, ca_file=mail_system.ca_file)
    now = datetime(2031, 1, 2, 3, 4, 5, tzinfo=UTC)
    checks = run(practice, send_test=True, now=now)
    assert all(c.ok for c in checks), [c.line() for c in checks]
    steps = [(c.connection, c.step.split(" ")[0]) for c in checks]
    assert steps == [
        ("outgoing", "connect"),
        ("outgoing", "TLS"),
        ("outgoing", "log-in"),
        ("outgoing", "test"),
        ("incoming", "connect"),
        ("incoming", "TLS"),
        ("incoming", "log-in"),
        ("incoming", "folder"),
    ]
    arrived = mail_system.wait_for_email(PRACTITIONER, "Thu, 02 Jan 2031 03:04:05 +0000")
    assert arrived["Subject"] == "CareCall test: your outgoing mail works"


def test_a_wrong_password_fails_the_log_in_and_says_what_to_do(
    practice: Practice, mail_system: MailSystem, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SMTP_ENV, "not-the-password")
    monkeypatch.setenv(IMAP_ENV, "not-the-password")
    configure(practice, mail_system, ca_file=mail_system.ca_file)
    checks = run(practice)
    failed = [c for c in checks if not c.ok]
    assert [(c.connection, c.step) for c in failed] == [
        ("outgoing", f"log-in as {PRACTITIONER!r}"),
        ("incoming", f"log-in as {PRACTITIONER!r}"),
    ]
    assert failed[0].detail.startswith("535")
    assert SMTP_ENV in failed[0].advice and IMAP_ENV in failed[1].advice
    assert all("not-the-password" not in c.line() for c in checks)


def test_a_wrong_ca_fails_tls_and_names_ca_file(
    practice: Practice, mail_system: MailSystem, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(SMTP_ENV, mail_system.password)
    monkeypatch.setenv(IMAP_ENV, mail_system.password)
    other = make_tls_files(tmp_path / "other-ca")
    configure(practice, mail_system, ca_file=other.ca_file)
    checks = run(practice)
    failed = [c for c in checks if not c.ok]
    assert [(c.connection, c.step) for c in failed] == [("outgoing", "TLS"), ("incoming", "TLS")]
    for check in failed:
        assert "certificate not verified" in check.detail
        assert str(other.ca_file) in check.advice


def test_a_missing_folder_and_a_missing_password_variable(
    practice: Practice, mail_system: MailSystem, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(SMTP_ENV, raising=False)
    monkeypatch.setenv(IMAP_ENV, mail_system.password)
    configure(practice, mail_system, ca_file=mail_system.ca_file, folder="No Such Folder")
    failed = [c for c in run(practice) if not c.ok]
    assert [(c.connection, c.step) for c in failed] == [
        ("outgoing", f"log-in as {PRACTITIONER!r}"),
        ("incoming", "folder 'No Such Folder'"),
    ]
    assert f"export {SMTP_ENV}=" in failed[0].advice


def test_the_command_prints_one_line_per_check_and_exits_1_on_failure(
    practice: Practice,
    mail_system: MailSystem,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(SMTP_ENV, mail_system.password)
    monkeypatch.setenv(IMAP_ENV, mail_system.password)
    configure(practice, mail_system, ca_file=mail_system.ca_file)
    assert cli.main(["doctor", "-c", str(practice.config)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 7 and all(line.startswith("ok   ") for line in lines)
    monkeypatch.setenv(IMAP_ENV, "wrong")
    assert cli.main(["doctor", "-c", str(practice.config)]) == 1
    out = capsys.readouterr().out
    assert "FAIL incoming: log-in" in out and "→ what to do:" in out


def test_the_maildir_default_says_it_reaches_no_one(practice: Practice) -> None:
    checks = run(practice)
    assert all(c.ok for c in checks)
    assert "reaches no one" in checks[0].line()
