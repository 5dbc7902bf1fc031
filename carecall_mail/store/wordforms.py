"""The practitioner's own trouble words, expanded into their forms once per change of them.

The safety net reads `flag_words` and `crisis_words` in their inflected forms
(core/triage/assess.py). Asked of simplemma while reading replies, that loads a
language's dictionary in every `carecall fetch` process, seconds of CPU each on a
practitioner's small machine. So they are expanded here once (core/triage/inflect.py,
all seven dictionaries, ~15 s), kept in `word-forms.json` in the state dir with a key of
the words and simplemma's version, and every later fetch reads that small file and never
imports simplemma. A changed word list, another simplemma, or a file that cannot be read
builds it again.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Literal

from carecall_mail import logs
from carecall_mail.core.triage.assess import WordForms, own_words
from carecall_mail.core.triage.inflect import by_lemma, own_forms

log = logging.getLogger(__name__)

__all__ = ["FILE", "expand", "word_forms"]

FILE = "word-forms.json"
# Bumped when what `expand` writes changes, so an older file is built again.
_FORMAT = 1

Dictionaries = Callable[[str], Mapping[str, str]]  # language -> simplemma's form -> lemma
Lemmatiser = Callable[[str, str], str]  # (word, language) -> lemma


def word_forms(
    state_dir: Path, flag_words: Iterable[str], crisis_words: Iterable[str], *, build: bool = True
) -> WordForms | None:
    """The forms of the practitioner's words, from the state dir's file or built now.

    None when no word needs them (no words, or only words of the built-in table), and,
    with `build` off, when the file is missing or was built for other words: a fetch then
    reads the words by run-time lemmas and builds the file only once it has loaded the
    lemmatiser for them (jobs/inbox.py), so a fetch that never needed it never pays for
    it. A file that is there but cannot be read is built again at once, with a warning.
    """
    wanted = own_words(flag_words, crisis_words)
    if not wanted:
        return None
    key = _key(wanted)
    path = state_dir / FILE
    cached = _read(path, key)
    if isinstance(cached, WordForms):
        return cached
    if not build and cached == "absent":
        return None
    forms = _expanded(tuple(wanted))
    try:
        _write(path, {"key": key, "forms": forms.table()})
    except OSError as exc:  # still read right in this process, built again in the next one
        logs.event(log, logging.WARNING, "word_forms.not_saved", path=str(path), error=exc.strerror)
    return forms


def expand(
    wanted: Sequence[tuple[str, str]],
    dictionary: Dictionaries | None = None,
    lemmatise: Lemmatiser | None = None,
) -> WordForms:
    """Each (language, word)'s forms (core/triage/inflect.py `own_forms`), from simplemma's
    dictionaries unless others are given. A language whose dictionary is missing keeps the
    word as written, as reading it at run time did."""
    if dictionary is None or lemmatise is None:
        dictionary, lemmatise = _simplemma()
    entries: list[tuple[str, str, tuple[str, ...]]] = []
    for language in sorted({lang for lang, _ in wanted}):
        words = [word for lang, word in wanted if lang == language]
        lemmas = {word: _safe(lemmatise, word, language) for word in words}
        try:
            items = dictionary(language).items()
            forms_of = by_lemma(items, {lemma.casefold() for lemma in lemmas.values()})
        except Exception as exc:  # a missing dictionary: the words as written
            logs.event(
                log,
                logging.WARNING,
                "word_forms.no_dictionary",
                language=language,
                error=type(exc).__name__,
            )
            forms_of = {}

        def lemma_of(word: str, language: str = language) -> str:
            return _safe(lemmatise, word, language)

        for word in words:
            entries.append((language, word, own_forms(word, lemmas[word], forms_of, lemma_of)))
    return WordForms(tuple(sorted(entries)))


@functools.lru_cache(maxsize=4)
def _expanded(wanted: tuple[tuple[str, str], ...]) -> WordForms:
    """`expand`, once per process for the same words (a worker re-reading its config, the
    tests' many practices)."""
    start = time.process_time()
    forms = expand(wanted)
    logs.event(
        log,
        logging.INFO,
        "word_forms.built",
        words=len(wanted),
        seconds=round(time.process_time() - start, 1),
    )
    return forms


def _simplemma() -> tuple[Dictionaries, Lemmatiser]:
    try:
        import simplemma
        from simplemma.strategies.dictionaries.dictionary_factory import (
            DEFAULT_DICTIONARY_FACTORY,
        )
    except ImportError:  # no lemmatiser at all: every word as written

        def missing(language: str) -> Mapping[str, str]:
            raise LookupError("simplemma is not installed")

        return missing, lambda word, language: word

    def lemmatise(word: str, language: str) -> str:
        return str(simplemma.lemmatize(word, lang=language))

    # The lemmatiser's own dictionaries: loaded once for both uses.
    return DEFAULT_DICTIONARY_FACTORY.get_dictionary, lemmatise


def _safe(lemmatise: Lemmatiser, word: str, language: str) -> str:
    try:
        return lemmatise(word, language)
    except Exception:  # a missing dictionary never costs the word its reading
        return word


def _key(wanted: Sequence[tuple[str, str]]) -> str:
    """What the file was built from: the words, the expansion's format, simplemma's version."""
    try:
        version = importlib.metadata.version("simplemma")
    except importlib.metadata.PackageNotFoundError:
        version = "none"
    data = json.dumps([_FORMAT, version, [list(pair) for pair in wanted]], ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


def _read(path: Path, key: str) -> WordForms | Literal["absent", "unreadable"]:
    """The forms in `path` when they were built for `key`; "absent" when there are none for
    it (no file, or one for other words); "unreadable", with a warning, otherwise."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        if data.get("key") != key:
            return "absent"  # other words, or another simplemma: built again, quietly
        return WordForms.from_table(data.get("forms"))
    except FileNotFoundError:
        return "absent"
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        # Never the file's content in the log: it holds the practitioner's words.
        why = exc.strerror if isinstance(exc, OSError) else type(exc).__name__
        logs.event(
            log,
            logging.WARNING,
            "word_forms.unreadable",
            path=str(path),
            error=why,
            action="built again",
        )
        return "unreadable"


def _write(path: Path, data: object) -> None:
    """`data` as JSON in `path`, owner-only, whole or not at all (a reader never sees half)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, sort_keys=True)
            out.flush()
            os.fsync(out.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
