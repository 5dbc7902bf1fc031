"""A crisis denied by its frame (core/triage/denials.py): "doesn't mean I want to die" (issue 8).

Rule 1 of the contract: a negated crisis is a concern, never nothing, and never a crisis.
When the negation sits on a verb of meaning or of reason ("does not mean", "heißt nicht,
dass", "c'est pas parce que", "no significa que", "non vuol dire che", "betekent niet dat",
"não é porque"), it reaches the crisis words after it. Every phrasing here was written for
this test, not taken from the labelled sets.

Near misses: the frame in another clause, a new clause joined by "and" or "but", "did not
mean to" (an intention), and a crisis said with no frame.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

DENIED: dict[str, tuple[str, ...]] = {
    "en": (
        "selling the house does not mean i want to kill myself, i just need a smaller place",
        "the will is not because i want to end my life, it is just sensible",
    ),
    "de": ("Dass ich das Auto verkaufe, heißt nicht, dass ich mich umbringen will.",),
    "fr": (
        "vendre la maison ça veut pas dire que je veux en finir",
        "ce n'est pas parce que je range mes papiers que je veux mourir",
    ),
    "es": ("dar mis libros no significa que me quiera quitar la vida",),
    "it": ("regalare i mobili non vuol dire che voglio farla finita",),
    "nl": ("dat ik mijn spullen weggeef betekent niet dat ik er een eind aan wil maken",),
    "pt": ("vender o carro não quer dizer que quero me matar",),
    # No intention of it.
    "intention": (
        "Ich habe nicht vor, mich umzubringen, aber ich schlafe schlecht.",
        "no tengo ninguna intención de quitarme la vida",
        "non ho nessuna intenzione di farla finita",
        "não tenho intenção de me matar, só estou muito cansada",
    ),
}

KEPT: tuple[str, ...] = (
    # The frame in another clause, or a clause joined on: the crisis is said.
    "it is not because of the move. i want to kill myself",
    "the will does not mean much to me and i want to kill myself",
    "das heißt nicht viel. ich will mich umbringen",
    # An intention, no denial: "did not mean to".
    "i did not mean to cut myself that deep",
)


@pytest.mark.parametrize("text", [t for texts in DENIED.values() for t in texts])
def test_a_crisis_denied_by_its_frame_is_a_concern(text: str) -> None:
    result = assess(text)
    assert result.urgency == "concern", result.reasons
    assert any(r.endswith("(negated crisis)") for r in result.reasons)


@pytest.mark.parametrize("text", KEPT)
def test_a_crisis_outside_the_frame_stays_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons


# The practitioner's question reported and answered no at once, with another negation after
# the "no": a negated crisis, a concern. Answered yes, or "no" followed by a plan: a crisis.
ASKED_AND_DENIED = {
    "en-you-ask": "you always ask if i have suicidal thoughts. no, not since the summer",
    "de-ob-nein": "sie fragen ob ich suizidgedanken habe, nein, hab ich nicht mehr",
    "fr-si-non": "vous m'avez demandé si j'avais encore des idées noires. non, plus du tout",
    "it-se-no": "mi chiede sempre se ho pensieri di morte. no, non ce li ho più",
    "nl-of-nee": "u vraagt of ik zelfmoordgedachten heb. nee, niet meer",
    "pt-se-nao": "a senhora pergunta se tenho pensamentos suicidas. não, já não tenho",
}
ASKED_AND_KEPT = {
    "en-no-plan": "you ask if i have suicidal thoughts. no, i have a plan for saturday",
    "en-yes": "you asked if i have suicidal thoughts. yes, every night",
    "fr-demande-si": "je me demande si je veux mourir",
    "en-no-ask": "i have suicidal thoughts. no one knows",
}


@pytest.mark.parametrize("text", list(ASKED_AND_DENIED.values()), ids=list(ASKED_AND_DENIED))
def test_a_question_reported_and_answered_no_is_a_negated_crisis(text: str) -> None:
    assert assess(text).urgency == "concern", assess(text).reasons


@pytest.mark.parametrize("text", list(ASKED_AND_KEPT.values()), ids=list(ASKED_AND_KEPT))
def test_a_question_answered_yes_or_a_no_with_a_plan_stays_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons
