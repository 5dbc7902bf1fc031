"""What the practitioner's own flag words cost a `carecall fetch`, before and after their cache.

    .venv/bin/python bench/flag_words.py [--mails N]

Each fetch is a real `carecall fetch` process on a copy of the example practice
(flag_words: [dizzy, rash]) reading N replies from its Maildir inbox; its CPU time
(user + system) is measured from here. Some replies have a word that starts like a flag
word ("rasch", "dizziness"), as replies do, which is what made a fetch load simplemma's
dictionaries:

- before: the words read by lemma at run time, as every fetch did before
  store/wordforms.py (the same process with `word_forms` returning None: the old path);
- first:  the first fetch after the words change that needs them: it reads by run-time
          lemmas, then builds word-forms.json once (a fetch that needs none builds nothing);
- warm:   every later fetch, which reads that file and never imports simplemma;
- none:   the same fetch with no flag words at all, for the floor.

Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NOW = "2026-10-05T09:30:00+00:00"

REPLIES = [
    "all good here, thank you for asking",
    "es ging rasch besser nach der zweiten woche, danke",
    "the dizziness is back since tuesday",
    "no side effects at all",
    "j'ai eu quelques vertiges le matin",
    "mi sento meglio, grazie",
    "ik heb geen pijn meer",
    "rasavam a pele de tanto coçar",
]

# The old path in the same process as a fetch: no forms from the state dir.
_BEFORE = """
import sys
import carecall_mail.jobs.inbox as inbox
inbox.word_forms = lambda *args, **kwargs: None
from carecall_mail.app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def practice(root: Path, flag_words: str | None = None) -> Path:
    shutil.copytree(REPO / "config", root / "config")
    shutil.copytree(REPO / "templates", root / "templates")
    if flag_words is not None:
        yaml = root / "config" / "practice.yaml"
        text = yaml.read_text(encoding="utf-8")
        yaml.write_text(text.replace("flag_words: [dizzy, rash]", flag_words), encoding="utf-8")
    return root / "config"


def deliver(config: Path, mails: int, tag: str) -> None:
    new = config.parent / "var" / "inbox" / "new"
    new.mkdir(parents=True, exist_ok=True)
    for n in range(mails):
        text = REPLIES[n % len(REPLIES)]
        raw = (
            "From: Maria <maria@example.org>\nTo: ana@fieldpractice.example\n"
            f"Subject: Re: how are you\nMessage-ID: <{tag}.{n}@example.org>\n\n{text}\n"
        )
        (new / f"17000{n:05d}.{tag}.host").write_bytes(raw.encode())


def fetch(config: Path, before: bool = False) -> float:
    """CPU seconds of one `carecall fetch` process (and any parse child it forks)."""
    head = ["-c", _BEFORE] if before else ["-m", "carecall_mail"]
    command = [sys.executable, *head, "fetch", "-c", str(config), "--now", NOW, "-q"]
    start = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, cwd=REPO, check=True, capture_output=True, timeout=600)
    end = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (end.ru_utime + end.ru_stime) - (start.ru_utime + start.ru_stime)


def levels(config: Path, tag: str) -> dict[str, str]:
    """Reply number -> the safety net's level, from the practice's ledger (mails `tag`)."""
    with sqlite3.connect(config.parent / "var" / "ledger.sqlite3") as db:
        rows = db.execute("SELECT message_id, urgency FROM replies").fetchall()
    found = (m.strip("<>").split("@")[0].split(".") for m, u in rows)
    return {n: u for (t, n), (_, u) in zip(found, rows, strict=True) if t == tag}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mails", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3, help="the least CPU of this many")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        befores, warms, nones = [], [], []
        for n in range(args.repeat):  # each a fresh practice: every fetch a cold one
            old = practice(root / f"before{n}")
            deliver(old, args.mails, "a")
            befores.append(fetch(old, before=True))
        read_before = levels(old, "a")

        cached = practice(root / "cached")
        deliver(cached, args.mails, "a")
        first = fetch(cached)
        built = (cached.parent / "var" / "word-forms.json").exists()
        for n in range(args.repeat):  # new mail each time: the next fetches, the file there
            deliver(cached, args.mails, f"b{n}")
            warms.append(fetch(cached))
        read_warm = levels(cached, "b0")

        for n in range(args.repeat):
            plain = practice(root / f"none{n}", "flag_words: []")
            deliver(plain, args.mails, "a")
            nones.append(fetch(plain))
        before, warm, none = min(befores), min(warms), min(nones)
    print(f"carecall fetch of {args.mails} replies, example practice, flag_words: [dizzy, rash]")
    print(f"  before (run-time lemmas, every fetch):  {before:6.2f} s CPU")
    print(f"  first fetch after a change (builds):     {first:6.2f} s CPU (once)")
    print(f"  warm (reads word-forms.json):            {warm:6.2f} s CPU")
    print(f"  no flag words at all:                    {none:6.2f} s CPU")
    print(f"  before / warm: {before / warm:.1f}x; warm - none: {warm - none:+.2f} s")
    same = read_before == read_warm and len(read_before) == args.mails
    print(f"  each reply read at the same level before and warm: {same}")
    result = {
        "mails": args.mails,
        "repeat": args.repeat,
        "before_s": round(before, 2),
        "first_s": round(first, 2),
        "warm_s": round(warm, 2),
        "none_s": round(none, 2),
        "ratio": round(before / warm, 2),
        "cache_written": built,
        "same_levels": same,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
