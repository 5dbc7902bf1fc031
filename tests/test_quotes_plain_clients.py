"""Issue 13: plain-text quoting of Emacs (Supercite, "LK> text", an attribution in the writer's
own words) and of Lotus Notes ("Sender --- Subject ---" above its header block)."""

from __future__ import annotations

from carecall_mail.core.replies.quotes import new_text

SUPERCITE = """Twas brillig at 14:00:54 17.11.2009 when lars@seas.example did gyre and gimble:

 LK> Resulted in 4604 lines of errors along the lines of:
 LK>   Error opening /home/lars/Mail
 LK>   Too many open files

See the patch just posted here.
"""


def test_supercite_quotes_and_a_custom_attribution_are_history() -> None:
    assert new_text(SUPERCITE) == "See the patch just posted here."


def test_supercite_answers_between_quotes_keep_their_question() -> None:
    text = "Ana> Did the new dose help?\n\nYes, a lot.\n\nAna> And your sleep?\nBetter too.\n"
    assert (
        new_text(text)
        == "> Did the new dose help?\n\nYes, a lot.\n\n> And your sleep?\nBetter too."
    )


def test_one_name_and_angle_line_is_the_clients_own() -> None:
    assert new_text("Note> the parking is at the back.\nSee you Monday.") == (
        "Note> the parking is at the back.\nSee you Monday."
    )


NOTES = """Hallo.
Jetzt muss ich dir noch kurzfristig absagen.
Mfg eike

Martin Edenhofer via Znuny Team --- Installation [Ticket#11392] ---

Von: "Martin Edenhofer" <support@example.com>
An: eike@example.com
Datum: Mi., 13.06.2012 14:30
Betreff: Installation [Ticket#11392]

Hi Eike, anbei die Informationen.
"""


def test_a_notes_title_above_the_header_block_is_history() -> None:
    assert new_text(NOTES) == "Hallo.\nJetzt muss ich dir noch kurzfristig absagen.\nMfg eike"


def test_dashes_in_a_clients_sentence_are_kept() -> None:
    text = "We meet --- as agreed --- on Monday."
    assert new_text(text) == text
