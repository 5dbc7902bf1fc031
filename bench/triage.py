"""Score the safety net (carecall_mail.core.triage.assess) on the labelled reply sets.

    python bench/triage.py [FILE.jsonl ...] [-v] [--model MODEL.json]

Each line of a set is {"text", "label": crisis|concern|none, "lang", "tag"}. Default:
every tests/data/triage/*.jsonl (replies*.jsonl are tuning sets; heldout*.jsonl are
never tuned on, and `-v` never lists their misses). Per set it prints recall and
precision per level, the false-alarm rate on `none` (a `none` reply raised to concern or
crisis), and the targets:
crisis recall 100 %, concern recall >= 90 %, false alarms <= 10 %. A crisis read as
concern counts as caught for the alert (both alert the practitioner) but not for crisis
recall. `-v` lists every miss with its reasons. Last line: one JSON object.

A tuning set scored with a model trained without it reads it as a held-out set would:
    python scripts/triage_model.py --without replies-f --out /tmp/m.json
    python bench/triage.py tests/data/triage/replies-f.jsonl --model /tmp/m.json -v

`--no-model` holds the second reader silent (as the tests' `lexicon_only` fixture does): the
lexicon alone, whose crisis recall says what survives a retrain or a new author's wording.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from carecall_mail.core.triage import model as triage_model  # noqa: E402
from carecall_mail.core.triage.assess import assess  # noqa: E402

LEVELS = ("crisis", "concern", "none")


def load(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def score(items: list[dict[str, str]]) -> dict[str, object]:
    """Recall and precision per level, false alarms on none, and the misses."""
    got = [assess(item["text"]).urgency for item in items]
    out: dict[str, object] = {"n": len(items)}
    for level in LEVELS:
        relevant = sum(1 for item in items if item["label"] == level)
        predicted = sum(1 for g in got if g == level)
        hit = sum(1 for item, g in zip(items, got, strict=True) if item["label"] == g == level)
        out[f"{level}_recall"] = hit / relevant if relevant else 1.0
        out[f"{level}_precision"] = hit / predicted if predicted else 1.0
    nones = [g for item, g in zip(items, got, strict=True) if item["label"] == "none"]
    out["false_alarms"] = sum(1 for g in nones if g != "none") / len(nones) if nones else 0.0
    # Flagged at all: what reaches the practitioner before the digest.
    troubled = [g for item, g in zip(items, got, strict=True) if item["label"] != "none"]
    caught = sum(1 for g in troubled if g != "none")
    out["flag_recall"] = caught / len(troubled) if troubled else 1.0
    out["misses"] = [
        (item["label"], g, item["lang"], item["text"])
        for item, g in zip(items, got, strict=True)
        if item["label"] != g
    ]
    return out


# Ordinary mail the second reader was not trained on: the held-out halves of the public
# reply corpora (developers and customers writing about anything but their health).
ORDINARY = (
    REPO / "tests" / "data" / "corpora" / "email_reply_trimmer_heldout" / "expected.json",
    REPO / "tests" / "data" / "corpora" / "github_email_reply_parser" / "expected.json",
)


def ordinary() -> tuple[int, int, int, list[str]]:
    """(mails, raised to crisis, raised to concern, the raised texts) on ordinary mail."""
    texts = [
        text
        for path in ORDINARY
        if path.exists()
        for text in json.loads(path.read_text(encoding="utf-8")).values()
        if text.strip()
    ]
    levels = [assess(text).urgency for text in texts]
    raised = [t for t, level in zip(texts, levels, strict=True) if level != "none"]
    return len(texts), levels.count("crisis"), levels.count("concern"), raised


def use_model(path: Path) -> None:
    """Read with another model file: one trained without the set scored (a held-out reading)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    table = {name: tuple(float(v) for v in row) for name, row in data["features"].items()}
    loaded = (tuple(data["classes"]), tuple(float(b) for b in data["intercept"]), table)
    triage_model._model = lambda: loaded  # type: ignore[method-assign,assignment]


def silence_model() -> None:
    """The second reader with no opinion: it never raises a level, so the lexicon reads alone."""
    silent = {"crisis": 0.0, "concern": 0.0, "none": 1.0}
    triage_model.probabilities = lambda text: silent  # type: ignore[assignment]


def met(s: dict[str, object]) -> bool:
    return (
        float(s["crisis_recall"]) == 1.0  # type: ignore[arg-type]
        and float(s["concern_recall"]) >= 0.9  # type: ignore[arg-type]
        and float(s["false_alarms"]) <= 0.1  # type: ignore[arg-type]
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument(
        "--model", type=Path, help="a second reader trained elsewhere (core/triage/model.py --out)"
    )
    parser.add_argument(
        "--no-model", action="store_true", help="hold the second reader silent: the lexicon alone"
    )
    args = parser.parse_args()
    if args.no_model:
        silence_model()
    elif args.model:
        use_model(args.model)
    files = args.files or sorted((REPO / "tests" / "data" / "triage").glob("*.jsonl"))
    summary: dict[str, object] = {}
    for path in files:
        items = load(path)
        start = time.perf_counter()
        s = score(items)
        elapsed = time.perf_counter() - start
        # A held-out set's misses are never printed: reading them would make it a tuning set.
        if args.verbose and not path.stem.startswith("heldout"):
            for want, got, lang, text in s["misses"]:  # type: ignore[attr-defined]
                print(f"  {want:>7} read as {got:<7} [{lang}] {text}")
                print(f"          {assess(text).reasons}")
        verdict = "targets met" if met(s) else "TARGETS MISSED"
        print(
            f"{path.stem:<10} n={s['n']:<4} "
            f"crisis R {s['crisis_recall']:.1%} P {s['crisis_precision']:.1%} | "
            f"concern R {s['concern_recall']:.1%} P {s['concern_precision']:.1%} | "
            f"flagged R {s['flag_recall']:.1%} | false alarms {s['false_alarms']:.1%} | "
            f"{verdict} | {elapsed / len(items) * 1e3:.2f} ms/reply"
        )
        summary[path.stem] = {k: v for k, v in s.items() if k != "misses"}
    n, crisis, concern, raised = ordinary()
    print(
        f"ordinary   n={n:<4} public mail, not health: "
        f"raised to crisis {crisis}, to concern {concern}"
    )
    if args.verbose:
        for text in raised:
            print(f"  raised: {text[:100]!r}")
    summary["ordinary"] = {"n": n, "crisis": crisis, "concern": concern}
    print(json.dumps(summary, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
