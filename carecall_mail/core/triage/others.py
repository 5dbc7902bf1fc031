"""Trouble that is over, or someone else's: who it happens to, when, and in what frame
(issue 8).

Clients write about the past, about other people and about what they watched or read:
"my brother died by suicide ten years ago, the anniversary was quiet", "mon père a fait un
AVC l'an dernier, il a bien récupéré", "a film where the hero hangs himself". A net that
rings on these teaches the practitioner to ignore it. `lowered` reads a trouble expression
the lexicon found against its clause and sentence and gives the level it keeps:

- a film, book, series, podcast or the news (FRAMES), with no first person in the
  trouble's clause: nothing;
- a stranger's emergency witnessed ("a man collapsed on the train"): nothing;
- someone else's trouble (a relative, a friend, "he", "she": OTHERS, the nearest person
  before it), told long ago ("ten years ago", "vor zwanzig Jahren", an anniversary) or in
  the past ("last year", "im Frühjahr") with its recovery ("fully recovered", "va bien"):
  nothing;
- the writer's own crisis long ago ("when I was nineteen", "hace años"), with no word of
  its return ("again", "now", "back"): a concern, never nothing;
- a question about what to do if a symptom comes back ("what should I do if the rash
  comes back?"): a concern is nothing; a crisis keeps its level.
- a check-in's question answered with nought ("pain: 0", "Nebenwirkungen: keine"; see
  answers.py): a concern is nothing, a crisis a concern.

The writer who read or watched the story is not its first person ("i read the leaflet bit
about overdose", "in de krant las ik over een zelfmoord"); "when I was" is long ago only with
an age or a time of life ("when i was 19", "als ich klein war"), not "when i was on the
ground"; a past tense counts only in the trouble's own clause ("faz um ano que o meu pai
morreu y no puedo más" is grief now).

What is never lowered: a crisis of the first person said in the present; someone else's
trouble now ("my mother collapsed and can't breathe", "my son says he wants to die"); what
is done to the writer ("he threatened to kill me": a first person in the expression);
trouble told with today's or yesterday's date. The words are folded (no accents, lower
case) and compared as written: a frame is a short list, not a lexicon.

The expressions in LEXICON (merged into the lexicon in lexicon.py, read like every other
one) are the wishes of someone else said now ("ma fille dit qu'elle veut mourir"), the past
returning ("the thoughts are back") and grief that overwhelms in Dutch word order. Tested
in every language in tests/test_triage_others.py.
"""

# The lexicon is data: one line of expressions reads better whole than wrapped (as lexicon.py).
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from carecall_mail.core.triage.answers import answered
from carecall_mail.core.triage.plainnews import kept_for_month_end
from carecall_mail.core.triage.text import (
    Token,
    clause_of,
    fold,
    has_phrase,
    sentence_of,
    token_phrases,
    word_set,
)

__all__ = ["LEXICON", "framed_clauses", "lowered", "rest"]

Level = Literal["crisis", "concern", "none"]

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "crisis": """
            # Someone else's self-harm, now: "my daughter is cutting herself again".
            is/are cutting herself/himself/themselves / been cutting herself/himself/themselves / cuts herself/himself again / started cutting herself/himself
            # Someone else's wish, said now: "my son says he wants to die".
            wants to kill himself/herself/themselves / wants to end his/her/their life / wants to end it all
            says she/he/they want/wants to die / said she/he wanted to die / keeps saying she/he wants to die
            # The past returning: "the thoughts are back".
            the (dark/suicidal/old/bad) thoughts are back / the (dark/suicidal/old/bad) thoughts have come back / the (dark/suicidal/old/bad) thoughts came back
        """,
    },
    "de": {
        "crisis": """
            verletzt sich selbst / verletzt sich absichtlich / schneidet sich absichtlich / schneidet sich wieder die Arme / fügt sich Verletzungen zu
            will sich umbringen / will sich das Leben nehmen / will sich was antun / will nicht mehr leben
            die Gedanken sind wieder da / die Gedanken kommen wieder / die dunklen Gedanken sind zurück
        """,
    },
    "fr": {
        "crisis": """
            se mutile / s'automutile / se fait du mal / se scarifie encore / se coupe les bras / se coupe les poignets
            veut mourir / veut se tuer / veut se suicider / veut en finir / veut plus vivre / veut pas vivre
            veulent mourir / voulait mourir / dit qu'elle veut mourir / dit qu'il veut mourir
            les idées noires sont revenues / les pensées sont revenues / les idées sont revenues
        """,
    },
    "es": {
        "crisis": """
            se autolesiona / se autolesionaba / se lesiona a propósito / se está cortando / se corta otra vez / se corta los brazos
            quiere matarse / se quiere matar / quiere suicidarse / se quiere suicidar / quiere quitarse la vida
            los pensamientos han vuelto / han vuelto los pensamientos / volvieron los pensamientos / volvieron las ideas
        """,
    },
    "it": {
        "crisis": """
            si autolesiona / si fa del male / si taglia di nuovo / si taglia le braccia / si taglia i polsi / si sta tagliando
            vuole morire / vuole uccidersi / vuole ammazzarsi / vuole farla finita / vuole togliersi la vita / vuole suicidarsi
            i pensieri sono tornati / sono tornati i pensieri / i brutti pensieri sono tornati
        """,
        "concern": """
            # Low now: "in questi giorni sono molto giù".
            sono molto/tanto/proprio/parecchio giù / sono giù di morale
            # Her own self-harm in the imperfect (it was a habit, it is over): "da ragazza mi tagliavo".
            mi tagliavo / mi facevo del male / mi ferivo
        """,
    },
    "nl": {
        "crisis": """
            snijdt zichzelf / snijdt zich weer / beschadigt zichzelf / krast zichzelf / krast zich weer
            wil zichzelf van kant maken / wil zich van kant maken / wil zelfmoord plegen / wil niet meer leven / wil er een eind aan maken
            de gedachten zijn terug / de gedachten zijn weer terug / de gedachten komen terug / de gedachten zijn er weer
        """,
        "concern": """
            # Verb first after a clause: "sinds mijn vrouw overleden is huil ik elke dag en kan ik het niet meer aan".
            !kan ik het niet meer aan / !kan ik het niet aan / !trek ik het niet meer / huil ik _2 elke dag / huil ik _2 de hele tijd
        """,
    },
    "pt": {
        "crisis": """
            se automutila / se mutila / se autolesiona / se está a cortar / está se cortando / anda a cortar-se / se corta outra vez
            quer morrer / quer se matar / quer matar-se / quer se suicidar / quer suicidar-se / quer acabar com a vida / quer tirar a própria vida
            os pensamentos voltaram / voltaram os pensamentos / as ideias voltaram / voltaram as ideias
        """,
    },
}


def _phrases(block: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(p).split()) for p in block.split("/") if p.strip())


# What was watched, read or heard: the trouble in it is the story's. Words that are other
# things too ("book" an appointment, "news" of one's own, "una serie di" attacks, "giallo"
# eyes, "livre" a pound) are only read in phrases (FRAME_PHRASES).
FRAMES = word_set(
    "film films movie movies novel novels episode episodes podcast podcasts documentary"
    " documentaries character characters thriller audiobook"
    " Filme Roman Romane Podcast Doku Dokumentation Krimi Krimis Tatort Hörbuch Protagonist"
    " Protagonistin"
    " romans épisode épisodes documentaire personnage polar"
    " película películas peli pelis novela novelas episodio documental personaje"
    " protagonista telenovela"
    " romanzo romanzi puntata documentario personaggio"
    " aflevering documentaire hoofdpersoon hoofdpersonage personage"
    " filme filmes episódio documentário personagem"
    # The papers, a report on television, a remedy's leaflet ("the leaflet bit about overdose").
    " newspaper newspapers leaflet leaflets Zeitung Zeitungen Reportage Beipackzettel"
    " Packungsbeilage reportage notice periódico reportaje prospecto giornale bugiardino"
    " krant kranten bijsluiter jornal reportagem bula"
    # An opera: "on a vu la dame aux camélias à l'opéra, quelle fin triste".
    " opera Oper opéra ópera"
)
FRAME_PHRASES = _phrases(
    "the series / this series / the show / a series about / a series where / a series in which / a show about / a show where"
    " / on the news / in the news / the news said / news story / an article / the article"
    " / die Serie / der Serie / eine Serie über / eine Serie wo / eine Serie in der / in den Nachrichten / die Nachrichten / im Fernsehen / ein Artikel / einen Artikel / im Artikel"
    " / la série / une série où / une série sur / une série dans laquelle / une série qui / aux infos / au journal / cette série / à le infos / les infos / à le journal / le journal télé"
    " / une pièce de théâtre / un article / le article"
    " / la serie / esta serie / una serie donde / una serie sobre / una serie en la que / en las noticias / en el telediario / en el noticiero / en el periódico / un artículo / el artículo"
    " / una serie tv / la serie tv / una serie dove / una serie su / una serie in cui / al telegiornale / al tg / nel telegiornale / sul giornale / al notiziario / un articolo / le articolo"
    " / de serie / een serie waarin / een serie over / op het nieuws / in het nieuws / in de krant / het journaal / een artikel"
    " / a série / essa série / uma série onde / uma série sobre / uma série em que / no jornal / nas notícias / no telejornal / um artigo / o artigo"
    " / in the paper / the paper said / on the radio / on tv / on the telly / on telly / im Radio / in der Zeitung"
    " / à la radio / à la télé / à la tv / en la radio / en la tele / en la tv / alla radio / alla tv / in tv"
    " / op de radio / op tv / op televisie / na rádio / na tv / na televisão"
)
# Books are given away too ("le regalé mis libros a mi hermana"): a book is a story only
# where it is read.
BOOKS = word_set("book books Buch Bücher livre livres libro libros libri livro livros boek boeken")
READING = word_set(
    "read reading reads lese liest lesen gelesen lis lit lu lire lisant leo lee leí leyendo"
    " leggo legge letto leggendo lees leest gelezen lezen leio lendo ler"
)
# What one says of a sad story: "que triste", "schlimm", "awful".
REACTIONS = word_set(
    "sad awful terrible horrible shocking heartbreaking traurig schlimm schrecklich furchtbar"
    " triste affreux horrible terrible tristes horrible terrible terribile orribile tristissimo"
    " verdrietig vreselijk verschrikkelijk erg triste horrível terrível chocante tristezza tristeza"
)
# Someone else: the subject of the trouble when it is the nearest person before it.
OTHERS = word_set(
    "he she they him her them himself herself themselves mum mom mother dad father husband wife"
    " partner boyfriend girlfriend son daughter sister brother uncle aunt auntie cousin nephew niece"
    " grandma granny grandmother grandpa grandad grandfather nan nana friend neighbour neighbor"
    " colleague boss man woman girl boy guy lady singer actor hero heroine"
    " er sie ihm ihn ihr Mama Mutter Papa Vater Mann Frau Freund Freundin Sohn Tochter Schwester"
    " Bruder Onkel Tante Cousine Neffe Nichte Oma Opa Großmutter Großvater Nachbar Nachbarin"
    " Kollege Kollegin Kommissar Held Heldin"
    " il elle ils elles lui maman mère papa père mari femme copain copine fils fille soeur frère"
    " oncle tante neveu nièce mamie papi pépé mémé voisin voisine collègue ami amie héroïne homme"
    " ella ellos ellas mamá madre papá padre marido esposo esposa novio novia hijo hija hermano"
    " hermana tío tía primo prima sobrino sobrina abuela abuelo vecino vecina compañero compañera"
    " amigo amiga hombre chica chico"
    " lui lei loro mamma papà marito moglie figlio figlia fratello sorella zio zia cugino cugina"
    " nipote nonna nonno vicino vicina collega amico amica uomo donna ragazzo ragazza"
    " hij zij ze hem haar moeder vader man vrouw vriend vriendin zoon dochter broer zus zusje oom"
    " neef nicht opa buurman buurvrouw collega jongen meisje"
    " ele ela eles elas mãe pai mulher filho filha irmão irmã tio tia avó avô vizinho vizinha"
    " colega amiga homem rapaz menina"
)
# A stranger: one of these nouns right after "a", "ein", "un", "een", "um" (not "my
# wife", "meine Frau"), or "someone".
STRANGERS = word_set(
    "man woman guy lady person passenger stranger Mann Frau Person Passagier Fremder homme"
    " femme personne passager inconnu hombre mujer persona pasajero desconocido uomo donna"
    " passeggero sconosciuto vrouw persoon passagier onbekende homem mulher pessoa passageiro"
    " desconhecido"
)
INDEFINITE = word_set("a an ein eine einer un une una uno een um uma")
NOBODY_KNOWN = word_set("someone somebody jemand quelqu alguien qualcuno iemand alguém")
# The writer: a first person in or before the trouble makes it theirs.
FIRST = word_set("i me myself ich mich mir je moi yo io mi ik mij mezelf me eu mim comigo meco")
# ... except the one who watched, read or heard the story: "i read in the leaflet about
# overdose", "j'ai vu le reportage sur les violences conjugales" (a verb of these right
# after the subject, over an auxiliary or a time).
SPECTATING = word_set(
    "read watched watching saw seen heard listened gelesen gesehen gehort geschaut angeschaut"
    " las sah horte vu lu entendu regarde ecoute vi visto lei leido oi escuche letto sentito"
    " guardato ascoltato gezien gelezen gehoord gekeken keek zag li ouvi assisti lido"
)
_SPECTATOR_AUX = word_set(
    "have had just also ai avais avons habe hab hatte he habia ho avevo heb had tenho tinha"
    " gestern hier ayer ieri gisteren ontem yesterday"
)
# Now, again, back, another one: the trouble is not over. Checked in the trouble's clause
# (someone else's) or sentence (the writer's own): "papa fait un autre AVC, le premier c'était
# il y a trois ans" is today's ("fait" is also a past participle).
PRESENT = word_set(
    "now again back still today tonight currently lately anymore jetzt wieder noch heute zurück"
    " another autre nouvel altro altra outro"
    " momentan zurzeit gerade derzeit maintenant encore aujourd revenu revenue revenus revenues"
    " actuellement ahora otra hoy todavía aún vuelto volvió volvieron últimamente adesso ora"
    " ancora oggi tornato tornata tornati tornate ultimamente nu weer vandaag nog terug momenteel"
    " agora ainda hoje voltou voltaram ultimamente"
)
# Thinking of it today: the writer's own past attempt with "I think about it", "j'y
# repense" anywhere in the reply stays a crisis.
THINKING = word_set(
    "think thinking thoughts repense repenser pense pensées denke denk Gedanken pienso pensando"
    " pensamientos ripenso penso pensieri denk gedachten penso pensamentos"
)
# Someone else in hospital: the stay is the news, not the writer's trouble, when the same
# sentence says they are well.
HOSPITAL = word_set(
    "hospital Krankenhaus Klinik Spital hôpital clinique ospedale clinica ziekenhuis"
)
_NOT = word_set("not nicht kein keine pas no non niet geen não nao nunca never nie jamais")
OTHER_WELL = _phrases(
    "alles gut bei ihm / alles gut bei ihr / nur zur kontrolle / just a check / just for a check"
    " / just for tests / only for tests / gaat goed met hem / gaat goed met haar / t gaat goed"
    " / het gaat goed / rien de grave / nada grave / niente di grave / nada de grave / niets ernstigs"
    " / only a check up / just a check up / pour un contrôle / para un control / per un controllo"
    " / voor controle / para um controlo / para uma consulta de rotina"
)
# A fear that was felt while someone was ill or tested ("we were so scared", "era in ansia
# da settimane", "a família toda estava nervosa"): over when the reply tells the relief.
FEAR = word_set(
    "scare scared fear afraid frightened anxious anxiety worried worry nervous panicked"
    " Angst Sorge Sorgen nervös besorgt Panik"
    " peur anxieux anxieuse angoisse angoissé angoissée inquiet inquiète inquiétude nerveux nerveuse"
    " miedo susto ansiedad nervioso nerviosa preocupado preocupada angustia"
    " paura ansia ansioso ansiosa preoccupato preoccupata nervoso nervosa spavento"
    " bang angst ongerust zenuwachtig bezorgd schrik"
    " medo susto ansiedade ansioso ansiosa nervoso nervosa preocupado preocupada aflita aflito"
    # Plurals: "estábamos muy preocupados", "eravamo tutti preoccupati".
    " preocupados preocupadas nerviosos nerviosas ansiosos ansiosas preoccupati preoccupate"
    " ansiosi ansiose nervosi nervose nervosos nervosas inquiets inquiètes"
)
FELT = word_set(
    "had was were been hatte hatten war waren avais avait avions étais était étions eu"
    " estaba estábamos estuvo estuvimos pasamos pasé tuve tuvimos tuvo era eravamo ero stato"
    " stata stati avuto abbiamo hadden estava estávamos estive tivemos tive ficámos ficamos ficou"
)
RELIEF = _phrases(
    "relief / relieved / all clear / all good / healthy / good news / erleichtert / Erleichterung"
    " / Entwarnung / alles gut / alles in Ordnung / soulagement / soulagé / soulagée / rien de grave"
    " / tout va bien / alivio / aliviada / aliviado / todo bien / salió todo bien / el alta"
    " / sollievo / sollevata / sollevato / tutto pulito / tutto bene / niente di grave / opluchting"
    " / opgelucht / alles goed / niets ernstigs / alívio / tudo bem / correu bem / nada de grave"
)
# "still", "again" anywhere in the sentence keep the fear: "i was scared and still am".
STILL = word_set(
    "still again noch immer wieder encore toujours todavía aún ancora nog steeds ainda"
)
# Long ago, then today's good: "há uns anos este dia deixava-me de rastos, hoje foi bonito".
TODAY = word_set(
    "today now heute jetzt aujourd maintenant hoy ahora oggi adesso ora vandaag nu hoje agora"
)
GOOD = word_set(
    "good fine lovely nice beautiful better happy ok okay well gut schön besser prima bien beau"
    " belle mieux bon bonne heureuse heureux bueno buena bonito bonita mejor feliz bene bello"
    " bella meglio felice goed mooi beter fijn blij bom boa bem melhor bonito bonita feliz buen"
)
_FOR_YEARS = word_set("que che dat that since seit seitdem depuis desde sinds")
# Units of a long time, and the words that make them "ago".
YEARS = word_set(
    "year years decade decades Jahr Jahre Jahren Jahrzehnt Jahrzehnten ans année années"
    " año años anno anni jaar jaren ano anos"
)
# "cela faisait trois ans que", "faz dez anos que", "hacía años": how long since.
AGO = word_set("ago vor fa geleden atrás há hace fait faisait faz fazia hacía")
# Long ago without a number: an anniversary, childhood, "back then".
LONG_AGO = _phrases(
    "anniversary / as a child / as a teenager / as a kid / in my teens / in my twenties"
    " / long ago / back then / as a toddler / as a baby / when he was little / when she was little / when he was small / when she was small"
    " / als Kleinkind / als Baby / als er klein war / als sie klein war / quand il était petit / quand elle était petite / bébé"
    " / de bebé / de pequeño / de pequeña / cuando era pequeño / cuando era pequeña / da piccolo / da piccola / quando era piccolo / quando era piccola"
    " / toen hij klein was / toen ze klein was / als peuter / als baby / em bebé / em bebê / quando era pequeno / quando era pequena"
    " / Todestag / Jahrestag / als Kind / als Teenager / damals / früher"
    " / y a un an / ca fait un an / anniversaire / autrefois / à le époque / adolescente / adolescent"
    " / aniversario / de joven / de niña / de niño / se cumplieron / hace años / hace mucho"
    " / anniversario / da ragazza / da ragazzo / da giovane / da bambina / da bambino"
    " / sterfdag / vroeger / als kind / als tiener / jaren geleden / lang geleden"
    " / aniversário / em criança / de pequena / de pequeno / fez anos / faz anos / há anos / há muitos anos"
)
# "When I was" is long ago only with an age or a time of life after it ("when i was 19",
# "als ich klein war", "quand j'avais seize ans"): "they kicked me when i was on the ground"
# is the blow's moment, and "als ich heimkam, hat er mich geschlagen" last night's.
WHEN_I_WAS = _phrases(
    "when i was / als ich / quand je étais / quand je avais / cuando era / cuando tenía / cuando yo era"
    " / cuando yo tenía / quando ero / quando avevo / toen ik / quando eu era / quando era / quando eu tinha / quando tinha"
)
LIFE_STAGE = word_set(
    "child kid little small young younger teenager teen teens student pupil baby toddler girl boy"
    " school uni university college twenties thirties"
    " twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty"
    " Kind klein jung jünger Teenager Jugendliche Jugendlicher Schülerin Schüler Studentin Student"
    " Mädchen Junge Schule zwanzig sechzehn siebzehn achtzehn neunzehn"
    " enfant petit petite jeune ado adolescente adolescent étudiante étudiant lycée fac gamin"
    " gamine seize dix vingt"
    " niño niña pequeño pequeña joven adolescente estudiante chica chico cría crío quince"
    " dieciséis diecisiete dieciocho diecinueve veinte"
    " bambino bambina piccolo piccola giovane ragazza ragazzo adolescente studentessa studente"
    " sedici diciassette diciotto diciannove venti"
    " kind klein jong jonger tiener puber student studente meisje jongen zestien zeventien"
    " achttien negentien twintig"
    " criança pequeno pequena nova novo jovem adolescente estudante miúda miúdo menina menino"
    " quinze dezasseis dezesseis dezassete dezessete dezoito dezanove dezenove vinte"
)
# Someone else's habit that is over: "my sister used to self-harm, she's a nurse now".
# Not the writer's own: "I used to cut myself" keeps its level (at least a concern).
HABIT = _phrases("used to / solía / solia / costumava / costumavam / era solita / era solito")
# Past but recent: counts only with a recovery told in the same reply.
RECENT = _phrases(
    "last week / last month / last year / last summer / last winter / in march / in april / in may"
    " / in the spring / in the summer / in the autumn / in the winter / in january / in february"
    " / letzte Woche / letzten Monat / letztes Jahr / vorige Woche / vorigen Monat / im Frühjahr"
    " / im Sommer / im Winter / im Herbst / im März / im April / im Mai"
    " / la semaine dernière / le mois dernier / le an dernier / le année dernière / cet été / ce hiver / au printemps / en mars / en avril"
    " / la semana pasada / el mes pasado / el año pasado / en verano / en invierno / en primavera / en marzo"
    " / la settimana scorsa / il mese scorso / le anno scorso / la scorsa settimana / in estate / in primavera / a marzo"
    " / vorige week / vorige maand / vorig jaar / afgelopen week / afgelopen maand / in het voorjaar / deze zomer / in maart"
    " / semana passada / na semana passada / mês passado / no mês passado / ano passado / no ano passado / no verão / em março"
)
# The trouble is over: someone recovered, is home, is well.
RECOVERED = _phrases(
    "recovered / fully recovered / fine now / ok now / okay now / doing well / doing great / doing fine"
    " / home and / back home / back at work / back at school / walking again / all good now"
    " / better now / is fine / out of hospital / discharged"
    " / wieder gut / wieder fit / schon wieder fit / geht es ihm gut / geht es ihr gut / geht es ihm wieder gut"
    " / geht es ihr wieder gut / erholt / genesen / wieder gesund / wieder zu Hause / wieder daheim"
    " / récupéré / récupérée / va bien / va très bien / va mieux / guéri / guérie / rétabli / rétablie / en forme"
    " / recuperado / recuperada / está bien / está estupenda / está estupendo / está perfecto / está perfecta"
    " / curado / curada / se recuperó / como nuevo / como nueva"
    " / sta bene / sta benone / sta meglio / guarito / guarita / si è ripreso / si è ripresa / in forma"
    " / hersteld / helemaal hersteld / gaat goed / gaat weer goed / weer beter / weer thuis / alweer"
    " / genezen / opgeknapt"
    " / recuperou / recuperado / recuperada / está bem / está ótima / está ótimo / já está bem"
    " / curado / curada / melhorou / voltou a"
)
# The trouble in the past tense, or an attempt as a noun: a long-ago date then governs
# it ("my brother died by suicide ten years ago"); without one it may be a wish of today
# beside an old date ("since dad died years ago I want to die").
PAST = word_set(
    "died killed took was were had did tried attempted passed committed hanged overdosed"
    " suffered used attempt"
    " hatte hatten war waren versucht genommen gestorben umgebracht erhängt erschossen gehabt"
    " Versuch Suizidversuch Selbstmordversuch"
    " était avait fait eu essayé tenté suicidé suicidée mort morte décédé décédée pendu pendue"
    " tentative"
    " murió falleció tuvo intentó intenté suicidó quitó mató era estaba fue hizo tuve hice intento"
    " morto morta avuto tentato tolto suicidato suicidata ucciso aveva fu tentativo"
    " overleden gestorven gepleegd geprobeerd gehad had deed poging zelfmoordpoging"
    " morreu faleceu teve tentou tentei suicidou matou estava foi fez fiz tive tentativa"
)

# French "fait" is the past only after its auxiliary ("il a fait un AVC", "s'est fait"):
# alone it is the present, "papa fait un AVC comme celui d'il y a trois ans".
_FAIT_AUX = word_set("a ai as avons avez ont avait avaient avoir eu est était suis sont été")


def _past(text: list[str], p: int) -> bool:
    if text[p] != "fait":
        return text[p] in PAST
    return p > 0 and text[p - 1] in _FAIT_AUX


# Someone else's words now: "my son says he wants to die" is today's, whatever the date.
# The writer says a story's trouble is theirs now: "a book about suicide and i think about it
# every day", "ci penso ogni giorno", "yo también", "seitdem denke ich daran". Read in the
# trouble's sentence after it and in the next one. Written as the text is split ("j'y" is
# "j y"), so through `token_phrases`.
MADE_MINE = token_phrases(
    "i think about it / i think of it / i keep thinking about it / i cant stop thinking about it"
    " / i want to do it / i want to do the same / i want to do that / me too / since then i"
    " / that is me / thats me / i could do it"
    " / denke daran / denke ständig daran / denke jeden tag daran / denke seitdem / denke oft daran"
    " / denke immer daran / ich auch / will ich auch"
    " / möchte ich auch / seitdem denke / seitdem will / seitdem ich / das bin ich"
    " / j'y pense / moi aussi / depuis je / depuis j'y / je veux faire pareil / je veux le faire"
    " / c'est moi / pienso en ello / pienso en eso / lo pienso / yo también / desde entonces"
    " / quiero hacerlo / quiero hacer lo mismo / soy yo / ci penso / anch'io / anche io"
    " / da allora / voglio farlo / voglio fare lo stesso / sono io / denk er elke dag aan"
    " / denk eraan / ik denk er / ik ook / sindsdien / wil ik ook / ik wil het ook"
    " / dat ben ik / penso nisso / eu também / desde então / quero fazer o mesmo"
    " / quero fazer isso / sou eu"
    # Feeling or doing the same: "same here", "i feel the same", "geht mir auch so", "pareil
    # pour moi", "me pasa lo mismo", "provo lo stesso", "hetzelfde hier", "comigo também".
    " / same here / same for me / i feel the same / i feel like that too / i do it too"
    " / i think about doing it / i think about doing that / i want that too"
    " / geht mir auch so / fühle ich auch / ich fühle genauso / mache ich auch"
    " / das will ich auch / ich will das auch"
    " / pareil pour moi / moi pareil / je ressens la même chose / je le fais aussi"
    " / je pense à le faire / j'y pense aussi"
    " / me pasa lo mismo / lo mismo me pasa / siento lo mismo / pienso en hacerlo / yo lo hago"
    " / lo stesso per me / provo lo stesso / lo faccio anch'io / penso di farlo / ci penso anch'io"
    " / hetzelfde hier / voel ik ook / dat wil ik ook / doe ik ook"
    " / comigo também / sinto o mesmo / penso em fazer isso / eu faço isso"
)
SAYS = word_set(
    "says saying sagt meint dit dice zegt diz fala wants will veut quiere vuole wil quer"
)
# A condition and a return: "what should I do if the rash comes back?"
IF = word_set("if whether falls wenn si se als")
RETURNS = word_set(
    "back return returns again wiederkommt wiederkommen zurückkommt wieder reviennent revient"
    " recommence revenir vuelve vuelven vuelva regresa torna tornano ritorna ritornano tornasse"
    " terugkomt terugkomen terug weer voltar voltarem volta voltem"
)
ASKING = _phrases(
    "should i / what do i do / what should i / do i / can i / who do i / soll ich / was mache ich"
    " / was tue ich / muss ich / que faire / que dois je / dois je / est ce que je / faut il"
    " / qué hago / qué debo / debo / tengo que / cosa devo / cosa faccio / devo / wat moet ik"
    " / wat doe ik / moet ik / o que faço / o que devo / tenho de / tenho que"
)
# Nothing goes further back than this many words for the person of the trouble.
_PERSON_REACH = 10


def _has(text: list[str], span: range, phrases: frozenset[tuple[str, ...]]) -> bool:
    return any(
        tuple(text[p : p + n]) in phrases for p in span for n in (1, 2, 3, 4) if p + n <= span.stop
    )


def _person(words: Sequence[Token], start: int, end: int) -> tuple[str, int]:
    """Who the trouble of words[start:end] happens to ('first', 'other', 'stranger' or ''),
    and where that person is named (the nearest before it, or inside it)."""
    for p in range(start, end):
        if words[p].word in FIRST:
            return "first", p
    pos, steps = start - 1, 0
    while pos >= 0 and steps < _PERSON_REACH and words[pos].boundary != "strong":
        word = words[pos].word
        if word in FIRST:
            return "first", pos
        if word in STRANGERS and pos > 0 and words[pos - 1].word in INDEFINITE:
            return "stranger", pos
        if word in NOBODY_KNOWN:
            return "stranger", pos
        if word in OTHERS:
            return "other", pos
        pos -= 1
        steps += 1
    return "", start


def _long_ago(text: list[str], span: range) -> bool:
    """Long ago: "ten years ago", "vor zwanzig Jahren", "hace muchos años", an anniversary."""
    for p in span:
        near = range(max(span.start, p - 3), min(span.stop, p + 3))
        # French "il y a dix ans": "a" after "y" (not "a" alone: "to", "has").
        if text[p] in YEARS and any(
            text[q] in AGO or (text[q] == "a" and q > 0 and text[q - 1] == "y") for q in near
        ):
            return True
        if text[p].isdigit() and len(text[p]) == 4 and text[p][:2] in ("19", "20"):
            return True  # "in 2009"
        for n in (2, 3, 4):
            if tuple(text[p : p + n]) in WHEN_I_WAS and any(
                text[q] in LIFE_STAGE or text[q].isdigit()
                for q in range(p + n, min(len(text), p + n + 3))
            ):
                return True
    return _has(text, span, LONG_AGO)


def lowered(words: Sequence[Token], start: int, end: int, level: Level) -> Level:
    """The level a trouble expression at words[start:end] keeps, read against who it
    happens to, when, and in what frame (see the module's docstring). Never raises it."""
    if level == "none":
        return level
    # A check-in's question answered with nought ("pain: 0", "Nebenwirkungen: keine"): a
    # negated trouble, so a crisis stays a concern (answers.py).
    if answered(words, start, end, crisis=level == "crisis"):
        return "none" if level == "concern" else "concern"
    text = [t.word for t in words]
    # A leaflet's topic: "the overdose leaflet in the pack", "la notice sur le surdosage".
    if _leaflet_topic(text, start, end):
        return "none"
    # Pills kept for the month's end, in a reply with no dark word: a refill plan (plainnews.py).
    if kept_for_month_end(text, start, end):
        return "none"
    clause = clause_of(words, start, end)
    sentence = sentence_of(words, start, end)
    person, named = _person(words, start, end)
    in_clause_first = any(text[p] in FIRST for p in clause)
    now = any(text[p] in PRESENT or text[p] in SAYS for p in clause)
    # The story's when its clause names it or a character: "ho letto un libro e adesso voglio
    # farla finita" is the reader's.
    # ... or a verb of reading or watching in its clause ("just finished reading the suicide
    # club, odd little book").
    told = (
        person == "other"
        or any(text[p] in _TOLD or text[p] in READING or text[p] in SPECTATING for p in clause)
        or _has(text, clause, FRAME_PHRASES)
    )
    # A stranger's emergency witnessed ("a man collapsed on the train, the paramedics came")
    # is not the person in care's: nothing, unless the writer is in its clause.
    # A story's trouble the writer says is theirs now is theirs (MADE_MINE): "the film was
    # about a man who took an overdose. since then i want to do the same".
    story = _story(text, sentence)
    mine = story and _made_mine(words, start, sentence)
    if person == "stranger" and not in_clause_first and not mine:
        return "none"
    story = story and not mine
    # The one who read or watched it is no first person of the story's: "i read the leaflet
    # bit about overdose", "j'ai vu le reportage sur les violences conjugales".
    # Nor one named in a comparison: "my husband screamed louder than me" at the horror film.
    watchers = {
        p for p in clause if text[p] in FIRST and (_spectator(text, p) or _compared(text, p))
    }
    story_first = any(text[p] in FIRST and p not in watchers for p in clause)
    story_person = "" if person == "first" and named in watchers else person
    if story and told and story_person != "first" and not story_first and not now:
        return "none"
    # "que triste", "schlimm" said of the story just told.
    reaction = all(text[p] in REACTIONS for p in range(start, end))
    if story and reaction and level == "concern" and not in_clause_first and not now:
        return "none"
    # The past tense between the person and the end of the trouble: "my brother died by
    # suicide", "ich habe versucht mich umzubringen", Dutch and German last in the clause
    # ("een beroerte gehad"); not "since dad died years ago I want to die".
    # Only in the trouble's own clause: "faz um ano que o meu pai morreu y no puedo más" is
    # the writer's grief now, the death in the clause before.
    past = any(_past(text, p) for p in range(max(clause.start, min(named, start)), clause.stop))
    if person == "other" and past and not now:
        if _long_ago(text, sentence) or _has(text, clause, HABIT):
            return "none"
        everything = range(len(words))
        if _has(text, sentence, RECENT) and _has(text, everything, RECOVERED):
            return "none"
    if (
        level == "crisis"
        and person != "other"
        and past
        and _long_ago(text, sentence)
        and not any(text[p] in PRESENT or text[p] in THINKING for p in range(len(text)))
    ):
        return "concern"  # the writer's own past: worth a look, never nothing
    if level == "concern" and _asked_if_back(text, sentence, start):
        return "none"
    if (
        level == "concern"
        and person == "other"
        and _in_hospital_but_well(text, sentence, start, end)
    ):
        return "none"
    if level == "concern" and _fear_relieved(text, clause, sentence, start, end):
        return "none"
    if level == "concern" and _long_ago_turned(text, words, clause):
        return "none"
    return level


def _made_mine(words: Sequence[Token], start: int, sentence: range) -> bool:
    """Whether the writer says a story's trouble is theirs now (MADE_MINE), after it in its
    sentence or in the next one."""
    stop = sentence.stop
    if stop + 1 < len(words):
        stop = sentence_of(words, stop + 1, stop + 2).stop
    text = [t.word for t in words]
    # Phrases up to the longest ("i cant stop thinking about it"), not _has's four words.
    return has_phrase(text, range(start, stop), MADE_MINE)


# A story's suicide, told of its character: "the hero kills himself", "sich das Leben nimmt",
# "a mis fin à ses jours", "se quitó la vida", "si è tolto la vita", "pleegt zelfmoord",
# "tirou a própria vida"; and the story's own word for it ("a film about suicide").
STORY_SUICIDE = token_phrases(
    "suicide / overdose / kills himself / kills herself / killed himself / killed herself"
    " / kill himself / kill herself / takes his own life / took his own life / takes her own life"
    " / took her own life / commits suicide / committed suicide / overdoses / overdosed"
    " / hangs himself / hanged himself / hangs herself / hanged herself / shoots himself"
    " / shot himself / shoots herself / shot herself"
    " / selbstmord / suizid / überdosis / bringt sich um / brachte sich um / sich umbringt"
    " / sich umgebracht / nimmt sich das leben / nahm sich das leben / sich das leben nimmt"
    " / sich das leben genommen / erschießt sich / sich erschießt / erhängt sich / sich erhängt"
    " / se suicide / s'est suicidé / s'est suicidée / se tue / s'est tué / s'est tuée"
    " / met fin à ses jours / mis fin à ses jours / se pend / s'est pendu / s'est pendue"
    " / suicidio / sobredosis / se suicida / se suicidó / se mata / se mató / se quita la vida"
    " / se quitó la vida / se ahorca / se ahorcó"
    " / si suicida / si è suicidato / si è suicidata / si uccide / si è ucciso / si è uccisa"
    " / si toglie la vita / si è tolto la vita / si è tolta la vita / si impicca / si è impiccato"
    " / zelfmoord / overdosis / pleegt zelfmoord / pleegde zelfmoord / maakt zichzelf van kant"
    " / brengt zichzelf om / bracht zichzelf om / hangt zichzelf op / schiet zichzelf dood"
    " / suicídio / se suicidou / suicida-se / suicidou-se / se matou / mata-se / matou-se"
    " / tira a própria vida / tirou a própria vida / se enforca / se enforcou"
    " / se donne la mort / s'est donné la mort / s'est donnée la mort"
)
# German puts the subject inside the phrase: "im Buch nimmt sich die Heldin das Leben".
_NIMMT = word_set("nimmt nahm genommen")


def _german_life_taken(text: list[str], sentence: range) -> bool:
    """ "nimmt sich ... das Leben" with words between, in one sentence."""
    words = [text[p] for p in sentence]
    for i, word in enumerate(words):
        if word in _NIMMT and "sich" in words[max(0, i - 3) : i + 3]:
            later = words[i + 1 : i + 9]
            if any(later[j : j + 2] == ["das", "leben"] for j in range(len(later) - 1)):
                return True
    return False


def story_made_mine(words: Sequence[Token]) -> bool:
    """Whether a story's suicide (STORY_SUICIDE, in a sentence that tells a film, a book or
    the news, or right after one) is made the writer's own (MADE_MINE) in its sentence or
    the next: "we watched a film about suicide. i think about it every day", "in the film
    the hero kills himself and i think about it all the time". The story idiom and the
    story lowering claim those words first; this reads them again as the writer's."""
    text = [t.word for t in words]
    longest = max(len(p) for p in STORY_SUICIDE)
    pos = 0
    while pos < len(words):  # the German phrase with its subject inside
        sentence = sentence_of(words, pos, pos + 1)
        if (
            _german_life_taken(text, sentence)
            and (_story(text, sentence) or any(text[p] in BOOKS for p in sentence))
            and _made_mine(words, sentence.start, sentence)
        ):
            return True
        pos = sentence.stop + 1
    for pos in range(len(text)):
        for n in range(1, min(longest, len(text) - pos) + 1):
            if tuple(text[pos : pos + n]) not in STORY_SUICIDE:
                continue
            sentence = sentence_of(words, pos, pos + n)
            before = sentence
            if sentence.start >= 2:
                before = sentence_of(words, sentence.start - 2, sentence.start - 1)
            # A book named with the suicide is the story's, no verb of reading needed ("in
            # the book the heroine takes her own life"): given-away books name no suicide.
            told = _story(text, sentence) or _story(text, before)
            told = told or any(text[p] in BOOKS for p in sentence)
            if told and _made_mine(words, sentence.start, sentence):
                return True
    return False


def _in_hospital_but_well(text: list[str], sentence: range, start: int, end: int) -> bool:
    """Someone else in hospital, and well, in one sentence: "mein Opa ist im Krankenhaus, aber
    nur zur Kontrolle, alles gut bei ihm", "mn oma ligt in het ziekenhuis maar t gaat goed met haar"."""
    if not any(word in HOSPITAL for word in text[start:end]):
        return False
    later = range(end, sentence.stop)
    if any(text[p] in _NOT for p in later):
        return False  # "he is not doing well"
    return _has(text, later, RECOVERED) or _has(text, later, OTHER_WELL)


def _fear_relieved(text: list[str], clause: range, sentence: range, start: int, end: int) -> bool:
    """A fear felt in the past tense ("pasamos mucho miedo", "era in ansia da settimane"),
    in a reply that tells the relief ("che sollievo", "le dieron el alta", "está ótimo")."""
    if not any(word in FEAR for word in text[start:end]):
        return False
    if not any(text[p] in FELT for p in clause) or any(text[p] in PRESENT for p in clause):
        return False
    # ... in its clause or just after it ("and still am"), not in another's news ("jetzt ist
    # er wieder zu Hause").
    if any(text[p] in STILL for p in range(clause.start, min(sentence.stop, clause.stop + 4))):
        return False
    everything = range(len(text))
    return _has(text, everything, RELIEF) or _has(text, everything, RECOVERED)


def _long_ago_turned(text: list[str], words: Sequence[Token], clause: range) -> bool:
    """A concern told long ago in its own clause, turned by today's good in the next one:
    "há uns anos este dia deixava-me de rastos, hoje foi bonito"."""
    if not _long_ago(text, clause) or any(text[p] in PRESENT for p in clause):
        return False
    # "hace años que estoy deprimida", "sono anni che sto male": for years, and still.
    if any(text[p] in _FOR_YEARS for p in clause):
        return False
    after = clause.stop
    while after < len(words) and words[after].boundary == "weak":
        after += 1
    if after >= len(words) or text[after] not in TODAY:
        return False
    return any(text[q] in GOOD for q in range(after + 1, min(len(text), after + 4)))


def _spectator(text: list[str], pos: int) -> bool:
    """Whether the first person at `pos` is the subject of a verb of watching or reading:
    right after it ("i read", "j'ai vu"), before it ("in de krant las ik"), or last in its
    clause after an auxiliary ("ich habe in der Zeitung darüber gelesen")."""
    if pos > 0 and (text[pos - 1] in SPECTATING or text[pos - 1] in READING):
        return True
    for after in range(pos + 1, min(len(text), pos + 4)):
        if text[after] in SPECTATING or text[after] in READING:
            return True
        if text[after] not in _SPECTATOR_AUX:
            break
    if pos + 1 < len(text) and text[pos + 1] in _SPECTATOR_AUX:
        for after in range(pos + 2, min(len(text), pos + 10)):
            if not text[after]:
                break  # a boundary: the clause ends
            if text[after] in SPECTATING:
                return True
    return False


# A printed leaflet or its part, whose topic the trouble names: "the overdose leaflet", "the
# overdose section", "die Packungsbeilage zur Überdosierung", "el prospecto sobre sobredosis".
LEAFLET = word_set(
    "leaflet leaflets insert label section warning warnings paragraph"
    " beipackzettel packungsbeilage warnhinweis abschnitt"
    " notice encart rubrique paragraphe avertissement"
    " prospecto apartado advertencia"
    " bugiardino foglietto avvertenza avvertenze sezione"
    " bijsluiter waarschuwing rubriek"
    " bula folheto advertencia seccao secao"
)
_ABOUT = word_set("about on zur zum uber sur du de sobre sul sulla sui over do da")


def _leaflet_topic(text: list[str], start: int, end: int) -> bool:
    """Whether the trouble (one or two words) names what a leaflet is about: the leaflet
    word right after it, or before it over "about", "sur", "sobre" (two words at most)."""
    if end - start > 2:
        return False
    if end < len(text) and text[end] in LEAFLET:
        return True
    if start > 0 and text[start - 1] in _ABOUT:
        return any(text[q] in LEAFLET for q in range(max(0, start - 4), start - 1))
    return False


# A first person after "than" is compared, not the one it happens to: "louder than me", "mehr
# als ich", "plus fort que moi", "più di me", "harder dan ik", "mais alto do que eu".
_THAN = word_set("than als dan")
_THAN_AFTER = word_set("que di do")
_MORE = word_set(
    "more less louder harder worse better mehr weniger lauter plus moins mieux pire mas menos"
    " mejor peor piu meno meglio peggio meer minder harder beter erger mais menos melhor pior"
)


def _compared(text: list[str], pos: int) -> bool:
    if pos > 0 and text[pos - 1] in _THAN:
        return True
    return (
        pos > 1
        and text[pos - 1] in _THAN_AFTER
        and any(text[q] in _MORE for q in range(max(0, pos - 4), pos - 1))
    )


def _story(text: list[str], sentence: range) -> bool:
    """Whether a sentence tells of a film, a book, a series or the news."""
    if any(text[p] in FRAMES for p in sentence) or _has(text, sentence, FRAME_PHRASES):
        return True
    words = {text[p] for p in sentence}
    return bool(words & BOOKS) and bool(words & READING)


def _asked_if_back(text: list[str], sentence: range, start: int) -> bool:
    """A question about a return: a condition before the trouble, a return, an "should I"."""
    condition = any(text[p] in IF for p in range(sentence.start, start))
    returns = any(text[p] in RETURNS for p in sentence)
    return condition and returns and _has(text, sentence, ASKING)


def framed_clauses(words: Sequence[Token], spans: Sequence[tuple[int, int]]) -> set[int]:
    """What the second reader should not read again: the clauses of these lowered
    expressions, and in a sentence that tells a story (a film, a book, the news) each clause
    that names the story or a character and has no first person ("i watched" aside)."""
    out: set[int] = set()
    for start, end in spans:
        out.update(clause_of(words, start, end))
    text = [t.word for t in words]
    pos = 0
    while pos < len(words):
        sentence = sentence_of(words, pos, pos + 1)
        if _story(text, sentence):
            p = sentence.start
            while p < sentence.stop:
                if words[p].boundary:
                    p += 1
                    continue
                clause = clause_of(words, p, p + 1)
                told = any(text[q] in _TOLD for q in clause) or _has(text, clause, FRAME_PHRASES)
                if told and not any(text[q] in _FIRST_OBJECT for q in clause):
                    out.update(clause)
                p = clause.stop + 1
        pos = sentence.stop + 1
    return out


_TOLD = FRAMES | BOOKS | OTHERS
# The writer as object or reflexive: "the film made me want to die" is the writer's.
_FIRST_OBJECT = FIRST - {"i", "ich", "je", "yo", "io", "ik", "eu"}


def rest(words: Sequence[Token], places: set[int]) -> str:
    """The text without the words at `places`, its clause breaks kept as punctuation."""
    marks = {"strong": ".", "weak": ","}
    return " ".join(
        marks.get(token.boundary, token.word) for i, token in enumerate(words) if i not in places
    )
