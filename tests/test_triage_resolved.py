# ruff: noqa: E501  (sample replies read better whole)
"""Resolutions the negation's scope reads (core/triage/assess.py): fainting told as no more,
a second trouble gone "with" the first ("et les démangeaisons avec"), the Spanish perfect of
going ("ya se me han pasado los mareos"), and Dutch "ben ik niet meer" only at a clause's
end. Written for this test, not taken from the labelled sets. The lexicon is read alone (the
second reader held silent).
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

NONE = {
    "faint-en": "since the pacemaker was fitted I have not felt faint in weeks, back at bowls",
    "faint-de": "seit dem neuen Schrittmacher bin ich nicht mehr ohnmächtig geworden, alles gut",
    "faint-fr": "je ne suis plus tombée depuis les nouveaux chaussons, et plus de malaises non plus",
    "faint-es": "desde el marcapasos no me he vuelto a desmayar, todo bien",
    "faint-it": "da quando ho il pacemaker non sono più svenuta, tutto bene",
    "faint-pt": "não caí mais desde os chinelos novos, e nenhum desmaio também",
    "faint-nl": "sinds de nieuwe pantoffels ben ik niet meer gevallen, en ook geen flauwtes meer",
    "with-en": "the rash has cleared up completely, and the itching with it",
    "with-fr": "l'eczéma a complètement disparu, et les démangeaisons avec",
    "with-es": "el eczema ha desaparecido del todo, y el picor con él",
    "with-it": "l'eczema è sparito del tutto, e il prurito con lui",
    "with-pt": "o eczema desapareceu de vez, e a comichão com ele",
    "with-de": "der Ausschlag ist weg, und der Juckreiz gleich mit",
    "with-nl": "het eczeem is helemaal verdwenen, en de jeuk ook",
    "perfect-es": "ya se me han pasado los mareos, me encuentro estupendamente",
    "perfect-es-tos": "se me ha quitado la tos del todo",
    # French "ma" (my) is no Italian "ma" (but) that would end the resolution's reach.
    "ma-fille-fr": "les boutons de ma fille ont disparu, merci beaucoup docteur",
    "ma-mere-fr": "la toux de ma mère est partie",
}

CONCERN = {
    "faint-denied-event": "ich bin nicht ohnmächtig geworden, ich habe nur im Sessel geschlafen",
    "faint-and-dizzy-it": "non sono più svenuta dopo quella volta a settembre, solo qualche capogiro",
    "faint-and-dizzy-nl": "geen flauwte meer gehad, wel nog steeds draaierig 's ochtends",
    "with-but-fr": "l'eczéma a disparu, mais les démangeaisons sont toujours là",
    "with-but-it": "l'eczema è sparito, ma il prurito è rimasto",
    "perfect-es-not": "no se me han pasado los mareos, siguen igual",
    "perfect-es-effect": "se me ha pasado el efecto y vuelve el dolor de cabeza",
    "erbij-nl": "huid beter maar een blauwe plek erbij",
    "ma-but-it": "mia figlia ha mal di pancia da ieri, ma la febbre è passata",
    "ma-still-fr": "les boutons de ma fille sont toujours là",
    # "and" then a negation or a modal: a new predicate with its own negation.
    "and-not-de": "seit den neuen tropfen hat papa dauernd durchfall und will kaum noch was essen",
    "and-not-pt": "desde o remédio novo a minha mãe anda com enjoos e não come nada",
    "and-not-en": "my dad has had a cough for a week and does not eat",
    "and-not-es": "mi madre tiene diarrea desde el lunes y no come nada",
    "and-not-it": "mia madre ha la nausea e non mangia niente",
    "and-not-nl": "mijn vader heeft diarree en wil niks eten",
    "and-not-fr": "mon père a la diarrhée et ne mange plus rien",
}

# "and" before a second subject: both gone.
BOTH_GONE = {
    "de": "der Ausschlag und das Jucken sind weg",
    "en": "the rash and the itching are gone",
    "fr": "la toux et la fièvre sont parties",
    "pt": "a tosse e a febre passaram",
}

CRISIS = {
    "faint-today": "not felt faint in weeks but this morning i fainted in the shower",
    "faint-again": "fainted again this morning and hit my head",
    "nl-gone-end": "dan ben ik niet meer",
    "nl-gone-comma": "morgen ben ik niet meer, het is beter zo",
}


@pytest.mark.parametrize("text", NONE.values(), ids=NONE.keys())
def test_the_trouble_told_over_is_nothing(text: str) -> None:
    assert assess(text).urgency == "none", (text, assess(text).reasons)


@pytest.mark.parametrize("text", CONCERN.values(), ids=CONCERN.keys())
def test_a_trouble_denied_as_an_event_or_still_there_is_a_concern(text: str) -> None:
    assert assess(text).urgency == "concern", (text, assess(text).reasons)


@pytest.mark.parametrize("text", CRISIS.values(), ids=CRISIS.keys())
def test_a_fainting_today_or_a_goodbye_stays_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", BOTH_GONE.values(), ids=BOTH_GONE.keys())
def test_two_troubles_gone_together_are_nothing(text: str) -> None:
    assert assess(text).urgency == "none", (text, assess(text).reasons)


# Kept under control (with its verb, so that "no está bajo control" stays), healed in the
# plural, a trouble told stopped before a remedy's name, "with a bang", "un cauchemar lol".
OVER_OR_IDIOM = {
    "pt-bem-controlada": "a ansiedade também está bem controlada, nenhuma crise desde outubro",
    "it-sotto-controllo": "l'ansia è sotto controllo da mesi",
    "es-bajo-control": "la ansiedad está bajo control desde el verano",
    "it-guarite": "le afte in bocca sono guarite completamente",
    "en-stopped-before-remedy": "the headaches have stopped since we changed the time i take the magnesium",
    "en-with-a-bang": "ending the year with a bang, new year's party at ours",
    "fr-cauchemar-lol": "le plan de table pour le mariage, un cauchemar lol",
}
STILL_THERE = {
    "es-no-bajo-control": "la ansiedad no está bajo control",
    "it-non-sotto-controllo": "l'ansia non è sotto controllo",
    "pt-nao-sob-controle": "a ansiedade não está sob controle",
    "en-stopped-remedy": "i stopped the magnesium and the headaches are back",
    "fr-fait-un-cauchemar": "j'ai fait un cauchemar cette nuit encore",
    "nl-bang": "ik ben bang in het donker sinds de inbraak",
}


@pytest.mark.parametrize("text", list(OVER_OR_IDIOM.values()), ids=list(OVER_OR_IDIOM))
def test_a_trouble_kept_under_control_or_an_idiom_is_nothing(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


@pytest.mark.parametrize("text", list(STILL_THERE.values()), ids=list(STILL_THERE))
def test_the_same_words_negated_or_still_there_are_a_concern(text: str) -> None:
    assert assess(text).urgency != "none", assess(text).reasons


# A trouble over at once, told after its cause past a comma (lexicon SENTENCE_RESOLVED): no
# concern. Turned after it ("but it keeps coming back"), it stays one.
OVER_AT_ONCE = {
    "en": "bit of a nosebleed in the sauna, the heat probably, stopped right away",
    "fr": "saignement de nez au ski, l'air sec, arrêté tout de suite",
    "it": "sangue dal naso in aereo, aria secca, si è fermato subito",
    "nl": "bloedneus in de trein, droge lucht, was na een minuutje over",
    "mixed": "pins and needles after the yoga class, en la postura del loto, gone in a minute",
}
OVER_AT_ONCE_TURNED = {
    "en-but": "a nosebleed, stopped in a minute, but it keeps coming back every day",
    "it-ma": "sangue dal naso, si è fermato subito, ma ogni giorno torna",
    "nl-maar": "bloedneus, was na een minuutje over, maar het komt steeds terug",
}


@pytest.mark.parametrize("text", OVER_AT_ONCE.values(), ids=OVER_AT_ONCE.keys())
def test_a_trouble_over_at_once_is_nothing(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


@pytest.mark.parametrize("text", OVER_AT_ONCE_TURNED.values(), ids=OVER_AT_ONCE_TURNED.keys())
def test_a_trouble_over_at_once_then_turned_stays_a_concern(text: str) -> None:
    assert assess(text).urgency == "concern", assess(text).reasons
