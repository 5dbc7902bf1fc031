"""A body part told broken in a worn-out machine's words is a concern (core/triage/worn.py).

Written for this test, not taken from the labelled sets. The lexicon is read alone (the
second reader held silent). Near misses stay nothing: a machine "kaputt", a part told mended,
tired after a match.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

WORN = {
    "en-knees-shot": "my knees are shot after twenty years on the roofs",
    "de-kreuz-eimer": "mein kreuz ist im eimer seit dem heuen",
    "fr-dos-compote": "j'ai le dos en compote après la moisson",
    "es-espalda-polvo": "tengo la espalda hecha polvo de tanto cargar",
    "it-schiena-pezzi": "ho la schiena a pezzi dopo la vendemmia",
    "nl-rug-knoppen": "mijn rug is naar de knoppen van het tegels leggen",
    "pt-costas-arrebentadas": "estou com as costas arrebentadas da obra",
    "fr-creve-tout-le-temps": "je suis crevé tout le temps, même après le week-end",
    "de-staendig-platt": "ich bin ständig platt, auch nach dem urlaub",
    "es-siempre-reventado": "estoy siempre reventado, ni los domingos me recupero",
}
NOT_WORN = {
    "en-tractor": "the tractor is kaputt again, waiting on the part",
    "en-mended": "my back's not knackered any more since the physio",
    "en-came-back": "came back knackered from the match, great game",
    "de-auto": "das auto ist im eimer, brauch ein neues",
    "fr-mended": "le dos n'est plus en compote, merci pour les exercices",
    "nl-fiets": "mijn fiets is kapot, dus ik kom met de bus",
    "fr-creve-match": "je suis crevé après le match, on a gagné",
    "it-distrutto-gara": "distrutto dopo la gara ma felice",
}


@pytest.mark.parametrize("text", list(WORN.values()), ids=list(WORN))
def test_a_body_part_told_broken_is_a_concern(text: str) -> None:
    assert assess(text).urgency == "concern", assess(text).reasons


@pytest.mark.parametrize("text", list(NOT_WORN.values()), ids=list(NOT_WORN))
def test_a_machine_broken_or_a_part_mended_is_nothing(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons
