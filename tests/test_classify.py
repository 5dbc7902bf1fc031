"""Opt-out requests, out-of-office subjects and trouble words, one rule at a time."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carecall_mail import bounces, flags, optouts
from carecall_mail.autoreplies import autoreply_reason
from carecall_mail.flags import DEFAULT_FLAG_WORDS, find_flags
from carecall_mail.mimetext import fold_case
from carecall_mail.optouts import is_optout_subject, is_optout_text


@pytest.mark.parametrize(
    "text",
    [
        "stop",
        "STOP",
        "Stop.",
        "Unsubscribe",
        "Please unsubscribe me. Thanks, Maria",
        "please remove me",
        "Please take me off your list.",
        "Stop sending me emails please",
        "abmelden",
        "Bitte keine E-Mails mehr.\n\nDanke\nMaria",
        "Bitte abmelden, danke",
        "désinscrire",
        "Merci de me désabonner",
        "Quiero darme de baja, gracias",
        "darse de baja",
        "Cancella iscrizione",
        "afmelden graag",
        "Avregistrera mig tack",
        "Отписаться",
        "退订",
    ],
)
def test_short_stop_requests_are_optouts(text: str) -> None:
    assert is_optout_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "I had to stop the magnesium, it gave me pain",
        "Can we stop the sessions for a month? I'm travelling until June.",
        "Ich musste die Tropfen abbrechen, ich will aber weiter Nachrichten bekommen.",
        "Thanks, all good!",
        "",
        "Please unsubscribe me " + "and also tell me about my supplements " * 10,
    ],
)
def test_replies_that_mention_stopping_are_not_optouts(text: str) -> None:
    assert not is_optout_text(text)


def test_unsubscribe_subject() -> None:
    assert is_optout_subject(" Unsubscribe ")
    assert not is_optout_subject("Re: How to unsubscribe from stress?")


@pytest.mark.parametrize(
    "subject",
    [
        "Automatic reply: How are you doing?",
        "Auto: How are you doing?",
        "Out of Office: How are you doing?",
        "Out of office",
        "Abwesenheitsnotiz: Wie geht es Ihnen?",
        "Automatische Antwort: Wie geht es Ihnen?",
        "Réponse automatique : Comment allez-vous ?",
        "Respuesta automática: ¿Cómo estás?",
        "Risposta automatica: Come stai?",
        "Automatisch antwoord: Hoe gaat het?",
        "Autosvar: Hur mår du?",
        "Automaattinen vastaus: Mitä kuuluu?",
        "Automatyczna odpowiedź: Jak się Pani czuje?",
        "Resposta automática: Como vai?",
        "Автоматический ответ: Как вы?",
        "自动回复: 最近怎么样？",
        "AW: Abwesenheitsnotiz",
    ],
)
def test_out_of_office_subjects(subject: str) -> None:
    assert autoreply_reason({}, subject) == "out-of-office subject"


@pytest.mark.parametrize(
    "subject",
    ["Re: How are you doing?", "AW: Wie geht es Ihnen?", "Re: Automatically better now"],
)
def test_ordinary_subjects_are_not_autoreplies(subject: str) -> None:
    assert autoreply_reason({}, subject) is None


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({"auto-submitted": ["auto-replied"]}, "Auto-Submitted"),
        ({"auto-submitted": ["auto-generated; owner-email=x@y"]}, "Auto-Submitted"),
        ({"x-autoreply": ["yes"]}, "X-Autoreply"),
        ({"x-autorespond": ["Out of office"]}, "X-Autorespond"),
        ({"precedence": ["auto_reply"]}, "Precedence auto_reply"),
        ({"precedence": ["bulk"]}, "Precedence bulk"),
        ({"x-auto-response-suppress": ["All"]}, "X-Auto-Response-Suppress"),
        ({"x-ms-exchange-inbox-rules-loop": ["a@b"]}, "Exchange inbox rule"),
        ({"auto-submitted": ["no"]}, None),
        ({"precedence": ["list"]}, None),
    ],
)
def test_autoreply_headers(headers: dict[str, list[str]], reason: str | None) -> None:
    assert autoreply_reason(headers, "Re: hello") == reason


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I can’t sleep since Tuesday", ("can't sleep",)),
        ("I cannot sleep", ("cannot sleep",)),
        ("Some SIDE EFFECTS, and it got worse", ("side effects", "worse")),
        ("side-effects", ("side effects",)),
        ("I have chest pain", ("chest pain",)),
        ("Ich habe Nebenwirkungen und Schmerzen", ("Nebenwirkungen", "Schmerzen")),
        ("J'ai des effets secondaires et une douleur", ("effets secondaires", "douleur")),
        ("Tengo dolor y efectos secundarios", ("dolor", "efectos secundarios")),
        ("Ho effetti collaterali", ("effetti collaterali",)),
        ("Ik heb bijwerkingen en pijn", ("bijwerkingen", "pijn")),
        ("I have had suicidal thoughts", ("suicidal",)),
        ("thoughts of self-harm", ("self-harm",)),
        ("有点副作用", ("副作用",)),
        ("This is urgent!", ("urgent",)),
        # Whole words only.
        ("I am painting the kitchen", ()),
        ("Spain was lovely, the paint dried", ()),
        ("worsening", ()),
        ("", ()),
    ],
)
def test_flag_words(text: str, found: tuple[str, ...]) -> None:
    assert find_flags(text, DEFAULT_FLAG_WORDS) == found


def test_flag_words_are_configurable() -> None:
    assert find_flags("I feel dizzy", ("dizzy",)) == ("dizzy",)
    assert find_flags("I feel dizzy", ()) == ()


# --- the case-folded pre-checks ---------------------------------------------------------------

ALL_CHARACTERS = "".join(map(chr, range(0x110000)))
GATED = {
    "opt-out request": optouts._REQUEST_WORDS,
    "bounce subject": bounces._BOUNCE_SUBJECT_WORDS,
}


@pytest.mark.parametrize("source", GATED.values(), ids=GATED.keys())
def test_gate_words_are_lower_case(source: str) -> None:
    # A case-sensitive gate only finds what IGNORECASE finds if its letters are lower-case.
    letters = re.sub(r"\\.", "", source)
    assert letters == fold_case(letters)


def test_fold_case_keeps_what_ignorecase_matches_at_the_same_place() -> None:
    folded = fold_case(ALL_CHARACTERS)
    assert len(folded) == len(ALL_CHARACTERS)  # one character for one: the places agree
    letters = {ch for source in GATED.values() for ch in re.sub(r"\\.", "", source) if ch.isalpha()}
    for letter in sorted(letters):
        for match in re.finditer(re.escape(letter), ALL_CHARACTERS, re.IGNORECASE):
            assert folded[match.start()] == letter, (letter, hex(ord(match.group())))
    for match in re.finditer(r"\s", ALL_CHARACTERS):
        assert re.match(r"\s", folded[match.start()]), hex(match.start())
    assert [m.start() for m in re.finditer("\n", folded)] == [ord("\n")]


@pytest.mark.parametrize(
    "text",
    ["STOP", "Stop.", "ſtop", "UNSUBSCRİBE", "Dont email me", "DON'T EMAIL ME", "Abmelden!",
     "DÉSINSCRIRE", "ОТПИСАТЬСЯ", "退订", "NO MÁS CORREOS", "keine E-Mails mehr"],
)  # fmt: skip
def test_optout_gate_passes_wherever_the_request_matches(text: str) -> None:
    assert optouts._REQUEST.search(text)
    assert optouts._GATE.search(fold_case(text))


@pytest.mark.parametrize(
    "subject",
    ["UNDELIVERABLE: hi", "Mail Delivery Failed", "Warning: message 1 DELAYED", "NICHT ZUSTELLBAR",
     "НЕ ДОСТАВЛЕНО", "Übermittlungsstatus"],
)  # fmt: skip
def test_bounce_subject_gate_passes_wherever_the_subject_matches(subject: str) -> None:
    assert bounces._BOUNCE_SUBJECT.search(subject)
    assert bounces._BOUNCE_SUBJECT_GATE.search(fold_case(subject))


# --- flag words: the key trie finds what a substring test per word finds ----------------------


def _flags_one_by_one(text: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """find_flags as it was: every word's key tested with `in`, every candidate searched."""
    if not text:
        return ()
    lowered = text.lower()
    matches: list[tuple[int, int, str]] = []
    for word, key, pattern in flags._compiled(words).words:
        if key and key not in lowered:
            continue
        matches.extend((m.start(), m.end(), word) for m in pattern.finditer(text))
    matches.sort(key=lambda m: (m[0], m[0] - m[1]))
    found: dict[str, None] = {}
    covered_to = -1
    for _start, end, word in matches:
        if end <= covered_to:
            continue
        covered_to = max(covered_to, end)
        found.setdefault(word, None)
    return tuple(found)


_PIECES = st.sampled_from(
    [*DEFAULT_FLAG_WORDS, "Spain", "painful", "PAIN", "door", "inspire", "side-effects", " ",
     "\n", "x", "Nebenwirkungen!", "ſide", "!!", "pain-free", "急诊室"]
)  # fmt: skip
_WORD_LISTS = st.one_of(
    st.just(DEFAULT_FLAG_WORDS),
    st.lists(st.sampled_from([*DEFAULT_FLAG_WORDS, "pa", "!!", "x-y", "  "]), max_size=6).map(
        tuple
    ),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=12), st.sampled_from(["", " ", "\n"]), _WORD_LISTS)
def test_flags_found_through_the_key_trie_are_those_found_one_by_one(
    pieces: list[str], sep: str, words: tuple[str, ...]
) -> None:
    text = sep.join(pieces)
    assert find_flags(text, words) == _flags_one_by_one(text, words)


def test_key_trie_matches_exactly_the_keys() -> None:
    keys = {"pain", "painful", "pa", "sleep", "副作用", "a.b"}
    pattern = re.compile(flags._trie(keys))
    for key in keys:
        assert pattern.fullmatch(key)
    for other in ("p", "pai", "painfu", "sleeps", "aXb", ""):
        assert not pattern.fullmatch(other)
    assert pattern.match("painfully").group() == "painful"  # the longest key that starts there
