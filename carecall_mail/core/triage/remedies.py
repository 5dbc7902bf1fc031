# ruff: noqa: E501  (data: one line of expressions reads better whole, as in lexicon.py)
"""Remedy talk that is not an alarm: the lexicon's families for what clients of a naturopath,
homeopath or GP write every day (issue 8).

Doses and timing asked about, tablets cut in half or crushed into yoghurt, a reaction that is
over, a kitchen "overdose" of chocolate, the sister who had the baby, nights slept through.
Words of an alarm sit in many of these ("cutting", "overdose", "not waking up"), and a net
that rings on them is soon ignored. They are written in the lexicon's notation (see
`lexicon.py`) and merged into it there, so they are read with the same inflections, negation
and claims:

- `idiom`: words that look like trouble and are not; they claim their words first.
- `routine`: remedy logistics, routine news, and lookalikes whose words the second reader
  learned from crises (an "overdose" of garlic). Like an idiom, it claims its words; besides,
  the level logic (assess.py) lets the second reader raise such a reply only where the
  lexicon itself read trouble in it: a model that has seen "cutting" near "tablets" in
  self-harm replies reads "cutting the tablets in half" as a crisis (97 %).
- `concern` and `crisis`: remedy trouble the lexicon did not read yet (a remedy not taken
  up again after a holiday; a child who drank a whole bottle of drops).

What stays raised, by design: the same remedy talk with a symptom ("split the tablets and
now I'm dizzy" is read for "dizzy"), a dose doubled that made them sick, drops run out and
the headaches back, lips swelling after a tincture. Each family is tested in every language
in tests/test_triage_remedies.py, with phrasings of its own, not the labelled sets' lines.
"""

from __future__ import annotations

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "idiom": """
            # The weather "killing me": heat, not harm.
            @weather _2 is/are/was killing me / @weather _2 will be the death of me
            # A dose lowered with the practitioner, and since then well: the change is history.
            since _2 lowered/lower/reduced _1 dose / since going down to the lower dose / on the lower dose
            since _2 went down to the lower dose / lowered _2 dose as you suggested/said/advised
        """,
        "routine": """
            # Interactions asked about: one remedy together with another.
            @remedytalk _2 together with / together with _2 @remedytalk / @remedytalk _2 at the same time as / at the same time as _2 @remedytalk
            # A kitchen "overdose": of a food, not of a remedy.
            overdose/overdosed of/on (the) @treat / @treat overdose / overdosing on (the) @treat
            # Tablets cut, split or crushed: how a remedy is taken, not a blade.
            cut/cutting/split/splitting/break/breaking/halve/halving _2 tablet/tablets/pill/pills/capsule in half/two
            cut/cutting/split/splitting/break/breaking _2 tablet/tablets/pill/pills into halves/quarters
            pill/tablet cutter/splitter / crush/crushing/crushed the/his/her/my/a/each/every tablet/tablets/pill/pills
            # Dose and timing questions.
            how many pillules/globules/granules/pilules/pellets / how many drops for/can/should/do/does/per
            in the morning or (in the) evening / in the morning or at night / morning or evening
            # Nights slept through: "not waking up" at 3 am is sleep, not a wish.
            not wake/waking up at @night / no more waking (up) at @night / no more waking (up) in the middle of the night / not wake/waking up in the middle of the night
            not wake/waking up during the night / no longer wake/waking up at @night / no longer wake/waking up in the night
            # Others' good news: a birth, an operation that went well.
            had the/her/their baby / gave birth / op/operation/surgery _4 went well/fine/smoothly
            # A hospital named as where the pharmacy is: logistics ("send it to the pharmacy by the hospital").
            =pharmacy/chemist/chemists =by/near/at/in/opposite/beside/next/of _3 =hospital / =hospital =pharmacy
        """,
        "concern": """
            # A remedy not taken up again: it stopped.
            not started _2 again / never started _2 again / did not start _2 again / not gone back on
            # A child unwell while on the remedy, in a parent's words.
            had a temperature / has had a temperature / running a temperature / upset tummy / tummy upset / poorly tummy / tummy bug
        """,
        "crisis": """
            # A whole container of a remedy drunk or eaten, by a child or anyone.
            drank/ate/swallowed _2 whole/entire tub/jar/tube / drank/ate/swallowed _2 entire bottle/box
        """,
    },
    "de": {
        "idiom": """
            seit wir die Dosis reduziert/verringert/gesenkt
            seit der niedrigeren Dosis / mit der niedrigeren Dosis
        """,
        "routine": """
            @remedytalk _2 zusammen mit / zusammen mit _2 @remedytalk / @remedytalk _2 gleichzeitig mit / gleichzeitig mit _2 @remedytalk
            Überdosis @treat / @treat Überdosis
            Tablettenteiler / Tabletten/Tablette _3 teilen/teile/halbiere/halbieren/zerdrücke/zerdrücken/zerkleinere
            halbiere/teile/zerdrücke/zerkleinere _3 Tablette/Tabletten/Pille/Pillen
            wie viele/viel Globuli/Tropfen/Kügelchen / wieviele/wieviel Globuli/Tropfen/Kügelchen
            morgens oder abends / früh oder abends / am Morgen oder am Abend
            wache _3 nicht mehr um / nicht mehr um @night _2 wach / nachts nicht mehr wach / wache nachts nicht mehr auf
            Baby bekommen / Kind bekommen / entbunden / OP/Operation _4 gut verlaufen/gegangen/überstanden
            # Das Krankenhaus als Ort der Apotheke: "an die Apotheke beim Krankenhaus".
            =Apotheke =beim/am/im/neben/gegenüber/vom _3 =Krankenhaus/Klinik/Spital/Klinikum / =Krankenhausapotheke
        """,
        "concern": """
            nicht mehr angefangen / nicht wieder angefangen / nicht wieder aufgenommen
        """,
        "crisis": """
            ganze Flasche/Dose/Packung/Tube _2 getrunken/gegessen/geschluckt/ausgetrunken/leergetrunken/genommen
            ganzes Fläschchen/Glas/Döschen _2 getrunken/gegessen/geschluckt/ausgetrunken/leergetrunken/genommen
        """,
    },
    "fr": {
        "idiom": """
            @weather _2 va me tuer / @weather _2 me tue / @weather _2 me tuera
            depuis qu'on a baissé/réduit/diminué la dose / depuis la dose plus faible
            depuis que j'ai baissé la dose comme vous
        """,
        "routine": """
            @remedytalk _2 en même temps que / en même temps que _2 @remedytalk / @remedytalk _2 en même temps / en même temps _2 @remedytalk
            overdose/surdose de @treat
            coupe-comprimés / coupe-comprimé / coupe/couper/casse/casser/coupé/cassé _3 comprimés/comprimé/cachets/cachet/pilule/pilules en deux/quatre
            écrase/écraser/écrasé _3 comprimé/comprimés/cachet/cachets/pilule
            combien de granules/gouttes/globules / je donne combien de / je lui donne combien de
            le matin ou le soir / matin ou soir
            ne me réveille plus à/la / ne me réveille plus en pleine nuit / me réveille plus la nuit / me réveille plus à
            a accouché / accouché de / opération/intervention _4 s'est (très) bien passée
            # L'hôpital comme adresse de la pharmacie: "à la pharmacie en face de l'hôpital".
            =pharmacie =de/en/près/pres/à/a _4 =hôpital/hopital/clinique
        """,
        "concern": """
            pas repris / jamais repris / pas recommencé / pas reprise / pas repris les / pas recommencé les
        """,
        "crisis": """
            bu/mangé/avalé/pris _2 flacon/tube/pot/boîte/bouteille entier/entière / bu/mangé/avalé/pris tout le flacon/tube/pot
            bu/mangé/avalé/pris toute la boîte/bouteille
        """,
    },
    "es": {
        "idiom": """
            desde que bajamos/bajé/redujimos/reduje la dosis / con la dosis más baja
        """,
        "routine": """
            @remedytalk _2 junto con / junto con _2 @remedytalk / @remedytalk _2 al mismo tiempo que / al mismo tiempo que _2 @remedytalk
            sobredosis/overdose de @treat
            cortapastillas / parto/partir/corto/cortar/divido/dividir _3 pastillas/pastilla/comprimidos/comprimido por/en (la) mitad/dos
            machaco/machacar/triturar/trituro _3 pastilla/pastillas/comprimido/comprimidos
            cuántos glóbulos / cuántas gotas / cuantos globulos / cuantas gotas / cuántos gránulos
            por la mañana o por la noche / mañana o noche / por la mañana o por la tarde
            ya no me despierto a/por/de / no me despierto a las / no me despierto de madrugada
            dio a luz / dar a luz / tuvo el bebé / tuvo a su bebé / operación _4 salió/fue bien / operación _4 ha ido bien
            # El hospital como señas de la farmacia: "a la farmacia de al lado del hospital".
            =farmacia =de/del/junto/cerca/frente/en _4 =hospital/clínica/clinica
        """,
        "concern": """
            no las he vuelto a tomar / no los he vuelto a tomar / no volví a tomar / no he vuelto a empezar
            # Run out and not bought again: a remedy stopped.
            se me =acabaron/acabó/terminaron/terminó (las/los/el/la) pastillas/pastilla/gotas/comprimidos/cápsulas/glóbulos/remedio/medicación/tratamiento
            # Not taken for a while: "hace una semana q no tomo las pastillas".
            hace _3 que/q no tomo / hace _3 que/q no me tomo / llevo _3 sin tomar / se me =acabaron y no
        """,
        "crisis": """
            tomó/tomé/tomado/bebió/bebí/bebido/comió/comí/comido/tragó/tragué/tragado _2 bote/frasco/tarro/caja/botella entero/entera
            tomó/tomé/bebió/bebí/comió/comí/tragó/tragué todo el bote/frasco/tarro / tomó/tomé/bebió/bebí/comió/comí/tragó/tragué toda la caja/botella
        """,
    },
    "it": {
        "idiom": """
            morire/muoio/morivo/moriva/morendo dalla voglia
            da quando abbiamo ridotto/abbassato la dose / con la dose più bassa
        """,
        "routine": """
            @remedytalk _2 insieme a/al/alla/ai/alle/agli/con / insieme a/al/alla/ai/alle/agli/con _2 @remedytalk / @remedytalk _2 contemporaneamente a/al/alla / contemporaneamente a/al/alla _2 @remedytalk
            overdose di @treat
            tagliapillole / tagliapastiglie / tagliacompresse / divido/dividere/spezzo/spezzare/taglio/tagliare _3 compresse/compressa/pastiglia/pastiglie/pillola/pillole a/in metà/due
            schiaccio/schiacciare/trito/tritare _3 compressa/compresse/pastiglia/pastiglie/pillola
            quanti globuli / quanti granuli / quante gocce / quante palline
            la mattina o la sera / mattina o sera / al mattino o alla sera
            non mi sveglio più di notte / non mi sveglio più alle / non mi sveglio più nel cuore della notte
            ha partorito / ha avuto il bambino / ha avuto la bambina / operazione/intervento _4 è andata/andato bene
            # L'ospedale come indirizzo della farmacia: "alla farmacia vicino all'ospedale".
            =farmacia =della/dello/del/vicino/accanto/davanti/di/in _4 =ospedale/clinica
        """,
        "concern": """
            non le ho più riprese / non li ho più ripresi / non ho più ripreso / non ho ripreso
            sono finite/finiti (le/i) pastiglie/compresse/gocce/capsule/globuli / mi sono finite/finiti (le/i) pastiglie/compresse/gocce/capsule/globuli
            rimasta/rimasto senza pastiglie/compresse/gocce/capsule/globuli
        """,
        "crisis": """
            bevuto/mangiato/ingoiato/preso _2 flacone/boccetta/barattolo/scatola/bottiglia intero/intera
            bevuto/mangiato/ingoiato/preso tutto il flacone/barattolo / bevuto/mangiato/ingoiato/preso tutta la boccetta/scatola/bottiglia
        """,
    },
    "nl": {
        "idiom": """
            sinds we de dosis verlaagd / sinds de lagere dosis / met de lagere dosis
            sterf/sterven/stierf van nieuwsgierigheid
        """,
        "routine": """
            @remedytalk _2 samen met / samen met _2 @remedytalk / @remedytalk _2 tegelijk met / tegelijk met _2 @remedytalk / @remedytalk _2 tegelijkertijd met / tegelijkertijd met _2 @remedytalk
            overdosis @treat / @treat overdosis
            pillensnijder / tablettensplitter / tablettendeler / breek/breken/snijd/snijden/deel/delen _3 tabletten/tablet/pillen/pil (in) doormidden/tweeën
            verpulver/verpulveren/vermaal/vermalen/plet/pletten _3 tablet/tabletten/pil/pillen
            hoeveel bolletjes / hoeveel korrels / hoeveel druppels / hoeveel globuli
            s ochtends of s avonds / ochtends of avonds / s morgens of s avonds / s ochtends of s middags
            niet meer wakker om / niet meer wakker midden in de nacht / s nachts niet meer wakker
            bevallen van / baby gekregen / kindje gekregen / operatie _4 is goed gegaan/verlopen / operatie _4 ging goed
            # Het ziekenhuis als adres van de apotheek: "naar de apotheek bij het ziekenhuis".
            =apotheek =bij/naast/in/tegenover/van _2 =ziekenhuis/kliniek / =ziekenhuisapotheek
        """,
        "concern": """
            niet meer aan begonnen / niet opnieuw begonnen / niet meer mee begonnen
        """,
        "crisis": """
            hele fles/pot/tube/doos _2 opgedronken/opgegeten/leeggedronken/leeggegeten/ingenomen
            heel flesje/potje/doosje _2 opgedronken/opgegeten/leeggedronken/leeggegeten/ingenomen
        """,
    },
    "pt": {
        "idiom": """
            desde que baixámos/baixamos/reduzimos a dose / com a dose mais baixa
        """,
        "routine": """
            @remedytalk _2 junto com / junto com _2 @remedytalk / @remedytalk _2 juntamente com / juntamente com _2 @remedytalk / @remedytalk _2 ao mesmo tempo que / ao mesmo tempo que _2 @remedytalk
            overdose de @treat
            cortador de comprimidos / parto/partir/corto/cortar/divido/dividir _3 comprimidos/comprimido/pílula/pílulas ao/a/em meio/metade/dois/duas
            esmago/esmagar/trituro/triturar _3 comprimido/comprimidos/pílula
            quantos glóbulos / quantas gotas / quantos grânulos
            de manhã ou à noite / manhã ou noite / de manhã ou ao fim do dia
            já não acordo às / já não acordo a meio da noite / não acordo mais às / não acordo de madrugada
            teve o bebé / teve o bebê / deu à luz / operação/cirurgia _4 correu/foi bem
            # O hospital como endereço da farmácia: "para a farmácia ao lado do hospital".
            =farmácia/farmacia =do/ao/perto/em/no/junto/de _4 =hospital/clínica/clinica
        """,
        "concern": """
            não voltei a tomar / nunca mais voltei a tomar / não recomecei
            =acabaram-se/acabou-se/acabaram/acabou (os/as/o/a) comprimidos/gotas/cápsulas/glóbulos/remédio/remédios/medicação
            (os/as) comprimidos/gotas/cápsulas/glóbulos/remédios =acabaram / fiquei sem (os/as/o/a) comprimidos/gotas/cápsulas/remédio/remédios
            há _3 que não tomo / ando _3 sem tomar / estou _3 sem tomar
        """,
        "crisis": """
            bebeu/comeu/engoliu/tomou/bebi/comi/engoli/tomei _2 frasco/boião/pote/caixa/garrafa inteiro/inteira
            bebeu/comeu/engoliu/tomou/bebi/comi/engoli/tomei o frasco/boião/pote todo / bebeu/comeu/engoliu/tomou/bebi/comi/engoli/tomei a caixa/garrafa toda
        """,
    },
}

# Word classes for "@name", in the lexicon's CLASSES notation (language -> words).
CLASSES: dict[str, dict[str, str]] = {
    # Foods a client "overdoses" on at a feast. Not drinks (pills with alcohol are a crisis),
    # not sweets or gummies (a toddler and a tub of melatonin gummies is one too).
    "treat": {
        "en": "chocolate chocolates cheese garlic cake cakes cookies biscuits pizza pasta mince pies crisps turkey pancakes",
        "de": "Schokolade Lebkuchen Plätzchen Knoblauch Käse Kuchen Pizza Nudeln Stollen",
        "fr": "chocolat fromage ail galette crêpes gâteau gâteaux pizza pâtes foie gras bûche",
        "es": "chocolate turrón ajo queso churros pastel tarta pizza polvorones roscón",
        "it": "cioccolato cioccolata panettone pandoro aglio formaggio pizza pasta dolci torta colomba",
        "nl": "chocola chocolade pepernoten oliebollen kerstkransjes kaas knoflook taart pizza",
        "pt": "chocolate brigadeiro brigadeiros bacalhau alho queijo bolo bolos pizza rabanadas pastéis nata natas",
    },
    "weather": {
        "en": "heat humidity weather sun sunshine heatwave wind cold damp",
        "fr": "chaleur canicule soleil froid temps humidité vent",
    },
    "food": {
        "en": "yoghurt yogurt jam honey applesauce puree food porridge",
        "de": "Joghurt Apfelmus Brei Honig",
        "fr": "compote yaourt purée miel confiture",
        "es": "yogur compota puré miel",
        "it": "yogurt omogeneizzato purea miele",
        "nl": "vla yoghurt appelmoes pap honing",
        "pt": "iogurte papa puré mel compota",
    },
    "night": {
        "en": "3am 4am 2am 5am 3 4 2 5 three four two five",
        "de": "drei vier zwei fünf 3 4 2 5",
        "fr": "",
        "es": "",
        "it": "",
        "nl": "",
        "pt": "",
    },
    # Dutch "uitslag" is a rash and a test result: with a test it is the result.
    "uitslag": {"nl": "uitslag uitslagen"},
    "labtest": {
        "nl": "bloedonderzoek bloedtest bloedprik onderzoek test lab laboratorium examen labo scan echo",
    },
}

# What names a remedy: in its talk the second reader needs more to call a crisis alone
# (assess.REMEDY_CRISIS_AT). Not insulin: stopping or injecting it all is a crisis's word.
CLASSES["remedytalk"] = {
    # As written ("="): "drops" is no form of "dropped" (a face that dropped is a stroke).
    "en": "=pill =pills =tablet =tablets =drops =globules =pillules =pilules =granules =capsules"
    " =capsule =dose =doses =remedy =remedies =tincture =medication =meds =melatonin =valerian",
    "de": "=tablette =tabletten =pille =pillen =tropfen =globuli =kugelchen =kapsel =kapseln =dosis"
    " =medikament =medikamente =tinktur =melatonin =baldrian",
    "fr": "=comprime =comprimes =cachet =cachets =pilule =pilules =gouttes =granules =globules"
    " =gelules =gelule =dose =doses =remede =remedes =medicament =medicaments =melatonine",
    "es": "=pastilla =pastillas =comprimido =comprimidos =gotas =globulos =granulos =capsulas"
    " =capsula =dosis =remedio =remedios =medicamento =medicamentos =melatonina =valeriana",
    "it": "=pastiglia =pastiglie =compressa =compresse =pillola =pillole =gocce =globuli =granuli"
    " =capsule =capsula =dose =dosi =rimedio =rimedi =farmaco =farmaci =melatonina =valeriana",
    "nl": "=tablet =tabletten =pil =pillen =druppels =bolletjes =korrels =globuli =capsules =capsule"
    " =dosis =medicijn =medicijnen =tinctuur =melatonine =valeriaan",
    "pt": "=comprimido =comprimidos =pilula =pilulas =gotas =globulos =granulos =capsulas =capsula"
    " =dose =doses =remedio =remedios =medicacao =medicamento =medicamentos =melatonina =valeriana",
}

# (class of the trouble word, class of the sentence's other words): lexicon.LOOKALIKE_CONTEXT.
LOOKALIKES: tuple[tuple[str, str], ...] = (("uitslag", "labtest"),)

# A reaction that is over, closing its sentence past the commas ("the headache of the first
# days, long gone"; "les nausées du début, c'est de l'histoire ancienne"): added to
# lexicon.SENTENCE_RESOLVED. Not "then nothing": "two periods in three weeks and then
# nothing" is the trouble itself.
SENTENCE_RESOLVED = (
    "long gone / that is long gone / lange vorbei / de l histoire ancienne / histoire ancienne"
    " / ya paso / ya paso del todo / ya ni se nota / ya ni se notan / acqua passata / allang over"
)
# Resolutions strong enough to reach past a time ("las náuseas de los primeros días ya ni se
# notan"): added to lexicon.POST_NEGATION and lexicon.RESOLVED.
RESOLVED = (
    "long gone / ya ni se nota / ya ni se notan / ni se nota / ni se notan / ya paso del todo"
    " / allang over / allang weg / lange vorbei / histoire ancienne / acqua passata / ja la vai"
    # Over an intensifier: "ist komplett weg" (the bare "weg" is also "away").
    " / ist komplett weg / ist ganz weg / sind komplett weg / sind ganz weg / is helemaal weg"
    " / zijn helemaal weg / completely gone / totally gone"
    # An allergy that did not show up this year (at most four words: a trigger's length).
    " / non si e fatta / non si e fatto / non si e vista / non si e visto / not shown up"
    " / has not shown up / did not show up / nicht blicken lassen / no ha aparecido"
    " / no se ha presentado / is niet gekomen / niet gekomen / niet laten zien / nao apareceu / nao deu sinal"
)
# Before a past participle a time noun makes it a date ("arrêté la semaine passée": last
# week), but only a participle that says "last": "the rash from the first week cleared up",
# "der Ausschlag aus der ersten Woche ist komplett weg" are over. Used by assess._negated.
LAST_AFTER_TIME = (
    "passe passee passes passees pasado pasada pasados pasadas passato passata passati passate"
    " passado passada passados passadas"
)
# "and" after a "nothing" ends that negation's scope: the nothing is its own object ("non
# riesco a stare dietro a niente e piango", "can't face anything and cry"): assess._negated.
AND_WORDS = "and und et y e en"
NOTHING_WORDS = "niente nulla nothing nichts rien nada niets niks"
# Negations before the trouble they govern: Portuguese "não tive mais insónias" ("mais" is
# also French "but", which would end the scope): added to lexicon.PRE_NEGATION.
PRE_NEGATION = "nao tive mais / nao tenho mais / ja nao tenho / ja nao tive / nao voltei a ter"
