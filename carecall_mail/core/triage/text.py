"""Client text as the safety net reads it: folded words and clause boundaries.

Shared by the lexicon (carecall_mail.core.triage.assess) and the second reader
(carecall_mail.core.triage.model), so that both read "don't", "dont" and "do not" alike.
Pure and total.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "CJK",
    "CLAUSE_BREAK",
    "MAX_CHARS",
    "MAX_RUN",
    "PhraseIndex",
    "Token",
    "alternative_phrases",
    "clause_of",
    "expand",
    "finds_pattern",
    "fold",
    "has_phrase",
    "indexed_phrases",
    "pattern_at",
    "pattern_phrases",
    "pattern_starts",
    "sentence_of",
    "token_phrases",
    "tokens",
    "word_set",
]

# Texts are read up to this many characters: a reply is short; a pasted book is not read
# past here (the net stays linear and bounded whatever arrives).
MAX_CHARS = 50_000


def fold(text: str) -> str:
    """Lower case without accents, ß as ss: what clients type on any keyboard."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


# Words, with inner apostrophes kept ("don't", "j'ai"); CJK runs as one token each. A decimal
# is one word, not a sentence break ("my baby is 39.8 and floppy", "40,2 Fieber").
_TOKEN = re.compile(
    r"\d+(?:[.,]\d+)+(?![^\W_])|[^\W_]+(?:['’`][^\W_]+)*|[.!?;]+|,|\n\s*\n", re.UNICODE
)
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")

# English contractions written with or without the apostrophe; each becomes its words, so
# "dont", "don't" and "do not" read alike. "im" stays: German "im Krankenhaus" is not
# "i am Krankenhaus" (the lexicon writes "i/im (am)").
_CONTRACTIONS: dict[str, tuple[str, ...]] = {
    "cant": ("can", "not"), "cannot": ("can", "not"), "wont": ("will", "not"),
    "hed": ("he", "would"), "dont": ("do", "not"), "doesnt": ("does", "not"),
    "didnt": ("did", "not"),
    "isnt": ("is", "not"), "arent": ("are", "not"), "wasnt": ("was", "not"),
    "werent": ("were", "not"), "havent": ("have", "not"), "hasnt": ("has", "not"),
    "hadnt": ("had", "not"), "couldnt": ("could", "not"), "shouldnt": ("should", "not"),
    "wouldnt": ("would", "not"), "aint": ("is", "not"),
    "ive": ("i", "have"), "id": ("i", "would"), "ill": ("i", "will"),
    "wanna": ("want", "to"), "gonna": ("going", "to"), "gotta": ("got", "to"),
    "dunno": ("do", "not", "know"), "idk": ("i", "do", "not", "know"),
    "its": ("it", "is"), "thats": ("that", "is"), "theres": ("there", "is"),
    "youre": ("you", "are"), "theyre": ("they", "are"), "hes": ("he", "is"),
    "shes": ("she", "is"), "whats": ("what", "is"), "ur": ("you", "are"),
    "u": ("you",), "pls": ("please",), "coz": ("because",), "cuz": ("because",),
    "bc": ("because",), "nite": ("night",), "tho": ("though",),
}  # fmt: skip
_PRONOUNS = frozenset({"i", "you", "we", "they", "he", "she", "it", "that", "there", "who"})
_AUXILIARIES = {"m": "am", "ve": "have", "re": "are", "ll": "will", "d": "would"}
# French, Italian and Catalan elisions: "j'ai" -> "je ai", "n'ai" -> "ne ai", "l'ho" -> "lo ho".
_ELISIONS: dict[str, str] = {
    "j": "je", "n": "ne", "m": "me", "t": "te", "s": "se", "l": "le", "d": "de", "c": "ce",
    "qu": "que", "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque", "un": "un",
    "dell": "della", "all": "alla", "nell": "nella", "sull": "sulla", "dall": "dalla",
}  # fmt: skip


def expand(token: str) -> list[str]:
    """One written token as the words it stands for."""
    parts = re.split(r"['’`]", token, maxsplit=1)
    if len(parts) == 2:
        head, tail = parts
        if tail == "t" and head.endswith("n"):  # don't, can't, won't, isn't
            known = _CONTRACTIONS.get(head + "t")
            return list(known) if known is not None else [head[:-1], "not"]
        if head in _PRONOUNS and tail in _AUXILIARIES:  # i'm, he'd, they'll, we've
            return [head, _AUXILIARIES[tail]]
        if tail == "s":  # "it's" is "it is"; "Ana's" is Ana
            return [head, "is"] if head in ("it", "that", "there", "what", "he", "she") else [head]
        if head in _ELISIONS:
            return [_ELISIONS[head], *expand(tail)]
        return [head, *expand(tail)]
    known = _CONTRACTIONS.get(token)
    return list(known) if known is not None else [token]


@dataclass(frozen=True)
class Token:
    word: str  # folded; "" for a boundary
    boundary: str = ""  # "strong", "weak" or ""


# No sentence a client writes runs this many words without a full stop (the longest in the
# labelled sets runs 65); a reply typed as one endless run is read in stretches of about this
# length, so that every reading bounded by a sentence stays bounded and a hostile or pasted
# text is read in linear time (a 50,000-character run took minutes).
MAX_RUN = 90
# Past MAX_RUN a stretch ends before the next "and"/"but" (CLAUSE_BREAK, below), and at twice
# MAX_RUN whatever follows.
_HARD_RUN = 2 * MAX_RUN


def tokens(text: str) -> list[Token]:
    """The folded words of `text`, with clause boundaries between them."""
    out: list[Token] = []
    run = 0  # tokens since the last strong boundary

    def add(token: Token) -> None:
        nonlocal run
        if token.boundary == "strong":
            run = 0
        elif run >= _HARD_RUN or (run >= MAX_RUN and token.word in CLAUSE_BREAK):
            out.append(Token("", "strong"))
            run = 1
        else:
            run += 1
        out.append(token)

    for match in _TOKEN.finditer(fold(text[:MAX_CHARS])):
        raw = match.group()
        if raw[0] in ".!?;\n":
            add(Token("", "strong"))
        elif raw == ",":
            add(Token("", "weak"))
        elif CJK.search(raw):
            for ch in raw:  # no spaces between words: one per character
                add(Token(ch))
        else:
            for word in expand(raw):
                if word:
                    add(Token(word))
    return out


def word_set(words: str) -> frozenset[str]:
    """A family's word list, written as one space-separated string, folded as the words of a
    reply are (lower case, no accents)."""
    return frozenset(fold(word) for word in words.split())


def token_phrases(block: str) -> frozenset[tuple[str, ...]]:
    """A family's phrases, written "/"-separated, each tokenised as a reply's words are
    ("i'm" is "i am", "j'en" is "je en"), so that they are matched word for word."""
    return frozenset(
        tuple(t.word for t in tokens(p) if t.word) for p in block.split("/") if p.strip()
    )


def has_phrase(text: Sequence[str], span: range, phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether one of `phrases` (token_phrases) stands word for word inside `span` of text."""
    if () in phrases:
        return len(span) > 0
    by_head = _by_head(phrases)
    return any(
        tuple(text[p : p + len(phrase)]) == phrase
        for p in span
        for phrase in by_head.get(text[p], ())
        if p + len(phrase) <= span.stop
    )


@functools.lru_cache(maxsize=4096)
def _by_head(phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """token_phrases by their first word: each word of a long reply is asked only for the
    phrases it may begin (the lists are module constants; the cache is bounded anyway)."""
    heads: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            heads.setdefault(phrase[0], []).append(phrase)
    return {head: tuple(found) for head, found in heads.items()}


def pattern_phrases(block: str) -> tuple[tuple[str, ...], ...]:
    """'/'-separated phrases split as a reply's words are (tokens: "j'ai" is "je ai", "won't"
    is "will not"); a word ending in "*" is a stem, "*" alone any word, "_" a gap of up to
    three words. Matched by finds_pattern."""
    out = []
    for phrase in block.split("/"):
        words = tuple(
            t.word.replace("qqstar", "*").replace("qqgap", "_")
            for t in tokens(phrase.replace("*", "qqstar").replace("_", "qqgap"))
            if t.word
        )
        if words:
            out.append(words)
    return tuple(out)


def alternative_phrases(block: str, alternatives: str = "/") -> tuple[tuple[str, ...], ...]:
    """pattern_phrases of " / "-separated phrases whose words may be alternatives joined by
    `alternatives` ("tired of being _ problem/burden"), each choice written out."""
    written: list[str] = []
    for phrase in block.split(" / "):
        choices = [word.split(alternatives) for word in phrase.split()]
        written.extend(" ".join(words) for words in itertools.product(*choices))
    return pattern_phrases(" / ".join(written))


class PhraseIndex:
    """pattern_phrases indexed by their first word (or its stem): a long reply asks each of
    its words for the few phrases it may begin, not every phrase of every list (research.py's
    lists made a 50,000-character reply take 84 s)."""

    def __init__(self, block: str | tuple[tuple[str, ...], ...]) -> None:
        self.phrases = pattern_phrases(block) if isinstance(block, str) else block
        self.exact: dict[str, list[tuple[str, ...]]] = {}
        self.stems: list[tuple[str, tuple[str, ...]]] = []
        # A phrase opening with a gap ("_ pills") may start on any token, a boundary too.
        self.anywhere: list[tuple[str, ...]] = []
        for phrase in self.phrases:
            head = phrase[0]
            if head == "_":
                self.anywhere.append(phrase)
            elif head.endswith("*"):
                self.stems.append((head[:-1], phrase))
            else:
                self.exact.setdefault(head, []).append(phrase)

    def starting(self, word: str) -> list[tuple[str, ...]]:
        if not word:
            return list(self.anywhere)
        found = list(self.exact.get(word, ()))
        found.extend(phrase for stem, phrase in self.stems if word.startswith(stem))
        found.extend(self.anywhere)
        return found

    def at(self, text: Sequence[str], q: int, stop: int) -> bool:
        return any(pattern_at(text, q, stop, phrase) for phrase in self.starting(text[q]))

    def find(self, text: Sequence[str], span: range) -> bool:
        return any(self.at(text, q, span.stop) for q in span if text[q] or self.anywhere)


def indexed_phrases(block: str) -> PhraseIndex:
    """pattern_phrases(block), indexed for matching at many positions (PhraseIndex)."""
    return PhraseIndex(block)


def _item(word: str, pattern: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


def pattern_at(text: Sequence[str], p: int, stop: int, phrase: tuple[str, ...]) -> bool:
    """Whether a pattern_phrases phrase matches text from p, ending before stop."""
    if not phrase:
        return True
    head, rest = phrase[0], phrase[1:]
    if head == "_":
        return any(pattern_at(text, q, stop, rest) for q in range(p, min(stop, p + 3) + 1))
    return (
        p < stop and bool(text[p]) and _item(text[p], head) and pattern_at(text, p + 1, stop, rest)
    )


# The indexes of the long phrase lists finds_pattern has been asked about, by identity: the
# lists are module constants, and each entry keeps its list alive, so an id is never reused
# while cached. Bounded, in case a caller builds lists on the fly.
_INDEXES: dict[int, tuple[tuple[tuple[str, ...], ...], PhraseIndex]] = {}
_INDEXED_FROM = 8  # shorter lists are quicker tried in full
_INDEXES_KEPT = 4096


def _index_of(phrases: tuple[tuple[str, ...], ...]) -> PhraseIndex:
    cached = _INDEXES.get(id(phrases))
    if cached is not None and cached[0] is phrases:
        return cached[1]
    if len(_INDEXES) >= _INDEXES_KEPT:
        _INDEXES.clear()
    index = PhraseIndex(phrases)
    _INDEXES[id(phrases)] = (phrases, index)
    return index


def pattern_starts(
    text: Sequence[str], p: int, stop: int, phrases: tuple[tuple[str, ...], ...]
) -> bool:
    """Whether one of `phrases` (pattern_phrases) matches text from p, ending before stop."""
    if len(phrases) >= _INDEXED_FROM:
        return _index_of(phrases).at(text, p, stop)
    return any(pattern_at(text, p, stop, phrase) for phrase in phrases)


def finds_pattern(text: Sequence[str], span: range, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of `phrases` (pattern_phrases) starts and ends inside `span` of text."""
    if len(phrases) >= _INDEXED_FROM:
        return _index_of(phrases).find(text, span)
    return any(pattern_at(text, p, span.stop, phrase) for p in span for phrase in phrases)


# Words that end a clause besides the punctuation a boundary token stands for: "and", "but",
# "though" in the seven languages. Families that read who or when a trouble is (others.py,
# questions.py) look no further than its clause.
_BREAK_WORDS = (
    "and but though although however und aber doch jedoch et mais pourtant y pero aunque"
    " e ma però en maar toch mas porém"
)
CLAUSE_BREAK = word_set(_BREAK_WORDS)


def clause_of(words: Sequence[Token], start: int, end: int) -> range:
    """The positions of the clause around words[start:end]: up to a boundary (comma, full
    stop, line) or a word of CLAUSE_BREAK on either side."""
    first, last = start, end - 1
    while first > 0 and not words[first - 1].boundary and words[first - 1].word not in CLAUSE_BREAK:
        first -= 1
    while (
        last + 1 < len(words)
        and not words[last + 1].boundary
        and words[last + 1].word not in CLAUSE_BREAK
    ):
        last += 1
    return range(first, last + 1)


def segment_of(words: Sequence[Token], start: int, end: int) -> range:
    """The positions around words[start:end] up to any boundary (comma, full stop, line), not
    a clause-break word: "c'était il y a trois ans" holds its own "il", "negative, but" ends."""
    first, last = start, end - 1
    while first > 0 and not words[first - 1].boundary:
        first -= 1
    while last + 1 < len(words) and not words[last + 1].boundary:
        last += 1
    return range(first, last + 1)


def sentence_of(words: Sequence[Token], start: int, end: int) -> range:
    """The positions of the sentence around words[start:end]: up to a strong boundary."""
    first, last = start, end - 1
    while first > 0 and words[first - 1].boundary != "strong":
        first -= 1
    while last + 1 < len(words) and words[last + 1].boundary != "strong":
        last += 1
    return range(first, last + 1)
