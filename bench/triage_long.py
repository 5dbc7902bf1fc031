"""How the safety net's reading time grows with a reply's length.

    python bench/triage_long.py [FILE.jsonl] [--sizes 2000,10000,50000]

A reply is read to its first 50,000 characters (text.MAX_CHARS). A pasted document, a
hostile mail or a phone's dictation with no full stop must not hold the worker for minutes:
reading should grow with the length, not with its square. This bench builds long replies
from a labelled set's own lines (default: tests/data/triage/replies-aw.jsonl, the longest
replies), once with their punctuation and once as one endless run with every full stop,
comma and line break taken out, and prints for each size the milliseconds per 1,000
characters, and the ratio to the same lines read one by one in the same process (1.0 is
linear; the machine's noise cancels out in the ratio). Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from carecall_mail.core.triage.assess import assess  # noqa: E402


def _texts(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line]


def _ms_per_kchar(texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        assess(text)
    elapsed = time.perf_counter() - start
    return 1000 * elapsed / (sum(len(t) for t in texts) / 1000)


def _long(texts: list[str], size: int, run_on: bool) -> str:
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        text = texts[i % len(texts)]
        if run_on:
            text = re.sub(r"[.!?;,\n]+", " ", text)
        out.append(text)
        total += len(text) + 1
        i += 1
    return " ".join(out)[:size]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "file", nargs="?", type=Path, default=REPO / "tests/data/triage/replies-aw.jsonl"
    )
    parser.add_argument("--sizes", default="2000,10000,50000")
    args = parser.parse_args()
    texts = _texts(args.file)
    sizes = [int(s) for s in args.sizes.split(",")]
    assess("warm up: the lexicon and the second reader load on first use")
    short = _ms_per_kchar(texts)
    print(f"one by one  {len(texts)} replies  {short:.1f} ms per 1,000 characters")
    result: dict[str, object] = {"bench": "triage_long", "short_ms_per_kchar": short}
    for run_on in (False, True):
        shape = "run-on" if run_on else "punctuated"
        for size in sizes:
            ms = _ms_per_kchar([_long(texts, size, run_on)])
            ratio = ms / short
            print(f"{shape:<11} {size:>6} characters  {ms:.1f} ms per 1,000  ratio {ratio:.2f}")
            result[f"{shape}_{size}_ratio"] = round(ratio, 2)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
