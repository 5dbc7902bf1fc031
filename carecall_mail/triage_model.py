"""The safety net's second reader: a linear model over letter and word n-grams.

The lexicon (carecall_mail.triage) reads what it has words for; crises are mostly
written in words nobody listed ("I've sorted out who gets the cat"). This reader was
trained on the labelled replies in tests/data/triage (not on heldout.jsonl) by
`scripts/triage_model.py` (scikit-learn's logistic regression over TF-IDF features;
scikit-learn is needed only to train). What ships is its weights, in
`triage_model.json`, read here in plain Python: the same features, the same TF-IDF
weighting and normalisation, the same softmax, so the worker needs no numeric library.

It only ever raises a level (DESIGN.md: a missed crisis is worse than a false alarm);
the thresholds were chosen by cross-validation on the training sets.
"""

from __future__ import annotations

import itertools
import json
import math
from collections import Counter
from functools import cache
from importlib import resources

from carecall_mail.triage_text import tokens

__all__ = ["features", "probabilities"]

# Letter n-grams of these lengths, inside each word padded with spaces: they read
# inflections and compounds across languages ("suicid", "bruecke", "pastill").
_NGRAMS = (3, 4, 5)


def features(text: str) -> list[str]:
    """The model's features of a text: letter n-grams per word, words, word pairs."""
    words = [t.word for t in tokens(text)]
    out: list[str] = []
    for word in words:
        if not word:
            continue
        padded = f" {word} "
        for n in _NGRAMS:
            out.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
        out.append("w:" + word)
    # Pairs read across clause breaks as "|", as the model was trained.
    marked = [w or "|" for w in words]
    out.extend(f"b:{a}_{b}" for a, b in itertools.pairwise(marked))
    return out


@cache
def _model() -> tuple[tuple[str, ...], tuple[float, ...], dict[str, tuple[float, ...]]]:
    """(classes, intercepts, feature -> (idf, weight per class))."""
    data = json.loads(
        resources.files("carecall_mail").joinpath("triage_model.json").read_text("utf-8")
    )
    classes = tuple(data["classes"])
    intercept = tuple(float(b) for b in data["intercept"])
    table = {name: tuple(float(v) for v in row) for name, row in data["features"].items()}
    return classes, intercept, table


def probabilities(text: str) -> dict[str, float]:
    """P(level) for each of crisis, concern, none."""
    classes, intercept, table = _model()
    counts = Counter(f for f in features(text) if f in table)
    # TF-IDF as trained: sublinear tf (1 + log count) times idf, L2-normalised.
    weighted = {f: (1.0 + math.log(c)) * table[f][0] for f, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in weighted.values())) or 1.0
    logits = list(intercept)
    for f, value in weighted.items():
        row = table[f]
        for k in range(len(classes)):
            logits[k] += row[k + 1] * value / norm
    top = max(logits)
    exps = [math.exp(v - top) for v in logits]
    total = sum(exps)
    return {cls: e / total for cls, e in zip(classes, exps, strict=True)}
