"""Two inbox passes at once, in two real processes, send nothing twice (issue 12 item 5).

The worker and a manual `carecall fetch` used to run side by side: the second pass
took the first one's fresh alert claims for claims an earlier pass failed to send,
and sent every flagged reply's alert twice.
"""

from __future__ import annotations

import email
import email.policy
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from practice import REPO, Practice
from smtp_fault_server import FAULT_PASSWORD, FAULT_USER, FaultSMTPServer

SMTP_ENV = "CARECALL_TEST_SMTP_PASSWORD"
MAILDIR_OUT = "  transport: maildir               # embedded default: var/outbox is a Maildir\n"

NOW = "2026-12-22T10:30:00+01:00"  # in the winter break: alerts, auto-replies, forwards
CLIENTS = [
    "maria@example.org",  # emergency: her mails are forwarded too
    "jonas@example.org",
    "lena@example.org",  # emergency
    "tom.baker@example.com",
    "sofia.russo@example.it",
    "peter.novak@example.net",
]
MAILS = 150  # a batch is 200: enough that one pass is still sending when the other starts


EMERGENCY = ("maria@example.org", "lena@example.org")


def reply(n: int, sender: str) -> bytes:
    # A concern raises an alert; an emergency client's untroubled mail is forwarded.
    if sender in EMERGENCY:
        text = f"Should I keep taking the globules over the holidays? Could you call me? ({n})"
    else:
        text = f"Much better, but terrible headaches since the drops ({n})."
    return (
        f"From: {sender}\r\n"
        "To: Ana Field <ana@fieldpractice.example>\r\n"
        f"Subject: Re: Thinking of you {n}\r\n"
        f"Message-ID: <two-passes-{n}@example.org>\r\n"
        "Date: Tue, 22 Dec 2026 09:00:00 +0100\r\n"
        "\r\n"
        f"{text}\r\n"
    ).encode()


# A real SMTP server that takes 50 ms a message: the first pass is still sending its
# alerts and forwards (about 8 s) when the second one starts and ends.
@pytest.mark.parametrize("fault_smtp", [{"data_delay": 0.05}], indirect=True)
def test_two_fetch_processes_at_once_send_each_alert_autoreply_and_forward_once(
    tmp_path: Path, fault_smtp: FaultSMTPServer
) -> None:
    practice = Practice(tmp_path / "practice")
    practice.replace(
        "config/practice.yaml",
        MAILDIR_OUT,
        "  transport: smtp\n"
        "  host: 127.0.0.1\n"
        f"  port: {fault_smtp.port}\n"
        "  security: starttls\n"
        f"  username: {FAULT_USER}\n"
        f"  password_env: {SMTP_ENV}\n"
        f"  ca_file: {fault_smtp.ca_file}\n",
    )
    # Without the practitioner's own words, which no reply here uses: matching them makes
    # each process (a pass and its parse child) load simplemma's seven dictionaries,
    # ~10 s of CPU before the first reply is read, and this test is about two passes.
    practice.replace("config/practice.yaml", "flag_words: [dizzy, rash]", "flag_words: []")
    new = practice.root / "var" / "inbox" / "new"
    new.mkdir(parents=True)
    for n in range(MAILS):
        (new / f"17000{n:05d}.M{n}.host").write_bytes(reply(n, CLIENTS[n % len(CLIENTS)]))

    command = [sys.executable, "-m", "carecall_mail", "fetch", "-c", str(practice.config)]
    env = {**os.environ, SMTP_ENV: FAULT_PASSWORD}

    def start() -> subprocess.Popen[str]:
        return subprocess.Popen(
            [*command, "--now", NOW],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    passes = [start()]
    # The second starts once the first has committed its batch and is sending: the
    # claims it made are then in the ledger, not yet marked sent.
    fault_smtp.wait_for_transactions(3, timeout=60)
    passes.append(start())
    outputs = [p.communicate(timeout=240) for p in passes]
    assert [p.returncode for p in passes] == [0, 0], outputs
    recorded = sorted(int(out.split(" recorded", 1)[0].split(", ")[-1]) for out, _ in outputs)
    assert recorded == [0, MAILS]  # one pass recorded them all; the other found them known

    sent = [
        email.message_from_bytes(t.data, policy=email.policy.default) for t in fault_smtp.messages
    ]
    alerts = Counter(str(m["References"]) for m in sent if m["X-CareCall-Mail"] == "alert")
    forwards = Counter(str(m["References"]) for m in sent if m["X-CareCall-Mail"] == "forward")
    autoreplies = Counter(
        m["To"].addresses[0].addr_spec
        for m in sent
        if str(m["Auto-Submitted"] or "").startswith("auto-replied")
    )
    emergency = {n for n in range(MAILS) if CLIENTS[n % len(CLIENTS)] in EMERGENCY}
    # Every flagged reply has its alert, and only one.
    assert set(alerts) == {f"<two-passes-{n}@example.org>" for n in set(range(MAILS)) - emergency}
    assert max(alerts.values()) == 1, [k for k, v in alerts.items() if v > 1][:5]
    # The emergency clients' mails are forwarded, each once.
    assert set(forwards) == {f"<two-passes-{n}@example.org>" for n in emergency}
    assert max(forwards.values()) == 1, [k for k, v in forwards.items() if v > 1][:5]
    # One holiday auto-reply per sender per break (RFC 5230 §4.2).
    assert autoreplies and max(autoreplies.values()) == 1, autoreplies
