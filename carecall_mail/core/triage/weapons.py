# ruff: noqa: E501  (data: one line of words reads better whole, as in lexicon.py)
"""A gun taken out of its cabinet and sat with, told without a word of dying (issue 8).

"The shotgun's been out of the cabinet twice this week and I just sat with it in the cab",
"hab das Gewehr aus dem Schrank geholt und saß damit im Stall", "j'ai sorti le fusil du
coffre et je suis resté assis avec": a farmer, a hunter or a soldier who has the means at
home tells the rehearsal, not the wish, and the lexicon (which reads "shoot myself") read
nothing. Here a reply reads as a crisis when a sentence names a GUN and tells it out of its
cabinet or safe or held by the writer with nothing done with it (HELD: "sat with it", "in my
lap", "staring at it", "loaded it and put it back", "out of the cabinet" at night or again).

A gun has ordinary work: cleaning it, the hunt, the range, vermin, foxes and crows, the
licence and the police inspection, a sale, selling it or a lock fitted (WORK). A sentence
with such a word keeps its level, and so does one about someone else's gun (a dad, a
neighbour: the writer's own "I", "my" is needed), or a toy, a glue gun or a nail gun.
Tested in every language in tests/test_triage_weapons.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import (
    Token,
    finds_pattern,
    pattern_phrases,
    sentence_of,
    word_set,
)

__all__ = ["gun_sat_with"]


GUN = pattern_phrases(
    "gun / guns / shotgun* / rifle* / firearm* / pistol* / revolver* / handgun*"
    " / gewehr* / flinte* / jagdgewehr* / jagdwaffe* / dienstwaffe* / waffe / pistole* / revolver*"
    " / fusil* / carabine* / pistolet* / revolver* / arme"
    " / escopeta* / rifle* / pistola* / revolver* / arma"
    " / fucile* / doppietta / carabina* / pistola* / revolver* / arma"
    " / geweer* / jachtgeweer* / dienstwapen* / pistool* / revolver* / wapen"
    " / espingarda* / cacadeira* / carabina* / pistola* / revolver* / arma"
)

# Not a weapon: a tool or a toy called a gun.
NOT_A_GUN = pattern_phrases(
    "glue gun / nail gun / staple gun / heat gun / paint gun / water pistol / nerf / toy gun / spray gun / grease gun / airsoft / paintball"
    " / heissklebepistole / klebepistole / nagelpistole / spielzeug* / wasserpistole / lackierpistole"
    " / pistolet a colle / pistolet a eau / pistolet a clous / pistolet de peinture / jouet"
    " / pistola de agua / pistola de silicona / pistola de clavos / juguete"
    " / pistola ad acqua / pistola per silicone / sparachiodi / giocattolo"
    " / waterpistool / lijmpistool / speelgoed*"
    " / pistola de agua / pistola de cola / brinquedo"
)

# Out of its cabinet, or held with nothing done with it.
HELD = pattern_phrases(
    "out of the cabinet / out of the safe / out of the cupboard / out of the locker / out of its case / out of the gun safe / took it out / got it out / taken it out / been out"
    " / sat with it / sitting with it / sat there with it / sit with it / in my lap / on my lap / across my knees / staring at it / stared at it / looking at it / looked at it / holding it / held it / loaded it / loaded"
    " / aus dem schrank / aus dem waffenschrank / aus dem tresor / rausgeholt / herausgeholt / rausgenommen / damit gesessen / sass damit / sitze damit / auf dem schoss / auf meinem schoss / angestarrt / angeschaut / in der hand / geladen"
    " / sorti du coffre / sorti de l armoire / sorti le / sorti la / sortie du coffre / reste assis avec / assis avec / sur mes genoux / sur les genoux / regarde longtemps / le regarder / la regarder / dans les mains / charge"
    " / saque la / saque el / sacado del armario / del armario / de la caja fuerte / sentado con ella / sentado con el / en mi regazo / sobre las piernas / mirandola / mirandolo / en las manos / cargada / cargado"
    " / tirato fuori / tirata fuori / armadio / cassaforte / seduto con / seduta con / sulle ginocchia / in grembo / a guardarlo / a guardarla / fissarlo / in mano / carico / caricato"
    " / uit de kast / uit de kluis / gepakt / tevoorschijn / mee gezeten / ermee gezeten / zat ermee / op schoot / op mijn schoot / naar gestaard / naar zitten kijken / in mijn handen / geladen"
    " / tirei do armario / tirei do cofre / tirei a / tirei o / do armario / do cofre / sentado com ela / sentado com ele / no colo / olhando para ela / a olhar para ela / nas maos / carregada / carreguei"
)

# The gun's ordinary work: cleaning, the hunt, the range, vermin, the licence, a sale.
WORK = word_set(
    "clean cleaned cleaning oil oiled service serviced hunt hunting shoot shooting range club season deer pheasant* grouse duck ducks rabbits rabbit fox foxes crows pigeons vermin pest licence license police inspection sold sell selling sale lock locked locksmith cartridges clays clay competition"
    " geputzt putzen reinigen gereinigt geolt jagd jagen jager hochsitz schiessstand verein saison reh rehe wildschwein fuchs fuchse krahen tauben waffenschein polizei kontrolle verkauft verkaufen schloss munition wettkampf"
    " nettoye nettoyer nettoyage huile chasse chasser chasseur stand tir club saison chevreuil sanglier renard renards corbeaux pigeons nuisibles permis gendarmes police controle vendu vendre cadenas cartouches concours"
    " limpiado limpiar limpieza aceite caza cazar cazador coto tiro club temporada ciervo jabali zorro zorros cuervos palomas licencia guardia policia vendido vender candado cartuchos competicion"
    " pulito pulire pulizia olio caccia cacciare cacciatore poligono tiro club stagione cervo cinghiale volpe volpi corvi piccioni licenza porto carabinieri polizia venduto vendere lucchetto cartucce gara"
    " schoongemaakt schoonmaken schoon poetsen olie jacht jagen jager schietbaan vereniging seizoen ree everzwijn vos vossen kraaien duiven vergunning politie controle verkocht verkopen slot patronen wedstrijd"
    " limpei limpar limpeza oleo caca cacar cacador carreira tiro clube temporada veado javali raposa raposas corvos pombos licenca policia gnr vendi vender cadeado cartuchos competicao"
)

# The writer's own: an "I" or "my" in the sentence (the gun of a dad or a neighbour is news).
MINE = word_set(
    "i me my ich mich mein meine meinen mir je moi mon ma mes yo me mi mis io mi mio mia ik mij mijn me eu meu minha"
)
# Someone else holding it: "my dad sat with the rifle".
# Not the pronouns that follow "with" ("sat with her", "seduto con lui"): a gun is "her" or
# "lui" in several languages, and Italian or Spanish drop the writer's "I".
OTHER = word_set(
    "he she his they dad father grandad grandpa husband son brother neighbour neighbor"
    " er sein seine seinem vater papa opa mann sohn bruder nachbar"
    " son papa pere grand-pere mari fils frere voisin"
    " papa padre abuelo marido hijo hermano vecino"
    " suo papa padre nonno marito figlio fratello vicino"
    " hij vader papa opa man zoon broer buurman"
    " seu pai avo marido filho irmao vizinho"
)


def gun_sat_with(words: Sequence[Token]) -> bool:
    """Whether a sentence names the writer's GUN out of its cabinet or held (HELD), with no
    word of its ordinary WORK in it, not a tool or a toy (NOT_A_GUN), and not someone
    else's (an OTHER subject and no "I" of the writer's)."""
    text = [t.word for t in words]
    for p, word in enumerate(text):
        if not word or not finds_pattern(text, range(p, p + 1), GUN):
            continue
        sentence = sentence_of(words, p, p + 1)
        if not finds_pattern(text, sentence, HELD):
            continue
        around = range(max(sentence.start, p - 2), min(sentence.stop, p + 4))
        if finds_pattern(text, around, NOT_A_GUN):
            continue
        said = {text[q] for q in sentence}
        if said & WORK:
            continue
        if said & OTHER and not said & MINE:
            continue
        return True
    return False
