"""A past crisis told over (issue 8).

Clients tell a past episode because a form asked, or next to today's low mood: "when i was 19
i tried to end my life. that's long behind me", "früher wollte ich oft nicht mehr leben.
heute ist das kein Thema mehr", "l'estate scorsa pensavo di farla finita. adesso no, quei
pensieri sono spariti". By the contract (rule 1) a crisis statement the writer says is over
is a negated crisis: `concern`, never nothing, and never an URGENT alert. `over` reads a
crisis expression as such when:

- its sentence tells it long ago (others.LONG_AGO, "ten years ago", an age: "when i was 19",
  "mit 18", "à 20 ans"), or, for thoughts only (not an act), last year or last summer
  (others.RECENT);
- a later sentence says it is over (OVER: "long behind me", "kein Thema mehr", "ya no lo
  pienso", "quei pensieri sono spariti", "ligt achter me", "já passou");
- nothing in the reply says it came back (CAME_BACK: "back", "wieder", "revenu", "vuelto",
  "tornati", "terug", "voltou"), and no thought is said to go on ("still think", "denke noch").

What stays a crisis: the same past with the thoughts back ("since tuesday the thoughts are
back, same as when i was 20"), a recent act ("last week i took all my pills, it's behind me"),
and any crisis told now. Tested in every language in tests/test_triage_others.py.
"""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage import others
from carecall_mail.core.triage.text import (
    Token,
    has_phrase,
    segment_of,
    sentence_of,
    token_phrases,
    word_set,
)

__all__ = ["history", "over", "today_beside_the_past"]

OVER = token_phrases(
    "long behind me / behind me now / that is behind me / not had those thoughts / not had them in years"
    " / do not think about it anymore / do not think like that anymore / those thoughts are gone / no longer think"
    " / kein thema mehr / keine solchen gedanken mehr / keine gedanken mehr / die gedanken sind weg"
    " / denke nicht mehr daran / längst vorbei / lange vorbei / ist vorbei / liegt hinter mir"
    " / derrière moi / je ne y pense plus / je y pense plus / ces pensées ont disparu / ce est du passé / ce est fini"
    " / ya no lo pienso / ya no pienso en eso / ya no pienso en ello / quedó atrás / es cosa del pasado / esos pensamientos se fueron"
    " / sono spariti / sono sparite / non ci penso più / è passato tanto tempo / è acqua passata / è tutto passato"
    " / ligt achter me / ligt achter mij / denk er niet meer aan / die gedachten zijn weg / is voorbij / heb die gedachten niet meer"
    " / já passou / ficou para trás / já não penso nisso / não penso mais nisso / esses pensamentos passaram / é passado"
    " / seit jahren keine / in years / seit jahren nicht / depuis des années / desde hace años no / da anni non / al jaren niet / há anos que não"
)
CAME_BACK = word_set(
    "back again wieder zurück zurückgekommen revenu revenue revenus revenues revient reviennent"
    " vuelto volvió volvieron vuelve vuelven tornato tornata tornati tornate torna tornano"
    " terug teruggekomen voltou voltaram volta voltam"
)
STILL = word_set("still noch immer encore toujours todavía aún ancora nog steeds ainda")
# An age told: "when i was 19", "mit 18", "à 20 ans", "a los 20", "a 19 anni", "toen ik 20 was", "aos 20".
AGE_MARK = word_set("was mit ans los anni jaar aos años anos age jahren war")


def _aged(text: list[str], span: range) -> bool:
    for p in span:
        if text[p].isdigit() and 10 <= int(text[p]) <= 99:
            near = range(max(span.start, p - 2), min(span.stop, p + 2))
            if any(text[q] in AGE_MARK for q in near):
                return True
    return False


def over(words: Sequence[Token], start: int, end: int) -> bool:
    """Whether the crisis expression at words[start:end] is a past episode the writer says
    is over (see the module's docstring)."""
    text = [t.word for t in words]
    sentence = sentence_of(words, start, end)
    long_ago = (
        others._long_ago(text, sentence)
        or others._has(text, sentence, others.LONG_AGO)
        or _aged(text, sentence)
    )
    thoughts = any(text[p] in others.THINKING for p in sentence)
    if not long_ago and not (thoughts and others._has(text, sentence, others.RECENT)):
        return False
    later = range(sentence.stop, len(text))
    if not has_phrase(text, later, OVER):
        return False
    everything = range(len(text))
    if any(text[p] in CAME_BACK for p in everything):
        return False
    # "i still think about it", "ci penso ancora": thoughts that go on.
    return not any(
        text[p] in STILL and any(text[q] in others.THINKING for q in range(max(0, p - 3), p + 4))
        for p in range(len(text))
        if p + 1 <= len(text)
    )


# A medical emergency named by its noun: a stroke or a heart attack (not a wish or an act,
# which stay a negated crisis when told over: see `over`).
EMERGENCY_NOUNS = word_set(
    "stroke strokes attack attacks schlaganfall herzinfarkt infarkt hirninfarkt avc infarctus"
    " ictus infarto enfarte herseninfarct hartaanval beroerte hersenbloeding"
)
# Another one, or one like it: "he had another stroke, the first was years ago", "a stroke
# like the one two years ago" tell today's emergency beside the old one.
_AGAIN = word_set(
    "another again back like same wieder erneut noch zweiten gleiche wie encore autre nouveau"
    " nouvel comme même otro otra nuevo nuevamente como mismo altro altra nuovo ancora come stesso"
    " weer nog ander andere opnieuw als zelfde outro outra novo novamente mesmo"
)
# Today's emergency compared to the old one: "a stroke like the one three years ago", "wie
# der vor drei Jahren", "comme celui d'il y a trois ans", "igual ao de três anos atrás".
_LIKE = word_set(
    "like same wie gleiche gleichen comme como igual mismo misma come stesso stessa zoals zelfde"
    " mesmo mesma"
)


def _like(text: list[str], p: int) -> bool:
    """A comparison word at p, or Dutch "net als" (bare "als" is "when" or "if")."""
    return text[p] in _LIKE or (text[p] == "als" and p > 0 and text[p - 1] == "net")


# "ist zwei Jahre her": German tells "ago" after the years.
_AGO = others.AGO | word_set("her")


def history(words: Sequence[Token], start: int, end: int) -> bool:
    """Whether the crisis expression at words[start:end] is someone else's emergency told as
    years ago, its time its own predicate: "papas Schlaganfall ist jetzt zwei Jahre her", "l'avc
    de papa c'était il y a trois ans", "het herseninfarct van mijn vader is nu drie jaar
    geleden". Nothing to alert: news of a recovery. Not the writer's own (a past crisis of
    theirs is worth a look), not another one or one like it, not an emergency whose years
    are told in another clause ("he is having a stroke, he had one years ago")."""
    text = [t.word for t in words]
    if not any(text[p] in EMERGENCY_NOUNS for p in range(start, end)):
        return False
    segment = segment_of(words, start, end)
    # "mi" before a relative is "my" ("el ictus de mi madre"), not the writer.
    mine = [
        p
        for p in segment
        if text[p] in others.FIRST
        and not (text[p] == "mi" and p + 1 < len(text) and text[p + 1] in others.OTHERS)
    ]
    if mine or any(text[p] in _AGAIN or _like(text, p) for p in segment):
        return False
    for p in segment:
        near = range(max(segment.start, p - 3), min(segment.stop, p + 3))
        # French "il y a trois ans": "a" after "y".
        if text[p] in others.YEARS and any(
            text[q] in _AGO or (text[q] == "a" and q > 0 and text[q - 1] == "y") for q in near
        ):
            return True
    return False


# Another one, right before the noun ("another stroke", "wieder einen Schlaganfall", "un autre
# AVC", "otro infarto", "un altro ictus", "weer een beroerte", "outro avc"), or "again" after.
_ANOTHER = word_set(
    "another again wieder erneut zweiten autre nouveau nouvel otro otra nuevo altro altra nuovo"
    " weer opnieuw outro outra novo"
)
# Told as happening now: a progressive or "right now" before the noun ("dad is having a
# stroke", "hat gerade einen Schlaganfall", "en train de faire un AVC", "está teniendo un
# ictus", "sta avendo un ictus", "heeft nu een beroerte", "está a ter um avc"). Not "now"
# after it: "papas Schlaganfall ist jetzt zwei Jahre her" is the time since.
_NOW = word_set(
    "having now gerade grad jetzt train teniendo ahora ahorita avendo adesso ora nu tendo ter agora"
)


def today_beside_the_past(words: Sequence[Token], start: int, end: int) -> bool:
    """Whether an old emergency's years at words[start:end] (an idiom: "@medevent years
    ago") sit beside today's one, so they must not claim its words: the emergency noun told
    now ("dad is having a stroke like the one three years ago"), compared to the old one
    (like, the same as), or another one ("wieder einen Schlaganfall"). The old one alone,
    healed, stays the idiom's: "dad had a stroke three years ago, he is fine"."""
    text = [t.word for t in words]
    nouns = [p for p in range(start, end) if text[p] in EMERGENCY_NOUNS]
    if not nouns:
        return False
    noun = nouns[0]
    before = range(max(0, noun - 3), noun)
    if any(words[p].boundary for p in before):
        before = range(max(p + 1 for p in before if words[p].boundary), noun)
    if any(text[p] in _NOW or text[p] in _ANOTHER for p in before):
        return True
    if noun + 1 < len(text) and text[noun + 1] in _ANOTHER:
        return True
    # A comparison between the noun and its years, in the idiom's own words or just after
    # the noun: "stroke like the one three years ago", "ictus come quello di tre anni fa".
    for p in range(noun + 1, min(len(text), max(end, noun + 3))):
        if words[p].boundary == "strong":
            return False
        if _like(text, p):
            return True
    return False
