# ruff: noqa: E501  (data: one line of expressions reads better whole, as in lexicon.py)
"""Very short answers typed on a phone, in every language (issue 8).

The most common mail the net reads is a few words in answer to a check-in: "worse", "still
there", "sigue ahí", "não passou", "kann nimmer", "gaat echt kut". Trouble comes tersely,
and crisis in the words young people use to get past a platform's filter: "kms", "ctb" (catch
the bus), "sewerslide", "s/h", "SVV", "scarif", "zm" (zelfmoord), "TS" (tentative de
suicide), and the plain words censored with a star, a digit or a sign ("s*icide", "s*izid",
"suic1dio", "zelfm00rd"). Those censored spellings are not listed by hand: `_censored`
writes them out, from the words the lexicon already reads as a crisis, so a spelling the
tokenizer splits ("s*izid" is the words "s" and "izid") is an expression of two words.

What stays lower: a joke aimed at an object ("gonna unalive my printer"), dying of
embarrassment or laughter in any language ("me quiero morir de la vergüenza jaja"), an
overdose of a dessert, good news about self-harm ("sh free 3 months", "niente più tagli":
a concern by the contract's rule 1, never nothing), a crisis word denied in chat spelling
("not gonna kms dont worry", "nn mi faccio niente").

Chat spellings of a negation ("nn" for "non"/"não", "nich" for "nicht") are negations here
too (NEGATIONS, merged into lexicon.PRE_NEGATION, NEGATORS and GAP_STOP; "nich mehr" into the
resolutions). Not the lone "n": "lips n tongue swelling" is "and".

Written in the lexicon's notation (see `lexicon.py`) and merged into it there. New words are
written `=word` (as written), so the forms table (forms.json) needs no new entries. Tested in
tests/test_triage_short.py, with near misses that stay lower.
"""

from __future__ import annotations

# The plain words the lexicon reads as a crisis on their own (suicide and self-harm), per
# language, folded: their censored spellings are written out by `_censored`.
_CENSORABLE: dict[str, tuple[str, ...]] = {
    "en": ("suicide", "suicidal", "selfharm"),
    "de": ("suizid", "suizidal", "selbstmord", "selbstverletzung"),
    "fr": ("suicide", "suicidaire", "suicider", "automutilation"),
    "es": ("suicidio", "suicida", "suicidarme", "autolesion", "autolesiones"),
    "it": ("suicidio", "suicida", "suicidarmi", "autolesionismo"),
    "nl": ("zelfmoord", "zelfdoding", "suicide", "zelfbeschadiging"),
    "pt": ("suicidio", "suicida", "suicidar", "automutilacao"),
}
# Letters written as a digit to get past a filter ("suic1dio", "zelfm00rd", "su1c1de").
_DIGITS = {"i": "1", "o": "0", "e": "3", "a": "4", "s": "5"}
# A spelling cut to a single word shorter than this is not read: "suic" is too little.
_MIN_PART = 5


def _censored(word: str) -> list[str]:
    """The censored spellings of `word` as expressions: one or two letters replaced by a
    sign the tokenizer drops ("s*icide": "=s =icide"), or letters replaced by digits."""
    out: dict[str, None] = {}
    for i in range(len(word)):
        for width in (1, 2):
            left, right = word[:i], word[i + width :]
            parts = [p for p in (left, right) if p]
            if not parts or (len(parts) == 1 and len(parts[0]) < _MIN_PART):
                continue
            out[" ".join("=" + p for p in parts)] = None
        digit = _DIGITS.get(word[i])
        if digit is not None:
            out["=" + word[:i] + digit + word[i + 1 :]] = None
    every = "".join(_DIGITS.get(ch, ch) for ch in word)
    if every != word:
        out["=" + every] = None
    out.pop("=" + word, None)
    return list(out)


# Killing oneself said with the verb censored ("vontade de me m4t4r", "je vais me tu3r",
# "voglio ammazz4rmi"): the pronoun that makes it one's own, then the verb, then what follows.
_CENSORABLE_REFLEXIVE: dict[str, tuple[tuple[str, str, str], ...]] = {
    "en": (),  # "k1ll myself" is written out below
    "de": (("=mich ", "umbringen", ""),),
    "fr": (("me ", "tuer", ""),),
    "es": (("", "matarme", ""), ("me ", "mate", "")),
    "it": (("", "ammazzarmi", ""), ("", "uccidermi", ""), ("mi ", "ammazzo", "")),
    "nl": (),
    "pt": (("me ", "matar", ""), ("", "matar", " me"), ("me ", "mato", "")),
}


def _censored_block(lang: str) -> str:
    plain = [" / ".join(_censored(w)) for w in _CENSORABLE[lang]]
    reflexive = [
        # Only the digit spellings: a verb cut short ("matar" of "matarme") is another word.
        " / ".join(f"{before}{v}{after}" for v in _censored(verb) if any(c.isdigit() for c in v))
        for before, verb, after in _CENSORABLE_REFLEXIVE[lang]
    ]
    return "\n".join(plain + reflexive)


# Self-harm abbreviated ("sh", "s/h", which the tokenizer reads "s h"): only with words that
# make it the act, since "sh" and "s&h" (shipping) are other things too.
_SH = "=sh/selfharm"
_SH_CONTEXT = f"""
            {_SH} again/agn/rn/tonight/today/yesterday / {_SH} last night / =s =h again/tonight/today/yesterday / =s =h last night
            relapse/relapsed/relapsing _2 {_SH} / relapse/relapsed/relapsing _2 =s =h / did/doing/done/do {_SH} / did/doing/done =s =h
            {_SH} urges/urge/thoughts/scars/cuts/wounds/relapse/marks/habit / =s =h urges/thoughts/scars/cuts/relapse / my {_SH} / back to {_SH}
            {_SH} gestern/heute/hier/ayer/hoy/ieri/oggi/gisteren/vandaag/ontem/hoje/wieder/encore/otra/ancora/weer
"""

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "crisis": _censored_block("en")
        + f"""
            # A whole strip or blister taken, said tersely: "took the whole strip. feel weird".
            took/swallowed/taken the whole strip/blister/packet $ / took/swallowed/taken the whole blister pack / swallowed/took the whole strip/blister of
            # Self-censored suicide words about oneself: "the sewerslide thoughts", "ctb soon".
            =sewerslide / =sewerslides / =sewerslidal / =sewer =slide / =sewer =slidal / =ctb / =unaliving / =unalived
            =unalive/unaliving my self / =kermit =sewerslide
            {_SH_CONTEXT}
            =k =ll myself / =k1ll myself / =k =ll my self / =k1ll my self
            # The blade taken up again, said tersely: "picked the blade up again", "back to the razor".
            @short_blade again / again _2 @short_blade $ / back to the/my @short_blade / got/took/picked _1 the/my @short_blade _1 out/up again
            # No more refills because the writer will be gone: "no refill needed, wont be around".
            !@short_refill _4 will not be around/here $ / !will not be around/here _4 @short_refill
            # Soon no longer a problem to anyone: "soon i wont be a problem anymore".
            !i will not be a problem _2 much longer/anymore/soon / !soon i will not be a problem / !i will not be anyone's problem
            # ... or in anyone's way, or a bother, said at the clause's end ("won't bother anyone
            # with this" is a polite question): "soon i wont be in anyones way".
            !will not be in _2 way _1 much longer / !will not be in _2 way $ / !will not bother anyone _1 anymore/soon $ / !will not bother anyone much longer
            !@short_refill _5 will be gone $ / !@short_refill _5 will be gone by then
            # Fitting, said of a person on the floor: "my dad's fitting on the floor".
            fitting on the floor/ground/bed/sofa / started fitting / is fitting again/now $
            # Letters to the family written, with the family named first: "wrote the kids letters. just in case".
            wrote/written/writing the/my kids/children/family/parents/girls/boys _1 letters/notes
            # A hit told in everyday words: "he smacked me again", "gave me a black eye".
            he/she _1 smacked/whacked/clocked/decked/backhanded me / gave me a black eye / gave me another black eye
            # Goodbye letters told as done, with no one named: "wrote the letters."
            wrote/written/finished/writing the/my letters $ / the/my letters are written/done/ready $ / letters _1 all written $
            # Not here for a day to come, and not after it: "won't be here for christmas or after".
            !will not be here/around for _3 or after / !not be here/around for the/your _1 holiday/holidays/hols/christmas/xmas/easter/break $
            # Belongings (a pet with them) given away with words between: "gave away my cat and my things".
            gave/given/giving away _6 my things/stuff/belongings/possessions
            # A hand raised or laid on the client: "he raised his hand to me again".
            raised his/her/a hand to/against me / raises his/her hand to/against me / laid/lays/put/puts his/her hands on me again
        """,
        "concern": """
            # A crisis word denied in chat words: "not gonna kms dont worry. just low".
            !not going to =kms/ctb / !will not =kms/ctb / !not going to =unalive (myself) / !not =kms / !never going to =kms
            # Good news about self-harm is still a concern (rule 1): "sh free 3 months", "3 months clean from sh".
            !=sh free / !=s =h free / !=sh =clean / !self harm free / !selfharm free / !clean from/of =sh/selfharm / !clean from/of self harm / !=sh free for
            !no =sh for / !no self harm for / !not =sh in/for / !months/weeks/days =sh free / !without =sh for
            # The trouble is still there, said alone: "still there", "it's still there".
            still there $ / is still there $ / still not gone / has not gone $ / not gone away $ / will not go away / not going away $ / still the same pain
            # Low in a word: "drowning ngl", "i'm drowning".
            drowning $ / drowning @short_filler / i am drowning / feel like i am drowning / drowning here
            # Sleep of a few hours: "sleeping 3 hrs a night".
            =sleep/sleeping/slept _2 @short_few =hours/hrs/hr/h / =sleep/sleeping/slept _2 @short_fewh
            # No sleep at all, said in a word: "bad week again. zero sleep".
            !zero/0 sleep $ / !zero sleep again/lately/all week / !no sleep at all
            !no sleep again $ / !no sleep _1 last night $
            pretty/really/such _1 rubbish/rough/crap/shit/awful/horrible/terrible/bad week/day/night/month $ / so so $
            # A rash everywhere ("all over" is not "it is all over"): "rash all over since the new cream".
            rash/rashes/spots/hives/bumps/blotches/blisters all over
            # A bad stretch again, or vaguely not well: "bad week again", "meh", "not great".
            bad/rough/awful/terrible/horrible/shit/crap week/day/night/month again / meh $ / been better $ / not so great $
            # A remedy named by its own name stopped: "stopped the bach flowers".
            !stopped/quit/dropped _2 bach flowers/remedies / !stopped/quit _2 rescue remedy
        """,
        "idiom": """
            # Away for the holidays, not gone: "won't be here for the holidays, visiting my mum".
            !not be here/around for the/your _1 holiday/holidays/hols/christmas/xmas/easter/break _3 visiting/travelling/traveling/away/abroad/staying/flying/trip
            # A question, not a symptom: "is the old address still there?", "you still there?"
            is the/your/my/that/this _2 still there / is it still there / are they still there / are the _2 still there
            # A joke at an object's expense: "gonna unalive my printer". Not "unalive my self".
            =unalive/unaliving/unalived/unalives the/this/that/these/those/my/your/his/her/our/their/a/an
            you still there
            # "sh*t": not self-harm.
            =sh =t / =sh =it
            die/dying/died of embarrassment/shame/boredom/laughter/laughing/cuteness/curiosity
            # A blade for shaving, not for the skin: "bought a new razor blade again for shaving".
            @short_blade _4 @short_shave / @short_shave _4 @short_blade
            overdose/overdosed/od on/of _1 @short_dessert
        """,
    },
    "de": {
        "crisis": _censored_block("de")
        + """
            # Eine Zahl von meinen Tabletten auf einmal: "hab 20 von meinen blutdrucktabletten auf einmal genommen".
            @number von meinen _2 auf einmal genommen/geschluckt/eingenommen
            # Self-harm abbreviated: "SVV wieder" (selbstverletzendes Verhalten).
            =svv
            meine/all _3 sachen _6 verschenkt
            # A hand raised on the client: "er hat wieder die Hand gegen mich erhoben".
            Hand gegen mich erhoben / Hand gegen mich erhebt
            # Die Klinge wieder hervorgeholt: "klinge wieder rausgeholt", "wieder zur klinge gegriffen".
            @short_blade _1 wieder rausgeholt/rausgenommen/genommen/ausgepackt/benutzt/hervorgeholt / wieder zur @short_blade gegriffen / wieder mit der @short_blade / @short_blade ist wieder da
            # Keine Nachbestellung, weil man weg sein wird: "nachbestellung brauchts nimmer, bin dann weg".
            !@short_refill _5 bin dann weg / !@short_refill _5 bin dann nimmer/nicht mehr da / !brauch/brauche/brauchts _3 nimmer _3 bin dann weg
            # Bald niemandem mehr ein Problem: "ich bin bald kein problem mehr".
            !bin bald kein problem mehr / !bald bin ich kein problem mehr / !bin bald nicht mehr euer/dein/ihr problem / !bin dann kein problem mehr
            !bin bald niemandem mehr im weg / !bin bald keinem mehr im weg / !bald niemandem mehr im weg / !niemandem mehr zur last / !bin bald niemandem mehr lästig
            !@short_refill _5 bin eh _1 weg $ / !@short_refill _5 bin eh _1 nimmer da
            # Eine Ohrfeige in Alltagswörtern: "er hat mir wieder eine geknallt".
            hat mir _2 eine geknallt/gescheuert/geklebt/gewischt/runtergehauen/reingehauen/verpasst/gelangt/gedonnert / haut mir _1 eine rein/runter
        """,
        "concern": """
            # Can't go on, in dialect: "kann nimmer. echt", "i kann nimmer".
            !kann nimmer $ / !i kann nimmer / !ich kann nimmer / !kann nicht mehr $ / !mag nimmer $ / !kann echt nimmer / !kann echt nicht mehr $
            # Still there, or not gone: "immer noch da", "geht nicht weg".
            =immer =noch =da $ / =noch =immer =da $ / =ist =noch =da $ / =noch =nicht =weg / =geht =nicht =weg / =immer =noch =nicht =weg / =geht =nicht =vorbei
            !=svv =frei / !kein =svv mehr / !=ritzfrei
            =schlafe/schlaf/geschlafen _2 @short_few =stunden/std/h / =schlafe/schlaf _2 @short_fewh / @short_fewh _1 =geschlafen / @short_few =stunden/std _2 =geschlafen
            =gaht =schlecht / =gaht =mer =schlecht
            # Going under, said alone: "ich geh unter".
            =ich =geh/gehe =unter $ / =ich =geh/gehe @short_filler =unter / =geh/gehe =grad/gerade =unter $
            # "nimmer" for "nicht mehr", in the stopped remedy, the sleep and the coping: "nehm die
            # globuli nimmer", "schlaf nimmer", "ich pack das alles nimmer".
            !nehm/nehme/nimmt _2 @remedy _2 nimmer / !schlaf/schlafe _1 nimmer / !pack/packe _3 nimmer $ / !pack/packe das _2 nimmer
            !null schlaf $ / !null geschlafen
            !bachblüten _3 abgesetzt/weggelassen/nimmer / !abgesetzt _3 bachblüten
            # Vaguely not well: "naja geht so", "nicht so gut".
            naja geht so / geht so $ / eher schlecht $ / nicht so gut $
            so lala $ / geht so lala / nicht so dolle / nicht so toll $ / nicht so prickelnd $
        """,
        "idiom": """
            vor Scham/Langeweile/Lachen/Hitze sterben / sterbe vor Scham/Langeweile/Lachen/Hitze / =sterbi vor Scham/Langeweile/Hitze
            Überdosis _1 @short_dessert
            # English "gift" in a German reply, not Gift (poison): "hab ein gift voucher gekauft".
            gift voucher/vouchers/card/cards/shop/box/set/bag/certificate/idea/ideas/basket
            @short_blade _4 @short_shave / @short_shave _4 @short_blade
        """,
    },
    "fr": {
        "crisis": _censored_block("fr")
        + """
            # Self-harm and a suicide attempt abbreviated: "rechute scarif", "refaire une TS".
            =scarif / =scarifs / =scarification / =scarifications
            fait/faire/fais/refait/refaire/faite _1 une/de/des/ma/mes/deux/2 =ts / =ts hier/encore/ce / envie de faire une =ts
            # Not wanting to be here any more: "j'ai plus envie d'être là. du tout".
            !plus envie de être là/ici $ / !plus envie de être là/ici du tout / !veux plus être là/ici $ / !plus envie de être là/ici _1 du tout
            !envie de plus être là/ici $ / !plus envie de exister
            écrit les lettres $ / les lettres sont écrites $
            donné _6 mes affaires / donné/donnée _6 toutes mes affaires
            # A hand raised on the client: "il a levé la main sur moi".
            levé/lève/lever/relevé la main sur moi / levé/lève/lever/relevé encore la main sur moi
            # La lame reprise: "recommencé avec la lame cette nuit", "ressorti la lame".
            recommencé/recommence avec la/les/ma/mes @short_blade / repris la/les/ma/mes @short_blade / ressorti la/les/ma/mes @short_blade / encore la @short_blade $
            # Bientôt plus un problème pour personne: "je serai bientôt plus un problème".
            !je serai _1 plus un problème / !je ne serai _1 plus un problème / !serai plus un problème pour personne / !serai bientôt plus un problème
            !je gênerai plus personne $ / !je dérangerai plus personne $ / !je embêterai plus personne $ / !gênerai plus personne bientôt $ / !je dérangerai plus personne bientôt $ / !serai bientôt plus un poids / !serai plus un poids pour personne
            # Une gifle en mots de tous les jours: "il m'a mis une claque".
            il/elle m'a _1 mis/remis/collé/foutu/donné une claque/baffe/beigne/tarte/mandale/torgnole/raclée/rouste
            # Lettres écrites aux enfants: "écrit des lettres aux enfants".
            écrit _2 lettres aux enfants/filles/fils/parents / écrit _2 lettres à mes enfants/filles/fils/parents / écrit _2 lettres pour mes/les enfants
        """,
        "concern": """
            # At the end of one's rope, in Québécois and chat: "chu à boutte", "jpp vraiment".
            =a =boutte / chu/chui/jsuis/jsui/chus à bout / =jpp =vraiment/serieux/grave/franchement/honnetement/trop
            # Nothing is going right: "plus rien va", "rien ne va plus".
            =plus =rien =va / =plus =rien =ne =va / =rien =ne =va =plus / =rien =va =plus
            # Getting worse: "ça se dégrade depuis lundi".
            =ca =se =degrade / =ca =se =degradent / =ca =se =est =degrade / =ca =degringole / =sante =se =degrade / =etat =se =degrade / =moral =se =degrade / =tout =se =degrade
            # Not gone: "toujours pas partie", "ça passe pas".
            =toujours =pas =parti/partie/passe/passee / =ca =passe =pas / =ca =part =pas / =est =pas =partie/parti $
            =je =coule $ / =je =me =noie $ / =je =coule @short_filler / =je =me =noie @short_filler
            =dors/dormi _2 @short_few =h/heures/heure / =dors/dormi _2 @short_fewh
            # Spoken French drops "ne": "dors plus du tout", "je dors plus".
            !dors plus du tout / !dors plus $ / !dors plus la nuit / !dors plus rien / !zéro sommeil $
            !pas fermé _1 oeil / !pas fermé _1 œil / !rien dormi $
            !arrêté _3 fleurs de bach
            # Vaguely not well: "bof pas top", "pas terrible".
            bof pas top/terrible/fou/génial / bof $ / pas top $ / pas terrible $
        """,
        "idiom": """
            mourir/meurs/mourais/morte/mort/crever/crève de honte/ennui/rire/chaud/jalousie/curiosité
            @short_blade _4 @short_shave / @short_shave _4 @short_blade
            overdose de _1 @short_dessert
        """,
    },
    "es": {
        "crisis": _censored_block("es")
        + """
            # La tira o el blíster entero tomado: "me tomé la tira entera".
            me tomé/tragué la tira entera / me tomé/tragué el blíster/blister entero / me he tomado/tragado la tira entera / me he tomado/tragado el blíster/blister entero
            # A hand raised or laid on the client: "me levantó la mano", "me puso la mano encima".
            me levantó/levanta/levantaba/levantaste la mano / me volvió a levantar la mano / me puso/pone/ponía _1 la mano encima / me puso/pone las manos encima
            regalé/regalado _6 mis cosas
            # Goodbye letters told as done, with no one named: "las cartas ya están escritas."
            escribí las cartas $ / las cartas _1 están escritas $ / ya escribí las cartas $
            # La cuchilla otra vez: "volví a usar la cuchilla", "otra vez la cuchilla".
            volví/vuelto a usar la/las/mi/mis @short_blade / volví/vuelto a la/las/mi/mis @short_blade / otra vez la/las @short_blade / saqué la/mi @short_blade otra vez/de nuevo
            # Pronto ya no un problema para nadie: "pronto ya no seré un problema".
            !ya no seré un problema / !dejaré de ser un problema / !ya no voy a ser un problema / !no seré un problema para nadie
            !ya no estorbaré/molestaré a nadie $ / !no estorbaré/molestaré a nadie más $ / !ya no voy a estorbar/molestar a nadie $ / !dejaré de estorbar/molestar $
            # Un golpe en palabras de la calle: "me dio una hostia", "me ha dado un bofetón".
            me dio/da/daba/pegó _1 una hostia/ostia/bofetada/bofetón/guantazo/tortazo/cachetada/piña/trompada / me ha _1 dado una hostia/ostia/bofetada/guantazo/tortazo/cachetada / me dio/pegó un bofetón/puñetazo/guantazo/sopapo/manotazo / me ha dado/pegado un bofetón/puñetazo/guantazo/sopapo/manotazo
        """,
        "concern": """
            # Still there, or not gone: "sigue ahí", "no se me quita".
            =sigue =ahi $ / =sigue =ahi =igual / =ahi =sigue $ / =todavia =sigue / =aun =sigue $ / =no =se =me =quita / =no =se =me =va / =no =se =va $ / =no =se =quita $ / =no =se =ha =ido
            # Going under, said alone: "me estoy ahogando".
            =me =estoy =ahogando $ / =me =estoy =ahogando @short_filler
            =duermo/dormi/dormido _2 @short_few =horas/hora/h / =duermo/dormi/dormido _2 @short_fewh
            !no pego ojo / !no he pegado ojo / !no pegué ojo / !ya no duermo $
            !no he dormido nada / !no dormí nada / !no duermo nada
            más o menos $ / no muy allá / ahí tirando / tirando $
            dejé/dejado _3 flores de bach
            # Vaguely not well: "fatal la verdad", "regular tirando a mal".
            fatal la verdad / estoy fatal / me siento fatal / regular tirando a mal / no muy bien $
        """,
        "idiom": """
            morir/morirme/muero/muriendo/morí/moría de/del (la/el) vergüenza/risa/sueño/aburrimiento/envidia/ternura/curiosidad/calor/frío/asco/celos/nervios
            @short_blade _4 @short_shave / @short_shave _4 @short_blade
            sobredosis/overdose de _1 @short_dessert
        """,
    },
    "it": {
        "crisis": _censored_block("it")
        + """
            # Hands laid on the client: "mi ha rimesso le mani addosso", "ha alzato le mani su di me".
            mi ha _1 messo/rimesso le mani addosso / mi mette/rimette le mani addosso / mettermi le mani addosso / messo le mani addosso a me
            alzato le mani su di me / alza le mani su di me / mi ha _1 alzato le mani
            # The wish with the pronoun before the verb, as often typed: "mi voglio ammazzare".
            mi voglio ammazzare/uccidere/suicidare/impiccare / mi voglio proprio ammazzare/uccidere / mi vorrei ammazzare/uccidere
            # Belongings given away with words between: "ho regalato il gatto e le mie cose".
            scritto le lettere $ / le lettere sono scritte $ / le lettere _1 pronte $
            regalato/regalata _6 le mie cose/robe / regalato/regalata _4 tutte le mie
            # La lametta ripresa: "ho ripreso la lametta", "tirato fuori di nuovo la lametta".
            ripreso la/le/mia/mie @short_blade / ricominciato con la/le @short_blade / tirato fuori _2 la/le @short_blade / di nuovo la/le @short_blade / ancora la/le @short_blade $
            # Presto non più un problema per nessuno: "tanto tra poco non sarò più un problema".
            !non sarò più un problema / !nn sarò più un problema / !smetterò di essere un problema / !non sarò un problema per nessuno
            !non darò più fastidio a nessuno $ / !non disturberò più nessuno $ / !non sarò più di peso / !non sarò più un peso
            # Picchiata, in parole di tutti i giorni: "mi ha preso a schiaffi", "mi ha menata".
            mi ha/hanno _1 preso a schiaffi/pugni/calci/botte/sberle / mi ha/hanno _1 menata/menato / mi mena / mi ha _1 dato/mollato/tirato una sberla/sberlona / mi ha _1 dato/mollato/tirato un ceffone/manrovescio/cazzotto / mi ha _1 dato/mollato/tirato uno sberlone/schiaffone
        """,
        "concern": """
            # Chat spelling of "non": "nn reggo più raga", "nn ce la faccio più".
            =nn =reggo / =nn =ce =la =faccio / =nn =ne =posso =piu / =non =ne =posso =piu
            !=nn =mi =faccio =niente/nulla / !=nn =mi =faccio =del =male / !=nn =faccio =cazzate / !=nn =faccio =sciocchezze
            # Good news about self-harm is a concern (rule 1): "niente più tagli da 2 mesi".
            !=niente =piu =tagli / !=nessun =taglio / !=non =mi =taglio =piu / !=senza =tagliarmi / !=nn =mi =taglio =piu / !=niente =tagli =da / !=niente =piu =autolesionismo
            # Low: "sono solo giù".
            =sono =solo =giu / =sono =giu $ / =mi =sento =giu / =un =po =giu / =sono =tanto =giu
            # Still there, or not gone: "è ancora lì", "non passa".
            =ancora =li $ / =sempre =li $ / =non =passa $ / =nn =passa $ / =non =va =via / =non =se =ne =va / =non =e =passato $ / =non =e =passata $
            =sto =affogando/annegando $ / =sto =affogando/annegando @short_filler / =mi =sento =affogare $
            =dormo/dormito/dormire _2 @short_few =ore/ora/h / =dormo/dormito _2 @short_fewh
            # Still there, said with "c'è": "c'è ancora 😒", "ancora c'è".
            ce e ancora $ / ce e sempre $ / ancora ce e $ / ce e ancora @short_filler
            !non chiudo occhio / !zero sonno $
            !sospeso/smesso/interrotto/mollato _3 fiori di bach / !fiori di bach _2 sospesi/smessi
            # Vaguely not well: "mah insomma", "così così".
            mah insomma / insomma insomma / così così $ / non benissimo $
            uno schifo $ / una schifezza $
        """,
        "idiom": """
            morire/muoio/morendo/morta/morto/moro/morì dalla/dal/di/de vergogna/ridere/risate/noia/caldo/freddo/fame/invidia/curiosità/sonno
            sto a morì dal/dalle ridere/risate / schiatto dal ridere / schiattare dal ridere
            @short_blade _4 @short_shave / @short_shave _4 @short_blade
            overdose di _1 @short_dessert
        """,
    },
    "nl": {
        "crisis": _censored_block("nl")
        + """
            # Al mijn pillen in 1x, in spreektaal: "heb net al mn slaappillen in 1x genomen".
            al mijn/mn _2 in 1x/1keer genomen/ingenomen/geslikt/doorgeslikt / al mijn/mn _2 in 1 keer genomen/ingenomen/geslikt/doorgeslikt
            # Zelfmoord abbreviated: "denk weer aan zm". Only with its thought, plan or act:
            # alone, "zm" is chat for "zo meteen" (in a moment): "zm ik kom morgen".
            aan =zm / =zm =gedachten / =zmgedachten / =zm plegen / =zm poging / =zelfm00rd
            # Scratching with a blade: "weer aan het krassen met een mesje".
            krassen/gekrast/kras/kraste/krast _1 met een/de/mijn/m'n _1 @tool / aan het krassen met / mezelf _2 gekrast / kras mezelf / mezelf _1 krassen
            de/mijn brieven _2 geschreven $ / brieven zijn _1 geschreven $
            mijn/mn _2 spullen _3 weggegeven / =me =n _2 spullen _3 weggegeven
            # A hand raised on the client: "hij heeft zijn hand weer tegen me opgeheven".
            hand _2 tegen me/mij opgeheven / hand _2 tegen me/mij geheven
            # Weer gekrast, gezegd zonder meer (krassen is zelfbeschadiging): "weer gekrast", "heb weer gekrast vannacht".
            ik heb weer gekrast / heb weer gekrast / weer gekrast $ / weer gekrast vannacht/gisteren/vandaag
            # Het mesje weer gepakt: "mesje weer gepakt", "weer naar het mesje gegrepen".
            @short_blade _1 weer gepakt/tevoorschijn/gebruikt / weer naar het/de/mijn @short_blade gegrepen / weer het/een @short_blade $
            # Straks voor niemand meer een probleem: "ik ben straks geen probleem meer".
            !ben straks/binnenkort/zo/dan geen probleem meer / !ben ik geen probleem meer / !ik zal _1 geen probleem meer zijn
            !sta ik niemand meer in de weg / !sta niemand meer in de weg / !ben ik niemand meer tot last / !niemand meer tot last $
            # Een klap in gewone woorden: "hij gaf me een klap", "heeft me weer een mep verkocht".
            gaf/geeft me/mij _1 een klap/mep/dreun/oplawaai/hengst/lel/optater/knal/pets / heeft me/mij _2 een klap/mep/dreun/oplawaai/hengst/lel/optater/knal/pets gegeven/verkocht
            # Valt steeds flauw (flauwvallen, gescheiden): "mn moeder valt steeds flauw".
            valt/viel/vallen/val _2 flauw $ / valt/viel/val _2 flauw _2 weer/steeds/telkens
        """,
        "concern": """
            # Going badly, in the everyday swear word: "gaat echt kut", "voel me klote".
            =gaat _1 =kut/klote/beroerd / =gaat =echt =slecht / =voel =me _1 =kut/klote/rot/beroerd / =het =gaat =niet =goed =met =me / =gaat =niet =goed =met =me
            # Still there, or not gone: "nog steeds daar", "gaat niet weg".
            =nog =steeds =daar / =nog =altijd =daar / =is =er =nog =steeds $ / =zit =er =nog =steeds / =gaat =niet =weg / =nog =niet =weg / =nog =steeds =niet =weg / =gaat =niet =over $ / =gaat =niet =meer =over / =nog =niet =over $
            !=niet =meer =gesneden / !=geen =zelfbeschadiging =meer
            =ik =verzuip/verdrink $ / =ik =verzuip/verdrink @short_filler / =ik =ga =kopje =onder $
            =slaap/sliep/geslapen _2 @short_few =uur / @short_few =uur _1 =geslapen / =slaap/sliep _2 @short_fewh / @short_fewh _1 =geslapen
            # Going downhill, or vaguely not well: "gaat bergaf 😞", "slecht eigenlijk".
            gaat bergaf / gaat _1 achteruit $ / het gaat bergaf / slecht eigenlijk / best slecht $ / niet zo goed $
            !geen oog dichtgedaan / !nul slaap $
            !niks geslapen / !niets geslapen / !amper geslapen / matig $ / niet zo best / niet best $
            !gestopt met _2 bachbloesems/bachbloesem / !bachbloesems/bachbloesem _3 gestopt
        """,
        "idiom": """
            dood van schaamte/verveling/de hitte / doodgaan van schaamte/verveling/het lachen
            overdosis _1 @short_dessert
            @short_blade _4 @short_shave / @short_shave _4 @short_blade
            # A car or a cat scratched, not the writer: "de auto is weer gekrast".
            =auto/lak/deur/vloer/tafel/scherm/kat/poes/hond _4 =gekrast / =gekrast _2 =auto/lak/deur/vloer/tafel/scherm
            # A pat on the back, not a blow: "gaf me een klap op de schouder".
            klap/mep/pets op de/mijn schouder/rug
            # A joke that falls flat: "de grap viel flauw".
            grap/mop/film/avond/voorstelling _2 =viel/valt _2 =flauw / =flauw =uit
        """,
    },
    "pt": {
        "crisis": _censored_block("pt")
        + """
            # A hand raised on the client: "levantou a mão pra mim".
            levantou/levanta/levantava a mão pra/para mim / encostou/encosta a mão em mim / voltou a encostar a mão em mim
            escrevi as cartas $ / as cartas _1 estão escritas $ / já escrevi as cartas $
            doei/dei _6 minhas/as minhas coisas
            # A gilete de volta: "voltei a usar a gilete", "peguei a lâmina de novo".
            voltei a usar a/as/minha @short_blade / voltei pra/para a/as @short_blade / peguei a/as/minha/na/nas @short_blade de novo/outra vez / peguei na/nas @short_blade / de novo a @short_blade
            # Logo não mais um problema para ninguém: "logo não vou ser mais um problema".
            !não vou ser mais um problema / !não vou mais ser um problema / !não serei mais um problema / !deixo de ser um problema / !vou deixar de ser um problema / !n vou ser mais um problema
            !não vou atrapalhar/incomodar mais ninguém $ / !não vou mais atrapalhar/incomodar ninguém $ / !não vou ser mais um peso / !deixo de ser um peso
            # Um tapa em palavras do dia a dia: "ele me deu um tapa", "deu-me uma bofetada".
            me deu/dá/dava _1 um/uma tapa/tapão/soco/murro/tabefe/bofetão/bofetada/estalo/chapada/bofete / deu-me _1 um/uma tapa/tapão/soco/murro/tabefe/bofetão/bofetada/estalo/chapada
        """,
        "concern": """
            # Chat spellings of "não": "n aguento mais", "ñ aguento".
            =n/nn/ñ/nao =aguento / =n/nn/ñ =consigo =mais
            # Not gone: "não passou", "continua, não passou".
            =nao/n =passou $ / =ainda =nao =passou / =nao/n =passa $ / =nao/n =sai $ / =nao =vai =embora / =ainda =esta =ai/la / =continua =ai/la / =ainda =ta =ai/la / =continua =igual
            =to/estou =me =afogando $ / =to/estou =afogando $ / =to/estou =me =afogando @short_filler
            =durmo/dormi/dormindo _2 @short_few =horas/hora/h / =durmo/dormi/dormindo _2 @short_fewh
            !não prego o olho / !não preguei o olho / !zero sono $
            !não dormi nada / !n dormi nada / !não durmo nada
            parei/larguei _3 florais
            # Vaguely not well: "mais ou menos", "meio mal".
            mais ou menos $ / meio mal $ / não muito bem $
        """,
        "idiom": """
            morrer/morro/morrendo/morri/morta/morto de vergonha/rir/tédio/calor/frio/inveja/curiosidade/sono/saudade/saudades
            @short_blade _4 @short_shave / @short_shave _4 @short_blade
            # A pat on the back, not a blow: "me deu um tapinha nas costas".
            me/te deu/dá/dava _1 um tapa/tapinha/tapão nas costas / me/te deu/dá _1 um tapa/tapinha no ombro / tapa/tapinha/tapão nas costas / tapa/tapinha no ombro
            overdose de _1 @short_dessert
        """,
    },
}


def _as_written(block: str) -> str:
    """`block` with every word of its expressions marked `=` (as written): the forms table
    (forms.json) is generated from the lexicon's unmarked words, and this module's words
    are read as spelled, each form written out, so the table needs none of them."""
    lines = []
    for line in block.splitlines():
        text, hash_, comment = line.partition("#")
        words = []
        for word in text.split(" "):
            bang = "!" if word.startswith("!") else ""
            bare = word[len(bang) :]
            if bare and not bare.startswith(("=", "_", "$", "@", "&", "(")) and bare != "/":
                bare = "=" + bare
            words.append(bang + bare)
        lines.append(" ".join(words) + hash_ + comment)
    return "\n".join(lines)


LEXICON = {
    lang: {level: _as_written(block) for level, block in levels.items()}
    for lang, levels in LEXICON.items()
}

# Word classes for "@name", in the lexicon's CLASSES notation; each name is its own
# ("short_"), as lexicon._own_classes requires.
CLASSES: dict[str, dict[str, str]] = {
    # A blade used on the skin, named alone: "ho ripreso la lametta", "voltei a usar a gilete".
    "short_blade": {
        "en": "=blade =blades =razor =razorblade =razorblades",
        "de": "=klinge =klingen =rasierklinge =rasierklingen",
        "fr": "=lame =lames =rasoir",
        "es": "=cuchilla =cuchillas",
        "it": "=lametta =lamette",
        "nl": "=mesje =mesjes =scheermesje =scheermesjes",
        "pt": "=gilete =giletes =lamina =laminas",
    },
    # ... for shaving, which is not self-harm: "repris la lame pour me raser".
    "short_shave": {
        "en": "=shave =shaving =shaved =beard =stubble",
        "de": "=rasieren =rasiert =rasiere =bart =rasierer",
        "fr": "=raser =rase =rasé =rasée =barbe =épiler =épilation",
        "es": "=afeitar =afeitarme =afeitarse =afeito =barba =depilar =depilarme",
        "it": "=barba =radere =rasare =rasarmi =depilare =depilarmi",
        "nl": "=scheren =scheer =geschoren =baard",
        "pt": "=barba =depilar =raspar",
    },
    # A refill or repeat order: "no refill needed, wont be around".
    "short_refill": {
        "en": "=refill =refills =reorder =reorders =repeat",
        "de": "=nachbestellung =nachbestellen =nachschub =rezept =bestellung =nachfüllung",
    },
    # Words that end a terse reply without adding to it: "drowning ngl", "drowning rn".
    "short_filler": {
        "en": "=ngl =rn =tbh =fr =lol =honestly =tho =atm =lately =fml =smh =rly =really =tbf",
        "de": "=echt =ehrlich =grad =gerade =halt =irgendwie",
        "fr": "=vraiment =grave =franchement =serieux =la",
        "es": "=tia =tio =wey =che =boludo =boluda =neta =posta =la =verdad",
        "it": "=raga =davvero =proprio =ormai =cmq",
        "nl": "=echt =gewoon =hoor =zo",
        "pt": "=mds =kkk =mano =real =mesmo =serio",
    },
    # A few hours of sleep: "dormo 3 ore", "slept 2 hrs".
    "short_few": {
        "*": "=0 =1 =2 =3 =4",
        "en": "=one =two =three =four =couple",
        "de": "=ein =eine =zwei =drei =vier =paar",
        "fr": "=une =deux =trois =quatre",
        "es": "=una =dos =tres =cuatro",
        "it": "=un =una =due =tre =quattro",
        "nl": "=een =twee =drie =vier =paar",
        "pt": "=uma =duas =tres =quatro",
    },
    # ... written with the unit: "je dors 3h", "slept 2hrs".
    "short_fewh": {"*": "=0h =1h =2h =3h =4h =1hr =2hr =3hr =4hr =1hrs =2hrs =3hrs =4hrs"},
    # Desserts and dishes "overdosed" on at a feast (not sweets or gummies: a toddler and a
    # tub of melatonin gummies is an overdose).
    "short_dessert": {
        "en": "=tiramisu =icecream =sushi =donuts =doughnuts =lasagne =fondue =nutella",
        "de": "=Tiramisu =Eis =Sushi =Lasagne =Fondue =Raclette =Nutella",
        "fr": "=tiramisu =glace =sushi =raclette =fondue =macarons =nutella =lasagnes",
        "es": "=tiramisu =helado =sushi =flan =lasaña =nutella =paella",
        "it": "=tiramisu =gelato =sushi =lasagne =nutella =cannoli =biscotti =carbonara",
        "nl": "=tiramisu =ijs =sushi =stroopwafels =poffertjes =lasagne =nutella",
        "pt": "=tiramisu =sorvete =sushi =feijoada =lasanha =nutella =pudim",
    },
}

# Portuguese "no" before a time is "in the", no negation: "no natal já não vou estar cá" (at
# Christmas I won't be here any more). Merged into lexicon.PSEUDO_NEGATION.
PSEUDO_NEGATION: tuple[tuple[str, str], ...] = tuple(
    ("no", noun)
    for noun in (
        "natal", "domingo", "sabado", "verao", "inverno", "outono", "fim", "ano", "mes", "dia",
        "feriado", "carnaval", "reveillon", "aniversario", "inicio", "final", "proximo",
    )
)  # fmt: skip

# Chat spellings of a negation, merged into lexicon.PRE_NEGATION, NEGATORS and GAP_STOP:
# Italian and Portuguese "nn" (non, não), German "nich" (nicht).
NEGATIONS = "nn nich"
# ... and their resolutions ("ritz mich seit nem jahr nich mehr"), with "nothing at all"
# answered after the trouble ("Nebenwirkungen null komma nix"), merged into
# lexicon.POST_NEGATION and RESOLVED.
RESOLVED = (
    "nich mehr / nich mehr da / nimma / null komma nix / null komma nichts / null komma gar nix"
)
