"""New-text extraction: what the client newly wrote, without quoted history or signature.

Mail clients quote the mail they answer in many shapes: `>` prefixes, an
attribution line ("On … wrote:", "Am … schrieb …:", "Le … a écrit :"),
Outlook's header block ("From:/Sent:/To:/Subject:", "Von:/Gesendet:/An:"),
"-----Original Message-----" separators, and in HTML a quoting element
(Gmail's `div.gmail_quote`, Apple's `blockquote type="cite"`, Outlook's
`divRplyFwdMsg`). Signatures follow the RFC 3676 §4.3 "-- " delimiter or are a
phone's "Sent from my iPhone" line in the client's language.

Everything here is a pure function on text and never raises on odd input.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# --- attribution lines ----------------------------------------------------------------------

# The verb that ends (or sits in) an attribution, in the languages clients write in.
_WROTE = (
    r"wrote|writes|schrieb|schreibt|a\s+écrit|a\s+ecrit|écrit|escribió|escribio|ha\s+scritto|"
    r"scrisse|schreef|escreveu|skrev|skriver|kirjoitti|napisał\(a\)|napisała|napisał|pisze|"
    r"написал\(а\)|написала|написал|пишет|写道|寫道|wrote\s+the\s+following|írta|yazdı|napsal"
)
# An attribution: short, contains the verb, ends with a colon (ASCII or full-width).
_ATTRIBUTION = re.compile(rf"(?:^|[\s>)\]\"'.,]|\d)(?:{_WROTE})\b[^\n]{{0,80}}[:：]\s*$", re.I)
# A date-led attribution without a verb (Yandex, Mail.ru): "26.06.2014, 14:41, "A" <a@b.c>:".
_ADDRESS_COLON = re.compile(r"^\S.{0,200}@[\w.-]+>?\)?\s*[:：]\s*$")
_DATE_LED = re.compile(r"^\s*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\w{2,4}\.?,? \d)")
# Words an attribution starts with, so that a wrapped one is joined from its first line.
_ATTRIBUTION_START = re.compile(
    r"^\s*(?:on|am|le|el|il|op|em|den|d\.|på|dne|w\s+dniu|dnia|в|在|於|\d|\w+\s*<|\"|"
    r"\w{2,4}\.?,?\s+\d)",
    re.I,
)

# --- Outlook-style header blocks ------------------------------------------------------------

_FROM_KEYS = (
    r"from|von|de|da|van|från|fra|od|от|від|发件人|寄件者|expéditeur|remitente|mittente|"
    r"afzender|lähettäjä"
)
_OTHER_KEYS = (
    r"sent|date|gesendet|datum|envoyé|enviado|fecha|data|inviato|verzonden|skickat|sendt|"
    r"wysłano|wysłane|отправлено|дата|发送时间|時間|to|an|à|a|para|aan|till|til|do|кому|"
    r"收件人|cc|subject|betreff|objet|asunto|oggetto|onderwerp|ämne|emne|temat|тема|主题|主旨|"
    r"assunto|envoyé\s+par|sent\s+by"
)
_HEADER_LINE = re.compile(rf"^\s*[*>]*\s*(?:{_FROM_KEYS}|{_OTHER_KEYS})\s*[*]?\s*[:：]", re.I)
_FROM_LINE = re.compile(rf"^\s*[*>]*\s*(?:{_FROM_KEYS})\s*[*]?\s*[:：]", re.I)

# --- separators -----------------------------------------------------------------------------

# "-----Original Message-----", "----- Ursprüngliche Nachricht -----", "---------- Forwarded
# message ---------", "-------- Message d'origine --------" and their kin: dashes, words, dashes.
_DASHED_TITLE = re.compile(r"^\s*-{2,}\s*[^\s-][^\n]{1,60}?\s*-{2,}\s*$")
_SEPARATOR_PHRASES = re.compile(
    r"^\s*(?:begin\s+forwarded\s+message|anfang\s+der\s+weitergeleiteten\s+nachricht|"
    r"début\s+du\s+message\s+réexpédié|inicio\s+del\s+mensaje\s+reenviado|"
    r"original\s+message|ursprüngliche\s+nachricht|message\s+d'origine)\s*:?\s*$",
    re.I,
)
# Outlook's divider and Mailman's footer rule: a long line of underscores.
_UNDERSCORES = re.compile(r"^\s*_{10,}\s*$")
_RULE_ONLY = re.compile(r"^\s*[-_=*~]{3,}\s*$")

# --- signatures -----------------------------------------------------------------------------

# RFC 3676 §4.3 says "-- "; clients and people also write "--" and "—".
_SIG_DELIMITER = re.compile(r"^(?:-- ?|--\s*|—)$")
# A phone's or app's one-line signature: short, no sentence after it (so "Sent from my desk,
# is much easier…" stays).
_MOBILE_SIGNATURE = re.compile(
    r"^\s*(?:"
    r"sent\s+(?:from|with|via|using)\s+(?:my\s+)?[\w'’ .()\-]{1,40}|"
    r"get\s+outlook\s+for\s+\w+|"
    r"von\s+meinem\s+[\w'’ .\-]{1,40}\s+gesendet|gesendet\s+(?:von|mit)\s+[\w'’ .\-]{1,40}|"
    r"envoyé\s+(?:de|depuis)\s+(?:mon\s+)?[\w'’ .\-]{1,40}|"
    r"enviado\s+(?:desde|do|de)\s+(?:mi|meu|o\s+meu|o)?\s*[\w'’ .\-]{1,40}|"
    r"inviato\s+da\s+(?:il\s+mio\s+)?[\w'’ .\-]{1,40}|"
    r"(?:verzonden|verstuurd)\s+(?:met|vanaf|van)\s+(?:mijn\s+)?[\w'’ .\-]{1,40}|"
    r"skickat\s+från\s+(?:min\s+)?[\w'’ .\-]{1,40}|sendt\s+fra\s+(?:min\s+)?[\w'’ .\-]{1,40}|"
    r"lähetetty\s+[\w'’ .\-]{1,40}|wysłane\s+z\s+[\w'’ .\-]{1,40}|"
    r"отправлено\s+(?:с|из)\s+[\w'’ .\-]{1,40}|"
    r"发自我的\s*\w[\w .\-]{0,30}|从我的\s*\w[\w .\-]{0,30}发送|來自我的\s*\w[\w .\-]{0,30}"
    r")\s*$",
    re.I,
)

_QUOTED = re.compile(r"^\s*>")
_MAX_SIGNATURE_TAIL = 12  # lines after a signature marker that we still call signature


def _is_attribution(text: str) -> bool:
    if len(text) > 300:
        return False
    if _ATTRIBUTION.search(text):
        return True
    return bool(_ADDRESS_COLON.match(text) and _DATE_LED.match(text))


def _attribution_at(lines: list[str], end: int) -> int | None:
    """If an attribution ends on line `end`, the index of its first line (it may wrap, up to 3)."""
    line = lines[end].strip()
    if not line or _QUOTED.match(lines[end]) or not line.endswith((":", "：")):
        return None
    start = end
    # Walk back over wrapped lines until the attribution's first line is reached.
    while not _ATTRIBUTION_START.match(lines[start]) and start > end - 2 and start > 0:
        previous = lines[start - 1].strip()
        if not previous or _QUOTED.match(lines[start - 1]) or previous.endswith((".", "!", "?")):
            break
        start -= 1
    for first in range(start, end + 1):
        joined = " ".join(x.strip() for x in lines[first : end + 1])
        if _is_attribution(joined) and (first == end or _ATTRIBUTION_START.match(lines[first])):
            return first
    return None


def _header_block_at(lines: list[str], i: int) -> bool:
    """Outlook's quoted header block: a From: line followed closely by Sent:/To:/Subject: lines."""
    if not _HEADER_LINE.match(lines[i]):
        return False
    seen = 0
    has_from = False
    for line in lines[i : i + 7]:
        if _HEADER_LINE.match(line):
            seen += 1
            has_from = has_from or bool(_FROM_LINE.match(line))
    return seen >= 3 or (seen >= 2 and has_from)


def _next_content(lines: list[str], i: int) -> str | None:
    for line in lines[i:]:
        if line.strip():
            return line
    return None


def strip_quotes(text: str) -> str:
    """Remove quoted history: attributions, `>` lines, header blocks and everything below them."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if _QUOTED.match(line):
            i += 1
            continue
        if (
            _UNDERSCORES.match(line)
            or _DASHED_TITLE.match(line)
            or _SEPARATOR_PHRASES.match(line)
            or _header_block_at(lines, i)
        ):
            break
        if stripped.endswith((":", "：")):
            start = _attribution_at(lines, i)
            if start is not None:
                # The wrapped start of the attribution was already kept; take it back.
                if i > start:
                    del kept[len(kept) - (i - start) :]
                following = _next_content(lines, i + 1)
                if following is not None and _QUOTED.match(following):
                    # Bottom-posting and inline replies: the quote is `>`-marked, keep going.
                    i += 1
                    continue
                break
        kept.append(line)
        i += 1
    return "\n".join(kept)


def strip_signature(text: str) -> str:
    """Remove a trailing signature: the RFC 3676 "-- " delimiter or a phone's one-line signature."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i == 0:
            continue  # a message that is only a delimiter is not a signature
        if _SIG_DELIMITER.match(line.rstrip("\n")) or (
            _MOBILE_SIGNATURE.match(line) and len(lines) - i <= _MAX_SIGNATURE_TAIL
        ):
            return "\n".join(lines[:i])
    return text


def tidy(text: str) -> str:
    """Trim trailing spaces, collapse runs of blank lines, drop leading and trailing rules."""
    lines = [line.replace("\xa0", " ").replace("\u200b", "").rstrip() for line in text.split("\n")]
    while lines and (not lines[-1].strip() or _RULE_ONLY.match(lines[-1])):
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    out: list[str] = []
    for line in lines:
        if not line.strip() and out and not out[-1].strip():
            continue
        out.append(line if line.strip() else "")
    return "\n".join(out)


def new_text(plain: str) -> str:
    """What the sender newly wrote in a plain-text body."""
    return tidy(strip_signature(tidy(strip_quotes(plain))))


# --- HTML -----------------------------------------------------------------------------------

_BLOCK = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
        "pre", "hr", "dd", "dt", "dl", "section", "article", "header", "footer", "center",
        "address", "blockquote", "body", "html",
    }
)  # fmt: skip
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "base", "col", "area", "wbr"})
_INVISIBLE = frozenset({"style", "script", "head", "title", "template", "xml"})
# Element ids and classes that mark quoted history (the element is dropped) ...
_QUOTE_CLASSES = frozenset(
    {"gmail_quote", "yahoo_quoted", "moz-cite-prefix", "gmail_attr", "x_gmail_quote", "quote"}
)
_QUOTE_IDS = frozenset({"olk_src_body_section", "divrplyfwdmsg", "x_divrplyfwdmsg"})
# ... and those after which everything is history (the rest of the document is dropped).
_CUT_IDS = frozenset({"appendonsend", "x_appendonsend", "stopspelling", "zwchr"})
_BORDER_TOP = re.compile(r"border-top\s*:\s*solid|border-top-style\s*:\s*solid", re.I)
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


class _HtmlText(HTMLParser):
    """HTML to readable text, dropping quoting elements (stdlib parser: no heavy dependency)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        # While inside a dropped element: its tag and how many of that tag are open. Counting
        # only that tag survives the unclosed <p> and <li> that mail HTML is full of.
        self.skip_tag = ""
        self.skip_depth = 0
        self.invisible = 0
        self.pre = 0
        self.cut = False
        self.paragraph = False

    def _newline(self) -> None:
        if self.out and not self.out[-1].endswith("\n"):
            self.out.append("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.cut:
            return
        tag = tag.lower()
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        attr = {k.lower(): (v or "") for k, v in attrs}
        classes = set(attr.get("class", "").lower().split())
        ident = attr.get("id", "").lower()
        if ident in _CUT_IDS or (
            tag == "div" and _BORDER_TOP.search(attr.get("style", "")) and self.out
        ):
            # Outlook's reply divider: everything after it is the quoted mail.
            self.cut = True
            return
        if tag == "blockquote" or classes & _QUOTE_CLASSES or ident in _QUOTE_IDS:
            if tag not in _VOID:
                self.skip_tag = tag
                self.skip_depth = 1
            return
        if tag in _INVISIBLE:
            self.invisible += 1
            return
        if tag == "pre":
            self.pre += 1
        if tag == "p":
            # Word-generated HTML (Outlook) writes one <p class=MsoNormal> per line; elsewhere
            # <p> is a paragraph with space after it.
            self.paragraph = "msonormal" not in classes
        if tag == "br":
            self.out.append("\n")
        elif tag in _BLOCK:
            self._newline()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag.lower() not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.cut:
            return
        tag = tag.lower()
        if tag in _VOID:
            return
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth -= 1
            return
        if tag in _INVISIBLE:
            self.invisible = max(0, self.invisible - 1)
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in _BLOCK:
            self._newline()
            if tag == "p" and self.paragraph and self.out and not self.out[-1].endswith("\n\n"):
                self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if self.cut or self.skip_depth or self.invisible:
            return
        if self.pre:
            self.out.append(data)
            return
        text = _SPACES.sub(" ", data)
        if self.out and self.out[-1].endswith("\n"):
            text = text.lstrip(" ")
        if text:
            self.out.append(text)


def html_to_text(html: str) -> str:
    """Readable text of an HTML body, with quoting elements and Outlook's divider dropped."""
    parser = _HtmlText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient, but never let markup stop the reply log
        pass
    text = "".join(parser.out)
    return "\n".join(line.strip() for line in text.split("\n"))


def new_text_from_html(html: str) -> str:
    """What the sender newly wrote in an HTML-only body."""
    return new_text(html_to_text(html))
