"""Issue 13: lines of a plain body no one typed (a webmail service's advertisement, Yahoo's
note over an attached forward, a lone dash) and a card's lines measured as shown, each rule
with a near miss that must not change."""

from __future__ import annotations

from carecall_mail.core.replies.quotes import forwarded_only, new_text

# --- webmail advertisements, a forward's note, a lone dash -----------------------------------


def test_a_webmail_advertisement_below_a_rule_is_no_text() -> None:
    plain = (
        "See you on Tuesday.\n\n---------------------------------\n"
        "Be a better friend with Example Mobile. Try it now."
    )
    assert new_text(plain) == "See you on Tuesday."


def test_arrow_led_advertisement_lines_are_no_text() -> None:
    plain = (
        "Thanks for your help.\n\n   Mike\n\n"
        "-->> Promote YOUR web site!  FREE scripts for your\n"
        "-->> E-Mail accounts! Download today!! http://webmail.example.com\n"
    )
    assert "Promote" not in new_text(plain) and "Thanks for your help." in new_text(plain)


def test_the_senders_own_lines_below_a_rule_stay() -> None:
    # Near misses: the first person, or no call to act: the sender's words.
    plain = "See you.\n\n----------------\nCheck it out, I wrote this for you."
    assert "I wrote this for you" in new_text(plain)
    arrows = "My list:\n\n-->> bread\n-->> milk\n"
    assert "bread" in new_text(arrows)


def test_yahoos_note_over_an_attached_forward_is_no_text() -> None:
    plain = (
        "\n\nNote: forwarded message attached.\n\n---------------------------------\nCheck it out."
    )
    assert new_text(plain) == ""
    assert forwarded_only(plain)


def test_words_about_a_forward_are_the_senders() -> None:
    # Near miss: a sentence of the sender's that speaks of the forward.
    plain = "I forwarded the message attached because it scared me."
    assert new_text(plain) == plain
    assert not forwarded_only(plain)


def test_a_lone_dash_is_no_text() -> None:
    assert new_text("-\n") == ""
    assert new_text("–") == ""


def test_a_dash_with_words_or_a_face_stays() -> None:
    # Near misses: a dash before a word, and a face, are what someone typed.
    assert new_text("- ok") == "- ok"
    assert new_text(":-(") == ":-("


# --- a signature card's lines measured as shown ----------------------------------------------


def test_a_card_line_with_outlooks_link_targets_is_measured_without_them() -> None:
    plain = (
        "Could you unblock the activation screen, please?\n\n \n\nAlexandra Volga\n\nDesigner\n\n"
        "T: +7 499 2903237 | M: +7 926 3294000\n\n"
        " <mailto:a.volga@example.ru> a.volga@example.ru |  <http://www.example.ru/>\n"
        "www.example.ru\n"
    )
    text = new_text(plain)
    assert "unblock" in text and "3294000" not in text


def test_a_long_sentence_with_a_link_below_a_name_stays() -> None:
    # Near miss: the line is long for its words, not for its link targets.
    plain = (
        "Thanks.\n\nAlexandra Volga\n\nT: +7 499 2903237\n"
        "www.example.ru\n"
        "and then there is the long story of the week that was far too hard for anyone "
        "<http://www.example.ru/>\n"
    )
    assert "long story" in new_text(plain)
