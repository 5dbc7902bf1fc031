"""Inbox transports against a real Dovecot (IMAP) and real directories (Maildir).

The CursorStore is faked (MemoryCursorStore): the store is not under test here.
IMAP is never mocked: every IMAP test talks to the Dovecot of the `mail_system`
fixture on 127.0.0.1, in a folder of its own so tests do not see each other's mail.
"""

from __future__ import annotations

import logging
import os
import ssl
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient
from mailservers import MailSystem, free_ports, make_tls_files

from carecall_mail.core.errors import InboxError
from carecall_mail.transports import inbound as inbox_module
from carecall_mail.transports.inbound import (
    Fetched,
    ImapInbox,
    ImapSettings,
    MaildirInbox,
    MemoryCursorStore,
)

PRACTITIONER = "ana@fieldpractice.example"


def message(token: str, n: int = 0) -> bytes:
    return (
        f"From: Maria Keller <maria@example.org>\r\n"
        f"To: {PRACTITIONER}\r\n"
        f"Subject: Re: how are you? {n}\r\n"
        f"Message-ID: <{token}.{n}@example.org>\r\n"
        f"Date: Mon, 05 Oct 2026 10:00:00 +0200\r\n"
        f"\r\n"
        f"I am well, thank you. {token} {n}\r\n"
    ).encode()


def drain(inbox: Any, store: MemoryCursorStore) -> list[Fetched]:
    out: list[Fetched] = []
    for batch in inbox.fetch_new(store):
        out.extend(batch)
    return out


# --------------------------------------------------------------------------- Maildir


def deliver(maildir: Path, name: str, raw: bytes, sub: str = "new") -> Path:
    """Deliver as an MDA does: write in tmp/, then rename into new/ (or cur/)."""
    tmp = maildir / "tmp" / name
    tmp.write_bytes(raw)
    target = maildir / sub / name
    tmp.rename(target)
    return target


def tree(maildir: Path) -> set[str]:
    return {
        f"{p.parent.name}/{p.name}" for sub in ("new", "cur") for p in (maildir / sub).iterdir()
    }


def test_maildir_created_when_missing(tmp_path: Path) -> None:
    inbox = MaildirInbox(tmp_path / "var" / "inbox")
    for sub in ("new", "cur", "tmp"):
        assert (tmp_path / "var" / "inbox" / sub).is_dir()
    assert inbox.mailbox == f"maildir:{(tmp_path / 'var' / 'inbox').resolve()}"
    assert drain(inbox, MemoryCursorStore()) == []


def test_maildir_reads_new_and_cur_once_then_only_new(tmp_path: Path) -> None:
    md = tmp_path / "inbox"
    inbox = MaildirInbox(md)
    store = MemoryCursorStore()
    deliver(md, "1700000001.A.host", message("md", 1))
    deliver(md, "1700000002.B.host:2,S", message("md", 2), sub="cur")  # read in a mail client
    first = drain(inbox, store)
    assert sorted(f.raw for f in first) == sorted([message("md", 1), message("md", 2)])
    assert all(f.uid is None and f.mailbox == inbox.mailbox for f in first)
    assert drain(inbox, store) == []

    deliver(md, "1700000003.C.host", message("md", 3))
    assert [f.raw for f in drain(inbox, store)] == [message("md", 3)]
    assert drain(inbox, store) == []


def test_maildir_any_file_name_is_read_once_and_never_stops_the_batch(tmp_path: Path) -> None:
    """A name that is not UTF-8 crashed the pass when the processed names were saved,
    so the batch behind it was read again on every pass, for ever. Any bytes a file
    system allows (but "/" and NUL) are a name that is read once, with the others."""
    md = tmp_path / "inbox"
    MaildirInbox(md)
    names = [b"1700000001.A.host", b"bad\xff\xfe.host", b"line\nbreak\r%0A%25.host", b"z.host"]
    for n, name in enumerate(names):
        (md / "new" / os.fsdecode(name)).write_bytes(message("names", n))
    store = MemoryCursorStore()
    first = drain(MaildirInbox(md, batch_size=2), store)
    assert sorted(f.raw for f in first) == sorted(message("names", n) for n in range(4))
    assert drain(MaildirInbox(md, batch_size=2), store) == []
    deliver(md, "1700000009.Z.host", message("names", 9))
    assert [f.raw for f in drain(MaildirInbox(md), store)] == [message("names", 9)]


def test_maildir_never_touches_files(tmp_path: Path) -> None:
    """Nothing renamed, no S flag: the practitioner's mail client still shows them unread."""
    md = tmp_path / "inbox"
    inbox = MaildirInbox(md)
    deliver(md, "1700000001.A.host", message("t", 1))
    deliver(md, "1700000002.B.host:2,", message("t", 2), sub="cur")
    before = tree(md)
    drain(inbox, MemoryCursorStore())
    assert tree(md) == before


def test_maildir_received_at_is_mtime_in_utc(tmp_path: Path) -> None:
    md = tmp_path / "inbox"
    inbox = MaildirInbox(md)
    path = deliver(md, "1700000001.A.host", message("t"))
    when = datetime(2026, 10, 5, 8, 30, tzinfo=UTC)
    os.utime(path, (when.timestamp(), when.timestamp()))
    (fetched,) = drain(inbox, MemoryCursorStore())
    assert fetched.received_at == when
    assert fetched.received_at.tzinfo is UTC


def test_maildir_flag_change_or_move_to_cur_is_not_new(tmp_path: Path) -> None:
    md = tmp_path / "inbox"
    inbox = MaildirInbox(md)
    store = MemoryCursorStore()
    path = deliver(md, "1700000001.A.host", message("t"))
    assert len(drain(inbox, store)) == 1
    path.rename(md / "cur" / "1700000001.A.host:2,S")  # a mail client read it
    assert drain(inbox, store) == []


def test_maildir_crash_mid_iteration_rereads_the_batch(tmp_path: Path) -> None:
    md = tmp_path / "inbox"
    inbox = MaildirInbox(md, batch_size=2)
    store = MemoryCursorStore()
    for n in range(5):
        deliver(md, f"170000000{n}.M{n}.host", message("crash", n))
    batches = inbox.fetch_new(store)
    first = next(batches)
    assert len(first) == 2
    batches.close()  # the caller died while processing the first batch
    again = drain(MaildirInbox(md, batch_size=2), store)
    assert sorted(f.raw for f in again) == sorted(message("crash", n) for n in range(5))


def test_maildir_progress_saved_per_batch(tmp_path: Path) -> None:
    md = tmp_path / "inbox"
    store = MemoryCursorStore()
    MaildirInbox(md)  # creates the directories
    for n in range(5):
        deliver(md, f"170000000{n}.M{n}.host", message("p", n))
    batches = MaildirInbox(md, batch_size=2).fetch_new(store)
    next(batches)
    next(batches)  # resuming records the first batch as processed
    batches.close()
    rest = drain(MaildirInbox(md, batch_size=2), store)
    assert len(rest) == 3


def test_maildir_new_ledger_rescans(tmp_path: Path) -> None:
    """A reset ledger (no cursor) reads everything again, as a new UIDVALIDITY does."""
    md = tmp_path / "inbox"
    inbox = MaildirInbox(md)
    deliver(md, "1700000001.A.host", message("r"))
    assert len(drain(inbox, MemoryCursorStore())) == 1
    assert len(drain(inbox, MemoryCursorStore())) == 1


def test_maildir_vanished_file_is_skipped_and_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    md = tmp_path / "inbox"
    inbox = MaildirInbox(md, batch_size=1)
    store = MemoryCursorStore()
    deliver(md, "1700000001.A.host", message("v", 1))
    second = deliver(md, "1700000002.B.host", message("v", 2))
    deliver(md, "1700000003.C.host", message("v", 3))
    got: list[bytes] = []
    with caplog.at_level(logging.WARNING, logger="carecall_mail.transports.inbound"):
        for batch in inbox.fetch_new(store):
            got.extend(f.raw for f in batch)
            if len(got) == 1:
                second.unlink()  # gone between the listing and the read
    assert got == [message("v", 1), message("v", 3)]
    records = [r for r in caplog.records if getattr(r, "event", None) == "inbox.unreadable"]
    assert len(records) == 1
    assert "1700000002.B.host" in records[0].getMessage()
    assert "v 2" not in caplog.text  # never the content


def test_maildir_ignores_dotfiles_and_directories(tmp_path: Path) -> None:
    md = tmp_path / "inbox"
    inbox = MaildirInbox(md)
    (md / "new" / ".hidden").write_bytes(b"not a message")
    (md / "cur" / "subdir").mkdir()
    deliver(md, "1700000001.A.host", message("d"))
    assert [f.raw for f in drain(inbox, MemoryCursorStore())] == [message("d")]


def test_maildir_corrupt_state_file_rescans(tmp_path: Path) -> None:
    md = tmp_path / "inbox"
    inbox = MaildirInbox(md)
    store = MemoryCursorStore()
    deliver(md, "1700000001.A.host", message("c"))
    assert len(drain(inbox, store)) == 1
    (md / "carecall-processed").write_bytes(b"\xff\xfe garbage")
    assert len(drain(inbox, store)) == 1  # read again; the reply log dedupes
    assert drain(inbox, store) == []


def test_maildir_wait_for_new(tmp_path: Path) -> None:
    md = tmp_path / "inbox"
    inbox = MaildirInbox(md)
    store = MemoryCursorStore()
    drain(inbox, store)
    started = time.monotonic()
    assert inbox.wait_for_new(0.3) is False
    assert time.monotonic() - started >= 0.3
    timer = threading.Timer(0.2, deliver, (md, "1700000009.Z.host", message("w")))
    timer.start()
    try:
        assert inbox.wait_for_new(5.0) is True
    finally:
        timer.join(5)
    assert len(drain(inbox, store)) == 1


# --------------------------------------------------------------------------- IMAP


def admin(mail: MailSystem) -> IMAPClient:
    """A second, independent connection: how mail arrives and how we check flags."""
    client = IMAPClient(mail.host, port=mail.imaps_port, ssl_context=mail.ssl_context(), timeout=10)
    client.login(PRACTITIONER, mail.password)
    return client


def settings(mail: MailSystem, folder: str, **overrides: Any) -> ImapSettings:
    values: dict[str, Any] = {
        "host": mail.host,
        "port": mail.imaps_port,
        "security": "tls",
        "username": PRACTITIONER,
        "password": mail.password,
        "folder": folder,
        "ca_file": mail.ca_file,
        "timeout": 10.0,
    }
    values.update(overrides)
    return ImapSettings(**values)


@pytest.fixture
def folder(mail_system: MailSystem) -> Iterator[str]:
    name = f"cc-{uuid.uuid4().hex[:10]}"
    with admin(mail_system) as client:
        client.create_folder(name)
    yield name
    with admin(mail_system) as client:
        for existing in (name, f"{name}-done"):
            if client.folder_exists(existing):
                client.delete_folder(existing)


@pytest.fixture
def inbox(mail_system: MailSystem, folder: str) -> Iterator[ImapInbox]:
    with ImapInbox(settings(mail_system, folder)) as box:
        yield box


def append(mail: MailSystem, folder: str, raws: list[bytes], flags: tuple[bytes, ...] = ()) -> None:
    with admin(mail) as client:
        for raw in raws:
            client.append(folder, raw, flags=flags)


def flags_by_message_id(mail: MailSystem, folder: str) -> dict[str, tuple[bytes, ...]]:
    with admin(mail) as client:
        client.select_folder(folder, readonly=True)
        data = client.fetch(
            client.search("ALL"), ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]
        )
    out: dict[str, tuple[bytes, ...]] = {}
    for item in data.values():
        header = item[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().strip()
        out[header.split(":", 1)[1].strip()] = item[b"FLAGS"]
    return out


def uidvalidity(mail: MailSystem, folder: str) -> int:
    with admin(mail) as client:
        return int(client.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])


@pytest.mark.mailservers
def test_imap_fetches_appended_once_then_only_new(
    mail_system: MailSystem, folder: str, inbox: ImapInbox
) -> None:
    store = MemoryCursorStore()
    when = datetime(2026, 10, 5, 10, 0, 7, tzinfo=timezone(timedelta(hours=2)))
    with admin(mail_system) as client:
        for n in range(3):
            client.append(folder, message("once", n), msg_time=when)
    first = drain(inbox, store)
    assert [f.raw for f in first] == [message("once", n) for n in range(3)]
    uids = [f.uid for f in first if f.uid is not None]
    assert len(uids) == 3 and uids == sorted(uids)
    assert all(f.mailbox == f"imap:{PRACTITIONER}@{mail_system.host}:{folder}" for f in first)
    assert all(f.received_at == when and f.received_at.tzinfo is UTC for f in first)
    assert store.get_cursor(inbox.mailbox) == (uidvalidity(mail_system, folder), first[-1].uid)

    assert drain(inbox, store) == []  # "UID n+1:*" returns the last message: filtered out

    append(mail_system, folder, [message("once", 3), message("once", 4)])
    later = drain(inbox, store)
    assert [f.raw for f in later] == [message("once", 3), message("once", 4)]
    assert all(f.uid is not None and f.uid > (first[-1].uid or 0) for f in later)


@pytest.mark.mailservers
def test_imap_unread_mail_stays_unread(
    mail_system: MailSystem, folder: str, inbox: ImapInbox
) -> None:
    append(mail_system, folder, [message("unread", 1)])
    append(mail_system, folder, [message("unread", 2)], flags=(b"\\Seen",))
    assert len(drain(inbox, MemoryCursorStore())) == 2
    flags = flags_by_message_id(mail_system, folder)
    assert b"\\Seen" not in flags["<unread.1@example.org>"]
    assert b"\\Seen" in flags["<unread.2@example.org>"]


@pytest.mark.mailservers
def test_imap_yields_batches_and_saves_progress_after_each(
    mail_system: MailSystem, folder: str
) -> None:
    append(mail_system, folder, [message("batch", n) for n in range(5)])
    store = MemoryCursorStore()
    with ImapInbox(settings(mail_system, folder, batch_size=2)) as box:
        sizes = []
        for batch in box.fetch_new(store):
            sizes.append(len(batch))
            saved = store.get_cursor(box.mailbox)
            # While the caller holds a batch, the cursor stops before it.
            assert batch[0].uid is not None
            assert saved is None or saved[1] < batch[0].uid
        assert sizes == [2, 2, 1]


@pytest.mark.mailservers
def test_imap_crash_mid_iteration_refetches_the_batch(mail_system: MailSystem, folder: str) -> None:
    append(mail_system, folder, [message("crash", n) for n in range(5)])
    store = MemoryCursorStore()
    with ImapInbox(settings(mail_system, folder, batch_size=2)) as box:
        for batch in box.fetch_new(store):
            first = batch
            break  # crashed while processing: the generator is never resumed
        assert store.get_cursor(box.mailbox) is None
    with ImapInbox(settings(mail_system, folder, batch_size=2)) as box:
        again = drain(box, store)
    assert [f.raw for f in again[:2]] == [f.raw for f in first]
    assert len(again) == 5


@pytest.mark.mailservers
def test_imap_new_uidvalidity_rescans_whole_folder(
    mail_system: MailSystem, folder: str, inbox: ImapInbox, caplog: pytest.LogCaptureFixture
) -> None:
    raws = [message("uv", n) for n in range(3)]
    append(mail_system, folder, raws)
    store = MemoryCursorStore()
    assert [f.raw for f in drain(inbox, store)] == raws
    old = store.get_cursor(inbox.mailbox)
    assert old is not None

    # Deleted and recreated while our connection has it selected: new UIDVALIDITY.
    with admin(mail_system) as client:
        client.delete_folder(folder)
        client.create_folder(folder)
    append(mail_system, folder, raws)
    new_validity = uidvalidity(mail_system, folder)
    assert new_validity != old[0]

    with caplog.at_level(logging.INFO, logger="carecall_mail.transports.inbound"):
        again = drain(inbox, store)
    assert [f.raw for f in again] == raws  # the same messages again: the reply log dedupes
    assert store.get_cursor(inbox.mailbox) == (new_validity, again[-1].uid)
    assert any(getattr(r, "event", None) == "imap.uidvalidity_changed" for r in caplog.records)
    assert drain(inbox, store) == []


@pytest.mark.mailservers
def test_imap_move_to_moves_processed_messages(mail_system: MailSystem, folder: str) -> None:
    done = f"{folder}-done"
    append(mail_system, folder, [message("move", n) for n in range(3)])
    store = MemoryCursorStore()
    with ImapInbox(settings(mail_system, folder, move_to=done, batch_size=2)) as box:
        batches = box.fetch_new(store)
        next(batches)
        with admin(mail_system) as client:
            # Nothing moves before the caller has processed the batch.
            client.select_folder(folder, readonly=True)
            assert len(client.search("ALL")) == 3
        for _ in batches:
            pass
        assert drain(box, store) == []
    with admin(mail_system) as client:
        client.select_folder(folder, readonly=True)
        assert client.search("ALL") == []
    moved = flags_by_message_id(mail_system, done)
    assert sorted(moved) == [f"<move.{n}@example.org>" for n in range(3)]
    assert all(b"\\Seen" not in flags for flags in moved.values())


@pytest.mark.mailservers
@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_imap_tls_verifies_against_ca_file(
    mail_system: MailSystem, folder: str, security: str
) -> None:
    port = mail_system.imaps_port if security == "tls" else mail_system.imap_port
    append(mail_system, folder, [message(security)])
    with ImapInbox(settings(mail_system, folder, security=security, port=port)) as box:
        assert [f.raw for f in drain(box, MemoryCursorStore())] == [message(security)]


@pytest.mark.mailservers
@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_imap_wrong_ca_file_fails(
    mail_system: MailSystem, folder: str, security: str, tmp_path: Path
) -> None:
    other_ca = make_tls_files(tmp_path / "other").ca_file
    port = mail_system.imaps_port if security == "tls" else mail_system.imap_port
    config = settings(mail_system, folder, security=security, port=port, ca_file=other_ca)
    with ImapInbox(config, sleep=lambda _: None) as box, pytest.raises(InboxError) as info:
        drain(box, MemoryCursorStore())
    text = str(info.value)
    assert "certificate" in text
    assert mail_system.host in text and folder in text
    assert isinstance(info.value.__cause__, ssl.SSLCertVerificationError)


@pytest.mark.mailservers
def test_imap_missing_ca_file_fails(mail_system: MailSystem, folder: str, tmp_path: Path) -> None:
    config = settings(mail_system, folder, ca_file=tmp_path / "nope.pem")
    with ImapInbox(config) as box, pytest.raises(InboxError, match="ca_file"):
        drain(box, MemoryCursorStore())


@pytest.mark.mailservers
def test_imap_wrong_password_fails_without_echoing_it(
    mail_system: MailSystem, folder: str, caplog: pytest.LogCaptureFixture
) -> None:
    wrong = "wrong-Pa55word-xyzzy"
    attempts: list[float] = []
    config = settings(mail_system, folder, password=wrong)
    assert wrong not in repr(config)
    with (
        caplog.at_level(logging.DEBUG),
        ImapInbox(config, sleep=attempts.append) as box,
        pytest.raises(InboxError) as info,
    ):
        drain(box, MemoryCursorStore())
    assert "login" in str(info.value)
    assert mail_system.host in str(info.value) and folder in str(info.value)
    assert wrong not in str(info.value)
    assert wrong not in caplog.text
    assert attempts == []  # a refused login is not retried


@pytest.mark.mailservers
def test_imap_missing_folder_fails(mail_system: MailSystem) -> None:
    with (
        ImapInbox(settings(mail_system, "no-such-folder")) as box,
        pytest.raises(InboxError, match="no-such-folder"),
    ):
        drain(box, MemoryCursorStore())


@pytest.mark.mailservers
def test_imap_plaintext_only_on_localhost(mail_system: MailSystem, folder: str) -> None:
    with pytest.raises(InboxError, match="localhost"):
        settings(mail_system, folder, host="imap.example.org", security="none")
    append(mail_system, folder, [message("plain")])
    config = settings(mail_system, folder, security="none", port=mail_system.imap_port)
    with ImapInbox(config) as box:
        assert [f.raw for f in drain(box, MemoryCursorStore())] == [message("plain")]


@pytest.mark.mailservers
def test_imap_reconnects_after_connection_loss(
    mail_system: MailSystem, folder: str, inbox: ImapInbox, caplog: pytest.LogCaptureFixture
) -> None:
    store = MemoryCursorStore()
    append(mail_system, folder, [message("re", 1)])
    assert len(drain(inbox, store)) == 1
    mail_system.doveadm("kick", PRACTITIONER)  # the server drops every session of the user
    append(mail_system, folder, [message("re", 2)])
    with caplog.at_level(logging.INFO, logger="carecall_mail.transports.inbound"):
        assert [f.raw for f in drain(inbox, store)] == [message("re", 2)]
    assert any(getattr(r, "event", None) == "imap.reconnect" for r in caplog.records)


@pytest.mark.mailservers
def test_imap_gives_up_after_bounded_attempts(mail_system: MailSystem, folder: str) -> None:
    (closed_port,) = free_ports(1)
    delays: list[float] = []
    config = settings(mail_system, folder, port=closed_port)
    with (
        ImapInbox(config, max_attempts=4, sleep=delays.append) as box,
        pytest.raises(InboxError, match="after 4 attempts"),
    ):
        drain(box, MemoryCursorStore())
    assert delays == [1.0, 2.0]  # first retry at once, then exponential backoff


@pytest.mark.mailservers
def test_imap_idle_wakes_on_append(mail_system: MailSystem, folder: str) -> None:
    store = MemoryCursorStore()
    with ImapInbox(settings(mail_system, folder, idle=True)) as box:
        drain(box, store)
        timer = threading.Timer(0.5, append, (mail_system, folder, [message("idle")]))
        started = time.monotonic()
        timer.start()
        try:
            assert box.wait_for_new(20.0) is True
        finally:
            timer.join(10)
        # Not a speed check: returning before its own 20 s timeout means the append woke it.
        assert time.monotonic() - started < 20.0
        assert [f.raw for f in drain(box, store)] == [message("idle")]


@pytest.mark.mailservers
def test_imap_idle_times_out_when_nothing_arrives(mail_system: MailSystem, folder: str) -> None:
    with ImapInbox(settings(mail_system, folder, idle=True)) as box:
        drain(box, MemoryCursorStore())
        started = time.monotonic()
        assert box.wait_for_new(1.0) is False
        assert time.monotonic() - started >= 0.9  # it waited; a hang is the test timeout's
        # The connection is still usable after leaving IDLE.
        assert drain(box, MemoryCursorStore()) == []


@pytest.mark.mailservers
def test_imap_wait_sees_mail_that_arrived_before_idle(mail_system: MailSystem, folder: str) -> None:
    store = MemoryCursorStore()
    with ImapInbox(settings(mail_system, folder, idle=True)) as box:
        drain(box, store)
        append(mail_system, folder, [message("gap")])
        started = time.monotonic()
        assert box.wait_for_new(10.0) is True
        # Before its own timeout: it saw the mail already there (IDLE would not report it).
        assert time.monotonic() - started < 10.0


@pytest.mark.mailservers
def test_imap_reconnect_mid_pass_does_not_leave_a_stale_uidnext(
    mail_system: MailSystem, folder: str
) -> None:
    """The SELECT of a reconnect inside one pass says nothing about the next pass."""
    store = MemoryCursorStore()
    append(mail_system, folder, [message("stale", 1), message("stale", 2)])
    with ImapInbox(settings(mail_system, folder, batch_size=1)) as box:
        got = []
        for batch in box.fetch_new(store):
            got.extend(batch)
            if len(got) == 1:
                mail_system.doveadm("kick", PRACTITIONER)  # the next FETCH reconnects
        assert len(got) == 2
        append(mail_system, folder, [message("stale", 3)])
        assert [f.raw for f in drain(box, store)] == [message("stale", 3)]


@pytest.mark.mailservers
def test_imap_wait_without_idle_polls_with_noop(mail_system: MailSystem, folder: str) -> None:
    store = MemoryCursorStore()
    naps: list[float] = []

    def nap(seconds: float) -> None:
        naps.append(seconds)
        if len(naps) == 1:
            append(mail_system, folder, [message("noop")])

    with ImapInbox(settings(mail_system, folder, idle=False), sleep=nap) as box:
        drain(box, store)
        assert box.wait_for_new(30.0) is True
        assert len(naps) == 1


@pytest.mark.mailservers
def test_imap_idle_returns_at_once_when_the_server_hangs_up(
    mail_system: MailSystem, folder: str
) -> None:
    store = MemoryCursorStore()
    append(mail_system, folder, [message("bye", 1)])
    with ImapInbox(settings(mail_system, folder, idle=True)) as box:
        drain(box, store)
        timer = threading.Timer(0.5, mail_system.doveadm, ("kick", PRACTITIONER))
        started = time.monotonic()
        timer.start()
        try:
            # True means "fetch now": the next pass reconnects and catches up.
            assert box.wait_for_new(20.0) is True
        finally:
            timer.join(10)
        assert time.monotonic() - started < 20.0  # before its own timeout: the hang-up ended it
        append(mail_system, folder, [message("bye", 2)])
        assert [f.raw for f in drain(box, store)] == [message("bye", 2)]


@pytest.mark.mailservers
def test_imap_idle_is_reissued_and_still_wakes(
    mail_system: MailSystem, folder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """RFC 2177 §3: IDLE is renewed before the server's 30-minute timeout (here: 0.3 s)."""
    monkeypatch.setattr(inbox_module, "IDLE_RENEW_SECONDS", 0.3)
    with ImapInbox(settings(mail_system, folder, idle=True)) as box:
        drain(box, MemoryCursorStore())
        assert box.wait_for_new(1.0) is False  # three renewals, nothing new
        timer = threading.Timer(0.8, append, (mail_system, folder, [message("renew")]))
        timer.start()
        try:
            assert box.wait_for_new(10.0) is True
        finally:
            timer.join(10)


def test_the_maildir_inbox_and_its_state_are_the_owners_only(tmp_path: Path) -> None:
    import stat

    box = tmp_path / "var" / "inbox"
    (tmp_path / "var").mkdir()
    with MaildirInbox(box) as inbox:
        store = MemoryCursorStore()
        for _batch in inbox.fetch_new(store):
            pass
    assert stat.S_IMODE(box.stat().st_mode) == 0o700
    state = box / "carecall-processed"
    assert state.exists() and stat.S_IMODE(state.stat().st_mode) == 0o600
