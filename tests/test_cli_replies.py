"""The reply-log commands as a practitioner uses them: fetch, replies, consent, status."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from practice import Practice

from carecall_mail.app.cli import main

NOW = "2026-12-22T10:30:00+01:00"

REPLY = b"""From: Jonas Meier <jonas@example.org>
To: Ana Field <ana@fieldpractice.example>
Subject: Re: Thinking of you
Message-ID: <jonas-reply-1@example.org>
Date: Tue, 22 Dec 2026 09:00:00 +0100

Much better, thank you! But terrible headaches since the drops.

On Mon, 21 Dec 2026, Ana Field <ana@fieldpractice.example> wrote:
> How are you feeling? Any side effects?
"""

OPTOUT = b"""From: Tom Baker <tom.baker@example.com>
To: Ana Field <ana@fieldpractice.example>
Subject: Re: Hello
Message-ID: <tom-stop@example.com>

STOP
"""


@pytest.fixture
def practice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Practice:
    monkeypatch.chdir(tmp_path)
    return Practice(tmp_path / "practice")


def drop(practice: Practice, name: str, raw: bytes) -> None:
    new = practice.root / "var" / "inbox" / "new"
    new.mkdir(parents=True, exist_ok=True)
    (new / name).write_bytes(raw)


def run(practice: Practice, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Run one command that must succeed; its standard output."""
    code = main([*args, "-c", str(practice.config)])
    out = capsys.readouterr().out
    assert code == 0, (args, out)
    return out


def test_fetch_then_replies_as_json_csv_and_filtered(
    practice: Practice, capsys: pytest.CaptureFixture[str]
) -> None:
    drop(practice, "a.eml", REPLY)
    drop(practice, "b.eml", OPTOUT)
    out = run(practice, capsys, "fetch", "--now", NOW)
    assert "2 fetched, 2 recorded" in out

    out = run(practice, capsys, "replies", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    by_id = {r["message_id"]: r for r in rows}
    jonas = by_id["jonas-reply-1@example.org"]
    assert jonas["client"] == "c-002" and jonas["kind"] == "reply"
    assert jonas["text"] == "Much better, thank you! But terrible headaches since the drops."
    assert "side effects" not in jonas["text"]  # the quoted question is not theirs
    assert jonas["urgency"] == "concern" and jonas["flagged"] is True
    assert any(r.startswith("concern: ") for r in jonas["reasons"])
    assert by_id["tom-stop@example.com"]["urgency"] == "none"
    # A replay (--now) stamps what it reads with the replayed time.
    assert jonas["received_at"].startswith("2026-12-22T09:30:00")
    assert by_id["tom-stop@example.com"]["kind"] == "optout"

    out = run(practice, capsys, "replies", "--kind", "optout", "--json")
    assert [json.loads(line)["client"] for line in out.splitlines()] == ["c-004"]
    out = run(practice, capsys, "replies", "--flagged", "--json")
    assert [json.loads(line)["client"] for line in out.splitlines()] == ["c-002"]
    out = run(practice, capsys, "replies", "--since", "2026-12-23", "--json")
    assert out == ""
    out = run(practice, capsys, "replies", "--client", "c-002", "--csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert [row["client"] for row in table] == ["c-002"]
    assert table[0]["urgency"] == "concern"
    assert table[0]["reasons"].startswith("concern: ")

    # Fetching again records nothing twice.
    out = run(practice, capsys, "fetch", "--now", NOW)
    assert "0 recorded" in out


def test_an_optout_by_email_stops_mail_until_consent_on(
    practice: Practice, capsys: pytest.CaptureFixture[str]
) -> None:
    drop(practice, "b.eml", OPTOUT)
    run(practice, capsys, "fetch", "--now", "2026-11-20T08:00:00+01:00")
    out = run(practice, capsys, "status")
    assert "c-004: all off" in out
    # Tom's one-week check-in (last session 2026-11-10) falls on 2026-11-17+; with the
    # opt-out it is not planned at all.
    out = run(
        practice, capsys, "plan", "--json", "--now", "2026-11-20T08:00:00+01:00", "--days", "30"
    )
    assert not [
        json.loads(line) for line in out.splitlines() if json.loads(line)["client"] == "c-004"
    ]
    run(practice, capsys, "consent", "c-004", "--on")
    out = run(
        practice, capsys, "plan", "--json", "--now", "2026-11-20T08:00:00+01:00", "--days", "30"
    )
    assert [json.loads(line) for line in out.splitlines() if json.loads(line)["client"] == "c-004"]
    out = run(practice, capsys, "status")
    assert "c-004: all off" not in out


def test_consent_for_an_unknown_client_is_refused(
    practice: Practice, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["consent", "c-999", "--off", "-c", str(practice.config)])
    assert code == 1
    assert "c-999" in capsys.readouterr().err


def test_our_own_alerts_and_forwards_back_in_the_inbox_are_set_aside(
    practice: Practice, capsys: pytest.CaptureFixture[str]
) -> None:
    """When the inbox we read is the practitioner's own, our alert (and in holiday
    mode, the forward) about a flagged reply lands in it: it was logged as a client's
    auto-reply. It is recognised by the header we set, and not logged at all."""
    drop(practice, "a.eml", REPLY)
    run(practice, capsys, "fetch", "--now", NOW)
    # The alert (and, on holiday, a forward) is to the practitioner (var/practitioner);
    # the auto-reply is not (var/outbox).
    boxes = [practice.root / "var" / box for box in ("outbox", "practitioner")]
    mails = [path for box in boxes for path in box.rglob("*") if path.is_file()]
    ours = [path for path in mails if b"X-CareCall-Mail: " in path.read_bytes()]
    assert ours, "the flagged reply raised no alert to the practitioner"
    for number, path in enumerate(ours):
        drop(practice, f"ours-{number}.eml", path.read_bytes())
    # A client who copies our header into a reply is still read: their From is not ours.
    drop(
        practice,
        "copy.eml",
        REPLY.replace(b"Subject:", b"X-CareCall-Mail: alert\nSubject:").replace(
            b"jonas-reply-1@", b"jonas-reply-2@"
        ),
    )
    out = run(practice, capsys, "fetch", "--now", NOW)
    assert f"{len(ours) + 1} fetched, 1 recorded" in out
    assert f"{len(ours)} of our own set aside" in out
    rows = [json.loads(line) for line in run(practice, capsys, "replies", "--json").splitlines()]
    assert sorted(r["message_id"] for r in rows) == [
        "jonas-reply-1@example.org",
        "jonas-reply-2@example.org",
    ]
