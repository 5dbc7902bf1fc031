"""Questions about a symptom the writer does not have (issue 8).

Clients ask the practitioner about symptoms, side effects and remedies: "can the drops
cause headaches? my sister got them, i'm fine", "the leaflet mentions dizziness, should i
worry? haven't had any", "what do i do if the itching starts again", "¿puedo tomar el
própolis si tengo alergia al polen?". The trouble word is asked about, not felt: a net that
rings on it teaches the practitioner to ignore it. `lowered` reads a concern the lexicon
found and gives the level it keeps:

- a return that is only a condition: the trouble after "if", "falls", "wenn", "si", "se",
  "als", "caso" in its clause, with a return ("comes back", "wiederkommt", "revient",
  "vuelve", "torna", "terugkomt", "voltar") in that clause: nothing. So is a trouble told
  gone ("la tos se me fue del todo") in a reply that asks what to do if it comes back;
- a trouble that is only a condition of a question ("can i take it if i have a cold?",
  "was soll ich tun, falls ich Ausschlag bekomme?"): nothing;
- a trouble asked about (a remedy that "can cause" it, "a side effect", the leaflet's
  words, a relative's or neighbour's trouble), with no first person in its clause, in a
  reply where the writer says they are well ("i'm fine so far", "mir geht's gut", "pour
  l'instant rien", "non ne ho avute", "ik heb nergens last van", "não tive nada"): nothing.

A crisis is lowered in one case only: a bodily emergency the leaflet lists or a remedy may
cause (chest pain, breathlessness, a seizure), read by a writer who says they are well, with
no first person in its clause ("my leaflet says it can cause chest pain, is that common? i'm
fine"). What is never lowered: any other crisis (a crisis asked as a question, "is it normal
to wish i wouldn't wake up?", is a crisis, and so is suicide asked of others and then owned,
"i ask for myself", `asked_for_myself`, or pills counted as too many in despair,
`counted_in_despair`: both raise); a trouble that goes on or gets worse in its condition
("if the rash gets worse", "falls es nicht besser wird"); the writer's own trouble ("my
headaches", "these headaches", "i have them", "j'en ai eu", "ho mal di testa"); a reply
that tells how long or how often ("since monday", "seit drei Tagen", "tous les matins",
"per dag"), or a condition with a stretch of time ("if i've had diarrhoea for three days"); a
reassurance undone ("i'm fine otherwise", "sonst geht's mir gut", "per il resto sto bene":
apart from the trouble). The words are folded (no accents, lower case) and compared as
written: these are short lists of function words, not a lexicon. A lowered clause is not
cut from what the second reader reads (assess._told_of): it reads the whole question. Tested in every language
in tests/test_triage_questions.py.
"""

# The phrase lists are data: one line of phrases reads better whole (as others.py).
# ruff: noqa: E501

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Literal

from carecall_mail.core.triage.text import (
    CLAUSE_BREAK,
    Token,
    clause_of,
    sentence_of,
    token_phrases,
    tokens,
)

__all__ = ["asked_for_myself", "counted_in_despair", "lowered"]

Level = Literal["crisis", "concern", "none"]


def _set(words: str) -> frozenset[str]:
    return frozenset(t.word for t in tokens(words) if t.word)


# A condition. "si" (French "so", Spanish "yes"), "se" (Portuguese reflexive) and "als"
# (Dutch "as", "when") are conditions only where a clause or a question begins (AMBIGUOUS).
IF = _set("if falls sofern wenn si se als indien mocht caso qualora")
AMBIGUOUS = _set("si se als wenn")
IF_PHRASES = token_phrases(
    "in case / just in case / im Fall / im Falle / en cas de / au cas où / en caso de / por si"
    " / in caso di / nel caso / in geval van / voor het geval / em caso de / no caso de"
)
# A trouble coming back: what is feared is not there now.
RETURNS = _set(
    "back return returns returned again recurs recur wiederkommt wiederkommen zurückkommt"
    " zurückkommen wieder erneut reviennent revient reviendrait recommence recommencent"
    " revenir vuelve vuelven vuelva vuelvan regresa repite retorna torna tornano tornasse"
    " tornassero ritorna ritornano ricomincia terugkomt terugkomen terug weer opnieuw voltar"
    " voltarem volta voltem voltasse regressar"
)
# A trouble that goes on, grows or stays: "if the rash gets worse" is the rash of today.
PERSISTS = _set(
    "worse still keeps stays lasts schlimmer noch weiter bleibt bleiben stärker pire toujours"
    " encore dure peor sigue siguen todavía dura peggio ancora dura rimane erger nog blijft"
    " houdt pior ainda dura fica"
)
# ... in any of their forms: "continuent", "empeora", "peggiorasse", "piorar", "verergert".
PERSISTS_STEMS = (
    "worsen",
    "continu",
    "persist",
    "verschlimm",
    "anhalt",
    "anhält",
    "empir",
    "aggrav",
    "empeor",
    "peggior",
    "verslechter",
    "vererger",
    "aanhoud",
    "pior",
    "agrav",
)
PERSISTS_PHRASES = token_phrases(
    "not better / not go away / not stop / not improve / not get better / nicht besser"
    " / nicht weggeht / nicht aufhört / nicht weg / ne passe pas / pas mieux / no se va / no mejora"
    " / no pasa / non passa / non migliora / niet over / niet beter / niet weg / não passar"
    " / não melhorar / não passa"
)
# Where an ambiguous condition may begin besides its clause's start: after a question
# ("what do i do if", "que faire si", "qué hago si", "o que faço se").
ASKING = _set(
    "should can may could do what how soll sollte kann darf muss was wie faire fais dois"
    " peux puis peut faut quoi comment hago debo puedo tengo hay tomo repito que qué cosa"
    " faccio devo posso può come moet mag kan doe wat hoe faço devo posso pode tomo repito"
    " ok okay safe fine"
)
# A question asked around the condition: "can i take it if", "mag ik dan", "¿puedo tomar".
ASK_PHRASES = token_phrases(
    "can i / may i / should i / do i / is it ok / is it okay / is it safe / what do i / what should i"
    " / how much / how many / same dose / kann ich / darf ich / soll ich / muss ich / was soll ich"
    " / was mache ich / was tun / ist es ok / gleiche dosis / dieselbe dosis / puis je / je peux"
    " / peut on / dois je / faut il / que faire / je fais quoi / la même dose / puedo / debo"
    " / qué hago / se puede / tomo / repito / la misma dosis / posso / devo / cosa faccio"
    " / che faccio / si può / stessa dose / la stessa dose / mag ik / kan ik / moet ik / wat doe ik"
    " / wat moet ik / dezelfde dosis / o que faço / o que devo / pode se / tomo a / a mesma dose"
    # Whether to stop if it comes: "si me da acidez, ¿lo dejo?", "se mi viene, lo smetto?".
    " / do i stop / höre ich auf / setze ich es ab / setze ich sie ab / je arrête / je les arrête"
    " / lo dejo / los dejo / las dejo / lo paro / lo suspendo / lo smetto / li smetto / le smetto"
    " / stop ik / stop ik ermee / stop ik dan / paro / paro de tomar / deixo de tomar"
)
# A trouble told gone: "the cough went away completely", "la tos se me fue del todo".
GONE = token_phrases(
    "gone / went away / cleared / cleared up / is over / weg / vorbei / verschwunden"
    " / parti / partie / partis / parties / disparu / disparue / passé / passée / fini / finie"
    " / se fue / se me fue / se ha ido / desapareció / se pasó / se me pasó / se quitó / se me quitó"
    " / passato / passata / sparito / sparita / andato via / andata via / è finito / è finita"
    " / over / voorbij / verdwenen / passou / sumiu / foi embora / desapareceu / acabou"
)
# Asked about: a remedy that may cause it, a side effect, the leaflet's words.
CAUSES = _set(
    "cause causes causing trigger triggers give gives make makes verursachen verursacht"
    " auslösen auslöst machen macht geben gibt hervorrufen causer cause provoquer provoque"
    " donner donne entraîner entraîne causar causa provocar provoca dar da producir produce"
    " causare causa provocare provoca dare dà far veroorzaken veroorzaakt geven geeft gaf"
    " opleveren causar causa provocar provoca dar dá deu"
)
SIDE_EFFECT = token_phrases(
    "side effect / side effects / side-effect / nebenwirkung / nebenwirkungen / effet secondaire"
    " / effets secondaires / effet indésirable / effets indésirables / efecto secundario"
    " / efectos secundarios / efecto adverso / effetto collaterale / effetti collaterali"
    " / bijwerking / bijwerkingen / efeito colateral / efeitos colaterais / efeito secundário"
    " / efeitos secundários / hereditary / erblich / vererbt / héréditaire / hereditario"
    " / se hereda / ereditario / ereditaria / erfelijk / hereditário / hereditária"
)
LEAFLET = _set(
    "leaflet leaflets label beipackzettel packungsbeilage notice prospecto foglietto"
    " bugiardino bijsluiter bula"
)
# A worry asked: "should i worry", "dois-je m'inquiéter", "moet ik me zorgen maken".
WORRY = ("worr", "sorge", "inquiet", "preoccup", "preocup", "zorge", "bezorgd", "ongerust")
MODAL = _set(
    "should shall must need do soll sollte muss müsste dois devrais faut debo debería tengo"
    " hay devo dovrei moet moeten zou devo deveria preciso tenho"
)
# Someone else: the nearest person before the trouble in its sentence.
OTHERS = _set(
    "he she him her his they them their himself herself mum mom mother dad father husband wife"
    " partner boyfriend girlfriend son daughter sister brother uncle aunt cousin nephew niece"
    " grandma granny grandmother grandpa grandfather nan friend neighbour neighbor colleague"
    " grandson granddaughter grandchild enkel enkelin petit-fils petite-fille nieto nieta"
    " nipote kleinzoon kleindochter neto neta"
    " er ihm ihn mama mutter papa vater mann frau freund freundin sohn tochter schwester bruder"
    " onkel tante cousin cousine neffe nichte oma opa nachbar nachbarin kollege kollegin"
    " schwager schwägerin schwiegermutter"
    " il elle lui leur maman mère papa père mari femme chum blonde copain copine fils fille soeur"
    " frère oncle tante cousin cousine neveu nièce mamie papi voisin voisine collègue ami amie"
    " belle-mère beau-frère belle-soeur"
    " él ella mamá madre papá padre marido esposo esposa novio novia hijo hija hermano hermana"
    " tío tía primo prima sobrino sobrina abuela abuelo vecino vecina compañero compañera amigo"
    " amiga cuñado cuñada suegra suegro"
    " lei mamma papà marito moglie figlio figlia fratello sorella zio zia cugino cugina nonna"
    " nonno vicino vicina collega amico amica cognato cognata suocera suocero"
    " hij zij hem haar moeder vader man vrouw vriend vriendin zoon dochter broer zus oom tante"
    " neef nicht oma opa buurman buurvrouw collega schoonmoeder zwager schoonzus"
    " ele ela lhe dele dela mãe pai marido mulher filho filha irmão irmã tio tia primo prima avó"
    " avô vizinho vizinha colega amigo amiga cunhado cunhada sogra sogro"
)
# The writer, in the trouble's clause: a pronoun or a verb of the first person (Italian,
# Spanish and Portuguese leave the pronoun out: "ho mal di testa", "tengo tos").
FIRST_VERBS = _set(
    "hab habe hatte bin krieg kriege bekomme ho avevo sono sto tengo tenía tuve estoy siento"
    " noto heb ben krijg kreeg voel tenho tive tinha estou sinto tô"
)
FIRST = (
    _set("i me myself ich mich mir je moi yo conmigo io mi ik mij mezelf eu mim comigo")
    | FIRST_VERBS
)
# The writer's own or this one: "my headaches", "ces maux de tête", "questi dolori".
MINE = _set(
    "my mine this these mein meine meinen meiner meinem diese dieser diesen dieses mon ma mes"
    " ce cet cette ces mis este esta estos estas mio mia miei mie questo questa questi queste"
    " mijn m'n deze dit meu minha meus minhas esse essa esses essas isto isso"
)
# The writer is well, has none, has not begun: the question is asked before any trouble.
WELL = token_phrases(
    "i am fine / i am totally fine / i am ok / i am okay / i am well / i feel fine / i feel great"
    " / i feel good / i am good / i am great / fine so far / so far so good / none so far"
    " / nothing so far / at all so far / i have not had any / have not had any / i have none"
    " / i have not noticed / i do not have any / i do not have them / i do not have it / i do not get them"
    " / not had any / no problems so far / i sleep well / like a log / like a baby"
    " / not started yet / have not started / i am not taking it yet"
    " / mir geht es gut / mir gehts gut / mir geht's gut / mir geht es super / mir gehts super"
    " / mir geht es prima / ich habe keinen / ich habe keine / ich habe keins / ich habe nichts"
    " / ich selbst habe keinen / ich selbst habe keine / hab nichts / habe nichts / bis jetzt nichts"
    " / bisher nichts / bis jetzt keine / bisher keine / noch nicht angefangen / noch nicht begonnen"
    " / wie ein murmeltier / schlafe gut / habe ich nicht / hab ich nicht / habe ich keine / hab ich keine"
    " / je vais bien / je me sens bien / je n'ai rien / je ne en ai pas / je ne en ai jamais"
    " / pour le instant rien / rien pantoute / jusqu'ici rien / aucun souci"
    " / pas encore commencé / je dors bien / comme un loir / comme un bébé"
    " / estoy bien / estoy perfecta / estoy perfecto / estoy de diez / no tengo nada / no noto nada"
    " / no he notado nada / no he tenido / de momento nada / hasta ahora nada / duermo bien"
    " / como un tronco / no los tengo / no las tengo / no lo tengo / no la tengo / no lo he empezado / todavía no lo he empezado / aún no lo he empezado"
    " / sto bene / sto benissimo / niente di niente / finora niente / per ora niente"
    " / non ne ho / non li ho / non le ho / non ce le ho / non ho niente / non ho nulla / dormo bene / come un ghiro / come un sasso"
    " / non ho ancora iniziato / non ho ancora cominciato / ce l'ho perfetta / ce l'ho normale"
    " / ik heb nergens last van / ik heb er geen last van / ik heb er geen / ik heb niks"
    " / ik heb niets / met mij gaat het goed / het gaat goed met mij / als een roos / als een roosje"
    " / ik slaap goed / nog niet begonnen / heb ik niet / heb ik geen / heb ik nergens"
    " / estou ótima / estou ótimo / estou bem / não tenho nada / não tive nada / até agora nada"
    " / por enquanto nada / não as tenho / não os tenho / não a tenho / não o tenho / durmo bem / como um anjo / como uma pedra / ainda não comecei"
    # Phone spelling ("im fine", "tô bem") and reading the leaflet ahead of starting.
    " / im fine / im ok / im okay / im good / im well / just reading ahead / reading ahead"
    " / lese alles vorher / les halt immer alles vorher / tout va bien chez moi / je lis tout avant"
    " / leo todo antes / leggo tutto prima / ik lees alles vooraf / tô bem / tô ótima / tô ótimo"
    " / to bem / lê tudo antes / leio tudo antes"
    # Nothing felt or noticed: "eu não senti nada", "ich habe nichts gemerkt".
    " / i have not felt anything / i did not feel anything / i have not noticed anything"
    " / ich habe nichts gemerkt / hab nichts gemerkt / ich merke nichts / ich spüre nichts"
    " / je ai rien senti / je ne ai rien senti / je ne ai rien remarqué / je ai rien remarqué"
    " / no he sentido nada / no sentí nada / no he notado nada / no noté nada"
    " / non ho sentito niente / non ho sentito nulla / non ho notato niente / non ho notato nulla"
    " / ik heb niks gemerkt / ik heb niets gemerkt / ik merk niks / ik merk niets / ik voel niks"
    " / não senti nada / eu não senti nada / não notei nada / não sinto nada"
)
# Asked only because the leaflet names it: "i only ask because it's on the leaflet", "frag
# nur weil's im Beipackzettel steht", "chiedo perché sta sul bugiardino", "je demande parce
# que c'est dans la notice", "pregunto porque lo pone el prospecto", "ik vraag het omdat het
# in de bijsluiter staat", "pergunto porque está na bula". The reason must be the leaflet (a
# LEAFLET word after the phrase in its sentence): "i only ask because mine is coming out in
# clumps" gives the writer's own trouble for a reason.
ASKED_BECAUSE = token_phrases(
    "i only ask because / only ask because / i am only asking because / only asking because"
    " / just asking because / i ask because / i am asking because / asking because"
    " / frag nur weil / frage nur weil / ich frage nur weil / ich frag nur weil / frage weil"
    " / ich frage weil / frag weil / je demande parce que / je demande car / je demande juste parce que"
    " / je pose la question parce que / je le demande parce que / pregunto porque / solo pregunto porque"
    " / lo pregunto porque / te pregunto porque / le pregunto porque / chiedo perché / lo chiedo perché"
    " / chiedo solo perché / glielo chiedo perché / ik vraag het omdat / ik vraag het want / vraag het omdat"
    " / ik vraag dit omdat / vraag ik omdat / pergunto porque / só pergunto porque / estou a perguntar porque"
)
# ... or the leaflet told as the reason in a sentence of its own: "het staat in de bijsluiter".
LEAFLET_SAYS = token_phrases(
    "it is on the leaflet / it is in the leaflet / it is on the label / the leaflet says / the leaflet lists"
    " / it says on the leaflet / es steht im beipackzettel / steht im beipackzettel / steht in der packungsbeilage"
    " / c est dans la notice / c est écrit dans la notice / c est écrit sur la notice / la notice le dit"
    " / lo pone el prospecto / lo dice el prospecto / viene en el prospecto / sale en el prospecto"
    " / sta sul bugiardino / è sul bugiardino / c è scritto sul bugiardino / lo dice il bugiardino"
    " / c è scritto sul foglietto / lo dice il foglietto / het staat in de bijsluiter / staat in de bijsluiter"
    " / está na bula / vem na bula / diz na bula / a bula diz"
)
# Asking out of curiosity or just in case: the question is its own reason.
JUST_CURIOUS = token_phrases(
    "just curious / i was just curious / just wondering / out of curiosity / just in case"
    " / nur aus neugier / aus neugier / rein aus neugier / nur für den fall / par curiosité"
    " / simple curiosité / au cas où / por curiosidad / pregunto por si acaso / por si acaso"
    " / per curiosità / solo per curiosità / uit nieuwsgierigheid / gewoon benieuwd / ik was gewoon benieuwd"
    " / voor de zekerheid / por curiosidade / só por curiosidade / só por precaução"
)
# A known effect asked about: "c'est un effet connu de la cure?", "is that a known effect?".
KNOWN_EFFECT = token_phrases(
    "known effect / common effect / usual effect / effet connu / effet fréquent / effet habituel"
    " / bekannte wirkung / übliche wirkung / efecto conocido / efecto habitual / effetto noto"
    " / effetto comune / bekend effect / bekend gevolg / efeito conhecido / efeito comum"
)
# The trouble denied for oneself elsewhere in the reply: "moi franchement aucune fatigue",
# "hasta ahora cero acidez", "bei mir kein Haarausfall".
DENIAL = _set(
    "no not never none zero cero zéro nul nulle aucun aucune pas kein keine keinen keinerlei"
    " nie ningún ninguna ningun nada nessun nessuna niente mai geen nooit nenhum nenhuma nem"
)

# "Apart from that": a reassurance that leaves the trouble out.
EXCEPT = _set(
    "otherwise except apart sonst ansonsten außer autrement sinon sauf resto aparte salvo"
    " tranne parte verder behalve rest exceto tirando fora"
)
# ... or takes it back: "i'm fine but the headaches ...".
BUT = _set("but though aber doch mais pero però ma maar mas porém")
# How long or how often: trouble that is there now ("since monday", "tous les matins").
ONGOING = _set(
    "since seit seitdem seither depuis desde sinds sindsdien every each jeden jede jedes"
    " jedesmal tous toutes chaque cada todos todas ogni tutti tutte elke iedere elk toda"
)
ONGOING_PHRASES = token_phrases(
    "a day / per day / a night / all the time / pro tag / am tag / par jour / al día / por día"
    " / al giorno / per dag / por dia / da quando / ao dia"
)
# A stretch of time: "for three days", "seit drei Tagen", "da tre giorni", "al drie dagen".
TIME_UNITS = _set(
    "day days week weeks month months night nights morning mornings tag tage tagen woche wochen"
    " monat monaten nacht nächte jour jours semaine semaines mois nuit nuits día días semana"
    " semanas mes meses noche noches giorno giorni settimana settimane mese mesi notte notti"
    " dag dagen week weken maand maanden nacht nachten dia dias semana semanas mês meses noite"
    " noites"
)
# The first person having it now: "i'm having", "i've been getting".
HAVING_NOW = token_phrases(
    "i am having / i have had / i have been / i am getting / i keep getting / i keep having"
)
# The writer saying they have it, by a pronoun: "i have them", "hab welche", "j'en ai",
# "los tengo", "li ho", "heb ze", "tenho-as" (not after a negation: "non ne ho"). Not "me
# too", which is as often the question ("può succedere anche a me?").
DISCLOSED = token_phrases(
    "just had one / just had them / just got one / i have them / i have one / i had one / i got one / i get them / i have it / i had them"
    " / i have got them / i have got one / i have had one / i have had them"
    " / hab welche / habe welche / hab die / habe die / hab sie / habe sie / hab ich / habe ich auch"
    " / je en ai / je en avais / je en ai eu / je ai ça"
    " / los tengo / las tengo / lo tengo / la tengo / me pasa"
    " / li ho / ne ho / ne ho avuti / ne ho avute"
    " / heb ze / heb het / heb ik ook / krijg ze / krijg er"
    " / tenho as / tenho os / tenho a / tive uma / tive um"
)
NEGATION = _set(
    "no not never none nicht kein keine keinen nie ne pas jamais non nunca nada nessun"
    " nessuna niente niet geen nooit não nem"
)
_PERSON_REACH = 10


def _at(
    text: list[str], span: range, phrases: frozenset[tuple[str, ...]], stop: int = -1
) -> list[int]:
    """Where a phrase of `phrases` starts inside `span` and ends by `stop` (by default, by the
    end of `span`)."""
    end = span.stop if stop < 0 else stop
    heads = _heads(phrases)
    return [
        p
        for p in span
        if text[p] in heads
        for n in (1, 2, 3, 4, 5, 6)
        if p + n <= end and tuple(text[p : p + n]) in phrases
    ]


@functools.cache
def _heads(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The first words of `phrases`: most words of a long reply begin none, and are passed
    over with one look-up (the lists are module constants, so the cache stays small)."""
    return frozenset(phrase[0] for phrase in phrases if phrase)


def _condition(words: Sequence[Token], text: list[str], clause: range, start: int) -> int:
    """Where a condition governing the trouble at `start` begins in its clause, or -1."""
    for p in range(start - 1, clause.start - 1, -1):
        if _at(text, range(p, min(p + 1, start)), IF_PHRASES, start):
            return p
        if text[p] not in IF:
            continue
        if text[p] not in AMBIGUOUS:
            return p
        before = text[p - 1] if p > clause.start else ""
        if not before or before in ASKING or _at(text, range(clause.start, p), ASK_PHRASES):
            return p
    return -1


def _conditional(words: Sequence[Token], text: list[str], start: int, end: int) -> bool:
    """The trouble is a condition: a feared return, or the condition of a question."""
    clause = clause_of(words, start, end)
    cond = _condition(words, text, clause, start)
    if cond < 0:
        return False
    inside = range(cond, clause.stop)
    if any(_persists(text[p]) for p in inside) or _at(text, inside, PERSISTS_PHRASES):
        return False
    # How long or how often, or the first person having it now: "if i've had diarrhoea for
    # three days", "si j'ai la diarrhée depuis lundi", "if i'm having headaches every day".
    if any(text[p] in ONGOING for p in inside):
        return False
    if _at(text, inside, ONGOING_PHRASES) or _at(text, inside, HAVING_NOW):
        return False
    if start > 0 and text[start - 1] in MINE:
        return False
    if any(text[p] in RETURNS for p in inside):
        return True
    # No return: a hypothesis only where a question is asked around it ("can i take it if
    # i have a cold?"), not a habit told ("if i eat late i get heartburn"), and with no
    # stretch of time ("if i have had diarrhoea for three days").
    if any(text[p] in TIME_UNITS for p in inside):
        return False
    sentence = sentence_of(words, start, end)
    return bool(_at(text, sentence, ASK_PHRASES))


def _persists(word: str) -> bool:
    return word in PERSISTS or word.startswith(PERSISTS_STEMS)


def _asked_if_back(words: Sequence[Token], text: list[str], start: int, end: int) -> bool:
    """The trouble is told gone in its clause, and a later clause asks what to do if it
    comes back: "la tos se me fue del todo. si vuelve en invierno, ¿repito el jarabe?"."""
    clause = clause_of(words, start, end)
    if not _at(text, range(end, clause.stop), GONE):
        return False
    for p in range(clause.stop, len(text)):
        if text[p] in IF and (p == 0 or not text[p - 1] or text[p - 1] in CLAUSE_BREAK):
            later = clause_of(words, p, p + 1)
            if any(text[q] in RETURNS for q in later):
                return True
    return False


def _first(text: list[str], pos: int) -> bool:
    """Whether the word at `pos` is the writer; Spanish "mi" before a relative is "my"
    ("mi vecina dice que"), and with the accent folded away it is "me" elsewhere."""
    if text[pos] not in FIRST:
        return False
    if text[pos] in FIRST_VERBS and any(text[q] in OTHERS for q in range(max(0, pos - 3), pos)):
        return False  # "mein Vater hatte", "mijn zus kreeg": the same form is the third person's
    if text[pos] == "eu" and pos > 0 and text[pos - 1] in _AVOIR:
        return False  # French "il a eu", not Portuguese "eu"
    return not (text[pos] == "mi" and pos + 1 < len(text) and text[pos + 1] in OTHERS)


_AVOIR = _set("a ai as avons avez ont avait avais avaient aurait aurais pas jamais")


def _person(words: Sequence[Token], text: list[str], start: int) -> str:
    """Who the trouble at `start` is nearest to: 'first', 'other' or ''."""
    pos, steps = start - 1, 0
    while pos >= 0 and steps < _PERSON_REACH and words[pos].boundary != "strong":
        if _first(text, pos):
            return "first"
        if text[pos] in OTHERS:
            return "other"
        pos -= 1
        steps += 1
    return ""


def _asked_about(words: Sequence[Token], text: list[str], start: int, end: int) -> bool:
    """A remedy's possible effect, a leaflet's warning or someone else's trouble, asked
    about by a writer who says they are well."""
    clause = clause_of(words, start, end)
    if _worry_asked(text, clause, start):
        return _well(words, text, clause) and not _ongoing(text)
    if any(_first(text, p) for p in clause):
        return False
    if start > 0 and text[start - 1] in MINE:
        return False
    sentence = sentence_of(words, start, end)
    asked = (
        any(text[p] in CAUSES for p in clause)
        or bool(_at(text, sentence, SIDE_EFFECT))
        or bool(_at(text, sentence, KNOWN_EFFECT))
        # The leaflet in the sentence: "sur la notice c'est écrit convulsions, gonflement du
        # visage" lists several, each in a clause of its own.
        or any(text[p] in LEAFLET for p in sentence)
        or _person(words, text, start) == "other"
    )
    well = _well(words, text, clause) or _off_the_leaflet(words, text, start, end)
    return asked and well and not _ongoing(text) and not _disclosed(text)


def _off_the_leaflet(words: Sequence[Token], text: list[str], start: int, end: int) -> bool:
    """Whether the writer says outside the trouble's sentence why they ask: only because the
    leaflet names it (ASKED_BECAUSE with a LEAFLET word after it, or LEAFLET_SAYS), out of
    curiosity (JUST_CURIOUS), or that they have none of it (the trouble's word after a
    DENIAL: "moi franchement aucune fatigue")."""
    sentence = sentence_of(words, start, end)
    outside = [p for p in range(len(text)) if p not in sentence]
    if not outside:
        return False
    rest = range(outside[0], len(text)) if outside[0] > sentence.start else range(0, sentence.start)
    for p in _at(text, rest, ASKED_BECAUSE):
        said = sentence_of(words, p, p + 1)
        if any(text[q] in LEAFLET for q in range(p, said.stop)):
            return True
    if _at(text, rest, LEAFLET_SAYS) or _at(text, rest, JUST_CURIOUS):
        return True
    word = text[start]
    return any(
        text[q] == word and any(text[r] in DENIAL for r in range(max(rest.start, q - 3), q))
        for q in rest
    )


# Bodily emergencies as a leaflet lists them: chest pain, breathlessness, a seizure, a heart
# attack, a stroke, fainting, a swelling of the face or throat (word starts, folded).
MEDICAL = (
    "chest", "breath", "seizure", "convuls", "fit", "fits", "heart attack", "stroke", "faint",
    "anaphyla", "brust", "atemnot", "luftnot", "krampf", "infarkt", "schlaganfall", "ohnmacht",
    "poitrine", "souffle", "infarctus", "avc", "evanou", "pecho", "ahog", "infarto", "ictus",
    "desmay", "desmai", "petto", "fiato", "svien", "borst", "benauwd", "adem", "stuip",
    "hartaanval", "hartinfarct", "herzinfarkt", "herzanfall", "beroerte", "flauw", "peito", "falta de ar", "anafila",
)  # fmt: skip


def _medical(text: list[str], start: int, end: int) -> bool:
    said = " ".join(text[start:end])
    return any(
        word.startswith(stem) or (" " in stem and stem in said)
        for word in text[start:end]
        for stem in MEDICAL
    )


def _writer_in(text: list[str], clause: range) -> bool:
    """The writer in an emergency's clause, by a pronoun or by a verb of the first person
    whatever comes before it ("al corso di primo soccorso ho avuto": "primo" is no cousin
    here): lowering a crisis takes no chance on the person."""
    return any(
        (_first(text, p) or text[p] in FIRST_VERBS) and not _english_to(text, p) for p in clause
    )


# Portuguese "tô" (I am) folds to "to": the first person only before what one is.
_TO_PORTUGUESE = _set("com bem mal ótima ótimo sentindo tomando sem muito meio cansada cansado")


def _english_to(text: list[str], pos: int) -> bool:
    return text[pos] == "to" and (pos + 1 >= len(text) or text[pos + 1] not in _TO_PORTUGUESE)


def _leaflet_asked(words: Sequence[Token], text: list[str], start: int, end: int) -> bool:
    """An emergency a leaflet or a remedy's effects name, in a sentence with no first person
    near it, from a writer who says they are well and tells no trouble now."""
    clause = clause_of(words, start, end)
    sentence = sentence_of(words, start, end)
    if _writer_in(text, clause) or (start > 0 and text[start - 1] in MINE):
        return False
    asked = (
        any(text[p] in LEAFLET for p in sentence)
        or any(text[p] in CAUSES for p in clause)
        or bool(_at(text, sentence, SIDE_EFFECT))
    )
    return asked and _well(words, text, sentence) and not _ongoing(text) and not _disclosed(text)


# Taught or handed out: a first-aid course, an exam, a brochure about heart attacks.
TAUGHT = _set(
    "course courses class exam brochure booklet kurs kurse kurses prüfung broschüre cours"
    " examen brochure curso clase examen folleto corso esame opuscolo cursus examen folder"
    " brochure curso exame folheto"
)
TAUGHT_PHRASES = token_phrases(
    "first aid / erste hilfe / premiers secours / secourisme / primeros auxilios"
    " / primo soccorso / ehbo / eerste hulp / primeiros socorros"
)


def _taught(words: Sequence[Token], text: list[str], start: int, end: int) -> bool:
    """An emergency named as a course's, an exam's or a brochure's subject, in a sentence
    with no first person in its clause and no trouble told now: "in der Broschüre über
    Herzinfarkt", "al corso di primo soccorso ... come si riconosce un infarto"."""
    clause = clause_of(words, start, end)
    sentence = sentence_of(words, start, end)
    if _writer_in(text, clause) or (start > 0 and text[start - 1] in MINE):
        return False
    named = any(text[p] in TAUGHT for p in sentence) or bool(_at(text, sentence, TAUGHT_PHRASES))
    return named and not _ongoing(text) and not _disclosed(text)


# A pack's warning of an overdose: "riesgo de sobredosis" on the box, "the overdose warning
# on the label", "gevaar voor overdosis" on the pack. The overdose is the pack's word, not
# the writer's act.
OVERDOSE = ("overdos", "sobredos", "uberdos", "surdos", "sovradosag", "sovradosi", "overdosis")
RISK = token_phrases(
    "risk of / danger of / in case of / warning / warnings / gefahr / gefahr einer / gefahr der / risiko / risiko einer"
    " / im falle einer / bei / risque de / danger de / en cas de / riesgo de / peligro de / en caso de"
    " / rischio di / pericolo di / in caso di / gevaar voor / risico op / risico van / bij / risco de"
    " / perigo de / em caso de"
)
WARNING = _set(
    "warning warnings warnung warnhinweis avertissement mise aviso advertencia avvertenza"
    " avvertenze waarschuwing aviso alerta"
)
PACK = LEAFLET | _set(
    "box pack packet package bottle label packung schachtel verpackung flasche etikett boîte"
    " emballage flacon étiquette caja envase frasco etiqueta scatola confezione flacone"
    " etichetta doos verpakking flesje etiket caixa embalagem frasco"
)


def _pack_warning(words: Sequence[Token], text: list[str], start: int, end: int) -> bool:
    """An overdose that is a pack's warning (RISK before it, or WARNING after it), in a
    sentence that names the pack (PACK), with no first person in its clause."""
    if not any(text[p].startswith(OVERDOSE) for p in range(start, end)):
        return False
    clause = clause_of(words, start, end)
    if _writer_in(text, clause):
        return False
    sentence = sentence_of(words, start, end)
    if not any(text[p] in PACK for p in sentence):
        return False
    before = range(max(clause.start, start - 3), start)
    warned = any(tuple(text[p:start]) in RISK for p in before) or any(
        text[p] in WARNING for p in range(end, min(clause.stop, end + 2))
    )
    return warned and not _disclosed(text)


def _worry_asked(text: list[str], clause: range, start: int) -> bool:
    """Whether the trouble is a worry asked about: "should i worry?", "mi devo preoccupare?",
    "muss ich mir Sorgen machen?" (a modal before the worry in its clause)."""
    if not any(text[start].startswith(stem) for stem in WORRY):
        return False
    return any(text[p] in MODAL for p in range(clause.start, start))


def _well(words: Sequence[Token], text: list[str], trouble: range) -> bool:
    """Whether the writer says, outside the trouble's clause, that they are well, and does
    not undo it ("i'm fine otherwise", "per il resto sto bene")."""
    for p in _at(text, range(len(text)), WELL):
        if p in trouble:
            continue
        clause = clause_of(words, p, p + 1)
        near = range(max(0, clause.start - 1), clause.stop)
        later = range(p, sentence_of(words, p, p + 1).stop)
        # "but" takes it back unless a question follows it: "durmo bem, mas devo ter cuidado?".
        undone = any(
            _but(text, q)
            and not any(text[r] in ASKING or text[r] in MODAL for r in range(q + 1, q + 3))
            for q in later
            if q + 1 < len(text)
        )
        if not any(text[q] in EXCEPT for q in near) and not undone:
            return True
    return False


# French "ma" (my) after these is no Italian "ma" (but): "c'est ma nature de tout lire".
_BEFORE_MY = _set("est de a à et par pour sur dans avec chez toute tout")


def _but(text: list[str], pos: int) -> bool:
    return text[pos] in BUT and not (text[pos] == "ma" and pos > 0 and text[pos - 1] in _BEFORE_MY)


def _disclosed(text: list[str]) -> bool:
    """Whether the writer says they have it ("i have them", "j'en ai"), not negated."""
    return any(
        not any(text[q] in NEGATION for q in range(max(0, p - 2), p))
        for p in _at(text, range(len(text)), DISCLOSED)
    )


def _ongoing(text: list[str]) -> bool:
    """Whether the reply tells how long or how often, not negated ("not every day")."""
    everything = range(len(text))
    for p in [q for q in everything if text[q] in ONGOING] + _at(text, everything, ONGOING_PHRASES):
        if not any(text[q] in NEGATION for q in range(max(0, p - 2), p)):
            return True
    return False


def lowered(words: Sequence[Token], start: int, end: int, level: Level) -> Level:
    """The level a trouble expression at words[start:end] keeps, read as a question about
    a symptom the writer does not have (see the module's docstring). Never raises it; a
    crisis keeps its level unless it is a leaflet's emergency asked by a writer who is well."""
    text = [t.word for t in words]
    if level == "crisis":
        # A bodily emergency read off the leaflet by a writer who is well: "my leaflet says
        # it can cause chest pain, is that common? i'm fine". Never a suicide or a harm word.
        if _medical(text, start, end) and (
            _leaflet_asked(words, text, start, end) or _taught(words, text, start, end)
        ):
            return "none"
        if _pack_warning(words, text, start, end):
            return "none"
        return level
    if level != "concern":
        return level
    if (
        _conditional(words, text, start, end)
        or _asked_if_back(words, text, start, end)
        or _asked_about(words, text, start, end)
    ):
        return "none"
    return level


# A crisis asked of others and then owned: "is it usual for a man of my age to think of taking
# his own life? I ask for myself", "ob Sie Patienten hatten, die sich das Leben nehmen
# wollten? Ich frage für mich selbst". The suicide is told in the third person or the
# infinitive, which the lexicon does not read as the writer's (or others.py lowers as
# someone else's); the writer then says the question is theirs.
SUICIDE_ASKED = token_phrases(
    "suicide / suicidal / kill themselves / kill oneself / killing themselves / killing oneself"
    " / take their own life / take their life / take one's own life / taking their own life"
    " / end their life / end their own life / end one's life / ending their life"
    " / selbstmord / suizid / suizidgedanken / sich umbringen / sich umzubringen / sich töten"
    " / das leben nehmen / das leben zu nehmen / das leben genommen"
    " / se suicider / suicide / suicidaire / idées noires / mettre fin à ses jours / se tuer"
    " / se donner la mort / en finir"
    " / suicidio / suicidarse / quitarse la vida / matarse / acabar con su vida / ideas suicidas"
    " / suicidarsi / togliersi la vita / uccidersi / farla finita / pensieri suicidi"
    " / zelfmoord / zelfmoordgedachten / suïcide / zichzelf van het leven beroven / zichzelf doden"
    " / een einde aan zijn leven / een eind aan hun leven / er een eind aan maken"
    " / suicídio / suicidar-se / suicidar se / se suicidar / tirar a própria vida / se matar"
    " / matar-se / matar se / acabar com a vida / pensamentos suicidas"
)
ASKED_FOR_ME = token_phrases(
    "i ask for myself / i am asking for myself / asking for myself / i ask about myself"
    " / i am asking about myself / i mean myself / i am asking because of me"
    " / frage für mich / frage für mich selbst / frage es für mich / frage wegen mir"
    " / ich meine mich / ich meine mich selbst"
    " / je demande pour moi / je pose la question pour moi / je le demande pour moi"
    " / je parle de moi"
    " / lo pregunto por mí / se lo pregunto por mí / pregunto por mí / lo pregunto por mi caso"
    " / hablo de mí / pregunto por mi caso"
    " / lo chiedo per me / chiedo per me / glielo chiedo per me / parlo di me"
    " / ik vraag het voor mezelf / vraag het voor mezelf / ik vraag het voor mij / ik bedoel mezelf"
    " / pergunto por mim / pergunto para mim / estou a perguntar por mim / falo de mim"
    " / pergunto por mim mesma / pergunto por mim mesmo"
)


def asked_for_myself(words: Sequence[Token]) -> bool:
    """Whether the reply asks about suicide in others' words (SUICIDE_ASKED) and says the
    question is the writer's own (ASKED_FOR_ME, not negated: "i'm not asking for myself")."""
    text = [t.word for t in words]
    everything = range(len(text))
    if not _at(text, everything, SUICIDE_ASKED):
        return False
    return any(
        not any(text[q] in NEGATION for q in range(max(0, p - 2), p))
        for p in _at(text, everything, ASKED_FOR_ME)
    )


# Pills counted as a method, with despair: "how many of these would be too many? so tired of
# all of it", "wie viele von diesen tropfen wären zu viel? ich kann nicht mehr". A count
# (COUNT), a conditional (WOULD) and "too many" (TOO) in one clause; without despair in the
# reply it is a dose asked ("¿cuántas al día son como máximo?", "how many would be too many
# in a day for a headache?").
COUNT = token_phrases(
    "how many / how much / wie viele / wie viel / wieviele / wieviel / combien / cuántas"
    " / cuántos / cuantas / cuantos / quante / quanti / hoeveel / quantos / quantas"
)
WOULD = _set(
    "would wären wäre würden würde seraient serait seraient faudrait serían sería harían"
    " sarebbero sarebbe servirebbero zouden zou seriam seria seriam"
)
CHILD = _set(
    "child kid kids baby toddler kind kinder baby kleine enfant bébé petit petite niño niña"
    " bebé nene nena bambino bambina bimbo bimba kindje kleintje criança bebê bebé menino menina"
)
TOO = _set("too zu trop demasiadas demasiados demasiado troppo troppe troppi te demais")
DESPAIR = token_phrases(
    "can not go on / can not take it anymore / can not do this anymore / can not take any more"
    " / tired of all of it / tired of everything / had enough of everything / had enough of it all"
    " / kann nicht mehr / halte es nicht mehr aus / halt es nicht mehr aus / mag nicht mehr"
    " / je en peux plus / je ne en peux plus / je ne tiens plus / je tiens plus"
    " / no puedo más / ya no aguanto / no aguanto más / no doy más"
    " / non ce la faccio più / non ne posso più / non ce la faccio"
    " / ik kan niet meer / ik kan het niet meer / ik trek het niet meer / ik zie het niet meer zitten"
    " / não aguento mais / não consigo mais / já não aguento / não dá mais"
)


def counted_in_despair(words: Sequence[Token]) -> bool:
    """Whether the reply counts pills as too many (COUNT, WOULD, TOO in one clause) and tells
    despair (DESPAIR) anywhere."""
    text = [t.word for t in words]
    everything = range(len(text))
    if not _at(text, everything, DESPAIR):
        return False
    for p in _at(text, everything, COUNT):
        clause = clause_of(words, p, p + 1)
        if any(text[q] in OTHERS or text[q] in CHILD for q in clause):
            continue  # a dose for someone else: "wie viele wären zu viel für mein Kind?"
        later = range(p + 1, min(clause.stop, p + 8))
        for q in later:
            if text[q] in WOULD and any(
                text[r] in TOO for r in range(q + 1, min(clause.stop, q + 3))
            ):
                return True
    return False
