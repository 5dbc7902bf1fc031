# ruff: noqa: E501  (data: one line of words reads better whole, as in lexicon.py)
"""A place to fall from or into, lingered at, told without a word of jumping (issue 8).

"I stood on the bridge over the motorway for an hour looking down", "je vais souvent au
viaduc, y a pas de garde-fou", "guardo l'acqua nera, basterebbe un passo", "fiquei parado no
viaduto um tempão olhando os carros lá embaixo": the writer names the place and what they do
there, and the lexicon (which reads "jump off a bridge") read nothing. Here a reply reads as
a crisis when a sentence names a PLACE (a bridge, a cliff, a quarry, the tracks, a level
crossing, a rooftop, a harbour wall or pier, a sluice, the top of a multistorey) and that
sentence or the next tells the writer there, alone, with a sign of the pull: looking down
or at the water below, a long time or every night, the edge, "one step", "how easy", no
railing, high enough, "almost" (LINGER), or a farewell said there ("steh grad auf der brücke,
tschüss", FAREWELL); or when the sentence sets the night for going there ("stanotte vado sui
binari", TONIGHT), with no train, ticket or platform to make it a journey (TRAVEL).

An outing is not that: a sentence with company ("we", "with the kids"), a view enjoyed, a
walk, traffic, a train waited for, a dental bridge or the card game, keeps its level.
Tested in every language in tests/test_triage_places.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import (
    Token,
    finds_pattern,
    pattern_phrases,
    sentence_of,
    word_set,
)

__all__ = ["lingered_at_a_height"]


PLACE = pattern_phrases(
    "bridge / bridges / viaduct / flyover / overpass / cliff / cliffs / quarry / tracks / railway line / level crossing / rooftop / harbour wall / pier / jetty / multistorey / multi-storey / top level"
    " / brucke / brucken / *brucke / viadukt / klippe / klippen / steinbruch / gleis / gleise / gleisen / bahnubergang / hochhaus / parkhaus / kaimauer / schleuse"
    " / pont / viaduc / falaise / falaises / rails / voie ferree / passage a niveau / jetee / ecluse / garde-fou"
    " / puente / viaducto / acantilado / acantilados / cantera / las vias / paso a nivel / azotea / muelle / espigon / esclusa"
    " / ponte / viadotto / scogliera / scogli / cava / binari / passaggio a livello / terrazzo / molo"
    " / brug / viaduct / klif / groeve / spoor / spoorlijn / overweg / pier / sluis / dijk"
    " / ponte / viaduto / penhasco / arribas / falesia / pedreira / trilhos / linha do comboio / passagem de nivel / terraco / pier / molhe"
)

LINGER = pattern_phrases(
    # Looking down, or at the water or the traffic below.
    "looking down / looked down / look down / looking over the edge / at the water / the water below / cars below / the trains / the lorries / trains go / counting"
    " / schau runter / schaue runter / runtergeschaut / hinuntergeschaut / runter geschaut / ins wasser / aufs wasser / die zuge / den zugen / den lkws / zahl die"
    " / regarde l eau / regarde en bas / regardais en bas / regarder en bas / le vide / les voitures passer / les trains"
    " / mirando para abajo / mirando abajo / mire abajo / mirando el agua / mirando los autos / mirando los coches / mirando el tren / el tren pasar / el ultimo tren"
    " / guardare giu / guardavo giu / guardo giu / guardo l acqua / guardare l acqua / guardavo l acqua / di sotto / le macchine sotto"
    " / naar beneden / kijk naar het water / keek naar het water / naar het water / te kijken / de treinen"
    " / olhar para baixo / olhando para baixo / a olhar para o rio / olhando o rio / a agua escura / olhando a agua / os carros la embaixo / la embaixo"
    # A long time, or every night.
    " / for an hour / half an hour / for ages / a long time / most nights / every night"
    " / seit einer stunde / eine stunde / lange / jeden abend / jede nacht"
    " / longtemps / une heure / tous les soirs / chaque soir"
    " / un buen rato / una hora / cada noche / todas las noches"
    " / a lungo / un ora / ogni sera / ogni notte / rimasto li / rimasta li"
    " / een uur / half uur / elke nacht / elke avond / lang"
    " / uma hora / um tempao / muito tempo / toda noite / todas as noites / de noite"
    # Near the act: one step, how easy, almost, no railing, high enough.
    " / one step / how easy / almost / nearly / close to it / no railing / no barrier / no barriers / high enough / over the edge"
    " / ein schritt / kurz davor / nicht viel gefehlt / kein gelander / hoch genug"
    " / un pas / presque / pas de garde-fou / si facile / assez haut"
    " / un paso / casi / no tiene reja / sin baranda / sin barandilla / suficientemente alto"
    " / un passo / basterebbe / quasi / senza ringhiera / abbastanza alto"
    " / een stap / een stap / bijna / geen reling / hoe makkelijk / hoog genoeg"
    " / um passo / quase fui / quase / sem grade / tao facil / alto o suficiente"
)

# A farewell said there: "steh grad auf der brücke, tschüss", "sono sul ponte, scusate tutto".
FAREWELL = pattern_phrases(
    "bye / goodbye / bye everyone / sorry for everything / sorry pour tout / forgive me"
    " / tschuss / tschus / lebt wohl / macht's gut / machts gut / verzeiht mir / tut mir leid fur alles"
    " / adieu / pardon pour tout / desole pour tout / desolee pour tout / pardonnez moi"
    " / adios / perdon por todo / perdonadme / lo siento por todo"
    " / addio / scusate tutto / scusatemi per tutto / perdonatemi / scusa per tutto"
    " / doei / vaarwel / sorry voor alles / vergeef me"
    " / adeus / desculpem tudo / desculpa por tudo / me perdoem / perdoem me"
)
# ... or the night set for going there: "geh heut nacht zu den gleisen", "stanotte vado sui
# binari". Not a journey: a train, a ticket or a platform to catch it from is travel (TRAVEL).
TONIGHT = pattern_phrases(
    "tonight / tonite / heute nacht / heut nacht / heute abend / heut abend / ce soir / cette nuit"
    " / esta noche / esta madrugada / stanotte / stasera / vannacht / vanavond / hoje a noite / hoje de noite / esta noite"
)
TRAVEL = word_set(
    "ticket tickets platform catch catching journey trip holiday station"
    " fahrkarte ticket bahnsteig zug fahre reise urlaub"
    " billet quai voyage vacances"
    " billete anden viaje vacaciones"
    " biglietto binario viaggio vacanze"
    " kaartje perron reis vakantie"
    " bilhete plataforma viagem ferias"
)

# An outing, a view, traffic, a train waited for, a dental bridge: not a pull.
OUTING = word_set(
    "fireworks concert party festival market club game"
    " feuerwerk konzert fest markt feu artifice fete marche fuegos concierto fiesta mercado fuochi concerto festa mercato"
    " vuurwerk feest markt fogos show feira"
    " we us our friends dog cycling cycled boat view views lovely beautiful gorgeous photo photos pictures sunset sunrise walk walked walking hike hiking kayak boats ducks fishing traffic jam delayed waited waiting tourists dental dentist tooth teeth cards crown picnic swim swimming"
    " wir uns unser freunde hund aussicht wunderschon foto fotos sonnenuntergang spaziergang spazieren wanderung stau verspatung verspatet gewartet zahn zahnarzt karten"
    " nous amis chien vue magnifique belle photo photos coucher balade promenade randonnee bouchons embouteillage retard attendu dentiste dent cartes"
    " nosotros amigos perro vista preciosa precioso hermoso foto fotos atardecer paseo caminata atasco trafico retraso esperando dentista diente cartas"
    " noi amici cane vista bellissima bellissimo foto tramonto passeggiata escursione traffico coda ritardo aspettato dentista dente carte"
    " wij ons vrienden hond fietsen fietsten boot uitzicht prachtig mooi foto fotos zonsondergang wandeling wandelen file vertraging gewacht tandarts tand kaarten"
    " amigos cao vista linda lindo foto fotos passeio caminhada transito atraso esperando dentista dente cartas"
)

# Spanish and Portuguese "puente"/"ponte" is also a long weekend: "comprando para el puente".
HOLIDAY = pattern_phrases(
    "para el puente / este puente / puente largo / el puente de mayo / el puente de diciembre / fazer ponte / esta ponte / feriado"
)


# A train, a tram or a car that stood, stopped or broke down on the tracks or the bridge is
# the one that lingered: "the train stood on the tracks for an hour". A vehicle word with a
# word of STALLED within its next three words ("fiquei parado no viaduto olhando os carros lá
# embaixo" has the cars only below, and stays a crisis).
VEHICLE = word_set(
    "train trains tram bus car lorry truck traffic zug zuge bahn s-bahn strassenbahn bus auto lkw"
    " train rer tram bus voiture camion tren trenes autobus coche camion treno treni tram autobus macchina camion"
    " trein treinen tram bus auto vrachtwagen comboio trem onibus autocarro carro camiao"
)
STALLED = word_set(
    "stood stand standing stopped stuck halted broke waited delayed held blocked"
    " stand stehen steht blieb stecken steckte hielt gehalten wartete verspatet"
    " arrete arretait bloque bloquee reste restait panne attendu"
    " parado parada quedo detenido detuvo averiado espero retrasado"
    " fermo fermato fermata bloccato bloccata rimasto guasto aspettato ritardo"
    " stond stil stilgestaan vast bleef wachtte vertraagd"
    " parado parou ficou avariado esperou atrasado"
)


def _stalled(text: list[str], span: range) -> bool:
    return any(
        text[p] in VEHICLE and any(text[q] in STALLED for q in range(p + 1, min(span.stop, p + 4)))
        for p in span
    )


def lingered_at_a_height(words: Sequence[Token]) -> bool:
    """Whether a sentence names a PLACE and it or the next tells a LINGER, with no OUTING
    word in them or the sentence before."""
    text = [t.word for t in words]
    for p in range(len(text)):
        if not text[p] or not finds_pattern(text, range(p, min(len(text), p + 3)), PLACE):
            continue
        sentence = sentence_of(words, p, p + 1)
        span = sentence
        if sentence.stop + 1 < len(text):
            span = range(
                sentence.start, sentence_of(words, sentence.stop + 1, sentence.stop + 2).stop
            )
        before = (
            sentence_of(words, sentence.start - 2, sentence.start - 1).start
            if sentence.start > 1
            else 0
        )
        guarded = range(before, span.stop)
        if (
            any(text[q] in OUTING for q in guarded)
            or finds_pattern(text, guarded, HOLIDAY)
            or _stalled(text, sentence)
        ):
            continue
        if finds_pattern(text, span, LINGER) or finds_pattern(text, span, FAREWELL):
            return True
        travel = any(text[q] in TRAVEL or text[q] in VEHICLE for q in guarded)
        if not travel and finds_pattern(text, sentence, TONIGHT):
            return True
    return False
