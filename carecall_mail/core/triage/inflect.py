"""A word's inflected forms, read backwards from a lemmatiser's dictionary.

simplemma's dictionaries map a written form to its lemma ("headaches" -> "headache");
read backwards, they give every form of a word. Expanding ahead of time means reading a
reply loads no dictionary (seconds of CPU a language). Two callers share this:
scripts/triage_forms.py expands the built-in lexicon once, into forms.json; the shell
(store/wordforms.py) expands the practitioner's `flag_words` and `crisis_words` once per
change of them, into the state dir. Pure: the dictionary and the lemmatiser are passed in.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field

from carecall_mail.core.triage.text import fold

__all__ = ["WordForms", "by_lemma", "english_forms", "lexicon_forms", "own_forms"]


def by_lemma(dictionary: Iterable[tuple[str, str]], lemmas: Collection[str]) -> dict[str, set[str]]:
    """Lemma (case-folded) -> the folded forms `dictionary` (form, lemma) gives it, for `lemmas`."""
    out: dict[str, set[str]] = {}
    for form, lemma in dictionary:
        key = lemma.casefold()
        if key in lemmas:
            out.setdefault(key, set()).add(fold(form))
    return out


def lexicon_forms(word: str, lemma: str, forms_of: Mapping[str, set[str]]) -> set[str]:
    """The forms of a lexicon word with case-folded `lemma` that keep the word's stem.

    The stem is all but the word's last three letters, at least four: "parei" brings "para",
    a lemma that drifts ("leaves" -> "leaf"/"leave") brings forms of another word.
    """
    folded = fold(word)
    forms = {folded, fold(lemma)} | forms_of.get(lemma, set())
    stem = folded[: max(len(folded) - 3, min(len(folded), 4))]
    return {f for f in forms if f.startswith(stem) and len(f) >= 3}


_VOWELS = frozenset("aeiou")


def _regular_english(word: str) -> set[str]:
    """What English's regular endings make of a base word: -s, -ed, -ing, with the spelling
    rules (a silent e dropped, -ie to -ying, consonant-y to -ies/-ied, a final consonant
    after one vowel doubled). Not -er and -est: they make other words ("bitter", "cutter",
    "forest"). Candidates only: the dictionary decides which exist."""
    out = {word + end for end in ("s", "es", "ed", "ing")}
    if word.endswith("e"):
        out |= {word + "d", word[:-1] + "ing"}
    if word.endswith("ie"):
        out.add(word[:-2] + "ying")
    if len(word) > 2 and word.endswith("y") and word[-2] not in _VOWELS:
        out |= {word[:-1] + end for end in ("ies", "ied")}
    if (
        len(word) >= 3
        and word[-1] not in _VOWELS | {"w", "x", "y"}
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    ):
        out |= {word + word[-1] + end for end in ("ed", "ing")}
    return out


def english_forms(
    word: str, lemma: str, forms_of: Mapping[str, set[str]], lemma_of: Mapping[str, str]
) -> set[str]:
    """The English forms of a base word that the stem rule of `lexicon_forms` cannot see:
    "taking" and "took" for "take", "cuts" and "cutting" for "cut", "dying" for "die".

    Only for a word that is its own lemma (a drifting lemma brings another word's forms).
    A regular form counts when the dictionary (`lemma_of`: form -> lemma) knows it as the
    word's form, or an -ing form as a word of its own ("cutting", the noun). An irregular
    one counts when the dictionary gives it the word's lemma (`forms_of`, as `by_lemma`
    builds it), it starts with the word's letter and is a plain word of four letters or
    more ("took", "fell", "bought"): that keeps out the dictionary's suppletive and
    abbreviated entries ("good" -> "better", "garden" -> "gdn"), and no agent noun or
    comparative counts ("gardener", "career").
    """
    folded = fold(word)
    if folded != fold(lemma) or not folded.isalpha():
        return set()
    # "cutting" is its own word in the dictionary (the noun), like "bleeding" and "burning":
    # an -ing form that is a word of its own still counts; an -s or -ed one does not
    # ("the" -> "thing", "see" -> "seed" are other words).
    gerunds = {folded + "ing", folded + folded[-1:] + "ing"}
    out = {
        form
        for form in _regular_english(folded)
        if fold(lemma_of.get(form, "")) == folded
        or (form in gerunds and fold(lemma_of.get(form, "")) == form)
    }
    out |= {
        form
        for form in forms_of.get(folded, set())
        if form[:1] == folded[:1]
        and len(form) >= 4
        and form.isalpha()
        and not form.endswith(("er", "ers", "est"))
    }
    return out


def own_forms(
    word: str, lemma: str, forms_of: Mapping[str, set[str]], lemma_of: Callable[[str], str]
) -> tuple[str, ...]:
    """The forms of a practitioner's word: the dictionary's forms of its `lemma` that the
    run-time check (core/triage/assess.py `_slot_accepts`) accepted, and the word itself.

    That check took a text word when it starts like the word and its lemma, and
    `lemma_of(text word)` is the word's lemma (all folded). The same test, made here over
    the dictionary's candidates, keeps the net as it was, minus the dictionary at run time.
    """
    folded, target = fold(word), fold(lemma)
    forms = {folded}
    if folded[:3] == target[:3]:
        candidates = forms_of.get(lemma.casefold(), set()) | {target}
        forms |= {c for c in candidates if c[:3] == folded[:3] and fold(lemma_of(c)) == target}
    return tuple(sorted(forms))


@dataclass(frozen=True)
class WordForms:
    """The practitioner's words' forms, per language: (language, word as written, forms).

    Hashable, so the lexicon built with them is cached like the built-in one.
    """

    entries: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    _index: dict[tuple[str, str], tuple[str, ...]] = field(
        init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        index = {(lang, word): forms for lang, word, forms in self.entries}
        object.__setattr__(self, "_index", index)

    def forms(self, language: str, word: str) -> tuple[str, ...] | None:
        """The forms of `word` in `language`, or None when they were not expanded."""
        return self._index.get((language, word))

    def table(self) -> dict[str, dict[str, list[str]]]:
        """language -> word -> forms, as JSON holds it."""
        table: dict[str, dict[str, list[str]]] = {}
        for lang, word, forms in self.entries:
            table.setdefault(lang, {})[word] = list(forms)
        return table

    @classmethod
    def from_table(cls, table: object) -> WordForms:
        """The table `table()` gave, read back; ValueError when it is anything else (the
        message never quotes a word)."""
        if not isinstance(table, dict):
            raise ValueError("not a table of languages")
        entries: list[tuple[str, str, tuple[str, ...]]] = []
        for lang, words in table.items():
            if not isinstance(words, dict):
                raise ValueError("a language's entry is not a table of words")
            for word, forms in words.items():
                if not isinstance(forms, list) or not all(isinstance(f, str) for f in forms):
                    raise ValueError("a word's entry is not a list of forms")
                entries.append((str(lang), str(word), tuple(forms)))
        return cls(tuple(sorted(entries)))
