"""Trouble a test has ruled out (issue 8).

A condition named as what a test looked for, with the test's result negative or clear, is
ruled out: "the allergy test came back clear so I'll carry on with the drops", "test
d'allergie négatif, je peux garder la crème", "la prueba de alergia al marisco dio negativa",
"il test delle allergie è negativo", "o teste de alergia deu negativo", "tested negative for
covid". The net read the condition's name ("allergy", "alergia") as a new symptom.

`by_test` tells whether the trouble at words[start:end] is such a test's subject: a test word
(TESTS) next to it (up to three words before or after, "the allergy test", "test de le
allergie") and a negative result (NEGATIVE) after it in the same clause, with no presence
or contrast between ("but", "still"), or "tested negative for" right before it. assess.py
reads it as a negation: a concern ruled out is nothing, a crisis ruled out ("the scan ruled
out a stroke") stays a concern, as every negated crisis does.

What stays: a symptom beside the test ("allergy test negative but the rash is still there":
the rash is its own expression), a positive result, a test still to come ("allergy test next
week"). Tested in every language in tests/test_triage_ruledout.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import Token, segment_of, word_set

__all__ = ["by_test"]

# What looks for a condition. Not "result" alone: "as a result of the rash".
TESTS = word_set(
    "test tests testing screening scan scans biopsy bloods Test Tests Allergietest Bluttest"
    " Untersuchung Befund test tests analyse analyses bilan depistage examen prueba pruebas"
    " analitica analisis examen test esame esami analisi test test testen onderzoek uitslag"
    " teste testes exame exames analise analises"
)
# A result that rules the condition out.
NEGATIVE = word_set(
    "negative clear normal negativ unauffallig negatif negative negatifs negatives normal"
    " normale negativo negativa negativos negativas normal negativi negative normale"
    " negatief normaal negativo negativa normais"
)
# Between the condition and its result, these keep it: a contrast or a presence.
_KEEPS = word_set(
    "but still though however aber noch trotzdem mais encore toujours pero todavia aun ma"
    " ancora pero maar nog steeds mas ainda porem positive positiv positif positivo positiva"
    " positief"
)
# "tested negative for covid", "negativ getestet auf", "dio negativo en/a/para".
_FOR = word_set("for auf fur sur pour a al para per op voor")
_TESTED = word_set("tested getestet teste testado testada testato testata getest")
_REACH_TEST = 3  # a test word this near the condition: "the allergy test", "test per le allergia"
_REACH_RESULT = 6  # a result this far after it: "la prueba de alergia al marisco dio negativa"


def by_test(words: Sequence[Token], start: int, end: int) -> bool:
    """Whether the trouble at words[start:end] is what a test looked for, found negative."""
    clause = segment_of(words, start, end)
    text = [t.word for t in words]
    # "tested negative for covid": the result told before the condition.
    for p in range(max(clause.start, start - 4), start):
        if text[p] in NEGATIVE and p > clause.start and text[p - 1] in _TESTED:
            if all(text[q] in _FOR or q == p for q in range(p, start)) or p + 1 == start:
                return True
            if p + 1 < start and text[p + 1] in _FOR:
                return True
    near = range(max(clause.start, start - _REACH_TEST), min(clause.stop, end + _REACH_TEST))
    tested = [p for p in near if text[p] in TESTS and not start <= p < end]
    if not tested:
        return False
    after = max(end, max(tested) + 1)
    for p in range(after, min(clause.stop, end + _REACH_RESULT + 1)):
        if text[p] in _KEEPS:
            return False
        if text[p] in NEGATIVE:
            return True
    return False
