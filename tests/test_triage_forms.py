"""The forms table (core/triage/forms.json) holds exactly the words the matcher looks up.

lexicon.words() feeds scripts/triage_forms.py; assess.py compiles expressions. Both read the
notation with notation.parse, so a mark ("=", "!", "+", "(", "/") never reaches a key.
"""

from __future__ import annotations

import json
from importlib import resources

from carecall_mail.core.triage import lexicon, notation
from carecall_mail.core.triage.text import fold

_MARKS = set("=!+()/@&_$* ")


def _table() -> dict[str, dict[str, list[str]]]:
    data = resources.files("carecall_mail.core.triage").joinpath("forms.json").read_text("utf-8")
    table: dict[str, dict[str, list[str]]] = json.loads(data)
    return table


def test_every_key_of_the_forms_table_is_a_plain_folded_word() -> None:
    bad = [
        (lang, key)
        for lang, table in _table().items()
        for key in table
        if not key or key != fold(key) or _MARKS & set(key)
    ]
    assert not bad, bad[:20]


def test_every_key_is_a_word_the_matcher_looks_up() -> None:
    looked_up = {(lang, fold(word)) for lang, word in lexicon.words()}
    stray = [
        (lang, key)
        for lang, table in _table().items()
        for key in table
        if (lang, key) not in looked_up
    ]
    assert not stray, stray[:20]


def _looked_up(pattern: str, lang: str, level: str) -> list[str]:
    parsed = notation.parse(pattern, lang, level)
    return [a for w in parsed.words if w.kind == "word" and not w.literal for a in w.alternatives]


def test_marks_are_stripped_as_the_matcher_strips_them() -> None:
    # "!" before "=": the whole word is as written, nothing looked up (once a key "=parei").
    parsed = notation.parse("!=parei de tomar", "pt", "concern")
    assert parsed.fixed and parsed.words[0].marked and parsed.words[0].alternatives == ("parei",)
    assert _looked_up("!=parei de tomar", "pt", "concern") == ["de", "tomar"]
    # "=" marks every alternative after a "/", not only the first.
    assert _looked_up("=paramos/parei =en/na", "pt", "idiom") == []
    # Optional, inflected, a class, a gap and the clause's end.
    parsed = notation.parse("(+muy) @tool _2 cansada/cansado $", "es", "concern")
    assert [w.kind for w in parsed.words] == ["word", "class", "gap", "word", "anchor"]
    assert parsed.words[0].optional and parsed.words[0].alternatives == ("muy",)
    assert parsed.words[2].gap == 2
    # A contraction is the words the text becomes ("m'endormir" is "me endormir").
    assert _looked_up("impossible de m'endormir", "fr", "concern") == [
        "impossible", "de", "me", "endormir",
    ]  # fmt: skip
    # Near miss: a crisis phrase outside English is written out form by form (no lookups),
    # unless a word asks for its forms with "+"; a single crisis word is still inflected.
    assert _looked_up("me mata", "es", "crisis") == []
    assert _looked_up("me +mata", "es", "crisis") == ["mata"]
    assert _looked_up("suicidio", "es", "crisis") == ["suicidio"]


def test_words_agrees_with_the_parse_of_every_expression() -> None:
    words = lexicon.words()
    for _, pattern, lang, level in lexicon.entries():
        languages = lexicon.LANGUAGES if lang == "*" else (lang,)
        for word in _looked_up(pattern, lang, level):
            assert all((language, word) in words for language in languages), (pattern, word)
    assert not any(_MARKS & set(word) - {"/"} and word.startswith(("=", "!")) for _, word in words)
