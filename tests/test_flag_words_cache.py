"""The practitioner's flag_words and crisis_words, expanded once into the state dir.

store/wordforms.py builds `word-forms.json` with simplemma once per change of the words;
every later process reads it and never imports simplemma, and reads replies exactly as
the run-time lemmas did (core/triage/assess.py). The builds load real dictionaries
(~15 s of CPU for all seven), so the tests that build share one xdist worker and one
in-process build.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from practice import Practice

from carecall_mail.core.triage.assess import assess
from carecall_mail.core.triage.inflect import WordForms
from carecall_mail.core.triage.text import tokens
from carecall_mail.store.wordforms import FILE, expand, word_forms

REPO = Path(__file__).resolve().parents[1]
TRIAGE = REPO / "tests" / "data" / "triage"

# The example practice's words and a few that the built-in table lacks in most languages.
FLAG = ("dizzy", "rash", "globule", "Kopfweh", "vertige")
CRISIS = ("Brückengeländer", "jump off the bridge")

pytestmark = pytest.mark.xdist_group("simplemma")

# `carecall fetch` in a fresh process; prints whether it imported simplemma.
_FETCH = """
import sys
from carecall_mail.app.cli import main
code = main(["fetch", "-c", sys.argv[1], "--now", "2026-10-05T09:30:00+00:00", "-q"])
print("simplemma" in sys.modules)
sys.exit(code)
"""


def _fetch(practice: Practice, tag: str, text: str) -> bool:
    """Deliver one reply of Maria's and fetch it; whether the fetch imported simplemma."""
    new = practice.root / "var" / "inbox" / "new"
    new.mkdir(parents=True, exist_ok=True)
    (new / f"1700000000.{tag}.host").write_bytes(
        "From: Maria <maria@example.org>\nTo: ana@fieldpractice.example\n"
        f"Subject: Re: how are you\nMessage-ID: <{tag}@example.org>\n\n{text}\n".encode()
    )
    done = subprocess.run(
        [sys.executable, "-c", _FETCH, str(practice.config)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return {"True": True, "False": False}[done.stdout.split()[-1]]


def _urgency(practice: Practice, tag: str) -> str:
    with sqlite3.connect(practice.root / "var" / "ledger.sqlite3") as db:
        (row,) = db.execute("SELECT urgency FROM replies WHERE message_id LIKE ?", (f"%{tag}@%",))
    return str(row[0])


def test_a_fetch_builds_the_forms_once_and_later_fetches_never_load_simplemma(
    practice: Practice,
) -> None:
    path = practice.root / "var" / FILE
    # No word of this reply starts like "dizzy" or "rash": nothing to look up, nothing built.
    assert _fetch(practice, "r1", "all good here, thank you") is False
    assert not path.exists()
    # "rasch" starts like "rash": the fetch asks simplemma, then keeps the forms.
    assert _fetch(practice, "r2", "es ging rasch besser, aber die rashes sind da") is True
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # like the other state files
    built = path.stat().st_mtime_ns
    # The next fetch reads the file, loads no dictionary and reads the reply the same.
    assert _fetch(practice, "r3", "es ging rasch besser, aber die rashes sind da") is False
    assert path.stat().st_mtime_ns == built  # read, not written again
    assert _urgency(practice, "r2") == _urgency(practice, "r3") == "concern"


def test_built_at_once_when_asked(tmp_path: Path) -> None:
    forms = word_forms(tmp_path, FLAG, CRISIS)
    assert forms is not None and forms.forms("en", "globule") == ("globule", "globules")
    assert word_forms(tmp_path, FLAG, CRISIS, build=False) == forms  # from the file
    # Other words: no forms until a fetch needs them, and the file is left for it to redo.
    assert word_forms(tmp_path, (*FLAG, "Globulus"), CRISIS, build=False) is None


def _replies_starting_like(words: tuple[str, ...]) -> list[str]:
    """The labelled replies with a word that starts like one of `words`: the only ones
    where the forms and the run-time lemmas could read differently."""
    starts = {t.word[:3] for w in words for t in tokens(w)}
    texts = []
    for path in sorted(TRIAGE.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line)["text"]
                if any(t.word[:3] in starts for t in tokens(text)):
                    texts.append(text)
    return texts


def _levels(reasons: tuple[str, ...]) -> list[tuple[str, bool]]:
    return sorted((r.split(":", 1)[0], r.endswith("(negated crisis)")) for r in reasons)


def test_the_forms_read_every_labelled_reply_as_the_run_time_lemmas_did(
    tmp_path: Path,
) -> None:
    forms = word_forms(tmp_path, FLAG, CRISIS)
    assert forms is not None
    texts = _replies_starting_like(FLAG + CRISIS)
    # A spread of about 1,500 of them (4,000 by session 18, each read twice: the suite's
    # second-longest test, growing with every labelled set).
    texts = texts[:: max(1, len(texts) // 1_500)]
    assert len(texts) > 1_000  # the comparison has something to compare
    for text in texts:
        cached = assess(text, flag_words=FLAG, crisis_words=CRISIS, word_forms=forms)
        asked = assess(text, flag_words=FLAG, crisis_words=CRISIS)
        assert cached.urgency == asked.urgency, text
        # As many expressions read, at each level. Which of two read at the same place
        # ("eczema"/"eczéma", "locked me in"/"locking me in") names the reason may differ:
        # the lexicon's candidates are a set (assess.py `_hits`).
        assert _levels(cached.reasons) == _levels(asked.reasons), text
    # Inflections still found: "globules" for "globule", in English and in French.
    assert "globules" in (forms.forms("en", "globule") or ())
    assert "globules" in (forms.forms("fr", "globule") or ())


def test_a_changed_word_list_builds_it_again(tmp_path: Path) -> None:
    word_forms(tmp_path, FLAG, CRISIS)
    before = json.loads((tmp_path / FILE).read_text(encoding="utf-8"))
    more = (*FLAG, "Globulus")
    changed = word_forms(tmp_path, more, CRISIS)
    after = json.loads((tmp_path / FILE).read_text(encoding="utf-8"))
    assert after["key"] != before["key"]
    assert "globuli" in after["forms"]["de"]["Globulus"]
    text = "drei globuli am tag"
    assert assess(text, flag_words=FLAG).urgency == "none"
    assert assess(text, flag_words=more, word_forms=changed).urgency == "concern"


@pytest.mark.parametrize(
    "damage", ["truncated", "garbage", "not-an-object", "wrong-shape", "a-dir"]
)
def test_a_corrupt_or_unreadable_file_is_built_again_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, damage: str
) -> None:
    good = word_forms(tmp_path, FLAG, CRISIS)
    path = tmp_path / FILE
    key = json.loads(path.read_text(encoding="utf-8"))["key"]
    if damage == "a-dir":  # unreadable whoever runs the test, root included
        path.unlink()
        path.mkdir()
    else:
        path.write_bytes(
            {
                "truncated": b'{"key": "' + key.encode(),
                "garbage": b"\x00\xff not json",
                "not-an-object": b'["a list"]',
                "wrong-shape": json.dumps({"key": key, "forms": {"en": ["x"]}}).encode(),
            }[damage]
        )
    with caplog.at_level(logging.WARNING, logger="carecall_mail.store.wordforms"):
        again = word_forms(tmp_path, FLAG, CRISIS)
    assert again == good
    (record,) = [r for r in caplog.records if getattr(r, "event", "") == "word_forms.unreadable"]
    logged = " ".join([record.getMessage(), *(str(v) for v in record.__dict__.values())])
    for word in (*FLAG, *CRISIS, "globules"):
        assert word.casefold() not in logged.casefold()  # the words never reach the log
    if damage == "a-dir":  # nor can it be written: read right in this process all the same
        assert any(getattr(r, "event", "") == "word_forms.not_saved" for r in caplog.records)
    else:
        assert WordForms.from_table(json.loads(path.read_text("utf-8"))["forms"]) == good


def test_a_missing_dictionary_keeps_the_word_as_written(caplog: pytest.LogCaptureFixture) -> None:
    # simplemma has no dictionary for "xx": its lemmatiser and its dictionaries refuse it.
    with caplog.at_level(logging.WARNING, logger="carecall_mail.store.wordforms"):
        forms = expand([("en", "globule"), ("xx", "globule")])
    assert forms.forms("xx", "globule") == ("globule",)
    assert forms.forms("en", "globule") == ("globule", "globules")
    (record,) = [r for r in caplog.records if getattr(r, "event", "") == "word_forms.no_dictionary"]
    assert getattr(record, "language", "") == "xx"
    assert "globule" not in record.getMessage()


def test_no_words_need_no_file(tmp_path: Path) -> None:
    assert word_forms(tmp_path, (), ()) is None
    assert not (tmp_path / FILE).exists()
