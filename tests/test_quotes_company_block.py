"""Issue 13: a company block below the sign-off and the name is a signature, with no "-- "."""

from __future__ import annotations

from carecall_mail.core.replies.quotes import new_text

LETTER = """Hallo Martin,

wie besprochen hier noch die Daten.

Mit freundlichem Gruß

John Smith
Service und Support

Example Service AG & Co.
Someware-Str. 4
Tel.: +49 001 000 46
Fax: +49 001 000 47
www.example.com
Geschäftsführung: Tilman Test
"""


def test_the_company_block_goes_and_the_sign_off_and_name_stay() -> None:
    assert new_text(LETTER) == (
        "Hallo Martin,\n\nwie besprochen hier noch die Daten.\n\nMit freundlichem Gruß\n\n"
        "John Smith"
    )


def test_english_and_french_sign_offs_too() -> None:
    text = "I will come.\n\nBest regards,\nMaria Keller\nKeller GmbH\nT: +41 44 000 00 00\n"
    assert new_text(text) == "I will come.\n\nBest regards,\nMaria Keller"
    text = "Merci.\n\nCordialement,\nAnne\nwww.example.fr\nTél: +33 1 00 00 00 00\nFax: 01 00\n"
    assert new_text(text) == "Merci.\n\nCordialement,\nAnne"


def test_a_postscript_below_the_name_is_the_clients_own() -> None:
    text = (
        "See you then.\n\nKind regards,\nMaria\n\nP.S. my new number is +49 170 000 000,"
        " and I moved: www.example.org has the map.\n"
    )
    assert new_text(text) == text.strip()


def test_one_contact_line_is_not_a_company_block() -> None:
    text = "Thank you.\n\nRegards,\nMaria\nCall me on +49 170 000 000 after six.\n"
    assert new_text(text) == text.strip()


def test_without_a_sign_off_contact_lines_are_kept() -> None:
    text = "My details for the form:\nTel: +49 170 000 000\nFax: +49 170 000 001\nwww.example.org\n"
    assert new_text(text) == text.strip()
