"""What clients in talking therapy write, read as families (carecall_mail/core/triage/therapy.py).

Each case is a new phrasing, written for this test and not taken from the labelled sets, of
one family in one language: a passive wish said as a condition, others better off "without
me", sessions or an antidepressant stopped, sleeping all day, not eating, drinking more,
being worn out or wanting nothing, and next to them the same words on a handled bad day
(waking before a time, a dinner burnt, an overdose in the news). Near-misses check that the
harmless reading does not swallow the trouble beside it.

The second reader (a statistical model, retrained as labelled data grows) is held silent:
a family must be read by its pattern, not rescued by the model."""

from __future__ import annotations

import pytest

from carecall_mail.core.triage import model as triage_model
from carecall_mail.core.triage.assess import assess, fold

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent


CRISIS = [
    # Not waking, hoped for in a letter's register (the others' wording is the lexicon's own).
    "I confess that I hope each evening that I shall not wake in the morning",
    "some nights i hope i would not wake again",
    "Ich hoffe jeden Abend, dass ich morgens nicht mehr aufwache",
    "j'espère chaque soir ne pas me réveiller le matin",
    "cada noche espero no despertar por la mañana",
    # Not waking up, wished as a condition, with no clock time in it.
    "wenn ich einfach nicht aufwachen würde, wäre das auch egal",
    "ehrlich gesagt, wenn ich übermorgen nicht aufwache, wärs mir recht",
    "wenn ich nimmer aufwach, isch es au guet",
    "si je me réveillais pas demain matin, franchement ça irait",
    "si un jour je ne me réveillais plus, personne ne serait triste",
    "si demain je me réveille pas, tant pis",
    "si no me despertara nunca más, estaría bien",
    "sinceramente si el lunes no me despierto da igual",
    "si no despierto mañana mejor, ya estoy cansada",
    "se stanotte non mi svegliassi più sarebbe un sollievo",
    "se un giorno non mi risvegliassi non mi dispiacerebbe",
    "se domattina non mi sveglio più pazienza",
    "als ik gewoon niet wakker zou worden zou dat prima zijn",
    "als ik zondag niet meer wakker word is het ook goed",
    "eerlijk, als ik niet wakker werd zou niemand het erg vinden",
    "se eu não acordasse mais seria um alívio",
    "se um dia eu não acordasse ninguém ia sentir falta",
    "se eu não acordar amanhã não faz mal",
    # Others better off, "without me" first; being only a burden.
    "without me around they'd honestly be better off",
    "i keep thinking i am only a burden to my kids",
    "without me the family would be happier, thats the truth",
    "ohne mich hätten es alle viel leichter",
    "ich bin nur noch eine Last für meinen Mann",
    "ohne mich wär meine Familie glücklicher",
    "sans moi ils seraient tous bien mieux",
    "je ne suis qu'un fardeau pour ma fille",
    "sans moi tout le monde irait mieux",
    "sin mí mis hijos estarían mucho mejor",
    "siento que soy una carga para mi madre",
    "sin mí todo iría mejor en casa",
    "senza di me i miei figli vivrebbero meglio",
    "mi sento come se fossi solo un peso, sono un peso",
    "senza di me mio marito starebbe meglio",
    "zonder mij zouden ze het veel beter hebben",
    "ik ben alleen maar een last voor mijn ouders",
    "zonder mij is het thuis makkelijker",
    "sem mim a minha família ficava melhor",
    "sinto que sou só um peso para todos",
    "sem mim eles viviam melhor",
    # Fainting and a numb arm, in Swiss German.
    "bin im büro umkippt und jetzt kribbelts nöd emal meh",
    "gestern zwei mal umkippt, weiss nöd was los isch",
    "ich hab seit dem Mittag kein Gefühl mehr im rechten Arm",
    # Easier not to be here; never waking up, wished; not being there any more.
    "it would be simpler to just not be around anymore",
    "some days it feels easier not to be here at all",
    "i wouldn't mind if i just didn't wake up",
    "ich möchte einfach nicht mehr da sein",
    "manchmal will ich einfach für immer weg sein",
    "ich hätte nichts dagegen, nicht mehr da zu sein",
    "sería más fácil desaparecer y ya",
    "a veces creo que sería mejor no estar",
    "todo sería más fácil si no estuviera",
    "era mais fácil não estar cá",
    "se eu não estivesse aqui era tudo mais simples",
    "às vezes penso que era melhor não estar aqui",
    # Pills counted as a method.
    "i googled how many of the sleeping pills would be too many",
    "been looking up how many paracetamol tablets",
    "how many of these would it take, i keep wondering",
    # Scratched until blood.
    "picked at my arms until they bled",
    "i scratched my legs till they were bleeding",
    "hit my hands on the wall until i was bleeding",
    # Violence told by its moves.
    "he dragged me by the hair across the kitchen",
    "my partner shoved me against the fridge last night",
    "she threw me down the stairs when i said no",
    "er hat mich im Flur gegen die Wand geschubst",
    "mein Freund hat mich an den Haaren gezogen",
    "er hat mich gestern gegen die Tür gedrückt",
    # A resolution inside a subordinate clause belongs to its own subject.
    "i want to die ever since she's gone",
    "j'ai envie de mourir depuis que mon mari est parti",
    "quiero morirme desde que se ha ido",
    "voglio morire da quando se ne è andata",
    "quero morrer desde que ele foi embora",
]


CONCERN = [
    # Therapy sessions stopped or paused.
    "i think i'll stop the sessions for now, it's all too much",
    "going to pause therapy, cant deal with talking about it",
    "can we cancel all remaining sessions, im not up to it",
    "ich möchte die nächsten Termine absagen, mir fehlt die Kraft",
    "ich will die Therapie erstmal pausieren",
    "ich hab mit der Therapie aufgehört, bringt eh nichts",
    "je voudrais suspendre les séances pendant quelque temps",
    "j'arrête la thérapie, j'y arrive plus",
    "je vais annuler les prochaines séances, désolée",
    "quiero dejar la terapia un tiempo",
    "voy a suspender las sesiones hasta nuevo aviso",
    "cancelo las próximas sesiones, no estoy para hablar",
    "vorrei interrompere la terapia per qualche settimana",
    "salto le prossime sedute, non ce la faccio a parlarne",
    "smetto la terapia, non serve a niente",
    "ik wil de therapie even pauzeren",
    "ik ga de sessies afzeggen tot na de zomer",
    "ik stop met de therapie, het helpt niet",
    "quero parar a terapia por uns tempos",
    "vou suspender as sessões até janeiro",
    "larguei a terapia, não adianta nada",
    # An antidepressant stopped.
    "came off the citalopram on my own, cold turkey",
    "i quit my antidepressants last weekend",
    "stopped taking the mirtazapine, too groggy",
    "ich habe das Sertralin einfach abgesetzt",
    "mit den Antidepressiva hab ich aufgehört",
    "hab die Antidepressiva vor einer Woche abgesetzt",
    "j'ai arrêté la sertraline sans en parler au médecin",
    "j'arrête les antidépresseurs, ça me rend zombie",
    "j'ai arrêté le lithium la semaine dernière",
    "dejé los antidepresivos hace tres días",
    "dejé la sertralina por mi cuenta",
    "he dejado el escitalopram, me sentía apagada",
    "ho smesso la sertralina da sola",
    "ho smesso gli antidepressivi da una settimana",
    "ho sospeso la paroxetina senza dirlo al medico",
    "ik ben gestopt met de sertraline",
    "met de antidepressiva ben ik gestopt",
    "gestopt met de citalopram, voelde me zo vlak",
    "parei a sertralina por conta própria",
    "parei com os antidepressivos semana passada",
    "larguei a fluoxetina, fiquei enjoada",
    # Sleeping all day, or not out of bed.
    "i've been sleeping all day and still feel wrecked",
    "stayed in bed all day again, couldnt see the point of getting up",
    "sleeping 12 hours every day lately",
    "ich schlafe fast den ganzen Tag",
    "ich komm kaum noch aus dem Bett",
    "ich liege nur noch im Bett rum",
    "je dors toute la journée depuis lundi",
    "je reste au lit toute la journée",
    "j'arrive plus à sortir du lit le matin",
    "duermo todo el día y no me dan ganas de nada",
    "me paso el día durmiendo",
    "no me levanto de la cama hasta las cuatro",
    "dormo tutto il giorno da quando ho perso il lavoro",
    "sto tutto il giorno a letto",
    "non riesco ad alzarmi dal letto la mattina",
    "ik slaap de hele dag door",
    "ik lig de hele dag in bed",
    "ik kom mijn bed niet uit",
    "durmo o dia todo e continuo cansada",
    "passo o dia na cama",
    "não consigo sair da cama de manhã",
    # Not eating.
    "been hardly eating since the funeral",
    "skipping meals most days, just not hungry",
    "i keep forgetting to eat",
    "ich esse fast nichts mehr seit der Trennung",
    "ich krieg nichts runter",
    "ess kaum was, alles schmeckt nach nichts",
    "je mange presque plus depuis son départ",
    "j'ai l'estomac noué, je mange à peine",
    "j'ai rien avalé depuis hier",
    "no como nada desde el martes",
    "casi no como, se me quitó el hambre",
    "tengo el estómago cerrado, no como nada",
    "non mangio quasi niente da giorni",
    "mi si chiude lo stomaco appena vedo il cibo",
    "non mangio quasi nulla, solo caffè",
    "ik eet bijna niks meer",
    "ik eet nauwelijks sinds de scheiding",
    "ik eet bijna niets, geen trek",
    "quase não como desde o enterro",
    "mal como, fico com o estômago fechado",
    "estou com o estômago fechado há dias",
    # Drinking more.
    "drinking every night since the breakup",
    "i've been drinking a lot more than usual",
    "honestly drinking alone most evenings now",
    "ich trinke seit der Kündigung viel mehr",
    "ich trink zu viel, jeden Abend Wein",
    "jeden Abend ein paar Bier, sonst schlaf ich nicht",
    "je bois beaucoup plus depuis l'été",
    "je bois trop ces temps-ci",
    "je bois tous les soirs pour dormir",
    "bebo mucho más desde que me quedé sola",
    "estoy bebiendo bastante más que antes",
    "tomo bastante más de la cuenta los fines de semana",
    "bevo molto di più la sera",
    "bevo troppo ultimamente",
    "bevo ogni sera per non pensare",
    "ik drink veel meer dan vroeger",
    "ik drink te veel sinds hij weg is",
    "elke avond een fles wijn, ik weet het",
    "estou bebendo muito mais",
    "bebo demais à noite",
    "ando bebendo bem mais que antes",
    # Worn out, in pieces, wanting nothing and no one.
    "i am in pieces since the divorce",
    "don't want to see anyone at the moment",
    "no strength left for any of it",
    "ich schaff das nimmer mit der Arbeit und den Kindern",
    "bin völlig kaputt und will niemanden sehen",
    "hab auf nichts Lust, nicht mal aufs Lesen",
    "je suis à bout, envie de rien",
    "je veux voir personne en ce moment",
    "j'ai plus la force de rien",
    "estoy hecha polvo, sin ganas de nada",
    "no quiero ver a nadie estos días",
    "no tengo fuerzas ni para ducharme",
    "mi sento a pezzi, non ho voglia di niente",
    "sono distrutta dopo il funerale",
    "non ho più la forza di fare niente",
    "ik heb nergens zin in",
    "ik ben helemaal kapot en wil niemand zien",
    "ik heb geen kracht meer voor iets",
    "estou em cacos depois da separação",
    "não quero ver ninguém esta semana",
    "estou sem forças pra nada",
    # Washing and showering let go.
    "i haven't showered in days, what's the point",
    "not washed since sunday",
    "cant be bothered to shower or eat",
    "ich hab seit Montag nicht geduscht",
    "hab mich seit Tagen nicht gewaschen",
    "ich hab nicht mehr geduscht seit sie weg ist",
    "je ne me lave plus vraiment",
    "pas douchée depuis trois jours",
    "je me lave plus, à quoi bon",
    "no me ducho desde el sábado",
    "llevo días sin ducharme",
    "no me he duchado esta semana",
    "non mi lavo da giorni",
    "non mi faccio la doccia da domenica",
    "non mi sono lavata per tutta la settimana",
    "ik heb sinds zondag niet gedoucht",
    "al dagen niet gewassen",
    "ik heb niet meer gedoucht sinds vrijdag",
    "não tomo banho desde domingo",
    "estou há dias sem tomar banho",
    "não tomei banho a semana toda",
    # Everything pointless.
    "everything feels pointless at the moment",
    "it all seems pointless since the breakup",
    "work, friends, it all feels pointless",
    "alles fühlt sich gerade sinnlos an",
    "alles ist so sinnlos seit dem Sommer",
    "irgendwie ist alles sinnlos",
    "tout me semble vide depuis la rupture",
    "plus rien n'a de sens pour moi",
    "tout me paraît inutile",
    "nada tiene sentido desde que me dejó",
    "todo me parece sin sentido en el trabajo",
    "siento que todo es inútil",
    "è tutto inutile, lo so",
    "niente ha senso in questo periodo",
    "non ha più senso niente",
    "alles voelt zinloos sinds de zomer",
    "niets heeft zin op het moment",
    "alles is zo zinloos",
    "nada faz sentido desde o divórcio",
    "tudo me parece sem sentido no trabalho",
    "sinto que tudo é inútil",
    # The heart in panic.
    "my heart was going like crazy in the queue",
    "heart going like mad every time the phone rings",
    "felt like my heart would jump out of my chest",
    # Flashbacks and self-blame.
    "the flashbacks are every night now",
    "i blame myself for the divorce",
    "honestly i hate myself most days",
    "ich hab wieder Flashbacks vom Unfall",
    "ich gebe mir selbst die Schuld an allem",
    "manchmal hasse ich mich dafür",
    "j'ai des flashbacks de l'accident",
    "je culpabilise énormément depuis sa mort",
    "je m'en veux tellement",
    "tengo flashbacks del accidente",
    "me culpo por lo que pasó",
    "me siento culpable de todo lo que pasó",
    "ho dei flashback continui",
    "mi do la colpa per la separazione",
    "mi sento in colpa per tutto",
    "ik heb steeds herbelevingen van die nacht",
    "ik geef mezelf de schuld van alles",
    "ik haat mezelf erom",
    "tenho flashbacks do acidente",
    "culpo-me pelo que aconteceu",
    "sinto-me vazio desde que ela morreu",
    # The house not left.
    "i haven't left the house in ten days",
    "not been out of the house since the funeral",
    "i have not been outside for a week",
    "ich war seit Wochen nicht mehr draußen",
    "ich geh nicht mehr raus, nur zum Einkaufen",
    "ich gehe nicht mehr vor die Tür",
    "je sors plus de chez moi depuis un mois",
    "je ne sors plus de chez moi",
    "je sors plus de la maison sauf pour le travail",
    "ya no salgo, ni con amigas",
    "no salgo de casa desde el entierro",
    "no he salido de casa en toda la semana",
    "non esco più nemmeno per la spesa",
    "non esco di casa da giorni",
    "non sono uscita di casa tutto il weekend",
    "ik kom de deur niet meer uit",
    "ik kom al weken niet meer buiten",
    "ik ga de deur niet uit sinds de scheiding",
    "não saio de casa há dias",
    "já não saio, nem para ver os amigos",
    "não saí de casa a semana toda",
    # "Can't take any more", in its other wordings.
    "i can't take any more of this",
    "honestly cant take much more",
    "i can not take this any longer",
    "ich halte das nicht mehr aus",
    "ich halt es nimmer aus mit ihm",
    "ich halte es nicht mehr aus zu Hause",
    # Worse rather than better.
    "es wird eher schlechter als besser",
    "c'est plutôt pire que mieux cette semaine",
    "la verdad voy más mal que bien",
    # A crisis denied is still a concern: "tengo" carries the negation.
    "ya no tengo ideas de suicidio, pero lloro mucho",
    "no tengo pensamientos de suicidio, solo mucho cansancio",
    "ya no tengo pensamientos de quitarme la vida, aunque sigo triste",
    "non faccio cazzate, te lo prometto, ma sto male",
    "tranquilla, non farò cazzate",
    "non faccio stupidaggini, però è dura",
    # Worn out all day or after a night's sleep, also in the idiom's own words ("dead tired").
    "dead tired all the time since the move",
    "exhausted even after ten hours of sleep",
    "seit Wochen den ganzen Tag todmüde",
    "erschöpft, sogar nach neun Stunden Schlaf",
    "fatiguée même après une bonne nuit de sommeil",
    "je suis naze toute la journée",
    "agotada incluso después de dormir toda la noche",
    "sono sfinita tutto il giorno",
    "ik ben de hele dag bekaf",
    "doodmoe, zelfs na negen uur slapen",
    "ando exausta o dia todo",
    # Distress typed fast in French, the apostrophe dropped.
    "chuis tellement mal ce soir",
    "jen peux vraiment plus de tout ça",
]


NONE = [
    # Not waking someone else, or not before a time: sleep, not a wish.
    "I do hope I shall not wake the baby when I come in late",
    "did not wake in the morning until ten, slept like a log",
    # Tired from one day's doing, or no longer tired all day.
    "dead tired after the wedding but so happy",
    "ich bin nicht mehr den ganzen Tag müde",
    "crevée après la rando, mais quelle belle journée",
    "niet meer moe de hele dag sinds de ijzerpillen",
    # Waking by a clock time is sleep, not a wish.
    "if i don't wake up before 9 just start without me",
    "hope i dont wake up until noon on saturday lol",
    "if i'm not waking up on time, ring the doorbell",
    "wenn ich um sieben nicht aufwache, ruf mich an",
    "falls ich nicht vor acht aufwache, fangt ohne mich an",
    "wenn ich nicht bis neun aufwache ist das egal, ich hab frei",
    "si je ne me réveille pas avant midi c'est normal, je suis en congé",
    "si demain je me réveille pas à l'heure, appelle-moi",
    "si je me réveille pas avant 9h je serai en retard",
    "si no me despierto temprano llego tarde al trabajo",
    "si no me despierto a tiempo, me llamas",
    "si mañana no me despierto a las siete, despiértame",
    "se domani non mi sveglio prima delle nove arrivo tardi",
    "se non mi sveglio in tempo chiamami",
    "se non mi sveglio alle sette perdo il treno",
    "als ik niet wakker word voor negen uur bel me maar",
    "als ik morgen niet wakker word om zeven mis ik de trein",
    "als ik niet wakker word op tijd, klop even aan",
    "se eu não acordar cedo perco o ônibus",
    "se não acordar a tempo me liga",
    "se eu não acordasse antes das oito chegava atrasada",
    # A dinner burnt on a bad day that was handled.
    "burnt the dinner again, we got pizza and laughed",
    "i burned the rice but it was still edible",
    "hab das Essen anbrennen lassen, egal, wir haben Brot gegessen",
    "der Auflauf ist angebrannt, haha",
    "der Reis war total angebrannt aber alles gut",
    "j'ai cramé le riz, on a bien rigolé",
    "j'ai brûlé le gâteau mais les enfants l'ont mangé quand même",
    "encore brûlé mon dîner, journée de fou",
    "se me quemó el arroz pero lo salvamos",
    "quemé la cena y pedimos comida",
    "se me quemó la tarta, qué desastre jaja",
    "ho bruciato il sugo, pazienza",
    "ho bruciato la torta ma era buona lo stesso",
    "oggi ho bruciato l'arrosto, ridiamo",
    "het eten is aangebrand, we hebben friet gehaald",
    "de rijst was aangebrand maar ok",
    "ik heb de taart laten aanbranden, jammer",
    "queimei o feijão, que dia",
    "queimei a pizza mas comemos assim mesmo",
    "queimou o bolo e rimos muito",
    # An overdose in the news or in someone's past, no risk to the writer.
    "watched a doc about the actor who died of an overdose, sad but i'm okay",
    "my uncle died of a drug overdose years ago, it came up in the book",
    "read that the musician died from an overdose, grim news",
    "in der Zeitung stand, dass der Sänger an einer Überdosis gestorben ist",
    "im Film starb der Bruder an einer Überdosis",
    "die Schauspielerin ist an einer Überdosis gestorben, schlimm",
    "j'ai lu que le chanteur était mort d'une overdose",
    "le film parle d'un garçon mort d'overdose",
    "sa sœur est morte d'une overdose il y a vingt ans, elle en parle dans son livre",
    "leí que el actor murió de una sobredosis",
    "la serie es sobre un chico muerto por sobredosis",
    "el músico murió de sobredosis en los 90",
    "ho visto un documentario su un ragazzo morto di overdose",
    "il cantante è morto per overdose nel 2011",
    "nel libro la madre è morta di overdose",
    "ik las dat de zanger overleden is aan een overdosis",
    "in de serie stierf aan een overdosis de broer",
    "de acteur is overleden aan een overdosis, triest",
    "li que o cantor morreu de overdose",
    "no filme o irmão morreu de overdose",
    "a atriz morreu de overdose nos anos 80",
    # A trouble told in the past and closed after a comma.
    "panicky on the bus tuesday, by the evening it had calmed down",
    "the low mood was heavy last week, it settled down after the weekend",
    "had a headache this morning, it was gone by lunch",
    "die Angst war am Montag heftig, jetzt ist sie weg",
    "Kopfweh am Morgen, am Abend war es dann weg",
    "am Wochenende war ich traurig, dann war es wieder weg",
    "grosse angoisse dimanche soir, ça s'est calmé lundi",
    "mal au ventre hier, c'est passé",
    "j'étais anxieuse au travail, c'était passé le soir",
    "tuve ansiedad el domingo, ya se calmó",
    "me dolía la cabeza por la mañana, ya se me pasó",
    "estaba nerviosa antes del examen, ya se había pasado al salir",
    "avevo l'ansia domenica, poi si è calmata",
    "ho avuto mal di testa ieri, è già passata",
    "ero agitata prima del colloquio, poi era passata",
    "ik had paniek in de trein, thuis ging het over",
    "hoofdpijn vanochtend, het was weer over na de lunch",
    "ik was somber in het weekend, maandag was het over",
    "tive ansiedade no domingo, acalmou à noite",
    "dor de cabeça de manhã, já passou",
    "fiquei nervosa antes da entrevista, já tinha passado à tarde",
    # Someone else's attempt years ago, told as their history; a talk about the topic.
    "my cousin attempted suicide years ago, she's a nurse now",
    "she attempted suicide ten years ago and talks about it openly",
    "his suicide attempt years ago came up at dinner, he's doing well",
    "mein Bruder hat vor Jahren einen Suizidversuch gemacht, heute ist er Vater",
    "sie hat vor zehn Jahren versucht sich umzubringen, jetzt lacht sie darüber",
    "wir haben einen Vortrag über Suizidprävention gehört",
    "ma tante a fait une tentative de suicide il y a vingt ans, elle va bien",
    "il a tenté de se suicider il y a longtemps, aujourd'hui il est heureux",
    "mon amie a fait une tentative il y a dix ans, elle en parle librement",
    "mi tío intentó suicidarse hace muchos años, ahora es abuelo",
    "mi amiga intentó quitarse la vida hace diez años y hoy está feliz",
    "su hermano intentó suicidarse hace años, ya está bien",
    "mia sorella ha tentato il suicidio tanti anni fa, oggi sta bene",
    "un mio amico ha tentato di suicidarsi dieci anni fa, ora è sereno",
    "la vicina ha tentato il suicidio anni fa, ne parla tranquilla",
    "mijn tante heeft twintig jaar geleden een zelfmoordpoging gedaan, nu gaat het goed",
    "hij heeft jaren geleden een zelfmoordpoging gedaan en is nu gelukkig",
    "mijn vriend heeft lang geleden jaren geleden een zelfmoordpoging gedaan, hij is nu opa",
    "o meu tio tentou suicidar-se há muitos anos, hoje está bem",
    "a minha prima tentou se matar há dez anos e agora está feliz",
    "ele tentou se suicidar há anos, hoje fala disso tranquilo",
    # The news, not a stabbing pain.
    "the stabbing in town was all over the news, we are fine",
    "a stabbing near the station, scary, but nothing to do with us",
    "the stabbing at the festival was on the radio",
    # A plan for the weekend, kept.
    "fürs Wochenende hab ich einen Plan gemacht: putzen und lesen",
    "ich hab für die Woche einen Plan gemacht und mich dran gehalten",
    "einen Plan gemacht und mich tatsächlich daran gehalten, stolz",
    # Quebec: "c'est malade" is great.
    "le nouveau café en bas c'est malade",
    "mon voyage c'était vraiment malade, on s'est tellement amusés",
    "le show d'hier c'est trop malade",
    # Drinking more water or tea is no drinking.
    "ich trinke jetzt mehr Wasser, wie empfohlen",
    "bebo mucho más agua desde la última sesión",
    "bevo più acqua e mi sento meglio",
    "ik drink veel meer water nu",
    "estou bebendo bem mais água",
    # One session moved is logistics.
    "can i cancel thursday's session, we're away",
    "ich muss den Termin am Dienstag absagen, bin beim Zahnarzt",
    "je dois annuler la séance de jeudi, désolée",
    "tengo que cancelar la sesión del lunes",
    "devo spostare la seduta di venerdì",
    "ik moet de sessie van dinsdag afzeggen, sorry",
    "preciso cancelar a sessão de quinta",
]


# The harmless reading takes only its own words: trouble beside it is still read.
NEAR_MISSES = [
    ("burnt the dinner and then burned myself on purpose", "crisis"),
    ("se me quemó la cena y me corté a propósito", "crisis"),
    ("if i dont wake up before 9, good. if i dont wake up at all, better", "crisis"),
    ("ho bruciato la cena e ho attacchi di panico tutti i giorni", "concern"),
    ("read about an overdose in the paper and then took all my pills", "crisis"),
    ("ik drink meer water maar ik eet bijna niks", "concern"),
    ("i haven't stopped the sertraline, all good", "none"),
    ("the anxiety was bad on monday and it is still there", "concern"),
    ("i used to blame myself but not anymore", "none"),
    ("je culpabilise pour ce qui s'est passé", "concern"),
    ("me siento culpable de lo que pasó, pero ya me pasó la ansiedad", "concern"),
    ("culpo-me pelo que se passou no trabalho", "concern"),
    ("the flashbacks stopped after the last session", "none"),
    ("i blame myself and i want to die", "crisis"),
    # The client's own attempt, or one last night, stays a crisis.
    ("i attempted suicide two years ago and im thinking about it again", "crisis"),
    ("ich habe vor zwei Jahren versucht mich umzubringen und denke wieder dran", "crisis"),
    ("j'ai fait une tentative de suicide il y a deux ans et j'y repense", "crisis"),
    ("intenté suicidarme hace dos años y vuelvo a pensarlo", "crisis"),
    ("ho tentato il suicidio due anni fa e ci ripenso", "crisis"),
    ("ik heb jaren geleden een zelfmoordpoging gedaan en denk er weer aan", "crisis"),
    ("tentei suicidar-me há dois anos e voltei a pensar nisso", "crisis"),
    ("my daughter attempted suicide last night", "crisis"),
    ("mein Sohn hat gestern versucht sich umzubringen", "crisis"),
    ("ma fille a fait une tentative de suicide hier soir", "crisis"),
    ("die Angst war am Montag schlimm und sie ist immer noch da", "concern"),
    ("i would not mind some help with the panic attacks", "concern"),
    ("fürs Wochenende hab ich einen Plan gemacht, wie ich mich umbringe", "crisis"),
]


# Routine news: a session that did the client good, others who manage without them for a
# weekend, waking before a clock time. Read with a second reader that raises every reply
# holding the family's words to crisis: the routine reading keeps it from raising them alone.
ROUTINE = [
    "thanks for tuesday, the session did me a lot of good",
    "our talk last week really did me good",
    "the chat with you did me so much good",
    "danke, die Stunde hat mir richtig gutgetan",
    "das Gespräch gestern hat mir sehr gut getan",
    "die Sitzung tat mir gut, bis nächste Woche",
    "merci, la séance m'a beaucoup fait du bien",
    "notre échange de lundi m'a vraiment fait du bien",
    "ça m'a fait du bien de parler",
    "gracias, la sesión me hizo muy bien",
    "hablar contigo me sentó bien",
    "la charla del martes me ayudó mucho",
    "grazie, la seduta mi ha fatto molto bene",
    "parlare con lei mi ha aiutata molto",
    "l'incontro di ieri mi ha fatto proprio bene",
    "dank je, het gesprek heeft me heel goed gedaan",
    "de sessie deed me echt goed",
    "ons gesprek heeft me goed gedaan",
    "obrigada, a sessão fez-me muito bem",
    "a consulta me fez muito bem",
    "a conversa de ontem ajudou muito",
    "the office managed fine without me this week",
    "my husband is managing well without me while i'm at my sister's",
    "the kids managed okay without me on the school trip",
    "die Kinder kommen am Wochenende gut ohne mich zurecht",
    "mein Team kommt prima ohne mich zurecht seit ich in Teilzeit bin",
    "die Kollegen kamen im Urlaub gut ohne mich zurecht",
    "mon mari se débrouille bien sans moi cette semaine",
    "les enfants se débrouillent très bien sans moi pendant les vacances",
    "ma mère se débrouille sans moi depuis qu'elle a une aide",
    "mi marido se arregla bien sin mí este fin de semana",
    "los niños se apañan sin mí durante el campamento",
    "mi madre se arregla sola sin mí desde que tiene cuidadora",
    "mio marito se la cava benissimo senza di me questo weekend",
    "i bambini se la cavano senza di me per qualche giorno",
    "mia madre se la cava bene senza di me da quando ha la badante",
    "mijn man redt zich prima zonder mij dit weekend",
    "de kinderen redden zich zonder mij deze week",
    "mijn moeder redt zich goed zonder mij sinds ze thuiszorg heeft",
    "o meu marido se vira bem sem mim este fim de semana",
    "as crianças se viram sem mim durante as férias",
    "a minha mãe desenrasca-se bem sem mim desde que tem ajuda",
    "if i dont wake up before 8 dont worry, my shift starts at 11",
    "als ik niet wakker word voor negen, geen paniek",
    "se eu não acordar cedo amanhã não faz mal, é feriado",
]


_FAMILY_WORDS = frozenset(
    [
        "good",
        "gut",
        "bien",
        "bene",
        "goed",
        "bem",
        "without",
        "ohne",
        "sans",
        "sin",
        "senza",
        "zonder",
        "sem",
        "wake",
        "wakker",
        "ajudou",
        "aiutata",
        "ayudo",
    ]
)
_FAMILY_STEMS = ("gutgetan", "aufwach", "reveill", "despiert", "svegli", "acord")


def _alarmed_by_the_family_words(text: str) -> dict[str, float]:
    """A second reader sure of a crisis whenever the family's words are in what it reads."""
    words = fold(text).replace(",", " ").replace(".", " ").split()
    if any(w in _FAMILY_WORDS or w.startswith(_FAMILY_STEMS) for w in words):
        return {"crisis": 0.9, "concern": 0.05, "none": 0.05}
    return {"crisis": 0.0, "concern": 0.0, "none": 1.0}


@pytest.mark.parametrize("text", ROUTINE)
def test_routine_news_is_not_raised_by_the_second_reader_alone(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(triage_model, "probabilities", _alarmed_by_the_family_words)
    assert assess(text).urgency == "none", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "the session did me good but i still want to die",
        "hat mir gutgetan, aber ich will nicht mehr leben",
        "they manage fine without me, they'd be better off if i was gone",
    ],
)
def test_routine_news_leaves_a_crisis_beside_it(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(triage_model, "probabilities", _alarmed_by_the_family_words)
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize("text", CRISIS)
def test_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize("text", CONCERN)
def test_concern(text: str) -> None:
    assert assess(text).urgency == "concern", assess(text).reasons


@pytest.mark.parametrize("text", NONE)
def test_none(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


@pytest.mark.parametrize(("text", "level"), NEAR_MISSES)
def test_near_misses_keep_the_trouble_beside_the_harmless_words(text: str, level: str) -> None:
    assert assess(text).urgency == level, assess(text).reasons


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Not waking any more, wished as a condition with the falling asleep told first.
        ("si me duermo en el sofá y no me despierto más, pues mejor", "crisis"),
        ("si je ne me réveille plus un matin, tant pis", "crisis"),
        # ... not a clock time ("no me despierto más a las 4"): sleep news.
        ("si me tomo la infusión y no me despierto más a las 4, genial", "none"),
    ],
)
def test_not_waking_any_more_after_falling_asleep(text: str, level: str) -> None:
    result = assess(text)
    assert result.urgency == level, result.reasons


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Low, worse, at the limit or in tears, said in a shrug: a concern.
        ("my spirits are on the floor since christmas, ill survive", "concern"),
        ("bin gerade total am limit mit der arbeit, wird schon", "concern"),
        ("le moral dans les chaussettes depuis l'enterrement, on fait avec", "concern"),
        ("tengo el ánimo por los suelos desde la mudanza", "concern"),
        ("ho il morale sotto i piedi da settimane, pazienza", "concern"),
        ("vorige week een dipje, lag te janken op de bank", "concern"),
        ("ando com a moral de rastos desde o inverno", "concern"),
        # ... not a floor, a limit or a dip that are no mood.
        ("the new floor is down, the mood in the house is great", "none"),
        ("das Tempolimit auf der Autobahn nervt, sonst alles gut", "none"),
        ("we hebben een dipsaus gemaakt voor het feest", "none"),
    ],
)
def test_low_worse_or_in_tears_said_in_a_shrug(text: str, level: str) -> None:
    result = assess(text)
    assert result.urgency == level, result.reasons


# Tears of joy are no distress; tears with the night and no coping still are.
TEARS_OF_JOY = {
    "en": "no evidence of disease on the scan, we cried in the car park (happy tears)",
    "de": "der Befund war gut, wir haben vor Freude geweint",
    "fr": "le scanner est bon, on a pleuré de joie",
    "es": "la resonancia salió limpia, lloramos de alegría",
    "it": "la tac è pulita, abbiamo pianto di gioia",
    "nl": "de scan was schoon, we hebben gehuild van blijdschap",
    "pt": "o exame veio limpo, choramos de alegria",
}


@pytest.mark.parametrize("text", list(TEARS_OF_JOY.values()), ids=list(TEARS_OF_JOY))
def test_tears_of_joy_are_no_distress(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("i cried all night, i cant cope", id="en-night"),
        pytest.param("je pleure tous les soirs, je n'en peux plus", id="fr-evenings"),
    ],
)
def test_tears_without_joy_stay_a_concern(text: str) -> None:
    assert assess(text).urgency != "none", assess(text).reasons
