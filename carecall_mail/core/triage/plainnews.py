# ruff: noqa: E501  (data: one line of expressions reads better whole, as in lexicon.py)
"""Everyday news that only looks like trouble, and trouble told in plain words (issue 8).

Longer replies answer a reminder first and tell their news in passing: a dinner or the
garden's leaves burnt, a plan for the garden, the pills finished and more asked for, a
weekend's "overdose" of series, a form filled in ("Allergien: keine"), a rash that has not
come back. A net that rings on these is soon ignored. Trouble told plainly is read too: the
stomach that "makes problems", going to the toilet five times a day, "i don't want to kill
me or something" (a negated crisis: worth a look). They are written in the lexicon's
notation (see `lexicon.py`) and merged into it there.

`routine` (see remedies.py) claims its words, and lets the second reader raise such a reply
only where the rest of it, read without them, is not plainly nothing: a model that has seen
"quemé" in self-harm reads "quemé la cena otra vez" as a crisis. Each family is tested in
every language in tests/test_triage_plainnews.py, with phrasings of its own and near
misses that stay raised ("i burned my arm", "i finished all the pills at once").
"""

from __future__ import annotations

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "routine": """
            # Food or garden waste burnt: "burned the toast again", "burnt the leaves".
            burn/burned/burnt the/my/our @burnt
            # A plan for everyday life: "a plan for the garden", "a plan for my eating".
            plan for the/my/our/this @planfor
            # The pills finished and more asked for: "finished all the pills, can you send more".
            finished/used all _2 @pillword _5 @sendmore / ran out of _2 @pillword _5 @sendmore
            # An "overdose" of series or films.
            overdose/overdosed of/on _1 @binge
        """,
        "idiom": """
            # Bad at cooking, not without hope: "she says I am hopeless in the kitchen".
            hopeless in the kitchen / hopeless at cooking / hopeless cook / hopeless with computers
            # A tongue burnt on a hot drink; a course at school, not of a remedy.
            burnt/burned my tongue / language course / language class / driving course / evening course
            # A form answered: "allergies: none".
            allergy none $
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
            @burnt angebrannt / @burnt anbrennen lassen / angebrannt _2 @burnt / Plan für den/die/das/meinen/meine @planfor
            alle _2 @pillword aufgebraucht _5 @sendmore / @pillword sind alle _5 @sendmore
            Überdosis _1 @binge
        """,
        "idiom": """
            Allergie keine $ / Allergien keine $ / Zunge verbrannt / Sprachkurs / Deutschkurs / Abendkurs
        """,
        "concern": """
            !will mir nicht wehtun / !werde mir nicht wehtun / !will mich nicht umbringen / !werde mich nicht umbringen / !werde mir nichts antun
            Magen macht Probleme / Bauch macht Probleme / Magen macht Ärger / mal _3 aufs Klo / mal _3 auf die Toilette / am Tag aufs Klo / am Tag auf die Toilette / pro Tag aufs Klo
        """,
    },
    "fr": {
        "routine": """
            brûlé/cramé/brûle le/la/les/mon/ma/mes @burnt / fait cramer _2 @burnt / plan pour le/la/les/mon/ma/mes @planfor
            fini toutes les @pillword _5 @sendmore / fini tous les @pillword _5 @sendmore
            overdose de _1 @binge
        """,
        "idiom": """
            allergie aucune $ / allergies aucune $ / brûlé la langue / cours de langue / cours de français / cours du soir
        """,
        "concern": """
            !veux pas me faire de/du mal / !vais pas me faire de/du mal / !veux pas me blesser / !vais pas me tuer
            estomac fait des problèmes / ventre fait des problèmes / vais aux toilettes _3 fois
        """,
    },
    "es": {
        "routine": """
            quemé/quemado/quemó el/la/los/las @burnt / se me quemó/quemaron el/la/los/las @burnt / plan para el/la/mi @planfor
            terminé/acabé/terminado/acabado todas las @pillword _5 @sendmore / terminé/acabé todos los @pillword _5 @sendmore
            sobredosis de _1 @binge
        """,
        "idiom": """
            alergia ninguna $ / alergias ninguna $ / quemé la lengua / curso de idiomas / curso de español / clase de idiomas
        """,
        "concern": """
            !no quiero hacerme daño / !no voy a hacerme daño / !no quiero matarme / !no voy a matarme
            estómago me da problemas / estómago hace problemas / voy al baño _3 veces
        """,
    },
    "it": {
        "routine": """
            bruciato/bruciata il/la/le/lo/i @burnt / bruciato le foglie / piano per il/la/l/mio/mia @planfor
            finito tutte le @pillword _5 @sendmore / finito tutti i @pillword _5 @sendmore
            overdose di _1 @binge
        """,
        "idiom": """
            allergia nessuna $ / allergie nessuna $ / bruciato la lingua / corso di lingua / corso di italiano / corso serale
        """,
        "concern": """
            !non voglio farmi del male / !non mi faccio del male / !non voglio uccidermi / !non mi ammazzo
            stomaco fa problemi / pancia fa problemi / vado in bagno _3 volte
        """,
    },
    "nl": {
        "routine": """
            laten aanbranden / aangebrand / plan voor de/het/mijn @planfor
            alle @pillword op _5 @sendmore / @pillword zijn op _5 @sendmore
            overdosis _1 @binge
        """,
        "idiom": """
            allergie geen $ / allergieën geen $ / rij op de ambulance / rijd op de ambulance / ambulancechauffeur
            tong verbrand / taalcursus / cursus Nederlands / avondcursus
        """,
        "concern": """
            !wil mezelf geen pijn doen / !ga mezelf geen pijn doen / !wil mezelf niet van kant maken / !wil mezelf niets aandoen
            maag doet moeilijk / maag geeft problemen / keer _3 naar de wc/toilet / naar de wc/toilet _3 keer
        """,
    },
    "pt": {
        "routine": """
            queimei/queimou o/a/os/as @burnt / plano para o/a/meu/minha @planfor
            acabei/terminei todos os @pillword _5 @sendmore / acabei/terminei todas as @pillword _5 @sendmore / acabaram os @pillword _5 @sendmore
            overdose de _1 @binge
        """,
        "idiom": """
            alergia nenhuma $ / alergias nenhuma $ / queimei a língua / curso de línguas / curso de português / curso noturno
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
    "orderinfo": {
        "en": "renewal address invoice payment card delivery",
        "de": "Verlängerung Adresse Rechnung Zahlung Karte Lieferung",
        "fr": "renouvellement adresse facture paiement carte livraison",
        "es": "renovación dirección factura pago tarjeta envío",
        "it": "rinnovo indirizzo fattura pagamento bancomat consegna",
        "nl": "verlenging adres factuur betaling pas levering",
        "pt": "renovação morada endereço fatura pagamento cartão entrega",
    },
    "binge": {
        "en": "netflix tv telly episodes series films movies",
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
)
