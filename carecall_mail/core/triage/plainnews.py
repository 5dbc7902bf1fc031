# ruff: noqa: E501  (data: one line of expressions reads better whole, as in lexicon.py)
"""Everyday news that only looks like trouble, and trouble told in plain words (issue 8).

Longer replies answer a reminder first and tell their news in passing: a dinner or the
garden's leaves burnt, a plan for the garden, the pills finished and more asked for, a
weekend's "overdose" of series, a form filled in ("Allergien: keine"), a rash that has not
come back. A net that rings on these is soon ignored. Trouble told plainly is read too: the
stomach that "makes problems", going to the toilet five times a day, "i don't want to kill
me or something" (a negated crisis: worth a look). They are written in the lexicon's
notation (see `lexicon.py`) and merged into it there.

Second kind of lookalikes: every tablet to be taken with a meal ("ich soll alle Tabletten nach
dem Essen nehmen": an instruction, not "going to take all the tablets after dinner"), a
parent's punishment ("mi madre me quitó el móvil para castigarme": not a partner's control),
texting ("my ex keeps hitting me up"), someone fetched from hospital, a remedy no longer
needed, supplies in hand, tiredness from an outing or a move, more gratitude than grief,
Dutch "uitslagen" (results), "wie Bolle", "igual de bien"; and pills kept for the month's
end with no dark word in the reply (`kept_for_month_end`, called from others.lowered).

`routine` (see remedies.py) claims its words, and lets the second reader raise such a reply
only where the rest of it, read without them, is not plainly nothing: a model that has seen
"quemé" in self-harm reads "quemé la cena otra vez" as a crisis. Each family is tested in
every language in tests/test_triage_plainnews.py, with phrasings of its own and near
misses that stay raised ("i burned my arm", "i finished all the pills at once").
"""

from __future__ import annotations

from carecall_mail.core.triage.text import fold, word_set

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "routine": """
            # An apology for typing, not a goodbye's "sorry for everything": "excuse the typos".
            sorry/apologies/excuse/pardon for/about the/my typos/spelling/mistakes / excuse/pardon the typos/spelling
            # Food or garden waste burnt: "burned the toast again", "burnt the leaves".
            burn/burned/burnt the/my/our @burnt
            # A plan for everyday life: "a plan for the garden", "a plan for my eating".
            plan for the/my/our/this @planfor
            # The pills finished and more asked for: "finished all the pills, can you send more".
            finished/used all _2 @pillword _5 @sendmore / ran out of _2 @pillword _5 @sendmore
            # An "overdose" of series or films.
            overdose/overdosed of/on _1 @binge
            # Every tablet with a meal, as prescribed (not "going to take all the pills after dinner").
            should/must take all _2 @pillword _2 after/before/with/during _1 @mealtime
            have/need/supposed/told/said/meant/asked to take all _2 @pillword _2 after/before/with/during _1 @mealtime
            # A parent's punishment, not a partner's control: "my mum took my phone to punish me".
            @parentfig took/takes/confiscated _2 my phone _4 @punish
            # Texting, not blows: "my ex keeps hitting me up", "my ex is always hitting me up for money".
            @texter _3 hit/hits/hitting me up
            # Someone fetched from hospital: "i picked her up from the hospital".
            picked _2 up from (the) hospital / collected _2 from (the) hospital / brought _2 home from (the) hospital
            # A remedy no longer needed: "i don't need the drops anymore".
            do not need the/my @pillword anymore / do not need the/my @pillword any more / no longer need the/my @pillword
            # Supplies in hand: "i still have a full bottle, no need to reorder".
            still have a full bottle/box/tube / no need to reorder / no need to order more
            # A remedy continued as planned: "i will carry on with the drops until the end of the month".
            continue/continuing/carry on with/keep taking _2 @pillword until/till the end of the month
        """,
        "idiom": """
            # Bad at cooking, not without hope: "she says I am hopeless in the kitchen".
            hopeless in the kitchen / hopeless at cooking / hopeless cook / hopeless with computers
            # A tongue burnt on a hot drink; a course at school, not of a remedy.
            burnt/burned my tongue / language course / language class / driving course / evening course
            # A form answered: "allergies: none".
            allergy none $
            # Tired from an outing or a move, not worn down: "mum is exhausted from visiting but happy".
            exhausted/tired/knackered/shattered from/after _2 @oneoff / worn out from/after _2 @oneoff
            # More gratitude than grief: "more joy than sadness these days".
            more @gratitude than _1 @sorrow
        """,
        "concern": """
            # Diarrhoea told plainly: "i go to toilet five times in a day", "my stomach makes problems".
            go/run to (the) toilet/bathroom _2 times / stomach/belly makes/gives/make problems
            # "i don't want to kill me or something": a negated wish, worth a look.
            not want to kill me / not want kill me / tired of everything
            # A reassurance is still a concern, never a crisis nor nothing: "i don't want to hurt myself".
            !not want to hurt/harm/kill myself / !not going to hurt/harm/kill myself / !not want to do anything to myself
        """,
        "crisis": """
            # The same, not negated: "i want to kill me".
            i want to kill me / i will kill me
        """,
    },
    "de": {
        "routine": """
            # Eine Entschuldigung fürs Tippen, kein Abschied: "sorry für die Tippfehler".
            sorry/Entschuldigung für die Tippfehler/Fehler/Rechtschreibung / entschuldigen Sie die Tippfehler/Fehler
            @burnt angebrannt / @burnt anbrennen lassen / angebrannt _2 @burnt / Plan für den/die/das/meinen/meine @planfor
            alle _2 @pillword aufgebraucht _5 @sendmore / @pillword sind alle _5 @sendmore
            Überdosis _1 @binge
            soll/sollte/muss/sollen/müssen _1 alle _2 @pillword _3 nach/vor/zum/mit/beim _2 @mealtime
            alle _2 @pillword _2 nach/vor/zum/mit/beim _2 @mealtime =nehmen/=einnehmen $
            @parentfig _3 Handy/Telefon/Smartphone _2 weggenommen/abgenommen/eingezogen _4 @punish / @parentfig _4 @punish _3 Handy/Telefon/Smartphone _2 weggenommen/abgenommen/eingezogen
            aus dem Krankenhaus abgeholt / vom Krankenhaus abgeholt / aus der Klinik abgeholt / im Krankenhaus abgeholt
            @pillword brauche ich _2 nicht mehr / brauche die/meine @pillword nicht mehr / brauche _2 keine @pillword mehr
            noch eine volle Flasche / noch eine volle Packung / muss nichts nachbestellen / brauche noch nichts nachbestellen
            @pillword _2 weiter bis Monatsende / @pillword _2 weiter bis zum Monatsende / weiter _3 @pillword bis Monatsende / weiter _3 @pillword bis zum Monatsende
        """,
        "idiom": """
            Allergie keine $ / Allergien keine $ / Zunge verbrannt / Sprachkurs / Deutschkurs / Abendkurs
            # "freu mich wie Bolle": delighted.
            wie Bolle
            müde/erschöpft/kaputt/fertig von/vom/nach _2 @oneoff
            mehr @gratitude als _1 @sorrow
        """,
        "concern": """
            !will mir nicht wehtun / !werde mir nicht wehtun / !will mich nicht umbringen / !werde mich nicht umbringen / !werde mir nichts antun
            Magen macht Probleme / Bauch macht Probleme / Magen macht Ärger / mal _3 aufs Klo / mal _3 auf die Toilette / am Tag aufs Klo / am Tag auf die Toilette / pro Tag aufs Klo
        """,
    },
    "fr": {
        "routine": """
            # Des excuses pour l'orthographe, pas un adieu: "pardon pour les fautes".
            pardon/désolé/désolée/excusez/excuse pour les fautes/coquilles / excusez les fautes/coquilles
            brûlé/cramé/brûle le/la/les/mon/ma/mes @burnt / fait cramer _2 @burnt / plan pour le/la/les/mon/ma/mes @planfor
            fini toutes les @pillword _5 @sendmore / fini tous les @pillword _5 @sendmore
            overdose de _1 @binge
            dois/doit/faut/devez/devrais prendre tous/toutes _2 @pillword _2 après/avant/pendant/au/avec _2 @mealtime
            @parentfig me a confisqué/pris/enlevé/retiré _2 portable/téléphone/tel/smartphone _4 @punish
            récupéré/récupérée/ramené/ramenée _2 à l'hôpital / récupéré/récupérée/ramené/ramenée _2 de l'hôpital
            ne ai plus besoin des/de mes @pillword / plus besoin des/de mes @pillword
            il me reste _2 flacon/boîte/tube plein/pleine / pas besoin de en recommander / pas besoin de en commander
            continuer _2 @pillword jusqu'à la fin du mois / continue _2 @pillword jusqu'à la fin du mois
        """,
        "idiom": """
            allergie aucune $ / allergies aucune $ / brûlé la langue / cours de langue / cours de français / cours du soir
            fatigué/fatiguée/épuisé/épuisée/crevé/crevée par/de/du/après _2 @oneoff / mort/morte de fatigue après _2 @oneoff
            plus de @gratitude que de _1 @sorrow
        """,
        "concern": """
            !veux pas me faire de/du mal / !vais pas me faire de/du mal / !veux pas me blesser / !vais pas me tuer
            estomac fait des problèmes / ventre fait des problèmes / vais aux toilettes _3 fois
        """,
    },
    "es": {
        "routine": """
            # Disculpas por la ortografía, no una despedida: "perdón por las faltas".
            perdón/perdona/perdone/disculpa/disculpe/disculpen por las faltas/erratas / disculpe/disculpa/perdone las faltas/erratas
            quemé/quemado/quemó el/la/los/las @burnt / se me quemó/quemaron el/la/los/las @burnt / plan para el/la/mi @planfor
            terminé/acabé/terminado/acabado todas las @pillword _5 @sendmore / terminé/acabé todos los @pillword _5 @sendmore
            sobredosis de _1 @binge
            tengo/tiene/hay/debo/debe que tomar todas/todos _2 @pillword _2 después/antes/con/durante _2 @mealtime / debo/debe tomar todas/todos _2 @pillword _2 después/antes/con/durante _2 @mealtime
            @parentfig me quitó/quitaron/confiscó/confiscaron _2 móvil/celular/teléfono _4 @punish / @parentfig me ha quitado/confiscado _2 móvil/celular/teléfono _4 @punish
            recogí/recogido/recogimos/recogieron _3 del hospital / traje/trajimos _3 del hospital
            ya no necesito las/mis @pillword / no necesito más las/mis @pillword
            me queda _2 frasco/caja lleno/llena / no hace falta pedir más
            seguir/continuar/sigo/continúo con _2 @pillword hasta (el) fin/final de mes
        """,
        "idiom": """
            alergia ninguna $ / alergias ninguna $ / quemé la lengua / curso de idiomas / curso de español / clase de idiomas
            # "todo sigue igual de bien": as well as before, not unchanged trouble.
            igual de bien
            # By oneself, not lonely: "me corté el flequillo yo sola".
            yo sola/solo/solita/solito $ / yo sola/solo/solita/solito y
            cansada/cansado/agotada/agotado/reventada/reventado de/del/por/después _2 @oneoff
            más @gratitude que _1 @sorrow
        """,
        "concern": """
            !no quiero hacerme daño / !no voy a hacerme daño / !no quiero matarme / !no voy a matarme
            estómago me da problemas / estómago hace problemas / voy al baño _3 veces
        """,
    },
    "it": {
        "routine": """
            # Scuse per la scrittura, non un addio: "scusi gli errori".
            scusi/scusa/scusate gli errori/refusi / scusi/scusa/scusate per gli errori / scusi/scusa/scusate per i refusi
            bruciato/bruciata il/la/le/lo/i @burnt / bruciato le foglie / piano per il/la/l/mio/mia @planfor
            finito tutte le @pillword _5 @sendmore / finito tutti i @pillword _5 @sendmore
            overdose di _1 @binge
            devo/deve/bisogna/dovrei prendere tutte/tutti _2 @pillword _2 dopo/prima/durante/con/ai/a _2 @mealtime
            @parentfig mi ha tolto/sequestrato/preso _2 telefono/cellulare/telefonino _4 @punish
            presa/preso/ripresa/ripreso/riportata/riportato _2 dall'ospedale
            non ho più bisogno delle/dei/di @pillword
            ho ancora un flacone pieno / ho ancora una confezione piena / non serve riordinare
            continuare/continuo _3 @pillword fino a fine mese / continuare/continuo _3 @pillword fino alla fine del mese
        """,
        "idiom": """
            allergia nessuna $ / allergie nessuna $ / bruciato la lingua / corso di lingua / corso di italiano / corso serale
            stanca/stanco/distrutta/distrutto/sfinita/sfinito da/dal/dalla/dai/dalle/dopo _2 @oneoff
            più @gratitude che _1 @sorrow
        """,
        "concern": """
            !non voglio farmi del male / !non mi faccio del male / !non voglio uccidermi / !non mi ammazzo
            stomaco fa problemi / pancia fa problemi / vado in bagno _3 volte
        """,
    },
    "nl": {
        "routine": """
            # Excuses voor het typen, geen afscheid: "sorry voor de tikfouten".
            sorry/excuus voor (de) tikfouten/typfouten/spelfouten
            laten aanbranden / aangebrand / plan voor de/het/mijn @planfor
            alle @pillword op _5 @sendmore / @pillword zijn op _5 @sendmore
            overdosis _1 @binge
            moet/moeten _2 alle _2 @pillword _3 na/voor/bij/tijdens/met _2 @mealtime
            @parentfig heeft/hebben mijn telefoon _2 afgepakt/ingenomen/afgenomen _4 @punish / @parentfig heeft/hebben _3 @punish mijn telefoon _2 afgepakt/ingenomen/afgenomen
            opgehaald uit/van het ziekenhuis / uit het ziekenhuis opgehaald
            @pillword heb ik _2 niet meer nodig / heb de/mijn @pillword niet meer nodig
            nog een volle fles / nog een volle doos / hoef niet na te bestellen
            doorgaan/door met _2 @pillword tot het einde van de maand / doorgaan/door met _2 @pillword tot eind van de maand
        """,
        "idiom": """
            allergie geen $ / allergieën geen $ / rij op de ambulance / rijd op de ambulance / ambulancechauffeur
            tong verbrand / taalcursus / cursus Nederlands / avondcursus
            # Dutch "uitslag" is a rash and a test's results: "wanneer komen de uitslagen?".
            =uitslagen / uitslag van _2 onderzoek/bloedonderzoek/test/scan/biopsie/bloed/echo/foto / op/voor de uitslag / de uitslag is goed/binnen/gunstig
            moe/uitgeput/kapot van/na _2 @oneoff
            meer @gratitude dan _1 @sorrow
        """,
        "concern": """
            !wil mezelf geen pijn doen / !ga mezelf geen pijn doen / !wil mezelf niet van kant maken / !wil mezelf niets aandoen
            maag doet moeilijk / maag geeft problemen / keer _3 naar de wc/toilet / naar de wc/toilet _3 keer
        """,
    },
    "pt": {
        "routine": """
            # Desculpas pela escrita, não uma despedida: "desculpe os erros".
            desculpe/desculpa/desculpem os/pelos erros
            queimei/queimou o/a/os/as @burnt / plano para o/a/meu/minha @planfor
            acabei/terminei todos os @pillword _5 @sendmore / acabei/terminei todas as @pillword _5 @sendmore / acabaram os @pillword _5 @sendmore
            overdose de _1 @binge
            tenho/tem/temos de/que tomar todos/todas _2 @pillword _2 depois/antes/com/durante/ao/às _2 @mealtime / devo/deve tomar todos/todas _2 @pillword _2 depois/antes/com/durante/ao/às _2 @mealtime
            @parentfig tirou/tiraram/confiscou/confiscaram _3 telemóvel/celular/telefone _4 @punish
            fui buscar _2 ao hospital / trouxe _2 do hospital
            já não preciso das/dos/de @pillword / não preciso mais das/dos/de @pillword
            ainda tenho um frasco cheio / ainda tenho uma caixa cheia / não é preciso encomendar
            continuar/continuo com _2 @pillword até o/ao fim do mês
        """,
        "idiom": """
            alergia nenhuma $ / alergias nenhuma $ / queimei a língua / curso de línguas / curso de português / curso noturno
            cansada/cansado/exausta/exausto/estafada/estafado de/da/do/das/dos/depois _2 @oneoff
            mais @gratitude do que _1 @sorrow / mais @gratitude que _1 @sorrow
        """,
        "concern": """
            !não quero me machucar / !não quero me magoar / !não vou me machucar / !não vou fazer mal a mim
            estômago faz problemas / barriga faz problemas / vou ao banheiro _3 vezes / vou à casa de banho _3 vezes
            estafada / estafado / ando estafada / ando estafado
        """,
    },
}

# Word classes for "@name", in the lexicon's CLASSES notation (language -> words).
CLASSES: dict[str, dict[str, str]] = {
    # What gets burnt in a kitchen or a garden (not a hand, an arm or the skin).
    "burnt": {
        "en": "toast dinner cake cakes rice pizza lasagne pancakes roast soup sauce milk bread cookies biscuits leaves potatoes onions",
        "de": "Toast Essen Kuchen Reis Pizza Lasagne Pfannkuchen Braten Suppe Soße Milch Brot Plätzchen Laub Kartoffeln",
        "fr": "toast dîner gâteau riz pizza lasagnes crêpes rôti soupe sauce lait pain biscuits feuilles pommes",
        "es": "tostada cena tarta pastel arroz pizza lasaña tortitas tortilla asado sopa salsa leche pan galletas hojas patatas",
        "it": "toast cena torta riso pizza lasagne frittelle arrosto zuppa sugo latte pane biscotti foglie patate",
        "nl": "toast avondeten taart rijst pizza lasagne pannenkoeken gebraad soep saus melk brood koekjes bladeren aardappels",
        "pt": "torrada jantar bolo arroz pizza lasanha panquecas assado sopa molho leite pão bolachas folhas batatas",
    },
    # What a plan is made for in everyday life.
    "planfor": {
        "en": "garden eating diet food meals holiday holidays trip move kitchen house wedding party budget training exercise shopping christmas spring summer",
        "de": "Garten Essen Ernährung Diät Urlaub Reise Umzug Küche Haus Hochzeit Feier Budget Training Einkauf Weihnachten Frühling Sommer",
        "fr": "jardin alimentation repas régime vacances voyage déménagement cuisine maison mariage fête budget entraînement courses noël printemps été",
        "es": "jardín huerto alimentación comida dieta vacaciones viaje mudanza cocina casa boda fiesta presupuesto entrenamiento compra navidad primavera verano",
        "it": "giardino orto alimentazione dieta pasti vacanze viaggio trasloco cucina casa matrimonio festa budget allenamento spesa natale primavera estate",
        "nl": "tuin eten voeding dieet vakantie reis verhuizing keuken huis bruiloft feest budget training boodschappen kerst lente zomer",
        "pt": "jardim horta alimentação comida dieta férias viagem mudança cozinha casa casamento festa orçamento treino compras natal primavera verão",
    },
    "pillword": {
        "en": "pills tablets capsules drops globules",
        "de": "Tabletten Pillen Kapseln Tropfen Globuli",
        "fr": "pilules comprimés gélules gouttes granules",
        "es": "pastillas comprimidos cápsulas gotas",
        "it": "pillole pastiglie compresse capsule gocce",
        "nl": "pillen tabletten capsules druppels",
        "pt": "comprimidos pílulas cápsulas gotas",
    },
    # A request for more: "send more", "a new prescription", "me la manda".
    "sendmore": {
        "en": "send more refill prescription order another",
        "de": "schicken nachschicken neue Rezept bestellen Nachschub",
        "fr": "envoyer renvoyer ordonnance commander autre autres",
        "es": "mandar enviar receta pedir más otra otro",
        "it": "manda mandi mandare inviare ricetta ordinare altre altri nuova",
        "nl": "sturen opsturen nieuwe recept bestellen",
        "pt": "mandar enviar receita encomendar mais outra outro",
    },
    # A meal a tablet is taken with: "alle Tabletten nach dem Essen".
    "mealtime": {
        "en": "meals meal food eating breakfast dinner lunch supper",
        "de": "Essen Mahlzeit Mahlzeiten Frühstück Mittagessen Abendessen",
        "fr": "repas manger petit-déjeuner déjeuner dîner",
        "es": "comer comidas comida desayuno cena almuerzo cenar",
        "it": "pasti pasto mangiare colazione pranzo cena",
        "nl": "eten maaltijd maaltijden ontbijt avondeten lunch",
        "pt": "refeições refeição comer pequeno-almoço almoço jantar",
    },
    # A parent (not a partner): a teenager's phone taken as a punishment.
    "parentfig": {
        "en": "mum mom mother dad father parents stepdad stepmum stepmom stepfather stepmother",
        "de": "Mutter Mama Vater Papa Eltern Stiefvater Stiefmutter",
        "fr": "mère maman père papa parents beau-père belle-mère",
        "es": "madre mamá padre papá padres padrastro madrastra",
        "it": "madre mamma padre papà genitori patrigno matrigna",
        "nl": "moeder mama vader papa ouders stiefvader stiefmoeder",
        "pt": "mãe pai pais padrasto madrasta",
    },
    "punish": {
        "en": "punish punishment punished grounded grades",
        "de": "Strafe bestrafen bestraft Noten Zeugnis",
        "fr": "punir punition punie puni notes",
        "es": "castigarme castigo castigada castigado notas",
        "it": "punirmi punizione punita punito voti",
        "nl": "straf straffen gestraft cijfers",
        "pt": "castigo castigar castigada castigado notas",
    },
    # Who texts: "my ex keeps hitting me up".
    "texter": {
        "en": "ex husband wife partner boyfriend girlfriend he she dad father mum mother brother sister friend friends mate boss everyone people guy guys someone",
    },
    # An outing, a trip or a move one is tired from.
    "oneoff": {
        "en": "visiting visits visit trip journey travel travelling traveling move moving wedding party drive flight hike walk gardening holiday christmas",
        "de": "Besuch Besuchen Reise Fahrt Umzug Hochzeit Feier Party Flug Wanderung Gartenarbeit Urlaub Weihnachten",
        "fr": "visites visite voyage trajet déménagement mariage fête vol randonnée jardinage vacances noël",
        "es": "visitas visita viaje mudanza boda fiesta vuelo caminata excursión vacaciones navidad",
        "it": "visite visita viaggio trasloco matrimonio festa volo camminata escursione vacanze natale",
        "nl": "bezoek bezoekjes reis rit verhuizing bruiloft feest vlucht wandeling vakantie kerst",
        "pt": "visitas visita viagem mudança casamento festa voo caminhada férias natal",
    },
    "gratitude": {
        "en": "gratitude joy peace love calm thankfulness",
        "de": "Dankbarkeit Freude Frieden Liebe Ruhe",
        "fr": "gratitude joie paix amour sérénité reconnaissance",
        "es": "gratitud alegría paz amor serenidad",
        "it": "gratitudine gioia pace amore serenità",
        "nl": "dankbaarheid vreugde rust liefde",
        "pt": "gratidão alegria paz amor serenidade",
    },
    "sorrow": {
        "en": "pain grief sadness sorrow",
        "de": "Schmerz Trauer Traurigkeit",
        "fr": "douleur tristesse chagrin peine",
        "es": "dolor tristeza pena",
        "it": "dolore tristezza",
        "nl": "pijn verdriet",
        "pt": "dor tristeza",
    },
    "orderinfo": {
        "en": "renewal address invoice payment card delivery",
        "de": "Verlängerung Adresse Rechnung Zahlung Karte Lieferung",
        "fr": "renouvellement adresse facture paiement carte livraison",
        "es": "renovación dirección factura pago tarjeta envío",
        "it": "rinnovo indirizzo fattura pagamento bancomat consegna",
        "nl": "verlenging adres factuur betaling pinpas bankpas levering",  # not "pas": French "not"
        "pt": "renovação morada endereço fatura pagamento cartão entrega",
    },
    "binge": {
        "en": "netflix tv telly episodes series films movies shows programmes documentaries podcasts",
        "de": "Netflix Serien Fernsehen Folgen Filme",
        "fr": "netflix séries télé épisodes films",
        "es": "netflix series tele capítulos películas pelis",
        "it": "netflix serie tv puntate episodi film",
        "nl": "netflix series tv afleveringen films",
        "pt": "netflix séries novelas tv episódios filmes",
    },
}

# (class of the trouble word, class of the sentence's other words): lexicon.LOOKALIKE_CONTEXT.
# A refill answered ("oui pour le renouvellement, même adresse, même carte") is no affairs put
# in order: Italian "carte" (papers) is French for a bank card.
LOOKALIKES: tuple[tuple[str, str], ...] = (("testament", "orderinfo"),)

# Resolutions of a concern that the lexicon's POST_NEGATION lacked (not of a crisis: "je veux pu
# vivre pantoute" stays one), in its folded notation: the feminine plural
# of "passé" ("les nausées sont passées"), a rash that "n'a pas reparu", Québec's "pantoute"
# (not at all: "pu mal au dos pantoute"), blood pressure "im grünen Bereich"; spots that have
# faded in French ("les rougeurs se sont effacées") and the Italian plural of "scomparso" ("le
# macchie sono scomparse").
RESOLVED = (
    "passees / sont passees / pas reparu / pas reparues / pas reparus / pas reapparu"
    " / pas reapparues / pantoute / im grunen bereich / wieder im grunen bereich"
    " / se sont effacees / s est effacee / s est efface / se sont effaces / effacees / effacee"
    " / scomparsi / scomparse / sono scomparsi / sono scomparse"
    # German typed without umlauts: "der Schwindel hat aufgehoert".
    " / aufgehoert / hat aufgehoert / haben aufgehoert / abgeklungen / vorueber"
)


# ---------------------------------------------------------------- pills kept for the month's end

# "i save the rest of the pills for the end of the month": the last tablets kept until the
# refill, a plan of supply. Saving pills CAN be an overdose plan, so this holds only where the
# reply has no dark word at all ("enough", "all at once", "die", "wake", an end that is not the
# month's): "saving the rest for the end of the month, then i take them all at once" stays a
# crisis. Read by `kept_for_month_end`, called from others.lowered.


def _slashed(phrases: str) -> list[str]:
    return phrases.split("/")


_SAVE = word_set(
    "save saves saved saving keep keeps keeping kept spare sparing stash"
    " spare spar gespart hebe aufheben aufgehoben behalte behalten"
    " garde gardé garder économise économisé"
    " guardo guardando guardado guardar ahorro ahorrando"
    " tengo conservo conservato risparmio"
    " bewaar bewaard spaar gespaard"
    " guardo guardando guardei poupo poupando"
)
_MONTH_END = frozenset(
    tuple(fold(phrase).split())
    for phrase in _slashed(
        "end of the month / end of month / month end / payday / monatsende / ende des monats"
        " / zahltag / fin du mois / fin de mois / jour de paie / fin de mes / final de mes"
        " / dia de pago / fine del mese / fine mese / giorno di paga / einde van de maand"
        " / eind van de maand / eind van de maand / betaaldag / fim do mes / final do mes"
        " / dia de pagamento"
    )
)
_DARK = word_set(
    "enough once overdose die dying dead wake goodbye forever kill suicide over end lethal"
    " genug einmal Überdosis sterben tot aufwachen Ende Schluss tödlich"
    " assez suffisamment coup mourir mort réveiller fin finir mortel"
    " suficiente suficientes bastantes vez sobredosis morir muerte despertar fin acabar"
    " abbastanza sufficienti volta morire morte svegliarmi fine finirla letale"
    " genoeg keer overdosis doodgaan dood wakker einde dodelijk"
    " vez morrer morte acordar fim acabar letal"
)


def kept_for_month_end(text: list[str], start: int, end: int) -> bool:
    """Whether the trouble at text[start:end] is pills saved for the end of the month (or
    payday), in a reply with no dark word outside that phrase (see above)."""
    if not any(word in _SAVE for word in text[start:end]):
        return False
    phrase: set[int] = set()
    for pos in range(len(text)):
        for n in (1, 2, 3, 4, 5):
            if tuple(text[pos : pos + n]) in _MONTH_END:
                phrase.update(range(pos, pos + n))
    if not phrase:
        return False
    return not any(word in _DARK for pos, word in enumerate(text) if pos not in phrase)
