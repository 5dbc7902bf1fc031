"""The forms table (core/triage/forms.json) holds exactly the words the matcher looks up.

lexicon.words() feeds scripts/triage_forms.py; assess.py compiles expressions. Both read the
notation with notation.parse, so a mark ("=", "!", "+", "(", "/") never reaches a key.
"""

from __future__ import annotations

import json
from importlib import resources

from carecall_mail.core.triage import inflect, lexicon, notation
from carecall_mail.core.triage.assess import assess
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


# A toy dictionary (form -> lemma) in simplemma's shape, for the English rule alone.
_EN = {
    "taking": "take",
    "took": "take",
    "takes": "take",
    "cuts": "cut",
    "cutting": "cutting",  # the noun: a word of its own
    "cutter": "cutter",
    "thing": "thing",
    "seed": "seed",
    "better": "good",
    "gdn": "garden",
    "bitter": "bitter",
    "dying": "die",
    "died": "die",
}


def _forms_of(lemma: str) -> set[str]:
    return {form for form, its in _EN.items() if its == lemma}


def test_english_base_words_get_their_regular_and_irregular_forms() -> None:
    take = inflect.english_forms("take", "take", {"take": _forms_of("take")}, _EN)
    assert {"taking", "took", "takes"} <= take
    assert {"cuts", "cutting"} <= inflect.english_forms("cut", "cut", {}, _EN)
    assert {"dying", "died"} <= inflect.english_forms("die", "die", {"die": _forms_of("die")}, _EN)


def test_english_forms_keep_out_other_words_the_endings_would_make() -> None:
    # "the" + -ing spells "thing", "see" + -d "seed", "bit" + -er "bitter": other words.
    assert "thing" not in inflect.english_forms("the", "the", {}, _EN)
    assert "seed" not in inflect.english_forms("see", "see", {}, _EN)
    assert "bitter" not in inflect.english_forms("bit", "bit", {}, _EN)
    assert "cutter" not in inflect.english_forms("cut", "cut", {}, _EN)
    # The dictionary's suppletive and abbreviated entries are not the word's forms.
    assert "better" not in inflect.english_forms("good", "good", {"good": {"better"}}, _EN)
    assert "gdn" not in inflect.english_forms("garden", "garden", {"garden": {"gdn"}}, _EN)
    # A word that is not its own lemma brings nothing: its lemma's forms are another word's.
    assert inflect.english_forms("took", "take", {"take": _forms_of("take")}, _EN) == set()


def test_the_table_holds_english_forms_the_stem_rule_missed() -> None:
    en = _table()["en"]
    assert {"taking", "took"} <= set(en["take"])
    assert {"cuts", "cutting"} <= set(en["cut"])


def test_an_english_form_the_table_adds_reaches_the_net() -> None:
    # "take all the pills" now also reads "taking"; the same verb in a dose stays calm.
    assert assess("i am taking all the pills tonight").urgency == "crisis"
    assert assess("i am taking the pills as prescribed, all good").urgency == "none"
