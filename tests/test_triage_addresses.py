"""An email address in a reply is a mailbox's name, not the writer's words (assess._ADDRESS)."""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess


@pytest.mark.parametrize(
    "text",
    [
        "please write to abuse@163.com for complaints",
        "all good, new address: overdose.jones@gmail.com",
        "meine neue adresse ist selbstmord-hilfe.verein@web.de, sonst alles gut",
        "je vais bien, écrivez-moi à violence.conjugale@asso-exemple.fr pour le bénévolat",
    ],
)
def test_an_address_is_no_statement(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # The words around the address still count.
        "i want to die. my sister is anna@example.org, please tell her",
        # A link is read: what it names may be what the client means.
        "i keep looking at https://example.com/suicide-methods",
    ],
)
def test_the_words_around_it_still_count(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons
