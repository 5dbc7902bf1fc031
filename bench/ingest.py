"""How fast the inbox job ingests clients' replies from a real Dovecot, end to end.

Starts a loopback Dovecot (tests/mailservers.py), puts N realistic replies into
the practitioner's INBOX (written as Maildir files, then indexed by Dovecot:
much faster than N APPENDs), and measures in the same run, over IMAPS:

(a) CareCall: `fetch_pass` with a fresh SQLite ledger: fetch with BODY.PEEK[],
    parse, classify, match, extract the new text, record, apply effects
    (opt-outs, suspensions, alerts to the Maildir outbox);
(b) the ceiling: a bare imapclient UID FETCH of BODY.PEEK[] in batches;
(c) the naive script: the same fetch, then `email.message_from_bytes` with
    `email.policy.default` and `get_body(('plain', 'html')).get_content()`.

The mix: Gmail (plain + HTML, "On … wrote:"), Outlook (English and German
header blocks, HTML), Apple Mail (HTML only, blockquote type=cite), phones
(plain, "Sent from my iPhone"), Thunderbird (format=flowed), with a few
auto-replies, bounces, opt-outs and flagged replies; most answer a check-in
the ledger sent (In-Reply-To).

Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import email
import email.base64mime
import email.policy
import functools
import json
import logging
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from imapclient import IMAPClient  # noqa: E402
from mailservers import MAIL_SYSTEM_USER, PRACTITIONER, MailSystem, start_mail_system  # noqa: E402

from carecall_mail.app.runtime import make_inbox, make_transport  # noqa: E402
from carecall_mail.config.loading import load_config  # noqa: E402
from carecall_mail.config.schema import Config  # noqa: E402
from carecall_mail.jobs.inbox import FetchReport, fetch_pass  # noqa: E402
from carecall_mail.store.records import QueueItem  # noqa: E402
from carecall_mail.store.sqlite import Ledger  # noqa: E402
from carecall_mail.templates.compose import message_id_domain  # noqa: E402

NOW = datetime(2026, 10, 5, 9, 30, tzinfo=UTC)
CLIENTS = 500
BATCH = 200  # the `incoming.batch_size` default, used by all three
PASSWORD_ENV = "CARECALL_BENCH_IMAP_PASSWORD"

# --------------------------------------------------------------------------- messages

GREETINGS = [
    "Hi Ana,\n\nthanks for checking in. The magnesium helps a lot, I sleep through the night "
    "again and the cramps in my calves are gone. I will order a new pack next week.\n\n"
    "Best wishes,\n{name}",
    "Hallo Ana,\n\nvielen Dank der Nachfrage! Es geht mir deutlich besser, die Tropfen nehme ich "
    "jeden Morgen. Nur das Wetter drückt etwas auf die Stimmung.\n\nLiebe Grüsse\n{name}",
    "Bonjour Ana,\n\nmerci pour votre message. Tout va bien, j'ai repris le travail à mi-temps "
    "et je me sens plus en forme qu'avant.\n\nCordialement,\n{name}",
    "Ciao Ana,\n\ngrazie mille! Sto meglio, il bambino dorme di più e anch'io.\n\n{name}",
    "Hola Ana,\n\ngracias por escribir. Todo bien por aquí, seguiré con las gotas.\n\n{name}",
]
FLAGGED = (
    "Hi Ana,\n\nsince the new remedy I have a rash on my arms and the pain in my back is worse. "
    "Should I stop taking it?\n\n{name}"
)
OPTOUT = "Please remove me from your list, thank you.\n\n{name}"
QUOTED = (
    "Dear {first},\n\nit has been a week since our last session. How are you getting on with "
    "the drops? If anything has changed, or you have a question, just reply to this email.\n\n"
    "Warm regards,\nAna Field, Naturopath\nField Practice, Seestrasse 12, 8002 Zürich\n"
)


def _headers(
    name: str, addr: str, subject: str, mid: str, in_reply_to: str | None, when: datetime
) -> list[str]:
    out = [
        f"Return-Path: <{addr}>",
        "Received: from mail.example.org (mail.example.org [192.0.2.10])\r\n\tby mx."
        f"fieldpractice.example with ESMTPS id 4A1B2C3D4E; {format_datetime(when)}",
        f"From: {name} <{addr}>",
        f"To: Ana Field <{PRACTITIONER}>",
        f"Subject: {subject}",
        f"Date: {format_datetime(when)}",
        f"Message-ID: <{mid}>",
        "MIME-Version: 1.0",
    ]
    if in_reply_to:
        out += [f"In-Reply-To: {in_reply_to}", f"References: {in_reply_to}"]
    return out


def _qp(text: str) -> str:
    import quopri

    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def _html(text: str) -> str:
    return "<br>\n".join(
        line for line in text.replace("&", "&amp;").replace("<", "&lt;").split("\n")
    )


def gmail(h: list[str], body: str, first: str, when: datetime) -> str:
    quote = "\n".join("> " + line for line in QUOTED.format(first=first).split("\n"))
    on = f"On {format_datetime(when - timedelta(days=1))}, Ana Field <{PRACTITIONER}> wrote:"
    plain = f"{body}\n\n{on}\n\n{quote}\n"
    html = (
        f'<div dir="ltr">{_html(body)}</div><br><div class="gmail_quote"><div dir="ltr" '
        f'class="gmail_attr">{on}<br></div><blockquote class="gmail_quote" style="margin:0px '
        f'0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{_html(QUOTED.format(first=first))}</blockquote></div>\n"
    )
    b = "000000000000a1b2c3d4e5f6"
    return "\r\n".join(
        [
            *h,
            f'Content-Type: multipart/alternative; boundary="{b}"',
            "",
            f"--{b}",
            'Content-Type: text/plain; charset="UTF-8"',
            "Content-Transfer-Encoding: quoted-printable",
            "",
            _qp(plain),
            f"--{b}",
            'Content-Type: text/html; charset="UTF-8"',
            "Content-Transfer-Encoding: quoted-printable",
            "",
            _qp(html),
            f"--{b}--",
            "",
        ]
    )


def outlook(h: list[str], body: str, first: str, when: datetime, german: bool) -> str:
    labels = ("Von", "Gesendet", "An", "Betreff") if german else ("From", "Sent", "To", "Subject")
    block = (
        f"{labels[0]}: Ana Field <{PRACTITIONER}>\n{labels[1]}: "
        f"{format_datetime(when - timedelta(days=1))}\n{labels[2]}: {first}\n"
        f"{labels[3]}: How are you?\n\n{QUOTED.format(first=first)}"
    )
    plain = f"{body}\n\n________________________________\n{block}"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f'<body><div class="WordSection1"><p class="MsoNormal">{_html(body)}</p></div>'
        '<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%">'
        f'<font face="Calibri">{_html(block)}</font></div></body></html>'
    )
    b = "_000_AM0PR10MB2145EURP_"
    return "\r\n".join(
        [
            *h,
            "Thread-Topic: How are you?",
            "X-MS-Has-Attach:",
            f'Content-Type: multipart/alternative; boundary="{b}"',
            "",
            f"--{b}",
            'Content-Type: text/plain; charset="utf-8"',
            "Content-Transfer-Encoding: base64",
            "",
            email.base64mime.body_encode(plain.encode("utf-8")),
            f"--{b}",
            'Content-Type: text/html; charset="utf-8"',
            "Content-Transfer-Encoding: base64",
            "",
            email.base64mime.body_encode(html.encode("utf-8")),
            f"--{b}--",
            "",
        ]
    )


def apple_html(h: list[str], body: str, first: str, when: datetime) -> str:
    html = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto"><div dir="ltr">{_html(body)}</div><div dir="ltr"><br>'
        f'<blockquote type="cite">On {format_datetime(when - timedelta(days=1))}, Ana Field '
        f'&lt;{PRACTITIONER}&gt; wrote:<br><br></blockquote></div><blockquote type="cite">'
        f'<div dir="ltr">{_html(QUOTED.format(first=first))}</div></blockquote></body></html>'
    )
    return "\r\n".join(
        [*h, "Content-Type: text/html; charset=utf-8",
         "Content-Transfer-Encoding: quoted-printable", "", _qp(html), ""]
    )  # fmt: skip


def phone(h: list[str], body: str, first: str, when: datetime) -> str:
    quote = "\n".join("> " + line for line in QUOTED.format(first=first).split("\n"))
    plain = (
        f"{body}\n\nSent from my iPhone\n\n> On {when - timedelta(days=1):%d %b %Y}, at 09:00, "
        f"Ana Field <{PRACTITIONER}> wrote:\n>\n{quote}\n"
    )
    return "\r\n".join(
        [*h, "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
         plain.replace("\n", "\r\n"), ""]
    )  # fmt: skip


def thunderbird(h: list[str], body: str, first: str, when: datetime) -> str:
    quote = "\n".join("> " + line for line in QUOTED.format(first=first).split("\n"))
    plain = (
        f"{body}\n\nAm {when - timedelta(days=1):%d.%m.%Y} um 09:00 schrieb Ana Field:\n{quote}\n"
    )
    return "\r\n".join(
        [*h, "User-Agent: Mozilla/5.0 Thunderbird/115.3.1",
         "Content-Type: text/plain; charset=UTF-8; format=flowed",
         "Content-Transfer-Encoding: 8bit", "", plain.replace("\n", "\r\n"), ""]
    )  # fmt: skip


def autoreply(h: list[str], first: str) -> str:
    return "\r\n".join(
        [*h, "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
         "Content-Type: text/plain; charset=utf-8", "",
         f"I am out of the office until Monday with limited access to email. ({first})", ""]
    )  # fmt: skip


def bounce(mid: str, addr: str, when: datetime) -> str:
    b = "4A1B2C3D4E.1728119400/mx.fieldpractice.example"
    return "\r\n".join(
        [
            "From: MAILER-DAEMON@mx.fieldpractice.example (Mail Delivery System)",
            "Subject: Undelivered Mail Returned to Sender",
            f"To: {PRACTITIONER}",
            "Auto-Submitted: auto-replied",
            f"Date: {format_datetime(when)}",
            f"Message-ID: <{mid}>",
            "MIME-Version: 1.0",
            f'Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"',
            "",
            f"--{b}",
            "Content-Description: Notification",
            "Content-Type: text/plain; charset=us-ascii",
            "",
            "This is the mail system at host mx.fieldpractice.example.",
            "",
            "I'm sorry to have to inform you that your message could not",
            "be delivered to one or more recipients.",
            "",
            f"<{addr}>: host mail.example.org said: 550 5.1.1 User unknown",
            "",
            f"--{b}",
            "Content-Description: Delivery report",
            "Content-Type: message/delivery-status",
            "",
            "Reporting-MTA: dns; mx.fieldpractice.example",
            "",
            f"Final-Recipient: rfc822; {addr}",
            "Action: failed",
            "Status: 5.1.1",
            "Diagnostic-Code: smtp; 550 5.1.1 User unknown",
            "",
            f"--{b}",
            "Content-Description: Undelivered Message Headers",
            "Content-Type: text/rfc822-headers",
            "",
            f"From: Ana Field <{PRACTITIONER}>",
            f"To: {addr}",
            "Subject: How are you?",
            "",
            f"--{b}--",
            "",
        ]
    )


def messages(n: int, sent: list[tuple[str, str, str]], seed: int = 7) -> Iterator[bytes]:
    """N replies; `sent` is (client address, client name, Message-ID we sent)."""
    rng = random.Random(seed)
    for i in range(n):
        addr, name, sent_id = sent[i % len(sent)]
        first = name.split()[0]
        when = NOW - timedelta(minutes=n - i)
        mid = f"bench-{i:06d}.{rng.getrandbits(40):010x}@mail.example.org"
        roll = rng.random()
        reply_to = sent_id if rng.random() < 0.8 else None
        subject = "Re: How are you?"
        if roll < 0.02:
            yield bounce(mid, addr, when).encode()
            continue
        if roll < 0.05:
            h = _headers(name, addr, "Automatic reply: How are you?", mid, reply_to, when)
            yield autoreply(h, first).encode()
            continue
        if roll < 0.06:
            body = OPTOUT.format(name=name)
        elif roll < 0.07:
            body = FLAGGED.format(name=name)
        else:
            body = rng.choice(GREETINGS).format(name=name)
        h = _headers(name, addr, subject, mid, reply_to, when)
        style = rng.random()
        if style < 0.35:
            text = gmail(h, body, first, when)
        elif style < 0.50:
            text = outlook(h, body, first, when, german=False)
        elif style < 0.60:
            text = outlook(h, body, first, when, german=True)
        elif style < 0.72:
            text = apple_html(h, body, first, when)
        elif style < 0.92:
            text = phone(h, body, first, when)
        else:
            text = thunderbird(h, body, first, when)
        yield text.encode("utf-8")


# --------------------------------------------------------------------------- setup


def write_practice(root: Path, mail: MailSystem) -> Path:
    shutil.copytree(REPO / "config", root / "config")
    shutil.copytree(REPO / "templates", root / "templates")
    lines = ["clients:"]
    for i in range(CLIENTS):
        lines += [
            f"  - id: c-{i:04d}",
            f"    name: Client Number{i}",
            f"    email: client{i}@example.org",
            "    sessions: [2026-09-14, 2026-09-28]",
        ]
    (root / "config" / "clients.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    practice = root / "config" / "practice.yaml"
    text = practice.read_text(encoding="utf-8")
    text = text.replace(
        "  transport: maildir               # embedded default: var/inbox is a Maildir\n",
        "  transport: imap\n"
        f"  host: {mail.host}\n  port: {mail.imaps_port}\n  security: tls\n"
        f"  username: {PRACTITIONER}\n  password_env: {PASSWORD_ENV}\n"
        f"  ca_file: {mail.ca_file}\n  batch_size: {BATCH}\n",
    )
    practice.write_text(text, encoding="utf-8")
    return root / "config"


def fill_inbox(mail: MailSystem, raws: Iterator[bytes]) -> int:
    """Write the messages as Maildir files in cur/ (not \\Seen), owned by the mail user."""
    import pwd

    with admin(mail) as client:
        client.select_folder("INBOX")  # Dovecot creates the Maildir on first use
    maildir = mail.maildir(PRACTITIONER)
    pw = pwd.getpwnam(MAIL_SYSTEM_USER)
    count = 0
    stamp = int(NOW.timestamp())
    for raw in raws:
        name = f"{stamp + count}.M{count}P1.bench,S={len(raw)}:2,"
        path = maildir / "cur" / name
        path.write_bytes(raw)
        os.chown(path, pw.pw_uid, pw.pw_gid)
        count += 1
    return count


def admin(mail: MailSystem) -> IMAPClient:
    client = IMAPClient(mail.host, port=mail.imaps_port, ssl_context=mail.ssl_context(), timeout=60)
    client.login(PRACTITIONER, mail.password)
    return client


def raw_fetch(mail: MailSystem, handle: Callable[[bytes], object] | None = None) -> int:
    """UID FETCH BODY.PEEK[] in batches of BATCH; `handle` is called on every message."""
    seen = 0
    with admin(mail) as client:
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search("ALL"))
        for start in range(0, len(uids), BATCH):
            chunk = uids[start : start + BATCH]
            response = client.fetch(chunk, ["BODY.PEEK[]"])
            for uid in chunk:
                raw = response[uid][b"BODY[]"]
                if handle is not None:
                    handle(raw)
                seen += 1
    return seen


def naive(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    body = msg.get_body(("plain", "html"))
    if body is None:
        return ""
    try:
        return str(body.get_content())
    except (LookupError, ValueError):
        return ""


def cpu_seconds() -> float:
    """User + system CPU of this process and its finished children (parse workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def seed_ledger(config: Config, path: Path) -> list[tuple[str, str, str]]:
    """A ledger that sent one check-in to every client; returns (address, name, Message-ID)."""
    sent_at = NOW - timedelta(days=2)
    with Ledger.open(path, message_id_domain=message_id_domain(config)) as ledger:
        ledger.enqueue(
            [
                QueueItem(
                    f"checkin:c-{i:04d}:2026-09-28:one-week",
                    "checkin",
                    f"c-{i:04d}",
                    f"client{i}@example.org",
                    sent_at,
                    "checkin",
                )
                for i in range(CLIENTS)
            ],
            sent_at,
        )
        rows = ledger.claim_due(sent_at, limit=CLIENTS)
        ledger.mark_sent_many([(r.key, r.message_id or "") for r in rows], sent_at)
    by_client = {r.client_id: r.message_id or "" for r in rows}
    return [
        (f"client{i}@example.org", f"Client Number{i}", by_client[f"c-{i:04d}"])
        for i in range(CLIENTS)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs of each")
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="fetch_pass parse workers (default: fetch_pass's own, one with 2+ CPUs)",
    )
    args = parser.parse_args()
    n = args.messages
    # Operators' logs are not what is measured: warnings (suspensions, flags) would print.
    logging.getLogger("carecall_mail").setLevel(logging.ERROR)

    mail = start_mail_system(users=(PRACTITIONER,))
    tmp = Path(tempfile.mkdtemp(prefix="cc-ingest-"))
    try:
        os.environ[PASSWORD_ENV] = mail.password
        config = load_config(write_practice(tmp, mail))
        # Each run ingests into a fresh copy of a ledger that has sent the check-ins the
        # replies answer (In-Reply-To), so matching is part of what is measured.
        seeded = tmp / "seeded.sqlite3"
        sent = seed_ledger(config, seeded)

        t0 = time.perf_counter()
        count = fill_inbox(mail, messages(n, sent))
        warm = raw_fetch(mail)  # Dovecot indexes the new files; the page cache is warm
        assert warm == count == n, (warm, count, n)
        print(f"setup: {n} messages in a real Dovecot INBOX in {time.perf_counter() - t0:.1f} s")

        def carecall(run: int, workers: int | None) -> FetchReport:
            path = tmp / f"run-{run}-{workers}.sqlite3"
            shutil.copyfile(seeded, path)
            inbox = make_inbox(config)
            try:
                with Ledger.open(path, message_id_domain=message_id_domain(config)) as ledger:
                    return fetch_pass(
                        config,
                        ledger,
                        inbox,
                        lambda: make_transport(config),
                        NOW,
                        workers=workers,
                    )
            finally:
                inbox.close()

        best: dict[str, float] = {}
        cpu: dict[str, float] = {}  # CPU seconds of this process and its children
        report: FetchReport | None = None

        def measure(name: str, fn: Callable[[], Any]) -> Any:
            before = cpu_seconds()
            seconds, result = timed(fn)
            used = cpu_seconds() - before
            best[name] = min(best.get(name, seconds), seconds)
            cpu[name] = min(cpu.get(name, used), used)
            return result

        for run in range(args.runs):  # interleaved, so a busy moment hurts all alike
            report = measure("ours", functools.partial(carecall, run, args.workers))
            assert report.fetched == n and report.recorded == n, report
            measure("single", functools.partial(carecall, run, 0))
            assert measure("raw", lambda: raw_fetch(mail)) == n
            assert measure("naive", lambda: raw_fetch(mail, naive)) == n
        assert report is not None

        ours, single, raw_rate, naive_rate = (
            n / best[k] for k in ("ours", "single", "raw", "naive")
        )
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(report.by_kind.items()))
        print(
            f"carecall fetch_pass: {ours:,.0f} msgs/s (best of {args.runs}: {best['ours']:.2f} s; "
            f"{kinds}; {report.flagged} flagged, {report.alerts_sent} alerts, "
            f"{report.optouts} opt-outs, {report.bounces} suspended; "
            f"CPU {cpu['ours'] / n * 1e6:.0f} us/msg)"
        )
        print(f"carecall fetch_pass in one process (workers=0): {single:,.0f} msgs/s")
        print(f"bare imapclient BODY.PEEK[] fetch: {raw_rate:,.0f} msgs/s ({best['raw']:.2f} s)")
        print(
            f"naive fetch + email.policy.default + get_body: {naive_rate:,.0f} msgs/s "
            f"(CPU {cpu['naive'] / n * 1e6:.0f} us/msg)"
        )
        print(
            f"CPU per message, naive / ours: {cpu['naive'] / cpu['ours']:.2f}x "
            f"(one process: {cpu['naive'] / cpu['single']:.2f}x); less sensitive to other load"
        )
        print(
            f"ratio vs naive: {ours / naive_rate:.2f}x (one process: {single / naive_rate:.2f}x); "
            f"peak RSS {peak:.0f} MB (largest child process: {child:.0f} MB)"
        )
        print(
            json.dumps(
                {
                    "bench": "ingest",
                    "messages": n,
                    "msgs_per_s": round(ours, 1),
                    "raw_fetch_msgs_per_s": round(raw_rate, 1),
                    "naive_msgs_per_s": round(naive_rate, 1),
                    "ratio_vs_naive": round(ours / naive_rate, 2),
                    "single_process_msgs_per_s": round(single, 1),
                    "cpu_ratio_vs_naive": round(cpu["naive"] / cpu["ours"], 2),
                    "peak_rss_mb": round(peak, 1),
                    "child_peak_rss_mb": round(child, 1),
                }
            )
        )
    finally:
        mail.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
