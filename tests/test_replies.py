"""parse_reply on real-looking replies: matching, classification, new text, flags, JSON."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from carecall_mail.core.replies.parse import (
    Reply,
    ReplyRules,
    SentRef,
    StaticReplyIndex,
    parse_reply,
)

DATA = Path(__file__).parent / "data" / "replies"
NOW = datetime(2026, 10, 3, 9, 30, tzinfo=UTC)
PRACTICE = "ana@fieldpractice.example"
INDEX = StaticReplyIndex(
    sent={
        "checkin.c-001.20261002.one-week@fieldpractice.example": SentRef(
            "checkin:c-001:2026-10-02:one-week", "c-001"
        ),
        "resupply.c-002.20261010@fieldpractice.example": SentRef(
            "resupply:c-002:2026-10-24", "c-002"
        ),
        "checkin.c-004.20261002.one-week@fieldpractice.example": SentRef(
            "checkin:c-004:2026-10-02:one-week", "c-004"
        ),
    },
    clients={
        "Maria@Example.org": "c-001",
        "tom.baker@example.com": "c-002",
        "claire.martin@example.fr": "c-003",
        "jan@example.nl": "c-004",
    },
)
RULES = ReplyRules(own_addresses=frozenset({PRACTICE}))


def parse(name: str, rules: ReplyRules = RULES) -> Reply:
    return parse_reply((DATA / name).read_bytes(), INDEX, received_at=NOW, rules=rules)


# (file, kind, client, ledger key answered, the client's new text)
REPLIES = [
    (
        "gmail_en.eml",
        "c-001",
        "checkin:c-001:2026-10-02:one-week",
        "Hi Ana,\n\nThanks for checking in. The new job is going well and I'm sleeping much\n"
        "better since our last session.\n\nMaria",
    ),
    (
        "outlook_en.eml",
        "c-002",
        "resupply:c-002:2026-10-24",
        "Hello Ana,\n\nThe supplements are fine, but I have had some side effects this week: "
        "headaches\nin the morning. Should I take them with food?\n\nTom",
    ),
    (
        "outlook_de.eml",
        "c-001",
        "checkin:c-001:2026-10-02:one-week",
        "Hallo Frau Field,\n\nmir geht es gut, danke der Nachfrage. Seit dem Magnesium habe ich "
        "aber leichte\nNebenwirkungen (Bauchschmerzen am Abend).\n\nViele Grüße\nMaria Keller",
    ),
    (
        "apple_fr_html.eml",
        "c-003",
        None,
        "Bonjour Ana,\n\nTout va bien, merci ! J’ai repris le sport et je dors mieux.\n\n"
        "Bien à vous,\nClaire",
    ),
    (
        "thunderbird_nl.eml",
        "c-004",
        "checkin:c-004:2026-10-02:one-week",
        "Hallo Ana,\n\nHet gaat goed met me. Ik heb wel nog wat pijn in mijn onderrug na het "
        "sporten, maar het wordt minder.\n\nGroeten,\nJan",
    ),
    (
        "iphone_de.eml",
        "c-001",
        "checkin:c-001:2026-10-02:one-week",
        "Alles gut, danke! Die Tropfen nehme ich jeden Morgen.",
    ),
    (
        "android_es.eml",
        None,
        None,
        "Hola Ana, estoy mejor, pero todavía no puedo dormir bien por las noches.\n\n"
        "Un abrazo,\nLucía",
    ),
    ("gmail_it.eml", None, None, "Ciao Ana, tutto bene, grazie! Il rimedio funziona.\n\nGiulia"),
    ("iphone_sv.eml", None, None, "Hej Ana!\n\nDet går bra, tack. Jag har börjat sova bättre."),
    (
        "gmail_pl.eml",
        None,
        None,
        "Dzień dobry,\n\nczuję się lepiej, ale wciąż mam ból głowy po południu.\n\n"
        "Pozdrawiam\nAnna",
    ),
    (
        "mailru_ru.eml",
        None,
        None,
        "Здравствуйте, Ана!\n\nВсё хорошо, спасибо. Сплю намного лучше.",
    ),
    ("gmail_zh.eml", None, None, "安娜你好，\n\n我最近睡得不太好，吃了药以后有点副作用。"),
    (
        "stop_not_optout_en.eml",
        "c-002",
        "resupply:c-002:2026-10-24",
        "I had to stop the magnesium, it gave me pain.",
    ),
    (
        "wrong_charset.eml",
        None,
        None,
        "Mir geht's schlechter, ich kann nicht schlafen. Können wir telefonieren?\n\nZoë",
    ),
    ("unknown_charset.eml", None, None, "Grüße, alles gut."),
]


@pytest.mark.parametrize(("name", "client", "key", "text"), REPLIES, ids=[r[0] for r in REPLIES])
def test_reply_is_matched_and_only_the_new_text_is_kept(
    name: str, client: str | None, key: str | None, text: str
) -> None:
    reply = parse(name)
    assert reply.kind == "reply"
    assert reply.client_id == client
    assert reply.in_reply_to == key
    assert reply.text == text
    assert reply.raw is None


@pytest.mark.parametrize(
    ("name", "urgency"),
    [
        ("outlook_en.eml", "concern"),  # side effects
        ("outlook_de.eml", "concern"),  # Nebenwirkungen
        ("thunderbird_nl.eml", "concern"),  # pijn
        ("android_es.eml", "concern"),  # no puedo dormir
        ("gmail_pl.eml", "concern"),  # ból
        ("gmail_zh.eml", "concern"),  # 副作用
        ("stop_not_optout_en.eml", "concern"),  # pain
        ("wrong_charset.eml", "concern"),  # schlechter, kann nicht schlafen
        # The quoted check-in asks about "pain or side effects"; only new text counts.
        ("gmail_en.eml", "none"),
        ("apple_fr_html.eml", "none"),
        ("iphone_de.eml", "none"),
    ],
)
def test_flags_come_from_the_new_text_only(name: str, urgency: str) -> None:
    # The level, not the engine's exact wording of each reason (core/triage/assess.py is tuned).
    reply = parse(name)
    assert reply.urgency == urgency
    assert reply.flagged is (urgency != "none")
    assert bool(reply.reasons) is reply.flagged
    assert all(r.startswith(f"{urgency}: ") for r in reply.reasons)


def test_headers_are_decoded() -> None:
    assert parse("outlook_de.eml").subject == "AW: Wie geht es Ihnen? Übrigens danke"
    assert parse("outlook_de.eml").from_name == "Keller, Maria"
    assert parse("mailru_ru.eml").subject == "Re: Как вы себя чувствуете?"
    assert parse("mailru_ru.eml").from_name == "Ольга"
    assert parse("gmail_zh.eml").subject == "Re: 最近怎么样？"
    assert parse("android_es.eml").from_name == "Lucía Gómez"
    assert parse("wrong_charset.eml").from_name == "Zoë Müller"  # raw UTF-8 in a header


def test_from_address_is_lower_cased_and_message_id_unbracketed() -> None:
    reply = parse("gmail_en.eml")
    assert reply.from_addr == "maria@example.org"
    assert reply.message_id == "CAF7x2Qk9vJd0bS1n=Lp5hT_q3Wm8Yx@mail.gmail.com"
    assert reply.received_at == NOW


def test_references_are_searched_newest_first() -> None:
    reply = parse("outlook_en.eml")  # References: <older> <ours>; no In-Reply-To
    assert reply.references == (
        "older.thread@fieldpractice.example",
        "resupply.c-002.20261010@fieldpractice.example",
    )
    assert reply.in_reply_to == "resupply:c-002:2026-10-24"


def test_sender_address_matches_when_no_thread_header_does() -> None:
    reply = parse("apple_fr_html.eml")  # answers a message the ledger does not know
    assert reply.client_id == "c-003"
    assert reply.in_reply_to is None


def test_exchange_out_of_office_is_an_autoreply_not_a_reply() -> None:
    reply = parse("exchange_oof_de.eml")
    assert reply.kind == "autoreply"
    assert reply.reasons == ("autoreply: Auto-Submitted",)
    assert reply.client_id == "c-001"
    assert reply.autoreply_ok is False
    assert not reply.flagged  # "dringenden" in an out-of-office text is not the client's trouble


def test_out_of_office_subject_alone_is_an_autoreply() -> None:
    reply = parse("oof_subject_fr.eml")
    assert reply.kind == "autoreply"
    assert reply.reasons == ("autoreply: out-of-office subject",)
    assert reply.autoreply_ok is False


def test_short_request_to_stop_is_an_optout() -> None:
    reply = parse("optout_de.eml")
    assert reply.kind == "optout"
    assert reply.client_id == "c-001"
    assert reply.text == "Bitte keine E-Mails mehr.\n\nDanke\nMaria"
    assert reply.reasons == ("optout: request to stop",)
    assert reply.autoreply_ok is False


def test_mail_to_the_unsubscribe_address_is_an_optout() -> None:
    rules = ReplyRules(unsubscribe_addresses=frozenset({"ana@fieldpractice.example"}))
    assert parse("gmail_en.eml", rules).kind == "optout"
    assert parse("gmail_en.eml", rules).reasons == ("optout: unsubscribe address",)
    tagged = ReplyRules(unsubscribe_addresses=frozenset({"optout@fieldpractice.example"}))
    raw = (
        (DATA / "gmail_en.eml")
        .read_bytes()
        .replace(
            b"To: Ana Field <ana@fieldpractice.example>",
            b"To: <optout+c-001@fieldpractice.example>",
        )
    )
    assert parse_reply(raw, INDEX, received_at=NOW, rules=tagged).kind == "optout"
    assert parse("gmail_en.eml", tagged).kind == "reply"


def test_unsubscribe_subject_is_an_optout() -> None:
    raw = (
        b"From: maria@example.org\r\nTo: ana@fieldpractice.example\r\nSubject: unsubscribe\r\n\r\n"
    )
    reply = parse_reply(raw, INDEX, received_at=NOW)
    assert reply.kind == "optout"
    assert reply.reasons == ("optout: subject",)
    assert reply.client_id == "c-001"


def test_postfix_dsn_is_a_bounce_before_its_auto_submitted_header_counts() -> None:
    reply = parse("postfix_dsn.eml")
    assert reply.kind == "bounce"
    assert reply.bounced == ("maria.keller@old-provider.example",)
    assert reply.permanent is True
    # The client and the key come from our Message-ID inside the report.
    assert reply.client_id == "c-001"
    assert reply.in_reply_to == "checkin:c-001:2026-10-02:one-week"
    assert reply.autoreply_ok is False
    assert reply.text == ""


def test_delayed_dsn_is_a_temporary_bounce() -> None:
    reply = parse("delayed_dsn.eml")
    assert reply.kind == "bounce"
    assert reply.bounced == ("tom.baker@example.com",)
    assert reply.permanent is False
    assert reply.client_id == "c-002"  # from the failed address


def test_exim_bounce_without_dsn() -> None:
    reply = parse("exim_failed.eml")
    assert reply.kind == "bounce"
    assert reply.bounced == ("jan@example.nl",)
    assert reply.permanent is True
    assert reply.in_reply_to == "checkin:c-004:2026-10-02:one-week"


def test_bounce_json_has_bounced_and_permanent() -> None:
    data = parse("postfix_dsn.eml").to_json()
    assert data["kind"] == "bounce"
    assert data["bounced"] == ["maria.keller@old-provider.example"]
    assert data["permanent"] is True
    # One JSON shape from parse to `replies --json`: a reply bounced nothing, for good or not.
    reply = parse("gmail_en.eml").to_json()
    assert (reply["kind"], reply["bounced"], reply["permanent"]) == ("reply", [], False)


def test_reply_json_has_the_design_fields() -> None:
    data = parse("outlook_en.eml").to_json()
    assert {k: data[k] for k in ("from", "client", "in_reply_to", "kind", "flagged")} == {
        "from": "tom.baker@example.com",
        "client": "c-002",
        "in_reply_to": "resupply:c-002:2026-10-24",
        "kind": "reply",
        "flagged": True,
    }
    assert data["received_at"] == "2026-10-03T09:30:00+00:00"
    assert data["urgency"] == "concern"
    assert data["reasons"] and data["reasons"][0].startswith("concern: side effect")
    assert isinstance(data["text"], str)
    assert data["message_id"] == parse("outlook_en.eml").message_id


def test_mailing_list_post_must_not_be_auto_answered() -> None:
    # Issue 13: list mail from someone who answers nothing of ours is bulk, not a reply.
    reply = parse("list_post.eml")
    assert reply.kind == "autoreply"
    assert reply.reasons == ("autoreply: mailing list: List-Id",)
    assert reply.autoreply_ok is False
    assert parse("gmail_en.eml").autoreply_ok is True


@pytest.mark.parametrize(
    ("headers", "ok"),
    [
        (b"From: maria@example.org\r\n", True),
        (b"From: maria@example.org\r\nAuto-Submitted: no\r\n", True),
        (b"From: maria@example.org\r\nAuto-Submitted: auto-generated\r\n", False),
        (b"From: maria@example.org\r\nList-Unsubscribe: <mailto:x@y.z>\r\n", False),
        (b"From: maria@example.org\r\nPrecedence: list\r\n", False),
        (b"From: maria@example.org\r\nReturn-Path: <>\r\n", False),
        (b"From: no-reply@example.org\r\n", False),
        (b"From: NoReply@example.org\r\n", False),
        (b"From: postmaster@example.org\r\n", False),
        (b"From: Ana <ANA@fieldpractice.example>\r\n", False),  # ourselves
        (b"Subject: no sender\r\n", False),
    ],
)
def test_autoreply_ok_follows_rfc_3834(headers: bytes, ok: bool) -> None:
    raw = headers + b"Subject: Re: hello\r\nMessage-ID: <x@y>\r\n\r\nThanks, all good.\r\n"
    reply = parse_reply(raw, INDEX, received_at=NOW, rules=RULES)
    assert reply.autoreply_ok is ok


def test_missing_message_id_gets_a_stable_hash() -> None:
    first = parse("no_message_id.eml")
    again = parse("no_message_id.eml")
    assert first.message_id.startswith("sha256:")
    assert len(first.message_id) == len("sha256:") + 64
    assert first.message_id == again.message_id
    assert first.client_id == "c-001"


def test_non_mail_bytes_are_unknown_with_raw_kept() -> None:
    raw = (DATA / "not_mail.bin").read_bytes()
    reply = parse_reply(raw, INDEX, received_at=NOW)
    assert reply.kind == "unknown"
    assert reply.raw == raw
    assert reply.reasons == ("unparseable: no mail headers",)
    assert reply.message_id.startswith("sha256:")


def test_empty_input_is_unknown() -> None:
    reply = parse_reply(b"", INDEX, received_at=NOW)
    assert reply.kind == "unknown"
    assert reply.raw == b""


class ExplodingIndex:
    def sent_by_message_id(self, message_id: str) -> SentRef | None:
        raise RuntimeError("boom")

    def client_by_email(self, address: str) -> str | None:
        raise RuntimeError("boom")


def test_an_exception_inside_becomes_unknown_never_a_crash() -> None:
    raw = (DATA / "gmail_en.eml").read_bytes()
    reply = parse_reply(raw, ExplodingIndex(), received_at=NOW)
    assert reply.kind == "unknown"
    assert reply.reasons == ("unparseable: RuntimeError",)
    assert reply.raw == raw


def test_received_at_keeps_its_offset() -> None:
    zurich = datetime(2026, 10, 3, 11, 30, tzinfo=timezone(timedelta(hours=2)))
    reply = parse_reply((DATA / "gmail_en.eml").read_bytes(), INDEX, received_at=zurich)
    assert reply.to_json()["received_at"] == "2026-10-03T11:30:00+02:00"


def test_custom_flag_words_add_to_the_built_in_net() -> None:
    rules = ReplyRules(flag_words=("new job",))
    reply = parse("gmail_en.eml", rules)
    assert reply.reasons == ("concern: new job",)
    assert parse("outlook_en.eml", rules).flagged is True  # the built-in lexicon stays on


def test_static_index_is_case_insensitive_and_strips_brackets() -> None:
    assert INDEX.client_by_email("MARIA@example.ORG") == "c-001"
    ref = INDEX.sent_by_message_id(" <resupply.c-002.20261010@fieldpractice.example> ")
    assert ref == SentRef("resupply:c-002:2026-10-24", "c-002")
    assert INDEX.sent_by_message_id("nope@x") is None


def _body(text: str) -> bytes:
    return (
        "From: someone@example.net\nTo: ana@fieldpractice.example\nSubject: Re: issue 12\n"
        f"Message-ID: <q1@example.net>\n\n{text}"
    ).encode()


def test_a_list_of_quick_actions_for_a_tool_is_no_optout() -> None:
    # GitLab's reply-by-email commands: "/unsubscribe" leaves one issue's thread.
    reply = parse_reply(_body("/close\n/unsubscribe\n"), INDEX, received_at=NOW)
    assert (reply.kind, reply.text) == ("reply", "/close\n/unsubscribe")


def test_a_lone_unsubscribe_command_or_word_is_still_an_optout() -> None:
    for text in ("/unsubscribe\n", "unsubscribe\n"):
        assert parse_reply(_body(text), INDEX, received_at=NOW).kind == "optout"
