"""A goodbye sent to everyone, and its writer out of reach, is a crisis
(core/triage/farewells.py). Written for this test, not taken from the labelled sets. The
lexicon is read alone (the second reader held silent). Near misses: a goodbye at a leaving do,
a phone unanswered with no goodbye.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage import farewells
from carecall_mail.core.triage.assess import assess
from carecall_mail.core.triage.text import tokens

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

CRISIS = [
    pytest.param(
        "my daughter posted goodbye to everyone on her story and is not answering her phone",
        id="en-story-goodbye",
    ),
    pytest.param(
        "mein sohn hat tschüss an alle in die gruppe geschrieben und ist seitdem nicht erreichbar",
        id="de-tschuess-an-alle",
    ),
    pytest.param(
        "ma fille a écrit adieu à tout le monde sur snap et elle ne répond pas",
        id="fr-adieu-a-tout-le-monde",
    ),
    pytest.param(
        "mi hijo puso adiós a todos en el grupo de clase y no contesta", id="es-adios-a-todos"
    ),
    pytest.param(
        "mia figlia ha scritto addio a tutti nella chat e il telefono è spento",
        id="it-addio-a-tutti",
    ),
    pytest.param(
        "mijn zoon nam afscheid van iedereen in de groepsapp en neemt niet op",
        id="nl-afscheid-van-iedereen",
    ),
    pytest.param("a minha filha mandou adeus a todos no grupo e não atende", id="pt-adeus-a-todos"),
]
NEAR_MISS = [
    pytest.param(
        "at her leaving do she said goodbye to everyone, lovely evening", id="en-leaving-do"
    ),
    pytest.param("mein sohn geht nicht ans handy, der akku ist wohl leer", id="de-phone-alone"),
    pytest.param(
        "mi hijo dijo adiós a todos en la fiesta y se fue a dormir", id="es-party-goodbye"
    ),
    pytest.param("hij nam afscheid van iedereen op zijn laatste werkdag", id="nl-last-workday"),
]


@pytest.mark.parametrize("text", CRISIS)
def test_a_goodbye_to_all_unanswered_is_a_crisis(text: str) -> None:
    assert farewells.goodbye_unanswered(tokens(text)), text
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", NEAR_MISS)
def test_a_goodbye_or_an_unanswered_phone_alone_is_not(text: str) -> None:
    assert not farewells.goodbye_unanswered(tokens(text)), text
    assert assess(text).urgency != "crisis", (text, assess(text).reasons)
