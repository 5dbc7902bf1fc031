"""The inbox job against the real Dovecot of the test fixtures (IMAPS on 127.0.0.1).

The practice copy's `incoming:` is IMAP with the fixture's host, port and CA,
the password in an environment variable, and a folder of each test's own
(the session's mailboxes persist, so every message carries a unique token).
Mail is APPENDed with imapclient on a second connection, as a mail server would
deliver it; flags are read back on that connection too.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from imapclient import IMAPClient
from mailservers import PRACTITIONER, MailSystem
from practice import Practice

from carecall_mail.app.runtime import make_inbox, make_transport, open_ledger
from carecall_mail.config.loading import load_config
from carecall_mail.config.schema import Config
from carecall_mail.core.replies.parse import Reply
from carecall_mail.jobs.inbox import FetchReport, Responder, fetch_pass
from carecall_mail.store.sqlite import Ledger
from carecall_mail.transports.inbound import ImapInbox
from carecall_mail.transports.outbound import Transport

pytestmark = pytest.mark.mailservers

NOW = datetime(2026, 10, 5, 9, 30, tzinfo=UTC)
PASSWORD_ENV = "CARECALL_TEST_IMAP_PASSWORD"
JONAS = "jonas@example.org"  # c-002 in the example practice


def admin(mail: MailSystem) -> IMAPClient:
    """A second, independent connection: how mail arrives and how flags are checked."""
    client = IMAPClient(mail.host, port=mail.imaps_port, ssl_context=mail.ssl_context(), timeout=10)
    client.login(PRACTITIONER, mail.password)
    return client


@dataclass
class ImapDesk:
    mail: MailSystem
    folder: str
    config: Config
    ledger: Ledger

    def append(self, raws: list[bytes], flags: tuple[bytes, ...] = ()) -> None:
        with admin(self.mail) as client:
            for raw in raws:
                client.append(self.folder, raw, flags=flags)

    def run(
        self, inbox: ImapInbox | None = None, responders: tuple[Responder, ...] = ()
    ) -> FetchReport:
        """One pass, as `carecall fetch` does: a new connection unless one is given."""
        box = inbox or make_inbox(self.config)
        assert isinstance(box, ImapInbox)
        try:
            return fetch_pass(
                self.config,
                self.ledger,
                box,
                lambda: make_transport(self.config),
                NOW,
                responders=responders,
            )
        finally:
            if inbox is None:
                box.close()

    def flags(self) -> dict[str, tuple[bytes, ...]]:
        """Message-ID -> flags, read without changing any."""
        with admin(self.mail) as client:
            client.select_folder(self.folder, readonly=True)
            data = client.fetch(
                client.search("ALL"), ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]
            )
        out: dict[str, tuple[bytes, ...]] = {}
        for item in data.values():
            header = item[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().strip()
            out[header.split(":", 1)[1].strip().strip("<>")] = item[b"FLAGS"]
        return out

    def uidvalidity(self) -> int:
        with admin(self.mail) as client:
            return int(client.folder_status(self.folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])


@pytest.fixture
def desk(
    mail_system: MailSystem, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ImapDesk]:
    folder = f"cc-fetch-{uuid.uuid4().hex[:10]}"
    with admin(mail_system) as client:
        client.create_folder(folder)
    practice = Practice(tmp_path / "practice")
    practice.replace(
        "config/practice.yaml",
        "  transport: maildir               # embedded default: var/inbox is a Maildir\n",
        "  transport: imap\n"
        f"  host: {mail_system.host}\n"
        f"  port: {mail_system.imaps_port}\n"
        "  security: tls\n"
        f"  username: {PRACTITIONER}\n"
        f"  password_env: {PASSWORD_ENV}\n"
        f"  folder: {folder}\n"
        f"  ca_file: {mail_system.ca_file}\n"
        "  batch_size: 3\n"  # several batches, so the cursor moves between them
        "  timeout: 10\n",
    )
    monkeypatch.setenv(PASSWORD_ENV, mail_system.password)
    config = load_config(practice.config)
    ledger = open_ledger(config)
    try:
        yield ImapDesk(mail_system, folder, config, ledger)
    finally:
        ledger.close()
        with admin(mail_system) as client:
            if client.folder_exists(folder):
                client.delete_folder(folder)


def reply(token: str, n: int, body: str = "All fine here, thank you.\n") -> tuple[bytes, str]:
    mid = f"{token}-{n}@mail.example.org"
    msg = EmailMessage()
    msg["From"] = f"Jonas Meier <{JONAS}>"
    msg["To"] = f"Ana Field <{PRACTITIONER}>"
    msg["Subject"] = f"Re: How are you? {token}"
    msg["Date"] = format_datetime(NOW - timedelta(minutes=n))
    msg["Message-ID"] = f"<{mid}>"
    msg.set_content(body)
    return msg.as_bytes(), mid


def test_appended_replies_are_logged(desk: ImapDesk) -> None:
    token = uuid.uuid4().hex[:8]
    mails = [reply(token, n) for n in range(7)]
    desk.append([raw for raw, _ in mails])

    report = desk.run()

    assert (report.fetched, report.recorded, report.duplicates) == (7, 7, 0)
    rows = {r.message_id: r for r in desk.ledger.replies()}
    assert set(rows) == {mid for _, mid in mails}
    assert all(r.client_id == "c-002" and r.kind == "reply" for r in rows.values())
    assert rows[mails[0][1]].text.strip() == "All fine here, thank you."
    assert desk.run().fetched == 0  # the cursor moved: nothing is fetched again


class Crash(BaseException):
    """The worker killed mid-pass (a BaseException: nothing in the pass may swallow it)."""


class CrashOn:
    """A responder that kills the pass when it sees one Message-ID (after its batch committed)."""

    def __init__(self, message_id: str) -> None:
        self.message_id = message_id

    async def respond(self, reply: Reply, raw: bytes, transport: Transport, now: datetime) -> None:
        if reply.message_id == self.message_id:
            raise Crash


def test_a_restarted_worker_records_nothing_twice(desk: ImapDesk) -> None:
    token = uuid.uuid4().hex[:8]
    first = [reply(token, n) for n in range(6)]  # two batches of three
    desk.append([raw for raw, _ in first])
    inbox = make_inbox(desk.config)
    assert isinstance(inbox, ImapInbox)
    with inbox, pytest.raises(Crash):
        # Killed after the second batch was recorded, before its cursor was saved.
        desk.run(inbox, responders=(CrashOn(first[4][1]),))
    assert len(desk.ledger.replies()) == 6
    cursor = desk.ledger.get_cursor(inbox.mailbox)
    assert cursor is not None and cursor.last_uid == 3

    later = reply(token, 99)
    desk.append([later[0]])
    report = desk.run()  # the restarted worker: a new ImapInbox and connection, same ledger

    assert (report.fetched, report.recorded, report.duplicates) == (4, 1, 3)
    assert [r.message_id for r in desk.ledger.replies()].count(later[1]) == 1
    assert len(desk.ledger.replies()) == 7


def test_a_recreated_folder_with_a_new_uidvalidity_records_nothing_twice(desk: ImapDesk) -> None:
    token = uuid.uuid4().hex[:8]
    mails = [reply(token, n) for n in range(5)]
    desk.append([raw for raw, _ in mails])
    assert desk.run().recorded == 5
    old = desk.uidvalidity()

    with admin(desk.mail) as client:
        client.delete_folder(desk.folder)
        client.create_folder(desk.folder)
    extra = reply(token, 99)
    desk.append([raw for raw, _ in mails] + [extra[0]])
    assert desk.uidvalidity() != old

    report = desk.run()

    assert (report.fetched, report.recorded, report.duplicates) == (6, 1, 5)
    assert len(desk.ledger.replies()) == 6
    assert desk.ledger.replies()[-1].message_id == extra[1]


def test_the_practitioners_unread_mail_stays_unread(desk: ImapDesk) -> None:
    token = uuid.uuid4().hex[:8]
    unread = reply(token, 1)
    read = reply(token, 2)
    flagged = reply(token, 3, body="The pain is worse, this is urgent.\n")
    desk.append([unread[0], flagged[0]])
    desk.append([read[0]], flags=(b"\\Seen",))

    report = desk.run()

    assert report.recorded == 3
    assert report.alerts_sent == 1  # the alert goes to the Maildir outbox, not this folder
    flags = desk.flags()
    assert b"\\Seen" not in flags[unread[1]]
    assert b"\\Seen" not in flags[flagged[1]]
    assert b"\\Seen" in flags[read[1]]  # and what was read stays read
