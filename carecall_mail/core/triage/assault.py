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
"""

from __future__ import annotations

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
            mich _3 getreten / ins Gesicht geschlagen / mir _2 ins Gesicht / zu Boden gestoßen / Ohrfeige / geohrfeigt / geschubst / gegen die Wand gestoßen / gegen die Wand gedrückt
            vergewaltigt / zum Sex gezwungen / gegen meinen Willen / begrapscht / sexuell belästigt / missbraucht
            mir _3 gefolgt / nach Hause gefolgt / nach Hause verfolgt / verfolgt mich / stalkt mich / Stalker / lauert mir
            mit einem Messer bedroht / mit dem Messer bedroht / Messer gezogen / Pistole an den Kopf / Waffe an den Kopf / mit einer Pistole/Waffe bedroht
            gewürgt / würgt mich / Hände um den Hals / eingesperrt / sperrt mich ein / schließt mich ein
            # Told in the past or after a clause first ("als ich heimkam, schlug er mich").
            schlug mich / schlugen mich / schlug er mich / schlug sie mich / schlägt er mich / schlägt sie mich / trat mich / trat er mich
        """,
        "idiom": """
            schlug/schlugen mich _3 @game / hat/haben mich beim/im @game geschlagen / hat/haben mich _2 beim/im @game geschlagen / vom Ball getroffen / Mücken/Mücke/Wespen haben mich _3 angegriffen / Hund _4 Schuh angegriffen / folgt mir _2 auf Instagram/Tiktok/Twitter/Facebook
            im Film _4 verfolgt
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
            # A threat to kill with its condition first: "si je pars il me tue", "la prochaine fois il me tue".
            si je pars/quitte _3 il/elle me tue/tuera / si je pars/quitte _3 il/elle va me tuer / si je le/la quitte _2 il/elle me tue/tuera / si je me en vais _2 il/elle me tue/tuera
            si je en parle _4 il/elle me tue/tuera / si je le dis à quelqu'un _2 me tue/tuera / la prochaine fois _2 il/elle me tue/tuera / la prochaine fois _2 il/elle va me tuer
        """,
        "idiom": """
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
            me trancou / trancou-me / fecha-me em casa / à chave
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
}
