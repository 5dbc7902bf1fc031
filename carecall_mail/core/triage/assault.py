# ruff: noqa: E501  (data: one line of expressions reads better whole, as in lexicon.py)
"""Violence and abuse by anyone, said plainly, in every language (issue 8).

The lexicon read a partner's blows ("my husband hit me", "me pegó mi pareja"), but a
stranger's or an acquaintance's read as nothing: "a man hit me", "someone attacked me on the
way home", "me atracaron anoche", "ik ben in elkaar geslagen". The contract's crisis level
holds violence and abuse whoever does it, so here are the families a native writer uses: an
assault (hit, beaten up, attacked, punched, kicked, pushed down), a mugging, rape and sexual
assault in plain and indirect words ("he forced me", "sans mon consentement"), stalking and
being followed home, a weapon pulled, being strangled, being locked in, a child or parent
hitting the writer, violent bullying at work or school.

Written in the lexicon's notation (see `lexicon.py`) and merged into it there, so they are
read with the same inflections, negation, claims and lowering (others.py: an assault told as
long over is a concern). Multi-word expressions outside English are matched as written, so
their forms are written out. Idioms claim their words first: games ("il m'a battu aux
échecs", "me ganó al tenis"), "hit me up", "it hit me that", insects and dogs attacking, a
follower on Instagram. Tested in every language in tests/test_triage_assault.py.

Those who depend on someone at home are hurt too, and told of by the writer who sees it: a
partner's blows on a small child, a child shut out in the cold as a punishment, a man of the
family into a child's room at night, a hand's or fingers' marks on the body, an elderly parent
left alone without food, kept from the carers or their medicines; and sex forced though the
writer said no ("he made me do it even tho i kept saying no", "me obligó aunque le dije que
no"), the force in one language and the no in any. Their word classes are this module's own
(CLASSES). Coercive control and threats without a blow are coercion.py's.

Bruises owned to a person (`bruises_blamed`, read from the whole reply): the writer names
who made them ("de blauwe plekken zijn niet van de trap, c'est lui"), or denies the accident
they were put down to and says it has started again.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import Token, has_phrase, token_phrases

LEXICON: dict[str, dict[str, str]] = {
    "en": {
        "crisis": """
            # Anyone's blows, not only a partner's: "a man hit me", "a colleague hit me at work".
            man/guy/woman/someone/somebody/stranger/neighbour/neighbor/colleague/boss/they/men/guys/boys/girls/son/daughter/mother/mum/mom _3 hit/punched/kicked/slapped/attacked/beat/shoved me
            attacked me / assaulted me / beat me up / beaten up / beat up / got jumped / was jumped / got attacked / was attacked / been attacked
            punched me / kicked me / slapped me / pushed me down / knocked me down / threw me to the ground / pushed me down the stairs
            mugged / robbed me / got robbed / was robbed / at knifepoint / at gunpoint
            # Rape and sexual assault in indirect words.
            touched me without / without my consent / forced himself/herself on me / forced me / made me do things / groped me / molested
            # Stalking and being followed home: not on Instagram (an idiom below).
            followed me home / followed me to / following me / stalking me / stalks me / stalker / waits outside my house/flat/door / waiting outside my house/flat/door
            pulled a knife / pulled a gun / gun to my head / pointed a gun / pointed a knife / threatened me with
            strangled me / choked me / hands around/round my neck / by the throat
            # Blows at home or at night, not a game won ("he beat me at chess" is the idiom
            # below, one word shorter): "he beat me at home last night".
            beat/beats/beaten/hit/hits me at home/night / beat/beats/beaten/hit/hits me at his/her/my/our place/flat/house/apartment
            knocked/knocks/knocking me around/about / slapped/slaps me around/about
            # Locked in, the key taken away: "i am locked in again, he took the key with him".
            locked/shut in _8 took/taken/kept _2 key/keys / took/taken/kept _2 key/keys _8 locked/shut me/us in
        """,
        "idiom": """
            # A game lost, not a blow: "he beat me at chess", "my son beat me at tennis".
            beat/beats/beaten me at / hit by the ball / hit me that / it hit me / attacked by mosquitoes/midges/wasps/mosquitos
            dog/cat/puppy/kitten _2 attacked my shoe/shoes/slipper/slippers/sock/socks / followed me on instagram/twitter/tiktok/facebook / following me on instagram/twitter/tiktok/facebook
            kicking a ball / kicked a ball / kicked the ball
        """,
    },
    "de": {
        "crisis": """
            mich _3 angegriffen / hat mich _2 geschlagen / haben mich _2 geschlagen / zusammengeschlagen / verprügelt / verprügeln mich / verprügeln / überfallen / ausgeraubt / geraubt / getreten
            er tritt mich / tritt er mich / Mann/Freund/Partner/Vater/Ex _1 tritt mich / trat er mich / er trat mich
            mich _3 getreten / ins Gesicht geschlagen / mir _2 ins Gesicht / zu Boden gestoßen / Ohrfeige / geohrfeigt / geschubst / gegen die Wand gestoßen / gegen die Wand gedrückt
            vergewaltigt / zum Sex gezwungen / gegen meinen Willen / begrapscht / sexuell belästigt / missbraucht
            mir _3 gefolgt / nach Hause gefolgt / nach Hause verfolgt / verfolgt mich / stalkt mich / Stalker / lauert mir
            mit einem Messer bedroht / mit dem Messer bedroht / Messer gezogen / Pistole an den Kopf / Waffe an den Kopf / mit einer Pistole/Waffe bedroht
            gewürgt / würgt mich / Hände um den Hals / eingesperrt / sperrt mich ein / schließt mich ein
            # Told in the past or after a clause first ("als ich heimkam, schlug er mich").
            schlug mich / schlugen mich / schlug er mich / schlug sie mich / schlägt er mich / schlägt sie mich / trat mich / trat er mich
            # "hauen" is to hit, in everyday speech: "er hat mich gestern wieder gehauen".
            hat mich _3 gehauen / haben mich _3 gehauen / haut mich / hat mir eine geknallt / hat mir eine gescheuert / hat mir eine runtergehauen / hat mir eine reingehauen
        """,
        "idiom": """
            schlug/schlugen mich _3 @game / hat/haben mich beim/im @game geschlagen / hat/haben mich _2 beim/im @game geschlagen / vom Ball getroffen / Mücken/Mücke/Wespen haben mich _3 angegriffen / Hund _4 Schuh angegriffen / folgt mir _2 auf Instagram/Tiktok/Twitter/Facebook
            im Film _4 verfolgt
            # Cheated, not hit: "er hat mich beim Autokauf übers Ohr gehauen".
            hat/haben/hatte/hatten mich _3 übers/über ohr gehauen / übers ohr gehauen
        """,
    },
    "fr": {
        "crisis": """
            m'a agressé / m'a agressée / m'ont agressé / m'ont agressée / me suis fait agresser / on m'a agressé / on m'a agressée / agressée / agressé / agression
            me suis fait tabasser / me tabassent / m'ont tabassé / m'ont tabassée / tabassé / tabassée / casser la gueule / coup de poing / coups de poing / coup de pied / coups de pied
            m'a braqué / m'a braquée / on m'a braqué / on m'a braquée / braqué / m'ont volé / m'ont frappé / m'ont frappée / m'a giflé / m'a giflée / gifle / giflé / giflée
            m'a poussée dans l'escalier / m'a poussé dans l'escalier / plaqué contre le mur / plaquée contre le mur / poussée contre le mur / poussé contre le mur
            m'a violée / m'a violé / violée / violé / viol / m'a forcée / m'a forcé / sans mon consentement / agression sexuelle / attouchements
            m'a suivie / m'a suivi / me suit / me suivent / me harcèle / harcèlement / m'attend devant chez moi
            menacé avec un couteau / menacée avec un couteau / menacé _3 couteau / menacée _3 couteau / sorti un couteau / pistolet sur la tête / braqué un pistolet
            m'a étranglée / m'a étranglé / serré la gorge / pris à la gorge / m'a enfermée / m'a enfermé / m'enferme
            # Blows told as a habit or by their subject ("il me frappait"; "ça me frappe" is surprise).
            me frappait / me frappaient / il me frappe / elle me frappe / il me bat / elle me bat / me battait / me giflait / il me gifle
            # Beaten, struck or knocked about, again or not: "il m'a encore battue hier soir"
            # ("tapée" only as the object: "il m'a tapé mon CV" is typing).
            m'a battue / m'a battu / m'ont battue / m'ont battu / m'a _1 battue / m'a _1 battu / m'a _1 frappée / m'a _1 frappé
            m'a tapée / m'ont tapée / m'a _1 tapée / m'a cognée / m'a cogné / m'ont cognée / m'a _1 cognée / m'a _1 cogné
            # A threat to kill with its condition first: "si je pars il me tue", "la prochaine fois il me tue".
            si je pars/quitte _3 il/elle me tue/tuera / si je pars/quitte _3 il/elle va me tuer / si je le/la quitte _2 il/elle me tue/tuera / si je me en vais _2 il/elle me tue/tuera
            si je en parle _4 il/elle me tue/tuera / si je le dis à quelqu'un _2 me tue/tuera / la prochaine fois _2 il/elle me tue/tuera / la prochaine fois _2 il/elle va me tuer
        """,
        "idiom": """
            # A small child who shut a parent out in play: "ma fille de 3 ans m'a enfermée dehors sur le balcon".
            fille/fils/petit/petite/enfants/enfant _6 m'a enfermée/enfermé dehors
            # A game or a race won: longer than the blow, so it claims its words first.
            me a/ont _1 battu/battue _4 @game / me a/ont _1 battu/battue _4 course/match/partie/points/finale/sprint/foot/fléchettes/pétanque/belote / battu/battue à plate couture
            me bat/battait aux/au / battu/battue aux/au @game / battu/battue _2 aux/au @game / m'a battu/battue au/aux / ballon dans la figure / moustiques _3 attaqué/attaquée / chien _2 attaqué ma chaussure
            me suit sur instagram/tiktok/twitter/facebook / dans le film _4 suivie/suivi
        """,
    },
    "es": {
        "crisis": """
            me atacó / me atacaron / me agredió / me agredieron / me pegaron / me ha pegado / me han pegado / me pegan / me dieron una paliza / paliza / puñetazo / patadas / una patada
            me tiraron al suelo / me empujó / me empujaron / contra la pared / me dio una bofetada / bofetada / cachetada
            me atracaron / atraco / me robaron / me asaltaron / a punta de navaja / a punta de pistola
            me violó / me violaron / violada / violación / me obligó a / sin mi consentimiento / agresión sexual / abusó de mí / abusaron de mí
            me siguió / me siguieron / me está siguiendo / me sigue a todas partes / me acosa / acoso / me espera _3 delante de mi casa
            me amenazó con un cuchillo / amenazó con un cuchillo / me sacó una navaja / me sacó un cuchillo / me apuntó con una pistola / me apuntó
            me estranguló / me agarró del cuello / me apretó el cuello / me encerró / me encierra
            # Blows told as a habit: "me pegaba", "me golpeaba".
            me pegaba / me pegaban / me golpea / me golpeaba / me golpeó / me golpearon / me pateó / me pateaba / me daba patadas
            # Blows again: "me volvió a golpear anoche", "me ha vuelto a pegar".
            me cacheteó / me abofeteó / me cacheteaba / me abofeteaba / me volvió a golpear / me ha vuelto a golpear / me vuelve a golpear / volvió a golpearme / ha vuelto a golpearme / vuelve a golpearme / me vuelve a pegar / me ha vuelto a pegar
            # A threat to kill with its condition first: "si me voy me mata", "la próxima vez me mata".
            si me voy _3 me mata/matará / si me voy _3 va a matarme / si me voy _3 me va a matar / si lo/la dejo _3 me mata/matará / si lo/la dejo _3 me va a matar
            si hablo/denuncio _3 me mata/matará / si se lo cuento/digo a alguien _2 me mata/matará / si cuento algo _2 me mata/matará / la próxima vez me mata/matará / la próxima vez me va a matar / la próxima vez él/ella me mata/matará
        """,
        "idiom": """
            me ganó al/a / me gana al/a / balonazo / me atacaron los mosquitos / mosquitos _2 atacaron / perro atacó / me sigue en instagram/tiktok/twitter/facebook / en la película _4 siguen
        """,
    },
    "it": {
        "crisis": """
            mi ha aggredito / mi ha aggredita / mi hanno aggredito / mi hanno aggredita / sono stata aggredita / sono stato aggredito / aggredita / aggredito
            mi hanno pestato / mi hanno pestata / pestato / pestata / pugno in faccia / un pugno / mi hanno preso a calci / preso a calci / mi hanno picchiato / mi hanno picchiata / mi picchiano
            mi ha colpito / mi ha colpita / buttato a terra / buttata a terra / spinta giù dalle scale / spinto giù dalle scale / contro il muro / schiaffo / uno schiaffo
            mi hanno rapinato / mi hanno rapinata / rapinato / rapinata / scippata / scippato / rapina / mi ha violentata / violentata / violentato / violenza sessuale / mi ha costretta / mi ha costretto / senza il mio consenso / abusato di me
            mi ha seguita / mi ha seguito / mi segue da / mi perseguita / mi aspetta sotto casa / stalker
            minacciato con un coltello / minacciata con un coltello / pistola alla testa / tirato fuori un coltello / mi ha strangolata / mi ha strangolato / strangolata / mani al collo / per la gola
            chiusa in camera / chiuso in camera / mi rinchiude / mi ha rinchiusa / mi ha chiusa dentro
            # Blows told as a habit: "mi picchiava", "mi prendeva a schiaffi".
            mi picchia / mi picchiava / mi picchiavano / mi colpiva / mi prende a schiaffi / mi prendeva a schiaffi / mi prendeva a calci / mi prende a calci
            # Blows as "botte" (not "la botte", the barrel): "ieri mi ha riempita di botte".
            riempita di botte / riempito di botte / mi riempie di botte / mi ha dato delle botte / mi ha dato le botte / mi dà le botte / mi da le botte / mi prende a botte / mi ha preso a botte / mi prendeva a botte
            # A threat to kill with its condition first: "se me ne vado mi ammazza", "la prossima volta mi ammazza".
            se me ne vado _3 mi ammazza/uccide/ammazzerà/ucciderà / se lo/la lascio _3 mi ammazza/uccide/ammazzerà/ucciderà / se lo dico a qualcuno _2 mi ammazza/uccide/ammazzerà/ucciderà
            se parlo/denuncio _3 mi ammazza/uccide/ammazzerà/ucciderà / la prossima volta _2 mi ammazza/uccide/ammazzerà/ucciderà
        """,
        "idiom": """
            battuto/battuta a @game / colpito la palla / mi ha colpito la palla / zanzare _3 attaccata/attaccato / cane ha attaccato / mi segue su instagram/tiktok/twitter/facebook / nel film _3 seguono
        """,
    },
    "nl": {
        "crisis": """
            heeft me aangevallen / hebben me aangevallen / aangevallen / in elkaar geslagen / in elkaar / vuistslag / heeft me geschopt / hebben me geschopt / geschopt / schopten me
            op de grond geduwd / duwden me / duwde me / tegen de muur / van de trap / klap in mijn gezicht / beroofd / overvallen / mishandeld
            verkracht / dwong me / gedwongen / zonder mijn toestemming / aangerand / misbruikt
            naar huis gevolgd / gevolgd / achtervolgt me / achtervolgd / stalkt me / stalker / voor mijn deur te wachten
            bedreigde me met een mes / bedreigd met een mes / met een mes / pistool tegen mijn hoofd / trok een mes
            gewurgd / wurgde / keel dicht / bij mijn keel / opgesloten / sluit me op / sloot me op
            # The past and the inverted order after a clause first ("toen ik thuiskwam sloeg hij me").
            heeft me _2 gemept / heeft mij _2 gemept / mept me / mepte me / mepte hij me
            hij schopt me / hij schopt mij / schopt hij me / man/vriend/partner/vader/ex _1 schopt me/mij
            sloeg me / sloeg mij / sloegen me / sloegen mij / sloeg _2 me/mij / sloegen _2 me/mij / slaat hij me / slaat ze me / heeft hij me _1 geslagen / heeft ze me _1 geslagen / schopte me / schopte hij me
            # A threat to kill with its condition first: "als ik wegga maakt hij me af", "de volgende keer vermoordt hij me".
            als ik wegga/vertrek/wegloop _3 maakt hij/ze me af / als ik wegga/vertrek/wegloop _3 vermoordt hij/ze me / als ik hem/haar verlaat _2 maakt hij/ze me af / als ik hem/haar verlaat _2 vermoordt hij/ze me
            als ik het _2 aan iemand vertel _2 maakt hij/ze me af / als ik het _2 aan iemand vertel _2 vermoordt hij/ze me / de volgende keer _2 maakt hij/ze me af / de volgende keer _2 vermoordt hij/ze me
        """,
        "idiom": """
            sloeg/sla/slaat me/mij er doorheen / sloeg/sla/slaat me/mij erdoorheen / verslagen met/bij @game / versloeg me met/bij / bal tegen mijn hoofd / muggen vielen me aan / hond viel _3 aan / volgt me op instagram/tiktok/twitter/facebook / in de film _3 gevolgd
        """,
    },
    "pt": {
        "crisis": """
            bateu-me / me bateu / me atacou / me atacaram / fui agredida / fui agredido / agredida / agredido / levei uma surra / surra / um soco / deu um soco / pontapés / me chutaram / chutaram
            me empurraram / empurrou-me / me empurrou / contra a parede / tapa na cara / bofetada / batem-me / batem me / me batem / espancado / espancada
            fui assaltada / fui assaltado / assaltada / assaltado / me roubaram / roubaram-me / me estuprou / estuprada / estupro / fui violada / violada / me obrigou a / obrigou-me a / sem o meu consentimento / sem meu consentimento / abuso sexual / abusou de mim
            me seguiu / seguiu-me / a seguir-me / seguir me / me seguindo / me perseguindo / persegue-me / me persegue / me esperando na porta
            me ameaçou com uma faca / ameaçou-me com uma faca / com uma faca / apontou uma arma / estrangulou-me / me estrangulou / me enforcou / apertou o meu pescoço / apertou meu pescoço
            me trancou / trancou-me / fecha-me em casa / fecha me em casa
            # Locked in with the key: "fecha-me à chave" ("perdi a chave" folds to the same
            # "a chave": the key, lost). The hyphen is a space in a phrase's words.
            fecha me _2 à chave / me fecha _2 à chave / fechou me _2 à chave / me fechou _2 à chave / tranca me _2 à chave / me tranca _2 à chave / trancou me _2 à chave / me trancou _2 à chave / nos fecha _2 à chave / fechou nos _2 à chave
            # Blows told as a habit: "ele me batia", "espancava-me".
            me batia / me batiam / me bate / me espancava / me espancou / espancava-me / espancou-me
            # A threat to kill with its condition first: "se eu for embora ele me mata", "da próxima vez mata-me".
            se eu for embora _3 me mata/matará / se eu for embora _3 mata me / se eu o/a deixar _3 me mata/matará / se eu o/a deixar _3 mata me / se eu sair de casa _2 ele/ela me mata / se eu sair de casa _2 mata me
            se eu contar _1 a/pra/para alguém _2 me mata/matará / se eu contar _1 a/pra/para alguém _2 mata me / da/na próxima vez _2 me mata/matará / da/na próxima vez _2 mata me
        """,
        "idiom": """
            ganhou-me no @game / me ganhou no @game / levei com a bola / mosquitos _2 atacaram / cão atacou / me segue no instagram/tiktok/twitter/facebook / no filme _4 seguida
        """,
    },
    "*": {
        "idiom": """
            # A story or a podcast about violence at home is no violence: "lese gerade einen
            # krimi über häusliche gewalt für unseren lesekreis".
            @fiction _5 domestic violence/abuse / @fiction _5 häusliche/häuslicher gewalt / @fiction _5 violence/violences conjugale/conjugales
            podcast/podcasts/documentary/documentaire/documental/documentario/documentaire/Doku _5 domestic violence/abuse / podcast/podcasts/Doku/Dokumentation _5 häusliche/häuslicher gewalt
            @fiction _5 violencia doméstica/machista/de género / @fiction _5 violenza domestica / @fiction _5 huiselijk geweld / @fiction _5 violência doméstica
            # A mother's "threat" over a missed visit: "meine schwiegermutter bringt mich um wenn
            # ich zum adventskaffee nicht komme", "meine mutter bringt mich um if i miss her birthday"
            # (a partner's stays a crisis: "mein mann bringt mich um wenn ich gehe").
            @motherly bringt mich um wenn/if/falls / @motherly bringt mich _1 um wenn/if/falls
            # A belt won in a sport, not one struck with: "derrubou o professor, faixa preta".
            black/brown belt / schwarzen/schwarzer/braunen gürtel / ceinture noire/marron / cinturón negro/marrón / cintura nera/marrone / zwarte/bruine band / faixa preta/marrom
            # Locked out, not in: "je me suis retrouvée enfermée dehors, il était parti avec la clé".
            enfermée/enfermé dehors / encerrada/encerrado fuera/afuera / trancada/trancado do lado de fora / trancada/trancado fora
        """,
        "crisis": """
            # A partner's blows on a small child: "mon compagnon met des claques au petit", "mijn
            # vriend slaat de kleine met een slipper" (the lexicon's @beats is the writer's own).
            # "&!": Portuguese "bate no bebê" is "in the", no negation.
            &! @intimate @strikeskid @littleone
            # A child shut out in the cold as a punishment: "chiude il piccolo sul balcone al freddo
            # per punizione" (not a toddler who shut her mother out on the balcony in play).
            & @littleone @shutaway @outplace @punishkid
            # A man of the family into a child's room at night: "mi suegro se mete en el cuarto de
            # mi hija por las noches" (the lexicon's & @stepparent @room @night, for the others).
            & @familyman @intoroom @room @atnight @littleone
            # ... or a man of the house, who tells the child it is a secret: "der freund von
            # mama kommt nachts in mein zimmer und sagt ich darf es keinem erzählen".
            & @intoroom @nightman @room @atnight @secretsays @hushed
            # Blows with a belt, on a child or on the writer: "su padrastro le pega con el
            # cinturón", "er schlägt ihn mit dem Gürtel" (a belt bought or won is none).
            @beltblow _4 @beltword
            # Locked in, the key taken away: "enfermée encore une fois, il est parti avec la clé"
            # (a key lost, or locked out, is none).
            & @shutin @doorkey @keytaken
        """,
    },
}

# Forced though the client said no: the force in one language, the no in any (a mixed reply
# says "ele me forçou, le dije que no"). Only force: "ate the cake though i said no" is none.
_FORCED: dict[str, tuple[str, ...]] = {
    "en": ("made me do it", "made me do things", "made me have sex", "forced me", "forced himself on me", "would not stop", "did not stop"),
    "de": ("hat mich gezwungen", "mich gezwungen", "hat mich dazu gezwungen", "hat nicht aufgehört", "hörte nicht auf"),
    "fr": ("m'a forcée", "m'a forcé", "m'a obligée", "il s'est pas arrêté", "il ne s'est pas arrêté"),
    "es": ("me obligó", "me obligo", "me forzó", "me forzo", "no paró", "no se detuvo"),
    "it": ("mi ha costretta", "mi ha costretto", "mi ha obbligata", "mi ha forzata", "non si è fermato", "non si e fermato"),
    "nl": ("dwong me", "heeft me gedwongen", "is hij gebleven", "is hij doorgegaan", "hij ging door", "stopte niet"),
    "pt": ("me forçou", "forçou-me", "me obrigou", "obrigou-me", "não parou", "nao parou"),
}  # fmt: skip
_SAID_NO: tuple[str, ...] = (
    "i said no", "i kept saying no", "i was saying no", "saying no", "i told him no", "i told him to stop",
    "nein gesagt", "ich nein sagte", "ich nein gesagt habe", "obwohl ich nein", "ich sagte nein",
    "j'ai dit non", "je disais non", "je lui ai dit non", "je lui disais non",
    "le dije que no", "dije que no", "le dije q no", "dije q no", "yo decía que no", "le decía que no",
    "ho detto di no", "gli ho detto di no", "ho detto no", "dicevo di no", "gli dicevo di no",
    "ik nee zei", "ik nee had gezegd", "ik zei nee", "ik had nee gezegd",
    "eu dizendo não", "eu dizendo nao", "eu disse não", "eu disse nao", "eu dizia que não", "disse que não",
)  # fmt: skip
for _lang, _forced in _FORCED.items():
    LEXICON[_lang]["crisis"] += (
        "\n" + "\n".join(f"!{f} _6 {n} / !{n} _6 {f}" for f in _forced for n in _SAID_NO) + "\n"
    )

# An elderly parent neglected at home by the relative who keeps them: left without food, kept
# from the carers, their medicines withheld, left in a dirty nappy. Named with the parent in
# the sentence ("je m'inquiète pour mon père, ma soeur le laisse seul toute la journée sans
# manger"): "days without eating" alone is the writer's own appetite, a concern, and a
# parent "without food till the blood test" is fasting: without food, the parent is left alone.
_NEGLECT: dict[str, tuple[str, ...]] = {
    "en": ("does not feed him/her", "will not let the carers in", "does not let the carers in", "in a dirty nappy", "in soiled pads", "does not give him/her _2 medicines/pills/tablets"),
    "de": ("seit tagen _4 ohne essen", "lässt den pflegedienst nicht _2 rein", "lässt die pflege nicht _2 rein", "in einer vollen windel", "gibt ihr _2 tabletten nicht", "gibt ihm _2 tabletten nicht", "gibt ihr _2 medikamente nicht", "gibt ihm _2 medikamente nicht"),
    "fr": ("ne lui donne pas à manger", "lui donne plus à manger", "laisse plus entrer l'infirmière", "laisse pas entrer l'aide", "dans une couche sale", "lui donne plus ses médicaments", "lui donne pas ses médicaments"),
    "es": ("no le da de comer", "no la deja entrar a la cuidadora", "no deja entrar a la cuidadora", "en un pañal sucio", "no le da las pastillas", "no le da sus pastillas", "no le da la medicación", "la tiene _4 sin calefacción", "lo tiene _4 sin calefacción", "huele a orines", "está en los huesos", "esta en los huesos"),
    "it": ("non le dà da mangiare", "non gli dà da mangiare", "non fa entrare la badante", "non fa più entrare", "nel pannolone sporco", "non le dà le medicine", "non gli dà le medicine", "non le dà più le medicine"),
    "nl": ("geeft haar geen eten", "geeft hem geen eten", "laat de thuiszorg niet _2 binnen", "in een vieze luier", "geeft haar _2 medicijnen niet", "geeft hem _2 medicijnen niet"),
    "pt": ("não lhe dá de comer", "nao lhe da de comer", "não deixa entrar a cuidadora", "numa fralda suja", "não lhe dá os remédios", "nao lhe da os remedios"),
}  # fmt: skip
# A hand's or fingers' marks on the body: "ontem ela chegou com marcas de dedo no braço", "il
# lui a laissé la marque de la main sur la joue", "er staan striemen op zijn billen".
_MARKS: dict[str, tuple[str, ...]] = {
    "en": ("handprint", "hand print", "finger marks", "fingermarks", "marks of his fingers", "welts", "belt marks"),
    "de": ("handabdruck", "abdruck seiner hand", "fingerabdrücke", "striemen", "abdrücke von fingern"),
    "fr": ("marque de la main", "marque de sa main", "marques de doigts", "traces de doigts", "marques de ceinture"),
    "es": ("marca de la mano", "marca de su mano", "marcas de dedos", "marcas de los dedos", "marcas de cinturón"),
    "it": ("segno della mano", "segno della sua mano", "segni delle dita", "segni di dita", "segni della cinghia"),
    "nl": ("striemen", "afdruk van een hand", "handafdruk", "vingerafdrukken", "afdrukken van vingers"),
    "pt": ("marca da mão", "marcas de dedo", "marcas de dedos", "marcas dos dedos", "marcas de cinto"),
}  # fmt: skip
for _lang, _marks in _MARKS.items():
    LEXICON[_lang]["crisis"] += "\n" + "\n".join(f"{m} _4 @markbody" for m in _marks) + "\n"

# Blows again, said with no object: "er schlägt wieder. bitte nicht anrufen".
for _lang, _again in {
    "en": "he is hitting again $ / he is hitting me again / he has started hitting again / he started hitting me again",
    "de": "er schlägt wieder $ / sie schlägt wieder $ / er schlägt wieder zu / er hat wieder zugeschlagen / hat er wieder zugeschlagen / er schlägt mich wieder",
    "fr": "il recommence à frapper / il a recommencé à frapper / il a recommencé à me frapper / il frappe encore $ / il me frappe encore",
    "es": "ha vuelto a pegarme / vuelve a pegarme / volvió a pegarme / vuelve a pegar $ / ha vuelto a pegar $",
    "it": "ha ricominciato a picchiarmi / è tornato a picchiarmi / picchia di nuovo $ / ha ricominciato a picchiare",
    "nl": "hij slaat weer $ / hij slaat me weer / hij is weer begonnen met slaan / hij begint weer te slaan",
    "pt": "voltou a bater-me / voltou a me bater / ele bate de novo $ / ele voltou a bater $",
}.items():
    LEXICON[_lang]["crisis"] += "\n" + _again + "\n"

# Left alone without food, in any language: "ma soeur le laisse seul toute la journée sans
# manger", "mein onkel lässt sie tagelang allein senza mangiare".
_UNFED = "without food / without eating / nothing to eat / ohne essen / nichts zu essen / sans manger / rien à manger / sin comer / nada de comer / senza mangiare / niente da mangiare / zonder eten / niets te eten / sem comer / nada para comer"
LEXICON["*"]["crisis"] += (
    "\n" + " / ".join(f"!@elderkin _9 @leftalone _6 {u}" for u in _UNFED.split(" / ")) + "\n"
)

for _lang, _signs in _NEGLECT.items():
    LEXICON[_lang]["crisis"] += (
        "\n" + "\n".join(f"!@elderkin _9 {n} / !{n} _9 @elderkin" for n in _signs) + "\n"
    )

CLASSES: dict[str, dict[str, str]] = {
    "motherly": {
        "en": "mum mom mother grandma nan",
        "de": "Mutter Mama Schwiegermutter Oma Tante Schwester",
        "fr": "mère maman belle-mère",
        "es": "madre mamá suegra",
        "it": "madre mamma suocera",
        "nl": "moeder mama schoonmoeder",
        "pt": "mãe sogra",
    },
    "leftalone": {
        "en": "alone",
        "de": "allein alleine",
        "fr": "seul seule",
        "es": "solo sola",
        "it": "solo sola",
        "nl": "alleen",
        "pt": "sozinho sozinha",
    },
    "elderkin": {
        "en": "mum mom mother dad father grandma grandmother granny nan nana grandad grandfather granddad",
        "de": "Mutter Mama Vater Papa Oma Opa Großmutter Großvater",
        "fr": "mère maman père papa grand-mère grand-père mamie papi",
        "es": "madre mamá padre papá abuela abuelo",
        "it": "madre mamma padre papà nonna nonno",
        "nl": "moeder mama vader papa oma opa",
        "pt": "mãe pai avó avô",
    },
    "strikeskid": {
        "en": "slaps smacks hits beats",
        "de": "schlägt haut ohrfeigt",
        "fr": "claques claque gifles frappe tape",
        "es": "pega golpea cachetea bofetadas",
        "it": "picchia schiaffi sberle",
        "nl": "slaat mept",
        "pt": "bate espanca tapas palmadas",
    },
    "littleone": {
        "en": "baby toddler little kid child boy girl daughter son",
        "de": "Kleine Kleinen Baby Kind Junge Mädchen Tochter Sohn",
        "fr": "petit petite bébé enfant gamin gamine fille fils",
        "es": "niño niña nene nena bebé pequeño pequeña crío cría hija hijo",
        "it": "piccolo piccola bimbo bimba bambino bambina neonato figlia figlio",
        "nl": "kleine baby kind jongen meisje dochter zoon",
        "pt": "bebê bebé criança menino menina pequeno pequena miúdo miúda filha filho",
    },
    "shutaway": {
        "en": "locks locked shuts shut",
        "de": "sperrt eingesperrt schließt ausgesperrt",
        "fr": "enferme enfermé enfermée",
        "es": "encierra encerró",
        "it": "chiude chiuso chiusa rinchiude",
        "nl": "sluit opgesloten buitengesloten",
        "pt": "tranca trancou fecha",
    },
    "outplace": {
        "en": "balcony cellar outside cold dark shed",
        "de": "Balkon Keller draußen Kälte kalt",
        "fr": "balcon cave dehors froid noir",
        "es": "balcón sótano fuera frío oscuras",
        "it": "balcone cantina fuori freddo buio",
        "nl": "balkon kelder buiten kou donker",
        "pt": "varanda cave porão fora frio escuro",
    },
    "punishkid": {
        "en": "punishment punish punished",
        "de": "Strafe bestrafen",
        "fr": "punition punir",
        "es": "castigo castigar",
        "it": "punizione punire",
        "nl": "straf straffen",
        "pt": "castigo castigar",
    },
    "familyman": {
        "en": "uncle grandfather grandad granddad father-in-law lodger stepbrother",
        "de": "Onkel Opa Großvater Schwiegervater Stiefbruder",
        "fr": "oncle grand-père beau-père",
        "es": "suegro tío abuelo padrastro",
        "it": "suocero zio nonno patrigno",
        "nl": "oom opa schoonvader",
        "pt": "sogro tio avô padrasto",
    },
    # Night words (the lexicon's @night holds the small hours, "3am", "vier").
    "atnight": {
        "en": "night nights",
        "de": "nachts Nacht Nächte",
        "fr": "nuit nuits",
        "es": "noche noches",
        "it": "notte notti",
        "nl": "nachts nacht",
        "pt": "noite noites",
    },
    # Marks of a hand or fingers, and where they are seen on a child or on the writer.
    "markbody": {
        "en": "cheek arm arms face bottom back leg legs neck wrist",
        "de": "Wange Arm Armen Gesicht Po Hintern Rücken Bein Hals",
        "fr": "joue bras visage fesses dos jambe cou poignet",
        "es": "mejilla brazo brazos cara culo espalda pierna cuello muñeca",
        "it": "guancia braccio braccia faccia sedere schiena gamba collo polso",
        "nl": "wang arm armen gezicht billen rug been nek pols",
        "pt": "bochecha braço braços cara rabo bumbum costas perna pescoço pulso",
    },
    # A man of the house who comes into a child's room at night: a relative, a stepfather,
    # mum's boyfriend ("der Freund von Mama").
    "nightman": {
        "en": "uncle grandfather grandad granddad father-in-law lodger stepbrother stepfather stepdad boyfriend",
        "de": "Onkel Opa Großvater Schwiegervater Stiefbruder Stiefvater Freund",
        "fr": "oncle grand-père beau-père copain",
        "es": "suegro tío abuelo padrastro novio",
        "it": "suocero zio nonno patrigno compagno fidanzato",
        "nl": "oom opa schoonvader stiefvader vriend",
        "pt": "sogro tio avô padrasto namorado",
    },
    # The secret asked of a child: "it's our secret", "ich darf es keinem erzählen".
    "hushed": {
        "en": "secret",
        "de": "=keinem =niemandem Geheimnis",
        "fr": "secret",
        "es": "secreto",
        "it": "segreto",
        "nl": "geheim geheimpje",
        "pt": "segredo",
    },
    "secretsays": {
        "en": "says said tells told",
        "de": "sagt sagte gesagt meint",
        "fr": "dit",
        "es": "dice dijo",
        "it": "dice detto",
        "nl": "zegt zei gezegd",
        "pt": "diz disse",
    },
    # Struck with a belt: the blow's verbs, present and past.
    "beltblow": {
        "en": "hits hit beats beat whips whipped hitting beating",
        "de": "=schlägt =schlug =geschlagen =verprügelt =prügelt =haut",
        "fr": "=frappe =frappait =frappé =frappée =tape =tapait =fouette =bat =battait",
        "es": "=pega =pegaba =pegó =golpea =golpeaba =golpeó =azota =azotaba",
        "it": "=picchia =picchiava =picchiato =picchiata =colpisce =colpiva =frusta",
        "nl": "=slaat =sloeg =geslagen =mept",
        "pt": "=bate =batia =bateu =espanca =espancava",
    },
    "beltword": {
        "en": "belt",
        "de": "Gürtel",
        "fr": "ceinture ceinturon",
        "es": "cinturón cinto",
        "it": "cintura cinghia",
        "nl": "riem broekriem",
        "pt": "cinto",
    },
    # Locked in (not out), a key, and the key taken away or left with.
    "shutin": {
        "en": "=locked-in",
        "de": "=eingesperrt =eingeschlossen",
        "fr": "=enfermée =enfermé",
        "es": "=encerrada =encerrado",
        "it": "=rinchiusa =rinchiuso",
        "nl": "=opgesloten",
        "pt": "=trancada =trancado",
    },
    "doorkey": {
        "en": "key keys",
        "de": "Schlüssel",
        "fr": "clé clef clés clefs",
        "es": "llave llaves",
        "it": "chiave chiavi",
        "nl": "sleutel sleutels",
        "pt": "chave chaves",
    },
    "keytaken": {
        "en": "=took =taken",
        "de": "=mitgenommen =genommen =weggenommen =abgenommen",
        "fr": "=parti =partie =emporté =pris =gardé",
        "es": "=llevó =llevado =quitó =fue",
        "it": "=portato =portata =preso =tolto =uscito",
        "nl": "=meegenomen =nam =afgepakt",
        "pt": "=levou =levado =tirou =saiu",
    },
    "intoroom": {
        "en": "comes goes creeps sneaks",
        "de": "kommt geht schleicht",
        "fr": "entre rentre vient",
        "es": "mete entra viene",
        "it": "entra viene",
        "nl": "komt gaat sluipt",
        "pt": "entra vem",
    },
}


# Bruises and marks of blows, in every language (a colour alone is no bruise).
BRUISES = token_phrases(
    "bruise / bruises / bruised / black eye / blaue flecken / blauen flecken / blauer fleck / blauen fleck / hämatom / hämatome / veilchen"
    " / bleus / un bleu / hématome / hématomes / coquard / moratones / moretones / moratón / moretón / cardenales / ojo morado"
    " / lividi / livido / ematomi / ematoma / occhio nero / blauwe plekken / blauwe plek / blauw oog / striemen"
    " / hematomas / hematoma / roxos / roxas / nódoas negras / olho roxo / manchas roxas"
)
# Who made them, said as a clause of its own: "c'est lui.", "it was him", "fue él" (not "it
# was him who scored", "c'est lui qui est tombé du vélo", "it was her birthday").
BLAMED = token_phrases(
    "it was him / it was her / he did it / he did this / he did that / c'est lui / c'était lui / c'est elle / er war es / er war's / das war er"
    " / fue él / ha sido él / fue ella / è stato lui / è stata lei / hij was het / dat was hij / hij heeft het gedaan / foi ele / foi ela / ele que fez"
)
# The accident they were put down to, denied: "not from the stairs", "no me caí".
NO_ACCIDENT = token_phrases(
    "not from the stairs / not from falling / not from a fall / did not fall / not fall down the stairs / nicht von der treppe / nicht vom sturz / nicht gestürzt / nicht hingefallen"
    " / pas de l'escalier / pas dans l'escalier / pas tombée / pas tombé / pas une chute / no son de la escalera / no fue la escalera / no me caí / no fue una caída"
    " / non sono delle scale / non sono caduta / non sono caduto / non è stata una caduta / niet van de trap / niet gevallen / niet van een val"
    " / não são da escada / não foi a escada / não caí / não foi uma queda"
)
# ... and it has started again: "ça recommence", "het begint weer".
AGAIN = token_phrases(
    "it is starting again / it has started again / it started again / starting again / es fängt wieder an / es geht wieder los / es hat wieder angefangen"
    " / ça recommence / ça a recommencé / il recommence / empieza otra vez / ha vuelto a empezar / otra vez empieza / ricomincia / è ricominciato / ha ricominciato"
    " / het begint weer / het is weer begonnen / hij begint weer / começou de novo / recomeçou / voltou a começar / está a começar outra vez"
)


def _blamed(text: list[str], words: Sequence[Token]) -> bool:
    """A blame phrase that ends its clause: followed by a boundary or the reply's end."""
    for phrase in BLAMED:
        for p in range(len(text) - len(phrase) + 1):
            end = p + len(phrase)
            if tuple(text[p:end]) == phrase and (end == len(text) or words[end].boundary):
                return True
    return False


def bruises_blamed(words: Sequence[Token]) -> bool:
    """Bruises in the reply, owned to a person: who made them said as a clause of its own,
    or the accident denied and the blows started again (see the module's docstring)."""
    text = [t.word for t in words]
    everything = range(len(text))
    if not has_phrase(text, everything, BRUISES):
        return False
    if _blamed(text, words):
        return True
    return has_phrase(text, everything, NO_ACCIDENT) and has_phrase(text, everything, AGAIN)
