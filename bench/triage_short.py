"""Read the probe of short everyday lines (bench/data/triage_short.jsonl) with the safety net.

    python bench/triage_short.py [-v] [--model MODEL.json]

The second reader (core/triage/model.py) over-fired on short neutral sentences holding a word
it had learned from crises ("the lighter is on the table" 96 % crisis, "took the whole day
off" 87 %). The probe holds such lines in seven languages and mixed (`none`, tag `known` for
the ones reported, `fresh` for ones written for the probe) and a few short crises, none of
them in any training set (scripts/triage_model.py never reads bench/), so the full model
reads them as unseen. Per label it prints how many lines the model alone reads as a crisis
(P >= CRISIS_ALONE_AT) or as trouble (P(none) < NONE_BELOW or P(crisis) >= CRISIS_CONCERN_AT),
and how many the whole net (assess) raises; `-v` lists every line with its probabilities.
Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.triage import use_model  # noqa: E402
from carecall_mail.core.triage import assess as triage_assess  # noqa: E402
from carecall_mail.core.triage import model as triage_model  # noqa: E402

PROBE = REPO / "bench" / "data" / "triage_short.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--model", type=Path, help="another model file to read with")
    args = parser.parse_args()
    if args.model:
        use_model(args.model)
    items = [json.loads(line) for line in PROBE.read_text("utf-8").splitlines() if line]
    summary: dict[str, dict[str, int]] = {}
    for label in ("none", "crisis"):
        rows = [item for item in items if item["label"] == label]
        alone_crisis = trouble = net_crisis = net_raised = 0
        for item in rows:
            odds = triage_model.probabilities(item["text"])
            urgency = triage_assess.assess(item["text"]).urgency
            alone_crisis += odds["crisis"] >= triage_assess.CRISIS_ALONE_AT
            trouble += (
                odds["none"] < triage_assess.NONE_BELOW
                or odds["crisis"] >= triage_assess.CRISIS_CONCERN_AT
            )
            net_crisis += urgency == "crisis"
            net_raised += urgency != "none"
            if args.verbose:
                print(
                    f"  {label:<6} crisis {odds['crisis']:4.0%} none {odds['none']:4.0%}"
                    f" net {urgency:<7} [{item['lang']}] {item['text']}"
                )
        n = len(rows)
        print(
            f"{label:<6} n={n:<3} model alone: crisis {alone_crisis} ({alone_crisis / n:.0%}),"
            f" trouble {trouble} ({trouble / n:.0%}) | whole net: crisis {net_crisis}"
            f" ({net_crisis / n:.0%}), raised {net_raised} ({net_raised / n:.0%})"
        )
        summary[label] = {
            "n": n,
            "model_crisis": alone_crisis,
            "model_trouble": trouble,
            "net_crisis": net_crisis,
            "net_raised": net_raised,
        }
    print(json.dumps(summary, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
