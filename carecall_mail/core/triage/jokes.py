# ruff: noqa: E501  (data: one line of words reads better whole, as in lexicon.py)
"""A dark joke about a means, taken back only halfway, in every language (issue 8).

Stoic clients tell the thought as a joke and then own it: "said to the wife the rope in the
barn would do the job quicker than the vet. joking. mostly", "on rigole que la corde du
hangar est assez solide pour moi. je rigole. à moitié", "del andamio al suelo se arregla
todo jaja. es broma. medio broma", "ho pensato che bastava sterzare un attimo. scherzo. più
o meno", "prendo la macchina e vado giù dalla scarpata. scherzo eh. più o meno" (a
filler between is skipped), "dat ik maar eens van de silo moest springen. grapje.
grotendeels", "do quarto andar ao chão era um instante. brincadeira. meia brincadeira". The lexicon reads no act in
them (a rope, a silo, the ground are no trouble words), and the joke hides the rest. Here a
reply reads as a crisis when it takes a joke back only halfway (JOKE, then HALF, over a
full stop: "joking. mostly", "spaß. halbwegs", "brincadeira. ou não"; or HALF first: "only
half joking", "halb im Spaß", "medio en broma") and names a MEANS: a rope or
a gun, a height or a fall, a vehicle steered off the road, anywhere in the reply.

A joke taken back whole ("joking!") is left as the rest of the net reads it; a half-joke
about no means ("told the boss i'd quit and breed goats. joking. mostly") is no crisis, and
"all good now mostly" is no joke. Tested in every language in tests/test_triage_jokes.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage import questions
from carecall_mail.core.triage.text import Token, clause_of, pattern_at, pattern_phrases, word_set

__all__ = ["half_taken_back", "pastime_kills"]

# Saying it was a joke.
JOKE = pattern_phrases(
    "joking / joke / kidding / jk / jking / only messing / just messing"
    " / spass / spassle / scherz / witz / nur gscheit / war nur so dahingesagt"
    " / je rigole / je plaisante / je deconne / c est une blague / une blague / pour rire / blague"
    " / es broma / broma / bromeo / bromeando / es coña / de broma / en broma"
    " / scherzo / scherzavo / sto scherzando / per scherzo / scherzando"
    " / grapje / geintje / een grap / grap / als grap"
    " / brincadeira / estou a brincar / to brincando / tou a brincar / a brincar / brincando"
)
# Taking it back only halfway.
HALF = pattern_phrases(
    "mostly / half / partly / sort of / kind of / kinda / more or less / ish / or not / maybe not / not entirely / not really"
    " / halbwegs / halb / teilweise / grosstenteils / meistens / oder auch nicht / oder nicht / nicht ganz / so halb"
    " / a moitie / en partie / plus ou moins / ou pas / ou peut etre pas / pas vraiment / pas tout a fait"
    " / medio / a medias / mas o menos / o no / o tal vez no / no del todo / no tanto"
    " / piu o meno / mezzo / a meta / o forse no / o no / non del tutto / non proprio"
    " / grotendeels / half / min of meer / deels / of niet / of toch niet / niet helemaal / een beetje"
    " / meia / meio / mais ou menos / ou nao / ou talvez nao / nao totalmente / nem tanto"
)
# Interjections a writer puts after "joking" before taking it back ("scherzo eh. più o meno").
FILLERS = word_set("eh ehh hein hehe hoor ne ok okay lol haha ahah jaja kkk bon pues beh")
# A means named: a rope or a gun, a height, a fall or a jump, a vehicle steered off. Stems end
# in "*". Not pills: "forgot my pills again" is no means, and pills all taken are the lexicon's.
MEANS = word_set(
    "rope noose gun guns shotgun rifle bridge roof rooftop tracks cliff silo scaffold* ledge"
    " jump* fall falling drop steer* swerv* artic lorry pylon motorway embankment ravine"
    " strick seil schlinge *waffe gewehr flinte pistole brucke dach gleis* klippe silo gerust"
    " spring* fallen runter loslassen pfeiler boschung abhang schlucht"
    " corde noeud fusil pistolet pont toit rails falaise silo echafaudage sauter saute tomber"
    " volant pilier talus ravin precipice"
    " cuerda soga pistola escopeta puente tejado azotea vias acantilado silo andamio saltar"
    " tirarme caer suelo volantazo terraplen barranco precipicio"
    " corda cappio pistola fucile ponte tetto binari scogliera silo impalcatura saltare"
    " buttarmi cadere sterz* fosso scarpata burrone dirupo precipizio"
    " touw strop geweer pistool brug dak spoor klif silo steiger springen spring vallen pijler talud ravijn"
    " corda pistola espingarda ponte telhado trilhos penhasco silo andaime saltar atirar-me"
    " atirar cair chao guinada ribanceira barranco precipicio"
)
_STEMS = tuple(w[:-1] for w in MEANS if w.endswith("*"))
_ENDINGS = tuple(w[1:] for w in MEANS if w.startswith("*"))
_WHOLE = frozenset(w for w in MEANS if "*" not in w)


def _means(word: str) -> bool:
    return bool(word) and (word in _WHOLE or word.startswith(_STEMS) or word.endswith(_ENDINGS))


def _ends_at(text: list[str], p: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Where the longest phrase of `phrases` starting at p ends, or -1."""
    best = -1
    for phrase in phrases:
        if pattern_at(text, p, len(text), phrase):
            best = max(best, p + len(phrase))
    return best


def half_taken_back(words: Sequence[Token]) -> bool:
    """Whether the reply names a means (MEANS) and takes a joke back only halfway: JOKE
    followed by HALF, or HALF just before JOKE (see the module's docstring)."""
    text = [t.word for t in words if t.word]
    for p in range(len(text)):
        end = _ends_at(text, p, JOKE)
        if end < 0:
            continue
        # The next word ("joking. mostly"), or one that ends where the joke starts or a word
        # before it ("only half joking", "halb im Spaß").
        # A filler between ("scherzo eh. più o meno", "grapje hoor. min of meer") is skipped.
        while end < len(text) and text[end] in FILLERS:
            end += 1
        half_after = end < len(text) and _ends_at(text, end, HALF) >= 0
        half_before = any(_ends_at(text, q, HALF) in (p, p - 1) for q in range(max(0, p - 4), p))
        if (half_after or half_before) and any(_means(w) for w in text):
            return True
    return False


# A pastime or a chore that "will kill me": "the crossword will kill me one of these days",
# "el crucigrama del periódico me va a matar", "il cruciverba prima o poi mi ammazzerà", "the
# low fodmap shopping is killing me", "das Kreuzworträtsel bringt mich noch um", "ces mots
# croisés vont me tuer", "die puzzel maakt me nog af", "as palavras cruzadas vão me matar".
# Hyperbole about a thing, never a threat: a threat has a person for its subject. Word starts
# (folded), so that compounds and plurals match ("Kreuzworträtsel", "crosswords").
PASTIMES = (
    "crossword", "sudoku", "puzzle", "jigsaw", "wordle", "quiz", "diet", "shopping",
    "gardening", "garden", "knitting", "crochet", "ironing", "housework", "hoovering",
    "kreuzwort", "ratsel", "diat", "einkauf", "garten", "stricken", "bugeln", "hausarbeit",
    "mots croises", "croises", "regime", "courses", "jardin", "tricot", "repassage", "menage",
    "crucigrama", "autodefinido", "rompecabezas", "puzle", "dieta", "compra", "jardin", "huerto",
    "plancha", "cruciverba", "enigmistic", "rebus", "spesa", "giardin", "orto", "uncinetto",
    "stiro", "kruiswoord", "puzzel", "dieet", "boodschappen", "tuin", "breien", "strijk",
    "huishoud", "cruzadas", "quebra-cabeca", "quebra", "compras", "jardim", "horta", "trico",
    "faxina",
)  # fmt: skip
# The words of killing in the expression: "will kill me", "me va a matar", "mi ammazzerà".
KILLING = (
    "kill", "umbring", "bringt", "tuer", "tue", "vont", "matar", "mata", "ammazz", "uccid",
    "vermoord", "afmaak", "maakt", "sloopt", "vai", "vao",
)  # fmt: skip
_PASTIME_REACH = 8
# "prima o poi" (sooner or later) holds no cousin; the writer as object ("me", "mich") is
# the one the thing "kills", and stands inside or right before the expression.
_NOT_PEOPLE = word_set("prima primo")
_WRITER = questions.FIRST - word_set("me mi mich mij")


def _pastime(text: list[str], pos: int) -> bool:
    word = text[pos]
    if not word:
        return False
    two = f"{text[pos - 1]} {word}" if pos > 0 else word
    return any(word.startswith(stem) or (" " in stem and two == stem) for stem in PASTIMES)


def pastime_kills(words: Sequence[Token], start: int, end: int) -> bool:
    """Whether the expression at words[start:end] is a killing (KILLING) whose subject is a
    pastime or a chore (PASTIMES) before it in its clause, with no person between them (the
    husband who "will kill me" over the crossword is a threat)."""
    text = [t.word for t in words]
    if not any(text[p].startswith(KILLING) for p in range(start, end)):
        return False
    clause = clause_of(words, start, end)
    for p in range(start - 1, max(clause.start, start - _PASTIME_REACH) - 1, -1):
        if (text[p] in questions.OTHERS and text[p] not in _NOT_PEOPLE) or text[p] in _WRITER:
            return False
        if _pastime(text, p):
            return True
    return False
