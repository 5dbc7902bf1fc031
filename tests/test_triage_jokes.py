# ruff: noqa: E501  (sample replies read better whole)
"""A dark joke about a means taken back only halfway ("joking. mostly", "brincadeira. ou
não", "only half joking") is a crisis (core/triage/jokes.py). Written for this test, not
taken from the labelled sets. The lexicon is read alone (the second reader held silent).

Near misses stay below crisis: a half-joke about no means, "mostly" with no joke, a joke
taken back whole.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage import jokes
from carecall_mail.core.triage.assess import assess
from carecall_mail.core.triage.text import tokens

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent


CRISIS: dict[str, tuple[str, ...]] = {
    "en": (
        "told my brother the old shotgun in the loft would save everyone a lot of bother. kidding. sort of",
        "i'm only half joking when i say the cliff path looks inviting",
        # A filler between the joke and its taking back; an embankment driven off.
        "one of these days i'll just drive the truck off the embankment. joking eh. more or less",
    ),
    "de": (
        "hab zum kumpel gesagt der strick im stall hält mich locker aus. nur spaß. halbwegs",
        "meinte zu meiner frau, vom gerüst runter wär die schnellste lösung. scherz. oder auch nicht",
        "irgendwann fahr ich mit dem traktor die böschung runter. spaß ne. halbwegs",
    ),
    "fr": (
        "j'ai dit au patron que du toit de la grange ce serait vite réglé. je plaisante. plus ou moins",
        "un de ces jours je prends la voiture et je file dans le ravin. je rigole hein. à moitié",
    ),
    "es": (
        "le dije a mi hermano que la escopeta del abuelo me solucionaba la vida. es broma. o no",
        "medio en broma le digo a mi mujer que desde el puente se acaba todo",
        "cualquier día cojo el coche y me voy por el barranco. es broma eh. más o menos",
    ),
    "it": (
        "ho detto a mia moglie che la corda in cantina è abbastanza robusta. scherzo. mezzo",
        "un giorno o l'altro prendo il trattore e vado giù dalla scarpata. scherzo eh. più o meno",
    ),
    "nl": (
        "zei tegen mijn vrouw dat het touw in de schuur sterk genoeg is. grapje. min of meer",
        "op een dag rij ik met de auto het ravijn in. grapje hoor. min of meer",
    ),
    "pt": (
        "disse ao meu irmão que a espingarda do avô resolvia tudo. brincadeira. ou não",
        "um dia destes pego no carro e vou pela ribanceira abaixo. brincadeira né. mais ou menos",
    ),
}

NEAR_MISS: dict[str, tuple[str, ...]] = {
    "en": (
        "told the boss i'm quitting to breed goats. joking. mostly",
        "had a rough week but all good now mostly, fixed the barn door",
        "said the rope swing in the barn would be the kids' favourite. joking!",
        # A filler after a joke taken back whole, a means named: no half.
        "we cycled along the embankment in the rain, lovely. joking eh! it was grim",
    ),
    "de": ("hab gesagt ich kündige und zieh nach mallorca. spaß. halbwegs",),
    "fr": ("j'ai dit que je vendais la ferme pour partir au soleil. je rigole. à moitié",),
    "es": ("le dije al jefe que me voy a vivir a la playa. es broma. medio broma",),
    "it": (
        "ho detto che lascio il lavoro e apro un bar. scherzo. più o meno",
        "siamo andati a raccogliere more sulla scarpata. scherzo eh, ci siamo divertiti",
    ),
    "nl": ("riep dat ik de koeien verkoop en naar spanje ga. grapje. grotendeels",),
    "pt": ("disse que ia vender o rebanho e ir para o algarve. brincadeira. meia brincadeira",),
}


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, t) for lang, texts in CRISIS.items() for t in texts]
)
def test_a_dark_joke_taken_back_halfway_is_a_crisis(lang: str, text: str) -> None:
    assert jokes.half_taken_back(tokens(text)), text
    assert assess(text).urgency == "crisis", (lang, text, assess(text).reasons)


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, t) for lang, texts in NEAR_MISS.items() for t in texts]
)
def test_a_half_joke_about_no_means_is_not(lang: str, text: str) -> None:
    assert not jokes.half_taken_back(tokens(text)), (lang, text)
    assert assess(text).urgency != "crisis", (lang, text, assess(text).reasons)


# A pastime or a chore that "will kill me" is hyperbole (jokes.pastime_kills); a person who
# will is a threat.
PASTIME: dict[str, str] = {
    "en": "the crossword will kill me one of these days",
    "en-concern": "the low fodmap shopping is killing me, but the gut is behaving beautifully",
    "de": "das Kreuzworträtsel bringt mich noch um, sonst alles gut",
    "fr": "ces mots croisés vont me tuer un jour, sinon tout va bien",
    "es": "el crucigrama del periódico me va a matar un día de estos, por lo demás bien",
    "it": "il cruciverba della Settimana Enigmistica prima o poi mi ammazzerà, per il resto bene",
    "nl": "die kruiswoordpuzzel maakt me nog af, verder alles goed",
    "pt": "essas palavras cruzadas vão me matar, fora isso tudo bem",
}
PERSON_KILLS: dict[str, str] = {
    "en": "my husband says he will kill me if i do the crossword again",
    "en-after-comma": "the crossword, and then my husband will kill me, he said so",
    "es": "mi marido dice que me va a matar",
    "it": "mio marito mi ammazzerà se scopre che ho fatto la spesa",
    "de": "mein Mann bringt mich um, wenn ich wieder einkaufen gehe",
}


@pytest.mark.parametrize("text", PASTIME.values(), ids=PASTIME.keys())
def test_a_pastime_that_will_kill_me_is_no_trouble(text: str) -> None:
    assert assess(text).urgency == "none", (text, assess(text).reasons)


@pytest.mark.parametrize("text", PERSON_KILLS.values(), ids=PERSON_KILLS.keys())
def test_a_person_who_will_kill_me_stays_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)
