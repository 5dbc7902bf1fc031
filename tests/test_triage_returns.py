# ruff: noqa: E501  (sample replies read better whole)
"""Old medicines carried back to the pharmacy are no overdose (core/triage/returns.py).
Written for this test, not taken from the labelled sets. The lexicon is read alone (the
second reader held silent).

Near misses stay crises: pills taken and the pharmacy only named, pills fetched from it, a
clause with no word of carrying.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage import returns
from carecall_mail.core.triage.assess import assess
from carecall_mail.core.triage.text import tokens

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

HANDED_BACK = {
    "en": "took all my old tablets back to the pharmacy as you asked, a whole bag of them",
    "de": "ich habe alle alten Tabletten in die Apotheke zurückgebracht. Die neue Dosette ist prima.",
    "fr": "j'ai rapporté toutes mes vieilles pilules à la pharmacie comme vous me l'aviez conseillé",
    "es": "he devuelto todas las pastillas caducadas al punto SIGRE de la farmacia, como me dijo",
    "it": "ho riportato tutte le pastiglie scadute in farmacia come mi aveva detto",
    "nl": "ik heb al mijn oude pillen naar de apotheek teruggebracht zoals u zei",
    "pt": "levei todos os comprimidos velhos à farmácia, como a senhora aconselhou",
    "mixed": "I took all my old pills back to de apotheek, een hele tas vol",
}

STILL_CRISIS = {
    "en-named": "i took all my pills last night, the chemist is shut",
    "en-went": "took all my pills and went to the pharmacy to tell them",
    "en-from": "i brought all my pills home from the chemist and took them all",
    "es-from": "me tomé todas las pastillas que traje de la farmacia",
    "it-named": "ho preso tutte le pastiglie, la farmacia era chiusa",
    "nl-went": "ik heb al mijn pillen ingenomen en ben toen naar de apotheek gelopen",
    "pt-named": "tomei todos os remédios de uma vez ontem à noite, a farmácia estava fechada",
}


@pytest.mark.parametrize("text", HANDED_BACK.values(), ids=HANDED_BACK.keys())
def test_medicines_carried_back_to_the_pharmacy_are_no_crisis(text: str) -> None:
    assert assess(text).urgency == "none", (text, assess(text).reasons)


@pytest.mark.parametrize("text", STILL_CRISIS.values(), ids=STILL_CRISIS.keys())
def test_pills_taken_beside_a_pharmacy_stay_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


def test_the_clause_carried_back_is_kept_from_the_second_reader() -> None:
    words = tokens("ich habe alle alten Tabletten in die Apotheke zurückgebracht, danke")
    assert returns.handed_back_clauses(words) == [(0, 9)]
    assert returns.handed_back_clauses(tokens("ich war in der Apotheke, danke")) == []
