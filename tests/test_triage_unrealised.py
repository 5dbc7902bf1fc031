# ruff: noqa: E501  (sample replies read better whole)
"""A trouble warned of that never came, or told gone past a relative clause, is no concern
(core/triage/unrealised.py). Written for this test, not taken from the labelled sets. The
lexicon is read alone (the second reader held silent).

Near misses stay concerns: the trouble that came after all, a predicate of absence that is
another clause's, a trouble told after a relative clause as still there or spreading.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

NEVER_CAME = {
    "en": "the shingles have healed and the nerve pain you warned me about never came",
    "de": "die Gürtelrose ist verheilt, und die Schmerzen, vor denen Sie mich gewarnt haben, sind ausgeblieben",
    "fr": "le zona est guéri et les douleurs que vous craigniez ne sont jamais venues",
    "es": "el herpes se curó y los dolores que usted temía nunca llegaron",
    "it": "il fuoco di Sant'Antonio è guarito e i dolori che temeva non sono mai arrivati",
    "nl": "de gordelroos is genezen en de zenuwpijn waar u voor waarschuwde is uitgebleven",
    "pt": "a zona já sarou e as dores de que o senhor falava nunca apareceram",
    "mixed": "the shingles are gone e as dores de que tinha medo nunca apareceram",
}

GONE_PAST_RELATIVE = {
    "de": "der scheußliche Ausschlag, von dem ich Ihnen schrieb, ist vollständig abgeheilt",
    "nl": "de uitslag, waar ik u over schreef, is helemaal verdwenen",
    "en": "the rash, which I wrote to you about, has cleared up completely",
}

STILL_CONCERN = {
    "en-came": "the nerve pains you warned me about came on tuesday",
    "en-after-all": "the pains you warned me about came after all, every night",
    "es-came": "los dolores que usted temía llegaron el martes",
    "nl-other": "de pijn is erg, de dokter kwam nooit",
    "fr-other": "j ai mal au dos depuis lundi, le médecin n est jamais venu",
    "de-other": "die Schmerzen sind schlimm, der Arzt ist nie gekommen",
    "it-other": "i dolori sono forti, il medico non è mai arrivato",
    "es-manage": "estoy desbordada, no llego a todo y lloro por las esquinas",
    "de-still": "der Ausschlag, von dem ich Ihnen schrieb, ist noch immer nicht weg",
    "en-never-cleared": "the rash, which I wrote to you about, has never cleared",
    "en-spreading": "the rash, which I wrote to you about, is spreading",
}


@pytest.mark.parametrize("text", NEVER_CAME.values(), ids=NEVER_CAME.keys())
def test_a_trouble_that_never_came_is_no_concern(text: str) -> None:
    assert assess(text).urgency == "none", (text, assess(text).reasons)


@pytest.mark.parametrize("text", GONE_PAST_RELATIVE.values(), ids=GONE_PAST_RELATIVE.keys())
def test_a_trouble_gone_past_a_relative_clause_is_no_concern(text: str) -> None:
    assert assess(text).urgency == "none", (text, assess(text).reasons)


@pytest.mark.parametrize("text", STILL_CONCERN.values(), ids=STILL_CONCERN.keys())
def test_a_trouble_that_came_or_stays_is_a_concern(text: str) -> None:
    assert assess(text).urgency == "concern", (text, assess(text).reasons)
