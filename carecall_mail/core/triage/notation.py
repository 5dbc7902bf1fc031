"""The lexicon's expression notation, read in one place for both of its readers.

The matcher (assess.py) compiles each expression into slots; the forms builder
(scripts/triage_forms.py, through lexicon.words()) expands the words the matcher will look
up in forms.json. Both read an expression here, so the table holds exactly the words the
matcher asks it for, with the same marks stripped: a second copy of these rules once let
"!=parei" put a key "=parei" in the table, and "a/=b" another.

    !pattern      the expression carries its own negation (first character only)
    & a b / &! a b  words of one sentence, in any order (&!: no negation lowers them)
    a/b           alternatives of one word
    =word         as written: no inflected forms, not the start of a longer word
    +word         inflected even where crisis phrases are written out form by form
    (word)        optional
    @name         a word class (lexicon.CLASSES)
    _ / _N        a gap of up to 3 / N other words
    $             the clause ends here

Pure and total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from carecall_mail.core.triage.text import CJK, expand, fold

__all__ = ["Expression", "Written", "class_member", "parse"]

# A verb with its pronoun attached ("cortarme", "tagliarmi") is a crisis word written out.
_CLITICS = ("rme", "rmi", "rse", "rsi", "rte", "rti", "rmos")
_GAP = re.compile(r"^_(\d?)$")


@dataclass(frozen=True)
class Written:
    """One slot of an expression as written, its marks read."""

    kind: Literal["word", "class", "gap", "anchor"]
    # "word": the word with its marks stripped ("schmerz/schmerzen"), unfolded (simplemma
    # lemmatises the word as written); "class": the class name.
    text: str = ""
    optional: bool = False
    marked: bool = False  # "=": as written, not even the start of a longer word
    literal: bool = False  # no forms looked up: only the alternatives themselves
    gap: int = 0

    @property
    def alternatives(self) -> tuple[str, ...]:
        return tuple(self.text.split("/")) if self.kind == "word" else ()


@dataclass(frozen=True)
class Expression:
    words: tuple[Written, ...]
    fixed: bool = False  # "!" (and "&"): carries its own negation
    together: bool = False  # "&"
    own_negation: bool = False  # "&!"


def _word(word: str, lang: str, level: str, phrase: bool) -> Written:
    if word.startswith("@"):
        return Written("class", word[1:])
    optional = word.startswith("(") and word.endswith(")")
    word = word.strip("()")
    marked = word.startswith("=")
    # Crisis expressions outside English are written out form by form: inflecting them reads
    # "me mata" (it kills me: the heat) into "matarme" (to kill myself). "+word" inflects.
    literal = marked or (
        level == "crisis" and lang not in ("en", "*") and not word.startswith("+") and phrase
    )
    literal = literal or (level == "crisis" and fold(word).endswith(_CLITICS))
    return Written("word", word.lstrip("=+"), optional, marked, literal)


def parse(pattern: str, lang: str, level: str) -> Expression:
    """The slots of one expression of `lang` at `level` ("crisis", "concern", …)."""
    if pattern.startswith("&"):
        own = pattern.startswith("&!")
        words = tuple(_word(w, lang, level, True) for w in pattern.lstrip("&!").split())
        return Expression(words, fixed=True, together=True, own_negation=own)
    fixed = pattern.startswith("!")
    pattern = pattern.lstrip("!")
    # Written words go through the text's own splitting ("d'en" is "de en", "don't" is
    # "do not"), so an expression matches the tokens the text becomes.
    split: list[str] = []
    for word in pattern.split():
        if CJK.search(word):
            split.extend("=" + ch for ch in fold(word).lstrip("="))
        elif "/" in word or not re.search(r"['’`]", word):
            split.append(word)
        else:
            marks = word[0] if word[0] in "=(" else ""
            split.extend(marks + w for w in expand(fold(word.lstrip("=(").rstrip(")"))))
    slots: list[Written] = []
    for word in split:
        gap = _GAP.match(word)
        if word == "$":
            slots.append(Written("anchor"))
        elif gap:
            slots.append(Written("gap", gap=int(gap.group(1) or 3)))
        else:
            slots.append(_word(word, lang, level, len(split) > 1))
    return Expression(tuple(slots), fixed)


def class_member(member: str) -> tuple[str, bool]:
    """A class member ("=dropped", "Klinge") as (word, literal): "=" takes no forms."""
    return member.lstrip("="), member.startswith("=")
