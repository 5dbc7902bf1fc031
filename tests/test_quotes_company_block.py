"""Issue 13: a company block below the sign-off and the name is a signature, with no "-- "."""

from __future__ import annotations

import pytest

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


def test_international_numbers_written_with_hyphens_are_contact_lines() -> None:
    # Apple Mail's plain part of a company's signature: its numbers split by hyphens.
    text = (
        "Here is the pdf you asked for!\nCheers,\n\nLena\n\nLena | UX Designer\n"
        "Exempel Konsult AB, a Group company\nSweden +46-563-540090, Germany +49-30-521325470\n"
        "Exempel - The Experts | www.exempel.example\n"
    )
    assert new_text(text) == "Here is the pdf you asked for!\nCheers,\n\nLena"


def test_a_score_or_a_range_with_a_plus_is_no_phone_number() -> None:
    text = "Thanks.\n\nRegards,\nMaria\nThe swelling went +3-4 mm since Monday.\nwww.example.org\n"
    assert new_text(text) == text.strip()


def test_without_a_sign_off_contact_lines_are_kept() -> None:
    text = "My details for the form:\nTel: +49 170 000 000\nFax: +49 170 000 001\nwww.example.org\n"
    assert new_text(text) == text.strip()


NOTICES = [
    "This email and any files transmitted with it are confidential and intended solely for "
    "the use of the individual or entity to whom they are addressed. If you have received "
    "this email in error please notify the sender.",
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie "
    "nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.",
    "Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive "
    "de leurs destinataires. Si vous recevez ce message par erreur, merci de le détruire.",
    "Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su "
    "destinatario. Si usted lo ha recibido por error, le rogamos que lo comunique.",
]


@pytest.mark.parametrize("notice", NOTICES)
def test_a_legal_notice_without_a_heading_is_no_text(notice: str) -> None:
    assert new_text(f"I will come on Monday.\n\nMaria\n\n{notice}\n") == (
        "I will come on Monday.\n\nMaria"
    )


def test_a_client_calling_their_own_words_confidential_keeps_them() -> None:
    # Short, or with the client's words going on below it: no company's notice.
    short = "I will come.\n\nThis message is confidential, please keep it between us.\n\nMaria"
    assert new_text(short) == short
    more = f"I will come.\n\n{NOTICES[0]}\n\n" + "And one more thing about Monday.\n" * 41
    assert "one more thing" in new_text(more)


@pytest.mark.parametrize(
    "body",
    [
        "Mit freundlichen Grüßen\n\nMaria Keller\nKeller GmbH\nMusterstr. 1\n12345 Berlin\n"
        "Tel: +49 30 1234567\nwww.keller.example\n",
        "Maria Keller\nKeller GmbH\nTel: +49 30 1234567\nFax: +49 30 1234568\nwww.keller.example\n",
    ],
)
def test_a_mail_that_is_only_its_automatic_signature_has_no_text(body: str) -> None:
    # An empty reply from a program that adds the sender's signature by itself.
    assert new_text(body) == ""


@pytest.mark.parametrize(
    "body",
    [
        "I will come.\n\nMit freundlichen Grüßen\n\nMaria Keller\nKeller GmbH\nTel: +49 30 1\n"
        "www.keller.example\n",
        "My details for the form:\nTel: +49 170 000 000\nFax: +49 170 000 001\nwww.example.org\n",
        "Maria\nTel: +49 170 000 000\n",
        "Best regards,\nMaria Keller\n",
        "Beantworten: maria@example.org\n\nIch biete Ihnen ein Darlehen zu 1.5% an, schreiben "
        "Sie mir.\n\nmaria@example.org\nmaria@example.net\n",
    ],
)
def test_words_above_or_around_contact_lines_stay(body: str) -> None:
    assert new_text(body) != ""


@pytest.mark.parametrize(
    ("sign_off", "company"),
    [
        ("LG", "Praxis Roth GmbH\nTel.: +49 30 123 45\nwww.praxis-roth.example"),
        ("Cumprimentos,", "Clínica Exemplo Lda\nTel: +351 21 000 00 00\nwww.exemplo.pt"),
        ("S pozdravem", "Ordinace s.r.o.\nTel.: +420 2 0000 0000\nwww.ordinace.example"),
        ("Ystävällisin terveisin", "Klinikka Oy\nPuh: +358 9 000 000\nwww.klinikka.example"),
    ],
)
def test_sign_offs_in_more_languages_end_the_clients_words(sign_off: str, company: str) -> None:
    assert new_text(f"Danke, passt.\n\n{sign_off}\nJana Roth\n{company}\n") == (
        f"Danke, passt.\n\n{sign_off}\nJana Roth"
    )


def test_legal_notices_in_more_languages_go() -> None:
    notice = (
        "Esta mensagem e seus anexos são confidenciais e destinam-se exclusivamente ao "
        "destinatário. Se recebeu esta mensagem por engano, apague-a e avise o remetente."
    )
    assert new_text(f"Até segunda.\n\n{notice}\n") == "Até segunda."
    # A client's short sentence saying the same stays.
    assert new_text("Esta mensagem é confidencial, ok?\n") == "Esta mensagem é confidencial, ok?"


def test_a_signature_card_without_a_sign_off_goes_below_the_name() -> None:
    text = "Mir geht es gut.\n\nAna Field\nPraxis Field\nTel: +49 30 123 45\nwww.field.example\n"
    assert new_text(text) == "Mir geht es gut.\n\nAna Field"


@pytest.mark.parametrize(
    "text",
    [
        # The client introduced the details, wrote a postscript, or wrote a sentence.
        "Hier meine neuen Daten:\n\nAna Field\nTel: 030 123\nwww.field.example",
        "Mir geht es gut.\n\nAna Field\nTel: 030 123\nP.S. Bis bald",
        "Mir geht es gut.\n\nDie Schmerzen sind weg, ich nehme 3 Tabletten\nTel: 030 123\nwww.x.de",
    ],
)
def test_details_the_client_gives_stay(text: str) -> None:
    assert new_text(text) == text


def test_a_client_calling_their_own_mail_confidential_is_kept() -> None:
    text = (
        "Hi Ana,\n\nThis message is confidential, please do not share it with anyone, I am not "
        "doing well and I need to talk to you about my thoughts of ending my life very soon."
    )
    assert new_text(text) == text
    notice = (
        "This e-mail and any attachments are confidential and intended solely for the "
        "addressee. If you have received this e-mail in error, please notify the sender."
    )
    assert new_text(f"Bis dann.\n\n{notice}\n") == "Bis dann."


@pytest.mark.parametrize(
    "text",
    [
        "Danke.\n\nMit freundlichen Grüßen\nAna\n"
        "Ich halte es nicht mehr aus, bitte rufen Sie mich an: +49 170 1234567\nwww.x.de",
        "Danke.\n\nAna\nIch halte es nicht mehr aus, rufen Sie an +49 170 1234567\nwww.x.de",
    ],
)
def test_a_first_person_sentence_among_contact_lines_keeps_them(text: str) -> None:
    assert new_text(text) == text


GATEWAY_FOOTERS = (
    "This email has been scanned by the Symantec Email Security.cloud service.\nFor more "
    "information please visit http://www.symanteccloud.com\n" + "_" * 70,
    "__________ Information from ESET NOD32 Antivirus, version of virus signature database "
    "4711 (20261130) __________\n\nThe message was checked by ESET NOD32 Antivirus.\n\n"
    "http://www.eset.com",
    "This e-mail has been scanned for all viruses by Star.",
    "Diese E-Mail wurde von Avira auf Viren geprüft.",
    # A legal notice framed by rules of asterisks instead of empty lines.
    "*" * 70 + "\nThis email and any files transmitted with it are confidential and intended "
    "solely for the use of the individual or entity to whom they are addressed. If you have "
    "received this email in error please notify the system manager.\n" + "*" * 70,
)


def test_mail_gateways_scan_notices_and_framed_notices_go() -> None:
    for footer in GATEWAY_FOOTERS:
        assert new_text(f"Mir geht es gut.\n\n{footer}\n") == "Mir geht es gut.", footer[:40]


def test_a_client_saying_their_mail_was_checked_keeps_it() -> None:
    for text in (
        "Mir geht es gut.\n\nThis email was checked by my lawyer before I sent it.",
        "Mir geht es gut.\n\nThis email has been scanned for viruses, I hope, by my son.",
    ):
        assert new_text(text + "\n") == text


@pytest.mark.parametrize(
    "notice",
    [
        # Polish and Czech "ich" is "their", not German "I": the notice is still no one's words.
        "Ta wiadomość oraz jej załączniki mogą zawierać informacje poufne, przeznaczone "
        "wyłącznie dla adresata. Prosimy nie przekazywać ich osobom trzecim i usunąć ją, "
        "jeżeli trafiła do Państwa omyłkowo.",
        "Tato zpráva a její přílohy mohou obsahovat důvěrné informace určené pouze adresátovi. "
        "Pokud jste ji obdrželi omylem, nešiřte ich obsah a zprávu smažte.",
    ],
)
def test_a_west_slavic_notice_under_a_rule_saying_ich_is_no_text(notice: str) -> None:
    assert new_text(f"Dziękuję, wszystko dobrze.\n{'-' * 60}\n{notice}\n") == (
        "Dziękuję, wszystko dobrze."
    )


def test_a_german_client_saying_ich_in_a_confidential_paragraph_keeps_it() -> None:
    # German "ich" is the writer: a client's own paragraph that sounds like a notice stays.
    text = (
        "Danke.\n\nDiese E-Mail ist vertraulich, bitte an keinen Empfänger weitergeben und "
        "danach löschen, denn ich möchte nicht, dass meine Tochter von der Diagnose erfährt."
    )
    assert new_text(text + "\n") == text


def test_a_polish_client_speaking_of_themselves_in_a_confidential_paragraph_keeps_it() -> None:
    text = (
        "Dziękuję.\n\nTa wiadomość jest poufna, nie pokazuj jej nikomu, adresat to tylko Ty, "
        "bo mnie boli serce od tygodnia i nie chcę martwić rodziny."
    )
    assert new_text(text + "\n") == text


@pytest.mark.parametrize(
    "card",
    [
        "Ana Keller\nPflegedienst Sonnenhof\nTel: +49 30 1234567\nwww.sonnenhof.example",
        "АНА КЕЛЛЕР\nМенеджер отдела ухода\n+7 495 123-45-67\n"
        "[https://cdn.sonnenhof.example/vk.png]<https://vk.com/sonnenhof>",
    ],
)
def test_an_html_signature_opening_with_its_linked_logo_goes(card: str) -> None:
    logo = "[https://cdn.sonnenhof.example/sig/logo.png]<https://sonnenhof.example/>"
    assert new_text(f"Mir geht es gut.\n\n{logo}\n{card}\n") == "Mir geht es gut."


def test_a_picture_link_the_client_writes_about_stays() -> None:
    photo = "[https://photos.example/knee.jpg]<https://photos.example/album>"
    # The client speaks below the picture: their words, not a signature.
    text = f"Hier das Foto.\n\n{photo}\nIch habe seit Montag Schmerzen.\nTel: +49 30 1234567"
    assert new_text(text + "\n") == text
    # A picture with no contact lines below it is no signature card.
    alone = f"Hier das Foto.\n\n{photo}\nDas Knie ist geschwollen."
    assert new_text(alone + "\n") == alone
    # A picture link within a sentence is no logo line.
    inline = f"Mir geht es gut, siehe {photo}\n\nTel: +49 30 1234567\nwww.sonnenhof.example"
    assert "siehe" in new_text(inline + "\n")
