"""Train the safety net's second reader and write carecall_mail/triage_model.json.

    pip install scikit-learn && .venv/bin/python scripts/triage_model.py [--cv]

Trains a multinomial logistic regression (scikit-learn, C=10, balanced classes) over
TF-IDF-weighted features from carecall_mail.triage_model.features on the tuning sets
tests/data/triage/replies*.jsonl; heldout.jsonl is never read here. `--cv` prints
5-fold cross-validated rates at the thresholds triage.py uses, the figures those
thresholds were chosen by (a crisis raised on at most ~3 % of `none` replies).

The JSON keeps, per feature, its idf and one weight per class (features whose
weights are all below 1e-3 are left out), and a few sample texts with sklearn's own
probabilities, which tests/test_triage.py holds the plain-Python reader to.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import StratifiedKFold, cross_val_predict  # noqa: E402

from carecall_mail.triage import CRISIS_AT, NONE_BELOW  # noqa: E402
from carecall_mail.triage_model import features  # noqa: E402

DATA = REPO / "tests" / "data" / "triage"
OUT = REPO / "carecall_mail" / "triage_model.json"
SAMPLES = (
    "i want to die",
    "terrible headaches since the drops",
    "all good thanks, see you in march",
    "ich habe alles geregelt und mich von allen verabschiedet",
)


def load() -> tuple[list[str], list[str]]:
    items = [
        json.loads(line)
        for path in sorted(DATA.glob("replies*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [i["text"] for i in items], [i["label"] for i in items]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cv", action="store_true", help="print cross-validated rates")
    args = parser.parse_args()
    texts, labels = load()
    vectorizer = TfidfVectorizer(analyzer=features, min_df=2, sublinear_tf=True)
    matrix = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=10, max_iter=5000, class_weight="balanced")
    classes = sorted(set(labels))
    if args.cv:
        folds = StratifiedKFold(5, shuffle=True, random_state=0)
        proba = cross_val_predict(model, matrix, labels, cv=folds, method="predict_proba")
        crisis, none = classes.index("crisis"), classes.index("none")
        for level in classes:
            rows = [p for p, y in zip(proba, labels, strict=True) if y == level]
            raised = sum(p[crisis] >= CRISIS_AT for p in rows) / len(rows)
            troubled = sum(p[none] < NONE_BELOW for p in rows) / len(rows)
            print(f"{level:<8} read as crisis {raised:.1%}  read as trouble {troubled:.1%}")
    model.fit(matrix, labels)
    assert list(model.classes_) == classes
    table: dict[str, list[float]] = {}
    for name, column in vectorizer.vocabulary_.items():
        weights = [float(model.coef_[k][column]) for k in range(len(classes))]
        if max(abs(w) for w in weights) >= 1e-3:
            idf = float(vectorizer.idf_[column])
            table[name] = [round(idf, 6), *(round(w, 6) for w in weights)]
    samples = [
        [text, [round(float(p), 6) for p in model.predict_proba(vectorizer.transform([text]))[0]]]
        for text in SAMPLES
    ]
    data = {
        "classes": classes,
        "intercept": [round(float(b), 6) for b in model.intercept_],
        "features": dict(sorted(table.items())),
        "samples": samples,
        "trained_on": len(texts),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    print(f"wrote {OUT.relative_to(REPO)}: {len(table)} features from {len(texts)} replies")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
