# ruff: noqa: E501  (data: one line of expressions reads better whole, as in lexicon.py)
"""Coercive control and threats at home, told quietly, in every language (issue 8).

Abuse at home is not only blows. The client writes that the keys, the passport or the bank
card are with him and she is not allowed out, that she must send her location every hour,
that money is handed out and every receipt checked, that he will set fire to the flat with
her inside if she asks for a divorce, find her wherever she goes, take the children if she
calls the helpline; that an ex with a protection order stood at the door again, or a tracker
was found under the car; that home is not safe, and she is in a women's shelter now. The
contract's crisis level holds abuse at home going on now, and these are its families:

- the client's keys or papers kept, with being kept in ("he's got my car keys again and i am
  not allowed out", "a gardé mon passeport, je sors plus sans lui"): the keys alone are
  lent for a car in the garage or kept after an eye operation (near misses in the tests);
- locked in from outside ("chiude a chiave da fuori");
- money handed out and checked, with anger or threats ("mi ha tolto il bancomat ... se manca
  un euro spacca tutto", "tenho de pedir dinheiro ... se pergunto ele parte coisas");
- the location demanded every hour, a tracker found on the car, an app reading everything;
- his threat to hurt himself if she leaves (control by guilt), as the set's authors and the
  field read it;
- a threat tied to leaving, divorcing, telling or calling for help: to burn the home with
  her inside, to find her wherever she goes, to disfigure her, to take the children;
- a protection order broken, an ex at the door or the school gates again;
- not safe at home, in every tense, and a stay in a women's shelter.

Written in the lexicon's notation and merged into it (lexicon.py), with word classes of
their own. Confinement phrases are written per language and paired with the keys or papers
in both orders by `_around` (a gap of up to nine words between), so each pairing is not
written out by hand. Near misses, tested in tests/test_triage_coercion.py: keys lent or
kept for the client's good, a phone checked for its battery, a locksmith, work or volunteering
in a shelter, a restraining order in a series, an order in place and the ex far away.

An ex closing in, read from the whole reply (`ex_closing_in`): an ex named, and in some
sentence his car or he seen in the writer's street or outside her home or work again, or
fake profiles made to write to her or hers ("meu ex criou perfis falsos e manda mensagem pra
minha mãe ... já vi o carro dele na minha rua duas vezes essa semana"). An ex who comes by to
fetch the children, or a new profile photo, is none.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import Token, has_phrase, token_phrases, word_set

# Being kept in, said per language: paired with the keys or papers taken (see _around).
_KEPT_IN: dict[str, tuple[str, ...]] = {
    "en": ("not allowed out", "not allowed to go out", "not allowed to leave the house", "not allowed to go anywhere", "will not let me out", "does not let me out", "do not go out without him", "can not go out without him", "never go out without him"),
    "de": ("darf nicht _2 raus", "darf nicht _2 aus dem haus", "darf nicht _2 weg", "lässt mich nicht _2 raus", "nicht mehr ohne ihn raus", "gehe nicht mehr ohne ihn", "nirgends mehr ohne ihn hin"),
    "fr": ("sors plus sans lui", "sors pas sans lui", "sors jamais sans lui", "me laisse pas sortir", "me laisse plus sortir", "m'empêche de sortir", "pas le droit de sortir", "plus le droit de sortir"),
    "es": ("sin él no salgo", "no salgo sin él", "no me deja salir", "no puedo salir sin él", "no me deja ni salir"),
    "it": ("non mi fa uscire", "non mi lascia uscire", "non esco senza di lui", "non posso uscire senza di lui", "non esco più senza di lui"),
    "nl": ("mag niet _2 de deur uit", "mag niet _2 naar buiten", "laat me niet _2 de deur uit", "laat me niet _2 naar buiten", "ga niet meer zonder hem", "nergens meer heen zonder hem"),
    "pt": ("não me deixa sair", "não saio sem ele", "não posso sair sem ele", "não saio mais sem ele", "je sors plus sans lui"),
}  # fmt: skip


# A stay in a women's shelter, said per language; a job or voluntary work there is no stay.
_SHELTER: dict[str, str] = {
    "en": "in a women's refuge / in a womens refuge / in a women's shelter / in a womens shelter / at the refuge with the kids / in a refuge with the kids / in a shelter with the kids / in a shelter with the children",
    "de": "im frauenhaus / ins frauenhaus / in einem frauenhaus / in ein frauenhaus",
    "fr": "dans un foyer pour femmes / au foyer avec les enfants / dans un centre d'hébergement avec les enfants / en maison d'accueil avec les enfants",
    "es": "en una casa de acogida / en la casa de acogida / en un centro de acogida con los niños / en un refugio con los niños",
    "it": "in una casa rifugio / in casa rifugio / in una casa protetta / in un centro antiviolenza con i bambini",
    "nl": "in de vrouwenopvang / in een vrouwenopvang / in de opvang met de kinderen / in een blijf-van-mijn-lijfhuis",
    "pt": "numa casa abrigo / na casa abrigo / numa casa de abrigo / em uma casa abrigo / num abrigo com as crianças / num abrigo com os miúdos",
}  # fmt: skip


def _stay(lang: str) -> str:
    """A stay in a shelter, a crisis: home was not safe."""
    return f"\n{_SHELTER[lang]}\n"


def _job(lang: str) -> str:
    """The same words after a job or voluntary work ("je suis bénévole dans un foyer pour
    femmes"), an idiom: longer than the stay, so it claims the words first."""
    return "\n" + " / ".join(f"@shelterjob _3 {p}" for p in _SHELTER[lang].split(" / ")) + "\n"


def _around(cls: str, phrases: tuple[str, ...]) -> str:
    """Each phrase with the class `cls` before or after it, nine words apart at most; "!"
    because the phrases carry their own negation ("not allowed out" is the trouble)."""
    return "\n" + "\n".join(f"!@{cls} _9 {p} / !{p} _9 @{cls}" for p in phrases) + "\n"


LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "crisis": _around("keptpapers", _KEPT_IN["en"])
        + _stay("en")
        + """
            !i do not feel safe at home / !do not feel safe at home / !not safe at home anymore / !not safe to go home / !home is not safe / !it is not safe at home / !it was not safe at home anymore
            locks me in from outside / locks the door from outside / locked me in from outside / locks us in / keeps me locked in / keeps him locked in / keeps her locked in / kept him locked in / kept her locked in
            @burnhome _6 with me in it / @burnhome _6 with me inside / @burnhome _6 with us in it / @burnhome _6 with us inside
            find me wherever i go / find me wherever i am / find me wherever / hunt me down / come after me if i / come for me if i
            @threatsaid _4 hurt/kill me if i _3 leave/go/tell/call/report/divorce / hurt/kill me if i _2 do not come back / hurt/kill me if i _2 do not go back
            if i _3 leave/tell/call/report/divorce _4 he will _3 hurt/kill me / if i _3 leave/tell/call/report/divorce _4 he would _3 hurt/kill me
            if i _3 leave/tell/call/report _5 take the kids/children / if i _3 leave/tell/call/report _5 never see the kids/children
            would hurt himself if i left / will hurt himself if i leave / would kill himself if i left / will kill himself if i leave / hurt himself if i ever left / kill himself if i ever left
            goes through my phone / went through my phone / reads all my messages / tracks my phone / tracking my phone / tracker on my car / tracker under my car / tracker on the car / tracker under the car
            send him my location every / share my location every hour / my location every hour
            broke/broken/breaking/breaks/ignored/ignores/ignoring the protection/restraining/non-molestation order / despite the protection/restraining/non-molestation order / even though he has a protection/restraining order
            ex _6 outside _4 again / ex _6 again _4 outside / ex _9 knows where we/i live now / he knows where we/i live now
        """,
        "idiom": _job("en")
        + """
            # A phone taken for its battery or for a game: "checks my phone every night bc i
            # always forget to charge it", "takes my phone to play candy crush".
            @phone _6 charge/charging/charged/battery / @phone _4 to play/game/gaming / @phone _5 his is broken/dead
            # A job or voluntary work at a shelter, a refuge or a helpline is no stay there.
            # A restraining order in a story.
            @fiction _6 restraining/protection order
        """,
    },
    "de": {
        "crisis": _around("keptpapers", _KEPT_IN["de"])
        + _stay("de")
        + """
            !zuhause nicht sicher / !zu hause nicht sicher / !zuhause war es nicht mehr sicher / !zu hause war es nicht mehr sicher / !zuhause ist es nicht sicher / !fühle mich zuhause nicht sicher / !fühle mich zu hause nicht sicher / !daheim nicht sicher
            von außen abgeschlossen / sperrt mich ein / schließt von außen ab / schließt mich ein / hält ihn eingesperrt / hält sie eingesperrt / sperrt ihn ein / sperrt sie ein
            @burnhome _6 mit mir drin / @burnhome _6 mit mir darin / @burnhome _6 mit uns drin
            findet mich überall / findet mich egal wo / finde dich überall / wo immer ich hingehe
            wenn ich _4 gehe/verlasse/anzeige/anrufe/erzähle _4 bringt er mich um / wenn ich _4 gehe/verlasse/anzeige/anrufe/erzähle _4 tut er mir was / wenn ich _4 gehe/verlasse/anzeige/anrufe/erzähle _4 nimmt er _2 kinder
            tut sich was an wenn ich gehe / tut sich was an wenn ich ihn verlasse / bringt sich um wenn ich gehe / bringt sich um wenn ich ihn verlasse / bringe mich um wenn du gehst
            geht _2 mein handy durch / geht jeden abend mein handy durch / liest alle meine nachrichten / tracker am auto / peilsender am auto / tracker unter dem auto / gps-tracker
            standort jede stunde / meinen standort _4 jede stunde / jede stunde meinen standort
            obwohl er _2 kontaktverbot / trotz kontaktverbot / trotz des kontaktverbots / trotz annäherungsverbot / obwohl er _2 annäherungsverbot / kontaktverbot _4 wieder / annäherungsverbot _4 wieder
            ex _6 wieder _4 vor meiner/der wohnung/tür / ex _6 vor meiner/der wohnung/tür _4 wieder / weiß jetzt wo wir wohnen / weiß jetzt wo ich wohne
        """,
        "idiom": _job("de")
        + """
            @phone _6 aufladen/laden/akku / @phone _4 zum spielen/zocken
            @fiction _6 kontaktverbot/annäherungsverbot
        """,
    },
    "fr": {
        "crisis": _around("keptpapers", _KEPT_IN["fr"])
        + _stay("fr")
        + """
            !pas en sécurité chez moi / !plus en sécurité chez moi / !pas en sécurité à la maison / !plus en sécurité à la maison / !à la maison je suis pas en sécurité / !chez moi je suis pas en sécurité
            ferme à clé de l'extérieur / m'enferme à clé / nous enferme / le garde enfermé / la garde enfermée / le tient enfermé / la tient enfermée
            @burnhome _6 avec moi dedans / @burnhome _6 avec moi à l'intérieur / @burnhome _6 avec nous dedans
            me retrouvera où que / me retrouvera partout / me retrouvera n'importe où / me trouvera où que
            si je _4 pars/quitte/parle/appelle/divorce _4 il me tue/tuera / si je _4 pars/quitte/parle/appelle _4 il me fera du mal / si je _4 pars/quitte/parle/appelle _5 prend/prendra/emmène/emmènera les enfants
            il se tue si je pars / il se tuera si je pars / se fera du mal si je pars / se foutre en l'air si je pars / se tuer si je le quitte / se suicider si je le quitte
            fouille mon téléphone / lit tous mes messages / traceur sur ma voiture / traceur sous ma voiture / traceur sous la voiture / balise gps
            ma position toutes les heures / ma localisation toutes les heures
            malgré l'ordonnance de protection / malgré l'interdiction de contact / malgré l'interdiction d'approcher / malgré l'éloignement / viole l'ordonnance / ne respecte pas l'ordonnance
            ex _6 encore _4 devant chez moi / ex _6 devant chez moi _4 encore / sait où on habite maintenant / sait maintenant où on habite / sait où j'habite maintenant
        """,
        "idiom": _job("fr")
        + """
            @phone _6 charger/batterie / @phone _4 pour jouer
            @fiction _6 ordonnance de protection
        """,
    },
    "es": {
        "crisis": _around("keptpapers", _KEPT_IN["es"])
        + _stay("es")
        + """
            !en casa no estoy segura / !en casa no estoy seguro / !no estoy segura en casa / !no estoy seguro en casa / !no me siento segura en casa / !no me siento seguro en casa / !en casa no me siento segura / !no es seguro estar en casa
            cierra con llave desde fuera / me encierra con llave / nos encierra / lo tiene encerrado / la tiene encerrada / los tiene encerrados
            @burnhome _6 conmigo dentro / @burnhome _6 conmigo adentro / @burnhome _6 con nosotros dentro
            me encontrará donde sea / me encuentra donde sea / me va a encontrar donde / vaya donde vaya me encuentra
            si _3 llamo/denuncio/hablo/cuento/dejo/divorcio _5 me mata / si _3 llamo/denuncio/hablo/cuento/dejo _5 me matará / si _3 llamo/denuncio/dejo _5 me va a matar / si _3 llamo/denuncio/dejo _5 se lleva a los niños / si sigo con lo del divorcio
            se tira por la ventana si lo dejo / se mata si lo dejo / se suicida si lo dejo / se hace daño si lo dejo / se quita la vida si lo dejo / se mata si me voy / se tira por la ventana si me voy
            me revisa el móvil / me revisa el celular / lee todos mis mensajes / localizador _4 coche / localizador _4 carro / rastreador _4 coche / gps en el coche
            mi ubicación cada hora / ubicación cada hora / mi ubicación a cada rato
            se salta la orden / se ha saltado la orden / incumple la orden / a pesar de la orden de alejamiento / aunque tiene orden de alejamiento / aunque tiene una orden de alejamiento
            ex _6 otra vez _4 delante de mi casa / ex _6 otra vez _4 en la puerta / sabe dónde vivimos / ya sabe dónde vivo
        """,
        "idiom": _job("es")
        + """
            @phone _6 cargar/cargarlo/cargarla/batería / @phone _4 para jugar
            @fiction _6 orden de alejamiento
        """,
    },
    "it": {
        "crisis": _around("keptpapers", _KEPT_IN["it"])
        + _stay("it")
        + """
            !a casa non sono al sicuro / !a casa non sono più al sicuro / !non sono al sicuro a casa / !non mi sento al sicuro a casa / !a casa non mi sento al sicuro
            chiude a chiave da fuori / chiude la porta a chiave da fuori / mi chiude dentro / ci chiude dentro / lo tiene chiuso / la tiene chiusa / lo tiene rinchiuso / la tiene rinchiusa
            @burnhome _6 con me dentro / @burnhome _6 con noi dentro
            mi trova ovunque / mi troverà ovunque / mi trova dovunque / ovunque io vada / dovunque io vada
            se _3 chiamo/denuncio/parlo/lascio/separo _5 mi ammazza / se _3 chiamo/denuncio/parlo/lascio _5 mi uccide / se _3 chiamo/denuncio/parlo/lascio _5 fa del male / se _3 chiamo/denuncio/lascio _5 porta via i bambini / se non torno da lui / mi sfregia / mi sfigura
            si ammazza se lo lascio / si uccide se lo lascio / si fa del male se lo lascio / si butta dalla finestra se lo lascio / si ammazza se me ne vado
            mi controlla il telefono ogni / legge tutti i miei messaggi / localizzatore _4 macchina / localizzatore _4 auto / gps _4 macchina
            la mia posizione ogni ora / posizione ogni ora
            nonostante il divieto di avvicinamento / nonostante il braccialetto / viola il divieto / ha il braccialetto ma / ha il divieto di avvicinamento ma
            ex _6 di nuovo _4 sotto casa / ex _6 sotto casa _4 di nuovo / sotto casa lo stesso / sa dove abitiamo / sa dove abito
        """,
        "idiom": _job("it")
        + """
            @phone _6 caricare/caricarlo/batteria / @phone _4 per giocare / nascosto/preso/tolto _2 @phone _4 staccare dal lavoro
            @fiction _6 divieto di avvicinamento
        """,
    },
    "nl": {
        "crisis": _around("keptpapers", _KEPT_IN["nl"])
        + _stay("nl")
        + """
            !thuis niet veilig / !thuis niet meer veilig / !niet veilig thuis / !voel me thuis niet veilig / !voel me niet veilig thuis
            sluit de deur van buiten af / sluit me op / sluit ons op / houdt hem opgesloten / houdt haar opgesloten
            @burnhome _6 met mij erin / @burnhome _6 met mij binnen / @burnhome _6 met ons erin
            vindt me overal / vind me overal / vindt me waar ik ook ga / waar ik ook heen ga
            als ik _4 wegga/bel/aangifte/vertel/scheid _5 neemt hij de kinderen / als ik _4 wegga/bel/aangifte/vertel _5 de kinderen meeneemt / als ik _4 bel _5 vermoordt / als ik _4 bel _5 maakt hij me af / dat hij me dan komt halen / komt hij me halen
            zichzelf iets aandoet als ik wegga / zichzelf iets aan als ik wegga / zichzelf iets aandoet als ik hem verlaat / zichzelf van kant maakt als ik wegga / springt hij als ik wegga
            app op mijn telefoon _4 alles mee te lezen / leest al mijn berichten / gaat _2 door mijn telefoon / tracker onder mijn auto / tracker onder de auto / volgsysteem _4 auto
            mijn locatie elk uur / locatie elk uur / elk uur mijn locatie
            ondanks het straatverbod / ondanks het contactverbod / straatverbod maar / contactverbod maar / heeft een straatverbod maar / heeft een contactverbod maar
            ex _6 weer _4 voor de deur / ex staat weer / ex stond weer / weet nu waar we wonen / weet nu waar ik woon
        """,
        "idiom": _job("nl")
        + """
            @phone _6 opladen/batterij/accu / @phone _4 om te gamen/spelen / @phone _6 de zijne is stuk
            @fiction _6 straatverbod/contactverbod
        """,
    },
    "pt": {
        "crisis": _around("keptpapers", _KEPT_IN["pt"])
        + _stay("pt")
        + """
            !em casa não estou segura / !em casa não estou seguro / !não estou segura em casa / !não me sinto segura em casa / !em casa não me sinto segura / !não é seguro em casa
            tranca por fora / tranca a porta por fora / me tranca em casa / nos tranca / o mantém trancado / a mantém trancada / tranca-o no quarto / tranca-a no quarto
            @burnhome _6 comigo dentro / @burnhome _6 comigo lá dentro / @burnhome _6 com a gente dentro
            me encontra onde / me encontra em qualquer lugar / vai me encontrar onde / onde quer que eu vá
            se eu _3 ligar/denunciar/contar/deixar/separar _5 me mata / se eu _3 ligar/denunciar/contar/deixar _5 some com as crianças / se eu _3 ligar/denunciar/contar/deixar _5 leva as crianças / vem atrás de mim / vem atras de mim
            se mata se eu o deixar / se mata se eu for embora / mata-se se eu o deixar / se machuca se eu o deixar / se joga da janela se eu
            mexe no meu celular todo / lê todas as minhas mensagens / rastreador _4 carro / localizador _4 carro
            minha localização a cada hora / localização de hora em hora / localização a cada hora
            medida protetiva mas / apesar da medida protetiva / apesar da ordem de afastamento / tem ordem de afastamento mas / descumpre a medida
            ex _6 de novo _4 na porta / ex _6 na porta _4 de novo / sabe onde moramos / já sabe onde moro
        """,
        "idiom": _job("pt")
        + """
            @phone _6 carregar/carregá-lo/bateria / @phone _4 pra ver o jogo / @phone _4 para ver o jogo / @phone _4 pra jogar
            @fiction _6 medida protetiva
        """,
    },
    "*": {
        "crisis": """
            # Money handed out and checked, or asked for, with anger or a threat: "mi ha tolto il
            # bancomat e mi fa vedere gli scontrini, se manca un euro spacca tutto".
            &! @receipts @rage / &! @allowance @rage / &! @keptpapers @askmoney @rage
            # Keys and papers kept, and money asked for even for the bus: "ficou com o meu cartão
            # e o passaporte, tenho de pedir dinheiro até para o passe".
            &! @keptpapers @askmoney @passport
            # Money begged from him for every need: "das geld für die tropfen muss ich erst bei ihm beantragen".
            geld _6 bei ihm beantragen / geld _6 bei ihm erbetteln / um jeden cent bitten / um jeden euro bitten
            ask him for every penny / beg him for money / have to ask him for money / have to ask him for every
        """,
    },
}  # fmt: skip


CLASSES: dict[str, dict[str, str]] = {
    # A job or voluntary work (at a shelter): "i volunteer at the women's shelter".
    "shelterjob": {
        "en": "work works working worked volunteer volunteers volunteering volunteered job",
        "de": "arbeite arbeitet gearbeitet ehrenamtlich Stelle Praktikum Job",
        "fr": "travaille travaillé bénévole stage poste boulot",
        "es": "trabajo trabaja trabajé voluntaria voluntario voluntariado",
        "it": "lavoro lavora lavorato volontaria volontario volontariato",
        "nl": "werk werkt gewerkt vrijwilliger vrijwilligster vrijwilligerswerk stage",
        "pt": "trabalho trabalha trabalhei voluntária voluntário voluntariado",
    },
    # The client's keys, papers and cards (the money class is the lexicon's @phone).
    "keptpapers": {
        "en": "keys key passport passports id card cards",
        "de": "Schlüssel Autoschlüssel Hausschlüssel Wohnungsschlüssel Ausweis Personalausweis Reisepass Pass Bankkarte Karte Karten",
        "fr": "clés clefs clé passeport carte cartes papiers",
        "es": "llaves llave dni pasaporte tarjeta tarjetas documentos",
        "it": "chiavi chiave passaporto documenti bancomat carta carte",
        "nl": "sleutel sleutels fietssleutel autosleutel huissleutel paspoort pinpas bankpas",
        "pt": "chave chaves passaporte cartão cartões documentos",
    },
    "passport": {
        "en": "passport passports",
        "de": "Reisepass Pass Ausweis",
        "fr": "passeport",
        "es": "pasaporte dni",
        "it": "passaporto",
        "nl": "paspoort",
        "pt": "passaporte",
    },
    # Receipts checked: a reckoning of every purchase.
    "receipts": {
        "en": "receipt receipts",
        "de": "Kassenbon Kassenbons Kassenzettel Quittung Quittungen Belege",
        "fr": "ticket tickets reçus",
        "es": "ticket tiquets recibos",
        "it": "scontrini scontrino",
        "nl": "bonnetje bonnetjes kassabon kassabonnen",
        "pt": "talões talão recibos",
    },
    # An allowance handed out by the week.
    "allowance": {
        "en": "allowance",
        "de": "Taschengeld",
        "es": "=paga",
        "it": "paghetta",
        "nl": "zakgeld",
        "pt": "mesada",
    },
    "askmoney": {
        "en": "ask beg",
        "de": "beantragen bitten betteln",
        "fr": "demander mendier",
        "es": "pedir pedirle",
        "it": "chiedere",
        "nl": "vragen bedelen",
        "pt": "pedir",
    },
    # Anger answering: shouting, threats, things smashed.
    "rage": {
        "en": "smashes smashed shouts screams threatens rages",
        "de": "schreit brüllt droht zertrümmert",
        "fr": "menace hurle crie casse",
        "es": "grita amenaza rompe",
        "it": "spacca urla minaccia",
        "nl": "schreeuwt dreigt",
        "pt": "parte grita ameaça quebra",
    },
    # Burning the home: "set fire to the house with me in it".
    "burnhome": {
        "en": "fire burn burning torch",
        "de": "anzünden abfackeln anstecken verbrennen",
        "fr": "brûler brûle incendier feu",
        "es": "quema quemar quemará incendia fuego",
        "it": "brucia bruciare incendia fuoco",
        "nl": "brand verbranden fik",
        "pt": "queima queimar incendeia incendiar fogo",
    },
    # Who says a threat: "he said he'd kill me if i leave".
    "threatsaid": {
        "en": "said says told threatened",
        "de": "sagt gesagt droht",
        "fr": "dit menacé",
        "es": "dijo dice amenazó",
        "it": "detto dice minacciato",
        "nl": "zegt zei gedreigd",
        "pt": "disse diz ameaçou",
    },
}


# An ex, in one word or as "ex" split off its hyphen ("ex-mari" is "ex mari").
EX = word_set(
    "ex exfreund exfreundin exmann exfrau expartner exmarido exmujer exnovio exnovia exmarito"
    " exvriend exvriendin exman exnamorado exnamorada exmulher"
)
# The writer's street, home or work, where he is seen.
WATCHED_PLACE = token_phrases(
    "my street / my road / outside my house / outside my flat / outside my work / outside my door / outside the house / in front of my house"
    " / meiner straße / meine straße / unserer straße / vor meinem haus / vor meiner wohnung / vor meiner tür / vor meiner arbeit / vor dem haus"
    " / ma rue / notre rue / devant chez moi / en bas de chez moi / devant mon travail / devant la maison"
    " / mi calle / nuestra calle / frente a mi casa / delante de mi casa / en mi puerta / afuera de mi casa / fuera de mi casa / enfrente de mi casa"
    " / mia via / mia strada / sotto casa / davanti a casa / davanti casa mia / davanti al lavoro"
    " / mijn straat / onze straat / voor mijn huis / voor mijn deur / voor de deur / voor mijn werk"
    " / minha rua / nossa rua / na frente de casa / em frente de casa / em frente à minha casa / na porta de casa / à porta de casa / na porta do trabalho"
)
# Seen again and again.
AGAIN_SEEN = token_phrases(
    "again / twice / three times / several times / every day / every night / all the time"
    " / wieder / zweimal / dreimal / mehrmals / jeden tag / jeden abend / ständig"
    " / encore / deux fois / trois fois / plusieurs fois / tous les soirs / tous les jours"
    " / otra vez / dos veces / tres veces / varias veces / todas las noches / todos los días"
    " / di nuovo / due volte / tre volte / più volte / ogni sera / ogni giorno"
    " / weer / twee keer / drie keer / meerdere keren / elke avond / elke dag"
    " / de novo / outra vez / mais uma vez / duas vezes / três vezes / várias vezes / toda noite / todo dia / todas as noites / todos os dias"
)
SEEN = word_set(
    "car saw seen parked standing stood auto wagen gesehen geparkt stand steht voiture vu vue garée"
    " coche carro vi visto vista aparcado estacionado macchina parcheggiata gezien geparkeerd staat stond"
    " parado"
)
# He comes by for the children: "my ex's car was outside to pick up the kids".
FETCHING = word_set(
    "pick picks picked pickup collect collects collected fetch fetches fetched abholen holt holte"
    " abgeholt holen chercher cherche récupérer récupère recoger recoge recogió buscar busca buscou"
    " prendere prende ophalen haalt haalde opgehaald halen"
)
FAKE_PROFILES = token_phrases(
    "fake profile / fake profiles / fake account / fake accounts / fake-profile / fakeprofil / fakeprofile / fake-accounts / falsche profile / falsches profil"
    " / faux profil / faux profils / faux comptes / faux compte / perfil falso / perfiles falsos / cuentas falsas / cuenta falsa"
    " / profilo falso / profili falsi / account falsi / nepprofiel / nepprofielen / nepaccount / nepaccounts / perfis falsos / contas falsas / conta falsa"
)
WRITES = word_set(
    "messages messaged message writes wrote texts texted contacts schreibt schrieb nachrichten"
    " écrit envoie messages contacte manda escribe mensajes scrive manda messaggi stuurt schrijft"
    " berichten mensagem mensagens escreve"
)


def ex_closing_in(words: Sequence[Token]) -> bool:
    """An ex named in the reply, and his car or he seen again at the writer's street, home or
    work, or fake profiles that write to her or hers (see the module's docstring)."""
    text = [t.word for t in words]
    if not any(w in EX for w in text):
        return False
    start = 0
    for end in [*(p for p, t in enumerate(words) if t.boundary == "strong"), len(words)]:
        sentence = range(start, end)
        start = end + 1
        said = {text[p] for p in sentence}
        if said & FETCHING:
            continue
        if (
            has_phrase(text, sentence, WATCHED_PLACE)
            and has_phrase(text, sentence, AGAIN_SEEN)
            and said & SEEN
        ):
            return True
        if has_phrase(text, sentence, FAKE_PROFILES) and said & WRITES:
            return True
    return False
