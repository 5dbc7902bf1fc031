# ruff: noqa: E501  (data: one line of expressions reads better whole, as in lexicon.py)
"""Crisis said plainly, in every language: the lexicon's holes a cross-language sweep found (issue 8).

Each crisis family (a means named: drowning, a gun, a knife to the wrist, gas, a car driven
into a tree, the tracks; pills all at once; self-harm by cutting, scratching, starving;
violence and threats at home; emergencies: a limb that will not move, a fit, bleeding that
will not stop, bleach swallowed) was written the plainest way a native writer says it, in
the seven languages; where English or German had the words and Italian, Dutch or Portuguese
did not, the hole is filled here, in the language's own wording: reflexives and clitics
("me noyer", "annegarmi", "me afogar", "mezelf verdrinken"), separable verbs ("hongerde
mezelf uit"), verb-final order ("mich heute Nacht umbringen").

Written in the lexicon's notation (see `lexicon.py`) and merged into it there, so they are
read with the same inflections, negation and claims. Multi-word crisis expressions outside
English are matched as written (see assess._slot), so their forms are written out. An
expression with its own negation ("and not come back", "het stopt niet") is marked `!`.
Each family is tested in every language in tests/test_triage_plain.py, with near misses that
stay lower (the washing hung out, jumping for joy, vegetables cut, "me tiré a la piscina").
"""

from __future__ import annotations

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "crisis": """
            # A death to come told as no accident: "if they find me in the pond with the tractor, it's no
            # accident" (found at or in a place, not "find me a cheaper pharmacy").
            !=find/finds/found =me _1 =at/in/on/under/below/hanging/floating/dead/lying _9 _6 =no =accident / !=find/finds/found =me _1 =at/in/on/under/below/hanging/floating/dead/lying _9 _6 =not =an =accident / !=find/finds/found =me _1 =at/in/on/under/below/hanging/floating/dead/lying _9 _6 =not =be =an =accident
            # A sleep called final: "a nice long sleep, a final one" (not "my final sleep study").
            =a/my =final =sleep $ / =eternal =sleep / =long =sleep _3 =final =one / =sleep =for =good
            # The formal letter's words for it: "do myself harm", "lay hands on myself", "take my own life".
            do myself harm / do myself a mischief / lay/laying/laid hands on myself / make an attempt on my life
            # Life itself done with, in the restrained words of old age: "I have lived long enough."
            # (Not "lived long enough to know better": an idiom below.) English verbs the forms table
            # does not inflect: "I have been thinking of taking my own life", "ending my life".
            lived long enough $ / lived long enough and that / had a long enough life $ / taking/took my (own) life / ending/ended my (own) life
            thinking/thought of ending / pray/praying/hope/hoping not to wake / not to wake in the morning
            # Walking into water and not coming back.
            !into the sea/river/lake/water/waves _3 not come back / !into the sea/river/lake/water/waves _3 never come back
            # Waiting on the tracks.
            i stood/sat/lay/waited _2 on the tracks/rails/railway / i was standing/sitting/lying/waiting _2 on the tracks/rails/railway
            # A gun or a knife turned on oneself.
            shoot myself / shot myself / shooting myself / gun to my head / gun in my mouth / blow my brains out
            stab myself / stabbing myself / stabbed myself / gas myself / gassing myself
            # A car driven into something on purpose.
            # Not an accident told ("crashed my car into a wall on the ice"): an intent, or on purpose.
            want/going/tempted/thinking/thought _2 drive/crash my/the car into / crash/crashing/crashed/drive/driving _3 car _2 on purpose
            into a tree/wall on purpose / drive/driving into oncoming traffic
            # Cut again, said small and with no object (a hedge or a fringe has one): "i only cut a bit last night".
            i _1 cut a bit/little last/yesterday/tonight/today/again / i _1 cut again $ / i _1 cut again last/yesterday/tonight/today
            # The crash pictured from the wheel: "thinking how easy it would be to just drive under
            # the next artic" (the next one: imagined, not an accident told).
            how easy it would be to _1 drive/steer/swerve/veer/crash _1 into/under/off _2 artic/lorry/truck/bus/pillar/tree/bridge/wall/river/cliff/traffic / drive/steer/swerve/veer under/into the next artic/lorry/truck/bus/pillar/tree/bridge
            # Things given away "because I won't be around".
            because i will not be around/here $ / since i will not be around/here $
            starving/starve/starved myself _2 on purpose / starve myself to punish / starving myself to punish
            can barely breathe / barely breathing / barely able to breathe
            # One arm or leg that suddenly will not move (a stroke).
            can not move my left/right arm/leg/side / suddenly can not move / can not feel my left/right arm/leg/side
            !had a fit and / !jerking all over / !shaking all over / shaking and jerking
            !bleeding _2 not stop/stopping / !bleeding has not stopped
            # "hit" is too short to be inflected: "my husband keeps hitting me".
            husband/wife/partner/boyfriend/girlfriend/he/she/dad/father/stepfather/mum/mother/ex _3 hitting/beating/slapping/punching/kicking/choking me
            swallowed _2 button battery/batteries / swallowed a battery / swallowed _2 magnets
            # Household poison swallowed.
            drank/swallowed/drunk/drinking/ate/eaten _3 bleach/antifreeze/weedkiller/turpentine/pesticide/lye/detergent
            swallowed/ate/eaten _3 dishwasher/washing tablet/tablets/pod/pods/capsule / i have been poisoned / i am poisoned
            # Pills put aside "for the end": a stockpile, however ordinary the words around it.
            save/saving/saved/keep/keeping/stash/stashing _3 rest/pills/tablets _2 for the end $
            # Pills hoarded for weeks, not collected from the chemist: "been saving up my sleeping tablets".
            # At a height, thinking it over; bridges looked up for their lack of barriers.
            top edge _4 thinking about it / over the edge _4 thinking about it / ledge/rooftop/cliff/bridge/parapet _4 thinking about it
            !which bridges _3 no barriers/barrier/railings/railing/fences/fence/nets/net / !which bridges _3 not have _1 barriers/barrier/railings/railing/fences/fence/nets/net
            saving/saved/save up _2 pills/tablets/meds/painkillers / stockpiling/stockpiled/hoarding/hoarded/stashing/stashed _3 pills/tablets/meds/painkillers / putting/put aside _3 pills/tablets/meds/painkillers / pills/tablets _3 put aside
            # The formal letter's "setting aside the tablets these three months".
            setting/set aside _3 pills/tablets/meds/painkillers/sleepers / pills/tablets _3 set aside / set the pills/tablets aside
            # Not alive past a day to come: "i wont be alive after sunday" (not "alive to see it").
            !will not be alive after/by/on/next/tomorrow/tonight/this/come/much/for/anymore/any / !not going to be alive after/by/on/next/tomorrow/tonight/much/for/anymore
            # Pills "taken all", said alone at a clause's end: "took them all, sorry".
            took/swallowed/taken them all $ / took/swallowed all of them $
            # Thanks for everything and an apology, as a goodbye: "thanks for everything and sorry".
            for everything and sorry $ / for everything and i am sorry $ / for everything and forgive me $
            # Speech gone: "i cant talk normally anymore".
            can not talk/speak normally $ / can not talk/speak normally anymore / can not talk/speak normally any more
        """,
        "idiom": """
            # Fussed over, not harmed: "they nearly killed me with kindness"; giddy with joy.
            killed/killing/kill me with kindness / giddy with excitement/joy/delight/happiness
            # Old age's experience, not an end: "lived long enough to know".
            lived long enough _1 to
            # A mistake of one's own, not a gun: "i shot myself in the foot".
            shot/shoot/shooting myself in the foot
            # Asking for something, not a blow: "he keeps hitting me up for money".
            hitting/hit/hits me up / keeps/kept/keep hitting me up
            # A course finished, not an overdose: "yes took them all as prescribed".
            yes _1 took them all / took them all as prescribed/directed/told/advised/agreed / took them all on time / took them all every day
        """,
        "concern": """
            # The older writer's dizziness: "the giddy spells have returned", "I came over giddy".
            giddy spells / giddy turns / giddy turn / feel/felt/feeling/go/went giddy / came/come/coming over giddy / a bit giddy / rather giddy
            # Vomiting in British words, and side effects mistyped: "i keep being sick", "side defects".
            keep/kept/keeps being sick / been sick every/all/twice/again / being sick in/every/all/after / was sick twice/again/after
            side defect/defects/affect/affects / side efect/efects
        """,
    },
    "de": {
        "crisis": """
            # Kein Unfall, wenn man mich findet: "wenn sie mich im Weiher finden, war das kein Unfall".
            !=mich _4 =findet/finden/findt/findn/gefunden _9 _6 =kein/keen/koa =Unfall
            # Ein Schlaf, der endgültig ist: "dann schlaf ich endgültig", "den ewigen Schlaf".
            =ewigen/ewige =Schlaf / =schlaf/schlafe/schlafen _3 =endgültig / =endgültig =schlafen/einschlafen
            # Die Worte des förmlichen Briefs: "mir etwas anzutun", "Hand an mich legen".
            mir etwas anzutun / mir etwas antun / mir was antun / mir was anzutun / mir etwas antue / Hand an mich zu legen / Hand an mich legen / Hand an mich gelegt
            # Das Leben für abgeschlossen erklärt: "ich habe lange genug gelebt" (nicht "um zu wissen").
            lange genug gelebt $ / genug gelebt $ / genug gelebt habe und dass
            # Verb-final, with words between: "ich werde mich heute Nacht umbringen".
            mich _3 umbringen / mich _3 töten / mich _3 erschießen / mich _3 erhängen / mich _3 aufhängen / mich _3 ertränken / mich _3 vergiften
            mich _3 zu erhängen/töten/erschießen/ertränken/vergiften / mich _3 aufzuhängen/umzubringen
            mich zu erhängen / mich zu töten / mich zu erschießen / mich zu ertränken / mich zu vergiften / mich aufzuhängen
            # Not "alle Tabletten nach dem Essen nehmen" (as prescribed).
            alle _2 Schlaftabletten schlucken/nehmen/einnehmen / alle _2 Tabletten/Pillen schlucken / alle _2 Tabletten/Pillen auf einmal
            mich ertränken / ertränke mich / mich erschießen / erschieße mich / erschieß mich / Kugel in den Kopf
            !in den See/Fluss/Rhein/Main _4 nicht mehr zurück / !ins Wasser/Meer _4 nicht mehr zurück
            mir die Pulsadern / Messer an die Pulsadern / an die Pulsadern / Messer an den Hals / Messer an mein Handgelenk
            # An intent or on purpose, not an accident told ("mit dem Auto gegen einen Baum gerutscht").
            gegen einen Baum fahren / gegen eine Wand fahren / absichtlich _3 Auto / Auto _4 absichtlich
            # Der Aufprall ausgemalt: "denk nur wie einfach es wäre gegen den pfeiler", "einmal Vollgas gegen den Baum".
            wie einfach/leicht es wäre _3 gegen den/die/das/einen/eine _1 Pfeiler/Baum/Wand/Mauer/Brückenpfeiler/Lkw/Laster/Brücke / Vollgas gegen den/die/das/einen/eine _1 Pfeiler/Baum/Wand/Mauer/Brückenpfeiler/Lkw/Laster
            !weil ich bald nicht mehr da bin / !bald nicht mehr da bin
            # Cut again, not in the kitchen: "hab mich wieder geschnitten" (a finger has its own words).
            mich _1 wieder geschnitten
            hungere mich _2 aus / hungre mich _2 aus / mich aushungern / mich _2 ausgehungert / esse _3 absichtlich nichts / absichtlich nichts _2 gegessen/essen / um mich zu bestrafen / mich selbst zu bestrafen
            !kann _3 linken/rechten Arm/Bein/Hand _1 nicht _2 bewegen / !Arm/Bein/Hand nicht mehr bewegen / !Arm/Bein/Hand nicht bewegen
            Putzmittel/Reiniger/Bleiche/Spülmittel/Frostschutzmittel/Rattengift/Abflussreiniger/Lampenöl/Chlorreiniger _2 getrunken/geschluckt/verschluckt/gegessen
            Spülmaschinentablette/Spülmaschinentabs/Waschmittelkapsel/Knopfbatterie/Batterie _2 verschluckt/geschluckt/gegessen
            mich vergiftet / habe mich vergiftet / hat sich vergiftet
            # Someone who has stopped breathing: "mein Mann atmet nicht mehr".
            !atmet nicht mehr / !atmet nicht $ / !atmet kaum noch / !aufgehört zu atmen
            !Blutung _2 hört nicht auf / !blute _4 hört nicht auf / !hört nicht auf zu bluten
            # Nicht mehr am Leben nach einem Tag, der kommt: "nach Sonntag bin ich nicht mehr am Leben".
            !bin ich nicht mehr am Leben / !werde _3 nicht mehr am Leben sein / !nicht mehr am Leben sein werde / !lebe ich nicht mehr $ / !bin _3 nicht mehr am Leben
            # Alle geschluckt, allein gesagt: "hab sie alle geschluckt, sorry".
            sie alle geschluckt $ / sie alle auf einmal genommen/geschluckt
            # Dank und Entschuldigung als Abschied: "danke für alles und sorry".
            für alles und sorry $ / für alles und entschuldigung $ / für alles und es tut mir leid $ / für alles und verzeiht/verzeih mir $
            # In die Arme geschnitten: "ich schneide mir wieder in die Arme".
            mir _2 in die Arme/Beine/Oberschenkel/Handgelenke/Unterarme _1 geschnitten/geritzt / schneide/ritze mir _2 in die Arme/Beine/Oberschenkel/Handgelenke/Unterarme / in meine Arme/Beine/Oberschenkel/Handgelenke _1 schneiden/geschnitten/ritzen/geritzt / in meine Arme/Beine/Oberschenkel/Handgelenke zu schneiden/ritzen
            !kann nicht mehr richtig/normal sprechen / !kann _2 nicht mehr richtig/normal sprechen
            # Oben, am Rand, und drüber nachgedacht; Brücken ohne Geländer gesucht.
            Kante/Dachkante/Brücke/Autobahnbrücke/Klippe/Brüstung _4 drüber/darüber nachgedacht / Kante/Dachkante/Brücke/Autobahnbrücke/Klippe/Brüstung _2 denk/denke drüber/darüber nach
            !welchen/welche Brücken _3 kein/keine Geländer/Zaun/Netz/Gitter
            # Tabletten gehortet, nicht aus der Apotheke geholt: "ich sammle seit Wochen meine Schlaftabletten".
            sammle/sammel/gesammelt/horte/gehortet/bunkere/gebunkert _4 Tabletten/Schlaftabletten/Pillen / Tabletten/Schlaftabletten/Pillen _3 gesammelt/gehortet/gebunkert/beiseitegelegt/zurückgelegt / Tabletten/Schlaftabletten/Pillen _3 zur Seite gelegt
            # "Die Tabletten lege ich seit Monaten beiseite": the verb between.
            Tabletten/Schlaftabletten/Pillen _6 beiseite / lege/legte _4 Tabletten/Schlaftabletten/Pillen _2 beiseite
        """,
        "idiom": """
            # Der Kuchen, kein Stich: "mit Bienenstich und Fragen", "ein Stück Bienenstich".
            mit Bienenstich / Stück Bienenstich / Bienenstich gebacken / Bienenstich und
            # Erfahrung, kein Ende: "lange genug gelebt, um zu wissen".
            genug gelebt _1 um
            # The heat or the boss "will kill me yet": "die Hitze wird mich noch umbringen".
            Hitze/Wetter/Kälte/Schwüle/Arbeit/Job/Lärm _3 mich _1 umbringen
        """,
        "concern": """
            # Ein flaues Gefühl: "mir ist jeden Morgen flau im Magen".
            flau im Magen / mir ist _3 flau / ist mir flau
            # Sleep lost with words between: "ich kann seit einer Woche nicht schlafen".
            !kann _4 nicht schlafen
            # A means denied, verb-final: "ich werde mich nicht aufhängen" (a concern, never nothing).
            !mich nicht _1 aufhängen/erhängen/ertränken/erschießen/vergiften
        """,
    },
    "fr": {
        "crisis": """
            # Pas un accident, si on me retrouve: "si on me retrouve au fond de l'étang, c'est pas un accident".
            !=me =retrouve/retrouvera/retrouvent/retrouveront/trouve/trouvera/trouvent/trouveront _9 _6 =pas =un =accident / !=me =retrouve/retrouvera/retrouvent/retrouveront/trouve/trouvera/trouvent/trouveront _9 _6 =aucun =accident
            # Un sommeil définitif: "un long dodo, définitif", "dormir pour toujours".
            =dormir =pour =toujours / =sommeil =éternel/eternel/définitif/definitif / =dodo _3 =définitif/definitif / =dormir =définitivement/definitivement
            # Les mots de la lettre: "attenter à mes jours", "porter atteinte à ma vie".
            attenter à mes jours / attenter à ma vie / attenté à mes jours / attenté à ma vie / porter atteinte à mes jours / porter atteinte à ma vie
            # La vie déclarée close: "j'ai assez vécu" (pas "assez vécu pour savoir").
            assez vécu $ / suffisamment vécu $ / assez vécu et que
            veux me noyer / vais me noyer / envie de me noyer / essayé de me noyer / aller me noyer / voulu me noyer
            !dans la mer/rivière/Seine/Loire/lac/eau _3 pas revenir / !dans la mer/rivière/Seine/Loire/lac/eau _3 plus revenir
            # Not "sur les rails" alone: a project on track.
            sur les rails à attendre / sur les voies à attendre / couché/couchée/allongé/allongée sur les rails/voies
            me tirer une balle / me tirer dessus / me flinguer / une balle dans la tête / me brûler la cervelle
            m'ouvrir les veines / me couper les veines / ouvert les veines / couteau sur le poignet / couteau sur la gorge / me poignarder
            m'asphyxier
            foncer en voiture / me jeter en voiture / me lancer en voiture / foncer dans un arbre / foncer contre un arbre/mur
            # Le choc imaginé au volant: "comme ce serait facile de foncer dans le pilier".
            comme ce serait facile/simple de _2 foncer/rentrer/jeter _3 pilier/arbre/mur/camion/pile/pont/ravin / pied au plancher _2 contre/dans le/un/ce/la pilier/arbre/mur/camion/pile / plein gaz _2 contre/dans le/un/ce/la pilier/arbre/mur/camion/pile
            !ne serai bientôt plus là $ / !parce que je ne serai plus là $
            me suis encore coupée $ / me suis encore coupé $ / me suis encore coupée hier / me suis encore coupé hier / recommencé à me couper $
            # Recoupé(e), with no hair or bread after it: "je me suis recoupée hier".
            me suis recoupée/recoupé $ / me suis recoupée/recoupé hier/cette/ce/encore/ce/avant-hier
            m'affame / m'affamer / ne mange plus exprès / ne mange _2 exprès / mange/manger _3 pour me punir
            !arrête pas de me frapper/battre/taper/cogner/menacer
            m'a étranglée / m'a étranglé / m'étrangle / m'a serré le cou
            arrive à peine à respirer / respire à peine
            !arrive plus à bouger le bras/la jambe / !arrive plus à bouger _2 bras/jambe / !peux plus bouger _2 bras/jambe
            !saignement _2 arrête pas / !saigne _3 arrête pas / !saignement _3 arrête plus
            bu/avalé/ingéré _4 javel/déboucheur/antigel/détergent/mort-aux-rats / avalé _3 pastille/capsule/dosette _3 vaisselle/lessive
            me suis empoisonné / me suis empoisonnée / m'empoisonner
            !ne respire plus / !ne respire pas $ / !arrêté de respirer
            # Plus en vie après un jour qui vient: "après dimanche je serai plus en vie".
            !serai plus en vie / !serai pas en vie / !serai plus vivant/vivante / !serai plus de ce monde
            # Tout avalé, dit seul: "je les ai toutes avalées".
            les ai toutes/tous avalées/avalés/avalé / les ai toutes/tous prises/pris $ / tout avalé d'un coup
            merci pour tout et pardon/désolé/désolée $ / merci pour tout et excusez moi $ / merci pour tout et pardonnez moi $
            # La parole qui s'en va, "ne" tombé: "j'arrive plus à parler normal".
            !arrive/jarrive plus à parler $ / !arrive/jarrive plus à parler normal/normalement/correctement/clairement / !peux/jpeux plus parler normal/normalement/correctement $ / !arrive/jarrive pas à parler normal/normalement/correctement
            # Se couper les bras, pas les cheveux.
            me couper les @body / me coupe les @body / me couper le @body / me coupe le @body
            # Brûlée exprès avec la source nommée, pas à la cuisine: "je me suis encore brûlée avec la cigarette".
            me suis encore brûlé/brûlée $ / me suis _1 brûlé/brûlée avec la/une cigarette / me suis _1 brûlé/brûlée avec le/un briquet / me brûle avec la/une cigarette / me brûle avec le/un briquet
            # En haut, au bord, à y penser; des ponts cherchés pour leur absence de garde-fou.
            au bord à y penser / sur le toit _3 à y penser / sur le pont _3 à y penser / !quels ponts _3 pas de grillage/garde-fou/barrière/barrières/filet/rambarde / !quels ponts _3 pas de garde fou
            # Des cachets mis de côté, pas achetés: "je mets de côté mes somnifères depuis des semaines".
            mets/mis/mettre de côté/cote _2 cachets/comprimés/médicaments/somnifères/pilules / cachets/comprimés/médicaments/somnifères/pilules _2 de côté/cote / accumule/accumulé/stocke/stocké _2 cachets/comprimés/médicaments/somnifères/pilules
        """,
        "idiom": """
            # L'expérience, pas une fin: "assez vécu pour savoir".
            assez vécu _1 pour / suffisamment vécu _1 pour
            # Overwhelmed by little: "je vais me noyer dans un verre d'eau".
            me noyer dans un verre d'eau / me noie dans un verre d'eau / me noyer sous le travail / me noyer dans le travail
        """,
        "concern": """
            # Worse, not "no longer": "mon genou va plus mal".
            !va plus mal / !vais plus mal / !est plus mal
            !pas me noyer / !pas me pendre / !pas me tirer une balle / !pas me jeter sous
        """,
    },
    "es": {
        "crisis": """
            # No es un accidente si me encuentran: "si me encuentran en el fondo del estanque, no fue un accidente".
            !=me =encuentran/encuentren/encontraran/encontrarán/hallan/hallen _9 _6 =no _3 =accidente
            # Un sueño definitivo: "dormir para siempre", "una siesta larga, la definitiva".
            =dormir =para =siempre / =sueño/sueno =eterno/definitivo / =siesta _4 =definitiva/eterna
            # Las palabras de la carta: "atentar contra mi vida", "poner fin a mis días".
            atentar contra mi vida / atentar contra mí misma / atentar contra mí mismo / poner fin a mis días / poner fin a mi vida
            # La vida sin "mi": "pienso en acabar con la vida", "acabar con mi propia vida".
            acabar con la vida / acabar con mi propia vida / acabar con la propia vida
            # La vida dada por cumplida: "ya he vivido bastante" (no "bastante para saber").
            vivido bastante $ / vivido lo suficiente $ / vivido suficiente $ / vivido bastante y que / vivido lo suficiente y que
            # El final puesto por una misma: "le pondré fin yo misma".
            pondré/pondre/poner/ponerle fin yo misma/mismo $
            ahogarme / me voy a ahogar / me quiero ahogar
            !en el mar/río/agua _4 no voy a volver / !en el mar/río _3 no volver / !en el mar/río _3 no vuelvo
            me voy a tirar a las vías / tirarme a las vías / tirarme al tren / tirarme delante del tren / en las vías esperando
            pegarme un tiro / pegarme un balazo / me pego un tiro / volarme la cabeza / dispararme
            estrellar el coche / estrellarme con el coche / estrellar el carro / estrellar el auto / contra un árbol a propósito
            # El choque imaginado al volante: "pienso lo fácil que sería meterme debajo del camión".
            lo fácil que sería _3 volantazo/meterme/estrellarme/tirarme _3 camión/tráiler/pilar/árbol/muro/barranco/puente / a fondo contra el/un/ese pilar/árbol/muro/camión/tráiler / meterme debajo de un/del/ese camión/tráiler
            regalado/regalé/regalando todas mis cosas
            # Not the hair: "me volví a cortar el pelo".
            me volví a cortar $ / me he vuelto a cortar $
            # Cortes otra vez, hechos a uno mismo ("me"; a haircut is "volví a hacer cortes de pelo"): "me he vuelto a hacer cortes".
            me he vuelto a hacer cortes / me volví/volvi/vuelvo a hacer cortes / volví/volvi/vuelvo a hacerme cortes / he vuelto a hacerme cortes / otra vez me hice/hago cortes
            matando de hambre a propósito / dejo de comer a propósito / dejar de comer a propósito / sin comer a propósito / comer _3 para castigarme
            me volvió a pegar / volvió a pegarme / me ha vuelto a pegar / me estranguló / me estrangula / me apretó el cuello
            que me iba a matar / que me va a matar / que me mataría
            # Not "el bebé no se despierta" (sleeps through): after a fall.
            se desplomó / se ha desplomado / !y no despierta / !y no se despierta / !y no reacciona
            !de repente no puedo mover / !no puedo mover el brazo izquierdo/derecho / !no puedo mover la pierna izquierda/derecha / !no puedo mover medio cuerpo
            !hemorragia _2 no para / !hemorragia _2 no se detiene / !sangrando _3 no para
            # Not a snorer's pauses ("a veces deja de respirar por la noche"): a concern.
            !no respira $ / !ya no respira / !no está respirando / !ha dejado de respirar
            bebido/bebió/tragado/tragó/tragué _3 lejía/amoníaco/aguarrás/anticongelante/desatascador/matarratas/detergente
            tragó/tragado/tragué _3 pastilla del lavavajillas / tragó/tragado/tragué _3 pila/pilas de botón / me he envenenado / me envenené / se ha envenenado
            # No seguir vivo pasado un día que viene: "el domingo ya no estaré vivo".
            !no estaré vivo/viva / !no voy a estar vivo/viva / !no seguiré vivo/viva / !no voy a seguir vivo/viva
            me las tragué/tomé todas $ / me los tragué/tomé todos $ / me las he tragado/tomado todas / me los he tragado/tomado todos
            gracias por todo y perdón/perdóname/perdonadme/perdóneme $ / gracias por todo y lo siento $
            !no puedo hablar normal/bien $ / !no puedo hablar normalmente / !ya no puedo hablar $
            # Arriba, en el borde, pensándolo; puentes buscados por no tener valla.
            en el borde pensándolo / en el borde _2 pensándolo / en la azotea _3 pensándolo / !qué/cuáles puentes _3 no tienen _1 valla/vallas/reja/barandilla/red/protección
            # Pastillas juntadas para un día, no guardadas en el cajón: "estoy juntando pastillas".
            juntando/junté/juntado/acumulando/acumulé/acumulado/ahorrando _2 pastillas/calmantes/somníferos/pastis / pastillas/calmantes/somníferos _2 juntadas/juntados/acumuladas/acumulados / las tengo juntadas
            # "llevo meses apartando las pastillas", puestas aparte.
            apartando/aparto/aparté/apartado/apartadas _2 pastillas/comprimidos/calmantes/somníferos
        """,
        "idiom": """
            # La experiencia, no un final: "he vivido bastante para saber".
            vivido bastante _1 para / vivido lo suficiente _1 para / vivido suficiente _1 para / vivido bastante _1 como para / vivido lo suficiente _1 como para
            # A dive, not a fall: "me tiré a la piscina con los niños".
            # The heat, or a storm in a teacup: "me voy a ahogar de calor", "me ahogo en un vaso de agua".
            me voy a ahogar de calor / ahogarme de calor / me ahogo de calor / me voy a ahogar en un vaso de agua / me ahogo en un vaso de agua
            me tiré a la piscina / me tiré al agua / me tiré en el sofá / me tiré en la cama / tirarme a la piscina
        """,
    },
    "it": {
        "crisis": """
            # Non è un incidente se mi trovano: "se mi trovano in fondo allo stagno col trattore, non è un incidente".
            !=mi =trovano/troveranno/ritrovano/ritroveranno/trovate/troverete _9 _6 =non _3 =incidente
            # Una dormita definitiva: "ci faccio una dormita bella lunga, definitiva", "dormire per sempre".
            =dormire =per =sempre / =sonno =eterno/definitivo / =dormita _4 =definitiva/eterna / =dormire _2 =definitivamente
            # Le parole della lettera: "attentare alla mia vita", "porre fine ai miei giorni".
            attentare alla mia vita / attentato alla mia vita / porre fine ai miei giorni / porre fine alla mia vita
            # La vita data per conclusa: "ho vissuto abbastanza" (non "abbastanza per sapere").
            vissuto abbastanza $ / vissuto a sufficienza $ / vissuto anche troppo $ / vissuto abbastanza e che
            # Not "stasera mi sparo la serie" (a binge).
            mi uccido / mi ammazzo / mi sparo in testa / mi sparo un colpo / annegarmi / mi annego / affogarmi / mi affogo
            !mare/fiume/lago _3 non torno/tornare
            sui binari ad aspettare / sui binari aspettando / sdraiarmi sui binari / sdraiata sui binari / sdraiato sui binari
            spararmi
            schiantarmi / andare a sbattere apposta / sbattere apposta / apposta con la macchina
            # Lo schianto immaginato alla guida: "ho pensato che bastava sterzare un attimo".
            quanto sarebbe facile _3 sterzare/schiantarmi/buttarmi _3 pilone/albero/muro/camion/tir/fosso/burrone/ponte / pensato che bastava/basterebbe sterzare / penso che basterebbe sterzare / a tutta contro il/un/quel pilone/albero/muro/camion/tir
            # Not the hair: "mi sono tagliata di nuovo i capelli".
            mi sono tagliata di nuovo $ / mi sono tagliato di nuovo $ / mi sono tagliata ancora $ / mi sono tagliato ancora $ / ricominciato a tagliarmi $
            # Di nuovo dei tagli, fatti a sé: "mi sono rifatta dei tagli".
            mi sono rifatta/rifatto dei tagli / mi sono fatta/fatto di nuovo dei tagli / mi sono fatta/fatto ancora dei tagli
            lasciando morire di fame / lasciarmi morire di fame / smetto di mangiare apposta / mangiare/mangio _3 per punirmi
            morsa al petto / morsa sul petto
            respiro a fatica / respiro con fatica / faccio fatica a respirare / fatico a respirare
            privo di sensi / priva di sensi / ha perso i sensi / ha perso conoscenza
            !non riesco a muovere il braccio/la gamba / !non riesco più a muovere / !non riesco a muovere _2 braccio/gamba
            !perdendo _3 sangue _3 non si ferma / !emorragia _2 non si ferma / !sangue _2 non si ferma / !sanguina _3 non si ferma
            !non respira più / !non respira $ / !smesso di respirare
            bevuto/ingoiato/inghiottito _3 candeggina/varechina/ammoniaca/antigelo/detersivo/topicida/acido
            ingoiato/inghiottito _3 pastiglia della lavastoviglie / ingoiato/inghiottito _3 pila a bottone / essermi avvelenato / essermi avvelenata / mi sono avvelenato / mi sono avvelenata / si è avvelenato
            # Non più vivo dopo un giorno che viene: "dopo domenica non sarò più viva".
            !non sarò _1 vivo/viva / !non sarò più in vita / !non sarò in vita
            le ho ingoiate/prese tutte $ / li ho ingoiati/presi tutti $ / le ho ingoiate tutte / li ho ingoiati tutti
            # L'ultimo messaggio, e grazie e scusa come addio.
            questo è il mio ultimo messaggio / è il mio ultimo messaggio / il mio ultimo messaggio $
            grazie di/per tutto e scusa/scusate/scusami/perdonatemi/perdonami $ / grazie di/per tutto e mi dispiace $
            !non riesco più a parlare $ / !non riesco a parlare bene/normalmente $ / !non riesco più a parlare bene/normalmente
            # In alto, sul bordo, a pensarci; ponti cercati per la mancanza di ringhiera.
            sul cornicione _3 a pensarci / sul bordo del tetto _3 a pensarci / sul ponte _3 a pensarci / !quali ponti _3 non hanno _1 ringhiera/recinzione/rete/barriera/barriere/parapetto
            # Pillole messe da parte, non prese in farmacia: "sto mettendo da parte i sonniferi".
            mettendo/messo/messe/metto da parte _2 pillole/pastiglie/compresse/sonniferi/farmaci / pillole/pastiglie/compresse/sonniferi _2 da parte / accumulando/accumulato _2 pillole/pastiglie/compresse/sonniferi/farmaci
        """,
        "idiom": """
            # L'esperienza, non una fine: "ho vissuto abbastanza per sapere".
            vissuto abbastanza _1 per / vissuto abbastanza _1 da / vissuto a sufficienza _1 per
            # Worked to the bone, not harm: "mi ammazzo di lavoro".
            mi annego/affogo nel lavoro / mi annego/affogo in un bicchiere d'acqua
            mi ammazzo/uccido di lavoro/fatica/palestra / mi sto ammazzando di lavoro/fatica
        """,
    },
    "nl": {
        "crisis": """
            # Geen ongeluk als ze me vinden: "als ze me in de sloot vinden met de trekker, is het geen ongeluk".
            !=me/mij _4 =vinden/vindt/vind/vond/vonden/gevonden _9 _6 =geen =ongeluk/ongeval
            # Een slaap die definitief is: "voor altijd slapen", "de eeuwige slaap".
            =voor =altijd =slapen / =slapen =voor =altijd / =eeuwige =slaap / =definitief =slapen/inslapen
            # De woorden van de brief: "de hand aan mezelf slaan", "een einde aan mijn dagen maken".
            hand aan mezelf slaan / hand aan mijzelf slaan / hand aan mezelf te slaan / einde aan mijn dagen
            # Het leven afgesloten: "ik heb lang genoeg geleefd" (niet "om te weten").
            lang genoeg geleefd $ / genoeg geleefd $ / genoeg geleefd heb en dat
            # Separable, with words between: "ik ga me vannacht ophangen".
            me op te hangen / mezelf op te hangen / me/mezelf _3 ophangen/verhangen/verdrinken/doodschieten/neerschieten/vergiftigen
            snijden in mezelf / in mezelf snijden / in mezelf gesneden / sneed in mezelf
            # Weer gesneden, met niets erna (de rozen zeggen het zelf): "ik heb weer gesneden".
            ik heb weer gesneden $ / ik heb weer gesneden vannacht/gisteren/vandaag/gisteravond
            mezelf verdrinken / me verdrinken / mezelf te verdrinken / me te verdrinken
            !zee/water/rivier in _4 niet meer terug / !zee/water/rivier in _3 niet terug
            bij het spoor te wachten / op het spoor staan / op de rails gaan liggen / op het spoor gaan liggen
            mezelf doodschieten / mezelf neerschieten / mezelf neer te schieten / mezelf dood te schieten / kogel door mijn kop/hoofd
            mijn polsen doorsnijden / polsen door te snijden / mes tegen mijn pols/keel / mes op mijn pols
            met de uitlaatgassen in de garage / in de garage _3 uitlaatgassen
            tegen een boom/muur/pilaar/vrachtwagen rijden / tegen een boom/muur/pilaar/vrachtwagen te rijden / expres _3 crashen / expres met de auto
            # De klap bedacht achter het stuur: "één keer vol gas op die pijler en klaar".
            vol gas op/tegen die/de/een pijler/boom/muur/vrachtwagen/pilaar / hoe makkelijk het zou zijn om _3 tegen/onder _3 pijler/boom/muur/vrachtwagen/brug/trein
            !omdat ik er binnenkort niet meer ben / !ik er binnenkort niet meer ben / !er straks niet meer ben
            kras/krassen _2 in mijn armen/benen/polsen / in mijn armen gekrast / mezelf krassen / mezelf gekrast
            hongerde/honger/hongeren mezelf _1 uit / mezelf uithongeren / expres niet meer eten / eet expres niet / om mezelf te straffen / mezelf te straffen
            heeft me _3 geslagen / me weer geslagen / heeft me gewurgd / wurgde me / me gewurgd / me bij de keel gegrepen
            me ging vermoorden / me gaat vermoorden / me zou vermoorden / me vermoorden / me te vermoorden
            !kan bijna niet ademen / !kan haast niet ademen / !krijg bijna geen lucht
            !kan _3 linkerarm/rechterarm/linkerbeen/rechterbeen/arm/been niet _1 bewegen / !linkerarm/rechterarm/linkerbeen/rechterbeen _2 niet meer bewegen
            had een aanval en schokte / schokte over haar/zijn hele lichaam / schokt over haar/zijn hele lichaam
            !bloed _4 stopt niet / !bloeding stopt niet / !bloeding _2 stopt niet / !bloedt _3 stopt niet
            !ademt niet meer / !ademt niet $ / !gestopt met ademen
            bleek gedronken / bleek ingeslikt / van de bleek / bleekmiddel _2 gedronken
            gootsteenontstopper/ontstopper/antivries/wasbenzine/terpentine/ammoniak/rattengif _2 gedronken/ingeslikt/opgedronken/gegeten
            vaatwastablet/vaatwastabletje/wasmiddelcapsule/wascapsule/batterij/knoopcel _2 ingeslikt/doorgeslikt/gegeten
            ben vergiftigd / vergiftigd ben / mezelf vergiftigd / heb me vergiftigd
            # Niet meer in leven na een dag die komt: "na zondag ben ik niet meer in leven".
            !ben ik niet meer in leven / !zal ik niet meer in leven zijn / !niet meer in leven zal zijn / !leef ik niet meer $
            ze allemaal geslikt/ingeslikt/doorgeslikt/ingenomen $ / ze allemaal tegelijk geslikt/ingenomen
            # Het laatste bericht in de spreektaal: "dit is mn laatste berichtje".
            dit is mijn/mn laatste bericht/berichtje/mailtje/mail/appje / dit wordt mijn/mn laatste bericht/berichtje/mailtje/mail/appje
            bedankt/dank/dankjewel/dankuwel voor alles en sorry/excuses $ / bedankt/dank/dankjewel/dankuwel voor alles en het spijt me $ / voor alles en vergeef me $
            # Snijden in de armen, in spreektaal: "weer begonnen met in mijn armen snijden".
            in mijn/mn armen/arm/benen/been/polsen/pols/onderarm/onderarmen/bovenbenen/bovenbeen/dijen/huid _1 snijden/snij/snijd/sneed/gesneden/kerven/gekerfd
            snij/snijd/sneed _2 in mijn/mn armen/arm/benen/been/polsen/pols/onderarm/onderarmen/bovenbenen/bovenbeen/dijen/huid / snij/snijd/sneed mezelf / snij/snijd/sneed weer in mezelf
            !kan niet meer normaal praten / !kan _2 niet meer normaal praten / !kan niet meer goed praten $
            # Expres gebrand: "heb me expres met een sigaret gebrand", "dat ik mezelf expres brand".
            me/mezelf expres _4 gebrand / mezelf expres _3 brand/verbrand / mezelf _2 gebrand met een/de sigaret/aansteker/strijkijzer
            # Boven, op de rand, erover nagedacht; bruggen opgezocht zonder hek.
            op de rand gezeten/gestaan _2 erover nagedacht / op de rand _1 erover nagedacht / op de brug _3 erover nagedacht / !welke bruggen _3 geen hek/hekken/reling/leuning/net/gaas
            # Pillen opgespaard, niet opgehaald bij de apotheek: "ik spaar mijn slaappillen op".
            spaar/spaarde/gespaard _3 pillen/tabletten/slaappillen/pijnstillers _3 op / pillen/tabletten/slaappillen/pijnstillers _2 opgespaard/gespaard/opzij gelegd/verzameld / opzij gelegd _2 pillen/tabletten/slaappillen
            # "ik leg al maanden de tabletten opzij": the verb first, "opzij" last.
            leg/legde/legden _4 pillen/tabletten/slaappillen/pijnstillers _3 opzij
        """,
        "idiom": """
            # Ervaring, geen einde: "lang genoeg geleefd om te weten".
            genoeg geleefd _1 om
            # The message before, not a goodbye: "in mn laatste berichtje vroeg ik naar de druppels".
            in/over/op mijn/mn laatste bericht/berichtje/mailtje/mail/appje
        """,
        "concern": """
            # Opzwellen, gescheiden: "mijn enkels zwellen sinds een dag of tien 's avonds op".
            enkels/voeten/benen/handen/vingers zwellen/zwollen _8 op
            # A means denied, separable: "ik ga me niet ophangen" (a concern, never nothing).
            !me/mezelf niet _2 ophangen/verhangen/verdrinken/doodschieten/neerschieten / !mezelf niet van kant maken / !me niet van kant maken
        """,
    },
    "pt": {
        "crisis": """
            # Não é acidente se me encontrarem: "se me acharem no fundo do açude com o trator, não foi acidente".
            !=me =encontrarem/encontram/encontrem/acharem/acham/achem _9 _6 =não/nao _3 =acidente
            # Um sono definitivo: "dormir para sempre", "uma soneca bem longa, definitiva".
            =dormir =para/pra =sempre / =sono =eterno/definitivo / =soneca _4 =definitiva/eterna
            # As palavras da carta: "fazer mal a mim mesma", "atentar contra a minha vida", "pôr termo à vida".
            fazer mal a mim mesma / fazer mal a mim mesmo / atentar contra a minha vida / atentar contra a vida / pôr termo à vida / pôr termo à minha vida / pôr fim à minha vida / pôr fim à vida
            # A vida sem "minha": "nem penso em acabar com a vida", "acabar com a própria vida".
            acabar com a vida / acabar com a própria vida / acabar com a minha própria vida
            # A vida dada por cumprida: "já vivi o suficiente" (não "o suficiente para saber").
            vivi o suficiente $ / vivi bastante $ / vivi demais $ / vivido o suficiente $ / vivi o suficiente e que
            # O fim posto por si mesma: "acabo com isto eu mesma".
            acabo/acabar/acabarei com isto/isso/tudo eu mesma/mesmo $
            me afogar / afogar me / me afogo
            !no mar/rio _4 não volto / !no mar/rio _4 não voltar / !no mar/rio _4 nunca mais voltar
            dar um tiro na cabeça / me dar um tiro / dar me um tiro / estourar os miolos / meter uma bala
            cortar os pulsos / cortei os pulsos / faca ao pulso / faca no pulso / faca ao pescoço / faca no pescoço / me esfaquear
            bater com o carro numa/contra/na árvore/parede/muro / bater com o carro _2 de propósito / despistar me de propósito / me despistar de propósito / de propósito com o carro
            # O choque imaginado ao volante: "como seria fácil acelerar contra o pilar".
            como seria fácil _3 acelerar/meter/atirar/despistar _3 pilar/muro/camião/caminhão/árvore/ribanceira/ponte / acelerar contra o/um/aquele pilar/muro/camião/caminhão/árvore / a fundo contra o/um/aquele pilar/muro/camião/caminhão/árvore / meter me debaixo de um/do camião/caminhão
            cartas de despedida / cartas de adeus
            # Not the hair: "voltei a cortar o cabelo", "cortei-me de novo a cozinhar".
            voltei a cortar me $ / voltei a me cortar $ / cortei me outra vez $ / cortei me de novo $ / me cortei de novo $
            # Cortes outra vez, feitos a si ("me"; a haircut is "voltei a fazer cortes de cabelo"): "voltei a fazer-me cortes".
            voltei a fazer me cortes / voltei a me fazer cortes / fiz me cortes outra vez/de novo / me fiz cortes outra vez/de novo
            automutilar me / me automutilar / automutilei me / me automutilo / automutilo me
            bato em mim mesma / bato em mim mesmo / bater em mim mesma / bater em mim mesmo
            !não consigo mexer o braço/a perna / !de repente não consigo mexer / !não consigo mexer _2 braço/perna
            !hemorragia _2 não para / !sangrar _3 não para / !sangue _3 não para
            me estrangulou / estrangulou me / me esganou / esganou me / apertou me o pescoço
            que me ia matar / que me vai matar / que me matava
            passar fome de propósito / deixei de comer de propósito / comer _3 para me castigar
            !não respira $ / !já não respira / !deixou de respirar / !parou de respirar / !não está a respirar / !não está respirando
            atirar me para a linha / atirar me à linha / atirar me para debaixo do comboio/trem / atirar me para a frente do comboio/trem
            bebeu/bebi/engoliu/engoli _3 lixívia/desentupidor/anticongelante/veneno / bebeu/bebi/engoliu/engoli _3 água sanitária / bebeu/bebi/engoliu/engoli _3 soda cáustica
            engoliu/engoli _3 pastilha da máquina / engoliu/engoli _2 pilha / me envenenei / envenenei me / fui envenenado / fui envenenada
            # Já não vivo passado um dia que vem: "depois de domingo já não estou viva".
            !não estarei vivo/viva / !não vou estar vivo/viva / !já não estou vivo/viva $ / !já não vou estar vivo/viva / !não vou continuar vivo/viva
            engoli os todos $ / engoli as todas $ / tomei os todos $ / tomei as todas $ / engoli todos de uma vez / tomei os todos de uma vez
            obrigado/obrigada por tudo e desculpa/desculpe/desculpem/perdão $ / obrigado/obrigada por tudo e perdoem me $
            # Cortar-se nos braços: "voltei a cortar-me nos braços".
            me cortar nos/no @body / cortar me nos/no @body / cortei me nos/no @body / me cortei nos/no @body / cortar os braços/pernas/coxas
            !não consigo falar direito/normal/bem $ / !já não consigo falar $
            # No alto, na beira, a pensar nisso; pontes procuradas por não terem rede.
            na beira do telhado/prédio _3 a pensar nisso / na ponte _3 a pensar nisso / na beira _1 pensando nisso / !que/quais pontes _3 não têm _1 rede/grade/proteção/barreira/guarda
            # Comprimidos juntados para um dia, não guardados na gaveta: "ando a juntar comprimidos".
            juntar/juntando/juntei/acumular/acumulando/acumulei/separei _2 comprimidos/remédios/calmantes/pílulas / comprimidos/remédios/calmantes _2 juntados/acumulados/separados
            # "ando a pôr de parte os comprimidos", "tenho posto de lado os calmantes".
            pôr/pus/ponho/posto/pondo/pondo de parte/lado _2 comprimidos/remédios/calmantes/pílulas / comprimidos/remédios/calmantes/pílulas _3 de parte
        """,
        "concern": """
            # A means denied with the pronoun first: "não me vou matar" (a concern, never nothing).
            !não me vou matar/enforcar/afogar / !não vou me matar/enforcar/afogar / !não me mato / !não me enforco
        """,
        "idiom": """
            # A experiência, não um fim: "já vivi o suficiente para saber".
            vivi o suficiente _1 para / vivi bastante _1 para / vivido o suficiente _1 para
            # Drowning in work: "vou me afogar em trabalho".
            me afogar em trabalho / me afogo em trabalho / me afogar num copo de água / me afogo num copo de água
        """,
    },
    "*": {
        "crisis": """
            # A height and a jump meant: "i wanted to jump from the balcony", "me voy a tirar del puente".
            & @intend @heightplain @jumpself
            # The car's engine running in a closed garage: "con il motore acceso in garage".
            & @garage @engine @running
            # ... or the car running there with the doors shut: "car running in the garage, doors
            # shut", "Auto läuft in der Garage, Tor zu". Not the car running again after the garage
            # fixed it: a door shut is the sign.
            & @garage @carplain @running @doorplain @shutplain
            # A number of pills taken, in the plural the drug class lacks: "ho preso 30 tachipirine".
            @ingest _2 @number _3 @drugplural / @number _2 @drugplural _2 @ingest
            # A heat held or pressed to one's own skin: "holding the lighter to my wrist", "hou de aansteker tegen mijn arm".
            & @pressheat @heatsource @body
        """,
    },
}

# Word classes for "@name" above (see lexicon.CLASSES). Narrower than the lexicon's own
# "height" and "jump": no floors ("piso", "piano", "andar", "Stock": a flat) and no
# throwing ("tirar la basura", "buttare la pasta", "jogar futebol").
CLASSES: dict[str, dict[str, str]] = {
    "intend": {
        "en": "want wanted going gonna tried planning",
        "de": "will wollte werde versucht gehe möchte",
        "fr": "veux voulu vais voulais essayé voudrais",
        "es": "quiero quise voy iba intenté quería",
        "it": "voglio volevo vado provato voluto",
        "nl": "wil wilde ga ging geprobeerd",
        "pt": "quero quis vou ia tentei queria",
    },
    "heightplain": {
        "en": "bridge roof rooftop balcony cliff",
        "de": "Brücke Dach Balkon Hochhaus Klippe Parkhaus",
        "fr": "pont toit balcon falaise",
        "es": "puente azotea tejado balcón acantilado",
        "it": "ponte tetto balcone scogliera",
        "nl": "brug dak balkon klif",
        "pt": "ponte telhado varanda penhasco",
    },
    "jumpself": {
        "en": "jump jumping jumped",
        "de": "springen spring springe",
        "fr": "sauter saute",
        "es": "tirarme saltar",
        "it": "buttarmi gettarmi saltare",
        "nl": "springen spring",
        "pt": "pular saltar",
    },
    "garage": {
        "en": "garage",
        "de": "Garage",
        "fr": "garage",
        "es": "garaje cochera",
        "it": "garage box",
        "nl": "garage",
        "pt": "garagem",
    },
    "carplain": {
        "en": "car van",
        "de": "Auto Wagen",
        "fr": "voiture bagnole",
        "es": "coche carro auto",
        "it": "macchina auto",
        "nl": "auto wagen",
        "pt": "carro",
    },
    "doorplain": {
        "en": "door doors",
        "de": "Tür Türen Tor",
        "fr": "porte portes",
        "es": "puerta puertas portón",
        "it": "porta porte serranda basculante",
        "nl": "deur deuren",
        "pt": "porta portas portão",
    },
    "shutplain": {
        "en": "shut closed locked",
        "de": "zu geschlossen verschlossen",
        "fr": "fermée fermées fermé fermés",
        "es": "cerrada cerradas cerrado",
        "it": "chiusa chiuse chiuso",
        "nl": "dicht gesloten",
        "pt": "fechada fechadas fechado",
    },
    "engine": {
        "en": "engine",
        "de": "Motor",
        "fr": "moteur",
        "es": "motor",
        "it": "motore",
        "nl": "motor",
        "pt": "motor",
    },
    "running": {
        "en": "running",
        "de": "laufen läuft laufendem laufenden",
        "fr": "allumé allumée tournant tourne",
        "es": "encendido encendida marcha",
        "it": "acceso accesa",
        "nl": "draaiend draait draaien",
        "pt": "ligado ligada",
    },
    "pressheat": {
        "en": "hold holding held press pressing pressed",
        "de": "halte halten gehalten drücke drücken gedrückt presse gepresst",
        "fr": "tiens tenu appuie appuyé appuyer colle collé presse pressé",
        "es": "aprieto apreté apretando sostengo acerco acerqué acercando pego pegué",
        "it": "tengo tenuto premo premuto premendo appoggio appoggiato",
        "nl": "houd hou hield gehouden druk drukte gedrukt",
        "pt": "seguro segurei encosto encostei encostando pressiono pressionei",
    },
    "heatsource": {
        "en": "lighter lighters cigarette cigarettes spoon iron match matches",
        "de": "Feuerzeug Zigarette Zigaretten Löffel Bügeleisen Streichholz",
        "fr": "briquet cigarette cigarettes cuillère fer allumette",
        "es": "mechero encendedor cigarro cigarrillo cuchara plancha cerilla fósforo",
        "it": "accendino sigaretta sigarette cucchiaio ferro fiammifero",
        "nl": "aansteker sigaret sigaretten lepel strijkijzer lucifer",
        "pt": "isqueiro cigarro cigarros colher ferro fósforo",
    },
    "drugplural": {
        "en": "paracetamols",
        "it": "tachipirine paracetamoli aspirine",
        "nl": "paracetamols paracetamolletjes",
        "pt": "paracetamóis paracetamois",
    },
}
