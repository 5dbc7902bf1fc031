# ruff: noqa: E501  (data: one line of words reads better whole, as in lexicon.py)
"""Someone else's talk of suicide, told by a carer as stopped or denied (issue 8).

Carers write about a parent, a partner or a child: "he no longer talks about killing himself,
but he stays in bed all day", "er redet nicht mehr davon, dass er sterben will", "il ne parle
plus de se tuer", "ya no habla de matarse, pero sigue sin comer", "mio fratello giura che non
si ucciderebbe mai ma è molto giù", "hij zegt dat hij geen zelfmoordgedachten meer heeft",
"ele já não fala em se matar". By the contract (rule 1) a crisis statement denied or over is
a negated crisis: `concern`, worth a look, never an URGENT alert, and never nothing. The
lexicon reads such a sentence as a crisis (the suicide words, the denial too far before
them), as nothing (the third person), or the second reader reads it as a crisis from its
suicide words. `stopped_talk` finds the sentence: a suicide word (SUICIDE), and before it in
the sentence a talk that stopped (STOPPED_TALK: "no longer talks", "redet nicht mehr",
"ne parle plus", "ya no habla", "non parla più", "praat niet meer", "já não fala") or a
denial sworn or said (SWORN: "swears", "says", "giura", "zegt", "jura") with a negation
(NOT) between it and the suicide word.

What stays a crisis: the talk that goes on or came back ("he talks about killing himself
again", "he keeps saying he wants to die"), the writer's own wish ("i no longer talk about
it, but i still want to die": the first person), and whatever else the reply tells (a rope
bought, things given away), read as usual. Tested in every language in
tests/test_triage_reported.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import (
    Token,
    pattern_at,
    pattern_phrases,
    sentence_of,
    word_set,
)

__all__ = ["stopped_talk", "stopped_talk_sentences", "talk_goes_on"]

# Words of suicide, as stems: "se tuer", "matarse", "sterben will", "zelfmoordgedachten".
SUICIDE = (
    "suicid", "suizid", "selbstmord", "zelfmoord", "kill himself", "kill herself",
    "killing himself", "killing herself", "end his life", "end her life", "to die",
    "sterben", "umbringen", "umzubringen", "tuer", "mourir", "matarse", "matar se", "morir",
    "uccider", "ammazzar", "morire", "farla finita", "dood wil", "wil dood", "doodgaan",
    "van het leven", "se matar", "morrer",
)  # fmt: skip
# A talk that stopped: "no longer talks", "doesn't talk about it any more".
STOPPED_TALK = pattern_phrases(
    "no longer talks / no longer speaks / no longer says / does not talk * more / does not talk about it any more"
    " / does not say * anymore / stopped talking / has stopped talking / stopped saying"
    " / redet nicht mehr / spricht nicht mehr / sagt nicht mehr / redet nie mehr / hat aufgehört * reden"
    " / ne parle plus / parle plus / ne dit plus / dit plus / a arrêté de parler"
    " / ya no habla / ya no dice / no habla más / dejó de hablar / ha dejado de hablar"
    " / non parla più / non dice più / ha smesso di parlare / non ne parla più"
    " / praat niet meer / zegt niet meer / heeft het niet meer over / praat er niet meer over"
    " / já não fala / não fala mais / já não diz / não diz mais / parou de falar / deixou de falar"
)
# A denial said or sworn: "he swears he would never", "giura che non si ucciderebbe mai".
SWORN = word_set(
    "swears swore says said promises promised insists schwört schwor sagt sagte verspricht"
    " versprach jure jurait dit disait promet promis jura juraba dice decía promete prometió"
    " giura giurava dice diceva promette promesso zweert zwoer zegt zei belooft beloofde"
    " jura jurou diz disse promete prometeu"
)
NOT = word_set(
    "not never no nicht nie kein keine keinen ne pas plus jamais no nunca non mai niet nooit"
    " geen nao não nunca"
)
# The writer as the one: "i no longer talk about it".
FIRST = word_set("i ich je yo io ik eu")
_REACH = 12


def _suicide_at(text: list[str], p: int) -> bool:
    word = text[p]
    if not word:
        return False
    two = f"{word} {text[p + 1]}" if p + 1 < len(text) else word
    three = f"{two} {text[p + 2]}" if p + 2 < len(text) else two
    return any(
        (three.startswith(stem) or two.startswith(stem)) if " " in stem else word.startswith(stem)
        for stem in SUICIDE
    )


def _stopped_before(text: list[str], sentence: range, p: int) -> bool:
    """A stopped talk, or a denial sworn with a negation, before the suicide word at p."""
    start = max(sentence.start, p - _REACH)
    if any(text[q] in FIRST for q in range(start, p)):
        return False
    for q in range(start, p):
        if any(pattern_at(text, q, p, phrase) for phrase in STOPPED_TALK):
            return True
        if text[q] in SWORN and any(text[r] in NOT for r in range(q + 1, p + 3) if r < len(text)):
            return True
        # A talk negated: "he does not talk about killing himself anymore".
        if text[q] in TALK and any(text[r] in NOT for r in range(max(start, q - 3), q)):
            return True
    return False


def stopped_talk(words: Sequence[Token], start: int, end: int) -> bool:
    """Whether the expression at words[start:end] holds a suicide word that someone else's
    stopped or denied talk governs (see the module's docstring)."""
    text = [t.word for t in words]
    sentence = sentence_of(words, start, end)
    return any(
        _suicide_at(text, p) and _stopped_before(text, sentence, p) for p in range(start, end)
    )


def stopped_talk_sentences(words: Sequence[Token]) -> list[tuple[int, int]]:
    """The (start, end) spans from the stopped talk's sentence start to its suicide word's
    clause end, for each such sentence: what the second reader does not read."""
    text = [t.word for t in words]
    out: list[tuple[int, int]] = []
    for p in range(len(text)):
        if not _suicide_at(text, p):
            continue
        sentence = sentence_of(words, p, p + 1)
        if _stopped_before(text, sentence, p):
            stop = p + 1
            while stop < sentence.stop and not words[stop].boundary:
                stop += 1
            span = (sentence.start, stop)
            if span not in out:
                out.append(span)
    return out


# Someone else's talk of suicide going on: "my son keeps talking about killing himself", "he
# talks about killing himself again". The lexicon reads "talk about" with the writer's verbs
# and others.py lowers the third person; a carer telling it is a crisis (the contract's
# suicidal thoughts, told of someone in their care). Only the reflexive act (REFLEXIVE), after
# a talk (TALK) with a person (PERSON) before it in its sentence, and no negation between.
TALK = word_set(
    "talks talking talked keeps says saying said talk redet spricht sagt redete sprach sagte"
    " parle parlait dit disait répète habla hablaba dice decía repite parla parlava dice"
    " diceva ripete praat praatte zegt zei fala falava diz dizia repete"
)
REFLEXIVE = (
    "kill himself", "kill herself", "killing himself", "killing herself", "end his life",
    "end her life", "take his own life", "take her own life", "taking his own life",
    "taking her own life", "sich umbringen", "sich umzubringen", "sich das leben", "se tuer",
    "se suicider", "matarse", "quitarse la vida", "suicidarse", "uccidersi", "ammazzarsi",
    "togliersi la vita", "suicidarsi", "zichzelf van kant", "zichzelf te doden",
    "zelfmoord te plegen", "se matar", "matar se", "tirar a propria vida", "suicidar se",
)  # fmt: skip
PERSON = word_set(
    "he she son daughter husband wife partner dad father mum mom mother brother sister"
    " er sie sohn tochter mann frau vater papa mama mutter bruder schwester il elle fils fille"
    " mari femme père mère frère soeur él ella hijo hija marido mujer padre madre hermano"
    " hermana lui lei figlio figlia marito moglie padre madre fratello sorella hij zij zoon"
    " dochter man vrouw vader moeder broer zus ele ela filho filha marido mulher pai mãe"
    " irmão irmã"
)


def _reflexive_at(text: list[str], p: int) -> bool:
    said = " ".join(w for w in text[p : p + 5] if w)
    return any(said.startswith(stem) for stem in REFLEXIVE)


def talk_goes_on(words: Sequence[Token]) -> bool:
    """Whether someone else's talk of killing themselves is told as going on (see TALK)."""
    text = [t.word for t in words]
    for p in range(len(text)):
        if text[p] not in TALK:
            continue
        sentence = sentence_of(words, p, p + 1)
        if not any(text[q] in PERSON for q in range(max(sentence.start, p - 4), p)):
            continue
        if any(text[q] in FIRST for q in range(max(sentence.start, p - 4), p)):
            continue
        if any(text[q] in NOT for q in range(max(sentence.start, p - 3), p)):
            continue  # "he does not talk about killing himself anymore": a negated crisis
        for q in range(p + 1, min(sentence.stop, p + 8)):
            if text[q] in NOT:
                break
            if _reflexive_at(text, q):
                return not _stopped_before(text, sentence, q)
    return False
