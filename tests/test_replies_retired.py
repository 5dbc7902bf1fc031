"""Issue 13, session 15: the retired corpora's misses (mailman, nodemailer, spamscope,
stalwart) read as general rules, each with its near miss.

Every rule is asked of mail from nobody we know that answers nothing of ours, unless its test
says otherwise; the near misses are a person's own mail with the same look, which stays a
reply.
"""

from __future__ import annotations

import pytest
from test_replies_lists_old import STRANGER, mail
from test_replies_signals import NOBODY, NOW, kind

from carecall_mail.core.replies.parse import parse_reply

# --- a post to a list's address ----------------------------------------------------------------


def test_a_delivered_post_to_a_lists_address_is_list_mail() -> None:
    # Named as lists name theirs and delivered (a Received field): it came through the list.
    delivered = "Received: from lists.example.org by mx.example.net; Tue, 1 Dec 2026\n"
    got = kind(mail(to="mailman-users@example.org", headers=delivered))
    assert got == ("autoreply", ("autoreply: mailing list: addressed to a list",))


@pytest.mark.parametrize(
    "to",
    [
        # With no trace of delivery: what its author sent, before any list (a list manager's
        # submission); a person's words.
        "mailman-users@example.org",
        # Delivered, but only the host is a list software's: an address there is often a
        # person's or a team's.
        "infrastructure@lists.example.org",
    ],
)
def test_a_post_the_list_has_not_handed_on_stays_a_reply(to: str) -> None:
    headers = "Received: from a by b; Tue, 1 Dec 2026\n" if "infrastructure" in to else ""
    assert kind(mail(to=to, headers=headers))[0] == "reply"


@pytest.mark.parametrize(
    ("to", "headers"),
    [
        # The author's own copy, which their mail program kept: it went through no list.
        ("mailman-users@example.org", "X-Mutt-Fcc: \n"),
        ("infrastructure@lists.example.org", "X-Mozilla-Draft-Info: internal/draft; vcard=0\n"),
        # A placeholder for hidden recipients on a server that happens to be called so.
        (
            "<Undisclosed-Recipient:@mailman.example.com;>",
            "X-Mailer: Microsoft Outlook Express 6\n",
        ),
        ("undisclosed-recipients@lists.example.org", ""),
        # A person's address on a host named like a list's, with another name too.
        ("lena@lists-of-things.example, ana@fieldpractice.example", ""),
    ],
)
def test_a_persons_mail_to_a_list_like_address_stays_a_reply(to: str, headers: str) -> None:
    assert kind(mail(to=to, headers=headers))[0] == "reply"


# --- a list's digest ---------------------------------------------------------------------------

DIGEST_BODY = (
    "--D\n\nFrom: someone@example.org\nSubject: my opinion\n\nThis is my opinion.\n"
    "--D\n\nFrom: another@example.org\nSubject: i disagree\n\nNot one bit!\n--D--\n"
)
DIGEST_TYPE = "MIME-Version: 1.0\nContent-Type: multipart/digest; boundary=D\n"


@pytest.mark.parametrize(
    "subject",
    [
        "python-list Digest, Vol 42, Issue 7",
        "SAS-L Digest - 1 Dec 2026 to 2 Dec 2026 (#2026-335)",
        "Info-Mac Digest V12 #40",
        "Internet Digest, volume 42",
        "[carers] Digest Number 1234",
    ],
)
def test_a_digests_subject_is_list_mail(subject: str) -> None:
    raw = mail(sender="Moderator <news@example.org>", subject=subject, body="Today's topics:\n")
    assert kind(raw) == ("autoreply", ("autoreply: mailing list: a digest's subject",))


@pytest.mark.parametrize("sender", ["Moderator-Address <moderator>", "x-digest@lists.example"])
def test_a_mime_digest_from_the_lists_own_address_is_list_mail(sender: str) -> None:
    raw = mail(sender=sender, subject="", headers=DIGEST_TYPE, body=DIGEST_BODY)
    assert kind(raw) == ("autoreply", ("autoreply: mailing list: a digest from the list",))


@pytest.mark.parametrize(
    ("sender", "subject", "headers"),
    [
        # An answer to a digest, a forward of one, a subject that only says the word.
        (STRANGER, "Re: python-list Digest, Vol 42, Issue 7", ""),
        (STRANGER, "[Fwd: Netsurfer Digest: Vol. 02, #14 (HTML)]", ""),
        (STRANGER, "Weekly digest idea", ""),
        # A person's own digest (a sample, or mutt forwarding tagged mails as one).
        (STRANGER, "Sample digest message", DIGEST_TYPE),
        ("Moderator <moderator@example.org>", "my notes", DIGEST_TYPE + "User-Agent: Mutt/2.2\n"),
    ],
)
def test_a_persons_digest_or_answer_to_one_stays_a_reply(
    sender: str, subject: str, headers: str
) -> None:
    body = DIGEST_BODY if headers else "I read the digest and have a question.\n"
    assert kind(mail(sender=sender, subject=subject, headers=headers, body=body))[0] == "reply"


# --- a mailing's way out, as an instruction to the reader --------------------------------------


@pytest.mark.parametrize(
    "foot",
    [
        "If you do not want to receive any further mail click here.",
        "If you don't wish to receive our offers, please visit www.example.com/out",
        "If you do not want to receive these emails, simply reply with REMOVE.",
    ],
)
def test_a_mailings_if_you_do_not_want_to_receive_is_bulk(foot: str) -> None:
    raw = mail(subject="Fly a helicopter", body=f"Imagine flying at home!\n\n{foot}\n")
    assert kind(raw) == ("autoreply", ("autoreply: bulk mail: unsubscribe footer",))


@pytest.mark.parametrize(
    "body",
    [
        # A person asking to stop, or telling the practitioner they may say no.
        "Hello,\n\nI do not want to receive any further mail from your practice.\n",
        "If you do not want to receive my letters any more, tell me and I will stop.\n",
    ],
)
def test_a_persons_if_you_do_not_want_to_receive_is_no_footer(body: str) -> None:
    assert kind(mail(subject="Letters", body=body))[0] in {"reply", "optout"}


# --- an app's welcome to itself ----------------------------------------------------------------


def test_a_welcome_to_the_sender_itself_is_an_apps_welcome() -> None:
    raw = mail(
        sender='"Thunderbird" <thunderbird@example.com>',
        subject="Welcome to Thunderbird for Android",
        body="Congratulations, you have set up the demo account. Have fun exploring the app.\n",
    )
    assert kind(raw) == ("autoreply", ("autoreply: automatic-mail subject: a service's welcome",))


@pytest.mark.parametrize(
    ("sender", "subject", "headers"),
    [
        # A person welcomes someone to their own group, or to something not theirs.
        ("Lena <lena@example.net>", "Welcome to Lena's circle", ""),
        (STRANGER, "Welcome to the group", ""),
        # Written in a person's mail program.
        ('"Carers" <carers@example.org>', "Welcome to Carers", "User-Agent: Thunderbird/115.0\n"),
    ],
)
def test_a_persons_welcome_stays_a_reply(sender: str, subject: str, headers: str) -> None:
    assert kind(mail(sender=sender, subject=subject, headers=headers))[0] == "reply"


# --- a Russian shop's or taxi service's order robot ---------------------------------------------


@pytest.mark.parametrize(
    "subject",
    ["Заказ принят (00002406)", "Ваш заказ №1123 оформлен", "Подтверждение заказа", "Заказ № 55"],
)
def test_a_russian_order_robots_subject(subject: str) -> None:
    raw = mail(sender="<bob@example.com>", subject=subject, body="Номер - 00002406\n")
    assert kind(raw) == ("autoreply", ("autoreply: automatic-mail subject: order or invoice",))


@pytest.mark.parametrize(
    "subject",
    # An answer to the robot's mail, a question, an order the client means to place.
    ["Re: Заказ принят (00002406)", "Заказ принят?", "Хочу сделать заказ"],
)
def test_a_persons_subject_about_an_order_stays_a_reply(subject: str) -> None:
    assert kind(mail(subject=subject))[0] == "reply"


# --- a list's refusal of a post ----------------------------------------------------------------


def refusal(subject: str, body: str, headers: str = "X-MLServer: fml [fml 4.0.3]\n") -> bytes:
    return mail(
        sender="neko-admin@example.org",
        to="ana@fieldpractice.example",
        subject=subject,
        headers=headers + "List-Subscribe: <mailto:neko-ctl@example.org?body=subscribe>\n",
        body=body,
    )


@pytest.mark.parametrize(
    ("subject", "body", "permanent"),
    [
        (
            "You ana@fieldpractice.example are not member (neko ML)",
            "You are not a member of this mailing list <neko@example.org>.\n\n"
            "If you know the general guide of this list, send 'guide' to neko-ctl@example.org\n",
            True,
        ),
        (
            "Loop Alert: Duplicated Message-ID (neko ML)",
            "Duplicated Message-ID in <neko@example.org>.\n\nOriginal mail as follows:\n",
            False,
        ),
        (
            "Request to mailing list Neko rejected",
            "Your message to the neko@example.org mailing-list was rejected for the following "
            "reasons:\n\nNon-members are not allowed to post.\n",
            True,
        ),
    ],
)
def test_a_lists_refusal_of_a_post_is_a_bounce_of_the_list(
    subject: str, body: str, permanent: bool
) -> None:
    reply = parse_reply(refusal(subject, body), NOBODY, received_at=NOW)
    assert (reply.kind, reply.bounced, reply.permanent) == (
        "bounce",
        ("neko@example.org",),
        permanent,
    )


@pytest.mark.parametrize(
    ("sender", "subject", "body", "headers"),
    [
        # A list's own post that invites, and a moderator's hold (not a refusal).
        (
            "Neko <neko@example.org>",
            "Meeting",
            "If you are not a member yet, join at neko-ctl@example.org.\n",
            "List-Id: <neko.example.org>\n",
        ),
        (
            "neko-owner@example.org",
            "Your message to Neko awaits moderator approval",
            "The reason it is being held: Post by non-member to a members-only list\n",
            "List-Id: <neko.example.org>\n",
        ),
        # A person's words, and an answer to a refusal.
        (STRANGER, "Group", "You are not a member of our group any more, sorry.\n", ""),
        (
            "neko-admin@example.org",
            "Re: Request to mailing list Neko rejected",
            "Please add me.\n",
            "List-Id: <neko.example.org>\n",
        ),
    ],
)
def test_no_refusal_without_list_software_saying_so(
    sender: str, subject: str, body: str, headers: str
) -> None:
    raw = mail(sender=sender, subject=subject, body=body, headers=headers)
    assert kind(raw)[0] != "bounce"


# --- a case system's receipt, said in its subject -----------------------------------------------


@pytest.mark.parametrize(
    "subject",
    [
        "Vaše emailová zpráva byla převzata",
        "Your message has been received",
        "Ihre Nachricht ist bei uns eingegangen",
        "Votre demande a bien été reçue",
    ],
)
def test_a_receipt_of_your_message_in_the_subject_is_automatic(subject: str) -> None:
    raw = mail(sender="Epodatelna <office@example.cz>", subject=subject, body="<html></html>\n")
    assert kind(raw) == (
        "autoreply",
        ("autoreply: automatic-mail subject: a receipt of your message",),
    )


@pytest.mark.parametrize(
    "subject",
    # A person asking whether their mail came, answering a receipt, or telling of one.
    [
        "Has my message been received?",
        "Re: Your message has been received",
        "Your message has been received, but I still have a question",
    ],
)
def test_a_persons_subject_about_a_received_message_stays_a_reply(subject: str) -> None:
    assert kind(mail(subject=subject))[0] == "reply"
