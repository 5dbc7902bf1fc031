"""Opt-out requests and out-of-office subjects, one rule at a time (trouble words: test_triage)."""

from __future__ import annotations

import re

import pytest

from carecall_mail.core.mimetext import fold_case
from carecall_mail.core.replies import bounces, optouts
from carecall_mail.core.replies.autoreplies import autoreply_reason
from carecall_mail.core.replies.optouts import is_optout_subject, is_optout_text


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
        "请退订,谢谢",
        "このアドレスへのメルマガを解除してください。",
        "配信停止をお願いします",
        "Bitte streichen Sie mich aus dem Verteiler.",
        "Merci de ne plus m'envoyer de mails.",
        "Por favor, no me envíen más correos.",
        "Non inviatemi più email, grazie.",
        "I no longer wish to receive these emails.",
        "Por favor, retirem-me da lista",
        "Não quero receber mais emails",
        "Please do not send me any more emails",
        "please dont send me any more messages, thanks",
        "please stop emailing me",
        "I do not want any more emails.",
        "Plus de mails svp",
        "Merci de ne plus m'écrire.",
        "Não me enviem mais emails, obrigada",
        "niente più email per favore",
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
        "予約を解除してください",  # cancel my appointment
        "服用を停止しました。頭痛がひどいです。",  # stopped the remedy, bad headaches
        "メールを停止する前に、薬の量について質問があります。次の予約はいつですか？",
        "I no longer wish to receive the medication, it makes me dizzy.",
        "Bitte nehmen Sie mich am Montag dran, ich komme um 10.",
        "Non inviatemi più le ricette per posta, le prendo io in farmacia, va bene?",
        # Named mail, but the message is about more than stopping it.
        "dont send me more messages about the drops, I have enough until march",
        "please dont send me the reminders before friday, i will order in the shop",
        "pas plus de mails que ça merci, une fois par mois me va bien",
        "plus de douleurs depuis lundi, merci",
        "I do not want to send more photos of the rash, is that ok?",
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
        "Abwesend: Wie geht es Ihnen?",
        "Absent - How are you doing?",
        "不在のお知らせ: お元気ですか",
    ],
)
def test_out_of_office_subjects(subject: str) -> None:
    assert autoreply_reason({}, subject) == "out-of-office subject"


@pytest.mark.parametrize(
    "subject",
    [
        "Re: How are you doing?",
        "AW: Wie geht es Ihnen?",
        "Re: Automatically better now",
        # A client telling us they will be away opens with the same words, and goes on.
        "Absent on Monday, can we move?",
        "Abwesend nächste Woche",
        "Re: Out of office next week",
        "OOO until Monday, back on Tuesday",
        "Ausente el lunes",
    ],
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
        ({"x-auto-response-suppress": ["All"]}, None),  # alone it is no sign (MS-OXCMAIL)
        # The null sender alone says it (RFC 3834 §3.3), Exchange's header or not.
        ({"x-auto-response-suppress": ["All"], "return-path": ["<>"]}, "null return path"),
        # A person's mail program with it: a copy saved without its envelope (mu's own test mail).
        ({"return-path": ["<>"], "user-agent": ["mu4e 1.8.9; emacs 29.1"]}, None),
        ({"precedence": ["bulk"], "list-id": ["<a.b>"]}, None),  # a list's: list_reason
        ({"feedback-id": ["1:2:ses"]}, "bulk mail: Feedback-Id"),
        ({"x-ms-exchange-inbox-rules-loop": ["a@b"]}, "Exchange inbox rule"),
        ({"auto-submitted": ["no"]}, None),
        ({"precedence": ["list"]}, None),
    ],
)
def test_autoreply_headers(headers: dict[str, list[str]], reason: str | None) -> None:
    assert autoreply_reason(headers, "Re: hello") == reason


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
