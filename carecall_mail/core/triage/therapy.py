"""What clients in talking therapy and emotional after-care write: the lexicon's families
for grief, burnout, break-ups, panic, loneliness, drinking, not eating and sleeping all day
(issue 8).

A therapist's clients put distress in everyday words ("sto a pezzi", "duermo todo el día",
"ich pack das nimmer"), stop their sessions or their antidepressant, and wish obliquely not
to wake up; on a bad day that they handled they burn the dinner and laugh it off, and they
sleep in before a late appointment. Written in the lexicon's notation (see `lexicon.py`) and
merged into it there, so they are read with the same inflections, negation and claims:

- `crisis`: passive wishes said as a condition ("se domani non mi svegliassi andrebbe bene
  lo stesso"), others better off with "without me" first (the "without" is no negation),
  being only a burden, fainting and a numb arm in dialect.
- `concern`: stopping therapy sessions or an antidepressant, sleeping all day, not eating,
  drinking more, everyday words for being worn out, in pieces or wanting nothing and no one.
  Several carry their own negation (`!`): "no tengo ganas de nada" is the trouble itself.
- `idiom`: the same words harmless: a dinner burnt, a plan for the weekend, an overdose in
  the news or someone else's attempt years ago, Quebec's "c'est malade" (it's great).
- `routine` (see remedies.py): waking up before a clock time, a session that did them
  good, others who manage without them for a weekend. Like an idiom it claims its words;
  besides, the second reader does not raise such a reply alone (it reads "wake", "without
  me" as a wish).

What stays raised, by design: "if I don't wake up" without a time, a burn on the body, a
plan without its weekend, an overdose the client took. Each family is tested in every
language in tests/test_triage_therapy.py, with phrasings of its own, not the labelled sets'.
"""

# The lexicon is data: one line of expressions reads better whole than wrapped (as lexicon.py).
# ruff: noqa: E501

from __future__ import annotations

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "crisis": """
            # Others better off, "without me" first: "without me they'd all be better off".
            !without me _5 better/easier/happier/lighter / i am just a burden / i am only a burden / nothing but a burden
            # Easier not to be here; never waking, told in the past tense of a wish.
            easier/simpler/better _2 to (just) not be here/around / easier/simpler/better _2 not to be here/around
            if i never woke up / if i did not wake up / if i just did not wake up
            # ... and hoped for, in a letter's register: "I hope each night that I shall not wake".
            hope _3 i shall/would not wake $ / hope _3 i shall/would not wake again / shall not wake in the morning / not wake in the morning
            # Pills counted as a method: "how many of my tablets would be too many".
            how many _4 would be too many / how many _4 would it take / looked/looking up how many _3 pills/tablets
            # Scratched or hit until blood: "scratched my arms till they bled".
            till/until they bled / till/until they were bleeding / till/until i was bleeding
            # Violence told by its moves: "grabbed me by the hair", "pushed me against the wardrobe".
            # "me by the hair" without the verb: "dragged" is a kitchen word too ("dragged the pan").
            grabbed/grabs/pulled/pulls me by the arm/neck/throat/wrist/wrists / me by the hair
            pushed/pushes/shoved/shoves/threw/throws me against/onto/down / pushed/pushes/shoved/shoves/threw/throws me into the/a door/wall/wardrobe/table/cupboard
        """,
        "concern": """
            # Worn out all day, or after a night's sleep: "dead tired all day even after 9 hours".
            # Marked `!` to be read in the first pass, longest first, over the idiom inside ("dead tired").
            !dead tired _3 all day / !dead tired _3 all the time / !dead tired _3 every day / bone tired _3 all day / bone tired _3 all the time
            # Low, worse or in tears, said in a shrug: "mood's been in the gutter", "a bit downhill since last time", "at my limit".
            mood/spirits _3 in the gutter / mood/spirits _3 on the floor / mood/spirits _3 rock bottom / a bit downhill / bit downhill since / at my limit / at the end of my tether
            tired/exhausted/knackered/shattered/drained _5 even after _3 sleep/sleeping/night/nights
            # Flashbacks, self-blame, the house not left.
            flashback / flashbacks / keep reliving / blame myself / hate myself / snap at
            !not left the house in/for/since / !not been out of the house in/for/since / !not been outside in/for/since
            # Therapy paused or stopped: "skip the next few sessions", "taking a break from therapy".
            # "=sessions": not one session moved ("cancel thursday's session, we're away").
            skip/skipping/stop/stopping/pause/pausing/quit/quitting/drop/dropping _3 =sessions/therapy/counselling/counseling
            cancel/cancelling/canceling _2 all/remaining/future/upcoming =sessions / cancel/cancelling/canceling the next few =sessions
            take/taking a break from _2 therapy/sessions/counselling / stopped/stop coming to _2 sessions/therapy
            # An antidepressant stopped: "stopped the sertraline", "came off my antidepressants".
            stopped/stopping/quit/quitting/ditched/ditching _2 @psychmed / came/come/coming/went off _2 @psychmed
            # Sleeping all day, or barely out of bed.
            sleep/sleeping/slept _1 all day / sleeping _2 hours a/every day / !barely leave/left/leaving _1 bed
            stay/stayed/staying in bed all day / in bed all day / in bed all weekend / still knackered / knackered all the time / always knackered
            # Washing and showering let go: "haven't showered in a week".
            !not showered/washed in/for / !not showered/washed since / !have not had a shower/bath in/for / !can not be bothered to shower/wash/eat / !can not be bothered to get up
            # Everything pointless (without life or living: that is a crisis).
            everything feels/seems/is pointless / it all feels/seems pointless / all feels pointless / feels so pointless
            # The heart in panic: "heart going like mad".
            heart _2 like mad/crazy / heart _3 out of my chest
            # Not eating, in everyday words.
            !barely eating / !hardly eating / !not eating much / skipping meals / forget/forgetting to eat
            # Drinking more: "drinking more than usual", "a bottle of wine every night".
            drinking _2 more than usual / drinking every night / drinking alone / hitting the bottle
            # Wanting nothing and no one.
            !do not want to see anyone / !do not feel like doing anything / !no energy for anything / !no strength left
            !can not face talking / !can not face anyone / i am in pieces / feel in pieces / falling to pieces
            # "can't take any more": of this, of it, without the "anymore".
            !can not take any more / !can not take much more / !can not take this anymore / !can not take this any longer
        """,
        "routine": """
            # Waking up by a clock time is sleep, not a wish: "if i dont wake up before 10 thats
            # fine, our session is at 2". Routine (remedies.py): no second reader raises it alone.
            not wake/waking up before/until/till/by/early / not wake/waking up in/on time / hope i do not wake up before/until/till
            not wake/waking in the morning before/until/till / shall/would not wake the/you/him/her/them/anyone/everyone/my/our/your
            # A session that helped, and others who manage for a while: routine news.
            session/sessions/talk/chat _3 did me _2 good / did me a lot of good / did me so much good
            manage/managing/managed/manages _1 fine/well/ok/okay without me for/this/while/on/until
        """,
        "idiom": """
            # "Without me noticing": no one better off.
            without me noticing/realising/realizing/knowing/asking
            # A dinner burnt on a bad day.
            burnt/burned/burn the/my/our _1 @meal
            # An overdose in the news, a book or someone's past: "the singer who died of an overdose".
            died/dead of/from (an) overdose / died/dead of/from a drug overdose
            # A binge of a film genre, not of a remedy: "overdosed on christmas films".
            overdosed/overdosing/overdose on christmas/xmas/holiday/cheesy/bad/romantic/horror films/movies/series/telly/tv
            # Someone else's attempt years ago, told as their history: "she attempted suicide years ago".
            she/he attempted suicide _2 years ago / her/his suicide attempt _2 years ago
            friend/cousin/sister/brother/aunt/uncle/mum/mom/dad/mother/father/son/daughter/neighbour/neighbor attempted suicide _2 years ago
            # The news: "the stabbing in town", not a stabbing pain.
            the/a stabbing in/at/near/on
            # Tears of joy are no distress: "we cried in the car park (happy tears)".
            =cried/crying/cry/cries _8 =happy =tears / =happy =tears / =tears =of =joy/relief / =cried/crying _2 =with/for/from =joy/happiness/relief
        """,
    },
    "de": {
        "crisis": """
            !ohne mich _5 besser/leichter/glücklicher / bin nur noch eine Last / bin bloß eine Last / bin nur eine Last
            # Passive wishes: "wenn ich morgen nicht aufwache, wär das auch ok".
            wenn ich _2 nicht aufwache / wenn ich _2 nicht aufwachen würde / wenn ich _2 nicht aufwachen würd
            wenn ich _2 nicht mehr aufwachen würde / wenn ich _2 nimmer aufwach / wenn ich _2 nimmer aufwache
            # Fainting and a numb arm, in Swiss German too.
            umkippt / umgkippt / zämegheit / zusammengeklappt
            !kein/kei Gefühl/Gfühl mehr/meh im linken/rechten/linke/rechte/rächte Arm/Bei/Bein
            # Not being there any more: "einschlafen und nicht mehr da sein", "für immer weg".
            nicht mehr da zu sein / nicht mehr da sein / wäre gern _2 weg für immer / für immer weg sein / einfach für immer weg
            # Violence told by its moves: "hat mich gegen den Schrank gestoßen".
            hat mich _3 gegen _3 gestoßen/geschubst/geworfen/gedrückt/geknallt / an den Haaren gezogen/gepackt/gerissen
            # Verb last in a subordinate clause: "einen Plan gemacht, wie ich mich umbringe".
            mich umbringe / mich umbring / mich umbringen würde / mich töte / mich töten würde
        """,
        "concern": """
            # Den ganzen Tag erschöpft, auch nach dem Schlaf.
            hundemüde/müde/erschöpft/kaputt _3 den ganzen Tag / den ganzen Tag _3 hundemüde/müde/erschöpft/kaputt / !todmüde _3 den ganzen Tag / !den ganzen Tag _3 todmüde
            # Im Keller, am Limit, geflennt: "bin echt am limit", "hab geflennt wie n schlosshund".
            Stimmung/Laune _3 im Keller / bin _2 am Limit / geflennt / flenne / wie ein/n Schlosshund geheult/geflennt / geht mir schlechter als
            hundemüde/müde/erschöpft/kaputt _5 selbst/sogar nach _4 Schlaf/Stunden/Nacht / trotz _3 Schlaf _3 müde/todmüde/erschöpft
            Flashback / Flashbacks / gebe mir _3 die Schuld / gib mir _3 die Schuld / hasse mich / hasse ich mich / hass ich mich
            seit _3 nicht mehr draußen / seit _3 nicht mehr draussen / !geh nicht mehr raus / !gehe nicht mehr raus / !geh nicht mehr vor die Tür / !gehe nicht mehr vor die Tür
            # The next or all sessions, not one appointment moved: "=Termine".
            die nächsten/alle/weiteren =Termine/Sitzungen _2 ab / die nächsten/alle/weiteren =Termine/Sitzungen _2 absagen
            Therapie _2 abbrechen/pausieren/aussetzen / Therapie _2 abgebrochen / Pause von der Therapie
            mit der Therapie _2 aufhören/aufgehört
            @psychmed _3 abgesetzt / setze/setz _3 @psychmed _2 ab / mit _2 @psychmed _3 aufgehört
            schlafe/schlaf/pennen/penne _2 den ganzen Tag / den ganzen Tag im Bett / !kaum _2 aus dem Bett
            !nicht aus dem Bett / liege/lieg nur noch im Bett
            !esse fast nichts / !ess kaum / !krieg nichts runter / !kriege nichts runter
            trinke/trink _4 mehr/zuviel / trinke/trink zu viel / jeden Abend _3 Wein/Bier
            !halte das nicht mehr aus / !halte es nicht mehr aus / !halt das nicht mehr aus / !halt es nimmer aus
            !pack das nicht mehr / !pack das nimmer / !schaff das nicht mehr / !schaff das nimmer / frisst mich _2 auf
            !will niemanden sehen / !keine Kraft mehr / !zu nichts Lust / !auf nichts Lust / !keine Lust auf gar nichts
            !reden schaff ich _2 nicht / bin _2 kaputt / fühl/fühle mich _2 kaputt / fix und fertig
            eher schlechter als besser / schlechter statt besser
            !nicht geduscht / !nicht gewaschen / !nicht mehr geduscht / alles fühlt sich _1 sinnlos an / alles ist _1 sinnlos / ist alles _1 sinnlos / alles so sinnlos
            Schwindelanfall / Schwindelanfälle / Schwindelattacke / Schwindelattacken / Heulkrampf / Weinkrampf / Angstattacke / Angstattacken
        """,
        "routine": """
            nicht vor/bis/um _2 aufwache / nicht vor/bis/um _2 aufwachen / wenn ich _1 vor/bis/um _2 nicht aufwache
            hat mir _2 gutgetan / hat mir _2 gut getan / tat mir _2 gut
            kommen/kommt/kamen _3 ohne mich zurecht _2 Wochenende/Woche/Urlaub / kommt _2 ohne mich _2 zurecht seit/jetzt
            kommen/kommt/kamen _4 gut/prima/super/bestens ohne mich zurecht
        """,
        "idiom": """
            trinke/trink _4 mehr Wasser/Tee
            Essen/Abendessen/Reis/Kuchen/Auflauf/Braten _2 anbrennen / Essen/Abendessen/Reis/Kuchen/Auflauf/Braten _2 angebrannt
            # A plan for a time, kept: "fürs Wochenende einen Plan gemacht und mich dran gehalten".
            fürs/für _3 einen Plan gemacht / einen Plan gemacht _3 dran/daran gehalten
            # Someone else's attempt years ago ("sich", "hat": not the client's own).
            vor _2 Jahren versucht sich umzubringen / hat vor _2 Jahren einen Suizidversuch / hat vor _2 Jahren einen Selbstmordversuch
            Suizidprävention / Suizidpraevention
            an einer Überdosis gestorben / starb an einer Überdosis
            # Freudentränen: "wir haben vor Freude geweint".
            =Freudentränen / =Freudentraenen / =vor =Freude/Glück/Erleichterung _2 =geweint/geheult/weinen
        """,
    },
    "fr": {
        "crisis": """
            !sans moi _5 mieux / suis qu'un poids / suis qu'un fardeau / suis juste un poids / suis juste un fardeau
            si _2 je ne me réveillais pas / si _2 je me réveillais pas / si _2 je ne me réveille pas / si _2 je me réveille pas
            si _2 je ne me réveillais plus / si _2 je me réveillais plus / si _2 je me réveille plus
            si _2 je ne me réveille plus
        """,
        "concern": """
            # Crevée toute la journée, même après une nuit; "jsuis trop mal", "jen peux plus" (écrit vite).
            crevé/crevée/épuisé/épuisée/fatigué/fatiguée/naze _3 toute la journée / crevé/crevée/naze _2 en permanence / crevé/crevée/épuisé/épuisée _3 dès le matin/réveil
            # Moins bien, moral à zéro, dit en haussant les épaules: "ça va moins bien qu'en octobre".
            ça va moins bien / va moins bien que / moral à zéro / moral dans les chaussettes / moral au plus bas / moral dans les talons / suis à la limite
            crevé/crevée/épuisé/épuisée/fatigué/fatiguée _5 même après _4 sommeil/nuit/dormi/heures
            suis trop/tellement/vraiment mal $ / jsuis/chuis trop/tellement/vraiment mal / jsuis/chuis mal $ / jme sens _1 mal / jen peux plus / jen peux vraiment plus
            flashbacks / flash-back / flash back / culpabilise / je me déteste / je m'en veux
            !sors plus de chez moi / !ne sors plus de chez moi / !sors plus de la maison
            arrêter/arrête/arrêté/suspendre/suspends/suspendu _3 =séances/thérapie/suivi
            annuler/annule/annulé les prochaines =séances / annuler/annule/annulé toutes les =séances / pause dans _2 =thérapie/séances / arrêté/arrête/arrêter _3 @psychmed
            dors/dormi/dormir _1 toute la journée / dors/dormi/dormir _1 tout le week-end / dors tout le temps
            au lit toute la journée / !arrive pas à sortir du lit / !arrive plus à sortir du lit
            !mange presque plus / !mange plus rien / !mange à peine / !rien avalé / l'estomac noué
            bois _2 beaucoup plus / bois plus qu'avant / bois trop / bois de plus en plus / bois tous les soirs
            !envie de rien / !plus envie de rien / !veux voir personne / !plus la force / !pas la force
            !ne me lave plus / !me lave plus / !pas lavée depuis / !pas lavé depuis / !pas douchée depuis / !pas douché depuis
            tout me paraît absurde/vide/inutile / tout me semble absurde/vide/inutile / !rien n'a de sens / !plus rien n'a de sens
            crevée en permanence / crevé en permanence / en miettes / suis à bout / à bout de nerfs / plutôt pire que mieux
        """,
        "routine": """
            si _2 je ne me réveille pas avant/à / si _2 je me réveille pas avant/à / si _2 je ne me réveillais pas avant
            m'a _2 fait du bien / ça m'a fait du bien
            se débrouillent/débrouille/débrouillaient _2 sans moi ce/cette/pendant/depuis
        """,
        "idiom": """
            # "ce qui s'est passé": what happened, not "it has passed".
            ce qui s'est passé / ce qui est passé / ce qui m'est arrivé
            brûlé/cramé/brûler/cramer le/la/les/mon/ma/mes _1 @meal
            mort/morte/morts/mortes d'une overdose / mort/morte/morts/mortes d'overdose
            a fait une tentative de suicide il y a / a fait une tentative il y a / a tenté de se suicider il y a
            # Quebec: "c'est malade" is "it's great".
            c'est (vraiment) malade / c'était (vraiment) malade / c'est trop malade / c'était trop malade / malade comme
            # Des larmes de joie: "on a pleuré de joie".
            =larmes =de =joie/bonheur/soulagement / =pleuré/pleure/pleurer/pleurait _2 =de =joie/bonheur/soulagement
        """,
    },
    "es": {
        "crisis": """
            !sin mí _5 mejor / soy solo una carga / soy sólo una carga / soy una carga
            si _2 no me despierto / si _2 no me despertara / si _2 no me despertase / si _2 no despierto
            # ... with the falling asleep told first: "si me quedo dormido en el camión y no me despierto más".
            si _6 y no me despierto más/mas $ / si _6 y no despierto más/mas $ / si _6 y no me despierto nunca más/mas
            sería más fácil no estar / sería mejor no estar / más fácil si no estuviera / mejor si no estuviera / sería más fácil desaparecer
        """,
        "concern": """
            # Cansada todo el día, aun después de dormir.
            cansada/cansado/agotada/agotado/reventada/reventado _3 todo el día / !muerta/muerto de cansancio _3 todo el día
            # El ánimo por los suelos, al límite: "estoy al límite con todo".
            ánimo por los suelos / moral por los suelos / estoy al límite / ando al límite / me tiemblan las manos
            cansada/cansado/agotada/agotado/reventada/reventado _5 incluso/aun después de dormir
            flashbacks / flashback / me culpo / me odio / me siento culpable de todo
            !no salgo de casa / !ya no salgo / !no he salido de casa
            dejar/dejo/dejé/suspender/suspendo/pausar/pauso/abandonar/abandono _3 =terapia/sesiones / dejar de ir a terapia
            cancelar/cancelo las próximas =sesiones
            dejé/dejado/dejar/dejo _2 @psychmed
            duermo todo el día / duermo todo el tiempo / el día durmiendo / en la cama todo el día
            !no salgo de la cama / !no me levanto de la cama / se me cierra el estómago / !no como nada / !casi no como
            bebo _2 más / tomo _2 más de la cuenta / bebiendo _2 más
            !no tengo ganas de nada / !sin ganas de nada / !no quiero ver a nadie / !no tengo fuerzas / !sin fuerzas
            !no me ducho / !sin ducharme / !no me he duchado / todo me parece sin sentido / !nada tiene sentido / todo es inútil
            estoy _1 bajón / ando _1 bajón / con el bajón / hecho polvo / hecha polvo / hecha pedazos / hecho pedazos / más mal que bien
        """,
        "routine": """
            si _2 no me despierto antes/temprano / si _2 no me despierto a tiempo/las / si _2 no me despertara antes
            me hizo _2 bien / me sentó _1 bien / me ayudó mucho
            se arreglan/arregla/apañan/apaña _2 sin mí este/esta/durante/desde
        """,
        "idiom": """
            lo que pasó / lo que ha pasado / lo que me pasó
            se me quemó la/el _1 @meal / quemé la/el _1 @meal
            muerto/muerta/murió de _1 sobredosis / muerto/muerta/murió por _1 sobredosis
            intentó suicidarse hace / intentó quitarse la vida hace
            bebo _2 más agua / tomo _2 más agua / bebiendo _2 más agua
            # Lágrimas de alegría: "lloramos de alegría".
            =lágrimas/lagrimas =de =alegría/alegria/felicidad/emoción/emocion/alivio / =lloramos/lloré/llore/llorado/llorando/llorar _2 =de =alegría/alegria/felicidad/emoción/emocion/alivio
        """,
    },
    "it": {
        "crisis": """
            !senza di me _5 meglio / sono solo un peso / sono un peso $
            se _2 non mi svegliassi / se _2 non mi sveglio più / se _2 non mi svegliassi più / se _2 non mi risvegliassi
        """,
        "concern": """
            # Stanca tutto il giorno, anche dopo aver dormito.
            stanca/stanco/stanchissima/stanchissimo/distrutta/distrutto/sfinita/sfinito _3 tutto il giorno / tutto il giorno _2 stanca/stanco/distrutta/distrutto/sfinita/sfinito
            # Il morale sotto i piedi, al limite, va meno bene: "va meno bene di ottobre".
            morale sotto i piedi / morale a terra / umore a terra / va meno bene / sono al limite / mi tremano le mani
            stanca/stanco/stanchissima/stanchissimo/distrutta/distrutto/sfinita/sfinito _5 anche dopo _4 dormito/sonno/notte
            flashback / mi do la colpa / mi odio / mi sento in colpa per tutto
            !non esco di casa / !non esco più / !non sono uscita di casa / !non sono uscito di casa
            sospendo/sospendere/sospeso/interrompo/interrompere/smetto/smettere/salto/saltare _3 =sedute/terapia/sessioni
            smesso _3 @psychmed / sospeso _2 @psychmed
            dormo tutto il giorno / dormo tutto il tempo / tutto il giorno a letto / !non esco dal letto / !non riesco ad alzarmi dal letto
            !non mangio quasi niente / !non mangio quasi nulla / mi si chiude lo stomaco
            bevo _2 di più / bevo troppo / bevo ogni sera / beve _2 di più
            !non ho voglia di niente / !non ho voglia di nulla / !non ho voglia di vedere nessuno / !non ho la forza / !non ho più la forza
            !non faccio cazzate / !non farò cazzate / !non faccio stupidaggini / sto a pezzi / sono a pezzi / mi sento a pezzi
            sono distrutta / sono distrutto / mi sento distrutta / mi sento distrutto
            !non mi lavo / !non mi faccio la doccia / !non mi sono lavata / mi sembra tutto inutile / è tutto inutile / !niente ha senso / !non ha più senso niente
        """,
        "routine": """
            se _2 non mi sveglio prima/alle/entro / se _2 non mi svegliassi prima / se _2 non mi sveglio in tempo
            mi ha fatto _2 bene / mi ha aiutata molto / mi ha aiutato molto
            se la cavano/cava _2 senza di me questo/questa/per/da
        """,
        "idiom": """
            bruciato/bruciata la/il _1 @meal
            morta/morto/morti di overdose / morta/morto/morti per overdose
            ha tentato il suicidio _2 anni fa / ha tentato di suicidarsi _2 anni fa
            bevo _2 di più acqua / bevo più acqua
            # Lacrime di gioia: "abbiamo pianto di gioia".
            =lacrime =di =gioia/felicità/felicita/sollievo / =pianto/piangere/piangevo _2 =di =gioia/felicità/felicita/sollievo
        """,
    },
    "nl": {
        "crisis": """
            !zonder mij _5 beter/makkelijker / ben alleen maar een last / ben een last $
            als ik _2 niet wakker word / als ik _2 niet wakker zou worden / als ik _2 niet meer wakker word / als ik _2 niet wakker werd
        """,
        "concern": """
            # De hele dag doodmoe, zelfs na een nacht slapen.
            hondsmoe/moe/uitgeput/kapot/bekaf _3 de hele dag / de hele dag _3 hondsmoe/moe/uitgeput/kapot/bekaf / !doodmoe _3 de hele dag / !de hele dag _3 doodmoe
            # Een dipje, zat te janken, gaat minder goed: "klein dipje vorige week, zat te janken".
            dipje / zat te janken / zit te janken / lag te janken / gejankt / gaat minder goed / stemming _2 onder nul / zit op mijn tandvlees / loop op mijn tandvlees
            hondsmoe/moe/uitgeput/kapot/bekaf _5 zelfs na _4 slapen/slaap/nacht / !doodmoe _5 zelfs na _4 slapen/slaap/nacht
            flashbacks / herbelevingen / geef mezelf _3 de schuld / haat mezelf
            !kom de deur niet _1 uit / !kom _2 niet meer buiten / !ga de deur niet _1 uit
            =sessies/therapie _3 stopzetten/stoppen/afzeggen/pauzeren / stop/stopzetten _3 =therapie/sessies
            gestopt met _2 @psychmed / @psychmed _2 gestopt
            slaap de hele dag / lig de hele dag in bed / !kom _2 bed niet uit / !kom niet uit bed
            !eet bijna niks / !eet bijna niets / !eet nauwelijks / drink _2 meer / drink te veel / elke avond _3 wijn/bier
            !niet gedoucht / !niet gewassen / !niet meer gedoucht / alles voelt _1 zinloos / alles is _1 zinloos / is alles _1 zinloos / !niets heeft zin
            !nergens zin in / !wil niemand zien / !geen kracht meer / !kan het _2 niet aan / ben _2 kapot / voel me _1 kapot / ben _2 uitgeput
        """,
        "routine": """
            als ik _2 niet wakker word voor/om/op / als ik _2 niet wakker werd voor/om/op
            heeft me _2 goed gedaan / deed me _2 goed
            redt/redden/redde _2 zonder mij nu/dit/deze/sinds
        """,
        "idiom": """
            eten/avondeten/rijst/taart _2 aangebrand / eten/avondeten/rijst/taart laten aanbranden
            overleden _1 aan een overdosis / stierf aan een overdosis / drink _2 meer water
            heeft _2 jaren/jaar geleden een zelfmoordpoging / heeft jaren geleden _2 zelfmoordpoging
            # Tranen van geluk: "we hebben gehuild van blijdschap".
            =tranen =van =geluk/blijdschap/vreugde/opluchting / =gehuild/huilden/huilen _2 =van =geluk/blijdschap/vreugde/opluchting
        """,
    },
    "pt": {
        "crisis": """
            !sem mim _5 melhor / sou só um peso / sou um peso $ / sou só um fardo
            se _3 não acordasse / se eu não acordar amanhã
            mais fácil não estar cá/aqui / melhor não estar cá/aqui / se eu não estivesse cá/aqui / deixar de estar cá/aqui
        """,
        "concern": """
            # Cansada o dia todo, mesmo depois de dormir.
            cansada/cansado/exausta/exausto/estafada/estafado _3 o dia todo / cansada/cansado/exausta/exausto/estafada/estafado _3 todo o dia / !morta/morto de cansaço _3 o dia todo / !morta/morto de cansaço _3 todo o dia
            # A moral no chão, no limite, mãos a tremer: "moral no chão desde o enterro", "tremem-me as mãos".
            moral no chão / moral em baixo / moral de rastos / estou no limite / ando no limite / tremem me as mãos / as mãos tremem me / mãos a tremer
            cansada/cansado/exausta/exausto/estafada/estafado _5 mesmo depois de dormir
            flashbacks / flashback / culpo me / me culpo / odeio me / me odeio / sinto me vazia/vazio / me sinto vazia/vazio
            !não saio de casa / !já não saio / !não saí de casa
            dar um tempo na terapia / parar/pausar/suspender/largar/parei/larguei _3 =terapia/sessões
            parei _3 @psychmed / larguei _2 @psychmed
            durmo o dia todo / durmo o dia inteiro / dormindo o dia todo / dormindo o dia inteiro / passo o dia na cama
            !não saio da cama / !não consigo sair da cama / !quase não como / !mal como / estômago fechado
            bebendo _2 mais / bebo _2 mais / bebo demais
            !sem vontade de nada / !não tenho vontade de nada / !não quero ver ninguém / !não tenho forças / !sem forças
            !não tomo banho / !sem tomar banho / !não tomei banho / tudo me parece sem sentido / !nada faz sentido / tudo é inútil
            em cacos / aos pedaços / destroçada / destroçado / de rastos
        """,
        "routine": """
            não acordar/acordasse antes/cedo / não acordar/acordasse a tempo / se _2 não acordar/acordasse antes/cedo
            me fez _2 bem / fez me _2 bem / ajudou muito
            se viram/vira/desenrascam/desenrasca _2 sem mim este/esta/durante/desde / desenrascam/desenrasca se _2 sem mim este/esta/durante/desde
        """,
        "idiom": """
            o/pelo/do/no que se passou / o/pelo/do/no que passou / o que me aconteceu
            queimei/queimou o/a _1 @meal
            morreu de overdose / morta de overdose / morto de overdose / bebo _2 mais água / bebendo _2 mais água
            tentou suicidar se há / tentou se suicidar há / tentou se matar há / tentou matar se há
            # Lágrimas de alegria: "choramos de alegria".
            =lágrimas/lagrimas =de =alegria/felicidade/emoção/emocao/alívio/alivio / =choramos/chorei/chorando/chorar _2 =de =alegria/felicidade/emoção/emocao/alívio/alivio
        """,
    },
}

CLASSES: dict[str, dict[str, str]] = {
    # Antidepressants and other psychiatric medication, by kind and by common name.
    "psychmed": {
        "en": "antidepressant antidepressants sertraline citalopram escitalopram fluoxetine prozac"
        " zoloft venlafaxine mirtazapine paroxetine duloxetine bupropion lithium quetiapine ssri ssris"
        # Antipsychotics, mood stabilisers and ADHD medication, named alike in every language
        # and written as they are ("j'ai arrêté la dépakine toute seule").
        " =olanzapine =olanzapin =olanzapina =risperidone =risperidon =risperidona =aripiprazole"
        " =aripiprazol =abilify =haloperidol =haloperidolo =clozapine =clozapin =clozapina"
        " =depakine =depakin =depakote =valproate =valproat =lamotrigine =lamotrigin =lamotrigina"
        " =lamictal =carbolitium =ritalin =ritalina =medikinet =concerta =elvanse =venvanse",
        "de": "Antidepressivum Antidepressiva Sertralin Citalopram Escitalopram Fluoxetin Venlafaxin"
        " Mirtazapin Paroxetin Duloxetin Lithium Quetiapin",
        "fr": "antidépresseur antidépresseurs sertraline citalopram escitalopram fluoxétine venlafaxine"
        " mirtazapine paroxétine duloxétine lithium quétiapine",
        "es": "antidepresivo antidepresivos sertralina citalopram escitalopram fluoxetina venlafaxina"
        " mirtazapina paroxetina duloxetina litio quetiapina",
        "it": "antidepressivo antidepressivi sertralina citalopram escitalopram fluoxetina venlafaxina"
        " mirtazapina paroxetina duloxetina litio quetiapina",
        "nl": "antidepressivum antidepressiva sertraline citalopram escitalopram fluoxetine venlafaxine"
        " mirtazapine paroxetine duloxetine lithium quetiapine",
        "pt": "antidepressivo antidepressivos sertralina citalopram escitalopram fluoxetina venlafaxina"
        " mirtazapina paroxetina duloxetina lítio quetiapina",
    },
    # What is cooked and burnt on a bad day.
    "meal": {
        "en": "dinner lunch breakfast rice toast food pasta cake pizza sauce meal roast tea bread chicken",
        "de": "Essen Abendessen Mittagessen Reis Toast Kuchen Soße Pizza Auflauf Braten Brot Hähnchen",
        "fr": "dîner repas riz gâteau sauce rôti toast pâtes pizza déjeuner tarte pain poulet",
        "es": "comida cena arroz tostadas pastel salsa pizza almuerzo tarta pan pollo",
        "it": "cena pranzo riso sugo arrosto torta pizza pasta pane pollo",
        "nl": "eten avondeten rijst toast taart saus pizza brood kip",
        "pt": "arroz feijão comida jantar almoço bolo pizza molho pão frango",
    },
}

# Openers of a clause of its own (lexicon.SUBORDINATE): what is gone after them is someone
# else ("ik drink te veel sinds hij weg is").
SUBORDINATE = "sinds hij / sinds zij / sinds ze / seit er / seit sie / since he / since she"

# A trouble told in the past and closed after a comma with a pronoun: "the anxiety was bad on
# monday, by wednesday it had settled" (lexicon.SENTENCE_RESOLVED; concerns only).
SENTENCE_RESOLVED = (
    "it had settled down / it settled down / it has settled down / it had settled / it calmed down"
    " / it had calmed down / it has calmed down / it had passed / it was gone / it is gone now"
    " / jetzt ist sie weg / jetzt ist es weg / jetzt ist er weg / dann war sie weg / dann war es weg"
    " / war sie dann weg / war es dann weg / war sie wieder weg / war es wieder weg"
    " / ca se est calme / ca se est calmee / ce etait passe / ce est passe / ce est passee"
    " / se calmo / ya se calmo / ya se habia pasado / si e calmata / si e calmato / era passata / e gia passata"
    " / het was weer over / ging het over / was het over / is het weer weg / acalmou / ja tinha passado"
)

# "wouldn't mind if I never woke up", "hätte nichts dagegen": a wish, not a negation
# (lexicon.PSEUDO_NEGATION).
PSEUDO_NEGATION = (("not", "mind"), ("nichts", "dagegen"))

# Words that carry a negation through to the crisis it governs: "ya no tengo pensamientos de
# suicidio" (no longer have thoughts of suicide), as "ho", "tenho", "heb" already do.
CARRIERS = "tengo tenia"
