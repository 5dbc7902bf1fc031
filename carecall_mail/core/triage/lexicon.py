"""The safety net's built-in lexicon: expressions per language and level, and the words
that govern them (negations, resolutions, clause breaks).

One expression a line. Words are written as a client would write them; each word also
matches its inflected forms (from simplemma, see `scripts/triage_forms.py`) unless written
`=word`. `a/b` is either word, `(word)` may be left out, `_` is a gap of up to three words
(`_1`: one), `$` is the end of a clause. `!` before an expression: it carries its own negation
("can not see any reason to carry on"). `& @a @b`: a word of each class in one sentence;
`&! @a @b` carries its own negation too ("gave it away, won't need it anyway").
English contractions are expanded before matching ("don't" and "dont" are "do not"), so
expressions say "do not", "can not", "i am".

Levels: `crisis` (a risk to life or safety), `concern` (worth a look soon) and `idiom`
(words that look like trouble and are not: they claim their words first).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from carecall_mail.core.triage import (
    learners,
    letters,
    notation,
    plain,
    plainnews,
    remedies,
    therapy,
)

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl", "pt")

_LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "crisis": """
            suicide / suicidal / suicidality / =kms / =unalive / unalive myself
            kill/killing myself / kill my self / kill me self
            end my (own) life / end it all / end everything / end things / ending it / end it $
            take my (own) life / take my life
            want/wanted/wish to die / want _2 die / ready to die / going to die $
            # Feeling like dying, a wish or a body in danger: either way the practitioner must know.
            feel/feels/felt like dying / feel/feels like i/im (am) dying / feel/feels like i/im (am) going to die
            wish i was/were dead / wish i could die / wish i _1 not exist / rather be dead / better off dead
            rather die / prefer to die / hope i die / hope i do not wake up
            better off without me / better without me / better if i was/were not here / better if i was/were gone
            world _2 better without me / burden to everyone / burden on everyone / such a burden
            not want to live / not want to be alive / not want to be here anymore / not want to exist
            not want to go on / not want to carry on / not want to wake up / not _1 want _1 live
            no reason to live / nothing to live for / no point (in) living / no point (in) going on
            no point _1 carrying on / no point in anything / no point anymore / what is the point of living
            what is the point of going on / not worth living / life is not worth / life is pointless
            can not go on / can not carry on / can not keep going / can not live like this
            want it all to stop / want everything to stop / want it _1 to end / want it to be over
            want _1 all to end / make it all stop / make it stop forever
            not wake up / never wake up / not to wake up / sleep forever / go to sleep and never
            tired of living / tired of life / tired of being alive / sick of living / done with life
            disappear forever / want to disappear / vanish forever / not be here much longer
            not be around much longer / not be here anymore / not be around anymore / will be gone soon
            this is goodbye / goodbye forever / final goodbye / last goodbye / =say goodbye to everyone
            saying goodbye to everyone / my last message / my last email / !by the time you read this
            !when you read this i will / goodbye letter / suicide note / farewell letter / wrote a note
            # The means made ready, said at a clause's end ("i have the pills ready."): not the
            # trip's pills ("ready for the trip"), which go on after "ready".
            have/got _3 pills/tablets/meds/painkillers/sleepers ready $ / have/got _2 rope ready $
            have a plan $ / have made a plan / made a plan to / have a plan to / got a plan $
            know how i would do it / picked a date / worked out how / giving away my things
            gave away my things / thoughts of ending / thinking about ending / thought about ending
            thoughts of dying / thinking about dying / thinking of dying / dark thoughts about
            jump off / jump in front of / throw myself / hang myself / hanging myself / drown myself
            slit my wrists / cut my wrists / bought a rope
            self harm / selfharm / self harming / harm myself / harming myself / hurt/hurting myself
            cut/cutting myself / cutting again / started cutting / been cutting / cut my arms/legs/arm/leg
            burn/burned/burnt/burning myself / punish myself / hit myself / hitting myself / scratch myself until
            overdose / overdosed / =od / took all _1 pills/tablets/meds/medication/capsules/drops
            take all _1 pills/tablets/meds/medication / took too many pills/tablets / swallowed all
            took a whole bottle/packet/box/pack / took the whole bottle/packet/box/pack / swallowed _2 pills
            took everything in the / took them all at once / poisoned myself
            he/she/husband/wife/partner/boyfriend/girlfriend/father/dad/stepfather/mother/ex _3 hit/beat/slap/punch/kick/choke/strangle/push/rape/threaten me
            hits/beats/slaps/punches/kicks/chokes/hurts/threatens me / beat me up / beats me up / hit me again
            threatened to kill / will kill me / going to kill me / gonna kill me / kill me if
            afraid of my husband/partner/wife/boyfriend/girlfriend/father/dad / scared of my husband/partner/wife/boyfriend
            scared to go home / afraid to go home / not safe at home / unsafe at home / not safe with him/her
            abuse / abused / abusing / abusive / domestic violence / raped / rape / assaulted / sexually assaulted
            chest pain / pain in my chest / chest pains / chest hurts / chest is tight / tight chest / tightness in _1 chest
            crushing pain / can not breathe / could not breathe / unable to breathe / struggling to breathe
            hard to breathe / difficulty breathing / trouble breathing / gasping for air / can hardly breathe
            collapsed / passed out / fainted / blacked out / unconscious / seizure / convulsions
            swollen lips/tongue/throat/face / lips/tongue/throat/face _2 swollen/swelling / throat _2 closing
            anaphylaxis / anaphylactic / heart attack / stroke / face drooping / slurred speech
            coughing _1 blood / vomiting blood / throwing up blood / blood in my vomit / will not stop bleeding
            bleeding heavily / heavy bleeding
            called =911/=999/=112/=144
            !point _1 going on / !point _1 living / !point _1 carrying on / !point _1 being alive / !point _1 life anymore
            !point in anything anymore / !see _2 point _2 going on / want everything to end / want it all to end / want it to end
            want everything to be over / see no way out / no way out / no future for me
            letters/letter/notes/note _3 family/kids/children/everyone/wife/husband/partner/parents/mum/mom/dad
            have a plan (now) $ / have a plan and / know how i/im (am) going to do it / know how i will do it
            not be around by then / not be here by then / not be around for much longer
            took all _2 pills/tablets/meds/medication/capsules/drops/paracetamol/painkillers
            swallowed _3 pills/tablets/paracetamol/painkillers/ibuprofen/capsules/drops/bottle/box/packet
            a whole box/bottle/packet/pack/strip of / how many pills it would take / how many tablets it would take
            how many _2 to die / enough pills / enough tablets / saving up my pills/tablets/meds / stockpiling
            burned/burnt/cut/hurt/scratched/hit/scalded myself _2 on purpose / on purpose _3 burned/burnt/cut/hurt myself
            until it bled / until i bled / until it bleeds / bang/banged/banging my head against
            threatened me with a knife / threatened _2 knife / death threat / threatened to kill / knife to my throat
            blue lips / lips _2 blue / lips are turning blue / turning blue / mouth drooping / face _2 drooping
            can not speak properly / can not talk properly / can not move _1 arm/leg/side / not breathing
            jump _2 bridge / jump _2 train / in front of a train/bus/car / off the roof / off a building / off a bridge
            wanted to say goodbye / want to say goodbye / say my goodbyes / wanted to thank you for everything
            if i died / if i was dead / if i were dead / this is my last email/message / my last email to you / final email/message
            sorry for everything / forgive me for everything / imagine myself dead / epileptic fit / epileptic seizure / not responding
            is not responding / purple spots / purple rash / rash that does not fade / can not get my words out
            with a lighter / with the lighter / with my lighter / would kill me / he would kill me / she would kill me
            after i/im (am) gone / when i/im (am) gone / once i/im (am) gone / sorted my will / made my will / wrote my will / updated my will / who gets my
            engine running / exhaust fumes / hands round my throat / hands around my throat / grabbed my throat / against the wall
            will not let me leave / will not let me go out / face _3 droopy / droopy on one side / words _3 jumbled / slurring
            sucking in under the ribs / ribs sucking in / lips _3 grey/blue/purple / grey lips / wish i had never been born
            never been born / nobody would miss me / no one would miss me / if i disappeared / if i was not here / if i were not here
            do something stupid / not need them anymore / not going to need them / will not need them / bleeding heavily / soaking a pad
            one last time / last time to say
            not planning on coming back from it / not coming back from it / not coming back from this / will not be coming back from it
            will not matter anymore / will not matter any more / will not matter by then / not going to matter anymore
            will not be needing / will not need the next / will not need any more / will not be reordering
            locked me in / locks me in / locking me in / threw _2 at me / throws _2 at me / gets violent / becomes violent / turns violent
            # A partner who hits only when drunk, told as the excuse: "he only hits when hes had a drink".
            he/she _1 hits/lashes (out) when he/she _3 drink/drinks/drunk/drinking/pissed
            shoves me / shoved me / pushes me around / shoves _2 around / till my _1 bled / until my _1 bled / till it bled
            not be here by / will not be here by / will not be around by / no longer be here / no longer be around
            everyone would be better off / would all be better off / better off if i / easier life if i / easier if i was/were not
            if i was/were not in it / if i just was/were not here / if i just disappeared / dead weight
            made my decision / my mind is made up / do not try to change my mind / do not try to stop me / i have decided $
            my funeral / my own funeral / who gets what / if anything happens to me / if something happens to me
            nobody would notice / no one would notice / nobody will notice / world _3 fine without me / world will keep turning without me
            tired of existing / point in any of it / point of any of it / !not be a problem for anyone / not be a burden _2 much longer
            be a problem for anyone much longer / cutting is back / cutting has started again / can not get my breath / can not catch my breath
            finish me off / would finish me / forces me to sleep with / makes me have sex / forced me to have sex / walked into the sea/lake/river
            do it in peace / giving my stuff away / gave my stuff away / giving my things away / worst headache of my life / worst headache ever
            off myself / top myself / !do not see myself _3 here / !can not imagine _3 still _1 here/around / better dead than
            says he will kill me / said he would kill me / says she will kill me / threatens to kill me
            thoughts of death / thinking about death
            last time you =hear from me / last time you will hear from me / the last email i write / burning myself with
            # The reply said to be the last word ("this is the last time u hear from me"): now or
            # to come, never past ("the last time you heard from me i had the flu").
            last you will hear from me / last you will ever hear from me / never hear from me again / last time anyone =hears from me
            # A letter's closing said to be for good: "that's it from me, for good" (not "for today").
            that is it from me _2 for good / that is it from me _2 forever / that is me signing off for good / that is me signing off forever
            # A whole strip washed down with drink (not "took the whole strip off the wallpaper").
            took the/a whole strip _3 bottle/vodka/wine/whisky/gin/beer/booze/drink/drinks
            think i am ready to go / must not know i am writing / can not know i am writing / reads all my messages / already picked the day / already chosen the day
            # Goodbyes written in advance, in any wording: "written my goodbyes", "wrote a few goodbyes".
            written/wrote/writing _2 goodbyes / written/wrote _2 goodbye letters/notes/messages
            # Goodbyes recorded for one's own people, not a colleague's leaving do: "gravei uns áudios de despedida pros meus amigos".
            =recorded/filmed _3 =goodbye/goodbyes/farewell _4 =my =friends/family/kids/children/parents/everyone / =recorded/filmed _1 =goodbyes/farewells _2 =for =everyone/them/all
            # Apologising for a whole life, not one thing: "apologised to everyone for everything".
            apologise/apologize/apologising/apologizing/apologised/apologized _4 for everything
            # Belongings given away with words between: "giving all my stuff away", "gave most of my things away".
            giving/gave/give/given _3 stuff/things/belongings/possessions away / giving/gave/given away _3 stuff/things/belongings/possessions
            # Wanting to follow someone who died: "since she died I just want to be with her".
            died/passed/death _4 want to be with him/her/them
            # A weapon turned on the client: "said he will use it on me", "use the gun on me".
            use it/that on me / use the gun/knife/gun on me
            # Breath too short to speak: "cant finish a sentence", "can't get a sentence out".
            can not (even) finish a/my sentence/sentences / can not speak in full sentences / can not get a sentence out
            # Negated, these are a concern ("the dark thoughts have stopped"), never nothing.
            dark thoughts / black thoughts
            # Not existing as a wish ("just not exist, like permanently"), cuts seen on the body,
            # words that come out wrong (a stroke).
            just not exist / to not exist / stop existing
            cuts on my arms/legs/thighs/stomach/wrists/wrist/arm/skin / words _3 mushed/garbled
            # Pills put by, in everyday words: "been keeping back the sleeping ones".
            keeping/kept back _4 sleeping/painkillers/paracetamol/sleepers
            # Others better off without the client, told with words between ("would have an easier time if I was gone").
            better/easier/happier/calmer/simpler/lighter _4 if i was/were gone/dead / better/easier/happier/calmer/simpler _4 if i was/were not here/around
            # No reason or point to go on, told around a negation of its own ("can't see any reason to carry on").
            !see _2 reason to carry/go/keep/live / !reason to carry on / !reason to keep going / !point _5 being alive / !point _3 alive anymore
            stop living / stop existing / just stop being alive
            # Wishing a vehicle would end it: "if a bus took me out i'd be relieved".
            if a bus/car/truck/lorry/train/tram _1 took/hit/hits/knocked/ran/killed me
            letters/letter _3 sister/brother/son/daughter/sons/daughters/grandchildren/friends
            this is the last time i _2 write/writing / last time i will write / last time i am writing
            cut/cutting/slashed/carved/scratched my thighs/thigh/wrists/wrist/stomach/belly/hips/skin
        """,
        "concern": """
            # A voice lost, in the words around "gone": "my voice is gone since the cold".
            # Distress and new trouble in everyday words: hanging by a thread, sick as a dog, pressure
            # behind the eyes; a jump or a cut denied is a negated crisis (a concern, rule 1).
            hanging by a thread / hanging on by a thread / sick as a dog / pressure behind _2 eyes
            !no cutting / !without cutting / !will not jump / !not going to jump / !am not going to jump
            my voice is gone / my voice has gone / voice has disappeared / !no voice left / my voice keeps going
            side effect / side effects / sideeffect / sideeffects / adverse reaction / reaction to
            allergic / allergy / allergic reaction
            headache / headaches / migraine / head hurts / head is pounding / pounding head / hedache
            dizzy / dizziness / vertigo / lightheaded / light headed / woozy / spinning / faintness
            nausea / nauseous / nauseated / queasy / feel/felt/feeling sick / been sick / throw/threw/throwing up
            vomit / vomiting / puking / puke / diarrhoea / diarrhea / diarhea / loose stools / the runs
            constipation / constipated / cramps / cramping / stomach ache / stomachache / tummy ache / bellyache
            stomach _2 hurts/hurt/pain/pains/upset / upset stomach / bloating / bloated / heartburn / reflux
            palpitations / heart racing / racing heart / heart pounding / pounding heart / heart is racing
            irregular heartbeat / heart skipping / skipped beats / fluttering
            rash / rashes / hives / itching / itchy / itch / itches / eczema / =spots / blisters
            swelling / swollen / puffy / puffiness / inflamed / inflammation
            insomnia / can not sleep / could not sleep / unable to sleep / not sleeping / hardly sleeping
            barely sleeping / sleepless / awake all night / up all night / not slept / have not slept / trouble sleeping
            anxiety / anxious / panic / panicky / panic attack / panic attacks / nervous wreck / on edge
            low mood / depressed / depression / feeling down / feel down / so down / really down / sad all the time
            crying all the time / keep crying / tearful / hopeless / hopelessness / worthless / numb / empty inside
            overwhelmed / can not cope / not coping / struggling / falling apart / breaking down / breakdown
            can not do this anymore / can not take it anymore / at the end of my rope / at my wits end
            exhausted / fatigue / tired all the time / no energy / weak / weakness / drained
            pain / pains / painful / ache / aches / aching / achy / sore / soreness / hurts / hurting / hurt
            killing me / agony / throbbing / stabbing / burning sensation / cramp
            worse / worsening / worsened / getting worse / gone downhill / going downhill / deteriorated
            deteriorating / flare / flare up / flared up / relapse / relapsed / setback
            # Recovery's own words for trouble: a slip, binges back, money gambled away.
            slipped up / had a slip / binges / bingeing / binge eating / gambled away
            worse than before / not better / no better / not improving
            no improvement / not getting better / not any better / nothing helps / nothing is helping / not working
            stopped taking / stop taking / quit taking / not taking them / not taking it / stopped using
            stopped/quit/stop _1 drops/remedy/remedies/tablets/pills/supplement/supplements/medication/medicine/treatment/capsules/globules/tincture/meds
            ran out of the/my / run out of the/my / skipped doses / skipped a dose / missed doses
            fever / high temperature / have a temperature / chills / shivering / infection / infected / bleeding / bruising / bruises
            numbness / tingling / pins and needles / blurred vision / blurry vision / blurry
            hair loss / losing hair / weight loss / lost weight / gaining weight / not eating / no appetite
            lost my appetite / can not eat / not well / unwell / ill / poorly / under the weather / feel awful
            feel terrible / feel horrible / feel rotten / feel lousy / not feeling good/well/great
            not doing well/good/great / not doing so/too/very well/good/great / not so good / not good
            not great / not okay / not ok / not fine / not myself / feel horrible / look horrible
            scared / frightened / worried sick / really worried / very worried / so worried
            urgent / urgently / =asap / emergency / hospital / shaking / shaky / tremor / trembling
            cough / coughing / wheezing / short of breath / breathless / breathlessness / out of breath
            sweating / night sweats / hot flushes / hot flashes / cold sweats / acne / breakout / broke out
            drowsy / drowsiness / foggy / brain fog / confused / confusion / forgetful
            mood _3 low/down/bad/terrible/awful/flat / feeling low / feel low / cried / crying / in tears / teary
            wake up _3 every night / waking up _3 every night / keep waking up / lying awake / lie awake
            worse rather than better / stopped/quit/stop _3 drops/remedy/remedies/tablets/pills/supplement/supplements/magnesium/medication
            ambulance / emergency room / intensive care / in the er / in a&e
            ringing in my ears / ears _2 ringing / tinnitus / buzzing in my ears / hair _3 falling out / hair _3 coming out / clumps
            blood pressure _3 high / high blood pressure / blood pressure is up / nightmares / bad dreams / irritable / snappy / on edge
            mouth ulcers / ulcers / cold sore / metallic taste / metal taste / taste of metal / nosebleed / nosebleeds / nose bleeds
            bleeding gums / gums bleed / numb hands / hands go numb / pins and needles / heavy periods / painful periods / period pain
            cystitis / burns when i pee / burning when i pee / twitching / twitch / stabbing pain / sharp pain / shooting pain
            low grade fever / feverish / itchy all over / itching all over / can not handle it / can not handle / at the end of my tether
            not been taking / have not been taking / not taken _2 capsules/drops/tablets/pills/remedy/supplements / gave up on / given up
            forgot to take / kept forgetting / hot flushes / hot flashes / night sweats / dry mouth / thirsty all the time / jaundice
            yellow skin / dark urine / blood in my urine / blood in my stool / black stools / lump / lumps / growth / discharge
            agitated / restless / jittery / wired / racing thoughts / mood swings / snapping at / angry all the time / lonely / isolated
            withdrawn / can not concentrate / can not focus / memory / forgetting things / hearing voices / paranoid / binge / binging
            purging / not eating / starving myself / making myself sick / drinking too much / drinking more / relapsed on
            blocked / muffled / gritty / bloodshot / watery eyes / toothache / earache / blotchy / red and itchy / groggy / foggy headed
            goes red / flushed / burning / stinging / stings / last of / suffering from / hoarse / lost my voice / sore throat / tight throat
            knees hurt / joint pain / joints ache / cramp / blurry / spots in my vision / flashing lights / floaters
            haywire / gone haywire / tastes of nothing / tastes like cardboard / everything tastes / peeling / not followed the treatment
            burnt out / burned out / burnout / burn out / smoking again / started smoking / drinking again / not in a good place
            anything silly / something silly / lost _2 kilos / lost _2 pounds / can not settle / can not stop crying / cannot stop crying
            =terrified / scared stiff / feel dreadful
            can not shake / can not get rid of / only every other day / every other day to make / to make them last / make it last longer
            back to square one / back with a vengeance / came back _2 worse / rosacea / sciatica / not functioning / can not function
            can not get out of bed / not been _4 taking / can not fall asleep / up _3 at night to pee / thirsty / lump under
            !not going to do anything silly/stupid/daft/rash / !will not do anything silly/stupid/daft/rash / !not do anything silly/stupid/daft/rash
            really low / so low / feel so alone / so alone / feel alone / cry all the time / can not enjoy anything / no joy in anything
            losing my words / let _2 slide / not started again / did not bother starting / only when i remember / forgot the/my @remedy
            not taken _3 @remedy / red blotches / red patches / red spots
            !no plan/plans/intention/intentions to hurt/harm/kill myself / !no plan/plans/intention/intentions of hurting/harming/killing myself
            !not going to do anything to myself / !will not do anything to myself / !not going to hurt myself / feel empty / feel flat / flat and empty
            !no appetite at all / sleeping badly / sleep badly / never finished the course / not finished the course / only now and then / numb in the morning
            forgetting words / forget words / thumping head / thumping headache
            # Jaundice and dark urine in everyday words: "the whites of my eyes look yellow", "pee has gone dark".
            whites of my eyes / eyes _3 yellow / yellow eyes / skin _3 yellow / pee/urine/wee _3 dark / dark pee/wee
            # Changing the dose oneself: "halved the dose", "cut the drops down", "skipping doses".
            halved/halving _2 dose / cut _2 dose / lowered _2 dose / reduced _2 dose / skipping _2 doses / cut _2 down to
            spaced out / brain fog / feel detached / outside my body / watching my life from
            hiccups / hiccoughs / wetting the bed / wet the bed / wets the bed / bedwetting
            # A remedy thrown out or rationed: "threw the remedy out", "so they last until payday".
            threw/thrown/binned/chucked _3 @remedy / have not taken any / not taken any for / so they last / make them last / last until payday
            # Heavy legs and a thicker calf, blood or pain passing water, in everyday words.
            like lead / calf _3 bigger/fatter/thicker/swollen / pass/passing water / pee/wee/peeing _2 blood / pinkish
            period/periods _4 all over the place
            # Everyday words the sets showed missing: a backache, a furry tongue, a dark place.
            backache / back ache / tongue _3 furry / furry tongue / dark place / in a bad place / feel _1 alone / feel _1 lonely
            # Tiredness, sleep lost, a racing heart, a head or a gut in everyday words (replies-m/n/o).
            shattered all the time / wiped out all day / wiped out since / knackered all the time / exhausted all the time
            can not get back to sleep / wake/waking/woke up at three/four/3/4/5 every / awake until three/four/3/4
            heart pounding / heart is pounding / heart keeps racing / room spins / everything spins / stomach _2 in knots
            barely holding it together / feeling super/so/really/very/pretty/quite low
        """,
        "idiom": """
            # A party or a year ending "with a bang" (Dutch "bang", afraid, reads in any text).
            with a bang / went off with a bang / big bang
            # The taxes or the paperwork "killing" the writer, a card game won: "the tax return nearly killed me", "she beat everyone at cards".
            tax/taxes/vat/paperwork/accounts/return _2 killed/killing/kill me / beat/beats/beating _3 at cards/chess/scrabble/darts/pool/monopoly/bingo/dominoes/rummy/poker
            # Waking early is no wish to die: "i do not want to wake up early tomorrow".
            !not =want to =wake up =early/at/before
            # Recovery's good news in trouble words: a habit stopped, an appetite back, gambling
            # sites blocked, an "overdose" of popcorn, a house move that is "killing me".
            stopped/quit drinking/smoking/using/gambling/betting / appetite is/has/came/come back
            block/blocks/blocked _1 gambling/betting/bookies / od/overdose/overdosed/overdosing on/of popcorn/sweets/chocolate/sugar/cake/pizza/coffee/crisps/telly/netflix/sunshine
            the move/moving/packing/renovation _2 is/are/was killing me
            work/job/boss/commute/traffic/heat/weather/kids/children/homework/studying/exams/deadline/deadlines/this/that/it/traffic _2 is/are/was killing me
            killing it / killed it / kill time / killing time / kill for a / could kill for / to kill for
            # Hyperbole: a teenager "will be the death of me", a bill "nearly gave me a heart attack".
            rope swing / skipping rope / jump rope / tow rope / climbing rope / washing line
            sofa/couch/table/bed/desk/wardrobe/shelf/shelves/piano/fridge/bookcase against the wall
            beat/beats/beaten/beating me at/in (the) @game / beat/beats me every time at @game
            charity/volunteer/volunteering/marathon/course/training _4 suicide prevention
            got/found/won _1 a whole box/bag/crate of
            be the death of / nearly had a heart attack / almost had a heart attack / nearly gave me a heart attack
            almost gave me a heart attack / give/gives me a heart attack / going to give me a heart attack
            # Flopping onto furniture, throwing oneself into work: no height, no water.
            throw/throwing/threw myself on/onto/off the sofa/couch/bed/chair / throw/throwing/threw myself into work/it
            # Harmless senses: a nightmare of a commute, a binge of a series, insect bites, a last
            # email from an old address, a sore that stopped hurting.
            is/was/were/are/be/been a/an (absolute/total/complete/real/bit/of) (a) nightmare / binge watch/watched/watching / binged the whole / binged _3 series/season/show/netflix/episodes
            mosquito/insect/midge/tick/flea bite/bites / last email/message from this/my/the (old) address/account
            stopped hurting/itching/aching/throbbing/bleeding/stinging / stop hurting/itching
            dying to / dying for a / to die for / die of laughter / died laughing / dying of laughter / dying laughing
            # "dying" for dyeing, as typed: "feel like dying my hair blue".
            dying my/her/his/the hair
            laughed to death / bored to death / bored to tears / scared to death of spiders
            could be worse / could have been worse / could be a lot worse / could be much worse / no worse
            worse things happen / for better or worse / or worse $
            pain in the neck/ass/butt/backside / =pain au / =pain aux / =pain de / du =pain / le =pain / mon =pain
            sick of the / sick and tired / sick of it / sick of waiting / sick day / sick note / sick leave
            plan for / plans for / a plan to visit / plan to come / plan to book
            break a leg / hurt my feelings / no pain no gain / sore loser / stroke of luck / stroke of genius
            dead tired / dead on my feet / deadline / deadlines / drop dead gorgeous / the last straw
            take the pills/tablets/drops/remedy/medication as / took all the advice / took all of it in
            end of the week/month/day/year / end it there / end my session / end of my
            kill two birds / nothing urgent / not urgent / no emergency / no rush
            hospital appointment / doctor appointment / doctor said it is fine / the doctor was happy
            a plan for / plan for the / to say goodbye to / goodbye to winter / said goodbye to
            overdose awareness / awareness training / choke with laughter / choked on my
            suspense/waiting/curiosity _1 is killing me
            thing of the past / a thing of the past
            work in the er / work in a&e / work in the emergency room / nurse in the er / work at the hospital
            @medevent _4 years ago / @medevent _4 back in / years ago _3 @medevent / hospital checkup / checkup at the hospital
            hospital _3 all clear / all clear _3 hospital / drinking more water / laughed till i cried / laughed until i cried
            in stitches / first aid / cpr course / job _3 emergency / works _3 emergency / paramedic / emergency department nurse
            hills/stairs/legs/feet/shoes/kids/heat/commute/boss/climb/climbs _2 is/are/was/were killing me
            boss/manager _3 kill me / boss/manager _3 will kill me / see overdoses / work in a&e / bridge collapse
            see _4 overdose / see _4 overdoses / deal with overdoses
            work/job/boss/commute/heat/kids/this/it _2 is/are/was _1 killing me / in memory of / good/nice/fond/happy memories
            never felt better / never been better / before or after _2 meals/food/eating / phone/laptop/battery/computer _2 died/dead
            do not worry / no worries / do not panic / about my last message / in my last message / of my last message / my last message was
            # "the only pain in my life is my brother-in-law": a person who is a pain, no pain.
            only pain in my life / is a pain in the neck/arse/ass/butt/backside / are a pain in the neck/arse/ass/butt/backside
        """,
    },
    "de": {
        "crisis": """
            # Hanging oneself, said plainly: "ich will mich erhängen", "mich aufhängen".
            mich erhängen / mich aufhängen / mich aufknüpfen / erhänge mich / hänge mich auf / häng mich auf
            es zu beenden / alles zu beenden / es beenden / dem ein ende setzen / dem allem ein ende
            Selbstmord / Suizid / suizidal / Suizidgedanken / Selbstmordgedanken / lebensmüde
            mich umbringen / mich töten / mir das Leben nehmen / mein Leben beenden / das Leben beenden
            will/möchte nicht mehr leben / nicht mehr leben / will/möchte sterben / will tot sein / wäre lieber tot
            lust zu sterben / als würde ich sterben / als ob ich sterbe / als müsste ich sterben
            lieber tot / wäre besser tot / besser ohne mich / ohne mich besser dran / besser dran ohne mich
            allen _2 ohne mich / keinen Sinn mehr zu leben / kein Grund zu leben / hat alles keinen Sinn mehr
            alles keinen Sinn / nicht mehr aufwachen / nie wieder aufwachen / einschlafen und nicht mehr
            allem ein Ende setzen / ein Ende machen / Schluss machen mit allem / mit allem Schluss
            es soll alles aufhören / will dass alles aufhört / will nicht mehr sein / nicht mehr da sein
            kann nicht mehr weiterleben / Abschiedsbrief / lebt wohl / für immer Abschied / verabschieden für immer
            # Goodbyes recorded for one's own people, not a colleague's leaving do: "gravei uns áudios de despedida pros meus amigos".
            =Abschiedsvideo/Abschiedsvideos/Abschiedsnachricht/Abschiedsnachrichten/Abschiedsvideos _3 =meine =Freunde/Familie/Kinder/Eltern / =meine =Freunde/Familie/Kinder/Eltern _3 =Abschiedsvideo/Abschiedsvideos/Abschiedsnachricht/Abschiedsnachrichten
            einen Plan gemacht / habe einen Plan $ / weiß wie ich es mache
            geritzt / ritzen / ritze mich / mich geritzt / mich selbst verletzt / mich verletze / selbst verletzen
            Selbstverletzung / selbstverletzendes / mich geschnitten / schneide mich / mir weh tun / mir wehtun
            Überdosis / alle Tabletten / alle Pillen / alle Tropfen _2 genommen/geschluckt / Tabletten geschluckt
            zu viele Tabletten / eine ganze Packung / die ganze Packung
            schlägt mich / hat mich geschlagen / geschlagen / bedroht mich / droht mich umzubringen / würgt mich
            Angst vor meinem Mann/Partner/Freund/Vater / zu Hause nicht sicher / nicht sicher zu Hause / häusliche Gewalt
            missbraucht / Missbrauch / vergewaltigt / Gewalt
            Brustschmerzen / Schmerzen in der Brust / Druck auf der Brust / Engegefühl in der Brust
            bekomme keine Luft / kriege keine Luft / keine Luft / Atemnot / kann nicht atmen / kaum atmen
            zusammengebrochen / bewusstlos / ohnmächtig / umgekippt / Krampfanfall / Anfall
            geschwollene Lippen/Zunge / Lippen _2 geschwollen / Hals _2 zu / Zunge _2 geschwollen
            Herzinfarkt / Schlaganfall / Notarzt / Blut erbrochen
            ohne mich besser / ohne mich wären alle / dass alles aufhört / alles aufhört / für immer schlafen
            keinen sinn mehr weiterzuleben / !sinn _3 weiterzuleben / !sinn _3 leben / weiterzuleben / nicht weiterleben
            nicht mehr aufzuwachen / nie mehr aufzuwachen / nicht mehr aufwache / nie wieder aufwache / mich umbringt / bringt mich um / umzubringen / mich umzubringen
            einen plan $ / einen plan und / plan wie ich / weiß schon wie / briefe geschrieben / abschiedsbriefe
            nicht mehr da bin / nicht mehr da sein / nicht mehr da wäre / ans springen / zu springen / runterspringen
            von der brücke / vor den zug / vor einen zug / vor die bahn / aufs gleis / auf die gleise / vom dach
            absichtlich _6 verbrannt/geschnitten/verletzt/geritzt/geschlagen / mit absicht _6 verbrannt/geschnitten/verletzt
            tu mir _1 weh / tue mir _1 weh / mir _2 weh getan / mir _2 wehgetan / bis es blutet / bis es geblutet hat
            lippen _3 schwellen/schwillt/geschwollen/angeschwollen/dick / zunge _3 schwillt/geschwollen/dick
            hals _3 schwillt/schwellen/zugeschnürt/zu / blaue lippen / hängender mundwinkel / kann nicht sprechen
            mit einem messer bedroht / mit dem messer bedroht / messer _3 bedroht / droht _2 umzubringen / todesdrohung
            wie viele tabletten / ganze packung / ganzen packung / ganzen blister / alle schlaftabletten
            verabschieden / mich verabschieden / schluss machen / ein ende setzen
            nicht mehr auf dieser welt / auf dieser welt sein / wäre ich tot / wenn ich tot wäre / wenn ich nicht mehr da wäre
            testament geschrieben / sachen geordnet / angelegenheiten geregelt / dunkelrote punkte / rote punkte auf der haut
            das ist meine letzte / meine letzte mail / verzeiht mir / verzeih mir alles / stelle mir vor tot / epileptischer anfall
            reagiert nicht / wacht nicht auf / wacht nicht mehr auf
            nie geboren / wäre nie geboren / wenn der zug kommt / stehen bleiben wenn der zug / gewürgt / mich gewürgt / bringt _2 mich um
            bringt er mich um / hände um den hals / gegen die wand / lässt mich nicht raus / lässt mich nicht gehen / niemand würde mich vermissen
            wenn ich verschwinden würde / wenn ich nicht mehr bin / eine dummheit machen / brauche sie nicht mehr / blute sehr stark
            spricht verwaschen / lallt / ein letztes mal / alles geregelt / hängt schlaff / nicht mehr brauchen werde
            spielt keine rolle mehr / ist dann egal / nicht mehr brauchen werde / werde _2 nicht mehr brauchen / brauche _2 nicht mehr nachbestellen
            sperrt mich ein / hat mich eingesperrt / mich eingesperrt / nach mir geworfen / wirft _2 nach mir / wird gewalttätig / gewalttätig
            er/sie _1 schlägt/schlug/haut _2 wenn/wann er/sie _3 getrunken/betrunken/besoffen/trinkt/säuft/blau
            schubst mich / stößt mich / hat mich geschubst / bis _2 geblutet / bis die knöchel
            am wochenende _2 nicht mehr da / bin ich nicht mehr da / nicht mehr da bin / nicht mehr hier bin
            alle wären besser dran / besser dran wenn ich / leichter ohne mich / leichteres leben ohne mich / wenn ich nicht mehr da wäre / nur eine last
            mich entschieden $ / meine entscheidung steht / mich nicht umzustimmen / versuchen sie nicht mich umzustimmen / entschieden und _3 ruhig
            meine beerdigung / meiner beerdigung / meine beisetzung / wer was bekommt / falls mir was passiert / wenn mir was passiert / falls mir etwas passiert
            niemand würde es merken / keiner würde es merken / welt dreht sich _3 ohne mich / das leben so müde / des lebens müde / müde zu existieren
            wozu das alles / !niemandem mehr zur last / !kein problem mehr für niemanden / zuhause nicht sicher / daheim nicht sicher / nicht sicher zuhause
            zwingt mich _3 sex / zwingt mich mit ihm zu schlafen / in den see gelaufen / ins meer gelaufen / in den fluss gelaufen / in ruhe machen
            meine sachen verschenkt / verschenke meine sachen / schlimmsten kopfschmerzen meines lebens / mir die kugel geben / !nicht vorstellen _4 noch da
            besser tot als / kein luft mehr
            sagt er bringt mich um / sagt dass er mich umbringt / schreit er bringt mich um / droht mich umzubringen
            Todesgedanken / gedanken an den tod
            das letzte mal dass sie von mir hören / die letzte mail die ich schreibe / schluss zu machen / verbrenne mich / verbrenn mich
            # Das letzte Wort, jetzt oder künftig: "war das letzte mal, ihr hört nix mehr von mir"
            # (nicht "als sie zuletzt von mir gehört haben").
            letzte mal _4 von mir hört/hören/hörst/hoert/hoeren / !ihr/sie/du hört/hören/hörst/hoert/hoeren nix/nichts/nie mehr von mir
            # Der Briefschluss für immer: "das wars dann von mir, für immer" (nicht "für heute").
            das wars _2 von mir _2 für immer / das war _2 von mir _2 für immer
            !nie wieder _1 von mir hören/hoeren / !nix/nichts mehr von mir hören/hoeren / !nix/nichts mehr von mir zu hören/hoeren
            will nur noch dass es _2 aufhört/aufhoert / will nur noch dass _2 vorbei ist / will nur noch dass alles _1 aufhört/aufhoert
            bereit zu gehen / darf nicht wissen dass ich / liest alles mit / sonst passiert was / noch eine last / eine last für alle / wenn ich weg wär / wenn ich weg wäre / für immer verschwinden / schon den tag ausgesucht
            # The same expressions in verb-second order and as zu-infinitives: "ich nehme mir das
            # Leben", "beschlossen, mir das Leben zu nehmen", "ich mach Schluss mit allem",
            # "ich bringe mich morgen um". "+" inflects the verb (nehme, nimmt, mach, mache).
            +nehmen mir _2 das leben / das leben zu nehmen / mir _2 das leben _2 zu nehmen
            +machen _2 schluss _2 mit allem/alles / schluss _2 +machen _2 mit allem/alles
            +bringen mich _2 um $ / +beenden _2 mein leben / mein leben zu beenden / +setzen _3 ein ende $
            mich _2 zu töten / +verletzen mich _2 selbst / mich selbst zu verletzen / schneid mich
            # Threats to kill in any infinitive: "hat gedroht, mich abzustechen", "mich zu erschießen".
            abstechen / abzustechen / sticht mich ab / erstechen / zu erstechen / mich _2 zu erschießen / mich _2 erschießen / mich _1 zu erwürgen
            # Negated, these are a concern ("die dunklen Gedanken sind weg"), never nothing.
            dunkle gedanken / dunklen gedanken / düstere gedanken / düsteren gedanken / schwarze gedanken / gedanken ans sterben / denke _2 ans sterben
            # Swiss German: "mi fründ het mi gschlage", "er schlaht mi".
            mi _3 gschlage / schlaht mi / het mi _2 verhaue
            # "nicht mehr da" in dialect and with words between: "ich wär lieber einfach nicht mehr da", "wenn ich nimmer da wär".
            !lieber/liebsten _3 nicht mehr da / !lieber/liebsten _3 nimmer da / !wenn ich nimmer da / !nimmer da wär / !nimmer da wäre / !nicht mehr da wär
            besser _3 wenn ich _2 weg wär/wäre / aufhören zu leben / nicht mehr existieren
            # How it will be done, thought out: "hab mir überlegt, wie ich es mache".
            überlegt _1 wie ich es mache/tue / überlegt _1 wie ich es machen werde / weiß _1 wie ich es machen werde
            mi _3 gschlagn / mi _3 gschlagen / trau mi/mich _1 ned/nicht/nimmer heim/hoam / trau mich nicht nach hause / traue mich nicht nach hause
            angst _2 nach hause zu gehen / angst heimzugehen / das letzte mal dass ich _2 schreibe / !wenn sie das lesen _2 bin ich / !wenn du das liest _2 bin ich
            schlage mich selbst / mich selbst schlagen / mich selbst geschlagen / schlage meinen kopf gegen / den kopf gegen die wand
            # Blows on one's own body and a cut again with words between: "hau ich mir mit der faust auf die oberschenkel bis alles blau ist", "mich am wochenende wieder geschnitten".
            =mir =mit =der =faust _2 =auf/gegen =die/den/meine/meinen =oberschenkel/beine/arme/bauch/kopf/schenkel / =hau/haue/haut/schlag/schlage _1 =mir _4 =bis =alles/es/sie =blau =ist/sind/wird
            =mich =am/übers/letztes/letzte/dieses/diese/vorletztes =wochenende/woche/nacht/abend/mal =wieder =geschnitten/geritzt / =mich =gestern/heute/nachts/abends/schon =wieder =geschnitten/geritzt
        """,
        "concern": """
            # Die Stimme weg; Anfälle, deren erster Wortteil das Leiden ist ("Migräneattacken").
            # Not und Neues in Alltagsworten: mit den Nerven am Ende, der Suchtdruck, "tuts weh"; ein
            # verneinter Sprung ist eine verneinte Krise (Regel 1).
            mit den Nerven am Ende / Nerven am Ende / am seidenen Faden / Suchtdruck / Saufdruck / kaum auszuhalten / tuts weh / tut's weh
            !spring schon nicht / !spring nicht / !springe nicht / !werde nicht springen
            Stimme ist weg / Stimme _2 weg ist / ist die/meine Stimme weg / !keine Stimme mehr / Stimme verloren / Migräneattacke / Migräneattacken / Migräneanfall / Migräneanfälle / Hustenanfall / Hustenanfälle
            Nebenwirkung / Nebenwirkungen / allergisch / Allergie / Reaktion
            Kopfschmerzen / Kopfweh / Migräne / Schmerz / Schmerzen / schmerzt / tut weh / Krampf / Krämpfe
            schwindelig / schwindlig / Schwindel / benommen / Übelkeit / übel / erbrechen / erbrochen / übergeben
            Durchfall / Verstopfung / Blähungen / Bauchweh / Magenkrämpfe / Sodbrennen
            Herzrasen / Herzklopfen / Herzstolpern / Ausschlag / Juckreiz / juckt / jucken / Pickel / Quaddeln
            geschwollen / Schwellung / angeschwollen / entzündet / Entzündung
            Schlaflosigkeit / schlaflos / kann nicht schlafen / kann kaum schlafen / schlafe schlecht / schlecht geschlafen
            nicht geschlafen / wach gelegen / Angst / Ängste / ängstlich / Panik / Panikattacke / Panikattacken / unruhig
            niedergeschlagen / deprimiert / Depression / traurig / =weine / =weinen / =weinte / hoffnungslos / wertlos / fühle mich leer / innerlich leer
            überfordert / schaffe es nicht / ich kann nicht mehr / halte es nicht aus / bin am Ende / völlig fertig / fix und fertig
            erschöpft / immer müde / ständig müde / so müde / total müde / schlapp / kraftlos / Müdigkeit / schwach
            =schlechter / =schlechtere / =schlimmer / =schlimmere / =schlimmeren / verschlechtert / bergab / Rückfall / sind wieder da / ist wieder da / kommen wieder
            # Recovery's own words for trouble: a slip, binges back, money gambled away, at a loss.
            Ausrutscher / Essanfälle / Essanfall / Fressattacken / Fressanfälle / verzockt / bin verzweifelt / weiß nicht mehr weiter
            abgesetzt / aufgehört _2 nehmen / nicht mehr genommen / nehme sie nicht mehr / nehme es nicht mehr
            nicht mehr eingenommen / aufgehört _2 Tropfen/Tabletten/Globuli/Mittel/Kapseln
            Fieber / Schüttelfrost / Infektion / Blutung / blute / blutet / blaue Flecken / Taubheit / taub / Kribbeln
            verschwommen / Haarausfall / abgenommen / keinen Appetit / kein Appetit / appetitlos
            geht mir nicht gut / geht es mir schlecht / mir geht es schlecht / geht mir schlecht / nicht gut
            fühle mich schlecht / krank / elend / mies / Sorgen / besorgt
            dringend / Notfall / Krankenhaus / zittern / zittrig / Husten / kurzatmig / Schweiß / schwitze
            Schlafstörung / Schlafstörungen / lieg _3 wach / liege _3 wach / wache _3 nachts auf / wache _3 jede nacht
            schlimmer als besser / aufgehört _4 nehmen / abgesetzt / nicht mehr genommen / nehme _2 nicht mehr
            Stimmung _3 schlecht/mies/tief / =weinen / geweint  # not "Wein" (wine)
            Krankenwagen / Notaufnahme / Intensivstation
            Ohrensausen / Tinnitus / Pfeifen im Ohr / Haarausfall / Haare _3 aus / Blutdruck _3 hoch / Blutdruck / Albträume / Alpträume
            gereizt / reizbar / Aphthen / Metallgeschmack / metallischer Geschmack / Nasenbluten / Zahnfleischbluten / eingeschlafene Hände
            Regelschmerzen / starke Regel / Blasenentzündung / brennt beim Wasserlassen / zuckt / Zucken / stechende Schmerzen / Stiche / Stechen
            erhöhte Temperatur / juckt am ganzen Körper / keine Besserung / Rückschritt / Rückschritte / nehm _3 nicht mehr / nehme _3 nicht mehr
            keine Lust mehr / vergessen zu nehmen / Hitzewallungen / Nachtschweiß / Mundtrockenheit / Knoten / einsam / unkonzentriert
            Stimmungsschwankungen / Heißhunger / trinke zu viel / Herpes / Lippenherpes
            Flimmern / unscharf / verschwommen / aufgebläht / dünner Stuhl / dünnen Stuhl / wach _3 auf / kann nicht mehr einschlafen / wie gerädert
            Brennen / brennt / pelzig / völlig am Ende / heul / heule / schaff den Alltag nicht / schaffe den Alltag nicht / Halsweh
            heiser / Ohrenschmerzen / Zahnschmerzen / gerötet / rote Augen / tränende Augen / trockene Augen / Gelenkschmerzen / Knie tut weh
            Burnout / burn out / ausgebrannt / angefangen zu rauchen / rauche wieder / trinke wieder / null Hunger / kilo weniger / kein Hunger
            schmeckt nach nichts / schmeckt nach Pappe / schält sich / Periode _3 durcheinander / Zyklus _3 durcheinander / durch den Wind
            kann nicht aufhören zu weinen
            fühle mich furchtbar / fühle mich schrecklich / mir geht es furchtbar
            nur noch jeden zweiten tag / jeden zweiten tag damit / länger reichen / länger reicht / wieder bei null / zurück auf null / mit voller wucht zurück / Rosazea / Ischias
            funktioniere nicht / komme nicht aus dem bett / nicht aus dem bett / vergesslich / nicht mehr nehme / nicht mehr einnehme / ist mir nicht bekommen / sind mir nicht bekommen
            Knubbel / Blähbauch / aufgebläht / kann nicht einschlafen / ständig Durst / immer Durst / Durst die ganze Zeit / wieder angefangen zu trinken / trinke wieder
            aufgedreht / überdreht / ausgebrannt / geht mir dreckig / gehts mir _1 dreckig / schlafe kaum / Engegefühl / Stuhl _3 schwarz
            !tu mir nichts an / !tue mir nichts an / !mir nichts antun / !tu mir nix an / !keinen blödsinn / im loch / ganz unten
            so allein / ganz allein / fühle mich allein / pack das nicht / schaff das nicht / !kann mich über nichts freuen / !über nichts richtig freuen
            nur noch wenn ich dran denke / nicht weitergenommen / nicht mehr weitergenommen / @remedy _4 vergessen / schlaf _2 kaum / schlafe _2 kaum
            kaum geschlafen / kaum noch schlafen / rote flecken / Wörter _3 nicht ein / finde _2 Wörter nicht
            !werde mir nichts antun / fühle mich so leer / innerlich tot
            !keinen hunger mehr / schlafe ganz schlecht / nicht zu ende genommen / nur noch ab und zu / schläfrig / duselig / kribbeln _3 hände / wieder angefangen zu rauchen
            fallen _2 wörter nicht ein / finde die wörter nicht
            # Vertigo, cold, thinning hair, flares, bed-wetting, heavy legs in everyday words.
            dreht sich alles / alles dreht sich / friere ständig / friere dauernd / ständig kalt / haare _3 dünner
            Schübe / Schub / Schluckauf / Bettnässen / ins bett gemacht / macht _2 ins bett / nässt _2 ein
            beine _3 schwer / schwere beine / adern _3 hervor / krampfadern
            # Not coping with daily life: "ich weiß nicht, wie ich den Alltag schaffen soll".
            weiß nicht wie ich _4 schaffen / weiss nicht wie ich _4 schaffen / stehe _2 neben mir
            # Swiss German: "ha d kapsle nöd gno" (not taken).
            nöd gno / nid gno / nüd gno / nöd gnoh
            # Eating and coping gone, ears blocked, foggy on a remedy, breath gone on the stairs.
            esse kaum / ess kaum / isst kaum / nichts mehr auf die reihe / nix mehr auf die reihe / benebelt / Druckgefühl / wie durch watte
            !bleibt _2 die luft weg / luft bleibt _2 weg / außer atem
            # A skipping heart in everyday words: "mein Herz macht so einen Hopser".
            Aussetzer / Hopser / herz stolpert / herz _3 aus dem takt
            # A knee that swells, shoes that no longer close, Swiss headache, not coping, a remedy
            # left off with many words between ("nehm die tropfen seit zwei wochen nicht mehr").
            schwillt / schuhe _3 nicht mehr zu / schue _3 nüme zue / Chopfweh / pack/packe das _5 nicht / nehm/nehme _2 @remedy _4 nicht mehr
            bis drei/vier/zwei/3/4/2 uhr wach / liege _3 wach / schlafe _3 ganz schlecht / tut/tun _2 weh / tut mir _2 weh / juckts / juckt's
            mir isch _2 schlecht / isch mer _1 schlecht / lagere wasser ein / wasser eingelagert / bin _2 am ende / wächst _2 über den kopf
            dreht sich alles / alles dreht sich / herz rast / herz pocht / herz _2 wie verrückt / kopf dröhnt / schädel brummt / magen spielt verrückt
        """,
        "idiom": """
            # Wieder allein laufen ist ein Fortschritt: "Mama läuft schon wieder ganz allein zum Bäcker".
            # Nur mit "schon" oder "wieder": "läuft nachts allein herum" ist eine Sorge.
            läuft/geht/laufe/gehe schon _2 allein/alleine / läuft/geht/laufe/gehe wieder _1 allein/alleine
            # Eine "Überdosis" Sonne oder Schokolade: "eine Überdosis Sonne am Strand".
            Überdosis Sonne/Schokolade/Zucker/Kuchen/Kaffee/Serien/Urlaub
            # Das Finanzamt oder die Steuer "bringt mich um": "die Steuererklärung bringt mich noch um".
            Steuererklärung/Steuer/Finanzamt/Papierkram _3 bringt mich _1 um / Steuererklärung/Steuer/Finanzamt/Papierkram _3 umgebracht
            # Gute Nachricht der Genesung: aufgehört zu trinken, der Appetit ist zurück.
            aufgehört zu trinken/rauchen/kiffen/zocken / mit dem Trinken/Rauchen/Saufen/Zocken aufgehört / Appetit ist/kommt zurück / Appetit ist wieder da
            Arbeit/Job/Chef/Hitze/Stress _2 bringt mich um / bringt mich noch um / zum Sterben langweilig
            zum Totlachen / tot gelacht / totgelacht / todmüde / sterbe vor Hunger / sterbe vor Neugier
            Springseil / schlägt/schlagen/geschlagen mich _3 @game / mich _2 beim/im @game
            Verein/Lauf/Ehrenamt/Schulung _4 Suizidprävention
            bringt mich noch ins Grab / krieg/kriege/kriegt noch einen Herzinfarkt / fast einen Herzinfarkt / beinahe einen Herzinfarkt
            letzte Mail/Nachricht von dieser/meiner (alten) Adresse / hat aufgehört zu schmerzen/jucken/bluten/brennen
            könnte schlimmer sein / hätte schlimmer sein können / nicht schlimm / halb so schlimm
            kein Notfall / nicht dringend / nichts Dringendes / eilt nicht
            auf die Nerven / Arzttermin / beim Arzt alles gut / nicht mehr nötig
            lach mich tot / lache mich tot / totlachen / schlimmer kommen können / hätte schlimmer / kein Plan / keinen Plan
            würde töten für / morden für
            arbeite _4 intensivstation/notaufnahme/rettungsdienst / arbeite als sanitäter / arbeite im krankenhaus
            vor _1 jahren _3 @medevent / @medevent _3 vor _1 jahren / krankenhaus zur kontrolle / im krankenhaus zur kontrolle
            erste hilfe kurs / erste-hilfe / erste hilfe
            Chef/Chefin _3 bringt mich um / lach mich schlapp / lache mich schlapp
            sehe _4 Überdosis / sehe _4 Überdosen
            in erinnerung an / schöne erinnerungen / nie besser gefühlt / ging mir nie besser / vor oder nach dem essen / akku _2 leer / handy _2 tot / im positiven sinn
            keine sorge / keine angst / keine panik / wegen meiner letzten nachricht / in meiner letzten mail / in meiner letzten nachricht
            vor _2 jahren _3 @medevent / @medevent vor _2 jahren
            Arbeit/Job/Chef/Chefin/Hitze/Stress/Kinder/Schule/Baustelle/Lärm _2 bringt/bringen mich _2 um
        """,
    },
    "fr": {
        "crisis": """
            # Hanging oneself, said plainly: "je vais me pendre".
            me pendre / me pends / je me pendrai / pendre moi
            suicide / suicidaire / me suicider / me tuer / mettre fin à mes jours / mettre fin à ma vie
            en finir / envie d'en finir / veux en finir / veux mourir / envie de mourir / voudrais mourir
            impression de mourir / impression que je vais mourir / sens que je vais mourir
            préfère mourir / plutôt mourir / plus envie de vivre / ne veux plus vivre / pas envie de vivre
            plus la force de vivre / aucune raison de vivre / plus de raison de vivre / ne plus me réveiller
            # Not wanting to wake, with the wish said: "je veux pas me réveiller demain".
            !=veux pas me =réveiller / !=veux =plus me =réveiller / !=veux =plus =jamais me =réveiller / !=veux pas me =reveiller / !=veux =plus me =reveiller
            ne pas me réveiller / jamais me réveiller / mieux sans moi / mieux sans de moi / mieux si je n'étais pas
            plus la force de continuer / ne sert à rien de continuer / ça ne sert à rien de vivre / que tout s'arrête
            disparaître pour toujours / adieu pour toujours / dire adieu à tout le monde / lettre d'adieu / derniers mots / j'ai un plan $
            # Goodbyes recorded for one's own people, not a colleague's leaving do: "gravei uns áudios de despedida pros meus amigos".
            =enregistré/filmé _4 =adieux/adieu _4 =mes =amis/proches/enfants/parents / =enregistré/filmé _4 =adieux/adieu _4 =ma =famille
            me faire du mal / je me fais du mal / me mutiler / automutilation / scarifié / scarifier / me scarifie
            me coupe / me suis coupé / me suis coupée / me suis fait du mal / me brûler
            overdose / surdose / avalé toutes / avalé tous / tous les comprimés / toutes les pilules
            tous mes médicaments / trop de comprimés / toute la boîte / tout le flacon
            me frappe / m'a frappé / m'a frappée / me bat / me battre / frappée / me menace / menacé de me tuer
            peur de mon mari/conjoint/compagnon/copain/père / pas en sécurité / violence / violences conjugales
            abus / abusé / abusée / violée / viol / agressée / agression
            douleur dans la poitrine / douleur thoracique / mal à la poitrine / mal dans la poitrine / oppression thoracique / oppression dans la poitrine
            ne peux pas respirer / n'arrive pas à respirer / arrive plus à respirer / du mal à respirer / étouffe
            souffle coupé / évanoui / évanouie / malaise / perdu connaissance / convulsions
            lèvres gonflées / gorge gonflée / langue gonflée / gorge _2 serrée / gonflement de la gorge
            crise cardiaque / infarctus / AVC / vomi du sang
            !continuer à vivre / !continuer de vivre / !l'intérêt de vivre / scarifiée / scarifiées / scarifiés / gorge/lèvres/langue _3 gonfle/gonflent/enfle/enflent/gonflée/gonflées
            gonfle/gonflent/enfle/enflent _3 gorge/lèvres/langue / va me tuer / vais me tuer / il va me tuer / envie de continuer / plus jamais me réveiller
            jamais me réveiller / me jeter sous / me jeter du / me jeter par / me jeter d'un / sauter du pont / sauter d'un pont
            sous un train / sous le train / idées noires / idées suicidaires / tapé la tête contre / cogné la tête contre
            jusqu'à saigner / menacée avec un couteau / menacé avec un couteau / couteau sous la gorge / menacée de mort
            menacé de mort / crise convulsive / lèvres bleues / bouche de travers / visage déformé / n'arrive plus à parler
            fait exprès de me / boîte entière / flacon entier / toute la plaquette / combien de comprimés
            un plan $ / un plan et / lettres d'adieu / dire au revoir à tout le monde / vous dire adieu / te dire adieu
            las de vivre / lasse de vivre / fatigué de vivre / fatiguée de vivre / disparaître pour de bon / m'imagine morte / m'imagine mort
            crise d'épilepsie / reprend pas conscience / ne répond plus / ne se réveille pas / pardon à tous / pardon pour tout
            si je mourais / c'est mon dernier message / mon dernier mail / taches violettes
            jamais né / jamais née / pas être né / pas être née / !quand je ne serai plus là / si je disparaissais / !si je n'étais plus là
            personne ne me regretterait / personne ne remarquerait / de trop sur terre / faire une bêtise / faire une connerie
            mains autour du cou / contre le mur / me laisse pas sortir / saigne beaucoup / une dernière fois / j'ai tout réglé
            lèvre _3 gonfle/gonflée/enfle / n'en aurai plus besoin / parle bizarrement
            n'aurai plus besoin / n'en aurai plus besoin / aura plus d'importance / n'aura plus d'importance / plus besoin de commander
            m'enferme / m'a enfermée / m'a enfermé / m'enfermer / jeté _2 à la figure / lancé _2 à la figure / m'a lancé une / devient violent / violent avec moi
            il/elle _1 frappe/cogne _2 quand il/elle _2 bu/boit/saoul/soûl/ivre/bourré
            me pousse / m'a poussée / m'a poussé / me bouscule / jusqu'au sang
            repond plus / reagit plus / réagit plus / ne serai plus là / je serai plus là / serai plus là
            tout le monde serait mieux / seraient mieux sans moi / mieux sans moi / plus facile sans moi / si je n'étais pas là / un poids pour
            c'est décidé $ / ma décision est prise / me faire changer d'avis / me faire changer d'idée / décidé et _3 apaisé
            mon enterrement / mes funérailles / mes obsèques / qui aura quoi / qui récupère quoi / s'il m'arrive quelque chose / s'il m'arrivait quelque chose
            personne ne s'en rendra compte / personne ne le remarquera / personne ne remarquerait / tournera _3 sans moi / fatigué d'exister / fatiguée d'exister
            à quoi bon tout ça / !plus un problème pour personne / !plus un poids pour personne / me suis encore fait du mal / me suis fait du mal
            m'oblige à coucher / me force à coucher / entrée dans la mer / marché dans la mer / le faire tranquille / le faire en paix
            donné mes affaires / je donne mes affaires / pire mal de tête de ma vie / me foutre en l'air / !me vois pas _3 encore là / !m'imagine pas _3 encore là
            plutôt mourir / mieux vaut mourir / couverts de coupures / couvert de coupures
            dit qu'il va me tuer / dit qu'il me tue / crie qu'il va me tuer / sinon il me tue / il me tue si
            pensées de mort / idées de mort / idées noires
            dernière fois que vous aurez de mes nouvelles / dernier mail que je vous écris / dernier mail que je t'écris / me brûle avec
            # Le dernier mot, maintenant ou à venir: "c la dernière fois que vous avez de mes nouvelles"
            # (pas "la dernière fois que vous avez eu de mes nouvelles").
            dernière fois que vous/tu avez/aurez/as/auras de mes nouvelles / dernière fois que vous/tu entendez/entendrez/entends/entendras parler de moi
            # La fin d'une lettre dite pour toujours: "c'est tout pour moi, pour de bon".
            c'est tout pour moi _2 pour de bon / c'est tout pour moi _2 pour toujours
            !n'aurez plus _1 de mes nouvelles / !n'auras plus _1 de mes nouvelles / !plus jamais de mes nouvelles
            suis prête à partir / suis prêt à partir / ne doit pas savoir que je / lit tous mes messages / déjà choisi le jour
            # Speech gone wrong (a stroke): "elle ne parle plus normalement".
            parle plus normalement / parle plus correctement / parle plus bien
            # Negated, these are a concern, never nothing: "les pensées sombres sont parties".
            pensées sombres / pensées noires
            # Spoken French drops the "ne": "je veux plus vivre".
            !veux plus vivre / !veux pas vivre / !veux plus exister / !veux plus être là / !supporte plus de vivre / !supporte plus la vie
            !si j'étais plus là / !si je ne suis plus là / !quand je serai plus là / !si je n'existais plus / arrêter de vivre
            finisse pour de bon / soit fini pour de bon / finir pour de bon / s'arrête pour de bon / en finir pour de bon
            !quand vous lirez/lisez ceci/ces/cette / !quand tu liras/lis ceci/ces/cette
            la dernière fois que je vous/te écris / la dernière fois que je t'écris / c'est la dernière fois que je
            tombé/tombée dans les pommes / tombé/tombée dans les vapes / réveillé/réveillée par terre / réveillé/réveillée au sol
            mis de côté _4 médicaments/comprimés/cachets/boîtes/médocs / peur de rentrer / peur de rentrer chez moi / peur de retourner à la maison
            je me frappe / me frapper / me suis frappé/frappée / me cogne la tête contre / me taper la tête contre
            sais comment je vais le faire / sais déjà comment je vais faire
        """,
        "concern": """
            # La voix perdue (pas "sans voix", bouche bée); enrouée.
            # La détresse en mots de tous les jours: je me sens nul, ne tenir qu'à un fil; un bleu.
            me sens nul / me sens nulle / tiens qu'à un fil / tient qu'à un fil / gros bleu / un bleu au bras / un bleu à la jambe
            !vais pas sauter / !vais pas me jeter
            perdu ma voix / !plus de voix $ / !n'ai plus de voix / !ai plus de voix / aphone / enrouée / enroué / voix _2 cassée
            effet secondaire / effets secondaires / effets indésirables / réaction allergique / allergie / allergique
            mal de tête / maux de tête / migraine / migraines / céphalée / mal à la tête / mal au ventre / mal au dos / maux de ventre/dos/estomac/gorge/ventres
            douleur / douleurs / douloureux / douloureuse / j'ai mal / mal au / mal aux / mal à / souffre / crampes
            vertige / vertiges / étourdi / étourdie / étourdissements / tête qui tourne / nausée / nausées / envie de vomir
            vomi / vomis / vomir / vomissements / diarrhée / constipé / constipée / constipation / ballonnements / brûlures
            essoufflé / essoufflée / palpitations / cœur qui bat / tachycardie / boutons / plaques / démangeaisons / démange / gratte / urticaire
            eczéma / gonflé / gonflée / gonflement / enflé / enflée / inflammation
            insomnie / insomnies / dors pas / dors mal / ne dors plus / pas dormi / nuits blanches / du mal à dormir
            angoisse / angoisses / angoissé / angoissée / anxieux / anxieuse / anxiété / panique / crise d'angoisse
            déprimé / déprimée / dépression / moral à zéro / pas le moral / triste / pleure / pleurer / désespoir
            désespéré / désespérée / me sens vide / je n'en peux plus / n'en peux plus / dépassé / dépassée / craque
            épuisé / épuisée / très fatigué / très fatiguée / toujours fatigué / toujours fatiguée / fatigue / faible
            pire / empire / empiré / aggravé / aggrave / s'aggrave / de pire en pire / rechute / toujours là / pas mieux / aucune amélioration / ne marche pas
            # Recovery's own words for trouble: binges back, a slip, at a loss.
            crises de boulimie / crise de boulimie / boulimie / fait un écart / je ne sais plus quoi faire
            arrêté de prendre / arrête de prendre / plus pris / ne prends plus
            fièvre / frissons / infection / saigne / saignement / engourdi / fourmillements
            vision floue / chute de cheveux / perdu du poids / plus d'appétit / pas d'appétit
            ça ne va pas / ça va pas / va pas bien / pas bien / mal en point / malade / affreux
            inquiet / inquiète / inquiétude / peur / urgent / urgence / hôpital / tremble / tremblements
            toux / tousse / transpire / sueurs
            dors _1 mal / me réveille _3 nuits / me réveille _3 nuit / réveillée _3 nuit / de mal en pis / laissé tomber le
            laissé tomber les / laissé tomber la / arrêté/arrêter/arrêtée _3 magnésium/gouttes/granules/remède/traitement/comprimés/médicament
            gonflent / enflent / moral _2 bas / plus d'énergie / sans énergie / pleuré / idées sombres
            urgences / ambulance / SAMU
            acouphènes / sifflement / bourdonnement / perte de cheveux / cheveux _3 tombent / tension _3 montée / tension _2 haute / hypertension
            cauchemars / irritable / aphtes / goût de métal / goût métallique / saigne du nez / saignements de nez / gencives _2 saignent
            mains engourdies / fourmis dans les mains / règles douloureuses / règles abondantes / cystite / brûle quand je fais pipi
            tressaute / paupière / élancements / douleur vive / fébrile / fébricule / ça me gratte partout / à bout / je craque / n'ose plus
            zappé / abandonné / oublié de prendre / bouffées de chaleur / sueurs nocturnes / bouche sèche / boule / grosseur / sens _2 seule/seul / suis _2 seule/seul / seule au monde / isolée
            sautes d'humeur / herpès / bouton de fièvre / je bois trop
            règles _4 douloureuses / yeux rouges / yeux secs / yeux qui piquent / qui pique / ça pique / brûle / brûlure / voix enrouée / gorge irritée
            oreilles bouchées / mal aux oreilles / mal aux dents / rage de dents / plaques rouges / rougeurs / vaseux / vaseuse / au bout du rouleau
            mal aux genoux / douleurs articulaires / vision trouble / mouches devant les yeux
            burn out / burn-out / je tiens plus / tiens plus / plus de goût / goût de carton / peau _2 pèle / =pèlent / règles _3 n'importe quoi
            recommencé à fumer / refume / je bois trop / perdu _2 kilos / plus faim / n'arrête pas de pleurer / arrête pas de pleurer
            un jour sur deux pour / pour que _2 dure plus longtemps / pour que _2 durent plus longtemps / case départ / revenue en force / revenu en force / rosacée / sciatique
            plus fonctionner / sors plus du lit / reste au lit / tête en l'air / oublie tout / prends plus rien / ne prends plus
            une boule sous / une boule dans / grosseur / ballonné / ballonnée / ballonnements / impossible de m'endormir / impossible de dormir / toujours soif / tout le temps soif / recommencé à boire
            surexcité / surexcitée / à cran / je pleure / dors à peine / dors presque pas / gêne dans la gorge / des boutons / boutons sur
            !ne vais pas faire de bêtise / !pas faire de bêtises / !vais rien faire de stupide / !pas de bêtise / au fond du trou / très bas
            tellement seule / tellement seul / me sens seule / me sens seul / !goût à rien / !plus envie de rien / en peux plus
            seulement quand j'y pense / pas repris / @remedy _4 oublié / oublié _2 @remedy / dors presque plus / dors presque pas / dors à peine
            plaques rouges / taches rouges / cherche mes mots
            !vais rien me faire / !ne vais pas me faire de mal / me sens vide
            !plus du tout faim / !plus faim / mal de crâne / mal au crâne / somnolent / somnolente / dans le coltar / vaseux / vaseuse / engourdi / engourdissent
            fourmillements / remis à boire / remise à boire / remis à fumer / remise à fumer / pas fini la cure / plus que de temps en temps / dors très mal / font mal / fait mal
            oublie mes mots / trouve plus mes mots
            # Hiccups, bed-wetting, a remedy paused and never restarted, feeling outside oneself.
            hoquet / pipi au lit / mis/mises/mise _3 en pause / jamais repris / pas repris
            à côté de mon corps / hors de mon corps / ma vie de loin / comme dans un rêve
            # A wheeze, yellow eyes, a remedy thrown out, staying in bed, no more tablets taken.
            siffle / blanc des yeux / yeux _3 jaune/jaunes / jeté _3 @remedy / reste couchée / reste couché / reste allongée / ne en prends plus / en prends plus
            !n'arrive plus à dormir / !arrive plus à dormir / !arrive pas à dormir / !arrive plus à dormir plus de
            bat la chamade / cœur qui s'emballe / cœur s'emballe / tout tourne / la tête qui tourne / ventre en vrac / estomac retourné
            tête comme une citrouille / je craque / à bout / au bout du rouleau
        """,
        "idiom": """
            # Une tâche qui est "un cauchemar", pas un rêve : "le plan de table, un cauchemar lol".
            c'est un cauchemar / c'était un cauchemar / quel cauchemar / un vrai cauchemar / un cauchemar lol / un cauchemar mdr / un cauchemar administratif
            # Une "overdose" de soleil ou de chocolat : "une overdose de soleil à la plage".
            overdose/surdose de soleil/chocolat/sucre/gâteau/café/séries/plage/vacances
            # Les impôts qui "tuent": "les impôts vont me tuer cette année".
            impôts/impots/paperasse/déclaration _3 me tuer/tuent/tue
            # Bonne nouvelle du rétablissement : arrêté de boire, l'appétit est revenu.
            arrêté de boire/fumer/picoler/jouer / arrêté l'alcool/la bibine/la picole / appétit est revenu / appétit revient
            # A series binged, no eating binge: "j'ai bingé toute la série".
            bingé / binge-watché / crise de séries / boulimie de séries/films/lecture
            # Se lever tôt, pas mourir: "je veux pas me réveiller à 6h".
            !=veux pas me =réveiller =tôt/à/avant / !=veux pas me =reveiller =tôt/à/avant
            meurs/meurt/mourais de faim/soif/envie/froid/chaud/rire/fatigue / mort de rire / morte de rire
            =mdr / à mourir de rire / pourrait être pire / aurait pu être pire / pas urgent / rien d'urgent
            pas de souci / pas de soucis / pas grave / le travail me tue / ça me tue / crevé de travail
            pain au chocolat / du pain / rendez-vous chez le médecin
            tuerais pour / tuer pour / me tue $ / boulot me tue / travail me tue / chaleur me tue / ça me tue
            étouffer de rire / étouffé de rire / étouffée de rire / m'étouffer de rire
            me bat/battu/bats _3 @game / corde à sauter
            asso/association/bénévole/marathon/formation _4 prévention du suicide
            va me donner une crise cardiaque / failli faire une crise cardiaque / presque fait une crise cardiaque
            dernier mail/message de/depuis cette/mon (ancienne) adresse / arrêté de faire mal / arrêté de gratter/saigner
            infirmière aux urgences / infirmier aux urgences / travaille aux urgences / travaille à l'hôpital / bosse aux urgences
            @medevent il y a _1 ans / @medevent _3 il y a _1 ans / bilan à l'hôpital / bilan _2 hôpital / premiers secours
            chef/boss/patron/patronne/prof/ado _3 va me tuer / cols/côtes/montées/escaliers/gamins _2 vont me tuer / me tuer si je rate
            vois _4 overdoses / vois _4 surdoses
            en mémoire de / bons souvenirs / jamais senti mieux / jamais été mieux / avant ou après les repas / batterie _2 morte / portable _2 mort / la bonne fatigue
            pas de souci / pas d'inquiétude / ne vous inquiétez pas / ne t'inquiète pas / dans mon dernier message / mon dernier message était
            @medevent il y a _2 ans / @medevent il y a longtemps
        """,
    },
    "es": {
        "crisis": """
            # Hanging oneself, said plainly: "me voy a ahorcar", "colgarme".
            me voy a ahorcar / ahorcarme / me ahorco / me ahorcaré / colgarme de / me quiero ahorcar
            suicidio / suicidarme / suicida / quitarme la vida / matarme / me quiero matar / acabar con mi vida
            acabar con todo / terminar con todo / quiero morir / quiero morirme / ganas de morir / prefiero morir
            no quiero vivir / no quiero seguir viviendo / no quiero seguir / no tiene sentido seguir / no vale la pena vivir
            # Not wanting to wake, with the wish said: "no quiero despertarme mañana. ni nunca".
            !no =quiero =despertar / !no =quiero =despertarme / !no =quiero =volver a =despertar / !no me =quiero =despertar
            no despertar / no volver a despertar / no despertarme / mejor sin mí / mejor sin mi / mejor si no estuviera
            estarían mejor sin / ninguna razón para vivir / sin razón para vivir / desaparecer para siempre
            que todo termine / que todo se acabe / carta de despedida / me despido para siempre / adiós para siempre
            # Goodbyes recorded for one's own people, not a colleague's leaving do: "gravei uns áudios de despedida pros meus amigos".
            =grabé/grabado/grabando _4 =despedida/despedidas/adiós _4 =mis =amigos/hijos/padres / =grabé/grabado/grabando _4 =despedida/despedidas/adiós _4 =mi =familia
            tengo un plan $
            hacerme daño / me hago daño / me hice daño / autolesión / autolesiones / cortarme / me corto
            me lastimo / me lastimé / quemarme
            sobredosis / todas las pastillas / todas mis pastillas / todas las pastillas / me tomé todas / muchas pastillas
            demasiadas pastillas / toda la caja / todo el frasco / tomé todo
            me pega / me golpea / me golpeó / me pegó / me amenaza / amenazó con matarme / miedo de mi marido/pareja/novio/esposo
            miedo a mi marido/pareja/novio/esposo / no estoy segura en casa / no estoy seguro en casa / violencia
            maltrato / abuso / abusó / violada / violación / agredida
            dolor en el pecho / dolor de pecho / opresión en el pecho / no puedo respirar / me cuesta respirar
            me ahogo / falta de aire / desmayé / desmayo / desmayada / me desmayé / inconsciente / convulsiones
            # Fainting in the idiom "caer redondo": "me caí redonda en el mercado" (into bed at night is sleep: an idiom).
            =caí/caído/cayó/cayo/caer/caerme/caigo =redonda/redondo/redondas/redondos
            labios hinchados / garganta hinchada / lengua hinchada / se me cierra la garganta
            infarto / ataque al corazón / ictus / derrame / vomitando sangre
            pensamientos suicidas / ideas suicidas / ideación suicida / no despertara / no despertarme nunca / nunca más despertar / vuelto a cortar
            volví a cortarme / cortar en los brazos / autolesioné / me autolesiono / autolesionarme / me va a matar / va a matarme / me matará
            !sentido _3 seguir viviendo / !sentido _2 vivir / seguir viviendo / sentido a la vida / tengo un plan y
            sé cómo hacerlo / despedirme / quería despedirme / tirarme / me tiré / me quiero tirar / bajo un tren
            cuántas pastillas / cuantas pastillas / caja entera / frasco entero / me tragué / me he tragado
            duele _2 pecho / me falta el aire / falta el aire / hinchando _3 labios/garganta/lengua / hinchan _3 labios/garganta/lengua
            labios _3 hinchados/hinchando/hinchan / garganta _3 hinchada/cerrando / labios azules / boca torcida / no puede hablar
            amenazó con un cuchillo / amenaza de muerte / amenazó de muerte / adrede
            hasta sangrar / me he cortado / cortes _2 brazos/piernas/muñecas
            quitar la vida / quitarme la vida / ya no estaré / no estaré aquí / perdón por todo / perdón a todos / si me muriera
            si yo muriera / este es mi último / mi último mensaje / manchas moradas / no responde / no reacciona / ataque epiléptico
            =sobro / sobro en este mundo / si desapareciera / si ya no estuviera / nadie me echaría de menos / nadie me extrañaría
            no haber nacido / nunca haber nacido / cuando ya no esté / volví a cortar / volvi a cortar / hacer una tontería / hacer alguna tontería
            sangrando muchísimo / sangrando mucho / empapo una compresa / me deja salir / manos en el cuello / contra la pared
            una última vez / lo tengo todo arreglado / ya no los necesitaré / ya no las necesitaré / habla raro
            me he tragado / me corté los brazos / me corté las muñecas / me corté otra vez / con un cuchillo en el cuello / me amenazó con un cuchillo
            ya no importará / no va a importar / ya no lo necesitaré / no lo voy a necesitar / ya no voy a necesitar / no necesitaré
            me encierra / me encerró / me ha encerrado / me tiró _2 encima / me tiró _5 a la cabeza / me lanzó / se pone violento / violento conmigo
            pega/pegaba _2 cuando _3 bebe/bebido/borracho/tomado/bebía/toma
            me empuja / me empujó / me ha empujado / hasta sangrar / hasta que sangró
            ya no estaré / no estaré aquí / no voy a estar / ya no voy a estar
            todos estarían mejor / estarían mejor sin mí / mejor sin mí / más fácil sin mí / si yo no estuviera / una carga para
            ya lo he decidido $ / lo tengo decidido / cambiarme de opinión / no intentes convencerme / decidido y _3 tranquila / decidida y _3 tranquila
            mi entierro / mi funeral / mi velorio / quién se queda con qué / si me pasa algo / si me pasaba algo / si me pasara algo
            nadie se daría cuenta / nadie lo notaría / nadie lo va a notar / el mundo _3 sin mí / cansada de existir / cansado de existir / cansada de vivir / cansado de vivir
            para qué todo esto / !voy a ser un problema para nadie / una carga para nadie / me obliga a acostarme / me obliga a tener relaciones
            me metí en el mar / me metí en el río / hacerlo tranquila / hacerlo tranquilo / regalando mis cosas / regalé mis cosas
            peor dolor de cabeza de mi vida / quitarme de en medio / !no me veo _3 aquí / mejor muerta / mejor muerto
            dice que me mata / dice que me va a matar / grita que me mata / me mata si
            pensamientos de muerte / pensamientos de morir / ideas de muerte
            última vez que sabrás de mí / último correo que te escribo / último correo que le escribo / me quemo con
            eso es todo de mi parte _2 para siempre / me despido _2 para siempre
            # La última palabra, ahora o por venir: "esta es la última vez q sabes de mí" (no "la
            # última vez que supiste de mí").
            última vez que/q sabes/sabrás/sabéis/sabréis/saben/sabrán/sabe/sabrá/oyes/oirás/oyen/oirán de mí / última vez que/q (me) escuchas/escucharás/escuchan/escucharán/ves/verás
            !no volverás/volverán/volverá/volveréis a saber de mí / !ya no sabrás/sabrán/sabrá/sabréis nada de mí / !nunca más sabrás/sabrán de mí
            # Stopping eating and letting it happen; thanks for everything and goodbye.
            dejar de comer _6 que pase lo que / dejo de comer _6 que pase lo que / gracias por todo _9 adiós $
            # Half the body numb (a stroke): "se me duerme medio cuerpo".
            se me duerme medio cuerpo / medio cuerpo dormido / medio cuerpo adormecido / mitad del cuerpo dormida / la mitad del cuerpo
            # Thinking of dying: "pienso mucho en morirme", "no pienso en otra cosa que en morirme".
            pienso/pensando/pensar/pensaba _3 en morirme/morir/matarme/suicidarme / !otra cosa que en morirme/morir/matarme
            # Fed up with living, no way out; not waking up (subjunctive).
            harta de vivir / harto de vivir / no le veo salida / no veo ninguna salida / no veo otra salida
            ojalá no me despierte / no me despierte mañana / no despertarme más
            # Up high and unsure about coming down: "en la azotea, no sé si bajar".
            azotea/tejado/terraza/cornisa/puente/balcón _4 no sé si bajar/saltar/tirarme / no sé si bajar o saltar
            # Not living to a date: "no voy a llegar a marzo", "no llegaré a navidad".
            no voy a llegar/llegaré a/al enero/febrero/marzo/abril/mayo/junio/julio/agosto/septiembre/octubre/noviembre/diciembre/navidad/verano/otoño/invierno/primavera/cumpleaños
            no llegaré a/al enero/febrero/marzo/abril/mayo/junio/julio/agosto/septiembre/octubre/noviembre/diciembre/navidad/verano/cumpleaños
            # Locked in, keys, phone or food taken: "estoy encerrada en el piso y me quitó las llaves".
            estoy encerrada / estoy encerrado / me tiene encerrada / me quitó las llaves / me ha quitado las llaves / me quita las llaves
            no me deja comer / me quitó el móvil / me quitó el pasaporte / me quita el dinero
            # A fall, unable to get up, on the floor for hours.
            horas en el suelo / horas tirada en el suelo / horas tirado en el suelo / se cayó _5 no puede levantarse
            # Took all of a remedy in any form; hoping the heart stops; only the last step left.
            todas las gotas / todas las cápsulas / que se me pare el corazón / se me pare el corazón / deje de latir
            falta solo el último paso / solo falta el último paso / esto es una despedida / es mi despedida / mollera hundida / fontanela hundida
            cada vez me cuesta más volver / esta vez no vuelvo / esta vez no bajo
            lista para irme / listo para irme / no puede saber que te escribo / lee todos mis mensajes / desaparecer para siempre / ya elegí el día / ya he elegido el día
            !no estar en este mundo / !no estar aquí / !mejor _3 no estar / !cuando yo ya no esté / !cuando ya no esté / !para cuando ya no esté / !cuando no esté
            dejar de vivir / dejar de existir / me hice cortes / me hago cortes / hacerme cortes / me he hecho cortes
            ya sé cómo lo voy a hacer / sé cómo lo voy a hacer / la última vez que le/te/les escribo / !cuando lea/leas/lean esto ya / !cuando lea/leas/lean esto _1 no te/se culpes/culpe
            miedo de/a volver a casa / miedo de/a ir a casa / mata si me voy / matar si me voy / matará si me voy / mata si lo dejo / me golpeo / golpearme / me pego a mí misma/mismo / me golpeo la cabeza contra
            me voy a matar / me voy a quitar la vida / me voy a suicidar
        """,
        "concern": """
            # La voz perdida.
            # La angustia en palabras de cada día: estoy muy mal, colgando de un hilo; un moretón.
            estoy muy mal / estoy fatal / no sé qué hacer conmigo / colgando de un hilo / pendiendo de un hilo
            moretón / moretones / moratón / moratones / hematoma / !no voy a saltar / !no voy a jump / !no me voy a tirar
            me quedé sin voz / perdí la voz / he perdido la voz / se me fue la voz / estoy sin voz
            efecto secundario / efectos secundarios / efectos adversos / reacción alérgica / alergia / alérgica
            dolor de cabeza / dolores de cabeza / jaqueca / migraña / me duele / me duelen / dolor / dolores / duele
            mareo / mareos / mareada / mareado / vértigo / náusea / náuseas / ganas de vomitar / vómito / vómitos
            vomité / vomitando / diarrea / estreñimiento / estreñida / hinchazón / cólicos / calambres / acidez
            palpitaciones / taquicardia / corazón acelerado / sarpullido / erupción / ronchas / picazón / picor / me pica / =me =pican
            granos / hinchado / hinchada / inflamado / inflamación
            insomnio / no puedo dormir / no duermo / duermo mal / no he dormido / sin dormir
            ansiedad / ansiosa / ansioso / angustia / pánico / ataque de pánico / nerviosa / nervioso
            deprimida / deprimido / depresión / triste / tristeza / llorando / lloro / sin esperanza / me siento vacía / me siento vacío
            no puedo más / agobiada / agobiado / desbordada / superada
            agotada / agotado / muy cansada / muy cansado / siempre cansada / siempre cansado / cansancio / débil / sin energía / sin fuerzas
            peor / empeorado / empeora / empeorando / cada vez peor / recaída
            # Recovery's own words for trouble: binges back, a slip, despair.
            atracones / desliz / estoy desesperado / estoy desesperada / ya no sé qué hacer
            sigue igual / no mejora / ninguna mejoría / sin mejoría
            dejé de tomar / ya no tomo / no las tomo / no lo tomo
            fiebre / escalofríos / infección / sangrado / moratones / entumecimiento / hormigueo
            visión borrosa / caída del pelo / perdí peso / sin apetito / no tengo hambre
            no me siento bien / me siento mal / estoy mal / no estoy bien / estoy fatal / me siento fatal / malísima / enferma / enfermo
            preocupada / preocupado / miedo / urgente / urgencia / hospital / temblores / tos / sudores
            duermo fatal / duermo _1 mal / me despierto _3 noches / bajoneada / bajoneado / sin ganas de nada
            pasando _1 mal / cansadísima / cansadísimo / cuesta levantarme / ánimo por los suelos / dejé _3 gotas/pastillas/magnesio/tratamiento
            llorado / lloré
            urgencias / ambulancia
            me sangra la nariz / sangrado de nariz / sangran las encías / tensión _3 nubes / tensión alta / tensión _2 subida / hipertensión
            ardores / ardor / se me duermen / hormigueo en las manos / pesadillas / irritable / de mal humor / no tengo _2 apetito
            perdido _2 kilos / reglas _2 dolorosas / regla _2 dolorosa / cistitis / escuece al orinar / pinchazos / punzadas / febrícula
            zumbido en los oídos / acúfenos / pitido / se me cae el pelo / caída de pelo / llagas / aftas / sabor metálico / sabor a metal
            párpado / tic / no las tomo / dejé de tomar / lo dejé / me olvidé de tomar / sofocos / sudores nocturnos / boca seca / bulto
            sola / aislada / cambios de humor / herpes / bebo demasiado / estoy al límite / no puedo con todo / no aguanto más
            ojos secos / ojos rojos / =me =pican / baja de ánimo / bajo de ánimo / me arde / arde / ardor / ronca / afónica / oídos tapados
            dolor de muelas / dolor de oído / manchas rojas / rojeces / aturdida / aturdido / me duelen las rodillas / visión borrosa
            no me sabe a nada / sabe a cartón / =pelando / no he seguido el tratamiento / sin tomar nada / quemada / quemado / no doy más
            no tengo fuerzas / volví a fumar / vuelto a fumar / la regla _3 loca / perdido _2 kilos / no paro de llorar
            cada dos días para / un día sí y otro no para / para que duren más / como al principio / vuelto con fuerza / volvió con fuerza / rosácea / ciática
            no salgo de la cama / no funciono / olvidadiza / olvidadizo / no pedí más / bulto / hinchazón / imposible dormir
            no puedo dormirme / mucha sed / sed todo el tiempo / volví a beber / vuelto a beber / vuelto a fumar / acelerada / acelerado / quemadísima / quemadísimo / quemada del trabajo
            casi no duermo / apenas duermo / granitos / calenturas / se me cae el pelo / me siento sola / me siento solo / muy sola / muy solo
            !no voy a hacer ninguna locura / !ninguna tontería / !no voy a hacer ninguna tontería / !no voy a hacer ninguna barbaridad/burrada / hundida / hundido / por los suelos
            tan sola / tan solo / me siento sola / !no disfruto de nada / !sin ganas de nada / solo cuando me acuerdo / no he vuelto a tomar
            !no las he vuelto a tomar / olvidé _2 @remedy / @remedy _4 olvidé / casi no duermo / manchas rojas / me cuesta encontrar las palabras
            !no me voy a hacer nada / !no me voy a hacer daño / me siento vacía / me siento vacío
            !nada de hambre / !no tengo hambre / atontado / atontada / somnoliento / somnolienta / hormigueo / se me duermen las manos / no he vuelto a empezar
            no las retomé / no las retome / no lo retomé / duermo fatal / duermo muy mal / no pego ojo
            se me van las palabras / se me olvidan las palabras
            # Blood or a dark colour in urine or stool: "el pis me sale oscuro", "caca negra".
            orina/pis/pipí _3 oscura/oscuro/marrón / caca _3 negra / heces negras / sangre en la orina / sangre en las heces
            # Sunburn from a remedy, a racing heart, feeling useless, rationing, not taken.
            me pongo _2 roja/rojo con el sol / me quemo con el sol / me quemo al sol / corazón me late a mil / corazón a mil
            me siento inútil / me siento _1 vacía/vacío / !no he tomado _3 @remedy / !no las he tomado / !no lo he tomado / ya solo las tomo
            # Not a wink of sleep; concentration gone.
            sin pegar ojo / no pegué ojo / me cuesta concentrarme / no puedo concentrarme / no me concentro / no logro concentrarme
            me silba el pecho / silbido en el pecho / pitos en el pecho / hasta fin de mes / hasta cobrar
            tiró _2 @remedy / tirado _2 @remedy / !no tomo nada / !ya no tomo nada
            !no salgo de casa / !no tengo ganas de salir / boca amarga / me tiembla la mano / me tiemblan las manos
            las tomo solo / cabeza _2 pesada / !no la volví a comprar / !no las volví a comprar
            agotadísima / agotadísimo / reventada / reventado / me quedo dormida/dormido en el sofá / vientre suelto / tripa suelta
            voy al baño cada dos por tres / cabeza como un bombo / todo me da vueltas / corazón a cien / estoy al límite / me supera todo
        """,
        "idiom": """
            # Asleep as soon as in bed: "caí redonda en la cama", "cayó redondo en el sofá".
            =caí/caído/cayó/cayo/caer/caerme/caigo =redonda/redondo/redondas/redondos =en =la/el =cama/sofá/sillón
            # Hacienda que "mata", una guardia "de infarto": "hacienda me va a matar", "guardia de infarto ayer".
            hacienda/renta/declaración/papeleo _3 me va a matar / hacienda/renta/declaración/papeleo _2 me mata / guardia/partido/final/día/semana/turno/noche/precios de infarto
            # Buenas noticias de la recuperación: dejé de beber, volvió el apetito.
            dejé de beber/fumar/jugar / dejé el alcohol/la bebida / apetito ha vuelto / volvió el apetito / el apetito volvió
            # A series binged, no eating binge: "me di un atracón de series".
            atracón/atracones de series/películas/pelis/capítulos/netflix
            # Madrugar, no morir: "no quiero despertarme temprano".
            !no =quiero =despertar/despertarme =temprano/pronto/a/antes
            me muero de ganas/hambre/sueño/risa/frío/calor/sed / muerta de risa / muerto de risa / muertos de risa
            podría ser peor / podría haber sido peor / el trabajo me está matando / me mata de risa
            nada urgente / no es urgente / sin prisa / cita con el médico / de lo peor
            mataría por / mataria por / calor me mata / me =mata $ / trabajo me mata / me está matando
            trabajo en urgencias / enfermera en urgencias / trabajo en el hospital
            @medevent hace _1 años / @medevent _3 hace _1 años / análisis del hospital / analisis del hospital / primeros auxilios
            fue/es/era/sido una pesadilla / muerta/muerto de ganas/hambre/sueño/frío/calor/sed/vergüenza
            me mata/matará si no voy/vengo/llego/aparezco/llamo/voy a
            me va a matar de un disgusto/susto/infarto / me va a matar a disgustos / me va a matar de los nervios
            me gana/ganó/ganan/pega/golpea _3 @game / comba / cuerda de saltar
            @team _3 me va a matar / @team _3 me mata / @team _3 me matará / @team _3 va a matarme
            asociación/voluntaria/voluntario/maratón/curso _4 prevención del suicidio
            me va a dar un infarto / casi me da un infarto / me va a provocar un infarto / último correo desde esta (antigua) dirección
            dejó de doler/picar/sangrar/arder / se me quitó el dolor
            jefe/jefa/profe _3 me mata / jefe/jefa _3 me va a matar / muerta de cansancio / muerto de cansancio
            veo _4 sobredosis / vemos _4 sobredosis
            en memoria de / buenos recuerdos / nunca me he sentido mejor / nunca estuve mejor / antes o después de comer / antes o después de las comidas / batería _2 muerta / se me murió el móvil
            no te preocupes / no se preocupe / tranquila / en mi último mensaje / sobre mi último mensaje
            @medevent hace _2 años / hace _2 años _3 @medevent
            para morirse de miedo / de morirse de miedo
            # By myself, not lonely: "me corté el flequillo yo sola".
            yo sola $ / yo solo $
            # Walking on one's own again is progress: "mamá ya camina sola por el pasillo". Only with
            # "ya" or "de nuevo": "sale sola de noche y se pierde" is a worry.
            ya camina/anda/camino/ando sola/solo / vuelve/vuelvo a caminar/andar sola/solo / camina/anda de nuevo sola/solo
            # Una "sobredosis" de sol o de dulces: "una sobredosis de sol en la playa".
            sobredosis de sol/chocolate/azúcar/dulces/pizza/tarta/café/series/playa/vacaciones
        """,
    },
    "it": {
        "crisis": """
            # Hanging oneself, said plainly: "voglio impiccarmi".
            impiccarmi / mi impicco / mi impiccherò / impiccarmi a
            suicidio / suicidarmi / suicida / uccidermi / ammazzarmi / togliermi la vita / farla finita
            voglio morire / vorrei morire / voglia di morire / preferisco morire / non voglio più vivere
            non voglio vivere / non ha senso vivere / non ha senso andare avanti / nessun motivo per vivere
            # Not wanting to wake, with the wish said: "non voglio svegliarmi domani".
            !non =voglio =svegliarmi / !non =voglio più =svegliarmi / !non mi =voglio =svegliare / !non mi =voglio più =svegliare
            non svegliarmi / non svegliarmi più / stare meglio senza di me / starebbero meglio senza di me
            meglio senza di me / sparire per sempre / che finisca tutto / lettera d'addio / addio per sempre
            # Goodbyes recorded for one's own people, not a colleague's leaving do: "gravei uns áudios de despedida pros meus amigos".
            =registrato/registrata/registrati/registrate _4 =addio _4 =miei =amici/figli/genitori / =registrato/registrata/registrati/registrate _4 =addio _4 =mia =famiglia
            ho un piano $
            farmi del male / mi faccio del male / autolesionismo / mi taglio
            tagliarmi / mi brucio / mi ferisco
            overdose / tutte le pillole / tutte le pastiglie / tutte le compresse / troppe pillole / troppe pastiglie
            tutta la scatola / tutto il flacone
            mi picchia / mi ha picchiata / mi ha picchiato / mi minaccia / minacciato di uccidermi / paura di mio marito/compagno/ragazzo/padre
            non sono al sicuro / violenza / violenze / maltrattamenti / abusi / abusata / violentata / aggredita
            dolore al petto / dolori al petto / oppressione al petto / non riesco a respirare / fatico a respirare
            mi manca il fiato / manca l'aria / svenuta / svenuto / svenimento / perso i sensi / convulsioni
            labbra gonfie / gola gonfia / lingua gonfia / gola _2 chiude
            infarto / ictus / vomitato sangue
            pensieri suicidi / pensieri di suicidio / idee suicide / mi ammazzerà / mi ucciderà / mi ammazza se / mi uccide se
            !senso di andare avanti / !senso _2 vivere / !senso _2 andare avanti / che tutto finisca / finisca per sempre
            buttarmi / gettarmi / lanciarmi / sotto un treno / dal ponte / dal balcone / mi sono bruciata / mi sono bruciato
            tagli _2 braccia/gambe/polsi / fatta dei tagli / fatto dei tagli / ingoiato / flacone intero / scatola intera
            quante pillole / quante pastiglie / minacciata di morte / minacciato di morte / minacciata con un coltello
            dolore _2 petto / fatica a respirare / manca il respiro / gonfiando _3 labbra/gola/lingua / labbra _3 gonfie/gonfiando
            bocca storta / non riesce a parlare / labbra blu / fino a sanguinare / apposta / di proposito / ho un piano $ / ho un piano e
            lettere d'addio / salutarvi per sempre / dirti addio
            farmi fuori / presa a pugni / preso a pugni / se morissi / se fossi morta / se fossi morto / scusa per tutto / scusatemi tutti
            questa è la mia ultima / la mia ultima mail / macchie viola / non risponde / non si sveglia / crisi epilettica / mi immagino morta
            se non ci fossi più / nessuno se ne accorgerebbe / nessuno sentirebbe la mia mancanza / mai nata / mai nato / se sparissi
            mani al collo / mani sul collo / contro il muro / non mi fa uscire / fare una sciocchezza / fare una cazzata / fare qualche cazzata
            sanguino tantissimo / sanguino molto / un'ultima volta / salutarti / ho sistemato tutto / non mi serviranno più / parla strano
            quando non ci sarò più
            mi sono tagliata di nuovo / mi sono tagliata le braccia / mi sono tagliata i polsi / minacciata col coltello
            non avrà più importanza / non importerà più / non mi servirà più / non mi serviranno più / non avrò più bisogno
            mi chiude in / mi ha chiusa in / mi ha chiuso in / mi chiude dentro / mi ha tirato / mi ha lanciato / diventa violento / violento con me
            picchia/mena/picchiava/menava _2 quando _3 beve/bevuto/ubriaco/beveva/sbronzo
            mi spinge / mi ha spinta / mi ha spinto / fino a sanguinare / finché sanguinava
            non ci sarò più / non ci sarò / non sarò più qui
            starebbero tutti meglio / starebbero meglio senza di me / meglio senza di me / più facile senza di me / se non ci fossi / un peso per
            ho deciso $ / ho preso la mia decisione / farmi cambiare idea / decisa e _3 tranquilla / deciso e _3 tranquillo
            mio funerale / miei funerali / chi prende cosa / a chi va cosa / se mi succede qualcosa / se mi dovesse succedere qualcosa
            nessuno se ne accorgerebbe / nessuno se ne accorgerà / il mondo _3 senza di me / stanca di esistere / stanco di esistere / stanca di vivere / stanco di vivere
            che senso ha tutto questo / !sarò più un problema per nessuno / un peso per nessuno / mi costringe a fare sesso / mi obbliga ad andare a letto
            entrata in mare / entrato in mare / farlo in pace / sto regalando le mie cose / regalato le mie cose / peggior mal di testa della mia vita
            farmi fuori / !non mi vedo _3 qui / meglio morta / meglio morto
            che mi ammazza / dice che mi ammazza / urla che mi ammazza / mi ammazza se lo / minaccia di ammazzarmi
            pensieri di morte / pensieri di morire
            ultima mail che le scrivo / ultima mail che ti scrivo / ultima volta che mi sente / mi brucio con / biascica
            # L'ultima parola, ora o a venire: "è l'ultima volta che mi sentite" (non "l'ultima
            # volta che mi hai sentito").
            ultima volta che mi sentite/sentirete/senti/sentirai/sentirà/sentono/sentiranno/leggete/leggerete/leggi/leggerai
            ultima volta che avete/avrete/hai/avrai/ha/avrà mie notizie / !non mi sentirete più / !non mi sentirai più / !non avrete più mie notizie / !non avrai più mie notizie
            # Stopping eating and letting it happen; how high the bridge is; bleeding on purpose;
            # a child who drank a bottle.
            smettere di mangiare _6 vada come vada / smetto di mangiare _6 vada come vada
            quanto è alto il ponte/viadotto/cavalcavia / fino a farle/farlo/farmi/far sanguinare
            bevuto un flacone / bevuto tutto il flacone / bevuto mezzo flacone / bevuto mezza bottiglia
            # Half the body numb (a stroke); a feverish child who will not wake.
            metà del corpo / mezzo corpo addormentato / mezzo corpo intorpidito / non riesco a svegliarlo / non riesco a svegliarla
            # Thinking of dying.
            penso/pensando/pensare _3 a/di morire/ammazzarmi/uccidermi / penso solo a morire / !altro che a morire
            # Fed up with living, no way out.
            stufa di vivere / stufo di vivere / non vedo una via d'uscita / non vedo via d'uscita / nessuna via d'uscita
            non vedo altra via d'uscita
            # Up high and not coming down: "sopra il burrone, stavolta non torno giù".
            non torno giù / non tornerò giù / stavolta non torno / questa volta non torno / non so se scendere
            terrazzo/tetto/ponte/balcone/cornicione _4 non so se scendere/buttarmi/saltare
            # Took all of a remedy in any form: "ho preso tutte le gocce di xanax".
            tutte le gocce / tutte le capsule / tutto il blister / tutta la boccetta
            # Hoping the heart stops in the night; only the last step left; nothing needed any more.
            cuore si fermi / cuore smetta di battere / cuore si fermasse / manca solo l'ultimo passo / solo l'ultimo passo
            a me non serve più niente / a me non serve più nulla / tanto non mi serve più / questo è un addio / è un addio
            da ore per terra / da ore a terra / non riesce a rialzarsi / fontanella infossata
            pronta ad andarmene / pronto ad andarmene / non deve sapere che ti scrivo / legge tutti i miei messaggi / sparire per sempre / ho già scelto il giorno
            !io non ci fossi più / !io non ci fossi / !non esserci più / !quando non ci sarò più / !quando io non ci sarò più
            smettere di vivere / la faccio finita / faccio finita / la farò finita / farò finita / così finisce tutto / cosi finisce tutto
            spero _2 mi venga/capiti _1 incidente / me so tagliata/tagliato / so tagliata/tagliato / mi so tagliata/tagliato
            l'ultima volta che _2 scrivo / ultima volta che le/ti/vi scrivo / !quando leggerà/leggerai/leggerete queste righe / !quando leggerà/leggerai/leggerete questa lettera
            paura di tornare a casa / paura di andare a casa / messo da parte _4 pillole/pastiglie/compresse/farmaci / mi picchio / picchiarmi / mi prendo a pugni / sbatto la testa contro
            so già come farlo / ho già deciso come farlo
        """,
        "concern": """
            # Mal di gola; la voce persa ("la voce non c'è più").
            # Il disagio in parole di ogni giorno: sto proprio male, appesa a un filo; un salto negato.
            sto proprio male / sto molto male / sto malissimo / appeso a un filo / appesa a un filo / non so dove sbattere la testa
            !non salto / !non mi butto
            mal di gola / mal d'orecchie / ho perso la voce / senza voce / !la voce non c'è più / !non ho più voce / voce _2 sparita / abbassamento di voce
            effetto collaterale / effetti collaterali / reazione allergica / allergia / allergica / allergico
            mal di testa / emicrania / cefalea / dolore / dolori / mi fa male / mi fanno male / male alla / male al
            mal di pancia / mal di stomaco / mal di schiena / crampi
            vertigini / capogiri / giramenti di testa / gira la testa / nausea / nausee / vomito / vomitato / vomitare
            diarrea / stitichezza / gonfiore / gonfia / gonfio / bruciore / acidità
            palpitazioni / tachicardia / cuore che batte / eruzione / sfogo / prurito / pizzica / bolle / brufoli
            infiammazione / infiammato
            insonnia / non riesco a dormire / non dormo / dormo male / non ho dormito
            ansia / ansiosa / ansioso / angoscia / panico / attacco di panico / attacchi di panico / agitata / agitato
            depressa / depresso / depressione / giù di morale / triste / piango / piangere / senza speranza / mi sento vuota / mi sento vuoto
            non ce la faccio più / non ce la faccio / sopraffatta / esaurita / esaurito
            sempre stanca / sempre stanco / molto stanca / molto stanco / stanchezza / spossata / debole / senza forze / senza energia
            peggio / peggiorato / peggiorata / peggiora / sempre peggio / ricaduta
            # Recovery's own words for trouble: binges back, a slip, despair.
            abbuffate / scivolone / sono disperato / sono disperata / non so più cosa fare
            non migliora / nessun miglioramento / ancora lì
            smesso di prendere / ho smesso / non le prendo più / non lo prendo più / interrotto
            febbre / brividi / infezione / sanguinamento / lividi / intorpidimento / formicolio
            vista offuscata / perdita di capelli / perso peso / niente appetito / senza appetito
            non sto bene / sto male / mi sento male / malata / malato
            preoccupata / preoccupato / paura / urgente / urgenza / ospedale / tremori / tosse / sudori
            umore _2 terra / umore basso / umore nero / sospeso _3 gocce/pillole/magnesio/cura/rimedio / smesso _3 gocce/pillole/magnesio
            stanchissima / stanchissimo / non ho più energie / non ho più forze / mi sveglio _3 notte / dormo _1 male / pianto
            pronto soccorso / ambulanza
            fitte / fitta / dolore acuto / mi sanguinano / sanguinano le gengive / sangue dal naso / ronzio / acufene / fischio alle orecchie
            formicolano / formicolio / mani addormentate / herpes / febbricola / prude / prurito / sapore di metallo / sapore metallico
            non prendo più / ho mollato / ho smesso / dimenticata di prendere / pressione alta / pressione _3 alta / ipertensione / incubi
            irritabile / nervosa / perdo i capelli / caduta dei capelli / afte / ciclo doloroso / mestruazioni dolorose / cistite / brucia quando
            palpebra / vampate / sudorazione notturna / bocca secca / nodulo / sola / isolata / sbalzi d'umore / bevo troppo / sono al limite
            non reggo / non ce la faccio più
            gola che brucia / brucia / bruciore / voce rauca / rauca / male alle / male ai / orecchie tappate / mal di denti / mal d'orecchi
            occhi rossi / occhi secchi / lacrimano / arrossata / arrossamento / chiazze rosse / intontita / intontito / giù di corda
            dolori articolari / vista annebbiata
            sa di niente / sa di cartone / agitatissima / agitatissimo / non riesco a stare ferma / non riesco a stare fermo / ciclo _2 impazzito
            ricominciato a fumare / spella / esaurimento / non smetto di piangere
            mi sento terribile / mi sento orribile
            un giorno sì e uno no per / a giorni alterni per / durino di più / punto di partenza / tornata alla grande / tornato con forza / rosacea / sciatica
            non esco dal letto / non riesco ad alzarmi / smemorata / smemorato / non ho riordinato / nodulo / pancia gonfia / gonfiore
            impossibile dormire / non riesco a dormire / sempre sete / tanta sete / ricominciato a bere / ricominciato a fumare / su di giri / sono esaurita / sono esaurito
            quasi non dormo / dormo pochissimo / cadendo _4 capelli / perdo _2 capelli / mi sento sola / mi sento solo / fastidio alla gola
            !non faccio sciocchezze / !non farò sciocchezze / !nessuna sciocchezza / !non farò niente di stupido / giù di morale / a terra
            così sola / così solo / mi sento sola / !nessuna voglia di niente / !non mi godo niente / solo quando me ne ricordo / non ho ripreso
            dimenticato _2 @remedy / @remedy _4 dimenticato / quasi non dormo / macchie rosse / chiazze rosse / non mi vengono le parole
            !non mi farò niente / !non mi farò del male / mi sento vuota / mi sento vuoto
            !non ho più fame / !non ho piu fame / intontito / intontita / sonnolenza / formicolio / intorpidite / ripreso a fumare / ripreso a bere
            non le ho più riprese / non l'ho più ripreso / lasciato perdere / dormo malissimo / dormo male / !non faccio cavolate / !nessuna cavolata
            sto male / sto davvero male / proprio giù / così giù / cosi giu / stitica / stitico / cerchio alla testa
            mi dimentico le parole / non trovo le parole
            # Blood or a dark colour in urine or stool.
            urina/pipì _3 scura/scuro / feci nere / cacca nera / sangue nelle feci / sangue nelle urine
            # A galloping heart, sunburn from a remedy, feeling useless, rationing, not bought again.
            cuore che galoppa / cuore galoppa / cuore a mille / mi scotto _2 sole / mi sento inutile / mi sento _1 vuota/vuoto
            non chiudo occhio / senza chiudere occhio / non ho chiuso occhio / fatica a concentrarmi / non riesco a concentrarmi
            senza voglia di niente / mi sento _1 spenta/spento
            mi fischia il petto / fischio nel petto / fischia il petto / fino allo stipendio / fino a fine mese
            !non ho più appetito / !non ho piu appetito / !non ho appetito / perso _2 chili
            # A remedy thrown away (by the client or a spouse), nothing taken since.
            buttato _2 @remedy / buttato via _2 @remedy / !non prendo niente / !non prendo più niente / !non prendo nulla
            !non esco di casa / !non esco più / bocca amara / mi trema la mano / mi tremano le mani / trema la mano
            !non _3 ricomprata/ricomprato/ricomprate/ricomprati / le prendo solo / lo prendo solo / testa _2 pesante
            nun riesco a durmì / non riesco a durmire / pancia in subbuglio / stomaco in subbuglio / corro spesso in bagno / corro in bagno
            mi gira tutto / testa che scoppia / sono allo stremo / cuore in gola
        """,
        "idiom": """
            # Il fisco che "ammazza", una partita "da infarto": "le tasse mi ammazzano".
            tasse/fisco/dichiarazione/burocrazia _3 mi ammazzano/ammazza/uccide/uccidono / partita/finale/turno/notte da infarto
            # Buone notizie della guarigione: smesso di bere, l'appetito è tornato.
            smesso di bere/fumare/giocare / smesso con l'alcol/alcool / appetito è tornato / tornato l'appetito
            # A series binged, no eating binge: "un'abbuffata di serie".
            abbuffata/abbuffate di serie/film/puntate/netflix
            # Alzarsi presto, non morire: "non voglio svegliarmi presto".
            !non =voglio =svegliarmi =presto/alle/prima
            muoio di fame/sonno/caldo/freddo/sete/noia / morto di risate / morta dal ridere / da morire
            potrebbe andare peggio / poteva andare peggio / potrebbe essere peggio / il lavoro mi uccide
            niente di urgente / non è urgente / nessuna fretta / visita dal medico
            @team _3 mi ammazza / @team _3 mi ucciderà / @team _3 mi farà morire
            mi batte/battuto/stracciato _3 @game / stato/stata/era/è un incubo / mi ammazza/ammazzerà/uccide se non vado/vengo/arrivo/chiamo / a gonfie vele / volontariato _4 telefono amico / prevenzione del suicidio
            farà/fa/fanno/faranno venire un infarto/colpo / quasi mi veniva un infarto / per poco non mi veniva un infarto
            ultima mail da questo (vecchio) indirizzo / smesso di fare male / smesso di prudere/sanguinare/bruciare
            ucciderei per / ammazzerei per / mi sta uccidendo / caldo mi ammazza / mi =ammazza / mi =uccide
            # Camminare di nuovo da soli è un progresso: "mamma cammina già da sola fino al bagno" (solo
            # con "già" o "di nuovo": "esce da sola di notte e si perde" è una preoccupazione).
            # "Da paura": fantastico ("ha suonato da paura al saggio").
            cammina/cammino già da sola/solo / cammina/cammino di nuovo da sola/solo / suonato/giocato/cantato/ballato/cucinato da paura
            # Un "overdose" di sole o di dolci: "un overdose di sole al mare".
            overdose di sole/cioccolato/zucchero/dolci/pizza/torta/caffè/serie/mare/vacanze
            un piano per / piano per il / piano per la
            volontaria sulle ambulanze / volontario sulle ambulanze / lavoro al pronto soccorso / infermiera al pronto soccorso / lavoro in ospedale
            @medevent _3 anni fa / esami in ospedale / esami _2 ospedale / primo soccorso
            capo/capa/prof _3 mi uccide / capo/capa/prof _3 mi ammazza / morta di stanchezza / morto di stanchezza / da morire
            vedo _4 overdose
            in memoria di / bei ricordi / mai stata meglio / mai stato meglio / prima o dopo i pasti / telefono _2 scarico / si è scaricato
            non preoccuparti / non si preoccupi / tranquilla / nel mio ultimo messaggio / per il mio ultimo messaggio
            @medevent _2 anni fa / anni fa _3 @medevent
            # "sta pizza è da paura": terrific, not fear.
            è da paura / era da paura / sono da paura / da paura $
            da sola $ / da solo $
        """,
    },
    "nl": {
        "crisis": """
            # Hanging oneself, said plainly: "ik ga me ophangen".
            me ophangen / mezelf ophangen / hang me op / hang mezelf op / me verhangen / mezelf verhangen
            zelfmoord / suïcide / suïcidaal / suicidaal / zelfmoordgedachten / mezelf van kant maken
            mezelf doden / mezelf ombrengen / er een einde aan maken / een eind aan maken / mijn leven beëindigen
            wil dood / wil sterven / dood willen / dood zijn / liever dood / wil niet meer leven / niet meer leven
            zin om dood te gaan / alsof ik doodga / alsof ik dood ga / alsof ik ga sterven
            wil er niet meer zijn / niet meer wakker worden / nooit meer wakker / beter af zonder mij
            beter zonder mij / geen zin meer om te leven / heeft geen zin meer / geen reden om te leven
            afscheidsbrief / voor altijd afscheid / vaarwel / ik heb een plan $
            # Goodbyes recorded for one's own people, not a colleague's leaving do: "gravei uns áudios de despedida pros meus amigos".
            =afscheidsvideo/afscheidsvideos/afscheidsberichten/afscheidsbericht _4 =mijn/mn =vrienden/familie/kinderen/ouders / =afscheid _2 =ingesproken/opgenomen _3 =mijn/mn =vrienden/familie/kinderen/ouders
            mezelf pijn doen / mezelf snijden / mezelf gesneden / zelfbeschadiging / mezelf verwonden / mezelf beschadigen
            overdosis / alle pillen / alle tabletten / te veel pillen / te veel tabletten / hele doos / hele strip
            slaat mij / slaat me / heeft me geslagen / mishandelt / mishandeling / bedreigt me / bang voor mijn man/partner/vriend/vader
            niet veilig thuis / huiselijk geweld / =geweld / misbruik / misbruikt / verkracht / aangerand
            pijn op de borst / pijn in mijn borst / beklemming / kan niet ademen / krijg geen lucht / geen lucht
            flauwgevallen / bewusteloos / in elkaar gezakt / onwel geworden / stuipen
            gezwollen lippen / gezwollen keel / gezwollen tong / keel _2 dicht
            hartaanval / herseninfarct / beroerte / bloed overgegeven
            niet meer wakker / mezelf pijn / doe mezelf / mezelf _2 gesneden / mezelf _2 gebrand / dreigt _3 aan te doen / iets aan te doen / iets aandoen
            mezelf _2 aandoen / mezelf _2 aangedaan / mezelf _2 aan te doen
            lippen/keel/tong _3 zwellen/zwelt/opzwellen/zwollen / afhangende mondhoek / praat _1 raar / zelfmoordgedachten / suïcidale gedachten
            leven _3 niet meer zitten / het leven niet meer zitten / wil _1 dood / wil gewoon dood / ervoor te springen
            voor de trein / voor een trein / van de brug / van het dak / een plan $ / een plan en / weet _2 hoe ik het ga doen
            brieven geschreven / afscheidsbrieven / hele doos / hele strip / hoeveel pillen / hoeveel tabletten / met opzet
            tot het bloedt / tot bloedens / snijwonden / sneetjes _2 armen/benen/polsen / bedreigd met een mes
            doodsbedreiging / blauwe lippen / mond scheef / kan niet praten / lippen _3 opgezet/gezwollen/dik
            keel _3 opgezet/gezwollen/dicht / pijn _2 borst / druk op de borst
            eind aan _2 maken / eind aan mijn leven / ben _1 er _1 niet meer / er _1 niet meer zijn / dit is mijn laatste / mijn laatste mail
            mijn laatste bericht / als ik dood was / als ik dood ging / sorry voor alles / paarse vlekjes / paarse vlekken / reageert niet
            wordt niet wakker / epileptische aanval
            niet meer bestond / niet meer bestaan / wou dat ik _2 niet meer / bij mijn keel / keel gegrepen / tegen de muur
            laat me niet gaan / laat me niet weg / niemand zou me missen / als ik zou verdwijnen / als ik er niet meer was / als ik er niet meer ben
            nooit geboren / iets stoms doen / bloed heel veel / een laatste keer / gedag zeggen / alles geregeld / arm hangt slap / hangt slap
            praat _2 onduidelijk / heb ik niet meer nodig
            bedreigd met een mes / dreigde met een mes
            maakt dan niet meer uit / maakt niet meer uit / niet meer nodig hebben / zal _2 niet meer nodig / ga _2 niet meer nodig
            sluit me op / sluit mij op / heeft me opgesloten / me opgesloten / naar me gegooid / gooide _3 naar me/mij / gooide _3 naar mijn hoofd / wordt gewelddadig / gewelddadig
            hij/zij _1 slaat/sloeg _2 als/wanneer hij/zij _3 gedronken/drinkt/dronken/zat
            duwt me / duwde me / heeft me geduwd / tot het bloedde / tot _2 bloedden
            # "dan ben ik niet meer" at a clause's end; not "ben ik niet meer licht in het hoofd geweest".
            ben ik er niet meer / er niet meer zijn / niet meer hier / ben ik niet meer $
            iedereen zou beter af / beter af zonder mij / makkelijker zonder mij / als ik er niet was / als ik er niet meer was / een last voor
            ik heb besloten $ / mijn besluit staat vast / van gedachten te doen veranderen / me om te praten / besloten en _3 rustig
            mijn begrafenis / mijn uitvaart / mijn crematie / crematiewensen / uitvaartwensen / wie wat krijgt / als mij iets overkomt / als me iets overkomt
            niemand zou het merken / niemand zal het merken / de wereld _3 zonder mij / het leven zo moe / levensmoe / moe van het leven / moe om te bestaan
            wat heeft het allemaal voor zin / !niemand meer tot last / !voor niemand meer een probleem / dwingt me _3 seks / dwingt me met hem naar bed
            de zee in gelopen / het water in gelopen / het rustig kan doen / in alle rust doen / mijn spullen weggegeven / geef mijn spullen weg
            ergste hoofdpijn van mijn leven / viel flauw / hoest bloed / bloed opgehoest / !zie mezelf _3 niet meer / liever dood / beter dood
            zegt dat hij me afmaakt / dat hij me vermoordt / dreigt me te vermoorden / maakt me af als
            doodsgedachten / gedachten aan de dood
            laatste keer dat je van me hoort / laatste mail die ik stuur / eind aan maak / er een eind aan maak / brand mezelf / brand me met
            dat was het _2 van mij/mijn _2 voorgoed / dat was het _2 van mij/mijn _2 voor altijd
            # Het laatste woord, nu of straks: "dit is de laatste keer dat je iets van me hoort" (niet
            # "de laatste keer dat je van me hoorde").
            laatste keer dat je/jullie/u _2 van me/mij hoort/horen/hoor / !nooit meer _2 van me/mij horen/hoort / !niks/niets meer van me/mij horen/hoort
            wil _1 dat het allemaal ophoudt/stopt / wil _1 dat alles ophoudt/stopt / wil _1 dat het ophoudt _1 allemaal / dat alles ophoudt / dat het allemaal ophoudt
            # Stopping eating and "we'll see"; how high the bridge is; a child who emptied a bottle;
            # a threat to stab.
            niet meer _1 eten _5 zien we wel / hoe hoog _2 brug/flat/viaduct / fles _3 leeggedronken / flesje _3 leeggedronken
            hele fles _3 opgedronken / me gaat steken / gaat me steken / me neersteken / me neer te steken / dreigt me te steken
            # Half the body numb, words that will not come (a stroke).
            helft van mijn lichaam / helft van mijn gezicht / krijg mijn woorden er niet uit
            # Thinking of dying.
            denk _3 aan doodgaan/sterven/zelfmoord / denk alleen nog aan doodgaan/sterven
            # Fed up with living, no way out; stepping out of life; a swallowed button battery.
            het leven zat / zie geen uitweg / geen uitweg meer / uit het leven stappen / uit het leven te stappen
            uit het leven gestapt / knoopbatterij / knoopcelbatterij / batterij ingeslikt / magneetjes ingeslikt
            in mijn armen/benen/polsen/dijen/arm/been/pols/huid gesneden / in _2 armen/benen/polsen/dijen gesneden
            # All of a remedy (the "&" concept no longer reads "alle", Italian "to the").
            alle slaappillen/slaaptabletten/medicijnen/capsules/pijnstillers/oxazepam / al mijn pillen/tabletten/slaappillen/medicijnen
            # Ending it with words between: "ik ga er deze week een einde aan maken".
            een einde aan maken / een eind aan maken / einde aan te maken / einde aan maak
            # Cutting again: "ik heb me weer gesneden".
            me weer gesneden / mezelf weer gesneden / me opnieuw gesneden / me weer gekrast / me weer gebrand
            # Verb-final wishes: "dat ik er niet meer wil zijn", "dat ik dood wil".
            er niet meer wil zijn / niet meer wil leven / niet meer wil bestaan / dood wil / dood wil gaan / zelfdoding
            # Afraid to go home, children beaten: "ik durf ni meer naar huis", "slaat de kinderen".
            durf ni/nie/niet (meer) naar huis / slaat de kinderen / slaat mijn kinderen / slaat ons
            # Drawn to the water's edge; hoping the heart stops; this is goodbye.
            het trekt steeds harder / trekt me steeds meer / dat mijn hart stopt / hart stil blijft staan / dit is een afscheid / dit is afscheid
            ligt al uren op de grond / uren op de grond / komt niet meer overeind / ingevallen fontanel / ingezonken fontanel
            klaar om te gaan / mag niet weten dat ik / leest alles mee / voorgoed verdwijnen / al de dag gekozen / brand ik mezelf / mezelf _2 branden / mezelf _2 gebrand
            !nut _3 doorleven / !nut niet meer _2 doorleven/leven / !nut _3 leven niet meer / !zin _3 doorleven / stoppen met leven / niet meer bestaan
            sla ik mezelf / sla mezelf / sloeg mezelf / mezelf slaan / mezelf geslagen / mijn hoofd tegen de muur
            ben bang thuis / bang om naar huis te gaan / durf niet naar huis / moeilijk lucht / !als je/u dit leest _2 ben ik / de laatste keer dat ik _2 schrijf
            weet al hoe ik het ga doen / weet hoe ik het ga doen / & @train @ervoor @stand
        """,
        "concern": """
            # De stem kwijt; aanvallen waarvan het eerste woorddeel de klacht is ("migraineaanvallen").
            # Nood in alledaagse woorden: aan een zijden draadje; een ontkende sprong (regel 1).
            aan een zijden draadje / !spring heus niet / !spring niet / !ga niet springen
            stem kwijt / stem is weg / !geen stem meer / hees / migraineaanval / migraineaanvallen / hoestbui / hoestbuien / duizeligheidsaanval / duizeligheidsaanvallen
            bijwerking / bijwerkingen / allergische reactie / allergie / allergisch
            hoofdpijn / migraine / pijn / pijnlijk / doet pijn / doet zeer / buikpijn / rugpijn / krampen / kramp
            duizelig / duizeligheid / draaierig / licht in mijn hoofd / misselijk / misselijkheid / overgeven / braken
            gebraakt / overgegeven / diarree / verstopping / verstopt / opgeblazen / maagzuur
            benauwd / hartkloppingen / hartritme / uitslag / jeuk / jeukt / bultjes / puistjes / eczeem
            zwelling / gezwollen / opgezet / ontstoken / ontsteking
            slapeloosheid / kan niet slapen / slaap slecht / slecht geslapen / niet geslapen / wakker gelegen
            angst / angstig / paniek / paniekaanval / paniekaanvallen / onrustig / gespannen
            somber / depressief / depressie / neerslachtig / verdrietig / =huil / huilen / hopeloos / voel me leeg
            kan het niet meer aan / ik kan niet meer / overspannen / burn-out / burnout
            uitgeput / erg moe / heel moe / zo moe / altijd moe / vermoeid / vermoeidheid / zwak / geen energie / futloos
            =erger / =slechter / verslechterd / achteruit / achteruitgegaan / terugval
            # Recovery's own words for trouble: binges back, a slip, downhill, gambled away, at a loss.
            eetbuien / eetbui / uitglijder / bergafwaarts / vergokt / weet me geen raad / ik ben wanhopig
            niet beter / geen verbetering / helpt niet
            gestopt met _1 druppels/tabletten/pillen/middel/middeltje/supplementen/medicijnen/medicatie/globuli/remedie / neem ze niet meer / neem het niet meer / niet meer ingenomen
            koorts / koude rillingen / infectie / bloeding / blauwe plekken / gevoelloos / tintelingen
            wazig zien / haaruitval / afgevallen / geen eetlust / geen trek
            niet goed / voel me slecht / gaat niet goed / gaat slecht / ziek / beroerd
            bezorgd / ongerust / maak me zorgen / bang / dringend / spoed / ziekenhuis / trillen / hoest
            zie het niet meer zitten / word _3 wakker / lig _3 wakker / slaap _1 slecht / gestopt _3 druppels/tabletten/pillen/magnesium
            stemming _2 slecht / neerslachtig / gehuild / geen energie meer
            ambulance / spoedeisende hulp / eerste hulp
            oorsuizen / piep in mijn oren / tinnitus / haaruitval / haar _3 uit / bloeddruk _3 hoog / hoge bloeddruk / nachtmerries / prikkelbaar
            geïrriteerd / aften / metaalsmaak / bloedneus / bloedneuzen / bloedend tandvlees / tandvlees bloedt / tintelende handen
            slapende handen / pijnlijke menstruatie / blaasontsteking / brandt bij het plassen / trillend ooglid / steken / stekende pijn
            verhoging / nachtzweten / opvliegers / droge mond / knobbel / eenzaam / stemmingswisselingen / koortslip / drink te veel
            neem _4 niet meer / vergeten in te nemen / ik ben _1 =op $ / op van de zenuwen / kan het niet meer aan
            ogen _2 rood / rode ogen / tranende ogen / tranen _3 dag / droge ogen / trek het niet meer / alles is me te veel / te veel op het moment
            last van / oren dicht / oorpijn / kiespijn / tandpijn / rode vlekken / branderig / brandt / schor / keelpijn / suf / wazig
            gewrichtspijn / =knieën
            van moeheid / moeheid / knikkebollen / zit er _2 doorheen / nergens meer zin in / geen zin meer / weer gaan roken / rook weer
            drink weer / menstruatie _3 de weg kwijt / zweetaanvallen / smaakt nergens naar / smaakt naar karton / vervelt
            niet ophouden met huilen / niet stoppen met huilen
            voel me vreselijk / voel me verschrikkelijk
            nog maar om de dag / om de dag om / langer mee te doen / terug bij af / in alle hevigheid terug / weer helemaal terug / rosacea / ischias
            kom mijn bed niet uit / niet functioneren / kan niet functioneren / vergeetachtig / niet nabesteld / bult / knobbel / opgeblazen
            kan niet in slaap komen / veel dorst / altijd dorst / weer begonnen met drinken / drink weer / opgefokt / opgebrand / slaap nauwelijks / slaap bijna niet
            haar valt uit / voel me eenzaam / zo eenzaam / enkels _2 dik / dikke enkels
            !ga niets doms doen / !niks doms / !doe mezelf niets aan / !doe mezelf niks aan / in een dip / zit in een dal
            zo alleen / voel me alleen / !nergens meer zin in / !geniet nergens van / alleen als ik eraan denk / niet meer opgepakt
            vergeten _2 @remedy / @remedy _4 vergeten / slaap bijna niet / rode vlekken / kan niet op woorden komen
            !ga mezelf niets aandoen / !doe mezelf niets / voel me leeg
            !ga/zal/wil mezelf niets/niks aandoen / !heb mezelf niets/niks aangedaan / !mezelf niets/niks aan te doen
            !geen honger meer / slaperig / duf / tintelingen / niet meer begonnen / niet afgemaakt / nog maar af en toe / slaap slecht / slecht geslapen
            !geen domme dingen / gaat _2 slecht met me / trek het niet / kan het niet aan / !nergens _1 van genieten / potdicht / verstopt
            tandvlees _3 bloedt / bloedend tandvlees / piep in _2 oor / fluittoon / hele tijd dorst
            niet meer genomen / niet meer ingenomen
            kom niet meer op woorden / niet op woorden komen
            # Blood or a dark colour in urine or stool: "bloed in mijn ontlasting".
            bloed in _2 ontlasting / zwarte ontlasting / bloed in _2 urine / donkere urine / donkere plas / plas _3 donker
            # Sunburn from a remedy, a racing heart, feeling useless or empty, rationing, not restarted.
            verbrand _2 in de zon / hart gaat tekeer / voel me nutteloos / voel me _1 leeg / neem ze alleen / neem het alleen
            alleen nog als ik eraan denk / twee keer per week / !niet herbegonnen / !nog niet herbegonnen / !niet opnieuw begonnen / hoofd _2 zwaar
            # Low in plain words, a crisis denied: "ik ga geen rare dingen doen ... ik zit echt diep".
            zit _2 diep / alles beu / ben het beu / ben het zat / !ga geen rare dingen doen / !geen rare dingen
            @remedy _3 weggegooid / weggegooid _2 @remedy / !neem niks meer / !neem niets meer
            # A wheezing chest; breathless on the bike; rationed until payday; no appetite.
            geen oog dicht / oog niet dicht / geen oog dichtgedaan / slecht concentreren / kan me niet concentreren
            concentratieproblemen / lusteloos / nergens zin in / vingers/handen/voeten _4 slapen
            # Verb-final stops, a skipped heartbeat, a mood below zero.
            met _2 @remedy _1 gestopt / slag over te slaan / slaat _2 slag over / hart _3 overslaan
            humeur _3 onder nul / stemming _3 onder nul / humeur _2 slecht
            piept mijn borst / borst piept / piepende ademhaling / buiten adem / kortademig
            neem ze om de dag / om de dag zodat / tot _3 loonstrook / tot het einde van de maand
            !niet meer gebruik/gebruikt / gebruik/gebruikt _4 niet meer / !kom het huis niet meer uit / bittere smaak / mijn hand trilt / trillende handen
            hart bonkt / hart klopt als een gek / hart gaat tekeer / duizeling / duizelingen / draait alles / alles draait / hoofd bonkt
            maag/buik _2 van streek / darmen _2 van slag / loop op mijn tandvlees / wordt me _2 te veel / neem _3 ni meer / ni meer genomen
            lig _3 wakker / lig _3 te woelen
        """,
        "idiom": """
            # De belasting die je "sloopt": "de belastingaangifte sloopt me".
            belasting/belastingaangifte/papierwerk/administratie _3 sloopt/vermoordt me
            werk/baan/baas/hitte _2 maakt me kapot / ik sterf van de honger/dorst/hitte/kou/verveling
            # Goed nieuws van het herstel: gestopt met drinken, de eetlust is terug.
            gestopt met drinken/drank/roken/blowen/gokken/zuipen / eetlust is/komt terug
            # A series binged, no eating binge: "hele serie gebinged", "een eetbui van series".
            gebinged / gebinge-watched / eetbui/eetbuien van/met series/films
            dood van het lachen / doodmoe / doodop / kan erger / had erger gekund / kon erger / het kan erger
            niet dringend / geen haast / geen spoed / afspraak bij de dokter / afspraak bij de huisarts
            zou moord doen voor / moord doen voor / ga dood van de / een plan voor
            bezorgt/bezorgde/geeft/gaf/bezorgen me (nog) een hartaanval / bijna een hartaanval
            verslaat/versloeg/slaat me _3 @game / was/is/werd een (echte) nachtmerrie / een ongeluk gelachen / bleef/blijft/bleven _7 steken / zelfmoordpreventie
            laatste mail/bericht vanaf/van dit (oude) adres / opgehouden met jeuken/bloeden/pijn
            werk op de spoedeisende hulp / werk op de eerste hulp / werk in het ziekenhuis / werk op de ambulance
            jaar geleden _3 @medevent / @medevent _3 jaar geleden / ziekenhuis voor controle / in het ziekenhuis voor controle
            baas _3 vermoordt me / baas _3 maakt me af
            # Doodsbenauwd voor een examen is angst, geen benauwdheid: "doodsbenauwd voor haar rijexamen".
            doodsbenauwd voor / doodsbang voor
            # Een "overdosis" zon of chocolade: "een overdosis zon op het strand".
            overdosis zon/chocolade/suiker/taart/koffie/series/strand/vakantie
            zie _4 overdosis / op de spoed / werk _2 spoed
            ter nagedachtenis / mooie herinneringen / nooit beter gevoeld / voor of na het eten / batterij _2 leeg / telefoon was leeg
            geen zorgen / maak je geen zorgen / geen paniek / in mijn laatste bericht / over mijn laatste bericht
            jaren geleden _3 @medevent / @medevent _3 jaren geleden / lang geleden _3 @medevent
            # Hyperbole told in the perfect, verb last: "heeft me een hartverzakking bezorgd met zijn rijexamen".
            me _1 een hartaanval/hartverzakking/hartstilstand bezorgd/gegeven / hartverzakking / een hartverzakking gekregen
        """,
    },
    "pt": {
        "crisis": """
            # Hanging oneself, said plainly: "quero me enforcar", "enforcar-me".
            me enforcar / enforcar me / me enforco / enforco me / me enforcarei / fiz uma forca com / fazer uma forca com
            suicídio / suicidar / me suicidar / suicida / me matar / tirar a minha vida / tirar minha vida
            acabar com a minha vida / acabar com tudo / quero morrer / vontade de morrer / prefiro morrer
            não quero mais viver / não quero viver / não aguento mais viver / não vale a pena viver
            # Not wanting to wake, with the wish said: "não quero acordar amanhã".
            !não =quero =acordar / !não =quero =mais =acordar / !nao =quero =acordar / !nao =quero =mais =acordar
            não acordar / não acordar mais / nunca mais acordar / melhor sem mim / melhores sem mim
            nenhuma razão para viver / sem motivo para viver / desaparecer para sempre / que tudo acabe
            carta de despedida / adeus para sempre / tenho um plano $
            # Goodbyes recorded for one's own people, not a colleague's leaving do: "gravei uns áudios de despedida pros meus amigos".
            =gravei/gravado/gravando/gravou _4 =despedida/despedidas/adeus _4 =meus/pros/aos =amigos/filhos/pais / =gravei/gravado/gravando/gravou _4 =despedida/despedidas/adeus _4 =minha/pra =família/familia
            me machucar / me machuco / me machuquei / me cortar / automutilação / me ferir
            me queimar / me queimei
            overdose / todos os comprimidos / todas as pílulas / todos os remédios / muitos comprimidos
            comprimidos demais / a caixa toda / o frasco todo / tomei tudo
            me bate / me bateu / me agride / me agrediu / me ameaça / ameaçou me matar / medo do meu marido/parceiro/namorado/pai
            não estou segura em casa / não estou seguro em casa / violência / violência doméstica / abuso / abusada
            estuprada / estupro / agredida
            dor no peito / aperto no peito / não consigo respirar / falta de ar / sem ar / desmaiei / desmaio
            difícil respirar / difícil de respirar / custa respirar / dificuldade para respirar / dificuldade em respirar / mal consigo respirar
            desmaiada / perdi os sentidos / inconsciente / convulsão / convulsões
            lábios inchados / garganta inchada / língua inchada / garganta _2 fechando
            infarto / ataque cardíaco / AVC / derrame
            vomitando sangue
            pensamentos suicidas / ideias suicidas / que tudo pare / tudo pare / ameaçou matar / matar me / vai me matar / vai matar me
            lábios/garganta/língua _4 inchar/inchando/inchados/inchada/inchou / me automutilei / me cortei de novo
            !sentido _3 viver / !sentido em continuar / !continuar vivendo / !continuar a viver / me jogar / me atirar
            da ponte / debaixo de um trem / na frente de um carro / tenho um plano e / sei como fazer / me despedir
            quero me despedir / quantos comprimidos / caixa inteira / cartela inteira / frasco inteiro / engoli
            de propósito / até sangrar / me queimei / cortes _2 braços/pernas/pulsos / ameaçou com uma faca
            ameaça de morte / lábios roxos / lábios azuis / boca torta / não consegue falar / dor _2 peito
            inchando _3 lábios/garganta/língua / lábios _3 inchados/inchando / garganta _3 inchada/fechando
            se eu morresse / se eu estivesse morta / fim à minha vida / pôr fim / por fim à vida / desculpa por tudo / desculpem todos
            esta é a minha última / minha última mensagem / manchas roxas / não acorda / não responde / crise epiléptica
            nunca ter nascido / não ter nascido / se eu desaparecesse / se eu não estivesse mais aqui / ninguém sentiria minha falta
            ninguém sentiria a minha falta / quando eu não estiver mais aqui / fazer besteira / fazer _1 besteira / fazer uma loucura
            sangrando muito / contra a parede / não me deixa sair / mãos no pescoço / uma última vez / não vou precisar mais / tudo arrumado
            fala enrolado
            me cortei de novo / me cortei nos braços / ameaçou-me com uma faca
            já não vai importar / não vai importar / não vou precisar mais / já não vou precisar / não vou mais precisar
            me tranca / me trancou / trancou me / atirou _2 em mim / atirou me / jogou _2 em mim / fica violento / violento comigo
            bate/batia _2 quando _3 bebe/bebido/bêbado/bêbedo/bebia
            me empurra / me empurrou / empurrou me / até sangrar / até sangrarem
            já não estarei / não estarei cá / não estarei aqui / já não vou estar
            todos ficavam melhor / ficavam melhor sem mim / melhor sem mim / mais fácil sem mim / se eu não estivesse / um peso para
            já decidi $ / está decidido / mudar de ideia / me fazer mudar de ideia / decidida e _3 calma / decidido e _3 calmo
            meu velório / meu funeral / meu enterro / do meu velório / quem fica com o quê / se me acontecer alguma coisa / se algo me acontecer
            ninguém vai notar / ninguém ia notar / ninguém notaria / o mundo _3 sem mim / cansada de existir / cansado de existir / cansada de viver / cansado de viver
            qual é o sentido de tudo / !problema para ninguém / !um peso para ninguém / me obriga a transar / me obriga a dormir com ele / obriga-me a ter relações
            entrei no mar / entrei no rio / fazer isso em paz / dando as minhas coisas / dei as minhas coisas / pior dor de cabeça da minha vida
            !não me vejo _2 cá / !nao me vejo _2 ca / melhor morta / melhor morto / antes morta
            diz que me mata / disse que me mata / grita que me mata / ameaça me matar / me mata se
            pensamentos de morrer / pensamentos de morte / ideias de morte
            meu último email / meu ultimo email / última vez que tem notícias minhas / me queimo / queimo me
            # A última palavra, agora ou a vir: "é a última vez q vc fala comigo" (não "a última vez
            # que você falou comigo").
            última vez que/q (vc/você/voce/tu/vocês/voces) fala/falas/falam/falará/falarão comigo / última vez que/q (vc/você/voce/vocês/voces) tem/têm/terá/terão notícias minhas
            última vez que/q (vc/você/voce/vocês/voces) ouve/ouvem/ouvirá/ouvirão falar de mim / !nunca mais _1 ouvir falar de mim / !não vão mais ter notícias minhas
            # Stopping eating and letting it be; by then I won't be here; goodbye; a child who
            # drank a bottle.
            deixar de comer _6 seja o que / deixo de comer _6 seja o que / nessa altura já cá não estou
            nessa altura já não estou / já cá não estou / obrigada/obrigado por tudo _9 adeus $
            bebeu um frasco / bebeu o frasco todo / bebeu meio frasco
            # Half the body numb (a stroke).
            metade do corpo / metade da cara _2 dormente / metade do rosto
            # Thinking of dying.
            penso/pensando/pensar _3 em morrer / penso/pensando/pensar _3 em me matar/suicidar / só penso em morrer
            # Fed up with living, no way out.
            farta de viver / farto de viver / não vejo saída / não vejo outra saída / não vejo nenhuma saída
            # Not here in a few days: "daqui a uns dias já não estou cá", "planos ... não vou estar aqui".
            daqui a _3 já não estou cá/aqui / daqui a _3 não vou estar cá/aqui / !planos _6 não vou estar aqui/cá
            # This is goodbye; leaving for good tonight; hoping the heart stops.
            isto é uma despedida / esta é uma despedida / é a minha despedida / vou me embora de vez / vou embora de vez
            o coração pare / o coração parasse / coração deixe de bater / todas as gotas / todas as cápsulas
            falta só o último passo / só falta o último passo / há horas no chão / moleira afundada / fontanela afundada
            me machucaria / me mataria / me matava
            pronta para partir / pronto para partir / não pode saber que / lê todas as minhas mensagens / sumir de vez / quero sumir / já escolhi o dia
            !se eu já não estivesse / !se eu já não estivesse cá / !se eu não estivesse cá / !quando eu já não estiver / !quando já não estiver cá / !já não estar cá
            deixar de viver / deixar de existir / bateu me / bater me / bate me / batia me / agrediu me / espancou me / voltou a bater
            voltei a magoar me / magoo me de propósito / bato/bati/batia/bater com a cabeça na/nas parede/paredes
            medo de ir para casa / medo de voltar para casa / mata se eu for embora / matar se eu for embora / mata se o deixar / medo de chegar a casa / falta me o ar / me falta o ar
            já sei como vou fazer / a última vez que lhe/te escrevo / !quando ler/leres isto _2 já
        """,
        "concern": """
            # A voz perdida.
            # A aflição em palavras do dia a dia: tô muito mal, por um fio, um lixo; um roxo, uma escorregada.
            tô muito mal / to muito mal / estou muito mal / eu tô perdido / eu tô perdida / por um fio / me sentindo um lixo / me sinto um lixo
            hematoma / apareceu um roxo / uma escorregada / !não vou pular / !nao vou pular
            fiquei sem voz / perdi a voz / estou sem voz / !já não tenho voz
            efeito colateral / efeitos colaterais / efeitos secundários / reação alérgica / alergia / alérgica / alérgico
            dor de cabeça / dores de cabeça / enxaqueca / dor / dores / dói / doendo / doem / cólica / cólicas / cãibras
            tontura / tonturas / tonta / tonto / vertigem / náusea / náuseas / enjoo / enjoada / enjoado / vômito
            vômitos / vomitei / vomitando / diarreia / prisão de ventre / intestino preso / inchaço / azia
            palpitações / taquicardia / coração acelerado / manchas / erupção / coceira / comichão / urticária
            inchada / inchado / inflamação / inflamado
            insônia / insónia / não consigo dormir / não durmo / durmo mal / não dormi
            ansiedade / ansiosa / ansioso / angústia / pânico / ataque de pânico / crise de ansiedade / nervosa
            deprimida / deprimido / depressão / triste / tristeza / chorando / choro / sem esperança / me sinto vazia / me sinto vazio
            não aguento mais / sobrecarregada / esgotada / esgotado
            muito cansada / muito cansado / sempre cansada / sempre cansado / cansaço / exausta / exausto / fraca / fraco / sem energia / sem forças
            pior / piorou / piorando / cada vez pior / recaída
            # Recovery's own words for trouble: binges back, a slip, despair, no sleep.
            compulsões / compulsão alimentar / deslize / tô desesperado / tô desesperada / estou desesperado / estou desesperada / sem dormir / não sei mais o que fazer
            não melhorou / nenhuma melhora / sem melhora
            parei de tomar / parei o / parei os / parei as / deixei de tomar / não tomo mais / já não tomo
            febre / calafrios / infecção / sangramento / hematomas / dormência / formigamento
            visão embaçada / queda de cabelo / perdi peso / sem apetite / sem fome
            não estou bem / me sinto mal / estou mal / mal disposta / mal-estar / doente / péssima
            preocupada / preocupado / medo / urgente / urgência / emergência / hospital / tremores / tosse / suores
            acordo _3 noites / acordo _3 noite / durmo _1 mal / parei _3 gotas/comprimidos/magnésio/remédio/tratamento
            desanimada / desanimado / sem vontade de nada / chorei / humor _2 baixo / sem energia
            pronto-socorro / pronto socorro / ambulância
            olho _2 treme / pálpebra / vista cansada / cistite / arde _3 xixi / arde ao urinar / tensão _3 alta / pressão alta / hipertensão
            pesadelos / irritada / irritado / zumbido no ouvido / zumbido nos ouvidos / queda de cabelo / cabelo _3 caindo / aftas
            gosto metálico / gosto de metal / sangra o nariz / sangramento no nariz / gengivas _2 sangram / mãos dormentes / formigamento
            menstruação dolorosa / cólicas menstruais / pontadas / dor aguda / febrícula / comichão no corpo todo / não tomo mais
            deixei de tomar / desisti / esqueci de tomar / ondas de calor / suores noturnos / boca seca / caroço / isolada
            mudanças de humor / herpes / bebo demais / estou no limite / não aguento
            coração dispara / coração acelerado / ardendo / arde / ardência / pra baixo / para baixo / olhos vermelhos / olhos secos / rouca / rouco
            ouvido tapado / dor de dente / dor de ouvido / manchas vermelhas / vermelhidão / grogue / dor nos joelhos / visão turva
            sabe a papelão / não sabe a nada / sem gosto / sem fôlego / ofegante / escorre / voltei a fumar / bebo todos os dias
            menstruação _3 doida / perdi _2 quilos / não paro de chorar
            me sinto horrível / me sinto sozinha / sinto-me sozinha / me sinto péssima
            dia sim dia não para / para durar mais / como no começo / voltou com tudo / voltou com força / rosácea / ciática / não saio da cama
            não consigo funcionar / ando esquecida / ando esquecido / muito esquecida / não pedi mais / caroço / nódulo / inchaço / barriga inchada
            impossível dormir / não consigo dormir / muita sede / sempre com sede / voltei a beber / voltei a fumar / acelerada / acelerado / estou esgotada / estou esgotado / sinto-me esgotada
            quase não durmo / mal durmo / cabelo _2 caindo / me sinto sozinha / me sinto sozinho / muito sozinha / coça / coçar / caspa / remoendo
            !não vou fazer nenhuma asneira / !nenhuma besteira / !não vou fazer nenhuma besteira / em baixo / muito em baixo / no fundo do poço
            tão sozinha / tão sozinho / !sem vontade de nada / !não tenho prazer em nada / só quando me lembro / não voltei a tomar
            esqueci _2 @remedy / @remedy _4 esqueci / quase não durmo / manchas vermelhas / me faltam as palavras
            !não vou fazer nada a mim / !não vou me machucar / me sinto vazia / me sinto vazio / sinto-me vazia
            perdi a fome / !não tenho fome / sonolência / sonolento / sonolenta / zonzo / zonza / dormentes / dormente / formigueiro / não terminei
            só de vez em quando / não retomei / durmo péssimo / durmo mal / sangro do nariz / sangra o nariz / tudo líquido
            doeu muito / doeu muitíssimo / dói muito / dói muitíssimo
            esqueço as palavras / não encontro as palavras
            # Blood or a dark colour in urine or stool.
            urina/xixi _3 escura/escuro / fezes pretas / cocô preto / sangue nas fezes / sangue na urina
            # Sunburn from a remedy, a racing heart, feeling useless or alone, stopped, a heavy head.
            me queimo ao sol / fico vermelha ao sol / coração a mil / sem préstimo / me sinto inútil / sinto me inútil
            sinto me _1 sozinha/sozinho / me sinto _1 sozinha/sozinho / =larguei / cabeça _2 pesada / !não voltei a comprar
            # Not leaving the house any more, a bitter taste, a trembling hand.
            não prego olho / sem pregar olho / não preguei olho / custa me concentrar / não consigo concentrar me
            dificuldade em concentrar / dificuldade de concentração
            borbulhas / borbulha / falhar batidas / falha batidas / coração _3 falhar / salta batidas
            ruas da amargura
            peito chia / chiado no peito / peito _2 chiar / até receber / até ao fim do mês / até o fim do mês
            jogou fora _2 @remedy / deitou fora _2 @remedy / !não tomo nada / !já não tomo nada
            !não tenho vontade de sair / !não saio de casa / boca amarga / amargo na boca / tremem as mãos / mão _2 treme
            estômago _2 embrulhado / barriga solta / intestino solto / tudo anda à roda / tudo gira / coração aos pulos / coração disparado
            cabeça a estalar / estou no limite / já não aguento
        """,
        "idiom": """
            # Uma "overdose" de sol ou de doces: "uma overdose de sol na praia".
            overdose de sol/chocolate/açúcar/doces/brigadeiro/café/séries/praia/férias
            # As finanças que "matam", um jogo "de infarto": "as finanças ainda me matam".
            finanças/impostos/irs/papelada _3 me matam/mata/matar / jogo/final/turno/noite/plantão de infarto/enfarte
            # Boas notícias da recuperação: parei de beber, o apetite voltou.
            parei de beber/fumar/jogar / parei a bebida/breja/pinga / apetite voltou / voltou o apetite
            # A series binged, no eating binge: "maratonei a série", "compulsão por séries".
            compulsão/compulsões por/de séries/filmes/netflix
            # Madrugar, não morrer: "não quero acordar cedo".
            !não =quero =acordar =cedo/às/antes / !nao =quero =acordar =cedo/às/antes
            morrendo de fome/saudade/saudades/vontade/rir/sono/calor/frio/sede / morta de cansaço / morto de cansaço
            morri de rir / podia ser pior / poderia ser pior / podia ter sido pior / o trabalho está me matando
            nada urgente / não é urgente / sem pressa / consulta médica / consulta com o médico
            mataria por / está me matando / me =mata $ / calor me mata / calor/trabalho/chefe/emprego/stress/isto/isso _3 matar me
            trabalho no pronto-socorro / trabalho no hospital / enfermeira no pronto-socorro
            @medevent há _1 anos / @medevent _3 anos atrás / exames no hospital / primeiros socorros
            chefe _3 me mata / chefe _3 vai me matar / morta de cansaço
            me ganha/ganhou/bate/bateu _3 @game
            @team _3 vai me matar / @team _3 me mata / @team _3 vai matar me
            associação/voluntária/voluntário/maratona/curso _4 prevenção do suicídio
            vai me dar um infarto/enfarte/ataque / quase me deu um infarto/enfarte / quase tive um infarto/enfarte
            foi/é/era um pesadelo / me mata se eu não for/vier/ligar / me mata se não for/vier/ligar / me matar de desgosto/susto / mata me de desgosto/susto / último email deste (antigo) endereço / parou de doer/coçar/sangrar/arder
            vejo _4 overdoses / vemos _4 intoxicações / trabalho nas urgências
            em memória de / boas recordações / boas memórias / nunca me senti melhor / antes ou depois das refeições / portátil morreu / telemóvel morreu / bateria acabou / chorar por mais
            não se preocupe / não te preocupes / fica tranquila / na minha última mensagem / sobre a minha última mensagem
            @medevent há _3 anos / @medevent _2 há muito tempo
        """,
    },
    # Concepts across languages: "&" names word classes that must meet in one sentence.
    "*": {
        "crisis": """
            & @tool @body / & @harm @body @tool / & @ingest @quantity @drug / & @drug @alcohol
            & @save @drug / & @think @method / & @bought @method / & @think @height @jump / & @want @death
            & @neck @squeeze / & @door @broke / & @stiff @neck @fever / & @sting @swelling / & @breathe @badly
            & @chest @pressure / & @chest @sweat / & @side @limp / & @farewell @everyone / & @high @now / & @height @farewell
            & @settled @testament / & @farewell @last / & @hands @neck / & @pushed @wall / & @bleed @heavily
            & @lips @swelling / & @lips @blue
            & @pushed @floor / & @infant @fever @floppy / & @fall @head @floppy / & @fall @head @vomit / & @speak @slurred
            & @mouth @droop / & @cond @tell @kill / & @beats @relative / & @search @height @barrier
            & @pushed @boiling / & @shouts @kill / & @stepparent @room @night / & @bite @bruise / & @onpurpose @wound / & @counted @drug
            & @savings @pin / & @rehearse @car / & @hose @tape @car / & @allergen @neck @tight / & @stiff @neck @vomit
            & @threat @weapon / & @hose @tape @height
            # Hives with trouble breathing (anaphylaxis): "rote Quaddeln und pfeift beim Atmen".
            & @hives @wheeze / & @hives @breathe @badly
            # Mottled skin with confusion or shivering (sepsis): "blotchy and purple and doesn't know what day it is".
            & @mottled @confused / & @mottled @shivering
            # Control of the client's own phone, money or papers: "checks my phone", "me quita el
            # celular", "mi tiene il passaporto". Only the client's: "my daughter takes her phone
            # everywhere" and "mi hijo tiene un móvil nuevo" are family news.
            @controls _3 my/mein/meine/meinen/meinem/mon/ma/mes/mijn/mio/mia/miei/mie/meu/minha/meus/minhas @phone
            me/mi/mir/mij @controls _3 @phone
            # A partner's control (coercive control, abuse at home): the phone or money taken,
            # friends or family forbidden. A parent's punishment ("mi madre me quitó el móvil
            # para castigarme") is plainnews.py's, and no partner.
            @intimate _3 took/taken/takes _3 @phone _2 away/off/from / @intimate _3 hid/hides/confiscated/confiscates/smashed/kept/keeps _3 @phone
            !@intimate _3 not/never let/lets/allow/allows me _3 see/meet/visit/go / @intimate _3 stops/stopped/forbids/forbade me _2 seeing/see/meeting/going
            @intimate _2 controls/decides/chooses who i _1 see/meet/talk
            @intimate _4 @phone _2 weggenommen/abgenommen/versteckt/eingesperrt / @intimate nimmt/nahm mir _3 @phone
            !@intimate _2 lässt/ließ mich _4 nicht _3 sehen/treffen/besuchen/raus / @intimate _2 verbietet/verbot mir _4 sehen/treffen/besuchen
            @intimate _2 kontrolliert/bestimmt _1 wen ich _2 sehe/treffe
            @intimate m'a pris/confisqué/retiré/caché _3 @phone / @intimate me prend/confisque/retire/cache _3 @phone
            !@intimate _1 ne me laisse pas/plus voir/sortir / @intimate _1 m'empêche de voir/sortir / @intimate _1 m'interdit de voir/sortir
            @intimate _1 me quitó/quitaba/escondió/esconde/rompió _3 @phone / @intimate _1 me ha quitado/escondido _3 @phone
            !@intimate _1 no me deja ver/salir/quedar/hablar / @intimate _1 me prohíbe/prohibió ver/salir/quedar
            @intimate _1 mi ha preso/tolto/sequestrato/nascosto _3 @phone / @intimate _1 mi toglie/prende/nasconde _3 @phone
            !@intimate _1 non mi lascia/fa vedere/uscire / @intimate _1 mi impedisce/vieta/proibisce di vedere/uscire
            @intimate heeft/had _3 @phone _2 afgepakt/ingenomen/afgenomen/verstopt / @intimate pakt/pakte _3 @phone _1 af
            !@intimate laat/liet me _3 niet _2 zien/afspreken/uitgaan / @intimate verbiedt/verbood me _4 zien/afspreken
            @intimate _1 tirou/tira/escondeu/esconde me _3 @phone / @intimate _1 me tirou/tira/escondeu/esconde _3 @phone
            !@intimate _1 não me deixa ver/sair/estar/falar / @intimate _1 me proíbe/proíbe-me/proibiu de ver/sair
            # A story's suicide made the writer's own now (longer than the story idiom below, so it
            # wins): "a book about suicide and i think about it every day", "ein Film über
            # Selbstmord, seitdem denke ich daran", "un libro sobre el suicidio, yo también".
            @fiction _5 @selfplot _6 i _2 think/thinking about/of it / @fiction _5 @selfplot _6 i want to $
            @fiction _5 @selfplot _6 i want to do it/that/the same / @fiction _5 @selfplot _6 i want to too / @fiction _5 @selfplot _6 me too
            @fiction _5 @selfplot _6 since then i _3 think/thinking/want/wanted/feel/felt / @fiction _5 @selfplot _6 that is me / @fiction _5 @selfplot _6 i could do it
            @fiction _5 @selfplot _6 denke _4 daran / @fiction _5 @selfplot _6 ich auch / @fiction _5 @selfplot _6 will/möchte ich auch / @fiction _5 @selfplot _6 seitdem _2 ich/denke/will
            @fiction _5 @selfplot _6 j'y pense / @fiction _5 @selfplot _6 moi aussi / @fiction _5 @selfplot _6 depuis je/j/j'y / @fiction _5 @selfplot _6 je veux faire pareil/pareille/pareil/la même / @fiction _5 @selfplot _6 je veux le faire
            @fiction _5 @selfplot _6 pienso en ello/eso / @fiction _5 @selfplot _6 lo pienso / @fiction _5 @selfplot _6 yo también / @fiction _5 @selfplot _6 desde entonces / @fiction _5 @selfplot _6 quiero hacerlo / @fiction _5 @selfplot _6 quiero hacer lo mismo
            @fiction _5 @selfplot _6 ci penso / @fiction _5 @selfplot _6 anch'io / @fiction _5 @selfplot _6 anche io / @fiction _5 @selfplot _6 da allora / @fiction _5 @selfplot _6 voglio farlo / @fiction _5 @selfplot _6 voglio fare lo stesso
            @fiction _5 @selfplot _6 denk er _2 aan / @fiction _5 @selfplot _6 ik ook / @fiction _5 @selfplot _6 sindsdien / @fiction _5 @selfplot _6 wil ik ook / @fiction _5 @selfplot _6 ik wil het ook
            @fiction _5 @selfplot _6 penso nisso / @fiction _5 @selfplot _6 eu também / @fiction _5 @selfplot _6 desde então / @fiction _5 @selfplot _6 quero fazer o mesmo / @fiction _5 @selfplot _6 quero fazer isso
            # Hoping a vehicle runs the client over: "ojalá me pise un colectivo".
            & @hopefor @vehicle @runover
            # A letter left for someone close: "ho lasciato una lettera per mio figlio", "una carta para cuando".
            & @leftbehind @letter @kin
            # Things given away that will not be needed anyway: "hab die Gitarre verschenkt, brauch das eh bald nicht mehr".
            &! @gaveaway @anyway @need
            # The place chosen: "ausgesucht, von welcher Brücke ich springe", "repéré l'endroit d'où je vais sauter".
            & @chose @height @jump
            # Everything planned for a day, the pills ready: "j'ai tout prévu pour samedi, les médocs".
            & @planned @quantity @drug @day
            # Every pill put aside: "separei os remédios todos", "mis de côté toutes mes boîtes de médicaments".
            & @setaside @quantity @drug
            # Burned or cut on purpose with heat or a cigarette on the skin: "held my hand on the hot ring on purpose".
            & @onpurpose @heat @skinpart / & @cigarette @press @skinpart / & @cutself @body @again
            # A number of pills taken: "took like 30 of the sleeping tabs", "30 Tabletten genommen".
            @ingest _2 @number _3 @drug / @number _2 @drug _2 @ingest
            # A stupid thing done, told with the pills counted and no verb of taking: "did something
            # stupid last night, had the whole strip of paracetamol", "hab mist gebaut, so 20 von den amitriptylin".
            & @stupid @quantity @drug / & @stupid @number @drug
            # A threat tied to leaving: "mi ammazza se me ne vado", "hij maakt me kapot als ik wegga".
            & @killthreat @leave
            # A seizure told by its signs: on the floor shaking, a bitten tongue, waking up on the floor.
            # A fit with the tongue hurt: "had a fit in the kitchen, zunge blutig" (not "bit my
            # tongue" alone, which is holding back words, nor a tantrum).
            & @floor @shaking / & @bitten @tongue / & @wokeup @floor / & @fit @tongue @tonguehurt
            # Shaking all over and drooling or foaming: "il tremblait de partout et bavait".
            & @shaking @drool
            # A swollen face with trouble swallowing or breathing; chest pain into the left arm.
            & @face @swelling @swallow / & @face @swelling @breathe / & @chest @left @arm
        """,
        "concern": """
            & @stopped @remedy / & @eyes @irritated / & @ears @blocked
            & @skipped @remedy / & @taste @metal / & @heart @odd / & @bp @higher / & @ankles @swelling / & @neck @swallow / & @night @pee
            & @period @haywire / & @pressure @head
            & @weightchange @kilos / & @wake @smallhours
            # Long sleeves in the heat of summer: a trace of self-harm worth a look ("manga larga en pleno agosto").
            &! @sleeve @long @summer
            # A recovery medicine stopped: "i stopped the acamprosate", "hab das Methadon abgesetzt"
            # (next to each other: "stopped drinking, the naltrexone helps" is good news).
            @stopped _2 @recoverymed / @recoverymed _2 @stopped
        """,
        "idiom": """
            # Stopped at a place, remedies left somewhere: "paramos en la farmacia", "deixamos os
            # florais na casa da avó" (not the remedy stopped).
            =paramos/parei/paré =en/na/no/num/numa/em/al/à _2 =farmacia/farmácia/posto/gasolinera/supermercado/mercado/caminho/camino/bar/café/cafe / =dejamos/dejé/dejó _4 =en =casa/la/el/mi/su/un/una / =dejamos/dejé _4 =con =la/el/mi/su
            =deixamos/deixei/deixou _4 =na/no/num/numa/com / =deixamos/deixei/deixou _4 =em =casa
            coca tea / coca cola / mate de coca / te de coca / chá de coca / hoja/hojas/folhas de coca
            @fiction _5 @plot / @fiction _5 @plot _3 @plot / @job _3 @emergency / @medevent _3 @year / @year _3 @medevent / @kill _1 @cond _2 @miss
        """,
    },
    # Other languages keep a plain word list: no inflections, no negation scope of their own.
    "other": {
        "crisis": """
            =自杀 / =想死 / =不想活 / =自殺 / =死にたい / =自殺したい / самоубийство / суицид / покончить с собой
            хочу умереть / не хочу жить / samobójstwo / chcę umrzeć / nie chcę żyć / självmord / vill dö
            selvmord / vil dø / intihar / ölmek istiyorum / =자살 / =죽고 싶
        """,
        "concern": """
            =副作用 / =疼痛 / =头痛 / =頭痛 / =头晕 / =恶心 / =紧急 / =急诊 / побочные эффекты / боль / боли
            =срочно / хуже / тошнота / головокружение / skutki uboczne / =ból / =bóle / =pilne / =gorzej / zawroty
            biverkningar / =smärta / =smärtor / =akut / =sämre / bivirkninger / =smerte / =smerter / =værre
            yan etki / =ağrı / =acil / =부작용 / =통증
        """,
    },
}


def _classes(spec: dict[str, dict[str, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    return {
        name: tuple(
            (lang, word) for lang, block in by_lang.items() for word in block.split() if word
        )
        for name, by_lang in spec.items()
    }


# Word classes for "@name" in expressions: the words of one concept in every language, so that
# "& @tool @body" reads "dragging a razor blade across my wrists" and "mit einer Scherbe die
# Unterarme" alike. Each word matches its inflected forms.
CLASSES = _classes(
    {
        "tool": {
            "en": "razor blade blades shard scissors knife glass compass hammer cigarette cigarettes",
            "de": "Rasierklinge Klinge Klingen Scherbe Scherben Feuerzeug Schere Messer Glasscherbe Hammer Zigarette Zigaretten Kippe",
            "fr": "lame lames rasoir briquet ciseaux couteau cutter tesson marteau cigarette cigarettes clope compas",
            "es": "cuchilla cuchillas navaja mechero tijeras cuchillo cúter vidrio martillo cigarro cigarrillo cigarrillos",
            "it": "lametta lamette lama rasoio accendino forbici coltello taglierino vetro martello sigaretta sigarette",
            # not "mes" (a knife in Dutch, "my" in French)
            "nl": "scheermesje mesje mesjes aansteker schaar glasscherf hamer sigaret sigaretten peuk",
            "pt": "lâmina lâminas gilete isqueiro tesoura faca estilete caco martelo cigarro cigarros",
        },
        "body": {
            "en": "wrist wrists arm arms forearm forearms thigh thighs legs skin stomach",
            "de": "Bauch Handgelenk Handgelenke Arm Arme Unterarm Unterarme Oberschenkel Beine Haut",
            "fr": "poignet poignets bras avant-bras cuisse cuisses jambes peau ventre",
            "es": "barriga tripa vientre muñeca muñecas brazo brazos antebrazo antebrazos muslo muslos piernas piel",
            "it": "pancia polso polsi braccio braccia avambraccio avambracci coscia cosce gambe pelle",
            "nl": "buik pols polsen arm armen onderarm onderarmen bovenbeen bovenbenen benen huid",
            "pt": "barriga pulso pulsos braço braços antebraço antebraços coxa coxas pernas pele",
        },
        "harm": {
            "en": "cut cutting slash slashed carve carved burn burned burnt scratch scratched"
            " scratching hurt hit hitting punch punched bang banged drag dragging stab",
            "de": "geritzt ritzen ritze geschnitten schneide verbrannt verbrenne aufgekratzt"
            " kratze zerkratzt geschlagen schlage verletzt",
            "fr": "coupé coupée coupe taillader tailladé tailladée scarifié scarifiée brûlé"
            " brûlée brûle griffé griffée frappé frappée lacéré",
            "es": "corté cortado cortando corto quemé quemado quemando arañé arañado golpes"
            " golpeé golpeado",
            "it": "tagliata tagliato taglio tagli bruciata bruciato brucio graffiata graffiato"
            " pugni colpita",
            "nl": "gesneden snijd snijden gebrand brand opengekrast gekrast krassen geslagen sla",
            "pt": "cortei cortado cortando corto queimei queimado queimando arranhei arranhado"
            " socos bati",
        },
        "ingest": {
            "en": "took taken swallowed swallow downed necked took",
            "de": "genommen geschluckt runtergespült eingenommen geschlungen geschluckt",
            "fr": "pris avalé avalée avalé",
            "es": "tomado tomé tragado tragué tomó tomaron",
            "it": "preso presa ingoiato ingoiata inghiottito prende",
            "nl": "genomen ingenomen geslikt doorgeslikt geslikt",
            "pt": "tomei tomado engoli engolido tomou",
        },
        "quantity": {
            "en": "whole entire all load lot bunch handful box pack packet blister bottle strip many"
            " dozens twenty thirty forty fifty tub jar",
            # Not "alle" in German or Dutch: Italian "alle" is "to the" ("insieme alle pastiglie").
            "de": "ganze ganzen sämtliche Schachtel Packung Blister Handvoll Dose zwanzig dreißig viele zuviele",
            "fr": "toute tout tous toutes boîte plaquette flacon poignée vingtaine trentaine trop pot",
            "es": "entero entera todas todos caja blíster frasco puñado veinte treinta muchas muchos demasiadas demasiados",
            "it": "tutta tutto tutte tutti confezione scatola flacone manciata blister venti troppe troppi",
            "nl": "hele allemaal doos strip handvol potje twintig dertig veel",
            "pt": "inteira inteiro todos todas caixa cartela frasco punhado vinte trinta demasiados demasiadas muitos muitas",
        },
        "drug": {
            "en": "xanax valium zolpidem tramadol diazepam clonazepam pills tablets paracetamol ibuprofen painkillers meds medication sleeping sleeping-pills tabs morphine heart-pills"
            " antidepressants lorazepam diazepam insulin aspirin melatonin",
            "de": "Tavor Valium Diazepam Lorazepam Zolpidem Tramadol Tilidin Tabletten Pillen Schlaftabletten Ibuprofen Paracetamol Schmerzmittel Morphin Morphium Herztabletten"
            " Medikamente Antidepressiva Melatonin Amitriptylin",
            "fr": "médocs lexomil xanax stilnox temesta seresta lysanxia tramadol comprimés cachets médicaments somnifères paracétamol doliprane anxiolytiques pilules gélules morphine cachets mélatonine",
            "es": "orfidal trankimazin valium tranquimazín lexatin clonazepam diazepam pastillas comprimidos somníferos ibuprofeno paracetamol medicamentos lorazepam píldoras morfina pastillas",
            "it": "xanax tavor valium lexotan minias pillole pastiglie compresse sonniferi tachipirina paracetamolo farmaci medicine pasticche morfina pillole",
            "nl": "oxazepam temazepam diazepam lorazepam xanax pillen tabletten slaappillen paracetamol ibuprofen medicijnen medicatie pilletjes morfine hartpillen =slaaptabletten =kalmeringstabletten =kalmeringspillen",
            "pt": "rivotril xanax valium lorazepam diazepam clonazepam comprimidos remédios pílulas calmantes paracetamol ibuprofeno pílulas morfina comprimidos",
        },
        # A stupid thing done, the understatement for an overdose: "did something stupid", "Mist
        # gebaut", "fait une connerie", "hice una tontería", "ho fatto una cavolata", "iets doms".
        "stupid": {
            "en": "stupid daft idiotic",
            "de": "Mist Blödsinn Dummheit Scheiß",
            "fr": "connerie bêtise conneries bêtises",
            "es": "tontería tonterías estupidez burrada gilipollez locura",
            "it": "cavolata cazzata stupidaggine sciocchezza fesseria cavolate cazzate",
            "nl": "doms stoms stommiteit",
            "pt": "asneira parvoíce besteira burrice asneiras",
        },
        "alcohol": {
            # Spirits an older client keeps in the cupboard are written as they are ("=") so
            # that forms.json needs no forms for them: "met een glaasje jenever erbij".
            "en": "alcohol wine vodka whisky whiskey gin beer booze =brandy =sherry =rum =cognac =scotch",
            "de": "Schnaps Wein Alkohol Wodka Bier =cognac =weinbrand =likör =obstler =kirschwasser",
            "fr": "alcool vin vodka whisky =cognac =rhum =pastis =calvados =armagnac",
            "es": "alcohol vino vodka whisky =ron =coñac =aguardiente =orujo =anís",
            "it": "alcol vino vodka whisky grappa =cognac =amaro =limoncello =sambuca",
            "nl": "alcohol wijn drank wodka =jenever =borrel =borreltje =cognac =brandewijn",
            "pt": "álcool vinho vodka cachaça =aguardente =conhaque =bagaço =ginjinha",
        },
        "save": {
            "en": "saving saved stockpiling stockpiled hoarding collecting collected",
            "de": "gesammelt sammle gespart gebunkert aufgehoben",
            "fr": "économisé gardé accumulé stocké",
            "es": "guardando guardado acumulando acumulado juntadas juntado juntando junté",
            "it": "messo conservato accumulato",
            "nl": "gespaard verzameld bewaard opgespaard",
            "pt": "guardando guardei acumulando acumulei juntando juntei",
        },
        "method": {
            "en": "poison rope noose gun pistol rifle",
            "de": "Gift Rattengift =Strick =Stricke Seil Schlinge Waffe Pistole Gewehr Dienstwaffe Dienstpistole Jagdgewehr Flinte",  # "stricken": knitting
            "fr": "poison mort-aux-rats corde pistolet fusil arme",
            "es": "veneno matarratas cuerda soga pistola escopeta arma",
            "it": "veleno topicida corda cappio pistola fucile",
            "nl": "gif rattengif touw strop pistool geweer wapen dienstwapen jachtgeweer",
            # Not "forca" (a noose): with its accent folded, "forças" (strength) reads the same.
            "pt": "veneno corda pistola arma espingarda caçadeira",
        },
        "height": {
            "en": "bridge roof rooftop tracks rails cliff balcony quarry window",
            "de": "Brücke Dach Gleise Gleis Klippe Balkon Hochhaus Steinbruch Fenster Stock",
            "fr": "pont toit rails falaise balcon carrière fenêtre étage",
            "es": "puente azotea tejado vías acantilado balcón cantera ventana piso",
            "it": "ponte tetto binari scogliera balcone cava finestra piano",
            "nl": "brug dak spoor rails klif balkon groeve raam verdieping",
            "pt": "ponte telhado trilhos penhasco varanda pedreira janela andar",
        },
        "think": {
            "en": "think thinking thought imagine imagining picture dream",
            "de": "denke denk dachte denken vorstellen stelle",
            "fr": "pense penser pensé imagine imaginer songe",
            "es": "pienso pensando pensado pensar imagino imaginar",
            "it": "penso pensando pensato pensare immagino immaginare",
            "nl": "denk denken dacht gedacht stel voor",
            "pt": "penso pensando pensei pensar imagino imaginar",
        },
        "jump": {
            "en": "jump jumping jumped fall falling throw step letting",
            "de": "springen spring springe runter fallen stürzen werfen loslassen loszulassen",
            "fr": "sauter saute jeter tomber lâcher",
            "es": "saltar salto tirarme tirar caer soltarme soltar",
            "it": "saltare salto buttarmi buttarsi gettarmi cadere lasciarmi mollare",
            "nl": "springen spring vallen gooien loslaten",
            "pt": "pular pulo saltar jogar cair soltar largar",
        },
        "bought": {
            "en": "bought buy got ordered have hidden",
            "de": "kauft gekauft gekauft besorgt bestellt habe hab versteckt",
            "fr": "acheté commandé caché",
            "es": "comprado compré guardada guardado tengo escondida",
            "it": "comprato comprata nascosto nascosta",
            "nl": "gekocht besteld verstopt",
            "pt": "comprei comprado escondida guardada tenho",
        },
        "want": {
            "en": "want wish wanna rather prefer hope longing ready decided",
            "de": "will möchte wünsche wünschte lieber bereit entschieden sehne mag",
            "fr": "veux voudrais aimerais souhaite préfère prête prêt décidé envie",
            "es": "quiero querría quisiera deseo prefiero lista listo decidido ganas ojalá",
            "it": "voglio vorrei desidero preferisco pronta pronto deciso voglia",
            "nl": "wil wilde zou wens liefst liever klaar besloten",
            "pt": "quero queria desejo prefiro pronta pronto decidi vontade",
        },
        # Not "die": the German article. "want to die" is an expression of its own.
        "death": {
            "en": "dead death exist suicide",
            "de": "sterben Tod existieren",  # not "tot": Dutch "until" ("tot maandag")
            "fr": "mourir morte mort exister",
            "es": "morir morirme muerta muerto existir",
            "it": "morire morta morto esistere",
            "nl": "dood sterven bestaan",
            "pt": "morrer morta morto existir",
        },
        "neck": {
            "en": "neck throat",
            "de": "Hals Kehle Gurgel Nacken Genick",
            "fr": "cou gorge nuque",
            "es": "cuello garganta nuca",
            "it": "collo gola",
            "nl": "nek keel",
            "pt": "pescoço garganta",
        },
        "squeeze": {
            "en": "squeezed strangled choked choking strangling grabbed",
            "de": "gewürgt würgt zugedrückt zugedrückt gedrückt",
            "fr": "serré étranglé étranglée étrangle",
            "es": "apretó estranguló ahorcó",
            "it": "stretto stretta strangolato strangolata",
            "nl": "dichtgeknepen geknepen gewurgd wurgde",
            "pt": "apertou estrangulou enforcou",
        },
        "door": {
            "en": "door",
            "de": "Tür",
            "fr": "porte",
            "es": "puerta",
            "it": "porta",
            "nl": "deur",
            "pt": "porta",
        },
        "broke": {
            "en": "kicked broke smashed",
            "de": "eingetreten aufgebrochen",
            "fr": "défoncé enfoncé",
            "es": "derribó rompió tiró",
            "it": "sfondato sfondata",
            "nl": "ingetrapt opengebroken",
            "pt": "arrombou arrombado",
        },
        "stiff": {
            "en": "stiff",
            "de": "steif steifen steifer",
            "fr": "raide",
            "es": "rígido rigida",
            "it": "rigido rigida",
            "nl": "stijve stijf",
            "pt": "rígido rígida",
        },
        "fever": {
            # A temperature written as a number ("39.8", "40,2"): text.py keeps a decimal one word.
            "*": " ".join(f"={t // 10}{sep}{t % 10}" for t in range(385, 420) for sep in ".,"),
            "en": "fever temperature",
            "de": "Fieber",
            "fr": "fièvre",
            "es": "fiebre",
            "it": "febbre",
            "nl": "koorts",
            "pt": "febre",
        },
        "sting": {
            "en": "stung sting wasp bee",
            "de": "gestochen Wespe Biene Stich",
            "fr": "piqué piquée guêpe abeille",
            "es": "picado picada avispa abeja",
            "it": "punto punta vespa ape",
            "nl": "gestoken wesp bij",
            "pt": "picado picada vespa abelha",
        },
        "swelling": {
            "en": "swelling swollen swells puffing thick balloons",
            "de": "geschwollene geschwollenen geschwollen schwillt schwellen angeschwollen dick Ballons Ballon",
            "fr": "gonfle gonflé gonflée enfle épaisse ballons",
            "es": "hinchada hinchado hinchando hincha gruesa globos",
            "it": "gonfia gonfio gonfiando grossa palloncini",
            "nl": "opgezwollen gezwollen zwelt opgezet dik ballonnen",
            "pt": "inchada inchado inchando incha grossa balões",
        },
        "breathe": {
            "en": "breathing breathes breathe",
            "de": "atmet atmen Atmung",
            "fr": "respire respirer respiration",
            "es": "respira respirando respiración",
            "it": "respira respirando respiro",
            "nl": "ademt ademen ademhaling",
            "pt": "respira respirando respiração",
        },
        "badly": {
            "en": "strange strangely funny weird badly noisy grunting",
            "de": "komisch seltsam schwer schlecht stöhnt röchelt",
            "fr": "mal bizarrement difficilement geint râle",
            "es": "mal raro extraño quejido quejándose",
            "it": "male strano geme rantola",
            "nl": "raar vreemd slecht moeilijk kreunt reutelt",
            "pt": "mal estranho gemendo",
        },
        "chest": {
            "en": "chest",
            "de": "Brust Brustkorb",
            "fr": "poitrine thorax",
            "es": "pecho",
            "it": "petto torace",
            "nl": "borst",
            "pt": "peito",
        },
        "pressure": {
            "en": "pressure tightness crushing heavy squeezing weight pressing",
            "de": "Druck drückt Enge Engegefühl Druckgefühl",
            "fr": "pression oppression serre serrement pesanteur",
            "es": "presión opresión pesadez",
            "it": "pressione oppressione peso pesantezza",
            "nl": "druk drukkend beklemmend drukkend",
            "pt": "pressão aperto peso",
        },
        "sweat": {
            "en": "sweating sweat sweaty",
            "de": "schwitze Schweiß",
            "fr": "sueurs transpire",
            "es": "sudando sudor",
            "it": "sudando sudore",
            "nl": "zweet zweten",
            "pt": "suando suor",
        },
        "side": {
            "en": "side",  # not "right" ("all right") nor "left"
            "de": "Seite linke rechte",
            "fr": "côté gauche droit",
            "es": "lado izquierdo derecho",
            "it": "lato sinistro destro",
            "nl": "kant linker rechter",
            "pt": "lado esquerdo direito",
        },
        "limp": {
            "en": "numb weak drooping droops droopy paralysed paralyzed",
            "de": "taub gelähmt schwach hängt",
            "fr": "engourdi paralysé faible tombe",
            "es": "dormido paralizado débil caído",
            "it": "intorpidito paralizzato debole storto",
            "nl": "gevoelloos verlamd slap hangt",
            "pt": "dormente paralisado fraco caído",
        },
        "farewell": {
            "en": "goodbye farewell bye",
            "de": "verabschiedet verabschieden Abschied",
            "fr": "adieu adieux revoir",
            "es": "despedido despedí despidiendo despedirme",
            "it": "salutato addio congedato salutarti salutarvi",
            "nl": "afscheid vaarwel gedag",
            "pt": "despedi despedindo despedir",
        },
        "testament": {
            "en": "testament affairs",  # not "will": "I'll order more" is no will
            "de": "Testament Angelegenheiten Notar",
            "fr": "testament affaires notaire",
            "es": "testamento asuntos notario",
            "it": "testamento carte notaio",
            "nl": "testament zaken notaris",
            "pt": "testamento assuntos",
        },
        "settled": {
            "en": "sorted made wrote written updated arranged",
            "de": "geregelt gemacht geschrieben geordnet liegt",
            "fr": "réglé fait écrit rédigé rangé",
            "es": "arreglado hecho escrito ordenado",
            "it": "sistemato fatto scritto",
            "nl": "geregeld gemaakt geschreven",
            "pt": "arrumei fiz escrevi organizei",
        },
        "last": {
            "en": "last final",
            "de": "letztes letzte",
            "fr": "dernière dernier",
            "es": "última último",
            "it": "ultima ultimo",
            "nl": "laatste",
            "pt": "última último",
        },
        "hands": {
            "en": "hands hand",
            "de": "Hände Händen",
            "fr": "mains",
            "es": "manos",
            "it": "mani",
            "nl": "handen",
            "pt": "mãos",
        },
        "pushed": {
            "en": "pushed shoved pinned slammed threw shoves pushes poured",
            "de": "gedrückt geschubst gestoßen geworfen runtergestoßen runtergestossen schubst stößt warf gekippt geschüttet",
            "fr": "poussé poussée plaqué plaquée pousse jeté renversé",
            "es": "empujó empujado estampó empuja tiró echó tiró",
            "it": "spinto spinta sbattuto sbattuta spinge tirato versato",
            "nl": "gedrukt geduwd gegooid duwt gooide",
            "pt": "empurrou empurrada jogou empurra jogou despejou",
        },
        "wall": {
            "en": "wall",
            "de": "Wand Mauer",
            "fr": "mur",
            "es": "pared",
            "it": "muro parete",
            "nl": "muur",
            "pt": "parede",
        },
        # A partner: "my boyfriend took my phone away", "mi novio no me deja ver a mis amigas".
        "intimate": {
            "en": "boyfriend girlfriend husband hubby wife partner ex fiance fiancee",
            "de": "Freund Freundin Mann Ehemann Frau Ehefrau Partner Partnerin Ex Verlobter",
            "fr": "copain copine mari femme conjoint conjointe compagnon compagne ex",
            "es": "novio novia marido esposo esposa mujer pareja ex",
            "it": "ragazzo ragazza marito moglie compagno compagna fidanzato fidanzata ex",
            "nl": "vriend vriendin man vrouw echtgenoot partner ex",
            "pt": "namorado namorada marido mulher esposa companheiro companheira ex",
        },
        "controls": {
            "en": "takes checks controls reads keeps",
            "de": "kontrolliert nimmt behält",
            "fr": "contrôle prend garde",
            "es": "controla quita revisa tiene",
            "it": "controlla prende tiene",
            "nl": "controleert pakt houdt",
            "pt": "controla tira guarda",
        },
        "phone": {
            "en": "phone money passport pension wages salary card",
            "de": "Handy Geld Telefon Pass Reisepass Rente Gehalt Karte Konto",
            "fr": "téléphone argent portable passeport retraite salaire carte",
            "es": "móvil dinero teléfono celular pasaporte pensión sueldo tarjeta plata",
            "it": "telefono soldi cellulare passaporto pensione stipendio bancomat",
            "nl": "telefoon geld paspoort pensioen salaris pinpas",
            "pt": "celular dinheiro telefone telemóvel passaporte pensão reforma salário cartão",
        },
        "bleed": {
            "en": "bleeding bleed",
            "de": "blute blutet Blutung",
            "fr": "saigne saignement",
            "es": "sangrando sangro sangrado",
            "it": "sanguino sanguinamento",
            "nl": "bloed bloeding bloeden",
            "pt": "sangrando sangramento sangro",
        },
        "heavily": {
            "en": "heavily lot lots loads",
            "de": "stark heftig",
            "fr": "beaucoup énormément abondamment",
            "es": "muchísimo mucho",
            "it": "tantissimo molto",
            "nl": "veel hevig",
            "pt": "muito",
        },
        "lips": {
            "en": "lips lip tongue",
            "de": "Lippen Lippe Zunge",
            "fr": "lèvres lèvre langue",
            "es": "labios labio lengua",
            "it": "labbra labbro lingua",
            "nl": "lippen lip tong",
            "pt": "lábios lábio língua",
        },
        "blue": {
            "en": "blue grey gray purple",
            "de": "blau blaue grau",
            "fr": "bleues bleue grises violettes",
            "es": "azules morados grises",
            "it": "blu viola grigie",
            "nl": "blauw blauwe grauw",
            "pt": "roxos azuis cinzentos",
        },
        # Written out: the forms of "dropped" include "drops" ("the drops are fine").
        "stopped": {
            "en": "=stopped =quit =ditched =skipping =skipped =binned =abandoned",
            # "ich habe mir erlaubt, die Tropfen abzusetzen": the formal letter's infinitive.
            "de": "=abgesetzt =aufgehört =weggelassen =abgebrochen =abzusetzen",
            "fr": "=arrêté =zappé =abandonné =interrompu",
            "es": "=dejé =dejado =interrumpido =abandonado =dejamos =paramos =suspendimos =suspendí",
            "it": "=smesso =sospeso =interrotto =mollato =abbandonato =sospese =sospesa =sospesi =smessa",
            "nl": "=gestopt =afgebroken",
            "pt": "=parei =deixei =interrompi =abandonei =paramos =deixamos =suspendemos =suspendi",
        },
        "remedy": {
            "en": "drops globules tincture tea cream capsules pills tablets remedy supplement supplements herbs treatment course"
            " magnesium zinc iron oil spray ointment valerian wort echinacea arnica ginkgo melatonin probiotics",
            "de": "Tropfen Globuli Tinktur Tee Salbe Creme Kapseln Tabletten Mittel Magnesium Kräutermischung Kräuter Kur Behandlung Kügelchen"
            " Johanniskraut Baldrian Echinacea Arnika Ginkgo Melatonin Probiotika",
            "fr": "gouttes granules teinture tisane crème gélules comprimés remède magnésium traitement cure"
            " millepertuis valériane échinacée arnica ginkgo mélatonine probiotiques",
            "es": "gotas glóbulos =globulitos =gotitas =florales tintura té infusión crema cápsulas pastillas remedio magnesio tratamiento"
            " hipérico valeriana equinácea árnica ginkgo melatonina probióticos",
            "it": "gocce globuli tintura tisana crema capsule pastiglie rimedio magnesio trattamento cura"
            " =compresse =compressa =pillole iperico valeriana echinacea arnica ginkgo melatonina probiotici",
            "nl": "druppels globuli tinctuur thee zalf crème capsules tabletten middel magnesium kuur behandeling kruiden"
            " janskruid valeriaan echinacea arnica ginkgo melatonine probiotica",
            "pt": "gotas glóbulos =gotinhas =florais tintura chá pomada creme cápsulas comprimidos remédio magnésio tratamento"
            " hipericão hipérico valeriana equinácea arnica ginkgo melatonina probióticos",
        },
        "eyes": {
            "en": "eyes eye",
            "de": "Augen Auge",
            "fr": "yeux oeil",
            "es": "ojos ojo",
            "it": "occhi occhio",
            "nl": "ogen oog",
            "pt": "olhos olho",
        },
        "irritated": {
            "en": "red gritty itchy dry sore watering swollen",
            "de": "rot gerötet jucken brennen trocken tränen",
            "fr": "rouges piquent secs gonflés irrités",
            "es": "rojos pican secos irritados hinchados",
            "it": "rossi bruciano secchi gonfi irritati",
            "nl": "rood jeuken droog tranen branden",
            "pt": "vermelhos coçam secos irritados inchados",
        },
        "ears": {
            "en": "ears ear",
            "de": "Ohren Ohr",
            "fr": "oreilles oreille",
            "es": "oídos oído orejas",
            "it": "orecchie orecchio",
            "nl": "oren oor",
            "pt": "ouvidos ouvido",
        },
        "blocked": {
            "en": "blocked ringing buzzing muffled",
            "de": "zu verstopft rauschen pfeifen",
            "fr": "bouchées sifflent bourdonnent",
            "es": "tapados zumban pitan",
            "it": "tappate fischiano ronzano",
            "nl": "dicht suizen piepen",
            "pt": "tapados zumbindo",
        },
        "medevent": {
            "en": "stroke heart attack infarct seizure aneurysm",
            "de": "Herzinfarkt Schlaganfall Infarkt Hirnschlag Anfall",
            "fr": "infarctus AVC attaque crise",
            "es": "infarto ictus derrame ataque",
            "it": "infarto ictus attacco",
            "nl": "hartaanval herseninfarct beroerte infarct",
            "pt": "infarto AVC derrame enfarte",
        },
        "everyone": {
            "en": "everyone everybody people",
            "de": "allen alle Leute",
            "fr": "tous tout gens",
            "es": "todos todo gente",
            "it": "tutti gente persone",
            "nl": "iedereen mensen",
            "pt": "todos gente pessoas",
        },
        "high": {
            "en": "bridge roof rooftop tracks cliff",
            "de": "Brücke Dach Gleise Gleis Klippe",
            "fr": "pont toit rails falaise",
            "es": "puente azotea tejado vías acantilado",
            "it": "ponte tetto binari scogliera",
            "nl": "brug dak spoor klif",
            "pt": "ponte telhado trilhos penhasco",
        },
        "floor": {
            "en": "stairs staircase floor ground",
            "de": "Treppe Treppen Boden",
            "fr": "terre escalier escaliers sol",
            "es": "escaleras escalera suelo",
            "it": "scale pavimento terra",
            "nl": "trap vloer grond",
            "pt": "escadas escada chão",
        },
        "infant": {
            "en": "baby newborn infant toddler months month weeks",
            "de": "Baby Säugling Neugeborenes Kleinkind Monate Wochen",
            "fr": "bébé nourrisson bambin mois semaines",
            "es": "bebé bebe nene nena meses",
            "it": "neonato neonata bebè bimbo bimba mesi",
            "nl": "baby zuigeling kleintje maanden",
            "pt": "bebé bebê nenê neném meses",
        },
        "floppy": {
            "en": "floppy limp listless lethargic unresponsive drowsy sleepy floppy",
            "de": "schlapp apathisch teilnahmslos schläfrig benommen schlaff",
            "fr": "mou molle apathique amorphe endormi endormie somnolent flasque",
            "es": "flojo floja decaído decaída apático adormilado adormilada somnoliento desmadejado",
            "it": "floscio floscia moscio moscia apatico assonnato assonnata sonnolento molle",
            "nl": "slap lusteloos suf slaperig futloos",
            "pt": "molinho molinha mole apático prostrado sonolento sonolenta caidinho",
        },
        "fall": {
            "en": "fell fallen hit banged bumped knocked",
            "de": "gefallen gestürzt aufgeschlagen gestoßen",
            "fr": "tombé tombée cogné cognée",
            "es": "cayó caído caída golpeó golpe",
            "it": "caduto caduta battuto battuta",
            "nl": "gevallen gestoten",
            "pt": "caiu caído caída bateu",
        },
        "head": {
            "en": "head",
            "de": "Kopf",
            "fr": "tête",
            "es": "cabeza",
            "it": "testa",
            "nl": "hoofd",
            "pt": "cabeça",
        },
        "vomit": {
            "en": "vomiting vomited sick throwing",
            "de": "erbricht erbrochen übergibt kotzt",
            "fr": "vomit vomi vomissements",
            "es": "vomita vomitando vomitó",
            "it": "vomita vomitato vomitando",
            "nl": "overgeven braakt gebraakt",
            "pt": "vomita vomitando vomitou",
        },
        "speak": {
            "en": "speech speaking talking speaks talks words",
            "de": "spricht redet Sprache sprechen Wörter",
            "fr": "parle parler parole mots",
            "es": "habla hablar palabras",
            "it": "parla parlare parole",
            "nl": "praat spreekt praten woorden",
            "pt": "fala falar palavras",
        },
        "slurred": {
            "en": "slurred slurring garbled jumbled",
            "de": "verwaschen lallt undeutlich",
            "fr": "pâteuse pâteux incompréhensible",
            "es": "arrastrando trabada incomprensible",
            "it": "impastata impastato biascica",
            "nl": "onduidelijk brabbelt lalt",
            "pt": "arrastada enrolada embolada",
        },
        "mouth": {
            "en": "mouth face",
            "de": "Mundwinkel Mund Gesicht",
            "fr": "bouche visage",
            "es": "boca cara",
            "it": "bocca viso faccia",
            "nl": "mond mondhoek gezicht",
            "pt": "boca rosto cara",
        },
        "droop": {
            "en": "drooping droops droopy sagging crooked lopsided",
            "de": "hängt hängend schief verzogen",
            "fr": "affaissé affaissée tombe tordue tordu",
            "es": "caída torcida",
            "it": "storta cadente",
            "nl": "hangt scheef",
            "pt": "caída torta",
        },
        # Signs of anaphylaxis and sepsis that are an emergency together, not alone (en, de, fr).
        "hives": {
            "en": "hives welts",
            "de": "Quaddeln Nesselausschlag Nesselsucht",
            "fr": "urticaire",
        },
        "wheeze": {
            "en": "wheezing wheezy wheezes",
            "de": "pfeift pfeifend keucht",
            "fr": "siffle sifflante sifflement",
        },
        "mottled": {
            "en": "mottled blotchy purple",
            "de": "marmoriert fleckig lila bläulich",
            "fr": "marbrée marbré marbrures violacée violette",
        },
        "confused": {
            "en": "confused disoriented delirious",
            "de": "verwirrt desorientiert",
            "fr": "confuse désorientée désorienté",
        },
        "shivering": {
            "en": "shivering rigors",
            "de": "Schüttelfrost schlottert",
            "fr": "frissons grelotte",
        },
        "tell": {
            "en": "tell talk speak say leave",
            "de": "erzähle sage rede verlasse",
            "fr": "parle dis raconte quitte",
            "es": "cuento digo hablo dejo",
            "it": "dico parlo racconto lascio",
            "nl": "vertel zeg praat verlaat",
            "pt": "conto digo falo deixar deixo",
        },
        "kill": {
            "en": "kill",
            "de": "umbringen umbringt bringt",
            "fr": "tue tuer",
            "es": "mata matar",
            "it": "ammazza uccide ammazzerà ucciderà",
            "nl": "afmaakt vermoordt",
            "pt": "mata matar",
        },
        "cond": {
            "en": "if",
            "de": "wenn falls",
            "fr": "si",
            "es": "si",
            "it": "se",
            "nl": "als",
            "pt": "se",
        },
        "beats": {
            "en": "hits beats slaps punches",
            "de": "schlägt verprügelt",
            "fr": "frappe bat cogne",
            "es": "pega golpea",
            "it": "picchia",
            "nl": "slaat",
            "pt": "bate espanca",
        },
        "relative": {
            "en": "mum mom mother sister grandma grandmother",
            "de": "Mutter Mama Schwester Oma",
            "fr": "mère maman soeur grand-mère",
            "es": "madre mamá hermana abuela",
            "it": "madre mamma sorella nonna",
            "nl": "moeder mama zus oma",
            "pt": "mãe irmã avó",
        },
        "search": {
            "en": "looked looking reading read researching researched googled googling searched searching",
            "de": "gesucht gegoogelt recherchiert nachgelesen gelesen geschaut",
            "fr": "cherché recherché regardé lu renseigné renseignée",
            "es": "buscado busqué buscando mirando mirado leído investigado",
            "it": "cercato cercando guardato letto informata informato",
            "nl": "opgezocht gezocht gelezen gekeken gegoogeld",
            "pt": "pesquisar pesquisei pesquisando procurei procurando li",
        },
        "barrier": {
            "en": "barrier barriers railing railings fence fences netting",
            "de": "Geländer Gitter Zaun Absperrung Netz",
            "fr": "barrière barrières garde-fou grillage filet parapet",
            "es": "valla vallas barandilla barandillas red",
            "it": "rete ringhiera ringhiere barriera parapetto",
            "nl": "hek hekken reling leuning net",
            "pt": "rede grade grades vedação",
        },
        "boiling": {
            "en": "boiling scalding",
            "de": "kochendes kochend",
            "fr": "bouillante bouillant",
            "es": "hirviendo",
            "it": "bollente",
            "nl": "kokend kokende",
            "pt": "fervendo fervente",
        },
        "shouts": {
            "en": "shouts yells screams threatens",
            "de": "schreit brüllt droht",
            "fr": "crie hurle menace",
            "es": "grita amenaza",
            "it": "urla minaccia",
            "nl": "schreeuwt dreigt",
            "pt": "grita ameaça",
        },
        "stepparent": {
            "en": "stepfather stepdad",
            "de": "Stiefvater",
            "fr": "beau-père",
            "es": "padrastro",
            "it": "patrigno",
            "nl": "stiefvader",
            "pt": "padrasto",
        },
        "room": {
            "en": "room bedroom bed",
            "de": "Zimmer Bett",
            "fr": "chambre lit",
            "es": "cuarto habitación cama",
            "it": "camera stanza letto",
            "nl": "kamer bed",
            "pt": "quarto cama",
        },
        "night": {
            "en": "night nights",
            "de": "nachts Nacht",
            "fr": "nuit nuits",
            "es": "noche noches",
            "it": "notte notti",
            "nl": "nachts nacht",
            "pt": "noite noites",
        },
        "bite": {
            "en": "bite biting pinch pinching",
            "de": "beiß beiße kneife kneif",
            "fr": "mords pince",
            "es": "muerdo pellizco",
            "it": "mordo pizzico",
            "nl": "bijt knijp",
            "pt": "mordo belisco",
        },
        "bruise": {
            "en": "bruises bruised",
            "de": "Flecken blaue",
            "fr": "bleus",
            "es": "moratones moretones",
            "it": "lividi",
            "nl": "plekken",
            "pt": "roxos roxas hematomas",
        },
        # A blow by a person, never a kitchen's or a haircut's accident: "he punched me in the
        # kitchen", "sloeg hij me in de keuken". Not "bang" or "bump" (a head on a cupboard),
        # nor what is done to eggs ("beat", "battu", "bater").
        "blow": {
            "en": "punched punches punch punching kicked kicks kicking slapped slaps slapping"
            " struck hit hits hitting",
            "de": "schlug schlugen schlägt geschlagen verprügelt getreten tritt ohrfeigt geohrfeigt",
            "fr": "frappé frappée frappe frappait gifle giflé giflée tabassé",
            "es": "pegó pega pegaba pegado golpeó golpea golpeaba golpeado golpeada patadas bofetada",
            "it": "picchiato picchiata picchia picchiava colpito colpita schiaffo schiaffi calci",
            "nl": "sloeg sloegen slaat geslagen schopte schopt geschopt",
            "pt": "bateu batia batem espancou espancado espancada chutou",
        },
        "onpurpose": {
            "en": "purpose deliberately intentionally",
            "de": "absichtlich extra",
            "fr": "exprès",
            "es": "propósito adrede",
            "it": "apposta proposito",
            "nl": "expres opzettelijk",
            "pt": "propósito propositadamente",
        },
        "wound": {
            "en": "burned burnt scalded cut reopened stitches wound",
            "de": "verbrannt verbrüht geschnitten aufgerissen Fäden Wunde",
            "fr": "brûlé brûlée ébouillanté ébouillantée coupé rouvert points plaie",
            "es": "quemé quemado corté puntos herida",
            "it": "bruciata bruciato tagliata scottata riaperto punti ferita",
            "nl": "verbrand gesneden opengemaakt hechtingen wond",
            "pt": "queimei queimado cortei pontos ferida",
        },
        "counted": {
            "en": "counted counting",
            "de": "gezählt zähle",
            "fr": "compté compte",
            "es": "contado conté",
            "it": "contato contate",
            "nl": "geteld",
            "pt": "contei contado",
        },
        "savings": {
            "en": "savings",
            "de": "Ersparte Ersparnisse",
            "fr": "économies",
            "es": "ahorros",
            "it": "risparmi",
            "nl": "spaargeld",
            "pt": "poupanças economias",
        },
        "pin": {
            "en": "pin",
            "de": "PIN Pin",
            "fr": "code",
            "es": "pin clave",
            "it": "pin",
            "nl": "pincode",
            "pt": "pin senha",
        },
        "rehearse": {
            "en": "rehearse rehearsing practise practising",
            "de": "durchspielen durchgespielt übe",
            "fr": "répète",
            "es": "ensayo ensayando",
            "it": "provo ripasso",
            "nl": "oefen",
            "pt": "ensaiando ensaio",
        },
        "car": {
            "en": "car trunk boot",
            "de": "Auto Kofferraum",
            "fr": "voiture coffre",
            "es": "coche maletero carro",
            "it": "macchina bagagliaio",
            "nl": "auto kofferbak",
            "pt": "carro porta-malas",
        },
        "hose": {
            "en": "hose tube",
            "de": "Schlauch",
            "fr": "tuyau",
            "es": "manguera",
            "it": "tubo",
            "nl": "slang",
            "pt": "mangueira",
        },
        "tape": {
            "en": "tape",
            "de": "Klebeband",
            "fr": "adhésif scotch",
            "es": "cinta",
            "it": "nastro",
            "nl": "tape",
            "pt": "fita",
        },
        "allergen": {
            "en": "cashew nut nuts peanut peanuts shellfish prawns",
            "de": "Nuss Nüsse Erdnuss Erdnüsse Cashew",
            "fr": "noix cacahuète cacahuètes arachide crevettes",
            "es": "nueces cacahuete cacahuetes maní marisco",
            "it": "noci arachidi anacardi gamberi",
            "nl": "noten pinda pinda's cashew",
            "pt": "nozes amendoim caju camarão",
        },
        "tight": {
            "en": "tight tingly tingling closing",
            "de": "eng zugeschnürt kribbelt",
            "fr": "serrée picote fourmille",
            "es": "cerrada cerrando hormiguea",
            "it": "chiusa chiudendo formicola",
            "nl": "dicht tintelt",
            "pt": "apertada fechando formigando",
        },
        "skipped": {
            "en": "skipped skip missed",
            "de": "übersprungen ausgelassen",
            "fr": "sauté zappé",
            "es": "salté saltado",
            "it": "saltato saltata saltati",
            "nl": "overgeslagen",
            "pt": "pulei saltei",
        },
        "taste": {
            "en": "taste tastes",
            "de": "Geschmack schmeckt",
            "fr": "goût",
            "es": "sabor sabe",
            "it": "sapore",
            "nl": "smaak smaakt",
            "pt": "gosto sabor",
        },
        "metal": {
            "en": "metal metallic iron",
            "de": "Metall metallisch Eisen",
            "fr": "métal métallique fer",
            "es": "metal metálico hierro",
            "it": "metallo metallico ferro",
            "nl": "metaal ijzer",
            "pt": "metal metálico ferro",
        },
        "heart": {
            "en": "heart",
            "de": "Herz",
            "fr": "coeur",
            "es": "corazón",
            "it": "cuore",
            "nl": "hart",
            "pt": "coração",
        },
        "odd": {
            "en": "racing pounding flutters fluttering skips stumbles flips thumps flip",
            "de": "stolpert rast pocht hüpft Hüpfer hüpft",
            "fr": "emballe saute cogne raté ratés",
            "es": "golpes acelera salta vuelco",
            "it": "batticuore accelera salta tuffo",
            "nl": "bonst overslaat sprongetje",
            "pt": "dispara acelera salta palpita salto",
        },
        "bp": {
            "en": "pressure",
            "de": "Blutdruck",
            "fr": "tension",
            "es": "presión tensión",
            "it": "pressione",
            "nl": "bloeddruk",
            "pt": "pressão tensão",
        },
        "higher": {
            "en": "higher raised",
            "de": "höher gestiegen",
            "fr": "monté montée élevée",
            "es": "subido subió alta",
            "it": "salita alzata alta",
            "nl": "hoger gestegen",
            "pt": "subiu elevada",
        },
        "ankles": {
            "en": "ankles feet",
            "de": "Knöchel Füße",
            "fr": "chevilles pieds",
            "es": "tobillos pies",
            "it": "caviglie piedi",
            "nl": "enkels voeten",
            "pt": "tornozelos pés",
        },
        "swallow": {
            "en": "swallowing swallow",
            "de": "Schlucken schlucke",
            "fr": "avale avaler déglutir",
            "es": "tragar trago",
            "it": "deglutisco deglutire ingoiare",
            "nl": "slikken slik",
            "pt": "engolir engulo",
        },
        "pee": {
            "en": "pee wee urinate",
            "de": "pinkeln Klo",
            "fr": "pipi uriner",
            "es": "orinar pis",
            "it": "pipì urinare",
            "nl": "plassen",
            "pt": "xixi urinar",
        },
        "fiction": {
            "en": "novel book film movie series drama opera play show episode thriller documentary",
            "de": "Roman Buch Film Serie Krimi Oper Theaterstück Referat Doku Tatort",
            "fr": "roman livre film série polar opéra pièce exposé documentaire",
            "es": "novela libro película serie ópera obra documental",
            "it": "romanzo libro film serie giallo opera documentario",
            "nl": "roman boek film serie opera toneelstuk spreekbeurt documentaire",
            "pt": "romance livro filme série novela ópera peça documentário",
        },
        "plot": {
            "en": "suicide overdose murder death note hospital",
            "de": "Selbstmord Suizid Mord Tod Überdosis Krankenhaus",
            "fr": "suicide overdose meurtre mort hôpital",
            "es": "suicidio sobredosis asesinato muerte hospital",
            "it": "suicidio overdose omicidio morte ospedale",
            "nl": "zelfmoord overdosis moord dood ziekenhuis",
            "pt": "suicídio overdose assassinato morte hospital",
        },
        # The story's trouble that is the writer's crisis when they say it is theirs now.
        "selfplot": {
            "en": "suicide overdose",
            "de": "Selbstmord Suizid Überdosis",
            "fr": "suicide overdose",
            "es": "suicidio sobredosis",
            "it": "suicidio overdose",
            "nl": "zelfmoord overdosis",
            "pt": "suicídio overdose",
        },
        "job": {
            "en": "work works working nurse paramedic shifts shift",
            "de": "arbeite Pflegerin Krankenschwester Sanitäter Pfleger Schichten Schicht Dienst",
            "fr": "bosse travaille infirmière infirmier régulatrice ambulancier horaires garde socorriste",
            "es": "trabajo enfermera enfermero turnos técnico socorrista",
            "it": "lavoro infermiere infermiera turni turno",
            "nl": "werk verpleegkundige verpleger diensten dienst",
            "pt": "trabalho enfermeira enfermeiro turnos turno socorrista",
        },
        "emergency": {
            "en": "er a&e emergency ambulance hospital icu",
            "de": "Notaufnahme Rettungsdienst Krankenhaus Intensivstation",
            "fr": "samu urgences hôpital réanimation",
            "es": "urgencias hospital ambulancia",
            "it": "soccorso ospedale ambulanza",
            "nl": "ambulance ziekenhuis spoedeisende",
            "pt": "urgências hospital ambulância",
        },
        "year": {
            "en": "=1970 =1971 =1972 =1973 =1974 =1975 =1976 =1977 =1978 =1979 =1980 =1981 =1982 =1983 =1984 =1985 =1986 =1987 =1988 =1989 =1990 =1991 =1992 =1993 =1994 =1995 =1996 =1997 =1998 =1999 =2000 =2001 =2002 =2003 =2004 =2005 =2006 =2007 =2008 =2009 =2010 =2011 =2012 =2013 =2014 =2015 =2016 =2017 =2018 =2019 =2020 =2021 =2022 =2023 =2024 =2025",
            "de": "=1970 =1971 =1972 =1973 =1974 =1975 =1976 =1977 =1978 =1979 =1980 =1981 =1982 =1983 =1984 =1985 =1986 =1987 =1988 =1989 =1990 =1991 =1992 =1993 =1994 =1995 =1996 =1997 =1998 =1999 =2000 =2001 =2002 =2003 =2004 =2005 =2006 =2007 =2008 =2009 =2010 =2011 =2012 =2013 =2014 =2015 =2016 =2017 =2018 =2019 =2020 =2021 =2022 =2023 =2024 =2025",
            "fr": "=1970 =1971 =1972 =1973 =1974 =1975 =1976 =1977 =1978 =1979 =1980 =1981 =1982 =1983 =1984 =1985 =1986 =1987 =1988 =1989 =1990 =1991 =1992 =1993 =1994 =1995 =1996 =1997 =1998 =1999 =2000 =2001 =2002 =2003 =2004 =2005 =2006 =2007 =2008 =2009 =2010 =2011 =2012 =2013 =2014 =2015 =2016 =2017 =2018 =2019 =2020 =2021 =2022 =2023 =2024 =2025",
            "es": "=1970 =1971 =1972 =1973 =1974 =1975 =1976 =1977 =1978 =1979 =1980 =1981 =1982 =1983 =1984 =1985 =1986 =1987 =1988 =1989 =1990 =1991 =1992 =1993 =1994 =1995 =1996 =1997 =1998 =1999 =2000 =2001 =2002 =2003 =2004 =2005 =2006 =2007 =2008 =2009 =2010 =2011 =2012 =2013 =2014 =2015 =2016 =2017 =2018 =2019 =2020 =2021 =2022 =2023 =2024 =2025",
            "it": "=1970 =1971 =1972 =1973 =1974 =1975 =1976 =1977 =1978 =1979 =1980 =1981 =1982 =1983 =1984 =1985 =1986 =1987 =1988 =1989 =1990 =1991 =1992 =1993 =1994 =1995 =1996 =1997 =1998 =1999 =2000 =2001 =2002 =2003 =2004 =2005 =2006 =2007 =2008 =2009 =2010 =2011 =2012 =2013 =2014 =2015 =2016 =2017 =2018 =2019 =2020 =2021 =2022 =2023 =2024 =2025",
            "nl": "=1970 =1971 =1972 =1973 =1974 =1975 =1976 =1977 =1978 =1979 =1980 =1981 =1982 =1983 =1984 =1985 =1986 =1987 =1988 =1989 =1990 =1991 =1992 =1993 =1994 =1995 =1996 =1997 =1998 =1999 =2000 =2001 =2002 =2003 =2004 =2005 =2006 =2007 =2008 =2009 =2010 =2011 =2012 =2013 =2014 =2015 =2016 =2017 =2018 =2019 =2020 =2021 =2022 =2023 =2024 =2025",
            "pt": "=1970 =1971 =1972 =1973 =1974 =1975 =1976 =1977 =1978 =1979 =1980 =1981 =1982 =1983 =1984 =1985 =1986 =1987 =1988 =1989 =1990 =1991 =1992 =1993 =1994 =1995 =1996 =1997 =1998 =1999 =2000 =2001 =2002 =2003 =2004 =2005 =2006 =2007 =2008 =2009 =2010 =2011 =2012 =2013 =2014 =2015 =2016 =2017 =2018 =2019 =2020 =2021 =2022 =2023 =2024 =2025",
        },
        "miss": {
            "en": "miss forget skip",
            "de": "verpasse vergesse",
            "fr": "rate oublie",
            "es": "salto olvido pierdo",
            "it": "salto dimentico perdo",
            "nl": "mis vergeet",
            "pt": "falto esqueço perco",
        },
        "period": {
            "en": "period periods",
            "de": "Periode Regel Menstruation",
            "fr": "règles",
            "es": "regla periodo",
            "it": "ciclo mestruazioni",
            "nl": "menstruatie",
            "pt": "menstruação",
        },
        "haywire": {
            "en": "haywire irregular weird heavy painful hurt",
            "de": "verrückt durcheinander unregelmäßig stark schmerzhaft weh",
            "fr": "irrégulières déréglées abondantes douloureuses importe douloureux",
            "es": "loca irregular descontrolada abundante abundantísima dolorosa dolió",
            "it": "impazzito irregolare sballato abbondante abbondantissimo dolorosissimo doloroso fatto male",
            "nl": "onregelmatig raar hevig pijnlijk deed pijn",
            "pt": "descontrolada irregular forte dolorosa abundante doeu dói",
        },
        "weightchange": {
            "en": "lost gained put dropped",
            "de": "abgenommen zugenommen",
            "fr": "perdu pris",
            "es": "bajé adelgacé engordé engordado",
            "it": "perso preso ingrassata ingrassato dimagrita dimagrito",
            "nl": "afgevallen aangekomen hoger",
            "pt": "emagreci engordei perdi",
        },
        "kilos": {
            "en": "kilos kilo kg stone pounds",
            "de": "Kilo kg",
            "fr": "kilos kg",
            "es": "kilos kg",
            "it": "chili kg",
            "nl": "kilo kg",
            "pt": "quilos kg",
        },
        "wake": {
            "en": "wake waking woke",
            "de": "wache aufwachen",
            "fr": "réveille",
            "es": "despierto",
            "it": "sveglio",
            "nl": "wakker",
            "pt": "acordo",
        },
        "smallhours": {
            "en": "=2 =3 =4 =2h =3h =4h",
            "de": "=2 =3 =4 =2h =3h =4h",
            "fr": "=2 =3 =4 =2h =3h =4h",
            "es": "=2 =3 =4 =2h =3h =4h",
            "it": "=2 =3 =4 =2h =3h =4h",
            "nl": "=2 =3 =4 =2h =3h =4h",
            "pt": "=2 =3 =4 =2h =3h =4h",
        },
        "threat": {
            "en": "threatened threatening",
            "de": "gedroht bedroht",
            "fr": "menacé menacée",
            "es": "amenazó amenazado amenazada",
            "it": "minacciato minacciata",
            "nl": "bedreigd gedreigd",
            "pt": "ameaçou ameaçada ameaçado",
        },
        "weapon": {
            "en": "knife bat gun",
            "de": "Messer Baseballschläger Waffe",
            "fr": "couteau batte arme",
            "es": "cuchillo bate arma",
            "it": "coltello mazza pistola",
            "nl": "mes knuppel wapen",
            "pt": "faca taco arma",
        },
        "now": {
            "en": "now",
            "de": "jetzt gerade",
            "fr": "maintenant",  # not "là": folded, it is the article "la"
            "es": "ahora",
            "it": "adesso ora",
            "nl": "nu",
            "pt": "agora",
        },
        # Lookalike contexts (LOOKALIKE_CONTEXT below): the trouble word, then the words of a
        # sentence that make it harmless.
        "decision": {
            "en": "decision decided",
            "de": "Entscheidung entschieden beschlossen",
            "fr": "décision décidé",
            "es": "decisión decidido decidí",
            "it": "decisione deciso",
            "nl": "besluit besloten beslissing",
            "pt": "decisão decidi decidido",
        },
        # A decision about where to live or go is news, not a farewell.
        "move": {
            "en": "moving move relocate relocating emigrate emigrating travel travelling traveling coast",
            "de": "umziehen Umzug ziehe ziehen auswandern reisen Reise",
            "fr": "déménager déménage déménageons déménagement partons voyager voyage",
            "es": "mudarme mudarnos mudamos mudanza viajar viaje emigrar",
            "it": "trasferisco trasferiamo trasferirmi trasloco traslochiamo viaggiare viaggio agriturismo",
            "nl": "verhuizen verhuis verhuizing emigreren reizen reis",
            "pt": "mudar mudança mudamos morar viajar viagem emigrar",
        },
        "lastwill": {
            "en": "=will testament",
            "de": "Testament Notar",
            "fr": "testament notaire",
            "es": "testamento notario",
            "it": "testamento notaio",
            "nl": "testament notaris",
            "pt": "testamento notário",
        },
        # Passing sadness and tiredness that the reply itself says leave the client well.
        "mild": {
            "en": "sad sadness dark",
            "de": "traurig fertig",
            "fr": "triste tristesse",
            "es": "triste tristeza",
            "it": "triste tristezza",
            "nl": "verdrietig",
            "pt": "triste tristeza poço",
        },
        # A will made as everyone should, with a power of attorney or for a mortgage: prudence.
        # Also with the solicitor or notary, "purely routine": an errand of old age.
        "prudent": {
            "en": "should attorney mortgage solicitor solicitors lawyer notary routine routinely",
            "de": "sollte sollten Vorsorgevollmacht Vollmacht Patientenverfügung Hypothek Anwalt Notar Routine routinemäßig",
            "fr": "devrait devraient procuration hypothèque notaire avocat routine",
            "es": "debería deberían poder hipoteca notario abogado rutina",
            "it": "dovrebbero dovrebbe procura mutuo notaio avvocato routine",
            "nl": "zou moeten volmacht hypotheek notaris advocaat routine",
            "pt": "devia deveria deviam procuração hipoteca notário advogado rotina",
        },
        "cry": {
            "en": "cry cried crying tears sobbed",
            "de": "weinen geweint heulen geheult Tränen",
            "fr": "pleurer pleuré pleure pleurait larmes",
            "es": "llorar lloró llorado lloramos lágrimas",
            "it": "piangere pianto pianto piangeva lacrime",
            "nl": "huilen gehuild huilde janken tranen",
            "pt": "chorar chorou chorado choramos lágrimas",
        },
        # Tears at a film, a book or a show are the story's, not the client's.
        "spectator": {
            "en": "novel book film movie series play show watched watching rewatched reading club theatre ending",
            "de": "Roman Buch Film Serie Theaterstück Theater geschaut angeschaut gelesen Kino schaue lese Krimi Tatort",
            "fr": "roman livre film série pièce spectacle regardé revu lu cinéma théâtre",
            "es": "novela libro película serie obra vimos visto leído cine teatro",
            "it": "romanzo libro film serie spettacolo visto rivisto letto cinema teatro recita",
            "nl": "roman boek film serie toneelstuk voorstelling gekeken gelezen bioscoop theater kijk kijken lees",
            "pt": "romance livro filme série novela peça vimos visto lido cinema teatro",
        },
        # Hospital words and gloom read in a sentence about a series, a film or a book.
        "hospital": {
            "en": "hospital",
            "de": "Krankenhaus Notaufnahme Klinik",
            "fr": "hôpital urgences",
            "es": "hospital urgencias",
            "it": "ospedale",
            "nl": "ziekenhuis spoedeisende",
            "pt": "hospital urgências",
        },
        "gloom": {
            "en": "gloomy",
            "de": "düster",
            "fr": "sombre",
            "es": "sombría sombrío",
            "it": "cupo cupa",
            "nl": "somber",
            "pt": "sombrio sombria",
        },
        # Jumping off a pier for a swim, for fun: "freezing but fun".
        "leap": {
            "en": "jump jumped jumping",
            "de": "springen gesprungen sprang",
            "fr": "sauter sauté sautés",
            "es": "tirarnos tiramos saltamos saltar",
            "it": "buttati tuffati saltati",
            "nl": "gesprongen springen sprongen",
            "pt": "saltámos saltamos saltar",
        },
        "fun": {
            "en": "fun swim swimming swam dip",
            "de": "Spaß lustig baden schwimmen",
            "fr": "amusant rigolo baignade nager",
            "es": "divertido genial bañarnos nadar",
            "it": "divertente bellissimo bagno nuotare tuffo",
            "nl": "leuk lol zwemmen",
            "pt": "divertido ótimo nadar mergulho banho",
        },
        # Goodbyes at work: a last working day, a leaving do, colleagues.
        "workplace": {
            "en": "colleagues coworkers office team retirement job shift",
            "de": "Kollegen Kolleginnen Arbeitstag Büro Team Rente Ruhestand Schicht Nachtschicht Dienst Nachtdienst",
            "fr": "collègues bureau équipe retraite boulot travail garde",
            "es": "compañeros oficina equipo jubilación trabajo guardia turno",
            "it": "colleghi ufficio squadra pensione lavoro turno",
            "nl": "collega's collega werkdag kantoor team pensioen dienst nachtdienst",
            "pt": "colegas escritório equipa equipe reforma trabalho turno plantão",
        },
        # A threat said laughing ("haha") is a joke about a mother's temper.
        "laugh": {
            "en": "haha hahaha lol",
            "de": "haha hahaha",
            "fr": "haha mdr",
            "es": "jaja jajaja jeje",
            "it": "ahah ahahah haha",
            "nl": "haha hihi",
            "pt": "haha kkk kkkk rsrs",
        },
        # A sting with a little swelling ("it swelled up a bit"): a concern, not anaphylaxis.
        "slight": {
            "en": "bit slightly little",
            "de": "bisschen leicht etwas",
            "fr": "peu légèrement",
            "es": "poco poquito",
            "it": "po' poco leggermente",
            "nl": "beetje licht",
            "pt": "pouco ligeiramente",
        },
        "rope": {
            "en": "rope",
            "de": "Seil",
            "fr": "corde",
            "es": "cuerda",
            "it": "corda",
            "nl": "touw",
            "pt": "corda",
        },
        # A rope for the tent or the boat, a hose for the garden tap.
        "outdoors": {
            "en": "camping tent climbing boat sailing garden swing washing tap watering",
            "de": "Zelt zelten Camping klettern Boot Garten Wasserhahn gießen",
            "fr": "camping tente escalade bateau jardin robinet arroser",
            "es": "acampada camping tienda escalada barco jardín grifo regar",
            "it": "campeggio tenda arrampicata barca giardino rubinetto annaffiare",
            "nl": "kamperen tent klimmen boot tuin kraan sproeien",
            "pt": "acampar campismo tenda escalada barco jardim torneira regar",
        },
        # Someone else who cries: "my mum is crying every time I mention it".
        "others": {
            "en": "mum mom mother dad father husband wife boyfriend girlfriend partner son daughter sister brother everyone everybody kids baby",
            # Not "alle", "tous", "todos", "tutti": "ik moet om alles huilen" is the client's.
            "de": "Mama Mutter Papa Vater Mann Frau Freund Freundin Sohn Tochter Schwester Bruder Kinder",
            "fr": "maman mère papa père mari femme copain copine fils fille soeur frère enfants",
            "es": "mamá madre papá padre marido mujer novio novia hijo hija hermana hermano niños",
            "it": "mamma madre papà padre marito moglie ragazzo ragazza figlio figlia sorella fratello bambini",
            "nl": "mama moeder papa vader man vrouw vriend vriendin zoon dochter zus broer iedereen kinderen",
            "pt": "mãe pai marido mulher namorado namorada filho filha irmã irmão todos miúdos",
        },
        # Pills counted or put aside for a refill, a trip or a weekly box: the supply, not a
        # plan ("I counted my pills to see if I need a refill before the holiday").
        "supply": {
            "en": "refill reorder prescription pharmacy chemist chemists drugstore holiday holidays trip travel organiser dosette",
            "de": "Urlaub Reise Apotheke Apotheker Rezept nachbestellen Nachschub Wochendosierer Dosierer",
            "fr": "vacances voyage pharmacie pharmacien ordonnance renouvellement pilulier",
            "es": "viaje vacaciones farmacia farmacéutico receta pastillero",
            "it": "viaggio vacanze farmacia farmacista ricetta portapillole",
            "nl": "vakantie reis apotheek apotheker drogist recept nabestellen medicijnbox",
            "pt": "viagem férias farmácia farmacêutico receita semanal",
        },
        # Hands and neck with a skin complaint: "my hands and neck are itchy".
        "skin": {
            "en": "itchy itch itching rash dry eczema red spots washing",
            "de": "juckt jucken Ausschlag trocken Ekzem rot",
            "fr": "démange démangeaisons boutons sèche sèches eczéma rougeurs",
            "es": "pica picor sarpullido secas eccema granitos",
            "it": "prurito prudono secche eczema brufoli arrossate",
            "nl": "jeuk jeuken uitslag droog eczeem",
            "pt": "comichão coceira secas eczema borbulhas",
        },
        # A door handle, hinge or lock mended: the door, not a break-in.
        "hardware": {
            "en": "handle knob hinge hinges latch repair repaired fix fixed glue",
            "de": "Griff Klinke Scharnier reparieren repariert",
            "fr": "poignée charnière réparer réparé",
            "es": "manija pomo bisagra arreglar arreglado",
            "it": "maniglia cardine riparare riparato",
            "nl": "klink deurklink scharnier repareren gerepareerd",
            "pt": "puxador maçaneta dobradiça arranjar consertar",
        },
        "game": {
            "en": "chess cards tennis scrabble monopoly poker golf darts bridge games quiz sudoku",
            "de": "Schach Karten Tennis Skat Tischtennis Spiel Spielen",
            "fr": "échecs cartes tennis scrabble belote jeu",
            "es": "ajedrez cartas tenis parchís mus juego",
            "it": "scacchi carte tennis scopa briscola gioco",
            "nl": "schaken kaarten tennis klaverjassen spel",
            "pt": "xadrez cartas ténis sueca jogo",
        },
        # "el Barça me va a matar": a football club's results, not a threat at home.
        "team": {
            "en": "team match league",
            "de": "Mannschaft Verein",
            "fr": "équipe match",
            "es": "Barça Barca Madrid Atleti Betis Sevilla equipo selección partido fútbol liga",
            "it": "Juve Juventus Milan Inter Roma Lazio Napoli squadra partita campionato",
            "nl": "Ajax Feyenoord PSV elftal",
            "pt": "Benfica Porto Sporting Flamengo Corinthians Palmeiras time seleção jogo",
        },
        # "tá tudo arrumado" after a move: the boxes, not one's affairs.
        "arranged": {
            "en": "sorted arranged",
            "de": "geregelt",
            "fr": "réglé",
            "es": "arreglado",
            "it": "sistemato",
            "nl": "geregeld",
            "pt": "arrumado",
        },
        "hopefor": {
            "en": "hope hoping wish wishing relieved pray",
            "de": "hoffe hoffentlich wünsche wünschte erleichtert bete",
            "fr": "espère souhaite soulagée soulagé prie",
            "es": "ojalá espero deseo aliviada aliviado rezo",
            "it": "spero magari desidero sollevata sollevato prego",
            "nl": "hoop hoopte wens wou opgelucht bid",
            "pt": "espero oxalá tomara desejo aliviada aliviado rezo",
        },
        "vehicle": {
            "en": "bus car truck lorry train tram van",
            "de": "Bus Auto Lastwagen LKW Laster Zug Straßenbahn Tram",
            "fr": "bus voiture camion train tram autobus",
            "es": "colectivo autobús bus coche auto camión tren micro carro",
            "it": "autobus bus macchina auto camion treno tram",
            "nl": "bus auto vrachtwagen trein tram",
            "pt": "ônibus autocarro carro camião caminhão comboio trem elétrico",
        },
        "runover": {
            "en": "hit hits knocked ran run mowed flattened",
            "de": "überfährt überfahren überfahre erfasst umfährt",
            "fr": "renverse renversait écrase écrasait percute fauche",
            "es": "pise pisara atropelle atropellara arrolle arrollara",
            "it": "investa investisse travolga travolgesse",
            "nl": "aanrijdt overrijdt schept aanreed overreed",
            "pt": "atropele atropelasse",
        },
        "leftbehind": {
            "en": "left leaving",
            "de": "hinterlassen hinterlegt gelassen",
            "fr": "laissé laissée laisse",
            "es": "dejado dejé dejo",
            "it": "lasciato lasciata lascio",
            "nl": "achtergelaten gelaten laat",
            "pt": "deixei deixado deixo",
        },
        "letter": {
            "en": "letter letters",
            "de": "Brief Briefe",
            "fr": "lettre lettres",
            "es": "carta cartas",
            "it": "lettera lettere",
            "nl": "brief brieven",
            "pt": "carta cartas",
        },
        "kin": {
            "en": "son daughter sister brother wife husband mum mom dad parents children kids family",
            "de": "Sohn Tochter Schwester Bruder Frau Mann Mutter Vater Eltern Kinder Familie",
            "fr": "fils fille sœur frère femme mari mère père parents enfants famille",
            "es": "hijo hija hermana hermano esposa marido mujer madre padre padres hijos familia",
            "it": "figlio figlia sorella fratello moglie marito madre padre genitori figli famiglia",
            "nl": "zoon dochter zus zuster broer vrouw man moeder vader ouders kinderen familie",
            "pt": "filho filha irmã irmão esposa marido mulher mãe pai pais filhos família",
        },
        "gaveaway": {
            "en": "donated",
            "de": "verschenkt weggegeben verschenke",
            "fr": "donné donnés données",
            "es": "regalé regalado regalados regaladas",
            "it": "regalato regalata regalati",
            "nl": "weggegeven weggeefd",
            "pt": "doei doado doados dei",
        },
        "anyway": {
            "en": "anyway",
            "de": "eh sowieso ohnehin bald",
            "fr": "façon",
            "es": "igual total",
            "it": "tanto",
            "nl": "toch binnenkort",
            "pt": "mesmo afinal",
        },
        "need": {
            "en": "need needed",
            "de": "brauch brauche brauchen",
            "fr": "besoin servira",
            "es": "necesito necesitaré sirve servirá",
            "it": "serve servirà serviranno bisogno",
            "nl": "nodig",
            "pt": "preciso precisarei serve servirá",
        },
        "chose": {
            "en": "chose chosen picked scouted",
            "de": "ausgesucht ausgewählt",
            "fr": "repéré choisi",
            "es": "elegido elegí escogido",
            "it": "scelto individuato",
            "nl": "uitgezocht uitgekozen gekozen",
            "pt": "escolhi escolhido",
        },
        "setaside": {
            "en": "aside",
            "de": "beiseitegelegt zurückgelegt beiseite",
            "fr": "côté",
            "es": "apartadas apartados separadas separados",
            "nl": "apart opzij",
            "pt": "separei separados separadas",
        },
        "heat": {
            "en": "hot hob cooker stove iron kettle",
            "de": "heiß heißen Herdplatte Herd Bügeleisen",
            "fr": "brûlante brûlant plaque fer",
            "es": "caliente plancha hornilla vitro",
            "it": "rovente bollente piastra ferro fornello",
            "nl": "heet hete kookplaat strijkijzer fornuis",
            "pt": "quente ferro fogão placa",
        },
        "skinpart": {
            "en": "hand hands wrist wrists arm arms forearm thigh thighs leg legs skin",
            "de": "Hand Hände Handgelenk Arm Arme Unterarm Oberschenkel Bein Beine Haut",
            "fr": "main mains poignet bras cuisse jambe peau",
            "es": "mano manos muñeca brazo brazos muslo pierna piel",
            "it": "mano mani polso braccio braccia coscia gamba pelle",
            "nl": "hand handen pols arm armen bovenbeen been huid",
            "pt": "mão mãos pulso braço braços coxa perna pele",
        },
        "cigarette": {
            "en": "cigarette cigarettes",
            "de": "Zigarette Zigaretten Kippe",
            "fr": "cigarette clope mégot",
            "es": "cigarro cigarrillo",
            "it": "sigaretta cicca",
            "nl": "sigaret peuk",
            "pt": "cigarro beata",
        },
        "press": {
            "en": "stubbed stub pressed press",
            "de": "drück drücke ausdrücken ausgedrückt",
            "fr": "écrase écrasé éteins éteint",
            "es": "apago apagué apagar",
            "it": "spengo spento spegnere",
            "nl": "druk drukte uitgedrukt uitdrukken",
            "pt": "apago apaguei apagar",
        },
        "cutself": {
            "en": "cut cutting slashed carved",
            "de": "geritzt geschnitten ritze",
            "fr": "coupé coupée tailladé tailladée entaillé",
            "es": "corté cortado cortada cortes",
            "it": "tagliata tagliato tagli",
            "nl": "gesneden sneed",
            "pt": "cortei cortado cortada cortes",
        },
        "again": {
            "en": "again",
            "de": "wieder erneut",
            "fr": "encore nouveau",
            "es": "otra nuevo",
            "it": "ancora volta nuovo",
            "nl": "weer opnieuw",
            "pt": "outra novo",
        },
        # Not "tue" (German "I do") nor "bringt": "er bringt mich zum Bahnhof, dann gehe ich".
        "killthreat": {
            "en": "kill kills",
            "de": "umbringen umbringt",
            "fr": "tuer tuera tuerait",
            "it": "ammazza uccide ammazzerà ucciderà",
            "nl": "vermoordt afmaakt kapotmaakt",
        },
        # What a family gives away when the children have grown: "die Babysachen verschenkt".
        "outgrown": {
            "en": "baby babies cot pram stroller toys",
            "de": "Baby Babysachen Kinderwagen Spielzeug Kindersachen",
            "fr": "bébé poussette jouets berceau",
            "es": "bebé cochecito juguetes cuna",
            "it": "bambino neonato passeggino giocattoli culla",
            "nl": "baby kinderwagen speelgoed wieg babykleertjes",
            "pt": "bebé bebê carrinho brinquedos berço",
        },
        "pet": {
            "en": "dog cat puppy kitten",
            "de": "Hund Katze Welpe",
            "fr": "chien chat chiot",
            "es": "perro gato perrito",
            "it": "cane gatto cucciolo",
            "nl": "hond kat poes puppy",
            "pt": "cão cachorro gato",
        },
        "number": {"*": "15 20 25 30 35 40 45 50 60 70 80 90 100"},
        # Pins and needles with a numb arm at night: a concern, not one side of the body gone.
        "tingling": {
            "en": "tingling pins needles",
            "de": "Kribbeln kribbelt eingeschlafen",
            "fr": "fourmis fourmillements picotements",
            "es": "hormigueo hormigas",
            "it": "formicolio formiche",
            "nl": "tintelingen tintelt slapend",
            "pt": "formigueiro formigamento",
        },
        "train": {
            "en": "train",
            "de": "Zug",
            "fr": "train",
            "es": "tren",
            "it": "treno",
            "nl": "trein",
            "pt": "comboio trem",
        },
        "ervoor": {"nl": "ervoor"},
        "stand": {"nl": "staan liggen springen"},
        "planned": {
            "en": "planned",
            "de": "geplant",
            "fr": "prévu",
            "es": "planeado previsto",
            "it": "previsto pianificato",
            "nl": "gepland",
            "pt": "planeado planejado previsto",
        },
        "day": {
            "en": "tonight weekend saturday sunday friday tomorrow",
            "de": "heute Nacht Wochenende Samstag Sonntag Freitag morgen",
            "fr": "soir weekend week-end samedi dimanche vendredi demain",
            "es": "noche finde sábado domingo viernes mañana",
            "it": "stasera stanotte weekend sabato domenica venerdì domani",
            "nl": "vanavond vannacht weekend zaterdag zondag vrijdag morgen",
            "pt": "noite sábado domingo sexta amanhã",
        },
        "leave": {
            "en": "leave leaving",
            "de": "verlasse gehe",
            "fr": "pars quitte",
            "it": "vado lascio",
            "nl": "wegga verlaat",
        },
        # Drooling or foaming at the mouth, with shaking a fit: "il tremblait de partout et bavait".
        "drool": {
            "en": "drooling dribbling foaming frothing",
            "de": "gesabbert sabberte sabbern Schaum",
            "fr": "bavait bavé baver écume",
            "es": "babeaba babeando espuma",
            "it": "sbavava sbavando bava schiuma",
            "nl": "kwijlde kwijlen kwijlend schuim",
            "pt": "babava babando espuma",
        },
        "shaking": {
            "en": "shaking jerking convulsing twitching",
            "de": "gezuckt zuckte zucken gekrampft krampfte zitternd",
            "fr": "tremblé tremblais convulsé secoué secouée",
            "es": "temblando temblaba convulsionando convulsionaba sacudía",
            "it": "tremava tremavo tremando scossoni convulsioni",
            "nl": "schokken schokte schokkend trillend",
            "pt": "tremendo tremia sacudia convulsionava",
        },
        "tongue": {
            "en": "tongue",
            "de": "Zunge",
            "fr": "langue",
            "es": "lengua",
            "it": "lingua",
            "nl": "tong",
            "pt": "língua",
        },
        "bitten": {
            "en": "bitten",
            "de": "zerbissen aufgebissen",
            "fr": "mordue mordu",
            "es": "mordí mordida",
            "it": "morsa morso morsicata",
            "nl": "kapotgebeten stukgebeten opengebeten",
            "pt": "mordi mordida",
        },
        # A fit, in the words that also name a seizure: only with the tongue (above).
        "fit": {
            "en": "fit seizure",
            "de": "Anfall Krampfanfall",
            "fr": "crise convulsion",
            "es": "ataque convulsión",
            "it": "attacco crisi convulsione",
            "nl": "aanval toeval",
            "pt": "ataque convulsão crise",
        },
        # Medicines of recovery from drink and opioids, named alone (not remedy talk).
        "recoverymed": {
            "en": "acamprosate naltrexone antabuse disulfiram methadone buprenorphine subutex suboxone campral",
            "de": "Acamprosat Naltrexon Antabus Disulfiram Methadon Buprenorphin Subutex Suboxone Campral",
            "fr": "acamprosate naltrexone espéral disulfirame méthadone métha buprénorphine subutex subu suboxone",
            "es": "acamprosato naltrexona antabús disulfiram metadona buprenorfina subutex suboxone campral",
            "it": "acamprosato naltrexone antabuse disulfiram metadone buprenorfina subutex suboxone campral",
            "nl": "acamprosaat naltrexon antabus disulfiram methadon buprenorfine subutex suboxone campral",
            "pt": "acamprosato naltrexona antabuse dissulfiram metadona buprenorfina subutex suboxone",
        },
        # A tongue that bleeds or is bitten through, told beside a fit.
        "tonguehurt": {
            "en": "bleeding bled bloody",
            "de": "blutig blutet blutete zerbissen",
            "fr": "saigne saignait saignée",
            "es": "sangra sangraba sangrando",
            "it": "sanguina sanguinava sanguinante",
            "nl": "kapot bloedt bloedde",
            "pt": "sangra sangrava sangrando",
        },
        "wokeup": {
            "en": "woke awoke",
            "de": "aufgewacht",
            "fr": "réveillée réveillé",
            "es": "desperté despertado",
            "it": "svegliata svegliato risvegliata risvegliato",
            "nl": "wakker bijgekomen",
            "pt": "acordei acordado acordada",
        },
        "face": {
            "en": "face",
            "de": "Gesicht",
            "fr": "visage figure",
            "es": "cara rostro",
            "it": "viso faccia",
            "nl": "gezicht",
            "pt": "rosto cara",
        },
        "left": {
            "en": "left",
            "de": "linken linke links",
            "fr": "gauche",
            "es": "izquierdo",
            "it": "sinistro",
            "nl": "linker linkerarm",
            "pt": "esquerdo",
        },
        "arm": {
            "en": "arm",
            "de": "Arm",
            "fr": "bras",
            "es": "brazo",
            "it": "braccio",
            "nl": "arm linkerarm",
            "pt": "braço",
        },
        # A kitchen or a haircut: "je me suis coupée en cuisinant", "coupé les cheveux moi-même".
        "kitchen": {
            "en": "cooking baking kitchen oven bread roast chopping onions",
            "de": "kochen Kochen Küche Backofen Ofen Brot Braten backen Zwiebeln",
            "fr": "cuisinant cuisine four pain rôti oignons",
            "es": "cocinando cocina horno pan asado cebolla",
            "it": "cucinando cucina forno pane arrosto cipolla",
            "nl": "koken keuken oven brood gebraad uien",
            "pt": "cozinhar cozinhando cozinha forno pão assado cebola",
        },
        "hair": {
            "en": "hair fringe beard nails",
            "de": "Haare Haar Pony Bart Nägel",
            "fr": "cheveux frange barbe ongles",
            "es": "pelo flequillo barba uñas",
            "it": "capelli frangia barba unghie",
            "nl": "haar pony baard nagels",
            "pt": "cabelo franja barba unhas",
        },
        # Someone leaving hospital is good news: "Mi padre ya salió del hospital".
        "discharged": {
            "en": "discharged recovering out",
            "de": "entlassen",
            "fr": "sorti sortie",
            "es": "salió recuperándose alta",
            "it": "uscito uscita dimesso dimessa",
            "nl": "ontslagen",
            "pt": "saiu alta",
        },
        # Not "schau" (spectator's "watched"): "schau nachts fünfmal ob es noch atmet" is fear.
        "screen": {
            "en": "film movie series novel book horror thriller",
            "de": "Film Serie Buch Roman Horror Krimi Thriller",
            "fr": "film série roman livre horreur thriller",
            "es": "película peli serie novela libro terror",
            "it": "film serie romanzo libro horror thriller",
            "nl": "film serie roman boek horror griezelfilm thriller",
            "pt": "filme série romance livro terror",
        },
        "fear": {
            "en": "scared frightened fear",
            "de": "Angst",
            "fr": "peur",
            "es": "miedo",
            "it": "paura",
            "nl": "bang",
            "pt": "medo",
        },
        # An animal's health, told by what the vet says: "the vet says it's nothing nasty".
        "vet": {
            "en": "vet vets veterinarian",
            "de": "Tierarzt Tierärztin",
            "fr": "vétérinaire véto",
            "es": "veterinario veterinaria",
            "it": "veterinario veterinaria",
            "nl": "dierenarts",
            "pt": "veterinário veterinária",
        },
        "sleeve": {
            "en": "sleeves",
            "de": "Ärmel",
            "fr": "manches",
            "es": "manga mangas",
            "it": "maniche manica",
            "nl": "mouwen",
            "pt": "manga mangas",
        },
        "long": {
            "en": "long",
            "de": "lange langen",
            "fr": "longues",
            "es": "larga largas",
            "it": "lunghe lunga",
            "nl": "lange",
            "pt": "comprida compridas",
        },
        "summer": {
            "en": "summer august july heatwave",
            "de": "Sommer August Juli Hitze",
            "fr": "été août juillet canicule",
            "es": "verano agosto julio calor",
            "it": "estate agosto luglio caldo",
            "nl": "zomer augustus juli hittegolf",
            "pt": "verão agosto julho calor",
        },
    }
)


def fold(text: str) -> str:
    """Lower case without accents (the same folding the text gets)."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _words(block: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(p).split()) for p in block.split("/") if p.strip())


def entries() -> Iterator[tuple[str, str, str, str]]:
    """(name, pattern, language, level) for every expression of the lexicon."""
    for lang, levels in _LEXICON.items():
        for level, block in levels.items():
            for line in block.splitlines():
                line = line.split("#", 1)[0]
                for pattern in _split(line):
                    name = " ".join(w.strip("()=+!").split("/")[0] for w in pattern.split())
                    name = " ".join(w for w in name.split() if not w.startswith("_") and w != "$")
                    if pattern.startswith("&"):  # "& @want @death" reads "want … death"
                        name = " … ".join(w.lstrip("@") for w in pattern.lstrip("&!").split())
                    yield name, pattern, lang, level


def _split(line: str) -> list[str]:
    """A line's expressions: ' / ' separates expressions, '/' inside a word separates words."""
    return [p.strip() for p in line.split(" / ") if p.strip()]


def words() -> set[tuple[str, str]]:
    """(language, word as written) for every word whose forms the matcher (assess.py) looks
    up in the forms table, for the builder (scripts/triage_forms.py). Read with the matcher's
    own parser (notation.py), so the table holds no other key and none with a mark on it.
    Every class counts, named in an expression or not: assess.py reads some by name."""
    out: set[tuple[str, str]] = set()
    for members in CLASSES.values():
        for lang, member in members:
            word, literal = notation.class_member(member)
            if not literal:
                out.add((lang, word))
    for _, pattern, lang, level in entries():
        languages = LANGUAGES if lang == "*" else (lang,)
        for slot in notation.parse(pattern, lang, level).words:
            if slot.kind == "word" and not slot.literal:
                out.update((language, alt) for language in languages for alt in slot.alternatives)
    return out


# ---------------------------------------------------------------- the words that govern

# A negation before the expression it governs ("no side effects", "keine Nebenwirkungen").
PRE_NEGATION = _words(
    "no / not / never / without / nothing / none / nor / neither / zero / cero / nul / zéro / zero / free of / free from"
    " / no more / no longer / not any / not a single / lack of / less / fewer / barely any"
    " / hardly / barely / scarcely / kein / keine / keinen / keinem / keiner / keines / nicht / nie / niemals"
    " / ohne / nichts / weniger / frei von / kaum noch / nauwelijks nog / bijna geen / fast keine"
    " / almost no / niks / keinerlei / null / ni un solo / ni una sola / neanche un / neanche una / nemmeno"
    " / nergens / nowhere / nirgends / nulle part / nessuna traccia di / plus une seule / plus un seul / plus aucun / plus aucune / kein einziges"
    " / keine einzige / ni una / ni un / geen enkele / nem um / nem uma / neanche / nemmeno"
    " / nicht einmal / meme pas / ni siquiera / zelfs geen / nem mesmo / not even / nunca mais"
    " / adios / adieu / goodbye / bye bye / tschuss / addio / adeus / kaum / à peine / apenas / casi ni / nauwelijks / amper / pas / plus / jamais / aucun / aucune / sans / rien"
    " / ni / moins / pas de / plus de / no / sin / ningun / ninguna / ninguno / nunca / nada"
    " / ya no / menos / jamas / non / nessun / nessuna / nessuno / senza / mai / niente / nulla"
    " / meno / non piu / geen / niet / nooit / zonder / niets / minder / niet meer / nao / sem"
    " / nenhum / nenhuma / nunca / nada / nem / ja nao / menos / livre de"
    # "Neither" told after a first denial: "no tengo fiebre y tampoco mareos".
    " / tampoco / tampouco / neppure"
    # "weder X noch Y"; Italian "né X né Y" (folded "ne", see _paired); "not a single one".
    # "quasi", "quase" are "almost": "quasi ogni giorno ho mal di testa" negates nothing.
    " / quasi nessun / quasi nessuna / quasi niente / quasi mai / quasi rien / quasi pas / quasi plus"
    " / quase nenhum / quase nenhuma / quase nada / quase nunca / quase sem"
    # A plan denied: "geen plannen om er een eind aan te maken", "no plans to".
    " / geen plannen om / niet van plan om / niet van plan / no plans to / no intention of"
    " / nicht vor / keine absicht / pas l intention / non ho intenzione di / nao tenciono / keine plane / no tengo planes de"
    " / nessuna intenzione di / nao tenho planos de / pas l intention de"
    # The formal letter's firm denial: "je n'ai nullement l'intention de" (split "le intention"),
    # "keineswegs", "geenszins van plan", "no tengo la menor intención de", "by no means".
    " / pas le intention de / nullement le intention de / aucunement le intention de / nullement / aucunement"
    " / keineswegs / keinesfalls / geenszins / geenszins van plan om / geenszins van plan / by no means / in no way"
    " / la menor intencion de / ninguna intencion de / intencao nenhuma de / nenhuma intencao de"
    " / de ningun modo / in alcun modo / de modo nenhum / minima intenzione di"
    # Told as a past habit, or no longer remembered: "my knees used to ache", "ya ni me
    # acuerdo de los dolores".
    " / used to / used to have / fruher hatte ich / avant j avais / antes tenia / prima avevo"
    " / vroeger had ik / antes tinha / ni me acuerdo de / ya ni me acuerdo de / nem me lembro de"
    " / non mi ricordo nemmeno / weet niet eens meer / can not even remember"
    " / weder / noch / ne / pas une seule / pas un seul / jamais une seule / pas une / pas refait"
    # Spanish, Italian and Portuguese put the going before the trouble: "se me quitó el
    # insomnio", "mi è passato il mal di testa", "passou a dor".
    " / se me quito / se me fue / se me paso / se me fueron / se me pasaron / se me quitaron"
    # ... in the perfect: "ya se me han pasado los mareos", "se me ha quitado la tos".
    " / se me han pasado / se me ha pasado / se me han ido / se me ha ido / se me han quitado / se me ha quitado"
    " / me e passato / me e passata / e passato / e passata / e sparito / e sparita / passou me"
    " / passou a / passou o / acabou a / acabou o / sumiu a / sumiu o"
    # ... in the plural too: "acabaram as cólicas", "sumiram as manchas".
    " / acabaram as / acabaram os / passaram as / passaram os / sumiram as / sumiram os"
    " / acabaram se as / foram se as / foram se os / se acabaron los / se acabaron las"
    " / se fueron los / se fueron las / sono passati i / sono passate le / sono spariti i"
    " / sono sparite le / nimmer"
)
# A resolution after the expression it governs ("the rash has gone", "die Schmerzen sind weg").
POST_NEGATION = _words(
    "gone / went away / gone away / stopped / cleared / cleared up / disappeared / vanished"
    " / resolved / over / better / much better / eased / eased off / subsided / settled"
    " / settled down / improved / improving / fine now / okay now / ok now / passed / healed"
    " / under control / no longer / none / is over / are over / nowhere"
    # Kept under control, with its verb so that a negation before it is seen ("no está bajo
    # control"): "a ansiedade está bem controlada"; healed in the plural: "le afte sono guarite".
    " / is well controlled / ist unter kontrolle / ist gut eingestellt / est sous controle / est bien controlee"
    " / esta bajo control / esta bien controlada / esta bien controlado / e sotto controllo / e ben controllata"
    " / e ben controllato / is onder controle / is goed onder controle / esta sob controle / esta bem controlada"
    " / esta bem controlado / esta controlada / esta controlado"
    " / guariti / guarite / curados / curadas / curada / gueris / gueries"
    " / weg / vorbei / verschwunden / besser / abgeklungen / nachgelassen / aufgehort / verflogen"
    " / sind weg / ist weg / zijn weg / is weg / niet meer / nooit meer / nie mehr / nie wieder"
    " / thing of the past / a thing of the past / ficou no passado / no passado / ficou para tras"
    " / nur noch eine erinnerung / nichts mehr übrig / nichts mehr / solo un ricordo"
    " / un lointain souvenir / cosa del pasado / verleden tijd / coisa do passado / se acabo / acabo / se acabaron"
    " / went / went within / cessé / ont cessé / a cessé / cessato / cesó / cesaron / parou / pararam"
    " / lifted / has lifted / eindelijk over / is over / finally cleared / enfin partie / est partie"
    " / faded / faded away / dried up / a seche / est seche / sont seches / ont seche / secado / seccato / opgedroogd / secou / keine mehr / keins mehr / keinen mehr / nicht mehr / geheilt / abgeheilt / verheilt / weniger / parti / partie / partis / parties"
    " / disparu / disparue / disparus / disparues / passe / passee / passes / fini / finie / finis / finies"
    # ... in the plural and as good as done: "bouffées de chaleur quasi finies", "de opvliegers
    # zijn zo goed als gedaan".
    " / terminees / termines / terminee / zo goed als gedaan / zo goed als over / zo goed als weg"
    " / termine / mieux / calme / calmee / gueri / guerie / envole / envolee / desaparecido"
    " / desaparecio / desaparecieron / se fue / se fueron / se han ido / se ha ido / ido / pasado / paso / pasaron / mejor"
    " / mejorado / quitado / quito / curado / sparito / sparita / spariti / sparite / passato"
    " / passata / passati / passate / finito / finita / meglio / migliorato / migliorata / guarito"
    " / guarita / verdwenen / weg / voorbij / beter / minder / genezen / opgeklaard"
    " / desapareceu / desapareceram / passou / passaram / melhor / melhorou / sumiu / sumiram"
    " / weg gebleven / weggebleven / weg gebleven / fern geblieben / ausgeblieben"
    # Gone down, hardly noticed, history, a memory: "la ansiedad ha bajado, casi ni la noto",
    # "il prurito se n'è andato", "as palpitações foram-se", "la tosse ormai è un ricordo".
    " / went down / gone down / has gone down / ha bajado / bajo mucho / ni la noto / ni lo noto"
    " / es historia / ya es historia / e calata / e calato / se ne e andato / se ne e andata"
    " / se ne sono andati / se ne sono andate / un ricordo / e un ricordo / quasi non la sento"
    " / foram se / foi se / baixou / nem a sinto / nem o sinto / e passado / ja e passado"
    " / is verleden tijd / ist geschichte / c est de l histoire ancienne / is history"
    " / kein thema mehr / ist kein thema / no longer an issue / not an issue anymore / plus un souci"
    " / ya no es problema / non e piu un problema / geen probleem meer / ja nao e problema"
    " / stayed away / stay away / kept away / have stayed away / has stayed away"
    " / risolto / risolta / risolti / risolte / resuelto / resuelta / resueltos / resolvido / resolvida"
    " / opgelost / erledigt / ausgeheilt / auskuriert / gestopt / opgehouden / arrete / arretee"
    " / arretes / arretees / scomparso / scomparsa / scabbed over / ni la siento / ni lo siento"
    " / ja nem sinto"  # not "non la sento più": numbness ("metà del corpo non la sento più")
    " / plus legeres / plus legere / quasi rien / presque rien / kaum noch"
    " / non ci sono piu / non ci sono più / ya no estan / ja nao estao / zijn er niet meer / sind nicht mehr da"
    " / ne sont plus la / not there anymore"
    # Spoken French puts the negation after the verb alone: "mes jambes gonflent plus du tout".
    " / plus du tout / plus jamais / nimmer / nimmer da / is nimmer da"
    # Faded: "as manchas clarearam", "die Flecken sind verblasst".
    " / clarearam / clareou / desbotaram / desbotou / esbateram / aclarado / aclararon / aclaro"
    " / sbiadite / sbiadito / schiarite / schiarito / estompees / estompes / estompe / palies"
    " / verblasst / vervaagd / verbleekt / lightened"
    # Long behind the writer: "der Ausrutscher im Sommer ist lang her", "la recaída del verano
    # quedó atrás", "die terugval ligt ver achter me", "is long behind me".
    " / is behind me / are behind me / now behind me / long behind me / far behind me / well behind me / lang her / ist lang her / schon lang her / lange her"
    " / loin derriere / loin derriere moi / quedo atras / quedaron atras / ya quedo atras"
    " / ligt achter me / ver achter me / achter de rug / ficou pra tras / ficaram pra tras / ficaram para tras"
    " / back to normal / redevenues normales / redevenus normaux / wieder normal / tornate normali / weer normaal / voltaram ao normal / volvieron a la normalidad / acabou / curou / curado / curada / curo / se curo / foi embora / foram embora / se foi / ya se fue"
)
# Resolutions that close a whole sentence, past its commas ("the toothache was an abscess,
# the dentist sorted it, all better now"). Only concerns: a crisis is never closed so.
SENTENCE_RESOLVED = _words(
    "all better now / all better / all good now / all fine now / all sorted / all healed"
    " / alles wieder gut / wieder alles gut / alles gut jetzt / alles verheilt"
    " / tout va mieux / tout va bien maintenant / c'est deja cicatrise / deja gueri"
    " / ya estoy bien / ya esta curado / ya esta todo bien / todo bien ya / ya cerro"
    # Told of someone else: "my son had a headache after football, he's fine now".
    " / he is fine now / she is fine now / he is ok now / she is ok now / es geht ihm wieder gut"
    " / es geht ihr wieder gut / il va bien maintenant / elle va bien maintenant / ya esta bien"
    " / ora sta bene / sta bene ora / nu is het over / is het over / ja esta bem / agora esta bem"
    " / ora tutto a posto / tutto a posto / gia guarito / gia chiuso"
    " / alles weer goed / weer helemaal goed / al genezen"
    " / ja esta tudo bem / ja fechou / ja sarou / ja passou"
    # Gone, or no longer showing: "ya se me pasó", "ni se nota ya", "sin molestias".
    " / ya se me paso / se me paso / ni se nota / ya no se nota / sin molestias"
    " / nem se nota / ja nem se nota / on ne voit plus rien / ca ne se voit plus"
    " / man sieht nichts mehr / sieht man nicht mehr / non si vede piu / non si vede nemmeno"
    " / je ziet er niks meer van / je ziet er niets meer van / can not even see it / can not even tell"
    # Over at once, told after its cause: "nosebleed on the plane, dry air, stopped in a minute".
    " / stopped in a minute / stopped after a minute / stopped right away / stopped straight away"
    " / was gone in a minute / gone in a minute / passed in a minute / went away in a minute"
    " / nach zwei minuten war schluss / nach einer minute war schluss / hat gleich aufgehört"
    " / war gleich wieder weg / sofort wieder weg / arrêté tout de suite / arrêté aussitôt"
    " / passé tout de suite / paró enseguida / paró en seguida / se pasó enseguida / paró al momento"
    " / si è fermato subito / si è fermata subito / passato subito / passata subito"
    " / was na een minuutje over / na een minuutje over / na een minuut over / meteen gestopt"
    " / was meteen over / parou rapidinho / parou logo / passou logo / parou na hora"
)
# Resolutions strong enough to lower a crisis (to concern): not "better" ("better off").
RESOLVED = frozenset(
    words
    for words in POST_NEGATION
    if words[0]
    not in {
        "better", "much", "eased", "improved", "improving", "settled", "besser", "weniger",
        "mieux", "mejor", "mejorado", "meglio", "migliorato", "migliorata", "beter", "minder",
        "melhor", "melhorou", "okay", "ok", "fine", "calme", "calmee",
        "weg",  # "als ik weg ga": when I leave; "zijn weg" below is a resolution
    }
) | {("plus",), ("plus", "depuis")}  # "je me coupe plus depuis des mois": spoken French drops "ne"  # fmt: skip
# Words that undo a negation: the trouble is there ("no, it's back", "nicht mehr weg").
PRESENCE = frozenset(
    fold(w)
    for w in (
        "still back again returned worse worsening come came coming wieder immer noch"
        " schlimmer zurück encore toujours revenu revenue pire todavía aún sigue peor volvió"
        " ancora tornato tornata peggio weer nog steeds erger ainda voltou pior"
    ).split()
)
# Negations an expression's gap never swallows ("ik wil niet dood" is not "wil _1 dood").
# Not "no" or "ne": Portuguese "dor forte no peito" (in the chest), Italian "ne" (of it).
GAP_STOP = frozenset(
    fold(w)
    for w in "not never nicht kein keine niet geen non nao não nunca mai nie jamais nooit pas".split()
)
# A state after English "gone" makes it "become", not "away": "her lips have gone big and
# puffy", "his hand has gone white". Not "numb" or "dark": those are read as concerns whole.
BECOME_AFTER_GONE = frozenset(
    "big puffy red blue purple grey gray pale white swollen fat huge floppy limp stiff hard blotchy".split()
)
# Words that begin a noun phrase: "over" before them is a preposition ("de brug over de
# snelweg"), not "it is over".
DETERMINERS = frozenset(
    "de het een mijn je zijn haar ons onze hun dit dat die deze the a an my his her our their".split()
)
# Words of a return: denied, they are a resolution ("the panic attacks have not come back").
RETURNED = frozenset(
    fold(w)
    for w in (
        "back come came coming returned zurück zurückgekommen revenu revenue revenus revenues"
        " volvió vuelto tornato tornata tornati tornate voltou voltaram terug teruggekomen"
    ).split()
)
# Before a past participle these make it a date, not a resolution: "arrêté la semaine passée"
# (last week), "el mes pasado", "la settimana passata", "over the weekend" is still a date.
TIME_NOUNS = frozenset(
    fold(w)
    for w in (
        "semaine année annee mois jour soir nuit fois été hiver printemps automne"
        " semana año mes día noche verano vez settimana anno mese giorno notte estate volta"
        " week weekend jaar maand ano dia noite"
    ).split()
)
# Negation words as such, to tell "gone" from "not gone".
NEGATORS = frozenset(
    fold(w)
    for w in "not no never nicht kein pas ne no non niet nao não nunca mai nie jamais nooit".split()
)
# French "ne" before the verb ends in one of these after it: "je ne tousse plus".
FRENCH_NE_AFTER = frozenset(("pas", "plus", "jamais", "guere", "point"))
# Between a negation and what it governs, these words carry the negation through ("no longer
# think of ending it", "no he vuelto a tener migrañas"): they do not count against its reach.
# "kann kaum schlucken", "can hardly breathe": a difficulty, not a negation, for a crisis.
DIFFICULTY = frozenset(("kaum", "hardly", "barely", "scarcely", "amper", "nauwelijks"))

CARRIERS = frozenset(
    # "ik denk er niet meer aan om een eind aan mijn leven te maken": the negation reaches it.
    ("om", "een")
) | frozenset(
    fold(w)
    for w in (
        "think thinking thought about of have had has any ever again been denke daran dran an"
        " pense penser a ai eu pienso pensando en he ha vuelto tenido tener penso pensando di"
        " ho avuto denk erover aan heb gehad penso pensando em tenho tido tive mehr more"
        " wieder gehabt habe hatte piu quei quelle quelli aqueles aquelas esos esas those ces diese deze finally finalmente endlich enfin eindelijk"
        # Intensifiers and "now": "ist komplett weg", "is helemaal weg", "is now gone".
        " komplett ganz völlig vollständig total helemaal volledig compleet totaal completely totally"
        " entirely fully complètement totalement completamente totalmente tutto interamente inteiramente"
        " almost nearly practically presque now jetzt nu maintenant ahora adesso agora"
        " seule seul une"  # "pas refait une seule attaque de panique"
        # "geen gedachten meer aan zelfdoding", "por fin se fue", Dutch "er"
        " gedachten gedachte pensieri pensamientos pensamentos gedanken pensees thoughts ideas ideeen meer"
        " por fin er"
    ).split()
)
# A resolution after these belongs to a clause of its own: "sozinha desde que os filhos foram
# embora" (the children went, not the loneliness).
SUBORDINATE = _words(
    # Only words that open a clause: "sinds de zomer weg gebleven" is a time, not a clause.
    "ever since / seitdem / depuis que / desde que / da quando / dacche / sinds ik / sinds mijn"
)
# Words that end the scope of a negation: a new clause begins.
CONJUNCTIONS = frozenset(
    fold(w)
    for w in (
        "but however though although except yet apart aber doch jedoch sondern"
        " trotzdem allerdings nur mais pourtant sauf cependant pero sino aunque excepto"
        " ma però pero tranne tuttavia maar behalve toch echter mas porém porem exceto contudo revanche embargo invece entanto"
        # "worse rather than better": the better is not the trouble's
        " statt anstatt instead rather plutot"
    ).split()
)
# After these, an English "no" answers a question; it does not negate what follows.
NOT_AFTER_NO = frozenset(
    (
        "the my i it its we she they you but thanks thank actually sorry unfortunately sadly"
        " ana dear not"
    ).split()
)
# Pairs that look like a negation and negate nothing ("not sure if it is a side effect").
PSEUDO_NEGATION = frozenset(
    (fold(a), fold(b))
    for a, b in (
        ("not", "sure"), ("not", "certain"), ("no", "idea"), ("not", "only"), ("not", "just"),
        ("no", "doubt"), ("not", "shake"), ("not", "worry"), ("not", "panic"), ("no", "worries"),
        ("keine", "angst"), ("keine", "sorge"), ("keine", "panik"), ("no", "te"), ("non", "preoccuparti"),
        ("non", "ti"), ("geen", "zorgen"), ("geen", "paniek"), ("nao", "se"), ("nao", "te"), ("nicht", "sicher"), ("nicht", "nur"), ("keine", "ahnung"),
        ("pas", "sur"), ("pas", "seulement"), ("no", "se"), ("no", "solo"), ("non", "so"),
        ("non", "solo"), ("niet", "zeker"), ("niet", "alleen"), ("nao", "sei"), ("nao", "so"),
        # Portuguese "no" is "in the" before a noun: "apago cigarros no braço", "no chão a tremer".
        *(("no", noun) for noun in (
            "braço", "pulso", "peito", "chão", "pescoço", "rosto", "corpo", "estômago", "pé",
            "joelho", "ombro", "sofá", "quarto", "banheiro", "duche", "chuveiro",
            "meio", "carro", "trabalho", "meu", "teu", "seu", "nosso",
        )),
    )
)  # fmt: skip

# Trouble words that a sentence shows to be harmless: (class of the trouble word, class of
# the sentence's other words). The trouble word is the last word of an expression, or any
# word of a "&" concept. "I've made my decision: we're moving to the coast" is news;
# "made my will, my solicitor says everyone should" is prudence; "we watched it at book
# club, cried buckets" is the film's. The same words without that context keep their level.
LOOKALIKE_CONTEXT: tuple[tuple[str, str], ...] = (
    ("decision", "move"),
    ("lastwill", "prudent"),
    ("cry", "spectator"),
    ("hospital", "spectator"),
    ("gloom", "spectator"),
    ("arranged", "move"),
    ("leap", "fun"),
    ("counted", "supply"),
    ("save", "supply"),
    ("hands", "skin"),
    ("door", "hardware"),
    ("farewell", "workplace"),
    ("last", "workplace"),
    ("kill", "laugh"),
    ("sting", "slight"),
    ("rope", "outdoors"),
    ("hose", "outdoors"),
    ("gaveaway", "outgrown"),
    ("setaside", "supply"),
    ("planned", "supply"),
    ("killthreat", "laugh"),
    ("shaking", "pet"),
    ("wokeup", "outdoors"),
    ("limp", "tingling"),
    ("wound", "kitchen"),
    ("harm", "kitchen"),
    ("wound", "hair"),
    ("harm", "hair"),
    ("hospital", "workplace"),
    ("hospital", "discharged"),
    ("fear", "screen"),
)
# A self-inflicted wound is no kitchen accident: the kitchen and hair contexts do not apply
# when the sentence says "on purpose" or names a wrist, an arm or a thigh; nor is a blow by
# a person ("he punched me in the kitchen", "il m'a frappée dans la cuisine").
GUARDED_LOOKALIKES: dict[str, tuple[str, ...]] = {
    "wound": ("onpurpose", "body", "blow"),
    "harm": ("onpurpose", "body", "blow"),
    # A slight sting is harmless on the skin, never in the throat: "me pica un poco la
    # garganta después del jarabe" is a reaction to watch (a side effect).
    "sting": ("throatword",),
}
# Forms of address: the word after one is a name ("Herr Brandt", "Frau Weh"), not trouble.
TITLES = frozenset(
    "mr mrs ms miss mister herr frau fraulein monsieur madame mme mlle senor senora sr sra"
    " srta signor signora sig dhr mevr mevrouw meneer senhor senhora dona".split()
)
# "and the itching too": a word of the same resolution as the trouble before it.
ALSO = frozenset("too also auch au aussi tambien anche ook tambem".split())
# "on my back", "the back of my knee": "back" after these is the body, not "came back".
NOUN_BEFORE = frozenset("my the his her your our their lower upper mein meine le la".split())
# Phrases that make a sentence's trouble word harmless, by the trouble word's class: a
# goodbye that says when we meet again ("goodbye to everyone, see you next year").
LOOKALIKE_PHRASES: dict[str, frozenset[tuple[str, ...]]] = {
    "farewell": _words(
        "see you / see ya / bis bald / bis nachstes jahr / bis zum nachsten mal / a bientot"
        " / a le annee prochaine / a la semaine prochaine / nos vemos / hasta pronto / hasta luego"
        " / hasta el ano que viene / ci vediamo / a presto / alla prossima / tot ziens"
        " / tot volgend jaar / tot volgende week / tot snel / tot gauw / ate logo / ate breve"
        " / ate para o ano / ate a proxima"
    ),
}
LAST_WORD_ONLY = frozenset({"lastwill", "decision"})
# Trouble words that are someone else's when that someone is their subject, just before
# them: (class of the trouble word, class of the subject).
OTHERS_SUBJECT: tuple[tuple[str, str], ...] = (("cry", "others"),)
# A first-person word between the subject and the trouble word makes it the client's
# ("my mum says I cry all the time").
FIRST_PERSON = frozenset("i me ich mich je moi yo me io mi ik mij eu".split())
# ... and so does "and": Italian and Spanish drop the pronoun ("è morta la mamma e piango").
SUBJECT_BREAK = FIRST_PERSON | frozenset("and e y et und en".split())

# "sad, but I'm fine": after a "but" or a new sentence, the client says they are well; a
# passing sadness or tiredness before it (a cat put to sleep at 19, children on holiday)
# is then no concern. Only the "mild" class is lowered so: pain or crying stays.
MILD = "mild"
# What turns from that sadness to the present: a "but", or "today", "now" ("a year ago I was
# in a dark place, hoje novo emprego, feliz").
TURNS = CONJUNCTIONS | frozenset(
    "today now heute jetzt aujourd maintenant hoy ahora oggi adesso ora vandaag nu hoje agora".split()
)
WELL = _words(
    "i am fine / i am ok / i am okay / i am good / i am well / i am doing well / i am doing fine"
    " / health wise / healthwise / otherwise all good / mir gehts gut / mir geht es gut"
    " / gehts mir gut / geht es mir gut / mir selbst gehts gut / gesundheitlich / mir gehts prima"
    " / moi ca va / ca va bien / je vais bien / cote sante / yo estoy bien / estoy bien / de salud"
    " / sto bene / io sto bene / di salute / het gaat goed met me / met mij gaat het goed"
    " / gaat goed met me / gezondheidsgewijs / estou bem / eu estou bem / de saude / estou feliz"
    " / but ok / but fine / aber gut / aber ok / mais ca va / pero bien / ma ok / ma sto bene"
    " / maar goed / het gaat wel met me / gaat wel met me / mas bem / mas estou bem"
    " / doing really well / doing so well / i am happy / feliz / heureuse / heureux / glucklich"
    " / felice / gelukkig"
)


def _add_expressions(extra: dict[str, dict[str, str]]) -> None:
    """Append a module's expressions (language -> level -> block) to the lexicon's own."""
    for lang, levels in extra.items():
        for level, block in levels.items():
            _LEXICON[lang][level] = _LEXICON[lang].get(level, "") + block


# ---------------------------------------------------------------- talking therapy (issue 8)

# What clients in talking therapy write (sessions or an antidepressant stopped, sleeping all
# day, a passive wish said as a condition, a dinner burnt on a bad day that was handled)
# lives in its own module; merged here, it is read like every other expression.


def _merge_therapy() -> None:
    global CLASSES, CARRIERS, SUBORDINATE, SENTENCE_RESOLVED, PSEUDO_NEGATION
    _add_expressions(therapy.LEXICON)
    CLASSES = {**CLASSES, **_classes(therapy.CLASSES)}
    CARRIERS = CARRIERS | frozenset(fold(w) for w in therapy.CARRIERS.split())
    SUBORDINATE = SUBORDINATE | _words(therapy.SUBORDINATE)
    SENTENCE_RESOLVED = SENTENCE_RESOLVED | _words(therapy.SENTENCE_RESOLVED)
    PSEUDO_NEGATION = PSEUDO_NEGATION | frozenset(therapy.PSEUDO_NEGATION)


_merge_therapy()


# ---------------------------------------------------------------- remedy talk (issue 8)

# Remedy talk that is not an alarm (a tablet cut in half, a kitchen "overdose", a dose asked
# about, a reaction that is over) and remedy trouble not read yet live in their own module;
# merged here, they are read like every other expression. Level `routine`: see remedies.py.
LAST_AFTER_TIME: frozenset[str] = frozenset()
AND_WORDS: frozenset[str] = frozenset()
NOTHING_WORDS: frozenset[str] = frozenset()
# The class of remedy words (remedies.CLASSES): see assess.REMEDY_CRISIS_AT.
REMEDY = "remedytalk"


def _merge_remedies() -> None:
    global CLASSES, LOOKALIKE_CONTEXT, SENTENCE_RESOLVED, PRE_NEGATION, POST_NEGATION, RESOLVED
    global LAST_AFTER_TIME, AND_WORDS, NOTHING_WORDS
    _add_expressions(remedies.LEXICON)
    CLASSES = {**CLASSES, **_classes(remedies.CLASSES)}
    LOOKALIKE_CONTEXT = LOOKALIKE_CONTEXT + remedies.LOOKALIKES
    SENTENCE_RESOLVED = SENTENCE_RESOLVED | _words(remedies.SENTENCE_RESOLVED)
    PRE_NEGATION = PRE_NEGATION | _words(remedies.PRE_NEGATION)
    POST_NEGATION = POST_NEGATION | _words(remedies.RESOLVED)
    RESOLVED = RESOLVED | _words(remedies.RESOLVED)
    LAST_AFTER_TIME = frozenset(remedies.LAST_AFTER_TIME.split())
    AND_WORDS = frozenset(remedies.AND_WORDS.split())
    NOTHING_WORDS = frozenset(remedies.NOTHING_WORDS.split())


_merge_remedies()


# ---------------------------------------------------------------- second-language wording (issue 8)

# Trouble told in a learner's words and word order ("i make cuts on me", "no quiero despertar
# más", "i burn my hand with the cigarette") lives in its own module; merged here, it is read
# like every other expression.


def _own_classes(
    module: str, spec: dict[str, dict[str, str]]
) -> dict[str, tuple[tuple[str, str], ...]]:
    """A module's word classes, none of which may take the name of one already defined: a
    class of garden plans named "planned" replaced the lexicon's own (pills planned for a day)."""
    clash = sorted(CLASSES.keys() & spec.keys())
    if clash:
        raise ValueError(f"{module}: word classes {', '.join(clash)} are already the lexicon's")
    return _classes(spec)


def _merge_learners() -> None:
    global CLASSES
    _add_expressions(learners.LEXICON)
    CLASSES = {**CLASSES, **_own_classes("learners.py", learners.CLASSES)}


_merge_learners()


# ---------------------------------------------------------------- everyday news (issue 8)

# News that only looks like trouble (a dinner burnt, a plan for the garden, the pills finished
# and more asked for) and trouble told plainly ("my stomach makes problems") live in their own
# module; merged here, they are read like every other expression.


def _merge_plainnews() -> None:
    global CLASSES, POST_NEGATION, LOOKALIKE_CONTEXT
    _add_expressions(plainnews.LEXICON)
    CLASSES = {**CLASSES, **_own_classes("plainnews.py", plainnews.CLASSES)}
    POST_NEGATION = POST_NEGATION | _words(plainnews.RESOLVED)
    LOOKALIKE_CONTEXT = LOOKALIKE_CONTEXT + plainnews.LOOKALIKES


_merge_plainnews()


# ---------------------------------------------------------------- crisis said plainly (issue 8)

# The holes a sweep of every crisis family in every language found ("je veux me noyer",
# "ik wil mezelf doodschieten", "mi sto lasciando morire di fame") live in their own module;
# merged here, they are read like every other expression.


def _merge_plain() -> None:
    global CLASSES
    _add_expressions(plain.LEXICON)
    CLASSES = {**CLASSES, **_own_classes("plain.py", plain.CLASSES)}


_merge_plain()


# ---------------------------------------------------------------- time and other people (issue 8)

# Someone else's wish said now ("ma fille dit qu'elle veut mourir"), the past returning ("the
# thoughts are back") and grief in Dutch word order live in their own module, with the step
# that lowers trouble told as someone else's past or a story's (assess.py, others.lowered).


def _merge_others() -> None:
    from carecall_mail.core.triage import others

    _add_expressions(others.LEXICON)


_merge_others()


# ---------------------------------------------------------------- violence by anyone (issue 8)

# A stranger's, an acquaintance's or a child's blows, a mugging, rape in indirect words,
# stalking, a weapon, being strangled or locked in ("a man hit me", "me atracaron") live in
# their own module; merged here, they are read like every other expression.


def _merge_assault() -> None:
    from carecall_mail.core.triage import assault

    global CLASSES
    _add_expressions(assault.LEXICON)
    CLASSES = {**CLASSES, **_own_classes("assault.py", assault.CLASSES)}


_merge_assault()


# ---------------------------------------------------------------- coercive control (issue 8)

# Abuse at home without a blow (keys and papers kept, locked in, money checked, location
# every hour, threats tied to leaving, a protection order broken, not safe at home) lives in
# its own module; merged here, it is read like every other expression.


def _merge_coercion() -> None:
    from carecall_mail.core.triage import coercion

    global CLASSES
    _add_expressions(coercion.LEXICON)
    CLASSES = {**CLASSES, **_own_classes("coercion.py", coercion.CLASSES)}


_merge_coercion()


# ---------------------------------------------------------------- very short answers (issue 8)

# Terse replies typed on a phone ("still there", "kann nimmer", "gaat echt kut"), crisis in
# young people's self-censored words ("kms", "ctb", "s*icide", "zm") and chat spellings of a
# negation ("nn", "nich") live in their own module; merged here, they are read like every
# other expression.


def _merge_short() -> None:
    from carecall_mail.core.triage import short

    global CLASSES, PRE_NEGATION, NEGATORS, GAP_STOP, POST_NEGATION, RESOLVED, PSEUDO_NEGATION
    _add_expressions(short.LEXICON)
    CLASSES = {**CLASSES, **_own_classes("short.py", short.CLASSES)}
    negations = frozenset(fold(w) for w in short.NEGATIONS.split())
    PRE_NEGATION = PRE_NEGATION | frozenset((w,) for w in negations)
    NEGATORS = NEGATORS | negations
    GAP_STOP = GAP_STOP | negations
    POST_NEGATION = POST_NEGATION | _words(short.RESOLVED)
    RESOLVED = RESOLVED | _words(short.RESOLVED)
    PSEUDO_NEGATION = PSEUDO_NEGATION | frozenset(short.PSEUDO_NEGATION)


_merge_short()


# ---------------------------------------------------------------- the body told plainly (issue 8)

# Emergencies told as bodily facts ("sugar 2.6, talking nonsense", a rash that does not fade
# under a glass, a floppy baby who will not feed) and progress told in numbers ("from 5
# migraines a week to 1") live in their own module; merged here, they are read like every
# other expression.


def _merge_body() -> None:
    from carecall_mail.core.triage import body

    global CLASSES, POST_NEGATION, PRE_NEGATION, SENTENCE_RESOLVED
    _add_expressions(body.LEXICON)
    CLASSES = {**CLASSES, **_own_classes("body.py", body.CLASSES)}
    POST_NEGATION = POST_NEGATION | _words(body.RESOLVED)
    PRE_NEGATION = PRE_NEGATION | _words(body.PRE_NEGATION)
    SENTENCE_RESOLVED = SENTENCE_RESOLVED | _words(body.SENTENCE_RESOLVED)


_merge_body()


# ---------------------------------------------------------------- older clients' letters (issue 8)

# A wish to die told as a prayer, drops drunk by the bottle and a collapse told as time lost on
# the floor, in a formal letter's words, live in their own module; merged here, they are read
# like every other expression. The letter's sign-off and salutation are read in assess.py.


def _merge_letters() -> None:
    global CLASSES
    _add_expressions(letters.LEXICON)
    CLASSES = {**CLASSES, **_own_classes("letters.py", letters.CLASSES)}


_merge_letters()


# ---------------------------------------------------------------- fear after the danger (issue 8)

# Fear that stays once the danger has gone (startled by every knock, a chair against the door,
# shaking at the thought of the hearing) lives in its own module; merged here, it is read like
# every other expression.


def _merge_aftermath() -> None:
    from carecall_mail.core.triage import aftermath

    global CLASSES
    _add_expressions(aftermath.LEXICON)
    CLASSES = {**CLASSES, **_own_classes("aftermath.py", aftermath.CLASSES)}


_merge_aftermath()


# ---------------------------------------------------------------- symptoms in lay words (issue 8)

# New or worse symptoms told in lay words (breath lost on the stairs, a back that "kills", a
# sprain, a nosebleed that keeps coming back, a dizzy turn that made one sit down) live in
# their own module; merged here, they are read like every other expression.


def _merge_lay() -> None:
    from carecall_mail.core.triage import lay

    global CLASSES
    _add_expressions(lay.LEXICON)
    CLASSES = {**CLASSES, **_own_classes("lay.py", lay.CLASSES)}


_merge_lay()


# ---------------------------------------------------------------- new parents (issue 8)

# Thoughts of harming the baby that a new parent fears and disowns are distress; they live in
# their own module with the baby shaken or thrown (read from the whole reply, assess.py).


def _merge_newparents() -> None:
    from carecall_mail.core.triage import newparents

    _add_expressions(newparents.LEXICON)


_merge_newparents()


# ---------------------------------------------------------------- worn parts (issue 8)

# A body part told broken in a worn-out machine's words ("Kreuz ist im Eimer", "le dos en
# compote"): a pain, read by its own module.


def _merge_worn() -> None:
    from carecall_mail.core.triage import worn

    _add_expressions(worn.LEXICON)


_merge_worn()


# ---------------------------------------------------------------- threats (issue 8)

# A beating or a weapon promised to the writer by anyone, in the slang of each language ("il
# va venir me défoncer", "mi aspetta sotto con un coltello"): read by its own module.


def _merge_threats() -> None:
    from carecall_mail.core.triage import threats

    _add_expressions(threats.LEXICON)


_merge_threats()


# ---------------------------------------------------------------- grief (issue 8)

# The last reason to go on gone with the one who died ("no reason left.", "das letzte was mich
# noch gehalten hat"): read by its own module with the wish to join the dead.


def _merge_bereaved() -> None:
    from carecall_mail.core.triage import bereaved

    _add_expressions(bereaved.LEXICON)


_merge_bereaved()


# ---------------------------------------------------------------- preparations (issue 8)

# A date chosen and everything laid out, with nothing it is for ("ik heb een datum gekozen en
# alles klaargelegd."): read by its own module.


def _merge_preparations() -> None:
    from carecall_mail.core.triage import preparations

    _add_expressions(preparations.LEXICON)


_merge_preparations()


# ---------------------------------------------------------------- clinical relapse (issue 8)

# Relapse told in treatment's clinical words (command voices, urges given in to, a burn after
# a flashback, the means counted out): read by its own module.


def _merge_clinical() -> None:
    global CLASSES, PRE_NEGATION
    from carecall_mail.core.triage import clinical

    _add_expressions(clinical.LEXICON)
    CLASSES = {**CLASSES, **_own_classes("clinical.py", clinical.CLASSES)}
    PRE_NEGATION = PRE_NEGATION | _words(clinical.PRE_NEGATION)


_merge_clinical()
