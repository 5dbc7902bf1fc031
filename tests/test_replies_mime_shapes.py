"""Issue 13: multiparts of odd shapes read as RFC 2046 says, each with a near miss."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from carecall_mail.core.replies.parse import StaticReplyIndex, parse_reply
from carecall_mail.core.replies.quotes import new_text

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
HEAD = b"From: Maria <maria@example.org>\nSubject: Re: How are you?\nMessage-ID: <m@x>\n"


def text_of(raw: bytes) -> str:
    return parse_reply(raw, StaticReplyIndex(), received_at=NOW).text


def test_an_empty_part_before_the_close_delimiter_leaves_the_epilogue_out() -> None:
    # "--b" then "--b--": one empty part; the stdlib read the epilogue as its text.
    raw = HEAD + (
        b'Content-Type: multipart/mixed; boundary="b1"\n\npreamble\n\n--b1\n--b1--\n\n'
        b"Notes for the list archive.\n"
    )
    assert text_of(raw) == ""


def test_an_empty_part_between_parts_keeps_the_text_after_it() -> None:
    # Near miss: an empty part in the middle; the text part after it is the body.
    raw = HEAD + (
        b'Content-Type: multipart/mixed; boundary="b1"\n\n--b1\n--b1\nContent-Type: text/plain'
        b"\n\nI slept well last night.\n--b1--\n\nEpilogue for old readers.\n"
    )
    assert text_of(raw) == "I slept well last night."


def test_a_boundary_declared_with_trailing_spaces_is_matched_as_declared() -> None:
    # The close delimiter "--b2  --" ends the body; a line "--b2 " (one space) is text.
    raw = HEAD + (
        b'Content-Type: multipart/mixed; boundary="b2  "\n\n--b2  \nContent-Type: text/plain'
        b"\n\nMuch better today.\n--b2 \nThat line was mine.\n--b2  --\nepilogue of the program\n"
    )
    text = text_of(raw)
    assert "Much better today." in text and "That line was mine." in text
    assert "epilogue" not in text


def test_a_well_formed_multipart_with_an_epilogue_is_unchanged() -> None:
    # Near miss: the stdlib finds this close delimiter itself; nothing to mend.
    raw = HEAD + (
        b'Content-Type: multipart/mixed; boundary="b3"\n\n--b3\nContent-Type: text/plain\n\n'
        b"Thank you, all is well.\n--b3--\nepilogue\n"
    )
    assert text_of(raw) == "Thank you, all is well."


def test_an_unknown_text_subtype_is_read_as_plain_when_nothing_plainer_is_there() -> None:
    # RFC 2046 §4.1.4: text/markdown, a program's text/x-…, read as text/plain.
    raw = HEAD + b"Content-Type: text/markdown\n\nI'm *really* happy to hear from you.\n"
    assert "really" in text_of(raw)
    raw = HEAD + (
        b'Content-Type: multipart/mixed; boundary="b4"\n\n--b4\nContent-Type: text/x-one\n\n'
        b"Blah, I am fine.\n--b4--\n"
    )
    assert text_of(raw) == "Blah, I am fine."


def test_an_unknown_text_subtype_beside_a_plain_part_is_not_the_body() -> None:
    # Near miss: the text/plain part is the body; a text/x-log part beside it is not read,
    # and data subtypes (a calendar) are never read as a body.
    raw = HEAD + (
        b'Content-Type: multipart/mixed; boundary="b5"\n\n--b5\nContent-Type: text/x-log\n\n'
        b"ERROR 42 at boot\n--b5\nContent-Type: text/plain\n\nHere is the log you asked for."
        b"\n--b5--\n"
    )
    assert text_of(raw) == "Here is the log you asked for."
    raw = HEAD + b"Content-Type: text/calendar\n\nBEGIN:VCALENDAR\nEND:VCALENDAR\n"
    assert text_of(raw) == ""


def test_a_broken_multipart_beside_an_html_alternative_gives_way_to_it() -> None:
    # A multipart/related whose boundary its body never uses, beside the HTML alternative.
    raw = HEAD + (
        b'Content-Type: multipart/alternative; boundary="alt"\n\n--alt\nContent-Type: '
        b"text/html\n\n<html><body>I am feeling better.</body></html>\n--alt\n"
        b'Content-Type: multipart/related; boundary="rel"\n\nbroken raw text\n--alt--\n'
    )
    assert text_of(raw) == "I am feeling better."


def test_a_broken_multipart_alone_is_still_read_as_text() -> None:
    # Near miss: with nothing beside it, its raw text is the body (RFC 2046 §5.1.1).
    raw = HEAD + (
        b'Content-Type: multipart/alternative; boundary="alt"\n\n--alt\n'
        b'Content-Type: multipart/related; boundary="rel"\n\nI feel better, thanks.\n--alt--\n'
    )
    assert text_of(raw) == "I feel better, thanks."


WRAPPER = b"From: Maria <maria@example.org>\nTo: <care@example.net>\nSubject: Fwd: news\n"
WRAPPER += b"Message-ID: <w@x>\nMIME-Version: 1.0\nContent-Type: message/rfc822\n\n"


def test_a_mail_that_is_another_mail_whole_is_a_forward_with_nothing_new() -> None:
    inner = b"From: Bob <bob@example.com>\nTo: <maria@example.org>\nSubject: news\n\nI am Bob.\n"
    assert text_of(WRAPPER + inner) == ""
    # GroupWise: the sender's own earlier mail to someone else, sent on whole.
    inner = b"From: Maria <maria@example.org>\nTo: <tom@example.com>\nSubject: x\n\nHi Tom.\n"
    assert text_of(WRAPPER + inner) == ""


def test_the_senders_own_mail_wrapped_by_their_program_is_read_inside() -> None:
    # Near misses: the wrapped mail is the sender's to the same recipient, or only MIME
    # headers over the text (a news gateway's wrapper): the sender's words.
    inner = b"From: Maria <maria@example.org>\nTo: <care@example.net>\nSubject: x\n\nI am well.\n"
    assert text_of(WRAPPER + inner) == "I am well."
    inner = b"Content-Type: text/plain; charset=us-ascii\nMIME-Version: 1.0\n\nI am well.\n"
    assert text_of(WRAPPER + inner) == "I am well."


def test_mailmans_next_part_divider_ends_the_senders_words() -> None:
    body = (
        "Any opinions on the new plan?\n\nVit\n\n-------------- next part --------------\n"
        "A non-text attachment was scrubbed...\nName: signature.asc\n"
        "Type: application/pgp-signature\nSize: 190 bytes\n"
        "URL: <http://lists.example.org/pipermail/x/attachments/1/attachment.sig>\n"
    )
    text = new_text(body)
    assert "Any opinions" in text and "scrubbed" not in text


def test_a_persons_next_part_line_is_their_text() -> None:
    # Near miss: "next part" in the writer's own sentence, not Mailman's dashed divider.
    body = "I did the first exercise.\n\nNext part of the plan: walking every day.\n"
    assert "walking every day" in new_text(body)


def test_mh_attribution_by_message_id_is_dropped_with_its_wrapped_line() -> None:
    body = (
        "Thanks, that helps.\n\nIn message <abc123@mail.example.org> on 06/18/92(00:32:43)\n"
        "you Nathaniel <nsb@example.org> wrote:\n> Can you send an example?\n\n"
        "Yes, attached.\n"
    )
    text = new_text(body)
    assert "In message" not in text and "Yes, attached." in text


def test_a_persons_line_about_a_message_stays_above_an_attribution() -> None:
    # Near miss: the client's sentence above the attribution names no Message-ID.
    body = (
        "In message after message you told me to rest.\n"
        "you Nathaniel <nsb@example.org> wrote:\n> Can you rest?\n\nI did.\n"
    )
    assert "In message after message you told me to rest." in new_text(body)


def test_an_andrew_excerpt_attribution_wrapped_onto_its_size_line_is_dropped() -> None:
    body = (
        "Excerpts from mail: 8-Mar-93 Re: MIME, how do you pronou.. Steindler\n"
        "Alberto@uts340 (203)\n\n> Got it working!\nNo problem, glad it works.\n"
        "> Thanks again.\n\nAny time.\n"
    )
    text = new_text(body)
    assert "Excerpts" not in text and "Alberto@uts340" not in text
    assert "No problem, glad it works." in text


def test_a_line_with_a_number_in_brackets_below_a_persons_excerpt_line_stays() -> None:
    # Near miss: no Andrew date after "Excerpts from …:", so both lines are the client's.
    body = "Excerpts from my diary: the week went well\nI walked daily (5)\n\n> How are you?\n"
    text = new_text(body)
    assert "Excerpts from my diary" in text and "I walked daily (5)" in text


def test_an_old_application_pgp_body_is_read_as_its_signed_text() -> None:
    # exmh's clear-signed mail before RFC 2015, format=mime: the signed text is a MIME entity.
    raw = HEAD + (
        b"Content-Type: application/pgp; format=mime; x-action=signclear\n\n"
        b"-----BEGIN PGP SIGNED MESSAGE-----\n\ncontent-type: text/plain; charset=us-ascii\n\n"
        b"I took the new tablets and slept well.\n\n-----BEGIN PGP SIGNATURE-----\n"
        b"Version: 2.6\n\niQCVAwUBL513dhwibWUizdv1AQFCwgQAksMqEBBC\n=hydu\n"
        b"-----END PGP SIGNATURE-----\n"
    )
    assert text_of(raw) == "I took the new tablets and slept well."


def test_a_pgp_key_sent_as_a_file_is_no_body() -> None:
    # Near miss: application/pgp-keys is a key, not a signed text.
    raw = HEAD + (
        b"Content-Type: application/pgp-keys\n\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n"
        b"mQENBFexample\n-----END PGP PUBLIC KEY BLOCK-----\n"
    )
    assert text_of(raw) == ""


def test_an_exmh_said_attribution_and_a_quoted_signature_card_below_the_answer_go() -> None:
    body = (
        'On "Tue, 25 Apr 1995 08:32:04 EDT" Al Marrin <al@example.edu>\nsaid:\n'
        ">That's just dandy....\n>\nThat is a known hoax, do not worry.\n\n"
        ">*******************************************\n>Al Marrin, Coordinator\n"
        ">Phone: (904) 392-1285\n>\n"
    )
    assert new_text(body) == "That is a known hoax, do not worry."


def test_a_persons_said_line_and_answers_between_quotes_stay() -> None:
    # Near misses: "Mom said:" names no address or date; a quoted block below the answer
    # that is a question, not a signature card, keeps the inline answers.
    body = "Mom said:\n> rest more\n\nI do rest.\n"
    assert "Mom said:" in new_text(body)
    body = (
        "On Tue, 3 Mar 2026, Ana <ana@example.org> wrote:\n> How did you sleep?\n\nBadly.\n\n"
        "> Any pain?\n\nNo pain.\n"
    )
    text = new_text(body)
    assert "> Any pain?" in text and "No pain." in text


UU_LINE = "M" + "1TE&.#=A$P`3`*$``/___P```(" * 2 + '`@,#`P"P`'


def test_a_uuencoded_file_cut_short_at_the_texts_end_is_no_text() -> None:
    body = "A reply is attached.\n\nbegin 666 Response 15.doc\n" + "\n".join([UU_LINE] * 5)
    assert new_text(body) == "A reply is attached."


def test_a_begin_line_over_a_persons_short_lines_stays() -> None:
    # Near miss: "begin 644 …" followed by no run of full uuencoded lines is the writer's.
    body = "I will begin 100 steps a day\nFROM MONDAY ON\n"
    assert "FROM MONDAY ON" in new_text(body)


def test_gateway_notices_and_private_disclaimers_are_no_text() -> None:
    body = (
        "Thanks for your email.\n\n"
        "The original of this email was scanned for viruses by the Government Secure Intranet.\n"
    )
    assert new_text(body) == "Thanks for your email."
    body = (
        "See you Tuesday.\n\nThis email and any files transmitted with it are private and "
        "intended\nsolely for the use of the individual to whom they are addressed.\n"
    )
    assert new_text(body) == "See you Tuesday."


def test_a_persons_lines_about_scans_and_privacy_stay() -> None:
    # Near misses: the client's own words about a scan and about privacy.
    body = "The original of this letter was scanned by my son.\nThis email is private to you.\n"
    text = new_text(body)
    assert "scanned by my son" in text and "private to you" in text


def test_a_name_title_and_company_card_closing_the_mail_is_a_signature() -> None:
    body = (
        "Have fun deep sea fishing this weekend.\n\nJason L. Weisberger\n"
        "Chief of Network Operations\nSoftAware, Inc.\n"
    )
    assert new_text(body) == "Have fun deep sea fishing this weekend.\n\nJason L. Weisberger"


def test_a_last_paragraph_in_the_writers_words_with_a_company_stays() -> None:
    # Near miss: the closing lines are the writer's sentences, not a card.
    body = "Thanks for the call.\n\nMaria Lopez\nI start work at Acme Inc.\n"
    assert "I start work at Acme Inc." in new_text(body)


def test_a_ruled_card_with_its_quotation_is_a_signature() -> None:
    body = (
        "Here is my certificate for testing.\n\nEric\n" + "-" * 60 + "\n"
        "Eric Rosenquist, Strata Software Limited   http://www.strataware.example/\n"
        "mailto:eric@strataware.example   Tel: 613-591-1922\n"
        "Quote: I discovered a meal between breakfast and brunch!\n         -- Homer Simpson\n"
    )
    assert new_text(body) == "Here is my certificate for testing.\n\nEric"


def test_a_persons_sentence_below_a_rule_stays_beside_a_number() -> None:
    # Near miss: below the rule the client writes in the first person, with no quotation's
    # label or author line: their words.
    body = (
        "Here is the form.\n" + "-" * 60 + "\n"
        "I moved last week and I need you to call me at my new number.\nTel: 613-591-1922\n"
    )
    assert "I moved last week" in new_text(body)


GATEWAY_SCAN_NOTICES = (
    "The original of this email was scanned for viruses by the Government Secure Intranet "
    "virus scanning service supplied by Vodafone in partnership with Symantec.",
    "This message has been scanned for viruses and\ndangerous content by MailScanner, and is\n"
    "believed to be clean.",
    "This email has been scanned for spam and viruses by Proofpoint Essentials.",
    "This message has been scanned for viruses and is believed to be clean.",
    "Scanned by MailMarshal - M86 Security's comprehensive email content security solution.",
    "Ce message a été vérifié par le logiciel antivirus Avast.",
    "Este correo electrónico ha sido analizado por el antivirus de la empresa.",
    "Questa e-mail è stata controllata dall'antivirus Avast.",
    "Dit bericht is gecontroleerd op virussen.",
    "Este e-mail foi verificado pelo antivírus Avast.",
)


@pytest.mark.parametrize("notice", GATEWAY_SCAN_NOTICES)
def test_gateways_scan_notices_of_several_vendors_and_languages_are_no_text(notice: str) -> None:
    assert new_text(f"Thanks for your email.\n\n{notice}\n") == "Thanks for your email."


@pytest.mark.parametrize(
    "line",
    [
        "The original of this email was scanned for viruses by my son, I am so scared of it.",
        "This email was scanned by my son before I sent it.",
        "Ce message a été vérifié par ma fille avant que je l'envoie.",
        "Este correo ha sido revisado por mi hija.",
    ],
)
def test_a_person_named_as_the_one_who_checked_the_mail_keeps_the_line(line: str) -> None:
    # Near misses: the client's own words about who looked at their mail.
    assert line in new_text(f"Thanks for your email.\n\n{line}\n")


@pytest.mark.parametrize("company", ["Beispiel GmbH", "Exemple SARL", "Ejemplo S.L.", "Exempel AB"])
def test_a_card_with_a_companys_legal_form_of_any_country_is_a_signature(company: str) -> None:
    body = f"See you on Tuesday.\n\nLena Vogt\nProject Manager\n{company}\n"
    assert new_text(body) == "See you on Tuesday.\n\nLena Vogt"


def test_a_last_line_ending_in_a_short_word_like_a_legal_form_stays() -> None:
    # Near miss: "as" in lower case is a word, not Aktieselskab.
    body = "See you on Tuesday.\n\nLena Vogt\nThe same time as\n"
    assert "The same time as" in new_text(body)


def test_a_quoted_quip_over_its_author_is_the_cards() -> None:
    body = (
        "Here is the form.\n\nEric\n" + "-" * 60 + "\nEric Rosenquist\nTel: 613-591-1922\n"
        '"I have not failed. I have found ten thousand ways that do not work."\n-- Thomas Edison\n'
    )
    assert new_text(body) == "Here is the form.\n\nEric"


def test_a_writers_own_sentence_signed_under_a_rule_stays() -> None:
    # Near miss: the client's words over their own "-- Anna" at the margin, a number below:
    # no quotation of anyone's, whatever the card around it.
    body = (
        "Here is the form.\n" + "-" * 60 + "\n"
        "I cannot go on like this, I need you to call me tonight.\n-- Anna\nTel: 613-591-1922\n"
    )
    assert "I cannot go on like this" in new_text(body)


def test_the_header_block_ends_at_the_first_empty_line_with_lf_or_crlf() -> None:
    from carecall_mail.core.mimetext import header_end

    assert header_end(b"Subject: a\nFrom: b\n\nbody\n\nmore") == len(b"Subject: a\nFrom: b\n")
    assert header_end(b"Subject: a\r\n\r\nbody") == len(b"Subject: a\r\n")
    assert header_end(b"Subject: a\nFrom: b\n") is None  # no empty line: no body parted off
