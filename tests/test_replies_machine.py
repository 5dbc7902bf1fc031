"""The "machine-written?" second reader (scripts/kinds_features.py, issue 13): its features, its
weights, and a trainer that never learns from a held-out message. A measuring instrument that
the product does not ask (README), tested so that its figures can be trusted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scriptload import ROOT, load_script

from carecall_mail.core.mimetext import header_map, parse_message

trainer = load_script("scripts/kinds_model.py")
features, machine_reason, probability = (  # the trainer put scripts/ on the path for them
    trainer.machine.features, trainer.machine.machine_reason, trainer.machine.probability
)  # fmt: skip

LINKS = "".join(f'<a href="https://t.esp.example/c/{n}">Offer {n}</a> ' for n in range(30))
NEWSLETTER = (
    "Return-Path: <bounce-7731-ana=example.org@mail.esp.example>\n"
    "DKIM-Signature: v=1; a=rsa-sha256; d=esp.example; s=k1; b=abc\n"
    "From: Garden Shop <noreply@news.gardenshop.example>\n"
    "To: ana@example.org\n"
    "Subject: SPRING SALE: 30% OFF EVERYTHING!\n"
    "Message-ID: <20261201093000.4f3a9c2b1d0e8f7a6b5c@mail.esp.example>\n"
    "List-Unsubscribe: <https://esp.example/u/7731>\n"
    "Feedback-ID: 7731:campaign:esp\n"
    "Precedence: bulk\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/html; charset=utf-8\n\n"
    '<html><body><table><tr><td><img src="https://esp.example/logo.png">'
    f"{LINKS}"
    '<a href="https://esp.example/u/7731">Unsubscribe</a>'
    '<img src="https://esp.example/open/7731.gif" width="1" height="1">'
    "</td></tr></table></body></html>\n"
)
# A person's answer in a thread, from a program people write in, with a header lists also
# carry (Precedence, List-Id): the rest of it is a person's mail.
PERSON = (
    "Return-Path: <jonas@example.net>\n"
    "From: Jonas Berg <jonas@example.net>\n"
    "To: Ana <ana@example.org>\n"
    "Subject: Re: Checking in\n"
    "Message-ID: <5f1e2d3c-aaaa-bbbb-cccc-1234567890ab@example.net>\n"
    "In-Reply-To: <checkin-1@example.org>\n"
    "References: <checkin-1@example.org>\n"
    "User-Agent: Mozilla Thunderbird\n"
    "Precedence: list\n"
    "List-Id: <family.example.net>\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "Hi Ana,\n\nall good here, the drops help. See you in March.\n\nJonas\n\n"
    "On 1 Dec 2026, Ana wrote:\n> How are you doing?\n"
)


def _features(raw: str) -> frozenset[str]:
    msg = parse_message(raw.encode())
    return features(msg, header_map(msg))


def _threshold() -> float:
    path = ROOT / "scripts" / "kinds_model.json"
    return float(json.loads(path.read_text("utf-8"))["threshold"])


def test_shipped_weights_load_with_a_threshold() -> None:
    assert 0.5 <= _threshold() < 1.0
    assert 0.0 < probability(frozenset()) < 1.0


def test_a_newsletter_reads_as_machine_written() -> None:
    found = _features(NEWSLETTER)
    assert {"h:list-unsubscribe", "html-only", "pixel", "wayout:html", "from:noreply"} <= found
    msg = parse_message(NEWSLETTER.encode())
    reason = machine_reason(msg, header_map(msg))
    assert reason is not None and reason.startswith("reads as machine-written (p=0.")


def test_a_persons_answer_with_list_like_headers_does_not() -> None:
    found = _features(PERSON)
    assert {"threaded", "mailer:person", "attribution", "subj:re"} <= found
    assert probability(found) < _threshold()
    msg = parse_message(PERSON.encode())
    assert machine_reason(msg, header_map(msg)) is None


def test_no_headers_and_no_body_still_read() -> None:
    found = _features("\n")
    assert "from:none" in found and "mid:none" in found


def _row(heldout: bool) -> object:
    return trainer.Row(
        corpus="c", name="m.eml", machine=True, features=frozenset({"h:list-id"}),
        rules_kind="reply", open_to_model=True, heldout=heldout,
    )  # fmt: skip


def test_the_trainer_refuses_a_held_out_message() -> None:
    with pytest.raises(ValueError, match=r"held-out messages are never trained on: c/m\.eml"):
        trainer.fit([_row(False), _row(True)])


def test_the_trainer_never_opens_a_held_out_message(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    plain = PERSON.replace("Precedence: list\n", "").replace("List-Id: <family.example.net>\n", "")
    (folder / "seen.eml").write_bytes(plain.encode())
    # The held-out file is not there at all: reading it would fail.
    labels = {"seen.eml": {"kind": "reply"}, "held.eml": {"kind": "autoreply", "heldout": True}}
    (folder / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    rows = trainer.load_rows(tmp_path)
    assert [(r.name, r.machine, r.open_to_model) for r in rows] == [("seen.eml", False, True)]
