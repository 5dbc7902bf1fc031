"""Whether an HTML alternative quotes everything its plain-text twin says.

A reply or forward sent with nothing of the sender's above the quote is marked so in its
HTML part (Gmail's div.gmail_quote, Apple Mail's and Thunderbird's <blockquote type="cite">,
Yahoo's, Proton's, Tutanota's and Zoho's quote wrappers) while its plain part may carry the
same words with no quoting at all: no "> " marks, no "On … wrote:" line (Gmail writes a
quoted newsletter's text so, and a sender's note typed into the attribution line is left out
of the plain part). Read alone, the plain part would then pass the quoted mail off as the
sender's words. The HTML says they are quoted; the plain twin's same words are quoted too.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements that hold a quoted mail, whatever the client: Gmail's, Yahoo's, Proton's,
# Tutanota's and Zoho's wrappers, and a blockquote marked as a citation.
_QUOTE_CLASSES = frozenset(
    {
        "gmail_quote", "gmail_quote_container", "yahoo_quoted", "protonmail_quote",
        "tutanota_quote", "zmail_extra", "zmail_quote",
    }
)  # fmt: skip
# An attribution above the quoted mail: Gmail's (its "On … wrote:" or forward header) and
# Thunderbird's.
_ATTRIBUTIONS = frozenset({"gmail_attr", "moz-cite-prefix"})
_INVISIBLE = frozenset({"style", "script", "head", "title", "template"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "base", "col", "area", "wbr"})
_WORD = re.compile(r"[^\W\d_]+")
_URL = re.compile(r"<?\b(?:https?|mailto|ftp):\S*", re.I)
# Of the plain text's words, the share the quote must hold for the two to be the same text:
# a converter's image names ("[image: View]") and a dropped line or two stay below the rest.
_SAME_SHARE = 0.8
_MIN_WORDS = 3


def _quoting(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    attr = {name.lower(): (value or "") for name, value in attrs}
    if tag == "blockquote" and attr.get("type", "").lower() == "cite":
        return True
    classes = set(attr.get("class", "").lower().split())
    return bool(classes & _QUOTE_CLASSES) or "yahoo_quoted" in attr.get("id", "").lower()


def _attribution(attrs: list[tuple[str, str | None]]) -> bool:
    classes = next((value or "" for name, value in attrs if name.lower() == "class"), "")
    return bool(set(classes.lower().split()) & _ATTRIBUTIONS)


class _QuotedWords(HTMLParser):
    """Sorts an HTML body's visible words into those inside a quoting element and the rest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.quote_tag = ""  # the outermost open quoting element's tag, "" outside one
        self.quote_depth = 0  # how many of that tag are open
        self.invisible = 0
        # Whether a quote says it cites a mail: it is a blockquote, or holds one or an
        # attribution. Gmail's wrapper alone is left around a person's own words when they
        # edit a forward's header away.
        self.cited = False
        # Inside a wrapper that is no blockquote (Gmail's, Proton's div): the blockquotes
        # open in it, and whether one has closed. Words below a quote there are the sender's
        # answers typed between the quoted paragraphs, not the quote.
        self.nested = 0
        self.below = False
        self.inside: list[str] = []
        self.outside: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag in _VOID:
            return
        if tag in _INVISIBLE:
            self.invisible += 1
        elif self.quote_depth:
            self.quote_depth += tag == self.quote_tag
            self.nested += tag == "blockquote" and self.quote_tag != "blockquote"
            self.cited = self.cited or tag == "blockquote" or _attribution(attrs)
        elif _quoting(tag, attrs):
            self.quote_tag, self.quote_depth = tag, 1
            self.cited = self.cited or tag == "blockquote"

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in _INVISIBLE:
            self.invisible = max(0, self.invisible - 1)
        elif self.quote_depth and tag == self.quote_tag:
            self.quote_depth -= 1
            self.nested = self.nested if self.quote_depth else 0
            self.below = self.below and bool(self.quote_depth)
        elif self.nested and tag == "blockquote":
            self.nested -= 1
            self.below = True

    def handle_data(self, data: str) -> None:
        if not self.invisible:
            quoted = self.quote_depth and (self.nested or not self.below)
            (self.inside if quoted else self.outside).extend(_WORD.findall(data.casefold()))


def _words(text: str) -> list[str]:
    return _WORD.findall(_URL.sub(" ", text).casefold())


def quotes_all_of(html: str, text: str) -> bool:
    """Whether `html` shows nothing of the sender's outside its quote and its quote holds
    `text` (a plain part's new text, read without quoting marks): that text is quoted too.

    Any word outside the quote (a reply typed above it, a signature, a forward's note) keeps
    the plain text as it is, and so does a quote that holds other words than the text or
    cites nothing (a wrapper with neither a blockquote nor an attribution in it).
    """
    reader = _QuotedWords()
    try:
        reader.feed(html)
        reader.close()
    except Exception:  # markup the parser gives up on: nothing to go by
        return False
    if reader.outside or not reader.inside or not reader.cited:
        return False
    words = _words(text)
    if len(words) < _MIN_WORDS:
        return False
    quoted = set(reader.inside)
    return sum(word in quoted for word in words) >= _SAME_SHARE * len(words)
