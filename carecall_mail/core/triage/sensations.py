# ruff: noqa: E501  (data: one line of words reads better whole, as in lexicon.py)
"""A burning or stinging felt as the body does something: a symptom, not self-harm (issue 8).

"It burns when I pass water", "es brennt beim Wasserlassen", "ça pique quand je fais pipi":
cystitis, told in the words the second reader learned from self-harm ("I burn myself").
The lexicon reads such a clause as a concern; the second reader, reading the whole reply,
put "it burns when i pass water" at 31 % crisis, over the 30 % that raises a lexicon concern.
Here the clauses where a word of BURN and a word of a body's function (FUNCTION) meet are
told to assess.py, which has the second reader read the reply without them, as it does a
story's clauses. They keep their lexicon level; everything else in the reply is read as
before ("it burns when I pee and I cut myself again" stays a crisis). Tested in
tests/test_triage_sensations.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import Token, clause_of, has_phrase, token_phrases, word_set

__all__ = ["felt_clauses"]

BURN = word_set(
    "burn burns burning burned burnt sting stings stinging stung smarts"
    " brennt brennen brennend sticht stechen zwickt"
    " brule brulure brulures brulait pique piquait"
    " quema quemazon escuece escozor arde ardor"
    " brucia bruciore bruciava pizzica"
    " brandt branderig prikt steekt"
    " arde ardor ardencia queima queimacao"
)
# One word, or a phrase (matched on the reply's tokens: "pass water", "fais pipi").
FUNCTION = token_phrases(
    "pee / peeing / pees / wee / weeing / pass water / passing water / urinate / urinating / urination / the toilet / the loo"
    " / wasserlassen / pinkeln / pinkle / pinkel / pipi / klo / beim wasser"
    " / pipi / uriner / urine / les toilettes"
    " / orinar / orino / hacer pis / hago pis / pis / pipi"
    " / pipi / fare pipi / faccio pipi / urinare / urino"
    " / plassen / plas / plast / plassen doe / wc"
    " / xixi / fazer xixi / faco xixi / urinar / urino"
)


def felt_clauses(words: Sequence[Token]) -> list[tuple[int, int]]:
    """The (start, end) spans of clauses that tell a burning or a sting felt with a body's
    function: the second reader does not read them (assess._odds_without)."""
    text = [t.word for t in words]
    spans: list[tuple[int, int]] = []
    for p, word in enumerate(text):
        if word not in BURN:
            continue
        clause = clause_of(words, p, p + 1)
        if has_phrase(text, clause, FUNCTION):
            spans.append((clause.start, clause.stop))
    return spans
