"""A place to fall from or into, lingered at, told without a word of jumping (issue 8).

A bridge, a cliff, the tracks, a pier named with the writer there looking down, for a long
time, at the edge of the act ("one step", "almost", no railing): a crisis
(core/triage/places.py). Written for this test, not taken from the labelled sets. The
lexicon is read alone (the second reader held silent).

Near misses stay below crisis: an outing with company, a view enjoyed, a walk, traffic on
a bridge, a train waited for, a dental bridge, the Spanish "puente" as a long weekend.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage import places
from carecall_mail.core.triage.assess import assess
from carecall_mail.core.triage.text import tokens

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent


CRISIS: dict[str, tuple[str, ...]] = {
    "en": (
        "sat on the railway bridge again tonight for an hour looking down at the tracks",
        "went to the cliffs after work. stood there a long time, it would only take one step",
        "i keep going to the pier at night and looking at the water",
    ),
    "de": (
        "stand heute wieder lange auf der Brücke und hab runtergeschaut",
        "bin jeden Abend an den Gleisen, ein Schritt und es wäre vorbei",
    ),
    "fr": (
        "je suis resté une heure sur le pont à regarder l'eau",
        "je retourne souvent à la falaise, presque tous les soirs, c'est si facile",
    ),
    "es": (
        "anoche me quedé una hora en el puente mirando el agua",
        "voy cada noche al acantilado, sería solo un paso",
    ),
    "it": (
        "ieri sono rimasto a lungo sul ponte a guardare giù",
        "vado ogni sera sugli scogli, basterebbe un passo",
    ),
    "nl": (
        "ik heb een uur op de brug gestaan en naar het water gekeken",
        "ik sta elke avond bij het spoor, één stap en het is klaar",
    ),
    "pt": (
        "fiquei uma hora na ponte a olhar para o rio",
        "vou todas as noites ao penhasco, seria só um passo",
    ),
}

NEAR_MISS: dict[str, tuple[str, ...]] = {
    "en": (
        "we walked over the bridge and looked down at the boats, lovely evening",
        "stuck on the bridge for an hour in traffic, the knee is better though",
        "my dental bridge took an hour to fit, a bit sore",
        "we went to the cliffs for a picnic, the view was gorgeous",
    ),
    "de": (
        "wir sind über die Brücke spaziert und haben lange aufs Wasser geschaut, herrlich",
        "eine Stunde Stau auf der Brücke, sonst geht es mir gut",
    ),
    "fr": ("on s'est promenés sur la falaise une heure, la vue était magnifique",),
    "es": (
        "casi no llego, había atasco en el puente una hora",
        "este puente fuimos a la playa, casi no hubo gente",
    ),
    "it": ("siamo rimasti a lungo sul ponte a fare foto al tramonto",),
    "nl": ("we hebben een uur op de dijk gefietst en naar het water gekeken, prachtig",),
    "pt": ("ficamos uma hora na ponte a tirar fotos, que vista linda",),
}


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, t) for lang, texts in CRISIS.items() for t in texts]
)
def test_a_height_lingered_at_is_a_crisis(lang: str, text: str) -> None:
    assert places.lingered_at_a_height(tokens(text)), text
    assert assess(text).urgency == "crisis", (lang, text, assess(text).reasons)


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, t) for lang, texts in NEAR_MISS.items() for t in texts]
)
def test_an_outing_or_traffic_on_a_bridge_is_not(lang: str, text: str) -> None:
    assert not places.lingered_at_a_height(tokens(text)), (lang, text)
    assert assess(text).urgency != "crisis", (lang, text, assess(text).reasons)


# A farewell said at the place, or the night set for going there: a crisis in every language.
FAREWELL_OR_TONIGHT: dict[str, tuple[str, ...]] = {
    "en": ("on the bridge now, sorry for everything", "going to the railway line tonight"),
    "de": ("stehe auf der brücke, lebt wohl", "heute nacht geh ich zu den gleisen"),
    "fr": ("je suis sur le pont, pardon pour tout", "ce soir je vais sur les rails"),
    "es": ("estoy en el puente, perdón por todo", "esta noche voy a las vías"),
    "it": ("sono sul viadotto, addio", "stasera vado sui binari"),
    "nl": ("ik sta op de brug, vaarwel", "vanavond ga ik naar het spoor"),
    "pt": ("tô na ponte, desculpem tudo", "esta noite vou pros trilhos"),
}
# A journey tonight from a platform, fireworks seen from a bridge, a bridge club: not that.
NOT_FAREWELL_OR_TONIGHT: dict[str, tuple[str, ...]] = {
    "en": ("going to the bridge tonight to watch the fireworks", "bridge club tonight, bye"),
    "de": ("mein zug fährt heute abend von gleis 3",),
    "fr": ("ce soir on prend le train, quai 2, voie ferrée en travaux",),
    "it": ("stasera prendo il treno, binario 4",),
    "nl": ("vanavond met de trein, spoor 5",),
    "pt": ("esta noite vamos ver os fogos na ponte",),
}


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, t) for lang, texts in FAREWELL_OR_TONIGHT.items() for t in texts]
)
def test_a_farewell_or_a_night_set_at_a_height_is_a_crisis(lang: str, text: str) -> None:
    assert places.lingered_at_a_height(tokens(text)), text
    assert assess(text).urgency == "crisis", (lang, text, assess(text).reasons)


@pytest.mark.parametrize(
    ("lang", "text"),
    [(lang, t) for lang, texts in NOT_FAREWELL_OR_TONIGHT.items() for t in texts],
)
def test_a_journey_or_a_show_tonight_is_not(lang: str, text: str) -> None:
    assert not places.lingered_at_a_height(tokens(text)), (lang, text)
