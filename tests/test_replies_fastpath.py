"""The fast MIME path is the stdlib parser, only faster: same tree, same Reply, on everything.

`mimetext.parse_message` builds the compat32 `Message` of common shapes itself and leaves
everything else to `BytesParser(policy=compat32)`. Here both are run on every fixture (ours,
the public reply corpora, flufl.bounce's samples, CPython's email corpus), with LF and CRLF
line ends, and on generated mail: the trees must be equal field by field, and so must the
`Reply` that `parse_reply` makes of them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import Message
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carecall_mail.core.mimetext import fast_message, full_message, parse_message
from carecall_mail.core.replies import parse as replies
from carecall_mail.core.replies.parse import Reply, ReplyRules, SentRef, StaticReplyIndex

DATA = Path(__file__).parent / "data"
NOW = datetime(2026, 10, 3, 9, 30, tzinfo=UTC)
INDEX = StaticReplyIndex(
    sent={
        "checkin.c-001.20261002.one-week@fieldpractice.example": SentRef(
            "checkin:c-001:2026-10-02:one-week", "c-001"
        ),
        "resupply.c-002.20261010@fieldpractice.example": SentRef(
            "resupply:c-002:2026-10-24", "c-002"
        ),
    },
    clients={"maria@example.org": "c-001", "tom.baker@example.com": "c-002"},
)
RULES = ReplyRules(
    own_addresses=frozenset({"ana@fieldpractice.example"}),
    unsubscribe_addresses=frozenset({"optout@fieldpractice.example"}),
)


def _cpython_email_data() -> list[Path]:
    try:
        import test.test_email as pkg
    except ImportError:
        return []
    return sorted((Path(pkg.__file__).parent / "data").glob("msg_*.txt"))


FILES = sorted(p for p in DATA.rglob("*") if p.is_file() and p.suffix != ".json")
FILES += _cpython_email_data()
IDS = [str(p.relative_to(p.parents[1])) for p in FILES]


def _variants(raw: bytes) -> list[bytes]:
    """The file as stored, with LF line ends, and with CRLF line ends."""
    lf = raw.replace(b"\r\n", b"\n")
    return list(dict.fromkeys([raw, lf, lf.replace(b"\n", b"\r\n")]))


def assert_same_tree(fast: Message, full: Message, where: str = "") -> None:
    assert type(fast) is type(full), where
    for attr in ("_headers", "_unixfrom", "_charset", "preamble", "epilogue", "_default_type"):
        assert getattr(fast, attr) == getattr(full, attr), (where, attr)
    assert [type(d) for d in fast.defects] == [type(d) for d in full.defects], where
    assert fast.policy is full.policy, where
    fast_payload, full_payload = fast.get_payload(), full.get_payload()
    if isinstance(full_payload, list):
        assert isinstance(fast_payload, list), where
        assert len(fast_payload) == len(full_payload), where
        for i, (a, b) in enumerate(zip(fast_payload, full_payload, strict=True)):
            assert_same_tree(a, b, f"{where}/{i}")
    else:
        assert fast_payload == full_payload, where


def _reply(raw: bytes, fast: bool) -> Reply:
    try:
        return replies._parse(raw, INDEX, NOW, RULES, fast=fast)
    except Exception as exc:  # what parse_reply would record; must match too
        return replies._unknown(raw, NOW, f"unparseable: {type(exc).__name__}")


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_fast_tree_and_reply_equal_the_full_parse(path: Path) -> None:
    for raw in _variants(path.read_bytes()):
        fast = fast_message(raw)
        if fast is not None:
            assert_same_tree(fast, full_message(raw))
        assert _reply(raw, fast=True) == _reply(raw, fast=False)


@pytest.mark.parametrize(
    "name",
    ["gmail_en.eml", "outlook_en.eml", "outlook_de.eml", "apple_fr_html.eml", "iphone_de.eml",
     "thunderbird_nl.eml", "android_es.eml", "exchange_oof_de.eml"],
)  # fmt: skip
def test_common_replies_take_the_fast_path(name: str) -> None:
    for raw in _variants((DATA / "replies" / name).read_bytes()):
        assert fast_message(raw) is not None


def test_the_fast_path_is_taken_for_most_fixtures() -> None:
    # Not a behaviour, a guard against a change that quietly sends everything the slow way.
    taken = sum(fast_message(p.read_bytes()) is not None for p in FILES)
    assert taken >= len(FILES) // 3


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\r\n",
        b"\n\nbody",
        b"Subject: no body",
        b"Subject: no body\r\n",
        b"Subject: x\r\n\r\n",
        b"From nobody Mon Jan  1 00:00:00 2026\nSubject: mbox\n\nbody\n",
        b"Subject: x\nFrom someone\n\nbody\n",
        b" continuation first\nSubject: x\n\nbody\n",
        b": no name\nSubject: x\n\nbody\n",
        b"Subject: x\nnot a header\n\nbody\n",
        b"Subject: bare\rCR\r\n\r\nbody",
        b"Subject: folded\r\n\tover two lines\r\n \r\n\r\nbody\r\n",
        b"Subject:\r\n\tvalue on the next line\r\n\r\nbody",
        b"Subject: 8bit \xc3\xa9\xff\r\nX-\xff: bad name\r\n\r\nbody",
        b"Content-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\nhi\r\n",
        b"Content-Type: multipart/mixed\r\n\r\n--x\r\n\r\nno boundary param\r\n--x--\r\n",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\nno boundary line at all\r\n",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n\r\nno close\r\n",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x--\r\nclose first\r\n",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\npre\r\n\r\n--x\r\n\r\na\r\n--x--",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n--x\r\n\r\ntwice\r\n--x--\r\n",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nA: b\r\n--x--\r\nepi\r\n",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x \t\r\n\r\na\r\n--x-- \r\n\r\n",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--xy\r\n--x\r\n\r\n--xz\r\n--x--",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n\r\nmid--x\r\nA: b\r\n\r\n"
        b"c\r\n--x--",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nbad line\r\n\r\na\r\n--x--",
        b"Content-Type: multipart/mixed; boundary=x\r\nContent-Transfer-Encoding: base64\r\n"
        b"\r\n--x\r\n\r\na\r\n--x--\r\n",
        b'Content-Type: multipart/alternative;\r\n\tboundary="a b:c=d"\r\n\r\n--a b:c=d\r\n'
        b"\r\nplain\r\n--a b:c=d--\r\n",
        b"Content-Type: multipart/alternative; BOUNDARY=Q; charset=x\r\n\r\n--Q\r\n\r\na\r\n--Q--",
        b"Content-Type: multipart/alternative; boundary*=utf-8''%41\r\n\r\n--A\r\n\r\na\r\n--A--",
        b'Content-Type: multipart/alternative; boundary="<x>"\r\n\r\n--x\r\n\r\na\r\n--x--',
        b"Content-Type: multipart/digest; boundary=d\r\n\r\n--d\r\n\r\nSubject: x\r\n\r\n--d--",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: multipart/"
        b"alternative; boundary=y\r\n\r\n--y\r\n\r\na\r\n--y--\r\n--x--\r\n",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: message/rfc822"
        b"\r\n\r\nSubject: inner\r\n\r\nhi\r\n--x--\r\n",
        b"Content-Type: text/plain; boundary=x\r\n\r\n--x\r\n\r\na\r\n--x--\r\n",
        b"Content-Type: no-slash\r\n\r\nbody",
        b"content-type: MULTIPART/Mixed; boundary=x\r\n\r\n--x\r\n\r\na\r\n--x--",
    ],
)
def test_edge_shapes_parse_as_the_stdlib_does(raw: bytes) -> None:
    for variant in _variants(raw):
        fast = fast_message(variant)
        full = full_message(variant)
        if fast is not None:
            assert_same_tree(fast, full)
        assert_same_tree(parse_message(variant), full)
        assert _reply(variant, fast=True) == _reply(variant, fast=False)


# --- generated mail ---------------------------------------------------------------------------

_NEWLINE = st.sampled_from(["\r\n", "\n"])
_BOUNDARY = st.sampled_from(["x", "000000000000a1b2c3", "=_Part 1.2", "a:b", "--", "Apple=_9"])
_LINE = st.one_of(
    st.text(st.characters(codec="ascii", exclude_characters="\r\n"), max_size=30),
    st.sampled_from(
        ["", " ", "--", "-- ", "Subject: x", "\tfolded", "From here", "--x", "--x--", "--x--  ",
         "--000000000000a1b2c3", "--000000000000a1b2c3--", "--=_Part 1.2", "--a:b--", "----",
         "------", "--Apple=_9--", "Content-Type: text/html", "=?utf-8?q?caf=C3=A9?=", "a--x",
         "see --000000000000a1b2c3--", "--x-- and more", "--a:bc"]
    ),
)  # fmt: skip
_FIELD_LINE = st.sampled_from(
    ["Content-Type: text/plain", "Content-Type: text/html; charset=utf-8",
     "Content-Type: message/rfc822", "Content-Type: multipart/mixed; boundary=y",
     "Content-Transfer-Encoding: base64", "Content-Disposition: attachment", "X-A: b",
     " continued", "\tcontinued", "not a field", "From x", ":", ""]
)  # fmt: skip


@st.composite
def _multiparts(draw: st.DrawFn) -> bytes:
    nl = draw(_NEWLINE)
    boundary = draw(_BOUNDARY)
    quoted = draw(st.booleans()) or " " in boundary
    ctype = draw(st.sampled_from(["alternative", "mixed", "related", "report"]))
    value = f'"{boundary}"' if quoted else boundary
    lines = [
        "From: Maria <maria@example.org>",
        "Subject: Re: how are you",
        f"Content-Type: multipart/{ctype};{draw(st.sampled_from([' ', nl + chr(9)]))}"
        f"boundary={value}",
        "",
    ]
    lines += draw(st.lists(_LINE, max_size=3))  # preamble
    for _ in range(draw(st.integers(0, 3))):
        lines.append(f"--{boundary}{draw(st.sampled_from(['', ' ', '--']))}")
        lines += draw(st.lists(_FIELD_LINE, max_size=3))
        lines += draw(st.lists(_LINE, max_size=5))
    if draw(st.booleans()):
        lines.append(f"--{boundary}--{draw(st.sampled_from(['', ' ', chr(9)]))}")
    lines += draw(st.lists(_LINE, max_size=3))  # epilogue
    return (nl.join(lines) + draw(st.sampled_from(["", nl]))).encode("ascii")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_multiparts())
def test_generated_multiparts_parse_as_the_stdlib_does(raw: bytes) -> None:
    fast = fast_message(raw)
    if fast is not None:
        assert_same_tree(fast, full_message(raw))
    assert _reply(raw, fast=True) == _reply(raw, fast=False)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_LINE, _FIELD_LINE), max_size=12), _NEWLINE, st.binary(max_size=200))
def test_generated_headers_parse_as_the_stdlib_does(lines: list[str], nl: str, tail: bytes) -> None:
    raw = nl.join(lines).encode("ascii") + tail
    fast = fast_message(raw)
    if fast is not None:
        assert_same_tree(fast, full_message(raw))
    assert _reply(raw, fast=True) == _reply(raw, fast=False)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_parse_as_the_stdlib_does(raw: bytes) -> None:
    fast = fast_message(raw)
    if fast is not None:
        assert_same_tree(fast, full_message(raw))
