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


# A trouble told waning without a count (fewer.waning): shrinking, fading, gone down.
WANING = {
    "en": "the numbness in my toes is less and less every day",
    "en-smaller": "the bump on my shin keeps getting smaller",
    "en-fever": "her fever broke in the night, she is back to normal",
    "de": "die Taubheit im Fuß wird immer weniger",
    "de-swelling": "die Schwellung am Knie ist zurückgegangen, ich kann wieder joggen",
    "fr": "les fourmillements dans la main sont de moins en moins forts",
    "fr-fever": "la fièvre est tombée cette nuit",
    "es": "la hinchazón de la rodilla ya bajó",
    "es-before": "a mi hija le bajó la fiebre esta mañana",
    "it": "il gonfiore alla caviglia è sempre meno",
    "it-fever": "la febbre è scesa e ha mangiato tutto",
    "nl": "de zwelling aan mijn knie wordt steeds minder",
    "nl-fever": "de koorts is gezakt sinds gisteren",
    "pt": "o inchaço no pé tá cada vez menor, quase não noto mais",
    "mixed": "the tingling in my hand, cada vez menos",
}

WANING_KEPT = {
    # A waning negated, a trouble back or worse, a turn, a sensation lost (numbness growing).
    "en-not": "the fever has not gone down since yesterday",
    "en-turn": "the swelling is getting smaller but my knee still hurts",
    "en-back": "the lump was getting smaller and now it is back",
    "en-sensation": "i feel less and less in my fingertips, the numbness is spreading",
    "de-back": "die Schwellung ist zurückgegangen, aber jetzt ist sie wieder da",
    "fr-not": "la fièvre n'est pas tombée de la nuit",
    "es-worse": "la hinchazón ya bajó y ahora está peor",
    "it-not": "la febbre non è scesa per niente",
    "nl-not": "de koorts is niet gezakt",
    "pt-turn": "o inchaço tá cada vez menor, mas a dor piorou",
}


@pytest.mark.parametrize("text", WANING.values(), ids=WANING.keys())
def test_a_trouble_told_waning_is_progress(text: str) -> None:
    assert assess(text).urgency == "none"


@pytest.mark.parametrize("text", WANING_KEPT.values(), ids=WANING_KEPT.keys())
def test_a_waning_negated_or_turned_stays_a_concern(text: str) -> None:
    assert assess(text).urgency == "concern"


def test_a_fever_gone_down_told_verb_first_with_a_meal_is_progress() -> None:
    # Spanish "come" (eats) is no English return.
    assert assess("a mi hijo le bajó la fiebre y ya come bien").urgency == "none"
    assert assess("her fever broke but it came back tonight").urgency == "concern"
