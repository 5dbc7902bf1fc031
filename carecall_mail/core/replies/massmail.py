"""Mass mailings that carry no bulk header: the signs a mailing's envelope and first line leave.

Shops', banks' and carriers' notices and the lists of the 1990s often say nothing of what they
are in a header (issue 13): they are sent to hidden recipients by a mailing program, from a
server application whose Message-ID names it, to a list's address, or they greet the reader
as "Dear customer". Each sign alone is weak, a person's mail can show one, so they are asked
only of mail that answers nothing of ours from nobody we know (core/replies/parse.py): a
client's mail is never read as a mailing for how it was sent.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from carecall_mail.core.addresses import base_address
from carecall_mail.core.mimetext import addresses, decode_words, first
from carecall_mail.core.replies.automated import field_notice
from carecall_mail.core.replies.autoreplies import in_mail_program, submitted_locally
from carecall_mail.core.replies.quotes import html_to_text

# A Message-ID a program names for what it sends ("<auto-000009604553@…>", "<noreply.…@…>").
_PROGRAM_ID = re.compile(
    r"^<?(?:auto|noreply|no-reply|notification|notify|newsletter|mailing|campaign)[-._]", re.I
)
# "To: Undisclosed recipients:;" (RFC 5322 §3.6.3's empty group), "undisclosed-recipients".
_HIDDEN_RECIPIENTS = re.compile(r"^\s*\"?(?:undisclosed|unlisted)[-\s]recipients", re.I)
# The mailboxes companies send their notices from: a person answers from their own name.
_ROLE_LOCAL = re.compile(
    r"^(?:info|support|service|services|customerservice|customer[-_.]?care|kundenservice|"
    r"hello|team|welcome|members?|membership|accounts?|billing|e-?bill|sales|marketing|"
    r"admin|administrator|webmaster|contact|mail|news)$",
    re.I,
)
_HIDDEN_LOCAL = re.compile(r"^\W*(?:undisclosed|unlisted)[-\s_.]?recipients?\W*$", re.I)
# How lists name their addresses ("smime-dev@", "sas-l@", "pgp-users@", "x-announce@"): mail
# sent to such addresses only went to a list, and reached us through it.
_LIST_LOCAL = re.compile(
    r"^[\w.+]+-(?:l|list|dev|devel|developers|users|announce|discuss|discussion|talk|general|"
    r"digest)$",
    re.I,
)
# The fields a mail program writes only into the copy of its user's mail it keeps (the Fcc
# copy or the draft), never into what it sends: mutt's X-Mutt-Fcc, Thunderbird's
# X-Mozilla-Draft-Info, Gnus' X-Draft-From, MH's and nmh's Fcc.
_OWN_COPY_FIELDS = ("x-mutt-fcc", "x-mozilla-draft-info", "x-draft-from", "fcc")
# A greeting of the reader by their role, not their name ("Dear customer", "Sehr geehrter
# Kunde", "Αγαπητέ συνδρομητή"), as the first line of a mailing to many, in the languages
# clients write in. A person writing to the practitioner greets them by name.
_ROLE_GREETING = re.compile(
    r"^[^\S\n]*(?:"
    r"dear\s+(?:valued\s+)?(?:customer|subscriber|member|user|client|account\s+holder|"
    r"cardholder|card\s+member|shopper|guest|patron|colleagues?\s+and\s+friends)s?|"
    r"(?:sehr\s+geehrte[rs]?|liebe[rs]?)\s+(?:kunde|kundin|kunden|abonnent\w*|mitglied\w*|nutzer\w*)|"
    r"(?:cher|chère|chers)\s+(?:client|cliente|clients|abonné\w*|membre\w*|utilisateur\w*)|"
    r"(?:estimad[oa]s?|querid[oa]s?)\s+(?:cliente|clientes|suscriptor\w*|usuari[oa]s?|soci[oa]s?)|"
    r"(?:gentile|caro|cara|gentili)\s+(?:cliente|clienti|abbonat[oa]|utente|utenti|socio)|"
    r"(?:beste|geachte)\s+(?:klant|klanten|abonnee|lid|gebruiker)|"
    r"(?:уважаемый|уважаемая|уважаемые|дорогой)\s+(?:клиент\w*|абонент\w*|пользовател\w*|покупател\w*)|"
    r"(?:αγαπητέ|αγαπητή|αγαπητοί|αξιότιμε|αξιότιμη)\s+(?:συνδρομητ\w*|πελάτ\w*|χρήστ\w*|μέλ\w*)|"
    r"(?:szanowny|szanowna|drogi|droga)\s+(?:kliencie|abonencie|użytkowniku)"
    r")(?![^\W\d_])|"
    # Japanese, Chinese and Korean, whose words run on without a space.
    r"^[^\S\n]*(?:お客様各位|会員各位|尊敬的(?:客户|用户|会员)|亲爱的(?:客户|用户|会员)|"
    r"[^\n]{0,40}(?:고객|회원)님께)",
    re.I | re.M,
)
_GREETING_HEAD = 300  # the greeting opens the mail
# The bulk MTA that newsletter services and senders of mass mail run (Port25's PowerMTA, as
# Mailchimp, Meetup and survey panels do) names itself in the Received field it writes:
# a mailbox provider's or a company's server that relays a person's mail is no such MTA.
_BULK_MTA = re.compile(r"\(powermta\(tm\)", re.I)
# The hop where the sending host's MTA took the mail from a program running on it
# (autoreplies.submitted_locally) is read only on the lowest Received field, the first one
# written: the same words higher up are the receiving side handing the mail to a mailbox.
# A greeting that names no host (RFC 5321 §4.1.1.1 wants a domain or an address literal in
# HELO): words with a space between them ("from WOWLG POSTCARD (unknown [192.0.2.7])"), the
# product name a program that speaks SMTP itself gives. Every person's mail program and every
# MTA greets with a host name.
_PROGRAM_GREETING = re.compile(
    r"^\s*from\s+[\w-]+(?:\s+(?!(?:by|with|id|for|via)\b)[\w-]+)+\s+\((?:unknown\b|[^()]*\[)", re.I
)
# An empty group (RFC 5322 §3.6.3) named for a list ("To: IETF-Announce:;"): the announcement
# went to the list's readers, none of them named.
_LIST_GROUP = re.compile(r"^\s*\"?([\w.+-]+)\"?\s*:\s*;\s*$")
# A service's welcome to a new account ("Welcome to APPNAME", "Thanks for signing up"), sent
# from its role mailbox; a person's "Welcome to the group!" comes from their own.
_WELCOME_SUBJECT = re.compile(
    r"^\s*(?:welcome\s+to\s|thanks?\s+(?:you\s+)?for\s+(?:joining|signing\s+up|registering|"
    r"subscribing)\b|willkommen\s+(?:bei|auf|im)\s|bienvenue\s+(?:sur|chez|à|dans)\s|"
    r"bienvenid[oa]\s+a\s|benvenut[oa]\s+(?:in|su|a)\s|welkom\s+(?:bij|op)\s)",
    re.I,
)


def mass_mailing(
    headers: dict[str, list[str]],
    text: str,
    html_of: Callable[[], str | None] | None = None,
    office_file: Callable[[], bool] | None = None,
) -> str | None:
    """Why a mail from nobody we know, answering nothing of ours, is a mailing to many.

    `html_of` gives the body's HTML, asked only when the rest says nothing; `office_file`
    whether the mail carries a document or a spreadsheet, asked only of a wordless mail."""
    person = in_mail_program(headers)
    names_no_program = not (headers.get("x-mailer") or headers.get("user-agent"))
    message_id = first(headers, "message-id").strip()
    if not person and _PROGRAM_ID.match(message_id):
        return "bulk mail: a program's Message-ID"
    # A person who writes to many at once hides them too, but from their own name; a
    # company's notice comes from its role mailbox, in no mail program.
    if (
        names_no_program
        and _hidden_recipients(headers)
        and _ROLE_LOCAL.match(_author_local(headers))
    ):
        return "bulk mail: hidden recipients"
    recipients = [
        addr
        for name in ("to", "cc")
        for value in headers.get(name, [])
        for _, addr in addresses(value)
        if "@" in addr
    ]
    # Sent to list addresses only, and delivered (a Received or Return-Path field): it
    # reached us through the list. A post with no trace of delivery is what its author
    # sent, before any list; the author's own copy, kept by their mail program, went
    # through no list either: its Fcc or draft marks say so.
    delivered = "return-path" in headers or "received" in headers
    if (
        delivered
        and recipients
        and not any(name in headers for name in _OWN_COPY_FIELDS)
        and all(_list_address(addr) for addr in recipients)
    ):
        return "mailing list: addressed to a list"
    groups = [_LIST_GROUP.match(value) for value in headers.get("to", [])]
    if groups and all(g is not None and _LIST_LOCAL.match(g.group(1)) for g in groups):
        return "mailing list: addressed to a list's readers"
    if not person and any(_BULK_MTA.search(value) for value in headers.get("received", [])[:10]):
        return "bulk mail: a bulk MTA's hop"
    if (
        not person
        and _submitted_by_a_program(headers)
        and _ROLE_LOCAL.match(_author_local(headers))
    ):
        # A web shop's or a job board's script handed the mail to its host's MTA and signs
        # as the company's role mailbox (or only answers there, with no From at all). A
        # web form's relay of a visitor's message carries the visitor's own address.
        return "automatic mail: a server's program, from a role mailbox"
    if (
        not person
        and not names_no_program
        and first(headers, "content-type").split(";", 1)[0].strip().lower() == "application/pdf"
    ):
        # The whole mail is one PDF, no text around it, from a program that names itself and
        # is no person's mail program (an ERP's mailer, SAP's application server): a
        # generated document sent on. A person's mail program wraps a file in a mail.
        return "automatic mail: a program's document alone"
    if (
        not person
        and names_no_program
        and not text.strip()
        and _ROLE_LOCAL.match(_author_local(headers))
        and office_file is not None
        and office_file()
    ):
        # No word at all, only a spreadsheet or a document, from a company's role mailbox and
        # no mail program (a supplier's system mailing its price list, an ERP its invoice): a
        # file a program made and sent. A person who sends a file bare writes from their own
        # name or in their mail program, which names itself.
        return "automatic mail: a role mailbox's file without a word"
    received = headers.get("received", [])
    if not person and received and _PROGRAM_GREETING.match(received[-1]):
        return "automatic mail: a program's own SMTP greeting"
    welcome = _WELCOME_SUBJECT.match(first(headers, "subject"))
    if welcome and (
        _ROLE_LOCAL.match(_author_local(headers))
        or (not person and _names_the_sender(welcome.string[welcome.end() :], headers))
    ):
        # From its role mailbox, or welcoming the reader to the sender itself ("Welcome to
        # Thunderbird for Android" from "Thunderbird"): an app's or a service's own welcome.
        return "automatic-mail subject: a service's welcome"
    if _ROLE_GREETING.search(text[:_GREETING_HEAD]):
        return "bulk mail: greets a customer, not a person"
    if person:
        return None
    if html_of is not None and _picture_mailing(headers, text, html_of):
        return "bulk mail: a role mailbox's pictures under a greeting"
    # Asked here, where the subject is at hand: mail from nobody we know, answering nothing.
    return field_notice(decode_words(first(headers, "subject")), text)


_IMAGE = re.compile(r"<img\b", re.I)
_PICTURES_MIN = 2
_GREETING_WORDS = 3  # "Здравствуйте", "Hello there", "Guten Tag, Herr"
# A line someone wrote: four words or more, or a sentence's stop.
_WRITTEN_LINE = re.compile(r"(?:\S+\s+){3,}\S|\w[.?!](?:\s|$)")


def _picture_mailing(
    headers: dict[str, list[str]], text: str, html_of: Callable[[], str | None]
) -> bool:
    """Whether a role mailbox's mail is a mailing's picture layout: a greeting at most as its
    text, and an HTML body of pictures (a logo, a banner, linked buttons) with no line of
    words (a service's welcome, a shop's promotion, laid out as images).

    A person who sends pictures writes from their own name; a company's mailbox that writes
    to one person says something in a sentence.
    """
    if not _ROLE_LOCAL.match(_author_local(headers)):
        return False
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 1 or (lines and len(lines[0].split()) > _GREETING_WORDS):
        return False
    html = html_of()
    if html is None or len(_IMAGE.findall(html)) < _PICTURES_MIN:
        return False
    return not any(_WRITTEN_LINE.search(line) for line in html_to_text(html).splitlines())


def _list_address(address: str) -> bool:
    """Whether an address is a list's: named as lists name theirs ("pgp-users@"). Not any
    address on a list software's host: posts sent to "infrastructure@lists.example.org"
    are persons' words as often as not (a held-out corpus of list submissions said so)."""
    local = address.rpartition("@")[0]
    if not local or _HIDDEN_LOCAL.match(local):
        # A placeholder for hidden recipients on the sender's server's host (Outlook
        # Express's "Undisclosed-Recipient:@mailman.example.com;", read as no mailbox at
        # all): no list, whatever the host is called.
        return False
    return _LIST_LOCAL.match(local) is not None


def _names_the_sender(rest: str, headers: dict[str, list[str]]) -> bool:
    """Whether what a welcome's subject welcomes to opens with its sender's name (the display
    name, or the mailbox's when it has none), not their possession ("Lena's group")."""
    found = addresses(first(headers, "from"))
    if not found:
        return False
    name = " ".join(found[0][0].split()) or found[0][1].partition("@")[0]
    if len(name) < 3:
        return False
    return re.match(rf"(?:the\s+)?{re.escape(name)}(?![\w'’])", rest.strip(), re.I) is not None


def _author_local(headers: dict[str, list[str]]) -> str:
    """The author's mailbox name: From's, or Reply-To's when the mail has no From."""
    found = addresses(first(headers, "from")) or addresses(first(headers, "reply-to"))
    return found[0][1].partition("@")[0] if found else ""


def _submitted_by_a_program(headers: dict[str, list[str]]) -> bool:
    """Whether the first hop of the mail was a program on the sending host (the lowest
    Received field says so)."""
    received = headers.get("received", [])
    return bool(received) and submitted_locally(received[-1])


def _hidden_recipients(headers: dict[str, list[str]]) -> bool:
    """Whether the mail names none of the people it went to: no To at all, "Undisclosed
    recipients", or sent To its own author (the real recipients in Bcc)."""
    to_values = headers.get("to", [])
    if not to_values and not headers.get("cc"):
        return True
    if any(_HIDDEN_RECIPIENTS.match(value) for value in to_values):
        return True
    sent_to = {base_address(addr) for value in to_values for _, addr in addresses(value) if addr}
    authors = {base_address(addr) for _, addr in addresses(first(headers, "from")) if addr}
    return bool(sent_to) and sent_to == authors
