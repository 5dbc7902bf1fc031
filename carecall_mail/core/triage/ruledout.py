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

from carecall_mail.core.triage.text import Token, segment_of, sentence_of, token_phrases, word_set

__all__ = ["by_examination", "by_test"]

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
    """Whether the trouble at words[start:end] is what a test looked for, found negative,
    or what a doctor examined and found harmless (by_examination)."""
    return _by_test(words, start, end) or by_examination(words, start, end)


# A lump or swelling a doctor examined and named harmless: "gp checked the lump in my breast,
# just a cyst, all clear", "der Knoten wurde beim Frauenarzt geschallt, harmlose Zyste", "le
# médecin a regardé la grosseur au cou, c'est un ganglion sans gravité", "la doctora miró el
# bulto y es un lipoma benigno", "de huisarts heeft het knobbeltje bekeken, onschuldig
# vetbultje", "o médico examinou o caroço e era só um cisto sebáceo". The examination (a doctor
# or an examining verb, EXAMINED) is told in the trouble's sentence, a harmless verdict
# (HARMLESS) anywhere else in it, not negated ("not a cyst"), with nothing that keeps it
# (EXAMINED_KEEPS: "but it has grown", "wants a biopsy", "still"). What stays a concern: the
# verdict to come ("the doctor will look at the lump next week"), a lump grown since.
EXAMINED = word_set(
    "gp doctor doc dr checked examined scanned ultrasound arzt arztin arztin hausarzt hausarztin"
    " frauenarzt frauenarztin hautarzt geschallt untersucht angeschaut abgetastet medecin"
    " docteur generaliste dermato regarde examine echographie palpe medico medica doctora doctor"
    " miro reviso examino ecografia medico medica dottore dottoressa visitato controllato"
    " ecografia visto huisarts dokter arts dermatoloog bekeken onderzocht echo gecontroleerd"
    " medico medica doutor doutora examinou olhou viu ecografia ultrassom"
)
HARMLESS = word_set(
    "cyst harmless benign clear nothing lipoma fatty zyste harmlos gutartig lipom fettgeschwulst"
    " unbedenklich kyste benin benigne lipome ganglion gravite quiste benigno benigna lipoma"
    " grave cisti benigno benigna innocuo innocua lipoma niente cyste onschuldig goedaardig"
    " vetbultje vetbult niks cisto benigno benigna inofensivo sebaceo nada"
)
# "nothing"/"nada"/"niente"/"niks" and "grave"/"gravite" count only in a phrase of no harm.
_HARMLESS_PHRASES = token_phrases(
    "nothing serious / nothing to worry / all clear / nichts schlimmes / nichts ernstes"
    " / sans gravite / rien de grave / nada grave / nada de grave / nada que hacer"
    " / niente di grave / niks aan de hand / niks ernstigs / nada demais"
)
_VAGUE = word_set("nothing clear grave gravite niente niks nada ganglion")
EXAMINED_KEEPS = word_set(
    "but still grown bigger biopsy biopsie biopsia aber noch gewachsen größer grosser mais"
    " encore grossi biopsie pero todavia crecido grande ma ancora cresciuto maar nog gegroeid"
    " groter biopt mas ainda cresceu maior biopsia"
    # ... and a verdict not yet given: "doctor next week", "i think", "vielleicht".
    " will next think hope maybe probably wird nachste nachsten prochain prochaine peut"
    " proxima proximo quizas prossima prossimo forse volgende misschien talvez"
)


def by_examination(words: Sequence[Token], start: int, end: int) -> bool:
    """Whether the trouble at words[start:end] was examined and found harmless (see above)."""
    sentence = sentence_of(words, start, end)
    text = [t.word for t in words]
    if not any(text[p] in EXAMINED for p in sentence if not start <= p < end):
        return False
    if any(text[p] in EXAMINED_KEEPS for p in sentence):
        return False
    for p in sentence:
        if start <= p < end:
            continue
        word = text[p]
        verdict = (word in HARMLESS and word not in _VAGUE) or any(
            tuple(text[p : p + len(ph)]) == ph for ph in _HARMLESS_PHRASES
        )
        if verdict and not any(text[q] in _NOT for q in range(max(sentence.start, p - 2), p)):
            return True
    return False


_NOT = word_set("not no nicht kein keine pas non niet geen nao")


def _by_test(words: Sequence[Token], start: int, end: int) -> bool:
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
