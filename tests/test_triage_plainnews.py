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


@pytest.mark.parametrize(
    "text",
    [
        # Every tablet with a meal, as prescribed.
        "the doctor said i must take all the capsules with food",
        "sollte ich alle Kapseln vor dem Frühstück nehmen?",
        "il faut prendre toutes les gélules pendant le repas ?",
        "debo tomar todas las cápsulas con el desayuno",
        "bisogna prendere tutte le capsule dopo i pasti",
        "moet ik alle capsules bij het ontbijt nemen?",
        "devo tomar todas as cápsulas antes do almoço?",
        # A parent's punishment.
        "my dad confiscated my phone because of my grades, so annoying",
        "meine Eltern haben mir zur Strafe das Handy weggenommen",
        "mon père m'a confisqué mon portable pour me punir",
        "mis padres me quitaron el celular de castigo",
        "mio padre mi ha tolto il cellulare per punizione",
        "mijn ouders hebben mijn telefoon afgepakt voor straf",
        "a minha mãe tirou-me o telemóvel de castigo",
        # Texting, not blows.
        "my ex is always hitting me up late at night, i just ignore it",
        # Pills kept for the month's end, no dark word.
        "i keep the last tablets for the end of the month until the pharmacy reopens",
        "ich spare mir die restlichen Tropfen fürs Monatsende auf",
        "je garde les dernières gouttes pour la fin du mois",
        "guardo las últimas gotas para final de mes",
        "tengo le ultime gocce per la fine del mese",
        "ik bewaar de laatste druppels voor het einde van de maand",
        "guardo as últimas gotas para o fim do mês",
        # Tired from an outing or a move.
        "my husband is shattered from the wedding, otherwise all fine",
        "ich bin noch müde von der Reise",
        "je suis crevée par le déménagement",
        "estoy agotada de la mudanza",
        "sono distrutta dal viaggio",
        "ik ben nog moe van de verhuizing",
        "estou exausta da viagem",
        "i am knackered after the wedding, lovely day though",
        "je suis morte de fatigue après le déménagement, mais ça va",
        "a total overdose of cooking shows this weekend",
        # More gratitude than grief; as well as before.
        "now there is more joy than sadness when we talk about her",
        "heute spüre ich mehr Dankbarkeit als Trauer",
        "il y a plus de gratitude que de tristesse",
        "hoy siento más gratitud que dolor",
        "ora sento più gioia che tristezza",
        "nu voel ik meer dankbaarheid dan verdriet",
        "hoje sinto mais gratidão do que tristeza",
        "por aquí todo sigue igual de bien",
        # Idioms and fetching someone from hospital; a remedy no longer needed.
        "ich freu mich wie Bolle auf den Urlaub",
        "de uitslag van het bloedonderzoek is goed",
        "i picked my mother up from the hospital yesterday, she is doing great",
        "wir haben Papa gestern aus dem Krankenhaus abgeholt",
        "ik heb mijn vader opgehaald uit het ziekenhuis",
        "i sleep well now and do not need the drops anymore",
        "ich schlafe gut und brauche die Globuli nicht mehr",
        "ya no necesito las gotas, duermo bien",
        "ik heb de druppels niet meer nodig, ik slaap goed",
        "il me reste un flacon plein, pas besoin d'en commander",
        # A remedy continued to the month's end; by oneself; German without umlauts.
        "i will carry on with the drops until the end of the month",
        "ich nehme die Tropfen weiter bis zum Monatsende",
        "je vais continuer les gouttes jusqu'à la fin du mois",
        "sigo con las gotas hasta final de mes",
        "continuo con le gocce fino a fine mese",
        "ik ga door met de druppels tot het einde van de maand",
        "vou continuar com as gotas até ao fim do mês",
        "pinté la cocina yo sola, quedó preciosa",
        "die Übelkeit hat aufgehoert",
    ],
)
def test_routine_news_of_a_second_kind_is_nothing(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", (text, result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        # Not an instruction: an intent, or all of them taken.
        "i am going to take all the tablets after dinner tonight",
        "ich habe alle Tabletten nach dem Essen genommen",
        # A partner's control, not a parent's punishment.
        "my husband takes my phone away to punish me",
        "mi novio me quitó el móvil para castigarme",
        "mi marido me quitó el móvil para castigarme",
        # Blows.
        "my ex keeps hitting me",
        # Pills saved with a dark word.
        "i save the rest of the pills for the end of the month, then i take them all at once",
        "saving the sleeping pills for the end of the month, by then i will have enough",
        "ich habe die Tabletten bis zum Monatsende gespart, dann sind es genug",
    ],
)
def test_near_the_second_families_a_crisis_stays_one(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", (text, result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "i am exhausted all the time since the new tablets",
        "ich bin total erschöpft, seit Wochen",
        "ik heb uitslag op mijn armen",
        "me siento muy sola desde que se fue",
        "me bajé yo sola las gotas a la mitad y me noto mareada",
    ],
)
def test_near_the_second_families_a_concern_stays_one(text: str) -> None:
    result = assess(text)
    assert result.urgency == "concern", (text, result.reasons)


# An apology for typing is no goodbye's apology: the second reader, which learned "sorry"
# and "perdón" from goodbyes, does not raise a reply for it alone (routine). Read here with
# a stand-in reader that calls every apology a crisis.
TYPO_APOLOGIES = (
    "all fine here, sorry for the typos",
    "alles gut, sorry für die Tippfehler",
    "tout va bien, pardon pour les fautes",
    "todo bien, perdón por las faltas",
    "tutto bene, scusate gli errori",
    "alles goed, sorry voor de tikfouten",
    "tudo bem, desculpe os erros",
)
GOODBYE_APOLOGIES = (
    "sorry for everything, this is my last email",
    "perdón por todo, ya no puedo más",
    "sorry for the typos, i took all my pills tonight",
)
_APOLOGY = ("sorry", "pardon", "perdon", "scusate", "desculpe")


@pytest.fixture
def apology_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    from carecall_mail.core.triage import model as triage_model

    def read(text: str) -> dict[str, float]:
        if any(word in text.lower() for word in _APOLOGY):
            return {"crisis": 0.9, "concern": 0.05, "none": 0.05}
        return {"crisis": 0.0, "concern": 0.0, "none": 1.0}

    monkeypatch.setattr(triage_model, "probabilities", read)


@pytest.mark.parametrize("text", TYPO_APOLOGIES)
def test_an_apology_for_typos_is_no_alarm(apology_reader: None, text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


@pytest.mark.parametrize("text", GOODBYE_APOLOGIES)
def test_a_goodbye_apology_or_a_crisis_beside_the_typos_stays_a_crisis(
    apology_reader: None, text: str
) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons


def test_without_the_routine_the_stand_in_reader_would_alarm(apology_reader: None) -> None:
    # The stand-in is not idle: an apology it reads outside the routine phrase raises.
    assert assess("all fine here, sorry").urgency != "none"
