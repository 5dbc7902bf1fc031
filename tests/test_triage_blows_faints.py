"""Lexicon lines (core/triage/lexicon.py) for self-harm told with words between and a faint in
an idiom: blows of one's own fist on one's body, or until it is blue ("hau ich mir mit der faust
auf die oberschenkel"); a cut again after a time word ("mich am wochenende wieder geschnitten");
Spanish "caer redondo" (to faint). Written for this test, not taken from the labelled sets. The
lexicon is read alone (the second reader held silent). Near misses: a kitchen cut, a wall
painted blue, falling asleep "redondo" in bed.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

CRISIS = [
    pytest.param("nachts schlag ich mir mit der faust auf die beine", id="de-fist-on-legs"),
    pytest.param("abends hau ich mir auf die arme bis es blau ist", id="de-until-blue"),
    pytest.param("ich hab mich letzte woche wieder geritzt", id="de-geritzt-again-last-week"),
    pytest.param(
        "the cream helps!! aber ich hab mich am wochenende wieder geschnitten",
        id="mixed-cut-again-weekend",
    ),
    pytest.param("ayer en el gimnasio me caí redonda", id="es-cai-redonda"),
    pytest.param("mi abuelo cayó redondo en la cocina", id="es-cayo-redondo"),
]
NEAR_MISS = [
    pytest.param(
        "ich hab mich beim kochen wieder geschnitten, nur ein pflaster", id="de-kitchen-cut"
    ),
    pytest.param("wir streichen die wand bis alles blau ist", id="de-painting-blue"),
    pytest.param("ich hau mir vor lachen auf die schenkel", id="de-slapping-thighs-laughing"),
    pytest.param("llegué tan cansada que caí redonda en la cama", id="es-asleep-in-bed"),
    pytest.param("me caí redonda en el sofá viendo la tele", id="es-asleep-on-sofa"),
]


@pytest.mark.parametrize("text", CRISIS)
def test_blows_on_oneself_a_cut_again_or_a_faint_is_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", NEAR_MISS)
def test_a_kitchen_cut_paint_or_sleep_is_not(text: str) -> None:
    assert assess(text).urgency != "crisis", (text, assess(text).reasons)
