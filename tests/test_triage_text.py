"""The safety net's tokens: a reply typed as one endless run is read in bounded stretches.

Reading time is measured in bench/triage_long.py; here, what the stretches must keep: short
sentences untouched, a trouble inside a long run still read, and phrase lists matched alike
through their first-word index and in full.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess
from carecall_mail.core.triage.text import (
    MAX_RUN,
    PhraseIndex,
    finds_pattern,
    has_phrase,
    pattern_at,
    pattern_phrases,
    pattern_starts,
    token_phrases,
    tokens,
)

_FILLER = "we went to the sea with the kids and the weather was lovely and the drops are fine "


def _longest_run(text: str) -> int:
    longest = run = 0
    for token in tokens(text):
        run = 0 if token.boundary == "strong" else run + 1
        longest = max(longest, run)
    return longest


def test_a_sentence_of_ordinary_length_keeps_its_tokens() -> None:
    text = " ".join(["the drops are fine"] * (MAX_RUN // 4))  # just under MAX_RUN words
    assert all(t.boundary != "strong" for t in tokens(text))


def test_an_endless_run_is_cut_into_bounded_stretches() -> None:
    text = _FILLER * 400  # about 6,800 words without a full stop
    assert _longest_run(text) <= 2 * MAX_RUN
    # A stretch ends before an "and" once it is long, not in the middle of a phrase.
    words = tokens(text)
    cuts = [i for i, t in enumerate(words) if t.boundary == "strong"]
    assert cuts and all(words[i + 1].word == "and" for i in cuts if i + 1 < len(words))


def test_a_run_with_no_clause_word_is_cut_at_twice_the_length() -> None:
    text = "blah " * (5 * MAX_RUN)
    assert MAX_RUN < _longest_run(text) <= 2 * MAX_RUN


@pytest.mark.parametrize(
    ("trouble", "level"),
    [
        ("i want to end my life", "crisis"),
        ("i have had terrible headaches since the drops", "concern"),
    ],
    ids=["crisis", "concern"],
)
def test_a_trouble_deep_inside_a_long_run_is_still_read(trouble: str, level: str) -> None:
    text = _FILLER * 150 + trouble + " " + _FILLER * 150
    assert assess(text).urgency == level


def test_a_long_run_of_good_news_raises_nothing() -> None:
    assert assess(_FILLER * 300).urgency == "none"


_PHRASES = pattern_phrases(
    "keep them for / kept * for the end / _ pills saved / stockpil* / i have _ enough"
    " / look* up how / googl* how / read * how / saved up my / hoard*"
)
_TEXTS = [
    "i kept all of them for the end",
    "i have stockpiled them",
    "the pills saved me",
    "i have got quite enough thanks",
    "googling how to bake bread",
    "nothing here at all",
    "",
]


@pytest.mark.parametrize("text", _TEXTS, ids=lambda t: t or "empty")
def test_the_first_word_index_finds_what_the_full_list_finds(text: str) -> None:
    words = [t.word for t in tokens(text)] or [""]
    full = range(len(words))
    slow = any(pattern_at(words, p, len(words), phrase) for p in full for phrase in _PHRASES)
    assert len(_PHRASES) >= 8  # long enough for finds_pattern to use the index
    assert finds_pattern(words, full, _PHRASES) == slow
    assert PhraseIndex(_PHRASES).find(words, full) == slow
    for p in full:
        each = any(pattern_at(words, p, len(words), phrase) for phrase in _PHRASES)
        assert pattern_starts(words, p, len(words), _PHRASES) == each


_TOKEN_PHRASES = token_phrases("i can't cope / it's too much / no way out / end it / all")


@pytest.mark.parametrize(
    "text",
    ["honestly i cant cope", "there is no way out", "no way", "that is all", "fine thanks", ""],
    ids=lambda t: t or "empty",
)
def test_has_phrase_finds_what_a_word_by_word_comparison_finds(text: str) -> None:
    words = [t.word for t in tokens(text)]
    for start in range(len(words) + 1):
        span = range(start, len(words))
        slow = any(
            tuple(words[p : p + len(phrase)]) == phrase
            for p in span
            for phrase in _TOKEN_PHRASES
            if p + len(phrase) <= span.stop
        )
        assert has_phrase(words, span, _TOKEN_PHRASES) == slow
