"""How long the hostile shapes of issue 12 item 5 take to parse, against a normal reply.

A million blank lines, a 3 MB `Re:` subject, 40,000 spaces, 60,000 `<a>` tags, a million
encoded-words, a multipart without a boundary: each as the issue gives it, and each
grown to about 10 MB (the bound is "1 s for a 10 MB message on this machine"). Every
shape is parsed with `parse_reply` in this process, best of `--runs`, and printed with
its size, its seconds and its ratio to a normal reply parsed in the same process (so a
loaded machine skews both alike). Last line: one JSON object.

tests/test_fuzz_inbox.py feeds the same shapes (SHAPES) through `carecall fetch`. The
damaged-MIME shapes of tests/test_replies_damaged.py (HOSTILE) are timed here too.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HEAD = (
    b"From: Maria Keller <maria@example.org>\n"
    b"To: Ana Field <ana@fieldpractice.example>\n"
    b"Date: Tue, 24 Nov 2026 09:00:00 +0100\n"
)
SUBJECT = b"Subject: Re: How are you?\n"
NORMAL = (
    HEAD
    + SUBJECT
    + b"Message-ID: <normal@example.org>\n\n"
    + b"Thank you, I feel much better since the last session.\n"
    + b"The drops help with the sleep.\n\nMaria\n\n"
    + b"On Mon, 23 Nov 2026, Ana Field wrote:\n> How are you since our session?\n"
)


def _mail(name: str, headers: bytes, body: bytes) -> bytes:
    return HEAD + f"Message-ID: <{name}@bounds.test>\n".encode() + headers + b"\n" + body


def shapes(scale: int = 1) -> dict[str, bytes]:
    """The issue's shapes (`scale` 1), or each grown to about 10 MB (`scale` 10)."""
    big = scale > 1
    return {
        "blank-lines": _mail(
            f"blank-lines-{scale}", SUBJECT,
            b"I feel better.\n" + b"\n" * (10_000_000 if big else 1_000_000),
        ),
        "re-subject": _mail(
            f"re-subject-{scale}",
            b"Subject: " + b"Re: " * (2_500_000 if big else 750_000) + b"hi\n",
            b"I feel better.\n",
        ),
        "spaces": _mail(
            f"spaces-{scale}", SUBJECT,
            b"I feel" + (b" " * 40_000 + b"\n") * (250 if big else 1) + b"better.\n",
        ),
        "a-tags": _mail(
            f"a-tags-{scale}", SUBJECT + b"Content-Type: text/html; charset=utf-8\n",
            b"<p>I feel better.</p>" + b"<a>" * (3_300_000 if big else 60_000),
        ),
        "encoded-words": _mail(
            f"encoded-words-{scale}",
            b"Subject: " + b"=?utf-8?q?a?= " * (700_000 if big else 1_000_000) + b"\n",
            b"I feel better.\n",
        ),
        "no-boundary": _mail(
            f"no-boundary-{scale}", SUBJECT + b"Content-Type: multipart/mixed\n",
            b"I feel better.\n" + b"text line\n" * (1_000_000 if big else 100_000),
        ),
    }  # fmt: skip


def main() -> None:
    from carecall_mail.core.replies.parse import StaticReplyIndex, parse_reply

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    now = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    index = StaticReplyIndex()

    def best(raw: bytes, runs: int) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            parse_reply(raw, index, received_at=now)
            times.append(time.perf_counter() - start)
        return min(times)

    best(NORMAL, 3)  # warm up: the safety net loads its model on first use
    normal = best(NORMAL, 50)
    print(f"{'normal reply':28s} {len(NORMAL) / 1e6:7.3f} MB {normal:8.5f} s")
    results: dict[str, dict[str, float]] = {"normal": {"mb": len(NORMAL) / 1e6, "s": normal}}

    def measure(label: str, raw: bytes) -> None:
        seconds = best(raw, args.runs)
        print(
            f"{label:28s} {len(raw) / 1e6:7.3f} MB {seconds:8.3f} s "
            f"{seconds / normal:10.0f}x normal"
        )
        results[label] = {"mb": len(raw) / 1e6, "s": seconds, "ratio": seconds / normal}

    for scale in (1, 10):
        for name, raw in shapes(scale).items():
            measure(f"{name} x{scale}", raw)
    # Issue 13 item 2's damaged-MIME shapes: their test checks what is read, this times it.
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from test_replies_damaged import HOSTILE

    for name, raw in HOSTILE.items():
        measure(name, raw)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
