# ruff: noqa: E501  (data: one line of expressions reads better whole, as in lexicon.py)
"""The body told plainly: emergencies and progress in a patient's or carer's own words (issue 8).

Clients with a chronic condition, a pregnancy or a child or parent in their care report in
bodily facts and numbers, not in alarm words. An emergency is told as what is seen: a child's
lips swelling after a new food, low sugar with confusion ("sugar 2.6, sweaty, talking
nonsense"), a mouth gone crooked, a rash that does not fade
under a pressed glass, heavy bleeding in pregnancy, a floppy baby who will not drink, an
inhaler that does nothing, bleeding that will not stop. Each family is written in the seven
languages, in the language's own wording.

Progress is told the same way: "from 5 migraines a week to 1", "the blood pressure is stable
at 120/80", a cough "almost gone", a grandmother who goes out on her own again. Those are
idioms (they claim the symptom's words) or resolutions of a concern; they never lower a crisis
("from 5 a week to 1, but i still want to die" stays a crisis).

Written in the lexicon's notation (see `lexicon.py`) and merged into it there. Words marked `=`
are matched as written: their forms are spelled out here, so that forms.json (generated from the
whole lexicon) needs no new entries for this module. Each family is tested in every language in
tests/test_triage_body.py, with near misses that stay lower.
"""

from __future__ import annotations

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "crisis": """
            # A leg hot and swollen, then breathless (a clot gone to the lung): "my calf has been hot and swollen all week and now im breathless on the stairs".
            & =calf/leg/thigh =swollen/swelling/puffy =breathless/breathlessness
            # Sight gone dark in one eye, as a curtain: "my vision went dark in the right eye like a curtain coming down".
            =vision/sight _2 =went/gone/going/goes =dark/black/blank _4 =eye / =curtain _3 =coming/came/come/comes/falling =down _6 =eye / =eye _6 =like =a =curtain
            # Numb or tingling over half the body or face (a stroke): "half my face is numb", "numb down one whole side".
            =half _2 =face/body _3 =numb/tingling/tingly / =numb/tingling/tingly _4 =half _2 =face/body / =numb/tingling _3 =down =one (=whole) =side
            # Vomit like coffee grounds (blood from the stomach), told as what is seen.
            =vomit/vomited/vomiting/threw/throwing/sick _8 =coffee =grounds / =coffee =grounds _8 =vomit/vomited/vomiting/sick
            # Blood coughed up, in any tense ("coughed up a mouthful of blood").
            =coughed/cough/coughs/coughing _1 =up _4 =blood / =coughed/cough/coughs _1 =blood
            # A fall with the senses lost for a moment: "keeled over at work, was out for a few seconds".
            =i _2 =fell/keeled/collapsed _1 =over/down _8 =was =out =cold / =i _2 =fell/keeled/collapsed _1 =over/down _8 =was =out =for _2 =second/seconds/moment/moments/minute
            =keeled =over _8 =was =out =cold / =keeled =over _8 =was =out =for _2 =second/seconds/moment/moments/minute
            # A face, lips or tongue puffed up is a swollen one: "my face and hands have puffed right up".
            =face/lips/tongue _3 =puffed/puffing _1 up
            # A sunken soft spot in a baby (dehydration): "his fontanelle is sunken".
            =sunken =fontanelle/fontanel / =fontanelle/fontanel _2 =sunken/sunk/dipped / =soft =spot _2 =sunken/sunk/dipped
            # A baby in the womb that has stopped moving: "i can not feel the baby move since last night".
            !can not =feel _2 =baby _1 =move/moving/kick/kicking / !not =felt _2 =baby _1 =move/moving/kick/kicking / !=baby has not =moved / !=baby _2 =stopped =moving/kicking / !=baby is not =moving
            # ... told with a pronoun once the pregnancy is named by its week or as pregnant: "34 weeks
            # and she hasnt moved since last night". Not "she has not stopped moving".
            !@gestnum @weekword _8 =he/she/it has/had not =moved / !@gestnum @weekword _8 =he/she/it is not =moving / !@gestnum @weekword _8 not =felt _2 =him/her _1 =move/moving/kick/kicking / !@gestnum @weekword _8 can not =feel _2 =him/her _1 =move/moving/kick/kicking / !@gestnum @weekword _8 no =movement/movements/kicks =since/today/all
            !@pregnant _8 =he/she/it has/had not =moved / !@pregnant _8 =he/she/it is not =moving / !@pregnant _8 not =felt _2 =him/her _1 =move/moving/kick/kicking / !@pregnant _8 can not =feel _2 =him/her _1 =move/moving/kick/kicking
            # A face or mouth dropped on one side (a stroke), not a face that fell at the bill.
            face/mouth _3 dropped/drooped/drooping/sagging/sagged on one side / side of _2 face/mouth _3 dropped/drooped/drooping/sagging/sagged
            # The chest gripped like a vice (a heart attack told as a feeling): "squeezes behind my breastbone like a vice".
            chest/breastbone/sternum _4 like a vice/vise / like a vice/vise _3 chest/breastbone/sternum
            # An inhaler that does nothing in an attack; words between breaths.
            !@inhaler _3 not doing anything/much / !@inhaler _3 not =helping/working/touching
            few words _2 between =breaths / can only get _3 words out / can not finish a sentence / can not finish my/his/her sentences
            # Losing blood now, a lot of it.
            losing a lot of blood / losing lots of blood / losing so much blood / blood _2 running down my legs
            =soaked through _2 pads / soaking through _2 pads / =soaked _1 pads in an =hour
            # A headache that struck like a thunderclap, or the worst of a life told apart from the
            # word (a bleed in the brain): "headache out of nowhere like a thunderclap", "a headache,
            # honestly the worst one of my life". Not thunder that kept one awake.
            headache/headaches/migraine _6 like a thunderclap/thunderbolt / like a thunderclap/thunderbolt _6 headache/migraine
            headache/migraine _6 worst (one) of my life / worst (one) of my life _6 headache/migraine
            # A fit after which someone found the writer, or told by the jerking: "had a fit in the shower, partner found me on the floor".
            & =fit =found =me / had a =fit _8 =jerking/convulsing/twitching
            # Blurred or lost sight in one eye with a limb gone numb or unfelt (a stroke): "blurry in one eye and cant feel my right arm".
            =blurry/blurred/lost/dark _3 =one =eye _9 can not =feel _3 =arm/leg/hand / can not =feel _3 =arm/leg/hand _9 =blurry/blurred/lost/dark _3 =one =eye
            =blurry/blurred _3 =one =eye _9 =arm/leg _2 =numb / =arm/leg _2 =numb _9 =blurry/blurred _3 =one =eye
            # Soaking a pad an hour after the birth (a haemorrhage): "soaking a pad every hour".
            =soaking/soaked/soak _2 =pad/pads _2 =every/an/each =hour
        """,
        "concern": """
            # Feeling lost bit by bit in a body part (not "less and less tired"), a mole that grows or darkens, a heart that flutters.
            =feel/feeling =less =and =less =in/of / =less =and =less =feeling =in / =mole/moles _4 =getting =bigger/darker / =mole/moles _4 =growing/grown/changed/changing/darker / =fluttery/fluttering =heartbeat/heartbeats/heart
            # A wound that will not heal (a diabetic foot); reflux.
            !@unhealed _3 not =healing / !@unhealed _5 will not =heal / !@unhealed _3 does not =heal / =acid reflux
            # ... told in the perfect or with "to be": "the wound has not healed", "still isn't healed".
            !@unhealed _4 not _1 healed / !@unhealed _4 hasnt _1 healed / !@unhealed _4 never healed / !@unhealed _4 not _1 closed up
            # A numb patch, told among good news ("from 4 a week to 1, only my left foot feels numb").
            numb feeling / feels numb / gone numb / feel numb
        """,
        "idiom": """
            # Numbers going the right way: "migraines from 5 a week to 1".
            from _3 =week/day/month to =1/one/zero/0/none / from _3 =week/day/month to just/only =1/one / @attacks from _3 =week/day/month to =1/one/zero/0/none / @attacks from _3 =week/day/month to just/only =1/one
            # A blood pressure that is normal: "stable at 120/80" (not sugar: "sugar normal but he is
            # talking nonsense" must keep its sugar for the confusion rule).
            (blood) =pressure/bp _2 =stable/normal/perfect/fine / (blood) =pressure/bp _2 back to =normal
            # The glass test passed: "it faded straight away under the glass".
            =faded/fades/fading _3 under the glass / =faded/fades/fading _3 with the glass
            # A school talk or project about an emergency is not one.
            =presentation/project/talk/essay/homework _1 on/about _2 @medemergency
            # A hospital series on screen, its emergencies in every episode: "someone has a heart
            # attack every episode". One emergency beside the series ("watching a hospital drama
            # when dad had a stroke") stays a crisis: the plural or every episode is needed.
            heart attack/attacks _3 every/each episode / =strokes _3 every/each episode / every/each episode _3 heart attack/attacks/stroke / hospital/medical drama/series/show _6 heart attacks / hospital/medical drama/series/show _6 =strokes
            # A fit that is no seizure: of giggles, of temper, a coughing fit, keeping fit (they claim
            # "fit" before the fit found on the floor above).
            =fit of / =coughing/sneezing =fit / keep =fit / =threw/throw/throwing/pitched a =fit / =fit =me/him/her/them/you/us
        """,
        "routine": """
            # Numb from the dentist's injection, not a numb face: "half my face still numb from
            # the dentist". A numbness told without the dentist stays a symptom.
            numb/numbness _4 from/after/since the/my @dentist / numb/numbness _4 from/after @dentist / @dentist _4 still numb
            # ... over half the face, which claims it before the stroke's half face: "half my face is still numb from the dentist".
            =half _2 =face/mouth/jaw _3 =numb/tingling _4 from/after/since the/my @dentist / =half _2 =face/mouth/jaw _3 =numb/tingling _4 from/after @dentist
        """,
    },
    "de": {
        "crisis": """
            # Das Bein heiß und dick, dann Luftnot oder Stechen beim Einatmen (eine Lungenembolie).
            & =bein/wade/oberschenkel =dick/geschwollen/heiß =japse/japsen/japst/luftnot/atemnot/kurzatmig / & =bein/wade/oberschenkel =dick/geschwollen/heiß =stichts/sticht/stechen =einatmen/atmen/luftholen
            # Auf einem Auge dunkel wie ein Vorhang: "auf dem linken auge wird es plötzlich dunkel wie ein vorhang".
            =auge _6 =wie =ein =vorhang / =vorhang _4 =vor =dem/meinem/das =auge
            # Die halbe Seite taub (ein Schlaganfall): "die gesichtshälfte ist pelzig", "die halbe körperseite taub".
            =gesichtshälfte/körperhälfte/körperseite/gesichtsseite _4 =taub/pelzig/gefühllos/kribbelt / =halbe =gesicht/körper/seite _3 =taub/pelzig/gefühllos/kribbelt
            # Blutung, die nicht aufhört, mit Wörtern dazwischen: "blutet seit ner stunde und hört nicht auf".
            !=blutet/blute/nasenbluten/blutung _8 =hört =nicht =auf / !=blutet/blute/nasenbluten/blutung _8 =nicht =zu =stoppen
            # Erbrochenes wie Kaffeesatz (Blut aus dem Magen): "was Dunkles erbrochen, sah aus wie Kaffeesatz".
            =erbrochen/erbreche/erbricht/gekotzt/kotze/übergeben _8 =Kaffeesatz/kaffeesatzartig/kaffeesatzartiges / =Kaffeesatz/kaffeesatzartig/kaffeesatzartiges _8 =erbrochen/erbrochenes/gekotzt/übergeben/Erbrochene/Erbrochenem
            # Blut gehustet: "hab heute früh Blut gehustet", "Opa hustet seit heute Morgen Blut".
            =Blut _3 =gehustet/abgehustet/ausgehustet/aufgehustet / =huste/hustet/hustete/husten _4 =Blut / =Blut =husten
            # Umgefallen und kurz weg gewesen, auch mundartlich: "oifach umgfalle, war kurz weg".
            =bin/bi _8 =umgefallen/umgfalle/umgfallen/umgfalla/hingefallen/zusammengesackt/zusammengeklappt _8 =war/wa/bin =kurz =weg/weggetreten / =bin/bi _8 =umgefallen/umgfalle/umgfallen/umgfalla/hingefallen/zusammengesackt/zusammengeklappt _8 =war/wa _3 =Sekunden/Moment =weg
            # Ein Mensch, der krampft (ein Anfall), nicht ein Muskel: "mein sohn krampft".
            =sohn/tochter/kind/baby/kleine/kleiner/mann/frau/mutter/vater/mama/papa/oma/opa/er/sie _2 =krampft/krampfte/krampfen
            # Eine eingefallene Fontanelle (ein Säugling trocknet aus).
            =eingefallene =Fontanelle / =Fontanelle _2 =eingefallen / =Fontanelle _2 =eingesunken
            # Das Kind im Bauch bewegt sich nicht mehr: "ich spüre das Baby seit gestern nicht mehr".
            !=spüre _4 =Baby _3 =nicht =mehr / !=spüre _3 =keine =Kindsbewegungen / !=keine =Kindsbewegungen =mehr / !=Baby =bewegt =sich _2 =nicht =mehr / !=Baby =bewegt =sich =kaum =noch
            # ... mit der Schwangerschaftswoche statt des Babys: "bin in der 37. SSW und spür seit heute früh fast keine Bewegungen mehr".
            !@pregnant _8 =keine =Bewegungen =mehr / !@pregnant _8 =spüre/spür _3 =ihn/sie _2 =nicht =mehr / !@pregnant _8 =er/sie =bewegt =sich _2 =nicht =mehr / !@pregnant _8 =er/sie =bewegt =sich =kaum =noch
            !@gestnum @weekword _8 =keine =Bewegungen =mehr / !@gestnum @weekword _8 =spüre/spür _3 =ihn/sie _2 =nicht =mehr / !@gestnum @weekword _8 =er/sie =bewegt =sich _2 =nicht =mehr
            # Die Brust wie im Schraubstock: "drückt hinterm Brustbein wie ein Schraubstock".
            Brust/Brustbein/Brustkorb _4 wie ein/einem Schraubstock / wie ein/einem Schraubstock _3 Brust/Brustbein/Brustkorb
            # Das Spray hilft nicht: "das Notfallspray hilft gar nicht".
            !@inhaler _3 =hilft nicht / !@inhaler _3 =hilft gar nicht
            !kann nur noch _3 Wörter / !kann keinen =Satz mehr
            !@facepart _2 hängt schief / !@facepart hängt $
            # Viel Blut, jetzt: "verliere viel Blut", "schon zwei Binden durch".
            =verliere viel Blut / =verliert viel Blut / =verliere so viel Blut / blute sehr stark / blutet sehr stark
            =zwei/drei/mehrere =Binden durch / =Binde _2 durchgeblutet
            # Kopfweh wie ein Donnerschlag, oder das schlimmste des Lebens abseits gesagt: "Kopfweh
            # wie ein Donnerschlag", "Kopfschmerzen, die schlimmsten meines Lebens".
            Kopfweh/Kopfschmerzen/Kopfschmerz/Migräne _6 wie ein/einen Donnerschlag/Blitzschlag / wie ein/einen Donnerschlag/Blitzschlag _6 Kopfweh/Kopfschmerzen/Kopfschmerz
            Kopfweh/Kopfschmerzen/Kopfschmerz/Migräne _6 schlimmste/schlimmsten/schlimmster meines Lebens / schlimmste/schlimmsten/schlimmster meines Lebens _6 Kopfweh/Kopfschmerzen
            # Blut, das nicht aufhört: "Nasenbluten, das nicht aufhört".
            !Nasenbluten _6 nicht aufhört / !Nasenbluten _6 nicht aufhören / !Blutung _6 nicht aufhört / !Nasenbluten _6 nicht =stoppt / !hört nicht auf zu bluten / !blutet _3 und hört nicht auf
            # Ein Anfall, bei dem jemand zuckt: "hatte einen Anfall und zuckte am ganzen Körper".
            =Anfall _8 =zuckte/zuckt/gezuckt =am =ganzen =Körper
            # Auf einem Auge verschwommen und ein Arm oder Bein gefühllos (ein Schlaganfall).
            =einem =Auge _2 =verschwommen/nichts/schwarz _9 =Arm/Bein _3 =nicht =mehr / =Arm/Bein _3 =nicht =mehr _9 =einem =Auge _2 =verschwommen/nichts/schwarz
            =einem =Auge _2 =verschwommen/nichts/schwarz _9 =Arm/Bein _2 =taub / =Arm/Bein _2 =taub _9 =einem =Auge _2 =verschwommen/nichts/schwarz
            # Jede Stunde eine Binde durch nach der Geburt (eine Blutung).
            =jede =Stunde _3 =Binde/Binden/Vorlage/Vorlagen _2 =durch / =Binde/Binden/Vorlage/Vorlagen _3 =jede =Stunde _2 =durch
        """,
        "concern": """
            # Immer weniger Gefühl; ein Leberfleck, der wächst oder dunkler wird.
            =spüre/spür/fühle =immer =weniger / =leberfleck/muttermal _4 =wächst/größer/dunkler/verändert
            !@unhealed _3 =heilt nicht / !@unhealed _3 nicht =heilt / !@unhealed _3 nicht =verheilt / !@unhealed _4 nicht _1 zugeheilt / !@unhealed _4 nicht _1 abgeheilt / !@unhealed _3 will nicht =heilen / Reflux / =saures =Aufstoßen
            =taubes Gefühl / fühlt sich taub an / =fühlen sich taub an / Taubheitsgefühl
        """,
        "idiom": """
            von _4 =Woche/Tag/Monat auf 1/eine/einen/null/keine / von _4 =Woche/Tag/Monat auf nur noch 1/eine/einen / @attacks von _4 =Woche/Tag/Monat auf 1/eine/einen/null/keine / @attacks von _4 =Woche/Tag/Monat auf nur noch 1/eine/einen
            =Blutdruck _2 =stabil/normal/perfekt/gut / =Blutdruck _2 wieder normal
            =unter dem Glas _3 =verblasst/weg / =Referat/Vortrag/Projekt _1 über _2 @medemergency
            =Krankenhausserie/Arztserie/Klinikserie/Krankenhausserien/Arztserien _6 =Herzinfarkte/Schlaganfälle und =Herzinfarkte/Schlaganfälle / =Krankenhausserie/Arztserie/Klinikserie/Krankenhausserien/Arztserien _6 =Herzinfarkte/Schlaganfälle / jede/jeder Folge _3 =Herzinfarkt/Schlaganfall / =Herzinfarkt/Schlaganfall _3 jede/jeder Folge
        """,
        "routine": """
            taub/betäubt/Betäubung _4 vom/beim @dentist / taub/betäubt/Betäubung _4 nach dem @dentist / @dentist _4 noch taub/betäubt
        """,
    },
    "fr": {
        "crisis": """
            # Le mollet chaud et gonflé, puis le souffle court (une embolie): "mollet gonflé et je suis essoufflée".
            & =mollet/jambe/cuisse =gonflé/gonflée/enflé/enflée =essoufflé/essoufflée/essouffle
            # Un oeil qui ne voit plus, ou un rideau devant: "je ne vois plus rien de l'oeil gauche".
            !=vois =plus =rien _2 =oeil/œil / =rideau _4 =devant _2 =oeil/œil / =oeil/œil _6 =comme =un =rideau
            # La moitié du corps ou du visage engourdie, un sourire qui ne vient plus d'un côté (un AVC).
            =moitié =du/de =corps/visage _3 =engourdie/engourdi/paralysée/paralysé/insensible / =fourmis _4 =tout =le =côté / !=arrive/arrivait/peut/peux =plus =a =sourire
            # Un saignement qui ne s'arrête pas, des mots entre: "je saigne du nez depuis deux heures, ça ne s'arrête pas".
            !=saigne/saignes/saignement/saignements/saigner _8 =ne =se =arrête =pas
            # Des vomissements marc de café (du sang de l'estomac).
            =vomi/vomis/vomit/vomissements/vomissement/vomir/rendu _8 =marc =de =café
            # Du sang craché ou toussé: "j'ai craché du sang ce matin" (pas en se brossant les dents: un idiome).
            =craché/crache/cracher/crachais/crachait/toussé/tousse/tousser/toussais _3 =sang
            # Tombé et parti quelques secondes: "je suis tombée au boulot, j'étais partie quelques secondes".
            =suis/étais/etais =tombé/tombée/effondré/effondrée _8 =suis/étais/etais/été/ete =parti/partie/absent/absente _1 =quelques/une/un =secondes/seconde/instant/moment
            # Convulser, le verbe (pas seulement "des convulsions"): "ma fille convulse là".
            =convulse / =convulsé / =convulsée / =convulsait / =convulsent / =convulser
            # Une fontanelle creusée (un nourrisson déshydraté).
            =fontanelle _2 =creusée/creuse/enfoncée/déprimée
            # Le bébé qui ne bouge plus dans le ventre: "je ne sens plus le bébé bouger".
            !=sens =plus _3 =bébé _1 =bouger / !=sens =plus =bouger _2 =bébé / !=bébé ne =bouge =plus / !=bébé =bouge =plus
            # ... avec un pronom, la grossesse dite par ses semaines: "enceinte de 35 SA, il ne bouge plus depuis hier". Pas "il bouge plus que jamais".
            !@gestnum @weekword _8 ne =bouge =plus / !@gestnum @weekword _8 =bouge =plus =depuis/du / !@gestnum @weekword _8 le/la =sens =plus =bouger / !@gestnum @weekword _8 =aucun =mouvement
            !@pregnant _8 ne =bouge =plus / !@pregnant _8 =bouge =plus =depuis/du / !@pregnant _8 le/la =sens =plus =bouger / !@pregnant _8 =aucun =mouvement
            # La gorge qui se ferme, dit seul (pas d'émotion): "ma gorge se ferme depuis la piqûre".
            gorge se ferme / gorge qui se ferme / gorge est en train de se fermer
            # La poitrine serrée comme dans un étau: "ça serre derrière le sternum comme un étau".
            poitrine/sternum _4 comme un étau / poitrine/sternum _4 comme dans un étau / comme un étau _3 poitrine/sternum
            !@inhaler _3 ne fait rien / !@inhaler _3 ne fait plus rien / !@inhaler _3 fait rien
            !ne =peut/peux/arrive/arrives/parvient plus _2 finir ses/mes =phrases
            !@facepart _1 de travers
            =perds beaucoup de sang / =perd beaucoup de sang / =perds énormément de sang / je saigne beaucoup / =elle saigne beaucoup
            coule sur mes/ses jambes / coule le =long de mes/ses jambes
            # Le mal de tête en coup de tonnerre, ou le pire d'une vie dit à part: "mal de tête d'un
            # coup comme un coup de tonnerre", "un mal de tête, le pire de ma vie".
            mal/maux de tête _6 comme un coup de tonnerre/foudre / mal à la tête _6 comme un coup de tonnerre/foudre / comme un coup de tonnerre/foudre _6 mal/maux de tête / comme un coup de tonnerre/foudre _6 mal à la tête
            mal/maux de tête _6 pire de ma vie / mal à la tête _6 pire de ma vie / pire de ma vie _6 mal/maux de tête
            !saigne du nez _3 ne s'arrête pas / !saignement _3 ne s'arrête pas / !saigne _3 ne s'arrête pas / !n'arrête pas de saigner
            # Une crise où l'on se convulse, trouvée par terre: "j'ai fait une crise, mon mari m'a trouvée par terre".
            =crise _9 =me =a =trouvée/trouvé/trouvee/trouve =par =terre / =crise _9 =trouvée/trouvé/trouvee/trouve =par =terre
            # Flou ou noir d'un œil et un bras ou une jambe qu'on ne sent plus (un AVC): "je vois flou d'un oeil et je sens plus mon bras".
            =flou/noir =de =un =oeil/œil _9 =sens =plus _2 =bras/jambe/main / =sens =plus _2 =bras/jambe/main _9 =flou/noir =de =un =oeil/œil
            =flou/noir =de =un =oeil/œil _9 =bras/jambe _2 =engourdi/engourdie/paralysé/paralysée / =bras/jambe _2 =engourdi/engourdie _9 =flou/noir =de =un =oeil/œil
            # Une serviette trempée par heure après l'accouchement (une hémorragie).
            =serviette/serviettes _3 =par =heure / =serviette/serviettes _3 =toutes =les =heures
        """,
        "concern": """
            # De moins en moins de sensation; un grain de beauté qui grandit ou fonce.
            =je =sens =de =moins =en =moins / =grain =de =beauté _4 =grandit/grossit/change/fonce/foncé/plus
            !@unhealed _4 ne =cicatrise pas / !@unhealed _4 pas _1 guérie / !@unhealed _4 pas _1 guéri / !@unhealed _4 pas _1 cicatrisée / !@unhealed _4 pas _1 cicatrisé / !@unhealed _4 pas _1 refermée / !@unhealed _4 ne =guérit pas / !@unhealed _5 ne se =referme pas / reflux / =remontées =acides / brûlures d'estomac / tension _2 =remonte / tension _2 =grimpe
            =sensation d'engourdissement / =engourdie / =engourdis / engourdies
        """,
        "idiom": """
            # Du sang craché en se brossant les dents, ou après le dentiste: les gencives, pas les poumons.
            =craché/crache/cracher/crachais _3 =sang _6 =dents/gencives/gencive/brosse/brossant/brossage/dentiste / =dents/gencives/gencive/brosse/brossant/brossage/dentiste _6 =craché/crache/cracher/crachais _3 =sang
            # Émue, pas étouffée: "la gorge se ferme d'émotion".
            gorge se ferme/serre d'émotion / gorge qui se ferme/serre d'émotion
            de _6 =semaine/jour/mois à 1/une/un/zéro/aucune / de _6 =semaine/jour/mois à une/un seul/seule / @attacks de _6 =semaine/jour/mois à 1/une/un/zéro/aucune / @attacks de _6 =semaine/jour/mois à une/un seul/seule
            =tension _3 =stable/normale/parfaite / =tension _3 =redevenue =normale
            =exposé/exposés/présentation/projet _1 sur _2 @medemergency
            chaque épisode _3 =infarctus/avc / =infarctus/avc _3 chaque épisode / =infarctus/avc _3 tous les épisodes
        """,
        "routine": """
            endormi/endormie/engourdi/engourdie/insensible/anesthésié/anesthésiée _4 après/chez le @dentist / endormi/endormie/engourdi/engourdie/insensible _4 du @dentist / @dentist _4 encore endormie/endormi/engourdie/engourdi
        """,
    },
    "es": {
        "crisis": """
            # La pantorrilla hinchada y luego falta el aire (una embolia).
            & =pantorrilla/pierna/muslo =hinchada/hinchado/caliente =ahogo/ahoga/asfixia
            # Un ojo que no ve, o una cortina delante: "no veo nada por el ojo derecho".
            !no =veo/ve =nada _3 =ojo / =cortina _4 =ojo / =ojo _6 =como =una =cortina
            # La mitad de la cara o del cuerpo dormida; la boca torcida de golpe.
            =mitad _3 =cara/cuerpo _3 =dormida/dormido/entumecida/entumecido/hormiguea/paralizada / =torcido/torció =la =boca / =boca =torcida
            # Una hemorragia que no para, con palabras entre: "me sangra la herida y no para".
            !=sangra/sangrando/sangre/sangrado/hemorragia _8 =no =para/paraba/paró/se detiene
            # Vómito como posos de café (sangre del estómago).
            =vomité/vomitado/vomito/vómito/vomitando/devuelto/devolví _8 =posos/poso =de =café / =posos/poso =de =café _8 =vomité/vomitado/vomito/vómito/vomitando/devuelto/devolví
            # Sangre tosida o escupida: "he tosido sangre esta mañana".
            =tosí/tosido/toso/tosiendo/toser/tosía _3 =sangre
            # Caído y ausente unos segundos: "me caí en el trabajo y estuve ido unos segundos".
            =me _2 =caí/caído/desplomé/desplomado/desplomada _8 =estuve/quedé/quede =ido/ida/inconsciente _2 =segundos/momento/instante
            # La mollera hundida (un bebé deshidratado): "la mollera la tiene hundida".
            =mollera _3 =hundida / =fontanela _3 =hundida
            # El bebé que ya no se mueve en la barriga: "no siento al bebé moverse desde anoche".
            !no =siento _3 =bebé/bebe _2 =mover/moverse/patadas / !=bebé/bebe no se =mueve / !=bebé/bebe ya no se =mueve / !=bebé/bebe =dejó de =moverse
            # ... con la semana del embarazo y sin nombrar al bebé: "36 semanas y no se mueve desde anoche".
            !@gestnum @weekword _8 no se =mueve / !@gestnum @weekword _8 no lo/la =siento =moverse/mover / !@gestnum @weekword _8 =dejó de =moverse / !@gestnum @weekword _8 no =noto =movimientos/moverse
            !@pregnant _8 no se =mueve / !@pregnant _8 no lo/la =siento =moverse/mover / !@pregnant _8 =dejó de =moverse / !@pregnant _8 no =noto =movimientos/moverse
            # La garganta que se cierra, dicha sola (no de los nervios): "se me está cerrando la garganta".
            está cerrando la garganta / se me cierra la garganta / se le cierra la garganta / se le está cerrando la garganta
            # La cara caída de un lado (un ictus), no la cara de vergüenza.
            se le cayó la cara de un lado / se me cayó la cara de un lado / se le cae la cara de un lado / cara/boca _2 caída de un lado / se le cayó media cara / se me cayó media cara
            # El pecho apretado como una prensa: "me aprieta atrás del esternón como una prensa".
            pecho/esternón _4 como una prensa / pecho/esternón _4 como un torno / como una prensa _3 pecho/esternón
            !@inhaler _3 no le hace nada / !@inhaler _3 no me hace nada / !@inhaler _3 no hace nada
            !no puede terminar las =frases / !no puedo terminar las =frases
            !@facepart _1 =torcida/torcido / se le cae la boca / se le cae la cara
            pierdo mucha sangre / =pierde mucha sangre / =perdiendo mucha sangre / sangro mucho / sangrando mucho
            # El dolor de cabeza como un trueno, o el peor de una vida dicho aparte: "dolor de cabeza
            # de golpe como un trueno", "dolor de cabeza, el peor de mi vida".
            dolor de cabeza _6 como un trueno/rayo/latigazo / como un trueno/rayo/latigazo _6 dolor de cabeza
            dolor de cabeza _6 peor de mi vida / peor de mi vida _6 dolor de cabeza
            !no para de sangrar / !no deja de sangrar / !sangra _3 no para / !sangrado _3 no para
            # Un ataque con sacudidas, o encontrada en el suelo: "me dio un ataque, mi marido me encontró en el suelo".
            =ataque _9 =me =encontró/encontro _3 =suelo
            # Borroso de un ojo y un brazo o una pierna que no se siente (un ictus).
            =borroso/borrosa/negro =de =un =ojo _9 =no =siento _2 =brazo/pierna/mano / =no =siento _2 =brazo/pierna/mano _9 =borroso/borrosa/negro =de =un =ojo
            # Empapar una compresa cada hora después del parto (una hemorragia): "empapo compresas cada hora".
            =empapo/empapé/empapando/empapa _2 =compresa/compresas _2 =cada =hora / =empapo/empapé/empapando/empapa _2 =compresa/compresas =por =hora / =una =compresa =por =hora
        """,
        "concern": """
            # Cada vez menos sensación; un lunar que crece o cambia.
            =cada =vez =siento =menos =la/las/el/los/mis/mi / =lunar _4 =crece/creciendo/cambiado/oscuro/grande
            !@unhealed _3 no =cicatriza / !@unhealed _4 no se ha _1 curado / !@unhealed _4 no ha _1 cicatrizado / !@unhealed _4 no se ha _1 cerrado / !@unhealed _3 no se =cura / !@unhealed _5 no cierra / =reflujo / acidez / ardor de estómago
            =adormecimiento / adormecido / =adormecida / =sensación de hormigueo
        """,
        "idiom": """
            # Los nervios, no una alergia: "se me cierra la garganta de los nervios".
            cierra la garganta de los nervios / cierra la garganta de la emoción / cierra la garganta de pena
            de _4 =semana/día/mes a (solo) =1/una/uno/cero/ninguna / @attacks de _4 =semana/día/mes a (solo) =1/una/uno/cero/ninguna
            =tensión/presión _2 =estable/normal/perfecta / =tensión/presión _2 otra vez normal
            =exposición/trabajo/presentación _1 sobre _2 @medemergency
            serie de médicos/hospitales/hospital _6 =infartos / serie médica _6 =infartos / cada episodio/capítulo _3 =infarto/ictus / =infarto/ictus _3 cada episodio/capítulo
        """,
        "routine": """
            # The half lip or face named too: the second reader reads "medio labio" as a stroke.
            medio/media labio/boca/cara/lengua/mejilla _2 dormido/dormida/adormecido/adormecida/anestesiado/anestesiada _4 del @dentist
            dormido/dormida/adormecido/adormecida/anestesiado/anestesiada _4 del @dentist / dormido/dormida/adormecido/adormecida/anestesiado/anestesiada _4 por el @dentist / dormido/dormida/adormecido/adormecida/anestesiado/anestesiada _4 después del @dentist / @dentist _4 todavía/aún dormido/dormida
        """,
    },
    "it": {
        "crisis": """
            # Il polpaccio caldo e gonfio, poi il fiato corto (un'embolia).
            & =polpaccio/gamba/coscia =gonfio/gonfia/caldo/calda =fiato/affanno/ansimo
            # Un occhio che non vede più: "non vedo più dall'occhio destro".
            !non =vedo/vede/vedevo =più/niente _3 =occhio / =tenda _4 =occhio / =occhio _6 =come =una =tenda
            # Mezza faccia o metà corpo che formicola o non si sente (un ictus): "mi formicola mezza faccia".
            =mezza/metà =faccia/viso/corpo _3 =formicola/formicolano/addormentata/addormentato/intorpidita/paralizzata / =formicola/formicolano/intorpidisce _2 =mezza/metà =faccia/viso/corpo
            # Un sangue che non si ferma, anche dopo lo spagnolo: "mi sangra la nariz ..., non si ferma proprio".
            !=sanguina/sanguinare/sangue/emorragia/sangra _8 =non =si =ferma/arresta
            # Vomito a fondi di caffè (sangue dallo stomaco).
            =vomitato/vomito/vomitando/rimesso/rigettato _8 =fondi/fondo =di =caffè/caffe / =fondi/fondo =di =caffè/caffe _8 =vomitato/vomito/vomitando/rimesso/rigettato
            # Sangue tossito o sputato: "tossendo è uscito sangue", "ho tossito sangue".
            =tossito/tossisco/tossendo/tossire/tossivo _3 =sangue
            # Caduto e via per un attimo: "sono crollato al lavoro, sono stato via un attimo".
            =sono _2 =crollato/crollata/svenuto/svenuta _8 =stato/stata =via/assente _2 =attimo/momento/secondo/secondi / =caduto/caduta/cascato/cascata _2 =terra/pavimento _8 =stato/stata =via/assente _2 =attimo/momento/secondo/secondi
            # Svenire al presente, non solo "svenuta": "mia madre sviene".
            =sviene / =svengo / =svengono / =svenendo / =svenire
            # La fontanella infossata (un neonato disidratato).
            =fontanella _2 =infossata/incavata/avvallata
            # Il bambino nella pancia che non si muove più: "non sento più muovere il bambino".
            !non =sento più _3 =bambino/bimbo/bimba _1 =muovere/muoversi / !non =sento più =muovere _2 =bambino/bimbo/bimba / !non lo/la =sento più =muovere/muoversi / !=bambino/bimbo/bimba non si =muove più
            # ... con la settimana e senza nominare il bambino: "sono a 36 settimane e non si muove più".
            !@gestnum @weekword _8 non si =muove più / !@pregnant _8 non si =muove più
            # La gola che si chiude, detta sola (non per l'emozione): "mi si sta chiudendo la gola".
            sta chiudendo la gola / mi si chiude la gola / gli/le si chiude la gola
            # Metà faccia abbassata (un ictus).
            abbassata metà faccia/bocca / metà faccia/bocca _2 abbassata/cadente / faccia/bocca _2 cadente da un lato / faccia/bocca _2 abbassata da un lato
            # Il petto stretto come in una morsa: "mi stringe dietro lo sterno come una morsa".
            petto/sterno _4 come una morsa / petto/sterno _4 come in una morsa / come una morsa _3 petto/sterno
            !@inhaler _3 non fa niente / !@inhaler _3 non fa nulla / !@inhaler _3 non serve a niente
            !non riesce a finire le =frasi / !non riesco a finire le =frasi
            !@facepart _1 storta/storto
            perdendo tanto sangue / perdo tanto sangue / =perde tanto sangue / perdendo molto sangue / perdo molto sangue / =perde molto sangue / sanguino tanto / sanguina tanto
            # Il mal di testa come un fulmine, o il peggiore di una vita detto a parte: "mal di testa
            # improvviso come un fulmine", "mal di testa, il peggiore della mia vita".
            mal di testa _6 come un fulmine/tuono / come un fulmine/tuono _6 mal di testa
            mal di testa _6 peggiore/peggior della mia vita / peggiore/peggior della mia vita _6 mal di testa
            !non =smette di sanguinare / !sangue dal naso _3 non si ferma / !sangue _3 non si ferma
            # Una crisi, trovata per terra.
            =crisi _9 =mi =ha =trovata/trovato =per =terra
            # Sfocato da un occhio e un braccio o una gamba che non si sente (un ictus).
            =sfocato/sfocata/offuscato/offuscata/nero =da =un =occhio _9 =non =sento _2 =braccio/gamba/mano / =non =sento _2 =braccio/gamba/mano _9 =sfocato/sfocata/offuscato/offuscata =da =un =occhio
            # Un assorbente all'ora dopo il parto (un'emorragia).
            =assorbente/assorbenti _3 =ogni =ora / =assorbente/assorbenti =all =ora / =assorbente/assorbenti =alla =ora
        """,
        "concern": """
            # Sempre meno sensibilità; un neo che cresce o cambia.
            =sento =sempre =meno =le/il/i/la/lo/gli / =neo _4 =cresce/cresciuto/cambiato/scuro/grande
            !@unhealed _3 non =guarisce / !@unhealed _3 non è _1 guarita / !@unhealed _3 non è _1 guarito / !@unhealed _3 non si è _1 rimarginata / !@unhealed _3 non si è _1 chiusa / !@unhealed _3 non è _1 cicatrizzata / !@unhealed _5 non si =rimargina / !@unhealed _3 non =cicatrizza / reflusso / acidità di stomaco / bruciore di stomaco
            =sensazione di intorpidimento / intorpidito / =intorpidita / addormentato il =piede
        """,
        "idiom": """
            # L'emozione, non un'allergia: "mi si chiude la gola per l'emozione".
            chiude la gola dall'emozione / chiude la gola per l'emozione
            da _4 =settimana/giorno/mese a =1/una/uno/zero/nessuna (sola/solo) / @attacks da _4 =settimana/giorno/mese a =1/una/uno/zero/nessuna (sola/solo)
            =pressione _2 =stabile/normale/perfetta / =pressione _2 di nuovo =normale
            =ricerca/relazione/presentazione/tema _1 sugli/sulle/sul/sull/su _2 @medemergency
            serie medica/ospedaliera _6 =infarti / ogni puntata/episodio _3 =infarto/ictus / =infarto/ictus _3 ogni puntata/episodio
        """,
        "routine": """
            addormentato/addormentata/intorpidito/intorpidita/anestetizzato/anestetizzata _4 dal/del @dentist / addormentato/addormentata/intorpidito/intorpidita _4 dopo il @dentist / @dentist _4 ancora addormentato/addormentata
        """,
    },
    "nl": {
        "crisis": """
            # Een oog dat niets meer ziet: "opeens zie ik niks meer met mijn rechteroog".
            !=zie _1 =niks/niets =meer _3 =oog/rechteroog/linkeroog / =gordijn _4 =oog/rechteroog/linkeroog
            # De helft van het gezicht of lichaam doof (een beroerte).
            =helft =van _2 =gezicht/lichaam _3 =doof/gevoelloos/tintelt/verlamd
            # Een bloeding die niet stopt, met woorden ertussen: "bloedneus sinds een uur, stopt echt niet".
            !=bloedneus/bloeding/bloedt/bloed _6 =stopt _1 =niet / !=bloedneus/bloeding/bloedt _6 =houdt _1 =niet =op
            # Braaksel als koffiedik (bloed uit de maag).
            =overgegeven/overgeven/braak/braaksel/gekotst/kotsen/spuugde/gespuugd _8 =koffiedik / =koffiedik _8 =overgegeven/overgeven/braak/braaksel/gekotst/gespuugd
            # Bloed opgehoest: "ik hoestte vanochtend bloed op".
            =hoestte/hoesten/hoestend _3 =bloed / =bloed _2 =opgehoest/opgespuugd/gespuugd
            # Omgevallen en even weg: "op mijn werk omgevallen, was even weg".
            =ben/was _4 =gevallen/omgevallen/omgeklapt/neergegaan/ingezakt _8 =was/ben =even/kort =weg / =ik =viel _4 =om _8 =was =even/kort =weg
            # Een ingevallen fontanel (een baby die uitdroogt).
            =ingevallen =fontanel / =fontanel _2 =ingevallen / =fontanel _2 =ingezakt
            # De baby in de buik die niet meer beweegt: "ik voel de baby bijna niet meer bewegen".
            !=voel _3 =baby _3 =niet =meer =bewegen / !=voel _3 =baby _3 =niet =bewegen / !=baby =beweegt =niet =meer / !=baby =beweegt _2 =niet =meer
            # ... met de zwangerschapsweek en een voornaamwoord: "36 weken en hij beweegt niet meer sinds vannacht".
            !@gestnum @weekword _8 =beweegt =niet =meer / !@gestnum @weekword _8 =voel _2 =hem/haar _2 =niet =meer / !@gestnum @weekword _8 =geen =bewegingen =meer
            !@pregnant _8 =beweegt =niet =meer / !@pregnant _8 =voel _2 =hem/haar _2 =niet =meer / !@pregnant _8 =geen =bewegingen =meer
            # De mond die wegtrekt of scheef hangt (een beroerte).
            mond trekt weg $ / mond _3 trekt/trok scheef / mond/gezicht trekt/trok weg aan één/een kant
            # De borst als in een bankschroef: "knelt achter mijn borstbeen als een bankschroef".
            borst/borstbeen/borstkas _4 als een bankschroef / borst/borstbeen/borstkas _4 als in een bankschroef / als een bankschroef _3 borst/borstbeen/borstkas
            !@inhaler _3 helpt niet / !@inhaler _3 helpt niks / !@inhaler _3 doet niks/niets
            !kan geen zin afmaken / !kan geen =zinnen afmaken
            !@facepart _2 hangt scheef / !@facepart hangt $
            =verlies veel bloed / =verliest veel bloed / =verlies heel veel bloed / bloed heel erg / bloed zo erg
            # Hoofdpijn als een donderslag, of de ergste van een leven los gezegd: "opeens hoofdpijn
            # als een donderslag", "hoofdpijn, de ergste van mijn leven".
            hoofdpijn/migraine _6 als een donderslag/blikseminslag / als een donderslag/blikseminslag _6 hoofdpijn
            hoofdpijn/migraine _6 ergste van mijn leven / ergste van mijn leven _6 hoofdpijn
            !bloedneus _3 stopt niet / !bloedneus _3 houdt niet op / !bloedneus _4 niet stopt / !bloedneus _4 niet =ophoudt / !blijft maar bloeden / !houdt niet op met bloeden
            # Een toeval of aanval met schokken: "ze had een toeval, ze schokte helemaal".
            =had/heeft/kreeg/krijgt _2 =toeval _8 =schokte/schokt/schokken/schokkend / =aanval _8 =schokte/schokt =helemaal / =aanval _9 =vond =me _3 =vloer/grond
            # Wazig met één oog en een arm of been dat je niet meer voelt (een beroerte).
            =wazig _3 =één/een =oog _9 =voel _3 =arm/been/hand _2 =niet / =voel _3 =arm/been/hand _2 =niet _9 =wazig _3 =één/een =oog
            # Elk uur een verband door na de bevalling (een bloeding).
            =elk/ieder =uur _3 =verband/kraamverband _2 =door / =verband/kraamverband _3 =elk/ieder =uur
        """,
        "concern": """
            # Steeds minder gevoel; een moedervlek die groeit of verandert.
            =voel =steeds =minder / =moedervlek _4 =groeit/gegroeid/groter/donkerder/veranderd
            !@unhealed _3 =geneest niet / !@unhealed _4 niet _1 genezen / !@unhealed _4 niet _1 dichtgegaan / !@unhealed _4 niet _1 geheeld / !@unhealed _3 niet =geneest / !@unhealed _3 wil niet =genezen / !@unhealed _5 niet dicht / reflux / =brandend maagzuur
            =doof =gevoel / voelt =doof / =voelen =doof / =dove =voet / =dove vingers / =dove tenen
        """,
        "idiom": """
            van _4 week/dag/maand naar 1/één/een/nul/geen / van _4 week/dag/maand naar nog maar 1/één/een / @attacks van _4 week/dag/maand naar 1/één/een/nul/geen / @attacks van _4 week/dag/maand naar nog maar 1/één/een
            =bloeddruk _2 =stabiel/normaal/perfect/goed / =bloeddruk _2 weer normaal
            =spreekbeurt/werkstuk/presentatie _1 over _2 @medemergency
            =ziekenhuisserie/doktersserie _6 =hartaanvallen/beroertes / elke aflevering _3 =hartaanval/beroerte / =hartaanval/beroerte _3 elke aflevering
        """,
        "routine": """
            verdoofd/doof/gevoelloos _4 van/door/na de @dentist / @dentist _4 nog verdoofd/doof
        """,
    },
    "pt": {
        "crisis": """
            # Formigamento que sobe do braço pro rosto, ou com a perna fraca (um AVC).
            & =formigamento/formigando/dormência/dormente =braço =rosto/cara/boca / & =formigamento/formigando/dormência/dormente =perna =fraca
            # Um olho que não vê, tudo escuro: "ficou tudo escuro no olho esquerdo".
            =ficou =tudo =escuro/preto _3 =olho / !não =vejo =nada _3 =olho
            # Metade do rosto ou do corpo dormente.
            =metade =do/da =rosto/corpo/cara _3 =dormente/formigando/adormecida/adormecido/paralisada
            # Vômito como borra de café (sangue do estômago).
            =vomitei/vomitado/vômito/vomito/vomitando/vomitar _8 =borra =de =café/cafe / =borra =de =café/cafe _8 =vomitei/vomitado/vômito/vomito/vomitando
            # Sangue tossido ou cuspido: "tossi sangue hoje de manhã".
            =tossi/tossindo/tossir/tusso/tossiu/tossia _3 =sangue
            # Caí e apaguei por uns segundos: "caí no trabalho e fiquei apagado uns segundos".
            =desabei/tombei _6 =apaguei / =caí/cai/desabei/tombei _8 =fiquei/estive =apagado/apagada/desacordado/desacordada/fora _2 =segundos/instante/momento
            # A moleira funda (um bebé desidratado).
            =moleira _2 =funda/afundada/afundou / =fontanela _2 =funda/afundada/afundou
            # O bebê na barriga que já não mexe: "não sinto o bebê mexer desde ontem".
            !não =sinto _3 =bebê/bebé/bebe _1 =mexer/mexendo / !=bebê/bebé/bebe não =mexe / !=bebê/bebé/bebe =parou de =mexer / !=bebê/bebé/bebe já não =mexe
            # ... com a semana da gravidez e sem nomear o bebê: "36 semanas e não mexe desde ontem".
            !@gestnum @weekword _8 não =mexe =mais/desde / !@gestnum @weekword _8 já não =mexe / !@gestnum @weekword _8 =parou de =mexer / !@gestnum @weekword _8 não o/a =sinto =mexer
            !@pregnant _8 não =mexe =mais/desde / !@pregnant _8 já não =mexe / !@pregnant _8 =parou de =mexer / !@pregnant _8 não o/a =sinto =mexer
            # A garganta a fechar, dita sozinha (não de emoção): "a minha garganta está a fechar".
            garganta está a fechar / garganta a fechar / garganta está fechando / garganta fechando
            # A cara descaída de um lado (um AVC).
            cara/boca/rosto _2 descaiu de um lado / cara/boca/rosto _2 descaída/caída de um lado / descaiu de um lado
            # O peito apertado como uma morsa: "aperta atrás do esterno que nem uma morsa".
            peito/esterno _4 como uma/numa morsa / peito/esterno _3 que nem uma morsa / peito/esterno _4 como um/num torno / como uma/numa morsa _3 peito/esterno
            !@inhaler _3 não faz nada / !@inhaler _3 não =resolve / !@inhaler _3 não está a fazer nada
            !não consegue terminar as =frases / !não consigo terminar as =frases
            !@facepart _1 torta/=torto
            =perdendo muito sangue / perco muito sangue / =perde muito sangue / sangrando muito / a sangrar muito
            # A dor de cabeça como um trovão, ou a pior de uma vida dita à parte: "dor de cabeça como
            # um trovão", "uma dor de cabeça, a pior da minha vida".
            dor/dores de cabeça _6 como um/uma trovão/raio/pancada / dor/dores de cabeça _6 que nem um trovão/raio / como um trovão/raio _6 dor de cabeça
            dor/dores de cabeça _6 pior/piores da minha vida / pior da minha vida _6 dor de cabeça
            !não para de sangrar / !sangramento _3 não para / !sangue do nariz _3 não para
            # Uma crise, encontrada no chão: "tive uma crise, meu marido me encontrou no chão".
            =crise/convulsão/ataque _9 =me =encontrou/achou =no =chão/chao / =crise/convulsão/ataque _9 =encontrou-me/achou-me =no =chão/chao
            # Embaçado de um olho e um braço ou uma perna que não se sente (um AVC).
            =embaçado/embaçada/turvo/turva =de =um =olho _9 =não =sinto _2 =braço/perna/mão / =não =sinto _2 =braço/perna/mão _9 =embaçado/embaçada/turvo/turva =de =um =olho
            # Um absorvente por hora depois do parto (uma hemorragia).
            =absorvente/absorventes _3 =por =hora / =absorvente/absorventes _3 =a =cada =hora / =absorvente/absorventes _3 =toda =hora
        """,
        "concern": """
            # Cada vez menos sensibilidade; uma pinta que cresce ou muda.
            =sinto =cada =vez =menos =os/as/o/a/meu/minha/meus/minhas / =pinta/sinal _4 =cresce/crescendo/cresceu/mudou/escura/maior
            !@unhealed _3 não =cicatriza / !@unhealed _3 não _1 sarou / !@unhealed _3 não _1 cicatrizou / !@unhealed _3 não _1 fechou / !@unhealed _3 não =sara / !@unhealed _5 não =fecha / =refluxo
            =sensação de dormência / dormente / dormentes
        """,
        "idiom": """
            # A emoção, não uma alergia: "a garganta a fechar de emoção".
            garganta _3 de emoção/nervoso/nervosismo
            de _4 =semana/dia/mês pra/para/a =1/uma/um/zero/nenhuma / de _4 =semana/dia/mês pra/para/a só =1/uma/um / @attacks de _4 =semana/dia/mês pra/para/a =1/uma/um/zero/nenhuma / @attacks de _4 =semana/dia/mês pra/para/a só =1/uma/um
            =pressão _2 =estável/normal/perfeita / =pressão _2 normal de novo
            =trabalho/apresentação/seminário _1 sobre _2 @medemergency
            série de hospital/médicos _6 =enfartes/infartos / série médica _6 =enfartes/infartos / cada episódio _3 =enfarte/infarto/avc / =enfarte/infarto/avc _3 cada episódio
        """,
        "routine": """
            dormente/dormentes/anestesiado/anestesiada/adormecido/adormecida _4 do/pelo @dentist / dormente/dormentes/anestesiado/anestesiada _4 depois do @dentist / @dentist _4 ainda dormente/anestesiada/anestesiado
        """,
    },
    # Concepts across languages: word classes that meet in one sentence.
    "*": {
        "concern": """
            # A wound or a scar that oozes (an infection): "la cicatrice de césarienne est rouge et
            # elle suinte", "the c-section scar is weeping". Negated or gone, it is no trouble.
            & @woundscar @ooze
            # Cracked or bleeding nipples: "ragadi ai capezzoli", "tepels kapot", "grietas en los pezones".
            & @nipple @cracked / =ragadi / =tepelkloven
        """,
        "crisis": """
            # Lips swelling, told with the verb: "nu zwellen haar lippen op", "se le hinchan los labios".
            & @lips @swellverb
            # The mouth or face swelling after a remedy or a sting (an allergy): "boca inchando muito
            # depois do remedio". Not a toothache's swollen cheek, told without either.
            & @mouth @swellverb @remedy / & @mouth @swellverb @sting
            # Lips or tongue named with a throat gone tight or closing: "my lips are huge and my throat feels tight".
            & @lips @throatword @throattight
            # Low sugar with confusion: "sugar 2.6, talking nonsense", "glicemia a 45, confuso".
            & @sugar @nonsense
            # ... or with sweat and not knowing people or places, said with a negation: "schwitzt
            # und erkennt mich nicht", "suando frio, não me reconhece".
            &! @sweaty @sugar @lostsign
            # ... or nonsense said in several words, the sugar and sweat named first: "glycémie à
            # 0,45, il transpire et il me dit des choses qui n'ont pas de sens", "dice cosas sin
            # sentido", "no sabe quién soy", "doesnt know what day it is".
            !@sugar _9 sin/sem/senza sentido/senso / !@sugar _9 @sweaty _9 sin/sem/senza sentido/senso
            !@sugar _9 pas de sens / !@sugar _9 @sweaty _9 pas de sens
            !@sugar _9 no sabe quién/quien/dónde/donde / !@sugar _9 @sweaty _9 no sabe quién/quien/dónde/donde
            !@sugar _9 não sabe onde/quem / !@sugar _9 @sweaty _9 não sabe onde/quem
            !@sugar _9 non sa dove/chi / !@sugar _9 @sweaty _9 non sa dove/chi
            !@sugar _9 weet niet _1 waar/wie / !@sugar _9 @sweaty _9 weet niet _1 waar/wie
            !@sugar _9 weiß/weiss nicht _1 wo/wer / !@sugar _9 @sweaty _9 weiß/weiss nicht _1 wo/wer
            !@sugar _9 ne sait plus où/ou/qui / !@sugar _9 @sweaty _9 ne sait plus où/ou/qui
            !@sugar _9 does not know where/who/what / !@sugar _9 @sweaty _9 does not know where/who/what
            !@sugar _9 did not know where/who/what / !@sugar _9 @sweaty _9 did not know where/who/what
            # ... or nonsense told as the way someone talks, a person named so that a meter's
            # readings that "make no sense" stay below: "hes not making sense", "il raconte
            # n'importe quoi", "dice tonterías", "non ragiona", "praat wartaal", "não fala coisa com coisa".
            !@sugar _9 he/she is not making (any) sense / !@sugar _9 @sweaty _9 he/she is not making (any) sense
            !@sugar _9 raconte/dit/racontait/disait n'importe quoi / !@sugar _9 @sweaty _9 raconte/dit n'importe quoi
            !@sugar _9 dice/decía/habla tonterías/disparates/incoherencias / !@sugar _9 @sweaty _9 dice tonterías/disparates
            !@sugar _9 non ragiona/ragionava / !@sugar _9 sragiona/straparla/farnetica / !@sugar _9 dice cose strane
            !@sugar _9 praat/praatte wartaal/onzin / !@sugar _9 @sweaty _9 praat wartaal/onzin
            !@sugar _9 não fala coisa com coisa / !@sugar _9 nao fala coisa com coisa / !@sugar _9 diz/fala disparates/besteiras
            !@sugar _9 redet/spricht durcheinander/Unsinn / !@sugar _9 redet dummes Zeug
            # A rash that does not fade under a pressed glass: "les puse un vaso encima y no se
            # borran", "ein Glas draufgedrückt und die gehen nicht weg", "ne s'effacent pas".
            !@glass _6 not/nicht/no/non/niet/nao _2 @fadeverb / !@glass _6 @fadeverb _1 not/nicht/niet/pas / !@glass _6 ne _2 @fadeverb pas
            # A floppy young baby who will not feed, or wets no nappy: "tout mou, il ne tète
            # plus", "tá molinha, não quer mamar". The feeding is told negated, so the term carries its
            # own negation and asks for one ("schlapp, trinkt aber gut" is no emergency).
            &! @babylimp @nursling @babyfeed @refusal / &! @babylimp @nursling @nappy @refusal
            # Late pregnancy (20 weeks on, or "pregnant" named) with sparks or a blur before the
            # eyes (pre-eclampsia): "35 semanas, a vista embaçada com pontinhos", "enceinte, des
            # mouches devant les yeux". Not the same sight told without a pregnancy (a migraine's
            # aura stays a concern).
            & @gestnum @weekword @flashsight / & @pregnant @flashsight
            # ... or bleeding from 20 weeks: "sono a 30 settimane, perdo sangue rosso vivo".
            & @gestnum @weekword @bleedword
        """,
        "idiom": """
            # A baby who is not floppy (the feeding rule above carries its own negation).
            not/nicht/niet/nao/non/no _2 @babylimp
            # No bleeding, no blur: a pregnancy's good news ("35 weeks, no bleeding, no blurry
            # vision"). "no", not "not": "will not stop bleeding" stays a crisis.
            no/kein/keine/keinerlei/sans/pas/sin/nada/nessun/nessuna/niente/geen/sem/nenhum/nenhuma _1 @bleedword / no/kein/keine/sans/pas/sin/nada/nessun/nessuna/niente/geen/sem/nenhum/nenhuma _1 @flashsight
        """,
    },
}

# Word classes, each a concept in every language (own names: see lexicon._own_classes).
CLASSES: dict[str, dict[str, str]] = {
    "dentist": {
        "en": "=dentist =dentists =dentista =dentiste",
        "de": "=Zahnarzt =Zahnärztin =Zahnarztes =Zahnarzttermin",
        "fr": "=dentiste",
        "es": "=dentista",
        "it": "=dentista",
        "nl": "=tandarts",
        "pt": "=dentista",
    },
    "throatword": {
        "en": "throat",
        "de": "Hals Kehle",
        "fr": "gorge",
        "es": "garganta",
        "it": "gola",
        "nl": "keel",
        "pt": "garganta",
    },
    "throattight": {
        "en": "tight tightening closing",
        "de": "eng enger zugeschnürt schnürt",
        "fr": "serre serrée ferme",
        "es": "cierra cerrando apretada",
        "it": "chiude chiudendo stretta",
        "nl": "dicht",
        "pt": "fechando fechar apertada",
    },
    "attacks": {
        "en": "=migraines =migraine =headaches =attacks =seizures =fits =hot-flushes =flushes",
        "de": "=Migräne =Migränen =Anfälle =Attacken =Kopfschmerzen",
        "fr": "=migraines =crises =bouffées",
        "es": "=migrañas =crisis =ataques",
        "it": "=emicranie =crisi =attacchi",
        "nl": "=migraines =aanvallen =hoofdpijnen",
        "pt": "=enxaquecas =crises =ataques",
    },
    "medemergency": {
        "en": "=strokes =stroke =heart-attacks =sepsis =meningitis =epilepsy =seizures =anaphylaxis",
        "de": "=Schlaganfall =Schlaganfälle =Herzinfarkt =Herzinfarkte =Sepsis =Epilepsie",
        "fr": "=avc =avcs =infarctus =méningite =épilepsie",
        "es": "=ictus =infartos =infarto =meningitis =epilepsia",
        "it": "=ictus =infarti =infarto =meningite =epilessia",
        "nl": "=beroerte =beroertes =hartaanval =hartaanvallen =epilepsie",
        "pt": "=avc =avcs =avc's =infarto =infartos =enfarte =meningite =epilepsia",
    },
    "swellverb": {
        "en": "=swelling =swell =swells =swelled =swollen =puffing =puffed =puffy",
        "de": "=schwellen =schwillt =schwollen =angeschwollen =anschwellen =geschwollen =dick",
        "fr": "=gonflent =gonfle =gonflé =gonflée =gonflées =enflent =enflé =enflée =enflées",
        "es": "=hinchan =hincha =hinchado =hinchados =hinchadas =inflamados =inflamadas",
        "it": "=gonfiano =gonfia =gonfiate =gonfiati =gonfie =gonfi",
        "nl": "=zwellen =zwelt =zwollen =gezwollen =opgezwollen =dik",
        "pt": "=inchando =incham =inchou =incharam =inchados =inchadas =inchada",
    },
    "sugar": {
        "en": "=sugar =sugars =glucose =bm =hypo =hypoglycaemia =hypoglycemia =mmol =dl",
        "de": "=Zucker =Blutzucker =Nüchternzucker =Unterzucker =Unterzuckerung =Hypo",
        "fr": "=glycémie =glycemie =sucre =hypoglycémie =hypo =dextro",
        "es": "=azúcar =azucar =glucosa =glucemia =hipoglucemia =hipo",
        "it": "=glicemia =zucchero =ipoglicemia =ipo",
        "nl": "=suiker =bloedsuiker =glucose =hypo =mmol",
        "pt": "=glicemia =glicose =açúcar =hipoglicemia =hipo",
    },
    "nonsense": {
        "en": "=nonsense =gibberish =confused =disoriented =disorientated =mumbling =mumbles",
        "de": "=wirres =wirr =Unsinn =verwirrt =nuschelt =lallt",
        "fr": "=confus =confuse =incohérent =incohérente =délire =marmonne =bafouille",
        "es": "=confundido =confundida =confuso =confusa =incoherente =desorientado =desorientada =balbucea =farfulla",
        "it": "=confuso =confusa =incoerente =disorientato =disorientata =farfuglia =biascica",
        "nl": "=onzin =verward =gedesoriënteerd =mompelen =mompelt =brabbelt",
        "pt": "=confuso =confusa =desorientado =desorientada =balbucia =murmurando",
    },
    "unhealed": {
        "en": "=wound =sore =ulcer",
        "de": "=Wunde =Geschwür",
        "fr": "=plaie =blessure",
        "es": "=herida =llaga =úlcera",
        "it": "=ferita =piaga =ulcera",
        "nl": "=wond =wondje =wonde",
        "pt": "=ferida =úlcera",
    },
    "facepart": {
        "en": "=mouth =face =smile",
        "de": "=Mund =Mundwinkel =Gesicht",
        "fr": "=bouche =sourire =visage",
        "es": "=boca =cara =sonrisa",
        "it": "=bocca =viso =faccia",
        "nl": "=mond =mondhoek =gezicht",
        "pt": "=boca =cara =rosto",
    },
    "inhaler": {
        "en": "=inhaler =inhalers =puffer =ventolin =salbutamol =reliever",
        "de": "=Spray =Notfallspray =Asthmaspray =Inhalator =Salbutamol =Sultanol",
        "fr": "=ventoline =inhalateur =pompe =salbutamol",
        "es": "=inhalador =ventolin =salbutamol =puff",
        "it": "=inalatore =ventolin =broncovaleas =spray",
        "nl": "=puffer =pufje =ventolin =salbutamol =inhalator",
        "pt": "=bombinha =inalador =ventolin =aerolin =salbutamol",
    },
    "sweaty": {
        "en": "=sweaty =sweating =sweats =clammy",
        "de": "=schwitzt =schwitzen =verschwitzt =Schweiß =kaltschweißig",
        "fr": "=transpire =transpirant =sueur =sueurs =moite",
        "es": "=sudando =sudado =sudada =sudor =suda",
        "it": "=sudato =sudata =suda =sudando =sudore",
        "nl": "=zweet =zweten =bezweet =klam",
        "pt": "=suando =suado =suada =suor =sua",
    },
    "lostsign": {
        "en": "=recognise =recognize =recognises =recognizes",
        "de": "=erkennt",
        "fr": "=reconnaît =reconnait",
        "es": "=reconoce",
        "it": "=riconosce",
        "nl": "=herkent",
        "pt": "=reconhece",
    },
    "glass": {
        "en": "=glass =tumbler",
        "de": "=Glas",
        "fr": "=verre",
        "es": "=vaso",
        "it": "=bicchiere",
        "nl": "=glas",
        "pt": "=copo",
    },
    "fadeverb": {
        "en": "=fade =fading =faded =fades =blanch =blanching =disappear =disappearing =vanish",
        "de": "=weg =verschwinden =verschwindet =verblassen =verblasst =blasser",
        "fr": "=disparaissent =disparait =disparaît =effacent =efface =pâlissent =palissent =blanchissent =blanchit",
        "es": "=borran =borra =desaparecen =desaparece =quitan =quita =palidecen",
        "it": "=scompaiono =scompare =spariscono =sparisce =sbiadiscono =schiariscono",
        "nl": "=verdwijnen =verdwijnt =vervagen =vervaagt =weg",
        "pt": "=desaparecem =desaparece =somem =some =clareiam =clareia",
    },
    "nursling": {
        "en": "=baby =babys =newborn =infant",
        "de": "=Baby =Säugling =Neugeborenes =Kleiner =Kleine =Kleines",
        "fr": "=bébé =nourrisson",
        "es": "=bebé =bebe =recién",
        "it": "=bimba =bimbo =neonato =neonata =bebè",
        "nl": "=baby =meisje =jongetje =zuigeling",
        "pt": "=bebê =bebé =nenê =neném",
    },
    "babylimp": {
        "en": "=floppy =limp =listless =lethargic =unresponsive =drowsy",
        "de": "=schlapp =schlaff =apathisch =teilnahmslos",
        "fr": "=mou =molle =amorphe =apathique =flasque",
        "es": "=flojo =floja =flojito =flojita =decaído =decaída =desmadejado =desmadejada",
        "it": "=molle =moscio =moscia =floscio =floscia =apatico =apatica",
        "nl": "=slap =slappe =lusteloos =futloos",
        "pt": "=mole =molinho =molinha =molenga =prostrado =prostrada =apático =apática",
    },
    "babyfeed": {
        "en": "=bottle =feed =feeding =feeds =breastfeed =latch",
        "de": "=Flasche =Fläschchen =trinkt =trinken =stillen =saugt",
        "fr": "=tète =tete =téter =teter =biberon =tétée",
        "es": "=pecho =biberón =biberon =mamar =teta",
        "it": "=seno =biberon =poppata =poppare =attacca",
        "nl": "=fles =flesje =borst =drinken =drinkt =voeding",
        "pt": "=mamar =peito =mamadeira",
    },
    "refusal": {
        "en": "=not =refuses =refused =wont",
        "de": "=nicht =kein =keine =keinen =verweigert",
        "fr": "=ne =pas =plus =refuse =aucune",
        "es": "=no =rechaza =nada",
        "it": "=non =rifiuta =niente",
        "nl": "=niet =geen =weigert",
        "pt": "=não =nao =recusa =nada",
    },
    "nappy": {
        "en": "=nappy =nappies =diaper =diapers",
        "de": "=Windel =Windeln",
        "fr": "=couche =couches",
        "es": "=pañal =pañales",
        "it": "=pannolino =pannolini",
        "nl": "=luier =luiers",
        "pt": "=fralda =fraldas",
    },
}

CLASSES.update(
    {
        "woundscar": {
            "en": "=wound =scar =stitches =incision",
            "de": "=Wunde =Narbe =Naht",
            "fr": "=plaie =cicatrice =points =suture",
            "es": "=herida =cicatriz =puntos =sutura",
            "it": "=ferita =cicatrice =punti =sutura",
            "nl": "=wond =wonde =litteken =hechtingen =wondje",
            "pt": "=ferida =cicatriz =pontos =sutura",
        },
        "ooze": {
            "en": "=oozing =oozes =weeping =weeps =pus",
            "de": "=nässt =nässen =eitert =Eiter =suppt",
            "fr": "=suinte =suintent =suintement =pus",
            "es": "=supura =supuran =supurando =pus",
            "it": "=trasuda =secerne =pus =essuda",
            "nl": "=lekt =ettert =pus =etter",
            "pt": "=supura =supurando =pus =purga",
        },
        "nipple": {
            "en": "=nipples =nipple",
            "de": "=Brustwarzen =Brustwarze",
            "fr": "=mamelons =mamelon =tétons =téton",
            "es": "=pezones =pezón",
            "it": "=capezzoli =capezzolo",
            "nl": "=tepels =tepel",
            "pt": "=mamilos =mamilo =bicos =bico",
        },
        "cracked": {
            "en": "=cracked =bleeding =raw",
            "de": "=wund =rissig =blutig =bluten",
            "fr": "=crevassés =crevasses =gercés =abîmés =saignent",
            "es": "=grietas =agrietados =sangran",
            "it": "=screpolati =sanguinano",
            "nl": "=kapot =kloven =gebarsten =bloeden",
            "pt": "=rachados =fissuras =rachaduras =feridos =sangram",
        },
    }
)

# Late pregnancy told by its week, 20 to 42 ("34 weeks", "35 SA", "38 weken"): earlier
# weeks are left out, where a little spotting is a concern, not an emergency.
CLASSES["gestnum"] = {lang: " ".join(f"={n}" for n in range(20, 43)) for lang in CLASSES["sugar"]}
CLASSES.update(
    {
        "weekword": {
            "en": "=weeks =wks =wk",
            "de": "=Wochen =Woche =SSW",
            "fr": "=semaines =SA",
            "es": "=semanas",
            "it": "=settimane",
            "nl": "=weken",
            "pt": "=semanas",
        },
        "pregnant": {
            "en": "=pregnant",
            "de": "=schwanger =SSW",
            "fr": "=enceinte",
            "es": "=embarazada",
            "it": "=incinta",
            "nl": "=zwanger",
            "pt": "=grávida =gravida",
        },
        # Sparks, zigzags or a blur before the eyes.
        "flashsight": {
            "en": "=zigzags =zigzag =flashing =sparkles =blurry =blurred",
            "de": "=Flimmern =flimmert =Lichtblitze =Blitze =verschwommen =Sternchen",
            "fr": "=mouches =éclairs =flou =floue =scintillements",
            "es": "=destellos =lucecitas =borrosa =borroso =moscas",
            "it": "=lampi =lucine =mosche =moschine =offuscata =sfocata",
            "nl": "=flitsen =lichtflitsen =sterretjes =wazig",
            "pt": "=pontinhos =embaçada =embaçado =turva =turvo =moscas",
        },
        "bleedword": {
            "en": "=bleeding =bleed =blood",
            "de": "=Blutung =blute =blutet =Blut",
            "fr": "=saigne =saignement =saignements =sang",
            "es": "=sangre =sangro =sangrado =sangrando",
            "it": "=sangue =sanguino =sanguinamento",
            "nl": "=bloed =bloeding =bloed",
            "pt": "=sangue =sangrando =sangramento",
        },
    }
)

# Negations before a concern: Portuguese and Spanish "no longer has" ("não tem mais tontura").
PRE_NEGATION = "nao tem mais / ja nao tem / no tiene mas / ya no tiene"

# Resolutions that close a whole sentence past its commas: the glass test passed ("the heat
# rash, like the leaflet says, faded straight away under the glass").
SENTENCE_RESOLVED = (
    "faded under the glass / fades under the glass / away under the glass / gone under the glass"
    " / unter dem glas verblasst / unter dem glas weg / efface sous le verre / disparait sous le verre"
    " / desaparece bajo el vaso / borra con el vaso / scompare sotto il bicchiere"
    " / verdwijnt onder het glas / desaparece com o copo / some com o copo"
)

# Resolutions of a concern (not of a crisis), in the lexicon's folded notation: symptoms
# fading ("les poussées ont bien diminué", "la tos ya casi no está", "está quase a passar").
RESOLVED = (
    "diminue / a diminue / ont diminue / bien diminue / ont bien diminue / nettement diminue"
    " / decreased / reduced / almost gone / nearly gone / almost stopped / fast weg / fast verschwunden"
    " / presque partie / presque parti / presque plus / casi no esta / ya casi no esta / casi desaparecido"
    " / disminuido / ha disminuido / han disminuido / diminuito / diminuita / diminuiti / quasi sparito / quasi sparita"
    " / afgenomen / bijna weg / quase a passar / esta quase a passar / quase passou / diminuiu / diminuiram"
    " / acabaram / terminaram"
    # A symptom lifted or calmed: "la fatigue s'est levée", "la ciática se ha calmado".
    " / se est levee / se est dissipee / se est dissipe / se ha calmado / se calmo / se ha ido / si e calmata / si e calmato"
)
