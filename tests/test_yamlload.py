"""The fast YAML path returns exactly what PyYAML returns, or hands the text to PyYAML.

Differential throughout: `yaml.load(text, Loader=_Loader)` (config/loading.py) is the oracle.
For any text, `fast_load` must either give a value equal to PyYAML's (same types,
same key order) or raise `_Fallback`; where PyYAML raises, it must fall back, so
`load_yaml` accepts and refuses exactly what PyYAML does. Also here: the email
and single-line shortcuts `config/schema.py` takes for a large practice.
"""

from __future__ import annotations

import contextlib
import faulthandler
import math
import os
import random
import signal
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

import pytest
import yaml
from email_validator import EmailNotValidError, validate_email
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from practice import REPO, Practice

from carecall_mail.config import schema as config
from carecall_mail.config import yamlload
from carecall_mail.config.loading import DuplicateKeys, _Loader, load_config
from carecall_mail.config.yamlload import (
    FAST_MIN_CHARS,
    _child_outcome,
    _child_result,
    _Fallback,
    fast_load,
    isolated_fast_load,
    load_yaml,
)
from carecall_mail.core.errors import ConfigError

needs_ryml = pytest.mark.skipif(yamlload._ryml is None, reason="rapidyaml is not installed")

# ---------------------------------------------------------------- the oracle


def same(a: Any, b: Any) -> bool:
    """Equal with the same types all the way down (1 != True != 1.0), keys in order."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return (
            len(a) == len(b)
            and all(same(x, y) for x, y in zip(a, b, strict=True))
            # Values in key order, not by lookup: a NaN key (".NaN: no") finds itself only
            # by identity, and the fast path's data comes pickled from its own process.
            and all(same(x, y) for x, y in zip(a.values(), b.values(), strict=True))
        )
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


def pyyaml(text: str) -> tuple[Any, Exception | None]:
    try:
        return yaml.load(text, Loader=_Loader), None
    except Exception as exc:  # the oracle refuses: the fast path must fall back
        return None, exc


class LoaderChild:
    """`isolated_fast_load`'s child, kept for many documents: the same `_child_outcome` and
    `_child_result` on each, but one fork for all of them.

    A fork per generated document was four fifths of the differential tests' time (some
    50 ms each in pytest's large process, against 1 ms to load one). A child that dies is
    the fallback it is in `load_yaml`, and the next document gets a fresh child.
    """

    def __init__(self) -> None:
        self.pid = 0
        self.to_child: BinaryIO | None = None
        self.from_child: BinaryIO | None = None

    def load(self, text: str, loader: type[Any]) -> Any:
        if self.to_child is None or self.from_child is None:
            self.to_child, self.from_child = self._start(loader)
        try:
            _send(self.to_child, text.encode("utf-8", "surrogatepass"))
            payload = _receive(self.from_child)
        except (OSError, EOFError):  # the child died on this text
            self.close()
            raise _Fallback("rapidyaml's process died") from None
        return _child_result(payload)

    def _start(self, loader: type[Any]) -> tuple[BinaryIO, BinaryIO]:
        texts_read, texts_write = os.pipe()
        outcomes_read, outcomes_write = os.pipe()
        pid = os.fork()
        if pid == 0:  # load each text as isolated_fast_load's child does, until EOF
            try:
                os.close(texts_write)
                os.close(outcomes_read)
                faulthandler.disable()  # a crash is a fallback here too
                with os.fdopen(texts_read, "rb") as texts, os.fdopen(outcomes_write, "wb") as out:
                    while True:
                        source = _receive(texts)
                        _send(out, _child_outcome(source.decode("utf-8", "surrogatepass"), loader))
            finally:
                os._exit(0)
        os.close(texts_read)
        os.close(outcomes_write)
        self.pid = pid
        return os.fdopen(texts_write, "wb"), os.fdopen(outcomes_read, "rb")

    def close(self) -> None:
        for stream in (self.to_child, self.from_child):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        self.to_child = self.from_child = None
        if self.pid:
            os.waitpid(self.pid, 0)  # it leaves at EOF, or has died already
            self.pid = 0


def _send(stream: BinaryIO, data: bytes) -> None:
    stream.write(len(data).to_bytes(8, "big") + data)
    stream.flush()


def _receive(stream: BinaryIO) -> bytes:
    size = int.from_bytes(_read_exactly(stream, 8), "big")
    return _read_exactly(stream, size)


def _read_exactly(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise EOFError("the other end is gone")
    return data


@pytest.fixture(scope="module")
def loader_child() -> Iterator[LoaderChild]:
    child = LoaderChild()
    try:
        yield child
    finally:
        child.close()


def agrees(text: str, *, isolated: bool | LoaderChild = True) -> bool:
    """Check the contract on `text`; True when the fast path took it (no fallback).

    `isolated`: in a child process, as load_yaml runs it, since rapidyaml may crash on
    generated broken input; a `LoaderChild` for many generated texts; only well-formed
    documents fixed by a seed go in-process.
    """
    expected, error = pyyaml(text)
    try:
        if isinstance(isolated, LoaderChild):
            got = isolated.load(text, _Loader)
        else:
            got = (isolated_fast_load if isolated else fast_load)(text, _Loader)
    except _Fallback:
        return False
    assert error is None, f"fast path took what PyYAML refuses ({error}): {text!r} -> {got!r}"
    assert same(got, expected), f"{text!r}:\n fast   {got!r}\n pyyaml {expected!r}"
    return True


# ---------------------------------------------------------------- real files


def example_files() -> Iterator[Path]:
    yield from sorted((REPO / "config").glob("*.yaml"))
    yield from sorted((REPO / "carecall_mail" / "example" / "config").glob("*.yaml"))


@needs_ryml
@pytest.mark.parametrize(
    "path", list(example_files()), ids=lambda p: f"{p.parent.parent.name}/{p.name}"
)
def test_the_example_files_load_the_same_without_falling_back(path: Path) -> None:
    assert agrees(path.read_text(encoding="utf-8"))


def big_clients(n: int, seed: int = 7) -> str:
    """A clients.yaml as practitioners write them, in the styles YAML allows."""
    rnd = random.Random(seed)
    names = ["Maria Keller", "José Müller", "Ana-Lucía Peña", "Zoë O'Neil", "山田 花子", "Noor"]
    lines = ["# clients", "clients:"]
    for i in range(n):
        name = rnd.choice(names)
        quoted = rnd.random() < 0.3
        lines += [
            f"  - id: c-{i:05d}",
            f'    name: "{name}"' if quoted else f"    name: {name}",
            f"    email: client{i}@example.org",
            f"    timezone: {rnd.choice(['Europe/Zurich', 'America/New_York'])}",
            f"    birthday: {1950 + i % 50}-0{1 + i % 9}-1{i % 10}",
            f"    emergency: {rnd.choice(['true', 'false', 'yes', 'no', 'on', 'off'])}",
            "    consent: {checkins: true, reminders: no, birthday: 'yes', notices: \"true\"}",
            f"    sessions: [2026-0{1 + i % 9}-1{i % 10}, '2026-10-02', 2026-13-45]",
            "    supplies:",
            "      - item: Magnesium complex  # 2x a day",
            "        dispensed: 2026-10-02",
            f"        days: {30 + i % 90}",
        ]
        if i % 7 == 0:
            lines += ["    preferred_name: ~", "    note: |", "      Prefers mornings.", "      ∎"]
        if i % 11 == 0:
            lines += ["    extra: {at: 17:00, ratio: 1.5, big: 1e3, hex: 0x1F, oct: 012}"]
    return "\n".join(lines) + "\n"


@needs_ryml
def test_a_big_practice_loads_the_same_without_falling_back() -> None:
    assert agrees(big_clients(2000))


@needs_ryml
def test_load_yaml_takes_the_fast_path_for_a_large_file(monkeypatch: pytest.MonkeyPatch) -> None:
    text = big_clients(500)
    assert len(text) >= yamlload.FAST_MIN_CHARS
    expected = yaml.load(text, Loader=_Loader)

    def no_pyyaml(*args: object, **kwargs: object) -> object:
        raise AssertionError("PyYAML was called")

    monkeypatch.setattr(yamlload.yaml, "load", no_pyyaml)
    assert same(load_yaml(text, _Loader), expected)


def test_load_yaml_leaves_a_small_file_to_pyyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fast_path(text: str, loader: object) -> object:
        raise AssertionError("fast path used")

    monkeypatch.setattr(yamlload, "fast_load", no_fast_path)
    assert load_yaml("a: yes\n", _Loader) == {"a": True}


def test_without_rapidyaml_everything_goes_to_pyyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlload, "_ryml", None)
    text = big_clients(300)
    with pytest.raises(_Fallback):
        fast_load(text, _Loader)
    assert same(load_yaml(text, _Loader), yaml.load(text, Loader=_Loader))


@needs_ryml
def test_load_config_on_a_big_practice_is_the_same_either_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = Practice(tmp_path / "practice").root
    lines = ["clients:"]
    for i in range(600):
        lines += [
            f"  - id: c-{i:05d}",
            f"    name: Client {i}",
            f"    email: client{i}@example.org",
            f"    birthday: 1970-0{1 + i % 9}-1{i % 10}",
            "    consent: {checkins: true, reminders: false}",
            "    sessions: [2026-09-01, 2026-10-02]",
        ]
    (root / "config" / "clients.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    fast = load_config(root / "config")
    monkeypatch.setattr(yamlload, "FAST_MIN_CHARS", 1 << 62)
    assert load_config(root / "config") == fast

    # And a broken one reports the very same problems.
    broken = "\n".join(lines).replace("c-00007", "c-00003").replace("1970-05-14", "1970-13-45")
    broken += "\n  - {id: x, name: 'a\\nb', email: nope, birthdayy: 2000-01-01}\n"
    (root / "config" / "clients.yaml").write_text(broken, encoding="utf-8")
    with pytest.raises(ConfigError) as slow_error:
        load_config(root / "config")
    monkeypatch.setattr(yamlload, "FAST_MIN_CHARS", 0)
    with pytest.raises(ConfigError) as fast_error:
        load_config(root / "config")
    assert fast_error.value.problems == slow_error.value.problems
    assert len(fast_error.value.problems) >= 4


# ---------------------------------------------------------------- what it decides


@needs_ryml
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "a: yes\nb: No\nc: on\nd: OFF\ne: 'yes'\nf: \"true\"\n",
            [True, False, True, False, "yes", "true"],
        ),
        ("a: 30\nb: '30'\nc: 012\nd: 0x1F\ne: 1_000\nf: -0\n", [30, "30", 10, 31, 1000, 0]),
        ("a: 1e3\nb: 1.5\nc: .5\nd: 1.\ne: 6.8523015e+5\n", ["1e3", 1.5, 0.5, 1.0, 685230.15]),
        (
            "a: .inf\nb: -.Inf\nc: inf\nd: 'inf'\ne: Infinity\n",
            [math.inf, -math.inf, "inf", "inf", "Infinity"],
        ),
        (
            "a: 2026-10-02\nb: '2026-10-02'\nc: 2026-02-30\nd: 2026-13-45\n",
            [date(2026, 10, 2), "2026-10-02", "2026-02-30", "2026-13-45"],
        ),
        ("a: 2026-10-02 10:30:00\n", [datetime(2026, 10, 2, 10, 30)]),
        ("a: 17:00\nb: '17:00'\nc: 1:30:00\n", [1020, "17:00", 5400]),
        ("a: ~\nb:\nc: null\nd: ''\ne: '~'\nf: NULL\n", [None, None, None, "", "~", None]),
        ("a: |\n  Warmly,\n  Ana\nb: >-\n  folded\n  text\n", ["Warmly,\nAna\n", "folded text"]),
        ("a: Zoë\nb: \"\\u00e9\\t\\\\\"\nc: 'it''s'\nd: 山田\n", ["Zoë", "é\t\\", "it's", "山田"]),
    ],
)
def test_yaml_1_1_scalars(text: str, value: list[Any]) -> None:
    got = fast_load(text, _Loader)
    assert same(list(got.values()), value)
    assert agrees(text)


@needs_ryml
def test_plain_keys_are_typed_too_and_duplicates_are_refused_with_both_lines() -> None:
    assert same(fast_load("yes: 1\n'no': 2\n3: x\n", _Loader), {True: 1, "no": 2, 3: "x"})
    text = "a: 1\nb: 2\na: 3\n"
    with pytest.raises(_Fallback):
        fast_load(text, _Loader)
    # The config loader refuses what PyYAML would fold into "the last one wins" (issue 11),
    # on the fast path's fallback as on a small file: (key, line, first line).
    with pytest.raises(DuplicateKeys) as small:
        load_yaml(text, _Loader)
    assert small.value.duplicates == [("a", 3, 1)]
    big = "".join(f"k{i}: {i}\n" for i in range(FAST_MIN_CHARS // 8)) + "k7: again\n"
    with pytest.raises(DuplicateKeys) as large:
        load_yaml(big, _Loader)
    assert large.value.duplicates == [("k7", big.count("\n"), 8)]


FALLS_BACK = [
    "a: &x 1\nb: *x\n",  # anchors and aliases
    "base: &b {x: 1}\nmore:\n  <<: *b\n",  # merge key
    "a: !!str 3\n",  # tag
    "%YAML 1.1\n---\na: 1\n",  # directive
    "a: 1\n---\nb: 2\n",  # several documents
    "",
    "# only a comment\n",
    "just a scalar\n",
    "a:\tb\n",
    "a: b\x85c\n",
    "\ufeffa: 1\n",
    "a: [1,\n  2]\n",  # multi-line flow: YAML 1.1 and rapidyaml differ on keys in it
    "{']': '>', 'multi\nline': []}\n",
    "a: b\na: c\n",
]


@needs_ryml
@pytest.mark.parametrize("text", FALLS_BACK)
def test_what_it_leaves_to_pyyaml(text: str) -> None:
    with pytest.raises(_Fallback):
        fast_load(text, _Loader)
    expected, error = pyyaml(text)
    if error is None:
        assert same(load_yaml(text, _Loader), expected)


# Texts where rapidyaml and PyYAML once disagreed, found by fuzzing (most of them
# PyYAML refuses, rapidyaml took): each must now agree or fall back.
FOUND_BY_FUZZING = [
    "`x: [['&x']]\né: []\n",
    "@x: 1\n",
    "{%}\n",
    "- :\n",
    "-\n  - 0.\n  - :\n",
    "---\n]: |\n    c\n-1:30:\n  - 'Zoë'\n",
    "NaN:\n  - 190:20:30.15\n  - ]}Y&}\n",
    '- - a\n  - >\n   > - "a b"\n',
    "[[[Y~~Z, _:]]]\n",
    "- [9|:]\n",
    '{"yes": [{"*x": 17:?0}]}\n',
    "-\n  - 'José Müler'  - {}\n",
    "{muli\nline: ['日本']}\n",
    "a: on\n\n",
    "a: b: c\n",
    "a: 'x' junk\n",
    "- a\nb: c\n",
    "a:\n  - 1\n b: 2\n",
    'a: "unterminated\n',
    "a: [1, 2\n",
    "a:\n  - b: 1\n    'c: 2\n    d': 3\n",
    "Z=#: |\n    -Z",
    "'inf': 1\n'nan': x\n",
]


@needs_ryml
@pytest.mark.parametrize("text", FOUND_BY_FUZZING)
def test_what_pyyaml_refuses_is_never_taken(text: str, capfd: pytest.CaptureFixture[str]) -> None:
    agrees(text)
    agrees(text + "pad: " + "x" * yamlload.FAST_MIN_CHARS + "\n")
    assert "ERROR" not in capfd.readouterr().err  # rapidyaml's own report is kept quiet


@needs_ryml
def test_a_syntax_error_in_a_big_file_reads_as_pyyaml_says(
    capfd: pytest.CaptureFixture[str],
) -> None:
    text = big_clients(300) + "  - id: [broken\n"
    with pytest.raises(yaml.MarkedYAMLError) as slow:
        yaml.load(text, Loader=_Loader)
    with pytest.raises(yaml.MarkedYAMLError) as fast:
        load_yaml(text, _Loader)
    assert str(fast.value) == str(slow.value)
    assert capfd.readouterr().err == ""


# ---------------------------------------------------------------- generated documents

TRICKY = [
    "no", "No", "NO", "on", "On", "off", "yes", "y", "n", "true", "True", "TRUE", "false",
    "1e3", "1.0e+3", "0x1F", "0o17", "012", "0b101", "1_000", "+5", "-0", "00", "09",
    "2026-02-30", "2026-10-02", "2026-13-45", "2026-10-02T10:00:00Z",
    "2026-10-02 10:00:00.5 +02:00",
    "~", "", "null", "Null", "NULL", ".5", "1.", ".NaN", ".nan", ".Nan", ".inf", "-.Inf", ".INF",
    "inf", "nan", "Infinity", "17:00", "1:30:00", "190:20:30.15", "-1:30", "12:60", "08:30",
    "Zoë", "José Müller", "日本", "a b", "x#y", "x: y", "-", "-x", "?", ":", "a:b", "=", "<<",
    "@x", "`x", "!x", "&x", "*x", "|", ">", "#c", "a #c", "1,2", "3.14", "-3.5e-2", "685_230.15",
    "a\\b", "tab\there", "☃", "\U0001f600", " lead", "trail ", "multi\nline", "it's", 'say "hi"',
]  # fmt: skip

scalar_texts = st.one_of(
    st.sampled_from(TRICKY),
    st.text(st.sampled_from(list("abcXYZ019 -_:#'\"[]{},?*&!|>%@`~.=<\\é")), max_size=6),
)


@st.composite
def scalar(draw: st.DrawFn, flow: bool) -> str:
    text = draw(scalar_texts)
    style = draw(st.sampled_from(["plain", "plain", "single", "double"]))
    if style == "plain":
        return text
    if style == "single":
        return "'" + text.replace("'", "''") + "'"
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    )
    return f'"{escaped}"'


@st.composite
def flow_node(draw: st.DrawFn, depth: int) -> str:
    if depth <= 0 or draw(st.booleans()):
        return draw(scalar(flow=True))
    if draw(st.booleans()):
        items = draw(st.lists(flow_node(depth - 1), max_size=3))
        return "[" + ", ".join(items) + "]"
    pairs = draw(st.lists(st.tuples(scalar(flow=True), flow_node(depth - 1)), max_size=3))
    return "{" + ", ".join(f"{k}: {v}" for k, v in pairs) + "}"


@st.composite
def block_node(draw: st.DrawFn, depth: int, indent: int) -> str:
    """A value after `key:` or `-`: starts with a space (inline) or a newline (block)."""
    pad = " " * indent
    kind = draw(
        st.sampled_from(["scalar", "flow", "literal", "map", "seq"] if depth else ["scalar"])
    )
    if kind == "scalar":
        return " " + draw(scalar(flow=False))
    if kind == "flow":
        return " " + draw(flow_node(2))
    if kind == "literal":
        body = draw(
            st.lists(
                st.sampled_from(["Warmly,", "Ana", "", "  indented", "é ☃"]), min_size=1, max_size=3
            )
        )
        header = draw(st.sampled_from(["|", "|-", "|+", ">", ">-"]))
        return f" {header}\n" + "".join(f"{pad}  {line}\n" for line in body).rstrip("\n")
    if kind == "map":
        keys = draw(st.lists(scalar(flow=False), min_size=1, max_size=3))
        return "".join(f"\n{pad}{key}:{draw(block_node(depth - 1, indent + 2))}" for key in keys)
    count = draw(st.integers(1, 3))
    return "".join(f"\n{pad}-{draw(block_node(depth - 1, indent + 2))}" for _ in range(count))


@st.composite
def documents(draw: st.DrawFn) -> str:
    top = draw(block_node(3, 0).filter(lambda t: t.startswith("\n")))
    text = top.lstrip("\n") + "\n"
    if draw(st.booleans()):
        text = draw(st.sampled_from(["---\n", "# a comment\n", "--- # c\n"])) + text
    return text


@st.composite
def mutated(draw: st.DrawFn) -> str:
    chars = list(draw(documents()))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(chars)))
        edit = draw(st.sampled_from(["insert", "delete", "replace"]))
        new = draw(st.sampled_from([*":-?#[]{},'\"|>&*!%@` \n\t.~", "  ", "\n  ", ": ", "- "]))
        if edit == "insert":
            chars.insert(at, new)
        elif chars:
            at = min(at, len(chars) - 1)
            chars[at : at + 1] = [] if edit == "delete" else [new]
    return "".join(chars)


CLIENT_SHAPED = (
    "clients:\n  - id: c-1\n    name: 'no'\n    emergency: on\n"
    "    consent: {checkins: no, notices: 'false'}\n    sessions: [2026-10-02, '2026-10-03']\n"
)


@needs_ryml
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=documents())
@example(text=CLIENT_SHAPED)
@example(text=".NaN: no\n")
def test_generated_documents_load_as_pyyaml_loads_them(
    text: str, loader_child: LoaderChild
) -> None:
    agrees(text, isolated=loader_child)


@needs_ryml
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=mutated())
def test_broken_documents_are_refused_as_pyyaml_refuses_them(
    text: str, loader_child: LoaderChild
) -> None:
    agrees(text, isolated=loader_child)


@needs_ryml
def test_most_generated_documents_take_the_fast_path() -> None:
    # The fallbacks must stay the exception for documents of the usual kinds.
    rnd = random.Random(3)
    taken = 0
    for i in range(300):
        lines = [f"  - id: c-{i}", f"    name: {rnd.choice(['Ana', 'Zoë', 'Noor Ali'])}"]
        lines.append(f"    emergency: {rnd.choice(['yes', 'no', 'true', 'off'])}")
        session = rnd.choice(["2026-10-02", "'2026-10-02'", "2026-13-45"])
        days = rnd.choice(["30", "'30'", "0x1F", "1e3", ".5"])
        lines += [f"    sessions: [{session}]", f"    days: {days}"]
        taken += agrees("clients:\n" + "\n".join(lines) + "\n", isolated=False)
    assert taken == 300


# ---------------------------------------------------------------- config/schema.py shortcuts


def reference_single_line(value: str) -> str:
    if "\r" in value or "\n" in value:
        raise ValueError("must be one line: a line break here could forge mail headers")
    if any(ord(ch) < 32 and ch != "\t" for ch in value):
        raise ValueError("must not contain control characters")
    return value


@given(st.text(st.characters(max_codepoint=0x7F), max_size=8) | st.text(max_size=8))
def test_single_line_says_what_it_said(value: str) -> None:
    outcomes = []
    for check in (reference_single_line, config._single_line):
        try:
            outcomes.append(check(value))
        except ValueError as exc:
            outcomes.append(f"ValueError: {exc}")
    assert outcomes[0] == outcomes[1]


def validator_accepts(value: str) -> bool:
    try:
        validate_email(value, check_deliverability=False, test_environment=False)
    except EmailNotValidError:
        return False
    return True


EMAILS = [
    "client1@example.org", "Ana.Keller+care@Field-Practice.CH", "a@b.co", "x@localhost",
    "x@host.local", "x@a.test", "x@a.TEST", "x@a.invalid", "x@a.onion", "x@1.in-addr.arpa",
    "x@ab--cd.com", "x@xn--nxasmq6b.com", "x@a-.com", "x@-a.com", "x@a..com", ".x@a.com",
    "x.@a.com", "x..y@a.com", "x@a.c0m", "x@a.123", "x@" + "a" * 64 + ".com",
    "x" * 65 + "@a.com", "x@" + ("a" * 60 + ".") * 4 + "com", "ana@fieldpractice.example",
    "a b@c.com", "a@b", "@b.com", "a@", "a@@b.com", "Ana <a@b.com>", "a@[127.0.0.1]",
]  # fmt: skip


@pytest.mark.parametrize("value", EMAILS)
def test_the_email_shortcut_only_takes_what_email_validator_accepts(value: str) -> None:
    if config._plainly_valid_email(value):
        assert validator_accepts(value), value


email_parts = st.text(st.sampled_from(list("aZ09._+-@")), min_size=1, max_size=12)


@given(
    st.builds(
        lambda local, domain, tld: f"{local}@{domain}.{tld}",
        email_parts,
        email_parts,
        st.sampled_from(["com", "ORG", "test", "local", "c0m", "x", "example", "onion"]),
    )
)
def test_the_email_shortcut_never_accepts_more(value: str) -> None:
    if config._plainly_valid_email(value):
        assert validator_accepts(value), value
    if validator_accepts(value):
        assert config._check_email.__wrapped__(value) == value
    else:
        with pytest.raises(ValueError, match="is not a valid email address"):
            config._check_email.__wrapped__(value)


def test_the_email_shortcut_takes_the_usual_addresses() -> None:
    for value in ("client1@example.org", "ana@fieldpractice.example", "a.b+c@mail.co.uk"):
        assert config._plainly_valid_email(value)


@needs_ryml
def test_a_crash_in_rapidyaml_costs_only_its_child(monkeypatch: pytest.MonkeyPatch) -> None:
    # rapidyaml has died of a segmentation fault on generated broken YAML: the load must
    # survive that and read the file with PyYAML instead.
    def crash(text: str, loader: type[Any]) -> Any:
        os.kill(os.getpid(), signal.SIGSEGV)

    monkeypatch.setattr(yamlload, "fast_load", crash)
    text = "clients:\n" + "".join(f"  - id: c-{n}\n    emergency: yes\n" for n in range(3000))
    assert len(text) >= FAST_MIN_CHARS
    with pytest.raises(_Fallback, match="died"):
        isolated_fast_load(text, _Loader)
    loaded = load_yaml(text, _Loader)
    assert loaded["clients"][2999] == {"id": "c-2999", "emergency": True}


@needs_ryml
def test_the_isolated_fast_path_returns_what_the_fast_path_does() -> None:
    text = CLIENT_SHAPED * 1 + "".join(f"  - id: c-{n}\n    since: 2026-10-02\n" for n in range(2))
    assert same(isolated_fast_load(text, _Loader), fast_load(text, _Loader))
    with pytest.raises(_Fallback):
        isolated_fast_load("a: &x 1\nb: *x\n", _Loader)  # an alias: the fast path refuses it
