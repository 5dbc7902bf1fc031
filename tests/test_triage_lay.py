"""New or worse symptoms told in lay words are a concern (issue 8).

Each case is a phrasing written for this test, not a line of the labelled sets; each family
is read by a pattern of carecall_mail/core/triage/lay.py in every language where it is said
so. The second reader is held silent, as in tests/test_triage_families.py.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

LAY = {
    # Breath lost on exertion.
    "en-breath": "i get puffed out halfway up the hill these days",
    "de-breath": "beim Treppensteigen bin ich neuerdings ganz aus der Puste",
    "fr-breath": "je m'essouffle vite en montant chez moi",
    "es-breath": "me falta el aire al subir la cuesta del mercado, antes no",
    "it-breath": "ho il fiatone anche solo per portare la spesa",
    "nl-breath": "ik ben snel buiten adem sinds de griep",
    "pt-breath": "sinto falta de fôlego quando ando depressa",
    # A body part as the subject of "killing me".
    "de-ache": "der Nacken bringt mich um seit dem Umzug",
    "fr-ache": "la sciatique me tue depuis lundi",
    "es-ache": "la rodilla me está matando desde la excursión",
    "es-frito": "me tiene frita la cadera, casi no puedo agacharme",
    "it-ache": "la schiena mi sta ammazzando da quando ho spostato l'armadio",
    "nl-ache": "mijn nek sloopt me deze week",
    "pt-ache": "as costas estão me matando desde a mudança",
    # A sprain, a twist, bruised ribs.
    "en-sprain": "sprained my ankle on the kerb, its swollen and purple",
    "de-sprain": "bin umgeknickt und hab mir den Knöchel verstaucht",
    "fr-sprain": "je me suis foulée la cheville en descendant du bus",
    "es-sprain": "me torcí el tobillo bajando del autobús",
    "it-sprain": "ho preso una storta alla caviglia scendendo dal tram",
    "nl-sprain": "ik heb mijn pols verstuikt bij het fietsen",
    "pt-sprain": "torci o tornozelo ao descer do autocarro",
    # Stopped, but back again and again.
    "en-back": "the hiccups stopped but they keep coming back after every meal",
    "de-back": "das Nasenbluten hatte aufgehört, aber es kommt immer wieder",
    "fr-back": "la toux s'était arrêtée mais elle revient sans cesse",
    "es-back": "el sangrado paró pero vuelve cada pocos días",
    "it-back": "il sangue dal naso si era fermato ma torna sempre",
    "nl-back": "het bloeden was gestopt maar het blijft terugkomen",
    "pt-back": "a tosse parou mas continua a voltar à noite",
    # A dizzy turn that made one sit down, even when it passed.
    "en-dizzy-sat": "went all woozy in the queue and had to sit on the floor till it passed",
    "de-dizzy-sat": "mir wurde schwindlig im Bus, ich musste mich setzen, dann war es vorbei",
    "fr-dizzy-sat": "j'ai eu un vertige à la boulangerie, je me suis assise et c'est passé",
    "es-dizzy-sat": "me dio un mareo en misa, me senté en el banco y se me pasó",
    "it-dizzy-sat": "in coda alla posta mi è girata la testa, mi sono seduta ed è passato",
    "nl-dizzy-sat": "ik werd duizelig in de winkel en moest even gaan zitten, toen was het over",
    "pt-dizzy-sat": "fiquei tonta no supermercado, tive de me sentar e passou",
    # A chest that goes tight or uneasy on exertion or under stress.
    "en-chest": "my chest gets really tight when i carry the shopping up",
    "de-chest": "beim Joggen wird die Brust ganz eng, dann bleib ich stehen",
    "fr-chest": "j'ai une gêne dans la poitrine quand je monte la côte",
    "es-chest": "noto una molestia en el pecho cuando cargo las cajas",
    "it-chest": "sento un fastidio al petto quando salgo in bici",
    "nl-chest": "ik heb een drukkend gevoel als ik de trap op loop",
    "pt-chest": "sinto um desconforto no peito quando subo a rua",
    # Sleep and distress in everyday words.
    "fr-sleep": "ça va à part que je dors plus depuis la rentrée",
    "es-nerves": "ando de los nervios con la mudanza y no paro de comerme las uñas",
    "de-down": "alles okay eigentlich, bin nur ziemlich down in letzter Zeit",
    # A throat that itches or stings after a remedy.
    "en-throat": "since the new syrup my throat is a bit itchy at night",
    "de-throat": "seit dem Hustensaft kratzt es im Hals ganz komisch",
    "fr-throat": "depuis le sirop j'ai la gorge qui gratte",
    "es-throat": "me pica un poco la garganta desde que tomo el jarabe",
    "it-throat": "dopo lo sciroppo ho un prurito in gola",
    "nl-throat": "na de siroop prikt mijn keel een beetje",
    "pt-throat": "a garganta pica um pouco depois do xarope",
    # Dry mouth and a racing heart.
    "es-dry": "con las gotas nuevas se me seca la boca por la noche",
    "it-heart": "mi viene il batticuore la sera sul divano",
}

NEAR_MISSES = {
    # Breath taken away by a view; a stairway that is only a place.
    "it-breath-view": "un panorama da togliere il fiato, le montagne erano bellissime",
    "de-breath-none": "die Treppe zum Dachboden ist fertig, sieht super aus",
    # The legs after a walk, the job, the heat: idioms; the back no longer killing.
    "es-work": "el trabajo me está matando esta semana, pero bien",
    "it-heat": "il caldo mi ammazza, ma le vacanze sono splendide",
    "pt-heat": "este calor está me matando, mas as férias estão ótimas",
    "fr-work": "le boulot me tue en ce moment, rien de grave",
    # A son who keeps coming back, a stop that stays a stop.
    "en-son": "my son keeps coming back home for his washing, bless him",
    "nl-stopped": "het bloeden is gestopt en niet meer teruggekomen",
    "pt-stopped": "a tosse parou e não voltou mais",
    # Sitting down with no dizzy turn, a fair ride.
    "en-sat": "no dizziness at all, i sat in the garden and read all afternoon",
    "it-sat": "mi sono seduta in terrazza al sole, che bella giornata",
    # Someone else's sprain told as nothing much; only the pride bruised.
    "de-son-sprain": "mein Sohn hat sich beim Fußball den Finger verstaucht, halb so wild",
    "en-pride": "slipped on the ice, only my pride is bruised haha",
    "nl-pride": "van de fiets gevallen, alleen mijn trots is gekneusd",
    # Tight money, a tight schedule; sleeping longer.
    "en-money": "money is tight this month but we are managing",
    "fr-sleep-more": "je dors plus qu'avant, c'est super",
    "de-down-town": "wir gehen morgen down town shoppen, freu mich",
    # A slight sting of a cream on the skin, a throat that is fine again.
    "en-cream-sting": "the cream stings a little at first, then fine",
    "es-throat-gone": "ya no me pica la garganta, el jarabe me sentó bien",
    # An old sprain that has healed.
    "en-sprain-healed": "the sprain has healed completely, back to running",
}


@pytest.mark.parametrize("text", list(LAY.values()), ids=list(LAY))
def test_symptoms_in_lay_words_are_a_concern(text: str) -> None:
    result = assess(text)
    assert result.urgency == "concern", (text, result.reasons)


@pytest.mark.parametrize("text", list(NEAR_MISSES.values()), ids=list(NEAR_MISSES))
def test_the_same_words_in_ordinary_life_are_nothing(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", (text, result.reasons)


# Something "killing my back", a swelling told by a likeness ("los tobillos como botijos") and
# sores in the mouth told as wounds: concerns. The vibe killed, legs like jelly after the gym
# and sores gone stay nothing.
LIKENESSES = {
    "en-back": "the baby is killing my back this week",
    "en-ankles": "my ankles are like balloons by the evening",
    "de-ankles": "meine Knöchel sind wie Ballons",
    "fr-ankles": "les chevilles comme des poteaux ce soir",
    "es-ankles": "vuelvo a tener los tobillos como botijos",
    "it-ankles": "le caviglie come zampogne",
    "nl-ankles": "mijn enkels als olifantenpoten",
    "pt-ankles": "os tornozelos como balões",
    "pt-mouth-sores": "a quimio deixou-me com feridas na boca",
}
LIKENESS_NEAR_MISSES = {
    "en-vibe": "the kids are killing my vibe lol",
    "en-jelly": "my legs like jelly after the gym, great session",
    "pt-sores-gone": "as feridas na boca já passaram",
}


@pytest.mark.parametrize("text", list(LIKENESSES.values()), ids=list(LIKENESSES))
def test_a_back_killed_or_ankles_like_balloons_are_a_concern(text: str) -> None:
    assert assess(text).urgency == "concern", assess(text).reasons


@pytest.mark.parametrize(
    "text", list(LIKENESS_NEAR_MISSES.values()), ids=list(LIKENESS_NEAR_MISSES)
)
def test_a_vibe_killed_or_legs_like_jelly_are_not(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons
