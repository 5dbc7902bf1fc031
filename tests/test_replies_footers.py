"""Issue 13: what stands below or instead of a client's words: a phone's line with the "-- "
delimiter written onto it, a company's "think before you print" footer, a signature that is
all an empty mail holds, and the text Exchange moves into an "ATT00001.txt" attachment.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from carecall_mail.core.replies.parse import StaticReplyIndex, parse_reply
from carecall_mail.core.replies.quotes import new_text

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def text_of(raw: str) -> str:
    reply = parse_reply(raw.replace("\n", "\r\n").encode(), StaticReplyIndex(), received_at=NOW)
    assert reply.kind == "reply"
    return reply.text


# --- a phone's line under a glued "-- " ---------------------------------------------------------


def test_a_phones_line_with_the_delimiter_on_it_is_a_signature() -> None:
    assert (
        new_text("Then we have more text\n\n-- sent from my phone.\n") == "Then we have more text"
    )
    assert new_text("See you Tuesday.\n\n—Sent from my iPhone\n") == "See you Tuesday."


def test_a_dashed_line_that_says_where_the_client_is_stays() -> None:
    # Near miss: the client's own sentence after a dash, no app's name.
    got = new_text("I cannot come.\n\n-- sent from my hospital bed, please call me\n")
    assert "hospital bed" in got


# --- a company's "think before you print" footer -------------------------------------------------

ECO_FR = (
    "Pas à pas, agissons au quotidien pour préserver notre environnement.\n"
    "N'imprimez ce mail qu'en cas de nécessité.\n"
)
HISTORY_FR = (
    "\n-----Message d'origine-----\nDe : Retour BL [mailto:retour@example.com]\n"
    "Envoyé : vendredi 14 mars 2014 10:19\nÀ : Paul Dupont\nObjet : TR: pièce jointe\n\n"
    "Pièce jointe toujours pas conforme.\n"
)


def test_a_name_and_title_over_a_green_footer_is_an_empty_reply() -> None:
    body = "\n\n\nM. DUPONT Paul\nSuperviseur de voitures\n\n\n" + ECO_FR + HISTORY_FR
    assert new_text(body) == ""


def test_the_clients_words_above_a_green_footer_stay_and_the_footer_goes() -> None:
    body = "Je viendrai mardi à 10 h.\n\nM. DUPONT Paul\nSuperviseur\n\n" + ECO_FR + HISTORY_FR
    assert new_text(body) == "Je viendrai mardi à 10 h.\n\nM. DUPONT Paul\nSuperviseur"


@pytest.mark.parametrize(
    "footer",
    [
        "Please consider the environment before printing this e-mail.",
        "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
        "Antes de imprimir este correo, piense en el medio ambiente.",
        # Outlook's Webdings leaf, written as a "P" in the text alternative.
        "P Please consider the environment - do you really need to print this email?",
        "Save a tree - don't print this email unless necessary.",
    ],
)
def test_green_footers_in_other_languages_go(footer: str) -> None:
    assert new_text(f"Thanks, that works for me.\n\n{footer}\n") == "Thanks, that works for me."


def test_a_sentence_about_printing_is_the_clients() -> None:
    body = "Hello,\nI think before you print the leaflet we should fix the date.\nAna\n"
    assert "fix the date" in new_text(body)


@pytest.mark.parametrize(
    "body",
    [
        # Two short lines of the client's, not a name and a title.
        "OK\nSee you then\n\nPlease consider the environment before printing.\n",
        "Thanks Ana\nSee you Monday\n\nPlease consider the environment before printing.\n",
    ],
)
def test_short_lines_over_a_green_footer_are_no_signature(body: str) -> None:
    assert new_text(body).startswith(body.split("\n")[0])


# --- Exchange's ATT00001.txt ---------------------------------------------------------------------


def exchange_mail(parts: str) -> str:
    return (
        "From: Maria <maria@example.org>\nTo: ana@fieldpractice.example\nSubject: Photo\n"
        "Message-ID: <a1@example.org>\nMIME-Version: 1.0\n"
        f'Content-Type: multipart/mixed; boundary="b1"\n\n{parts}--b1--\n'
    )


PHOTO = (
    '--b1\nContent-Type: image/jpeg; name="IMG_0001.jpg"\n'
    'Content-Disposition: attachment; filename="IMG_0001.jpg"\n'
    "Content-Transfer-Encoding: base64\n\n/9j/4AAQ\n"
)


def moved(text: str, name: str = "ATT00001.txt") -> str:
    return (
        f'--b1\nContent-Type: text/plain; charset="us-ascii"; name="{name}"\n'
        f'Content-Description: {name}\nContent-Disposition: attachment; filename="{name}"\n\n'
        f"{text}\n"
    )


def test_a_mail_whose_only_text_is_an_att00001_txt_keeps_that_text() -> None:
    raw = exchange_mail(
        PHOTO + moved("Here is the new leaflet for the group.\n\nSent from my iPhone")
    )
    assert text_of(raw) == "Here is the new leaflet for the group."


def test_text_that_goes_on_in_an_att00001_txt_after_a_photo_is_read_on() -> None:
    first = '--b1\nContent-Type: text/plain; charset="us-ascii"\n\nThe leaflet:\n\n'
    raw = exchange_mail(first + PHOTO + moved("Page two follows tomorrow."))
    assert text_of(raw) == "The leaflet:\n\nPage two follows tomorrow."


def test_a_text_file_the_client_attached_is_no_text() -> None:
    raw = exchange_mail(PHOTO + moved("line 1 of my notes", name="notes.txt"))
    assert text_of(raw) == ""
