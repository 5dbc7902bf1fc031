# ruff: noqa: E501  (data: one line of words reads better whole, as in lexicon.py)
"""A wish to die in the words of grief, in every language (issue 8).

The bereaved rarely write "suicide". They write that the one who died was the last reason to
go on ("mum was the only reason i kept going and shes gone", "unser hund war das letzte was mich
noch gehalten hat", "não tenho mais motivo nenhum pra continuar"), that they only want to be
with the dead, or to join them ("solo quiero irme con ella", "wil ik eigenlijk alleen nog bij
haar zijn", "dopo i morti raggiungo la mia anna"), and that on the day of the death they will
end it ("am todestag meiner tochter mach ich schluss", "op haar sterfdag stop ik ermee"). Each
is a crisis by the contract (a suicidal wish or plan); each half alone is ordinary.

- LEXICON, merged into the lexicon (lexicon.py): the last reason to go on gone, told at a
  clause's end or with what it was for ("no reason left.", "keinen grund mehr.", "geen reden
  meer om door te gaan"); "no reason left to worry" and "es gibt keinen grund mehr zur sorge"
  go on past the words and stay nothing.
- `joins_the_dead` (whole reply): a death named in the reply (DEATH: died, funeral, cremation,
  grave, widow, the day of the dead) and, in a clause not negated, a wish told only or just to
  be with him or her, or to join, follow or go with them, ending the clause (JOIN). "since dad
  died i want to be with mum more", "je vais la rejoindre au cimetière dimanche", "raggiungo mia
  figlia a Milano" go on past the words and stay as they were.
- `end_on_the_day` (whole reply): the anniversary of a death (ANNIVERSARY) and, in the same
  sentence, an ending said without an object at its clause's end (END: "mach ich schluss, das
  steht fest", "stop ik ermee,"); "am todestag mach ich früher schluss im büro" does not end there.

Tested in every language in tests/test_triage_bereaved.py, with near misses.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product

from carecall_mail.core.triage.text import (
    CLAUSE_BREAK,
    PhraseIndex,
    Token,
    alternative_phrases,
    clause_of,
    pattern_at,
    pattern_phrases,
    sentence_of,
    word_set,
)

__all__ = ["LEXICON", "end_on_the_day", "joins_the_dead", "kept_for_the_end"]

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "crisis": """
            =no =reason/reasons =left $ / =no =reason/reasons =left =really/anymore/now $ / =no =reason/reasons =left =to =go/carry/keep =on/going
            =only =reason =i =kept/keep =going / =only =reason =i =am =still =here / =only =thing =that =kept/keeps =me =going / =only =thing =keeping =me =going
        """,
    },
    "de": {
        "crisis": """
            =keinen =grund =mehr $ / !=es =gibt =keinen =grund =mehr $ / =keinen =grund =mehr =weiterzumachen/weiterzuleben / =keinen =grund =mehr =zum =weitermachen/leben
            =das =letzte/einzige =was =mich =noch _2 =gehalten =hat / =das =letzte/einzige =was =mich =am =leben =gehalten =hat
        """,
    },
    "fr": {
        "crisis": """
            =plus =aucune =raison =de =continuer/vivre/tenir / =plus =de =raison =de =continuer/vivre/tenir / =aucune =raison =de =continuer/vivre $
            =la =seule =raison =pour =laquelle =je =tenais/continuais/restais / =la =seule =chose =qui =me =faisait =tenir/continuer
        """,
    },
    "es": {
        "crisis": """
            !=no =tengo =más/ningún/ninguna =motivo/motivos/razón/razones _1 =para =seguir/continuar/vivir / !=ya =no =tengo =motivos/razones/motivo/razón _1 =para =seguir/continuar/vivir
            =lo =único =que =me =mantenía/sostenía/hacía =seguir/vivo/viva/en / =era =mi =única =razón =para =seguir/vivir
        """,
    },
    "it": {
        "crisis": """
            !=non =ho =più =motivo/motivi/ragione/ragioni _1 =per =andare =avanti / !=non =ho =più =motivo/motivi/ragione/ragioni _1 =per =vivere/continuare
            =la =unica =ragione _3 =andavo =avanti / =la =unica =cosa =che =mi =teneva =in =vita/piedi
        """,
    },
    "nl": {
        "crisis": """
            =geen =reden =meer =om =door =te =gaan / =geen =reden =meer =om =te =leven / =geen =reden =meer $
            =het =enige =wat/dat =me/mij =nog _2 =hield / =het =laatste =wat/dat =me/mij =nog _2 =hield
        """,
    },
    "pt": {
        "crisis": """
            !=não/nao =tenho =mais =motivo/motivos/razão/razões/razao/razoes _1 =pra/para =continuar/viver/seguir / !=já/ja =não/nao =tenho =motivo/motivos/razão/razões _1 =pra/para =continuar/viver
            =era =a =única/unica =razão/razao _3 =continuar/viver / =a =única/unica =coisa =que =me =fazia =continuar/viver
        """,
    },
}


# A medicine kept back for the day one can no longer bear it ("ik bewaar het voor als ik het
# echt niet meer trek", "las guardo para cuando ya no pueda más"), in the lexicon's notation
# ("=" as written, "a/b" either word, "_n" a gap). Read from the whole reply (`kept_for_the_end`),
# not as a lexicon expression: the lexicon reads a medicine "kept" beside a pharmacy as storage
# ("bewaar in de koelkast, zegt de apotheek"), and the despair here overrides that.
_KEPT: dict[str, str] = {
    "en": "=keeping/keep/kept/saving/save/saved =it/them/those/these _3 =for =when/if =i =really/just =can =not =take/stand =it =anymore/any / =keeping/keep/kept/saving/save/saved =it/them/those/these _3 =for =when/if =i =can =not =take/stand =it =anymore/any",
    "de": "=hebe/heb/bewahre/behalte _4 =für/fur =den =fall _3 =nicht =mehr =kann / =hebe/heb/bewahre/behalte _4 =für/fur =wenn =ich =nicht =mehr =kann",
    "fr": "=les/le/la =garde/gardes _4 =pour =le =jour =où/ou =je =n/ne =en =pourrai/peux =plus / =les/le/la =garde _4 =pour =quand =je =n/ne =en =pourrai/peux =plus",
    "es": "=las/los/la/lo =guardo/guardaba _4 =para =cuando =ya =no =pueda/aguante =más/mas / =las/los/la/lo =guardo _4 =para =cuando =no =pueda/aguante =más/mas",
    "it": "=le/li/la/lo =tengo/conservo _4 =per =quando =non =ce =la =farò/faro/faccio =più/piu / =le/li/la/lo =tengo =da =parte _4 =per =quando =non =ce =la =farò/faro/faccio =più/piu",
    "nl": "=bewaar/bewaren/houd/hou =het/ze/die _4 =voor =als =ik =het _1 =niet =meer =trek/aankan/volhoud",
    "pt": "=guardo/guardei =os/as/o/a/isso _4 =para/pra =quando =não/nao =aguentar/aguente/conseguir =mais",
}


def _phrases(block: str) -> tuple[tuple[str, ...], ...]:
    """Phrases whose words may be "a|b" alternatives (text.alternative_phrases)."""
    return alternative_phrases(block, "|")


# A death named: the writer is bereaved.
DEATH = word_set(
    "died dead death passed funeral cremation cremated grave cemetery widow widower buried"
    " gestorben verstorben tod todes beerdigung beisetzung einascherung urne grab friedhof witwe witwer todestag"
    " mort morte morts deces decede decedee enterrement obseques cremation tombe cimetiere veuf veuve"
    " murio muerte fallecio fallecimiento funeral entierro tanatorio cremacion tumba cementerio viudo viuda"
    " morto morta morti morte scomparso scomparsa funerale cremazione tomba cimitero vedovo vedova"
    " overleden gestorven dood begrafenis crematie uitvaart graf kerkhof weduwe weduwnaar sterfdag"
    " morreu morte faleceu falecimento enterro velorio cremacao campa tumulo cemiterio viuvo viuva"
)
# A wish told only or just to be with the dead one, or to join, follow or go with them; it must
# end its clause (or go on only with "again"), so a living one's place or time stays out.
JOIN = _phrases(
    "just|only want to be with him|her|them / all i want is to be with him|her|them / want to join|follow him|her|them / i will join|follow him|her|them / going to join him|her|them"
    " / nur noch bei ihm|ihr sein / nur noch zu ihm|ihr / nur noch bei ihm|ihr / will|möchte|moechte zu ihm|ihr / ihm|ihr folgen|nachfolgen / will|möchte bei ihm|ihr sein"
    " / veux|voudrais juste être avec lui|elle / veux|voudrais le|la|les rejoindre / vais le|la|les rejoindre / juste le|la|les rejoindre / partir avec lui|elle / aller le|la|les retrouver"
    " / quiero irme con él|ella|ellos / solo quiero estar con él|ella / quiero reunirme con él|ella / me voy con él|ella / quiero ir con él|ella / irme con él|ella"
    " / raggiungo il|la mio|mia * / raggiungerò il|la mio|mia * / raggiungerla / raggiungerlo / raggiungerli / voglio stare con lui|lei / solo stare con lui|lei / andare da lui|lei"
    " / alleen nog bij hem|haar zijn / alleen nog bij hem|haar / wil bij hem|haar zijn / naar hem|haar toe / hem|haar achterna"
    " / ir ter com ele|ela / só quero estar com ele|ela / quero ficar com ele|ela / juntar me a ele|ela / ir para junto dele|dela / quero ir com ele|ela"
)
AGAIN = word_set("again wieder encore nuevo vez nuovo weer novo eigenlijk")
NEGATED = word_set(
    "not never nicht nie kein keine pas jamais no nunca non mai niet nooit geen nao nunca"
)

# The anniversary of a death.
ANNIVERSARY = _phrases(
    "anniversary of his|her|their death / anniversary of my * death / his|her|their deathday / the day he|she died"
    " / todestag / jahrestag seines|ihres todes / sterbetag"
    " / anniversaire de sa mort / anniversaire de son décès / jour de sa mort"
    " / aniversario de su muerte / aniversario de su fallecimiento / día que murió"
    " / anniversario della sua morte / anniversario della morte / giorno in cui è morto|morta"
    " / sterfdag / sterfdatum / dag dat hij|zij stierf / dag van zijn|haar dood"
    " / aniversário da morte / aniversário da sua morte / aniversário de morte / dia em que ele|ela morreu"
)
# An ending said without an object: it must end its clause.
END = _phrases(
    "i will end it / i end it / i will end things / i will be gone / i am going"
    " / mach ich schluss / mache ich schluss / ist schluss / mach ich ein ende / setze ich ein ende"
    " / j'en finis / j'en finirai / j'arrête tout / je mets fin à tout / je pars"
    " / acabo con todo / acabaré con todo / pongo fin a todo / lo dejo todo / me voy"
    " / la faccio finita / faccio finita / la farò finita / chiudo con tutto"
    " / stop ik ermee / stop ik er mee / maak ik er een eind aan / maak ik er een einde aan"
    " / acabo com tudo / acabarei com tudo / ponho fim a tudo / vou me embora"
)


def _ends_clause(words: Sequence[Token], stop: int, again: bool = False) -> bool:
    """Whether the phrase ending before `stop` ends its clause: a boundary, a clause-break
    word or the end of the reply follows (with `again`, after "again" or a filler word)."""
    while again and stop < len(words) and words[stop].word in AGAIN:
        stop += 1
    return stop >= len(words) or bool(words[stop].boundary) or words[stop].word in CLAUSE_BREAK


def _match_end(text: Sequence[str], p: int, phrase: tuple[str, ...]) -> int:
    """Where `phrase` (no gaps) ends when it matches from `p`, or -1."""
    stop = p + len(phrase)
    return stop if stop <= len(text) and pattern_at(text, p, stop, phrase) else -1


def joins_the_dead(words: Sequence[Token]) -> bool:
    """A death named in the reply and a wish to be with the dead one or to join them ending a
    clause that is not negated (see the module's docstring)."""
    text = [t.word for t in words]
    if not any(w in DEATH for w in text):
        return False
    for p, word in enumerate(text):
        if not word:
            continue
        for phrase in JOIN:
            end = _match_end(text, p, phrase)
            if end < 0 or not _ends_clause(words, end, again=True):
                continue
            clause = clause_of(words, p, end)
            if not any(text[q] in NEGATED for q in range(clause.start, p)):
                return True
    return False


def end_on_the_day(words: Sequence[Token]) -> bool:
    """The anniversary of a death and, in its sentence, an ending said without an object at its
    clause's end (see the module's docstring)."""
    text = [t.word for t in words]
    for p, word in enumerate(text):
        if not word:
            continue
        for phrase in ANNIVERSARY:
            end = _match_end(text, p, phrase)
            if end < 0:
                continue
            sentence = sentence_of(words, p, end)
            for q in sentence:
                for ending in END:
                    stop = _match_end(text, q, ending)
                    if stop >= 0 and stop <= sentence.stop and _ends_clause(words, stop):
                        return True
    return False


def _notation(block: str) -> tuple[tuple[str, ...], ...]:
    """pattern_phrases of lexicon-notation phrases: "=" dropped, "a/b" alternatives written
    out, a gap "_n" as one "_" (up to three words) or two (up to six)."""
    written: list[str] = []
    for phrase in block.split(" / "):
        choices: list[list[str]] = []
        for word in phrase.split():
            if word.startswith("_"):
                choices.append(["_"] if int(word[1:] or 3) <= 3 else ["_ _"])
            else:
                choices.append(word.lstrip("=").split("/"))
        written.extend(" ".join(words) for words in product(*choices))
    return pattern_phrases(" / ".join(written))


KEPT = _notation(" / ".join(_KEPT.values()))
_KEPT_INDEX = PhraseIndex(KEPT)
# A keeping denied around its verb: "i am not keeping them", "ik bewaar het niet".
_KEPT_DENIED = word_set("not niet nicht pas no non nao")


def kept_for_the_end(words: Sequence[Token]) -> bool:
    """A medicine (or anything) kept back for the day the writer can no longer bear it, with no
    negation in the two words either side of the keeping verb (see _KEPT)."""
    text = [t.word for t in words]
    for p, word in enumerate(text):
        if not word:
            continue
        if _KEPT_INDEX.at(text, p, len(text)) and not any(
            w in _KEPT_DENIED for w in text[max(0, p - 2) : p + 3]
        ):
            return True
    return False
