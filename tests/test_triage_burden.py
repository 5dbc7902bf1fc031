# ruff: noqa: E501  (sample replies read better whole)
"""Tired of being everyone's burden, and the others soon spared ("tired of being a burden.
soon you'll all be rid of me"), is a crisis (core/triage/burden.py). Written for this test,
not taken from the labelled sets. The lexicon is read alone (the second reader held silent).

Near misses stay below crisis: a burden felt with no end foretold, a polite "I'll stop
bothering you" with no burden before it.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage import burden
from carecall_mail.core.triage.assess import assess
from carecall_mail.core.triage.text import tokens

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent


CRISIS: dict[str, tuple[str, ...]] = {
    "en": (
        "sick of being a burden on the kids. before long theyll be rid of me",
        "im tired of being the problem in this house. ill be out of everyones way soon enough",
    ),
    "de": (
        "bin es so müde, immer nur das problem zu sein. bald seid ihr mich los",
        # The others no longer bothered, in each language's words.
        "bin es müde, allen zur last zu sein. bald störe ich niemanden mehr, glaubt mir",
    ),
    "fr": (
        "fatigué d'être le problème de tout le monde. bientôt je dérangerai plus personne, croyez-moi",
        "je suis fatiguée d'être un fardeau pour mes enfants. bientôt ils seront débarrassés de moi",
    ),
    "es": (
        "estoy harta de ser una carga para mis hijos. un día de estos se libran de mí",
        "cansado de ser el problema de todos. pronto no molestaré más a nadie, créeme",
    ),
    "it": (
        "sono stanca di essere un peso per tutti. presto tolgo il disturbo",
        # Roman speech: "de" for "di", "esse" for "essere", "je" for "gli".
        "er lavoro va bene, solo che so' stufo de esse er problema de tutti, tra un po' nun je do più fastidio, fidateve",
    ),
    "nl": (
        "ik ben het zat om iedereen tot last te zijn. straks zijn ze van me verlost",
        "ik ben het zat om het probleem te zijn. binnenkort val ik niemand meer lastig",
    ),
    "pt": (
        "estou farta de ser um peso para a família. qualquer dia deixo de incomodar",
        "cansado de ser o problema de todos. daqui a pouco não incomodo mais ninguém, acreditem",
    ),
}

NEAR_MISS: dict[str, tuple[str, ...]] = {
    "en": (
        "tired of being a burden on my daughter since the hip op, but the physio says i'll walk soon",
        "sorry for all the questions, ill stop being a bother now. see you thursday",
        "sorted the printer myself, so i will not bother anyone anymore with it",
    ),
    "de": ("seit der operation bin ich allen zur last, aber der gips kommt nächste woche ab",),
    "fr": ("désolée pour toutes ces questions, je vous embêterai plus avant jeudi promis",),
    "es": ("perdón por tantas preguntas, pronto dejo de molestar. nos vemos el martes",),
    "it": (
        "grazie dottoressa, tolgo il disturbo e ci vediamo giovedì",
        # The Roman polite goodbye, no burden before it.
        "grazie dottò, mo' nun je do più fastidio co' tutte 'ste domande, a giovedì",
    ),
    "nl": ("sorry voor de vele vragen, de gips moet er over een week vanaf zijn",),
    "pt": ("cansada de ser um peso desde a operação, mas já ando sozinha outra vez",),
}


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, t) for lang, texts in CRISIS.items() for t in texts]
)
def test_a_burden_and_its_end_foretold_is_a_crisis(lang: str, text: str) -> None:
    assert burden.burden_ended(tokens(text)), text
    assert assess(text).urgency == "crisis", (lang, text, assess(text).reasons)


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, t) for lang, texts in NEAR_MISS.items() for t in texts]
)
def test_a_burden_alone_or_a_polite_goodbye_is_not(lang: str, text: str) -> None:
    assert not burden.burden_ended(tokens(text)), (lang, text)
    assert assess(text).urgency != "crisis", (lang, text, assess(text).reasons)


# The burden's reason an ordinary matter named right after it, with a practical way out:
# no end foretold, whatever words of the others spared follow.
ORDINARY_REASON = [
    pytest.param(
        "tired of being the problem of the building committee, we're moving out in june so i'll be out of everyones way",
        id="en-committee-moving",
    ),
    pytest.param(
        "bin immer das problem im verein, ich trete aus, dann habt ihr ruhe", id="de-club-leaving"
    ),
    pytest.param(
        "marre d'être le problème de l'immeuble, on déménage en mars, vous serez tranquilles",
        id="fr-building-moving",
    ),
    pytest.param(
        "harta de ser el problema de la comunidad, nos mudamos en junio y dejo de molestar",
        id="es-community-moving",
    ),
    pytest.param(
        "so' stufo de esse er problema der condominio, mo' cambio casa e nun je do più fastidio",
        id="it-roman-building-moving",
    ),
    pytest.param(
        "altijd het probleem van de vereniging, ik stap op, dan val ik niemand meer lastig",
        id="nl-club-leaving",
    ),
    pytest.param(
        "farta de ser o problema do condomínio, mudamos de casa em maio e deixo de incomodar",
        id="pt-building-moving",
    ),
]
# Either half alone keeps the crisis: a reason with no way out, "moving on" (no way out).
REASON_KEPT = [
    pytest.param(
        "so' stufo de esse er problema der condominio, tra un po' nun je do più fastidio",
        id="it-reason-no-way-out",
    ),
    pytest.param(
        "tired of being the problem at work. moving on soon, then you'll all be rid of me",
        id="en-moving-on",
    ),
    pytest.param(
        "cansado de ser el problema de todos, me mudo pronto y dejo de molestar",
        id="es-everyone-not-a-matter",
    ),
]


@pytest.mark.parametrize("text", ORDINARY_REASON)
def test_a_burden_with_an_ordinary_reason_and_a_way_out_is_no_end(text: str) -> None:
    assert not burden.burden_ended(tokens(text)), text


@pytest.mark.parametrize("text", REASON_KEPT)
def test_a_reason_or_a_way_out_alone_keeps_the_end_foretold(text: str) -> None:
    assert burden.burden_ended(tokens(text)), text
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)
