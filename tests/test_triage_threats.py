# ruff: noqa: E501  (sample replies read better whole)
"""A beating or a weapon promised to the writer, by anyone, is a crisis (core/triage/threats.py).
Written for this test, not taken from the labelled sets. The lexicon is read alone (the second
reader held silent). Near misses: the same slang for effort, a hangover or a game, a knife at
table, a cake waiting.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

CRISIS = [
    pytest.param(
        "some guy from the group chat says hes waiting for me after practice with a knife",
        id="en-waiting-knife",
    ),
    pytest.param("they said theyre going to jump me at the bus stop", id="en-jump-me"),
    pytest.param("he keeps messaging that he will kick my head in on monday", id="en-kick-head-in"),
    pytest.param(
        "einer aus der parallelklasse schreibt, er wartet nach dem training mit einem messer auf mich",
        id="de-waiting-knife",
    ),
    pytest.param(
        "die typen haben gesagt sie wollen mich zusammenschlagen wenn ich nichts zahle",
        id="de-zusammenschlagen",
    ),
    pytest.param(
        "un gars sur insta dit qu'il va venir me défoncer à la sortie", id="fr-venir-defoncer"
    ),
    pytest.param("ils m'attendent devant le collège avec un couteau", id="fr-waiting-knife"),
    pytest.param(
        "una chica de mi clase dice que me va a partir la cara en el recreo", id="es-partir-cara"
    ),
    pytest.param(
        "uno de tiktok me escribe que me espera en el portal con una navaja", id="es-waiting-navaja"
    ),
    pytest.param("dice che mi riempie di botte appena esco da scuola", id="it-riempie-botte"),
    pytest.param(
        "un ragazzo mi scrive che mi aspetta al parchetto con un coltello", id="it-waiting-coltello"
    ),
    pytest.param("ze hebben gezegd dat ze me verrot slaan als ik praat", id="nl-verrot-slaan"),
    pytest.param(
        "een jongen uit de klas zegt dat hij op me wacht met een mes", id="nl-waiting-mes"
    ),
    pytest.param(
        "um rapaz do instagram diz que vai me encher de porrada na saída", id="pt-encher-porrada"
    ),
    pytest.param("disseram que me esperam no portão com uma faca", id="pt-waiting-faca"),
]
NEAR_MISS = [
    pytest.param("mum was waiting for me with a cake when i got home", id="en-cake"),
    pytest.param("i will smash it at the exam, dont worry", id="en-smash-exam"),
    pytest.param(
        "opa wartet mit einem messer und dem brot auf mich zum abendessen", id="de-bread-knife"
    ),
    pytest.param("la rando de demain va me défoncer, j'ai pas dormi", id="fr-hike-wears-out"),
    pytest.param("je vais me défoncer à l'entraînement samedi", id="fr-give-it-my-all"),
    pytest.param("esta resaca me va a reventar la cabeza", id="es-hangover-head"),
    pytest.param(
        "mia nonna mi aspetta con un coltello per tagliare la torta di compleanno",
        id="it-cake-knife",
    ),
    pytest.param("we hebben ze verslagen met 4-0, echt kapot gespeeld", id="nl-game"),
    pytest.param("a minha mãe espera-me com um bolo na saída da escola", id="pt-bolo"),
]


@pytest.mark.parametrize("text", CRISIS)
def test_a_beating_or_a_weapon_promised_is_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", NEAR_MISS)
def test_the_same_slang_for_effort_a_game_or_a_meal_is_not(text: str) -> None:
    assert assess(text).urgency != "crisis", (text, assess(text).reasons)
