"""The safety net: how urgently a client's new text needs the practitioner.

`assess(text)` gives one of three levels (DESIGN.md, "Reply log: urgency"):

- `crisis`: a risk to life or safety (suicidal thoughts, wishes or plans, also
  paraphrased; self-harm; an overdose; violence or abuse; a medical emergency);
- `concern`: side effects, new or worse symptoms, stopping a remedy, distress;
- `none`: nothing of the above, or only what the client says is over.

It reads language, not a word list:

- Words match in their inflected forms ("headaches", "Kopfschmerzen" for
  "Schmerz", "vertiges"). The forms of the built-in lexicon come from
  simplemma's dictionaries, expanded once into `triage_forms.json` by
  `scripts/triage_forms.py`, so start-up loads no dictionary. A practitioner's
  own words are expanded the same way once per change of them (`own_words`
  says which; the shell passes their forms back as `word_forms`); without
  those forms, they are compared by lemma at run time (simplemma, loaded only
  when a word of the text could be one of theirs). German and Dutch compounds match
  on their head ("Bauchschmerzen" ends in "schmerzen").
- Negation and resolution have a scope (the NegEx idea): a trigger ("no",
  "keine", "pas de", "sin", "nessun", "geen", "sem") governs a few words after
  it within its clause; a resolution ("gone", "weg", "disparu", "passato")
  governs the words before it. A negated concern is nothing; a negated crisis
  is still a concern, never nothing: "I'm not suicidal" is worth a look.
- Idioms claim their words first ("work is killing me", "dying to tell you",
  "it could be worse"), so the words inside them are not read as trouble.

It is a net, not a diagnosis: where it is unsure, it raises the level. Pure,
total and bounded: linear in the text, never raises.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Literal

from carecall_mail.core.triage import (
    arrangements,
    assault,
    bereaved,
    burden,
    clinical,
    coercion,
    denials,
    episodes,
    farewells,
    fewer,
    intoxication,
    jokes,
    letters,
    newparents,
    notation,
    others,
    questions,
    recovery,
    reported,
    research,
    returns,
    ruledout,
    sensations,
    unrealised,
    work,
)
from carecall_mail.core.triage import lexicon as lex
from carecall_mail.core.triage import model as triage_model
from carecall_mail.core.triage import places as heights
from carecall_mail.core.triage import weapons as guns
from carecall_mail.core.triage.inflect import WordForms
from carecall_mail.core.triage.text import Token, fold, tokens, word_set

__all__ = [
    "LANGUAGES",
    "Assessment",
    "Urgency",
    "WordForms",
    "assess",
    "fold",
    "lemmas_asked",
    "own_words",
]

Urgency = Literal["crisis", "concern", "none"]
Level = Literal["crisis", "concern", "idiom", "routine"]
LANGUAGES = lex.LANGUAGES

# The second reader (carecall_mail.core.triage.model) raises a reply to crisis at this
# probability of crisis (from CRISIS_ALONE_AT where the lexicon read nothing), and a reply
# read as nothing to concern when its probability of nothing is below NONE_BELOW. All five
# thresholds were chosen by leave-one-set-out (scripts/triage_model.py --loso: each set,
# written by its own author, read by a model trained without it, as a new author's replies
# would be): a missed crisis costs more than a false alarm, so the lowest that kept false
# alarms on every set under 10 %. At NONE_BELOW 0.15 an ordinary question ("should I keep
# taking the globules on holiday?") was raised.
# Where the lexicon read a concern (not a negated crisis), CRISIS_AT is low: a concern read as a
# crisis is a louder alert, never a false alarm on good news. Leave-one-set-out over the 16
# tuning sets (session 11), 0.5 -> 0.3 caught 97.97 -> 98.08 % of crises, with crisis
# precision 91.1 -> 88.2 % (0.25 gained one more crisis at 86.7 %, concerns read as concern
# 86.9 %); false alarms do not move. Session 12 (--loso --grid, replies-b to -j at 0.3, 0.4,
# 0.5, 0.65; replies-i at 0.3, 0.33, 0.36, 0.4): above 0.33 a crisis of replies-i is lost
# (92.9 -> 92.3 %) while concerns read as concern gain 1 to 4 points a set at 0.4, and 0.33
# gains none; with crisis recall held at its best, 0.3 stays.
CRISIS_AT = 0.3
NONE_BELOW = 0.07
# Where the lexicon read nothing at all, the second reader alone calls a crisis only from
# this probability; below it, at most a concern (CRISIS_CONCERN_AT, NONE_BELOW): the
# practitioner still hears of it, without an URGENT alert for what may be a wedding.
CRISIS_ALONE_AT = 0.65
# ... and a reading from here up to CRISIS_ALONE_AT is a concern. Not from CRISIS_AT: read
# by models trained without the set they read, the band 0.5-0.65 raised more `none` replies
# than it caught trouble ("I am painting the kitchen"); at 0.6 a public mail ("here are the
# pictures, it was a pleasure to support this event") was raised.
CRISIS_CONCERN_AT = 0.65
# Where the reader is sure the reply is trouble (nothing below TROUBLE_NONE_BELOW), crisis
# from CRISIS_IN_TROUBLE_AT even if concern is about as likely: read without their set, the
# crises it missed were mostly such replies ("bin bald fertig mit allem", a thunderclap
# headache with a stiff neck). Leave-one-set-out, these five thresholds against the former
# (0.55, 0.7, 0.65, no such rule): crisis recall 95.8 -> 97.7 % (h and i, which the lexicon
# was not tuned on: 84 -> 91 %), false alarms 5.0 -> 5.2 %, never above 8.7 % on a set. Not
# where the lexicon read trouble words negated or resolved ("die Kopfschmerzen sind weg"): that
# cost 0.1 point of crisis recall and saved 0.35 of false alarms.
CRISIS_IN_TROUBLE_AT = 0.45
TROUBLE_NONE_BELOW = 0.2
# In remedy talk (a word of lex.REMEDY: tablets, drops, a dose), the second reader calls a
# crisis the lexicon did not read only from here: its words for overdoses and self-harm are
# the remedy's own ("tablets", "double dose", "cutting"), and on replies-p (remedy-focused
# replies) it raised a child's vomiting with "can we continue the granules?" and a double
# dose that gave a headache to crisis at 0.46-0.76. The crises of the tuning sets that it
# alone read in remedy talk that model read at 0.79 or more (sleeping tablets put aside "and
# I know which night", "ik spaar mijn slaappillen op", "took the whole strip of co-codamol");
# the model of 0cbd3c5, trained on all of them, at 0.87 or more (in-sample, so no more than a
# check). Below this the reply stays the lexicon's concern, or is raised to concern, so the
# practitioner still hears of it.
REMEDY_CRISIS_AT = 0.7
# Where the lexicon read only remedy logistics or routine news (lexicon level `routine`:
# "cutting the tablets in half", "my sister had the baby"), the second reader's alarm is put
# down to those words only when it reads the rest of the reply, without them, as nothing at
# least this sure: "pill cutter, split the tablets in half, no problems" (0.68 crisis) is,
# without its logistics, 0.93 nothing; "cutting the tablets in half so I can save up the rest
# for the end" (0.88) is 0.53, and stays a crisis. It never silences the reply otherwise.
ROUTINE_REST_NONE_AT = 0.8

_LEVELS: dict[str, Level] = {
    "crisis": "crisis",
    "concern": "concern",
    "idiom": "idiom",
    "routine": "routine",
}
# Levels whose expressions claim their words first and are no trouble: an idiom, and remedy
# logistics or routine news (carecall_mail.core.triage.remedies).
_NO_TROUBLE = frozenset({"idiom", "routine"})
_RANK: dict[str, int] = {"none": 0, "concern": 1, "crisis": 2}

# Good news told plainly ("much better since the new drops", "viel besser seit den Tropfen"):
# the second reader, which has seen "since the new drops" mostly before a symptom, does not
# make such a reply a concern on its own. A contrast ("but", "aber", "mais") leaves it free,
# and so does any trouble the lexicon reads.
_IMPROVED = re.compile(
    r"\b(?:(?:much|so\s+much|a\s+lot|feel(?:ing)?|way)\s+better|better\s+since|"
    r"(?:viel|deutlich|sehr\s+viel)\s+besser|besser\s+seit|beaucoup\s+mieux|mieux\s+depuis|"
    r"mucho\s+mejor|mejor\s+desde|molto\s+meglio|meglio\s+da|veel\s+beter|beter\s+sinds|"
    r"muito\s+melhor|melhor\s+desde)\b",
    re.I,
)
_CONTRAST = re.compile(
    r"\b(?:but|except|only|aber|nur|außer|mais|sauf|pero|salvo|ma|tranne|maar|behalve|mas|"
    r"exceto|still|noch|encore|todavía|ancora|nog|ainda)\b",
    re.I,
)


def _good_news(text: str) -> bool:
    """Whether a reply tells of getting better, with no contrast that could turn it."""
    return bool(_IMPROVED.search(text)) and not _CONTRAST.search(text)


# How far a negation reaches forward, and a resolution backward, in words.
_PRE_SCOPE = 4
_POST_SCOPE = 5
_POST_SCOPE_CONCERN = 8
_CRISIS_PRE_SCOPE = 2
# Compound heads shorter than this are not matched inside longer words ("weh" in "Wehmut").
_MIN_HEAD = 4
# ... and only after a first part of at least this many letters ("Kopf", "buik"): "Berger"
# is not a compound of "erger".
_MIN_MODIFIER = 3
# No word of any language is longer than this; a longer run of letters (a pasted key, a
# hostile mail) is not looked into for compounds or typos, which would cost its square.
_MAX_WORD = 64
# Typos are forgiven (one letter off) only on words at least this long: short words have
# too many honest neighbours ("worse"/"horse").
_MIN_FUZZY = 8


@dataclass(frozen=True)
class Assessment:
    """The level of one text and why: each matched expression with its level."""

    urgency: Urgency
    reasons: tuple[str, ...] = ()

    @property
    def flagged(self) -> bool:
        return self.urgency != "none"


# ---------------------------------------------------------------- the compiled lexicon


@dataclass(frozen=True)
class _Slot:
    """One word of an expression: the written forms it accepts."""

    forms: frozenset[str]
    optional: bool = False
    compound: bool = False  # may be the head (end) of a German or Dutch compound
    prefix: bool = False  # may begin a longer word (crisis compounds: "Suizidgedanken")
    # (language, lemma, its first three letters folded) compared at run time
    lemmas: tuple[tuple[str, str, str], ...] = ()
    gap: int = 0  # a gap: up to this many other words, no word of its own
    anchor: bool = False  # "$": the clause ends here ("I have a plan." but not "a plan for")


@dataclass(frozen=True)
class _Term:
    name: str
    level: Level
    slots: tuple[_Slot, ...]
    fixed: bool = False  # "!": carries its own negation ("do not see the point in going on")
    together: bool = False  # "&": every slot somewhere in one sentence, in any order
    # "&!": words of one sentence that carry their own negation ("hab die Gitarre verschenkt,
    # brauch das eh bald nicht mehr"): no negation or resolution lowers them.
    own_negation: bool = False


@dataclass
class _Lexicon:
    terms: list[_Term] = field(default_factory=list)
    by_first: dict[str, list[int]] = field(default_factory=dict)
    heads: dict[str, list[int]] = field(default_factory=dict)  # compound head -> terms
    prefixes: dict[str, list[int]] = field(default_factory=dict)
    fuzzy: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # deletion -> terms
    dynamic: list[int] = field(default_factory=list)  # terms with run-time lemmas
    together: list[_Term] = field(default_factory=list)  # "&" terms: words of one sentence


@cache
def _forms_table() -> dict[str, dict[str, list[str]]]:
    """language -> word -> its inflected forms (folded), generated from simplemma."""
    data = resources.files("carecall_mail.core.triage").joinpath("forms.json").read_text("utf-8")
    table: dict[str, dict[str, list[str]]] = json.loads(data)
    return table


def _class_slot(name: str) -> _Slot:
    """One slot for a word class of the lexicon ("@tool": razor, Klinge, lame, …)."""
    table = _forms_table()
    forms: set[str] = set()
    for lang, member in lex.CLASSES.get(name, ()):
        word, literal = notation.class_member(member)
        folded = fold(word)
        forms.add(folded)
        if not literal:  # "=dropped": not "drops"
            forms.update(table.get(lang, {}).get(folded, ()))
    return _Slot(frozenset(forms))


def _slot(written: notation.Written, lang: str, level: Level, dynamic: bool) -> _Slot:
    if written.kind == "class":
        return _class_slot(written.text)
    if written.kind == "anchor":
        return _Slot(frozenset(), anchor=True)
    if written.kind == "gap":
        return _Slot(frozenset(), gap=written.gap)
    word, literal = written.text, written.literal
    table = _forms_table()
    forms: set[str] = set()
    lemmas: list[tuple[str, str, str]] = []
    # The words looked up here are the ones lexicon.words() gives the forms builder: both
    # read the expression with notation.parse.
    for alt in written.alternatives:
        folded = fold(alt)
        forms.add(folded)
        if literal:
            continue
        languages = LANGUAGES if lang == "*" else (lang,)
        for language in languages:
            known = table.get(language, {}).get(folded)
            if known is not None:
                forms.update(known)
            elif dynamic:
                lemmas.append((language, alt, folded[:3]))
    single = "/" not in word and " " not in word
    # A crisis word is never read as a compound's head: "niedergeschlagen" (low) is not
    # "geschlagen" (beaten).
    compound = (
        not literal
        and single
        and level != "crisis"
        and lang in ("de", "nl", "*")
        and len(fold(word)) >= _MIN_HEAD
    )
    # "=geweld" (violence) is not the start of "geweldig" (great).
    prefix = (
        level == "crisis"
        and not written.marked
        and single
        and lang in ("de", "nl", "*")
        and len(word) >= 6
    )
    return _Slot(frozenset(forms), written.optional, compound, prefix, tuple(lemmas))


def _term(name: str, pattern: str, lang: str, level: Level, dynamic: bool = False) -> _Term:
    parsed = notation.parse(pattern, lang, level)
    slots = tuple(_slot(w, lang, level, dynamic) for w in parsed.words)
    return _Term(name, level, slots, parsed.fixed, parsed.together, parsed.own_negation)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _own_entries(
    flag_words: tuple[str, ...], crisis_words: tuple[str, ...]
) -> list[tuple[str, str, str, Level, bool]]:
    """The practitioner's words as lexicon entries of every language, with run-time lemmas."""
    entries: list[tuple[str, str, str, Level, bool]] = []
    for words, level in ((flag_words, "concern"), (crisis_words, "crisis")):
        for word in words:
            cleaned = " ".join(re.sub(r"[_()=/]", " ", word).split())
            if cleaned:
                entries.append((word.strip(), cleaned, "*", _LEVELS[level], True))
    return entries


def own_words(flag_words: Iterable[str], crisis_words: Iterable[str]) -> list[tuple[str, str]]:
    """(language, word as written) for each word of the practitioner's whose forms are not
    in forms.json: what the shell expands once into `WordForms` for `assess`."""
    found: dict[tuple[str, str], None] = {}
    for name, pattern, lang, level, dynamic in _own_entries(tuple(flag_words), tuple(crisis_words)):
        for slot in _term(name, pattern, lang, level, dynamic).slots:
            found.update(((language, word), None) for language, word, _ in slot.lemmas)
    return sorted(found)


def _with_forms(term: _Term, own: WordForms) -> _Term:
    """`term` with the expanded forms of its run-time lemmas: the same words accepted, and
    no dictionary loaded to accept them. A lemma `own` lacks stays a run-time one."""
    slots: list[_Slot] = []
    for slot in term.slots:
        forms, left = set(slot.forms), []
        for language, word, start in slot.lemmas:
            known = own.forms(language, word)
            if known is None:
                left.append((language, word, start))
            else:
                forms.update(known)
        slots.append(replace(slot, forms=frozenset(forms), lemmas=tuple(left)))
    return replace(term, slots=tuple(slots))


@lru_cache(maxsize=16)
def _lexicon(
    flag_words: tuple[str, ...], crisis_words: tuple[str, ...], own: WordForms | None = None
) -> _Lexicon:
    built = _Lexicon()
    entries: list[tuple[str, str, str, Level, bool]] = [
        (name, pattern, lang, _LEVELS[level], False) for name, pattern, lang, level in lex.entries()
    ]
    entries.extend(_own_entries(flag_words, crisis_words))
    for name, pattern, lang, level, dynamic in entries:
        term = _term(name, pattern, lang, level, dynamic)
        if dynamic and own is not None:
            term = _with_forms(term, own)
        if not term.slots or term.slots[0].gap:
            continue
        if term.together:
            built.together.append(term)
            continue
        index = len(built.terms)
        built.terms.append(term)
        first = term.slots[0]
        written = fold(pattern)
        if len(term.slots) == 1 and level == "concern" and len(written) >= _MIN_FUZZY:
            # A typo is forgiven on the word as written, never on its other forms: one letter
            # off "spossare" is "spostare" (to move an appointment).
            for key in (written, *_deletions(written)):
                built.fuzzy.setdefault(key, []).append((index, written))
        for form in first.forms:
            built.by_first.setdefault(form, []).append(index)
            if first.compound and len(form) >= _MIN_HEAD:
                built.heads.setdefault(form, []).append(index)
            if first.prefix:
                built.prefixes.setdefault(form[:6], []).append(index)
        if first.lemmas or any(s.lemmas for s in term.slots):
            built.dynamic.append(index)
    return built


# ---------------------------------------------------------------- run-time lemmas


@lru_cache(maxsize=65536)
def _lemma(word: str, language: str) -> str:
    """simplemma's lemma of a word (folded); loaded only when a practitioner's word needs it."""
    try:
        import simplemma

        return fold(simplemma.lemmatize(word, lang=language))
    except Exception:  # a missing dictionary never costs the reply its reading
        return fold(word)


def lemmas_asked() -> bool:
    """Whether this process asked the lemmatiser for a lemma of a practitioner's word: its
    dictionaries are loaded then, and expanding the words once costs little more."""
    return _lemma.cache_info().currsize > 0


def _slot_accepts(slot: _Slot, word: str) -> bool:
    if word in slot.forms:
        return True
    if slot.compound:
        for cut in range(_MIN_MODIFIER, len(word) - _MIN_HEAD + 1):
            if word[cut:] in slot.forms:
                return True
    if slot.prefix and len(word) > 6 and any(word.startswith(f) for f in slot.forms):
        return True
    if slot.lemmas:
        for language, lemma, start in slot.lemmas:
            # The written word's start first: it costs nothing, while the first lemma asked
            # of a language loads its dictionary (seconds, for every `carecall fetch`). A
            # form that does not start like the practitioner's word is no form of it.
            if word[:3] != start:
                continue
            target = _lemma(lemma, language)
            if word[:3] == target[:3] and _lemma(word, language) == target:
                return True
    return False


def _match_from(term: _Term, words: Sequence[Token], start: int) -> int:
    """The end of `term` matched at `start` (the first slot already accepted), or -1."""

    def walk(slot_index: int, pos: int) -> int:
        if slot_index == len(term.slots):
            return pos
        slot = term.slots[slot_index]
        if slot.anchor:
            ends = pos >= len(words) or bool(words[pos].boundary)
            return walk(slot_index + 1, pos) if ends else -1
        if slot.gap:
            for skip in range(slot.gap + 1):
                end = walk(slot_index + 1, pos + skip)
                if end >= 0:
                    return end
                if pos + skip >= len(words) or words[pos + skip].boundary == "strong":
                    break
                if words[pos + skip].word in lex.GAP_STOP:
                    break  # a gap swallows no negation: "ik wil niet dood" is not "wil _1 dood"
            return -1
        if pos < len(words) and not words[pos].boundary and _slot_accepts(slot, words[pos].word):
            end = walk(slot_index + 1, pos + 1)
            if end >= 0:
                return end
        if slot.optional:
            return walk(slot_index + 1, pos)
        return -1

    return walk(1, start + 1)


@dataclass(frozen=True)
class _Hit:
    term: int
    start: int
    end: int


def _hits(lexicon: _Lexicon, words: Sequence[Token], signed: range = range(0)) -> list[_Hit]:
    hits: list[_Hit] = []
    for pos, token in enumerate(words):
        word = token.word
        if not word or len(word) > _MAX_WORD or pos in signed:
            continue  # the writer's name under the sign-off (letters.signature)
        candidates: set[int] = set(lexicon.by_first.get(word, ()))
        for cut in range(_MIN_MODIFIER, max(len(word) - _MIN_HEAD + 1, 1)):
            candidates.update(lexicon.heads.get(word[cut:], ()))
        if len(word) > 6:
            candidates.update(lexicon.prefixes.get(word[:6], ()))
        # The word after "Herr", "Mrs", "Signora" is a name: "Herr Brandt" burns nothing.
        named = pos > 0 and words[pos - 1].word in lex.TITLES
        # ... and the word after "Herr Doktor", "Signora Dottoressa": "Herr Doktor Brandt".
        named = named or (
            pos > 1 and words[pos - 1].word in letters.DOCTOR and words[pos - 2].word in lex.TITLES
        )
        if len(word) >= _MIN_FUZZY - 1 and not candidates:
            for key in (word, *_deletions(word)):
                for index, form in lexicon.fuzzy.get(key, ()):
                    # A typo keeps the word's ends ("hedache"); "camping" is not "cramping".
                    same_ends = word[:2] == form[:2] and word[-2:] == form[-2:]
                    if same_ends and not named and _one_edit(word, form):
                        hits.append(_Hit(index, pos, pos + 1))
        candidates.update(lexicon.dynamic)
        for index in candidates:
            term = lexicon.terms[index]
            if named and term.level == "concern":
                continue
            if not _slot_accepts(term.slots[0], word):
                continue
            end = _match_from(term, words, pos)
            if end >= 0:
                hits.append(_Hit(index, pos, end))
    return hits


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one inserted, deleted, replaced or swapped letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _select(lexicon: _Lexicon, hits: list[_Hit]) -> list[_Hit]:
    """Non-overlapping hits: idioms and crises first, the longest first; then concerns."""
    order = {"idiom": 0, "routine": 0, "crisis": 1, "concern": 2}

    def rank(hit: _Hit) -> tuple[int, int, int]:
        level = lexicon.terms[hit.term].level
        return (-(hit.end - hit.start), order[level], hit.start)

    # The longest reading wins where an idiom and a crisis overlap: "work is killing me" over
    # "killing me", "he will kill me" over "kill me" in an idiom. A concern never hides a
    # crisis ("so lebensmüde" is not "so müde"), so concerns take what is left.
    taken: list[_Hit] = []
    used: set[int] = set()
    for first in (True, False):
        for hit in sorted(hits, key=rank):
            term = lexicon.terms[hit.term]
            # A concern that carries its own negation ("doe mezelf niks aan") is read against
            # the crisis inside it, longest first.
            if (term.level != "concern" or term.fixed) != first:
                continue
            span = set(range(hit.start, hit.end))
            if span & used:
                continue
            taken.append(hit)
            used |= span
    return sorted(taken, key=lambda h: h.start)


# ---------------------------------------------------------------- negation scope


# "Then", after which a crisis's end is a plan: "and then it's over", "und dann ist schluss".
_THEN = word_set(
    "then afterwards dann danach puis apres ensuite luego despues poi dopo dan daarna depois entao"
)


def _negated(
    words: Sequence[Token], hit: _Hit, claimed: set[int], level: Level, fixed: bool = False
) -> bool:
    """Whether a negation or a resolution governs the words of `hit` (NegEx-style scope)."""
    if fixed and level == "crisis":
        # It carries its own negation, before or after: "zie ik het nut van doorleven niet meer".
        return False
    if level == "crisis" and denials.denied(words, hit.start):
        return True  # "doesn't mean i want to die", "c'est pas parce que je veux en finir"
    if level == "crisis" and denials.asked_and_denied(words, hit.start, hit.end):
        return True  # "sie fragen ob ich suizidgedanken habe, nein hab ich nicht mehr"
    if ruledout.by_test(words, hit.start, hit.end):
        return True  # "the allergy test came back clear", "la prueba de alergia dio negativa"
    text = [t.word for t in words]
    # Forward from a trigger before the hit, stopping at a clause boundary.
    pos = hit.start - 1
    steps = 0
    # A crisis expression carries its own verb; a negation further back governs another one
    # ("quando non reggo mi faccio del male").
    reach = 0 if fixed else _CRISIS_PRE_SCOPE if level == "crisis" else _PRE_SCOPE
    if level == "concern" and text[hit.start] in lex.NEGATORS:
        reach = 0  # it carries its own: "acabaram as cápsulas e não pedi mais"
    while pos >= 0 and steps < reach:
        token = words[pos]
        if token.boundary:
            break
        # A trigger is looked for before a conjunction ends the scope: Portuguese "nunca
        # mais" (never again) ends in French "mais" (but).
        if (
            pos not in claimed
            and _trigger_ends_at(text, pos, lex.PRE_NEGATION)
            and not _pseudo(text, pos)
            and not (level == "crisis" and text[pos] in lex.DIFFICULTY)
            and not _presence_between(text, pos + 1, hit.start)
            and not _subclause_closed(text, pos, hit.start)
        ):
            return True
        if token.word in lex.CONJUNCTIONS:
            break
        if pos and token.word in lex.AND_WORDS and text[pos - 1] in lex.NOTHING_WORDS:
            break  # "non riesco a fare niente e piango": the "nothing" is its own object
        if pos not in claimed and token.word in lex.PRESENCE:
            break
        pos -= 1
        # "ya no pienso en quitarme la vida": auxiliaries and thinking verbs between the
        # negation and the expression carry it through.
        steps += 0 if token.word in lex.CARRIERS else 1
    # French wraps the verb: "je ne tousse plus", "ça ne me gratte plus".
    before_hit = text[max(0, hit.start - 2) : hit.start]
    after_hit = text[hit.end : hit.end + 2]
    wrapped = any(w in lex.FRENCH_NE_AFTER for w in after_hit)
    if level == "concern" and "ne" in before_hit and wrapped:
        return True
    # Backward from a resolution after the hit ("the rash has gone", "sind weg").
    pos = hit.end
    steps = 0
    # A resolution reaches back over a relative clause ("the cough that hung around all
    # winter has finally cleared"); over a crisis it reaches less far.
    post_reach = _POST_SCOPE if level == "crisis" else _POST_SCOPE_CONCERN
    while pos < len(words) and steps < post_reach:
        token = words[pos]
        if token.boundary or _but(text, pos) or _new_predicate(text, pos):
            return level == "concern" and _sentence_resolved(text, words, pos)
        # A crisis too: "envie de me foutre en l'air depuis qu'il est parti" (he left, not it).
        if _trigger_starts_at(text, pos, lex.SUBORDINATE):
            return False
        if token.word in lex.RETURNED and _denied(text, words, pos, hit.end):
            return True  # "have not come back", "ne sont pas revenues": a return denied
        if token.word in lex.PRESENCE and text[pos - 1] not in lex.NOUN_BEFORE:
            return False  # "stopped but came back", "still there"; not "on my back"
        # Past the usual reach only a strong resolution counts: "the new job is going well
        # and I'm sleeping much better" does not resolve the job.
        weak_ok = level != "crisis" and steps < _POST_SCOPE
        resolutions = lex.POST_NEGATION if weak_ok else lex.RESOLVED
        # "la semaine passée", "l'anno passato": last week, not "it has passed".
        past_time = pos > 0 and text[pos - 1] in lex.TIME_NOUNS and text[pos] in lex.LAST_AFTER_TIME
        # Dutch "over" before a word is "about", "across": "de brug over de snelweg".
        across = text[pos] == "over" and pos + 1 < len(words) and text[pos + 1] in lex.DETERMINERS
        # English "gone" before a state is "become": "her lips have gone big and puffy".
        became = (
            text[pos] == "gone" and pos + 1 < len(words) and text[pos + 1] in lex.BECOME_AFTER_GONE
        )
        # "went" somewhere is someone going, no trouble gone: "not coping since Joan went into
        # the home", "the pain went to my arm".
        became = became or (
            text[pos] == "went" and pos + 1 < len(words) and text[pos + 1] in _WENT_TO
        )
        # "one last time and then it's over for good": an end planned after a crisis, no
        # resolution of it.
        planned = level == "crisis" and any(text[q] in _THEN for q in range(hit.end, pos))
        if (
            pos not in claimed
            and not past_time
            and not across
            and not became
            and not planned
            and _trigger_starts_at(text, pos, resolutions)
        ):
            # "hasn't gone", "nicht weg", "nicht ganz weg" (over the intensifier), "ne
            # s'arrête pas" (French wraps the verb)
            before = pos - 1
            while before > hit.end and text[before] in lex.CARRIERS:
                before -= 1
            wrapped = "ne" in text[max(hit.end, pos - 2) : pos] and any(
                w in lex.FRENCH_NE_AFTER for w in text[pos + 1 : pos + 3]
            )
            if (before < hit.end or text[before] not in lex.NEGATORS) and not wrapped:
                return True
        pos += 1
        steps += 0 if token.word in lex.CARRIERS else 1
    return False


# "and" then a negation or a modal opens a new predicate of the same subject, with its own
# negation: "papa hat dauernd Durchfall und will kaum noch was essen", "anda com enjoos e
# não come nada", "has a cough and does not eat". Not "and" before a second subject: "der
# Ausschlag und das Jucken sind weg".
_NEW_PREDICATE = frozenset(
    (
        *("not", "no", "never", "nicht", "kein", "kaum", "ne", "non", "niet", "nao", "nunca"),
        *("nie", "mai", "jamais", "nooit", "hardly", "barely", "nauwelijks", "amper"),
        *("will", "wil", "kann", "mag", "wants", "can", "cannot", "does", "did", "doesnt"),
        *("veut", "peut", "quiere", "puede", "vuole", "puo", "quer", "pode", "kan", "wilt"),
    )
)


# French "ma" (my) after these is no Italian "ma" (but): "les boutons de ma fille ont disparu".
_BEFORE_MY = frozenset(("de", "a", "et", "pour", "avec", "chez", "par", "sur", "dans", "sans"))


def _but(text: list[str], pos: int) -> bool:
    return text[pos] in lex.CONJUNCTIONS and not (
        text[pos] == "ma" and pos > 0 and text[pos - 1] in _BEFORE_MY
    )


def _new_predicate(text: list[str], pos: int) -> bool:
    return text[pos] in lex.AND_WORDS and pos + 1 < len(text) and text[pos + 1] in _NEW_PREDICATE


# Where "went" goes somewhere rather than away.
_WENT_TO = frozenset(("into", "to", "home", "abroad", "upstairs", "downstairs"))


# A German or Dutch clause opened by these ends with its verb: a negation inside it is its own.
_OPENS_SUBCLAUSE = frozenset(
    (
        *("sinds", "sedert", "omdat", "nadat", "toen"),
        *("seit", "seitdem", "weil", "nachdem", "als", "wenn"),
    )
)
# ... and the verbs that close it before the main clause's own: "sinds Riek er niet meer is".
_CLOSING_VERBS = frozenset(("is", "was", "zijn", "waren", "ist", "war", "sind"))


def _subclause_closed(text: list[str], trigger: int, start: int) -> bool:
    """Whether the negation at `trigger` sits in a German or Dutch subordinate clause that
    its verb closes before the expression at `start`: "sinds Riek er niet meer is denk ik aan
    zelfmoord", "seit Hans nicht mehr da ist denke ich an Selbstmord" (she is gone; the
    thought is not)."""
    if not any(text[q] in _CLOSING_VERBS for q in range(trigger + 1, start)):
        return False
    return any(w in _OPENS_SUBCLAUSE for w in text[max(0, trigger - 5) : trigger])


def _denied(text: list[str], words: Sequence[Token], pos: int, start: int) -> bool:
    """Whether a negation in the two words before `pos` (not before `start`) denies it."""
    for back in (pos - 1, pos - 2):
        if back < start or words[back].boundary:
            return False
        if text[back] in lex.NEGATORS:
            return True
    return False


def _sentence_resolved(text: list[str], words: Sequence[Token], pos: int) -> bool:
    """Whether the rest of the sentence, past its commas, says it is all better now."""
    end = pos
    while end < len(words) and words[end].boundary != "strong" and end - pos < 24:
        end += 1
    found = [i for i in range(pos, end) if _trigger_starts_at(text, i, lex.SENTENCE_RESOLVED)]
    # ... and does not turn after it: "stopped in a minute, but it keeps coming back".
    return bool(found) and not any(_but(text, q) for q in range(found[0] + 1, end))


def _trigger_ends_at(text: list[str], pos: int, triggers: frozenset[tuple[str, ...]]) -> bool:
    for length in (1, 2, 3, 4):
        start = pos - length + 1
        if start >= 0 and tuple(text[start : pos + 1]) in triggers:
            if length == 1 and text[pos] == "no" and _interjection(text, pos):
                continue
            if length == 1 and text[pos] == "ne" and not _paired(text, pos):
                continue
            if length == 1 and text[pos] == "noch" and "weder" not in text[max(0, pos - 6) : pos]:
                continue  # "noch" is "still", except in "weder X noch Y"
            if text[start] == "plus" and _more(text, start):
                continue
            return True
    return False


def _trigger_starts_at(text: list[str], pos: int, triggers: frozenset[tuple[str, ...]]) -> bool:
    return any(tuple(text[pos : pos + n]) in triggers for n in (1, 2, 3, 4))


def _interjection(text: list[str], pos: int) -> bool:
    """English 'no' as an answer ("no the pains came back"), not a determiner."""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    return after in lex.NOT_AFTER_NO


def _paired(text: list[str], pos: int) -> bool:
    """Italian 'né X né Y' (folded "ne"), not French "ne" before a verb: a second one near."""
    near = text[max(0, pos - 6) : pos] + text[pos + 1 : pos + 7]
    return "ne" in near


def _more(text: list[str], pos: int) -> bool:
    """French 'plus' meaning more ("de plus en plus de douleurs"), not 'no more'."""
    before = text[pos - 1] if pos else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    return before in ("de", "le", "la", "les", "en") or after in ("en", "fort", "forte", "forts")


def _pseudo(text: list[str], pos: int) -> bool:
    """'not sure', 'no idea': words that look like a negation and negate nothing."""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    return (text[pos], after) in lex.PSEUDO_NEGATION


def _presence_between(text: list[str], start: int, end: int) -> bool:
    return any(word in lex.PRESENCE for word in text[start:end])


# ---------------------------------------------------------------- the assessment


# An email address names a mailbox, it says nothing of the writer: "abuse@163.com" is a role
# mailbox, "overdose.jones@gmail.com" someone's name. Read as words, their parts raised
# crises. A web address stays read: a client who pastes a link about a method or a hotline
# has said something with it (the safe side).
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")


def assess(
    text: str,
    *,
    flag_words: Iterable[str] = (),
    crisis_words: Iterable[str] = (),
    word_forms: WordForms | None = None,
) -> Assessment:
    """The urgency of a client's new text, with a reason per expression read.

    `flag_words` (concern) and `crisis_words` (crisis) are the practitioner's own, read
    with the same inflections, negation and idioms as the built-in lexicon. `word_forms`:
    their forms, expanded ahead (`own_words`); without them, lemmas are asked at run time.
    """
    if not text or not text.strip():
        return Assessment("none")
    try:
        lexicon = _lexicon(
            tuple(w for w in flag_words if w.strip()),
            tuple(w for w in crisis_words if w.strip()),
            word_forms,
        )
        return _assess(_ADDRESS.sub(" ", text), lexicon)
    except Exception:  # never lose a reply's reading to our own bug: the safe side
        return Assessment("concern", ("concern: could not be read",))


# Families that read a crisis from the reply as a whole, each with the reason it gives.
WHOLE_REPLY_CRISES: tuple[tuple[Callable[[Sequence[Token]], bool], str], ...] = (
    # A story's suicide the writer makes their own in the same or the next sentence: the
    # story idiom (lexicon `@fiction @plot`) and the story lowering read it as nobody's, and
    # the phrase may not be a lexicon term at all ("the hero kills himself").
    (others.story_made_mine, "a story's suicide made one's own"),
    # Suicide asked about in others' words, then owned: "is it common for a man of my age to
    # think of taking his life? I ask for myself" (questions.py).
    (questions.asked_for_myself, "suicide asked about for oneself"),
    (questions.counted_in_despair, "pills counted as too many, in despair"),
    # Affairs put in order as final, without a dark word: the cat rehomed and the passwords
    # written down, "I won't need the refill", thanks for everything (arrangements.py).
    (arrangements.final_arrangements, "final arrangements"),
    # A bridge, a cliff or the tracks lingered at alone, looking down (places.py).
    (heights.lingered_at_a_height, "a height or the tracks lingered at"),
    # A way to die searched, read up, watched or asked about: "i keep reading how to kill
    # yourself", "how many of my pills would be enough" googled (research.py).
    (research.method_looked_up, "a method looked up"),
    # A gun out of its cabinet and sat with, no hunt or cleaning told (weapons.py).
    (guns.gun_sat_with, "a gun taken out and sat with"),
    # A joke about a rope, a silo or the scaffold taken back only halfway: "joking. mostly",
    # "brincadeira. meia brincadeira" (jokes.py).
    (jokes.half_taken_back, "a dark joke taken back only halfway"),
    # Tired of being everyone's burden, and the others soon spared: "cansado de ser el
    # problema de la casa. pronto dejo de molestar" (burden.py).
    (burden.burden_ended, "a burden's end foretold"),
    # Everything ready for a day and a bare plan settled: "ik heb alles klaargelegd voor
    # zaterdag, het plan staat vast" (clinical.py).
    (clinical.plan_settled_for_a_day, "everything ready for a day, the plan settled"),
    # Voices commanding harm: "the voices are back, dicen que me haga daño" (clinical.py).
    (clinical.voices_command_harm, "voices commanding harm"),
    # A wish to die in grief's words: to join the dead one, or to end it on the day of the
    # death ("desde que murió solo quiero irme con ella", "op haar sterfdag stop ik ermee").
    (bereaved.joins_the_dead, "a wish to join the dead"),
    (bereaved.end_on_the_day, "an end set on a death's anniversary"),
    (bereaved.kept_for_the_end, "a medicine kept for the day it is too much"),
    # A goodbye to everyone and its writer out of reach (farewells.py); a party drug with
    # confusion and a body burning up (intoxication.py).
    (farewells.goodbye_unanswered, "a goodbye to all, unanswered"),
    (intoxication.drug_and_danger, "a party drug, confused and burning up"),
    # Relapses that put life at risk in recovery's words: the old amount after a break, a
    # wound after a clean stretch from self-harm (recovery.py).
    (recovery.used_after_a_break, "the old amount used after a break"),
    (recovery.harmed_again, "self-harm again, with a wound or its tool"),
    # An overdose told as it happens: more than usual taken, the eyes closing (recovery.py).
    (recovery.too_much_and_going_under, "more than usual taken, going under"),
    # A use planned where no one can come: the stock put by, alone, no one told (recovery.py).
    (recovery.alone_with_the_stock, "the stock put by, to use alone"),
    # Bruises owned to a person: "de blauwe plekken zijn niet van de trap, c'est lui" (assault.py).
    (assault.bruises_blamed, "bruises owned to a person"),
    # An ex seen again at the writer's street or home, or writing from fake profiles (coercion.py).
    (coercion.ex_closing_in, "an ex closing in"),
    # Someone in the writer's care who keeps talking of killing themselves (reported.py).
    (reported.talk_goes_on, "someone's talk of suicide going on"),
    # A baby shaken or thrown by the parent who writes: "gestern hab ich sie fast geschüttelt"
    # (newparents.py).
    (newparents.baby_handled_roughly, "a baby shaken or thrown"),
    # A fever in a baby under three months: "ma fille de 3 semaines a 38,7" (newparents.py).
    (newparents.newborn_fever, "a fever in a baby under three months"),
)


def _assess(text: str, lexicon: _Lexicon) -> Assessment:
    words = tokens(text)
    found = _hits(lexicon, words, letters.signature(text, words))
    # An old emergency's years claim no emergency told today beside it: "dad is having a
    # stroke like the one three years ago" (episodes.py).
    found = [
        hit
        for hit in found
        if lexicon.terms[hit.term].level != "idiom"
        or not episodes.today_beside_the_past(words, hit.start, hit.end)
    ]
    selected = _select(lexicon, found)
    claimed = {i for hit in selected for i in range(hit.start, hit.end)}
    urgency: Urgency = "none"
    reasons: dict[str, None] = {}
    negated: set[int] = set()  # the words of crisis expressions read as negated
    resolved = False  # the lexicon read trouble words and found them negated or idiomatic
    # Where each concern read as gone ends ("de Usschlag isch weg"); the last one is read by
    # _gone_too.
    gone_ends: list[int] = []
    framed: list[tuple[int, int]] = []  # trouble lowered as someone else's, over, or a story's
    # The lexicon read remedy logistics or routine news ("cutting the tablets in half", "how
    # many globules for my son", "my sister had the baby"): the second reader, below, does
    # not raise such a reply alone.
    routine = False
    for hit in selected:
        term = lexicon.terms[hit.term]
        if term.level == "idiom" or term.level == "routine":
            resolved = True  # "it could be worse": read, and it is no trouble
            routine = routine or term.level == "routine"
            continue
        if _harmless(words, (hit.end - 1,), set(range(hit.start, hit.end))):
            resolved = True  # "made my decision: we're moving", tears at a film
            continue
        if term.level == "concern" and (_animal(words, hit) or _gone_too(words, hit, gone_ends)):
            resolved = True  # the vet's news; "de Usschlag isch weg und s Jucke au"
            continue
        level: Urgency = term.level
        note = ""
        if _negated(words, hit, claimed, term.level, term.fixed):
            if term.level == "concern" or _chest_pain(words, hit) or _faint_over(words, hit):
                resolved = True  # the client said it is gone: the lexicon's reading stands
                gone_ends.append(hit.end)
                continue
            level, note = "concern", " (negated crisis)"  # never lowered to nothing
            negated.update(range(hit.start, hit.end))
        level, note = _told_of(words, hit.start, hit.end, level, note, framed)
        if level == "none":
            resolved = True  # someone else's, over, or a story's: read, and no trouble
            continue
        reasons.setdefault(f"{level}: {term.name}{note}", None)
        if _RANK[level] > _RANK[urgency]:
            urgency = level
    # Crises read from the whole reply by the families that know a shape of words rather than
    # an expression (WHOLE_REPLY_CRISES); the first that reads one names it.
    if urgency != "crisis":
        for family, reason in WHOLE_REPLY_CRISES:
            if family(words):
                urgency = "crisis"
                reasons.setdefault(f"crisis: {reason}", None)
                break
    read = {
        i
        for hit in selected
        if lexicon.terms[hit.term].level == "crisis"
        for i in range(hit.start, hit.end)
    }
    for term, places in _together(lexicon, words, _claimed_by_idioms(lexicon, selected)):
        if places <= read:
            continue  # the same words, already read as a crisis expression
        if term.level == "idiom" or term.level == "routine":
            continue
        if _harmless(words, places, places):
            resolved = True
            continue
        # A concern read from words of one sentence is negated as a phrase is: "the ankle
        # swelling has gone down", "nachts kein einziges Mal mehr aufs Klo".
        first, last = min(places), max(places)
        # A concern whose words start where a trouble was just told gone: "the headaches have
        # stopped since we changed the magnesium" (the headaches stopped, not the remedy).
        if term.level == "concern" and any(
            0 <= first - end <= 3 and not any(words[q].boundary for q in range(end, first))
            for end in gone_ends
        ):
            resolved = True
            continue
        spans = (_Hit(-1, first, last + 1), _Hit(-1, first, first + 1), _Hit(-1, last, last + 1))
        if (
            term.level == "concern"
            and not term.own_negation
            and any(_negated(words, s, claimed, "concern") for s in spans)
        ):
            resolved = True
            continue
        # Read with the crisis it overlaps: "plus d'envie de mourir" is a negated crisis.
        together: Urgency = term.level
        note = ""
        # A concept negated as a phrase is ("no wheezing, the hives have faded") is a concern.
        if (
            together == "crisis"
            and not term.own_negation
            and (places & negated or any(_negated(words, s, claimed, "crisis") for s in spans))
        ):
            together, note = "concern", " (negated crisis)"
        together, note = _told_of(words, first, last + 1, together, note, framed)
        if together == "none":
            resolved = True
            continue
        reasons.setdefault(f"{together}: {term.name}{note}", None)
        if _RANK[together] > _RANK[urgency]:
            urgency = together
    # Someone else's talk of suicide stopped or denied, which the lexicon did not read (the
    # third person): a negated crisis, kept from the second reader (reported.py).
    stopped = reported.stopped_talk_sentences(words)
    if stopped and urgency == "none":
        urgency = "concern"
        reasons.setdefault("concern: someone's talk of suicide stopped (negated crisis)", None)
    # The second reader reads the whole reply; it only ever raises the level. Not again the
    # clauses read as someone else's past or a story's (others.py): it knows their words
    # ("suicide", "overdose") only as the writer's.
    # Nor a burning felt as the body does something ("it burns when i pass water",
    # sensations.py): it learned "burn" from self-harm. Nor a handover told with its reason
    # (arrangements.py): news, which it learned from goodbyes.
    # Nor old medicines carried back to the pharmacy (returns.py): it learned "all the tablets"
    # from overdoses.
    unread = [
        *sensations.felt_clauses(words),
        *arrangements.explained_handovers(words),
        *returns.handed_back_clauses(words),
        # Nor a search for a remedy's shelf life or dose (research.py): it learned "googled"
        # and "tablets" from overdoses.
        *research.harmless_clauses(words),
        *stopped,
    ]
    odds = _odds_without(text, words, [*framed, *unread])
    # A crisis the client negated ("ya no pienso en quitarme la vida") is a concern by the
    # contract; the second reader, which sees the crisis words, overrules that only as it
    # would call a crisis alone.
    denied = any(r.endswith("(negated crisis)") for r in reasons) or _reassured(
        lexicon, found, selected
    )
    enough = CRISIS_AT if urgency == "concern" and not denied else CRISIS_ALONE_AT
    if not denied and not resolved and odds["none"] < TROUBLE_NONE_BELOW:
        enough = min(enough, CRISIS_IN_TROUBLE_AT)
    demoted = 2.0  # in remedy talk: what would have been a crisis outside it, a concern
    if _remedy_talk(words):
        demoted, enough = enough, max(enough, REMEDY_CRISIS_AT)
    if routine and urgency == "none" and _explained(text, words, selected, lexicon):
        return Assessment("none", ())
    if urgency != "crisis" and odds["crisis"] >= enough:
        urgency = "crisis"
        reasons.setdefault(f"crisis: read as a whole ({odds['crisis']:.0%})", None)
    elif (
        urgency == "none"
        and not resolved
        and not _good_news(text)
        and (
            odds["none"] < NONE_BELOW
            or odds["crisis"] >= CRISIS_CONCERN_AT
            or odds["crisis"] >= demoted
        )
    ):
        urgency = "concern"
        reasons.setdefault(f"concern: read as a whole ({1 - odds['none']:.0%})", None)
    ordered = sorted(reasons, key=lambda r: not r.startswith("crisis"))
    return Assessment(urgency, tuple(ordered))


# Chest pain alone is a pain (a concern by the contract); the lexicon reads it as a crisis
# because it so often comes with breathlessness. Negated ("he has had no chest pain at all
# since your last visit"), it is a negated concern: nothing, not a negated crisis.
# "thora"/"torac": the thorax and its adjective ("douleur thoracique", "dolor torácico").
_CHEST = ("chest", "brust", "poitrine", "pecho", "petto", "borst", "peito", "thora", "torac")


def _chest_pain(words: Sequence[Token], hit: _Hit) -> bool:
    return any(words[p].word.startswith(_CHEST) for p in range(hit.start, hit.end))


# Fainting told as no more ("I have not felt faint in weeks", "plus de malaises non plus",
# "nenhum desmaio também", "niet meer licht in het hoofd geweest") is the remedy or the
# pacemaker working: a negated concern, nothing. Only with a word of "no longer" or of time
# in its clause (_FAINT_OVER); a fainting denied as an event ("ich bin nicht ohnmächtig
# geworden, ich habe nur geschlafen") stays a negated crisis.
_FAINT = ("faint", "ohnm", "malaise", "evanou", "desmay", "desmai", "sven", "flauw")
_FAINT_OVER = word_set(
    "more again weeks months since anymore mehr wieder wochen monaten seit seitdem plus depuis"
    " semaines mois más mas semanas meses desde piu più settimane mesi meer weken maanden sinds"
    " mais semanas meses desde também tambem non"
)


def _faint_over(words: Sequence[Token], hit: _Hit) -> bool:
    if not any(words[p].word.startswith(_FAINT) for p in range(hit.start, hit.end)):
        return False
    first, last = hit.start, hit.end
    while first > 0 and not words[first - 1].boundary:
        first -= 1
    while last < len(words) and not words[last].boundary:
        last += 1
    return any(words[p].word in _FAINT_OVER for p in range(first, last))


def _told_of(
    words: Sequence[Token],
    start: int,
    end: int,
    level: Urgency,
    note: str,
    framed: list[tuple[int, int]],
) -> tuple[Urgency, str]:
    """The level of trouble at words[start:end] read against who it happens to, when, and
    in what frame (others.lowered); a lowered expression is noted in `framed`."""
    # Someone else's talk of suicide told as stopped or denied: a negated crisis (reported.py).
    if level == "crisis" and reported.stopped_talk(words, start, end):
        framed.append((start, end))
        return "concern", note or " (negated crisis)"
    # An amount of tablets asked for with a dose's rate: "wie viele Tabletten pro Tag?" asks
    # the dose (research.py).
    if level != "none" and research.dose_asked(words, start, end):
        framed.append((start, end))
        return "none", note or " (a dose asked)"
    # Old medicines carried back to the pharmacy, not swallowed (returns.py).
    if level != "none" and returns.handed_back(words, start, end):
        framed.append((start, end))
        return "none", note or " (handed back)"
    # A crossword or a chore that "will kill me" (jokes.py).
    if level != "none" and jokes.pastime_kills(words, start, end):
        framed.append((start, end))
        return "none", note or " (a pastime's hyperbole)"
    # A trouble warned of that never came (unrealised.py).
    if (
        level == "concern"
        and not note
        and (
            unrealised.never_came(words, start, end)
            or unrealised.gone_past_relative(words, start, end)
        )
    ):
        framed.append((start, end))
        return "none", " (never came)"
    # A trouble told with a count that falls: "hot flushes down from 12 a day to 2" (fewer.py).
    if level == "concern" and not note and fewer.fewer(words, start, end):
        framed.append((start, end))
        return "none", " (fewer than before)"
    # Trouble met at the writer's work or on someone's shift (work.py).
    if level != "none" and work.met_at_work(words, start, end, level):
        framed.append((start, end))
        return "none", note or " (met at work)"
    kept = others.lowered(words, start, end, level)
    # A symptom asked about, not felt (questions.py). Not framed: without its clause the
    # second reader reads "haven't had any, just want to know" as a crisis (0.95).
    asked = questions.lowered(words, start, end, kept)
    # A past crisis the writer says is over: a negated crisis (episodes.py).
    if asked == "crisis" and episodes.over(words, start, end):
        return "concern", note or " (negated crisis)"
    # Someone else's stroke told as years ago, now recovered: history, not news (episodes.py).
    # Read on the level found, before others.lowered's own past ("el infarto de mi abuelo": the
    # "mi" there is the writer's).
    if level == "crisis" and asked != "none" and episodes.history(words, start, end):
        framed.append((start, end))
        return "none", note or " (told of the past)"
    if kept == level:
        return asked, note if asked == level else note or " (asked about)"
    framed.append((start, end))
    return asked, note or " (told of the past)"


def _odds_without(
    text: str, words: Sequence[Token], framed: list[tuple[int, int]]
) -> dict[str, float]:
    """The second reader's reading of the reply without its framed clauses (others.py)."""
    places = others.framed_clauses(words, framed)
    if not places:
        return triage_model.probabilities(text)
    rest = others.rest(words, places)
    if not any(c.isalpha() for c in rest):
        return {"crisis": 0.0, "concern": 0.0, "none": 1.0}
    return triage_model.probabilities(rest)


def _sentence(words: Sequence[Token], hit: _Hit) -> range:
    first, last = hit.start, hit.end - 1
    while first > 0 and words[first - 1].boundary != "strong":
        first -= 1
    while last + 1 < len(words) and words[last + 1].boundary != "strong":
        last += 1
    return range(first, last + 1)


def _animal(words: Sequence[Token], hit: _Hit) -> bool:
    """Whether the sentence of a concern is a vet's news: "the vet says it's nothing nasty"."""
    vet = _context("vet")
    return any(words[p].word and _slot_accepts(vet, words[p].word) for p in _sentence(words, hit))


_WITH_IT = (
    ("with", "it"), ("with", "them"), ("gleich", "mit"), ("avec",), ("avec", "lui"),
    ("avec", "elle"), ("con", "el"), ("con", "ella"), ("con", "ellos"), ("con", "lui"),
    ("con", "lei"), ("con", "esso"), ("con", "essa"), ("com", "ele"), ("com", "ela"),
)  # fmt: skip  # not Dutch "erbij": "huid beter maar een blauwe plek erbij" (a bruise more)


def _gone_too(words: Sequence[Token], hit: _Hit, gone_ends: Sequence[int]) -> bool:
    """Whether a concern shares the resolution told just before it in its sentence ("de
    Usschlag isch weg und s Jucke au", "the rash is gone and the itching too"), whether or
    not the lexicon read the first trouble ("Usschlag" is Swiss). `gone_ends`: where each
    concern read as gone so far ends; the last one counts."""
    gone_before = gone_ends[-1] if gone_ends else -1
    sentence = _sentence(words, hit)
    text = [t.word for t in words]
    told = (0 <= gone_before <= hit.start and gone_before in sentence) or any(
        _trigger_starts_at(text, p, lex.POST_NEGATION) for p in range(sentence.start, hit.start)
    )
    if not told:
        return False
    after = words[hit.end : hit.end + 3]
    # "et les démangeaisons avec", "e il prurito con lui": gone with the first trouble.
    for phrase in _WITH_IT:
        n = len(phrase)
        if tuple(t.word for t in words[hit.end : hit.end + n]) == phrase and (
            hit.end + n >= len(words) or words[hit.end + n].boundary
        ):
            return True
    for i, token in enumerate(after):
        if token.word in lex.ALSO:
            return i + 1 >= len(after) or bool(after[i + 1].boundary)
        if token.boundary:
            return False
    return False


@cache
def _context(name: str) -> _Slot:
    return _class_slot(name)


def _explained(text: str, words: Sequence[Token], selected: list[_Hit], lexicon: _Lexicon) -> bool:
    """Whether the reply, without its routine expressions, reads as nothing to the second
    reader (ROUTINE_REST_NONE_AT): its alarm was the remedy logistics' own words."""
    routine = {
        i
        for hit in selected
        if lexicon.terms[hit.term].level == "routine"
        for i in range(hit.start, hit.end)
    }
    marks = {"strong": ".", "weak": ","}
    rest = " ".join(
        marks.get(token.boundary, token.word) for i, token in enumerate(words) if i not in routine
    )
    return triage_model.probabilities(rest)["none"] >= ROUTINE_REST_NONE_AT


def _remedy_talk(words: Sequence[Token]) -> bool:
    """Whether the text names a remedy (lex.REMEDY): tablets, drops, globules, a dose."""
    remedy = _context(lex.REMEDY)
    return any(_slot_accepts(remedy, token.word) for token in words if token.word)


def _harmless(words: Sequence[Token], heads: Iterable[int], span: set[int]) -> bool:
    """Whether the sentence around an expression shows its trouble word harmless
    (lex.LOOKALIKE_CONTEXT), or the reply says the client is well after a passing sadness."""
    heads = tuple(heads)
    first, last = min(span), max(span)
    while first > 0 and words[first - 1].boundary != "strong":
        first -= 1
    while last + 1 < len(words) and words[last + 1].boundary != "strong":
        last += 1
    others = [words[p].word for p in range(first, last + 1) if p not in span]
    for trouble, context in lex.LOOKALIKE_CONTEXT:
        guards = lex.GUARDED_LOOKALIKES.get(trouble, ())
        sentence = [words[p].word for p in range(first, last + 1)]
        if any(_slot_accepts(_context(g), word) for g in guards for word in sentence if word):
            continue
        # Most trouble words are looked for anywhere in the expression ("jumped off"); a
        # will only as its last word ("made my will", not "he will kill me").
        places = heads if trouble in lex.LAST_WORD_ONLY else sorted(span)
        if any(_slot_accepts(_context(trouble), words[p].word) for p in places) and any(
            _slot_accepts(_context(context), word) for word in others if word
        ):
            return True
    # "my mum is crying every time I mention it": the crying is hers.
    for trouble, subject in lex.OTHERS_SUBJECT:
        for p in span:
            if not _slot_accepts(_context(trouble), words[p].word):
                continue
            for back in range(p - 1, max(-1, p - 4), -1):
                if words[back].boundary or words[back].word in lex.SUBJECT_BREAK:
                    break
                if _slot_accepts(_context(subject), words[back].word):
                    return True
    text = [t.word for t in words]
    for trouble, phrases in lex.LOOKALIKE_PHRASES.items():
        if any(_slot_accepts(_context(trouble), words[p].word) for p in span) and any(
            p not in span and _trigger_starts_at(text, p, phrases) for p in range(first, last + 1)
        ):
            return True
    if not any(_slot_accepts(_context(lex.MILD), words[p].word) for p in span):
        return False
    # "traurig aber es war die richtige zeit ... mir gehts gut": past a "but" or a full stop.
    turned = False
    for pos in range(max(span) + 1, min(len(words), max(span) + 40)):
        turned = turned or words[pos].boundary == "strong" or text[pos] in lex.TURNS
        if turned and _trigger_starts_at(text, pos, lex.WELL):
            return True
    return False


def _claimed_by_idioms(lexicon: _Lexicon, selected: list[_Hit]) -> set[int]:
    return {
        i
        for hit in selected
        if lexicon.terms[hit.term].level in _NO_TROUBLE
        for i in range(hit.start, hit.end)
    }


# A sentence longer than this is read in windows of this many words for "&" terms: the
# words of one thought sit close together.
_TOGETHER_WINDOW = 14


def _together(
    lexicon: _Lexicon, words: Sequence[Token], idioms: set[int]
) -> list[tuple[_Term, set[int]]]:
    """The "&" terms whose every word class appears within one sentence (a window of it),
    with the places of their words."""
    found: list[tuple[_Term, set[int]]] = []
    sentences: list[list[int]] = [[]]
    for pos, token in enumerate(words):
        if token.boundary == "strong":
            sentences.append([])
        elif not token.boundary and pos not in idioms:
            sentences[-1].append(pos)
    # A long message has thousands of words and there are many "&" terms: each slot is
    # asked about each distinct word once, and a term none of whose first words occurs
    # anywhere is passed over without looking at its sentences.
    accepted: dict[tuple[int, str], bool] = {}

    def accepts(slot: _Slot, word: str) -> bool:
        key = (id(slot), word)
        hit = accepted.get(key)
        if hit is None:
            hit = accepted[key] = _slot_accepts(slot, word)
        return hit

    present = {words[pos].word for sentence in sentences for pos in sentence}
    for term in lexicon.together:
        first = term.slots[0]
        if not any(accepts(first, word) for word in present):
            continue
        for sentence in sentences:
            places = _window(term, words, sentence, accepts)
            if places:
                found.append((term, places))
                break
    return found


def _window(
    term: _Term,
    words: Sequence[Token],
    sentence: list[int],
    accepts: Callable[[_Slot, str], bool],
) -> set[int]:
    """Places, one per slot, all within the window of each other; empty when there are none."""
    places: list[list[int]] = []
    for slot in term.slots:
        ps = [pos for pos in sentence if accepts(slot, words[pos].word)]
        if not ps:
            return set()
        places.append(ps)
    for anchor in places[0]:
        near = [[p for p in ps if abs(p - anchor) <= _TOGETHER_WINDOW] for ps in places[1:]]
        if all(near):
            return {anchor, *(ps[0] for ps in near)}
    return set()
    for anchor in places[0]:
        near = [[p for p in ps if abs(p - anchor) <= _TOGETHER_WINDOW] for ps in places[1:]]
        if all(near):
            return {anchor, *(ps[0] for ps in near)}
    return set()


def _reassured(lexicon: _Lexicon, found: list[_Hit], selected: list[_Hit]) -> bool:
    """Whether a concern that carries its own negation was read over a crisis inside it ("i
    don't want to hurt myself", "ik wil mezelf geen pijn doen"): a crisis denied, as a negated
    crisis is, which the second reader overrules only as it would call a crisis alone."""
    for hit in selected:
        term = lexicon.terms[hit.term]
        if term.level != "concern" or not term.fixed:
            continue
        if any(
            lexicon.terms[other.term].level == "crisis"
            and hit.start <= other.start
            and other.end <= hit.end
            for other in found
        ):
            return True
    return False
