"""Everyday news that only looks like trouble, and trouble told plainly (issue 8).

Each case is a phrasing written for this test, not a line of the labelled sets; each family
is read by a pattern of carecall_mail/core/triage/plainnews.py in every language. The second
reader is held silent, as in tests/test_triage_families.py.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent


@pytest.mark.parametrize(
    "text",
    [
        # Food or garden waste burnt.
        "we burnt the pancakes this morning, the kids loved it anyway",
        "die Kartoffeln sind mir angebrannt, sonst alles gut",
        "j'ai cramé les crêpes hier soir",
        "se me quemaron las patatas, qué desastre",
        "ik heb de melk laten aanbranden",
        "queimei as batatas no forno",
        # A plan for everyday life.
        "we have made a plan for the move in june",
        "wir haben einen Plan für den Umzug gemacht",
        "j'ai fait un plan pour le déménagement",
        "hice un plan para la mudanza",
        "ho fatto un piano per il trasloco",
        "ik heb een plan voor de verhuizing",
        "fiz um plano para a mudança",
        # The pills finished and more asked for.
        "i finished all the capsules, can you send more please",
        "ich habe alle Kapseln aufgebraucht, können Sie neue schicken",
        "j'ai fini toutes les gélules, vous pouvez en renvoyer",
        "terminé todas las cápsulas, me puede enviar más",
        "ho finito tutte le capsule, me ne può mandare altre",
        "ik heb alle capsules op, kunt u er nieuwe sturen",
        "acabei todas as cápsulas, pode enviar mais",
        # An "overdose" of series or films.
        "total overdose of films at the festival",
        "eine Überdosis Netflix im Urlaub",
        "une overdose de films au festival",
        "una sobredosis de películas en el festival",
        "un'overdose di puntate nel weekend",
        "een overdosis afleveringen dit weekend",
        "uma overdose de filmes no festival",
        # A form answered.
        "allergies: none. operations: knee in 2019",
        "Allergien: keine. Operationen: Knie 2019",
        "allergies : aucune",
        "alergias: ninguna",
        "allergie: nessuna",
        "allergieën: geen",
        "alergias: nenhuma",
        # A concern resolved in words the lexicon lacked.
        "les démangeaisons sont passées",
        "les rougeurs sur les bras se sont effacées",
        "i brufoli sulla schiena sono scomparsi",
        "les rougeurs n'ont pas reparu depuis",
        "j'ai pu d'eczéma pantoute",
        # A refill answered; a tongue burnt on a drink; a course at school.
        "oui pour le renouvellement, même adresse et même carte",
        "i burnt my tongue on the tea, otherwise all good",
        "ich habe mir die Zunge am Kaffee verbrannt, sonst alles gut",
        "je me suis brûlé la langue avec la soupe",
        "me quemé la lengua con el café",
        "mi sono bruciato la lingua col caffè",
        "ik heb mijn tong verbrand aan de thee",
        "queimei a língua com o chá",
        "on tuesdays i have my language course, i can not miss it",
    ],
)
def test_everyday_news_is_nothing(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # Diarrhoea told plainly.
        "my belly makes problems since the new tea",
        "i run to the bathroom six times a day",
        "der Bauch macht Probleme seit den Kapseln",
        "ich muss sechsmal am Tag aufs Klo",
        "mon ventre fait des problèmes",
        "je vais aux toilettes six fois par jour",
        "el estómago me da problemas desde el té",
        "voy al baño seis veces al día",
        "la pancia fa problemi da quando prendo la tisana",
        "vado in bagno sei volte al giorno",
        "mijn maag doet moeilijk sinds de thee",
        "ik moet zes keer per dag naar de wc",
        "a barriga faz problemas desde o chá",
        "vou ao banheiro seis vezes por dia",
        # A wish denied is worth a look.
        "no worry, i do not want to kill me, only i am very sad",
        "ando estafada desde o natal",
        # A reassurance is a concern, never a crisis nor nothing.
        "i promise i am not going to hurt myself",
        "ich werde mir nicht wehtun, keine Sorge",
        "je vais pas me faire de mal",
        "no voy a hacerme daño, tranquila",
        "non mi faccio del male, giuro",
        "ik ga mezelf geen pijn doen",
        "não vou me machucar",
    ],
)
def test_plain_trouble_is_a_concern(text: str) -> None:
    assert assess(text).urgency == "concern", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "i burned my arm with the iron on purpose",
        "i swallowed all the pills, please send someone",
        "ho finito tutte le pillole in una sera",
        "i took all the pills, please send help",
        "i have made a plan for the end",
        "i want to kill me",
        "je veux pu vivre pantoute",
        "ho sistemato tutte le carte per i miei figli",
    ],
)
def test_near_the_families_a_crisis_stays_one(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons
