# ruff: noqa: E501  (data: one line of phrasings per language reads better whole, as in lexicon.py)
"""A parent at the end of their tether with a baby: the baby shaken or thrown, and thoughts of
harming it that the parent disowns (issue 8).

New parents write of the worst hours in plain words and beside good news: "the reflux is
better. but yesterday i almost shook her", "hier je l'ai secoué quand il pleurait", "ieri
l'ho buttata sul letto per la rabbia e ha pianto". No word of the lexicon is in them: a
shake or a throw is ordinary ("shook the bottle", "l'ho buttata via"). Told of a baby by the
one who holds it, it is a child not safe at home, a crisis by the contract
(`baby_handled_roughly`, read from the whole reply).

A baby's kicks in the womb told with its future in sport ("un vrai petit boxeur", "vai ser
jogador do flamengo"), a bump that jumps, and a baby that "will kill me with those smiles" are
no violence: idioms that claim their words first. They need the future or the little one
("going to be a footballer", "petit boxeur"), so that "he kicks me, he is a boxer" stays a
crisis.

Unwanted thoughts of harming the baby that the parent fears and would never act on
("pensieri orribili di farle del male, non lo farei mai") are distress worth a look, a
concern (LEXICON): the contract's crisis is the act, or a wish, not a fear of one's own
thoughts.

The rough act needs the writer as the one who did it ("i shook her", "je l'ai secoué",
"hab ich sie geschüttelt"), a baby in the reply (a baby word, crying, or the parent's fear of
harming the one they hold: "ich hab angst dass ich ihr was antue"), and no thing in
the same sentence that a shake or throw is ordinary for (a bottle, the milk, a rattle, a
blanket): "i shook her hand", "shook the bottle for the baby", "l'ho buttata via" stay
below. A throw also needs anger or tears, or where the baby landed.

A fever in a baby under three months, its age told in days or weeks ("ma fille de 3
semaines a 38,7"), is an emergency by itself (`newborn_fever`): not the mother's fever in
pregnancy ("enceinte de 30 semaines"), an older child's, a temperature under 38, or a fever
denied ("no fever"). Tested in every language in tests/test_triage_newparents.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import (
    Token,
    pattern_at,
    pattern_phrases,
    sentence_of,
    word_set,
)

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "concern": """
            # Unwanted thoughts of harming the baby, feared: "intrusive thoughts again, of dropping her".
            =intrusive =thoughts / =thoughts _4 =hurting/harming/dropping =him/her/the/my / =images _4 =dropping/hurting =him/her/the
        """,
        "idiom": """
            # A baby's kicks with its future in sport, or a bump that jumps, are no blows: "kicking all night, going to be a footballer".
            =kicks/kicking/kicked _9 =future/little =footballer/striker/boxer/goalkeeper / =kicks/kicking/kicked _9 =going =to =be =a =footballer/striker/boxer/goalkeeper / =kicks/kicking/kicked _9 =will =be =a =footballer/striker/boxer/goalkeeper
            =bump/womb/belly/tummy _3 =jumping/jumped
            =hiccups _4 =womb/bump/belly/tummy
            # Killed by a baby's cuteness: "this baby will kill me with those smiles".
            =kill =me =with _2 =cuteness/smiles/smile/cuddles/giggles/cheeks
        """,
    },
    "de": {
        "concern": """
            # "Zwangsgedanken", "ich hab Gedanken, ihr was anzutun", "Bilder im Kopf, dass ich ihn fallen lasse".
            =Zwangsgedanken / =aufdringliche =Gedanken / & =Gedanken =anzutun/antun/antue/antäte / =Bilder _6 =fallen =lasse/lassen
        """,
        "idiom": """
            # Tritte mit einer Zukunft im Sport: "strampelt den ganzen Abend, wird mal Fußballer".
            =tritt/tritte/strampelt/boxt _9 =wird _2 =Fußballer/Fussballer/Boxer/Stürmer/Kickboxer / =tritt/tritte/strampelt/boxt _9 =kleiner/zukünftiger =Fußballer/Fussballer/Boxer/Stürmer
            =bringt =mich =um =mit _2 =Lächeln/Grinsen/Küsschen
        """,
    },
    "fr": {
        "concern": """
            # "des idées bizarres me traversent, genre le lâcher par la fenêtre", "pensées intrusives".
            =pensées/pensees =intrusives / & =pensées/pensees/idées/idees/images =faire =mal / =pensées/pensees/idées/idees/images _8 =le/la =lâcher/lacher/laisser =tomber/par
        """,
        "idiom": """
            # Des coups de pied avec un avenir dans le sport: "un vrai petit boxeur".
            =coups =de =pied _9 =petit/futur =boxeur/footballeur/footeux/danseur/karatéka / =coups =de =pied _9 =va =être/etre _1 =boxeur/footballeur/footeux/danseur
            =me =tuer =avec _2 =sourires/sourire/bisous/câlins/calins/mignonnerie/grimaces/rires
        """,
    },
    "es": {
        "concern": """
            # "me vienen imágenes horribles de que se me cae el bebé", "pensamientos intrusivos".
            =pensamientos =intrusivos / & =pensamientos/imágenes/imagenes/ideas =hacerle =daño/dano / =pensamientos/imágenes/imagenes _8 =se =me =cae
        """,
        "idiom": """
            # Patadas con un futuro en el deporte: "este va a ser del madrid", "futuro futbolista".
            =patadas _9 =va =a =ser =del/futbolista/jugador/delantero/portero/boxeador / =patadas _9 =futuro/pequeño/pequeno =futbolista/jugador/delantero/boxeador
            =matar =con _2 =sonrisas/sonrisa/besos/risas
        """,
    },
    "it": {
        "concern": """
            # "ho pensieri orribili, tipo di farle del male", "pensieri intrusivi".
            =pensieri =intrusivi / & =pensieri/immagini/idee =farle/fargli/farlo =male / =pensieri/immagini _8 =farla/farlo =cadere / =pensieri/immagini _8 =cada/cade
        """,
        "idiom": """
            # Calci con un futuro nello sport: "sarà un calciatore".
            =calci/calcetti _9 =futuro/piccolo/sarà/sara _1 =calciatore/calciatrice/pugile/attaccante/ballerina
            =ammazza/uccide/ucciderà =con _2 =sorrisi/sorriso/baci/risate
        """,
    },
    "nl": {
        "concern": """
            # "dwanggedachten", "gedachten dat ik haar iets aandoe", "beelden dat ik hem laat vallen".
            =dwanggedachten / =opdringerige =gedachten / & =gedachten/beelden =aandoe/aandoen / =gedachten/beelden _8 =laat/laten =vallen
        """,
        "idiom": """
            # The waters broke, not a vomit ("braken"): "mijn vliezen braken om 3 uur".
            =vliezen _2 =braken/brak/gebroken
            # Schoppen met een toekomst in de sport: "wordt later voetballer".
            =schopt/trapt/schoppen _9 =wordt _2 =voetballer/bokser/spits/keeper / =schopt/trapt/schoppen _9 =kleine/toekomstige =voetballer/bokser/spits
            =maakt =me =dood =met _2 =glimlach/lachjes/kusjes
        """,
    },
    "pt": {
        "concern": """
            # "pensamentos intrusivos", "imagens de fazer mal ao bebê", "de deixá-lo cair".
            =pensamentos =intrusivos / & =pensamentos/imagens/ideias =fazer =mal / =pensamentos/imagens _8 =deixar/deixá/deixa _2 =cair
        """,
        "idiom": """
            # Chutes com um futuro no esporte: "vai ser jogador do flamengo".
            =chuta/chutando/chutes/chutou _9 =vai =ser =jogador/jogadora/craque/atacante/goleiro/lutador/do/da / =chuta/chutando/chutes/chutou _9 =futuro/pequeno =jogador/craque/atacante/lutador
            =matar =com _2 =sorrisos/sorriso/beijos/risadas
        """,
    },
}

# The writer shook the baby: a first person who did it, and a person as what was shaken.
SHOOK = pattern_phrases(
    "i _ shook him / i _ shook her / i _ shook the baby / i _ shook my baby / i _ shook the little"
    " / ich _ ihn _ _ geschuttelt / ich _ sie _ _ geschuttelt / ich _ das baby _ _ geschuttelt / ich _ den kleinen _ _ geschuttelt / ich _ die kleine _ _ geschuttelt"
    " / je le ai _ secoue* / je la ai _ secoue* / je ai secoue* le bebe / je ai secoue* mon bebe / je ai secoue* le petit / je ai secoue* la petite"
    " / lo sacudi* / la sacudi* / sacudi* al bebe / sacudi* a mi bebe / lo zarandee / la zarandee / zarandee al bebe"
    " / le ho _ scoss* / ho scoss* il bambino / ho scoss* la bambina / ho scoss* il bimbo / ho scoss* la bimba / ho scoss* il piccolo / ho scoss* la piccola"
    " / hem _ door elkaar geschud / haar _ door elkaar geschud / de baby _ door elkaar geschud / heb hem _ geschud / heb haar _ geschud"
    " / sacudi ele / sacudi ela / sacudi o / sacudi a / o sacudi / a sacudi / sacudi o bebe / sacudi a bebe / chacoalhei ele / chacoalhei ela / chacoalhei o bebe"
)
# ... or threw it: the same, with a verb of throwing (anger, tears or a landing asked below).
THREW = pattern_phrases(
    "i _ threw him / i _ threw her / i _ threw the baby / i _ chucked him / i _ chucked her"
    " / ich _ ihn _ _ geworfen / ich _ sie _ _ geworfen / ich _ ihn _ _ geschmissen / ich _ sie _ _ geschmissen / ich _ ihn _ _ hingeworfen / ich _ sie _ _ hingeworfen"
    " / je le ai _ jete* / je la ai _ jete* / je le ai _ balance* / je la ai _ balance*"
    " / lo tire / la tire / lo avente / la avente / lo arroje / la arroje / tire al bebe / avente al bebe"
    " / le ho _ buttat* / le ho _ lanciat* / le ho _ sbattut* / ho buttato il bambino / ho sbattuto il bambino"
    " / heb hem _ gegooid / heb haar _ gegooid / heb hem _ gesmeten / heb haar _ gesmeten"
    " / joguei ele / joguei ela / joguei o / joguei a / o joguei / a joguei / atirei ele / atirei ela / joguei o bebe / joguei a bebe"
)
# The parent's fear of harming the one they hold, which names no baby: "ich hab angst dass ich
# ihr was antue", "j'ai peur de lui faire du mal".
HARM_FEARED = pattern_phrases(
    "afraid _ hurt him / afraid _ hurt her / scared _ hurt him / scared _ hurt her / afraid _ harm him / afraid _ harm her"
    " / angst _ ihr was antue / angst _ ihm was antue / angst _ ihr etwas antue / angst _ ihm etwas antue / angst _ ihr weh tue / angst _ ihm weh tue"
    " / peur de lui faire du mal / peur de faire du mal / miedo de hacerle dano / miedo _ hacerle dano / paura di farle del male / paura di fargli del male"
    " / bang _ haar iets aandoe / bang _ hem iets aandoe / bang _ haar pijn doe / bang _ hem pijn doe / medo de fazer mal / medo de machuca*"
)
# A baby in the reply: a word for it, or its crying.
BABY = word_set(
    "baby babies newborn infant crying cried cries screaming"
    " baby babys saugling kleine kleinen kleiner weint weinte geweint weinen schreit schrie geschrien"
    " bebe nourrisson petit petite pleurait pleure pleurer pleure hurlait"
    " bebe bebes recien nacido llora lloraba lloro llorando llorar"
    " bimbo bimba bambino bambina neonato neonata piccolo piccola piange piangeva pianto piangere"
    " baby kindje zuigeling kleintje huilde huilt huilen krijste"
    " bebe nene nenem recem chorava chora chorou chorando chorar"
)
# Anger, tears or where the baby landed: what makes a throw a throw at a child.
HEATED = word_set(
    "anger angry rage furious temper bed cot crib floor wall"
    " wut wutend zorn bett bettchen boden wand"
    " colere rage enerve lit berceau sol mur"
    " rabia ira enfadada enfadado cama cuna suelo pared"
    " rabbia arrabbiata arrabbiato letto culla pavimento muro"
    " woede boos kwaad bed bedje wieg vloer muur"
    " raiva irritada cama berco chao parede"
    " pianto crying cried pleure pleurait llorando lloro huilde chorou chorava weinte geweint"
)
# The act denied: "i never shook her", "ich hab sie nie geschüttelt".
NEVER = word_set("never not nie nicht niemals jamais ne pas nunca no mai non nooit niet nunca nao")
# Things a shake or a throw is ordinary for: the bottle, the milk, a rattle, a blanket, a hand.
THINGS = word_set(
    "bottle milk formula rattle blanket rug hand hands head off awake out away towel ball"
    " flasche flaschchen milch rassel decke hand kopf ball"
    " biberon lait hochet couverture main tete ballon"
    " biberon leche sonajero manta mano cabeza pelota basura"
    " biberon latte sonaglio coperta mano testa palla via"
    " fles flesje melk rammelaar deken hand hoofd bal"
    " mamadeira leite chocalho cobertor mao cabeca bola lixo"
)


def _match_end(text: Sequence[str], p: int, phrase: tuple[str, ...]) -> int:
    """Where a pattern_phrases phrase matched at p ends (its shortest match), or -1."""
    for end in range(p + 1, min(len(text), p + 4 * len(phrase)) + 1):
        if pattern_at(text, p, end, phrase):
            return end
    return -1


def baby_handled_roughly(words: Sequence[Token]) -> bool:
    """The writer shook a baby, or threw it in anger or onto something (module docstring)."""
    text = [t.word for t in words]
    if not BABY & set(text) and not any(
        pattern_at(text, p, len(text), phrase) for p in range(len(text)) for phrase in HARM_FEARED
    ):
        return False
    for phrases, needs_heat in ((SHOOK, False), (THREW, True)):
        for p in range(len(text)):
            ends = [e for e in (_match_end(text, p, phrase) for phrase in phrases) if e > 0]
            if not ends:
                continue
            # "i never shook her", "je ne l'ai jamais secoué": denied, not told.
            if set(text[max(0, p - 2) : min(ends)]) & NEVER:
                continue
            sentence = sentence_of(words, p, p + 1)
            said = set(text[sentence.start : sentence.stop])
            if said & THINGS or (needs_heat and not said & HEATED):
                continue
            return True
    return False


# A baby's age told in days or weeks ("ma fille de 3 semaines", "my 10 day old", "3 Wochen
# alt"), up to twelve weeks: the months in which a fever is an emergency by itself.
_AGE = pattern_phrases(
    "of nnn week* / nnn week old / nnn weeks old / nnn day old / nnn days old / nnn wk old / nnn wks old"
    " / nnn wochen alt* / nnn woche alt* / nnn tage alt* / von nnn wochen"
    " / de nnn semaine* / de nnn jour* / de nnn semana* / de nnn dia* / de nnn día*"
    " / di nnn settiman* / di nnn giorn* / van nnn weken / van nnn dagen / nnn weken oud / nnn dagen oud"
)
# A newborn named: one word, or a phrase ("nouveau-né" is two tokens, "nouveau ne").
_NEWBORN = word_set(
    "newborn neugeborenes neugeborene neugeboren nourrisson neonato neonata pasgeboren pasgeborene"
)
_NEWBORN_PHRASES = pattern_phrases(
    "nouveau ne / nouveau nee / recien nacido / recien nacida / recem nascido / recem nascida"
)
_FEVER = word_set(
    "fever temperature fieber temperatur fievre temperature fiebre calentura febbre koorts febre"
)
_NO = word_set(
    "no not kein keine ohne pas sans plus sin nada senza niente nessuna geen zonder sem nenhuma"
)
# "enceinte de 30 semaines", "more than 3 weeks", "une fièvre de 3 jours": a pregnancy's, a
# fever's or a cough's weeks, not a baby's age (the two words before the age are asked).
_PREGNANT = word_set("pregnant schwanger ssw enceinte embarazada incinta zwanger gravida")
_NOT_AGE = _PREGNANT | word_set(
    "more than plus mehr als mas piu meer dan mais"
    " fever fieber fievre fiebre febbre koorts febre cough husten toux tos tosse hoest"
)


def _age_ok(text: list[str]) -> bool:
    for p in range(len(text)):
        for phrase in _AGE:
            n = len(phrase)
            got = text[p : p + n]
            if len(got) < n:
                continue
            ok = True
            for word, want in zip(got, phrase, strict=True):
                if want == "nnn":
                    ok = word.isdigit() and 1 <= int(word) <= 12
                elif want.endswith("*"):
                    ok = word.startswith(want[:-1])
                else:
                    ok = word == want
                if not ok:
                    break
            if ok and not set(text[max(0, p - 2) : p]) & _NOT_AGE:
                return True
    return False


def _temperature(word: str) -> bool:
    """A temperature of 38 degrees or more written with its decimal: "38,7", "39.2"."""
    whole, _, tenth = word.replace(",", ".").partition(".")
    return whole.isdigit() and tenth.isdigit() and 38 <= int(whole) <= 42


def newborn_fever(words: Sequence[Token]) -> bool:
    """A baby under three months with a fever: "ma fille de 3 semaines a 38,7 et elle geint"."""
    text = [t.word for t in words]
    if set(text) & _PREGNANT:
        return False
    named = set(text) & _NEWBORN or any(
        pattern_at(text, p, len(text), phrase)
        for p in range(len(text))
        for phrase in _NEWBORN_PHRASES
    )
    if not (named or _age_ok(text)):
        return False
    for p, word in enumerate(text):
        if _temperature(word):
            return True
        if word in _FEVER and not set(text[max(0, p - 2) : p]) & _NO:
            return True
    return False
