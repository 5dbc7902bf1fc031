# ruff: noqa: E501  (data: one line of expressions reads better whole, as in lexicon.py)
"""Relapse told in treatment's clinical words, in every language (issue 8).

Clients in psychiatric treatment name their illness as their team does: the voices, the
urges, the crisis plan, flashbacks and dissociation, the depot. Their crises are told in
those words rather than in the lexicon's, and the same words fill their stable news ("the
voices have gone quiet", "the crisis plan is in the drawer"). What makes a crisis:

- COMMAND VOICES: the voices tell, order or want the writer to hurt themselves, to jump, to
  die, or to "do it" ("the voices are back, dicen que me haga daño", "die stimmen sagen ich
  soll es wieder tun"). Voices gone, or telling nothing, stay what they are.
- URGES GIVEN IN TO: the urge to cut or burn back, and the writer gave in to it ("the urges
  to cut came back and i gave in once", "les envies de me scarifier sont revenues et j'ai
  craqué"). Not given in is a concern (the negation lowers it); urges for chocolate are not
  self-harm.
- A BURN AFTER A FLASHBACK: a burn with a lighter, an iron or a cigarette told with the
  flashback or dissociation it followed ("me quemé con el encendedor, the flashback was too
  much", "queimei o braço com o ferro de passar depois de uma crise dissociativa"). A kitchen
  burn with no such trigger stays a burn (a concern).
- THE MEANS COUNTED OUT and laid ready, with nothing they are for ("die tabletten hab ich
  schon abgezählt und bereitgelegt"); pills counted into the week's box are a routine.
- EVERYTHING READY FOR A DAY and the plan settled, the plan naming nothing ("ik heb alles
  klaargelegd voor zaterdag, het plan staat vast"): plan_settled_for_a_day. A move or a
  party named keeps it nothing.
- The AIRWAY SWELLING told verb first, as a reaction to a depot or a new drug is ("sinds de
  depotinjectie zwelt mijn keel op", "se me hincha la garganta"). Breath short on the stairs
  ("krieg ich schlecht luft") is left to the lexicon: a concern.

Concerns: the crisis plan used ("had to use my crisis plan"); the mood chart falling ("mijn
stemmingsgrafiek zakt al twee weken weg"; flat or stable, an idiom: nothing); dissociation,
reliving ("reviviscences") and paranoia named or back; hunger from a psychiatric drug ("the
olanzapine makes me ravenous"); a period gone ("a menstruação sumiu"); twitching. A dose that
"went up" is changed, not gone: "tremors since the dose went up" stays a concern. Idioms (the
same words, no trouble): a day hospital or a hospital's café ("the pastel de nata at the day
hospital is to die for"), a depot's injection (one letter from "infection"). Written in the lexicon's
notation and merged into it there; words marked `=` are matched as written, so forms.json
needs no entries. Tested in every language in tests/test_triage_clinical.py, with near misses.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import Token, pattern_at, pattern_phrases, word_set

__all__ = ["CLASSES", "LEXICON", "PRE_NEGATION", "plan_settled_for_a_day", "voices_command_harm"]

# Word classes for "@name" (lexicon CLASSES notation); every member "=": as written.
CLASSES: dict[str, dict[str, str]] = {
    # A burn given: the verb.
    "clburn": {
        "en": "=burned =burnt =burn",
        "de": "=verbrannt =verbrenne =gebrannt",
        "fr": "=brûlé =brûlée =brûle",
        "es": "=quemé =quemado =quemada =queme",
        "it": "=bruciato =bruciata =brucio",
        "nl": "=gebrand =verbrand =brand",
        "pt": "=queimei =queimado =queimada =queimo",
    },
    # ... and what it is given with.
    "clheat": {
        "en": "=lighter =iron =cigarette =candle",
        "de": "=feuerzeug =bügeleisen =zigarette =kerze",
        "fr": "=briquet =fer =cigarette =bougie",
        "es": "=encendedor =mechero =plancha =cigarro =cigarrillo =vela",
        "it": "=accendino =ferro =sigaretta =candela",
        "nl": "=aansteker =strijkijzer =sigaret =kaars",
        "pt": "=isqueiro =ferro =cigarro =vela",
    },
    # Hunger as a drug's side effect ("the olanzapine makes me ravenous").
    "clhunger": {
        "en": "=ravenous =starving =hungry",
        "de": "=heißhunger =hunger =fressattacken",
        "fr": "=faim =fringale =fringales",
        "es": "=hambre",
        "it": "=fame",
        "nl": "=honger =vreetbuien",
        "pt": "=fome",
    },
    # ... after a flashback or a dissociation.
    "cltrigger": {
        "en": "=flashback =flashbacks =dissociation =dissociative =dissociated =dissociating =triggered",
        "de": "=dissoziation =dissoziativ =dissoziativen =dissoziiert =getriggert",
        "fr": "=reviviscence =reviviscences =dissociation =dissociative =dissocié =dissociée",
        "es": "=disociación =disociativa =disociativo =disocié",
        "it": "=dissociazione =dissociativa =dissociativo",
        "nl": "=herbeleving =herbelevingen =dissociatie =dissociatief =dissociatieve =gedissocieerd",
        "pt": "=dissociação =dissociativa =dissociativo =gatilho",
    },
}

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "crisis": """
            =urge/urges _2 =cut/cutting/harm/harming/self-harm/selfharm/burn/burning/hurt _9 =gave/give/giving =in / =urge/urges _2 =cut/cutting/harm/self-harm/burn/hurt _9 =acted =on
            & @clburn @clheat @cltrigger
            =counted (=out) _3 =pills/tablets/meds/tabs _3 =ready/aside/out $ / =pills/tablets/meds/tabs _3 =counted (=out) _3 =ready/aside/out $
        """,
        "concern": """
            # The mood chart falling, and a psychosis' or trauma's symptom named (back or new).
            =mood =chart/diary/tracker/log/graph _6 =dipping/dropping/falling/sliding/sinking/slipping/red / =mood =chart/diary/tracker/log/graph _6 =going/gone =down
            =dissociating/dissociation/dissociations / =paranoia _3 =back/again/worse / =period/periods _2 =stopped/gone/vanished $
            & @psychmed @clhunger
            =use/used/using (=my/the) =crisis =plan/card
        """,
        "idiom": """
            # A depot's injection at a place, one letter from "infection": the appointment.
            =injection/injections =at/in/au/à/chez/en
            # A day hospital is where treatment goes on, a hospital's café a place to eat.
            =day =hospital / =hospital =cafeteria/canteen/cafe/café/shop
            # The mood chart flat or stable: good news in the same words.
            =mood =chart/diary/tracker/log/graph _4 =flat/stable/steady/level/boring
            # A dose that went up or down was changed, not gone: "tremors since the dose went up".
            =dose/dosage/doses =went =up/down
        """,
    },
    "de": {
        "crisis": """
            =drang/druck _4 =ritzen/schneiden/verletzen/verbrennen _9 =nachgegeben/nachgeben
            =tabletten/pillen/medikamente _4 =abgezählt _2 =bereitgelegt/bereitgestellt/hingelegt/zurechtgelegt/bereit $
            =schwillt/schwellen _3 =hals/zunge/lippen/kehle/rachen _2 =zu/an
        """,
        "concern": """
            =stimmungstagebuch/stimmungskurve/stimmungskalender/stimmungsbarometer/stimmungsprotokoll _6 =unten/sinkt/fällt/abwärts/runter/keller/rot/roten
            =dissoziationen/dissoziation/dissoziiere / =weggedriftet / =paranoia _3 =zurück/wieder/schlimmer / =zuckungen/muskelzuckungen/gesichtszuckungen
            =periode/regel/menstruation/blutung _3 =ausgeblieben/weg
            =krisenplan _3 =benutzt/gebraucht/angewendet/gezogen / =krisenplan =benutzen/anwenden/ziehen
        """,
        "idiom": """
            # A depot's injection at a place, one letter from "infection": the appointment.
            =injektion/injektionen =im/in/bei/beim
            # A day hospital is where treatment goes on, a hospital's café a place to eat.
            =cafeteria/kantine/cafe/café =im/des =krankenhaus/krankenhauses
            # The mood chart flat or stable: good news in the same words.
            =stimmungstagebuch/stimmungskurve/stimmungskalender/stimmungsbarometer _5 =stabil/flach/ruhig
        """,
    },
    "fr": {
        "crisis": """
            =envie/envies/pulsion/pulsions _3 =scarifier/couper/mutiler/brûler/blesser _9 =cédé/craqué
            =compté/comptés _3 =cachets/comprimés/médicaments _3 =prêts/préparés/côté $
            =gonfle/gonflent _3 =gorge/langue/lèvres
        """,
        "concern": """
            =agenda/journal/courbe/graphique/relevé =de/du =humeur _6 =rouge/descend/chute/baisse/plonge/bas
            =reviviscences/dissociation/dissociations / =paranoïa _3 =revenue/retour/pire / =règles _3 =disparu/disparues/arrêtées/parties
            =utilisé/utiliser/suivi/sorti (=mon/le) =plan =de =crise
        """,
        "idiom": """
            # A depot's injection at a place, one letter from "infection": the appointment.
            =injection/injections =at/in/au/à/chez/en
            # A day hospital is where treatment goes on, a hospital's café a place to eat.
            =hôpital/hopital =de =jour / =cafét/cafet/cafétéria/cafeteria/cantine =de =le =hôpital/hopital
            # The mood chart flat or stable: good news in the same words.
            =agenda/journal/courbe/graphique/relevé =de/du =humeur _4 =plat/stable/calme
        """,
    },
    "es": {
        "crisis": """
            =ganas/impulso/impulsos _3 =cortarme/hacerme/autolesionarme/quemarme/lastimarme _9 =cedí/caí/recaí/cedido
            =conté/contado/contadas _3 =pastillas/pastis/medicamentos _3 =listas/preparadas/aparte $
            =hincha/hinchan/hinchó/inflama _3 =garganta/lengua/labios
        """,
        "concern": """
            =gráfico/gráfica/registro/diario =de/del =ánimo/humor _6 =cayendo/cae/baja/bajando/rojo/abajo/hundiendo
            =disociación/disociaciones / =paranoia _3 =vuelto/volvió/vuelve/peor / =regla/menstruación/periodo _3 =desaparecido/desapareció/retirado
            =usé/usar/usado/utilicé/activé/activar (=mi/el) =plan =de =crisis
        """,
        "idiom": """
            # A depot's injection at a place, one letter from "infection": the appointment.
            =inyección/inyecciones/inyeccion =en/al
            # A day hospital is where treatment goes on, a hospital's café a place to eat.
            =hospital =de =día/dia / =cafetería/cafeteria/cantina =del =hospital
            # The mood chart flat or stable: good news in the same words.
            =gráfico/gráfica/registro/diario =de/del =ánimo/humor _6 =plano/estable/medio
        """,
    },
    "it": {
        "crisis": """
            =voglia/impulso/impulsi _3 =tagliarmi/farmi/bruciarmi/ferirmi _9 =ceduto/ceduta/ricaduta/ricaduto
            =contato/contate _3 =pastiglie/pillole/compresse/farmaci _3 =pronte/preparate/parte $
            =gonfia/gonfiano _3 =gola/lingua/labbra
        """,
        "concern": """
            =diario/grafico/registro =della/del =umore _6 =scende/cala/calo/giù/rosso
            =dissociazione/dissociazioni / =paranoia _3 =tornata/ritornata/peggiorata / =ciclo/mestruazioni _3 =sparito/sparite/saltato/saltate
            =usato/usare/seguito/attivato/attivare (=il) =piano =di =crisi
        """,
        "idiom": """
            # A depot's injection at a place, one letter from "infection": the appointment.
            =iniezione/iniezioni =al/alla/nel/in/dal
            # A day hospital is where treatment goes on, a hospital's café a place to eat.
            =ospedale =diurno / =day =hospital / =bar/mensa =della/del =ospedale
            # The mood chart flat or stable: good news in the same words.
            =diario/grafico/registro =della/del =umore _4 =piatto/stabile
        """,
    },
    "nl": {
        "crisis": """
            =drang _4 =snijden/krassen/beschadigen/branden _9 =toegegeven/gezwicht/toegeven
            =pillen/tabletten/medicijnen _4 =afgeteld/geteld _3 =klaargelegd/klaargezet/klaar $
            =zwelt/zwellen _3 =keel/tong/lippen _2 =op/dicht
        """,
        "concern": """
            =stemmingsgrafiek/stemmingsdagboek/stemmingslijst/stemmingskaart _6 =zakt/daalt _4 =weg / =stemmingsgrafiek/stemmingsdagboek/stemmingslijst/stemmingskaart _6 =zakt/daalt/omlaag/beneden/rood
            =dissociatie/dissociaties / =paranoia _3 =terug/weer/erger / =menstruatie/ongesteldheid _3 =weg/weggebleven/gestopt
            =crisisplan _3 =gebruikt/ingezet/gevolgd / =crisisplan _3 =erbij =gepakt / =crisisplan _2 =gebruiken/inzetten
        """,
        "idiom": """
            # A depot's injection at a place, one letter from "infection": the appointment.
            =injectie/injecties =bij/in/op
            # A day hospital is where treatment goes on, a hospital's café a place to eat.
            =kantine/restaurant/koffiehoek =van =het =ziekenhuis
            # The mood chart flat or stable: good news in the same words.
            =stemmingsgrafiek/stemmingsdagboek/stemmingslijst/stemmingskaart _5 =vlak/stabiel
        """,
    },
    "pt": {
        "crisis": """
            =vontade/impulso/impulsos _3 =cortar/machucar/queimar/ferir _9 =cedi/recaí/caí
            =contei/contados/contadas _3 =comprimidos/remédios/pílulas _3 =prontos/separados/preparados $
            =incha/incham/inchou _3 =garganta/língua/lábios
        """,
        "concern": """
            =diário/gráfico/registo/registro =de/do =humor _6 =descer/descendo/desce/cai/caindo/baixo/vermelho
            =dissociação/dissociações / =paranoia _3 =voltou/volta/piorou / =menstruação/menstruacao/menstruação/regra _3 =sumiu/parou/desapareceu
            =usei/usar/usado/acionei/acionar/segui (=o/meu) =plano =de =crise
        """,
        "idiom": """
            # A depot's injection at a place, one letter from "infection": the appointment.
            =injeção/injeções/injecção/injeccao/injecao =no/na/em
            # A day hospital is where treatment goes on, a hospital's café a place to eat.
            =hospital =de =dia / =cafetaria/cantina/lanchonete/bar =do =hospital
            # The mood chart flat or stable: good news in the same words.
            =diário/gráfico/registo/registro =de/do =humor _4 =estável/plano/estavel
        """,
    },
}


# A milestone counted from the last time: "4 months since i last self harmed" is a negated
# crisis (a concern under rule 1), not a crisis.
PRE_NEGATION = (
    # Other languages tell the milestone with a subordinate clause ("depuis la dernière fois
    # que je me suis scarifiée") whose crisis the lexicon reads on its own; not yet read here.
    "since i last / seit ich zuletzt / seit ich mich zuletzt"
)


# EVERYTHING READY for a DAY, and a bare PLAN SETTLED ending its clause.
_READY = pattern_phrases(
    "got everything ready / laid everything out / everything is ready / everything ready / everything is sorted / all sorted"
    " / alles bereitgelegt / alles vorbereitet / alles hergerichtet / alles ist bereit / alles bereit / alles erledigt"
    " / tout prepare / tout est pret / tout est prepare / tout range"
    " / todo listo / todo preparado / todo esta listo / dejado todo listo / deje todo listo"
    " / tutto pronto / tutto preparato / tutto e pronto / tutto sistemato"
    " / alles klaargelegd / alles klaargezet / alles klaar / alles geregeld / alles ligt klaar"
    " / tudo pronto / tudo preparado / tudo esta pronto / deixei tudo pronto / tudo arrumado"
)
_FOR = word_set("for fur pour para per voor pra")
_DAY = word_set(
    "monday tuesday wednesday thursday friday saturday sunday tomorrow tonight weekend"
    " montag dienstag mittwoch donnerstag freitag samstag sonntag morgen heute wochenende"
    " lundi mardi mercredi jeudi vendredi samedi dimanche demain ce soir"
    " lunes martes miercoles jueves viernes sabado domingo manana esta noche"
    " lunedi martedi mercoledi giovedi venerdi sabato domenica domani stasera"
    " maandag dinsdag woensdag donderdag vrijdag zaterdag zondag morgen vanavond weekend"
    " segunda terca quarta quinta sexta sabado domingo amanha hoje"
)
_ARTICLE = word_set("de der den le la el il lo het o a the this dit deze este esta ce cette questo")
_PLAN_SET = pattern_phrases(
    "the plan is set / the plan is made / the plan is final / my plan is set / my plan is made / the plan stands / my plan stands"
    " / der plan steht / der plan steht fest / mein plan steht / mein plan steht fest / der plan ist fertig"
    " / le plan est pret / le plan est fixe / le plan est decide / mon plan est pret / mon plan est fixe"
    " / el plan esta hecho / el plan esta decidido / el plan esta listo / mi plan esta hecho / mi plan esta listo"
    " / il piano e pronto / il piano e deciso / il mio piano e pronto / il mio piano e deciso"
    " / het plan staat vast / het plan staat / mijn plan staat vast / mijn plan staat / het plan is klaar"
    " / o plano esta feito / o plano esta decidido / o plano esta pronto / meu plano esta feito / meu plano esta pronto"
)


def _ends(text: Sequence[str], q: int) -> bool:
    return q >= len(text) or not text[q]


def _phrase_ends_at(text: Sequence[str], phrases: tuple[tuple[str, ...], ...], p: int) -> int:
    """The end of the first of `phrases` matched at p, or -1."""
    for phrase in phrases:
        if len(phrase) and p + len(phrase) <= len(text) and pattern_at(text, p, len(text), phrase):
            return p + len(phrase)
    return -1


def plan_settled_for_a_day(words: Sequence[Token]) -> bool:
    """Whether the reply tells everything READY with nothing it is for (its clause ends, or
    only a day follows: "voor zaterdag") and a bare PLAN SETTLED at its clause's end. "alles
    klaargelegd voor de verhuizing" names what it is for and stays nothing; so does a plan
    alone."""
    text = [t.word for t in words]
    ready = settled = False
    for p, word in enumerate(text):
        if not word:
            continue
        if not ready:
            end = _phrase_ends_at(text, _READY, p)
            if end >= 0:
                q = end
                if q < len(text) and text[q] in _FOR:
                    q += 1
                    while q < len(text) and text[q] in _ARTICLE:
                        q += 1
                    if q < len(text) and text[q] in _DAY:
                        q += 1
                        while q < len(text) and text[q] in _DAY:
                            q += 1
                    else:
                        q = -1
                ready = q >= 0 and _ends(text, q)
        if not settled:
            end = _phrase_ends_at(text, _PLAN_SET, p)
            settled = end >= 0 and _ends(text, end)
        if ready and settled:
            return True
    return False


# COMMAND VOICES: the voices, a verb of telling, then the harm told (the same targets in every
# language, so a mixed reply reads too: "the voices are back, dicen que me haga daño").
_VOICES = word_set("voices voice stimmen stimme voix voces voz voci voce stemmen stem vozes")
_COMMAND = word_set(
    "tell tells telling told say says saying order orders ordering want wants command commanding"
    " sagen sagt befehlen befiehlt fordern fordert verlangen verlangt"
    " disent dit ordonnent ordonne demandent demande veulent veut"
    " dicen dice mandan manda ordenan ordena piden pide quieren quiere"
    " dicono dice ordinano ordina comandano comanda vogliono vuole"
    " zeggen zegt bevelen beveelt willen wil"
    " mandam manda dizem diz ordenam ordena querem quer"
)
_HARM = pattern_phrases(
    "hurt / harm / kill / cut / burn / jump / die / overdose / do it / end it / end things / end everything"
    " / wehtun / wehzutun / umbringen / umzubringen / ritzen / verletzen / springen / toten / sterben / antun / schneiden / es tun / es machen / es wieder tun"
    " / faire du mal / me tuer / me couper / me bruler / me jeter / me blesser / sauter / mourir / en finir / le faire"
    " / haga dano / hacer dano / hiciera dano / hacerme dano / me mate / me matara / me corte / me tire / me queme / me lastime / matarme / cortarme / tirarme / morir / lastimarme / lo haga / lo hiciera / acabe con todo / acabar con todo"
    " / farmi del male / faccia del male / uccidermi / ammazzarmi / buttarmi / tagliarmi / bruciarmi / morire / farla finita / farlo / lo faccia"
    " / pijn doen / pijn te doen / iets aandoen / iets aan te doen / doden / snijden / verwonden / sterven / ophangen / het doen / het moet doen"
    " / me machucar / me machuque / me ferir / me fira / me matar / me mate / me jogar / me jogue / me cortar / me corte / me queimar / fazer isso / acabar com tudo / morrer"
)
# Told not, or no more: "las voces ya no me dicen que me haga daño" is not this reading.
_NOT = word_set(
    "not no never longer anymore nicht nie nichts mehr kein keine ne plus jamais pas rien"
    " ya nunca nada non piu mai niente niet nooit meer geen niets nao nunca mais nada"
)
_REACH = 6  # words from the voices to their verb
_REACH_HARM = 8  # ... and from the verb to the harm ("zeggen dat ik voor de trein moet springen")


def voices_command_harm(words: Sequence[Token]) -> bool:
    """Whether a sentence tells the VOICES, a verb of COMMANDING within a few words, and a
    HARM within a few words of it, with no negation between ("the voices tell me to do it
    again", "de stemmen zeggen dat ik voor de trein moet springen"). Voices gone, or telling
    the writer they are useless, stay what the lexicon reads."""
    text = [t.word for t in words]
    n = len(text)
    for p, word in enumerate(text):
        if word not in _VOICES:
            continue
        for q in range(p + 1, min(n, p + 1 + _REACH)):
            if words[q].boundary == "strong" or text[q] in _NOT:
                break
            if text[q] not in _COMMAND:
                continue
            for r in range(q + 1, min(n, q + 1 + _REACH_HARM)):
                if words[r].boundary == "strong" or text[r] in _NOT:
                    break
                if any(pattern_at(text, r, n, phrase) for phrase in _HARM):
                    return True
            break
    return False
