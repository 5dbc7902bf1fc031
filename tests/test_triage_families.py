"""The safety net reads families of wording, not sentences: each case below is a new
phrasing (written for this test, not taken from the labelled sets) of one family the
lexicon covers with one general pattern or one mechanism of negation and context.

These tests are about the lexicon, so the second reader (a statistical model, retrained
as labelled data grows) is held silent here: a family must be read by its pattern, not
rescued or overruled by the model. tests/test_triage.py scores the two together."""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent


@pytest.mark.parametrize(
    "text",
    [
        # Spanish: up high unsure about coming down; not living to a month; locked in.
        "llevo una hora en la cornisa del puente y no sé si saltar",
        "no voy a llegar a diciembre, ya lo sé",
        "me tiene encerrada desde el viernes y me quitó el móvil",
        "el vecino de arriba está tirado, lleva horas en el suelo sin poder moverse",
        "me tomé todas las gotas de clonazepam del frasco",
        # Italian: not coming down; all of a remedy; the heart stopping; nothing needed.
        "vado sul ponte vecchio stanotte, non torno giù",
        "ieri sera ho preso tutte le capsule di melatonina insieme",
        "prego che il cuore si fermi mentre dormo",
        "ho regalato i libri ai vicini, tanto a me non serve più niente",
        # Dutch: an end with words between; cutting again; verb-final wishes; afraid of home.
        "ik ga er na de kerst een einde aan maken",
        "gisteren heb ik me weer gesneden met een mesje",
        "ik weet nu zeker dat ik niet meer wil leven",
        "hij slaat de kinderen als hij dronken is",
        "ik durf niet meer naar huis, hij wacht daar op me",
        "ik denk steeds aan zelfdoding",
        # Portuguese: not here in a few days; a goodbye; the heart stopping.
        "daqui a duas semanas já não estou cá para ninguém",
        "isto é uma despedida, obrigada por tudo",
        "só queria que o coração parasse de noite",
        "o meu bebé tem a moleira afundada e quase não mama",
        # Fed up with living and no way out, in four languages; a swallowed button battery.
        "estoy harta de vivir, no le veo salida",
        "sono stufa di vivere, non vedo una via d'uscita",
        "ik ben het leven zat, ik zie geen uitweg meer",
        "estou farta de viver, não vejo saída",
        "ojalá no me despierte mañana",
        "ik heb weer in mijn benen gesneden",
        "mijn zoon heeft een knoopbatterij ingeslikt",
        # Stopping eating to let it happen; how high a bridge is; a child who drank a bottle;
        # a threat to stab; by then I won't be here; thanks for everything and goodbye.
        "voy a dejar de comer y que pase lo que tenga que pasar",
        "ho deciso di smettere di mangiare, poi vada come vada",
        "ik ga gewoon niet meer eten en dan zien we wel",
        "quero deixar de comer e seja o que deus quiser",
        "ho cercato quanto è alto il viadotto vicino a casa",
        "ik heb gekeken hoe hoog de brug bij het station is",
        "la piccola ha bevuto un flacone di sciroppo per la tosse",
        "mijn dochter heeft een flesje paracetamolsiroop leeggedronken",
        "a minha neta bebeu um frasco de gotas para dormir",
        "hij zei dat hij me gaat steken als ik praat",
        "não marques nada, nessa altura já cá não estou",
        "gracias por todo este tiempo, en serio, adiós",
        "ik heb alle slaappillen tegelijk genomen",
        # Control of the client's own phone, money or papers.
        "he checks my phone every night before bed",
        "el me quita el celular y la plata cuando cobro",
        "my son takes my pension every month",
        "mi tiene il passaporto in un cassetto chiuso a chiave",
        # Half the body numb (a stroke); a feverish child who will not wake.
        "de repente se me duerme medio cuerpo y hablo raro",
        "all'improvviso metà del corpo non la sento più",
        "ineens is de helft van mijn lichaam gevoelloos",
        "de repente metade do corpo ficou dormente",
        "ha la febbre alta e non riesco a svegliarla",
        # Thinking of dying, in four languages; "nothing but" carries its own negation.
        "no pienso en otra cosa que en morirme",
        "pienso mucho en morirme últimamente",
        "penso spesso a morire",
        "penso muito em morrer",
        "ik denk vaak aan doodgaan",
        # "no" is "in the" in Portuguese: a gap may hold it ("dor forte no peito").
        "ele tem uma dor forte no peito e está a suar muito",
    ],
)
def test_crisis_families(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # Blood or a dark colour in urine or stool, in four languages.
        "desde el lunes la orina me sale muy oscura",
        "la pipì è diventata scura da qualche giorno",
        "sinds gisteren zit er bloed in de ontlasting",
        "o xixi anda muito escuro esta semana",
        # A racing heart, sunburn from a remedy, feeling useless or empty, rationing.
        "con las gotas nuevas el corazón me late a mil por las noches",
        "col tè nuovo ho il cuore a mille dopo cena",
        "met die kruiden verbrand ik snel in de zon",
        "me siento inútil desde que cerré la tienda",
        "ik voel me echt leeg de laatste weken",
        "sinto-me tão sozinha nesta casa",
        "non l'ho più ricomprato dopo le vacanze",
        # Not leaving the house; loneliness whose "went away" is someone else's.
        "no salgo de casa desde que empezó el frío",
        "sinto-me tão sozinha desde que a minha irmã foi embora",
        "je me sens vraiment seule le soir",
        # "Almost" is no negation; a wheezing chest; rationing to payday; appetite gone.
        "quasi tutte le sere ho mal di pancia",
        "quase todas as manhãs tenho dor de cabeça",
        "de noche me silba el pecho cuando me acuesto",
        "ik neem de capsules om de dag zodat ze langer meegaan",
        "non ho più appetito da settimane",
        "ik zit er echt diep in de laatste tijd",
        # Dutch verb-final stop, a skipped heartbeat, a mood below zero; Portuguese pimples,
        # a failing heartbeat, "pelas ruas da amargura".
        "ik ben vorige week met de capsules gestopt",
        "soms lijkt mijn hart een slag over te slaan",
        "mijn humeur zit al weken onder nul",
        "tenho borbulhas na cara desde o creme",
        "às vezes sinto o coração a falhar batidas",
        "ando pelas ruas da amargura desde o divórcio",
        # A sting with a little swelling is a concern, not anaphylaxis.
        "a bee stung my finger and it swelled a little",
        "me picó una abeja en el brazo y se hinchó un poco",
        # Not a wink of sleep; concentration gone; listless; fingers asleep.
        "llevo tres noches sin pegar ojo",
        "sono tre notti che non chiudo occhio",
        "ik slaap al drie nachten geen oog dicht",
        "há três noites que não prego olho",
        "me cuesta concentrarme en el trabajo",
        "faccio fatica a concentrarmi al lavoro",
        "ik kan me slecht concentreren op het werk",
        "custa-me concentrar no trabalho",
        "ik voel me de laatste tijd zo lusteloos, nergens zin in",
        "mijn vingers van mijn linkerhand slapen steeds",
        # A remedy thrown away, nothing taken since.
        "mia suocera ha buttato via le gocce, dice che sono acqua",
        "mi suegra tiró las gotas a la basura y desde entonces no tomo nada",
        "o meu marido deitou fora as gotas, acha que é tudo treta",
        "mijn vrouw heeft de druppels weggegooid",
        # A negated crisis is a concern, never nothing.
        "echt, ik doe mezelf niets aan, alleen zit ik vol spanning",
        "eu nunca me machucaria, mas ando muito em baixo",
        # The scope of a resolution stops at "rather than" and at a denied stop.
        "der rücken ist schlimmer statt besser",
        "les maux de ventre ne s'arrêtent pas depuis lundi",
    ],
)
def test_concern_families(text: str) -> None:
    assert assess(text).urgency == "concern", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # Lookalike contexts: a decision about moving, a prudent will, tears at a film.
        "i've made my decision: we're relocating to edinburgh in the spring",
        "ich habe mein Testament gemacht, das sollte jeder ab 60, sagt mein Sohn",
        "we watched the new film with my sister and cried all the way through, lovely",
        # Passing sadness, then "I'm fine" (or "today", "now" and good news).
        "last winter I was in a dark place, today new job and I'm happy",
        "un peu triste de quitter l'appartement, mais je vais bien",
        "heel verdrietig dat de buren verhuizen maar het gaat goed met me",
        # Hyperbole about someone else's doing.
        "these exam results will be the death of me, but physically all well",
        "mia nipote mi farà venire un infarto con la patente",
        "mijn zoon geeft me nog een hartaanval met zijn scooter",
        "o meu neto vai me dar um enfarte com aquela moto",
        # Harmless senses: a nightmare of a day, a binge of a series, a last email from an address.
        "the school run was an absolute nightmare today but all fine health wise",
        "binge watched the whole series this weekend",
        "this is my last message from this address, new one below",
        # Resolutions: intensifiers, a denied return, neither-nor, the going told first,
        # French "ne ... plus".
        "die Kopfschmerzen sind jetzt völlig weg",
        "de hoofdpijn is nu volledig weg",
        "the headaches have not come back since march",
        "weder Übelkeit noch Schwindel seit der Umstellung",
        "nessun problema, né nausea né mal di testa",
        "se me quitó el dolor de espalda con el calor",
        "je ne saigne plus du nez depuis la crème",
        "het jeuken is gestopt, eindelijk",
        "il mal di schiena per fortuna si è risolto",
        "the migraines have stayed away all month",
        "je n'ai pas eu une seule migraine ce mois-ci",
        # A resolution denied by "never" stays trouble only where it is: this one is gone.
        "de paniekaanvallen zijn helemaal weggebleven",
        # Hospital words and gloom in a series or a book; boxes sorted after a move.
        "we kijken een serie over een ziekenhuis, best leuk",
        "estoy leyendo un libro muy sombrío pero me encanta",
        "a mudança correu bem e já está tudo arrumado na casa nova",
        "mi madre me mata si no voy a la comida del domingo",
        # A nightmare of an exam; dying to see you.
        "el examen fue una pesadilla pero aprobé",
        "l'esame è stato un incubo ma l'ho passato",
        "het examen was een nachtmerrie maar ik ben geslaagd",
        "o exame foi um pesadelo mas passei",
        "estoy muerta de ganas de verte",
        # Jumping off a pier for a swim; a past habit; no longer an issue; not even remembered.
        "we jumped off the harbour wall for a swim, such fun",
        "my back used to ache every morning, not any more",
        "die Rückenschmerzen sind kein Thema mehr",
        "ya ni me acuerdo de las migrañas",
        # A question about taking two remedies together is no overdose ("alle" is "to the").
        "posso prendere le gocce insieme alle pastiglie per la pressione?",
        # Someone else's symptom, over now.
        "my son had a headache after football, he's fine now",
        "mio figlio aveva mal di testa dopo il calcio, ora sta bene",
        "mijn zoon had hoofdpijn na het voetballen, nu is het over",
        "o meu filho teve dor de cabeça depois do futebol, já está bem",
        # Someone else's phone is family news; Dutch "tot" is "until", not German "dead".
        "my daughter takes her phone everywhere, even to the loo",
        "mi hijo tiene un móvil nuevo y está encantado",
        "ik wil de afspraak graag verzetten tot na de vakantie, tot ziens",
        # Pills counted or put aside for a refill, a trip or a weekly box (a refill reminder's
        # answer), in seven languages.
        "counted the tablets last night, I'll need a refill before the trip",
        "hab die Kapseln gezählt, die reichen nicht bis zum Urlaub",
        "j'ai compté les gélules, il en faudra d'autres pour le voyage",
        "conté las cápsulas y no me llegan para las vacaciones",
        "ho contato le capsule, non bastano per le vacanze",
        "ik heb de tabletten geteld, te weinig voor de vakantie",
        "contei as cápsulas e não chegam para as férias",
        "guardo le pastiglie nel portapillole della settimana",
        # Winning at games; a door handle mended; a rope swing; furniture against a wall.
        "my brother beats me at scrabble every christmas",
        "mio nonno mi batte sempre a scopa",
        "the children broke the door handle, a neighbour fixed it",
        "we hung a rope swing from the oak tree",
        "we pushed the bookcase against the wall to paint",
        # Goodbyes at work; a threat said laughing; a rope for the tent, a hose for the tap;
        # wine at dinner is no crying ("Wein" is not "weinen").
        "last shift today, said goodbye to everyone on the team",
        "letzter Arbeitstag, ich habe mich von allen Kollegen verabschiedet",
        "mi último día en la oficina, me despedí de todos",
        "mia sorella dice che mi ammazza se rompo ancora il suo phon, ahah",
        "packed a rope and the tent for the camping weekend",
        "fixed the garden hose with tape, it leaks less now",
        "darf ich die Tropfen mit einem Glas Wein zum Essen nehmen?",
        # Gone down, hardly noticed, history, a memory.
        "la ansiedad ha bajado mucho, casi ni la noto",
        "il prurito se n'è andato in due giorni",
        "as palpitações foram-se com o tempo",
        "la tos ya es historia",
        "a tosse já é passado",
        # Someone else's tears; a time after "sinds" is no clause of its own.
        "my husband was crying at the wedding, so sweet",
        "mia figlia piangeva per il gelato caduto",
        "de hoofdpijn is sinds de zomer helemaal weggebleven",
        # A goodbye that says when we meet again.
        "au revoir à tous, à l'année prochaine !",
        "adiós a todos y hasta pronto",
        # Harmless senses in the other languages: by herself, knitting, a charity run.
        "ma fille a fait le gâteau toute seule",
        "keine Schmerzen mehr in den Fingern, auch nicht beim Stricken",
        "i'm running a half marathon for a suicide prevention charity in june",
        "le mie analisi? tutto a gonfie vele",
        # A football club's results "will kill me", in Spanish, Italian and Portuguese.
        "el barca me mata este año",
        "la Juve mi farà morire",
        "o Benfica vai me matar",
    ],
)
def test_none_families(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "ik wil niet dood hoor, ik ben gewoon heel moe",  # a gap swallows no negation
        "quelle idee di farla finita ormai non ci sono più, però piango spesso",
        "hace semanas que ya no siento ganas de morir, aunque sigo triste",
        "ik ben niet van plan mezelf iets aan te doen, maar ik ben erg somber",
        "non ho intenzione di farmi del male, ma sono molto giù",
        "no tengo pensamientos suicidas, solo estoy agotada",
    ],
)
def test_negated_crisis_families(text: str) -> None:
    # The lexicon reads the crisis as negated: a concern, never nothing.
    result = assess(text)
    assert result.urgency == "concern", result.reasons
    assert any(r.endswith("(negated crisis)") for r in result.reasons), result.reasons


def test_a_will_alone_still_alarms() -> None:
    # Without a prudent context, a will with other farewells keeps its crisis.
    text = "sorted my will and who gets the dog, you wont hear from me again"
    assert assess(text).urgency == "crisis", assess(text).reasons


def test_a_cough_that_never_went_away_stays_a_concern() -> None:
    # "never went away" denies the resolution: "nunca", "mai", "nooit" are negators.
    for text in ("la tos nunca se fue del todo", "de hoest is nooit weggegaan"):
        assert assess(text).urgency == "concern", (text, assess(text).reasons)


def test_a_will_word_inside_a_threat_keeps_the_crisis() -> None:
    # A will is read as an expression's last word only: "will" in a threat is no will.
    text = "he said he will kill me, I should leave tonight"
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "ich habe meine Schlaftabletten gezählt, es sind genug",
        "I've been saving up my sleeping pills for when I'm alone",
        "he put his hands round my neck last night",
        "he broke the door down last night",
        "goodbye everyone, this is my last message",
    ],
)
def test_lookalike_contexts_leave_the_crisis(text: str) -> None:
    # Without the harmless context (a trip, a refill, a game, a repair) the concept alarms.
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "my mum says I cry all the time",
        "è morta la nonna e piango ogni sera",
        "ik moet om alles huilen de laatste tijd",
        "ik heb al een week pijn in mijn schouder en ik kan mijn arm bijna niet meer optillen",
    ],
)
def test_the_clients_own_trouble_stays(text: str) -> None:
    # A first person, an "and" (a dropped pronoun) or a new subject keeps it the client's.
    assert assess(text).urgency == "concern", assess(text).reasons


def test_sadness_without_a_turn_stays_a_concern() -> None:
    assert assess("so sad all the time since the move").urgency == "concern"


@pytest.mark.parametrize(
    "text",
    ["mi marido me va a matar", "dice que me va a matar si hablo", "o meu pai vai me matar"],
)
def test_a_threat_at_home_is_no_football_idiom(text: str) -> None:
    # The club idiom names a team; a person who will kill the client stays a crisis.
    assert assess(text).urgency == "crisis", assess(text).reasons


# Families read from the crisis misses of replies-m, -n and -o (session 11). Each phrasing
# below is new: none is a line of any labelled set.
CRISIS_FAMILIES_M_N_O: dict[str, tuple[str, ...]] = {
    "absence": (
        "honestly my kids would be happier if i was not around",
        "everyone at home would have it easier if i were gone for good",
        "ich wäre ehrlich gesagt am liebsten gar nicht mehr da",
        "es wär für meine familie leichter, wenn ich nimmer da wär",
        "für die kinder wäre es besser, wenn ich einfach weg wäre",
        "ils seraient bien plus heureux si j'étais plus là",
        "je crois que quand je serai plus là ils respireront",
        "a veces pienso que lo mejor sería no estar aquí",
        "mi familia estaría más tranquila cuando ya no esté",
        "sarebbe tutto più semplice se io non ci fossi più",
        "i miei figli starebbero meglio quando io non ci sarò più",
        "os meus filhos viviam melhor se eu já não estivesse cá",
        "era mais fácil para todos se eu não estivesse cá",
    ),
    "no reason to go on": (
        "i dont see any reason to keep going anymore",
        "what is the point of someone like me being alive",
        "some days i just want to stop living",
        "ich will einfach aufhören zu leben",
        "j'en peux plus, je veux plus vivre comme ça",
        "je veux juste que tout s'arrête pour de bon",
        "je supporte plus la vie, vraiment",
        "creo que quiero dejar de vivir",
        "vorrei solo smettere di vivere",
        "ik zie het nut niet meer van doorleven",
        "ik wil gewoon stoppen met leven",
        "às vezes só queria deixar de viver",
    ),
    "vehicle wish": (
        "sometimes i hope a truck hits me on the way home",
        "ojalá me atropelle un camión cuando cruzo",
        "spero che un camion mi investa stanotte",
        "ich hoffe manchmal, dass mich ein Lastwagen überfährt",
        "j'espère qu'une voiture me renverse en rentrant",
        "ik hoop dat een vrachtwagen me aanrijdt",
        "espero que um carro me atropele amanhã",
    ),
    "farewell letters": (
        "ive left a letter for my daughter on the kitchen table",
        "ich habe meinem Sohn einen Brief hinterlassen, im Schrank",
        "j'ai laissé une lettre pour ma fille dans l'entrée",
        "quand tu liras ces lignes, ne sois pas triste",
        "le dejé una carta a mi hijo debajo de la almohada",
        "cuando leas esto ya estaré lejos de todo",
        "ho lasciato una lettera per mia moglie nel cassetto",
        "quando leggerai queste righe non cercarmi",
        "ik heb een brief voor mijn zoon achtergelaten",
        "als je dit leest ben ik er niet meer",
        "deixei uma carta para a minha irmã na mesa",
        "esta é a última vez que lhe escrevo, obrigada",
    ),
    "given away, not needed": (
        "hab mein Fahrrad und die Bücher verschenkt, brauch ich sowieso nicht mehr",
        "ik heb mijn gitaar weggegeven, ik heb die toch niet meer nodig",
        "le regalé la moto a mi sobrino, total ya no la necesito",
        "ho regalato la chitarra a mio cugino, tanto non mi serve più",
        "doei as minhas coisas todas, afinal já não preciso delas",
        "j'ai donné mes outils au voisin, de toute façon j'en aurai plus besoin",
    ),
    "place chosen, means ready": (
        "i've picked the bridge i'm going to jump from",
        "ich habe mir den Balkon ausgesucht, von dem ich springe",
        "j'ai choisi la falaise d'où je vais sauter",
        "ya he elegido el puente desde donde voy a saltar",
        "ho scelto il ponte da cui saltare",
        "ik heb de brug uitgezocht waar ik van ga springen",
        "já escolhi a ponte de onde vou saltar",
        "i've set aside all my sleeping pills",
        "j'ai mis de côté tous mes somnifères",
        "separei todos os comprimidos para dormir",
        "tengo juntadas todas las pastillas para dormir",
        "ho messo da parte tutte le pastiglie per dormire",
        "j'ai tout prévu pour dimanche, les cachets sont prêts",
        "lo tengo todo planeado para el sábado, con todas las pastillas",
    ),
    "self-harm, everyday words": (
        "i pressed my arm on the iron on purpose last night",
        "stubbed a cigarette out on my wrist again",
        "cut my wrist again after dinner",
        "ich habe mir absichtlich die Hand auf die heiße Herdplatte gelegt",
        "ich drücke Zigaretten auf meinem Arm aus",
        "hab mich am Arm wieder geritzt",
        "j'écrase ma cigarette sur mon bras quand ça va pas",
        "je me suis coupée encore les cuisses",
        "me apago cigarrillos en la mano",
        "me corté otra vez los muslos",
        "mi spengo la sigaretta sulla mano",
        "mi so tagliata ancora sulle gambe",
        "ik druk sigaretten uit op mijn arm",
        "ik heb weer in mijn armen gesneden",
        "apago cigarros no braço quando estou mal",
        "cortei os braços outra vez",
        "sla ik mezelf soms tot het pijn doet",
        "me golpeo la cabeza contra la pared cuando me enfado",
        "bato com a cabeça nas paredes quando fico nervosa",
        "je me frappe quand je suis en colère contre moi",
    ),
    "violence at home": (
        "he says he'll kill me if i leave him",
        "er sagt, er wird mich umbringen, wenn ich ihn verlasse",
        "il dit qu'il va me tuer si je pars",
        "dice que me mata si me voy con los niños",
        "mi ha minacciato, dice che mi ammazza se lo lascio",
        "hij zegt dat hij me vermoordt als ik hem verlaat",
        "ele diz que me mata se eu for embora",
        "j'ai peur de rentrer chez moi ce soir",
        "tengo miedo de volver a casa esta noche",
        "ho paura di tornare a casa stasera",
        "ik ben bang om naar huis te gaan vanavond",
        "tenho medo de voltar para casa hoje",
        "o meu namorado bateu-me ontem à noite",
        "ele voltou a bater-me na frente dos filhos",
        "trau mich nicht heim, er ist wieder betrunken",
    ),
    "emergency signs": (
        "my husband was on the floor shaking and wouldn't answer me",
        "woke up on the kitchen floor and had bitten my tongue",
        "er lag auf dem Boden und hat gezuckt",
        "mon fils était par terre et tremblait de partout",
        "je me suis réveillée par terre ce matin sans savoir pourquoi",
        "estaba en el suelo temblando y no respondía",
        "era sul pavimento e tremava tutto",
        "mijn dochter lag op de grond te schokken",
        "ele estava no chão a tremer, tremia todo",
        "my face has swollen up and i can hardly swallow",
        "mein Gesicht ist geschwollen und ich kann kaum schlucken",
        "j'ai le visage tout gonflé et j'ai du mal à avaler",
        "tengo la cara hinchada y me cuesta tragar",
        "ho il viso gonfio e faccio fatica a deglutire",
        "mijn gezicht is opgezwollen en ik kan moeilijk slikken",
        "tenho a cara inchada e custa-me engolir",
        "pain in my chest going down my left arm",
        "Druck auf der Brust, zieht in den linken Arm",
        "douleur dans la poitrine qui descend dans le bras gauche",
        "dolor en el pecho que baja al brazo izquierdo",
        "dolore al petto che va al braccio sinistro",
        "pijn op de borst die uitstraalt naar mijn linkerarm",
        "dor no peito que vai para o braço esquerdo",
        "ma mère est tombée dans les pommes dans la cuisine",
        "falta-me o ar desde esta manhã",
    ),
    "overdose": (
        "took about 40 of my tablets with vodka",
        "hab 30 Tabletten genommen, alle auf einmal",
        "j'ai avalé toute la plaquette de xanax",
        "me tomé 20 pastillas de orfidal",
        "ho preso tutto il flacone di xanax",
        "ik heb 30 oxazepam ingenomen",
        "tomei a caixa toda de rivotril",
    ),
}

# Near misses: the same words where nothing is at risk stay below crisis.
CRISIS_NEAR_MISSES_M_N_O: dict[str, tuple[str, ...]] = {
    "absence": (
        "it would be easier for me if the appointment was on friday",
        "ich wäre lieber am Dienstag da, geht das?",
    ),
    "no reason to go on": (
        "no reason to worry, i'm carrying on with the drops",
        "ich möchte aufhören zu rauchen",
    ),
    "vehicle wish": (
        "i hope the bus is on time tomorrow",
        "ojalá el colectivo pase temprano mañana",
    ),
    "farewell letters": (
        "i left a note for my son to feed the cat",
        "quand vous lirez ce mail, pouvez-vous me rappeler ?",
        "als u dit leest, wilt u mij dan terugbellen?",
    ),
    "given away, not needed": (
        "ich habe die Babysachen verschenkt, die brauchen wir sowieso nicht mehr",
        "ho regalato i giocattoli del bambino, tanto non gli servono più",
    ),
    "place chosen, means ready": (
        "we chose the house with the balcony, moving in may",
        "j'ai mis de côté tous les médicaments pour le voyage",
    ),
    "self-harm, everyday words": (
        "i cut my hair again, not sure about it",
        "me corté el dedo otra vez cocinando",
    ),
    "violence at home": (
        "il dit qu'il va me tuer si je pars sans lui au ciné mdr",
        "no tengo miedo de volver a casa sola, vivo cerca",
    ),
    "emergency signs": (
        "the dog was on the floor shaking after the fireworks",
        "woke up on the floor of the tent, camping was great",
    ),
    "overdose": (
        "i take 2 tablets of valium at night as prescribed",
        "hab 20 Minuten gewartet und dann die Tablette genommen",
    ),
}


@pytest.mark.parametrize("text", [t for texts in CRISIS_FAMILIES_M_N_O.values() for t in texts])
def test_crisis_families_m_n_o(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize("text", [t for texts in CRISIS_NEAR_MISSES_M_N_O.values() for t in texts])
def test_crisis_near_misses_m_n_o_stay_lower(text: str) -> None:
    assert assess(text).urgency != "crisis", assess(text).reasons


def test_every_crisis_family_has_near_misses() -> None:
    assert CRISIS_FAMILIES_M_N_O.keys() == CRISIS_NEAR_MISSES_M_N_O.keys()
    assert all(len(v) >= 2 for v in CRISIS_NEAR_MISSES_M_N_O.values())


# False alarms of replies-m, -n and -o on `none`, read as families (session 11): each phrasing is
# new. A kitchen accident or a haircut; a hospital as a workplace or left; a name after a title;
# one resolution for two troubles; spoken, faded and verb-first resolutions; idioms; the vet's
# news; "back" as the body.
NONE_FAMILIES_M_N_O: dict[str, tuple[str, ...]] = {
    "kitchen and haircut": (
        "cut myself chopping onions on sunday, just a plaster, all fine",
        "hab mich beim Brotschneiden geschnitten, nix Schlimmes",
        "je me suis brûlée en sortant le pain du four, rien de grave",
        "me corté cocinando el domingo, nada importante",
        "mi sono bruciata col forno facendo la pizza, niente di che",
        "ik heb me gesneden bij het koken, stelt niks voor",
        "queimei-me no forno a fazer o assado, já está bom",
        "je me suis coupé la frange tout seul, c'est raté mdr",
        "me corté el flequillo yo sola, quedó horrible",
        "mi sono tagliata i capelli da sola, un disastro",
    ),
    "hospital news": (
        "long night shift at the hospital but I feel great",
        "Nachtdienst im Krankenhaus war ruhig, mir geht's gut",
        "guardia larga en el hospital, pero estoy bien",
        "my dad is out of hospital and recovering at home",
        "meine Mutter wurde gestern aus dem Krankenhaus entlassen",
        "mi abuela salió del hospital el lunes, todo bien",
        "mio padre è stato dimesso dall'ospedale ieri",
        "mijn vader is uit het ziekenhuis ontslagen",
        "a minha mãe já saiu do hospital, está ótima",
    ),
    "names after titles": (
        "Liebe Frau Brandt, alles bestens hier",
        "Guten Tag Herr Brand, die Tropfen wirken gut",
        "dear mrs ache, thanks for the call, all well",
    ),
    "gone, and the other too": (
        "the rash is gone and the itching too",
        "der Ausschlag ist weg und das Jucken auch",
        "l'eczéma est parti et les démangeaisons aussi",
        "el sarpullido se fue y el picor también",
        "l'eruzione è sparita e il prurito anche",
        "de uitslag is weg en de jeuk ook",
        "a alergia passou e a comichão também",
    ),
    "spoken and faded resolutions": (
        "mon dos me fait plus du tout mal",
        "ça me gratte plus du tout depuis la crème",
        "kopfweh hab ich nimmer",
        "der Husten is nimmer da",
        "die roten Flecken sind verblasst",
        "de vlekken zijn vervaagd",
        "as borbulhas clarearam muito",
        "las manchas se han aclarado",
        "le macchie sono sbiadite",
        "acabaram as dores de barriga, que alívio",
        "se fueron las náuseas por fin",
        "sono passati i crampi, finalmente",
        "me quemé con la sartén pero ya ni se nota",
        "hab mich am Ofen verbrannt, man sieht nichts mehr",
        "ik heb me gebrand aan de pan, je ziet er niks meer van",
    ),
    "idioms": (
        "my neighbour is a pain in the neck but otherwise all good",
        "die Baustelle bringt mich echt um, aber sonst geht's mir gut",
        "der Chef bringt mich noch um mit seinen Mails",
        "il concerto di ieri era da paura",
        "quella torta è da paura",
        "una peli para morirse de miedo, genial",
        "mijn dochter heeft me een hartverzakking bezorgd met haar rijles",
        "ik kreeg bijna een hartverzakking van de rekening",
    ),
    "the vet's news": (
        "the cat had a lump removed, the vet says it's benign",
        "unser Hund hatte Durchfall, der Tierarzt sagt, es ist nichts",
        "mon chien vomissait, le vétérinaire dit que ce n'est rien",
        "el veterinario dice que la tos del perro no es nada",
    ),
    "back as the body": (
        "the spots on my back have faded",
        "the itch on my lower back has gone",
        "the rash on the back of my knee cleared up",
    ),
}

# Near misses: trouble close to those families is still raised.
NONE_NEAR_MISSES_M_N_O: dict[str, tuple[str, ...]] = {
    "kitchen and haircut": (
        "cut my wrist in the kitchen",
        "je me suis brûlé exprès la main en cuisinant",
    ),
    "hospital news": (
        "I was taken to hospital last night",
        "ich muss ins Krankenhaus, die Schmerzen sind schlimmer",
    ),
    "names after titles": (
        "Frau Keller, ich habe seit gestern Ausschlag",
        "mrs keller, the headaches are back",
    ),
    "gone, and the other too": (
        "the rash is worse and the itching too",
        "der Ausschlag ist weg, aber das Jucken ist noch da",
    ),
    "spoken and faded resolutions": (
        "ça gratte plus la nuit qu'avant",
        "der Ausschlag ist nicht verblasst",
    ),
    "idioms": (
        "pain in my neck since monday",
        "ho paura di uscire di casa",
    ),
    "the vet's news": (
        "the dog bit me and my hand is swollen",
        "my cat scratched me and it's infected now",
    ),
    "back as the body": (
        "the rash came back on my back",
        "my back hurts again",
    ),
}

# Traces worth a look, found among replies-i's misses while fixing the above.
CONCERN_FAMILIES_M_N_O: dict[str, tuple[str, ...]] = {
    "long sleeves in summer": (
        "my son wears long sleeves all summer, even in the heat",
        "she's been in long sleeves since july",
        "long sleeves again today, 30 degrees in august",
        "sie trägt im Sommer nur noch lange Ärmel",
        "trotz Hitze immer lange Ärmel",
        "im August mit langen Ärmeln in der Schule",
        "elle porte des manches longues en plein été",
        "manches longues tout le mois de juillet",
        "toujours en manches longues malgré la canicule",
        "lleva mangas largas con este calor",
        "en pleno verano sigue con manga larga",
        "manga larga todo julio, no se la quita",
        "porta sempre maniche lunghe anche ad agosto",
        "con questo caldo va in giro con le maniche lunghe",
        "d'estate non toglie mai la manica lunga",
        "ze draagt lange mouwen in de zomer",
        "altijd lange mouwen, ook in juli",
        "met deze hittegolf nog steeds lange mouwen",
        "anda de manga comprida no verão",
        "em agosto sempre de mangas compridas",
        "com este calor não tira a manga comprida",
    ),
}

# ... and where there is nothing to see.
CONCERN_NEAR_MISSES_M_N_O: dict[str, tuple[str, ...]] = {
    "long sleeves in summer": (
        "he wears short sleeves all summer",
        "long sleeves in winter, it's freezing",
    ),
}


@pytest.mark.parametrize("text", [t for texts in NONE_FAMILIES_M_N_O.values() for t in texts])
def test_none_families_m_n_o(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


@pytest.mark.parametrize("text", [t for texts in NONE_NEAR_MISSES_M_N_O.values() for t in texts])
def test_none_near_misses_m_n_o_stay_raised(text: str) -> None:
    assert assess(text).urgency != "none", assess(text).reasons


@pytest.mark.parametrize("text", [t for texts in CONCERN_FAMILIES_M_N_O.values() for t in texts])
def test_concern_families_m_n_o(text: str) -> None:
    assert assess(text).urgency == "concern", assess(text).reasons


@pytest.mark.parametrize("text", [t for texts in CONCERN_NEAR_MISSES_M_N_O.values() for t in texts])
def test_concern_near_misses_m_n_o_stay_lower(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


def test_every_none_and_concern_family_has_near_misses() -> None:
    assert NONE_FAMILIES_M_N_O.keys() == NONE_NEAR_MISSES_M_N_O.keys()
    assert CONCERN_FAMILIES_M_N_O.keys() == CONCERN_NEAR_MISSES_M_N_O.keys()
    near = (*NONE_NEAR_MISSES_M_N_O.values(), *CONCERN_NEAR_MISSES_M_N_O.values())
    assert all(len(v) >= 2 for v in near)


# Concerns of replies-m, -n and -o the lexicon missed, read as families (session 11): sleep
# lost, a racing heart, head and gut in everyday words, the room spinning, the end of one's
# rope. Each phrasing is new.
CONCERN_EVERYDAY_FAMILIES: dict[str, tuple[str, ...]] = {
    "tired and sleepless": (
        "honestly wiped out since the new tablets",
        "knackered all the time this month",
        "i keep waking up at 4 every morning",
        "lieg jede Nacht bis vier Uhr wach",
        "ich liege stundenlang wach und grüble",
        "schlafe seit Tagen ganz schlecht",
        "je n'arrive plus à dormir depuis lundi",
        "j'arrive pas à dormir avec ces gouttes",
        "depuis la reprise j'arrive plus à dormir",
        "estoy agotadísima desde el cambio",
        "me quedo dormido en el sofá a las siete",
        "llevo días reventada",
        "nun riesco a durmì da giorni",
        "non riesco a durmire con sto caldo",
        "ik lig elke nacht uren wakker",
        "ik lig de hele nacht te woelen",
        "lig al een week wakker tot drie uur",
    ),
    "a racing heart": (
        "my heart is pounding for no reason",
        "heart keeps racing in the evening",
        "mein Herz rast abends ohne Grund",
        "das Herz pocht wie verrückt",
        "mon cœur s'emballe sans prévenir",
        "le cœur qui bat la chamade la nuit",
        "tengo el corazón a cien por las noches",
        "ho il cuore in gola senza motivo",
        "mijn hart bonkt 's avonds",
        "mijn hart gaat tekeer als ik lig",
        "ando com o coração aos pulos",
        "sinto o coração disparado à noite",
    ),
    "head and gut in everyday words": (
        "my stomach is in knots every morning",
        "mein Kopf dröhnt seit dem Aufstehen",
        "mein Magen spielt verrückt seit den Tropfen",
        "j'ai le ventre en vrac depuis hier",
        "j'ai la tête comme une citrouille",
        "tengo el vientre suelto desde el lunes",
        "tengo la cabeza como un bombo",
        "ho lo stomaco in subbuglio",
        "ho la testa che scoppia stasera",
        "mijn maag is van streek sinds de kuur",
        "mijn hoofd bonkt de hele dag",
        "tenho a barriga solta desde ontem",
        "ando com a cabeça a estalar",
    ),
    "the room spinning": (
        "when i stand up the room spins",
        "beim Aufstehen dreht sich alles",
        "quand je me lève tout tourne",
        "cuando me levanto todo me da vueltas",
        "appena mi alzo mi gira tutto",
        "als ik opsta draait alles",
        "de duizelingen zijn er weer",
        "quando me levanto tudo anda à roda",
    ),
    "at the end of one's rope": (
        "i'm barely holding it together this week",
        "ich bin gerade völlig am Ende",
        "mir wächst gerade alles über den Kopf",
        "je suis au bout du rouleau",
        "je craque en ce moment",
        "estoy al límite con todo",
        "últimamente me supera todo",
        "sono allo stremo delle forze",
        "ik loop op mijn tandvlees",
        "het wordt me allemaal te veel",
        "estou no limite, a sério",
        "já não aguento esta semana",
    ),
    # Session 13 (replies-u): a sore throat and a voice lost, whose words sound like a cure
    # ("gone", "weg", "non c'è più").
    "a sore throat and a voice lost": (
        "my voice has gone since the weekend",
        "seit gestern ist die Stimme weg",
        "j'ai plus de voix depuis la chorale",
        "me quedé sin voz después del concierto",
        "ho un brutto mal di gola da martedì",
        "da ieri non ho più voce",
        "ik ben al drie dagen mijn stem kwijt",
        "perdi a voz desde sábado",
    ),
    # Attacks named by their first part in a compound ("Migräneattacken", "hoestbuien").
    "attacks named in a compound": (
        "diese Woche schon drei Migräneanfälle",
        "nachts kommen die Hustenanfälle",
        "ik heb weer migraineaanvallen sinds de verhuizing",
        "'s nachts heb ik hoestbuien",
    ),
    # An herbal remedy stopped: its name is a remedy as "the drops" are.
    "an herbal remedy stopped": (
        "i quit the echinacea on monday",
        "ich habe den Baldrian abgesetzt",
        "j'ai arrêté la valériane",
        "dejé la valeriana hace una semana",
        "ho smesso la melatonina",
        "ik ben gestopt met de valeriaan",
        "parei a valeriana ontem",
    ),
}

# Near misses: the same words, over or not the client's, stay nothing.
CONCERN_EVERYDAY_NEAR_MISSES: dict[str, tuple[str, ...]] = {
    "tired and sleepless": (
        "not knackered at all anymore, sleeping well",
        "ich liege nicht mehr wach, schlafe durch",
    ),
    "a racing heart": (
        "my heart no longer races at night",
        "het hart bonkt niet meer sinds de zomer",
    ),
    "head and gut in everyday words": (
        "no more stomach in knots since i stopped the coffee",
        "mijn maag is niet meer van streek",
    ),
    "the room spinning": (
        "the room no longer spins when i stand up",
        "de duizelingen zijn weg",
    ),
    "at the end of one's rope": (
        "the old shed is barely holding together",
        "niet meer op mijn tandvlees, het gaat goed",
    ),
    "a sore throat and a voice lost": (
        "mi è passato il mal di gola",
        "la voce è tornata, grazie",
        "je suis restée sans voix quand elle m'a annoncé la nouvelle",
    ),
    "attacks named in a compound": (
        "die Migräneanfälle sind weg",
        "de migraineaanvallen zijn voorbij",
    ),
    "an herbal remedy stopped": (
        "continuo con l'iperico, va bene",
        "ich nehme weiter Johanniskraut",
    ),
}


@pytest.mark.parametrize("text", [t for texts in CONCERN_EVERYDAY_FAMILIES.values() for t in texts])
def test_concern_everyday_families(text: str) -> None:
    assert assess(text).urgency == "concern", assess(text).reasons


@pytest.mark.parametrize(
    "text", [t for texts in CONCERN_EVERYDAY_NEAR_MISSES.values() for t in texts]
)
def test_concern_everyday_near_misses_stay_nothing(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


def test_a_negation_reaches_over_om_een() -> None:
    # "niet meer aan om een eind aan mijn leven te maken": a negated crisis, a concern.
    result = assess("ik denk er echt niet meer aan om een eind aan mijn leven te maken")
    assert result.urgency == "concern", result.reasons
    assert any(r.endswith("(negated crisis)") for r in result.reasons), result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "ich fühle mich nicht mehr allein",
        "today was my last day at work, said goodbye to everyone",
        "ich nehme an, dass es nicht mehr lange dauert",
    ],
)
def test_the_known_lookalikes_stay_nothing(text: str) -> None:
    # Loneliness that is over, a goodbye at work, "nicht mehr lange" about a wait.
    assert assess(text).urgency == "none", assess(text).reasons


def test_no_suicidal_thoughts_only_exhausted_is_a_concern() -> None:
    result = assess("no tengo pensamientos suicidas, solo estoy agotada")
    assert result.urgency == "concern", result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "by the time you read this i will be gone",
        "when you read this i will be gone, dont blame yourself",
        "i have the pills ready",
        "ive got all my sleeping pills ready.",
        "got the rope ready",
    ],
)
def test_a_farewell_letter_and_means_made_ready_are_a_crisis(text: str) -> None:
    # "gone" after "when you read this" is the writer gone, not a symptom resolved; the
    # pills made ready are the means, said at the clause's end.
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "i have the pills ready for the trip",
        "i have my tablets ready for the week, thanks",
        "when you read this, please call me back",
    ],
)
def test_pills_ready_for_a_purpose_and_a_call_back_request_stay_lower(text: str) -> None:
    assert assess(text).urgency != "crisis", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "Much better since the new drops, thank you!",
        "feeling much better since the new tablets",
        "viel besser seit den neuen Tropfen, danke",
        "beaucoup mieux depuis les nouvelles gouttes",
        "muito melhor desde as gotas novas, obrigada",
    ],
)
def test_good_news_told_plainly_is_no_concern(text: str) -> None:
    # The second reader has mostly seen "since the new drops" before a symptom; alone, it
    # does not make good news a concern.
    assert assess(text).urgency == "none", assess(text).reasons


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("much better since the new drops but the dizziness is back", "concern"),
        ("much better since the new drops, still a bit of a rash", "concern"),
        ("much better since the new drops. i dont want to live anymore", "crisis"),
    ],
)
def test_good_news_with_trouble_beside_it_is_still_raised(text: str, level: str) -> None:
    assert assess(text).urgency == level, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "ich will mich erhängen",
        "ich häng mich auf, ich kann nicht mehr",
        "je vais me pendre ce soir",
        "me voy a ahorcar",
        "voglio impiccarmi",
        "ik ga me ophangen",
        "quero me enforcar",
        "fiz uma forca com o cinto",
    ],
)
def test_hanging_oneself_said_plainly_is_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    ["ich hänge die Wäsche auf", "ik hang mijn jas op", "me voy a colgar el bolso"],
)
def test_hanging_up_things_is_no_crisis(text: str) -> None:
    assert assess(text).urgency != "crisis", assess(text).reasons


def test_no_strength_is_a_concern_not_a_noose() -> None:
    # "forças" (strength) and "forca" (a noose) are one word once accents are folded.
    for text in ("não tenho forças", "nao tenho forcas pra nada"):
        assert assess(text).urgency == "concern", assess(text).reasons


# A partner's control is abuse at home (coercive control): the phone or money taken, the
# friends or family forbidden, who the writer sees decided for them, in every language
# (lexicon.py's "@intimate" expressions). A parent's punishment of a teenager, a partner
# driving the writer somewhere, and freedom granted are not.
@pytest.mark.parametrize(
    "text",
    [
        "my boyfriend took my phone away",
        "my husband took my bank card and passport away from me",
        "my partner hides my money",
        "my partner wont let me see my friends anymore",
        "my husband decides who i see",
        "mein Freund hat mir das Handy weggenommen",
        "mein Mann lässt mich meine Freundinnen nicht sehen",
        "mon copain m'a pris mon téléphone",
        "mon mari ne me laisse pas voir mes amies",
        "mi novio me quitó el móvil",
        "mi novio no me deja ver a mis amigas",
        "il mio ragazzo mi ha preso il telefono",
        "mio marito non mi lascia vedere le mie amiche",
        "mijn vriend heeft mijn telefoon afgepakt",
        "mijn man laat me mijn vriendinnen niet zien",
        "o meu namorado tirou-me o telemóvel",
        "o meu marido não me deixa ver as minhas amigas",
    ],
)
def test_a_partners_control_of_phone_money_or_friends_is_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "mi madre me quitó el móvil para castigarme",
        "my mum took my phone to punish me",
        "a minha mãe tirou-me o telemóvel de castigo",
        "my boyfriend took me to the cinema",
        "mi novio me quitó las gafas de sol",
        "my husband lets me see my friends whenever i want",
        "my wife took my card to do the shopping",
        "my husband took my phone to get it repaired",
    ],
)
def test_a_parents_punishment_or_a_partners_kindness_is_no_control(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", result.reasons


# Dutch "zichzelf iets aandoen" (to harm oneself) in every tense and word order; said with
# "niets"/"niks" it is a negated crisis, a concern, never nothing.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("ik ga mezelf wat aandoen vanavond", "crisis"),
        ("gisteren heb ik mezelf weer iets aangedaan", "crisis"),
        ("soms wil ik mezelf echt iets aandoen", "crisis"),
        ("ik ga mezelf niks aandoen, maak je geen zorgen", "concern"),
        ("ik zal mezelf niets aandoen hoor", "concern"),
        ("ik heb mezelf niks aangedaan, het is alleen zwaar", "concern"),
        ("ik heb mezelf een nieuwe fiets aangedaan", "none"),
    ],
)
def test_dutch_harm_done_to_oneself(text: str, level: str) -> None:
    assert assess(text).urgency == level, assess(text).reasons


# Tablets collected or kept at the chemist's are a refill; hoarded, they stay a crisis.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("collected my tablets from the chemist yesterday, thanks", "none"),
        ("j'ai récupéré mes comprimés chez le pharmacien", "none"),
        ("ho ritirato le pillole dal farmacista", "none"),
        ("ive been collecting my tablets for weeks, i have enough now", "crisis"),
        ("ik heb mijn slaappillen gespaard, het zijn er genoeg", "crisis"),
    ],
)
def test_tablets_from_the_chemist_are_a_refill(text: str, level: str) -> None:
    assert assess(text).urgency == level, assess(text).reasons


# Not wanting to wake, with the wish said ("no quiero despertarme", "je veux pas me réveiller"),
# and goodbyes recorded for one's own people: a crisis in every language.
@pytest.mark.parametrize(
    "text",
    [
        "no quiero despertarme mañana, ni nunca",
        "je veux plus me réveiller, franchement",
        "non voglio più svegliarmi la mattina",
        "não quero mais acordar, cansei",
        "i do not want to wake up tomorrow",
        "i recorded goodbye messages for my kids, they are on the laptop",
        "hab Abschiedsvideos für meine Kinder gemacht",
        "j'ai filmé des adieux pour mes enfants",
        "grabé mensajes de despedida para mis hijos",
        "ho registrato un video di addio per i miei figli",
        "ik heb afscheidsberichten voor mijn kinderen klaarstaan",
        "gravei vídeos de despedida pros meus filhos",
    ],
)
def test_not_wanting_to_wake_and_recorded_goodbyes_are_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


# ... and their near misses: waking early, a colleague's leaving video.
@pytest.mark.parametrize(
    "text",
    [
        "no quiero despertarme temprano el sábado, ¿puede ser a las 11?",
        "je veux pas me réveiller à 6h pour le rendez-vous",
        "non voglio svegliarmi presto sabato",
        "não quero acordar cedo no sábado",
        "i do not want to wake up early on saturday, can we do 11",
        "we recorded a farewell video for our colleague who retires",
        "gravamos um vídeo de despedida para a professora",
    ],
)
def test_waking_early_or_a_colleagues_farewell_is_no_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency != "crisis", result.reasons


# A child's remedy stopped by "we" ("dejamos los globulitos", "paramos os florais"): a concern;
# stopped at a place or a remedy left somewhere stays none.
@pytest.mark.parametrize(
    "text",
    [
        "dejamos los globulitos de la niña hace unos días",
        "suspendimos las gotitas porque no veíamos cambio",
        "paramos os florais da menina na semana passada",
        "deixamos as gotinhas do bebé, não notávamos nada",
        "deixei as gotas em março",
    ],
)
def test_a_remedy_stopped_by_we_is_a_concern(text: str) -> None:
    result = assess(text)
    assert result.urgency == "concern", result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "paramos en la farmacia a por las gotas, todo bien",
        "dejé las gotas en casa de mi madre, las recojo mañana",
        "deixamos os florais na casa da avó, vamos buscar amanhã",
        "paramos no posto para comprar as gotas",
    ],
)
def test_stopping_at_a_place_or_a_remedy_left_somewhere_is_none(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", result.reasons


# A German or Dutch subordinate clause ends with its verb: a negation inside it ("since she is
# no longer here") does not reach the main clause's crisis after it.
@pytest.mark.parametrize(
    "text",
    [
        "sinds Riek er niet meer is denk ik aan zelfmoord",
        "omdat hij er niet meer is wil ik dood",
        "seit Hans nicht mehr da ist denke ich an Selbstmord",
    ],
)
def test_a_negation_closed_in_its_subclause_leaves_the_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


# ... and a negation in the main clause still reads the crisis as negated.
@pytest.mark.parametrize(
    "text",
    [
        "sinds de therapie denk ik niet meer aan zelfmoord",
        "seit der Therapie denke ich nicht mehr an Selbstmord",
        "omdat het beter gaat wil ik niet meer dood",
    ],
)
def test_a_negation_in_the_main_clause_still_negates(text: str) -> None:
    result = assess(text)
    assert result.urgency == "concern", result.reasons


# Chest pain alone is a pain by the contract: negated, it is nothing, in every language ...
@pytest.mark.parametrize(
    "text",
    [
        "my father assures you that he has had no chest pain at all since your last visit",
        "er hatte seit dem letzten Besuch keinerlei Brustschmerzen",
        "il n'a eu aucune douleur dans la poitrine depuis votre dernière visite",
        "no ha tenido ningún dolor en el pecho desde su última visita",
        "non ha avuto nessun dolore al petto dalla Sua ultima visita",
        "hij heeft sinds uw laatste bezoek geen enkele pijn op de borst gehad",
        "não teve nenhuma dor no peito desde a última consulta",
    ],
)
def test_chest_pain_negated_is_nothing(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", result.reasons


# ... while a negated suicidal wish stays a concern, and breathlessness beside it a crisis.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("no chest pain but i can't breathe", "crisis"),
        ("i'm not suicidal, just tired", "concern"),
        ("keine Schmerzen in der Brust, aber ich bekomme keine Luft", "crisis"),
    ],
)
def test_chest_pain_negated_leaves_the_rest(text: str, level: str) -> None:
    result = assess(text)
    assert result.urgency == level, result.reasons


# A remedy stopped in the formal letter's infinitive ("ich habe mir erlaubt, die Tropfen
# abzusetzen") is a stop; a hat taken off is not.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("ich habe mir erlaubt, die Tropfen abzusetzen, sie bekommen mir nicht", "concern"),
        ("ich habe beschlossen, die Globuli abzusetzen", "concern"),
        ("ich habe vergessen, beim Arzt den Hut abzusetzen", "none"),
    ],
)
def test_a_remedy_stopped_in_the_infinitive(text: str, level: str) -> None:
    result = assess(text)
    assert result.urgency == level, result.reasons


# "went" somewhere is someone going, not trouble gone: "not coping since Joan went into the
# home" stays a concern; "the pain went in the night" and "went away" are still resolutions.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("i am not coping at all well since joan went into the home", "concern"),
        ("i have been struggling since my wife went to hospital", "concern"),
        ("the headache went in the night", "none"),
        ("the pain went away after a day", "none"),
    ],
)
def test_went_somewhere_resolves_nothing(text: str, level: str) -> None:
    result = assess(text)
    assert result.urgency == level, result.reasons


# The reply said to be the last word the reader gets, now or to come ("this is the last time
# u hear from me", "ihr hört nix mehr von mir"): a goodbye. The last time one was heard from,
# in the past, is a date ("the last time you heard from me i had the flu").
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("ok this is the last time you hear from me", "crisis"),
        ("you will never hear from me again, sorry", "crisis"),
        ("das war das letzte mal dass ihr von mir hört", "crisis"),
        ("ihr hört nichts mehr von mir", "crisis"),
        ("c'est la dernière fois que tu as de mes nouvelles", "crisis"),
        ("vous n'aurez plus de mes nouvelles", "crisis"),
        ("es la última vez que sabrán de mí", "crisis"),
        ("ya no sabrás nada de mí", "crisis"),
        ("questa è l'ultima volta che mi senti", "crisis"),
        ("non mi sentirete più", "crisis"),
        ("dit is de laatste keer dat jullie van me horen", "crisis"),
        ("é a última vez que você tem notícias minhas", "crisis"),
        ("the last time you heard from me i had the flu, all fine now", "none"),
        ("das letzte mal, als sie von mir gehört haben, war im mai. alles gut", "none"),
        ("la última vez que supiste de mí estaba de viaje", "none"),
        ("l'ultima volta che mi hai sentito ero in vacanza", "none"),
        ("de laatste keer dat je van me hoorde was ik op vakantie", "none"),
        ("a última vez que você falou comigo eu estava de férias", "none"),
    ],
)
def test_the_last_word_is_a_goodbye(text: str, level: str) -> None:
    result = assess(text)
    assert result.urgency == level, result.reasons


# Wanting it all to stop, in German with "nur noch" and in Dutch with "allemaal": a wish to
# die; a symptom one wants to stop is not ("ich will dass der husten aufhört").
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("ich will nur noch dass es endlich aufhört", "crisis"),
        ("ich will nur noch dass alles aufhört", "crisis"),
        ("ik wil gewoon dat het allemaal ophoudt", "crisis"),
        ("ik wil dat alles stopt", "crisis"),
        ("der husten nervt, ich will dass er aufhört", "concern"),
        ("de jeuk is erg, ik wil dat de jeuk stopt", "concern"),
    ],
)
def test_wanting_it_all_to_stop(text: str, level: str) -> None:
    result = assess(text)
    assert result.urgency == level, result.reasons


# A whole strip of tablets washed down with drink is an overdose; a strip of wallpaper is not.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("took the whole strip with a bottle of wine", "crisis"),
        ("took a whole strip and half the vodka", "crisis"),
        ("took the whole strip off the wall and had a beer after", "none"),
    ],
)
def test_a_whole_strip_with_drink(text: str, level: str) -> None:
    result = assess(text)
    assert result.urgency == level, result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "some days i just feel like dying",
        "i feel like im dying and nobody sees it",
        "ich hab einfach lust zu sterben",
        "j'ai l'impression de mourir chaque soir",
        "soms heb ik zin om dood te gaan",
        "het voelt alsof ik doodga",
    ],
)
def test_feeling_like_dying_is_a_crisis(text: str) -> None:
    # A wish or a body in danger: either way it reaches the practitioner at once.
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    ["i feel like dying my hair blue for the summer", "we were dying of laughter at the play"],
)
def test_dyeing_and_laughter_are_not_dying(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        # A stupid thing done, told with the pills counted and no verb of taking: an overdose.
        ("did something daft on sunday, a whole box of sleeping tablets and wine", True),
        ("hab am wochenende blödsinn gemacht, 30 tabletten und ne flasche wodka", True),
        ("j'ai fait une bêtise hier soir, une boîte entière de somnifères", True),
        ("anoche hice una locura, un frasco entero de pastillas para dormir", True),
        ("ho fatto una sciocchezza, una scatola intera di sonniferi ieri sera", True),
        ("heb iets stoms gedaan, een hele doos slaappillen met wijn", True),
        ("fiz uma besteira ontem, uma caixa inteira de calmantes", True),
        # ... not a stupid thing done with the pills forgotten.
        ("did something stupid, left my tablets on the bus again", False),
        ("hab mist gebaut und die tabletten zuhause vergessen", False),
        ("j'ai fait une bêtise, j'ai oublié mes cachets chez ma fille", False),
    ],
)
def test_a_stupid_thing_done_with_the_pills_counted(text: str, crisis: bool) -> None:
    result = assess(text)
    assert (result.urgency == "crisis") == crisis, result.reasons


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        # A partner who hits only when drunk, told as the excuse: violence at home.
        ("she only lashes out when shes been drinking, its not her fault", True),
        ("er haut nur zu wenn er besoffen ist, sonst ist er lieb", True),
        ("il cogne seulement quand il a bu, le reste du temps ça va", True),
        ("mi marido solo pega cuando ha bebido, luego pide perdón", True),
        ("mio marito picchia solo quando è ubriaco", True),
        ("hij slaat alleen als hij dronken is, verder is hij lief", True),
        ("o meu marido só bate quando está bêbado", True),
        # Things thrown at the client, with words between.
        ("hij gooide gisteravond zijn telefoon naar mijn hoofd", True),
        ("anoche me tiró el mando de la tele a la cabeza", True),
        # ... not a heart that beats, a door knocked at, a ball thrown.
        ("mein herz schlägt schneller wenn ich kaffee getrunken habe", False),
        ("il tape du pied quand il a bu, ça fait rire les petits", False),
        ("mi nieto me tiró la pelota y la cogí", False),
        # The service weapon thought about: a means. Shaking with drooling: a fit.
        ("ich denk jede nacht an die dienstpistole im schrank", True),
        ("ik denk steeds aan het dienstwapen thuis", True),
        ("il tremblait de tout son corps et bavait, puis plus rien", True),
        ("mi padre temblaba entero y echaba espuma por la boca", True),
        # ... a dog at the vet, milk foaming.
        ("der hund hat beim tierarzt gesabbert, sonst alles gut", False),
        ("the milk was foaming nicely in the new frother", False),
    ],
)
def test_violence_excused_thrown_things_a_service_weapon_and_a_fit(text: str, crisis: bool) -> None:
    result = assess(text)
    assert (result.urgency == "crisis") == crisis, result.reasons


# Distress and new trouble in everyday words are concerns in every language; a jump or a cut
# denied is a negated crisis (rule 1), a concern. The same words in good news are nothing.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("honestly hanging by a thread this week", "concern"),
        ("the new tablets make me sick as a dog", "concern"),
        ("pressure behind my eyes since monday", "concern"),
        ("60 days no cutting today", "concern"),
        ("i will not jump, dont worry, just tired", "concern"),
        ("ich bin total mit den nerven am ende", "concern"),
        ("der suchtdruck ist heute schlimm", "concern"),
        ("keine sorge, ich spring nicht", "concern"),
        ("je me sens nulle depuis samedi", "concern"),
        ("estoy muy mal desde el lunes", "concern"),
        ("me salieron moretones en las piernas", "concern"),
        ("sto proprio male questa settimana", "concern"),
        ("sono appeso a un filo", "concern"),
        ("ik hang aan een zijden draadje", "concern"),
        ("tô muito mal essa semana", "concern"),
        ("apareceu um roxo na perna", "concern"),
        ("the thread of the story was lovely, no worries", "none"),
        ("die nerven haben gehalten, alles gut gegangen", "none"),
        ("la vie ne tient pas à grand-chose, mais tout va bien", "none"),
    ],
)
def test_everyday_words_for_distress(text: str, level: str) -> None:
    result = assess(text)
    assert result.urgency == level, result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "dont worry im not going to do anything daft, just tired",
        "i will not do anything rash, promise",
        "tranquila, no voy a hacer ninguna barbaridad",
    ],
)
def test_a_rash_act_denied_is_a_concern(text: str) -> None:
    # Rule 1: a negated crisis is at least a concern.
    assert assess(text).urgency == "concern", assess(text).reasons


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The taxes "killing" the writer, a shift "de infarto", a card game won: idioms.
        ("the vat return is killing me but its nearly done", "none"),
        ("die Steuererklärung bringt mich noch um, sonst alles gut", "none"),
        ("les impôts vont me tuer cette année, à jeudi", "none"),
        ("la renta me va a matar, pero bien de salud", "none"),
        ("un turno da infarto ieri, ma tutto bene", "none"),
        ("de belastingaangifte sloopt me, verder gaat het goed", "none"),
        ("as finanças ainda me matam, mas estou bem", "none"),
        ("grandad beat us all at dominoes again", "none"),
        # ... not a heart attack had, nor a threat from someone at home.
        ("me dio un infarto en la guardia, estoy en el hospital", "crisis"),
        ("mi marito dice che mi ammazza se lo lascio", "crisis"),
    ],
)
def test_taxes_a_hard_shift_and_cards_are_idioms(text: str, level: str) -> None:
    result = assess(text)
    assert result.urgency == level, result.reasons


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        # A letter's closing said to be for good: a goodbye.
        ("thats it from me for good. thanks for everything", True),
        ("das war's dann von mir, für immer", True),
        ("c'est tout pour moi, pour de bon. merci", True),
        ("me despido para siempre, gracias por todo", True),
        ("dat was het dan van mij, voorgoed", True),
        # ... not for today.
        ("thats it from me for today, see you tuesday", False),
        ("das wars von mir für heute, bis dienstag", False),
        ("c'est tout pour moi aujourd'hui, à jeudi", False),
    ],
)
def test_a_closing_for_good_is_a_goodbye(text: str, crisis: bool) -> None:
    result = assess(text)
    assert (result.urgency == "crisis") == crisis, result.reasons


# A past slip or relapse told as long behind the writer is good news in every language; the
# pains behind a knee or "alle spalle" (the shoulders) are no such resolution.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("the relapse in june is long behind me, 8 months sober", "none"),
        ("der rückfall ist schon lang her, jetzt trocken", "none"),
        ("la rechute est loin derrière moi", "none"),
        ("la recaída ya quedó atrás", "none"),
        ("de terugval ligt ver achter me", "none"),
        ("a recaída ficou pra trás", "none"),
        ("the pain behind me knee is back", "concern"),
        ("i dolori alle spalle sono tornati", "concern"),
    ],
)
def test_a_relapse_long_behind_is_over(text: str, level: str) -> None:
    result = assess(text)
    assert result.urgency == level, result.reasons
