# ruff: noqa: E501  (data: one line of words reads better whole, as in lexicon.py)
"""Research into a method: a way to die searched, read up, watched or asked about (issue 8).

"I keep reading how to kill yourself", "been googling how many of my pills would be enough",
"hab nachgelesen wie man sich das leben nimmt", "j'ai demandé sur un forum quelle dose arrête
le cœur", "busqué formas de suicidarse sin dolor", "ho cercato quanto ci vuole per
dissanguarsi", "heb opgezocht hoe hoog de brug is", "pesquisei como se matar sem dor": the
writer tells of finding out how, and the method is told in the impersonal words of a search
("yourself", "man", "se", "je"), which the lexicon, reading the writer's own "kill myself",
does not read. Such research is a plan in the making: a crisis.

`method_looked_up` reads a sentence where a verb of searching (SEARCH: google, look up, read,
watch, ask; nachlesen, chercher, buscar, cercare, opzoeken, pesquisar ...) is followed within
a few words by a METHOD: a way of killing oneself (how to kill / hang / drown oneself, ways to
die, suicide), a lethal amount (how many / how much / which dose + fatal, lethal, enough to
die, "would be enough" of a means that can kill: pills, not globules), a heart stopped by a
dose, the height of a bridge or a building to fall from, how long it takes to bleed out or
drown, painless ways. Not negated before the verb ("never looked up"), not in a sentence of a
story (a film, a book, the news), of work or study (a nurse's training, an exam), of an animal
(how much chocolate is lethal for a dog), or of a journey (how high a bridge is for the lorry,
for the trip).

`harmless_clauses` gives the clauses where the search is of an ordinary remedy fact (shelf
life, a dose per day, interactions, how to take it) and nothing of dying: the second reader,
which learned "tablets" and "googled" from overdoses, does not read them (assess._odds_without,
as sensations.felt_clauses). "ich habe gegoogelt wie lange die tabletten haltbar sind" is no
crisis; "... und wie viele tödlich sind" still is.

Tested in every language in tests/test_triage_research.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import (
    CLAUSE_BREAK,
    PhraseIndex,
    Token,
    indexed_phrases,
    sentence_of,
    word_set,
)

__all__ = ["dose_asked", "harmless_clauses", "method_looked_up"]

# Verbs (and nouns) of finding out, in the forms a reply uses.
SEARCH = word_set(
    "google googled googling googles googleing searched searching search searches research researched researching"
    " read reading reads looked looking look looks lookup browsing browsed watched watching watch asked asking ask"
    " checked checking check studying studied youtube youtubed"
    " google googeln googel googele gegoogelt googelt googelte suche suchen sucht gesucht suchte recherchiert recherchiere recherchieren"
    " lese lesen liest gelesen nachgelesen nachlesen nachgeschaut nachgeschlagen nachschauen geschaut schaue angeschaut"
    " gucke geguckt gefragt frage fragte erkundigt informiert"
    " cherche cherché cherchais chercher cherchant recherche recherché recherches googlé googler lu lis lire lisais lisant"
    " regardé regarde regarder regardais demandé demande demander renseigné renseignée renseigner informé informée tapé"
    " busco busqué buscado buscando buscar buscaba googleé googlear gugleé leí leo leyendo leído leer leía miré miro mirando"
    " mirado vi viendo visto pregunté pregunto preguntando preguntado investigué investigando investigado consulté consultado"
    " cerco cercato cercando cercare cercavo googlato googlare letto leggo leggendo leggere leggevo guardato guardo guardando"
    " guardare chiesto chiedo chiedendo chiedere informata informato informarmi documentata documentato"
    " zoek zoeken gezocht zocht opgezocht opzoeken gegoogeld googelen googlen lees lezen gelezen gekeken kijk kijken keek"
    " gevraagd vraag vroeg vragen nagelezen nagezocht"
    " pesquiso pesquisei pesquisando pesquisar pesquisado pesquisava procuro procurei procurando procurar procurado procurava"
    " googlei googlando li leio lendo ler lido lia vi vejo vendo assisti assistindo perguntei pergunto perguntando perguntado"
)
# A negation before the verb in its clause: "i have never looked up how".
_NEGATORS = word_set(
    "not never no nicht nie niemals kein keine pas jamais ne nunca no jamás mai non niet nooit geen não nao nem"
)

# How many words after the verb the method may begin.
_REACH = 16

# Killing oneself, told impersonally or in the first person ("*" a stem, "_" up to three words).
_SELF = indexed_phrases(
    "kill yourself / kill oneself / kill urself / kill your self / kill myself / killing yourself / killing oneself / kill themselves"
    " / hang yourself / hang oneself / hang myself / hanging yourself / drown yourself / drown oneself / poison yourself / gas yourself"
    " / off yourself / end your life / end one life / end one own life / end my life / end your own life / end it all / take your own life / take your life / take one own life"
    " / commit suicide / suicide method* / suicide ways / ways to commit suicide / how to die / ways to die / way to die / best way to die / how to overdose / how to od / unalive"
    " / sich _ umbringt / sich _ umbringen / sich _ totet / sich _ toten / sich _ erhangt / sich _ erhangen / sich _ aufhangt / sich _ aufhangen"
    " / sich _ vergiftet / sich _ vergiften / sich _ ertrankt / sich _ das leben nimmt / sich _ das leben nehmen / mich _ umbringe / mich umbringen"
    " / selbstmord begeht / selbstmord begehen / selbstmord macht / selbstmordmethode* / suizidmethode* / methoden _ suizid / methoden _ selbstmord / wie man stirbt / am besten stirbt"
    " / se tuer / se suicider / se pendre / se noyer / s empoisonner / se empoisonner / me tuer / me suicider / me pendre / en finir avec la vie / en finir avec ma vie"
    " / mettre fin a ses jours / mettre fin a mes jours / methodes de suicide / moyens de suicide / comment mourir / facon de mourir / facons de mourir / moyen de mourir / moyens de mourir"
    " / matarse / suicidarse / ahorcarse / colgarse / envenenarse / quitarse la vida / matarme / suicidarme / ahorcarme / quitarme la vida"
    " / se mata / se suicida / metodos de suicidio / formas de suicidio / como morir / formas de morir / maneras de morir"
    " / uccidersi / suicidarsi / impiccarsi / ammazzarsi / annegarsi / avvelenarsi / togliersi la vita / uccidermi / suicidarmi / impiccarmi / ammazzarmi"
    " / metodi di suicidio / metodi per suicidarsi / come morire / modi per morire / modi di morire"
    " / zelfmoord pleegt / zelfmoord plegen / zelfmoordmethode* / methodes _ zelfmoord / manieren _ zelfmoord / jezelf _ doodt / jezelf _ doden / jezelf _ ophangt / jezelf _ ophangen / jezelf _ van kant / jezelf _ verdrinkt / jezelf _ vergiftigt"
    " / mezelf _ doden / mezelf _ ophangen / mezelf _ van kant / zichzelf _ doden / zichzelf _ van kant / van het leven beroven / je leven _ beeindigen"
    " / hoe je doodgaat / hoe je dood gaat / manieren om dood / manieren om te sterven"
    " / se matar / me matar / matar se / matar me / se suicidar / me suicidar / suicidar se / se enforcar / me enforcar / enforcar se"
    " / tirar a propria vida / tirar minha vida / tirar a vida / metodos de suicidio / formas de suicidio / como morrer / formas de morrer / maneiras de morrer"
)
# Asking for an amount or a dose.
_AMOUNT = indexed_phrases(
    "how many / how much / which dose / what dose / what amount / what quantity"
    " / wie viele / wie viel / wieviel / wieviele / welche dosis / welche menge / ab welcher dosis / ab wie vielen / ab wieviel"
    " / combien / quelle dose / quelle quantite / a partir de quelle dose"
    " / cuantas / cuantos / cuanta / cuanto / que dosis / que cantidad"
    " / quante / quanti / quanta / quanto / quale dose / che dose / quale quantita"
    " / hoeveel / welke dosis / welke hoeveelheid / vanaf welke dosis"
    " / quantos / quantas / quanto / quanta / que dose / qual dose / qual a dose / que quantidade"
)
# What the amount is for: death, told outright.
_LETHAL = indexed_phrases(
    "fatal / lethal / deadly / to die / not wake up / never wake up / od / overdose"
    " / todlich / todliche / todlichen / sterben / nicht mehr aufwacht / nicht mehr aufzuwachen / nie mehr aufwacht / letal / uberdosis"
    " / mortel / mortelle / mortels / mortelles / letal / letale / mourir / ne plus se reveiller / ne pas se reveiller / overdose / surdose"
    " / mortal / mortales / letal / letales / morir / no despertar / sobredosis"
    " / letale / letali / mortale / mortali / morire / non svegliarsi / overdose"
    " / dodelijk / dodelijke / dood te gaan / sterven / doodgaan / niet meer wakker / overdosis"
    " / letal / letais / fatal / fatais / mortal / mortais / morrer / nao acordar / overdose"
)
# Killing a person, of a means that can kill: "how much insulin would kill me" (not "how much
# coffee would kill me").
_KILL = indexed_phrases(
    "kill me / kill you / kill a person / kill someone / kill an adult / kill a human"
    " / mich umbringen / mich umbringt / dich umbringen / einen menschen umbringen / einen menschen toten / mich toten"
    " / me tuer / te tuer / tuer quelqu un / tuer une personne / tuer un adulte"
    " / matarme / matarte / matar a alguien / matar a una persona / matar a un adulto / me mataria / me matan"
    " / uccidermi / ucciderti / uccidere una persona / uccidere un adulto / ammazzarmi / mi ucciderebbe"
    " / mij doden / je doden / iemand doden / een mens doden / een volwassene doden"
    " / me matar / me mataria / matar alguem / matar uma pessoa / matar um adulto"
)
# Time, after an amount word: "quanto tempo", "combien de temps" ask how long (_HOW_LONG).
_TIME = word_set("time long zeit lange temps tiempo tarda tempo ci tijd lang demora")
# ... or told as enough: only of a means that can kill.
_ENOUGH = indexed_phrases(
    "enough / would do it / would do the job / do the trick / it would take / would it take / it would need"
    " / reicht / reichen / reichen wurden / reichen wurde / reichen wurde / genug / damit es reicht / braucht"
    " / suffit / suffisent / suffirait / suffiraient / suffisant / suffisante / suffisants / il faut / faudrait"
    " / basta / bastan / bastaria / bastarian / suficiente / suficientes / hacen falta / haria falta / harian falta"
    " / basta / bastano / basterebbe / basterebbero / sufficiente / sufficienti / servono / servirebbero / ci vogliono"
    " / genoeg / nodig / volstaat"
    " / basta / bastam / bastaria / bastariam / suficiente / suficientes / precisos / preciso / sao precisos"
)
MEANS = word_set(
    "pills pill tablets tablet tabs meds medication medicine painkillers paracetamol acetaminophen tylenol ibuprofen aspirin codeine co-codamol"
    " cocodamol sleepers sleeping insulin amitriptyline sertraline citalopram fluoxetine zopiclone diazepam tramadol morphine oxycodone antidepressants"
    " tabletten tablette pillen schlaftabletten schmerztabletten medikamente insulin"
    " comprimes comprime cachets cachet pilules pilule somniferes medicaments doliprane insuline"
    " pastillas pastilla comprimidos comprimido medicamentos somniferos insulina"
    " pillole pillola pastiglie pastiglia compresse compressa medicine sonniferi farmaci insulina tachipirina"
    " pillen pil tabletten slaappillen medicijnen insuline"
    " comprimidos comprimido pilulas pilula remedios calmantes insulina"
)
# "Enough for a child", "genug für die Reise": an amount for an ordinary end.
_FOR = word_set("for until till fur bis pour jusque para hasta per fino voor tot ate")
# An amount of people ("how many people die of flu"): a count, not a dose.
_PEOPLE = word_set(
    "people persons deaths patients leute menschen personen tote gens personnes morts personas gente muertos persone gente morti mensen doden pessoas mortos"
)
# A dose that stops the heart.
_HEART = word_set("heart herz coeur cœur corazon cuore hart coracao")
_STOPS = indexed_phrases(
    "stop* / stehen bleibt / stillsteht / aufhort / arret* / se para / parar el / pararia / deja de latir / dejar de latir / detien* / deten* / ferma* / stopt / stoppen / stil staat / stilstaat / stilzetten / para de bater / parar de bater / parar o"
)
# The height of a place to fall from.
_HIGH = indexed_phrases(
    "how high / how tall / how far _ drop / how far _ fall / height of / wie hoch / wie tief / hohe der / hohe des / hauteur / quelle hauteur / haut est"
    " / que altura / cuanta altura / altura de / altura del / que tan alto / que alto / quanto e alto / quanto e alta / quanto sono alti / altezza"
    " / hoe hoog / hoogte van / que altura / qual a altura / altura da / altura do"
)
STRUCTURE = word_set(
    "bridge bridges building buildings drop cliff cliffs flyover overpass viaduct multistorey multi-storey storey carpark rooftop roof"
    " brucke brucken hochhaus hochhauses klippe klippen viadukt parkhaus parkhauses dach sturz"
    " pont ponts immeuble falaise falaises viaduc toit chute"
    " puente puentes edificio acantilado acantilados viaducto azotea tejado caida"
    " ponte ponti palazzo scogliera scogliere viadotto tetto caduta"
    " brug bruggen flat flatgebouw klif kliffen viaduct dak val"
    " ponte pontes predio edificio falesia penhasco viaduto telhado queda"
)
# What a place to fall from may lack: "welke bruggen geen hek hebben".
BARRIER = word_set(
    "barrier barriers railing railings fence fences netting safety"
    " gelander gitter zaun absperrung netz sicherung"
    " barriere barrieres garde-fou grillage filet parapet"
    " valla vallas barandilla barandillas reja rejas red"
    " rete ringhiera ringhiere barriera barriere parapetto"
    " hek hekken reling leuning hekwerk"
    " rede grade grades vedacao protecao"
)
_LACK = word_set(
    "no not without lack lacks lacking missing kein keine keinen ohne nicht fehlt pas sans aucun aucune manque"
    " sin ningun ninguna falta senza non nessuna nessun manca geen zonder niet ontbreekt sem nao nenhum nenhuma falta"
)
# How long a death takes.
_HOW_LONG = indexed_phrases(
    "how long / how quickly / how fast / wie lange / wie schnell / combien de temps / en combien de temps / cuanto tarda / cuanto tiempo / cuanto se tarda"
    " / quanto ci vuole / quanto tempo / in quanto tempo / hoe lang / hoe snel / quanto tempo / quanto demora"
)
_DYING = indexed_phrases(
    "bleed out / bleeding out / bleed to death / drown / drowning / suffocate / suffocating / asphyxiate"
    " / verbluten / verblutet / ertrinken / ertrinkt / ersticken / erstickt"
    " / se vider de son sang / vider de son sang / se noyer / noyer / etouffer / s etouffer / asphyxi*"
    " / desangrar* / ahogar* / asfixi*"
    " / dissangu* / annegare / affogare / soffocare / asfissi*"
    " / doodbloeden / dood te bloeden / verdrinken / verdrinkt / stikken / verstikken"
    " / sangrar ate morrer / esvair* / afogar* / sufocar / asfixi*"
)
# ... or dying of a means: "how long it takes to die from an overdose".
_DIE = indexed_phrases(
    "to die / die from / die of / dies / zu sterben / stirbt / sterben / mourir / meurt / morir / muere / morire / muore / te sterven / dood te gaan / sterft / morrer / morre"
)
# Painless, of a way to go.
_PAINLESS = indexed_phrases(
    "die painlessly / painless death / painless suicide / painless way to go / painless ways to go / painless way out"
    " / schmerzlos sterben / schmerzlosen tod / schmerzloser tod / ohne schmerzen sterben / schmerzfrei sterben / ohne schmerzen zu sterben"
    " / mourir sans douleur / mort sans douleur / mourir sans souffrir / mort douce / partir sans douleur"
    " / morir sin dolor / muerte sin dolor / morir sin sufrir / muerte indolora"
    " / morire senza dolore / morte senza dolore / morire senza soffrire / morte indolore"
    " / pijnloos sterven / pijnloze dood / zonder pijn sterven / zonder pijn dood / sterven zonder te lijden"
    " / morrer sem dor / morte sem dor / morrer sem sofrer / morte indolor"
)
# A painless way, of nothing named: "searching online for painless ways." Followed by what it
# is a way to do ("painless ways to remove a plaster", "formas sin dolor de depilarse"), it is
# that.
_PAINLESS_WAY = indexed_phrases(
    "painless way / painless ways / painless method / painless methods / painless option / painless options"
    " / schmerzlose methode / schmerzlose methoden / schmerzlose art / schmerzlosen weg / schmerzlose wege / schmerzlose moglichkeit*"
    " / facon sans douleur / facons sans douleur / moyen sans douleur / moyens sans douleur / methode sans douleur / methodes sans douleur / facon indolore"
    " / forma sin dolor / formas sin dolor / manera sin dolor / maneras sin dolor / metodo sin dolor / metodos sin dolor / forma indolora"
    " / modo senza dolore / modi senza dolore / metodo senza dolore / metodi senza dolore / modo indolore / metodi indolori"
    " / pijnloze manier / pijnloze manieren / pijnloze methode / pijnloze methodes"
    " / forma sem dor / formas sem dor / maneira sem dor / maneiras sem dor / metodo sem dor / metodos sem dor / forma indolor"
)
# After a painless way, the words that make it a way to die: "painless ways to go".
_WAY_ON = word_set("to of for zu um de para per di da om voor")
_WAY_DIE = word_set(
    "go die end do dying ending going sterben gehen mourir partir en morir irse acabar morire andarsene farla sterven gaan morrer partir acabar"
)
# Frames in which the research is no one's plan.
STORY = word_set(
    "film films movie movies series show episode novel book character plot documentary podcast news newspaper article play"
    " serie folge roman buch figur handlung doku dokumentation nachrichten zeitung artikel krimi tatort"
    " serie episode roman livre personnage intrigue documentaire journal actualites"
    " pelicula serie capitulo novela libro personaje trama documental noticias periodico"
    " serie puntata episodio romanzo libro personaggio trama documentario notizie giornale telegiornale"
    " serie aflevering roman boek personage plot documentaire nieuws krant journaal"
    " filme serie episodio romance livro personagem enredo documentario noticias jornal novela"
)
# Work or study the research is for: "for my toxicology exam", "for a training at work".
WORK = word_set(
    "exam exams essay assignment coursework homework lecture lectures module thesis dissertation training seminar shift patients colleague colleagues"
    " toxicology pharmacology revision revising"
    " prufung klausur hausarbeit seminar vorlesung studium schicht patienten kollegin kollege ausbildung fortbildung pharmazie toxikologie pharmakologie"
    " examen partiel formation patients collegue collegues toxicologie pharmacologie"
    " examen tesis formacion pacientes companeros toxicologia farmacologia"
    " esame esami tesina tesi lezione tirocinio turno pazienti colleghi tossicologia farmacologia"
    " tentamen scriptie werkstuk hoorcollege opleiding stagiair patienten collega collegas toxicologie farmacologie"
    " exame tese estagio plantao pacientes colegas toxicologia farmacologia"
)
# ... or the writer's own role in it: "i'm a nurse", "als Pharmaziestudentin", "sono infermiera".
ROLE = word_set(
    "nurse student pharmacist doctor paramedic carer researcher midwife vet"
    " krankenschwester krankenpfleger pflegerin studentin student apothekerin apotheker arztin arzt pharmaziestudentin pharmaziestudent"
    " infirmiere infirmier etudiante etudiant pharmacienne pharmacien medecin"
    " enfermera enfermero estudiante farmaceutica farmaceutico medica medico"
    " infermiera infermiere studentessa studente farmacista medica medico"
    " verpleegkundige verpleegster student studente apotheker arts"
    " enfermeira enfermeiro estudante farmaceutica farmaceutico medica medico"
)
_AS = word_set(
    "am as bin als suis que soy como sono come ben sou study studying studiere studeer studio estudio estudo"
)
ANIMAL = word_set(
    "dog dogs puppy cat cats kitten horse rabbit hamster pet pets vet"
    " hund hunde welpe katze katzen pferd kaninchen haustier tierarzt"
    " chien chienne chiot chat chatte cheval lapin veterinaire"
    " perro perra perrito gato gata caballo conejo mascota veterinario"
    " cane cani cagnolino gatto gatta cavallo coniglio veterinario"
    " hond honden puppy kat katten paard konijn huisdier dierenarts"
    " cao cachorro cachorra gato gata cavalo coelho veterinario"
)
JOURNEY = word_set(
    "lorry truck van trailer caravan camper motorhome bus coach clearance load headroom boat mast yacht trip visit holiday holidays tour vacation hike hiking climb climbing ladder scaffold gutter"
    " boot segelboot mast lkw laster transporter anhanger wohnmobil wohnwagen durchfahrtshohe ladung reise urlaub besuch ausflug wandern klettern leiter gerust dachrinne"
    " bateau voilier mat camion camionnette remorque camping-car caravane gabarit voyage vacances visite excursion randonnee escalade echelle echafaudage"
    " barco velero mastil camion furgoneta remolque autocaravana caravana galibo viaje vacaciones visita excursion senderismo escalada escalera andamio"
    " barca veliero albero camion furgone rimorchio camper roulotte sagoma viaggio vacanza vacanze visita gita escursione arrampicata scala ponteggio"
    " boot zeilboot mast vrachtwagen bestelbus aanhanger camper caravan doorrijhoogte reis vakantie bezoek uitje wandelen klimmen ladder steiger dakgoot"
    " barco veleiro mastro caminhao camiao carrinha reboque autocaravana viagem ferias visita passeio trilha escalada escada andaime"
)

# An ordinary fact about a remedy: how long it keeps, its dose, what it goes with.
_FACT = indexed_phrases(
    "shelf life / keep / keeps / last / lasts / expire* / expiry / use by / best before / dosage / dose per / a day / per day / each day / interact* / with food / on an empty stomach / how to take / side effect*"
    " / haltbar* / verfall* / abgelaufen / mindesthaltbar* / dosier* / dosis pro / pro tag / am tag / taglich / wechselwirkung* / zum essen / mit dem essen / nuchtern / einnehmen / nebenwirkung*"
    " / se conserve* / conserver / conservation / peremption / perime* / expiration / posologie / par jour / interaction* / au repas / a jeun / comment prendre / effets secondaires / effet secondaire"
    " / caduc* / duran / dura / se conservan / conservar / dosis al dia / dosis diaria / al dia / por dia / interaccion* / con comida / en ayunas / como tomar / efectos secundarios"
    " / scadenza / scadono / scade / scaduto / durano / dura / si conservano / conservare / dosaggio / posologia / al giorno / interazion* / a stomaco vuoto / come prendere / effetti collaterali"
    " / houdbaar* / vervaldatum / verlopen / bewaren / dosering / per dag / interactie* / wisselwerking / bij het eten / nuchter / hoe innemen / bijwerking*"
    " / validade / prazo / vencimento / vencido / vencidos / duram / conservar / posologia / dose diaria / por dia / ao dia / interac* / em jejum / como tomar / efeitos colaterais / efeitos secundarios"
)
# The method left unsaid, after a search: "i looked up how", "ho cercato come fare", "heb al
# opgezocht hoe", "pesquisei como", "ho cercato su internet i modi".
_ELIDED = indexed_phrases(
    "how / how to do it / how i would do it / the ways / ways / methods / wie / wie es geht / wie man es macht / wie ich es machen wurde / die methoden / methoden"
    " / comment / comment faire / comment le faire / les moyens / les methodes / como / como hacerlo / las formas / las maneras / los metodos"
    " / come / come fare / come farlo / i modi / i metodi / hoe / hoe het moet / hoe ik het zou doen / de manieren / manieren"
    " / como / como fazer / como fazer isso / as formas / as maneiras / os metodos"
)
# A method named by its noun, ending the clause: "watching videos about hanging" (not "about
# hanging baskets").
_METHOD_NOUN = indexed_phrases(
    "hanging / hangings / overdosing / lethal doses / lethal dose / fatal doses / fatal dose"
    " / erhangen / sich erhangen / todliche dosis / todliche dosen / letale dosis"
    " / pendaison / la pendaison / dose mortelle / doses mortelles / dose letale"
    " / ahorcamiento / ahorcarse / dosis letal / dosis letales / dosis mortal"
    " / impiccagione / impiccarsi / dose letale / dosi letali / dose mortale"
    " / ophangen / zichzelf ophangen / dodelijke dosis / letale dosis"
    " / enforcamento / enforcar se / dose letal / doses letais / dose fatal"
)
# ... where the reply tells of wanting to die: the method is that death's.
_SUICIDAL = indexed_phrases(
    "suicid* / zelfmoord* / selbstmord* / suizid* / unaliv* / kill myself / killing myself / end my life / ending my life / end it all"
    " / mich umbringen / mich umzubringen / mir das leben nehmen / me tuer / me suicider / en finir / matarme / suicidarme / quitarme la vida"
    " / uccidermi / suicidarmi / ammazzarmi / togliermi la vita / farla finita / mezelf van kant / mezelf doden / een einde aan mijn leven"
    " / me matar / me suicidar / tirar minha vida / acabar com tudo"
)
# A remedy the fact is of: a means above, or a practice's own ("globules", "gocce", a dose).
REMEDY = MEANS | word_set(
    "drops globules granules pillules tincture remedy remedies capsules capsule cream ointment dose dosage doses"
    " tropfen globuli kugelchen tinktur mittel kapseln salbe creme dosis dosierung"
    " gouttes granules globules teinture remede capsules creme pommade dose posologie"
    " gotas granulos globulos tintura remedio capsulas crema pomada dosis"
    " gocce granuli globuli tintura rimedio capsule crema pomata dose dosaggio"
    " druppels korrels bolletjes globuli tinctuur middel capsules zalf creme dosis dosering"
    " gotas granulos globulos tintura remedio capsulas creme pomada dose posologia"
)
# What one kills that is no person: weeds, pests, mould, a computer's process.
PEST = word_set(
    "weeds weed ants slugs snails mosquitoes midges flies fleas lice nits mice rats wasps moths mould mold moss germs bacteria virus viruses process processes task app"
    " unkraut ameisen schnecken nacktschnecken mucken fliegen flohe lause mause ratten wespen motten schimmel moos keime bakterien viren prozess prozesse task"
    " herbes mauvaises fourmis limaces escargots moustiques mouches puces poux souris rats guepes mites moisissure mousse germes bacteries virus processus tache"
    " hierbas malas hormigas babosas caracoles mosquitos moscas pulgas piojos ratones ratas avispas polillas moho musgo germenes bacterias virus proceso procesos"
    " erbacce formiche lumache zanzare mosche pulci pidocchi topi ratti vespe tarme muffa muschio germi batteri virus processo processi"
    " onkruid mieren slakken muggen vliegen vlooien luizen muizen ratten wespen motten schimmel mos bacterien virussen proces processen"
    " ervas daninhas formigas lesmas caracois mosquitos moscas pulgas piolhos ratos vespas tracas mofo bolor musgo germes bacterias virus processo processos"
)
_KILL_VERB = word_set(
    "kill killing rid umbringen umbringt toten totet abtoten vernichten loswerden tuer tue eliminer matar mata eliminar uccidere ammazzare eliminare doden doodmaakt doodmaken dood"
    " kwijtraken matar eliminar"
)
# Words that keep a fact's clause read: death, or a store put by.
_DARK = word_set(
    "dying dead death kill suicide fatal lethal deadly enough save saving saved stockpile stockpiling hoard hoarding"
    " sterben tod todlich umbringen suizid selbstmord genug reicht reichen sammle sammeln gesammelt horten gespart"
    " mourir mort mortel mortelle tuer suicide assez suffit accumule economise"
    " morir muerte muerto mortal matar suicidio suficiente juntando ahorrando acumulando"
    " morire morte morto mortale uccidere suicidio abbastanza basta accumulo messo"
    " sterven dood dodelijk doden zelfmoord genoeg spaar sparen verzamel gespaard"
    " morrer morte morto mortal matar suicidio suficiente juntando guardando acumulando"
)


def _sentences(words: Sequence[Token]) -> list[range]:
    found: list[range] = []
    pos = 0
    while pos < len(words):
        if words[pos].boundary:
            pos += 1
            continue
        sentence = sentence_of(words, pos, pos + 1)
        found.append(sentence)
        pos = sentence.stop + 1
    return found


# "Can't stop googling", "n'arrête pas de chercher": a negation of stopping, the search goes on.
_STOP = word_set(
    "stop stopping quit help aufhoren aufhore arrete arreter cesse paro parar dejo dejar smetto smettere stoppen ophouden deixo deixar consigo"
)


# A search's sentence is read this many words either side of it at most: the words of one
# thought sit close together, and a reply with no full stop stays linear to read.
_WINDOW = 30


def _window(words: Sequence[Token], start: int, end: int, strong_only: bool = True) -> range:
    """The sentence (or, not `strong_only`, the clause) around words[start:end], at most
    _WINDOW words either side."""

    def ends(token: Token) -> bool:
        return token.boundary == "strong" if strong_only else bool(token.boundary)

    first, last = start, end - 1
    while first > 0 and start - first < _WINDOW and not ends(words[first - 1]):
        first -= 1
    while last + 1 < len(words) and last - end < _WINDOW and not ends(words[last + 1]):
        last += 1
    return range(first, last + 1)


def _negated(words: Sequence[Token], p: int) -> bool:
    clause = _window(words, p, p + 1, strong_only=False)
    before = []
    for q in range(p - 1, clause.start - 1, -1):
        if words[q].word in CLAUSE_BREAK:
            break  # "and", "but": another clause's negation
        before.append(words[q].word)
    if any(w in _STOP for w in before):
        return False
    return any(w in _NEGATORS for w in before)


def _framed(text: list[str], sentence: range) -> bool:
    """A story's, a job's or study's, or an animal's sentence: no one's plan."""
    return any(text[q] in STORY for q in sentence) or _work_frame(text, sentence)


def _work_frame(text: list[str], sentence: range) -> bool:
    """Work, study or an animal: research for a job, an exam or a pet, no one's plan."""
    for q in sentence:
        word = text[q]
        if word in WORK or word in ANIMAL:
            return True
        if word in ROLE and any(w in _AS for w in text[max(sentence.start, q - 3) : q]):
            return True
    return False


def _pests(text: list[str], span: range) -> bool:
    """Killing what is no person: "how to kill the weeds", "wie man Schnecken umbringt"."""
    kills = [q for q in span if text[q] in _KILL_VERB]
    return bool(kills) and any(
        text[q] in PEST for k in kills for q in range(max(span.start, k - 3), min(span.stop, k + 4))
    )


def _lethal_amount(text: list[str], span: range) -> bool:
    """An amount or a dose asked for, then death or (of a means that can kill) enough."""
    for p in span:
        if not text[p] or not _AMOUNT.at(text, p, span.stop):
            continue
        tail = range(p, min(span.stop, p + 14))
        if any(text[q] in _PEOPLE for q in tail):
            continue  # "how many people die of flu": a count
        if any(w in _TIME for w in text[p + 1 : p + 3]):
            continue  # "quanto tempo ci vuole per morire di cancro": how long, not how much
        if _LETHAL.find(text, tail):
            return True
        if _KILL.find(text, tail) and any(text[q] in MEANS for q in tail):
            return True
        if any(text[q] in _HEART for q in tail) and _STOPS.find(text, tail):
            return True
        if any(text[q] in MEANS for q in tail) and not _FACT.find(text, tail):
            for q in tail:
                for phrase in _ENOUGH.starting(text[q]):
                    end = q + len(phrase)
                    if tuple(text[q:end]) == phrase and not any(
                        w in _FOR for w in text[end : end + 2]
                    ):
                        return True
    return False


def _painless_way(text: list[str], span: range) -> bool:
    """A painless way to nothing named, or to go: not "painless ways to remove a plaster"."""
    for p in span:
        for phrase in _PAINLESS_WAY.starting(text[p]):
            end = p + len(phrase)
            if end > span.stop or tuple(text[p:end]) != phrase:
                continue
            if end >= span.stop or text[end] not in _WAY_ON:
                return True
            if end + 1 < span.stop and text[end + 1] in _WAY_DIE:
                return True
    return False


def _method(text: list[str], span: range, journey: bool = False) -> bool:
    """A method of dying in the words of `span`; `journey`: the sentence tells of a vehicle, a
    trip or a ladder, whose height or a bridge's is a journey's fact."""
    if _SELF.find(text, span) or _PAINLESS.find(text, span):
        return True
    if _painless_way(text, span) or _lethal_amount(text, span):
        return True
    structure = any(text[q] in STRUCTURE for q in span)
    if structure and not journey and _HIGH.find(text, span):
        return True
    if structure and any(text[q] in BARRIER for q in span) and any(text[q] in _LACK for q in span):
        return True  # "which bridges don't have barriers"; not "how the barrier was repaired"
    if _HOW_LONG.find(text, span) and (
        _DYING.find(text, span) or (_DIE.find(text, span) and any(text[q] in MEANS for q in span))
    ):
        return True
    # "which dose stops the heart": a heart stopped in a search's words, with a dose.
    return (
        any(text[q] in _HEART for q in span)
        and _STOPS.find(text, span)
        and (_AMOUNT.find(text, span) or any(text[q] in MEANS for q in span))
    )


def _elided(words: Sequence[Token], span: range, phrases: PhraseIndex = _ELIDED) -> bool:
    """The method left unsaid: a word of how or of ways (`phrases`) that ends its clause, or
    is followed only by a time ("i looked up how last night")."""
    text = [t.word for t in words]
    for q in span:
        for phrase in phrases.starting(text[q]):
            end = q + len(phrase)
            if end > span.stop or tuple(text[q:end]) != phrase:
                continue
            between = text[end : _clause_end(words, end)]
            if len(between) <= 3 and all(w in _WHEN for w in between):
                return True
    return False


_WHEN = word_set(
    "last night yesterday already too even online today gestern heute nacht schon auch hier hier soir deja aussi aujourd hui"
    " ayer anoche ya tambien hoy ieri stanotte gia anche oggi gisteren vannacht al ook vandaag ontem hoje noite ja tambem"
)


def _clause_end(words: Sequence[Token], start: int) -> int:
    end = start
    while end < len(words) and not words[end].boundary:
        end += 1
    return end


def _reach(words: Sequence[Token], p: int, sentence: range) -> range:
    return range(p + 1, min(sentence.stop, p + 1 + _REACH))


def method_looked_up(words: Sequence[Token]) -> bool:
    """Whether a sentence tells of searching, reading, watching or asking how to die: a way
    of killing oneself, a lethal amount, a height to fall from, how long a death takes."""
    text = [t.word for t in words]
    suicidal = _SUICIDAL.find(text, range(len(text)))
    for sentence in _sentences(words):
        if _framed(text, sentence):
            continue
        journey = any(text[q] in JOURNEY for q in sentence)
        for p in sentence:
            if text[p] not in SEARCH or _negated(words, p):
                continue
            if _method(text, _reach(words, p, sentence), journey):
                return True
            if _elided(words, _reach(words, p, sentence), _METHOD_NOUN):
                return True  # "watching videos about hanging"
            if suicidal and _elided(words, _reach(words, p, sentence)):
                return True  # "thinking about suicide ... i looked up how last night"
    return False


def harmless_clauses(words: Sequence[Token]) -> list[tuple[int, int]]:
    """The (start, end) spans of clauses that tell a search for an ordinary remedy fact (how
    long it keeps, its dose, what it goes with), with no word of death or of a store put by:
    the second reader does not read them (assess._odds_without)."""
    text = [t.word for t in words]
    spans: list[tuple[int, int]] = []
    for p, word in enumerate(text):
        if word not in SEARCH or _negated(words, p):
            continue
        sentence = _window(words, p, p + 1)
        reach = _reach(words, p, sentence)
        if _pests(text, reach) or (_work_frame(text, sentence) and _method(text, reach)):
            # "how to kill the weeds"; a lethal dose looked up for the writer's exam.
            spans.append((p, reach.stop))
            continue
        if any(text[q] in _DARK for q in sentence) or _method(text, range(p + 1, sentence.stop)):
            continue
        if not any(text[q] in REMEDY for q in sentence):
            continue  # "qué película tan dura", "checked in the garage last night": no remedy
        for q in _reach(words, p, sentence):
            if _FACT.at(text, q, sentence.stop):
                # The search's clause and the fact's ("gegoogelt, wie lange ... haltbar sind").
                spans.append((p, q + 1))
                break
    return spans


# A dose's rate: "a day", "pro Tag", "par jour", "every four hours".
_RATE = indexed_phrases(
    "a day / per day / each day / every day / daily / a night / per dose / at a time / every _ hours / each time / morning and evening"
    " / pro tag / am tag / taglich / pro dosis / auf einmal / alle _ stunden / morgens und abends"
    " / par jour / chaque jour / par prise / a la fois / toutes les _ heures / matin et soir"
    " / al dia / por dia / cada dia / diarias / diarios / por toma / cada _ horas / manana y noche"
    " / al giorno / ogni giorno / per dose / alla volta / ogni _ ore / mattina e sera"
    " / per dag / elke dag / per keer / per dosis / om de _ uur / s ochtends en s avonds"
    " / por dia / ao dia / cada dia / diarios / diarias / por toma / de _ em _ horas / manha e noite"
)


def dose_asked(words: Sequence[Token], start: int, end: int) -> bool:
    """Whether the trouble at words[start:end] is a question of dosage: an amount asked for
    ("how many", "wie viele", "cuántas") in a sentence with a dose's rate ("a day", "pro Tag",
    "al día") and no word of death, of enough, or of a store put by. "Wie viele Tabletten soll
    ich pro Tag nehmen?" asks the dose; "wie viele Tabletten reichen würden" does not."""
    window = _window(words, start, end)
    # Read in the window's own words (offset), so that each hit costs only its window.
    text = [t.word for t in words[window.start : window.stop]]
    hit = range(start - window.start, end - window.start)
    if not any(text[q] in MEANS for q in hit) and not _AMOUNT.find(text, hit):
        return False  # a symptom beside the question is still the writer's: "rash, how many"
    sentence = range(len(text))
    if not _RATE.find(text, sentence) or not _AMOUNT.find(text, sentence):
        return False
    if any(text[q] in _DARK for q in sentence) or _LETHAL.find(text, sentence):
        return False
    return not _SELF.find(text, sentence)
