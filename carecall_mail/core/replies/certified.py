"""Certified mail: the sender's own mail inside the envelope a certified-mail provider wraps it in.

Italy's PEC (Posta Elettronica Certificata, RFC 6109 §3.1.4 and the technical rules of DM 2
November 2005) delivers every mail inside a "transport envelope" the sender's provider writes
and signs (S/MIME): its header names it (`X-Trasporto: posta-certificata`, or `errore` for an
anomaly envelope), its text is the provider's boilerplate ("Messaggio di posta certificata: il
giorno … il messaggio … è stato inviato da …"), and the mail as its sender wrote it is attached
whole as `postacert.eml`, beside the certification data `daticert.xml`. The sender's words are
in the attached mail, never in the provider's text.
"""

from __future__ import annotations

import itertools
from email.message import Message

from carecall_mail.core.mimetext import content_type, first, header_map

# RFC 6109 §3.1.4: the envelope's header, and the file name the rules give the original mail.
_TRANSPORT_HEADER = "x-trasporto"
_ORIGINAL_NAME = "postacert.eml"
_WRAPPED = ("message/rfc822", "message/global")
_SIGNED = ("multipart/signed", "application/pkcs7-mime", "application/x-pkcs7-mime")
_MAX_PARTS = 50  # an envelope holds its text, the data, the mail and the signature


def _attached_original(msg: Message) -> Message | None:
    """The mail attached as `postacert.eml` among the first parts of `msg`, or None."""
    for part in itertools.islice(msg.walk(), _MAX_PARTS):
        if part is msg or content_type(part) not in _WRAPPED:
            continue
        try:
            name = str(part.get_filename("") or "").strip().lower()
        except Exception:  # a broken RFC 2231 parameter: not the envelope's file
            continue
        inner = part.get_payload()
        if name == _ORIGINAL_NAME and isinstance(inner, list) and inner:
            mail = inner[0]
            if isinstance(mail, Message):
                return mail
    return None


def certified_original(msg: Message) -> Message | None:
    """The sender's mail inside a certified-mail transport envelope, or None for any other mail.

    An envelope says so in its header (`X-Trasporto`); one whose header a gateway dropped is
    still known by its shape: signed by the provider, with the mail attached under the name the
    rules give it. A person who forwards such a mail as an attachment signs no envelope and
    writes no `X-Trasporto`: their own words stay theirs.
    """
    headers = header_map(msg)
    transport = first(headers, _TRANSPORT_HEADER).strip().lower()
    if not transport and content_type(msg) not in _SIGNED:
        return None
    return _attached_original(msg)
