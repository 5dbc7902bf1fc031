"""Trouble words: what makes a reply worth the practitioner's attention at once.

Matched in the client's new text only (never in the quoted mail, which is
ours), case-insensitively, on whole words or phrases, in several languages.
Over-flagging is the safe side: "no side effects" is flagged too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_DEFAULTS = (
    # English
    "side effect", "side effects", "worse", "not well", "not feeling well", "unwell", "pain",
    "painful", "can't sleep", "cannot sleep", "can not sleep", "couldn't sleep", "insomnia",
    "emergency", "urgent", "urgently", "suicidal", "suicide", "self-harm", "self harm",
    "hurt myself", "kill myself", "end my life", "allergic", "allergic reaction", "rash",
    "bleeding", "hospital", "fainted", "chest pain", "panic attack", "relapse",
    # German
    "Nebenwirkung", "Nebenwirkungen", "schlechter", "Schmerzen", "Schmerz", "Notfall",
    "dringend", "kann nicht schlafen", "Selbstmord", "Suizid", "suizidal", "Krankenhaus",
    "Ausschlag", "allergisch", "geht mir nicht gut", "mir geht es schlecht",
    # French
    "effets secondaires", "effet secondaire", "douleur", "douleurs", "urgence", "urgent",
    "pire", "je ne dors pas", "suicide", "suicidaire", "hôpital", "mal au",
    # Spanish
    "efectos secundarios", "efecto secundario", "dolor", "urgente", "urgencia", "peor",
    "no puedo dormir", "suicidio", "hospital",
    # Italian
    "effetti collaterali", "effetto collaterale", "dolore", "dolori", "peggio", "urgenza",
    "non riesco a dormire", "suicidio", "ospedale",
    # Dutch
    "bijwerkingen", "bijwerking", "pijn", "slechter", "spoed", "dringend", "kan niet slapen",
    "zelfmoord", "ziekenhuis",
    # Portuguese
    "efeitos colaterais", "dor", "pior", "urgência", "não consigo dormir", "suicídio",
    # Swedish, Norwegian, Danish
    "biverkningar", "bivirkninger", "smärta", "smerte", "smerter", "akut", "sämre", "værre",
    # Polish, Russian, Chinese
    "skutki uboczne", "ból", "pilne", "gorzej", "побочные эффекты", "боль", "срочно", "хуже",
    "副作用", "疼痛", "紧急", "急诊", "自杀",
)  # fmt: skip
DEFAULT_FLAG_WORDS: tuple[str, ...] = tuple(dict.fromkeys(_DEFAULTS))

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _pattern(word: str) -> str:
    """A regex for one flag word: any spacing, either apostrophe, whole words where words exist."""
    parts = []
    for ch in word.strip():
        if ch.isspace():
            parts.append(r"[\s\-]+")  # "side effects", "side-effects", a line break
        elif ch in "'’`":
            parts.append(r"['’`]")
        elif ch == "-":
            parts.append(r"[-\s]?")
        else:
            parts.append(re.escape(ch))
    spaced = r"[\s\-]+"
    body = "".join(p for i, p in enumerate(parts) if not (i and p == parts[i - 1] == spaced))
    if _CJK.search(word):
        return body  # Chinese and Japanese have no spaces between words
    return rf"(?<!\w){body}(?!\w)"


_LITERAL = re.compile(r"\w+")


def _trie(keys: set[str]) -> str:
    """A regex matching exactly the strings in `keys`, the longest one where several start.

    Shaped as a trie ("pain(?:ful)?"), the regex engine tries one branch per letter instead
    of every key at every position of the text.
    """
    root: dict[str, dict[str, Any]] = {}
    for key in keys:
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}  # a key ends here

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer key first

    return build(root)


@dataclass(frozen=True)
class _Words:
    """The compiled form of one flag word list."""

    words: tuple[tuple[str, str, re.Pattern[str]], ...]  # (word, literal key, pattern)
    keys: re.Pattern[str] | None  # finds the keys in the lower-cased text; None: a word has none
    prefixes: dict[str, tuple[str, ...]]  # key -> the keys it starts with (itself included)
    by_key: dict[str, tuple[int, ...]]  # key -> the indexes in `words` of the words with it


@lru_cache(maxsize=16)
def _compiled(words: tuple[str, ...]) -> _Words:
    """(word, literal key, pattern) per flag word; the key is a plain substring every match has."""
    compiled = []
    for word in dict.fromkeys(w.strip() for w in words if w.strip()):
        literals = _LITERAL.findall(word.lower())
        key = max(literals, key=len) if literals else ""
        compiled.append((word, key, re.compile(_pattern(word), re.IGNORECASE)))
    keys = {key for _, key, _ in compiled}
    if "" in keys or not keys:
        return _Words(tuple(compiled), None, {}, {})
    prefixes = {
        key: tuple(key[:i] for i in range(1, len(key) + 1) if key[:i] in keys) for key in keys
    }
    by_key: dict[str, list[int]] = {}
    for i, (_, key, _) in enumerate(compiled):
        by_key.setdefault(key, []).append(i)
    return _Words(
        tuple(compiled),
        re.compile(_trie(keys)),
        prefixes,
        {key: tuple(indexes) for key, indexes in by_key.items()},
    )


def _candidates(lowered: str, compiled: _Words) -> list[int]:
    """Indexes of the words whose key is in the lower-cased text (all words that may match)."""
    if compiled.keys is None:
        return [i for i, (_, key, _) in enumerate(compiled.words) if key in lowered]
    found: set[str] = set()
    search = compiled.keys.search
    match = search(lowered)
    while match is not None:
        # The longest key starting here; the shorter ones starting here are its prefixes.
        found.update(compiled.prefixes[match.group()])
        match = search(lowered, match.start() + 1)
    return sorted(i for key in found for i in compiled.by_key[key])


def find_flags(text: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """The configured flag words found in `text`, in order of first appearance, each once.

    A word inside a longer one found at the same place ("pain" in "chest pain") is not repeated.
    """
    if not text:
        return ()
    lowered = text.lower()
    compiled = _compiled(tuple(words))
    matches: list[tuple[int, int, str]] = []
    # Only words whose key is in the text can match; most texts have none of them. Taken in
    # the words' order, so that matches at the same place sort as they always did.
    for i in _candidates(lowered, compiled):
        word, _, pattern = compiled.words[i]
        matches.extend((m.start(), m.end(), word) for m in pattern.finditer(text))
    matches.sort(key=lambda m: (m[0], m[0] - m[1]))
    found: dict[str, None] = {}
    covered_to = -1
    for _start, end, word in matches:
        if end <= covered_to:
            continue  # inside a longer flag phrase already reported
        covered_to = max(covered_to, end)
        found.setdefault(word, None)
    return tuple(found)
