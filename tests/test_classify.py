"""Opt-out requests, out-of-office subjects and trouble words, one rule at a time."""

from __future__ import annotations

import pytest

from carecall_mail.autoreplies import autoreply_reason
from carecall_mail.flags import DEFAULT_FLAG_WORDS, find_flags
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
