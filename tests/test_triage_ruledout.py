"""A condition a test ruled out ("the allergy test came back clear") is no new symptom
(core/triage/ruledout.py). Written for this test, not taken from the labelled sets. The
lexicon is read alone (the second reader held silent).

Near misses keep their level: a symptom beside the negative test, a positive result, a test
still to come, a crisis the test did not look for.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

RULED_OUT = [
    pytest.param(
        "the allergy test came back negative, so the oat milk stays", id="en-came-back-negative"
    ),
    pytest.param("tested negative for covid, back at work monday", id="en-tested-negative-for"),
    pytest.param("der Allergie test war negativ, ich nehme die Salbe weiter", id="de-negativ"),
    pytest.param("le test d'allergie au pollen est revenu négatif, tout va bien", id="fr-negatif"),
    pytest.param(
        "la prueba de alergia a los frutos secos salió negativa, qué alivio", id="es-negativa"
    ),
    pytest.param(
        "il test per l'allergia al nichel è negativo, continuo con la crema", id="it-negativo"
    ),
    pytest.param(
        "de test op allergie was negatief, dus ik blijf bij de druppels", id="nl-negatief"
    ),
    pytest.param("o teste de alergia ao glúten deu negativo, continuo igual", id="pt-negativo"),
]

KEPT = [
    pytest.param(
        "the allergy test was negative but the rash is still spreading",
        "concern",
        id="en-rash-beside",
    ),
    pytest.param("allergy test was positive, so that explains it", "concern", id="en-positive"),
    pytest.param(
        "allergy test next week, what should i avoid before it?", "concern", id="en-test-to-come"
    ),
    pytest.param(
        "Allergietest negativ, aber der Ausschlag juckt noch", "concern", id="de-itch-beside"
    ),
    pytest.param(
        "test d'allergie positif, je dois arrêter les amandes", "concern", id="fr-positif"
    ),
    pytest.param(
        "la prueba de alergia dio negativa pero sigo con picor", "concern", id="es-itch-beside"
    ),
    pytest.param("test allergia negativo ma ho ancora il prurito", "concern", id="it-itch-beside"),
    pytest.param(
        "allergietest negatief maar de jeuk is er nog steeds", "concern", id="nl-itch-beside"
    ),
    pytest.param(
        "teste de alergia negativo mas continuo com comichão", "concern", id="pt-itch-beside"
    ),
    pytest.param(
        "covid test negative but i cant breathe and my lips are blue",
        "crisis",
        id="en-crisis-beside",
    ),
]


@pytest.mark.parametrize("text", RULED_OUT)
def test_a_condition_a_test_ruled_out_is_nothing(text: str) -> None:
    assert assess(text).urgency == "none", (text, assess(text).reasons)


@pytest.mark.parametrize(("text", "level"), KEPT)
def test_trouble_beside_the_test_or_a_positive_result_keeps_its_level(
    text: str, level: str
) -> None:
    assert assess(text).urgency == level, (text, assess(text).reasons)


# A lump a doctor examined and named harmless (ruledout.by_examination).
EXAMINED_HARMLESS = {
    "en": "the doctor examined the lump under my arm, it is a benign cyst",
    "de": "die Hautärztin hat den Knoten angeschaut, nur ein harmloses Lipom",
    "fr": "le médecin a palpé la boule, un kyste bénin, rien de grave",
    "es": "el médico revisó el bulto del cuello y es benigno",
    "it": "il dottore ha visto il nodulo sul braccio, niente di grave",
    "nl": "de dokter heeft de bult onderzocht, een goedaardige cyste",
    "pt": "a doutora examinou o caroço, é um cisto benigno",
    "mixed": "my gp checked the bulto, all clear, gracias a dios",
}

EXAMINED_KEPT = {
    "en-biopsy": "the gp checked the lump and wants a biopsy",
    "en-not": "the doctor looked at the lump, not a cyst, more tests",
    "en-grown": "the doctor said the lump was a harmless cyst but it has grown since",
    "en-future": "the doctor will check the lump next week, hope it is harmless",
    "de-grown": "der Arzt sagte, der Knoten sei harmlos, aber er ist gewachsen",
    "fr-still": "le médecin a regardé la boule, bénigne dit-il, mais elle grossit encore",
    "nl-not": "de huisarts keek naar de bult, het is geen vetbultje",
}


@pytest.mark.parametrize("text", EXAMINED_HARMLESS.values(), ids=EXAMINED_HARMLESS.keys())
def test_a_lump_a_doctor_found_harmless_is_nothing(text: str) -> None:
    assert assess(text).urgency == "none"


@pytest.mark.parametrize("text", EXAMINED_KEPT.values(), ids=EXAMINED_KEPT.keys())
def test_a_verdict_to_come_or_a_lump_grown_stays_a_concern(text: str) -> None:
    assert assess(text).urgency == "concern"
