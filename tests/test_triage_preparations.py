"""A date chosen and everything laid out, with nothing it is for, is a crisis
(core/triage/preparations.py). Written for this test, not taken from the labelled sets. The
lexicon is read alone (the second reader held silent). Near misses: the same readiness for a
wedding, a move or a party.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

CRISIS = [
    pytest.param(
        "i have chosen a date and got everything ready. thank you for trying",
        id="en-date-everything-ready",
    ),
    pytest.param(
        "ich hab mir einen tag ausgesucht und alles bereitgelegt. danke für alles",
        id="de-tag-bereitgelegt",
    ),
    pytest.param(
        "j'ai choisi une date et tout préparé. merci pour tout", id="fr-date-tout-prepare"
    ),
    pytest.param(
        "ya he elegido una fecha y lo tengo todo preparado. gracias por todo",
        id="es-fecha-todo-preparado",
    ),
    pytest.param("ho scelto una data e tutto è pronto. grazie di tutto", id="it-data-tutto-pronto"),
    pytest.param(
        "ik heb een dag gekozen en alles klaargezet. bedankt voor alles", id="nl-dag-klaargezet"
    ),
    pytest.param(
        "escolhi uma data e deixei tudo preparado. obrigada por tudo", id="pt-data-tudo-preparado"
    ),
]
NEAR_MISS = [
    pytest.param("we have chosen a date and got everything ready for the party", id="en-party"),
    pytest.param(
        "wir haben ein datum ausgesucht und alles vorbereitet für die hochzeit", id="de-hochzeit"
    ),
    pytest.param("j'ai choisi une date et tout préparé pour le déménagement", id="fr-demenagement"),
    pytest.param("hemos elegido una fecha y todo preparado para la boda", id="es-boda"),
    pytest.param("ho scelto una data per la festa di laurea", id="it-date-alone"),
    pytest.param(
        "we hebben een datum gekozen en alles klaargelegd voor de verhuizing", id="nl-verhuizing"
    ),
    pytest.param("escolhi uma data e tudo pronto para o batizado", id="pt-batizado"),
]


@pytest.mark.parametrize("text", CRISIS)
def test_a_date_chosen_and_everything_laid_out_is_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", NEAR_MISS)
def test_a_date_for_a_wedding_a_move_or_a_party_is_not(text: str) -> None:
    assert assess(text).urgency != "crisis", (text, assess(text).reasons)
