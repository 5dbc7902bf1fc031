"""A parent at the end of their tether with a baby (core/triage/newparents.py, issue 8).

A baby shaken or thrown by the parent who writes is a crisis; thoughts of harming the baby
that the parent fears and disowns are a concern; a fever in a baby under three months is a
crisis. Every phrasing here was written for this test, not taken from the labelled sets. The
lexicon is read alone (the second reader held silent). Near misses: a bottle or a rattle
shaken, a hand shaken, a letter thrown away, a party thrown; thoughts about the garden; an
older child's fever, a newborn's normal temperature, a pregnant mother's fever, a fever
denied, a cough's weeks.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

SHAKEN = {
    "en": "she wouldnt stop crying and i shook her, not hard but i shook her",
    "de": "er hat die ganze Nacht geschrien und ich hab ihn geschüttelt, ich schäme mich so",
    "fr": "elle pleurait depuis des heures et je l'ai secouée, j'ai tellement honte",
    "es": "el bebé no paraba de llorar y lo sacudí",
    "it": "piangeva da ore e l'ho scossa, mi vergogno tantissimo",
    "nl": "de baby bleef huilen en ik heb hem door elkaar geschud",
    "pt": "o bebê chorava sem parar e eu sacudi ele",
}
THROWN = {
    "en": "the baby screamed for hours and i threw her onto the bed in anger",
    "de": "sie hat nur geschrien und ich hab sie vor Wut aufs Bett geworfen",
    "fr": "il hurlait et je l'ai jeté sur le lit de colère",
    "es": "el bebé lloraba y lo tiré a la cama de la rabia",
    "it": "non smetteva di piangere e l'ho buttata sul letto per la rabbia",
    "nl": "ze bleef maar huilen en ik heb haar op bed gegooid van woede",
    "pt": "o bebê chorava e eu joguei ele na cama de raiva",
}
# No baby word: the parent's fear of harming the one they hold says who was shaken.
FEARED_THEN_SHAKEN = {
    "de": "ich hab angst dass ich ihr was antue, gestern hab ich sie fast geschüttelt",
    "fr": "j'ai peur de lui faire du mal, hier je l'ai secoué",
    "en": "im scared i will hurt her, last night i shook her",
}
SHAKE_NEAR_MISSES = (
    "i shook her hand at the baby group",
    "the baby was crying so i shook the rattle for her",
    "ich hab die Flasche für das Baby geschüttelt, sie war klumpig",
    "j'ai secoué le biberon, le bébé pleurait",
    "la carta? l'ho buttata via, il bambino dormiva",
    "i threw her a little party, the baby loved it",
    "the baby cried at the jab and i never shook her, i held her",
    "o bebê chorava e eu sacudi o chocalho",
)
HARM_THOUGHTS = {
    "en": "intrusive thoughts again about dropping her, i would never",
    "de": "ich habe Gedanken, dass ich ihr was antue, das macht mir Angst",
    "fr": "des pensées affreuses, genre lui faire du mal, je le ferais jamais",
    "es": "me vienen pensamientos de hacerle daño, nunca lo haría",
    "it": "ho pensieri orribili, tipo di farle del male, non lo farei mai",
    "nl": "ik heb gedachten dat ik haar iets aandoe, ik zou het nooit doen",
    "pt": "tenho pensamentos de fazer mal a ela, nunca faria",
}
THOUGHT_NEAR_MISSES = (
    "i had some thoughts about the garden",
    "ho pensato di farle una sorpresa per il compleanno",
    "no more intrusive thoughts since the therapy started",
)
NEWBORN_FEVER = {
    "en": "my 2 week old has a fever and wont feed",
    "de": "mein Sohn ist 4 Wochen alt und hat 38,5",
    "fr": "ma fille de 3 semaines a 38,7 et elle geint",
    "es": "mi bebé de 10 días tiene fiebre",
    "it": "la mia bimba di 6 settimane ha 38,2",
    "nl": "mijn zoon van 5 weken heeft 38,4",
    "pt": "meu filho de 3 semanas está com febre",
    "fr-nouveau-ne": "notre nouveau-né a de la fièvre",
}
FEVER_NEAR_MISSES = (
    "ma fille de 3 ans a 38,7 depuis hier",
    "ma fille de 3 semaines a 37,2, tout va bien",
    "enceinte de 30 semaines et j'ai 38,5",
    "my 6 week old had her jabs, no fever at all",
    "la toux dure depuis plus de 3 semaines, j'ai 38,5",
    "j'ai eu une fièvre de 3 jours la semaine dernière, c'est passé",
    "mijn zoon van 5 jaar heeft 38,4",
    "Le rhume est passé et je n'ai plus de fièvre depuis mardi.",
    "le nouveau-né va bien, plus de fièvre",
)


def _cases(by_lang: dict[str, str], family: str) -> list[object]:
    return [pytest.param(text, id=f"{family}-{lang}") for lang, text in by_lang.items()]


@pytest.mark.parametrize(
    "text",
    [
        *_cases(SHAKEN, "shaken"),
        *_cases(THROWN, "thrown"),
        *_cases(FEARED_THEN_SHAKEN, "feared-then-shaken"),
        *_cases(NEWBORN_FEVER, "newborn-fever"),
    ],
)
def test_a_baby_in_danger_is_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize("text", _cases(HARM_THOUGHTS, "harm-thoughts"))
def test_disowned_thoughts_of_harm_are_a_concern(text: str) -> None:
    assert assess(text).urgency == "concern", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        *(pytest.param(t, id=f"shake-near-{i}") for i, t in enumerate(SHAKE_NEAR_MISSES)),
        *(pytest.param(t, id=f"thought-near-{i}") for i, t in enumerate(THOUGHT_NEAR_MISSES)),
        *(pytest.param(t, id=f"fever-near-{i}") for i, t in enumerate(FEVER_NEAR_MISSES)),
    ],
)
def test_near_misses_stay_below_crisis(text: str) -> None:
    assert assess(text).urgency != "crisis", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("i shook her hand at the baby group", id="hand"),
        pytest.param("la carta? l'ho buttata via, il bambino dormiva", id="thrown-away"),
        pytest.param("i had some thoughts about the garden", id="garden"),
        pytest.param("ma fille de 3 semaines a 37,2, tout va bien", id="normal-temperature"),
        pytest.param("no more intrusive thoughts since the therapy started", id="thoughts-gone"),
    ],
)
def test_ordinary_lines_stay_none(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


# A baby's kicks with a future in sport, a bump that jumps, killed by a baby's smiles: no violence.
# The same kicks from a man, or a threat with a knife, stay a crisis.
KICKS_AND_SMILES = {
    "en-bump": "she had hiccups in the womb all evening, the whole bump was jumping",
    "en-footballer": "kicking all night, he is going to be a footballer",
    "en-smiles": "this baby will kill me with those smiles",
    "de-fussballer": "er strampelt den ganzen Abend, wird mal ein Fußballer",
    "fr-boxeur": "il me donne des coups de pied toute la soirée, un vrai petit boxeur",
    "fr-sourires": "ce bébé va me tuer avec ses sourires",
    "es-madrid": "no para de dar patadas, este va a ser del betis",
    "it-calciatore": "tira calci tutta la sera, sarà un calciatore",
    "nl-voetballer": "hij schopt de hele avond, wordt later voetballer",
    "pt-jogador": "chuta a noite toda, vai ser jogador do grêmio",
}
KICKS_THAT_ARE_BLOWS = {
    "en": "he kicks me every night, he is a boxer",
    "fr": "il me donne des coups de pied quand il boit",
    "es": "mi marido me da patadas, va a ser peor",
    "en-jumped": "i was jumped on the way home",
    "fr-couteau": "il va me tuer avec son couteau",
}


@pytest.mark.parametrize("text", list(KICKS_AND_SMILES.values()), ids=list(KICKS_AND_SMILES))
def test_a_babys_kicks_and_smiles_are_no_violence(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


@pytest.mark.parametrize(
    "text", list(KICKS_THAT_ARE_BLOWS.values()), ids=list(KICKS_THAT_ARE_BLOWS)
)
def test_kicks_and_threats_from_a_person_stay_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "mijn vliezen braken om 3 uur en om 8 uur lag ze op mijn buik", id="nl-waters"
        ),
    ],
)
def test_the_waters_breaking_is_no_vomit(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


def test_vomiting_told_plainly_stays_a_concern() -> None:
    assert assess("ik moest braken na het eten").urgency == "concern"
