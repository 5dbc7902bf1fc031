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
import stat
import subprocess
import sys
from pathlib import Path

import pytest

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

# Builds (or reads) the forms in a fresh process; says whether simplemma was imported.
_CHILD = """
import json, sys
from pathlib import Path
from carecall_mail.core.triage.assess import assess
from carecall_mail.store.wordforms import word_forms
flag, crisis = json.loads(sys.argv[2]), json.loads(sys.argv[3])
forms = word_forms(Path(sys.argv[1]), flag, crisis)
texts = ["the globules made me feel odd", "no globules left", "stand am brückengeländer"]
print(json.dumps({
    "simplemma": "simplemma" in sys.modules,
    "forms": forms.table(),
    "urgency": [assess(t, flag_words=flag, crisis_words=crisis, word_forms=forms).urgency
                for t in texts],
}))
"""


def _child(state: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(state), json.dumps(FLAG), json.dumps(CRISIS)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_built_once_then_read_without_simplemma(tmp_path: Path) -> None:
    first = _child(tmp_path)
    path = tmp_path / FILE
    assert first["simplemma"] is True
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # like the other state files
    built = path.stat().st_mtime_ns

    second = _child(tmp_path)
    assert second["simplemma"] is False  # the file, not the dictionaries
    assert second["forms"] == first["forms"]
    assert second["urgency"] == first["urgency"] == ["concern", "none", "crisis"]
    assert path.stat().st_mtime_ns == built  # read, not written again


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
    assert len(texts) > 100  # the comparison has something to compare
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
