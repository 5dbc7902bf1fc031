"""The text inside a TNEF body (winmail.dat, application/ms-tnef): Outlook's and Exchange's
"rich text" mail, whose words are nowhere else in the message.

Outlook sends a mail as TNEF (MS-OXTNEF) when it thinks the recipient is another Outlook:
the MIME body is then an empty text part, or nothing, beside a winmail.dat that holds the
text as the legacy attBody attribute, as MAPI's PR_BODY (plain text) or PR_HTML, or only as
PR_RTF_COMPRESSED, RTF compressed with LZFu (MS-OXRTFCP). This reads those, in that order of
preference, and never raises: a broken TNEF is no text.

Pure functions on bytes; every loop is bounded by the input's length or a fixed cap.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass

_SIGNATURE = 0x223E9F78
_ATT_BODY = 0x0002800C  # attBody: the message text, in the mail's ANSI code page
_ATT_MAPI_PROPS = 0x00069003  # attMsgProps: the message's MAPI properties
_ATT_OEM_CODEPAGE = 0x00069007  # attOemCodepage: the code page of attBody and PT_STRING8
_LEVEL_MESSAGE = 1
_MAX_ATTRIBUTES = 10_000
_MAX_PROPERTIES = 10_000
_MAX_VALUES = 1_000

_PR_BODY = 0x1000
_PR_RTF_COMPRESSED = 0x1009
_PR_HTML = 0x1013
_PT_STRING8, _PT_UNICODE, _PT_BINARY, _PT_OBJECT = 0x001E, 0x001F, 0x0102, 0x000D
_VARIABLE = frozenset({_PT_STRING8, _PT_UNICODE, _PT_BINARY, _PT_OBJECT})
# The size of each fixed-length MAPI type's value in TNEF, padded to four bytes.
_FIXED = {
    0x0001: 4, 0x0002: 4, 0x0003: 4, 0x0004: 4, 0x0005: 8, 0x0006: 8, 0x0007: 8, 0x000A: 4,
    0x000B: 4, 0x0014: 8, 0x0040: 8, 0x0048: 16,
}  # fmt: skip
_MULTI = 0x1000


def is_tnef(data: bytes) -> bool:
    """Whether `data` starts with TNEF's signature."""
    return len(data) >= 6 and struct.unpack_from("<I", data)[0] == _SIGNATURE


def tnef_text(data: bytes) -> tuple[str, str]:
    """The plain text and the HTML of the message in a TNEF stream, each "" when absent."""
    try:
        return _read(data)
    except (struct.error, ValueError, IndexError, LookupError):
        return "", ""


def _read(data: bytes) -> tuple[str, str]:
    if not is_tnef(data):
        return "", ""
    pos = 6  # the signature and the legacy key
    codepage = "cp1252"
    body = html = ""
    rtf = b""
    for _ in range(_MAX_ATTRIBUTES):
        if pos + 9 > len(data):
            break
        level = data[pos]
        attribute, length = struct.unpack_from("<II", data, pos + 1)
        value = data[pos + 9 : pos + 9 + length]
        pos += 9 + length + 2  # the value and its checksum
        if level != _LEVEL_MESSAGE:
            continue  # an attachment's attributes: files, not the text
        if attribute == _ATT_OEM_CODEPAGE and len(value) >= 4:
            codepage = _codepage(struct.unpack_from("<I", value)[0])
        elif attribute == _ATT_BODY:
            body = value.rstrip(b"\x00").decode(codepage, errors="replace")
        elif attribute == _ATT_MAPI_PROPS:
            props = _properties(value, codepage)
            body = props.body or body
            html = props.html or html
            rtf = props.rtf or rtf
    if not body.strip() and not html.strip() and rtf:
        body, html = rtf_text(decompress_rtf(rtf))
    return body.replace("\r\n", "\n"), html


def _codepage(number: int) -> str:
    """A Windows code page's codec (65001 is UTF-8), or cp1252 when Python has none."""
    name = {65001: "utf-8", 20127: "ascii"}.get(number, f"cp{number}")
    try:
        "".encode(name)
    except LookupError:
        return "cp1252"
    return name


@dataclass
class _Found:
    """PR_BODY and PR_HTML as text, and PR_RTF_COMPRESSED's bytes."""

    body: str = ""
    html: str = ""
    rtf: bytes = b""


def _properties(data: bytes, codepage: str) -> _Found:
    """The text properties among a TNEF attribute's MAPI properties (MS-OXTNEF §2.1.3.4)."""
    found = _Found()
    (count,) = struct.unpack_from("<I", data)
    pos = 4
    for _ in range(min(count, _MAX_PROPERTIES)):
        ptype, pid = struct.unpack_from("<HH", data, pos)
        pos += 4
        if pid >= 0x8000:  # a named property: its GUID, then a number or a name
            kind = struct.unpack_from("<I", data, pos + 16)[0]
            pos += 20
            if kind == 0:
                pos += 4
            else:
                (size,) = struct.unpack_from("<I", data, pos)
                pos += 4 + _padded(size)
        base = ptype & ~_MULTI
        if base in _VARIABLE:
            (values,) = struct.unpack_from("<I", data, pos)
            pos += 4
            for n in range(min(values, _MAX_VALUES)):
                (size,) = struct.unpack_from("<I", data, pos)
                value = data[pos + 4 : pos + 4 + size]
                pos += 4 + _padded(size)
                if n == 0 and pid < 0x8000:
                    _keep(found, pid, base, value, codepage)
        elif base in _FIXED:
            if ptype & _MULTI:
                (values,) = struct.unpack_from("<I", data, pos)
                pos += 4 + min(values, _MAX_VALUES) * _FIXED[base]
            else:
                pos += _FIXED[base]
        else:
            break  # a type this reader does not know: its length is unknown, stop here
        if pos > len(data):
            break
    return found


def _keep(found: _Found, pid: int, ptype: int, value: bytes, codepage: str) -> None:
    if pid == _PR_BODY and ptype == _PT_UNICODE:
        found.body = value.decode("utf-16-le", errors="replace").rstrip("\x00")
    elif pid == _PR_BODY and ptype == _PT_STRING8:
        found.body = value.rstrip(b"\x00").decode(codepage, errors="replace")
    elif pid == _PR_HTML and ptype in (_PT_BINARY, _PT_STRING8):
        found.html = _html_bytes(value)
    elif pid == _PR_RTF_COMPRESSED and ptype == _PT_BINARY:
        found.rtf = value


_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([\w.:-]{1,40})", re.I)


def _html_bytes(value: bytes) -> str:
    found = _META_CHARSET.search(value[:4096])
    name = found.group(1).decode("ascii") if found else "utf-8"
    try:
        return value.rstrip(b"\x00").decode(name, errors="replace")
    except LookupError:
        return value.rstrip(b"\x00").decode("cp1252", errors="replace")


def _padded(size: int) -> int:
    return (size + 3) & ~3


# --- compressed RTF (MS-OXRTFCP) --------------------------------------------------------------

# The dictionary's initial contents (MS-OXRTFCP §3.1.2.2).
_PREBUF = (
    b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern "
    b"\\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0"
    b"\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx"
)
_COMPRESSED, _UNCOMPRESSED = 0x75465A4C, 0x414C454D  # "LZFu", "MELA"
_MAX_RTF = 4_000_000  # bytes of RTF out: a mail's text, never a bomb's


def decompress_rtf(data: bytes) -> bytes:
    """PR_RTF_COMPRESSED's RTF; b"" when it is not compressed RTF."""
    if len(data) < 16:
        return b""
    _size, raw_size, kind, _crc = struct.unpack_from("<IIII", data)
    if kind == _UNCOMPRESSED:
        return data[16 : 16 + raw_size]
    if kind != _COMPRESSED:
        return b""
    window = bytearray(4096)
    window[: len(_PREBUF)] = _PREBUF
    write = len(_PREBUF)
    out = bytearray()
    pos = 16
    limit = min(raw_size, _MAX_RTF)
    while pos < len(data) and len(out) < limit:
        control = data[pos]
        pos += 1
        for bit in range(8):
            if pos >= len(data) or len(out) >= limit:
                break
            if not control & (1 << bit):
                byte = data[pos]
                pos += 1
                out.append(byte)
                window[write] = byte
                write = (write + 1) % 4096
                continue
            if pos + 1 >= len(data):
                return bytes(out)
            word = (data[pos] << 8) | data[pos + 1]
            pos += 2
            offset, length = word >> 4, (word & 0xF) + 2
            if offset == write:
                return bytes(out)  # the end marker
            for n in range(length):
                byte = window[(offset + n) % 4096]
                out.append(byte)
                window[write] = byte
                write = (write + 1) % 4096
    return bytes(out)


# --- RTF to text ---------------------------------------------------------------------------

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|"
    rb"[\r\n]+"
)
# Destinations whose text is no part of the body: tables of fonts, colours and styles, the
# document's information, pictures and objects, and any "\*" destination a reader may skip.
_SKIPPED = frozenset(
    {
        b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"object", b"header",
        b"footer", b"listtable", b"listoverridetable", b"rsidtbl", b"generator", b"xmlnstbl",
        b"themedata", b"colorschememapping", b"latentstyles", b"datastore", b"filetbl",
    }
)  # fmt: skip
_BREAKS = {b"par": "\n", b"line": "\n", b"tab": "\t", b"row": "\n", b"cell": " "}
_SPECIAL = {
    b"emdash": "—", b"endash": "–", b"lquote": "‘", b"rquote": "’", b"ldblquote": "“",
    b"rdblquote": "”", b"bullet": "•", b"~": "\xa0",
}  # fmt: skip
_ANSICPG = re.compile(rb"\\ansicpg(\d{3,5})")


def rtf_text(rtf: bytes) -> tuple[str, str]:
    """The plain text of an RTF document, or ("", html) for HTML that Outlook encapsulated in
    RTF (\\fromhtml1: the HTML's tags in \\*\\htmltag groups, RTF's own rendering of it
    between \\htmlrtf and \\htmlrtf0)."""
    found = _ANSICPG.search(rtf[:2000])
    codepage = _codepage(int(found.group(1))) if found else "cp1252"
    from_html = b"\\fromhtml" in rtf[:2000]
    out: list[str] = []
    stack: list[tuple[bool, bool, bool, int]] = []
    skip = html_tag = False  # inside a skipped destination; inside an \*\htmltag group
    hidden = False  # between \htmlrtf and \htmlrtf0: RTF's rendering, not the HTML
    pending = b""  # \'hh bytes of one multibyte character
    unicode_skip = 1
    skip_chars = 0
    starred = False

    def flush() -> None:
        nonlocal pending
        if pending:
            out.append(pending.decode(codepage, errors="replace"))
            pending = b""

    for token in _TOKEN.finditer(rtf):
        word, number, hexa, symbol, brace, text = token.groups()
        if hexa is None:
            flush()
        if brace == b"{":
            stack.append((skip, html_tag, hidden, unicode_skip))
            starred = False
            continue
        if brace == b"}":
            if stack:
                skip, html_tag, hidden, unicode_skip = stack.pop()
            continue
        if symbol == b"*":
            starred = True
            continue
        if word is not None:
            if word == b"htmltag" and from_html:
                html_tag, starred = True, False
                skip = False
                continue
            if starred or word in _SKIPPED:
                skip, starred = True, False
                continue
            if word == b"htmlrtf":
                hidden = number != b"0"
                continue
            if skip or (hidden and not html_tag):
                continue
            if word == b"uc" and number is not None:
                unicode_skip = int(number)
            elif word == b"u" and number is not None:
                out.append(chr(int(number) % 65536))
                skip_chars = unicode_skip
            elif word in _BREAKS and not (from_html and html_tag):
                out.append(_BREAKS[word])
            elif word in _SPECIAL:
                out.append(_SPECIAL[word])
            continue
        if skip or (hidden and not html_tag):
            continue
        if hexa is not None:
            if skip_chars:
                skip_chars -= 1
                continue
            pending += bytes([int(hexa, 16)])
        elif symbol is not None:
            if symbol in b"\\{}":
                out.append(symbol.decode("ascii"))
            elif symbol == b"~":
                out.append("\xa0")
        elif text is not None:
            chunk = text
            if skip_chars:
                dropped = min(skip_chars, len(chunk))
                chunk, skip_chars = chunk[dropped:], skip_chars - dropped
            out.append(chunk.decode(codepage, errors="replace"))
    flush()
    result = "".join(out)
    return ("", result) if from_html else (result, "")
