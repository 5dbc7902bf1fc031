# ruff: noqa: E501  (data: one line of phrasings per language reads better whole)
"""Violence and abuse by anyone, said plainly, in every language (issue 8).

The contract's crisis level holds violence and abuse. The lexicon read a partner's blows
("my husband hit me"), but a stranger's ("a man hit me", "someone attacked me on the way
home") read as nothing. Here each family (a stranger's or an acquaintance's assault, a
mugging, rape and sexual assault in plain and indirect words, stalking, a weapon, being
strangled, being locked in, a child or parent hitting the writer, violent bullying at work
or school) is said the way a native writer of each language says it, first person, in
several tenses. Written for this test, not taken from the labelled sets.

The lexicon is read alone (the second reader is held silent, as in test_triage_plain.py).
Near misses stay below crisis: sports and games, "hit me up", "it hit me that", insects and
dogs and shoes, a film's plot, "followed me on Instagram", and an assault told as long over
(others.py lowers the writer's own crisis long ago to a concern).
"""

from __future__ import annotations

import pytest
from triage_cases import family_cases

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent


# family -> language -> plain first-person phrasings.
CRISIS: dict[str, dict[str, tuple[str, ...]]] = {
    "stranger": {
        "en": ("a man hit me on the street yesterday", "someone attacked me on the way home", "i was beaten up outside the pub last night", "a guy punched me in the face", "they kicked me while i was on the ground", "some men pushed me down and kicked me", "i got jumped by three guys on saturday", "a neighbour punched me today"),
        "de": ("ein mann hat mich gestern auf der straße geschlagen", "jemand hat mich auf dem heimweg angegriffen", "ich wurde gestern nacht zusammengeschlagen", "ein typ hat mir ins gesicht geschlagen", "sie haben mich getreten als ich am boden lag", "ich bin überfallen worden", "der nachbar hat mich heute geschlagen", "ich wurde vor der disco verprügelt"),
        "fr": ("un homme m'a frappé dans la rue hier", "quelqu'un m'a agressée en rentrant chez moi", "je me suis fait tabasser hier soir", "un type m'a donné un coup de poing au visage", "ils m'ont donné des coups de pied par terre", "on m'a agressé devant la gare", "le voisin m'a frappée ce matin", "je me suis fait casser la gueule à la sortie du bar"),
        "es": ("un hombre me pegó en la calle ayer", "alguien me atacó volviendo a casa", "me dieron una paliza anoche", "un tipo me dio un puñetazo en la cara", "me dieron patadas en el suelo", "me agredieron en el metro", "el vecino me ha pegado esta mañana", "unos chicos me tiraron al suelo y me pegaron"),
        "it": ("un uomo mi ha picchiato per strada ieri", "qualcuno mi ha aggredita mentre tornavo a casa", "mi hanno pestato ieri sera", "un tizio mi ha dato un pugno in faccia", "mi hanno preso a calci mentre ero a terra", "sono stata aggredita in stazione", "il vicino mi ha colpito stamattina", "mi hanno buttato a terra e mi hanno picchiato"),
        "nl": ("een man heeft me gisteren op straat geslagen", "iemand heeft me aangevallen op weg naar huis", "ik ben gisteravond in elkaar geslagen", "een vent gaf me een vuistslag in mijn gezicht", "ze hebben me geschopt toen ik op de grond lag", "ik ben mishandeld bij het station", "de buurman heeft me vanochtend geslagen", "ze duwden me op de grond en schopten me"),
        "pt": ("um homem bateu-me na rua ontem", "alguém me atacou a caminho de casa", "levei uma surra ontem à noite", "um cara me deu um soco na cara", "me deram pontapés no chão", "fui agredida no metrô", "o vizinho me bateu hoje de manhã", "me empurraram no chão e me chutaram"),
    },
    "mugging": {
        "en": ("i was mugged last night", "i got robbed at knifepoint on the way home", "two guys robbed me and hit me"),
        "de": ("ich wurde gestern ausgeraubt und geschlagen", "mir wurde mit einem messer die tasche geraubt", "ich bin auf dem heimweg überfallen und ausgeraubt worden"),
        "fr": ("je me suis fait agresser et voler mon sac", "on m'a braqué avec un couteau hier soir", "ils m'ont volé mon portable et m'ont frappé"),
        "es": ("me atracaron anoche", "me robaron a punta de navaja", "me asaltaron volviendo del trabajo"),
        "it": ("mi hanno rapinato ieri sera", "mi hanno scippata e sono caduta", "mi hanno rapinato con un coltello"),
        "nl": ("ik ben gisteren beroofd", "ze hebben me met een mes beroofd", "ik ben overvallen op weg naar huis"),
        "pt": ("fui assaltada ontem à noite", "me roubaram com uma faca", "fui assaltado e espancado"),
    },
    "rape": {
        "en": ("he raped me", "i was raped at a party", "he forced me to have sex", "he touched me without my consent", "he forced himself on me", "i was sexually assaulted last weekend", "he made me do things i did not want"),
        "de": ("er hat mich vergewaltigt", "ich wurde auf einer party vergewaltigt", "er hat mich zum sex gezwungen", "er hat mich gegen meinen willen angefasst", "ich wurde sexuell belästigt und begrapscht", "er hat mich missbraucht"),
        "fr": ("il m'a violée", "j'ai été violée à une soirée", "il m'a forcée à coucher avec lui", "il m'a touchée sans mon consentement", "j'ai subi une agression sexuelle", "il m'a forcée"),
        "es": ("me violó", "me violaron en una fiesta", "me obligó a tener sexo", "me tocó sin mi consentimiento", "sufrí una agresión sexual", "abusó de mí"),
        "it": ("mi ha violentata", "sono stata violentata a una festa", "mi ha costretta ad avere rapporti", "mi ha toccata senza il mio consenso", "ho subito una violenza sessuale", "ha abusato di me"),
        "nl": ("hij heeft me verkracht", "ik ben verkracht op een feest", "hij dwong me tot seks", "hij heeft me aangeraakt zonder mijn toestemming", "ik ben aangerand", "hij heeft me misbruikt"),
        "pt": ("ele me estuprou", "fui violada numa festa", "ele me obrigou a fazer sexo", "ele me tocou sem o meu consentimento", "sofri abuso sexual", "ele abusou de mim"),
    },
    "stalking": {
        "en": ("a man followed me home last night", "someone has been following me for weeks", "my ex is stalking me", "he waits outside my house every night"),
        "de": ("ein mann ist mir gestern bis nach hause gefolgt", "jemand verfolgt mich seit wochen", "mein ex stalkt mich", "er lauert mir jeden abend vor dem haus auf"),
        "fr": ("un homme m'a suivie jusque chez moi", "quelqu'un me suit depuis des semaines", "mon ex me harcèle et me suit partout", "il m'attend devant chez moi tous les soirs"),
        "es": ("un hombre me siguió hasta casa anoche", "alguien me está siguiendo desde hace semanas", "mi ex me acosa y me sigue a todas partes", "me espera cada noche delante de mi casa"),
        "it": ("un uomo mi ha seguita fino a casa", "qualcuno mi segue da settimane", "il mio ex mi perseguita", "mi aspetta sotto casa ogni sera"),
        "nl": ("een man is me gisteren naar huis gevolgd", "iemand achtervolgt me al weken", "mijn ex stalkt me", "hij staat elke avond voor mijn deur te wachten"),
        "pt": ("um homem me seguiu até em casa", "alguém anda a seguir-me há semanas", "o meu ex está me perseguindo", "ele fica me esperando na porta de casa toda noite"),
    },
    "weapon": {
        "en": ("a man pulled a knife on me", "someone threatened me with a knife", "he held a gun to my head", "he pointed a gun at me"),
        "de": ("ein mann hat mich mit einem messer bedroht", "er hat mir eine pistole an den kopf gehalten", "jemand hat ein messer gezogen und mich bedroht"),
        "fr": ("un homme m'a menacé avec un couteau", "il a sorti un couteau et m'a menacée", "il m'a braqué un pistolet sur la tête"),
        "es": ("un hombre me amenazó con un cuchillo", "me sacó una navaja", "me apuntó con una pistola"),
        "it": ("un uomo mi ha minacciato con un coltello", "mi ha puntato una pistola alla testa", "ha tirato fuori un coltello e mi ha minacciata"),
        "nl": ("een man bedreigde me met een mes", "hij hield een pistool tegen mijn hoofd", "hij trok een mes en bedreigde me"),
        "pt": ("um homem me ameaçou com uma faca", "ele apontou uma arma para mim", "ameaçou-me com uma faca"),
    },
    "strangling": {
        "en": ("my husband strangled me last night", "he choked me until i almost passed out", "he put his hands around my neck"),
        "de": ("mein mann hat mich gewürgt", "er hat mich gestern gewürgt bis ich keine luft mehr bekam", "er hat mir die hände um den hals gelegt"),
        "fr": ("mon mari m'a étranglée hier soir", "il m'a serré la gorge", "il m'a pris à la gorge"),
        "es": ("mi marido me estranguló anoche", "me agarró del cuello hasta que no podía respirar", "me apretó el cuello"),
        "it": ("mio marito mi ha strangolata ieri sera", "mi ha stretto le mani al collo", "mi ha preso per la gola"),
        "nl": ("mijn man heeft me gewurgd", "hij kneep mijn keel dicht", "hij heeft me bij mijn keel gegrepen"),
        "pt": ("o meu marido estrangulou-me ontem", "ele me enforcou com as mãos", "ele apertou o meu pescoço até eu quase desmaiar"),
    },
    "locked": {
        "en": ("he locked me in the bedroom", "my husband locks me in the house when he goes out"),
        "de": ("er hat mich im schlafzimmer eingesperrt", "mein mann sperrt mich ein wenn er weggeht"),
        "fr": ("il m'a enfermée dans la chambre", "mon mari m'enferme à la maison quand il sort"),
        "es": ("me encerró en el dormitorio", "mi marido me encierra en casa cuando sale"),
        "it": ("mi ha chiusa in camera a chiave", "mio marito mi rinchiude in casa quando esce"),
        "nl": ("hij heeft me opgesloten in de slaapkamer", "mijn man sluit me op als hij weggaat"),
        "pt": ("ele me trancou no quarto", "o meu marido fecha-me em casa à chave quando sai"),
    },
    "family": {
        "en": ("my son hit me again last night", "my teenage daughter punched me", "my mother slapped me across the face", "my son pushed me down the stairs"),
        "de": ("mein sohn hat mich wieder geschlagen", "meine tochter hat mich geschubst und ich bin gestürzt", "meine mutter hat mir eine ohrfeige gegeben"),
        "fr": ("mon fils m'a encore frappée hier", "ma fille m'a poussée dans l'escalier", "mon père m'a giflé"),
        "es": ("mi hijo me ha vuelto a pegar", "mi hija me empujó y me caí", "mi padre me dio una bofetada"),
        "it": ("mio figlio mi ha picchiata di nuovo", "mia figlia mi ha spinta giù dalle scale", "mio padre mi ha dato uno schiaffo"),
        "nl": ("mijn zoon heeft me weer geslagen", "mijn dochter duwde me van de trap", "mijn vader gaf me een klap in mijn gezicht"),
        "pt": ("o meu filho bateu-me outra vez", "a minha filha empurrou-me e eu caí", "meu pai me deu um tapa na cara"),
    },
    "bullying": {
        "en": ("a colleague hit me at work", "the boys at school beat me up every day", "my boss shoved me against the wall"),
        "de": ("ein kollege hat mich auf der arbeit geschlagen", "die jungs in der schule verprügeln mich jeden tag", "mein chef hat mich gegen die wand gestoßen"),
        "fr": ("un collègue m'a frappé au travail", "les garçons de l'école me tabassent tous les jours", "mon chef m'a plaqué contre le mur"),
        "es": ("un compañero me pegó en el trabajo", "en el colegio me pegan todos los días", "mi jefe me empujó contra la pared"),
        "it": ("un collega mi ha picchiato al lavoro", "a scuola mi picchiano tutti i giorni", "il mio capo mi ha spinto contro il muro"),
        "nl": ("een collega heeft me geslagen op het werk", "op school slaan ze me elke dag in elkaar", "mijn baas duwde me tegen de muur"),
        "pt": ("um colega me bateu no trabalho", "na escola batem-me todos os dias", "o meu chefe empurrou-me contra a parede"),
    },
}  # fmt: skip

# Harmless uses of the same words: games, idioms, animals, stories, the past long over.
NEAR_MISSES: dict[str, tuple[str, ...]] = {
    "en": ("i got hit by the ball at football practice, just a bruise", "he beat me at chess again", "hit me up when you are free", "it hit me that i forgot the drops", "i was attacked by mosquitoes on holiday", "the dog attacked my shoe", "we watched a film where a man is followed home and attacked", "a stranger followed me on instagram", "my son beat me at tennis", "i was mugged in my twenties, that was a long time ago and i am fine", "the kids were kicking a ball in the garden"),
    "de": ("er hat mich beim schach geschlagen", "ich wurde beim fußball vom ball getroffen", "die mücken haben mich im urlaub angegriffen", "der hund hat meinen schuh angegriffen", "im film wird eine frau verfolgt", "jemand folgt mir jetzt auf instagram", "mein sohn hat mich im tennis geschlagen", "die erkältung hat mich voll erwischt"),
    "fr": ("il m'a battu aux échecs", "j'ai reçu le ballon dans la figure au foot, rien de grave", "les moustiques m'ont attaquée en vacances", "le chien a attaqué ma chaussure", "dans le film, elle est suivie jusque chez elle", "quelqu'un me suit sur instagram", "ma fille m'a battue au tennis"),
    "es": ("me ganó al tenis", "me dio un balonazo jugando al fútbol", "me atacaron los mosquitos en la playa", "el perro atacó mi zapato", "en la película a ella la siguen hasta casa", "me sigue en instagram", "mi hijo me ganó al ajedrez"),
    "it": ("mi ha battuto a scacchi", "mi ha colpito la palla a calcetto", "le zanzare mi hanno attaccata tutta la notte", "il cane ha attaccato la mia scarpa", "nel film la seguono fino a casa", "mi segue su instagram", "mio figlio mi ha battuto a tennis"),
    "nl": ("hij heeft me verslagen met schaken", "ik kreeg de bal tegen mijn hoofd bij het voetbal", "de muggen vielen me aan op vakantie", "de hond viel mijn schoen aan", "in de film wordt ze naar huis gevolgd", "iemand volgt me op instagram", "mijn zoon versloeg me met tennis"),
    "pt": ("ele ganhou-me no xadrez", "levei com a bola no futebol", "os mosquitos me atacaram na praia", "o cão atacou o meu sapato", "no filme ela é seguida até casa", "ele me segue no instagram", "meu filho me ganhou no tênis"),
}  # fmt: skip


@pytest.mark.parametrize("text", family_cases(CRISIS))
def test_violence_by_anyone_is_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize("text", family_cases({"near": NEAR_MISSES}))
def test_near_misses_stay_below_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency != "crisis", result.reasons


# A blow by a person is never a kitchen's accident: the kitchen lookalike (lexicon.py's
# LOOKALIKE_CONTEXT "harm"/"kitchen") lowers a cut finger or a burn on the oven, not "he
# punched me in the kitchen" ("blow" guards it). And blows told in the past, as a habit or
# after a clause first ("toen ik thuiskwam sloeg hij me": Dutch and German invert).
BLOWS: dict[str, dict[str, tuple[str, ...]]] = {
    "blow": {
        "en": ("he punched me in the kitchen", "my husband hit me in the kitchen again", "she slapped me while i was cooking", "he kicked me by the oven"),
        "de": ("er hat mich in der küche geschlagen", "als ich heimkam, schlug er mich", "gestern schlug mich mein mann beim kochen", "dann schlug sie mich in der küche"),
        "fr": ("il m'a frappée dans la cuisine", "il me frappait quand il avait bu", "mon mari me giflait devant le four"),
        "es": ("me pegó en la cocina", "mi marido me pegaba cuando bebía", "me golpeaba en la cocina"),
        "it": ("mi ha picchiata in cucina", "mio marito mi picchiava quando beveva", "mi prendeva a schiaffi in cucina"),
        "nl": ("toen ik thuiskwam sloeg hij me", "hij sloeg me in de keuken", "gisteren sloeg mijn vriend me", "na het eten schopte hij me"),
        "pt": ("ele me bateu na cozinha", "o meu marido me batia quando bebia", "ele espancou-me na cozinha"),
    },
}  # fmt: skip

BLOW_NEAR_MISSES: dict[str, tuple[str, ...]] = {
    "en": ("i cut my finger in the kitchen", "i burned my hand on the oven", "i hit my head on the oven door"),
    "de": ("ich hab mich in der küche geschnitten", "er schlug mich im schach"),
    "fr": ("je me suis coupée en cuisinant", "il me bat aux échecs"),
    "es": ("me corté un dedo en la cocina", "me quemé con el horno"),
    "it": ("mi sono tagliata in cucina", "mi sono bruciata col forno"),
    "nl": ("ik heb me gesneden in de keuken", "hij versloeg me met schaak"),
    "pt": ("cortei o dedo na cozinha", "queimei a mão no forno"),
}  # fmt: skip


@pytest.mark.parametrize("text", family_cases(BLOWS))
def test_a_blow_by_a_person_is_a_crisis_in_the_kitchen_and_in_the_past(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize("text", family_cases({"near": BLOW_NEAR_MISSES}))
def test_a_kitchen_accident_or_a_game_is_no_blow(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", result.reasons


def test_getting_through_in_dutch_is_no_blow() -> None:
    # "zich erdoorheen slaan" (to get through it) is no blow: an idiom claims it.
    assert assess("het was zwaar maar ik sloeg me er doorheen").urgency == "none"


# A threat to kill with its condition first (leaving, telling, "next time"), where the
# lexicon read only the kill-then-condition order ("me mata si me voy").
THREAT_CONDITION_FIRST: dict[str, dict[str, tuple[str, ...]]] = {
    "threat": {
        "en": ("he told me if i leave him he will kill me",),
        "de": ("er sagt, wenn ich ausziehe, bringt er mich um",),
        "fr": ("il m'a prévenue: si je le quitte il me tuera", "il a crié que la prochaine fois il va me tuer"),
        "es": ("me avisó que si lo dejo me va a matar", "si hablo con la policía me mata, eso dice"),
        "it": ("dice che se lo lascio mi uccide", "mi ha detto che la prossima volta mi ammazzerà"),
        "nl": ("hij zegt dat als ik vertrek hij me vermoordt, en als ik vertrek vermoordt hij me echt", "de volgende keer maakt ze me af, schreeuwde ze"),
        "pt": ("ele diz que se eu o deixar mata-me", "ela disse que na próxima vez me mata"),
    },
}  # fmt: skip

# ... and its near misses: a mother or a boss who "will kill me" for being late, a next time
# that is only a plan, a meal finished.
THREAT_NEAR_MISSES: dict[str, tuple[str, ...]] = {
    "fr": ("si je pars en retard ma mère me tue", "la prochaine fois je prendrai le train"),
    "es": ("si me voy de fiesta mi madre me mata", "la próxima vez te llamo antes"),
    "it": ("se faccio tardi mia madre mi ammazza", "la prossima volta che vado al mare ti porto"),
    "nl": ("als ik te laat kom maakt mijn moeder me af", "de volgende keer maakt hij het eten af"),
    "pt": ("se eu me atrasar a minha mãe me mata", "da próxima vez levo o guarda-chuva"),
}  # fmt: skip


@pytest.mark.parametrize("text", family_cases(THREAT_CONDITION_FIRST))
def test_a_threat_to_kill_with_its_condition_first_is_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize("text", family_cases({"near": THREAT_NEAR_MISSES}))
def test_a_mothers_threat_for_being_late_is_no_threat(text: str) -> None:
    result = assess(text)
    assert result.urgency != "crisis", result.reasons


# Abuse of those who depend on someone at home (assault.py's "*" families and _NEGLECT,
# _MARKS, _FORCED): a partner's blows on a small child, a child shut out in the cold as a
# punishment, a man of the family into a child's room at night, marks of a hand on the body,
# an elderly parent left without food or kept from the carers, sex forced though the writer
# said no, blows said again with no object.
DEPENDANTS: dict[str, dict[str, tuple[str, ...]]] = {
    "child-struck": {
        "en": ("my boyfriend slaps the baby when she cries",),
        "de": ("mein freund schlägt die kleine wenn sie weint",),
        "fr": ("mon copain frappe le petit quand il pleure",),
        "es": ("mi novio le pega al niño cuando llora",),
        "it": ("il mio compagno picchia il piccolo quando piange",),
        "nl": ("mijn vriend slaat de kleine als hij huilt",),
        "pt": ("o meu namorado bate no bebê quando ele chora",),
    },
    "child-shut-out": {
        "en": ("he locks the little one out on the balcony in the cold as a punishment",),
        "de": ("er sperrt den kleinen zur strafe im keller ein",),
        "fr": ("il enferme le petit dehors dans le froid pour le punir, c'est une punition",),
        "es": ("encierra al niño en el balcón con frío como castigo",),
        "it": ("chiude la bambina in cantina per punizione",),
        "nl": ("hij sluit de kleine voor straf buiten in de kou",),
        "pt": ("ele tranca o menino na varanda no frio de castigo",),
    },
    "night-room": {
        "en": ("my uncle comes into my daughter's room at night",),
        "de": ("der opa geht nachts ins zimmer von meiner tochter, dem kind",),
        "fr": ("mon oncle entre dans la chambre de la petite la nuit",),
        "es": ("mi tío se mete en el cuarto de la niña por la noche",),
        "it": ("lo zio entra nella camera della bambina di notte",),
        "nl": ("mijn oom komt 's nachts in de kamer van het meisje",),
        "pt": ("o tio entra no quarto da menina de noite",),
    },
    "hand-marks": {
        "en": ("she came home with finger marks on her arm",),
        "de": ("er hat striemen auf dem rücken",),
        "fr": ("il a des marques de doigts sur le bras",),
        "es": ("tiene marcas de dedos en el brazo",),
        "it": ("ha i segni delle dita sul braccio",),
        "nl": ("er staan striemen op zijn rug",),
        "pt": ("ela tem marcas de dedos no braço",),
    },
    "elder-neglect": {
        "en": ("my brother leaves mum alone all day without food", "my sister will not let the carers in to see dad"),
        "de": ("mein bruder lässt die oma den ganzen tag allein ohne essen", "mein onkel lässt den pflegedienst nicht mehr rein zu opa"),
        "fr": ("mon frère laisse maman seule toute la journée sans manger",),
        "es": ("mi hermano deja a mi madre sola todo el día sin comer", "mi tía no le da de comer a la abuela"),
        "it": ("mio fratello lascia la nonna da sola senza mangiare",),
        "nl": ("mijn broer laat oma de hele dag alleen zonder eten zitten",),
        "pt": ("o meu irmão deixa a avó sozinha o dia todo sem comer",),
    },
    "said-no": {
        "en": ("he forced me even though i said no",),
        "de": ("er hat mich gezwungen obwohl ich nein gesagt habe",),
        "fr": ("il m'a forcée alors que j'ai dit non",),
        "es": ("me obligó aunque le dije que no",),
        "it": ("mi ha costretta anche se gli ho detto di no",),
        "nl": ("hij dwong me terwijl ik nee zei",),
        "pt": ("ele me forçou mesmo eu dizendo não",),
    },
    "again": {
        "en": ("he is hitting me again",),
        "de": ("er schlägt wieder. ich weiß nicht weiter",),
        "fr": ("il a recommencé à me frapper",),
        "es": ("ha vuelto a pegarme",),
        "it": ("ha ricominciato a picchiarmi",),
        "nl": ("hij slaat me weer",),
        "pt": ("ele voltou a me bater",),
    },
}  # fmt: skip

DEPENDANT_NEAR_MISSES: dict[str, tuple[str, ...]] = {
    "en": ("listening to a podcast about domestic violence for my course", "my son ate the cake even though i said no", "the boys were wrestling and one got a nosebleed, all fine", "mum skipped lunch today, she was without food till tea because of the blood test", "we made handprint cards at nursery"),
    "de": ("meine schwiegermutter bringt mich um wenn ich zum adventskaffee nicht komme", "lese gerade einen krimi über häusliche gewalt, sehr gut geschrieben", "er schlägt wieder vor, den termin zu verschieben", "die kinder haben auf dem balkon gespielt, alles gut", "meine tochter hat mich im spiel auf dem balkon ausgesperrt, wir haben gelacht"),
    "fr": ("je suis morte de rire, ma fille de 3 ans m'a enfermée dehors sur le balcon, tout va bien", "mon fils a mangé le gâteau alors que j'ai dit non"),
    "es": ("mi hijo se comió la tarta aunque le dije que no", "mi madre estuvo sin comer hasta la analítica, ya desayunó"),
    "it": ("mio figlio ha mangiato la torta anche se gli ho detto di no", "il nonno racconta storie alla bambina prima di dormire"),
    "nl": ("mijn zoon at de taart terwijl ik nee zei", "hij schreef weer een gedicht"),
    "pt": ("meu filho comeu o bolo mesmo eu dizendo não", "a avó fica com as crianças à noite, adoram"),
}  # fmt: skip


@pytest.mark.parametrize("text", family_cases(DEPENDANTS))
def test_abuse_of_a_dependant_or_forced_sex_is_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize("text", family_cases({"near": DEPENDANT_NEAR_MISSES}))
def test_play_care_and_a_said_no_about_cake_are_no_abuse(text: str) -> None:
    result = assess(text)
    assert result.urgency != "crisis", result.reasons


# Blows told as last night's or yesterday's, in the words the lexicon missed: "beat me at
# home" (not the game idiom "beat me at chess"), "hauen", "il m'a battue", "me volvió a
# golpear"; blows with a belt; locked in with the key taken; a man of the house into the
# child's room at night with a secret; bruises owned to a person (assault.bruises_blamed).
RECENT_BLOWS: dict[str, dict[str, tuple[str, ...]]] = {
    "recent": {
        "en": ("he beat me at home last night", "my boyfriend beat me at his place yesterday", "he hit me at home again yesterday", "he knocked me around last night"),
        "de": ("er hat mich gestern gehauen", "gestern hat er wieder zugeschlagen", "mein mann hat mich gestern zuhause wieder gehauen", "gestern abend schlug er mich zuhause"),
        "fr": ("il m'a encore battue hier soir", "hier soir il m'a battue à la maison", "mon copain m'a tapée hier", "il m'a cognée hier"),
        "es": ("me volvió a golpear anoche", "me cacheteó ayer", "ayer me ha vuelto a pegar en casa", "anoche me golpeó mi marido"),
        "it": ("ieri sera mi ha picchiata di nuovo a casa", "ieri mi ha riempita di botte", "mi ha dato delle botte ieri sera", "il mio compagno ieri mi ha picchiato ancora"),
        "nl": ("gisteravond heeft hij me weer geslagen thuis", "hij heeft me gisteren gemept", "hij sloeg me gisteren weer"),
        "pt": ("ontem à noite ele bateu-me outra vez em casa", "ele me espancou ontem à noite"),
    },
    "belt": {
        "en": ("my dad hits me with his belt", "her stepfather beat her with a belt, she has marks on her back"),
        "de": ("er schlägt ihn mit dem gürtel", "mein stiefvater hat mich mit dem gürtel geschlagen"),
        "fr": ("il la frappe avec sa ceinture", "son beau-père le frappait à coups de ceinture"),
        "es": ("su padrastro le pega con el cinturón", "mi padre me pegaba con el cinturón"),
        "it": ("suo padre lo picchia con la cintura", "il patrigno la picchiava con la cinghia"),
        "nl": ("hij slaat haar met zijn riem", "haar stiefvader sloeg haar met de broekriem"),
        "pt": ("ele bate nele com o cinto", "o padrasto bateu na menina com o cinto"),
    },
    "locked-key": {
        "en": ("i am locked in again, he took the key with him",),
        "de": ("ich bin wieder eingesperrt, er hat den schlüssel mitgenommen",),
        "fr": ("enfermée encore une fois, il est parti avec la clé",),
        "es": ("estoy encerrada otra vez, se llevó la llave",),
        "it": ("sono rinchiusa in casa, si è portato via la chiave",),
        "nl": ("ik zit weer opgesloten, hij heeft de sleutel meegenomen",),
        "pt": ("estou trancada em casa outra vez, ele levou a chave",),
    },
    "night-secret": {
        "en": ("mum's boyfriend comes into my room at night and says it is our secret",),
        "de": ("der freund von mama kommt nachts in mein zimmer und sagt ich darf es keinem erzählen",),
        "fr": ("le copain de maman vient dans ma chambre la nuit et dit que c'est notre secret",),
        "es": ("el novio de mi madre entra en mi cuarto por la noche y dice que es nuestro secreto",),
        "it": ("il compagno della mamma entra in camera mia di notte e dice che è il nostro segreto",),
        "nl": ("de vriend van mama komt 's nachts in mijn kamer en zegt dat het ons geheimpje is",),
        "pt": ("o namorado da minha mãe entra no meu quarto à noite e diz que é o nosso segredo",),
    },
    "bruises-blamed": {
        "en": ("the bruises are not from the stairs. it was him.", "the bruises are not from falling, it is starting again"),
        "de": ("die blauen flecken sind nicht von der treppe. er war es.",),
        "fr": ("les bleus, c'est pas l'escalier. c'est lui.",),
        "es": ("los moratones no son de la escalera. fue él.",),
        "it": ("i lividi non sono delle scale. è stato lui.",),
        "nl": ("de blauwe plekken zijn niet van de trap. hij was het.",),
        "pt": ("os hematomas não são da escada. foi ele.",),
    },
}  # fmt: skip

# The same words in ordinary family life: a game won, a cheat, a CV typed, a belt bought or
# won, a key lost or a door locked from the wrong side, a child or a grandparent at night, a
# bruise explained or a blame that goes on.
RECENT_BLOW_NEAR_MISSES: dict[str, tuple[str, ...]] = {
    "en": ("he beat me at chess last night", "my son beat me at tennis at the club", "i bought a new belt for the wedding", "i locked the door and could not find the key, the locksmith came", "my son comes into my room at night when he has a bad dream", "he has bruises from football. it was him who scored", "the bruises are healing. it was her birthday yesterday", "the kids knocked the ball around"),
    "de": ("der verkäufer hat mich übers ohr gehauen", "er ist abgehauen, ich bin froh", "ich habe mir einen neuen gürtel gekauft", "ich habe mich ausgesperrt, der schlüssel lag drinnen", "meine tochter geht nachts zu oma ins zimmer", "er hat bei dem angebot zugeschlagen"),
    "fr": ("mon fils m'a encore battu aux échecs", "ma fille m'a battue à la course", "il m'a tapé mon cv hier soir", "il m'a tapé dans l'œil", "la porte était fermée à clé, j'avais perdu la clé", "je me suis retrouvée enfermée dehors, mon mari était parti avec la clé", "il a des bleus partout, c'est lui qui est tombé du vélo"),
    "es": ("me compré un cinturón nuevo para la boda", "mi hijo ya tiene el cinturón negro de karate", "perdí la llave y me quedé encerrada fuera, vino el cerrajero", "mi nieta duerme en casa de la abuela por la noche"),
    "it": ("ho comprato una cintura nuova", "ho comprato una botte di vino", "ho perso la chiave, ero chiusa fuori", "la bambina va dalla nonna di notte quando ha paura"),
    "nl": ("ik heb een nieuwe riem gekocht", "hij mept de vliegen weg", "ik was mijn sleutel kwijt en stond buiten", "mijn zoon heeft de zwarte band gehaald"),
    "pt": ("comprei um cinto novo", "perdi a chave e fiquei trancada do lado de fora", "meu filho ganhou a faixa preta no judô"),
}  # fmt: skip


@pytest.mark.parametrize("text", family_cases(RECENT_BLOWS))
def test_recent_blows_a_belt_a_key_taken_a_secret_and_owned_bruises_are_a_crisis(
    text: str,
) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize("text", family_cases({"near": RECENT_BLOW_NEAR_MISSES}))
def test_games_belts_keys_nights_and_bruises_in_family_life_stay_below_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency != "crisis", result.reasons


# A kick told in the present, by a person (session 18: "mein Mann tritt mich, er ist Boxer"
# read as nothing); a baby's or a horse's kick is none of that.
@pytest.mark.parametrize(
    "text",
    [
        "mein Mann tritt mich, er ist Boxer",
        "wenn er wütend ist tritt er mich",
        "mein ex tritt mich wenn er die kinder bringt",
        "mijn man schopt me als hij gedronken heeft",
        "als hij boos is schopt hij me",
    ],
)
def test_a_kick_in_the_present_is_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "das Baby tritt mich ständig, ein kleiner Fußballer",
        "der Kleine tritt mich nachts im Bett",
        "mein Pferd tritt mich manchmal beim Hufe geben",
        "de baby schopt me de hele nacht",
    ],
)
def test_a_babys_or_a_horses_kick_is_no_blow(text: str) -> None:
    assert assess(text).urgency != "crisis", assess(text).reasons
