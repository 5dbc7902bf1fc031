# ruff: noqa: E501  (data: one line of expressions reads better whole, as in lexicon.py)
"""A beating or a weapon promised to the writer, by anyone, in every language (issue 8).

Teenagers write of threats from a stranger online, a classmate or a gang, not a partner: "un
mec sur snap ... dit qu'il va venir devant le lycée me défoncer si je paie pas", "un tío de
instagram dice que ... sabe dónde vivo y que me va a reventar", "un profilo fake ... scrive che
mi aspetta sotto con un coltello". The lexicon read a partner's threats and "will kill me";
these slang beatings and a weapon waiting read as nothing. The contract's crisis level holds a
risk to safety, so here are the families: someone waiting for the writer with a weapon, and a
beating promised in the slang of each language (coming to "défoncer", "reventar", "encher de
porrada", "smash my face in", "in elkaar/verrot slaan", "mi riempie di botte").

The slang words are ordinary elsewhere: "la rando va me défoncer" (the hike will wear me out),
"me va a reventar la cabeza" (a headache), "waiting for me with a cake", "ik sla mezelf verrot
op de fiets" is not said. So each is tied to its threat's shape: coming to do it ("venir me
défoncer"), reported speech at the clause's end ("dice que me va a reventar."), or a weapon
named after the waiting. Written in the lexicon's notation (see `lexicon.py`) and merged into it
there; words marked `=` are matched as written, so forms.json needs no entries for this module.
Tested in every language in tests/test_triage_threats.py, with near misses that stay lower.
"""

from __future__ import annotations

# A weapon waiting for the writer, per language: the waiting, up to four words, the weapon.
_WEAPONS = {
    "en": "knife/gun/blade/bat/machete/knives/guns",
    "de": "messer/baseballschläger/schlagstock/schlagring/pistole/waffe/klinge",
    "fr": "couteau/couteaux/lame/arme/flingue/batte/cutter/barre",
    "es": "navaja/cuchillo/pistola/arma/bate/navajas/cuchillos/machete",
    "it": "coltello/coltelli/pistola/lama/mazza/cacciavite/tirapugni/spranga",
    "nl": "mes/messen/pistool/wapen/honkbalknuppel/knuppel/boksbeugel",
    "pt": "faca/facas/arma/pistola/navalha/taco/canivete/revólver",
}

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "crisis": f"""
            =waiting/wait/waits =for =me _4 =with =a/his/their/the ={_WEAPONS["en"]} $
            =smash/kick =my =face/head =in / =smash/kick/kicks/smashes =my =face/head =in
            =going =to =jump =me / =will =jump =me / =come/coming =and =beat =me / =come/coming =to =beat =me
            =beat =the =shit =out =of =me / =beat =the =crap =out =of =me
        """,
    },
    "de": {
        "crisis": f"""
            =wartet/warten/warte _4 =mit =einem/nem/seinem ={_WEAPONS["de"]} _1 =auf =mich / =auf =mich _3 =mit =einem/nem/seinem ={_WEAPONS["de"]} $
            =poliert/polieren/polier =mir =die =fresse / =haut/hauen =mir =die =fresse =ein / =schlägt/schlagen =mich =krankenhausreif
            =mich =zusammenzuschlagen / =mich =zusammenschlagen / =schlägt/schlagen =mich =zusammen
        """,
    },
    "fr": {
        "crisis": f"""
            =venir _2 =me =défoncer/démonter/éclater/tabasser/planter/buter/massacrer / =me =défoncer/démonter/éclater/tabasser/planter =si =je
            =me =attend/attendent/attendra/attendront _4 =avec =un/une/son/sa/des ={_WEAPONS["fr"]} $
            =va/vont =me =péter =la =gueule / =me =refaire =le =portrait
        """,
    },
    "es": {
        "crisis": f"""
            =que =me =va/van =a =reventar/matar/partir $ / =me =va/van =a =partir =la =cara/boca / =partirme =la =cara/boca / =romperme =la =cara
            =venir =a =reventarme/partirme/pegarme / =me =espera/esperan/esperará _4 =con =una/un/su ={_WEAPONS["es"]} $
            =me =va/van =a =dar =una =paliza / =me =va/van =a =moler =a =palos
        """,
    },
    "it": {
        "crisis": f"""
            =mi =aspetta/aspettano/aspetterà _4 =con =un/il/una/la/il/suo/sua ={_WEAPONS["it"]} $
            =ammazza/ammazzano/ammazzerà =di =botte / =riempie/riempiono/riempirà =di =botte / =mi =spacca/spaccano/spaccherà =la =faccia / =mi =gonfia/gonfiano =di =botte
        """,
    },
    "nl": {
        "crisis": f"""
            =wacht/wachten _4 =op =mij/me _2 =met =een/zijn ={_WEAPONS["nl"]} $ / =opwachten _2 =met =een ={_WEAPONS["nl"]} $
            =me/mij =verrot =slaan / =slaat/slaan =me/mij =verrot / =me/mij =kapot =slaan / =slaat/slaan =me/mij =kapot
        """,
    },
    "pt": {
        "crisis": f"""
            =me =espera/esperam/esperando _4 =com =uma/um/a/o ={_WEAPONS["pt"]} $
            =enche/enchem =me =de =porrada/pancada / =me =encher =de =porrada/pancada / =que =vai/vão =me =arrebentar/quebrar $
            =que =vai/vão =me =arrebentar/quebrar =todo/toda
        """,
    },
}
