"""A crisis denied by its frame: "giving the cat away doesn't mean I want to die" (issue 8).

Clients who hand over a pet, make a will or close accounts often say at once what it is not:
"heißt nicht, dass ich mir was antun will", "c'est pas parce que je veux en finir", "no
significa que quiera matarme", "betekent niet dat ik er een eind aan wil maken". The negation
sits on the verb of meaning or of reason, further back than a negation reaches over a crisis
expression (assess._CRISIS_PRE_SCOPE), so the crisis words were read as said. Read in their
frame they are a negated crisis: a concern by the contract (rule 1), never nothing.

The frame must govern the expression: between its end and the expression only a few words of
one clause (the subject, a modal, "that"), no new clause ("not because of the move, i want to
die" keeps its crisis), no "and" or "but" ("doesn't mean much to me and i want to die").

A crisis asked about is denied too when the writer reports the practitioner's question and
answers no: "sie fragen immer ob ich suizidgedanken habe, nein hab ich nicht mehr", "vous m'avez
demandé si j'avais encore des idées noires. non, je n'ai plus envie de mourir", "lei mi chiede
se ho pensieri di morte. no, non ce li ho più" (`asked_and_denied`). The "no" must answer it
at once and be followed by another negation or nothing in its sentence: "you ask if i have
suicidal thoughts. no, i have a plan" keeps its crisis.

Pure and total.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import Token, fold, word_set

__all__ = ["asked_and_denied", "denied"]

# The frames, as folded words in a row: a negated verb of meaning ("does not mean", "heißt
# nicht", "veut pas dire", "no significa", "non vuol dire", "betekent niet", "não quer dizer")
# or a negated reason ("not because", "nicht weil", "pas parce que", "no es porque", "non è
# perché", "niet omdat", "não é porque").
_FRAMES: frozenset[tuple[str, ...]] = frozenset(
    tuple(fold(w) for w in frame.split())
    for frame in (
        "not mean / not necessarily mean / not because",
        "heißt nicht / heisst nicht / bedeutet nicht / nicht weil / heißt noch lange nicht",
        "pas dire / signifie pas / pas parce que / pas parce qu",
        "no significa / no quiere decir / no es porque / no porque / no es que",
        "non vuol dire / non vuole dire / non significa / non e perche / non perche",
        "betekent niet / wil niet zeggen / niet omdat / betekent nog niet",
        "não quer dizer / não significa / não é porque / não porque",
        # No intention of it: "no tengo intención de hacerme daño", "nessuna intenzione di".
        "no intention / not intend / not intending / keine absicht / nicht die absicht",
        "habe nicht vor / hab nicht vor",
        "aucune intention / pas l intention / pas intention",
        "no tengo intencion / ninguna intencion / no tengo ninguna intencion",
        "non ho intenzione / nessuna intenzione / alcuna intenzione",
        "niet van plan / geen intentie / geen plannen",
        "não tenho intenção / nenhuma intenção / não tenho nenhuma intenção",
    )
    for frame in frame.split(" / ")
)
_LONGEST = max(len(frame) for frame in _FRAMES)
# "that" after the frame: "heißt nicht, dass", "veut pas dire que".
_THAT = word_set("that dass que qu che dat")
# Words that end the frame's hold: a new clause joined on ("and i want to die").
_JOINS = word_set(
    "and but or und aber oder et mais ou y pero o e ma oppure en maar of mas ou so also donc"
)
# How many words may stand between the frame (and its "that") and the crisis expression: a
# subject, a modal, a thinking verb ("dat ik er", "que je pense au", "porque me quiera").
_REACH = 5


def denied(words: Sequence[Token], start: int) -> bool:
    """Whether a denial frame ("does not mean", "nicht weil") governs the crisis expression
    that begins at `words[start]`."""
    text = [t.word for t in words]
    pos = start - 1
    between = 0
    while pos >= 0 and between <= _REACH:
        token = words[pos]
        if token.boundary == "strong" or token.word in _JOINS:
            return False
        if token.boundary:
            # Only the comma that follows the frame itself: "heißt nicht, dass", "hab nicht vor,
            # mich umzubringen".
            return _frame_ends_at(text, pos - 1)
        if _frame_ends_at(text, pos):
            return True
        if token.word not in _THAT:
            between += 1
        pos -= 1
    return False


def _frame_ends_at(text: list[str], pos: int) -> bool:
    for length in range(2, _LONGEST + 1):
        first = pos - length + 1
        if first >= 0 and tuple(text[first : pos + 1]) in _FRAMES:
            # "did not mean to cut so deep" is an intention, no denial.
            return not (text[pos] == "mean" and pos + 1 < len(text) and text[pos + 1] == "to")
    return False


# A reported question: a verb of asking, then "if" or "whether", before the crisis expression.
_ASK = word_set(
    "ask asks asked asking fragen fragt fragte fragten gefragt demande demandez demandiez"
    " demandait demandent pregunta preguntan pregunto preguntaba chiede chiedete chiesto chiedeva"
    " vraagt vroeg vragen gevraagd pergunta perguntam perguntou perguntava"
)
_IF = word_set("if whether ob si se of")
_NO = word_set("no nein non nee não")
# Another negation after the "no": "nein, hab ich nicht mehr", "non, je n'ai plus".
_AGAIN = word_set(
    "not never nicht nie kein keine ne pas plus jamais no nunca ya non mai piu niet nooit geen meer"
    " não nunca mais mehr more anymore longer"
)
_ASK_REACH = 10
_ANSWER_REACH = 3
_AGAIN_REACH = 8


def asked_and_denied(words: Sequence[Token], start: int, end: int) -> bool:
    """Whether the crisis expression at words[start:end] is the practitioner's question the
    writer reports ("you ask if", "sie fragen ob") and answers no right after it, with
    another negation or nothing after the "no" in its sentence."""
    text = [t.word for t in words]
    asked = False
    for pos in range(start - 1, max(-1, start - 1 - _ASK_REACH), -1):
        if words[pos].boundary == "strong":
            break
        if text[pos] in _IF and any(
            text[q] in _ASK for q in range(max(0, pos - 4), pos) if not words[q].boundary
        ):
            asked = True
            break
    if not asked:
        return False
    pos, seen = end, 0
    while pos < len(words) and seen <= _ANSWER_REACH:
        if text[pos] in _NO:
            break
        seen += 0 if words[pos].boundary else 1
        pos += 1
    else:
        return False
    if pos >= len(words) or text[pos] not in _NO:
        return False
    rest: list[str] = []
    q = pos + 1
    while q < len(words) and words[q].boundary != "strong" and len(rest) < _AGAIN_REACH:
        if text[q]:
            rest.append(text[q])
        q += 1
    return not rest or any(w in _AGAIN for w in rest)
