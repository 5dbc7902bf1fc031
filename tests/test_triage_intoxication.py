"""A party drug taken, with confusion and a body burning up or fitting, is a crisis
(core/triage/intoxication.py). Written for this test, not taken from the labelled sets. The
lexicon is read alone (the second reader held silent). Near misses: one sign alone, a drug
alone, confusion and a burning with no drug.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage import intoxication
from carecall_mail.core.triage.assess import assess
from carecall_mail.core.triage.text import tokens

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

CRISIS = [
    pytest.param("my son took ecstasy at a rave, hes confused and boiling hot", id="en-ecstasy"),
    pytest.param("meine tochter hat mdma genommen, sie ist total verwirrt und glüht", id="de-mdma"),
    pytest.param(
        "mon fils a pris de la md en soirée (mdma), il est confus et brûlant", id="fr-mdma"
    ),
    pytest.param(
        "mi hija tomó éxtasis en una fiesta, está desorientada y ardiendo", id="es-extasis"
    ),
    pytest.param("mio figlio ha preso ketamina, è confuso e scotta tantissimo", id="it-ketamina"),
    pytest.param("hij heeft xtc gebruikt, hij is verward en gloeit", id="nl-xtc"),
    pytest.param("o meu filho tomou ecstasy, está confuso e a ferver", id="pt-ecstasy"),
]
NEAR_MISS = [
    pytest.param(
        "my son was confused after the long drive and felt boiling hot in the car", id="en-no-drug"
    ),
    pytest.param("hij heeft ooit xtc gebruikt maar nu gaat het goed", id="nl-drug-alone"),
    pytest.param("la crema mi brucia e sono confusa su come usarla", id="it-cream"),
    pytest.param("sie hat mdma genommen und ist etwas verwirrt, sonst normal", id="de-one-sign"),
]


@pytest.mark.parametrize("text", CRISIS)
def test_a_party_drug_with_confusion_and_burning_up_is_a_crisis(text: str) -> None:
    assert intoxication.drug_and_danger(tokens(text)), text
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", NEAR_MISS)
def test_one_sign_or_no_drug_is_not(text: str) -> None:
    assert not intoxication.drug_and_danger(tokens(text)), text
