"""Very short phone-typed answers: the phrase families of core/triage/short.py (issue 8).

Terse crisis in young people's self-censored words ("ctb", "sewerslide", "s*icide", "zm",
"SVV", "scarif", "TS"), a hand raised on the client, belongings given away with words
between; terse concern ("still there", "kann nimmer", "gaat kut", "não passou", a few hours
of sleep, a crisis denied in chat spelling, good news about self-harm); and near misses that
stay lower (a joke at a printer, dying of embarrassment, "sh*t", "no pasa nada", a question
"is the old address still there?"). Written for this test, not taken from the labelled sets.

The lexicon is read alone (the second reader held silent), as in test_triage_plain.py.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage import short
from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent


CRISIS: dict[str, tuple[str, ...]] = {
    "slang": (
        "sewerslide is all i think about lately",
        "kinda want to ctb this weekend",
        "been thinking about unaliving again",
        "sh again tonight, couldnt stop",
        "relapsed hard with sh, sorry",
        "s/h yesterday, pretty bad",
        "SVV gestern abend, wieder am arm",
        "grosse rechute, scarif tous les soirs",
        "j'ai refait une TS la semaine dernière",
        "zm gedachten komen steeds terug",
    ),
    "censored": (
        "having s*icidal thoughts since monday",
        "su1cide keeps popping in my head",
        "ich hab wieder s*izidgedanken, also s*izid halt",
        "je pense au s*icide chaque nuit",
        "pensando en el s*icidio otra vez",
        "penso al suic1dio ogni giorno",
        "weer aan z*lfmoord gedacht vannacht",
        "penso em suic1dio toda hora",
    ),
    "hand raised": (
        "he raised his hand to me again last night",
        "er hat wieder die Hand gegen mich erhoben",
        "il a encore levé la main sur moi",
        "anoche me volvió a levantar la mano",
        "mio marito mi mette le mani addosso quando beve",
        "hij heeft zijn hand weer tegen mij opgeheven",
        "ele levantou a mão pra mim de novo",
    ),
    "given away": (
        "gave away my guitar, my books and my things",
        "hab den hund und meine ganzen sachen verschenkt",
        "ho regalato la bici, i libri e le mie cose",
        "mi voglio ammazzare stasera",
    ),
    "not here": (
        "dont bother with the refill, i wont be here for christmas or after",
        "finished my letters.",
        "ya escribí las cartas.",
        "le lettere sono scritte.",
        "mijn brieven zijn al geschreven.",
        "as cartas estão escritas.",
        "no natal já não vou estar cá, obrigada por tudo",
        "je veux plus être là",
        "weer aan het krassen met de schaar",
    ),
}

CONCERN: dict[str, tuple[str, ...]] = {
    "denied in chat words": (
        "not gonna kms, just exhausted",
        "nn mi faccio niente tranquilla, sono stanca",
        "tranquila, no me voy a hacer nada",
    ),
    "self-harm good news": (
        "2 months sh free today",
        "clean from self harm since june",
        "SVV frei seit dem sommer",
        "niente più tagli da natale",
        "nn mi taglio più da settembre",
        "al een jaar niet meer gesneden",
        "ich ritz mich nich mehr",
    ),
    "still there": (
        "the bump? still there",
        "kopfweh immer noch da",
        "la tache, toujours pas partie",
        "no se me quita, sigue igual",
        "non passa",
        "gaat niet weg, die bult",
        "ainda não passou",
    ),
    "distress": (
        "drowning tbh",
        "i kann nimmer",
        "chui à boutte",
        "plus rien ne va depuis mardi",
        "nn ce la faccio più",
        "voel me echt klote",
        "ñ aguento mais isso",
        "ça se dégrade depuis la semaine dernière",
        "ich geh grad unter",
        "je me noie",
        "me estoy ahogando tía, en serio",
        "sto annegando",
        "ik ga kopje onder",
        "estou me afogando",
    ),
    "short sleep": (
        "sleeping like 2 hrs a night",
        "hab nur zwei stunden geschlafen",
        "je dors 3h max",
        "duermo 4 horas como mucho",
        "dormo due ore a notte",
        "slaap maar drie uur",
        "durmo 3 horas por noite",
    ),
}

# Near misses: jokes, objects, questions, idioms. They stay below crisis; most are nothing.
NONE: tuple[str, ...] = (
    "about to unalive this laptop, send help",
    "died of embarrassment at the chemist lol",
    "me muero de vergüenza, se me olvidó pagar",
    "morri de vergonha kkk esqueci a consulta",
    "sono morta dal ridere con il tuo messaggio",
    "overdosed on sushi last night, no regrets",
    "overdose de raclette ce weekend",
    "feeling like sh*t about the parking ticket lol",
    "how much is s&h for the refill?",
    "is the old pharmacy still there?",
    "are you still there tomorrow?",
    "no pasa nada, todo bien por aquí",
    "não passou de um susto, tudo bem",
    "non passa giorno che non rido col nuovo cane",
    "er ist nicht weg, nur kurz beim bäcker",
    "ik ga niet weg deze zomer",
    "het weer is echt kut vandaag",
    "le temps se dégrade, on rentre plus tôt",
    "sono giù in garage, ti richiamo",
    "slept 9 hours finally",
    "kopfweh null komma nix seit der kur",
    "je me noie dans les cartons du déménagement",
    "no domingo não tive dor nenhuma",
    "ho scritto le lettere per la scuola di mia figlia",
    "i wont be here for the holidays, visiting my sister",
    "c'est au boutte ce nouveau sirop",
    "ik heb de spullen van mijn oma weggegeven",
    "zm ik kom morgen",  # "zo meteen": in a moment
    "ik bel je zm terug",
)


def _cases(table: dict[str, tuple[str, ...]]) -> list[str]:
    return [text for texts in table.values() for text in texts]


@pytest.mark.parametrize("text", _cases(CRISIS))
def test_terse_crisis_is_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis"


@pytest.mark.parametrize("text", _cases(CONCERN))
def test_terse_trouble_is_a_concern(text: str) -> None:
    assert assess(text).urgency == "concern"


@pytest.mark.parametrize("text", NONE)
def test_near_misses_are_nothing(text: str) -> None:
    assert assess(text).urgency == "none"


def test_censored_spellings_are_written_out() -> None:
    spellings = short._censored("suizid")
    # A star splits the word in two; a first letter starred leaves one word; digits stay one word.
    assert "=s =izid" in spellings
    assert "=uizid" in spellings
    assert "=su1zid" in spellings
    assert "=suizid" not in spellings  # the plain word is the lexicon's own
    # Too little left to be read: "suiz*" (four letters) is not an expression.
    assert "=suiz" not in spellings


def test_chat_negations_reach_a_crisis_word() -> None:
    """'nn' is a negation: a crisis it governs is a concern, never nothing and never a crisis."""
    assert assess("nn voglio ammazzarmi, sono solo stanca").urgency == "concern"
    assert assess("nn mi voglio ammazzare, sono solo stanca").urgency == "concern"
    # ... and a lone "n" is not ("lips n tongue swelling" is "and").
    assert assess("lips n tongue swelling up").urgency == "crisis"


# A whole strip or blister taken, or "al mn pillen in 1x", said tersely; French, Italian
# and Portuguese already read "toute la plaquette", "tutto il blister", "a cartela inteira".
WHOLE_STRIP: tuple[str, ...] = (
    "took the whole strip. feel weird",
    "swallowed the whole blister pack",
    "ich habe 30 von meinen schmerztabletten auf einmal geschluckt",
    "me he tragado el blíster entero",
    "ik heb al mijn pijnstillers in 1 keer ingenomen",
    "j'ai pris toute la plaquette",
    "ho preso tutto il blister",
    "tomei a cartela inteira",
)  # fmt: skip

# ... and its near misses: wallpaper stripped, biscuits eaten, shopping done, colleagues invited.
WHOLE_STRIP_NEAR_MISSES: tuple[str, ...] = (
    "took the whole strip off the wallpaper",
    "had the whole packet of biscuits",
    "ik heb al mijn boodschappen in 1x gedaan",
    "wir haben 20 von meinen kollegen auf einmal eingeladen",
    "me tomé la tarde entera libre",
)  # fmt: skip


@pytest.mark.parametrize("text", WHOLE_STRIP)
def test_a_whole_strip_taken_is_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize("text", WHOLE_STRIP_NEAR_MISSES)
def test_wallpaper_or_biscuits_stay_none(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", result.reasons


# Crisis said tersely without the obvious words (issue 8): the blade taken up again, no refill
# because the writer will be gone, soon no longer a problem, letters to the children, a blow
# told in everyday words, fainting told with a separable verb.
TERSE_CRISIS: tuple[str, ...] = (
    "picked the blade up again",
    "back to the razor",
    "klinge wieder rausgeholt. oberschenkel",
    "recommencé avec la lame cette nuit",
    "volví a usar la cuchilla",
    "ho ripreso la lametta",
    "mesje weer gepakt",
    "weer gekrast",
    "voltei a usar a gilete",
    "all good ty. no refill needed, wont be around",
    "haut is super. nachbestellung brauchts nimmer, bin dann weg",
    "soon i wont be a problem anymore",
    "ich bin bald kein problem mehr",
    "tanto tra poco non sarò più un problema",
    "pronto ya no seré un problema",
    "je serai bientôt plus un problème",
    "logo não vou ser mais um problema",
    "ik ben straks geen probleem meer",
    "wrote the kids letters. just in case",
    "he smacked me again",
    "er hat mir wieder eine geknallt",
    "il m'a mis une claque",
    "me dio una hostia",
    "mi ha preso a schiaffi",
    "hij gaf me een klap",
    "ele me deu um tapa",
    "mn moeder valt steeds flauw",
)  # fmt: skip

# ... and their near misses: a razor for shaving, a scratched car, a problem that is not the
# writer, a film that impressed, a pat on the back, a joke that fell flat.
TERSE_CRISIS_NEAR_MISSES: tuple[str, ...] = (
    "ho ripreso la lametta per la barba",
    "de auto is weer gekrast",
    "non sarà più un problema, grazie",
    "that wont be a problem anymore",
    "das ist bald kein problem mehr",
    "ce film m'a mis une claque",
    "hij gaf me een klap op de schouder",
    "ele me deu um tapa nas costas",
    "de grap viel flauw",
    "refill arrived, thanks",
)  # fmt: skip


@pytest.mark.parametrize("text", TERSE_CRISIS)
def test_terse_crisis_without_the_obvious_words(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize("text", TERSE_CRISIS_NEAR_MISSES)
def test_shaving_a_scratched_car_or_a_pat_on_the_back_stay_none(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", result.reasons


# Terse concern (issue 8): no sleep in a word, a rash "all over", "nimmer" for "nicht mehr", a
# remedy named by its own name stopped, "c'è ancora", and vague answers that say things are not
# well (the README's borderline: concern, not none).
TERSE_CONCERN: tuple[str, ...] = (
    "bad week again. zero sleep",
    "rash all over since the new cream",
    "nehm die globuli nimmer",
    "ich pack das alles nimmer",
    "schlaf nimmer",
    "dors plus du tout",
    "no pego ojo",
    "sospeso i fiori di bach",
    "dejé las flores de bach",
    "parei os florais",
    "c'è ancora 😒",
    "naja geht so",
    "bof pas top",
    "fatal la verdad",
    "mah insomma",
    "slecht eigenlijk",
    "gaat bergaf 😞",
)  # fmt: skip

# ... and their near misses: a rash that is all over (finished), no sleep trouble, sleeping in
# at the weekend, a free slot, a gift voucher (German "Gift" is poison).
TERSE_CONCERN_NEAR_MISSES: tuple[str, ...] = (
    "the rash is all over now",
    "zero sleep issues",
    "je dors plus tard le weekend",
    "c'è ancora posto giovedì?",
    "hab ein gift voucher gekauft, thanks for the tip",
)  # fmt: skip


@pytest.mark.parametrize("text", TERSE_CONCERN)
def test_terse_concern_is_flagged(text: str) -> None:
    result = assess(text)
    assert result.urgency == "concern", result.reasons


@pytest.mark.parametrize("text", TERSE_CONCERN_NEAR_MISSES)
def test_a_finished_rash_or_a_free_slot_stays_none(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", result.reasons


# More of the same families as a new author might word them: in anyone's way, a bother, gone
# by the next order, a blow in slang, fitting on the floor.
TERSE_CRISIS_MORE: tuple[str, ...] = (
    "wont be in your way much longer",
    "bin bald niemandem mehr im weg",
    "je gênerai plus personne bientôt",
    "ya no estorbaré a nadie",
    "presto non darò più fastidio a nessuno",
    "straks sta ik niemand meer in de weg",
    "logo não vou atrapalhar mais ninguém",
    "no more refills pls, ill be gone by then",
    "keine bestellung mehr, bin eh bald weg",
    "mi ha mollato uno schiaffone",
    "me dio un bofetón",
    "my dad's fitting on the floor",
    "peguei na lâmina outra vez",
)  # fmt: skip

# ... and their near misses: a polite "I won't bother anyone with my questions", a dress that
# fits, a hand with the move.
TERSE_CRISIS_MORE_NEAR_MISSES: tuple[str, ...] = (
    "je dérangerai plus personne avec mes questions",
    "the dress is fitting well now",
    "mi ha dato una mano col trasloco",
)  # fmt: skip


@pytest.mark.parametrize("text", TERSE_CRISIS_MORE)
def test_terse_crisis_in_other_words(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize("text", TERSE_CRISIS_MORE_NEAR_MISSES)
def test_a_polite_question_or_a_fitting_dress_is_no_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency != "crisis", result.reasons


# Killing oneself with the verb censored by a digit: a crisis; the same verb about a mother's
# anger or the heat, uncensored or without the pronoun, stays lower.
@pytest.mark.parametrize(
    "text",
    ["vontade de me m4t4r", "je vais me tu3r", "voglio ammazz4rmi", "ich will mich umbr1ngen"],
)
def test_a_censored_verb_of_killing_oneself_is_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize(
    "text", ["minha mãe vai me matar kkk", "o calor está a m4t4r", "ce boulot va me tuer lol"]
)
def test_a_mothers_anger_or_the_heat_is_no_censored_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency != "crisis", result.reasons


# More vague not-well answers and nights without sleep, in every language.
TERSE_CONCERN_MORE: tuple[str, ...] = (
    "pretty rubbish week",
    "so so",
    "geht so lala",
    "más o menos",
    "uno schifo",
    "niet zo best",
    "no he dormido nada",
    "niks geslapen",
    "não dormi nada",
)  # fmt: skip

# ... and their near misses: sleep problems denied, a treatment going fairly well, a regular
# appointment.
TERSE_CONCERN_MORE_NEAR_MISSES: tuple[str, ...] = (
    "no sleep problems again",
    "el tratamiento va más o menos bien",
    "la cita es regular, cada mes",
)  # fmt: skip


@pytest.mark.parametrize("text", TERSE_CONCERN_MORE)
def test_vague_not_well_or_no_sleep_is_flagged(text: str) -> None:
    result = assess(text)
    assert result.urgency != "none", result.reasons


@pytest.mark.parametrize("text", TERSE_CONCERN_MORE_NEAR_MISSES)
def test_denied_sleep_trouble_or_a_regular_slot_stays_none(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", result.reasons
