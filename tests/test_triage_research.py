"""Research into a method (a way to die searched, read up, watched or asked about) is a
crisis; a search for a remedy's shelf life, dose or interactions, a film's plot, a job's or an
exam's reading, a mountain's height or how to kill weeds is not (research.py, issue 8)."""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess
from carecall_mail.core.triage.research import harmless_clauses, method_looked_up
from carecall_mail.core.triage.text import tokens

CRISES = [
    # A way of killing oneself, told impersonally.
    ("en-reading-kill-yourself", "i keep reading how to kill yourself"),
    ("en-videos-hang", "i watched videos on how to hang yourself"),
    ("en-painless-ways", "i've been searching online for painless ways"),
    ("en-cant-stop", "i can't stop googling painless ways to die"),
    ("de-nachgelesen-umbringt", "ich habe nachgelesen wie man sich am besten umbringt"),
    ("de-gegoogelt-leben-nimmt", "hab gegoogelt wie man sich das leben nimmt"),
    ("fr-videos-pendre", "j'ai regardé des vidéos sur comment se pendre"),
    ("fr-narrete-pas", "je n'arrête pas de chercher comment mourir sans douleur"),
    ("es-formas-suicidarse", "busqué formas de suicidarse sin dolor"),
    ("it-video-impiccarsi", "ho guardato video su come impiccarsi"),
    ("nl-van-kant", "ik heb opgezocht hoe je jezelf van kant maakt"),
    ("pt-se-matar", "pesquisei como se matar sem dor"),
    # A lethal amount, or enough of a means that can kill.
    ("en-pills-enough", "been googling how many of my pills would be enough"),
    ("en-forum-fatal", "asked a forum how many paracetamol would be fatal"),
    ("en-dose-heart", "i googled which dose stops the heart"),
    ("de-forum-todlich", "hab im forum gefragt ab welcher dosis insulin tödlich ist"),
    ("fr-forum-coeur", "j'ai demandé sur un forum quelle dose arrête le cœur"),
    ("es-suficientes", "estuve leyendo cuántos somníferos serían suficientes"),
    ("it-farmacista-letali", "ho chiesto al farmacista quante compresse sarebbero letali"),
    ("nl-dodelijk", "ik zoek steeds op hoeveel slaappillen dodelijk zijn"),
    ("pt-letal", "perguntei num fórum que dose de insulina é letal"),
    # A height to fall from; how long a death takes.
    ("en-bridge-high", "i looked up how high the bridge is"),
    ("de-brucke-hoch", "ich habe gegoogelt wie hoch die brücke ist"),
    ("fr-hauteur-pont", "j'ai cherché la hauteur du pont de la ville"),
    ("es-altura-puente", "busqué qué altura tiene el puente del río"),
    ("en-bleed-out", "looked up how long it takes to bleed out"),
    ("en-drown", "been reading up on how long it takes to drown"),
    ("de-verbluten", "ich habe gegoogelt wie lange man braucht um zu verbluten"),
    ("it-dissanguarsi", "ho cercato quanto ci vuole per dissanguarsi"),
    ("nl-doodbloeden", "heb gelezen hoe lang het duurt om dood te bloeden"),
    ("pt-afogar", "pesquisei quanto tempo demora para se afogar"),
    # A place to fall from that lacks a barrier.
    ("en-no-barriers", "i've been reading about which bridges don't have barriers"),
    ("es-valla", "estuve mirando qué puentes no tienen valla"),
    # "van" (Dutch: of) is no lorry; a long question reaches its end.
    (
        "nl-van-mijn",
        "gisteren opgezocht hoeveel van mijn slaappillen je nodig hebt zodat het genoeg is",
    ),
    (
        "en-pharmacist-long",
        "asked the pharmacist how many of the sleeping ones you'd need to not wake up",
    ),
]

ELIDED = [
    (
        "en-looked-up-how",
        "honestly im thinking about suicide most days now, i looked up how last night",
    ),
    ("it-come-fare", "sto pensando seriamente al suicidio, stanotte ho cercato come fare"),
    (
        "it-i-modi",
        "ho pensato a come suicidarmi tutta la notte, ho pure cercato su internet i modi",
    ),
    ("nl-opgezocht-hoe", "ik denk elke avond aan zelfmoord en ik heb al opgezocht hoe"),
    ("pt-pesquisei-como", "penso em suicídio toda noite e ontem pesquisei como fazer"),
    ("de-nachgelesen-wie", "ich denke an selbstmord und hab schon nachgelesen wie"),
    # A method named by its noun, ending the clause.
    ("en-about-hanging", "i keep watching youtube videos about hanging"),
    ("fr-pendaison", "j'ai lu des choses sur la pendaison"),
    ("it-dose-letale", "ho cercato informazioni sulla dose letale"),
]


@pytest.mark.parametrize(("case", "text"), ELIDED, ids=[c for c, _ in ELIDED])
def test_a_method_left_unsaid_after_a_wish_to_die_is_looked_up(case: str, text: str) -> None:
    assert method_looked_up(tokens(text)), case


@pytest.mark.parametrize(
    "text",
    [
        "i looked up how, the recipe was easy",
        "i looked up how to get there and it was easy",
        "we asked how the bridge barrier was repaired",
        "ho cercato come fare la pasta fresca",
        "i watched videos about hanging baskets",
        "i looked up the lethal dose for the exam",
    ],
    ids=["en-recipe", "en-get-there", "en-barrier-repaired", "it-pasta", "en-baskets", "en-exam"],
)
def test_a_how_with_no_wish_to_die_is_no_method(text: str) -> None:
    assert not method_looked_up(tokens(text))


@pytest.mark.parametrize(("case", "text"), CRISES, ids=[c for c, _ in CRISES])
def test_a_method_looked_up_is_a_crisis(case: str, text: str) -> None:
    assert method_looked_up(tokens(text)), case
    assert assess(text).urgency == "crisis"


NEAR_MISSES = [
    # A remedy's ordinary facts.
    ("en-drops-keep", "i looked up how long the drops keep once opened"),
    ("en-interact", "i looked up whether the tablets interact with grapefruit"),
    ("en-dose-day", "i read up on how many tablets a day is the maximum"),
    ("de-haltbar", "ich habe gegoogelt wie lange die tabletten haltbar sind"),
    ("de-dosiert", "ich habe gegoogelt wie man die tabletten dosiert"),
    ("es-duran", "busqué en internet cuánto duran las pastillas abiertas"),
    ("es-por-dia", "busqué cuántas pastillas hacen falta por día"),
    ("it-bambino", "ho cercato quante gocce bastano per un bambino"),
    ("nl-houdbaar", "ik heb opgezocht hoe lang de pillen houdbaar zijn"),
    ("pt-validade", "pesquisei qual é o prazo de validade dos comprimidos"),
    ("de-globuli", "ich habe gegoogelt wie viele globuli man nehmen soll"),
    # A story, work or study, an animal, a journey, a mountain.
    ("en-film", "i googled how the film ends, the guy hangs himself at the end apparently"),
    ("en-news", "i read the news about a man who looked up how to kill himself"),
    (
        "en-pharmacy-student",
        "i'm a pharmacy student and looked up how many paracetamol are fatal for my exam",
    ),
    ("en-nurse", "as a nurse i read up on lethal doses of insulin for a training"),
    ("en-dog", "i looked up how much chocolate is lethal for a dog, she ate a bar"),
    ("en-lorry", "i googled how high the bridge is for the lorry"),
    ("en-trip", "we looked up how high the golden gate bridge is for our trip"),
    ("en-ben-nevis", "i looked up how high ben nevis is, we want to climb it"),
    ("de-zugspitze", "ich habe nachgelesen wie hoch die zugspitze ist"),
    # Killing what is no person; painless, of an ordinary task; others' deaths counted.
    ("en-weeds", "i googled how to kill the weeds in the patio"),
    ("en-process", "i looked up how to kill a frozen process on my laptop"),
    ("de-schnecken", "ich habe im forum gefragt wie man schnecken umbringt"),
    ("fr-mauvaises-herbes", "j'ai cherché comment tuer les mauvaises herbes"),
    ("es-hormigas", "busqué cómo matar las hormigas de la cocina"),
    ("it-zanzare", "ho cercato come uccidere le zanzare tigre"),
    ("nl-onkruid", "ik heb opgezocht hoe je onkruid doodmaakt"),
    ("pt-formigas", "pesquisei como matar as formigas"),
    ("en-cancer", "i googled how long it takes to die of pancreatic cancer"),
    ("en-picture", "i looked up how to hang a picture"),
    ("en-subscription", "i read up on how to end my subscription"),
    ("en-chicken", "i watched a video on how to kill a chicken humanely"),
    (
        "de-fortbildung",
        "als krankenschwester lese ich gerade nach, welche dosis insulin tödlich ist, für die"
        " fortbildung",
    ),
    (
        "fr-partiel",
        "je suis étudiante en pharmacie, j'ai cherché quelle dose de paracétamol est mortelle"
        " pour mon partiel",
    ),
    ("it-corso", "sono infermiera, ho cercato quale dose di insulina è letale per il tirocinio"),
    (
        "nl-tentamen",
        "ik ben student farmacie en heb opgezocht hoeveel paracetamol dodelijk is voor mijn"
        " tentamen",
    ),
    ("pt-prova", "sou estudante de farmácia e pesquisei qual dose é letal para a prova"),
    ("es-aconcagua", "busqué qué altura tiene el aconcagua"),
    ("fr-mont-blanc", "j'ai cherché la hauteur du mont blanc pour notre randonnée"),
    ("it-scadenza", "ho cercato la scadenza delle gocce"),
    ("pt-interagem", "pesquisei se os comprimidos interagem com o café"),
    ("nl-druppels-kind", "ik heb gegoogeld hoeveel druppels per dag voor een kind"),
    ("fr-accoucher", "j'ai cherché comment accoucher sans douleur"),
    ("en-plaster", "i looked up painless ways to remove a plaster"),
    ("en-flu", "i read that thousands of people die of flu every year"),
    ("en-tie", "watched videos on how to tie a tie for the wedding"),
]


@pytest.mark.parametrize(("case", "text"), NEAR_MISSES, ids=[c for c, _ in NEAR_MISSES])
def test_ordinary_research_is_no_crisis(case: str, text: str) -> None:
    assert not method_looked_up(tokens(text)), case
    assert assess(text).urgency != "crisis"


DOSE_QUESTIONS = [
    ("de", "wie viele tabletten soll ich pro tag nehmen?"),
    ("fr", "combien de comprimés par jour je dois prendre ?"),
    ("es", "¿cuántas pastillas tomo al día?"),
    ("it", "quante pillole al giorno posso prendere?"),
    ("nl", "hoeveel pillen per dag mag ik nemen?"),
    ("pt", "quantos comprimidos por dia devo tomar?"),
    ("en", "how many tablets a day should i take?"),
]


@pytest.mark.parametrize(("lang", "text"), DOSE_QUESTIONS, ids=[c for c, _ in DOSE_QUESTIONS])
def test_an_amount_asked_with_a_dose_rate_is_a_dose_question(lang: str, text: str) -> None:
    assert assess(text).urgency == "none", lang


@pytest.mark.parametrize(
    "text",
    [
        "how many tablets a day would it take to never wake up",
        "ich habe gegoogelt wie lange die tabletten haltbar sind und wie viele tödlich sind",
        "wie viele tabletten pro tag reichen würden, damit ich nicht mehr aufwache",
        "i looked up how to kill the weeds, i want to die",
        "i'm a nurse and googled how much insulin is lethal. i want to die",
    ],
    ids=[
        "en-never-wake",
        "de-haltbar-todlich",
        "de-nicht-aufwachen",
        "en-weeds-die",
        "en-nurse-die",
    ],
)
def test_death_beside_a_dose_or_a_shelf_life_is_still_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "ich habe gegoogelt wie lange die tabletten haltbar sind",
        "i looked up how long the drops keep once opened",
    ],
    ids=["de", "en"],
)
def test_a_shelf_life_searched_is_kept_from_the_second_reader(text: str) -> None:
    assert harmless_clauses(tokens(text))
