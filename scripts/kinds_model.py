"""Train the reply reader's "machine-written?" model; write scripts/kinds_model.json.

    pip install scikit-learn && .venv/bin/python scripts/kinds_model.py [--loso] [--write]

Reads every tuned message of the labelled corpora (tests/data/corpora/*/labels.json): a
message labelled `"heldout": true` is never read (its bytes are not opened), and `fit`
refuses any row that is one. autoreply and bounce are machine mail, reply and optout a
person's; unknown is left out. Features are scripts/kinds_features.py `features`, a
feature kept only when mail of at least MIN_CORPORA corpora shows it (one project's own
headers say which project, not who wrote it). Model: scikit-learn's logistic regression.

`--loso` (leave one corpus out) trains once per corpus without it and prints, per corpus at
the thresholds tried, what matters: a person's mail the model would call machine-written
where the rules let it speak (mail that answers nothing of ours, from nobody we know, no
forward, not spam-flagged, and the rules call it a reply or an opt-out): a client's answer
ignored, the worst error; and machine mail the rules miss that it catches. Each corpus is
another project's mail, so this is the honest estimate for a fresh one. The threshold is
the lowest at which no corpus loses a person's mail, raised by MARGIN.

`--then COMMIT=corpus,corpus` adds the figure that tells what a fresh corpus would gain:
the machine mail that the rules *of that commit* (the one at which those corpora were first
measured, before any rule was learned from them) called a person's, and that the model,
trained without the corpus, catches. Session 11's: `--then b8f5ec4=flanker,php_mime_mail_parser,
mailpile,django_helpdesk,alaveteli,mailcore2,deltachat,james_mime4j,mimekit --then
bbeea8f=discourse,gitlab,redmine`.

`--write` trains on all tuned corpora and writes kinds_model.json with the chosen threshold.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

import kinds_features as machine  # noqa: E402

from carecall_mail.core.mimetext import first, header_map, parse_message  # noqa: E402
from carecall_mail.core.replies import parse as parse_module  # noqa: E402
from carecall_mail.core.replies.autoreplies import forwards, spam_verdict  # noqa: E402
from carecall_mail.core.replies.parse import StaticReplyIndex, parse_reply  # noqa: E402

CORPORA = REPO / "tests" / "data" / "corpora"
OUT = REPO / "scripts" / "kinds_model.json"
RECEIVED = datetime(2026, 12, 1, tzinfo=UTC)
MACHINE = frozenset({"autoreply", "bounce"})
PERSON = frozenset({"reply", "optout"})
MIN_CORPORA = 3
C = 0.3
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995)
MARGIN = 0.0


@dataclass(frozen=True)
class Row:
    corpus: str
    name: str
    machine: bool
    features: frozenset[str]
    rules_kind: str  # what the rules alone make of it
    open_to_model: bool  # the rules let the model speak: parse.py's bulk-by-content case
    heldout: bool = False


# Run with an older commit's package on sys.path: the kinds its rules gave then.
_THEN = """
import json, sys
from datetime import UTC, datetime
from pathlib import Path
from carecall_mail.core.replies.parse import StaticReplyIndex, parse_reply
out = {}
for corpus in sys.argv[2:]:
    folder = Path(sys.argv[1]) / corpus
    for name, label in json.loads((folder / "labels.json").read_text("utf-8")).items():
        if not label.get("heldout"):
            raw = (folder / name).read_bytes()
            when = datetime(2026, 12, 1, tzinfo=UTC)
            reply = parse_reply(raw, StaticReplyIndex(), received_at=when)
            out[corpus + "/" + name] = reply.kind
print(json.dumps(out))
"""


def kinds_then(spec: str) -> dict[str, str]:
    """ "COMMIT=corpus,corpus": corpus/name -> the kind that commit's rules gave."""
    commit, _, names = spec.partition("=")
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", commit, "carecall_mail"],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        done = subprocess.run(
            [sys.executable, "-c", _THEN, str(CORPORA), *names.split(",")],
            cwd=tmp,
            check=True,
            capture_output=True,
            text=True,
        )
    found: dict[str, str] = json.loads(done.stdout)
    return found


@contextmanager
def _rules_only() -> Iterator[None]:
    """parse.py without the model, once it asks it (the rules' own kind), and as it was after."""
    asked = getattr(parse_module, "machine_reason", None)
    if asked is not None:
        parse_module.machine_reason = lambda msg, headers: None  # type: ignore[attr-defined]
    try:
        yield
    finally:
        if asked is not None:
            parse_module.machine_reason = asked  # type: ignore[attr-defined]


def load_rows(corpora: Path = CORPORA) -> list[Row]:
    """One row per tuned, labelled message; held-out messages are skipped unread."""
    with _rules_only():
        return _rows(corpora)


def _rows(corpora: Path) -> list[Row]:
    rows: list[Row] = []
    index = StaticReplyIndex()
    for labels_path in sorted(corpora.glob("*/labels.json")):
        folder = labels_path.parent
        labels: dict[str, dict[str, object]] = json.loads(labels_path.read_text("utf-8"))
        for name, label in sorted(labels.items()):
            kind = str(label["kind"])
            if label.get("heldout") or kind not in MACHINE | PERSON:
                continue
            raw = (folder / name).read_bytes()
            msg = parse_message(raw)
            headers = header_map(msg)
            subject = first(headers, "subject")
            reply = parse_reply(raw, index, received_at=RECEIVED)
            rows.append(
                Row(
                    corpus=folder.name,
                    name=name,
                    machine=kind in MACHINE,
                    features=machine.features(msg, headers),
                    rules_kind=reply.kind,
                    open_to_model=reply.kind in PERSON
                    and not forwards(subject)
                    and not spam_verdict(headers),
                )
            )
    return rows


def kept_features(rows: list[Row]) -> list[str]:
    """Features that mail of at least MIN_CORPORA corpora shows."""
    spread: dict[str, set[str]] = {}
    for row in rows:
        for f in row.features:
            spread.setdefault(f, set()).add(row.corpus)
    return sorted(f for f, seen in spread.items() if len(seen) >= MIN_CORPORA)


def fit(rows: list[Row], c: float = C) -> tuple[float, dict[str, float]]:
    """(bias, weights) trained on `rows`; refuses a held-out row."""
    held = [f"{r.corpus}/{r.name}" for r in rows if r.heldout]
    if held:
        raise ValueError(f"held-out messages are never trained on: {', '.join(held[:3])}")
    import numpy
    from sklearn.linear_model import LogisticRegression

    names = kept_features(rows)
    column = {f: i for i, f in enumerate(names)}
    x = numpy.zeros((len(rows), len(names)))
    for i, row in enumerate(rows):
        for f in row.features:
            if f in column:
                x[i, column[f]] = 1.0
    y = numpy.array([int(r.machine) for r in rows])
    # Each corpus weighs as one: a corpus of 150 mails does not outvote one of 20.
    per_corpus = Counter(r.corpus for r in rows)
    weight = numpy.array([len(rows) / (len(per_corpus) * per_corpus[r.corpus]) for r in rows])
    model = LogisticRegression(C=c, max_iter=5000, solver="lbfgs")
    model.fit(x, y, sample_weight=weight)
    weights = {f: float(w) for f, w in zip(names, model.coef_[0], strict=True) if abs(w) >= 1e-4}
    return float(model.intercept_[0]), weights


def leave_one_corpus_out(rows: list[Row], c: float = C) -> dict[str, list[tuple[Row, float]]]:
    """Per corpus, each of its rows with P(machine) from a model trained without it."""
    out: dict[str, list[tuple[Row, float]]] = {}
    for corpus in sorted({r.corpus for r in rows}):
        model = fit([r for r in rows if r.corpus != corpus], c)
        out[corpus] = [
            (r, machine.probability(r.features, model)) for r in rows if r.corpus == corpus
        ]
    return out


def report(
    folds: dict[str, list[tuple[Row, float]]], then: dict[str, str], verbose: bool = False
) -> float:
    """Print the leave-one-corpus-out table; return the threshold chosen."""
    print(
        "threshold: person->machine where the model may speak (all person mail) | "
        "machine caught (all machine mail) | rules' misses caught (of misses open to it)"
        " | misses of the --then rules caught"
    )
    missed_then = [
        (r, p)
        for rs in folds.values()
        for r, p in rs
        if r.machine and then.get(f"{r.corpus}/{r.name}") in PERSON
    ]
    chosen = None
    for t in THRESHOLDS:
        lost = sum(
            r.open_to_model and p >= t for rs in folds.values() for r, p in rs if not r.machine
        )
        everywhere = sum(p >= t for rs in folds.values() for r, p in rs if not r.machine)
        caught = sum(p >= t for rs in folds.values() for r, p in rs if r.machine)
        machines = sum(r.machine for rs in folds.values() for r, _ in rs)
        misses = [(r, p) for rs in folds.values() for r, p in rs if r.machine and r.open_to_model]
        gained = sum(p >= t for _, p in misses)
        earlier = sum(p >= t for _, p in missed_then)
        print(
            f"  {t:.3f}: {lost} ({everywhere}) | {caught}/{machines} | {gained}/{len(misses)}"
            f" | {earlier}/{len(missed_then)}"
        )
        if chosen is None and lost == 0:
            chosen = t
    threshold = min(0.999, (chosen if chosen is not None else 1.0) + MARGIN)
    print(f"chosen threshold {threshold:.3f}; per corpus there:")
    for corpus, rs in folds.items():
        person = [(r, p) for r, p in rs if not r.machine]
        robots = [(r, p) for r, p in rs if r.machine]
        misses = [(r, p) for r, p in robots if r.open_to_model]
        lost = sum(r.open_to_model and p >= threshold for r, p in person)
        print(
            f"  {corpus}: person->machine {lost}"
            f" (any {sum(p >= threshold for _, p in person)}/{len(person)}),"
            f" machine caught {sum(p >= threshold for _, p in robots)}/{len(robots)},"
            f" rules' misses caught {sum(p >= threshold for _, p in misses)}/{len(misses)}"
            + "".join(
                f", --then misses caught {sum(p >= threshold for _, p in found)}/{len(found)}"
                for found in [[(r, p) for r, p in missed_then if r.corpus == corpus]]
                if found
            )
        )
        if verbose:
            for r, p in sorted(rs, key=lambda rp: -rp[1]):
                wrong = (not r.machine and p >= threshold) or (
                    r.machine and (r.open_to_model or then.get(f"{r.corpus}/{r.name}") in PERSON)
                )
                if wrong:
                    print(f"    {r.name}: machine={r.machine} rules={r.rules_kind} p={p:.3f}")
    return threshold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--loso", action="store_true", help="print leave-one-corpus-out rates")
    parser.add_argument("--write", action="store_true", help="train on all, write kinds_model.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="with --loso: list errors")
    parser.add_argument(
        "--then", action="append", default=[], help="COMMIT=corpus,corpus: that commit's rules"
    )
    parser.add_argument("-C", type=float, default=C, help="inverse regularisation strength")
    args = parser.parse_args(argv)
    rows = load_rows()
    print(f"{len(rows)} tuned messages, {sum(r.machine for r in rows)} machine-written")
    threshold = 0.99
    if args.loso or args.write:
        then = {k: v for spec in args.then for k, v in kinds_then(spec).items()}
        threshold = report(leave_one_corpus_out(rows, args.C), then, args.verbose)
    if args.write:
        bias, weights = fit(rows, args.C)
        data = {
            "about": "scripts/kinds_model.py --write: P(machine-written) = sigmoid(bias + "
            "sum of the weights of the features a mail shows); threshold chosen leave one "
            "corpus out",
            "bias": round(bias, 6),
            "threshold": threshold,
            "weights": {f: round(w, 6) for f, w in sorted(weights.items())},
        }
        OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(REPO)}: {len(weights)} features")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
