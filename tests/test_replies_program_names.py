"""Issue 13: a sender's name only a program gives itself is automatic mail, with a near miss."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from carecall_mail.core.replies.parse import StaticReplyIndex, parse_reply

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def kind_of(sender: str, *, extra: str = "") -> str:
    raw = (
        f"From: {sender}\nTo: lena@example.org\nSubject: Re: Authorization required to post\n"
        f"Message-ID: <a@x>\n{extra}\nYou are now authorized to post to the group.\n"
    ).encode()
    return parse_reply(raw, StaticReplyIndex(), received_at=NOW).kind


@pytest.mark.parametrize(
    "sender",
    [
        "Gmane Autoauthorizer <auth@m.gmane.example>",
        "Auto-Responder <help@shop.example>",
        "Mail Robot <info@club.example>",
    ],
)
def test_a_programs_name_is_an_automatic_sender(sender: str) -> None:
    assert kind_of(sender) == "autoreply"


def test_it_holds_when_a_spam_filter_misflagged_the_robot() -> None:
    # A filter's verdict keeps spam's words from reading as a robot's; the sender's name
    # is the mail's own header, no words of its body.
    assert kind_of("Gmane Autoauthorizer <auth@m.gmane.example>", extra="X-Spam-Flag: YES\n") == (
        "autoreply"
    )


@pytest.mark.parametrize(
    "sender", ["Autohaus Berger <berger@example.de>", "Ana Automne <ana@example.fr>"]
)
def test_names_that_only_begin_like_a_programs_stay_a_persons(sender: str) -> None:
    assert kind_of(sender) == "reply"


def test_a_person_writing_in_a_mail_program_stays_a_person() -> None:
    # Near miss: a mail program's header says a person wrote, whatever the name says.
    assert kind_of("Auto Reply <ana@example.org>", extra="User-Agent: Mutt/2.2.9\n") == "reply"
