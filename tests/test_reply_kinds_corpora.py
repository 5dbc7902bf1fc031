"""The public whole-mail corpora (issue 13 item 4): kinds and new text never fall back."""

from __future__ import annotations

import pytest
from scriptload import load_script

bench = load_script("bench/reply_kinds.py")

# (corpus, held out?) -> (kinds right, new texts right), as measured at commit time.
FLOOR = {
    ("mikel_mail", False): (74, 66),
    ("notmuch", False): (31, 30),
    ("notmuch", True): (31, 30),
    ("rt", True): (19, 17),
    ("sisimai", False): (14, 14),
    ("sisimai", True): (13, 13),
    ("zammad", False): (80, 52),
    ("chatwoot", False): (41, 37),
    ("otobo", False): (68, 55),
    # Held out in session 10 (labelled by readers who ran nothing on them), retired in session 11.
    ("gitlab", False): (68, 66),
    ("redmine", False): (54, 51),
    ("discourse", False): (151, 142),
    # Labelled fresh in session 11, measured once, retired into tuning (corpora README).
    ("flanker", False): (46, 42),
    ("php_mime_mail_parser", False): (33, 30),
    ("mailpile", False): (22, 7),
    ("django_helpdesk", False): (6, 6),
    # Held out in session 11 (measured at its start and end), retired in session 12.
    ("alaveteli", False): (66, 54),
    ("mailcore2", False): (112, 91),
    ("deltachat", False): (58, 35),
    ("james_mime4j", False): (76, 58),
    ("mimekit", False): (26, 15),
    # Held out in session 12 (measured at its start and end), retired in session 13.
    ("bounceparser", False): (94, 1),
    ("spamassassin", False): (30, 12),
    ("mu", False): (39, 25),
    ("nylas_sync_engine", False): (11, 5),
    ("astroid", False): (16, 9),
    ("glpi", False): (57, 48),
    ("django_mailbox", False): (18, 15),
    # Held out in session 13 (measured at its start and end), retired in session 14.
    ("cpython_lists", False): (67, 44),
    ("haraka_rspamd", False): (81, 70),
    ("helpdesk_mix", False): (73, 44),
    ("mmp_enmime", False): (89, 78),
    # Held out in session 14 (measured at its start and end), retired in session 15.
    ("mailman", False): (81, 13),
    ("nodemailer", False): (52, 46),
    ("spamscope", False): (16, 10),
    ("stalwart", False): (40, 36),
    # Labelled in session 15 as a tuning corpus (php-imap, alot, kmime, mailparse).
    ("imap_clients", False): (78, 70),
    # Held out in session 15 (measured at its start and end), retired in session 16.
    ("lists_bulk", False): (71, 27),
    ("mail_libs", False): (75, 44),
    ("ticket_apps", False): (45, 39),
    # Held out in session 16: mail parsers', IMAP libraries' and servers' test mails.
    ("parser_tests", False): (60, 35),
    ("bulk_senders", False): (52, 20),
    ("reply_handlers", False): (49, 40),
    ("inbound_apps", False): (78, 39),
    ("inbound_archive", False): (80, 41),
    ("inbound_wild", True): (67, 51),
    # sisimai/set-of-emails beyond sisimai/'s 27: bounces of ~75 MTAs, tuned on (issue 13).
    ("sisimai_more", False): (274, 266),
}


@pytest.mark.parametrize(("corpus", "heldout"), FLOOR, ids=[f"{c}-{h}" for c, h in FLOOR])
def test_corpus_scores_do_not_drop(corpus: str, heldout: bool) -> None:
    got = bench.score_corpus(bench.CORPORA / corpus, heldout)
    kinds, texts = FLOOR[(corpus, heldout)]
    # A held-out corpus's misses are not shown: they are never read while tuning.
    # Each score on its own: a gain in kinds never pays for a loss in new text.
    assert got.kinds >= kinds and got.texts >= texts, "held out" if heldout else got.misses
