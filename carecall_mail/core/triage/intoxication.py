# ruff: noqa: E501  (data: one line of words reads better whole, as in lexicon.py)
"""A party drug taken, and the body in danger after it, in every language (issue 8).

Parents of teenagers write: "hij heeft op een feest xtc en drank door elkaar gebruikt, hij is
heel verward en gloeit helemaal". Confusion and overheating after ecstasy are a medical
emergency (heatstroke, too much water or serotonin), a crisis by the contract, though neither
word is one: "verward" after a long day, "gloeit" after sport are ordinary. `drug_and_danger`
reads the whole reply for a party drug named (DRUGS) with a confusion (CONFUSED) and a body
burning up or fitting (HOT) both told; one sign alone, or a drug alone ("xtc is bad news, my
son knows"), keeps its level.

Tested in every language in tests/test_triage_intoxication.py, with near misses.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import Token, word_set

__all__ = ["drug_and_danger"]

DRUGS = word_set(
    "xtc ecstasy extasis extasi mdma molly ghb ketamine ketamin ketamina speed cocaine kokain cocaina coke coca"
    " drugs drogen drogue drogues drogas"
)
CONFUSED = word_set(
    "confused disoriented disorientated delirious hallucinating incoherent"
    " verwirrt desorientiert wirr halluziniert"
    " confus confuse desoriente desorientee delire hallucine incoherent"
    " confundido confundida desorientado desorientada delirando alucinando incoherente"
    " confuso confusa disorientato disorientata delira allucinazioni"
    " verward gedesorienteerd ijlt hallucineert wartaal"
    " confuso confusa desorientado desorientada delirando alucinando"
)
HOT = word_set(
    "burning boiling scorching overheating seizure fitting convulsing"
    " glüht gluht glühend gluhend kocht überhitzt uberhitzt krampft krampfanfall"
    " brulant brulante bouillant bouillante convulse convulsions"
    " ardiendo hirviendo arde convulsiona convulsiones"
    " scotta bollente brucia convulsioni"
    " gloeit gloeiend kookt oververhit stuipen schokt"
    " ardendo fervendo ferver escaldante convulsoes convulsao"
)


def drug_and_danger(words: Sequence[Token]) -> bool:
    """A party drug named with both a confusion and a body burning up or fitting."""
    said = {t.word for t in words}
    return bool(said & DRUGS) and bool(said & CONFUSED) and bool(said & HOT)
