# ruff: noqa: E501  (data: one line of expressions reads better whole, as in lexicon.py)
"""A body part told broken in the words of a worn-out machine, or worn out all the time (issue 8).

Men and women in trades, farming, haulage, the forces and sport tell pain as a broken part:
"my back is kaputt", "Kreuz ist im Eimer", "j'ai le dos en compote", "tengo la espalda hecha
polvo", "ho la schiena a pezzi", "mijn rug is naar de knoppen", "estou com as costas
arrebentadas". The lexicon read pain words, not these; each is a concern (a pain, by the
contract). Only a body part (back, knees, shoulder, hip) with the slang in its clause: a car,
a tractor or a gearbox "kaputt" is news, and so is a part told mended ("my back's not knackered
any more": the lexicon's negation reads it). Worn out "all the time" ("je suis crevé tout le
temps même après le week-end") is a lasting tiredness, a concern; tired after one match is not.

Written in the lexicon's notation (see `lexicon.py`) and merged into it there. Words marked `=`
are matched as written, so that forms.json needs no new entries for this module. Tested in
every language in tests/test_triage_worn.py, with near misses that stay lower.
"""

from __future__ import annotations

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "concern": """
            =my/me/the =back/knees/knee/shoulder/shoulders/hip/hips _2 =knackered/wrecked/buggered/busted/kaput/kaputt/goosed/shot
            =my/me/the =back/knees/knee/shoulder/shoulders/hip/hips _2 =in =bits / =my/me/the =back/knees/knee/shoulder/shoulders/hip/hips _2 =falling =apart
            # The whole machine run down, all the time: "cream crackered all the time".
            =wrecked/cream-crackered/shattered/goosed =all =the =time / =running =on =empty =all =the =time
        """,
    },
    "de": {
        "concern": """
            =rücken/kreuz/knie/schulter/hüfte _2 =kaputt/hinüber/durch / =rücken/kreuz/knie/schulter/hüfte _2 =im =eimer/arsch
            =ständig/dauernd/immer =kaputt/erledigt/platt/fix =und =fertig / =ständig/dauernd/immer =kaputt/erledigt/platt
        """,
    },
    "fr": {
        "concern": """
            =dos/genou/genoux/épaule/épaules/hanche _2 =en =compote/vrac/miettes / =dos/genou/genoux/épaule/hanche _2 =foutu/foutus/foutue/défoncé/démoli/démolie/cassé/cassée
            =crevé/crevée/claqué/claquée/naze/vidé/vidée/lessivé/lessivée/épuisé/épuisée _2 =tout =le =temps / =toujours =crevé/crevée/naze/lessivé/lessivée/épuisé/épuisée
        """,
    },
    "es": {
        "concern": """
            =espalda/rodilla/rodillas/hombro/cadera _2 =hecha/hecho/hechas/hechos =polvo/puré/cisco / =espalda/rodilla/rodillas/hombro/cadera _2 =destrozada/destrozado/destrozadas/reventada/reventado/molida/jodida/jodido
            =reventado/reventada/molido/molida/agotado/agotada/muerto/muerta _2 =todo =el =tiempo / =siempre =reventado/reventada/molido/molida/agotado/agotada
        """,
    },
    "it": {
        "concern": """
            =schiena/ginocchio/ginocchia/spalla/spalle/anca _2 =a =pezzi/terra / =schiena/ginocchio/ginocchia/spalla/anca _2 =distrutta/distrutto/distrutte/spaccata/sfasciata/sfasciato/andata
            =distrutto/distrutta/sfinito/sfinita/cotto/cotta/esausto/esausta _2 =tutto =il =tempo / =sempre =distrutto/distrutta/sfinito/sfinita/esausto/esausta
        """,
    },
    "nl": {
        "concern": """
            =rug/knie/knieën/schouder/schouders/heup _3 =naar =de =knoppen/kloten/haaien / =rug/knie/knieën/schouder/heup _2 =kapot/gesloopt/versleten/gebroken
            =kapot/gesloopt/uitgeput/doodop/afgepeigerd _2 =de =hele =tijd / =altijd =kapot/gesloopt/uitgeput/doodop/afgepeigerd
        """,
    },
    "pt": {
        "concern": """
            =costas/joelho/joelhos/ombro/ombros/anca/quadril _2 =arrebentadas/arrebentado/rebentadas/rebentado/destruídas/destruído/moídas/acabadas/lixadas/estouradas/estourado / =costas/joelho/joelhos/ombro/anca _2 =num =oito / =costas/joelho/ombro _2 =em =frangalhos
            =moído/moída/quebrado/quebrada/exausto/exausta/esgotado/esgotada/acabado/acabada _2 =o =tempo =todo / =sempre =moído/moída/exausto/exausta/esgotado/esgotada
        """,
    },
}
