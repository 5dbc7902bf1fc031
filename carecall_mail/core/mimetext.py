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

import binascii
import codecs
import contextlib
import itertools
import re
import weakref
from collections.abc import Iterator
from email import base64mime, errors, quoprimime
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
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
# Characters that re.IGNORECASE equates with a letter that str.lower() does not turn them into
# (CPython's re._casefix, and U+0130, whose lower() is two characters), with that letter.
_FOLD = {
    "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u00b5": "\u03bc", "\u0345": "\u03b9",
    "\u1fbe": "\u03b9", "\u03d0": "\u03b2", "\u03f5": "\u03b5", "\u03d1": "\u03b8",
    "\u03f0": "\u03ba", "\u03d6": "\u03c0", "\u03f1": "\u03c1", "\u03c2": "\u03c3",
    "\u03d5": "\u03c6", "\u1c80": "\u0432", "\u1c81": "\u0434", "\u1c82": "\u043e",
    "\u1c83": "\u0441", "\u1c84": "\u0442", "\u1c85": "\u0442", "\u1c86": "\u044a",
    "\u1c87": "\u0463", "\u1c88": "\ua64b", "\u1e9b": "\u1e61", "\u1fd3": "\u0390",
    "\u1fe3": "\u03b0", "\ufb05": "\ufb06",
}  # fmt: skip
_FOLD_TABLE = str.maketrans(_FOLD)
_UNFOLDED = re.compile("[" + "".join(_FOLD) + "]")
_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?]*\?=")
_WS = re.compile(r"\s+")


def fold_case(text: str) -> str:
    """`text` lower-cased so that a case-sensitive regex of lower-case words finds in it at
    least everything the same regex with re.IGNORECASE finds in `text`, at the same places.

    Used for cheap pre-checks: without IGNORECASE the regex engine skips ahead on the words'
    first letters instead of trying every alternative at every position, which costs more
    than the rest of the test on a short text. tests/test_classify.py checks the folding
    against every code point.
    """
    if not text.isascii() and _UNFOLDED.search(text):
        text = text.translate(_FOLD_TABLE)
    return text.lower()


def _codec(label: str | None) -> str | None:
    """A Python codec name for a MIME charset label, or None when there is none."""
    if label is None:
        return None
    name = label.strip().strip("\"'").lower()
    if name in _NO_CODEC:
        return None
    for candidate in _spellings(name):
        try:
            return codecs.lookup(_WIDER.get(candidate, candidate)).name
        except (LookupError, ValueError):  # ValueError: a NUL inside the label ("utf\x00-8")
            continue
    return None


# Labels programs write that name a codec under another spelling: an "x-" prefix
# ("x-sjis", "x-mac-roman"), a Windows code page as "win-1251" or "cp-1252", Java's names.
_ALIASES = {
    "windows-31j": "cp932", "sjis": "shift_jis", "latin-9": "iso8859-15", "latin9": "iso8859-15",
    "iso-10646-ucs-2": "utf-16-be",
    # Microsoft's names for UTF-16 (Outlook and .NET write charset="unicode"): little-endian
    # unless a byte-order mark says otherwise.
    "unicode": "utf-16", "unicodefffe": "utf-16-be", "utf-16le": "utf-16-le",
}  # fmt: skip
_WINDOWS_PAGE = re.compile(r"^(?:win|windows|cp|ms)[-_ ]?(\d{3,4})$")


def _spellings(name: str) -> list[str]:
    """`name`, then the spellings of it that may name a codec."""
    found = [name]
    bare = name[2:] if name.startswith("x-") else name
    if bare != name:
        found.append(bare)
    if bare in _ALIASES:
        found.append(_ALIASES[bare])
    page = _WINDOWS_PAGE.match(bare)
    if page is not None:
        found.append("cp" + page.group(1))
    if bare.startswith("windows-") and bare[8:].isdigit():
        found.append("cp" + bare[8:])  # "x-windows-949"
    return found


# Where a declared codec fails on the bytes, the codecs its writers confuse it with: the same
# language's other encodings (Japanese labelled ISO-2022-JP but sent as Shift_JIS or EUC-JP,
# Chinese labelled GB2312 but sent as Big5, Korean's EUC-KR and its Windows superset).
_SIBLINGS = {
    "iso2022_jp": ("euc_jp", "cp932"), "shift_jis": ("cp932", "euc_jp"), "cp932": ("euc_jp",),
    "euc_jp": ("cp932",), "gb2312": ("gb18030", "big5"), "gbk": ("gb18030", "big5"),
    "gb18030": ("big5",), "big5": ("big5hkscs", "gb18030"), "big5hkscs": ("gb18030",),
    "euc_kr": ("cp949",), "cp949": ("johab",),
}  # fmt: skip
# Russian and Bulgarian mail in one-byte Cyrillic (KOI8-R, Windows-1251) is often labelled
# with the other one, or with Latin-1: every byte decodes in each, so the letters decide.
_CYRILLIC = ("cp1251", "koi8-r")
_WESTERN = frozenset({"cp1252", "iso8859-1", "iso8859-15"})
_MIN_LETTERS = 12
_SAMPLE = 4000
# Japanese in the wrong one of its encodings often decodes without error, as half-width
# katakana (U+FF61-U+FF9F), which running Japanese text hardly uses: the reading with the
# fewest of them is the right one.
_JAPANESE = frozenset({"iso2022_jp", "shift_jis", "cp932", "euc_jp"})


def _halfwidth(text: str) -> int:
    return sum(1 for ch in text if "\uff61" <= ch <= "\uff9f")


def _japanese(data: bytes, codec: str) -> str:
    """Japanese bytes read with the declared codec, or with the sibling they plainly are in."""
    if data.isascii():
        # 7-bit ISO-2022-JP under a Shift_JIS or EUC-JP label: its escapes say what it is.
        return data.decode("iso2022_jp" if b"\x1b$" in data else "ascii", errors="replace")
    readings: list[str] = []
    for name in (codec, *_SIBLINGS[codec]):
        with contextlib.suppress(UnicodeDecodeError):
            readings.append(data.decode(name))
    if not readings:
        return decode_bytes(data, None)
    first = readings[0]
    if _halfwidth(first):
        for other in readings[1:]:
            # Half-width katakana may be meant ("ｶﾀｶﾅ"): another reading wins only with
            # fewer of them and kana of the ordinary width, as running Japanese has.
            if _halfwidth(other) < _halfwidth(first) and _KANA.search(other):
                return other
    return first


_KANA = re.compile("[\u3041-\u30ff]")


def _lower_cyrillic(text: str) -> int:
    return sum(1 for ch in text if "а" <= ch <= "я" or ch == "ё")


def _cyrillic_fix(data: bytes, decoded: str, codec: str) -> str:
    """`decoded`, or the bytes read as the one-byte Cyrillic they plainly are.

    Latin-1 over Cyrillic bytes gives words of accented letters only ("Ïðèâåò"), where a
    Western text has a few among plain ones; KOI8-R read as Windows-1251 (or the other way)
    gives capitals where the text has small letters. Running text is mostly small letters.
    Only the start is read to decide (one byte is one character in all of these).
    """
    if codec not in _WESTERN and codec not in _CYRILLIC:
        return decoded
    head = data[:_SAMPLE]
    if codec in _WESTERN and len(head.translate(None, _HIGH)) < 0.7 * len(head):
        east = _east_asian(head, data)  # most bytes above ASCII: no Western text
        if east is not None:
            return east
    letters = [ch for ch in decoded[:_SAMPLE] if ch.isalpha()]
    if len(letters) < _MIN_LETTERS:
        return decoded
    if codec in _WESTERN and sum(1 for ch in letters if "\xc0" <= ch <= "\xff") < 0.6 * len(
        letters
    ):
        return decoded
    if codec in _WESTERN:
        greek = _greek_reading(head, data)
        if greek is not None:
            return greek
    best, best_lower = codec, _lower_cyrillic(decoded[:_SAMPLE]) if codec in _CYRILLIC else 0
    for other in _CYRILLIC:
        lower = _lower_cyrillic(head.decode(other, errors="replace"))
        if other != codec and lower > max(best_lower, 0.5 * len(letters)):
            best, best_lower = other, lower
    return decoded if best == codec else data.decode(best, errors="replace")


# The commonest short words of running Greek and Russian. The same one-byte text read as
# ISO-8859-7 and as a Cyrillic codepage gives letters in both scripts (Greek bytes under
# Windows-1251 look like small Cyrillic letters): the reading that spells words is right.
_GREEK_WORDS = frozenset((
    "και", "το", "να", "του", "της", "με", "για", "σε", "την", "τη", "τον", "που", "από",
    "είναι", "θα", "δεν", "στο", "στην", "στη", "τα", "οι", "η", "ο", "ή", "των", "στις",
    "στους", "αυτό", "μας", "σας", "σου", "μου", "όπως", "ότι", "αλλά", "έχει", "ένα", "μια",
    "πολύ",
))  # fmt: skip
_RUSSIAN_WORDS = frozenset((
    "и", "в", "не", "на", "что", "я", "с", "он", "как", "по", "это", "но", "вы", "к", "у",
    "за", "из", "от", "о", "так", "для", "мы", "все", "же", "его", "она", "ты", "бы", "да",
    "нет", "уже", "мне", "вам", "вас", "при", "или", "если", "только", "есть", "был",
))  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")


def _common_words(text: str, words: frozenset[str]) -> int:
    return sum(1 for word in _WORD.findall(text.lower()) if word in words)


def _greek_reading(head: bytes, data: bytes) -> str | None:
    """Greek bytes (ISO-8859-7 or Windows-1253) under a Western label or none, read as Greek
    when that spells more of Greek's common words than any Cyrillic reading does of Russian's;
    else None (and the Cyrillic check goes on)."""
    best: tuple[int, str] | None = None
    for codec in ("iso8859_7", "cp1253"):
        count = _common_words(head.decode(codec, errors="replace"), _GREEK_WORDS)
        if count and (best is None or count > best[0]):
            best = (count, codec)
    if best is None:
        return None
    russian = max(
        _common_words(head.decode(c, errors="replace"), _RUSSIAN_WORDS) for c in _CYRILLIC
    )
    if best[0] < _MIN_WORDS or best[0] <= russian:
        return None
    return data.decode(best[1], errors="replace")


_MIN_WORDS = 2  # one word may be chance; running Greek has one in every few


_HANGUL = re.compile("[\uac00-\ud7a3]")
_HIGH = bytes(range(0x80, 0x100))


def _east_asian(head: bytes, data: bytes) -> str | None:
    """Korean or Japanese bytes under a Western label, or none, read as such; else None.

    Only a reading of the start (`head`) without a single error counts, and only when its
    script says it is right: Hangul for most of the characters that are not ASCII, or
    kana of the ordinary width.
    """
    for codec, script, share in (
        ("euc_kr", _HANGUL, 0.8),  # its strict range: CP949 reads Shift_JIS without error
        ("euc_jp", _KANA, 0.3),
        ("cp932", _KANA, 0.3),
    ):
        try:
            text = codecs.getincrementaldecoder(codec)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        wide = "".join(ch for ch in text if ord(ch) > 0x7F)
        if wide and len(script.findall(wide)) >= share * len(wide) and not _halfwidth(wide):
            return data.decode(codec, errors="replace")
    return _chinese(head, data)


_HAN = re.compile("[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e]")  # ideographs, CJK punctuation
# The commonest characters of running Chinese, shared and in each script's own form: bytes in
# the wrong one of GB2312 and Big5 often decode too, as characters hardly anyone writes.
_CHINESE_COMMON = frozenset(
    "的一是不了人我在有他也就你都好要能我们这说为个国来时会对过还发学样么经没后里吗谢请"
    "們這說為個國來時會對過還發學樣麼經沒後裡嗎謝請"
)


def _chinese(head: bytes, data: bytes) -> str | None:
    """Chinese bytes (GB2312 or Big5) under a Western label, read as such; else None. A
    reading counts only without a single error, mostly ideographs, with common characters."""
    best: tuple[int, str] | None = None
    # GBK, the superset of GB2312 that Windows writes under that name (its extra characters,
    # 贵 among them, fail a strict GB2312 decoder).
    for codec in ("gbk", "big5"):
        try:
            text = codecs.getincrementaldecoder(codec)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        wide = [ch for ch in text if ord(ch) > 0x7F]
        common = sum(1 for ch in wide if ch in _CHINESE_COMMON)
        han = len(_HAN.findall("".join(wide)))
        if common and han >= 0.9 * len(wide) and (best is None or common > best[0]):
            best = (common, codec)
    return data.decode(best[1], errors="replace") if best is not None else None


_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode with the declared charset, falling back to UTF-8, then cp1252 (never raises)."""
    if data[:2] in _UTF16_MARKS and b"\x00" in data[:_SAMPLE]:
        # A UTF-16 byte-order mark and the NUL bytes of its ASCII letters: UTF-16 whatever
        # the label says (a program's one-byte default, or none). A line end the MIME body
        # added after it is one byte, no UTF-16 unit.
        if len(data) % 2 and data[-1:] in (b"\n", b"\r"):
            data = data[:-1]
        return data.decode("utf-16", errors="replace")
    codec = _codec(charset)
    head = data[:_SAMPLE]
    if (
        b"\x1b" in head
        and codec not in _JAPANESE
        and head.isascii()
        and any(escape in head for escape in _ISO_2022_JP)
    ):
        # ISO-2022-JP is 7-bit: under a Western label (or any one-byte label) as under none,
        # its escapes say what it is.
        return data.decode("iso2022_jp", errors="replace")
    if codec not in (None, "utf-8") and not data.isascii():
        # A label that does not fit the bytes ("big5" over UTF-8, a program's default charset
        # over what it really wrote): non-ASCII bytes that are valid UTF-8 are almost never
        # text in another charset, while a legacy decoder may read them as nonsense.
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if codec in _JAPANESE:
        return _japanese(data, codec)
    if codec is not None:
        for name in (codec, *_SIBLINGS.get(codec, ())):
            try:
                decoded = data.decode(name)
            except (UnicodeDecodeError, LookupError, ValueError):
                continue
            return decoded if data.isascii() else _cyrillic_fix(data, decoded, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    nearly = _nearly_utf8(data)
    if nearly is not None:
        return nearly
    # cp1252 leaves five bytes undefined; "replace" keeps those as U+FFFD.
    return _cyrillic_fix(data, data.decode("cp1252", errors="replace"), "cp1252")


_MAX_BAD_SHARE = 0.02  # of the characters above ASCII: a stray byte or two, not another charset


def _nearly_utf8(data: bytes) -> str | None:
    """UTF-8 with a stray invalid byte or a sequence cut short (a program that cut a text in
    the middle of a character, a gateway's stray byte), read as UTF-8 with U+FFFD for those;
    None when the bytes are another charset's. Text in a one-byte charset holds hardly a
    valid UTF-8 sequence, so most of its high bytes fail."""
    decoded = data.decode("utf-8", errors="replace")
    bad = decoded.count("\ufffd")
    wide = sum(1 for ch in decoded if ord(ch) > 0x7F) - bad
    if wide >= 2 and bad <= max(2, _MAX_BAD_SHARE * wide):
        return decoded
    return None


# Quoted-printable that was never decoded (a part labelled 7bit, or none, over a QP body; a
# copy of the raw body): soft line breaks "=\n" and "=XX" escapes (RFC 2045 §6.7), and no other
# "=", since an encoder escapes every "=" it meets as "=3D".
_LONE_EQUALS = re.compile(r"=(?![0-9A-F]{2}|\n)")
# And one sign that only an encoder leaves: an escape, or a word broken by a soft break.
_QP_SIGN = re.compile(r"=[0-9A-F]{2}|\w=\n\w")
_MIN_SOFT_BREAKS = 2  # one "=" at a line's end may be a person's; two or more are an encoder's


def undecoded_qp(text: str) -> str:
    """`text` decoded from quoted-printable when it plainly still is encoded, else unchanged."""
    if text.count("=\n") < _MIN_SOFT_BREAKS:
        return text
    if _LONE_EQUALS.search(text):
        return text  # an "=" that is no escape: text, not quoted-printable
    if not _QP_SIGN.search(text):
        return text  # "1 + 1 =" at two line ends is a person's arithmetic
    # Every "=" is an escape or a soft break (checked above), so binascii's decoder (in C: a
    # Python callback per escape took seconds on 10 MB) reads it exactly.
    return decode_bytes(binascii.a2b_qp(text.encode("utf-8", "surrogateescape")), "utf-8")


# A body that is base64 the part does not declare: lines of the base64 alphabet only, all as
# long as the first but the last, and at least this much of it (a word like "Okay" is not).
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/]+={0,2}")
_MIN_BASE64 = 40
_MAX_BASE64 = 1_000_000  # a person's text, encoded; larger is a file, and costly to try


def undeclared_base64(text: str) -> str:
    """`text` decoded from base64 when it plainly is base64-encoded text, else unchanged."""
    if not _MIN_BASE64 <= len(text) <= _MAX_BASE64 or " " in text:
        return text
    body = text.strip()
    first_end = body.find("\n")
    if 0 <= first_end < _MIN_BASE64:
        return text  # encoders write lines of 60 to 76 characters
    lines = body.split("\n")
    if any(len(line) != len(lines[0]) for line in lines[:-1]) or len(lines[-1]) > len(lines[0]):
        return text
    if not all(_BASE64_LINE.fullmatch(line) for line in lines):
        return text
    try:
        decoded = base64mime.decode("".join(lines)).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return text
    printable = sum(1 for ch in decoded if ch.isprintable() or ch in "\n\t")
    if (
        not decoded.strip()
        or printable < 0.95 * len(decoded)
        or not any(c.isspace() for c in decoded)
    ):
        return text  # bytes, or one long word: not a text
    return decoded


def _unescape_8bit(value: str) -> str:
    """Raw 8-bit header bytes come back from compat32 as surrogate escapes; decode them."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return decode_bytes(value.encode("ascii", "surrogateescape"), "utf-8")
    return value


# email.header's encoded-word pattern (its `ecre`), but the encoded text holds no "?"
# (RFC 2047 §5 forbids it): ecre's ".*?" scanned to the line's end from every "=?q?"
# that no "?=" followed. The split yields text, charset, encoding, encoded text, text, ...
_WORD_SPLIT = re.compile(r"=\?([^?]*)\?([qQbB])\?([^?]*)\?=")


def _decoded_words(value: str) -> str:
    """RFC 2047 §6 decoding as `email.header.decode_header` does it, in linear time.

    decode_header pops its list from the front and concatenates bytes word by word:
    a header of a million encoded-words took hours (issue 12 item 5). Same rules here:
    whitespace between two encoded-words is dropped (§6.2), adjacent words in one
    charset are decoded together (a character may be split across them), text outside
    the words is kept as it is. Raises ValueError on broken base64.
    """
    # (text, charset); charset None for text outside encoded-words.
    words: list[tuple[str | bytes, str | None]] = []
    for line in value.splitlines():
        parts = _WORD_SPLIT.split(line)
        parts[0] = parts[0].lstrip()
        for at in range(0, len(parts), 4):
            if parts[at]:
                words.append((parts[at], None))
            if at + 1 < len(parts):
                charset, encoding, encoded = parts[at + 1 : at + 4]
                words.append((_word_bytes(encoding, encoded), charset.lower()))
    # Only whitespace between two encoded-words is no text (RFC 2047 §6.2).
    words = [
        word
        for n, word in enumerate(words)
        if not (
            word[1] is None
            and 0 < n < len(words) - 1
            and words[n - 1][1] is not None
            and words[n + 1][1] is not None
            and str(word[0]).isspace()
        )
    ]
    out: list[str] = []
    for charset, group in itertools.groupby(words, key=lambda word: word[1]):
        chunks = [chunk for chunk, _ in group]
        if charset is None:
            out.append(" ".join(str(chunk) for chunk in chunks))
        else:
            # RFC 2231 §5: "utf-8*en" names a language after the charset.
            label = charset.split("*", 1)[0]
            out.append(decode_bytes(b"".join(c for c in chunks if isinstance(c, bytes)), label))
    return "".join(out)


def _word_bytes(encoding: str, encoded: str) -> bytes:
    """The bytes an encoded-word's text stands for ("Q" or "B", RFC 2047 §4)."""
    if encoding in "qQ":
        # What email.header does: the =XX escapes are code points below 256.
        return quoprimime.header_decode(encoded).encode("raw-unicode-escape")
    if len(encoded) % 4:
        encoded += "==="[: 4 - len(encoded) % 4]  # Postel's law: missing padding added
    try:
        return base64mime.decode(encoded)
    except ValueError as exc:  # binascii.Error
        raise ValueError("broken base64 in an encoded-word") from exc


# Characters of a header value that are read. RFC 5322 §2.1.1 allows 998 a line; folded,
# a long To: list runs to some thousands. Beyond this it is no one's writing, and a million
# encoded-words or a 3 MB "Re: Re: ..." subject cost seconds in every rule that reads it.
HEADER_LIMIT = 100_000


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words and raw 8-bit bytes in a header value; unfold it.

    Only the first HEADER_LIMIT characters are read, up to the last whole word in them.
    """
    if len(value) > HEADER_LIMIT:
        value = value[:HEADER_LIMIT]
        # An encoded-word cut in half would be read as junk text.
        cut = max(value.rfind(" "), value.rfind("\t"), value.rfind("\n"))
        value = value[:cut] if cut > 0 else value
    value = _unescape_8bit(value)
    if _ENCODED_WORD.search(value):
        with contextlib.suppress(ValueError):  # broken base64: the header as it came
            value = _decoded_words(value)
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
    mtype = _media_type(raw)
    if mtype == "text/plain" and _says_html_too(part):
        return "text/html"
    return mtype


def _media_type(raw: object) -> str:
    mtype = str(raw).split(";", 1)[0].strip().lower()
    return mtype if mtype.count("/") == 1 else "text/plain"


# HTML's own tags near a body's start.
_HTML_TAG = re.compile(
    r"<(?:html|head|body|div|p|br|span|table|font|b|i|a)(?:\s[^<>]{0,300})?/?>|</(?:p|div|html|body|span|a|b|i|font)>",
    re.I,
)
_TAG_SCAN = 2000


def _says_html_too(part: Message) -> bool:
    """Whether a text/plain part also carries a second Content-Type that says text/html over a
    body of HTML tags: two fields where RFC 2045 allows one (a script that added its own),
    and the body says which is right."""
    values = part.get_all("content-type") or []
    if len(values) < 2 or "text/html" not in {_media_type(value) for value in values}:
        return False
    payload = part.get_payload()
    return isinstance(payload, str) and _HTML_TAG.search(payload[:_TAG_SCAN]) is not None


# The escape sequences of ISO-2022-JP (RFC 1468), 7-bit Japanese that an unlabelled or
# "us-ascii" part would otherwise show as "$B..." runs.
_ISO_2022_JP = (b"\x1b$B", b"\x1b$@", b"\x1b(J")
# An HTML document's own charset (HTML's <meta charset> and http-equiv forms), near its top.
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([\w.:-]{1,40})", re.I)
_META_SCAN = 4096


def _sniffed_charset(payload: bytes, ctype: str, declared: str | None) -> str | None:
    """The charset the bytes say where the part's label is missing or only says ASCII."""
    label = (declared or "").strip().strip("\"'").lower()
    if label not in ("us-ascii", "ascii") and _codec(declared) is not None:
        return declared
    head = payload[:_META_SCAN]
    if any(escape in head for escape in _ISO_2022_JP):
        return "iso-2022-jp"
    if ctype == "text/html":
        found = _META_CHARSET.search(head)
        if found is not None and _codec(found.group(1).decode("ascii")) is not None:
            return found.group(1).decode("ascii")
    return declared


# Characters base64 never holds. A body labelled base64 with many of them is text under a
# wrong label (a script's mislabel, a gateway's re-encoding that kept the header): decoding
# it would make its words into bytes of nonsense.
_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/=\s]")


def _mislabelled_base64(part: Message) -> str | None:
    """The text of a part labelled base64 whose body plainly is not, else None."""
    if str(part.get("content-transfer-encoding", "")).strip().lower() != "base64":
        return None
    # The payload as parsed, 8-bit bytes kept as surrogate escapes (get_payload() would
    # decode them with the declared charset, replacing what does not fit).
    raw = getattr(part, "_payload", None)
    if not isinstance(raw, str):
        return None
    odd = len(_NOT_BASE64.findall(raw[:_BASE64_SNIFF]))
    if odd < max(3, 0.01 * min(len(raw), _BASE64_SNIFF)):
        return None
    try:
        data = raw.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:  # a message built from text, not parsed from bytes
        data = raw.encode("utf-8", "surrogateescape")
    declared = _declared_charset(part)
    salvaged = _base64_with_junk(data, declared)
    if salvaged is not None:
        return salvaged
    return _lines(decode_bytes(data, declared))


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_WORDISH = re.compile(r"[^\W\d_]|\s")


def _base64_with_junk(data: bytes, declared: str | None) -> str | None:
    """The text of base64 with characters outside its alphabet in it (a gateway's stray
    bytes, "!!!!" at a line's end), which RFC 2045 §6.8 says to ignore; None when the body,
    so decoded, is no clean text in its charset, as text under a wrong label never is (its
    letters decode to bytes of nonsense, control characters among them)."""
    try:
        decoded = binascii.a2b_base64(data)
        text = decoded.decode(_codec(declared or "utf-8") or "utf-8")
    except (binascii.Error, UnicodeDecodeError, LookupError, ValueError):
        return None
    if len(text) < 8 or _CONTROL.search(text):
        return None
    if len(_WORDISH.findall(text)) < 0.6 * len(text):
        return None
    return _lines(text)


_BASE64_SNIFF = 4096


# The charset a part that names none inherits from the multipart around it: some programs
# write the charset once, on the multipart (`multipart/signed; charset="iso-8859-2"`), and
# leave the text part below it bare. RFC 2046 gives a multipart no charset, but the writer
# said which one its text is in, and that beats any guess. Recorded when a tree is built
# (`parse_message`, `full_message`), read by `part_text`; an attached mail is a mail of its
# own and inherits nothing from the one that carries it.
_INHERITED_CHARSET: weakref.WeakKeyDictionary[Message, str] = weakref.WeakKeyDictionary()


def _inherit_charset(parent: Message, child: Message) -> None:
    """Record for `child`, when it names no charset, the one `parent` names or inherited."""
    if param(str(child.get("content-type", "")), "charset"):
        return
    label = param(str(parent.get("content-type", "")), "charset") or _INHERITED_CHARSET.get(
        parent, ""
    )
    if label and _codec(label) is not None:
        _INHERITED_CHARSET[child] = label


def _inherit_charsets(msg: Message) -> Message:
    """`msg`, each of its parts recorded with the charset it inherits (see above)."""
    stack = [msg]
    while stack:
        part = stack.pop()
        children = part.get_payload() if part.is_multipart() else None
        if not isinstance(children, list):
            continue
        attached = content_type(part) in _ATTACHED_MAIL
        for child in children:
            if isinstance(child, Message):
                if not attached:
                    _inherit_charset(part, child)
                stack.append(child)
    return msg


def _declared_charset(part: Message) -> str | None:
    """The charset a part names, or the one it inherits from its multipart, or None."""
    own = param(str(part.get("content-type", "")), "charset")
    return own or _INHERITED_CHARSET.get(part)


def part_text(part: Message) -> str:
    """A leaf part's payload decoded from its transfer encoding and charset (never raises).

    A part that names no charset is read in the one its multipart names, when its own bytes
    say none (an HTML part's <meta charset>, ISO-2022-JP's escapes), before any guess."""
    mislabelled = _mislabelled_base64(part)
    if mislabelled is not None:
        return mislabelled
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # broken base64 or uuencode: fall back to the undecoded text
        payload = None
    if isinstance(payload, bytes):
        declared = param(str(part.get("content-type", "")), "charset") or None
        charset = _sniffed_charset(payload, content_type(part), declared)
        if charset is None:
            charset = _INHERITED_CHARSET.get(part)
        text = _lines(decode_bytes(payload, charset))
        cte = str(part.get("content-transfer-encoding", "")).strip().lower()
        if cte == "base64":
            return text
        return text if cte == "quoted-printable" else undeclared_base64(undecoded_qp(text))
    raw = part.get_payload()
    return _lines(_unescape_8bit(raw)) if isinstance(raw, str) else ""


def _lines(text: str) -> str:
    """Unix line ends, so that line rules (quotes, flowed text, signatures) see whole lines."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


# An attached mail (RFC 2046 §5.2.1, RFC 6532 §3.7): the email package treats it as a
# multipart of one message.
_ATTACHED_MAIL = frozenset({"message/rfc822", "message/global"})


def text_parts(msg: Message) -> Iterator[Message]:
    """Leaf parts that belong to the message body itself, in order.

    Attachments and attached messages (message/rfc822, a forwarded or returned
    mail) are not the sender's own words, so they are not descended into.
    """
    stack: list[Message] = [msg]
    while stack:
        part = stack.pop()
        if part is not msg and content_type(part) in _ATTACHED_MAIL:
            # A forward as an attachment (or nested in one): another writer's mail. Only a
            # message that is itself one mail wrapped whole is read inside.
            continue
        if part.is_multipart():
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend(reversed([c for c in children if isinstance(c, Message)]))
            continue
        disposition = str(part.get("content-disposition", "")).split(";", 1)[0].strip().lower()
        if disposition == "attachment" and not moved_body_text(part):
            continue
        yield part


def attached_mails(msg: Message, limit: int = 3) -> list[Message]:
    """The mails attached whole to `msg` (a forward as an attachment), the first `limit`."""
    found: list[Message] = []
    for part in itertools.islice(msg.walk(), 200):
        if part is msg or content_type(part) not in _ATTACHED_MAIL:
            continue
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            found.append(inner[0])
            if len(found) >= limit:
                break
    return found


# Exchange moves the text a mail program wrote after an attachment (an iPhone's "Sent from my
# iPhone" below a photo, or all the text of a mail that starts with one) into attachments of
# its own named ATT00001.txt, ATT00002.htm, …: the sender's words, not a file.
_MOVED_TEXT_NAME = re.compile(r"^att\d{5}\.(?:txt|htm|html)$", re.I)


def moved_body_text(part: Message) -> bool:
    """Whether `part` is body text Exchange set apart as an "ATT00001.txt" attachment."""
    if content_type(part) not in ("text/plain", "text/html"):
        return False
    try:
        name = part.get_filename() or ""
    except Exception:  # a broken RFC 2231 parameter: a file, whatever it is called
        return False
    return bool(_MOVED_TEXT_NAME.match(str(name).strip()))


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


# --- parsing --------------------------------------------------------------------------------
#
# `parse_message` gives exactly the `Message` tree that `BytesParser(policy=compat32)` gives,
# but builds the common shapes (one text part, or one multipart level of leaf parts such as
# multipart/alternative) with a few regex and string operations instead of the stdlib
# parser's line-by-line state machine, which costs more than everything else we do with a
# reply. Anything else (message/* and nested multiparts, a missing header/body separator,
# bare CR line ends, a "From " line, anything that would record a parse defect) goes to the
# stdlib parser itself. tests/test_replies_fastpath.py checks that both trees are equal on
# every fixture and on generated input.

_FULL_PARSER = BytesParser(policy=compat32)
# One header field: a name as email.feedparser's headerRE allows it (printable ASCII but
# the colon, at least one character), the colon, the rest of the line and continuation lines.
_FIELD = re.compile(r"([\041-\071\073-\176]+):([^\n]*\n(?:[ \t][^\n]*\n)*)")
_FIELDS = re.compile(r"(?:[\041-\071\073-\176]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*")
# The usual Content-Type of a multipart, whose boundary needs none of Message.get_boundary's
# RFC 2231 and quoting rules: RFC 2046 bchars, the last one not a space.
_SIMPLE_BOUNDARY = re.compile(
    r"[ \t]*multipart/[\w.+-]+[ \t\r\n]*;[ \t\r\n]*(?i:boundary)[ \t]*=[ \t]*"
    r"(?:\"([\w'()+,./:=? -]*[\w'()+,./:=?-])\"|([\w'()+,./:=?-]+))[ \t\r\n]*$",
    re.ASCII,
)
# What follows "--boundary" on a boundary line (email.feedparser's boundaryre, less the sep).
_BOUNDARY_TAIL = re.compile(r"(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$")


def parse_message(raw: bytes) -> Message:
    """`raw` parsed as `BytesParser(policy=compat32).parsebytes(raw)` would, only faster."""
    msg = fast_message(raw)
    return msg if msg is not None else _inherit_charsets(_FULL_PARSER.parsebytes(raw))


# A boundary line in a body, "--token", with part headers below it that name a Content-Type
# before their blank line: the boundary a multipart uses whatever its header says.
_BODY_BOUNDARY = re.compile(
    r"^--([^\s\"]{1,70})[ \t]*\r?\n(?=(?:[!-9;-~]{1,76}:[^\n]*\n(?:[ \t][^\n]*\n)*){0,20}?"
    r"content-type[ \t]*:)",
    re.I | re.M,
)
_BOUNDARY_SCAN = 64_000  # the first boundary opens the body: only its start is searched


def inferred_multipart(part: Message) -> Message | None:
    """A multipart whose boundary is missing or wrong, read with the one its body uses, or None.

    Some programs drop the boundary parameter, or fold it away: the body still holds
    "--token" lines and part headers, and reading it as one text part would show them.
    """
    payload = part.get_payload()
    if part.is_multipart() or not isinstance(payload, str):
        return None
    boundary = _unfolded_boundary(part)
    if boundary is None or f"--{boundary}" not in payload[:_BOUNDARY_SCAN]:
        found = _BODY_BOUNDARY.search(payload[:_BOUNDARY_SCAN])
        if found is None:
            return None
        boundary = found.group(1)
    head = f'Content-Type: {content_type(part)}; boundary="{boundary}"\n\n'
    repaired = parse_message((head + payload).encode("utf-8", "surrogateescape"))
    return repaired if repaired.is_multipart() else None


_HEADER_FOLD = re.compile(r"\r?\n(?=[ \t])")


def _unfolded_boundary(part: Message) -> str | None:
    """The boundary a folded Content-Type declares, unfolded (RFC 5322 §2.2.3: a fold is the
    line break alone, the white space after it stays): "simple\\n boundary" is "simple
    boundary". None when the boundary had no fold in it, or there is none."""
    declared = part.get_boundary()
    if declared is None:
        return None
    unfolded = _HEADER_FOLD.sub("", declared)
    return unfolded if unfolded != declared else None


_RICH_OPEN = re.compile(r"<(param|comment)>", re.I)
_RICH_CLOSE = {
    "param": re.compile(r"</param>", re.I),
    "comment": re.compile(r"</comment>", re.I),
}


def _without_params(text: str) -> str:
    """`text` without its <param>…</param> and <comment>…</comment> spans (the first closing
    tag ends each), in one pass: a lazy `<param>.*?</param>` searched to the end of the body
    for every unclosed <param>, and a hostile body of a megabyte of them never finished."""
    kept: list[str] = []
    pos = 0
    unclosed: set[str] = set()  # a kind with no closing tag after some point has none later
    while (opening := _RICH_OPEN.search(text, pos)) is not None:
        kind = opening.group(1).lower()
        closing = None if kind in unclosed else _RICH_CLOSE[kind].search(text, opening.end())
        if closing is None:
            unclosed.add(kind)
            if len(unclosed) == len(_RICH_CLOSE):
                break
            kept.append(text[pos : opening.start() + 1])
            pos = opening.start() + 1
            continue
        kept.append(text[pos : opening.start()])
        pos = closing.end()
    kept.append(text[pos:])
    return "".join(kept)


_RICH_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,59}>")
_RICH_BREAK = re.compile(r"<(?:nl|np)>", re.I)
_LINE_RUN = re.compile(r"(?:\r?\n)+")
# RFC 1341 §7.1.3's <signature>: the text it encloses is the sender's signature. Written as
# the "-- " line that opens one in plain text, the signature reader cuts it as any other.
_RICH_SIGNATURE = re.compile(r"(?<!<)<signature>", re.I)


def rich_to_plain(text: str, *, enriched: bool) -> str:
    """The plain text of a text/richtext (RFC 1341 §7.1.3) or text/enriched (RFC 1896) body.

    Both mark up plain text with <tags> and write a literal "<" as "<<". Richtext breaks a
    line only at <nl> (its line ends are spaces); enriched reads a lone line end as a space
    and a run of n as n - 1 line breaks. Formatting parameters (<param>) are not text, and
    a <signature> is opened by a "-- " line.
    """
    text = _without_params(text)
    if enriched:
        text = _LINE_RUN.sub(
            lambda run: (
                " " if run.group().count("\n") == 1 else "\n" * (run.group().count("\n") - 1)
            ),
            text,
        )
    else:
        text = _RICH_BREAK.sub("\n", _LINE_RUN.sub(" ", text))
    text = _RICH_SIGNATURE.sub("\n-- \n", text)
    return "<".join(_RICH_TAG.sub("", piece) for piece in text.split("<<"))


# S/MIME's opaque signing (RFC 8551 §3.5.2, "application/pkcs7-mime; smime-type=signed-data")
# wraps the whole body in a CMS SignedData (RFC 5652 §5): the mail is inside it, unencrypted,
# as the OCTET STRING of its encapsulated content. Read with a minimal DER/BER walker.
_SIGNED_DATA_OID = bytes.fromhex("2a864886f70d010702")  # 1.2.840.113549.1.7.2
_MAX_DEPTH = 24


def _tlv(data: bytes, pos: int) -> tuple[int, int, int | None]:
    """The tag at `pos`, where its content starts, and where it ends (None: BER indefinite)."""
    tag, first = data[pos], data[pos + 1]
    if tag & 0x1F == 0x1F:
        raise ValueError("multi-byte tag")
    if first < 0x80:
        return tag, pos + 2, pos + 2 + first
    if first == 0x80:
        return tag, pos + 2, None
    size = first & 0x7F
    if size > 4:
        raise ValueError("length too long")
    start = pos + 2 + size
    return tag, start, start + int.from_bytes(data[pos + 2 : start], "big")


def _element(data: bytes, pos: int, depth: int) -> tuple[int, int, int, int]:
    """The element at `pos`: its tag, content start and end, and where the next one starts."""
    if depth > _MAX_DEPTH:
        raise ValueError("too deep")
    tag, content, end = _tlv(data, pos)
    if end is not None:
        if end > len(data):
            raise ValueError("truncated")
        return tag, content, end, end
    at = content  # BER indefinite length: elements up to an end-of-contents 00 00
    while data[at : at + 2] != b"\0\0":
        at = _element(data, at, depth + 1)[3]
    return tag, content, at, at + 2


def _children(data: bytes, start: int, end: int, depth: int) -> list[tuple[int, int, int]]:
    """The (tag, content start, content end) of each element between `start` and `end`."""
    found: list[tuple[int, int, int]] = []
    while start < end:
        tag, content, stop, start = _element(data, start, depth)
        found.append((tag, content, stop))
    return found


def _octets(data: bytes, tag: int, start: int, end: int, depth: int) -> bytes:
    if tag == 0x04:
        return data[start:end]
    if tag == 0x24:  # a constructed OCTET STRING: its chunks in order
        chunks = _children(data, start, end, depth)
        return b"".join(_octets(data, *chunk, depth + 1) for chunk in chunks)
    raise ValueError("no OCTET STRING")


def signed_content(der: bytes) -> bytes | None:
    """The content an opaque-signed S/MIME part carries, or None when it holds none."""
    try:
        top = _children(der, 0, len(der), 0)
        if not top or top[0][0] != 0x30:
            return None
        info = _children(der, top[0][1], top[0][2], 1)
        if len(info) < 2 or der[info[0][1] : info[0][2]] != _SIGNED_DATA_OID or info[1][0] != 0xA0:
            return None
        signed = _children(der, info[1][1], info[1][2], 2)
        fields = _children(der, signed[0][1], signed[0][2], 3)
        encap = _children(der, fields[2][1], fields[2][2], 4)
        if len(encap) < 2 or encap[1][0] != 0xA0:
            return None  # a detached signature: no content here
        content = _children(der, encap[1][1], encap[1][2], 5)[0]
        return _octets(der, *content, 6)
    except (IndexError, ValueError):
        return None


def full_message(raw: bytes) -> Message:
    """The stdlib parser's tree (what `parse_message` falls back to)."""
    return _inherit_charsets(_FULL_PARSER.parsebytes(raw))


def _headers_into(msg: Message, text: str, pos: int, end: int) -> int | None:
    """Header fields of text[pos:end] into `msg`; the index after the blank line ending them.

    `end` itself when the fields run up to `end` with no blank line (a part with headers
    only); None when a line is neither a field, nor a continuation, nor blank, or when the
    first line is a continuation (the stdlib parser records a defect for both).
    """
    block = _FIELDS.match(text, pos, end)
    stop = block.end() if block is not None else pos
    if stop < end:
        if text[stop] == "\n":
            after = stop + 1
        elif text.startswith("\r\n", stop):
            after = stop + 2
        else:
            return None
    else:
        after = end
    set_raw = msg.set_raw
    # email.policy.Compat32.header_source_parse, on the same lines.
    for name, value in _FIELD.findall(text, pos, stop):
        set_raw(name, value.lstrip(" \t").rstrip("\r\n"))
    return after


def _strip_eol(text: str) -> str:
    if text.endswith("\r\n"):
        return text[:-2]
    if text.endswith(("\n", "\r")):
        return text[:-1]
    return text


def fast_message(raw: bytes) -> Message | None:
    """The compat32 tree of a simply shaped mail, or None to leave it to the stdlib parser."""
    if b"\r" in raw and raw.count(b"\r") != raw.count(b"\r\n"):
        return None  # a bare CR is a line end to the stdlib parser; rare, so not copied here
    text = raw.decode("ascii", "surrogateescape")
    if text.startswith("From "):
        return None  # a Unix mbox envelope line
    msg = Message(policy=compat32)
    body = _headers_into(msg, text, 0, len(text))
    if body is None or (body == len(text) and not text.endswith(("\n\n", "\r\n\r\n"))):
        return None  # no blank line after the headers
    maintype = msg.get_content_maintype()
    if maintype == "message":
        return None
    if maintype != "multipart":
        msg.set_payload(text[body:])
        return msg
    return _multipart(msg, text, body)


def _multipart(msg: Message, text: str, pos: int) -> Message | None:
    """One level of leaf parts; None for anything the stdlib parser would treat otherwise."""
    if msg.get_content_type() == "multipart/digest":
        return None  # its parts default to message/rfc822
    simple = _SIMPLE_BOUNDARY.match(str(msg.get("content-type", "")))
    boundary = (simple.group(1) or simple.group(2)) if simple is not None else msg.get_boundary()
    if boundary is None:
        # email.feedparser reads the rest as the payload of a leaf, with these two defects
        # (in this order); its line-by-line loop took 1.6 s for a 10 MB body (issue 12 item 5).
        msg.set_payload(text[pos:])
        msg.defects.append(errors.NoBoundaryInMultipartDefect())
        msg.defects.append(errors.MultipartInvariantViolationDefect())
        return msg
    if str(msg.get("content-transfer-encoding", "8bit")).lower() not in ("7bit", "8bit", "binary"):
        return None
    separator = "--" + boundary
    # Boundary lines: (start, end, is the close boundary, its line end).
    lines: list[tuple[int, int, bool, str | None]] = []
    size = len(text)
    at = text.find(separator, pos)
    while at >= 0:
        if at == pos or text[at - 1] == "\n":
            stop = text.find("\n", at)
            stop = size if stop < 0 else stop + 1
            tail = _BOUNDARY_TAIL.match(text, at + len(separator), stop)
            if tail is not None:
                lines.append((at, stop, bool(tail.group("end")), tail.group("linesep")))
                if tail.group("end"):
                    break  # the close boundary: everything after it is the epilogue
            at = text.find(separator, stop)
        else:
            at = text.find(separator, at + 1)
    if not lines or lines[0][2] or not lines[-1][2]:
        return None  # no start boundary, or no close boundary: defects
    if lines[0][0] > pos:
        msg.preamble = _strip_eol(text[pos : lines[0][0]])
    for (_, part_start, _, _), (next_start, _, _, _) in itertools.pairwise(lines):
        if part_start == next_start:
            return None  # two boundary lines in a row: the stdlib parser skips both
        part = Message(policy=compat32)
        body = _headers_into(part, text, part_start, next_start)
        if body is None:
            return None
        if part.get_content_maintype() in ("message", "multipart"):
            return None
        part.set_payload(_strip_eol(text[body:next_start]))
        msg.attach(part)
        _inherit_charset(msg, part)  # as _inherit_charsets does for the stdlib parser's tree
    msg.epilogue = text[lines[-1][1] :]
    return msg


# The boundary a mended multipart is given (`closed_multipart`): a mail whose own boundary is
# this was mended already, and is not mended twice.
_MENDED_BOUNDARY = "=_carecall_closed_"
_CONTENT_TYPE_FIELD = re.compile(r"^content-type[ \t]*:[^\n]*\n(?:[ \t][^\n]*\n)*", re.I | re.M)


def header_end(raw: bytes) -> int | None:
    """Where the header block of `raw` ends: the offset after its last field's line end, at
    the empty line that parts it from the body (RFC 5322 §2.1, with LF or CRLF); None when no
    line is empty. The one reader of that split for the parser's repairs."""
    ends = [at for at in (raw.find(b"\n\n"), raw.find(b"\n\r\n")) if at >= 0]
    return min(ends) + 1 if ends else None


def closed_multipart(raw: bytes, msg: Message) -> bytes | None:
    """A top-level multipart whose close delimiter the stdlib parser missed, rewritten so that
    it finds it; None when there is nothing to mend.

    Two shapes of valid or nearly valid MIME defeat email.feedparser, and then the epilogue
    (RFC 2046 §5.1.1: text to be ignored, "Epilogue", a list's notes) or a line like a
    delimiter is read as the last part's text:
    - a delimiter directly followed by another (an empty part: RFC 2046's body-part is
      headers and an optional CRLF and body, so "--b" then "--b--" is one empty part); the
      stdlib reads the close delimiter as that part's header and the epilogue as its body;
    - a declared boundary that ends in spaces ("…?  ", quoted; RFC 2046 forbids it, programs
      write it): the stdlib strips the spaces, so the close delimiter "--…?  --" is no
      delimiter to it and a body line "--…? " is. The delimiters the sender's program wrote
      begin with the boundary as declared.
    Every delimiter is rewritten with a fresh boundary, and an empty line is put into each
    empty part.
    """
    if not msg.is_multipart() or not any(
        isinstance(d, errors.CloseBoundaryNotFoundDefect) for d in msg.defects
    ):
        return None
    declared = msg.get_param("boundary")
    if not isinstance(declared, str) or not declared or declared.startswith(_MENDED_BOUNDARY):
        return None
    cut = header_end(raw)
    if cut is None:
        return None
    text = raw.decode("ascii", "surrogateescape")  # one character a byte: offsets hold
    head, body = text[:cut], text[cut:]
    token = _MENDED_BOUNDARY
    while token in body:
        token += "x"
    opener = "--" + declared
    out: list[str] = []
    closed = after_delimiter = False
    for line in body.splitlines(keepends=True):
        bare = line.rstrip("\r\n")
        eol = line[len(bare) :]
        rest = bare[len(opener) :].strip(" \t") if bare.startswith(opener) else None
        if closed or rest not in ("", "--"):
            out.append(line)
            after_delimiter = False
            continue
        if after_delimiter:
            out.append(eol or "\n")  # an empty part: its empty header block
        out.append(f"--{token}{rest}{eol}")
        closed = rest == "--"
        after_delimiter = not closed
    if not closed:
        return None
    field = _CONTENT_TYPE_FIELD.search(head)
    if field is None:
        return None
    mended_field = f'Content-Type: {msg.get_content_type()}; boundary="{token}"\n'
    head = head[: field.start()] + mended_field + head[field.end() :]
    return (head + "".join(out)).encode("ascii", "surrogateescape")
