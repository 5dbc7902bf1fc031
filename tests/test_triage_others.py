"""Trouble that is over, or someone else's: time and other people (core/triage/others.py).

Each case is a new phrasing, written for this test and not taken from the labelled sets, in
one of the seven languages. `none`: a relative's or friend's health news that is over or
handled, a death or a suicide long ago told calmly, a film, book, series, podcast or the
news, a question about what to do if something comes back. `concern` at least: the
writer's own attempt or self-harm long ago told with low mood now, grief that overwhelms
now, a partner's or child's trouble the writer is worried sick about. `crisis`: a carer or
parent writing about the person in care (collapse, can't breathe, a swelling throat, a
stroke, a seizure, "she says she wants to die"), threats or violence at home against the
writer, the past come back now ("the thoughts are back").

The second reader (a statistical model, retrained as labelled data grows) is held silent
in the first tests: a family must be read by its pattern, not rescued by the model. The
last test reads the crises with the model on too: a lowering never silences them."""

# Client phrasings read better whole than wrapped.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

NONE = [
    # en: someone else's health news, over or handled.
    "my dad had a small stroke in march but he's home and walking again, thanks for asking",
    "my sister was in hospital with pneumonia last month, she's fully recovered now",
    # en: a death or a suicide long ago, told calmly.
    "my brother died by suicide ten years ago, the anniversary was quiet this year and i am fine",
    "it was the anniversary of my mum's death on sunday, we lit a candle and it was a good day",
    "my uncle took his own life when i was a child, we talked about him at christmas, it was nice",
    # en: films, books, series, podcasts, the news.
    "we watched a film last night where the main character kills himself, very well acted",
    "reading a crime novel about a poisoning, couldnt put it down",
    "listening to a podcast about people who survived an overdose, really interesting",
    "saw on the news that a man was stabbed in the city centre, awful, but all fine here",
    # en: hypothetical questions, harmless plans.
    "what should i do if the rash comes back while we're away?",
    "if the headaches return should i double the drops or call you?",
    # de
    "mein vater hatte im frühjahr einen herzinfarkt, jetzt geht es ihm wieder gut",
    "meine schwester hatte letzte woche fieber, ist aber schon wieder fit",
    "mein onkel hat sich vor zwanzig jahren das leben genommen, heute können wir gut darüber reden",
    "am samstag war der todestag meiner oma, wir waren am grab und es war schön",
    "gestern einen krimi gesehen, in dem sich der kommissar erschießt, spannend bis zum schluss",
    "lese gerade ein buch über eine frau, die sich ritzt, sehr berührend geschrieben",
    "in den nachrichten kam ein bericht über häusliche gewalt, schlimm, aber bei uns alles gut",
    "was soll ich machen, falls der ausschlag im urlaub wiederkommt?",
    # fr
    "mon père a fait un avc l'an dernier, il a bien récupéré et il conduit de nouveau",
    "ma fille a eu une grosse gastro la semaine dernière, elle va très bien maintenant",
    "mon frère s'est suicidé il y a quinze ans, l'anniversaire s'est passé sereinement",
    "ça fait cinq ans que maman est partie, on pense à elle avec le sourire",
    "on a regardé une série où l'héroïne tente de se suicider, c'était très bien fait",
    "j'ai lu un roman sur une femme battue par son mari, poignant",
    "aux infos ils parlaient d'une overdose chez un chanteur, triste, sinon tout va bien",
    "que faire si les démangeaisons reviennent pendant les vacances ?",
    # es
    "mi madre tuvo un infarto hace dos años y ahora está estupenda",
    "mi hijo se rompió el brazo en verano, ya le quitaron la escayola y está perfecto",
    "mi prima se quitó la vida hace muchos años, en el aniversario fuimos a misa, todo tranquilo",
    "ayer se cumplieron tres años de la muerte de mi abuelo, lo recordamos con cariño",
    "vimos una película en la que el protagonista se tira de un puente, muy buena",
    "estoy leyendo una novela sobre un hombre que maltrata a su mujer, muy dura pero bien escrita",
    "en las noticias salió un apuñalamiento en el metro, qué horror, aquí todo bien",
    "¿qué hago si me vuelve a salir el sarpullido en el viaje?",
    # it
    "mio padre ha avuto un ictus l'anno scorso, adesso sta benone e cammina da solo",
    "mia moglie ha avuto la febbre alta la settimana scorsa, ora è guarita",
    "mio zio si è tolto la vita vent'anni fa, all'anniversario eravamo tutti sereni",
    "domenica era l'anniversario della morte di mia nonna, siamo andati al cimitero, bella giornata",
    "abbiamo visto un film dove il protagonista si spara, finale bellissimo",
    "sto leggendo un giallo su un avvelenamento, lo divoro",
    "al telegiornale hanno parlato di un accoltellamento, brutto, ma qui tutto bene",
    "cosa devo fare se il prurito torna mentre sono via?",
    # nl
    "mijn vader heeft vorig jaar een beroerte gehad, hij is helemaal hersteld",
    "mijn dochter had vorige week buikgriep, ze is alweer naar school",
    "mijn broer heeft twaalf jaar geleden zelfmoord gepleegd, de sterfdag was rustig en het gaat goed met me",
    "zondag was het vijf jaar geleden dat mijn moeder overleed, we hebben mooie herinneringen opgehaald",
    "gisteren een film gezien waarin de hoofdpersoon zich ophangt, heel sterk gespeeld",
    "ik lees een boek over een vrouw die door haar man geslagen wordt, indrukwekkend",
    "op het nieuws was een steekpartij in het centrum, vreselijk, maar hier is alles goed",
    "wat moet ik doen als de uitslag terugkomt op vakantie?",
    # pt
    "o meu pai teve um avc no ano passado, mas já recuperou e voltou a conduzir",
    "minha filha teve uma virose semana passada, já está ótima",
    "meu irmão se suicidou há dez anos, o aniversário foi tranquilo e eu estou bem",
    "fez três anos que a minha avó morreu, fomos ao cemitério e foi um dia bonito",
    "vimos um filme em que a personagem tenta se matar, muito bem feito",
    "estou lendo um livro sobre uma mulher que apanha do marido, muito forte",
    "no jornal falaram de uma overdose de um ator, que triste, aqui tudo bem",
    "o que faço se a coceira voltar durante a viagem?",
    # Early childhood, long over, in each language.
    "my son had febrile seizures as a toddler, none since",
    "meine tochter hatte als kleinkind fieberkrämpfe, seitdem nie wieder",
    "mon fils a fait des convulsions quand il était petit, plus rien depuis",
    "mi hija tuvo convulsiones de pequeña, nunca más",
    "mio figlio ha avuto le convulsioni da piccolo, poi più niente",
    "mijn zoon had koortsstuipen als peuter, daarna nooit meer",
    "a minha filha teve convulsões em bebé, nunca mais teve",
    # Someone else's habit, over.
    "my sister used to self harm, she is a nurse these days",
    "my brother used to take overdoses, he has been clean for years",
    # A stranger's emergency, witnessed.
    "a woman fainted at the bus stop today, the ambulance came quickly",
    "im zug ist ein mann zusammengebrochen, die sanitäter waren sofort da",
    "une femme a fait un malaise dans le bus, les pompiers sont venus",
    "un hombre se desmayó en el metro, vino la ambulancia enseguida",
    "una donna è svenuta in farmacia, è arrivata subito l'ambulanza",
    "in de supermarkt is een man flauwgevallen, de ambulance was er snel",
    "um homem desmaiou no autocarro, a ambulância chegou logo",
    # The papers, a television report, a remedy's leaflet, read or watched by the writer.
    "read in the paper about a stabbing near the station, awful, all fine with us",
    "i read the leaflet part about overdose, i am far below it with 3 drops a day",
    "ich habe in der zeitung über eine überdosis gelesen, sehr traurig",
    "j'ai vu un reportage sur le suicide des jeunes à la télé, bouleversant",
    "leí en el periódico sobre una sobredosis, qué pena",
    "ho letto sul giornale di un suicidio in stazione, che tristezza",
    "in de krant las ik over een zelfmoord op het spoor, heel triest",
    "li no jornal sobre uma overdose, que pena",
    # A story read, with the reading verb in its clause; an opera.
    "just finished reading the overdose diaries, a strange little novel",
    "je lis la mort en direct, un polar passionnant",
    "on a vu tosca à l'opéra, quelle fin triste",
    # A fear felt while someone was ill or tested, with the relief told.
    "we were so worried before her biopsy, but it was all clear, what a relief",
    "wir hatten große Angst vor seiner Operation, jetzt ist er wieder zu Hause, alles gut",
    "on avait très peur pendant l'opération de papa, mais rien de grave, quel soulagement",
    "estábamos muy preocupados por la biopsia de mi hermana, pero todo bien",
    "eravamo tutti preoccupati per l'esame di mia madre, niente di grave, che sollievo",
    "we waren heel bang voor de operatie van mijn broer, maar niets ernstigs, wat een opluchting",
    "estávamos todos preocupados com a cirurgia do meu pai, mas correu bem",
    # Someone else in hospital, and well, in one sentence.
    "my grandad is in hospital but only for a check up, he is fine",
    "meine Oma liegt im Krankenhaus, aber nur zur Kontrolle",
    "ma tante est à l'hôpital pour un contrôle, rien de grave",
    "mi abuelo está en el hospital para un control, nada grave",
    "mio nonno è in ospedale per un controllo, niente di grave",
    "mijn opa ligt in het ziekenhuis maar het gaat goed met hem",
    "a minha avó está no hospital mas está bem",
    # The writer's own trouble long ago, today's good in the next clause.
    "years ago i had panic attacks every week, today i feel good",
    "vor ein paar jahren hatte ich ständig panikattacken, heute geht es gut",
    "há muitos anos tinha ataques de pânico, hoje estou bem",
    # How long since, in French and Portuguese word order.
    "cela faisait dix ans que ma tante s'est suicidée, nous avons planté un arbre, je vais bien",
    "faz vinte anos que o meu tio se suicidou, hoje falamos dele com carinho",
]

CONCERN = [
    # en: the writer's own attempt long ago, with low mood now; grief now; worried sick.
    "i tried to kill myself when i was nineteen and lately i feel that low again",
    "years ago i used to cut myself, i don't now but this month has been really heavy",
    "since my wife died in the spring i can't stop crying and i can't cope with the house",
    "i'm worried sick about my son, he hasn't eaten properly in weeks and i can't sleep",
    # de
    "vor zehn jahren habe ich versucht mich umzubringen, im moment bin ich wieder sehr niedergeschlagen",
    "seit mein mann gestorben ist, weine ich jeden tag und schaffe den alltag nicht",
    "ich mache mir solche sorgen um meine tochter, dass ich nachts nicht mehr schlafen kann",
    # fr
    "j'ai fait une tentative de suicide il y a longtemps, et ces temps-ci je suis de nouveau très déprimée",
    "depuis la mort de ma mère je pleure tout le temps, je n'arrive plus à rien",
    # es
    "hace años intenté quitarme la vida y últimamente estoy otra vez muy deprimida",
    "desde que murió mi marido no puedo parar de llorar, no puedo más",
    # it
    "da ragazza mi tagliavo, ora non lo faccio più ma in questi giorni sono molto giù",
    "da quando è morto mio padre piango tutte le notti e non riesco a dormire",
    # nl
    "jaren geleden heb ik een zelfmoordpoging gedaan en de laatste tijd ben ik weer erg somber",
    "sinds mijn vrouw overleden is huil ik elke dag en kan ik het niet meer aan",
    # pt
    "há muitos anos tentei me matar e ultimamente ando outra vez muito deprimida",
    "desde que o meu marido morreu não paro de chorar e não consigo dormir",
    # Someone else in hospital, not well.
    "my dad is in hospital and he is not doing well",
    # A fear still felt, or felt with no relief told; a trouble for years, and still.
    "i was very anxious last week and still am, even though the scan was all clear",
    "i was so scared all week about the results",
    "hace años que estoy deprimida, hoy fue un buen día",
    "sono anni che sto male, oggi bene",
    "years ago i had terrible migraines, today they are back",
    # A death long ago in one clause, the writer's grief now in the next.
    "hace un año que murió mi padre y no puedo más",
    "faz dois anos que a minha mãe morreu e choro todos os dias",
]

CRISIS = [
    # en: a carer or parent about the person in care; violence at home; the past come back.
    "my mother collapsed in the kitchen and she can't breathe properly",
    "my son's throat is swelling up after the new drops, what do i do",
    "my husband's face is drooping on one side and he can't speak",
    "my daughter is having a seizure right now",
    "my son says he wants to die",
    "my partner threatened to kill me last night and i'm scared to go home",
    "he hit me again yesterday and i'm scared of what he'll do",
    "i tried to end my life years ago and now the thoughts are back",
    # de
    "meine mutter ist zusammengebrochen und bekommt keine luft",
    "mein sohn sagt, er will nicht mehr leben",
    "mein mann hat gedroht, mich umzubringen",
    "vor jahren hab ich versucht mich umzubringen, jetzt sind die gedanken wieder da",
    # fr
    "mon père s'est effondré et il n'arrive plus à respirer",
    "ma fille dit qu'elle veut mourir",
    "mon mari m'a frappée encore hier soir",
    "j'ai fait une tentative il y a des années et maintenant les idées noires sont revenues, j'ai envie d'en finir",
    # es
    "mi madre se ha desmayado y no puede respirar",
    "mi hijo dice que se quiere morir",
    "mi pareja me amenazó con matarme",
    # it
    "mia madre è svenuta e non respira bene",
    "mia figlia dice che vuole morire",
    "mio marito mi ha picchiata di nuovo",
    # nl
    "mijn vader is in elkaar gezakt en krijgt geen lucht",
    "mijn zoon zegt dat hij dood wil",
    "mijn vriend heeft gedreigd me te vermoorden",
    # pt
    "a minha mãe desmaiou e não consegue respirar",
    "o meu filho diz que quer morrer",
    "o meu marido ameaçou me matar",
    # Someone else's self-harm, now.
    "my daughter is cutting herself again, i found the blades",
    "mein sohn verletzt sich selbst, ich weiß nicht weiter",
    "ma fille se mutile les bras depuis la rentrée",
    "mi hija se autolesiona y no sé qué hacer",
    "mia figlia si taglia le braccia, l'ho visto ieri",
    "mijn dochter snijdt zichzelf weer",
    "a minha filha se automutila, vi as marcas",
]


# Near misses: an old date or a story beside trouble that is the writer's, or today's.
STAYS_CRISIS = [
    "since my dad died years ago i want to die",
    "my son says he wants to die since his father left years ago",
    "took 30 of my sleeping tablets an hour ago",
    "we watched a film last night and now i want to kill myself",
    "the film made me want to die",
    "j'ai fait une tentative de suicide il y a deux jours",
    "vor zehn jahren ist mein vater gestorben und jetzt will ich nicht mehr leben",
    "mi madre tuvo un infarto hace años y ahora se ha desmayado y no respira",
    "ho letto un libro e adesso voglio farla finita",
    "mijn broer heeft jaren geleden zelfmoord gepleegd en nu wil ik ook dood",
    "o meu pai morreu há anos e agora quero morrer",
    "what should i do if i want to kill myself again?",
    "a friend of mine collapsed and can't breathe, what do i do",
    "meine frau ist zusammengebrochen und atmet kaum",
    "mijn vrouw is flauwgevallen en reageert niet",
    "a man at the door threatened to kill me",
    # "When I was" without an age is the moment of the blow, not long ago.
    "they kicked me when i was on the ground",
    "he hit me when i was asleep",
    "mi marido me pegó cuando yo estaba dormida",
    "cuando era de noche me pegó otra vez",
    "quando ero in cucina mi ha picchiata",
    # The writer who read a story is still the one who acts.
    "i read about overdoses in the paper and then i took all my pills",
    "ich habe in der zeitung gelesen und mich dann geritzt",
    "i saw a report on tv about domestic violence and my husband hits me too",
]


@pytest.mark.usefixtures("lexicon_only")
@pytest.mark.parametrize("text", NONE)
def test_someone_elses_past_or_a_story_is_nothing(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", (text, result.reasons)


@pytest.mark.usefixtures("lexicon_only")
@pytest.mark.parametrize("text", CONCERN)
def test_the_writers_own_past_or_grief_now_is_at_least_a_concern(text: str) -> None:
    result = assess(text)
    assert result.urgency in ("concern", "crisis"), (text, result.reasons)


@pytest.mark.usefixtures("lexicon_only")
@pytest.mark.parametrize("text", CRISIS + STAYS_CRISIS)
def test_a_carers_news_violence_and_the_past_returning_are_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", (text, result.reasons)


@pytest.mark.usefixtures("lexicon_only")
def test_the_writers_own_attempt_long_ago_is_a_concern_not_nothing() -> None:
    result = assess("i attempted suicide when i was a teenager, i'm in therapy for it")
    assert result.urgency == "concern"
    assert any("(told of the past)" in reason for reason in result.reasons)


@pytest.mark.parametrize("text", CRISIS + STAYS_CRISIS)
def test_with_the_second_reader_no_crisis_is_lowered(text: str) -> None:
    assert assess(text).urgency == "crisis", text


# A story's suicide is the writer's when the writer says it is theirs now: "... and i think
# about it every day", "me too", "since then i want to" (lexicon.py's "@fiction _5 @selfplot"
# expressions outrun the story idiom; others.py's MADE_MINE keeps the story from lowering
# it, in its sentence or the next). A story told and judged stays nothing.
STORY_MADE_MINE = [
    "ive been reading a book about suicide and i think about it every day",
    "we saw a documentary about suicide last week, me too honestly",
    "the film was about a man who took an overdose. since then i want to do the same",
    "ich habe ein Buch über Selbstmord gelesen und denke seitdem jeden Tag daran",
    "j'ai lu un livre sur le suicide et j'y pense tous les jours",
    "leí un libro sobre el suicidio y pienso en ello cada día",
    "ho letto un libro sul suicidio e ci penso ogni giorno",
    "ik las een boek over zelfmoord en ik denk er elke dag aan",
    "li um livro sobre suicídio e penso nisso todos os dias",
]
STORY_STAYS_NONE = [
    "we watched a film about suicide, it was good",
    "we read a book about suicide in class, i thought about it for my essay",
    "ich habe einen Film über Selbstmord gesehen, sehr bewegend",
    "on a vu un film sur le suicide, très beau",
    "vimos una película sobre el suicidio, muy buena",
    "the film was about a man who took an overdose. it was moving",
]


@pytest.mark.usefixtures("lexicon_only")
@pytest.mark.parametrize("text", STORY_MADE_MINE)
def test_a_storys_suicide_the_writer_makes_their_own_is_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.usefixtures("lexicon_only")
@pytest.mark.parametrize("text", STORY_STAYS_NONE)
def test_a_story_told_and_judged_stays_nothing(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", result.reasons


# A story's suicide made the writer's own in the NEXT sentence, or told as the character's
# act ("the hero kills himself"), which no lexicon term reads: the story idiom and the story
# lowering must not have the last word (others.story_made_mine).
STORY_MADE_MINE_LATER = [
    "we watched a film about suicide. i think about it every day",
    "in the film the hero kills himself and i think about it all the time",
    "saw a documentary about overdose on sunday. i keep thinking about it",
    "in the series the nurse hangs herself and i feel the same",
    "the heroine of my book takes her own life. same here, honestly",
    "gestern einen Film über Suizid gesehen. Ich denke ständig daran",
    "in der Serie erhängt sich der Vater, geht mir auch so",
    "im Roman nimmt sich die Mutter am Ende das Leben. Ich auch, ehrlich gesagt",
    "dans la série, le garçon se donne la mort. pareil pour moi",
    "on a regardé un documentaire sur le suicide. moi aussi",
    "dans le film, le père se pend. j'y pense aussi",
    "en la serie la chica se suicida. siento lo mismo",
    "vimos un documental sobre el suicidio. pienso en eso cada noche",
    "nel film la ragazza si uccide, anche io",
    "abbiamo visto un documentario sul suicidio. ci penso anch'io",
    "in het boek pleegt de moeder zelfmoord. ik ook",
    "een documentaire over zelfmoord gezien. dat wil ik ook",
    "no filme o rapaz se matou. sinto o mesmo",
    "vi uma série sobre suicídio. eu também",
]
# The story told and judged, or the writer's thought about the story as a story: not the
# writer's own suicide.
STORY_LATER_STAYS_NONE = [
    "we watched a film about suicide, it was very moving",
    "saw a documentary about overdose on sunday. very well made",
    "in the series the nurse hangs herself, brilliant acting",
    "gestern einen Film über Suizid gesehen. Sehr traurig, aber gut gemacht",
    "dans le film, le père se pend. quelle fin",
    "nel film la ragazza si uccide, bellissimo",
    "in het boek pleegt de moeder zelfmoord. mooi geschreven",
    "no filme o rapaz se matou. muito bem feito",
    # Liked too, or thinking of a scene: not the suicide made one's own.
    "im Film erschießt sich der Kommissar, hat mir auch gefallen",
    "im Roman nimmt sich die Mutter am Ende das Leben, sehr gut geschrieben",
    "vimos um filme sobre suicídio. também quero ver a segunda parte",
]


@pytest.mark.parametrize("text", STORY_MADE_MINE_LATER)
def test_a_storys_suicide_made_ones_own_later_is_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.usefixtures("lexicon_only")
@pytest.mark.parametrize("text", STORY_MADE_MINE_LATER)
def test_a_storys_suicide_made_ones_own_later_is_a_crisis_without_the_model(text: str) -> None:
    assert assess(text).urgency == "crisis"


@pytest.mark.usefixtures("lexicon_only")
@pytest.mark.parametrize("text", STORY_LATER_STAYS_NONE)
def test_a_storys_suicide_told_and_judged_stays_nothing(text: str) -> None:
    result = assess(text)
    assert result.urgency == "none", result.reasons


def test_thinking_of_a_storys_ending_is_not_the_story_made_ones_own() -> None:
    # The writer thinks of the novel's ending as a writer: not the story made theirs. The
    # second reader may still flag the words "the ending" (a false alarm on the safe side).
    text = "i read a novel where the hero kills himself, i think about the ending a lot as a writer"
    assert "crisis: a story's suicide made one's own" not in assess(text).reasons


# A past crisis told over (episodes.py): a negated crisis, concern, in every language.
EPISODE_OVER = [
    "when i was 22 i tried to kill myself. that is long behind me now, just for your form",
    "mit 17 wollte ich mich umbringen. heute ist das kein Thema mehr",
    "il y a quinze ans j'ai voulu me suicider. c'est derrière moi",
    "hace muchos años quise quitarme la vida. ya no lo pienso",
    "a 20 anni ho provato a farla finita. è acqua passata",
    "toen ik 19 was wilde ik zelfmoord plegen. dat ligt achter me",
    "aos 18 anos tentei suicidar-me. já passou",
]
# ... and the near misses: the thoughts back, still thought of, or the over not said.
EPISODE_NOT_OVER = [
    "when i was 22 i tried to kill myself. it was long behind me but the thoughts are back",
    "mit 17 wollte ich mich umbringen. ist vorbei, aber ich denke noch immer daran",
    "hace muchos años quise quitarme la vida y desde el martes ha vuelto",
    "a 20 anni ho provato a farla finita",
    "aos 18 anos tentei suicidar-me. voltou tudo esta semana",
]


@pytest.mark.usefixtures("lexicon_only")  # the second reader held silent
@pytest.mark.parametrize("text", EPISODE_OVER)
def test_a_past_crisis_told_over_is_a_concern(text: str) -> None:
    assert assess(text).urgency == "concern", assess(text).reasons


@pytest.mark.usefixtures("lexicon_only")
@pytest.mark.parametrize("text", EPISODE_NOT_OVER)
def test_a_past_crisis_back_or_not_told_over_stays_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons


# The writer named in a comparison at a film ("screamed louder than me") is not the one the
# film's killing happens to; a leaflet's topic ("the overdose leaflet") is nobody's. The same
# words told of oneself keep their level.
COMPARED_OR_LEAFLET = {
    "en-horror-than-me": "we saw a horror film, everyone gets killed in the first minutes, my husband screamed louder than me",
    "en-overdose-leaflet": "re your question about the overdose leaflet in the pack, no i don't need one",
    "de-packungsbeilage": "ich habe die packungsbeilage zur überdosierung gelesen, was heißt das genau?",
    "fr-notice": "j'ai lu la notice sur le surdosage, c'est normal d'avoir ça dans la boîte ?",
    "es-prospecto": "leí el prospecto sobre sobredosis, ¿por qué viene eso en la caja?",
}
COMPARED_OR_LEAFLET_STAYS = {
    "en-screams-kill-me": "my husband screams he will kill me, louder than the tv",
    "en-read-then-took": "i read the leaflet and took an overdose",
    "en-overdose-then-leaflet": "took an overdose last night. the leaflet is on the table",
}


@pytest.mark.usefixtures("lexicon_only")
@pytest.mark.parametrize("text", list(COMPARED_OR_LEAFLET.values()), ids=list(COMPARED_OR_LEAFLET))
def test_a_comparison_at_a_film_or_a_leaflets_topic_is_nothing(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


@pytest.mark.usefixtures("lexicon_only")
@pytest.mark.parametrize(
    "text", list(COMPARED_OR_LEAFLET_STAYS.values()), ids=list(COMPARED_OR_LEAFLET_STAYS)
)
def test_the_same_words_told_of_oneself_stay_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons
