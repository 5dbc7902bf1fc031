# ruff: noqa: E501  (data: one line of expressions reads better whole, as in lexicon.py)
"""Older clients' formal letters: crises in their restrained words, and the letter's own parts (issue 8).

Clients of seventy or ninety write to their doctor as they would write a letter: a salutation,
long courteous sentences, a sign-off and their name. Their crises come in the same register:

- a wish to die told as a prayer: asking God or a saint to take them, or not to wake them
  ("hoping the good Lord will see fit not to wake me", "peço a Nossa Senhora que me leve");
- an overdose of drops by the bottle: the whole vial drunk at once, not the dose
  ("beide Fläschchen von den Herztropfen ausgetrunken", "bevuto tutte e due le boccette");
- a collapse told as waking on the floor with time lost ("found myself on the kitchen
  floor, with no idea how long I had been lying there", "zonder te weten hoe lang").

And the letter's parts are no trouble: the name under the sign-off ("Herzliche Grüße, Viola
Aschenbrenner": French "viola" is a form of "violer") and the doctor's name after the
salutation ("Sehr geehrter Herr Doktor Brandt": "Brand" is a burn) are names
(`signature`, `DOCTOR`).

Written in the lexicon's notation (see `lexicon.py`) and merged into it there. Words marked `=`
are matched as written, their forms spelled out, so forms.json needs no new entries for this
module. Tested in every language in tests/test_triage_letters.py, with near misses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from carecall_mail.core.triage.text import Token, fold, tokens, word_set

__all__ = ["CLASSES", "DOCTOR", "LEXICON", "signature"]

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "crisis": """
            # A prayer to be taken, or not to wake: "hoping the good lord will see fit not to wake me".
            @pray _5 @deity _6 =take/takes/fetch/fetches =me / @pray _5 @deity _6 =call/calls =me =home
            @pray _5 @deity _6 =not =to =wake =me / @pray _5 @deity _6 =not =wake =me / @pray _5 @deity _6 =let =me =die
            # Waking on the floor with the time lost: a collapse.
            @floor _8 =no =idea =how =long / @floor _8 =not =knowing =how =long / @floor _8 =not =know _1 =how =long
            =how =long =i _2 =been =lying/unconscious/out
        """,
    },
    "de": {
        "crisis": """
            @pray _5 @deity _6 =mich _4 =holt/holen/heimholt/heimholen/abholt/abholen / @pray _5 @deity _6 =mich _2 =zu =sich =nimmt/nehmen/ruft/rufen
            @pray _5 @deity _6 =mich =nicht =mehr =aufwachen
            @floor _8 =weiß =nicht _1 =wie =lange / @floor _8 =keine =ahnung =wie =lange / @floor _8 =ohne =zu =wissen =wie =lange
            =wie =lange =ich _3 =gelegen/dagelegen/bewusstlos
        """,
    },
    "fr": {
        "crisis": """
            @pray _5 @deity _6 =me =prenne/prendre/rappelle/rappeler/emporte/emporter/reprenne/reprendre / @pray _5 @deity _6 =vienne/venir =me =chercher
            @floor _8 =sans =savoir =depuis =combien / @floor _8 =sans =savoir =combien / @floor _8 =je =ne =sais =pas _1 =depuis =combien
            =combien =de =temps =je _3 =restée/resté =par/au/allongée/allongé/inconsciente/inconscient
        """,
    },
    "es": {
        "crisis": """
            @pray _5 @deity _6 =me =lleve/llevara/llevase/recoja/recogiera
            @floor _8 =sin =saber =cuánto / @floor _8 =no =sé _1 =cuánto =tiempo / =cuánto =tiempo _3 =estuve/llevaba _3 @floor
        """,
    },
    "it": {
        "crisis": """
            @pray _5 @deity _6 =mi =prenda/prendesse/porti/portasse/chiami/chiamasse
            @floor _8 =senza =sapere =da =quanto / @floor _8 =senza =sapere =quanto / @floor _8 =non =so _1 =da =quanto / =quanto =tempo _3 =rimasta/rimasto/stata/stato _3 @floor
        """,
    },
    "nl": {
        "crisis": """
            @pray _5 @deity _6 =me/mij _3 =komt/kwam =halen / @pray _5 @deity _6 =me/mij _2 =haalt/ophaalt/roept / @pray _5 @deity _6 =me/mij =tot =zich =neemt/roept
            @floor _8 =zonder =te =weten =hoe =lang / @floor _8 =geen =idee =hoe =lang / @floor _8 =weet =niet _1 =hoe =lang / =hoe =lang =ik _3 =gelegen/lag
        """,
    },
    "pt": {
        "crisis": """
            # Not "senhora" alone: "a senhora" is the doctor addressed ("peço à senhora que me leve a consulta").
            @pray _5 @deity _6 =me =leve/levasse/leva/chame/chamasse / @pray _5 =nossa =senhora _6 =me =leve/levasse/leva/chame/chamasse
            @floor _8 =sem =saber =há =quanto / @floor _8 =sem =saber =quanto / @floor _8 =não =sei _1 =há =quanto / =quanto =tempo _3 =fiquei/estive _3 @floor
        """,
    },
    "*": {
        "crisis": """
            # A vial of drops drunk whole: "beide Fläschchen von den Herztropfen ausgetrunken".
            & @drankdown @wholevial @vial @drops
        """,
    },
}

CLASSES: dict[str, dict[str, str]] = {
    # Asking for it in prayer or hope.
    "pray": {
        "en": "=pray =praying =prayed =hope =hoping =hoped =ask =asking =asked =beg =begging =wish =wishing",
        "de": "=bete =beten =betet =hoffe =hoffen =bitte =bitten =flehe",
        "fr": "=prie =prier =priais =espère =espérant =demande =supplie",
        "es": "=rezo =rezando =pido =pidiendo =ruego =rogando =espero =esperando =suplico",
        "it": "=prego =pregando =chiedo =spero =sperando =supplico",
        "nl": "=bid =bidden =hoop =hopen =vraag =smeek",
        "pt": "=rezo =rezando =peço =pedindo =espero =esperando =rogo =suplico",
    },
    # God, the Lord, a saint or heaven. Not the words that also address a person ("Herr",
    # "señor", "senhor", "senhora"): "pido al señor que me lleve a la estación".
    "deity": {
        "en": "=god =lord =jesus =heaven =heavens",
        "de": "=gott =herrgott =himmel =jesus",
        "fr": "=dieu =seigneur =ciel =vierge =jésus",
        "es": "=dios =diosito =virgen =cielo =jesús",
        "it": "=dio =signore =madonna =gesù =cielo",
        "nl": "=god =heer =heere =hemel =lieveheer",
        "pt": "=deus =virgem =jesus =céu",
    },
    # Drunk down, not taken: a dose is taken, a bottle drunk.
    "drankdown": {
        "en": "=drank =downed =drained =swallowed",
        "de": "=ausgetrunken =leergetrunken =getrunken =geschluckt",
        "fr": "=bu =avalé =vidé",
        "es": "=bebí =bebido =tragué =vacié",
        "it": "=bevuto =ingoiato =scolato =svuotato",
        "nl": "=gedronken =leeggedronken =opgedronken",
        "pt": "=bebi =bebido =engoli =esvaziei",
    },
    "wholevial": {
        "en": "=whole =entire =both =all",
        "de": "=beide =beiden =ganze =ganzen =ganzes",
        "fr": "=tout =toute =tous =toutes =entier =entière",
        "es": "=todo =toda =todos =todas =entero =entera =ambos =ambas",
        "it": "=tutta =tutte =tutto =tutti =intera =intero =entrambe =entrambi",
        "nl": "=hele =heel =beide =allebei",
        "pt": "=todo =toda =todos =todas =inteiro =inteira =ambos =ambas",
    },
    "vial": {
        "en": "=bottle =bottles =vial =vials =phial",
        "de": "=fläschchen =flasche =flaschen",
        "fr": "=flacon =flacons =fiole =fioles",
        "es": "=frasco =frascos =frasquito =frasquitos",
        "it": "=boccetta =boccette =flacone =flaconi =flaconcino",
        "nl": "=flesje =flesjes =fles =flessen",
        "pt": "=frasco =frascos =frasquinho =vidrinho",
    },
    "drops": {
        "en": "=drops",
        "de": "=tropfen =herztropfen =schlaftropfen =baldriantropfen =beruhigungstropfen",
        "fr": "=gouttes",
        "es": "=gotas",
        "it": "=gocce",
        "nl": "=druppels =druppeltjes",
        "pt": "=gotas =gotinhas",
    },
}

# The doctor's title after a form of address: "Herr Doktor Brandt", "Signora Dottoressa Fontana".
DOCTOR = word_set(
    "doctor dr doktor docteur docteure doctora doctor dottore dottor dottoressa dokter doutor doutora professor prof"
)

# The words a letter closes with, before the writer's name ("Yours sincerely,", "Herzliche
# Grüße,", "Veuillez agréer …,", "Distinti saluti,", "Met vriendelijke groet,", "Cumprimentos,").
_CLOSINGS = word_set(
    "yours sincerely faithfully regards wishes love thanks best kind warmly respectfully"
    " grusse grussen gruss hochachtungsvoll ihr ihre dein deine euer eure dank herzlich herzlichst"
    " votre votres devouee devoue cordialement salutations amities respectueusement sentiments distingues reconnaissance bien vous"
    " atentamente saludos saludo cordiales abrazo abrazos beso besos afectuosamente suyo suya"
    " saluti cordiali cordialmente distinti riconoscenza ossequi affettuosamente saluto sua suo"
    " groet groeten groetjes hoogachtend hoogachting vriendelijke hartelijke uw"
    " cumprimentos abraco abracos beijinhos beijos atenciosamente respeitosamente seu"
)
# The name under it: one to three capitalised words at the very end ("Viola Aschenbrenner",
# "Dr. Jan de Vries" is not needed: the title is the practitioner's, before the letter).
_NAME = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\.?\s*){1,3}$")
_MAX_NAME_WORDS = 3
# ... and never a farewell signed in capitals: "thanks for everything, Goodbye Forever".
_NOT_NAMES = word_set(
    "goodbye bye farewell forever always sorry adieu adios adeus addio tschuss lebewohl vaarwel"
)


def signature(text: str, words: Sequence[Token]) -> range:
    """The positions in `words` (the tokens of `text`) of the writer's name under the
    sign-off, or an empty range: "Herzliche Grüße, Viola Aschenbrenner" signs "Viola
    Aschenbrenner"; "thanks, kill me" signs nothing (no capitalised name)."""
    stripped = text.rstrip().rstrip(".!")
    cut = max(stripped.rfind(","), stripped.rfind("\n"))
    head, tail = stripped[: cut + 1], stripped[cut + 1 :].strip()
    if cut < 0:
        return range(0)
    parts = tail.split()
    # "Ihr Dieter Reh", "Votre dévouée Geneviève": the closing word and the name in one.
    if parts and fold(parts[0]) in _CLOSINGS:
        parts = parts[1:]
    elif not any(fold(w) in _CLOSINGS for w in re.findall(r"\w+", head)[-3:]):
        return range(0)
    name = " ".join(parts)
    if not parts or len(parts) > _MAX_NAME_WORDS or not _NAME.match(name):
        return range(0)
    if any(fold(w) in _NOT_NAMES for w in parts):
        return range(0)
    count = sum(1 for t in tokens(name) if t.word)
    end = len(words)
    while end and words[end - 1].boundary:
        end -= 1  # a closing full stop
    return range(end - count, end)
