"""The safety net's second reader: a linear model over letter and word n-grams.

The lexicon (carecall_mail.core.triage.assess) reads what it has words for; crises are mostly
written in words nobody listed ("I've sorted out who gets the cat"). This reader was
trained on the labelled tuning sets in tests/data/triage (never on a held-out set) by
`scripts/triage_model.py` (scikit-learn's logistic regression over TF-IDF features;
scikit-learn is needed only to train). What ships is its weights, in `model.json`, read
here in plain Python: the same features, the same TF-IDF weighting and normalisation, the
same softmax, so the worker needs no numeric library.

It only ever raises a level (DESIGN.md: a missed crisis is worse than a false alarm); the
thresholds in core/triage/assess.py were chosen leave-one-set-out (`--loso`).
"""

from __future__ import annotations

import itertools
import json
import math
from collections import Counter
from functools import cache
from importlib import resources

from carecall_mail.core.triage.text import tokens

__all__ = ["features", "probabilities"]

# Letter n-grams of these lengths, inside each word padded with spaces: they read
# inflections and compounds across languages ("suicid", "bruecke", "pastill"). Without the
# 3-grams (session 14: in a short line such as "the lighter is on the table" " li", "ght" and
# "abl" weighed as crisis), leave-one-set-out lost crises on replies-i (94.6 -> 91.1 %) and
# replies-h (88.9 -> 87.4 %), and the line stayed a crisis: kept.
_NGRAMS = (3, 4, 5)


# Pronouns, articles, auxiliaries: every reply has them, and a crisis is written in the first
# person more often than "all good", so a model given them learns "me", "mij", "mich" as
# signs of danger ("Ik heb wel nog wat pijn in mijn onderrug" read as a crisis). They are
# not features; pairs keep them when the other word is not one ("kill me").
_FUNCTION_WORDS = frozenset(
    (
        "i me my mine myself you your he him his she her it its we us our they them their the"
        " a an and or of to in on at for with is am are was were be been being have has had do"
        " does did will would can could should this that these those there here so just very"
        " really ich mich mir mein meine meinen meiner du dich dir dein er sie es wir uns ihr"
        " der die das den dem des ein eine einen einem und oder zu in im am an auf mit ist bin"
        " sind war habe hab hat hatte haben sein wird werde so ganz sehr noch auch je me moi"
        " mon ma mes tu te toi ton ta il elle on nous vous ils elles le la les un une des du"
        " de et ou a au aux en dans sur avec est suis sont etait ai as avait avoir etre ce"
        " cette ca tres bien aussi yo me mi mis conmigo tu te ti el ella nosotros lo la los"
        " las un una unos unas y o de del al en con es soy son estoy esta estaba he ha tengo"
        " tiene ser estar muy tambien que io mi me mio mia miei tu ti te lui lei noi voi il lo"
        " la gli le un una uno e o di del della al alla in con sono sei e era ho hai ha essere"
        " avere molto anche che ik me mij mijn jij je jou jouw hij zij ze het wij we ons de"
        " een en of van te in op aan met is ben zijn was heb hebt heeft hebben wordt worden zo"
        " heel ook dat eu me mim meu minha meus tu te voce ele ela nos o a os as um uma e ou"
        " de do da em no na com sou estou esta era tenho tem ter ser estar muito tambem que"
    ).split()
)


# Negation triggers (folded) of the seven languages. A word they govern is also read as
# "n:word" (the NegEx idea): "no headache" and "headache" then weigh differently, whoever
# wrote them, instead of the model learning each author's negated phrases one by one.
_NEGATIONS = frozenset(
    (
        "not no never nothing nobody without none kein keine keinen keiner keinem keines nicht"
        " nie niemals nichts ohne ne pas jamais rien sans aucun aucune ni sin nunca nada"
        " ningun ninguna ninguno tampoco non mai nessun nessuna nessuno senza niente nulla"
        " geen niet nooit niks zonder nao nem nenhum nenhuma sem"
    ).split()
)
# How many words after a trigger it governs, within its clause.
_NEG_SCOPE = 4


def _scoped(words: list[str]) -> list[str]:
    """Words a negation governs, as "n:word". (Marking the words before a resolution,
    "r:word" for "the rash has gone", cost leave-one-set-out crisis recall: not kept.)"""
    out: list[str] = []
    left = 0
    for word in words:
        if not word:
            left = 0
        elif word in _NEGATIONS:
            left = _NEG_SCOPE
        elif left:
            left -= 1
            if word not in _FUNCTION_WORDS:
                out.append("n:" + word)
    return out


def features(text: str) -> list[str]:
    """The model's features of a text: letter n-grams per word, words, word pairs, pairs
    across one word, and words in a negation's scope."""
    words = [t.word for t in tokens(text)]
    out: list[str] = _scoped(words)
    for word in words:
        if not word or word in _FUNCTION_WORDS:
            continue
        padded = f" {word[:64]} "  # no word is longer; a hostile run of letters costs no more
        for n in _NGRAMS:
            out.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
        out.append("w:" + word)
    # Pairs read across clause breaks as "|", as the model was trained.
    marked = [w or "|" for w in words]
    out.extend(
        f"b:{a}_{b}"
        for a, b in itertools.pairwise(marked)
        if not (a in _FUNCTION_WORDS and b in _FUNCTION_WORDS)
    )
    # Pairs across one skipped word read a phrase however it is filled in: "give the/my/all
    # stuff", "mich heute/morgen um". Leave-one-set-out, they raised crisis recall on the
    # sets nobody tuned the lexicon on (replies-h, replies-i) by about a point.
    out.extend(
        f"s:{a}_{c}"
        for a, c in zip(marked, marked[2:], strict=False)
        if a != "|" and c != "|" and not (a in _FUNCTION_WORDS and c in _FUNCTION_WORDS)
    )
    return out


@cache
def _model() -> tuple[tuple[str, ...], tuple[float, ...], dict[str, tuple[float, ...]]]:
    """(classes, intercepts, feature -> (idf, weight per class))."""
    data = json.loads(
        resources.files("carecall_mail.core.triage").joinpath("model.json").read_text("utf-8")
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
