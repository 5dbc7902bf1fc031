# ruff: noqa: E501  (data: one line of phrasings per language reads better whole)
"""Plain crisis words in every language: the sweep of issue 8.

Each crisis family the net covers (suicidal wishes, plans and means, goodbyes, self-harm,
overdose, violence at home, medical emergencies) said the plainest way a native writer says
it, first person, in the common tenses (want to, am going to, did, tried), in the seven
languages the lexicon reads. A family present in English and missing in Italian is a hole:
"ich will mich erhängen" once read as nothing. Written for this test, not taken from the
labelled sets.

The lexicon is read alone (the second reader is held silent, as in test_triage_families.py):
each language's wording must be read by its own words, not rescued by a model that is
retrained as data grows. Near misses (the washing hung out, jumping for joy, vegetables cut,
"buttare la pasta") must stay below crisis, and concern basics must read as concern.
"""

from __future__ import annotations

import pytest
from triage_cases import family_cases

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent


# family -> language -> plain first-person phrasings.
CRISIS: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal": {
        "en": ("i want to kill myself", "im going to kill myself tonight", "i tried to kill myself last week", "i want to die"),
        "de": ("ich will mich umbringen", "ich werde mich heute nacht umbringen", "ich habe versucht, mich umzubringen", "ich will sterben"),
        "fr": ("je veux me tuer", "je vais me suicider ce soir", "j'ai essayé de me tuer", "je veux mourir"),
        "es": ("quiero matarme", "me voy a suicidar esta noche", "intenté matarme", "quiero morirme"),
        "it": ("voglio ammazzarmi", "stanotte mi uccido", "ho provato a uccidermi", "voglio morire"),
        "nl": ("ik wil mezelf van kant maken", "ik ga vannacht zelfmoord plegen", "ik heb geprobeerd zelfmoord te plegen", "ik wil dood"),
        "pt": ("quero me matar", "vou me matar esta noite", "tentei me matar", "quero morrer"),
    },
    "indirect": {
        "en": ("i dont want to be here anymore", "everyone would be better off without me", "i wish i could go to sleep and not wake up"),
        "de": ("ich will nicht mehr leben", "ohne mich wären alle besser dran", "ich möchte einfach einschlafen und nicht mehr aufwachen"),
        "fr": ("je ne veux plus vivre", "tout le monde serait mieux sans moi", "j'aimerais m'endormir et ne jamais me réveiller"),
        "es": ("ya no quiero vivir", "todos estarían mejor sin mí", "quisiera dormirme y no despertar nunca"),
        "it": ("non voglio più vivere", "starebbero tutti meglio senza di me", "vorrei addormentarmi e non svegliarmi più"),
        "nl": ("ik wil niet meer leven", "iedereen is beter af zonder mij", "ik wil gaan slapen en nooit meer wakker worden"),
        "pt": ("não quero mais viver", "todos ficavam melhor sem mim", "queria dormir e nunca mais acordar"),
    },
    "pills": {
        "en": ("ive been saving up my pills to take them all at once", "im going to swallow all my sleeping pills"),
        "de": ("ich habe tabletten gesammelt und werde sie alle auf einmal nehmen", "ich will alle meine schlaftabletten schlucken"),
        "fr": ("j'ai gardé mes cachets pour tout prendre d'un coup", "je vais avaler toutes mes pilules"),
        "es": ("he guardado las pastillas para tomármelas todas de golpe", "me voy a tomar todas las pastillas para dormir"),
        "it": ("ho messo da parte le pastiglie per prenderle tutte insieme", "mi prendo tutte le pillole per dormire"),
        "nl": ("ik heb mijn pillen gespaard om ze allemaal tegelijk in te nemen", "ik ga al mijn slaappillen innemen"),
        "pt": ("guardei os comprimidos para tomar todos de uma vez", "vou tomar todos os comprimidos para dormir"),
    },
    "hanging": {
        "en": ("i want to hang myself", "i tried to hang myself in the garage"),
        "de": ("ich will mich aufhängen", "ich habe versucht mich zu erhängen"),
        "fr": ("je veux me pendre", "j'ai essayé de me pendre dans le garage"),
        "es": ("me quiero ahorcar", "intenté ahorcarme en el garaje"),
        "it": ("voglio impiccarmi", "ho provato a impiccarmi in garage"),
        "nl": ("ik wil me ophangen", "ik heb geprobeerd me op te hangen in de garage"),
        "pt": ("quero me enforcar", "tentei enforcar-me na garagem"),
    },
    "jumping": {
        "en": ("im going to jump off the bridge", "i wanted to jump from the balcony", "i thought about jumping off the roof"),
        "de": ("ich werde von der brücke springen", "ich wollte vom balkon springen", "ich stand auf dem dach und wollte springen"),
        "fr": ("je vais sauter du pont", "j'ai voulu me jeter du balcon", "je vais me jeter par la fenêtre"),
        "es": ("me voy a tirar del puente", "quise tirarme por el balcón", "voy a saltar desde la azotea"),
        "it": ("mi butto dal ponte", "volevo buttarmi dal balcone", "sto pensando di buttarmi dalla finestra"),
        "nl": ("ik spring van de brug", "ik wilde van het balkon springen", "ik ga van het dak springen"),
        "pt": ("vou me atirar da ponte", "quis me jogar da varanda", "vou saltar do telhado"),
    },
    "drowning": {
        "en": ("i want to drown myself", "im going to walk into the river and not come back"),
        "de": ("ich will mich ertränken", "ich gehe in den see und komme nicht mehr zurück"),
        "fr": ("je veux me noyer", "je vais entrer dans la mer et ne pas revenir"),
        "es": ("quiero ahogarme", "me voy a meter en el mar y no voy a volver"),
        "it": ("voglio annegarmi", "entro in mare e non torno più"),
        "nl": ("ik wil mezelf verdrinken", "ik loop de zee in en kom niet meer terug"),
        "pt": ("quero me afogar", "vou entrar no mar e não volto"),
    },
    "train": {
        "en": ("im going to throw myself in front of a train", "i stood on the tracks waiting for the train"),
        "de": ("ich werfe mich vor den zug", "ich stand an den gleisen und wollte mich vor den zug werfen"),
        "fr": ("je vais me jeter sous un train", "j'étais sur les rails à attendre le train"),
        "es": ("me voy a tirar a las vías del tren", "estuve en las vías esperando el tren"),
        "it": ("mi butto sotto un treno", "ero sui binari ad aspettare il treno"),
        "nl": ("ik ga voor de trein springen", "ik stond bij het spoor te wachten op de trein"),
        "pt": ("vou me atirar para a linha do comboio", "vou me jogar na frente do trem"),
    },
    "gun": {
        "en": ("i want to shoot myself", "ive got my dads gun and im going to use it on myself", "i put the gun to my head"),
        "de": ("ich will mich erschießen", "ich habe die pistole von meinem vater und will mich erschießen"),
        "fr": ("je veux me tirer une balle", "j'ai pris le fusil de mon père pour me tirer dessus"),
        "es": ("quiero pegarme un tiro", "cogí la escopeta de mi padre para pegarme un tiro"),
        "it": ("voglio spararmi", "ho preso il fucile di mio padre per spararmi"),
        "nl": ("ik wil mezelf doodschieten", "ik heb het geweer van mijn vader gepakt om mezelf neer te schieten"),
        "pt": ("quero dar um tiro na cabeça", "peguei a espingarda do meu pai para me dar um tiro"),
    },
    "knife": {
        "en": ("im going to slit my wrists", "i held a knife to my wrist", "i want to stab myself"),
        "de": ("ich will mir die pulsadern aufschneiden", "ich habe mir ein messer an die pulsadern gehalten"),
        "fr": ("je veux m'ouvrir les veines", "je me suis mis un couteau sur le poignet"),
        "es": ("quiero cortarme las venas", "me puse un cuchillo en la muñeca"),
        "it": ("voglio tagliarmi le vene", "mi sono puntata un coltello al polso"),
        "nl": ("ik wil mijn polsen doorsnijden", "ik heb een mes tegen mijn pols gezet"),
        "pt": ("quero cortar os pulsos", "encostei uma faca ao pulso"),
    },
    "gas": {
        "en": ("i turned on the gas to end it", "im going to gas myself in the car"),
        "de": ("ich habe den gashahn aufgedreht um schluss zu machen", "ich will mich mit den autoabgasen vergiften"),
        "fr": ("j'ai ouvert le gaz pour en finir", "je vais m'asphyxier avec les gaz d'échappement"),
        "es": ("abrí el gas para acabar con todo", "voy a encerrarme en el garaje con el motor del coche encendido"),
        "it": ("ho aperto il gas per farla finita", "voglio chiudermi in garage con il motore acceso"),
        "nl": ("ik heb het gas opengezet om er een eind aan te maken", "ik ga met de uitlaatgassen in de garage zitten"),
        "pt": ("abri o gás para acabar com tudo", "vou ficar na garagem com o motor do carro ligado"),
    },
    "car": {
        "en": ("i want to drive my car into a tree", "i thought about crashing the car on purpose"),
        "de": ("ich will mit dem auto gegen einen baum fahren", "ich habe überlegt, absichtlich mit dem auto gegen eine wand zu fahren"),
        "fr": ("je veux foncer en voiture dans un arbre", "j'ai pensé à me jeter en voiture contre un mur"),
        "es": ("quiero estrellar el coche contra un árbol", "pensé en estrellarme con el coche a propósito"),
        "it": ("voglio schiantarmi con la macchina contro un albero", "ho pensato di andare a sbattere apposta con la macchina"),
        "nl": ("ik wil met de auto tegen een boom rijden", "ik heb erover nagedacht om expres met de auto te crashen"),
        "pt": ("quero bater com o carro numa árvore", "pensei em despistar-me de propósito com o carro"),
    },
    "goodbye": {
        "en": ("ive written goodbye letters to my kids", "i wrote a suicide note"),
        "de": ("ich habe abschiedsbriefe an meine kinder geschrieben", "ich habe einen abschiedsbrief geschrieben"),
        "fr": ("j'ai écrit des lettres d'adieu à mes enfants", "j'ai écrit une lettre d'adieu"),
        "es": ("escribí cartas de despedida a mis hijos", "he escrito una carta de despedida"),
        "it": ("ho scritto lettere d'addio ai miei figli", "ho scritto una lettera d'addio"),
        "nl": ("ik heb afscheidsbrieven geschreven aan mijn kinderen", "ik heb een afscheidsbrief geschreven"),
        "pt": ("escrevi cartas de despedida para os meus filhos", "escrevi uma carta de despedida"),
    },
    "given_away": {
        "en": ("ive given away all my things, i wont need them", "i gave my dog to my sister because i wont be around"),
        "de": ("ich habe alle meine sachen verschenkt, ich brauche sie nicht mehr", "ich habe meinen hund meiner schwester gegeben, weil ich bald nicht mehr da bin"),
        "fr": ("j'ai donné toutes mes affaires, je n'en aurai plus besoin", "j'ai confié mon chat à ma sœur parce que je ne serai bientôt plus là"),
        "es": ("he regalado todas mis cosas, ya no las voy a necesitar", "le di mi perro a mi hermana porque pronto no voy a estar"),
        "it": ("ho regalato tutte le mie cose, tanto non mi servono più", "ho dato il mio cane a mia sorella perché presto non ci sarò più"),
        "nl": ("ik heb al mijn spullen weggegeven, ik heb ze toch niet meer nodig", "ik heb mijn hond aan mijn zus gegeven omdat ik er binnenkort niet meer ben"),
        "pt": ("dei todas as minhas coisas, já não vou precisar delas", "dei o meu cão à minha irmã porque em breve já não vou estar cá"),
    },
    "cutting": {
        "en": ("i cut myself again last night", "i want to cut myself"),
        "de": ("ich habe mich gestern wieder geschnitten", "ich will mich ritzen"),
        "fr": ("je me suis encore coupée hier soir", "j'ai envie de me scarifier"),
        "es": ("anoche me volví a cortar", "tengo ganas de cortarme", "me corto los brazos"),
        "it": ("ieri sera mi sono tagliata di nuovo", "ho voglia di tagliarmi", "mi taglio le braccia"),
        "nl": ("ik heb mezelf gisteravond weer gesneden", "ik wil mezelf snijden", "ik kras in mijn armen"),
        "pt": ("ontem à noite voltei a cortar-me", "tenho vontade de me cortar", "eu me corto nos braços"),
    },
    "burning": {
        "en": ("i burned myself with a cigarette on purpose", "i keep burning my arm with a lighter"),
        "de": ("ich habe mich absichtlich mit einer zigarette verbrannt", "ich verbrenne mir den arm mit dem feuerzeug"),
        "fr": ("je me suis brûlée exprès avec une cigarette", "je me brûle le bras avec un briquet"),
        "es": ("me quemé a propósito con un cigarro", "me quemo el brazo con el mechero"),
        "it": ("mi sono bruciata apposta con una sigaretta", "mi brucio il braccio con l'accendino"),
        "nl": ("ik heb mezelf expres verbrand met een sigaret", "ik brand mijn arm met een aansteker"),
        "pt": ("queimei-me de propósito com um cigarro", "eu queimo o braço com o isqueiro"),
    },
    "hitting": {
        "en": ("i hit myself until i bruise", "i keep banging my head against the wall till it bleeds"),
        "de": ("ich schlage mich selbst bis ich blaue flecken habe", "ich schlage meinen kopf gegen die wand bis es blutet"),
        "fr": ("je me frappe jusqu'à avoir des bleus", "je me tape la tête contre le mur jusqu'à saigner"),
        "es": ("me pego hasta que me salen moratones", "me doy golpes en la cabeza contra la pared hasta sangrar"),
        "it": ("mi picchio da sola fino a farmi i lividi", "sbatto la testa contro il muro finché sanguina"),
        "nl": ("ik sla mezelf tot ik blauwe plekken heb", "ik bonk met mijn hoofd tegen de muur tot het bloedt"),
        "pt": ("bato em mim mesma até ficar com nódoas negras", "bato com a cabeça na parede até sangrar"),
    },
    "scratching": {
        "en": ("i scratched my arms until they bled",),
        "de": ("ich habe mir die arme aufgekratzt bis sie geblutet haben",),
        "fr": ("je me suis griffé les bras jusqu'au sang",),
        "es": ("me arañé los brazos hasta sangrar",),
        "it": ("mi sono graffiata le braccia fino a sanguinare",),
        "nl": ("ik heb mijn armen opengekrabd tot ze bloedden",),
        "pt": ("arranhei os braços até sangrar",),
    },
    "starving": {
        "en": ("im starving myself on purpose", "i havent eaten for days on purpose to punish myself"),
        "de": ("ich hungere mich absichtlich aus", "ich esse seit tagen absichtlich nichts, um mich zu bestrafen"),
        "fr": ("je m'affame exprès", "je ne mange plus exprès pour me punir"),
        "es": ("me estoy matando de hambre a propósito", "dejo de comer a propósito para castigarme"),
        "it": ("mi sto lasciando morire di fame", "smetto di mangiare apposta per punirmi"),
        "nl": ("ik hongerde mezelf expres uit", "ik eet expres niet meer om mezelf te straffen"),
        "pt": ("estou a passar fome de propósito para me castigar", "deixei de comer de propósito para me castigar"),
    },
    "overdose": {
        "en": ("i took an overdose", "i took 30 paracetamol", "i swallowed a whole packet of sleeping pills"),
        "de": ("ich habe eine überdosis genommen", "ich habe 30 paracetamol genommen", "ich habe eine ganze packung schlaftabletten geschluckt"),
        "fr": ("j'ai fait une overdose", "j'ai pris 30 doliprane", "j'ai avalé une boîte entière de somnifères"),
        "es": ("me he tomado una sobredosis", "me tomé 30 paracetamoles", "me tragué una caja entera de somníferos"),
        "it": ("ho preso un'overdose", "ho preso 30 tachipirine", "ho ingoiato una scatola intera di sonniferi"),
        "nl": ("ik heb een overdosis genomen", "ik heb 30 paracetamols ingenomen", "ik heb een hele doos slaappillen geslikt"),
        "pt": ("tomei uma overdose", "tomei 30 paracetamóis", "engoli uma caixa inteira de comprimidos para dormir"),
    },
    "violence": {
        "en": ("my husband hit me again last night", "my boyfriend beats me", "he strangled me"),
        "de": ("mein mann hat mich gestern wieder geschlagen", "mein freund schlägt mich", "er hat mich gewürgt"),
        "fr": ("mon mari m'a encore frappée hier soir", "mon copain me bat", "il m'a étranglée"),
        "es": ("mi marido me volvió a pegar anoche", "mi novio me pega", "me estranguló"),
        "it": ("mio marito mi ha picchiata di nuovo ieri sera", "il mio ragazzo mi picchia", "mi ha stretto le mani al collo"),
        "nl": ("mijn man heeft me gisteravond weer geslagen", "mijn vriend slaat me", "hij heeft me gewurgd"),
        "pt": ("o meu marido voltou a bater-me ontem à noite", "meu namorado me bate", "ele me estrangulou"),
    },
    "threats": {
        "en": ("he said he would kill me", "my husband threatened me with a knife"),
        "de": ("er hat gesagt, dass er mich umbringt", "mein mann hat mich mit dem messer bedroht"),
        "fr": ("il a dit qu'il allait me tuer", "mon mari m'a menacée avec un couteau"),
        "es": ("dijo que me iba a matar", "mi marido me amenazó con un cuchillo"),
        "it": ("ha detto che mi ammazza", "mio marito mi ha minacciata con un coltello"),
        "nl": ("hij zei dat hij me ging vermoorden", "mijn man heeft me met een mes bedreigd"),
        "pt": ("ele disse que me ia matar", "o meu marido ameaçou-me com uma faca"),
    },
    "chest_pain": {
        "en": ("i have chest pain and i cant breathe", "crushing pain in my chest and short of breath"),
        "de": ("ich habe schmerzen in der brust und bekomme keine luft", "starker druck auf der brust und atemnot"),
        "fr": ("j'ai mal à la poitrine et je n'arrive pas à respirer", "une douleur qui serre la poitrine et je suis essoufflé"),
        "es": ("me duele el pecho y no puedo respirar", "tengo un dolor muy fuerte en el pecho y me ahogo"),
        "it": ("ho un dolore al petto e non riesco a respirare", "ho una morsa al petto e il fiato corto"),
        "nl": ("ik heb pijn op de borst en ik kan niet ademen", "drukkende pijn op mijn borst en ik ben benauwd"),
        "pt": ("estou com dor no peito e não consigo respirar", "tenho um aperto no peito e falta de ar"),
    },
    "breathing": {
        "en": ("i cant breathe", "i can barely breathe"),
        "de": ("ich bekomme keine luft", "ich kann kaum atmen"),
        "fr": ("je n'arrive plus à respirer", "j'arrive à peine à respirer"),
        "es": ("no puedo respirar", "casi no puedo respirar"),
        "it": ("non riesco a respirare", "respiro a fatica"),
        "nl": ("ik krijg geen lucht", "ik kan bijna niet ademen"),
        "pt": ("não consigo respirar", "mal consigo respirar"),
    },
    "collapse": {
        "en": ("my mum collapsed and wont wake up", "i fainted at work", "hes unconscious"),
        "de": ("meine mutter ist zusammengebrochen und wacht nicht auf", "ich bin bei der arbeit ohnmächtig geworden", "er ist bewusstlos"),
        "fr": ("ma mère s'est effondrée et ne se réveille pas", "je me suis évanouie au travail", "il a perdu connaissance"),
        "es": ("mi madre se desplomó y no despierta", "me desmayé en el trabajo", "está inconsciente"),
        "it": ("mia madre è crollata a terra e non si sveglia", "sono svenuta al lavoro", "è privo di sensi"),
        "nl": ("mijn moeder is in elkaar gezakt en wordt niet wakker", "ik ben op mijn werk flauwgevallen", "hij is bewusteloos"),
        "pt": ("a minha mãe desmaiou e não acorda", "desmaiei no trabalho", "ele está inconsciente"),
    },
    "swelling": {
        "en": ("my lips and throat are swelling up", "my tongue is swollen and i can hardly swallow"),
        "de": ("meine lippen und mein hals schwellen an", "meine zunge ist geschwollen und ich kann kaum schlucken"),
        "fr": ("mes lèvres et ma gorge gonflent", "ma langue a gonflé et j'ai du mal à avaler"),
        "es": ("se me están hinchando los labios y la garganta", "tengo la lengua hinchada y casi no puedo tragar"),
        "it": ("mi si stanno gonfiando le labbra e la gola", "ho la lingua gonfia e faccio fatica a deglutire"),
        "nl": ("mijn lippen en keel zwellen op", "mijn tong is opgezwollen en ik kan bijna niet slikken"),
        "pt": ("os meus lábios e a garganta estão a inchar", "a minha língua inchou e mal consigo engolir"),
    },
    "stroke": {
        "en": ("my dads face is drooping and his speech is slurred", "i suddenly cant move my left arm"),
        "de": ("das gesicht von meinem vater hängt auf einer seite und er spricht verwaschen", "ich kann plötzlich meinen linken arm nicht mehr bewegen"),
        "fr": ("mon père a la bouche de travers et il parle bizarrement", "d'un coup je n'arrive plus à bouger le bras gauche"),
        "es": ("a mi padre se le ha torcido la boca y habla raro", "de repente no puedo mover el brazo izquierdo"),
        "it": ("mio padre ha la bocca storta e parla strano", "all'improvviso non riesco a muovere il braccio sinistro"),
        "nl": ("de mond van mijn vader hangt scheef en hij praat raar", "ik kan ineens mijn linkerarm niet meer bewegen"),
        "pt": ("o meu pai está com a boca torta e a falar enrolado", "de repente não consigo mexer o braço esquerdo"),
    },
    "seizure": {
        "en": ("my son is having a seizure", "she had a fit and is shaking all over"),
        "de": ("mein sohn hat einen krampfanfall", "sie hatte einen anfall und zuckt am ganzen körper"),
        "fr": ("mon fils fait une crise d'épilepsie", "elle a fait une crise convulsive"),
        "es": ("mi hijo está convulsionando", "le dio un ataque epiléptico"),
        "it": ("mio figlio ha le convulsioni", "ha avuto una crisi epilettica"),
        "nl": ("mijn zoon heeft een epileptische aanval", "ze had een aanval en schokte over haar hele lichaam"),
        "pt": ("o meu filho está a ter uma convulsão", "ela teve uma crise epiléptica"),
    },
    "bleeding": {
        "en": ("im bleeding heavily and it wont stop", "the bleeding wont stop"),
        "de": ("ich blute sehr stark und es hört nicht auf", "die blutung hört nicht auf"),
        "fr": ("je saigne beaucoup et ça ne s'arrête pas", "le saignement ne s'arrête pas"),
        "es": ("estoy sangrando mucho y no para", "la hemorragia no para"),
        "it": ("sto perdendo tanto sangue e non si ferma", "l'emorragia non si ferma"),
        "nl": ("ik bloed heel erg en het stopt niet", "de bloeding stopt niet"),
        "pt": ("estou a sangrar muito e não para", "a hemorragia não para"),
    },
    "poisoning": {
        "en": ("my toddler drank bleach", "i think ive been poisoned", "my son swallowed a dishwasher tablet"),
        "de": ("mein kleiner hat putzmittel getrunken", "ich glaube, ich habe mich vergiftet", "mein sohn hat eine spülmaschinentablette verschluckt"),
        "fr": ("mon petit a bu de l'eau de javel", "je crois que je me suis empoisonné", "ma fille a avalé une pastille pour lave-vaisselle"),
        "es": ("mi niño se ha bebido lejía", "creo que me he envenenado", "mi hija se tragó una pastilla del lavavajillas"),
        "it": ("il mio bambino ha bevuto la candeggina", "credo di essermi avvelenato", "mia figlia ha ingoiato una pastiglia della lavastoviglie"),
        "nl": ("mijn kleintje heeft bleek gedronken", "ik denk dat ik vergiftigd ben", "mijn dochter heeft een vaatwastablet ingeslikt"),
        "pt": ("o meu pequeno bebeu lixívia", "acho que me envenenei", "a minha filha engoliu uma pastilha da máquina de lavar loiça"),
    },
}  # fmt: skip

# The same families in other tenses and persons: going to, did, tried, keep doing.
CRISIS_TENSES: dict[str, dict[str, tuple[str, ...]]] = {
    "hanging": {
        "en": ("im going to hang myself tonight", "i bought a rope to hang myself"),
        "de": ("ich werde mich heute nacht aufhängen", "ich hab mir ein seil gekauft, um mich aufzuhängen"),
        "fr": ("je vais me pendre ce soir", "j'ai acheté une corde pour me pendre"),
        "es": ("esta noche me ahorco", "compré una cuerda para ahorcarme"),
        "it": ("stanotte mi impicco", "ho comprato una corda per impiccarmi"),
        "nl": ("ik ga me vannacht ophangen", "ik heb een touw gekocht om me op te hangen"),
        "pt": ("vou me enforcar hoje à noite", "comprei uma corda para me enforcar"),
    },
    "drowning": {
        "en": ("i tried to drown myself in the bath", "im going to drown myself"),
        "de": ("ich habe versucht, mich in der badewanne zu ertränken", "ich werde mich im see ertränken"),
        "fr": ("j'ai essayé de me noyer dans la baignoire", "je vais aller me noyer"),
        "es": ("intenté ahogarme en la bañera", "me voy a ahogar en el río"),
        "it": ("ho provato ad annegarmi nella vasca", "vado ad annegarmi nel fiume"),
        "nl": ("ik heb geprobeerd me te verdrinken in bad", "ik ga mezelf verdrinken in het kanaal"),
        "pt": ("tentei me afogar na banheira", "vou me afogar no rio"),
    },
    "pills": {
        "en": ("last night i took all my pills at once", "im going to take all the tablets tonight"),
        "de": ("ich habe gestern alle tabletten auf einmal genommen", "heute nacht schlucke ich alle pillen"),
        "fr": ("j'ai pris tous mes cachets d'un coup hier soir", "ce soir je prends toute la boîte de somnifères"),
        "es": ("anoche me tomé todas las pastillas de golpe", "esta noche me tomo la caja entera de somníferos"),
        "it": ("ieri sera ho preso tutte le pastiglie insieme", "stasera prendo tutta la scatola di sonniferi"),
        "nl": ("gisteravond heb ik al mijn pillen in één keer ingenomen", "vanavond neem ik de hele doos slaappillen"),
        "pt": ("ontem à noite tomei os comprimidos todos de uma vez", "hoje à noite tomo a caixa inteira de comprimidos"),
    },
    "cutting": {
        "en": ("i started cutting myself again", "i cut my arms with a razor last night"),
        "de": ("ich habe wieder angefangen mich zu ritzen", "ich habe mir gestern mit einer rasierklinge die arme aufgeschnitten"),
        "fr": ("j'ai recommencé à me scarifier", "je me suis coupé les bras avec une lame hier soir"),
        "es": ("he vuelto a autolesionarme", "anoche me corté los brazos con una cuchilla"),
        "it": ("ho ricominciato a farmi del male", "ieri sera mi sono tagliata le braccia con una lametta"),
        "nl": ("ik ben weer begonnen met snijden in mezelf", "ik heb gisteravond met een mesje in mijn armen gesneden"),
        "pt": ("voltei a automutilar-me", "ontem à noite cortei os braços com uma lâmina"),
    },
    "violence": {
        "en": ("my husband keeps hitting me", "my partner pushed me down the stairs"),
        "de": ("mein mann schlägt mich immer wieder", "mein partner hat mich die treppe runtergestoßen"),
        "fr": ("mon mari n'arrête pas de me frapper", "mon compagnon m'a poussée dans l'escalier"),
        "es": ("mi marido me pega cada vez que bebe", "mi pareja me empujó por las escaleras"),
        "it": ("mio marito mi picchia quando beve", "il mio compagno mi ha spinta giù dalle scale"),
        "nl": ("mijn man slaat me als hij gedronken heeft", "mijn partner heeft me van de trap geduwd"),
        "pt": ("o meu marido bate-me quando bebe", "o meu companheiro empurrou-me pelas escadas abaixo"),
    },
    "not_breathing": {
        "en": ("my wife collapsed and isnt breathing", "my baby swallowed a button battery"),
        "de": ("mein mann atmet nicht mehr", "mein vater ist umgefallen und atmet nicht"),
        "fr": ("mon mari ne respire plus", "le bébé a arrêté de respirer"),
        "es": ("mi marido no respira", "el bebé ha dejado de respirar"),
        "it": ("mio marito non respira più", "il bambino ha smesso di respirare"),
        "nl": ("mijn man ademt niet meer", "de baby is gestopt met ademen"),
        "pt": ("o meu marido não respira", "o bebé deixou de respirar"),
    },
    "train_tried": {
        "pt": ("tentei atirar-me para a linha do comboio",),
    },
    "overdose": {
        "en": ("i just swallowed 40 sleeping pills",),
        "de": ("ich habe gerade 40 schlaftabletten geschluckt",),
        "fr": ("je viens d'avaler 40 somnifères",),
        "es": ("me acabo de tragar 40 somníferos",),
        "it": ("ho appena ingoiato 40 sonniferi",),
        "nl": ("ik heb net 40 slaappillen geslikt",),
        "pt": ("acabei de engolir 40 comprimidos para dormir",),
    },
}  # fmt: skip

# Said the way a fast or spoken reply says it (session 13): a day after which one will not
# be alive, pills "all taken" said alone, thanks for everything with an apology as a goodbye,
# speech gone, cuts in the arms in everyday words, the last message in short forms.
CRISIS_SPOKEN: dict[str, dict[str, tuple[str, ...]]] = {
    "not_alive_soon": {
        "en": ("i wont be alive by friday", "im not going to be alive next week"),
        "de": ("nach dem wochenende bin ich nicht mehr am leben",),
        "fr": ("lundi je serai plus en vie",),
        "es": ("el lunes ya no estaré viva", "para navidad no voy a seguir vivo"),
        "it": ("a natale non sarò più viva",),
        "nl": ("volgende week ben ik niet meer in leven",),
        "pt": ("na sexta já não vou estar viva",),
    },
    "all_swallowed": {
        "en": ("i swallowed them all, im sorry",),
        "de": ("hab sie alle geschluckt",),
        "fr": ("je les ai toutes avalées",),
        "es": ("me las tragué todas",),
        "it": ("le ho ingoiate tutte",),
        "nl": ("ik heb ze allemaal geslikt",),
        "pt": ("engoli-os todos",),
    },
    "thanks_and_sorry": {
        "en": ("thank you for everything and sorry",),
        "de": ("danke für alles und es tut mir leid",),
        "fr": ("merci pour tout et pardon",),
        "es": ("gracias por todo y lo siento",),
        "it": ("grazie di tutto e scusa",),
        "nl": ("dankjewel voor alles en sorry",),
        "pt": ("obrigada por tudo e desculpem",),
    },
    "speech_gone": {
        "en": ("my face feels odd and i cant talk normally",),
        "de": ("ich kann plötzlich nicht mehr richtig sprechen",),
        "fr": ("jarrive plus à parler correctement",),
        "es": ("de repente no puedo hablar bien",),
        "it": ("non riesco più a parlare bene",),
        "nl": ("ik kan ineens niet meer normaal praten",),
        "pt": ("de repente não consigo falar direito",),
    },
    "cuts_in_the_arms": {
        "de": ("ich ritze mir wieder in die beine",),
        "fr": ("j'ai envie de me couper les bras",),
        "nl": ("gisteren weer in mijn benen gesneden", "ik snij weer in mijn armen"),
        "pt": ("voltei a cortar-me nos braços",),
    },
    "last_message": {
        "it": ("questo è il mio ultimo messaggio, grazie",),
        "nl": ("dit is mijn laatste mailtje",),
    },
}  # fmt: skip

# ... and their near misses: the course finished, an apology for a late reply, someone
# else no longer alive, a haircut, the surgeon's cut, the message before.
NEAR_MISSES_SPOKEN: dict[str, tuple[str, ...]] = {
    "en": ("i was sick of waiting for the bus", "yes, took them all as prescribed", "the kids took them all to the park", "thanks for everything and sorry for the late reply", "i cant talk normally about my dad yet", "im 90 and i wont be alive to see the new bridge"),
    "de": ("danke für alles und sorry für die späte antwort", "mein opa ist nicht mehr am leben", "ich schneide mir die haare selbst"),
    "fr": ("merci pour tout et pardon pour le retard", "il n'est plus en vie depuis 2010", "je vais me couper les cheveux", "j'ai pris les gouttes, je les ai toutes prises comme prévu"),
    "es": ("gracias por todo y perdón por la tardanza", "mi abuelo ya no está vivo"),
    "it": ("grazie di tutto e scusa per il ritardo", "mio nonno non è più vivo", "nel mio ultimo messaggio ho chiesto delle gocce"),
    "nl": ("bedankt voor alles en sorry voor de late reactie", "mijn opa is niet meer in leven", "de chirurg sneed in mijn buik", "ik heb in mijn vinger gesneden bij het koken", "in mijn laatste mailtje vroeg ik naar de druppels"),
    "pt": ("obrigada por tudo e desculpe a demora", "o meu avô já não está vivo"),
}  # fmt: skip

# Everyday words of the same means that must stay below crisis.
NEAR_MISSES: dict[str, tuple[str, ...]] = {
    "en": ("i hung the washing out to dry", "the kids were jumping for joy", "i was cutting vegetables for the soup", "i burned the toast again", "we hung the pictures in the hall", "i crashed my car into a wall on the ice last winter, nobody was hurt", "i shot myself in the foot with that email", "i turned on the gas to cook the pasta", "the train stood on the tracks for an hour", "i gave the keys to my neighbour because i wont be around next week"),
    "de": ("ich habe die wäsche aufgehängt", "die kinder sind vor freude in die luft gesprungen", "ich habe gemüse geschnitten", "mir ist der toast verbrannt", "ich springe kurz beim bäcker vorbei", "ich habe mich beim kochen wieder geschnitten, nicht schlimm", "ich habe absichtlich nichts gesagt", "er schnarcht und hört nachts manchmal kurz auf zu atmen", "die hitze wird mich noch umbringen", "bin mit dem auto gegen einen baum gerutscht, zum glück nichts passiert"),
    "fr": ("j'ai pendu le linge dehors", "les enfants sautaient de joie", "je coupais des légumes pour la soupe", "j'ai encore brûlé les tartines", "je me suis jeté à l'eau pour ce nouveau travail", "le projet est sur les rails", "je vais me noyer dans un verre d'eau", "j'ai ouvert le gaz pour faire cuire les pâtes", "les gaz d'échappement en ville me donnent mal à la tête", "je me suis encore coupé en cuisinant"),
    "es": ("colgué la ropa en el tendedero", "los niños saltaban de alegría", "estaba cortando verduras para la sopa", "se me quemó la tostada", "me tiré a la piscina con los niños", "me volví a cortar el pelo muy corto", "el bebé ya no se despierta por la noche", "cambié la pila de botón del reloj", "mi hijo no respira bien por la nariz", "mi marido ronca y a veces deja de respirar unos segundos por la noche", "la piel no respira con esta crema", "me voy a ahogar de calor en esta casa", "regalé la ropa de bebé a mi prima"),
    "it": ("ho appeso il bucato", "saltavo di gioia", "tagliavo le verdure per la minestra", "ho bruciato il pane tostato", "adesso butto la pasta", "mi butto nel nuovo lavoro", "stasera mi sparo tutta la serie", "mi annego nel lavoro fino a venerdì", "mi sono tagliata di nuovo i capelli", "mi ammazzo di lavoro in questo periodo", "devo chiudermi in garage a sistemare la bici", "ho preso un colpo in testa contro la mensola"),
    "nl": ("ik heb de was opgehangen", "de kinderen sprongen een gat in de lucht", "ik was groenten aan het snijden", "de toast is aangebrand", "ik spring even langs bij mijn moeder", "de uitlaatgassen van de bus stinken", "ik ben met de auto tegen een boom gegleden, niemand gewond", "ik bleek gewoon zwanger te zijn"),
    "pt": ("pendurei a roupa no estendal", "saltei de alegria", "estava a cortar legumes para a sopa", "queimei as torradas", "vou tirar a roupa da máquina", "atirei-me ao trabalho novo com vontade", "voltei a cortar o cabelo curto", "esta semana vou me afogar em trabalho", "limpei a casa de banho com água sanitária", "vou jogar à bola e andar de bicicleta", "não tenho forças para nada"),
}  # fmt: skip

# New or worse symptoms, side effects, a remedy stopped: each a concern, never a crisis.
CONCERN: dict[str, tuple[str, ...]] = {
    "en": ("the capsules gave me side affects", "ive been sick every morning this week", "i keep being sick after the tincture", "ive had headaches since starting the drops", "i feel dizzy all the time", "the tablets make me feel sick", "i got a rash on my arms", "my heart keeps racing", "i stopped taking the drops", "my stomach hurts after the capsules", "i cant sleep since last week", "my knee is worse"),
    "de": ("seit den tropfen habe ich kopfschmerzen", "mir ist oft schwindelig", "von den tabletten wird mir übel", "ich habe einen ausschlag am arm", "ich habe herzrasen", "ich habe die tropfen abgesetzt", "nach den kapseln tut mir der bauch weh", "ich kann seit einer woche nicht schlafen", "das knie ist schlimmer geworden"),
    "fr": ("j'ai mal à la tête depuis les gouttes", "j'ai des vertiges", "les comprimés me donnent la nausée", "j'ai des plaques rouges sur les bras", "j'ai des palpitations", "j'ai arrêté les gouttes", "j'ai mal au ventre après les gélules", "je n'arrive plus à dormir", "mon genou va plus mal"),
    "es": ("me duele la cabeza desde las gotas", "estoy mareada todo el tiempo", "las pastillas me dan náuseas", "me salió un sarpullido en los brazos", "tengo palpitaciones", "he dejado de tomar las gotas", "me duele la barriga después de las cápsulas", "no puedo dormir", "la rodilla está peor"),
    "it": ("ho mal di testa da quando prendo le gocce", "ho spesso le vertigini", "le pastiglie mi danno la nausea", "mi è venuto uno sfogo sulle braccia", "ho le palpitazioni", "ho smesso di prendere le gocce", "mi fa male la pancia dopo le capsule", "non riesco a dormire", "il ginocchio va peggio"),
    "nl": ("ik heb hoofdpijn sinds de druppels", "ik ben de hele tijd duizelig", "ik word misselijk van de tabletten", "ik heb uitslag op mijn armen", "ik heb hartkloppingen", "ik ben gestopt met de druppels", "ik heb buikpijn na de capsules", "ik kan niet slapen", "mijn knie is erger geworden"),
    "pt": ("tenho dores de cabeça desde as gotas", "ando sempre tonta", "os comprimidos dão-me náuseas", "tenho manchas vermelhas nos braços", "tenho palpitações", "deixei de tomar as gotas", "dói-me a barriga depois das cápsulas", "não consigo dormir", "o joelho está pior"),
}  # fmt: skip


@pytest.mark.parametrize(
    "text", family_cases(CRISIS) + family_cases(CRISIS_TENSES) + family_cases(CRISIS_SPOKEN)
)
def test_plain_crisis_words(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize("text", family_cases({"near": NEAR_MISSES, "spoken": NEAR_MISSES_SPOKEN}))
def test_near_misses_stay_below_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency != "crisis", result.reasons


@pytest.mark.parametrize("text", family_cases({"concern": CONCERN}))
def test_concern_basics(text: str) -> None:
    result = assess(text)
    assert result.urgency == "concern", result.reasons


# A crisis denied is a concern, never nothing: also where the negation splits the words.
NEGATED = (
    "ich werde mich nicht aufhängen", "ik ga me niet ophangen", "ik ga mezelf niet verdrinken",
    "ik ga mezelf niet van kant maken", "não me vou matar", "não me vou afogar",
    "je ne vais pas me noyer", "i wont hang myself", "no voy a ahogarme",
)  # fmt: skip


@pytest.mark.parametrize("text", NEGATED)
def test_a_denied_means_is_a_concern(text: str) -> None:
    result = assess(text)
    assert result.urgency == "concern", result.reasons


# Pills hoarded over weeks ("saving up", "mettendo da parte", "opgespaard"), said without
# the end named: the means put by is the plan.
PILLS_HOARDED: dict[str, dict[str, tuple[str, ...]]] = {
    "hoarded": {
        "en": ("ive been saving up my sleeping tablets for weeks", "i have been stockpiling painkillers in a shoebox"),
        "de": ("ich sammle seit wochen meine schlaftabletten in einer dose", "die tabletten hab ich alle zur seite gelegt, es sind genug"),
        "fr": ("je mets de côté mes somnifères depuis un mois",),
        "es": ("llevo meses juntando pastillas en una caja",),
        "it": ("sto mettendo da parte i sonniferi da settimane",),
        "nl": ("ik spaar al maanden mijn slaappillen op", "ik heb mijn pillen opzij gelegd in een doosje"),
        "pt": ("ando a juntar comprimidos há semanas",),
    },
}  # fmt: skip

# ... and its near misses: money put by, pills fetched from the pharmacy, clothes sorted.
PILLS_NEAR_MISSES: dict[str, tuple[str, ...]] = {
    "en": ("i'm saving up for a holiday",),
    "de": ("ich hole meine tabletten morgen aus der apotheke",),
    "fr": ("je mets de côté un peu d'argent pour noël",),
    "it": ("metto da parte un po' di soldi",),
    "nl": ("ik heb mijn pillen opgehaald bij de apotheek",),
    "pt": ("separei as roupas para lavar",),
}  # fmt: skip


@pytest.mark.parametrize("text", family_cases(PILLS_HOARDED))
def test_pills_hoarded_are_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize("text", family_cases({"near": PILLS_NEAR_MISSES}))
def test_money_put_by_or_pills_fetched_stay_none(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", result.reasons


# A heat held or pressed to one's own skin (a lighter, a cigarette, a hot spoon, an iron),
# and a burn said with its source named or "on purpose".
BURNS: dict[str, dict[str, tuple[str, ...]]] = {
    "burns": {
        "en": ("i keep holding the lighter to my wrist", "been pressing a hot spoon on my arm again"),
        "de": ("ich halte das feuerzeug an meinen arm bis es weh tut",),
        "fr": ("je tiens le briquet contre mon poignet", "hier je me suis encore brûlée avec une cigarette"),
        "es": ("aprieto el cigarro contra mi brazo",),
        "it": ("tengo l'accendino sul polso finché brucia",),
        "nl": ("ik hou de aansteker tegen mijn arm", "ik heb mezelf weer gebrand met een sigaret"),
        "pt": ("encosto o isqueiro no braço quando fico ansiosa",),
    },
}  # fmt: skip

# ... and their near misses: a candle lit, a shirt ironed, a kitchen burn, a barbecue.
BURN_NEAR_MISSES: dict[str, tuple[str, ...]] = {
    "en": ("i held the lighter to the candle", "i pressed the iron on my shirt"),
    "de": ("ich habe das bügeleisen auf die hose gedrückt",),
    "fr": ("je me suis encore brûlée en cuisinant", "je tiens le briquet pour allumer le barbecue"),
    "es": ("me quemé con el horno",),
    "nl": ("ik heb me gebrand aan de oven",),
}  # fmt: skip


@pytest.mark.parametrize("text", family_cases(BURNS))
def test_a_heat_held_to_the_skin_is_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize("text", family_cases({"near": BURN_NEAR_MISSES}))
def test_a_candle_or_a_kitchen_burn_stays_none(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", result.reasons


def test_a_burn_given_up_is_a_concern() -> None:
    # Negated ("no longer", "never"): still worth a look, never a crisis and never nothing.
    assert assess("i no longer hold the lighter to my wrist, six months clean").urgency == "concern"


# At a height or an edge, thinking it over; bridges looked up for their lack of barriers.
HEIGHTS: dict[str, dict[str, tuple[str, ...]]] = {
    "edge_thinking": {
        "en": ("sat on the ledge for ages thinking about it",),
        "de": ("saß auf der dachkante und habe lange drüber nachgedacht",),
        "fr": ("je suis resté au bord à y penser toute la nuit",),
        "es": ("estuve en el borde pensándolo un buen rato",),
        "it": ("sono rimasta sul cornicione a pensarci per un'ora",),
        "nl": ("ik heb op de rand gezeten en erover nagedacht",),
        "pt": ("fiquei na beira do telhado a pensar nisso",),
    },
    "bridges_without_barriers": {
        "en": ("i looked up which bridges in town have no barriers", "i searched which bridges dont have railings"),
        "de": ("ich hab gegoogelt welche brücken kein geländer haben",),
        "fr": ("j'ai cherché quels ponts n'ont pas de garde-fou",),
        "es": ("busqué qué puentes no tienen barandilla",),
        "it": ("ho cercato quali ponti non hanno la ringhiera",),
        "nl": ("ik heb gezocht welke bruggen geen reling hebben",),
        "pt": ("pesquisei quais pontes não têm grade",),
    },
}  # fmt: skip

# ... and their near misses: the edge of the bed, a job offer, bridges closed or repaired.
HEIGHT_NEAR_MISSES: dict[str, tuple[str, ...]] = {
    "en": ("sat on the edge of the bed thinking about it", "sat on the bridge thinking about the job offer", "which bridges have the best views", "the council listed which bridges need new railings"),
    "de": ("welche brücken sind wegen bauarbeiten gesperrt",),
    "fr": ("assise au bord du lit à y penser", "quels ponts sont fermés ce week-end"),
    "nl": ("ik zat op de rand van het bed en heb erover nagedacht",),
}  # fmt: skip


@pytest.mark.parametrize("text", family_cases(HEIGHTS))
def test_a_height_thought_over_or_bridges_without_barriers_are_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize("text", family_cases({"near": HEIGHT_NEAR_MISSES}))
def test_the_edge_of_the_bed_or_bridges_closed_stay_none(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", result.reasons


# Pills set aside, the verb apart from its particle ("setting aside the tablets", "die Tabletten
# lege ich beiseite", "ik leg de tabletten opzij", "pôr de parte os comprimidos").
PILLS_SET_ASIDE: dict[str, dict[str, tuple[str, ...]]] = {
    "set aside": {
        "en": ("i have been setting aside the tablets these three months in a tea caddy", "i have set the pills aside in a tin"),
        "de": ("die schlaftabletten lege ich seit drei monaten beiseite",),
        "es": ("llevo tres meses apartando las pastillas en una lata",),
        "nl": ("ik leg al maanden de tabletten opzij in een blikje",),
        "pt": ("ando a pôr de parte os comprimidos numa lata", "tenho posto de lado os calmantes"),
    },
}  # fmt: skip

# ... and their near misses: an hour set aside, the paper laid aside, sugar put aside.
PILLS_SET_ASIDE_NEAR: dict[str, tuple[str, ...]] = {
    "en": ("i set aside the newspaper and took my tablets with breakfast",),
    "de": ("ich lege die zeitung beiseite und nehme dann die tabletten",),
    "nl": ("ik leg de krant opzij en neem mijn tabletten",),
    "pt": ("ponho de parte o açúcar e tomo os comprimidos ao almoço",),
}  # fmt: skip


@pytest.mark.parametrize("text", family_cases(PILLS_SET_ASIDE))
def test_pills_set_aside_are_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize("text", family_cases({"near": PILLS_SET_ASIDE_NEAR}))
def test_other_things_set_aside_stay_below_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency != "crisis", result.reasons


# Life declared done in old age's restrained words ("I have lived long enough", "ya he vivido
# bastante y que ..."), English verb forms the forms table lacks ("taking my own life",
# "ending my life"), and a prayer not to wake.
LIVED_ENOUGH: dict[str, dict[str, tuple[str, ...]]] = {
    "lived enough": {
        "en": ("i have come to the quiet conclusion that i have lived long enough.", "i have been thinking of taking my own life since christmas", "i keep thinking of ending my life", "most nights i pray not to wake in the morning"),
        "de": ("ich habe lange genug gelebt.",),
        "fr": ("j'ai décidé tranquillement que j'ai assez vécu.",),
        "es": ("he decidido que ya he vivido bastante y que antes de fin de mes le pondré fin yo misma",),
        "it": ("ho vissuto abbastanza.",),
        "nl": ("ik heb lang genoeg geleefd.",),
        "pt": ("decidi que já vivi o suficiente e que antes do fim do mês acabo com isto eu mesma.",),
    },
}  # fmt: skip

# ... and their near misses: long experience, an everyday thing ended oneself.
LIVED_ENOUGH_NEAR: dict[str, tuple[str, ...]] = {
    "en": ("i have lived long enough to know that a cold passes",),
    "fr": ("j'ai assez vécu pour savoir que ça passe",),
    "it": ("ho vissuto abbastanza per sapere che passa",),
    "nl": ("ik heb lang genoeg geleefd om te weten dat het overgaat",),
    "pt": ("já vivi o suficiente para saber que passa", "acabo com isto eu mesma amanhã, o relatório"),
    "es": ("le pondré fin yo misma a esta discusión",),
}  # fmt: skip


@pytest.mark.parametrize("text", family_cases(LIVED_ENOUGH))
def test_life_declared_lived_enough_is_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize("text", family_cases({"near": LIVED_ENOUGH_NEAR}))
def test_lived_long_enough_to_know_stays_below_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency != "crisis", result.reasons


# The formal letter's words for self-harm and suicide ("mir etwas antun", "attenter à mes
# jours", "fazer mal a mim mesma", "pôr termo à vida", "do myself harm") ...
FORMAL_HARM: dict[str, dict[str, tuple[str, ...]]] = {
    "formal": {
        "en": ("i fear i might do myself harm", "i have thought of laying hands on myself"),
        "de": ("ich fürchte, ich könnte mir etwas antun", "ich denke daran, Hand an mich zu legen"),
        "fr": ("je pense à attenter à mes jours",),
        "es": ("pienso en atentar contra mi vida",),
        "it": ("penso di attentare alla mia vita",),
        "nl": ("ik denk erover de hand aan mezelf te slaan",),
        "pt": ("quero pôr termo à vida", "tenho vontade de fazer mal a mim mesma"),
    },
}  # fmt: skip

# ... their near misses: harm done by another, a discussion ended ...
FORMAL_HARM_NEAR: dict[str, tuple[str, ...]] = {
    "de": ("ich habe mir etwas zu essen gemacht",),
    "pt": ("quero pôr termo à discussão com o vizinho",),
}  # fmt: skip

# ... and the same words firmly denied, a negated crisis (a concern, never nothing).
FORMAL_HARM_DENIED: dict[str, tuple[str, ...]] = {
    "fr": ("je n'ai nullement l'intention d'attenter à mes jours, je suis simplement lasse", "je n'ai pas l'intention de me faire du mal"),
    "es": ("no tengo la menor intención de hacerme daño, es que estoy harta",),
    "nl": ("ik ben geenszins van plan mezelf iets aan te doen",),
    "pt": ("não tenho intenção nenhuma de fazer mal a mim mesma",),
}  # fmt: skip


@pytest.mark.parametrize("text", family_cases(FORMAL_HARM))
def test_formal_words_for_self_harm_are_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize("text", family_cases({"near": FORMAL_HARM_NEAR}))
def test_formal_harm_near_misses_stay_none(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", result.reasons


@pytest.mark.parametrize("text", family_cases({"denied": FORMAL_HARM_DENIED}))
def test_formal_harm_firmly_denied_is_a_concern(text: str) -> None:
    result = assess(text)
    assert result.urgency == "concern", result.reasons
    assert any(r.endswith("(negated crisis)") for r in result.reasons), result.reasons


# The older writer's understated symptoms: "the giddy spells have returned", "mir ist flau im
# Magen", "mijn enkels zwellen 's avonds op" (the separable verb apart) ...
OLD_SYMPTOMS: dict[str, tuple[str, ...]] = {
    "en": ("sadly the giddy spells have returned this week", "i came over giddy in the garden"),
    "de": ("mir ist seither jeden morgen flau im magen",),
    "nl": ("mijn enkels zwellen sinds een dag of tien 's avonds op",),
}  # fmt: skip

# ... and the old-fashioned idioms beside them: giddy with joy, killed with kindness, the cake.
OLD_IDIOMS: dict[str, tuple[str, ...]] = {
    "en": ("the children were giddy with excitement", "the grandchildren very nearly killed me with kindness"),
    "de": ("die Enkel haben mich mit Bienenstich und Fragen verwöhnt, ansonsten bin ich wohlauf",),
}  # fmt: skip


@pytest.mark.parametrize("text", family_cases({"symptom": OLD_SYMPTOMS}))
def test_understated_symptoms_are_a_concern(text: str) -> None:
    result = assess(text)
    assert result.urgency == "concern", result.reasons


@pytest.mark.parametrize("text", family_cases({"idiom": OLD_IDIOMS}))
def test_old_fashioned_idioms_stay_none(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", result.reasons


def test_a_real_bee_sting_with_swelling_stays_a_concern() -> None:
    result = assess("nach einem Bienenstich ist meine Hand stark geschwollen")
    assert result.urgency == "concern", result.reasons


# The car running in the garage with its doors shut is the engine's fumes meant; the car
# running again after the garage fixed it is not.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("car running in the garage, doors shut", "crisis"),
        ("das auto läuft in der garage, das tor ist zu", "crisis"),
        ("la voiture tourne dans le garage, les portes fermées", "crisis"),
        ("el coche encendido en el garaje y la puerta cerrada", "crisis"),
        ("macchina accesa in garage, serranda chiusa", "crisis"),
        ("de auto draait in de garage, deur dicht", "crisis"),
        ("carro ligado na garagem, portão fechado", "crisis"),
        ("the garage fixed the car and it is running well again", "none"),
        ("das auto läuft wieder, die garage hat es repariert", "none"),
        ("la voiture tourne bien depuis le garage", "none"),
    ],
)
def test_the_car_running_in_a_shut_garage(text: str, level: str) -> None:
    result = assess(text)
    assert result.urgency == level, result.reasons


# The crash pictured from the wheel ("how easy it would be to just drive under the next
# artic"): a crisis. An accident told, or a wish about traffic or money, is not.
CRASH_PICTURED = (
    "sat in the cab thinking how easy it would be to steer into the next bridge pillar",
    "ich denk oft, wie leicht es wäre, einfach gegen einen Baum zu fahren",
    "sur l'autoroute je me dis comme ce serait facile de foncer dans un pilier",
    "en la autovía pienso lo fácil que sería estrellarme contra un pilar",
    "in autostrada penso quanto sarebbe facile schiantarmi contro un pilone",
    "op de snelweg denk ik hoe makkelijk het zou zijn om tegen een pijler te rijden",
    "na estrada penso como seria fácil acelerar contra um pilar da ponte",
)
CRASH_TOLD = (
    "a lorry drove into the bridge pillar on the a1, stuck for hours but fine",
    "wie einfach es wäre, gegen den Trend zu investieren, sagt mein Bruder",
    "un camion a foncé dans un pilier sur l'autoroute, gros bouchon ce matin",
    "un camión se estrelló contra un pilar en la autovía, llegué tarde",
    "un tir è finito contro un pilone, due ore di coda",
    "een vrachtwagen reed tegen een pijler, twee uur file",
    "um camião foi contra um pilar na autoestrada, cheguei atrasado",
)


@pytest.mark.parametrize("text", CRASH_PICTURED)
def test_a_crash_pictured_from_the_wheel_is_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize("text", CRASH_TOLD)
def test_an_accident_told_stays_below_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency != "crisis", result.reasons


# Cut again, said small and with nothing cut named ("i only cut a bit last night, nothing a
# plaster won't sort"): self-harm. A fringe, a hedge, the roses or the hair are not.
CUT_AGAIN_SMALL = (
    "its fine i just cut a little yesterday, its nothing",
    "je me suis recoupé cette nuit, rien de grave",
    "volví a hacerme cortes el finde, no es nada",
    "mi sono fatta di nuovo dei tagli, niente di che",
    "ik heb weer gesneden gisteravond, valt wel mee",
    "voltei a fazer-me cortes ontem, não é nada",
)
CUT_SOMETHING = (
    "i cut a bit off the fringe last night, looks better",
    "je me suis recoupé les cheveux hier, trop courts",
    "volví a hacer cortes de pelo en la peluquería",
    "mi sono rifatta il taglio dei capelli ieri",
    "de rozen heb ik weer gesneden, mooi weer",
    "voltei a fazer cortes de cabelo no salão",
)


@pytest.mark.parametrize("text", CUT_AGAIN_SMALL)
def test_cut_again_said_small_is_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize("text", CUT_SOMETHING)
def test_something_cut_again_stays_below_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency != "crisis", result.reasons


# A death to come told as no accident, if the writer is found somewhere; a sleep called final.
NO_ACCIDENT_AND_FINAL_SLEEP = {
    "en-pond": "if they ever find me at the bottom of the pond with the tractor, it's no accident",
    "en-final-one": "with what i put aside i'll have a nice long sleep, a final one haha",
    "de-weiher": "wenn sie mich mal im Weiher finden mit dem Traktor, war das kein Unfall",
    "de-endgueltig": "mit den gesammelten Tabletten schlaf ich dann endgültig, haha",
    "fr-etang": "si un jour on me retrouve au fond de l'étang, c'est pas un accident",
    "fr-sommeil": "avec ce que j'ai gardé je vais dormir pour toujours, lol",
    "es-estanque": "si un día me encuentran en el fondo del estanque, no fue un accidente",
    "es-siempre": "con lo que he guardado me voy a dormir para siempre jaja",
    "it-stagno": "se un giorno mi trovano in fondo allo stagno col trattore, non è un incidente",
    "it-dormita": "con quelle che ho messo da parte ci faccio una dormita bella lunga, definitiva ahah",
    "nl-sloot": "als ze me ooit in de sloot vinden met de trekker, is het geen ongeluk",
    "nl-altijd": "met wat ik opzij heb gelegd ga ik voor altijd slapen haha",
    "pt-acude": "se um dia me acharem no fundo do açude com o trator, não foi acidente",
    "pt-sempre": "com o que juntei vou dormir para sempre kkk",
}
NO_ACCIDENT_NEAR_MISSES = {
    "en-pharmacy": "if you find me a cheaper pharmacy it's no accident, i asked around",
    "en-lawyer": "the accident was not my fault, the police found me a lawyer",
    "en-study": "i have my final sleep study next week",
    "fr-medecin": "on m'a trouvé un nouveau médecin, et ce n'est pas un accident si je vais mieux",
    "it-sonno": "il sonno è migliorato, risultato definitivo",
    "it-dormita": "ho fatto una dormita lunghissima, finalmente!",
}


@pytest.mark.parametrize(
    "text", list(NO_ACCIDENT_AND_FINAL_SLEEP.values()), ids=list(NO_ACCIDENT_AND_FINAL_SLEEP)
)
def test_no_accident_if_found_or_a_final_sleep_is_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize(
    "text", list(NO_ACCIDENT_NEAR_MISSES.values()), ids=list(NO_ACCIDENT_NEAR_MISSES)
)
def test_an_accident_or_a_long_sleep_alone_is_not(text: str) -> None:
    assert assess(text).urgency != "crisis", assess(text).reasons
