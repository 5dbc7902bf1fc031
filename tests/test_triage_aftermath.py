"""Fear that stays after the danger has gone is a concern (issue 8).

Each case is a phrasing written for this test, not a line of the labelled sets; each family
is read by a pattern of carecall_mail/core/triage/aftermath.py in every language. The second
reader is held silent, as in tests/test_triage_families.py.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

AFTERMATH = {
    # A startle at every knock, bell or noise, after the reassurance that the danger is over.
    "en-startle": "he has moved out and i am safe now, but i flinch at every noise in the hall",
    "en-makes-me-jump": "the court order holds. still, every knock on the door makes me jump",
    "de-startle": "er wohnt nicht mehr hier, aber ich zucke bei jedem Klingeln zusammen",
    "fr-startle": "il est parti pour de bon, mais je sursaute à chaque coup de sonnette",
    "es-startle": "ya se fue de casa, pero me sobresalto con cualquier ruido de la escalera",
    "it-startle": "se ne è andato, però sobbalzo a ogni rumore sulle scale",
    "nl-startle": "hij woont er niet meer, maar ik schrik van elk geluid in het trappenhuis",
    "pt-startle": "ele foi embora, mas qualquer barulho me assusta",
    # Shaking that will not stop, or at the thought of the hearing.
    "en-shaking": "he is locked up, but i can not stop shaking when the trial comes up",
    "de-shaking": "seit der Anzeige kann nicht aufhören zu zittern, wenn das Telefon klingelt",
    "fr-shaking": "il est en garde à vue mais je tremble rien que d'y penser",
    "es-shaking": "ya está detenido, pero me tiemblan las manos solo de pensar en el juicio",
    "it-shaking": "è ai domiciliari, ma tremo al pensiero del processo",
    "nl-shaking": "hij zit vast, maar ik tril bij de gedachte aan de rechtszaak",
    "pt-shaking": "ele está preso, mas tremo só de pensar no julgamento",
    # A chair against the door; his face in every night's dream.
    "en-chair": "we are in the new flat now. i still put a chair against the door at night",
    "de-chair": "neue Wohnung, alles gut, nur stelle ich jeden Abend einen Stuhl vor die Tür",
    "fr-chair": "je mets encore une chaise contre la porte le soir",
    "es-dream": "ya no vivimos juntos, pero sueño todas las noches que él vuelve",
    "it-dream": "non abitiamo più insieme, ma sogno ogni notte che lui torna",
    "nl-chair": "ik zet nog steeds een stoel onder de deurklink",
    "pt-dream": "já não moramos juntos, mas sonho todas as noites que ele volta",
}

NEAR_MISSES = {
    # One start at a door, a child's eagerness, a pet's fear, laughter, a holiday dream.
    "en-one-start": "i jumped when the doorbell rang, it was only the postman with the parcel",
    "en-chance": "the kids jump at every chance to go to the pool",
    "en-laughter": "i could not stop shaking with laughter at the film",
    "en-recovered": "i no longer jump at every noise, the therapy has really helped",
    "de-recovered": "ich zucke nicht mehr bei jedem Geräusch zusammen, die Therapie hilft",
    "fr-recovered": "je ne sursaute plus au moindre bruit, ça va beaucoup mieux",
    "es-recovered": "ya no salto con cada ruido, la terapia me ha ayudado mucho",
    "it-holiday": "sogno ogni notte il mare della Sardegna, non vedo l'ora di partire",
    "nl-recovered": "ik schrik niet meer van elke deurbel, het gaat echt beter",
    "pt-holiday": "sonho todas as noites com as férias na praia",
}


@pytest.mark.parametrize("text", list(AFTERMATH.values()), ids=list(AFTERMATH))
def test_fear_after_the_danger_is_a_concern(text: str) -> None:
    result = assess(text)
    assert result.urgency == "concern", (text, result.reasons)


@pytest.mark.parametrize("text", list(NEAR_MISSES.values()), ids=list(NEAR_MISSES))
def test_a_single_start_or_a_recovery_is_nothing(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", (text, result.reasons)
