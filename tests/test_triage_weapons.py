# ruff: noqa: E501  (data: one line of phrasings per language reads better whole)
"""A gun taken out of its cabinet and sat with, told without a word of dying (issue 8).

The writer's gun out of its cabinet or safe, held, in the lap, stared at: a crisis
(core/triage/weapons.py). Written for this test, not taken from the labelled sets. The
lexicon is read alone (the second reader held silent).

Near misses stay below crisis: a gun cleaned or taken out for the hunt, the range or the
foxes, someone else's gun, a glue gun or a water pistol.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage import weapons
from carecall_mail.core.triage.assess import assess
from carecall_mail.core.triage.text import tokens

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent


SAT_WITH = {
    "en-lap": "had the rifle out of the safe again last night, just sitting with it on my lap in the barn",
    "de-schrank": "hab das gewehr aus dem schrank geholt und saß damit im stall",
    "fr-coffre": "j'ai sorti le fusil du coffre et je suis resté assis avec dans la grange",
    "es-armario": "anoche saqué la escopeta del armario y me quedé sentado con ella",
    "it-armadio": "ho tirato fuori il fucile dall'armadio e sono rimasto seduto con lui in mano",
    "nl-kast": "ik heb het geweer uit de kast gehaald en zat ermee op schoot in de schuur",
    "pt-colo": "tirei a espingarda do armário e fiquei sentado com ela no colo",
}
NEAR_MISSES = {
    "en-clean": "took the shotgun out of the cabinet to clean it before pheasant season",
    "en-dad": "my dad sat with his shotgun on the porch waiting for the foxes",
    "en-glue-gun": "got the glue gun out of the cupboard, holding it like a pro for the kids' costumes",
    "en-locked": "the gun's in the cabinet, locked, my wife has the key",
    "de-jagd": "hab das gewehr aus dem schrank geholt, morgen geht's auf die jagd",
    "fr-renard": "j'ai sorti le fusil du coffre pour le renard qui tourne autour du poulailler",
    "es-caza": "saqué la escopeta del armario para la temporada de caza",
    "it-pulire": "ho tirato fuori il fucile dall'armadio per pulirlo, domenica c'è la gara di tiro",
    "nl-schoon": "ik heb het geweer uit de kast gehaald om het schoon te maken",
    "pt-policia": "tirei a espingarda do cofre para a inspeção da polícia",
}


@pytest.mark.parametrize("text", list(SAT_WITH.values()), ids=list(SAT_WITH))
def test_a_gun_out_and_sat_with_is_a_crisis(text: str) -> None:
    assert weapons.gun_sat_with(tokens(text)), text
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize("text", list(NEAR_MISSES.values()), ids=list(NEAR_MISSES))
def test_a_gun_for_its_work_or_someone_elses_is_not(text: str) -> None:
    assert not weapons.gun_sat_with(tokens(text)), text
