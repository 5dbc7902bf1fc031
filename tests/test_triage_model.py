"""Where the second reader's probabilities become a level (core/triage/assess.py)."""

from __future__ import annotations

import pytest

from carecall_mail.core.triage import assess as triage_assess
from carecall_mail.core.triage import model as triage_model
from carecall_mail.core.triage.assess import assess


def _read_as(monkeypatch: pytest.MonkeyPatch, crisis: float, none: float) -> None:
    """The second reader reads every text so: the test is of the level its reading gives."""
    odds = {"crisis": crisis, "concern": 1.0 - crisis - none, "none": none}
    monkeypatch.setattr(triage_model, "probabilities", lambda text: odds)


def test_a_concern_the_lexicon_read_is_a_crisis_from_a_lower_probability(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Mir ist seit Tagen ständig schwindelig"
    between = (triage_assess.CRISIS_AT + triage_assess.CRISIS_ALONE_AT) / 2
    _read_as(monkeypatch, crisis=triage_assess.CRISIS_AT - 0.01, none=0.5)
    assert assess(text).urgency == "concern"
    _read_as(monkeypatch, crisis=triage_assess.CRISIS_AT, none=0.5)
    assert assess(text).urgency == "crisis"
    # Where the lexicon read nothing, the same reading is no crisis.
    assert assess("all good thanks, see you in march").urgency == "none"
    _read_as(monkeypatch, crisis=between, none=0.5)
    assert assess("all good thanks, see you in march").urgency != "crisis"


def test_a_negated_crisis_is_not_raised_by_the_lower_probability(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _read_as(monkeypatch, crisis=triage_assess.CRISIS_AT, none=0.5)
    result = assess("I'm not suicidal, just tired")
    assert result.urgency == "concern"
    assert any(r.endswith("(negated crisis)") for r in result.reasons)
