"""Progress and praise told in trouble words (lexicon idioms): walking on one's own again
("mamá ya camina sola", "cammina già da sola", "läuft schon wieder ganz allein"), playing "da
paura" (superbly), "doodsbenauwd voor" an exam (afraid, not breathless). Written for this
test, not taken from the labelled sets. The lexicon is read alone (the second reader held
silent).

An "overdose" of sunshine or sweets is no overdose; a trouble "quasi finies" or "zo goed als
gedaan" is nearly over. Near misses stay concerns (loneliness, going out alone and getting
lost, breathlessness, pains "pas finies") or crises (an overdose of pills).
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

PROGRESS = {
    "es-walks": "sin dolor desde la operación, mamá ya camina sola por el pasillo",
    "es-again": "mi padre vuelve a andar solo hasta la plaza",
    "it-walks": "mamma cammina già da sola fino al bagno",
    "de-walks": "Mama läuft schon wieder ganz allein zum Bäcker",
    "it-da-paura": "mio figlio ha suonato da paura al saggio di pianoforte",
    "nl-exam": "mijn dochter is doodsbenauwd voor haar rijexamen maar verder gaat alles prima",
    # An "overdose" of sunshine or sweets; a trouble "as good as done", "quasi finies".
    "en-sunshine": "had an overdose of sunshine in malaga, came back with freckles",
    "es-sol": "una sobredosis de sol en la playa, qué gusto",
    "fr-soleil": "une overdose de soleil à la plage",
    "it-sole": "un overdose di sole al mare",
    "de-sonne": "eine Überdosis Sonne am Strand",
    "nl-zon": "een overdosis zon op het strand",
    "pt-sol": "uma overdose de sol na praia",
    "fr-finies": "bouffées de chaleur quasi finies, plus de sueurs la nuit",
    "nl-gedaan": "de opvliegers zijn zo goed als gedaan, ik slaap terug heel de nacht door",
}
OVERDOSE_TAKEN = {
    "en": "took an overdose of my sleeping pills on the beach",
    "es": "tomé una sobredosis de pastillas en la playa",
    "fr": "j'ai fait une overdose de médicaments",
    "it": "ho preso un overdose di pillole",
    "de": "ich habe eine Überdosis Tabletten genommen",
    "nl": "ik heb een overdosis pillen genomen",
    "pt": "tomei uma overdose de comprimidos",
}
STILL_CONCERN = {
    "es-lonely": "mi madre está muy sola desde que murió papá",
    "es-lost": "mi madre sale sola de noche y se pierde",
    "it-lonely": "mia madre è sempre da sola e piange",
    "it-lost": "mia nonna esce da sola di notte e si perde",
    "de-lonely": "ich fühle mich ganz allein mit allem",
    "de-wanders": "papa läuft nachts ganz allein durch die straßen und findet nicht heim",
    "nl-breathless": "ik ben zo benauwd sinds gisteren",
    "it-afraid": "ho una paura da morire di restare sola",
    "fr-not-finies": "les douleurs ne sont pas finies",
}


@pytest.mark.parametrize("text", PROGRESS.values(), ids=PROGRESS.keys())
def test_progress_told_in_trouble_words_is_nothing(text: str) -> None:
    assert assess(text).urgency == "none", (text, assess(text).reasons)


@pytest.mark.parametrize("text", STILL_CONCERN.values(), ids=STILL_CONCERN.keys())
def test_loneliness_getting_lost_or_breathlessness_is_a_concern(text: str) -> None:
    assert assess(text).urgency == "concern", (text, assess(text).reasons)


@pytest.mark.parametrize("text", OVERDOSE_TAKEN.values(), ids=OVERDOSE_TAKEN.keys())
def test_an_overdose_of_pills_stays_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)
