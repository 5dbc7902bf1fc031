# ruff: noqa: E501  (data: one line of expressions reads better whole, as in lexicon.py)
"""Fear that stays after the danger has gone: startled by every knock, a chair against the
door, shaking at the thought of the hearing, his face in every night's dream (issue 8).

Clients who have left a violent partner often write first that they are safe ("he is in
prison now", "the protection order is in place", "ya no corro peligro") and only then how
they are: "i just jump at every knock on the door", "je sursaute dès qu'on sonne",
"cualquier ruido me sobresalta", "metto ancora la sedia contro la porta". The reassurance is
true, and the lexicon reads it as no trouble; what follows is distress that is worth a look
(a concern by the contract), told in the body's words and not in the lexicon's.

Each expression needs the writer's own startle, fear or dream and what sets it off again and
again (every knock, any noise, every night, the thought of the court date): one start at a
door ("i jumped when the doorbell rang"), children who jump at every chance to swim, a
dream of the holidays and shaking with laughter stay nothing. Negated ("i no longer jump at
every noise") it is a recovery, read as such by the lexicon's negation scope. Written in the
lexicon's notation (see `lexicon.py`) and merged into it there; tested in
tests/test_triage_aftermath.py.
"""

from __future__ import annotations

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "concern": """
            # A startle at every knock: "i just jump at every knock on the door".
            i _1 =jump/startle/flinch at every/each/any @setoff / i _1 =jump/startle/flinch at the slightest @setoff / i _1 =jump/startle/flinch every time _3 @setoff
            every/any @setoff _3 makes me =jump/flinch / every/any @setoff _2 =sends me through the roof
            # Shaking that will not stop, or at the thought of what is to come.
            !can not stop shaking $ / !can not stop shaking when/at/thinking/since/about / shaking at the thought of / shake at the thought of
            # A chair against the door, the locks checked again and again.
            =put/wedge/prop _1 a/the chair against/under the door / =check the locks _3 times
            # His face in every night's dream.
            dream/dreams/nightmares every night _2 that/about he/him/my =ex
        """,
    },
    "de": {
        "concern": """
            # "ich zucke bei jedem Klingeln zusammen", "schrecke bei jedem Geräusch hoch".
            =zucke/schrecke/erschrecke/zusammenzucke _1 bei jedem/jeder @setoff / bei jedem/jeder @setoff _3 =zucke/schrecke/erschrecke
            !kann nicht aufhören zu zittern / =zittere beim Gedanken / =zittere wenn ich an _4 denke / =zittere bei dem Gedanken
            =stelle/schiebe _4 einen/den Stuhl vor/unter die Tür / =träume jede Nacht _2 dass er / =träume jede Nacht von ihm
        """,
    },
    "fr": {
        "concern": """
            # "je sursaute dès qu'on sonne", "au moindre bruit".
            =sursaute au moindre/chaque @setoff / =sursaute à chaque @setoff / =sursaute dès que / =sursaute quand on sonne/frappe
            !arrête pas de trembler / je tremble rien que d'y penser / je tremble à l'idée / tremble rien qu'à l'idée
            =mets _2 une/la chaise contre/sous la porte / =rêve toutes les nuits _2 qu'il / =cauchemars toutes les nuits
        """,
    },
    "es": {
        "concern": """
            # "cualquier ruido me sobresalta", "salto con cada ruido".
            cualquier/cada @setoff me =sobresalta / =me =sobresalto con/a cada/cualquier @setoff / =salto con/a cada/cualquier @setoff
            !no puedo dejar de temblar / me =tiemblan _2 solo de pensar / me =tiemblan _2 al pensar / =tiemblo _2 de pensar
            =pongo _2 una/la silla contra/bajo la puerta / =sueño todas las noches _2 que él/el / =pesadillas todas las noches
        """,
    },
    "it": {
        "concern": """
            # "sobbalzo a ogni rumore", "metto ancora la sedia contro la porta".
            =sobbalzo/trasalisco a ogni/qualsiasi/qualunque @setoff / ogni @setoff mi fa =sobbalzare/saltare
            !non riesco a smettere di tremare / mi =tremano _2 all'idea / mi =tremano _2 al pensiero / =tremo al pensiero / =tremo all'idea
            =metto _2 la/una sedia contro/sotto la porta / =sogno ogni notte _2 che lui / =incubi ogni notte
        """,
    },
    "nl": {
        "concern": """
            # "ik schrik van elke deurbel", "bij elk geluid schrik ik".
            =schrik _2 van/bij elke/iedere/elk/ieder @setoff / bij elke/iedere/elk/ieder @setoff _1 =schrik ik
            !kan niet stoppen met trillen / =tril bij de gedachte / =tril als ik _3 denk aan
            =zet _2 een/de stoel tegen/onder de deur/deurklink / =droom elke nacht _2 dat hij
        """,
    },
    "pt": {
        "concern": """
            # "eu pulo a cada barulho no portão", "me assusto com qualquer barulho".
            =pulo/salto/estremeço a/com cada/qualquer @setoff / me =assusto com cada/qualquer @setoff / qualquer @setoff me =assusta
            !não consigo parar de tremer / =tremo só de pensar / =tremo _2 ao pensar
            =ponho _2 uma/a cadeira contra/atrás da porta / =sonho todas as noites _2 que ele / =pesadelos todas as noites
        """,
    },
}

# Word classes for "@name", in the lexicon's CLASSES notation (language -> words).
CLASSES: dict[str, dict[str, str]] = {
    # What sets a startle off at home: a knock, the bell, a noise, a car, footsteps.
    "setoff": {
        "en": "knock knocks noise noises sound sounds doorbell bell ring car footstep footsteps bang creak",
        "de": "Klingeln Klopfen Geräusch Geräusche Türklingel Auto Schritt Schritte Knall",
        "fr": "bruit bruits sonnerie coup voiture pas claquement",
        "es": "ruido ruidos timbre golpe coche pasos portazo",
        "it": "rumore rumori campanello suono colpo macchina passi",
        "nl": "deurbel bel geluid geluiden klop auto voetstap voetstappen knal",
        "pt": "barulho barulhos ruído ruídos campainha toque carro passos batida",
    },
}
