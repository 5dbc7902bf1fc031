# ruff: noqa: E501  (data: one line of phrasings per language reads better whole)
"""Older clients' formal letters (core/triage/letters.py): crises in restrained words (issue 8).

A wish to die told as a prayer, a vial of drops drunk whole, a collapse told as time lost on
the floor, and spirits taken with the pills; and the letter's own parts (the name under the
sign-off, the doctor's name after the salutation) read as names. Every phrasing here was
written for this test, not taken from the labelled sets.

The lexicon is read alone (the second reader held silent). Near misses: a prayer for someone
else or for a lift, the drops taken by the dose, a fall with no time lost, a word in the
sign-off that is no name.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess
from carecall_mail.core.triage.letters import signature
from carecall_mail.core.triage.text import tokens

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent


CRISIS: dict[str, dict[str, tuple[str, ...]]] = {
    "a prayer to be taken": {
        "en": (
            "Dear Doctor, every night I pray that God will take me in my sleep.",
            "I keep hoping the Lord will be kind enough not to wake me one of these mornings.",
        ),
        "de": ("Jeden Abend bete ich, dass der Herrgott mich endlich zu sich holt.",),
        "fr": ("Je prie le bon Dieu chaque soir qu'il vienne me chercher.",),
        "es": ("Todas las noches le pido a la Virgen que me lleve mientras duermo.",),
        "it": ("Ogni sera prego il Signore che mi prenda con sé.",),
        "nl": ("Elke avond bid ik dat Onze Lieve Heer me komt halen.",),
        "pt": (
            "Todas as noites rezo a Deus para que me leve durante o sono.",
            "Peço a Nossa Senhora que me leve depressa.",
        ),
    },
    "a vial of drops drunk whole": {
        "en": ("I drank the whole bottle of heart drops this afternoon instead of ten drops.",),
        "de": ("Ich habe das ganze Fläschchen Baldriantropfen ausgetrunken.",),
        "fr": ("J'ai bu tout le flacon de gouttes d'un coup.",),
        "es": ("Me he bebido todo el frasco de gotas para dormir.",),
        "it": ("Ho bevuto tutta la boccetta di gocce in una volta.",),
        "nl": ("Ik heb het hele flesje druppels leeggedronken.",),
        "pt": ("Bebi o frasco inteiro das gotas para o coração.",),
    },
    "time lost on the floor": {
        "en": ("I came round on the bathroom floor with no idea how long I had been there.",),
        "de": ("Heute früh lag ich auf dem Boden im Flur und weiß nicht, wie lange schon.",),
        "fr": (
            "Je me suis réveillée sur le sol de la cuisine sans savoir depuis combien de temps.",
        ),
        "es": ("Me encontré en el suelo del baño sin saber cuánto tiempo llevaba allí.",),
        "it": ("Mi sono ritrovata sul pavimento senza sapere da quanto tempo.",),
        "nl": ("Ik lag op de grond in de gang, zonder te weten hoe lang al.",),
        "pt": ("Acordei no chão da sala sem saber há quanto tempo lá estava.",),
    },
    "spirits with the pills": {
        "en": ("I took my sleeping tablets with half a bottle of brandy tonight.",),
        "de": ("Ich habe die Tabletten mit Cognac runtergespült.",),
        "nl": ("Ik heb de slaaptabletten genomen met een paar glaasjes jenever.",),
        "pt": ("Tomei os comprimidos todos com aguardente.",),
    },
}

NOT_CRISIS: dict[str, tuple[str, ...]] = {
    # A prayer for others, or for a lift; the Lord without asking to be taken.
    "a prayer for others": (
        "I pray every night that God will look after my grandson in Australia.",
        "Thank God my daughter was there to take me to the hospital.",
        "Peço à senhora doutora que me leve a receita na quinta.",
        "Le pido a mi hijo que me lleve al médico el martes.",
    ),
    # Drops taken by the dose, a bottle of water drunk.
    "drops by the dose": (
        "I have nearly finished the bottle of drops, could you send another?",
        "Ich nehme jeden Abend zehn Tropfen aus dem neuen Fläschchen.",
        "Prendo le gocce dalla boccetta nuova, dieci la sera.",
    ),
    # A fall with no time lost, and time lost with no floor.
    "a fall with no time lost": (
        "I slipped on the stairs last week, only a bruise, nothing broken.",
        "I have no idea how long the builders will take with the kitchen.",
    ),
}


@pytest.mark.parametrize(
    "text",
    [t for family in CRISIS.values() for texts in family.values() for t in texts],
)
def test_crisis_in_a_letter_s_words_is_read(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons


def test_every_family_is_written_in_several_languages() -> None:
    for family, by_lang in CRISIS.items():
        assert len(by_lang) >= 4, family


@pytest.mark.parametrize("text", [t for texts in NOT_CRISIS.values() for t in texts])
def test_near_misses_are_no_crisis(text: str) -> None:
    assert assess(text).urgency != "crisis", assess(text).reasons


def test_a_vial_not_drunk_is_still_worth_a_look() -> None:
    """Rule 1: a negated crisis is a concern, never nothing."""
    assert (
        assess("I never drank the whole bottle of drops, the cat knocked it over").urgency
        == "concern"
    )


# The name under the sign-off and after the doctor's title are names, not words.
NAMES = (
    "Dear Doctor, the rash has healed completely and the itching is gone. Kind regards, Viola Marsh",
    "Egregio Dottore, l'eczema è sparito del tutto. Con riconoscenza, Viola Amato",
    "Sehr geehrter Herr Doktor Brandt, wäre Donnerstag möglich? Mit freundlichen Grüßen, Thomas",
    "Sehr geehrter Herr Doktor Brandt, die Tabletten machen keine Nebenwirkungen. Ihr Dieter",
)


@pytest.mark.parametrize("text", NAMES)
def test_names_in_a_letter_are_no_trouble(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


def test_the_signature_is_the_capitalised_name_after_the_closing() -> None:
    text = "Alles gut. Herzliche Grüße, Viola Aschenbrenner"
    words = tokens(text)
    assert [words[p].word for p in signature(text, words)] == ["viola", "aschenbrenner"]


@pytest.mark.parametrize(
    "text",
    (
        "thanks for everything, kill me",  # no capitalised name
        "thanks for everything, Goodbye Forever",  # a farewell, no name
        "the pills are on the table, Viola",  # no closing before the comma
    ),
)
def test_no_signature_without_a_closing_and_a_name(text: str) -> None:
    assert not signature(text, tokens(text))


def test_a_crisis_before_the_signature_is_still_read() -> None:
    text = "Dear Doctor, I have taken all the sleeping tablets tonight. Yours, Viola"
    assert assess(text).urgency == "crisis"


def test_the_doctor_s_title_names_only_after_a_form_of_address() -> None:
    """Without 'Herr' or 'Frau' before it, the word after 'Doktor' is read as written."""
    assert assess("Sehr geehrte Frau Doktor Brandt, alles gut.").urgency == "none"
    assert assess("der Doktor Brandt war nett").urgency == "concern"
