# ruff: noqa: E501  (data: one line of phrasings per language reads better whole)
"""Final arrangements told without a dark word, in every language (issue 8).

A pet rehomed with "I won't need anything any more", keys and passwords left with thanks
for everything, letters for each of the children kept in a drawer, the future cancelled
("no need to book me in") after a handover: a crisis (core/triage/arrangements.py). Written
for this test, not taken from the labelled sets. The lexicon is read alone (the second
reader held silent): the family must be read by its pattern, not rescued by the model.

Near misses stay below crisis: a move, emigrating, a holiday, a hospital stay, a routine
will, a pet rehomed because of an allergy, letters for a birthday, someone else's things
shared out after a death, a handover negated, a single handover with no word of finality.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage import arrangements
from carecall_mail.core.triage.assess import assess
from carecall_mail.core.triage.text import tokens

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent


CRISIS: dict[str, tuple[str, ...]] = {
    "en": (
        "gave my dog to my cousin and wrote my bank passwords down for my sister, i won't need any of it",
        "left the spare key with the neighbour and my logins in an envelope. thanks for everything, really",
        "i've written a letter for each of the kids, they're in the bedside drawer",
        "sold my guitars and gave the cat to a friend. please don't book me in again",
    ),
    "de": (
        "ich hab die Katze meiner Nachbarin gegeben und die Passwörter aufgeschrieben, brauch ich ja eh nicht mehr",
        "den Schlüssel hab ich bei meinem Bruder gelassen. danke für alles",
        "ich hab für jedes meiner Kinder einen Brief geschrieben, sie liegen in der Schublade",
        "Handyvertrag gekündigt, Fahrrad verschenkt, den Hund zu meiner Mutter gebracht",
    ),
    "fr": (
        "j'ai donné mon chat à ma voisine et noté mes mots de passe pour mon frère, j'en aurai plus besoin",
        "j'ai laissé les clés à ma sœur. merci pour tout",
        "j'ai écrit une lettre à chacun de mes enfants, elles sont dans le tiroir",
        "j'ai résilié mon forfait et donné mon vélo à mon neveu, ne me appelez plus, c'est mieux comme ça",
    ),
    "es": (
        "le dejé mi gato a mi vecina y le di mis contraseñas a mi hermano, ya no los necesito",
        "dejé las llaves a mi prima. gracias por todo",
        "escribí cartas para mis hijos y mi marido, están en el cajón",
        "cancelé el gimnasio y regalé mi bici, no me mandes más recordatorios",
    ),
    "it": (
        "ho lasciato il cane a mia sorella e scritto le password per mio fratello, non mi servono più",
        "ho lasciato le chiavi alla vicina. grazie di tutto",
        "ho scritto una lettera per mia moglie e i ragazzi, è nel cassetto",
        "ho disdetto l'abbonamento e regalato la bici a mio nipote, non prenoti altri appuntamenti",
    ),
    "nl": (
        "ik heb de kat aan mijn buurvrouw gegeven en mijn wachtwoorden opgeschreven, ik heb het toch niet meer nodig",
        "de sleutel heb ik bij mijn broer gelaten. bedankt voor alles",
        "ik heb brieven geschreven voor mijn kinderen en mijn vrouw, ze liggen in de lade",
        "sportschool opgezegd en mijn fiets weggegeven, ik kom niet meer naar de afspraak",
    ),
    "pt": (
        "deixei o meu cão com a minha irmã e escrevi as senhas para o meu irmão, não vou precisar",
        "deixei as chaves com a vizinha. obrigada por tudo",
        "escrevi cartas para os meus filhos e o meu marido, estão na gaveta",
        "cancelei a academia e dei a bicicleta ao meu sobrinho, não precisa de me marcar mais consultas",
    ),
}

NEAR_MISS: dict[str, tuple[str, ...]] = {
    "en": (
        "we're moving to Spain, so I've given the cat to my sister and left the keys with the agent. thanks for everything",
        "rehomed our dog because of my son's allergy, he's with a lovely family. thanks for everything you did",
        "left the spare key with my neighbour while we're on holiday, she'll feed the cat",
        "gave my old bike to my nephew, he loves it",
        "I would never give my dog away, thanks for everything",
    ),
    "de": (
        "wir wandern nach Kanada aus, die Katze bleibt bei meiner Schwester und die Schlüssel hat der Makler. danke für alles",
        "den Hund haben wir wegen der Allergie meiner Tochter abgegeben, danke für alles",
        "Schlüssel bei der Nachbarin gelassen, wir sind im Urlaub",
        "Oma ist verstorben, wir haben ihren Schmuck an die Enkel verschenkt, danke für alles",
    ),
    "fr": (
        "on déménage à Lyon, j'ai donné le chat à ma sœur et laissé les clés à l'agence. merci pour tout",
        "j'ai laissé les clés à la voisine pendant les vacances, merci pour tout",
    ),
    "es": (
        "nos mudamos a Chile, le dejé el gato a mi hermana y las llaves a la inmobiliaria. gracias por todo",
        "tuvimos que dar el perro por la alergia del niño, gracias por todo",
        "dejé las llaves a mi vecina porque estaré en el hospital por la operación",
    ),
    "it": (
        "ci trasferiamo a Berlino, ho lasciato il gatto a mia sorella e le chiavi all'agenzia. grazie di tutto",
        "ho lasciato le chiavi alla vicina per le vacanze, grazie di tutto",
    ),
    "nl": (
        "we verhuizen naar Utrecht, de kat is bij mijn zus en de sleutel bij de makelaar. bedankt voor alles",
        "we hebben de hond weggegeven vanwege de allergie van onze zoon, bedankt voor alles",
    ),
    "pt": (
        "vamos emigrar para o Canadá, deixei o gato com a minha irmã e as chaves com a imobiliária. obrigada por tudo",
        "deixei as chaves com a vizinha porque vou de férias, obrigada por tudo",
    ),
}


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, t) for lang, texts in CRISIS.items() for t in texts]
)
def test_final_arrangements_are_a_crisis(lang: str, text: str) -> None:
    assert arrangements.final_arrangements(tokens(text)), text
    assert assess(text).urgency == "crisis", (lang, text, assess(text).reasons)


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, t) for lang, texts in NEAR_MISS.items() for t in texts]
)
def test_handovers_with_a_reason_or_no_finality_are_not(lang: str, text: str) -> None:
    assert not arrangements.final_arrangements(tokens(text)), (lang, text)
    assert assess(text).urgency != "crisis", (lang, text, assess(text).reasons)


# The lexicon's own expressions read these as a crisis ("made my will", "letters _3 kids"):
# this family adds nothing to them.
ROUTINE = (
    "made my will at the solicitor's and put the papers in a folder, all very routine",
    "wrote letters to the grandchildren for Christmas, they're in the drawer till then",
    "j'ai écrit des lettres à mes enfants pour leur anniversaire, elles sont dans le tiroir",
    "ho scritto le lettere per i miei figli per il compleanno, sono nel cassetto",
)


@pytest.mark.parametrize("text", ROUTINE)
def test_a_routine_will_or_birthday_letters_are_no_arrangements(text: str) -> None:
    assert not arrangements.final_arrangements(tokens(text)), text


def test_a_reason_told_as_a_pretext_is_no_reason() -> None:
    text = "gave the cat to my friend and left her my passwords, she thinks i'm moving abroad. i won't need them"
    assert arrangements.final_arrangements(tokens(text))


# A will updated with the solicitor or notary, "purely routine at my age", is an errand of old
# age (lexicon LOOKALIKE_CONTEXT lastwill/prudent), in every language ...
WILL_ERRANDS = (
    "I have updated my will with the solicitor, purely routine at my age",
    "made my will with my lawyer last week, and the invoices should go to the new address",
    "ich habe mein Testament beim Notar aktualisiert, reine Routine in meinem Alter",
    "j'ai mis à jour mon testament chez le notaire, simple routine à mon âge",
    "he actualizado mi testamento con el notario, pura rutina a mi edad",
    "ho aggiornato il testamento dal notaio, pura routine alla mia età",
    "ik heb mijn testament bij de notaris laten aanpassen, gewoon routine op mijn leeftijd",
    "atualizei o meu testamento no notário, pura rotina na minha idade",
)

# ... not a will told alone or with a farewell, which stays a crisis.
WILL_FAREWELLS = (
    "I made my will.",
    "I saw the solicitor and sorted my will, I won't be needing the tablets after Sunday",
)


@pytest.mark.parametrize("text", WILL_ERRANDS)
def test_a_will_updated_with_the_solicitor_is_an_errand(text: str) -> None:
    assert assess(text).urgency == "none", (text, assess(text).reasons)


@pytest.mark.parametrize("text", WILL_FAREWELLS)
def test_a_will_told_alone_or_with_a_farewell_stays_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


# Letters left and the writer gone by the morning: a goodbye in every language. Letters sent
# before a holiday, or keys left before a trip, are news.
LETTERS_AND_GONE = (
    "the notes are written, i will be gone by morning",
    "die briefe liegen bereit, morgen bin ich nicht mehr",
    "j'ai laissé les lettres, demain je ne suis plus là",
    "dejé las cartas, mañana ya no estoy",
    "ho scritto le lettere, domani non ci sarò",
    "de brieven liggen klaar, morgen ben ik er niet meer",
    "deixei as cartas escritas, amanhã já não estou",
)
NOT_LETTERS_AND_GONE = (
    "left the keys with anna, tomorrow i'm gone!",
    "posted the letters for the school, tomorrow i'm gone on holiday",
    "die briefe sind abgeschickt, morgen bin ich weg in den urlaub",
    "ho spedito le lettere, domani non ci sono, vado in vacanza",
)


@pytest.mark.parametrize("text", LETTERS_AND_GONE)
def test_letters_left_and_gone_by_morning_is_a_crisis(text: str) -> None:
    assert arrangements.final_arrangements(tokens(text)), text


@pytest.mark.parametrize("text", NOT_LETTERS_AND_GONE)
def test_letters_or_keys_before_a_trip_are_not(text: str) -> None:
    assert not arrangements.final_arrangements(tokens(text)), text


# Guns given up with one kept back, or the family said to cope without the writer.
WEAPONS_GIVEN_UP = {
    "en-kept-the-one": "sold the guns to my brother, well most of them. kept the one. the kids will be fine, they have their mum",
    "de-bis-auf-eins": "hab die Gewehre meinem Bruder gegeben, bis auf eins",
    "fr-leur-mere": "j'ai descendu les fusils chez mon frère. les petits ont leur mère, ils s'en sortiront mieux",
    "es-menos-una": "le regalé las escopetas a mi cuñado, menos una",
    "it-tranne-uno": "ho dato i fucili a mio fratello, tranne uno",
    "nl-op-een-na": "ik heb de geweren aan mijn broer gegeven, op een na",
    "pt-fiquei-com-uma": "dei as espingardas ao meu irmão, fiquei com uma",
}
WEAPONS_NEAR_MISSES = {
    "en-deer-season": "sold the guns to my brother, kept the one for deer season",
    "en-moving": "gave the guns to my brother because we're moving to the city",
    "en-dad": "dad gave his guns to my son, kept one",
    "en-gunsmith": "took the kids to their mum's and the gun to the gunsmith for a service",
    "fr-chasse": "j'ai vendu deux fusils, j'en ai gardé un pour la chasse",
}


@pytest.mark.parametrize("text", list(WEAPONS_GIVEN_UP.values()), ids=list(WEAPONS_GIVEN_UP))
def test_guns_given_up_with_one_kept_is_a_crisis(text: str) -> None:
    assert arrangements.final_arrangements(tokens(text)), text
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize("text", list(WEAPONS_NEAR_MISSES.values()), ids=list(WEAPONS_NEAR_MISSES))
def test_guns_sold_for_a_reason_or_for_the_hunt_are_not(text: str) -> None:
    assert not arrangements.final_arrangements(tokens(text)), text
    assert assess(text).urgency != "crisis", assess(text).reasons


# One's things put in order and the farm, house or business put in a child's name, with thanks
# for everything: two handovers and a parting (the property kind, "in order" as the act).
PUT_IN_ORDER = {
    "en-farm-name": "put my things in order, the farm's in my daughter's name. thanks for everything doc",
    "de-hof-ueberschrieben": "hab meine sachen in ordnung gebracht, der hof ist auf meinen sohn überschrieben. danke für alles",
    "fr-exploitation-nom": "mes affaires sont en ordre, la ferme est au nom de ma fille. merci pour tout",
    "es-finca-nombre": "puse en orden mis cosas, la finca ya está a nombre de mi hijo. gracias por todo",
    "it-azienda-intestata": "le mie cose sono in ordine, l'azienda è intestata a mia figlia. grazie di tutto",
    "nl-boerderij-naam": "ik heb mijn spullen op orde, de boerderij staat op naam van mijn zoon. bedankt voor alles",
}
PUT_IN_ORDER_NEAR_MISSES = {
    "en-retired": "the farm is in my son's name now since i retired, thanks for everything",
    "en-puppy-name": "our puppy's name is bella, thanks for everything",
    "fr-voiture": "j'ai mis mes affaires dans la voiture, la maison est au nom de ma femme. merci pour tout",
    "de-umzug": "meine sachen sind in ordnung, das haus läuft auf meine frau wegen dem umzug. danke für alles",
    "it-no-parting": "ho messo in ordine le mie cose in cantina, la ditta è intestata a mio figlio",
}


@pytest.mark.parametrize("text", list(PUT_IN_ORDER.values()), ids=list(PUT_IN_ORDER))
def test_things_in_order_and_the_farm_signed_over_is_a_crisis(text: str) -> None:
    assert arrangements.final_arrangements(tokens(text)), text
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize(
    "text", list(PUT_IN_ORDER_NEAR_MISSES.values()), ids=list(PUT_IN_ORDER_NEAR_MISSES)
)
def test_a_name_on_the_deeds_with_a_reason_or_no_parting_is_not(text: str) -> None:
    assert not arrangements.final_arrangements(tokens(text)), text
