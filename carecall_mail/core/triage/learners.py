# ruff: noqa: E501  (data: one line of expressions reads better whole, as in lexicon.py)
"""Trouble told in a second language: the lexicon's families for learners' wording (issue 8).

A client writing to a practitioner abroad tells trouble in the words a learner knows and in
the word order or idiom of their first language: "i make cuts on me" (je me fais des
coupures), "i am tired to live" (müde zu leben), "ik wil niet wakker worden meer" (German
order), "i burn my hand with the cigarette", "no quiero despertar más". Native speakers
write several of these too. They are written in the lexicon's notation (see `lexicon.py`)
and merged into it there, so they are read with the same inflections, negation and claims.

An expression that holds its own negation ("no tengo ganas de vivir") is marked `!`: its
"no" is the wish's, not a denial of it. Each family is tested in every language in
tests/test_triage_learners.py, with near misses that stay lower (waking the baby, cuts in
the budget, a wish to live in Spain).
"""

from __future__ import annotations

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "crisis": """
            # Not waking up any more, in a learner's order: "i want to sleep and not wake up more".
            !not wake up more / !not to wake up more / !never wake up more
            # Burning oneself with a cigarette or a lighter: "i burn my arm with the cigarette".
            burn my @skinpart with _2 @burnwith / burn me/myself _3 with _2 @burnwith
            # Cuts made on oneself: "i make cuts on me", "i do cuts on my legs".
            make/do cuts/cut on/in/to me/myself / make/do cuts/cut on/in my @skinpart / make/do me cuts
            # Hurting oneself with "make" or "do": "i make me hurt", "i do harm to me".
            i make/do me hurt/harm/pain / i make/do hurt/harm/pain to me/myself / i do me bad
            # A wish not to live, in a calque: "tired to live", "no more wish to live", "want not live".
            tired to live / tired from living / !no more wish/desire/will to live / !no wish/desire to live
            !not have (the/a) wish/desire/will to live / lost the wish/desire/will to live / !want not _1 live
            think/thinking to finish/end my life / finish/end with my life / finish my life
            go away from this/the life / leave this life / i think to kill me/myself / i want kill me/myself
        """,
        "idiom": """
            # A late start, not a wish: "i don't want to wake up early tomorrow".
            not want to wake up early/earlier / not want to wake up so early / not want to wake up at
        """,
    },
    "de": {
        "crisis": """
            # Nicht mehr wach werden, auch in der Wortfolge eines Lernenden.
            !nicht mehr wach werden / !nie mehr wach werden / !nicht mehr wach zu werden / !nicht aufwachen mehr / !nicht wach werden mehr
            # Sich mit der Zigarette verbrennen: "ich brenne meine Hand mit der Zigarette".
            brenne/verbrenne meine/mein/meinen @skinpart mit _2 @burnwith / brenne mich _3 mit _2 @burnwith
            # Schnitte an sich selbst: "ich mache mir Schnitte am Bein".
            mache mir Schnitte / mache Schnitte in/an mich/mir / mache _1 Schnitte in/an _1 @skinpart
            # Sich wehtun, schlicht gesagt: "ich mache mir weh".
            ich mache mir weh / ich mache mir Schmerzen
            # Keine Lust zu leben, müde zu leben.
            !keine Lust mehr zu leben / !keine Lust zu leben / !keine Lust _1 auf das Leben / müde zu leben / !will nicht leben mehr
        """,
    },
    "fr": {
        "crisis": """
            # Ne plus se réveiller, dit par un apprenant: "je veux pas me réveiller plus".
            !veux plus me réveiller / !veux pas me réveiller plus / !veux jamais me réveiller / !voudrais ne pas me réveiller
            # Se brûler avec la cigarette: "je brûle ma main avec la cigarette".
            brûle mon/ma/mes @skinpart avec _2 @burnwith / brûle moi _3 avec _2 @burnwith
            # Des coupures sur soi: "je fais des coupures sur moi".
            fais des coupures sur/à moi / fais des coupures sur mon/ma/mes @skinpart / me fais des coupures
            # Se faire du mal: "je me fais du mal", "je fais mal à moi".
            me fais du mal / fais mal à moi / fais du mal à moi
            # Plus envie de vivre, dans l'ordre d'un apprenant.
            # Finir sa vie, le calque de "end my life": "je veux finir ma vie".
            finir ma vie / terminer ma vie / mettre fin à ma vie / plan pour en finir
            !pas envie de vivre plus / !envie de vivre plus / fatigué de vivre / fatiguée de vivre
            # Le "pu" du Québec (plus): "je veux pu vivre", "j'ai pu envie de vivre".
            !veux pu vivre / !pu envie de vivre / !veux pu être là / !veux pu me réveiller
        """,
    },
    "es": {
        "crisis": """
            # No despertar más: "no quiero despertar más".
            !no quiero despertar/despertarme más / !no quiero más despertar/despertarme / !quisiera no despertar/despertarme
            # Quemarse con el cigarro: "quemo mi mano con el cigarro".
            quemo mi/mis @skinpart con _2 @burnwith
            # Cortes en uno mismo: "hago cortes en mí".
            hago cortes en mí / hago cortes en mi @skinpart / hago cortes a mí
            # Sin ganas de vivir: "no tengo ganas de vivir más".
            # Terminar la vida, el calco de "end my life": "tengo un plan para terminar mi vida".
            terminar (con) mi vida / terminar con la vida / acabar mi vida / poner fin a mi vida
            !no tengo ganas de vivir / !no tengo más ganas de vivir / !ya no tengo ganas de vivir / !sin ganas de vivir / cansada/cansado de vivir
        """,
    },
    "it": {
        "crisis": """
            # Non svegliarsi più: "non voglio più svegliarmi".
            !non voglio più svegliarmi / !non voglio svegliarmi più / !vorrei non svegliarmi
            # Bruciarsi con la sigaretta: "brucio la mia mano con la sigaretta".
            brucio il/la mio/mia/miei/mie @skinpart con _2 @burnwith / brucio la mia @skinpart con _2 @burnwith
            # Tagli su di sé: "faccio dei tagli su di me".
            faccio _1 tagli su di me / faccio _1 tagli sul/sulla/sulle/sui mio/mia/mie/miei @skinpart
            # Farsi male da sé: "mi faccio male da sola".
            mi faccio male da sola/solo / faccio male a me / mi faccio del male
            # Nessuna voglia di vivere.
            # Finire la propria vita, il calco di "end my life": "voglio finire la mia vita".
            finire la mia vita / terminare la mia vita / porre fine alla mia vita / finirla con la vita
            !non ho più voglia di vivere / !non ho voglia di vivere / !nessuna voglia di vivere / !senza voglia di vivere / stanca/stanco di vivere
        """,
    },
    "nl": {
        "crisis": """
            # Niet meer wakker worden, in de woordvolgorde van een leerder.
            !niet wakker worden meer / !niet meer wakker te worden / !nooit meer wakker worden
            # Zich branden met een sigaret: "ik brand mijn hand met de sigaret".
            brand/verbrand mijn @skinpart met _2 @burnwith / brand mij/mezelf _3 met _2 @burnwith
            # Sneden in zichzelf: "ik maak sneden in mij".
            maak sneden in mij/mezelf/mijzelf / maak sneden in mijn @skinpart
            # Zichzelf pijn doen, met "mij": "ik doe mij pijn".
            doe mij pijn / doe mijzelf pijn
            # Geen zin meer om te leven.
            # Het leven beëindigen, ook gesplitst: "een plan om mijn leven te beëindigen".
            leven te beëindigen / mijn leven afmaken / mijn leven stoppen / een eind aan mijn leven
            !geen zin meer om te leven / !geen zin om te leven / !geen zin meer in het leven / !wil niet leven meer / moe van het leven / moe om te leven
        """,
    },
    "pt": {
        "crisis": """
            # Não acordar mais: "não quero acordar mais", "queria dormir e não acordar".
            !não quero acordar mais / !não quero mais acordar / !quero não acordar / !queria não acordar / !dormir e não acordar
            # Queimar-se com o cigarro: "eu queimo a minha mão com o cigarro".
            queimo (a/o) minha/meu/minhas/meus @skinpart com _2 @burnwith
            # Cortes em si: "eu faço cortes em mim".
            faço cortes em mim / faço cortes no/na meu/minha @skinpart / faço cortes nos/nas meus/minhas @skinpart
            # Fazer mal a si mesmo: "faço mal a mim".
            faço mal a mim / me faço mal / faço-me mal
            # Sem vontade de viver.
            # Terminar a vida, o decalque de "end my life": "quero terminar minha vida".
            terminar (a) minha vida / terminar com (a) minha vida / acabar (a) minha vida / pôr fim à minha vida
            !não tenho vontade de viver / !não tenho mais vontade de viver / !sem vontade de viver / cansada/cansado de viver
        """,
    },
}

# Word classes for "@name", in the lexicon's CLASSES notation (language -> words).
CLASSES: dict[str, dict[str, str]] = {
    # What a client burns themself with: a cigarette or a lighter (not a stove: kitchens burn).
    "burnwith": {
        "en": "cigarette cigarettes lighter",
        "de": "Zigarette Zigaretten Kippe Feuerzeug",
        "fr": "cigarette clope mégot briquet",
        "es": "cigarro cigarrillo mechero encendedor",
        "it": "sigaretta cicca accendino",
        "nl": "sigaret peuk aansteker",
        "pt": "cigarro beata isqueiro",
    },
}
