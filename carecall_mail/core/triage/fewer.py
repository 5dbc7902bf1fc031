# ruff: noqa: E501  (data: one line of words reads better whole, as in lexicon.py)
"""Trouble told as fewer or rarer than before, with its count (issue 8).

Clients with a chronic condition report progress as a count: "hot flushes down from 12 a day
to 2", "headaches down from 5 a week to 1", "Migräne von 8 Tagen im Monat auf 2", "les
bouffées sont passées de 10 à 2 par jour", "de 6 días malos a la semana pasó a 1",
"l'emicrania è arrivata una volta sola invece di tutti i mesi", "de buikpijn is van elke dag
naar één keer per week gegaan", "as crises passaram de 4 para 1 por mês". The remedy is
working: the count is the good news. `fewer` reads a concern so when its sentence holds a
count that falls: FROM a count TO a smaller one ("from 12 to 2", "von 8 auf 2", "de 6 a 1",
"da 5 a 1", "van elke dag naar één keer", "de 4 para 1"), or a small count INSTEAD_OF a larger
one ("una volta invece di tutti i mesi", "once instead of every week"). A count is a number
written in digits or words (COUNTS), or "every"/"daily" (EVERY: as often as can be).

What stays a concern: a reply that turns to other news (TURN: "only thing is", "eso sí",
"aber", "wel"), a count that rises ("headaches up from 1 a week to 5", "von 2 auf 6"),
and a falling count in a sentence that also says the trouble is back or worse (lexicon
RETURNED and WORSE: "back", "worse", "wieder", "pire"): "the migraines are back, my dose went from 4 to
2". Tested in every language in tests/test_triage_fewer.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage import lexicon as lex
from carecall_mail.core.triage.text import (
    Token,
    pattern_at,
    pattern_phrases,
    sentence_of,
    token_phrases,
    word_set,
)

__all__ = ["fewer", "waning"]

FROM = word_set("from von de da van desde")
TO = word_set("to auf a à naar para zu op in")
INSTEAD_OF = token_phrases(
    "instead of / rather than / statt / anstatt / anstelle von / au lieu de / en vez de"
    " / en lugar de / invece di / anziché / in plaats van / em vez de / em lugar de"
)
# Numbers written as words, one to twelve, in the seven languages.
_WORDS = {
    1: "one once single ein eine einmal un une uno una een één eens um uma",
    2: "two twice zwei zweimal deux dos due twee tweemaal dois duas",
    3: "three drei dreimal trois tres tre drie três",
    4: "four vier viermal quatre cuatro quattro quatro",
    5: "five fünf cinq cinco cinque vijf",
    6: "six sechs seis sei zes",
    7: "seven sieben sept siete sette zeven sete",
    8: "eight acht huit ocho otto oito",
    9: "nine neun neuf nueve nove negen",
    10: "ten zehn dix diez dieci tien dez",
    11: "eleven elf onze undici",
    12: "twelve zwölf douze doce dodici twaalf",
}
COUNTS: dict[str, int] = {}
for _value, _block in _WORDS.items():
    for _word in word_set(_block):
        COUNTS.setdefault(_word, _value)
# As often as can be: every day, daily, every month.
EVERY = word_set(
    "every daily each constantly jeden jede jedes täglich ständig tous toutes chaque tout"
    " todos todas cada diario ogni tutti tutte quotidianamente elke iedere dagelijks todo toda"
)
_EVERY = 1000
# Back or worse: the count that fell is not the trouble's ("the migraines are back, my dose
# went from 4 to 2").
WORSE = lex.RETURNED | word_set(
    "worse again worsening schlimmer wieder pire empire peor empeora otra peggio peggiora"
    " erger slechter weer pior piora outra"
)
_REACH = 4


def _count(text: list[str], pos: int, stop: int) -> int:
    """The first count in text[pos:pos+_REACH] (before stop), or -1."""
    for p in range(pos, min(stop, pos + _REACH)):
        word = text[p]
        if not word:
            return -1
        if word.isdigit():
            return int(word)
        if word in EVERY:
            return _EVERY
        if word in COUNTS:
            return COUNTS[word]
    return -1


def _falls(text: list[str], sentence: range) -> bool:
    for p in sentence:
        if text[p] in FROM:
            first = _count(text, p + 1, sentence.stop)
            if first < 0:
                continue
            for q in range(p + 2, min(sentence.stop, p + 2 + 2 * _REACH)):
                if text[q] in TO:
                    second = _count(text, q + 1, sentence.stop)
                    if second >= 0:
                        return second < first
        for phrase in INSTEAD_OF:
            n = len(phrase)
            if tuple(text[p : p + n]) == phrase:
                after = _count(text, p + n, sentence.stop)
                before = max(
                    (_count(text, q, p) for q in range(max(sentence.start, p - _REACH), p)),
                    default=-1,
                )
                if after >= 0 and 0 <= before < after:
                    return True
    return False


# A turn anywhere in the reply: the good count comes before another trouble, which the
# lexicon may not read ("hot flushes from 10 a day to 3, thank you! only thing is ive had a
# bit of blood", "las migrañas bajaron de 4 a 1. eso sí, llevo unos días viendo borroso").
TURN = word_set(
    "but however though although only aber allerdings jedoch nur mais cependant sauf pero"
    " aunque ma però tuttavia maar wel echter alleen mas porém contudo"
)
TURN_PHRASES = token_phrases("eso sí / eso si / por otro lado / par contre / en revanche")


def fewer(words: Sequence[Token], start: int, end: int) -> bool:
    """Whether the trouble at words[start:end] is told in a sentence whose count falls (see
    the module's docstring), with no word of presence ("back", "worse") in it and no turn to
    other news in the reply (TURN)."""
    return _count_falls(words, start, end) or waning(words, start, end)


def _count_falls(words: Sequence[Token], start: int, end: int) -> bool:
    text = [t.word for t in words]
    sentence = sentence_of(words, start, end)
    if any(text[p] in WORSE for p in sentence):
        return False
    if any(w in TURN for w in text) or any(
        tuple(text[p : p + len(phrase)]) == phrase
        for p in range(len(text))
        for phrase in TURN_PHRASES
    ):
        return False
    return _falls(text, sentence)


# ---------------------------------------------------------------- waning, told without a count

# A trouble told shrinking or fading without a number: "the tingling is less and less each
# week", "the lump keeps getting smaller", "fever broke overnight", "die Schwellung ist
# zurückgegangen", "el hormigueo cada vez menos", "il formicolio è sempre meno", "de
# tintelingen worden steeds minder", "o formigamento tá cada vez menor". The same guards as a
# falling count: no word of return or worsening in the sentence (WORSE), no turn in the reply
# (TURN), and no negation right before the waning words ("the fever has not gone down", "la
# febbre non è scesa"). A waning told of a sensation rather than of the trouble ("i feel less
# and less in my fingertips", "cada vez siento menos los dedos") is numbness growing: the
# phrase must follow the trouble's own words (or, for a verb told first, come right before
# them: "le bajó la fiebre").
WANING_AFTER = pattern_phrases(
    "less and less / getting less / is less / keeps getting smaller / keep getting smaller / getting smaller"
    " / is smaller / much smaller / shrinking / has shrunk / shrunk / shrank / went down / gone down"
    " / has gone down / come down / came down / is down / broke / has broken / fading / faded"
    " / wird immer weniger / werden immer weniger / immer weniger / wird kleiner / immer kleiner"
    " / ist zurückgegangen / sind zurückgegangen / zurückgegangen / ist runter / ist gesunken / gesunken"
    " / ist abgeklungen / abgeklungen / ist abgeschwollen / abgeschwollen / lässt nach / nimmt ab"
    " / de moins en moins / diminue / a diminué / a baissé / est tombée / est retombée / a dégonflé / dégonfle"
    " / cada vez menos / cada vez menor / cada vez más pequeño / cada vez mas pequeno / ya bajó / ya bajo"
    " / ha bajado / bajó del todo / se deshinchó / disminuye / ha disminuido / va a menos"
    " / sempre meno / sempre più piccolo / sempre piu piccolo / è scesa / e scesa / è sceso / e sceso"
    " / si è sgonfiato / si e sgonfiato / si è sgonfiata / si e sgonfiata / diminuisce / è diminuito / e diminuito"
    " / steeds minder / worden minder / wordt minder / steeds kleiner / is gezakt / gezakt / is gedaald"
    " / is geslonken / slinkt / neemt af / is afgenomen"
    " / cada vez menor / cada vez menos / diminuindo / diminuiu / baixou / já baixou / ja baixou"
    " / desinchou / desinchando / tá menor / ta menor"
)
# ... and told first, the trouble right after: "al niño le bajó la fiebre", "baixou a febre".
WANING_BEFORE = pattern_phrases(
    "bajó la / bajo la / bajó el / bajo el / baixou a / baixou o / è scesa la / e scesa la"
)
_WANING_REACH = 6  # words between the trouble and its waning: "the lump on my wrist keeps ..."
# "went down my leg", "is down the arm": a direction, the trouble travelling, not waning.
_DIRECTION = word_set("my the to into his her its your both one a")


# A return or a worsening keeps the trouble, as beside a count; "again" alone does not here:
# "kann wieder laufen gehen" (can walk again) is the good news. Nor English "come" alone
# (a return needs its "back"): Spanish "hoy come normal" is eating.
_WANING_KEPT = WORSE - word_set("again wieder weer otra outra come came coming")


def _back_to(text: list[str], p: int) -> bool:
    """'back to 36.8', 'back to normal': a return to health, not of the trouble."""
    return text[p] == "back" and p + 1 < len(text) and text[p + 1] == "to"


def _no_more(text: list[str], p: int) -> bool:
    """Portuguese 'não ... mais' (no longer), not French 'mais' (but)."""
    return text[p] == "mais" and any(w in ("nao", "nunca") for w in text[max(0, p - 4) : p])


def _negated_before(text: list[str], p: int) -> bool:
    return any(text[q] in lex.NEGATORS for q in range(max(0, p - 2), p))


def waning(words: Sequence[Token], start: int, end: int) -> bool:
    """Whether the trouble at words[start:end] is told waning in its sentence, without a count
    (WANING_AFTER after it, WANING_BEFORE right before it), not negated."""
    text = [t.word for t in words]
    sentence = sentence_of(words, start, end)
    if any(text[p] in _WANING_KEPT for p in sentence if not _back_to(text, p)):
        return False
    if any(w in TURN and not _no_more(text, p) for p, w in enumerate(text)) or any(
        tuple(text[p : p + len(phrase)]) == phrase
        for p in range(len(text))
        for phrase in TURN_PHRASES
    ):
        return False
    for p in range(end, min(sentence.stop, end + _WANING_REACH + 1)):
        for phrase in WANING_AFTER:
            if not pattern_at(text, p, sentence.stop, phrase):
                continue
            after = p + len(phrase)
            if phrase[-1] == "down" and after < len(text) and text[after] in _DIRECTION:
                continue
            return not _negated_before(text, p)
    for phrase in WANING_BEFORE:
        p = start - len(phrase)
        if p >= sentence.start and pattern_at(text, p, start, phrase):
            return not _negated_before(text, p)
    return False
