# ruff: noqa: E501  (data: one line of words reads better whole, as in lexicon.py)
"""Relapses in recovery that put life at risk, told in recovery's own words (issue 8).

Recovery talk is everyday for an addiction counsellor's clients: cravings, slips and
withdrawal are concerns, milestones good news. Two relapses are crises the lexicon does not
read, because their words are each harmless alone:

- USED AFTER A BREAK at the OLD AMOUNT: "primeira vez que uso desde a clínica, mesma
  quantidade de antes", "first time using since rehab, same amount as i used to". After a
  break the body no longer bears the old dose: an overdose risk, whatever else is said.
- SELF-HARM AGAIN after a clean stretch, with a WOUND: "un anno senza tagliarmi e ieri sera ci
  sono ricascata, più a fondo di sempre, sanguina ancora". The milestone reads as a negated
  crisis ("senza tagliarmi"); the relapse and the wound that follow make it one again.

Near misses keep their level: a slip without the old amount ("first drink since rehab"), a
milestone with no relapse ("100 days without cutting"), a relapse into drink told after a
self-harm milestone with no wound, the old amount of a remedy with no break.
Tested in every language in tests/test_triage_recovery.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import Token, has_phrase, token_phrases, word_set

__all__ = ["harmed_again", "used_after_a_break"]


# A break from using: since a clinic, rehab or detox, or the first time in a long while.
BREAK = token_phrases(
    "since rehab / since the clinic / since detox / since treatment / since i got clean / since getting clean / since i got out / first time in months / first time in a year / first time in years"
    " / seit der klinik / seit der reha / seit dem entzug / seit der therapie / seit monaten / seit jahren / zum ersten mal seit"
    " / depuis la cure / depuis la clinique / depuis la desintox / depuis le sevrage / depuis des mois / premiere fois depuis"
    " / desde la clinica / desde rehabilitacion / desde la rehabilitacion / desde el centro / desde la desintoxicacion / desde hace meses / primera vez desde"
    " / dalla clinica / dalla comunita / dalla disintossicazione / dal ricovero / da mesi / da anni / prima volta da"
    " / sinds de kliniek / sinds de afkickkliniek / sinds het afkicken / sinds de ontwenning / sinds maanden / in maanden / eerste keer sinds"
    " / desde a clinica / desde a internacao / desde a reabilitacao / desde a desintoxicacao / ha meses / primeira vez desde"
)

# The dose used before the break.
OLD_AMOUNT = token_phrases(
    "same amount as before / same amount as i used to / same as i used to / the old amount / my old amount / the old dose / my old dose / my usual amount / same dose as before"
    " / gleiche menge wie fruher / selbe menge wie fruher / gleiche menge wie damals / alte menge / alte dosis / gleiche dosis wie fruher"
    " / meme quantite qu'avant / meme dose qu'avant / la dose d'avant / mon ancienne dose"
    " / misma cantidad que antes / la misma cantidad de antes / la dosis de antes / mi dosis de antes / lo mismo que antes"
    " / stessa quantita di prima / la stessa dose di prima / la dose di prima / la mia vecchia dose"
    " / zelfde hoeveelheid als vroeger / dezelfde hoeveelheid als vroeger / zelfde dosis als vroeger / mijn oude dosis / de oude dosis"
    " / mesma quantidade de antes / a mesma quantidade de antes / a dose de antes / a mesma dose de antes / minha dose antiga"
)


# Using, as recovery says it ("took" is left out: a remedy is taken too).
USE = word_set(
    "used use using relapsed scored"
    " konsumiert genommen gekokst gedruckt gespritzt ruckfall"
    " consomme pris rechute shoote"
    " consumi consumo consumir use uso usado consumido recai"
    " usato consumato fatto ricaduta ricascato ricascata"
    " gebruikt gebruik gespoten teruggevallen"
    " uso usei usado consumi recai"
)


def used_after_a_break(words: Sequence[Token]) -> bool:
    """Whether the reply tells a USE after a BREAK at the OLD_AMOUNT."""
    text = [t.word for t in words]
    everything = range(len(text))
    return (
        any(w in USE for w in text)
        and has_phrase(text, everything, BREAK)
        and has_phrase(text, everything, OLD_AMOUNT)
    )


# Self-harm in the words of a clean stretch ("free from cutting", "senza tagliarmi").
SELF_HARM = word_set(
    "cutting self-harm selfharm self-harming harming"
    " ritzen geritzt ritze schneiden geschnitten"
    " scarifier scarifie scarifiee couper coupee scarification"
    " cortarme cortado cortada cortes autolesion autolesiones"
    " tagliarmi tagliata tagliato autolesionismo"
    " snijden gesneden krassen gekrast zelfbeschadiging"
    " cortar-me cortar me cortei cortes automutilacao autolesao"
)
# It happened again.
AGAIN = word_set(
    "relapsed relapse again"
    " ruckfall wieder ruckfallig"
    " rechute rechute rechuter recommence"
    " recaida recai otra vez volvi"
    " ricascata ricascato ricaduta ricaduto nuovo"
    " teruggevallen terugval weer opnieuw"
    " recaida recai recaidas novo voltei"
)
# A wound that is deep or still bleeding.
WOUND = word_set(
    "deeper bleeding bled stitches"
    " tiefer blutet blutete genaht"
    " profond profondement saigne saignait"
    " hondo profundo sangra sangrando"
    " fondo profondo sanguina sanguinava"
    " dieper bloedt bloedde hechtingen"
    " fundo profundo sangra sangrando"
)


def harmed_again(words: Sequence[Token]) -> bool:
    """Whether the reply names SELF_HARM, then AGAIN and a WOUND after it."""
    text = [t.word for t in words]
    for p, word in enumerate(text):
        if word in SELF_HARM:
            rest = text[p + 1 :]
            if any(w in AGAIN for w in rest) and any(w in WOUND for w in rest):
                return True
    return False
