"""The signature an HTML alternative marks, to cut from its plain-text twin.

Mail programs that send multipart/alternative mark the sender's signature in the HTML part
(Apple Mail's <div apple-content-edited="true">, Gmail's div.gmail_signature, Thunderbird's
div.moz-signature, Outlook's and Zoho's signature ids) but write it into the plain part with
no "-- " line above it: in plain text it reads as the sender's words. The HTML says which
lines they are, so the plain text loses them when it ends with the same words.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements that hold a signature and nothing the sender wrote for this mail.
_SIGNATURE_CLASSES = frozenset(
    {"gmail_signature", "moz-signature", "protonmail_signature_block", "zmail_signature_below"}
)
_SIGNATURE_IDS = frozenset(
    {"signature", "x_signature", "ms-outlook-mobile-signature", "zm-_id_-sgn", "tutanota_signature"}
)
_SIGNATURE_NAMES = frozenset({"messagesignaturesection"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "base", "col", "area", "wbr"})
# A link's address as plain twins write it, in angle brackets after the link's text.
_LINK = re.compile(r"<(?:https?|mailto):[^<>\s]*>", re.I)
# A signature is a few lines; a marked element that holds more is not one we trust to cut.
_MAX_SIGNATURE_WORDS = 80


def _marks_signature(attrs: list[tuple[str, str | None]]) -> bool:
    for name, value in attrs:
        value = (value or "").strip().lower()
        if name == "class" and _SIGNATURE_CLASSES.intersection(value.split()):
            return True
        if name == "id" and value in _SIGNATURE_IDS:
            return True
        if name == "name" and value in _SIGNATURE_NAMES:
            return True
        if name == "apple-content-edited" and value == "true":
            return True
    return False


class _SignatureText(HTMLParser):
    """Collects the words of the first element marked as a signature."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # open elements inside the signature, 0 outside it
        self.words: list[str] = []
        self.done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.done or tag in _VOID:
            return
        if self.depth:
            self.depth += 1
        elif _marks_signature(attrs):
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag not in _VOID:
            self.depth -= 1
            self.done = self.depth == 0

    def handle_data(self, data: str) -> None:
        if self.depth and not self.done:
            self.words.extend(data.split())


def marked_signature(html: str) -> list[str]:
    """The words of the signature `html` marks, or [] when it marks none."""
    reader = _SignatureText()
    try:
        reader.feed(html)
        reader.close()
    except Exception:  # markup the parser gives up on: no signature to go by
        return []
    return reader.words if len(reader.words) <= _MAX_SIGNATURE_WORDS else []


def without_marked_signature(text: str, signature: list[str]) -> str:
    """`text` without its last lines when they hold exactly the signature's words.

    Whole lines only, and only at the end: the same words written mid-text, or a signature
    the plain part words otherwise, leave the text as it is. A link's address, which plain
    twins write after its text ("Get Outlook for iOS<https://aka.ms/o0ukef>"), is no word.
    Never the whole text: a mail whose every word is its signature keeps them (the reader of
    signatures decides those).
    """
    if not signature:
        return text
    lines = text.rstrip().split("\n")
    tail: list[str] = []
    for n in range(len(lines) - 1, -1, -1):
        tail = _LINK.sub(" ", lines[n]).split() + tail
        if len(tail) < len(signature):
            continue
        if tail != signature:
            return text
        above = "\n".join(lines[:n]).rstrip()
        return above if above.strip() else text
    return text
