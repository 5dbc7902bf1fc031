"""A trouble told with a count that falls is progress, no concern (core/triage/fewer.py).
Written for this test, not taken from the labelled sets. The lexicon is read alone (the
second reader held silent).

Near misses stay concerns: a count that rises, a falling count beside a trouble that is back.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

FALLING = {
    "en": "my headaches are down from 6 a week to 2 since the magnesium",
    "de": "die Migräne ist von 8 Tagen im Monat auf 2 runter",
    "fr": "mes migraines sont tombées de 10 par mois à 2",
    "es": "la migraña bajó de 8 días al mes a 2, el magnesio funciona",
    "it": "l'emicrania è arrivata una volta invece di tutti i mesi",
    "nl": "de buikpijn is van elke dag naar één keer per week gegaan",
    "pt": "as crises de enxaqueca baixaram de 4 para 1 por mês",
    "mixed": "hot flushes down from twelve a day to two, merci la sauge",
}

STILL_CONCERN = {
    "en-up": "headaches up from 1 a week to 5",
    "de-up": "die Migräne ist von 2 auf 6 Tage im Monat gestiegen",
    "fr-up": "les bouffées de chaleur ont augmenté de 2 à 10 par jour",
    "nl-up": "de buikpijn is van één keer per week naar elke dag gegaan",
    "pt-up": "as dores aumentaram de 1 para 5 por semana",
    "en-back": "the migraines are back, my dose went from 4 to 2",
    "it-back": "l'emicrania è tornata, ho ridotto le gocce da 20 a 10",
    # A turn to other news the lexicon may not read: the good count does not silence it.
    "en-turn": "hot flushes from about 10 a day to 3, thank you! only thing is my migraine is new",
    "es-turn": "las migrañas bajaron de 4 a la semana a 1. eso sí, me duele el estómago",
}


@pytest.mark.parametrize("text", FALLING.values(), ids=FALLING.keys())
def test_a_trouble_with_a_falling_count_is_no_concern(text: str) -> None:
    assert assess(text).urgency == "none", (text, assess(text).reasons)


@pytest.mark.parametrize("text", STILL_CONCERN.values(), ids=STILL_CONCERN.keys())
def test_a_rising_count_or_a_trouble_back_is_a_concern(text: str) -> None:
    assert assess(text).urgency == "concern", (text, assess(text).reasons)
