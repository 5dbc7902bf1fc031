# ruff: noqa: E501  (data: one line of expressions reads better whole, as in lexicon.py)
"""A day chosen and everything laid out, told with nothing it is for, in every language (issue 8).

A plan is told without its name: "ik heb een datum gekozen en alles klaargelegd. wilde u nog ff
bedanken". The lexicon read "picked a date" in English only, and a date chosen is ordinary in
every language (a wedding, a move, a party). Here the two halves together make the crisis: a
date chosen and everything made ready, the readiness ending its clause with nothing it is for.
"we picked a date and got everything ready for the wedding", "alles klaargelegd voor de
verhuizing" go on past the words and stay nothing; so does a date alone.

Written in the lexicon's notation (see `lexicon.py`) and merged into it there; words marked `=`
are matched as written, so forms.json needs no entries. Tested in every language in
tests/test_triage_preparations.py, with near misses.
"""

from __future__ import annotations

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "crisis": """
            =picked/chosen/chose/set =a/the =date/day _4 =everything/all =ready/prepared/sorted/laid =out $ / =picked/chosen/chose/set =a/the =date/day _4 =got/have =everything/all =ready/prepared/sorted/together $
        """,
    },
    "de": {
        "crisis": """
            =datum/tag =ausgesucht/gewählt/festgelegt/ausgewählt _4 =alles =bereitgelegt/vorbereitet/bereit/hergerichtet/zurechtgelegt $ / =datum/tag =ausgesucht/gewählt/festgelegt _4 =alles =ist =bereit/vorbereitet $
        """,
    },
    "fr": {
        "crisis": """
            =choisi/fixé =une/la =date/jour _4 =tout =préparé/prêt/organisé/rangé $ / =choisi/fixé =une/la =date/jour _4 =tout =est =prêt/préparé $
        """,
    },
    "es": {
        "crisis": """
            =elegido/elegí/escogido/escogí/fijado/fijé =una/la =fecha/día _4 =todo =preparado/listo/dispuesto $ / =elegido/elegí/escogido/escogí =una/la =fecha/día _4 =todo =está =listo/preparado $
        """,
    },
    "it": {
        "crisis": """
            =scelto/fissato =una/la =data/giorno _4 =tutto =pronto/preparato/sistemato $ / =scelto/fissato =una/la =data/giorno _4 =tutto =è =pronto $
        """,
    },
    "nl": {
        "crisis": """
            =datum/dag =gekozen/geprikt/vastgelegd _4 =alles =klaargelegd/klaargezet/voorbereid/geregeld/klaar $ / =datum/dag =gekozen/geprikt _4 =alles =ligt =klaar $
        """,
    },
    "pt": {
        "crisis": """
            =escolhi/escolhido/marquei/marcado =uma/a =data/dia _4 =tudo =preparado/pronto/arrumado/organizado $ / =escolhi/escolhido/marquei =uma/a =data/dia _4 =tudo =está =pronto/preparado $
        """,
    },
}
