"""Issue 8 item 5 / issue 13 item 3: more mail clients' attributions, forward titles and
"Sent from" lines, written here from the clients' documented formats, with near misses."""

from __future__ import annotations

import pytest

from carecall_mail.core.replies.quotes import new_text

A = "ana@fieldpractice.example"


@pytest.mark.parametrize(
    "text",
    [
        # The same words without the address a program writes are the client's.
        "Ich habe Ihnen Folgendes geschrieben:\n\nBitte rufen Sie an.",
        "Quoting the leaflet:\n\nTake two a day.",
        "Zitat von Goethe:\nMehr Licht.",
        "Wij hebben het volgende geschreven:\nde dosis is te hoog",
        # A dashed line with an address in it that is no forward's title.
        f"--- Note: my new address is {A} from Monday on, please use it ---\nThanks",
        # The same openings in ordinary sentences, with no device or app named.
        "Gửi từ Hà Nội, tôi đã khỏe hơn\nCảm ơn",
        "Dikirim dari Jakarta kemarin, paketnya sudah sampai\nTerima kasih",
        "Enviat de casa, em trobo millor",
        # A semicolon after more than the app's name: the client goes on writing.
        "Sent from my iPhone; I am on the train now and will call",
    ],
)
def test_the_same_words_from_a_client_stay(text: str) -> None:
    assert new_text(text) == text
