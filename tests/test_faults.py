"""The fault suite of issue 12 item 7: each fault, against real servers, loses nothing,
sends nothing twice, exits 1, and says what to do.

Some faults were proved before this suite; they stay where they are and are not
repeated here:

| fault                                | where                                                |
|--------------------------------------|------------------------------------------------------|
| wrong SMTP password                  | test_cli_failures.py::test_a_wrong_password_makes_*  |
|                                      | and ::test_a_wrong_password_never_uses_up_*          |
| wrong IMAP password (Dovecot)        | test_cli_failures.py::test_an_inbox_that_cannot_*    |
| SMTP server down (nothing listening) | test_cli_failures.py::test_a_server_that_is_down_*   |
| two inbox passes at once             | test_fetch_two_passes.py (two real processes)        |
| wrong CA, SMTP (Postfix) and IMAP    | here                                                 |
| wrong SMTP password (Postfix)        | here                                                 |
| server down mid-broadcast            | here                                                 |
| state dir full                       | here: a 2 MB tmpfs mounted on var/ (needs root)      |
| ledger locked by another process     | here: a real process holds SQLite's write lock       |

The state dir full is a real tmpfs (`mount -t tmpfs -o size=2m`), mounted over the
practice's var/ and filled with a file until the kernel says ENOSPC; the tests run as
root (the mail servers need it too), so the mount is honest and not simulated.
"""

from __future__ import annotations

import email
import email.policy
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

import bigpractice as big_practice
import pytest
from bigpractice import BigPractice, smtp_outgoing, write_big_practice
from mailservers import PRACTITIONER, MailSystem, make_tls_files
from practice import Practice, cli, ok
from smtp_fault_server import FaultSMTPServer
from test_cli_failures import (
    DUE,
    IMAP_ENV,
    LATER,
    MAILDIR_OUT,
    MONDAY,
    SMTP_ENV,
    rows,
    use_imap,
)

from carecall_mail.app.runtime import ledger_path
from carecall_mail.config.loading import load_config
from carecall_mail.store.records import OutboxRow, OutboxStatus
from carecall_mail.store.sqlite import Ledger

# At MONDAY three check-ins are DUE (as in test_cli_failures.py): Jonas and Lena, delivered
# by the real Postfix to Dovecot, and Tom at example.com, bounced there (nothing leaves).
LOCAL = ("jonas@example.org", "lena@example.org")  # mailboxes of the real Dovecot


@pytest.fixture
def practice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Practice:
    monkeypatch.chdir(tmp_path)
    return Practice(tmp_path / "practice")


def use_smtp(
    practice: Practice, host: str, port: int, ca_file: Path | None, username: str | None
) -> None:
    practice.replace(
        "config/practice.yaml",
        MAILDIR_OUT,
        "  transport: smtp\n"
        f"  host: {host}\n"
        f"  port: {port}\n"
        "  security: starttls\n"
        + (f"  username: {username}\n  password_env: {SMTP_ENV}\n" if username else "")
        + (f"  ca_file: {ca_file}\n" if ca_file else ""),
    )


def set_ca(practice: Practice, old: Path, new: Path) -> None:
    practice.replace("config/practice.yaml", f"ca_file: {old}\n", f"ca_file: {new}\n")


def delivered(mail: MailSystem, message_ids: set[str]) -> dict[str, int]:
    """How many copies of each Message-ID the real Dovecot mailboxes of LOCAL hold."""
    counts = dict.fromkeys(message_ids, 0)
    for user in LOCAL:
        for raw in mail.messages(user):
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            if str(msg["Message-ID"]) in counts:
                counts[str(msg["Message-ID"])] += 1
    return counts


def assert_all_sent_once(practice: Practice, mail: MailSystem) -> None:
    now = rows(practice)
    assert {now[k].status for k in DUE} == {OutboxStatus.SENT}
    local = {now[k].message_id for k in DUE if now[k].to_addr in LOCAL}
    assert len(local) == 2
    for message_id in local:
        mail.wait_for_message(now[next(k for k in DUE if now[k].message_id == message_id)]
                              .to_addr, message_id)  # fmt: skip
    assert set(delivered(mail, local).values()) == {1}  # each exactly once


# ---------------------------------------------------------------- wrong CA, wrong password


@pytest.mark.mailservers
def test_a_wrong_ca_for_postfix_sends_nothing_exits_1_and_says_check_ca_file(
    practice: Practice, mail_system: MailSystem, tmp_path: Path
) -> None:
    other = make_tls_files(tmp_path / "other-ca").ca_file  # a CA that signed nothing of Postfix
    use_smtp(practice, mail_system.host, mail_system.smtp_port, other, None)
    code, out, err = cli(practice, "send", "--now", MONDAY)
    assert code == 1, out + err
    assert "certificate" in err and "ca_file" in err, err
    assert {(rows(practice)[k].status, rows(practice)[k].attempts) for k in DUE} == {
        (OutboxStatus.QUEUED, 0)
    }  # nothing lost, no attempt used up
    status = ok(practice, "status", "--now", MONDAY)
    assert "FAILING since 2026-11-23 16:00" in status and "what to do:" in status
    assert "ca_file" in status.split("Incoming")[0]

    set_ca(practice, other, mail_system.ca_file)  # fixed
    code, out, err = cli(practice, "send", "--now", LATER)
    assert code == 0, out + err
    assert_all_sent_once(practice, mail_system)
    assert "FAILING" not in ok(practice, "status")


@pytest.mark.mailservers
def test_a_wrong_ca_for_dovecot_makes_fetch_exit_1_and_status_say_check_ca_file(
    practice: Practice, mail_system: MailSystem, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = make_tls_files(tmp_path / "other-ca").ca_file
    use_imap(practice, mail_system, other)
    monkeypatch.setenv(IMAP_ENV, mail_system.password)
    code, _out, err = cli(practice, "fetch", "--now", MONDAY)
    assert code == 1
    assert "certificate verif" in err, err
    status = ok(practice, "status")
    incoming = status.split("Incoming", 1)[1]
    assert "FAILING" in incoming and "what to do:" in incoming and "ca_file" in incoming

    set_ca(practice, other, mail_system.ca_file)
    ok(practice, "fetch", "--now", LATER)
    assert "FAILING" not in ok(practice, "status")


@pytest.mark.mailservers
def test_a_wrong_password_at_postfix_sends_nothing_and_says_check_the_password(
    practice: Practice, mail_system: MailSystem, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_smtp(practice, mail_system.host, mail_system.smtp_port, mail_system.ca_file, PRACTITIONER)
    monkeypatch.setenv(SMTP_ENV, "not-the-password")
    code, out, err = cli(practice, "send", "--now", MONDAY)
    assert code == 1, out + err
    assert "what to do: check outgoing.username" in err
    assert "not-the-password" not in err
    assert {rows(practice)[k].attempts for k in DUE} == {0}
    assert "what to do: check outgoing.username" in ok(practice, "status")

    monkeypatch.setenv(SMTP_ENV, mail_system.password)
    ok(practice, "send", "--now", LATER)
    assert_all_sent_once(practice, mail_system)


# ---------------------------------------------------------------- server down mid-broadcast

BROADCAST = 40  # a holiday notice to 40 clients: more than the connections (4) at once


def accepted_ids(*servers: FaultSMTPServer) -> list[str]:
    return [str(t.message()["Message-ID"]) for server in servers for t in server.messages]


def big_rows(big: BigPractice) -> dict[str, OutboxRow]:
    with Ledger.open(big.ledger) as ledger:
        return {r.key: r for s in OutboxStatus for r in ledger.rows(s)}


def test_a_server_that_goes_down_mid_broadcast_loses_nothing_and_sends_nothing_twice(
    tmp_path: Path,
) -> None:
    # A slow server (50 ms a message) stopped once it has taken 5: the connections still
    # open are cut mid-message, new ones are refused.
    with FaultSMTPServer(data_delay=0.05, auth=False) as first:
        big = write_big_practice(
            tmp_path / "big",
            BROADCAST,
            outgoing=smtp_outgoing(first.host, first.port, security="starttls",
                                   ca_file=first.ca_file),
        )  # fmt: skip
        at = big_practice.NOW.isoformat()
        as_practice = cast(Practice, big)  # cli() only reads .config

        def go_down() -> None:
            first.wait_for_transactions(5, accepted_only=True, timeout=60)
            first.stop()

        killer = threading.Thread(target=go_down)
        killer.start()
        code, out, err = cli(as_practice, "send", "--now", at)
        killer.join(timeout=60)
    assert code == 1, out + err
    assert "what to do: check outgoing.host and outgoing.port" in err, err
    taken = accepted_ids(first)
    assert 5 <= len(taken) < BROADCAST
    keys = {big.notice_key(i) for i in range(BROADCAST)}
    now = big_rows(big)
    # What it took is sent; the rest waits in the queue: none failed for good, none lost.
    assert {now[k].status for k in keys} == {OutboxStatus.SENT, OutboxStatus.QUEUED}
    assert {now[k].message_id for k in keys if now[k].status is OutboxStatus.SENT} == set(taken)
    assert {now[k].attempts for k in keys if now[k].status is OutboxStatus.QUEUED} <= {0, 1}
    status = ok(as_practice, "status")
    assert "FAILING" in status and "what to do: check outgoing.host" in status

    # Back up (on a new port): the next pass sends the rest, each once.
    with FaultSMTPServer(auth=False) as back:
        write_big_practice(
            tmp_path / "big",
            BROADCAST,
            outgoing=smtp_outgoing(back.host, back.port, security="starttls",
                                   ca_file=back.ca_file),
        )  # fmt: skip
        later = (big_practice.NOW + timedelta(minutes=20)).isoformat()
        code, out, err = cli(as_practice, "send", "--now", later)
        assert code == 0, out + err
        everything = accepted_ids(first, back)
    now = big_rows(big)
    assert {now[k].status for k in keys} == {OutboxStatus.SENT}
    assert sorted(everything) == sorted(now[k].message_id for k in keys)  # each once
    assert "FAILING" not in ok(as_practice, "status")


# ---------------------------------------------------------------- the state dir full


@pytest.fixture
def state_dir_on_tmpfs(practice: Practice) -> Iterator[Path]:
    """var/ on a 2 MB tmpfs, with the ledger of a practice that has run before."""
    if os.geteuid() != 0:
        pytest.fail("the fault suite runs as root (so do the mail servers): cannot mount")
    var = practice.root / "var"
    var.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(var)],
                   check=True)  # fmt: skip
    try:
        ok(practice, "send", "--now", "2026-11-02T10:00:00+01:00")
        yield var
    finally:
        subprocess.run(["umount", "-l", str(var)], check=False)


def fill(directory: Path) -> Path:
    """A file that takes every free byte of `directory`'s file system, until ENOSPC."""
    filler = directory / "filler"
    with filler.open("wb") as handle:
        for _ in range(10_000):  # bounded: 2 MB is 32 writes
            try:
                handle.write(b"\0" * 65536)
                handle.flush()
            except OSError:
                break
    return filler


def test_a_full_state_dir_exits_1_says_so_and_loses_nothing(
    practice: Practice, state_dir_on_tmpfs: Path
) -> None:
    before = {k: (r.status, r.attempts) for k, r in rows(practice).items()}
    outbox = state_dir_on_tmpfs / "outbox" / "new"
    outbox.mkdir(parents=True, exist_ok=True)
    written_before = set(outbox.iterdir())
    filler = fill(state_dir_on_tmpfs)
    for command in (("send",), ("run", "--once"), ("fetch",), ("status",)):
        code, out, err = cli(practice, *command, "--now", MONDAY)
        assert code == 1, (command, out, err)
        assert "the disk is full" in err and "free some space" in err, err
        assert "Traceback" not in err
    assert set(outbox.iterdir()) == written_before  # nothing half-sent

    filler.unlink()  # space freed
    assert {k: (r.status, r.attempts) for k, r in rows(practice).items()} == before
    code, out, err = cli(practice, "send", "--now", LATER)
    assert code == 0, out + err
    now = rows(practice)
    assert {now[k].status for k in DUE} == {OutboxStatus.SENT}
    new = set(outbox.iterdir()) - written_before
    ids = [str(email.message_from_bytes(p.read_bytes())["Message-ID"]) for p in new]
    assert sorted(ids) == sorted(now[k].message_id for k in DUE)  # each once
    assert "FAILING" not in ok(practice, "status")


# ---------------------------------------------------------------- the ledger locked


def test_a_ledger_locked_by_another_process_exits_1_says_what_to_do_and_loses_nothing(
    practice: Practice,
) -> None:
    ok(practice, "status", "--now", MONDAY)  # the ledger exists
    path = ledger_path(load_config(practice.config))
    # Another process (a backup tool, a stuck carecall) holds SQLite's write lock.
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys\n"
         f"db = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
         "db.execute('BEGIN IMMEDIATE')\n"
         "print('locked', flush=True)\n"
         "sys.stdin.readline()\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        # The lock is held until the test lets go: the send gives up after the ledger's
        # busy timeout (10 s shipped; how long is not what is tested here, so 1 s).
        real_open = Ledger.open.__func__

        def impatient_open(cls: type[Ledger], path: Path, **kwargs: Any) -> Ledger:
            return real_open(cls, path, **{**kwargs, "busy_timeout": 1.0})

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(Ledger, "open", classmethod(impatient_open))
            code, out, err = cli(practice, "send", "--now", MONDAY)
        assert code == 1, out + err
        assert "locked" in err and "another" in err and "try" in err, err
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    # Nothing was committed: nothing sent, nothing claimed, nothing lost.
    assert not set(rows(practice)) & DUE
    assert not (practice.root / "var" / "outbox" / "new").exists() or not any(
        (practice.root / "var" / "outbox" / "new").iterdir()
    )
    code, out, err = cli(practice, "send", "--now", LATER)
    assert code == 0, out + err
    assert {rows(practice)[k].status for k in DUE} == {OutboxStatus.SENT}
    assert len(list((practice.root / "var" / "outbox" / "new").iterdir())) == len(DUE)
