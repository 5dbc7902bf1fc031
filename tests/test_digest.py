"""The practitioner's daily digest, on a real ledger with a Maildir outbox."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from practice import InboxDesk, Practice, plain_text, raw_mail, read_messages

from carecall_mail.config.loading import load_config
from carecall_mail.config.schema import Config
from carecall_mail.core.planner import plan
from carecall_mail.jobs.digest import build_digest, digest_due, send_digest
from carecall_mail.store.memory import MemoryStore
from carecall_mail.store.records import QueueItem, ReplyRecord
from carecall_mail.store.sqlite import Ledger
from carecall_mail.transports.outbound import MaildirTransport

ZURICH = ZoneInfo("Europe/Zurich")
ANA = "ana@fieldpractice.example"
ANA_MOBILE = "ana.mobile@fieldpractice.example"


def zurich(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZURICH)


_ids = iter(range(1, 1_000_000))


@dataclass
class Desk:
    config: Config
    ledger: Ledger
    outbox: Path

    def record(
        self,
        at: str,
        client: str | None,
        kind: str = "reply",
        text: str = "",
        *,
        flagged: bool = False,
        urgency: str | None = None,
        reasons: tuple[str, ...] = (),
        subject: str = "Re: How are you?",
        bounced: tuple[str, ...] = (),
        permanent: bool = False,
        from_addr: str | None = None,
        store: MemoryStore | None = None,
    ) -> None:
        when = zurich(at)
        found = self.config.client(client) if client else None
        assert (store or self.ledger).record_reply(
            ReplyRecord(
                message_id=f"r{next(_ids)}@mail.example.org",
                received_at=when,
                from_addr=from_addr or (found.email if found else "someone@example.net"),
                client_id=client,
                in_reply_to=None,
                kind=kind,
                text=text,
                subject=subject,
                flagged=flagged,
                urgency=urgency or "none",
                reasons=reasons,
                bounced=bounced,
                permanent=permanent,
            ),
            when,
        )

    def send(self, at: str, outbox: Path | None = None) -> bool:
        transport = MaildirTransport(outbox or self.outbox)
        return asyncio.run(send_digest(self.config, self.ledger, transport, zurich(at)))

    def sent(self) -> list[EmailMessage]:
        return read_messages(self.outbox / "new")


body = plain_text


def make_desk(root: Path, edit: tuple[str, str] | None = None) -> Desk:
    practice = Practice(root)
    if edit:
        practice.replace("config/practice.yaml", *edit)
    config = load_config(practice.config)
    ledger = Ledger.open(root / "var" / "ledger.sqlite3", message_id_domain="fieldpractice.example")
    return Desk(config, ledger, root / "outbox")


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = make_desk(tmp_path)
    try:
        yield d
    finally:
        d.ledger.close()


# ---------------------------------------------------------------- when


def test_due_at_the_configured_time_once_a_local_day(desk: Desk) -> None:
    config, ledger = desk.config, desk.ledger
    assert config.practice.digest.at.hour == 18
    assert not digest_due(config, ledger, zurich("2026-11-20T17:59"))
    assert digest_due(config, ledger, zurich("2026-11-20T18:00"))
    desk.record("2026-11-20T10:00", "c-002", text="All good here.")
    assert desk.send("2026-11-20T18:00")
    assert not digest_due(config, ledger, zurich("2026-11-20T18:01"))
    assert not digest_due(config, ledger, zurich("2026-11-20T23:59"))
    assert not desk.send("2026-11-20T23:59")  # not twice the same day
    assert not digest_due(config, ledger, zurich("2026-11-21T17:59"))
    assert digest_due(config, ledger, zurich("2026-11-21T18:00"))
    # 17:30 UTC is 18:30 in Zurich: the practice's zone decides.
    assert digest_due(config, ledger, datetime.fromisoformat("2026-11-21T17:30:00+00:00"))
    assert len(desk.sent()) == 1


def test_disabled_digest_is_never_due(tmp_path: Path) -> None:
    desk = make_desk(tmp_path, ('digest: {at: "18:00"}', 'digest: {enabled: false, at: "18:00"}'))
    try:
        assert not digest_due(desk.config, desk.ledger, zurich("2026-11-20T19:00"))
        assert not desk.send("2026-11-20T19:00")
        assert desk.sent() == []
    finally:
        desk.ledger.close()


# ---------------------------------------------------------------- what


def test_full_digest_flagged_first_then_replies_optouts_bounces_failures_and_plan(
    desk: Desk,
) -> None:
    desk.record("2026-11-20T08:00", "c-002", text="Work is going well, thank you.")
    desk.record(
        "2026-11-20T09:30",
        "c-001",
        text="Since the new drops I have a rash and feel dizzy.",
        flagged=True,
        urgency="concern",
        reasons=("concern: rash", "concern: dizzy"),
    )
    desk.record("2026-11-20T10:00", "c-005", "optout", "Please remove me.", subject="stop")
    desk.record(
        "2026-11-20T11:00",
        "c-004",
        "bounce",
        bounced=("tom.baker@example.com",),
        permanent=True,
        from_addr="mailer-daemon@mx.example.com",
    )
    desk.record("2026-11-20T12:00", "c-007", "autoreply", "I am out of the office.")
    queued_at = zurich("2026-11-20T09:00")
    desk.ledger.enqueue(
        [QueueItem("checkin:c-008:2024-11-25:two-years", "checkin", "c-008", "x", queued_at, "t")],
        queued_at,
    )
    assert desk.ledger.claim_due(queued_at, 10)
    desk.ledger.mark_failed(
        "checkin:c-008:2024-11-25:two-years", "550 5.1.1 mailbox unavailable", 550, queued_at
    )

    now = zurich("2026-11-20T18:00")
    assert desk.send("2026-11-20T18:00")
    (digest,) = desk.sent()
    assert digest["To"].addresses[0].addr_spec == ANA
    assert digest["Auto-Submitted"] == "auto-generated"
    subject = digest["Subject"]
    assert subject == "CareCall digest 20 November: 2 replies, 1 flagged"
    text = body(digest)
    flagged_at = text.index("Needs your attention (concern) (1)")
    replies_at = text.index("Replies (1)")
    assert flagged_at < text.index("rash and feel dizzy") < replies_at
    assert replies_at < text.index("Work is going well")
    assert "Flagged: rash, dizzy (concern)" in text
    assert "Crisis" not in text  # no empty section
    assert "Maria Keller (c-001) [emergency]" in text
    assert "Sofia Russo (c-005)" in text[text.index("Opt-outs") :]
    bounces = text[text.index("Bounces (1)") :]
    assert "tom.baker@example.com (c-004)" in bounces and "permanent" in bounces
    failures = text[text.index("Failed sends (1)") :]
    assert "checkin to c-008" in failures and "550 5.1.1 mailbox unavailable" in failures
    assert "1 automatic replies" in text
    assert "I am out of the office" not in text  # auto-replies are counted, not shown
    planned = [p for p in plan(desk.config, desk.ledger.view(), now, horizon=timedelta(days=7))]
    planned = [p for p in planned if p.skip_reason is None]
    assert planned, "the example practice has something planned in the week after 20 Nov"
    section = text[text.index(f"Planned for the next 7 days ({len(planned)})") :]
    for p in planned:
        assert f"{p.kind:<14} {p.client_id}" in section


def test_crisis_first_then_concern_then_the_rest_each_under_its_heading(desk: Desk) -> None:
    desk.record("2026-11-20T08:00", "c-002", text="all good thanks")
    desk.record(
        "2026-11-20T09:00",
        "c-001",
        text="terrible headaches since the drops",
        urgency="concern",
        reasons=("concern: headache",),
    )
    desk.record(
        "2026-11-20T10:00",
        "c-005",
        text="I want to die",
        urgency="crisis",
        reasons=("crisis: want to die",),
    )
    assert desk.send("2026-11-20T18:00")
    (digest,) = desk.sent()
    # The level's name stays off the subject, which a lock screen shows.
    assert digest["Subject"] == "CareCall digest 20 November: 3 replies, 2 flagged (1 urgent)"
    assert "crisis" not in digest["Subject"].lower()
    text = body(digest)
    crisis_at = text.index("Crisis: a risk to life or safety (you were alerted at once) (1)")
    concern_at = text.index("Needs your attention (concern) (1)")
    replies_at = text.index("Replies (1)")
    assert crisis_at < text.index("I want to die") < concern_at
    assert concern_at < text.index("terrible headaches") < replies_at < text.index("all good")
    assert "Flagged: want to die (crisis)" in text


def test_urgent_only_digest_in_a_break_lists_crisis_then_concern_then_emergency(
    desk: Desk,
) -> None:
    desk.record("2026-12-22T08:00", "c-003", text="Lena: could you call me?")  # emergency client
    desk.record(
        "2026-12-22T09:00",
        "c-002",
        text="terrible headaches since the drops",
        urgency="concern",
        reasons=("concern: headache",),
    )
    desk.record(
        "2026-12-22T10:00",
        "c-002",
        text="I want to die",
        urgency="crisis",
        reasons=("crisis: want to die",),
    )
    assert desk.send("2026-12-22T18:00")
    (urgent,) = desk.sent()
    text = body(urgent)
    assert (
        text.index("Crisis: a risk to life")
        < text.index("I want to die")
        < text.index("Needs your attention (concern)")
        < text.index("terrible headaches")
        < text.index("From your emergency clients (1)")
        < text.index("Lena: could you call me?")
    )


def test_next_digest_has_only_what_is_new(desk: Desk) -> None:
    desk.record("2026-11-20T08:00", "c-002", text="First day text.")
    assert desk.send("2026-11-20T18:00")
    desk.record("2026-11-21T08:00", "c-001", text="Second day text.")
    assert desk.send("2026-11-21T18:05")
    first, second = desk.sent()
    assert "First day text." in body(first)
    assert "Second day text." in body(second)
    assert "First day text." not in body(second)


def test_the_digest_keeps_its_place_in_digest_state_not_in_the_cursors(desk: Desk) -> None:
    desk.ledger.set_cursor("imap:INBOX", 7, 3, zurich("2026-11-19T08:00"))
    desk.record("2026-11-20T08:00", "c-002", text="First day text.")
    assert desk.send("2026-11-20T18:00")
    mark = desk.ledger.digest_state("digest:full")
    assert mark is not None
    assert mark.at == zurich("2026-11-20T18:00")
    assert mark.last_reply_id == max(r.id for r in desk.ledger.replies())
    # The inbox cursors are as they were, and the digest wrote none of its own.
    assert desk.ledger.get_cursor("imap:INBOX") == (7, 3)
    assert desk.ledger.get_cursor("digest:full") is None
    assert desk.ledger.get_cursor("digest:urgent") is None
    # Its place survives a reopen: the next digest starts after it.
    desk.ledger.close()
    desk.ledger = Ledger.open(desk.ledger.path, message_id_domain="fieldpractice.example")
    desk.record("2026-11-21T08:00", "c-001", text="Second day text.")
    assert desk.send("2026-11-21T18:05")
    assert "First day text." not in body(desk.sent()[-1])


def test_a_digest_runs_on_the_memory_store_through_its_roles(desk: Desk) -> None:
    store = MemoryStore(clock=lambda: zurich("2026-11-20T08:00"))
    desk.record("2026-11-20T08:00", "c-002", text="Memory day text.", store=store)
    assert desk.ledger.replies() == []  # recorded in the memory store only
    transport = MaildirTransport(desk.outbox)
    assert asyncio.run(send_digest(desk.config, store, transport, zurich("2026-11-20T18:00")))
    assert "Memory day text." in body(desk.sent()[-1])
    mark = store.digest_state("digest:full")
    assert mark is not None and mark.last_reply_id == store.replies()[-1].id
    assert store.get_cursor("digest:full") is None


def test_a_quiet_day_sends_nothing_and_is_done(desk: Desk) -> None:
    # June 2030: no replies, no failures, nothing planned for the example practice.
    now = zurich("2030-06-10T18:00")
    assert build_digest(desk.config, desk.ledger, now) is None
    assert not desk.send("2030-06-10T18:00")
    assert desk.sent() == []
    assert not digest_due(desk.config, desk.ledger, now + timedelta(minutes=1))


def test_subject_never_carries_client_text(desk: Desk) -> None:
    desk.record(
        "2026-11-20T08:00",
        "c-002",
        text="my therapy is going badly",
        subject="therapy",
        flagged=True,
        reasons=("concern: badly",),
    )
    assert desk.send("2026-11-20T18:00")
    (digest,) = desk.sent()
    assert "therapy" not in digest["Subject"].lower()
    assert "my therapy is going badly" in body(digest)


def test_a_digest_the_transport_did_not_take_is_tried_again(desk: Desk, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.write_text("not a Maildir\n")
    desk.record("2026-11-20T08:00", "c-002", text="Hello from Jonas.")
    assert not desk.send("2026-11-20T18:00", outbox=broken)
    assert digest_due(desk.config, desk.ledger, zurich("2026-11-20T18:01"))
    assert desk.send("2026-11-20T18:01")
    (digest,) = desk.sent()
    assert "Hello from Jonas." in body(digest)


# ---------------------------------------------------------------- during a break


def test_paused_in_a_break_except_urgent_items_to_the_emergency_address(desk: Desk) -> None:
    desk.record("2026-12-19T09:00", "c-002", text="Before the break.")
    assert desk.send("2026-12-19T18:00")  # the last full digest before leaving

    desk.record("2026-12-21T09:00", "c-002", text="Ordinary news from Jonas.")
    assert not desk.send("2026-12-21T18:00")  # nothing urgent: nothing sent
    assert not digest_due(desk.config, desk.ledger, zurich("2026-12-21T19:00"))

    desk.record("2026-12-22T08:00", "c-003", text="Lena: I need to talk to you.")
    desk.record(
        "2026-12-22T09:00",
        "c-002",
        text="Jonas: the pain is back.",
        flagged=True,
        reasons=("concern: pain",),
    )
    desk.record("2026-12-22T10:00", "c-002", text="Jonas: and the weather is nice.")
    assert desk.send("2026-12-22T18:00")
    before, urgent = desk.sent()
    assert "Before the break." in body(before)
    assert urgent["To"].addresses[0].addr_spec == ANA_MOBILE
    assert urgent["Subject"] == "CareCall urgent only 22 December: 2 messages"
    text = body(urgent)
    assert text.index("Jonas: the pain is back.") < text.index("Lena: I need to talk to you.")
    assert "weather is nice" not in text
    assert "Ordinary news from Jonas." not in text

    assert not desk.send("2026-12-23T18:00")  # nothing new that is urgent
    assert len(desk.sent()) == 2

    # Back on 5 January: one full digest with everything from the break.
    assert desk.send("2027-01-05T18:00")
    back = desk.sent()[-1]
    assert back["To"].addresses[0].addr_spec == ANA
    text = body(back)
    for line in (
        "Ordinary news from Jonas.",
        "Lena: I need to talk to you.",
        "Jonas: the pain is back.",
        "Jonas: and the weather is nice.",
    ):
        assert line in text
    assert "Before the break." not in text
    assert text.index("Jonas: the pain is back.") < text.index("Ordinary news from Jonas.")


def test_urgent_digest_goes_to_the_main_address_without_emergency_email(tmp_path: Path) -> None:
    line = "  emergency_email: ana.mobile@fieldpractice.example   # holiday escalations go here\n"
    desk = make_desk(tmp_path, (line, ""))
    try:
        desk.record("2026-12-22T08:00", "c-003", text="Lena writes.")
        assert desk.send("2026-12-22T18:00")
        (urgent,) = desk.sent()
        assert urgent["To"].addresses[0].addr_spec == ANA
    finally:
        desk.ledger.close()


def test_logs_carry_counts_never_client_text(desk: Desk, caplog: pytest.LogCaptureFixture) -> None:
    secret = "the secret a client told"
    desk.record("2026-11-20T08:00", "c-002", text=secret, subject=secret)
    with caplog.at_level("DEBUG"):
        assert desk.send("2026-11-20T18:00")
    sent = [r for r in caplog.records if getattr(r, "event", None) == "digest.sent"]
    assert len(sent) == 1 and getattr(sent[0], "replies", None) == 1
    for record in caplog.records:
        assert secret not in str(record.__dict__)


# ---------------------------------------------------------------- our own mail coming back


def test_our_own_digest_and_alerts_coming_back_to_the_inbox_make_no_digest(
    inbox_desk: InboxDesk,
) -> None:
    # With IMAP the inbox is the practitioner's own mailbox: the digest and the alerts
    # we send her arrive there. Counted in the next digest, each digest made the next
    # one, every day for ever. They are recognised by our header and not logged at all.
    from carecall_mail.app.runtime import make_transport

    desk = inbox_desk
    day1 = datetime(2030, 6, 10, 9, 0, tzinfo=ZURICH)  # nothing planned in June 2030
    desk.deliver(raw_mail("jonas@example.org", "The pain is worse since Monday."))
    desk.inbox_pass(day1)
    transport = make_transport(desk.config)
    assert asyncio.run(send_digest(desk.config, desk.ledger, transport, day1.replace(hour=18)))
    ours = sorted((desk.practitioner / "new").iterdir())
    assert len(ours) == 2  # the alert and the digest
    for path in ours:
        desk.deliver(path.read_bytes())
    report, _ = desk.inbox_pass(day1.replace(hour=19))
    assert (report.recorded, report.own) == (0, 2)
    day2 = day1.replace(day=11, hour=18)
    assert build_digest(desk.config, desk.ledger, day2) is None
