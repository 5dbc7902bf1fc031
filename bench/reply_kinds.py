"""Score parse_reply's kind and new text on public mail we did not write.

    python bench/reply_kinds.py [CORPUS_DIR] [-v] [--show-heldout]

CORPUS_DIR defaults to tests/data/corpora. Every folder there with a
`labels.json` is scored: each message is labelled with its kind (reply,
autoreply, bounce, optout, unknown) and, where the mail has new text worth
checking, a phrase the new text must contain (`text`, "" for an empty text) and
one it must not (`not`: quoted history or a signature). `heldout: true` marks
the messages never looked at while tuning (see tests/data/corpora/README.md);
they are scored on their own line, and `-v` lists their misses only with
`--show-heldout`, so that tuning never reads them by accident.

The index is empty, as for mail from nobody we know: a list or bulk message is
then never a client's reply (issue 13 item 1).
Last line, one JSON object with the scores.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from carecall_mail.core.replies.parse import StaticReplyIndex, parse_reply  # noqa: E402

CORPORA = REPO / "tests" / "data" / "corpora"
RECEIVED = datetime(2026, 12, 1, tzinfo=UTC)


@dataclass(frozen=True)
class KindScore:
    kinds: int
    kinds_total: int
    texts: int
    texts_total: int
    misses: tuple[str, ...]


def _flat(text: str) -> str:
    return " ".join(text.split()).casefold()


def text_ok(got: str, label: dict[str, object]) -> bool | None:
    """Whether the new text fits its label; None when the label says nothing of the text."""
    if "text" not in label and "not" not in label:
        return None
    want = label.get("text")
    flat = _flat(got)
    if want == "":
        return flat == ""
    if isinstance(want, str) and _flat(want) not in flat:
        return False
    unwanted = label.get("not")
    return not (isinstance(unwanted, str) and _flat(unwanted) in flat)


def score_corpus(folder: Path, heldout: bool) -> KindScore:
    labels: dict[str, dict[str, object]] = json.loads(
        (folder / "labels.json").read_text(encoding="utf-8")
    )
    index = StaticReplyIndex()
    kinds = kinds_total = texts = texts_total = 0
    misses: list[str] = []
    for name, label in sorted(labels.items()):
        if bool(label.get("heldout")) != heldout:
            continue
        reply = parse_reply((folder / name).read_bytes(), index, received_at=RECEIVED)
        kinds_total += 1
        if reply.kind == label["kind"]:
            kinds += 1
        else:
            why = ", ".join(reply.reasons)
            misses.append(f"{name}: kind {reply.kind} ({why}), want {label['kind']}")
        fits = text_ok(reply.text, label)
        if fits is not None:
            texts_total += 1
            texts += fits
            if not fits:
                misses.append(f"{name}: text {reply.text[:70]!r}")
    return KindScore(kinds, kinds_total, texts, texts_total, tuple(misses))


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:.1f} %" if total else "-"  # 97.6 % is no 98 %


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPORA)
    parser.add_argument("-v", "--verbose", action="store_true", help="list the tuned misses")
    parser.add_argument(
        "--show-heldout", action="store_true", help="with -v, list held-out misses too"
    )
    args = parser.parse_args(argv)
    results: dict[str, object] = {"bench": "reply_kinds"}
    for folder in sorted(p.parent for p in args.corpus.glob("*/labels.json")):
        for heldout in (False, True):
            got = score_corpus(folder, heldout)
            if not got.kinds_total:
                continue
            role = "held out" if heldout else "tuned"
            print(
                f"{folder.name} ({role}): kinds {got.kinds}/{got.kinds_total} "
                f"({_pct(got.kinds, got.kinds_total)}), new text {got.texts}/{got.texts_total} "
                f"({_pct(got.texts, got.texts_total)})"
            )
            if args.verbose and (args.show_heldout or not heldout):
                for miss in got.misses:
                    print(f"  {miss}")
            results[f"{folder.name}:{'heldout' if heldout else 'tuned'}"] = {
                "kinds": got.kinds,
                "kinds_total": got.kinds_total,
                "texts": got.texts,
                "texts_total": got.texts_total,
            }
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
