"""Write carecall_mail/core/triage/forms.json: the inflected forms of every word of the lexicon.

    .venv/bin/python scripts/triage_forms.py [--check]

simplemma's dictionaries (54 languages, no model download) map a written form to its
lemma; read backwards, they give every form of a lexicon word: "headache" ->
"headaches", "Schmerz" -> "Schmerzen", "prendre" -> "pris". Expanding once, here,
means the worker loads no dictionary at start (all seven take ~4 s and ~1 GB).
`--check` exits 1 when the table is not what the lexicon and simplemma give now
(tests/test_triage.py runs it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import simplemma  # noqa: E402
from simplemma.strategies.dictionaries import DefaultDictionaryFactory  # noqa: E402

from carecall_mail.core.triage.inflect import by_lemma, english_forms, lexicon_forms  # noqa: E402
from carecall_mail.core.triage.lexicon import LANGUAGES, fold, words  # noqa: E402

TABLE = REPO / "carecall_mail" / "core" / "triage" / "forms.json"
# Function words ("is", "the", "mir") would expand into every form of "be" or "ich":
# only words at least this long are expanded. English base words of three letters ("cut",
# "end", "die") are, by its regular endings and the irregular forms the dictionary gives
# (inflect.english_forms), since a base word is never a function word's form.
MIN_LENGTH = 4
MIN_LENGTH_EN = 3


def build() -> dict[str, dict[str, list[str]]]:
    wanted: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    for lang, word in sorted(words()):
        if lang not in LANGUAGES:
            continue  # "other": a plain list, no dictionary
        if len(fold(word)) >= (MIN_LENGTH_EN if lang == "en" else MIN_LENGTH):
            lemma = simplemma.lemmatize(word, lang=lang)
            wanted[lang][word] = lemma.casefold()
    factory = DefaultDictionaryFactory()
    table: dict[str, dict[str, list[str]]] = {}
    for lang in LANGUAGES:
        dictionary = factory.get_dictionary(lang)  # a str -> str Mapping: no copy needed
        forms_of = by_lemma(dictionary.items(), set(wanted[lang].values()))
        out: dict[str, list[str]] = {}
        for word, lemma in sorted(wanted[lang].items()):
            forms = set() if len(fold(word)) < MIN_LENGTH else lexicon_forms(word, lemma, forms_of)
            forms.add(fold(word))
            if lang == "en":
                forms |= english_forms(word, lemma, forms_of, dictionary)
            if forms != {fold(word)}:
                out[fold(word)] = sorted(forms)
        table[lang] = out
    return table


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="exit 1 if the table is stale")
    args = parser.parse_args()
    text = json.dumps(build(), ensure_ascii=False, sort_keys=True, indent=0) + "\n"
    if args.check:
        current = TABLE.read_text(encoding="utf-8") if TABLE.exists() else ""
        if current != text:
            print(f"{TABLE.relative_to(REPO)} is stale: run scripts/triage_forms.py")
            return 1
        return 0
    TABLE.write_text(text, encoding="utf-8")
    count = sum(len(v) for v in json.loads(text).values())
    print(f"wrote {TABLE.relative_to(REPO)}: {count} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
