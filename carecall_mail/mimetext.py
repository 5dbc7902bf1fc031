"""MIME to text: header words, bodies and charsets decoded without ever raising.

Mail arrives with every charset label imaginable, some of them wrong
("us-ascii" over UTF-8 bytes, "unknown-8bit", "x-user-defined"). Everything
here degrades to a best guess (declared charset, then UTF-8, then cp1252,
which maps every byte) instead of failing, because one odd message must not
stop the reply log.

The message is parsed with the fast `compat32` policy; headers are read with
`Message.raw_items()` so that no `email.header.Header` objects appear, and
RFC 2047 encoded words are decoded here.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from email.header import decode_header
from email.message import Message
from email.utils import getaddresses

# Labels seen in the wild that name no real codec, or name one too narrow for
# the bytes that follow; these go straight to the UTF-8 / cp1252 fallback.
_NO_CODEC = frozenset(
    {"", "unknown-8bit", "x-unknown", "unknown", "x-user-defined", "default", "8bit", "binary"}
)
# Labels that are commonly used for bytes that are really a superset.
_WIDER = {
    "us-ascii": "utf-8",
    "ascii": "utf-8",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift_jis": "cp932",
    "windows-874": "cp874",
    "iso-8859-8-i": "iso-8859-8",
}
_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?]*\?=")
_WS = re.compile(r"\s+")


def _codec(label: str | None) -> str | None:
    """A Python codec name for a MIME charset label, or None when there is none."""
    if label is None:
        return None
    name = label.strip().strip("\"'").lower()
    if name in _NO_CODEC:
        return None
    name = _WIDER.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode with the declared charset, falling back to UTF-8, then cp1252 (never raises)."""
    codec = _codec(charset)
    if codec is not None:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError, ValueError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; "replace" keeps those as U+FFFD.
        return data.decode("cp1252", errors="replace")


def _unescape_8bit(value: str) -> str:
    """Raw 8-bit header bytes come back from compat32 as surrogate escapes; decode them."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return decode_bytes(value.encode("ascii", "surrogateescape"), "utf-8")
    return value


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words and raw 8-bit bytes in a header value; unfold it."""
    value = _unescape_8bit(value)
    if _ENCODED_WORD.search(value):
        try:
            parts = decode_header(value)
        except Exception:  # email.header raises HeaderParseError and friends on junk
            parts = [(value, None)]
        out: list[str] = []
        for chunk, charset in parts:
            if isinstance(chunk, bytes):
                out.append(decode_bytes(chunk, charset))
            else:
                out.append(chunk)
        value = "".join(out)
    return _WS.sub(" ", value).strip()


def header_map(msg: Message) -> dict[str, list[str]]:
    """Lower-cased header name -> raw values in order, read once without policy processing."""
    headers: dict[str, list[str]] = {}
    for name, value in msg.raw_items():
        key = str(name).strip().lower()
        headers.setdefault(key, []).append(value if isinstance(value, str) else str(value))
    return headers


def first(headers: dict[str, list[str]], name: str) -> str:
    """The first value of a header, decoded, or ""."""
    values = headers.get(name)
    return decode_words(values[0]) if values else ""


_SIMPLE_ADDRESS = re.compile(
    r"^\s*(?:(?P<name>[^\"<>,;@]*?)\s*<(?P<angle>[^<>@\s,;\"]+@[^<>@\s,;\"]+)>|"
    r"(?P<bare>[^<>@\s,;\"()]+@[^<>@\s,;\"()]+))\s*$"
)


def addresses(value: str) -> list[tuple[str, str]]:
    """(display name, lower-cased address) pairs from an address header; junk yields []."""
    # Fast path for the common shapes ("Name <a@b>", "a@b", lists of them without quotes):
    # email.utils.getaddresses costs about 0.15 ms a call.
    if '"' not in value and "(" not in value:
        pairs: list[tuple[str, str]] = []
        for piece in value.split(","):
            if not piece.strip():
                continue
            match = _SIMPLE_ADDRESS.match(piece)
            if match is None:
                break
            addr = match.group("angle") or match.group("bare") or ""
            pairs.append(((match.group("name") or "").strip(), addr.lower()))
        else:
            return pairs
    try:
        pairs = getaddresses([value])
    except Exception:  # getaddresses has raised on pathological input in some 3.11 releases
        return []
    return [(name.strip(), addr.strip().lower()) for name, addr in pairs if "@" in addr]


def param(value: str, name: str) -> str:
    """A parameter of a structured header value such as Content-Type, or ""."""
    match = re.search(rf"(?:^|;)\s*{name}\s*=\s*(\"[^\"]*\"|[^;\s]*)", value, re.IGNORECASE)
    return match.group(1).strip('"').strip() if match else ""


def content_type(part: Message) -> str:
    """The part's media type, lower-cased; `text/plain` where missing or broken (RFC 2045 §5.2)."""
    raw = part.get("content-type")
    if raw is None:
        return "text/plain"
    mtype = str(raw).split(";", 1)[0].strip().lower()
    return mtype if mtype.count("/") == 1 else "text/plain"


def part_text(part: Message) -> str:
    """A leaf part's payload decoded from its transfer encoding and charset (never raises)."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # broken base64 or uuencode: fall back to the undecoded text
        payload = None
    if isinstance(payload, bytes):
        charset = param(str(part.get("content-type", "")), "charset") or None
        return _lines(decode_bytes(payload, charset))
    raw = part.get_payload()
    return _lines(_unescape_8bit(raw)) if isinstance(raw, str) else ""


def _lines(text: str) -> str:
    """Unix line ends, so that line rules (quotes, flowed text, signatures) see whole lines."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_parts(msg: Message) -> Iterator[Message]:
    """Leaf parts that belong to the message body itself, in order.

    Attachments and attached messages (message/rfc822, a forwarded or returned
    mail) are not the sender's own words, so they are not descended into.
    """
    stack: list[Message] = [msg]
    while stack:
        part = stack.pop()
        if part.is_multipart():
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend(reversed([c for c in children if isinstance(c, Message)]))
            continue
        disposition = str(part.get("content-disposition", "")).split(";", 1)[0].strip().lower()
        if disposition == "attachment":
            continue
        yield part


def unflow(text: str, delsp: bool) -> str:
    """Undo RFC 3676 format=flowed soft line breaks so quotes and phrases are whole lines."""
    out: list[str] = []
    buffer = ""
    depth_of_buffer = -1
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        if body.startswith(" "):  # space-stuffing (RFC 3676 §4.4)
            body = body[1:]
        if buffer and depth != depth_of_buffer:
            out.append(">" * depth_of_buffer + (" " if depth_of_buffer else "") + buffer)
            buffer = ""
        if body.endswith(" ") and body != "-- ":
            buffer += body[:-1] if delsp else body
            depth_of_buffer = depth
            continue
        full = buffer + body
        buffer = ""
        out.append(">" * depth + (" " if depth else "") + full)
    if buffer:
        out.append(">" * depth_of_buffer + (" " if depth_of_buffer else "") + buffer)
    return "\n".join(out)
