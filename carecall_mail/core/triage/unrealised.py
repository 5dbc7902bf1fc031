# ruff: noqa: E501  (data: one line of words reads better whole, as in lexicon.py)
"""Trouble that was feared or warned of and never came (issue 8).

After shingles, an operation or a new remedy the practitioner warns of what may follow, and
the client writes back that it did not: "the nerve pains you warned me about never came",
"die Nervenschmerzen, vor denen Sie mich gewarnt hatten, sind ausgeblieben", "les douleurs
que vous redoutiez ne sont jamais venues", "los dolores que temía nunca llegaron", "i dolori
che temeva non sono mai arrivati", "de zenuwpijn waar u voor waarschuwde is uitgebleven",
"as dores de que o senhor tinha receio nunca apareceram". The trouble word is the subject of
a predicate of absence (NEVER_CAME), often with a relative clause between them (RELATIVE:
"that", "die", "que", "che", "waar", "de que"), which the negation's scope (assess.py) does
not reach. `never_came` reads a concern so when NEVER_CAME follows it in its sentence, either
at once (past its own clause's words only) or after a relative clause that begins right after
the trouble.

What stays a concern: the trouble that came ("the pains you warned me about came on
tuesday"), a predicate of absence that belongs to something else ("the pain is bad and the
nurse never came", "de pijn is erg, de dokter kwam nooit": no relative clause, and a break
between), and a trouble still there beside it ("the pains never came, but the itching
has"). Tested in every language in tests/test_triage_unrealised.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage import lexicon as lex
from carecall_mail.core.triage.text import (
    CLAUSE_BREAK,
    Token,
    pattern_at,
    pattern_phrases,
    sentence_of,
    word_set,
)

__all__ = ["gone_past_relative", "never_came"]

# A predicate of absence: it never came, did not show, stayed away.
NEVER_CAME = pattern_phrases(
    "never came / never come / never showed / never showed up / never materialised / never materialized"
    " / never happened / never arrived / never appeared / never turned up / did not come / did not show"
    " / did not materialise / did not materialize / have not come / has not come / never started"
    " / sind ausgeblieben / ist ausgeblieben / blieben aus / blieb aus / kamen nie / kam nie"
    " / sind nie gekommen / ist nie gekommen / sind nicht gekommen / ist nicht gekommen"
    " / sind nie aufgetreten / ist nie aufgetreten / traten nie auf / trat nie auf / nie aufgetreten"
    " / ne sont jamais venu* / n est jamais venu* / jamais venu* / ne sont pas venu* / n est pas venu*"
    " / ne sont jamais arrive* / n est jamais arrive* / jamais arrive* / ne sont jamais apparu*"
    " / jamais apparu* / ne se sont jamais manifeste* / ne se sont pas manifeste*"
    " / nunca llegaron / no llegaron / nunca aparecieron / nunca aparecio"
    " / no aparecieron / no han aparecido / no ha aparecido / nunca han aparecido / nunca vinieron"
    " / no llegaron nunca / no aparecieron nunca / no se presentaron"
    " / non sono mai arrivat* / non e mai arrivat* / mai arrivat* / non sono mai venut* / non e mai venut*"
    " / mai venut* / non sono mai compars* / non e mai comparso / non e mai comparsa / non sono arrivat*"
    " / non si sono mai presentat* / non si e mai presentat*"
    " / zijn uitgebleven / is uitgebleven / bleven uit / bleef uit / uitgebleven / kwamen nooit / kwam nooit"
    " / zijn nooit gekomen / is nooit gekomen / nooit gekomen / zijn niet gekomen / is niet gekomen"
    " / nunca apareceram / nunca apareceu / nunca vieram / nunca veio / nunca chegaram / nunca chegou"
    " / nao apareceram / nao apareceu / nao vieram / nao chegaram / nunca surgiram / nunca surgiu"
)
# Words that open a relative clause after the trouble: "the pains (that) you feared", "die
# Schmerzen, vor denen", "les douleurs que", "los dolores que", "i dolori che", "de pijn
# waar/die", "as dores de que" (Portuguese "de que", Spanish "de los que", German "vor denen").
RELATIVE = word_set(
    "that which you die der das denen vor von über dont que qui lesquelles lesquels laquelle"
    " lequel cual cuales che cui quali waar waarvoor waarover waarvan dat"
)
# "de" opens one only before a relative: "as dores de que", "los dolores de los que".
_DE_BEFORE = word_set("que los las quien quem")
# How far a relative clause may reach before its predicate.
_REACH = 10


def _absent_at(text: list[str], p: int, stop: int) -> bool:
    return any(pattern_at(text, p, stop, phrase) for phrase in NEVER_CAME)


def never_came(words: Sequence[Token], start: int, end: int) -> bool:
    """Whether the trouble at words[start:end] is the subject of a predicate of absence
    (NEVER_CAME) later in its sentence: right after it, or after a relative clause that
    begins with a RELATIVE word right after it (past a comma, "die Schmerzen, vor denen")."""
    text = [t.word for t in words]
    sentence = sentence_of(words, start, end)
    pos = end
    while pos < sentence.stop and not text[pos]:
        pos += 1  # a comma before the relative clause
    if pos >= sentence.stop:
        return False
    # Right after the trouble, with no comma between: "estoy desbordada, no llego a todo" is
    # another clause (and "llego" the first person).
    if pos == end and _absent_at(text, pos, sentence.stop):
        return True
    opens = text[pos] in RELATIVE or (
        text[pos] == "de" and pos + 1 < sentence.stop and text[pos + 1] in _DE_BEFORE
    )
    if not opens:
        return False
    for p in range(pos + 1, min(sentence.stop, pos + _REACH)):
        if text[p] in CLAUSE_BREAK:
            return False  # "the pains and the nurse never came": another subject
        if text[p] and _absent_at(text, p, sentence.stop):
            return True
    return False


# Negations that undo a resolution right before it: "never went away", "nie verheilt".
_UNDOING = word_set("not never nicht nie kein pas jamais no nunca non mai niet nooit nao nunca")


def gone_past_relative(words: Sequence[Token], start: int, end: int) -> bool:
    """Whether the trouble at words[start:end] is told gone after a relative clause set off by
    commas: "der scheußliche Ausschlag, von dem ich Ihnen schrieb, ist vollständig abgeheilt",
    "de uitslag, waar ik u over schreef, is helemaal verdwenen". The negation's scope stops at
    the comma (assess.py); here the resolution (lexicon RESOLVED) must open the segment after
    the relative clause (within its first four words), not negated, with no word of presence
    ("still", "noch", "encore") in that segment."""
    text = [t.word for t in words]
    sentence = sentence_of(words, start, end)
    pos = end
    if pos >= sentence.stop or text[pos]:
        return False  # no comma right after the trouble
    pos += 1
    if pos >= sentence.stop or not (
        text[pos] in RELATIVE or (pos + 1 < sentence.stop and text[pos + 1] in RELATIVE)
    ):
        return False  # "von dem", "waar", "dont", "di cui": the relative opens at once
    close = pos
    while close < min(sentence.stop, pos + _REACH) and text[close]:
        close += 1
    if close >= sentence.stop or text[close]:
        return False
    segment = close + 1
    stop = segment
    while stop < sentence.stop and text[stop]:
        stop += 1
    if any(text[q] in lex.PRESENCE for q in range(segment, stop)):
        return False
    longest = max(len(phrase) for phrase in lex.RESOLVED)
    for p in range(segment, min(stop, segment + 4)):
        for n in range(1, longest + 1):
            if p + n <= stop and tuple(text[p : p + n]) in lex.RESOLVED:
                return not any(text[q] in _UNDOING for q in range(max(segment, p - 2), p))
    return False
