"""Someone else's talk of suicide, told by a carer (core/triage/reported.py): stopped or
denied, it is a negated crisis (concern); going on, a crisis. Written for this test, not taken
from the labelled sets. The lexicon is read alone (the second reader held silent).
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage import reported
from carecall_mail.core.triage.assess import assess
from carecall_mail.core.triage.text import tokens

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

STOPPED = {
    "en": "my son no longer talks about killing himself, but he hardly leaves his room",
    "en-does-not": "my son does not talk about killing himself anymore, but he is very low",
    "de": "mein Vater redet nicht mehr davon, dass er sterben will, aber er isst wenig",
    "fr": "mon frère ne parle plus de se tuer, mais il reste au lit toute la journée",
    "es": "mi hermano ya no habla de matarse, pero sigue muy triste",
    "it": "mio padre giura che non si ucciderebbe mai, ma è molto giù",
    "nl": "mijn man zegt dat hij geen zelfmoordgedachten meer heeft, maar hij slaapt slecht",
    "pt": "o meu pai já não fala em se matar, mas continua muito em baixo",
}
GOES_ON = {
    "en": "my son keeps talking about killing himself",
    "en-again": "my son talks about killing himself again since friday",
    "de": "mein Sohn redet davon, sich umzubringen",
    "fr": "ma fille parle de se tuer",
    "es": "mi hijo habla de matarse todo el rato",
    "it": "mio figlio parla di uccidersi da giorni",
    "nl": "mijn zoon praat over zelfmoord te plegen",
    "pt": "o meu filho fala em se matar",
}
STILL_CRISIS = {
    "es-rope": "ya no habla de matarse, pero ayer compró una cuerda",
    "en-mine": "i no longer talk about it, but i still want to die",
    "fr-still": "il parle encore de se tuer",
    "de-says": "er sagt, er will sterben",
}


@pytest.mark.parametrize("text", STOPPED.values(), ids=STOPPED.keys())
def test_someones_talk_of_suicide_stopped_is_a_concern(text: str) -> None:
    assert assess(text).urgency == "concern", (text, assess(text).reasons)
    assert reported.stopped_talk_sentences(tokens(text)) or any(
        "negated crisis" in r for r in assess(text).reasons
    )


@pytest.mark.parametrize("text", GOES_ON.values(), ids=GOES_ON.keys())
def test_someones_talk_of_suicide_going_on_is_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", STILL_CRISIS.values(), ids=STILL_CRISIS.keys())
def test_a_method_or_the_writers_own_wish_stays_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


def test_a_film_told_by_someone_is_no_talk_of_their_own() -> None:
    assert not reported.talk_goes_on(
        tokens("my son talks about a film where the hero kills himself")
    )
