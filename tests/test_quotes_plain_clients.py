"""Issue 13: plain-text quoting of Emacs (Supercite, "LK> text", an attribution in the writer's
own words) and of Lotus Notes ("Sender --- Subject ---" above its header block)."""

from __future__ import annotations

import pytest

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


# Gmail's plain text re-wrapped by a forwarder (discourse's embedded_email_12): the address
# broke its line, so the attribution's closing "> wrote:" looks like a quoted line.
WRAPPED_VERB = """Yes, Monday suits me.

On Thu, 1 Oct 2026 at 11:16 Ana Field

<
mailto:Ana Field <ana@fieldpractice.example>
> wrote:


Shall we meet on Monday?
"""


def test_an_attribution_wrapped_down_to_a_quoted_wrote_is_history() -> None:
    assert new_text(WRAPPED_VERB) == "Yes, Monday suits me."
    # Bottom-posted below such an attribution, with the quote marked: the answer stays.
    marked = WRAPPED_VERB.replace("Shall we", "> Shall we") + "Yes, Monday suits me.\n"
    assert new_text(marked.replace("Yes, Monday suits me.\n\n", "", 1)) == "Yes, Monday suits me."


def test_a_quoted_wrote_below_a_clients_own_sentence_is_no_attribution() -> None:
    # Only the pieces of an address may stand between the dated line and the "> wrote:".
    text = "On 3 May I phoned the clinic.\n\n> wrote:\nThey will call.\n"
    assert new_text(text).startswith("On 3 May I phoned the clinic.")
    text = "On 3 May I phoned the clinic.\n<\n>  wrote:\nThey will call.\n"
    assert new_text(text).startswith("On 3 May I phoned the clinic.")


def test_tobit_davids_quoted_mail_title_starts_the_history() -> None:
    # mail-parser-reply's email_3_1: David's title above its "Von … An …" lines, the quoted
    # mail's text below them unmarked.
    text = (
        "Fourth reply, thank you.\n\nOriginal Message processed by david®\n"
        "FW: Termin 9. August 2022, 12:44 Uhr\nVon Ana Field\nAn Maria Keller\n\n"
        "Shall we meet on Monday?\n"
    )
    assert new_text(text) == "Fourth reply, thank you."
    assert new_text("The original message processed by david was lost.") == (
        "The original message processed by david was lost."
    )


UUENCODED = (
    "begin 644 rulesets-report.csv\n"
    "M4E5,15-%5%])1#M.04U%.T%#5$E6.U)53E]-3T1%.T%51$E47TU/1$E&65]$\n"
    '*.S$W+C`Y+C$T"@``\n`\nend\n'
)


def test_a_uuencoded_attachment_in_the_body_is_no_text() -> None:
    # Zammad's mail025: a script's report, the file uuencoded into the body (old clients too).
    assert new_text(UUENCODED) == ""
    assert (
        new_text(f"Here is the report.\n\n{UUENCODED}\nMaria\n") == "Here is the report.\n\nMaria"
    )


def test_words_that_look_like_uuencode_stay() -> None:
    for text in (
        "I begin 644 steps today\nend of story",
        "begin 644 poem.txt\nhello there, a poem\nend",
        "begin 644 x\nM4E5,15-%5%])1#M\n(the end got lost)",
    ):
        assert new_text(text) == text


@pytest.mark.parametrize(
    "attribution",
    [
        '>>> "Ana Field" <ana@fieldpractice.example> 11/2/2026 10:00 AM >>>',
        ">>> Ana Field <ana@fieldpractice.example> 02.11.2026 10:00 >>>",
    ],
)
def test_groupwise_attribution_starts_the_unmarked_history(attribution: str) -> None:
    assert new_text(f"I am fine.\n\n{attribution}\nHow are you?\n\nAna\n") == "I am fine."


def test_a_third_level_quote_is_no_groupwise_attribution() -> None:
    # ">>>" at both ends but no date or time: a deep quote, and the answer below stays.
    text = "Yes.\n\n>>> the old line with its >>>\nMore of mine."
    assert new_text(text) == "Yes.\n\nMore of mine."


CLEARSIGNED = """-----BEGIN PGP SIGNED MESSAGE-----
Hash: SHA256

I am fine, thank you.
- -- not my signature: a dash-escaped line (RFC 4880 §7.1)

Maria
-----BEGIN PGP SIGNATURE-----

iQEzBAEBCAAdFiEE5bVxK3dGq1bX0aYb4nZ3Xy5YwRkFAmVxYz8ACgkQ4nZ3Xy5Y
=abcd
-----END PGP SIGNATURE-----
"""


def test_openpgp_armor_is_no_text_and_a_clear_signed_text_is_kept() -> None:
    assert new_text(CLEARSIGNED) == (
        "I am fine, thank you.\n-- not my signature: a dash-escaped line (RFC 4880 §7.1)\n\nMaria"
    )
    encrypted = "-----BEGIN PGP MESSAGE-----\nVersion: GnuPG v2\n\nhQEMA5XGV3+x\n=Ab12\n"
    assert new_text(encrypted + "-----END PGP MESSAGE-----\n") == ""
    key = "-----BEGIN PGP PUBLIC KEY BLOCK-----\nmQINBF\n-----END PGP PUBLIC KEY BLOCK-----\n"
    assert new_text(f"See my key below.\n\n{key}") == "See my key below."


def test_an_armor_line_in_a_sentence_or_without_its_end_stays() -> None:
    text = "I pasted -----BEGIN PGP MESSAGE----- by mistake, sorry."
    assert new_text(text) == text


@pytest.mark.parametrize(
    "placeholder",
    ["[image: IMG_1234.jpg]", "[cid:image001.png@01D2C3A4.5B6C7D80]", "<IMG_1234.jpeg>"],
)
def test_an_inline_images_placeholder_is_no_text(placeholder: str) -> None:
    # Gmail's, Outlook's and Apple Mail's text for an image shown in the HTML part.
    text = f"Here is the photo of the rash:\n\n{placeholder}\n\nIt is getting better."
    assert new_text(text) == "Here is the photo of the rash:\n\nIt is getting better."
    assert new_text(placeholder) == ""


def test_brackets_and_angles_a_person_writes_stay() -> None:
    text = "The [image] on page 2 and <this> are fine, see notes.png later."
    assert new_text(text) == text
