"""A check-in's questions answered with nought (core/triage/answers.py, issue 8).

Each case is a phrasing written for this test, not a line of the labelled sets, in one of
the seven languages: a field answered "none" or "0" is nothing; a nought that governs the
next word, a contrast after it, or a score above nought stays a concern; a crisis answered
"none" is a negated crisis, a concern. The second reader is held silent.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

NOTHING = [
    # A field answered with nought, on its own line or numbered.
    "side effects: none\nsleep: fine\nenergy: 7",
    "1. nausea: none\n2. sleep: ok",
    "pain: 0/10 this week",
    "my pain is at 0 today, sleeping well",
    "Kopfschmerzen: keine seit Montag\nSchlaf: gut",
    "zu Ihren Fragen: Schmerzen liegen bei 0 von 10",
    "effets secondaires : aucun\nhumeur : bonne",
    "vos questions : nausées : aucune depuis dimanche",
    "efectos secundarios: ninguno\nsueño: bien",
    "dolor: 0 de 10 desde el lunes",
    "nausea: nessuna questa settimana",
    "1) dolori: zero\n2) umore: buono",
    "bijwerkingen: geen\nstemming: goed",
    "misselijkheid: nul sinds vorige week",
    "efeitos secundários: nenhum\nhumor: bom",
    "dores: 0 em 10 desde a semana passada",
    # A question echoed, answered in the next sentence.
    "the itching? gone since the new cream",
    "Schwindel? keiner mehr",
    "les vertiges ? disparus depuis mardi",
    "¿mareos? ninguno desde el lunes",
    "la nausea? sparita",
    "duizeligheid? verdwenen sinds de druppels",
    "as tonturas? desapareceram",
    # A question quoted, answered no.
    "> Have you had any nausea since the last visit?\nno",
    "> How bad is the itching, from 0 to 10?\n0",
    "> Hatten Sie diese Woche Schwindel?\nnein, gar keinen",
    "> Avez-vous eu des maux de tête ?\nnon, aucun",
    "> ¿Ha tenido náuseas esta semana?\nno",
    "> Hai avuto mal di testa?\nno, nessuno",
    "> Heeft u nog last van misselijkheid?\nnee",
    "> Teve tonturas esta semana?\nnão, nenhuma",
]

STILL_A_CONCERN = [
    # The nought governs what follows, or is turned by a contrast, or the score is above nought.
    "pain, none of the drops help",
    "nausea: zero at first, but now every morning",
    "pain is a 7 most days",
    "Schmerzen: keine Besserung seit den Tropfen",
    "douleur : aucune amélioration",
    "dolor: 6 de 10",
    "nausea: nessun miglioramento",
    "pijn: geen verbetering",
    "dores: nenhuma melhora",
    # A trouble told, then an unrelated "nothing".
    "my headaches are back. nothing helps",
    "headaches are bad. over the weekend it got worse",
    # A question answered with more than no, or no question at all.
    "> Any nausea this week?\nno, but dizzy all day",
    "> Any headaches this week?\nyes, every morning",
    "did you know my headaches are back? no one believes me",
]

NEGATED_CRISIS = [
    "suicidal thoughts: none",
    "Suizidgedanken: keine",
    "idées suicidaires : aucune",
]

# A crisis told, then a word that only looks like an echoed question's answer (the text the
# net reads keeps no "?"): the answer to another question, or the start of another sentence.
CRISIS_TOLD = [
    "Bad. I took all the pills last night.\nNone.",
    "i took all my sleeping pills last night. nothing else to say",
    "Ich habe gestern alle Tabletten genommen. Keine Ahnung warum.",
    "j'ai avalé toute la boîte hier soir. rien d'autre",
]


@pytest.mark.parametrize("text", NOTHING)
def test_a_field_answered_with_nought_is_nothing(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", (text, result.reasons)


@pytest.mark.parametrize("text", STILL_A_CONCERN)
def test_a_nought_that_is_no_answer_leaves_the_concern(text: str) -> None:
    result = assess(text)
    assert result.urgency in ("concern", "crisis"), (text, result.reasons)


@pytest.mark.parametrize("text", NEGATED_CRISIS)
def test_a_crisis_answered_none_is_a_concern_never_nothing(text: str) -> None:
    result = assess(text)
    assert result.urgency == "concern", (text, result.reasons)


@pytest.mark.parametrize("text", CRISIS_TOLD)
def test_a_crisis_told_is_never_read_as_an_echoed_question(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", (text, result.reasons)


# A list of answers: a bare "no" before the next item's number, a label "from" a remedy, a
# sign-off on the next line, the list named further back in its sentence ("le contesto lo del
# seguimiento:\n- sofocos: cero").
LIST_ANSWERED = {
    "de-nein-numbered": "antworten auf den fragebogen:\n1. schlaf: 7 stunden\n2. schwindel: nein\n3. stimmung: gut",  # noqa: E501
    "fr-non-numbered": "réponses :\n1. vertiges : non\n2. nausées : non\n3. sommeil : bon",
    "en-from-tincture": "to your check-in:\n1. side effects from the new tincture - none, nothing at all\n2. sleep - good",  # noqa: E501
    "it-dal-trifoglio": "rispondo al questionario:\n1. effetti collaterali dal trifoglio rosso: nessuno\ngrazie davvero",  # noqa: E501
    "es-seguimiento": "le contesto lo del seguimiento:\n- sofocos: cero esta semana\n- sudores nocturnos: ninguno",  # noqa: E501
    "nl-van-druppels": "antwoorden:\n1. bijwerkingen van de druppels: geen\nbedankt",
    "pt-dos-florais": "respondendo:\n1. efeitos dos florais: nenhum\nobrigada",
}
LIST_STILL_A_CONCERN = {
    "en-from-no-better": "answers:\n1. pain from the fall: no better\n2. sleep: bad",
    "de-keine-besserung": "zum fragebogen: schwindel von den tropfen keine besserung",
    "fr-non-but": "réponses : nausées : non pas le matin mais le soir toujours",
}


@pytest.mark.parametrize("text", list(LIST_ANSWERED.values()), ids=list(LIST_ANSWERED))
def test_a_list_of_fields_answered_with_nought_is_nothing(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


@pytest.mark.parametrize(
    "text", list(LIST_STILL_A_CONCERN.values()), ids=list(LIST_STILL_A_CONCERN)
)
def test_a_list_answer_that_is_no_nought_keeps_the_concern(text: str) -> None:
    assert assess(text).urgency != "none", assess(text).reasons
