# ruff: noqa: E501  (data: one line of expressions reads better whole, as in lexicon.py)
"""New or worse symptoms told in lay words rather than the lexicon's (issue 8).

Clients rarely write "dyspnoea on exertion" or "presyncope". They write "aus der Puste am
Berg", "un po' di fiatone a fare le scale", "la cervicale mi ammazza", "me tiene frito el
lumbago", "me he hecho un esguince", "the nosebleed stopped but it keeps coming back", "mi è
girata la testa, mi sono seduta sul muretto ed è passato". Each is a concern by the contract
(a new or worse symptom, pain anywhere), and each slipped through: the words were missing,
or an idiom ("me está matando": work, heat) or a resolution ("stopped", "è passato") claimed
them first.

The families, each in every language where it is said so:

- breath lost on exertion: short of breath on the stairs, uphill, on the bike;
- a body part as the subject of "killing me": the back, the neck, a knee, the sciatica (in
  English "my back is killing me" is the lexicon's already; "work is killing me" and "the
  stairs are killing me" stay idioms there and here);
- a sprain, a twist or bruised ribs;
- a symptom said to have stopped that keeps coming back ("stopped but keeps coming back",
  "parou mas volta sempre"): the return outweighs the stop;
- a dizzy turn that made the writer sit down, even when it passed: a near faint;
- a chest that goes tight or uneasy on a walk or under stress, alone (with breathlessness
  or pain it is the lexicon's crisis);
- a throat that itches or stings after a syrup (lexicon.py's slight sting is harmless on
  the skin, never in the throat);
- dry mouth and a racing heart, sleep lost in spoken French ("je dors plus") and distress
  told small ("estoy de los nervios", "bin nur ziemlich down") in the words the lexicon
  lacked.

Body-part pain, the return after a stop and the Spanish and Portuguese breath lost on the
stairs are written with `!` so that they are read, longest first, against the idiom or the
crisis inside them ("mi =ammazza", "sangrar", "me falta el aire"); body-part pain is written
without a gap before the verb, so that "la schiena non mi ammazza più" is not read. Near misses that stay nothing (the breath taken away by a
view, a rest after a run, a son who keeps coming back for his washing, a dizzy ride at the
fair) are tested with every family in tests/test_triage_lay.py. Written in the lexicon's
notation (see `lexicon.py`) and merged into it there.
"""

from __future__ import annotations

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "concern": """
            # Breath lost on exertion: "get out of breath on the stairs", "puffed out going uphill".
            puffed out / winded _3 stairs/hill/uphill/walking/climbing / out of breath _3 stairs/hill/uphill/walking/climbing
            # A sprain, a twist: "sprained my wrist", "twisted my ankle".
            i _1 sprained / sprained my / i have a sprain / twisted my ankle/knee/wrist / i _1 twisted _1 ankle/knee/wrist
            # Stopped, but back again and again: "the nosebleed stopped but it keeps coming back".
            !@stopnow _4 =keeps/keep coming back / !@stopnow _4 =comes back every / third time this week / third one this week
            # A dizzy turn that made one sit down: "went dizzy at the shops and had to sit down".
            & @dizzyturn @satdown / @dizzyturn _9 @satdown _7 @turnpassed
            # The stomach "in bits", the loo all day.
            stomach/stomachs/tummy/guts _3 in bits / back and forth to the loo/toilet/bathroom
            # A chest that goes tight on a walk or under stress, alone (with breathlessness or
            # pain it is the lexicon's crisis): "chest goes a bit tight when i walk the dog".
            chest _2 goes/gets _2 tight / a tight feeling / tight feeling in
            # A throat that itches or stings (a syrup's reaction, a cold): "itchy throat".
            itchy throat / throat _2 itchy / throat _2 itches / scratchy throat
            # Something "killing my back": "the baby is killing my back", "the bump is wrecking my hips".
            =killing/wrecking/destroying my =back/neck/knees/knee/hips/hip/shoulders/shoulder/pelvis
            # Swollen told by a likeness: "ankles like balloons".
            =ankles/legs/feet _2 =like =balloons/tree/elephants/elephant
        """,
        "idiom": """
            # Only the pride hurt: "only my pride is bruised".
            pride _2 bruised / bruised ego / ego _2 bruised
        """,
    },
    "de": {
        "concern": """
            aus der Puste / schnell außer Atem / =schnappe nach Luft _3 Treppe/Treppen/Berg/hoch
            mir _4 verstaucht / =bin umgeknickt / mir _4 geprellt / Verstauchung / Prellung / Prellungen
            !@stopnow _5 =kommt/kommen immer wieder / !@stopnow _5 =kommt/kommen ständig wieder
            & @dizzyturn @satdown / @dizzyturn _9 @satdown _7 @turnpassed
            # "der Rücken bringt mich um".
            !@achepart bringt mich um / !@achepart bringt mich noch um
            =Mund _2 =trocken / trockener Mund / Herzrasen / Herzklopfen
            Brust wird _2 eng / wird die Brust _2 eng / Brust ist _2 eng / Brust _2 zieht sich zusammen / ziemlich down / bin _2 down $
            kratzt _1 im Hals / Kratzen im Hals / juckt _1 im Hals / Hals kratzt / Hals juckt
            # Geschwollen mit einem Vergleich: "Knöchel wie Ballons".
            =Knöchel/Beine/Füße _2 =wie =Ballons/Luftballons/Elefantenfüße/Säulen
        """,
    },
    "fr": {
        "concern": """
            à bout de souffle _3 escaliers/côte/montée / souffle court / manque de souffle / je m'essouffle
            une entorse / me suis foulé / me suis foulée / foulure / me suis tordu la cheville
            !@stopnow _5 =revient tout le temps / !@stopnow _5 =revient sans cesse / !@stopnow _5 =revient toujours / !@stopnow _5 =continue de revenir
            & @dizzyturn @satdown / @dizzyturn _9 @satdown _7 @turnpassed
            # "mon dos me tue", "la sciatique me tue".
            !@achepart me tue
            poitrine _2 serrée / gêne dans la poitrine / oppression dans la poitrine
            gorge qui gratte / gorge _2 gratte / gorge _2 pique / picotements dans la gorge
            # Spoken French drops the "ne": "je dors plus depuis deux semaines".
            je dors plus $ / je dors plus depuis / dors presque plus / dors quasiment plus / arrive plus à dormir
            # Gonflé par une image: "les chevilles comme des poteaux".
            =chevilles/jambes/pieds _2 =comme =des =poteaux/ballons/éléphants/elephants / =pieds =d'éléphant/éléphant
        """,
    },
    "es": {
        "concern": """
            # "me falta un poco el aire subiendo las escaleras", "me ahogo en las cuestas".
            !falta _2 el aire _3 subir/subiendo/escaleras/cuesta/caminar/andar / me ahogo _3 subir/subiendo/escaleras/cuesta / me canso _2 subiendo
            me _2 hecho un esguince / tengo un esguince / me torcí el tobillo/pie/muñeca/rodilla
            !@stopnow _5 =vuelve cada / !@stopnow _5 =vuelve siempre / !@stopnow _5 =sigue volviendo
            & @dizzyturn @satdown / @dizzyturn _9 @satdown _7 @turnpassed
            # "la espalda me está matando", "me tiene frito el lumbago".
            !@achepart (que) me está matando / !@achepart me mata / !me está matando _2 @achepart / !me tiene frito/frita/muerto/muerta/fatal _2 @achepart / !@achepart me tiene frito/frita/muerto/muerta/fatal
            se me seca la boca / la boca seca / boca reseca
            se me cierra el pecho / molestia en el pecho / pecho apretado
            picor de garganta / picor en la garganta / garganta _2 pica
            # Distress in everyday words: "estoy de los nervios", "los gritos me tienen fatal".
            estoy/ando de los nervios / me tienen/tiene fatal
            # Hinchado con una imagen: "los tobillos como botijos".
            =tobillos/piernas/pies _2 =como =botijos/globos/elefante/bolas/morcillas
        """,
    },
    "it": {
        "concern": """
            fiatone / affanno / mi manca il fiato _3 scale/salita/salire / senza fiato _3 scale/salita/salire
            ho _2 una distorsione / preso una storta / mi sono slogato/slogata
            !@stopnow _5 =torna sempre / !@stopnow _5 =continua a tornare / !@stopnow _5 =ritorna sempre
            & @dizzyturn @satdown / @dizzyturn _9 @satdown _7 @turnpassed
            # "la cervicale mi ammazza", "la schiena mi sta uccidendo".
            !@achepart mi ammazza / !@achepart mi uccide / !@achepart mi sta ammazzando/uccidendo / !mi ammazza _2 @achepart
            batticuore / mi si secca la bocca
            fastidio al petto / petto stretto / stretta al petto
            prurito in gola / gola che pizzica / gola _2 pizzica / pizzicore in gola
            # Gonfio con un'immagine: "le caviglie come zampogne".
            =caviglie/gambe/piedi _2 =come =zampogne/palloni/elefante/colonne/zamponi
            # Tingling in the plural: "formicolii alle gambe".
            =formicolii
        """,
    },
    "nl": {
        "concern": """
            snel buiten adem / buiten adem _3 trap/trappen/berg/heuvel/fietsen
            mijn _2 verstuikt/verzwikt / heb _3 verstuikt/verzwikt / verstuiking / gekneusde ribben/rib/pols/enkel/knie/teen / kneuzing
            !@stopnow _5 =komt steeds/telkens/weer terug / !@stopnow _5 =blijft terugkomen
            & @dizzyturn @satdown / @dizzyturn _9 @satdown _7 @turnpassed
            # "mijn rug sloopt me".
            !@achepart sloopt me / !@achepart maakt me kapot
            nauwelijks slaap / mond is droog / droge keel
            zeurend/zeurende/drukkend/drukkende/beklemmend/beklemmende/beklemd gevoel / borst voelt strak / strak gevoel op de borst
            keel prikt / prikt _2 keel / prikkende keel / kriebel in _1 keel / jeuk in _1 keel
            # Gezwollen met een beeld: "enkels als olifantenpoten".
            =enkels/benen/voeten _2 =als =olifantenpoten/ballonnen/palen
        """,
        "idiom": """
            trots _2 gekneusd / ego _2 gekneusd
        """,
    },
    "pt": {
        "concern": """
            # "fico sem fôlego a subir escadas", "cansado ao subir a ladeira".
            falta de fôlego / cansaço _3 escada/escadas/ladeira/subir / !falta de ar _3 subir/escada/escadas/ladeira
            tenho uma entorse / fiz uma entorse / torci o pé/tornozelo/pulso/joelho / costelas doridas / dorido / dorida / doridos / doridas
            !@stopnow _5 =volta sempre / !@stopnow _5 =continua a voltar / !@stopnow _5 =sempre volta
            & @dizzyturn @satdown / @dizzyturn _9 @satdown _7 @turnpassed
            # "a coluna tá me matando", "as costas estão a matar-me".
            !@achepart tá/está/estão me matando / !@achepart me mata / !@achepart está a matar me / !@achepart estão a matar me
            coração disparado / batedeira
            peito apertado / desconforto no peito / peso no peito
            garganta _2 pica / garganta a picar / comichão na garganta / garganta arranhando
            # Inchado com uma imagem: "os tornozelos como balões".
            =tornozelos/pernas/pés _2 =como =balões/baloes/elefante/bolas/postes
            # Sores in the mouth told as wounds (after chemotherapy): "feridas na boca".
            =feridas/ferida _2 =na =boca / =boca _2 =cheia =de =feridas
        """,
    },
}

# Word classes for "@name", in the lexicon's CLASSES notation (language -> words).
CLASSES: dict[str, dict[str, str]] = {
    # A symptom said to have stopped or gone: the stop a return outweighs.
    "stopnow": {
        "en": "=stopped =cleared =healed =settled",
        "de": "=aufgehört =weg =abgeheilt",
        "fr": "=arrêté =arrêtée =arrêtés =arrêtées =arrête =passé =passée =guéri =guérie",
        "es": "=paró =paro =pasó =curó",
        "it": "=passato =passata =smesso =fermato =guarito",
        "nl": "=gestopt =weg =genezen",
        "pt": "=parou =passou =sarou",
    },
    # A dizzy turn.
    "dizzyturn": {
        "en": "=dizzy =lightheaded =woozy =giddy",
        "de": "=schwindlig =schwindelig =Schwindel =Schwindelanfall",
        "fr": "=tourne =tournait =vertige =étourdie =étourdi",
        "es": "=vahído =mareo =mareé =mareada =mareado",
        "it": "=girata =girava =giramento =capogiro",
        "nl": "=duizelig =draaierig",
        "pt": "=tonta =tonto =tontura =zonza =zonzo",
    },
    # Sitting down because of it.
    "satdown": {
        "en": "=sit =sat",
        "de": "=setzen =hinsetzen =gesetzt",
        "fr": "=assise =assis =asseoir",
        "es": "=senté =sentarme =sentada =sentado",
        "it": "=seduta =seduto =sedermi",
        "nl": "=zitten =gaan",
        "pt": "=sentar =sentei =sentada =sentado",
    },
    # The turn said to have passed once seated: "ed è passato", "y se me pasó".
    "turnpassed": {
        "en": "=passed =over =settled",
        "de": "=vorbei =weg =besser",
        "fr": "=passé =passée =parti =partie",
        "es": "=pasó =paso =pasado",
        "it": "=passato =passata =passò",
        "nl": "=over =voorbij =weg",
        "pt": "=passou =passado",
    },
    # A body part (or its pain) that is said to "kill": not the legs or feet after a walk,
    # which English reads as an idiom.
    "achepart": {
        "de": "=Rücken =Nacken =Knie =Kopf =Ischias =Hüfte =Schulter =Zahn",
        "fr": "=dos =nuque =genou =genoux =tête =sciatique =hanche =épaule =dent =dents",
        "es": "=espalda =cuello =rodilla =rodillas =cabeza =lumbago =ciática =cadera =hombro =muela =muelas =riñones",
        "it": "=schiena =cervicale =collo =ginocchio =ginocchia =testa =sciatica =anca =spalla =dente =denti",
        "nl": "=rug =nek =knie =knieën =hoofd =heup =schouder =kies",
        "pt": "=coluna =costas =pescoço =joelho =joelhos =cabeça =ciática =quadril =anca =ombro =dente =lombar",
    },
}
