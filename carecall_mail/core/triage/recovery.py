# ruff: noqa: E501  (data: one line of words reads better whole, as in lexicon.py)
"""Relapses in recovery that put life at risk, told in recovery's own words (issue 8).

Recovery talk is everyday for an addiction counsellor's clients: cravings, slips and
withdrawal are concerns, milestones good news. Two relapses are crises the lexicon does not
read, because their words are each harmless alone:

- USED AFTER A BREAK at the OLD AMOUNT: "primeira vez que uso desde a clínica, mesma
  quantidade de antes", "first time using since rehab, same amount as i used to". After a
  break the body no longer bears the old dose: an overdose risk, whatever else is said.
- SELF-HARM AGAIN after a clean stretch, with a WOUND: "un anno senza tagliarmi e ieri sera ci
  sono ricascata, più a fondo di sempre, sanguina ancora". The milestone reads as a negated
  crisis ("senza tagliarmi"); the relapse and the wound that follow make it one again.
  Told at once it is one too: "cut again last nite, deeper this time", the blades "back
  out", a burn again with the lighter (not a kitchen cut, a shave or the toast).
- MORE than usual taken and the body going UNDER: "me metí mucho más de lo normal, no puedo
  mantener los ojos abiertos". An overdose as it happens; tiredness or a feast is not.
- The STOCK put by, ALONE and CUT_OFF from help: "j'ai mis de côté toutes les doses et ce
  soir je prends tout seul chez moi, sans prévenir personne". Using alone is how an
  overdose kills; an evening alone, or the stock flushed, is not.

Near misses keep their level: a slip without the old amount ("first drink since rehab"), a
milestone with no relapse ("100 days without cutting"), a relapse into drink told after a
self-harm milestone with no wound, the old amount of a remedy with no break.
Tested in every language in tests/test_triage_recovery.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import (
    Token,
    finds_pattern,
    has_phrase,
    pattern_phrases,
    token_phrases,
    word_set,
)

__all__ = ["alone_with_the_stock", "harmed_again", "too_much_and_going_under", "used_after_a_break"]


# A break from using: since a clinic, rehab or detox, or the first time in a long while.
BREAK = token_phrases(
    "since rehab / since the clinic / since detox / since treatment / since i got clean / since getting clean / since i got out / first time in months / first time in a year / first time in years"
    " / seit der klinik / seit der reha / seit dem entzug / seit der therapie / seit monaten / seit jahren / zum ersten mal seit"
    " / depuis la cure / depuis la clinique / depuis la desintox / depuis le sevrage / depuis des mois / premiere fois depuis"
    " / desde la clinica / desde rehabilitacion / desde la rehabilitacion / desde el centro / desde la desintoxicacion / desde hace meses / primera vez desde"
    " / dalla clinica / dalla comunita / dalla disintossicazione / dal ricovero / da mesi / da anni / prima volta da"
    " / sinds de kliniek / sinds de afkickkliniek / sinds het afkicken / sinds de ontwenning / sinds maanden / in maanden / eerste keer sinds"
    " / desde a clinica / desde a internacao / desde a reabilitacao / desde a desintoxicacao / ha meses / primeira vez desde"
)

# The dose used before the break.
OLD_AMOUNT = token_phrases(
    "same amount as before / same amount as i used to / same as i used to / the old amount / my old amount / the old dose / my old dose / my usual amount / same dose as before"
    " / gleiche menge wie fruher / selbe menge wie fruher / gleiche menge wie damals / alte menge / alte dosis / gleiche dosis wie fruher"
    " / meme quantite qu'avant / meme dose qu'avant / la dose d'avant / mon ancienne dose"
    " / misma cantidad que antes / la misma cantidad de antes / la dosis de antes / mi dosis de antes / lo mismo que antes"
    " / stessa quantita di prima / la stessa dose di prima / la dose di prima / la mia vecchia dose"
    " / zelfde hoeveelheid als vroeger / dezelfde hoeveelheid als vroeger / zelfde dosis als vroeger / mijn oude dosis / de oude dosis"
    " / mesma quantidade de antes / a mesma quantidade de antes / a dose de antes / a mesma dose de antes / minha dose antiga"
)


# Using, as recovery says it ("took" is left out: a remedy is taken too).
USE = word_set(
    "used use using relapsed scored"
    " konsumiert genommen gekokst gedruckt gespritzt ruckfall"
    " consomme pris rechute shoote"
    " consumi consumo consumir use uso usado consumido recai"
    " usato consumato fatto ricaduta ricascato ricascata"
    " gebruikt gebruik gespoten teruggevallen"
    " uso usei usado consumi recai"
)


def used_after_a_break(words: Sequence[Token]) -> bool:
    """Whether the reply tells a USE after a BREAK at the OLD_AMOUNT."""
    text = [t.word for t in words]
    everything = range(len(text))
    return (
        any(w in USE for w in text)
        and has_phrase(text, everything, BREAK)
        and has_phrase(text, everything, OLD_AMOUNT)
    )


# Self-harm in the words of a clean stretch ("free from cutting", "senza tagliarmi").
SELF_HARM = word_set(
    "cutting cut self-harm selfharm self-harming harming"
    " ritzen geritzt ritze schneiden geschnitten"
    " scarifier scarifie scarifiee couper coupee scarification"
    " cortarme cortado cortada cortes autolesion autolesiones"
    " tagliarmi tagliata tagliato autolesionismo"
    " snijden gesneden krassen gekrast zelfbeschadiging"
    " cortar-me cortar me cortei cortes automutilacao autolesao"
)
# It happened again.
AGAIN = word_set(
    "relapsed relapse again"
    " ruckfall wieder ruckfallig"
    " rechute rechute rechuter recommence"
    " recaida recai otra vez volvi"
    " ricascata ricascato ricaduta ricaduto nuovo"
    " teruggevallen terugval weer opnieuw"
    " recaida recai recaidas novo voltei"
)
# A wound that is deep or still bleeding.
WOUND = word_set(
    "deeper bleeding bled stitches"
    " tiefer blutet blutete genaht"
    " profond profondement saigne saignait"
    " hondo profundo sangra sangrando"
    " fondo profondo sanguina sanguinava"
    " dieper bloedt bloedde hechtingen"
    " fundo profundo sangra sangrando"
)


# The tools of self-harm: a blade got out again, a lighter held to the skin.
TOOL = word_set(
    "blade blades razor razors lighter"
    " klinge klingen rasierklinge rasierklingen feuerzeug"
    " lame lames briquet"
    " cuchilla cuchillas navaja mechero encendedor"
    " lametta lamette accendino"
    " mesje mesjes scheermesje aansteker"
    " lamina laminas gilete isqueiro"
)
# A burn given oneself: with a TOOL and AGAIN, self-harm too ("burned my wrist w the lighter
# again", "queimei-me outra vez com o isqueiro").
BURN = word_set(
    "burned burnt burn burning verbrannt verbrenne brule brulee brulait queme quemado quemada"
    " bruciato bruciata brucio verbrand brand queimei queimado queimada"
)
# Where a burn is given: the skin, an arm, oneself (not the toast).
SKIN = word_set(
    "wrist wrists arm arms leg legs thigh thighs skin myself stomach"
    " handgelenk arm arme bein beine oberschenkel haut mich"
    " poignet poignets bras cuisse cuisses peau me"
    " muneca munecas brazo brazos pierna piernas muslo piel me"
    " polso polsi braccio braccia gamba gambe coscia pelle mi"
    " pols polsen arm armen been benen dij huid mezelf me"
    " pulso pulsos braco bracos perna pernas coxa pele me"
)
# Cooking, shaving, gardening, an accident: the cut or the burn of a household.
ACCIDENT = word_set(
    "chopping cooking kitchen onion onions knife shaving shaved toast oven garden gardening accident accidentally paper"
    " kochen kuche zwiebel zwiebeln rasieren rasiert toast ofen garten unfall versehentlich papier"
    " cuisine cuisiner oignon oignons rasage rase four jardin accident papier"
    " cocina cocinando cebolla cebollas afeitarme afeitando tostada horno jardin accidente papel"
    " cucina cucinando cipolla cipolle rasoio barba toast forno giardino incidente carta"
    " koken keuken ui uien scheren geschoren toast oven tuin ongeluk papier"
    " cozinha cozinhando cebola cebolas barbear torrada forno jardim acidente papel"
)
# Cut again, in one word: "je me suis recoupée".
RECUT = word_set("recoupe recoupee recoupes recouper")
# Again in two words, and a tool got "back out".
AGAIN_PHRASES = token_phrases(
    "back out / back on / once more / noch mal / nochmal / encore une fois / otra vez / de nuevo"
    " / di nuovo / ancora una volta / weer eens / outra vez / de novo"
)


def _last_again(text: Sequence[str]) -> int:
    """Where the last AGAIN (a word, or a phrase that ends inside the text) starts; -1 if none.
    "Again from position a on" is then one comparison, not a scan per word."""
    last = -1
    for p, word in enumerate(text):
        if word in AGAIN or any(tuple(text[p : p + len(ph)]) == ph for ph in AGAIN_PHRASES):
            last = p
    return last


def harmed_again(words: Sequence[Token]) -> bool:
    """Whether the reply names SELF_HARM (or a TOOL, or a BURN), AGAIN, and a WOUND: after
    a milestone ("un anno senza tagliarmi e ieri ci sono ricascata, più a fondo"), or told
    at once ("cut again last nite, deeper this time", "got the blades back out, deeper than
    before"). A burn or a cut again with the TOOL named needs no wound.

    Linear in the reply's length: what each word needs from the rest of the reply (a wound
    after it, a tool elsewhere, an again from just before it on) is counted once, since a
    hostile mail can be megabytes of words."""
    text = [t.word for t in words]
    if any(w in ACCIDENT for w in text):
        return False
    last_again = _last_again(text)
    last_wound = max((q for q, w in enumerate(text) if w in WOUND), default=-1)
    tools = sum(1 for w in text if w in TOOL)
    for p, word in enumerate(text):
        again_near = last_again >= max(0, p - 2)  # "weer gesneden": again just before
        again_after = last_again >= p + 1
        wound = last_wound > p
        tool = tools - (word in TOOL) > 0
        if word in RECUT and (wound or tool):
            return True
        if word in SELF_HARM and again_near and (wound or tool):
            return True
        if word in TOOL and again_after and wound:
            return True
        if word in BURN and again_near and tool:
            skin = any(text[q] in SKIN for q in range(max(0, p - 1), min(len(text), p + 6)))
            if skin:
                return True
    return False


# MORE than usual taken: an amount past the writer's own measure.
MORE = pattern_phrases(
    "more than usual / more than normal / more _ than usual / more than i usually / more than i normally / way too much / far too much / double my usual / twice my usual"
    " / mehr als sonst / mehr als normal / mehr _ als sonst / mehr _ als normal / mehr als ublich / mehr als gewohnt / viel zu viel / zu viel genommen / doppelt so viel"
    " / plus que d habitude / plus que la normale / plus que normal / pris beaucoup trop / pris bien trop / pris trop / le double"
    " / mas de lo normal / mas que lo normal / mas de lo habitual / mas que de costumbre / mas de la cuenta / meti demasiado / tome demasiado / el doble"
    " / piu del solito / piu del normale / piu del previsto / presa troppa / preso troppo / presi troppo / il doppio"
    " / meer dan normaal / meer dan anders / meer _ dan normaal / meer _ dan anders / meer dan gewoonlijk / veel te veel / te veel gebruikt / te veel genomen / dubbel zoveel"
    " / mais que o normal / mais do que o normal / mais que o costume / mais do que o costume / usei demais / tomei demais / o dobro"
)
# ... and the body going under: eyes that will not stay open, not staying awake, hardly able
# to type, the room spinning, breathing slow.
UNDER = pattern_phrases(
    "keep my eyes open / keep _ eyes open / eyes keep closing / eyes are closing / stay awake / hardly type / barely type / nodding off / keep nodding / breathing slow / breathing is slow / room is spinning"
    " / augen offen / augen _ nicht _ auf / augen kaum auf / wach bleiben / kaum _ tippen / alles dreht sich / atme _ langsam"
    " / yeux ouverts / garder les yeux / rester eveille / rester eveillee / arrive plus a taper / arrive pas a taper / respire lentement / tout tourne"
    " / ojos abiertos / mantenerme despierto / mantenerme despierta / casi no puedo escribir / respiro lento / todo me da vueltas"
    " / occhi aperti / restare sveglio / restare sveglia / stare sveglio / stare sveglia / riesco _ a scrivere / respiro piano / gira tutto"
    " / ogen _ open / ogen _ open te houden / wakker blijven / kan _ niet typen / adem _ langzaam / alles draait"
    " / olhos abertos / ficar acordado / ficar acordada / mal consigo escrever / respiro devagar / tudo gira / tudo a girar"
)
# A use or a substance named: not a big dinner or a long day ("ate way more than usual at
# christmas, cant keep my eyes open").
TAKEN = USE | word_set(
    "took taken mixed methadone heroin gear fentanyl benzos pills"
    " methadon heroin stoff tabletten nahm"
    " methadone heroine came cachets"
    " meti metido tome tomado metadona heroina pastillas"
    " presa preso presi metadone eroina roba pasticche"
    " genomen ingenomen methadon heroine spul pillen"
    " tomei tomado metadona heroina pedra comprimidos"
)
MEAL = word_set(
    "ate eaten eating dinner lunch meal food christmas gegessen essen abendessen mittagessen"
    " mange repas diner dejeuner comi comido comida cena almuerzo mangiato mangiare pranzo cena"
    " gegeten eten maaltijd diner comi comido comida jantar almoco"
)


def too_much_and_going_under(words: Sequence[Token]) -> bool:
    """Whether the reply tells MORE than usual TAKEN and the body going UNDER: an overdose
    told as it happens ("me metí mucho más de lo normal, no puedo mantener los ojos abiertos",
    "veel meer gebruikt dan normaal, krijg mijn ogen bijna niet meer open"). Tiredness alone,
    or a feast, is not."""
    text = [t.word for t in words]
    everything = range(len(text))
    return (
        any(w in TAKEN for w in text)
        and not any(w in MEAL for w in text)
        and finds_pattern(text, everything, MORE)
        and finds_pattern(text, everything, UNDER)
    )


# ALL of it put by: the stock saved, everything that is left, enough of the stuff.
STOCK = pattern_phrases(
    "everything i have left / everything i have got left / everything i got left / all i have left / all i have got left / my stash / the whole stash / enough gear / enough stuff"
    " / genug stoff / alles was ich noch habe / alles was ich noch hab / alles was ubrig ist / alles gebunkert / alles aufgehoben / alles zur seite gelegt"
    " / mis de cote toutes / mis de cote tout / mis de cote toute / toutes les doses / tout garde / tout ce qui me reste / tout ce que il me reste / assez de came / mon stock"
    " / tengo guardado todo / guarde todo / guardado todo / todo lo que me queda / suficiente material / toda la merca / mi reserva"
    " / messo da parte tutta / messo da parte tutto / tutta la roba / tutto quello che mi resta / tutto quello che mi e rimasto / abbastanza roba / la scorta"
    " / genoeg liggen / genoeg spul / alles wat ik nog heb / alles opgespaard / alles apart gelegd / mijn voorraad"
    " / guardei * toda / guardei * todo / guardei tudo / tudo o que me resta / tudo o que sobrou / pedra toda / a reserva toda"
)
ALONE = word_set("alone allein alleine seul seule solo sola alleen sozinho sozinha")
# No one to find the writer in time: no one told, the phone off, the door locked, tonight.
CUT_OFF = pattern_phrases(
    "not be ringing / not ringing anyone / not calling anyone / not telling anyone / without telling anyone / nobody knows / no one knows / nobody will know / no one will know / nobody needs to know / no one will be there / phone off / phone is off / door locked / tonight"
    " / handy aus / telefon aus / tur zu / abgeschlossen / niemand weiss / keiner weiss / niemand muss * wissen / sag niemandem / heute abend / heute nacht / heut nacht"
    " / sans prevenir / personne ne sait / personne ne saura / personne ne sera / portable eteint / telephone eteint / porte fermee a cle / ce soir / cette nuit"
    " / sin avisar / sin avisarle / nadie sabe / nadie sabra / nadie tiene que saber / telefono apagado / celular apagado / movil apagado / esta noche / encerrado / encerrada"
    " / nessuno deve saperlo / nessuno lo sa / nessuno sapra / senza dirlo / senza avvisare / telefono spento / cellulare spento / stasera / stanotte / chiuso a chiave"
    " / telefoon gaat uit / telefoon uit / niemand weet / niemand hoeft * weten / zonder iemand / deur op slot / vanavond / vannacht"
    " / ninguem precisa saber / ninguem sabe / ninguem vai saber / sem avisar / sem contar / telefone desligado / celular desligado / trancado / trancada / hoje a noite / esta noite / hoje vou usar"
)


def alone_with_the_stock(words: Sequence[Token]) -> bool:
    """Whether the reply tells the STOCK put by, the writer ALONE and CUT_OFF from help: a
    use planned where nobody can come ("j'ai mis de côté toutes les doses et ce soir je prends
    tout seul chez moi, sans prévenir personne"). Using alone is how an overdose kills."""
    text = [t.word for t in words]
    everything = range(len(text))
    alone = any(w in ALONE for w in text) or has_phrase(text, everything, ON_MY_OWN)
    return (
        alone
        and not any(w in RID for w in text)
        and finds_pattern(text, everything, STOCK)
        and finds_pattern(text, everything, CUT_OFF)
    )


# The stock got rid of: flushed, binned, handed to the sponsor.
RID = word_set(
    "flushed binned dumped poured threw gave handed"
    " weggeworfen weggekippt runtergespult abgegeben gegeben"
    " jete jetee vide donne"
    " tire bote entregue dado"
    " buttato buttata buttati consegnato dato dati regalato"
    " weggegooid doorgespoeld ingeleverd gegeven"
    " joguei deitei entreguei"
)
ON_MY_OWN = token_phrases("on my own / by myself / tout seul / toute seule / da solo / da sola")
