"""`yaml.load(text, Loader=...)`, fast for a large practice.

Even with libyaml (CSafeLoader), PyYAML builds a Python event and node object
for every scalar and resolves and constructs each one in Python: a 10,000-client
clients.yaml takes seconds. Here rapidyaml (C++) parses the file and emits it as
JSON, the C `json` module builds the containers and strings, and only the plain
scalars that YAML 1.1 would not read as text (true/yes/on, 30, 2026-10-02, 17:00,
~ ...) go through the given loader's own resolver and constructors, once per
distinct text. The result is exactly what PyYAML returns.

Whatever the fast path does not handle is handed to PyYAML unchanged, which then
returns the same data or raises the same error: a file with a syntax error, an
anchor, alias, tag, merge key or directive, several documents, a duplicate key,
characters YAML 1.1 treats differently from YAML 1.2 (tabs, NEL and the Unicode
line separators, non-printable characters, a byte order mark), a top level that
is not a mapping or a list, a scalar JSON cannot carry, or rapidyaml missing.
Small files go straight to PyYAML too: there the C loader is fast enough.
"""

from __future__ import annotations

import contextlib
import faulthandler
import itertools
import json
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Iterator
from functools import partial, reduce
from operator import or_
from typing import Any, Final

import yaml

try:  # Optional at run time: without it every file takes the PyYAML path.
    import ryml
    from ryml import _ryml
except ImportError:  # pragma: no cover - depends on the installation
    ryml = None
    _ryml = None

__all__ = ["FAST_MIN_CHARS", "fast_load", "isolated_fast_load", "load_yaml"]

# Below this many characters PyYAML's C loader takes a few milliseconds at most.
FAST_MIN_CHARS: Final = 32 * 1024

Loader = type[Any]  # a PyYAML loader class, e.g. yaml.CSafeLoader or a subclass

STR_TAG: Final = "tag:yaml.org,2002:str"


class _Fallback(Exception):
    """The fast path does not handle this document: PyYAML will."""


def load_yaml(text: str, loader: Loader) -> Any:
    """Exactly `yaml.load(text, Loader=loader)`, without PyYAML's cost on large files.

    `loader` must be a safe loader (its constructors and resolver are used for the
    plain scalars). Raises what `yaml.load` raises.
    """
    if len(text) >= FAST_MIN_CHARS:
        try:
            return isolated_fast_load(text, loader)
        except _Fallback:
            pass
    return yaml.load(text, Loader=loader)


def isolated_fast_load(text: str, loader: Loader) -> Any:
    """`fast_load` in a forked child, so that a crash in rapidyaml's C++ costs only the child.

    rapidyaml has been seen to die of a segmentation fault on generated broken YAML (in
    tests/test_yamlload.py's differential test): in the worker that would end the process
    and with it the last good config. The child returns the loaded data, pickled, or
    says why it fell back; a child that dies is a fallback, and PyYAML then reads the file
    (or reports what is wrong with it). Only large files take this path, where the fork
    costs far less than PyYAML would.
    """
    if not hasattr(os, "fork"):  # pragma: no cover - not on Linux or macOS
        return fast_load(text, loader)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: load, write the outcome, and leave without any clean-up
        try:
            os.close(read_end)
            faulthandler.disable()  # a crash here is expected and handled: no dump on stderr
            with os.fdopen(write_end, "wb") as out:
                out.write(_child_outcome(text, loader))
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as stream:
        payload = stream.read()  # read before waiting: a large result fills the pipe
    _, status = os.waitpid(pid, 0)
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0 or not payload:
        raise _Fallback("rapidyaml's process died")
    return _child_result(payload)


def _child_outcome(text: str, loader: Loader) -> bytes:
    """What `isolated_fast_load`'s child sends back: the data or why it fell back, pickled."""
    try:
        outcome: tuple[str, Any] = ("data", fast_load(text, loader))
    except _Fallback as exc:
        outcome = ("fallback", str(exc))
    except BaseException as exc:  # whatever it is, the parent's PyYAML will tell
        outcome = ("fallback", type(exc).__name__)
    return pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)


def _child_result(payload: bytes) -> Any:
    """The data in a child's whole `_child_outcome`, or `_Fallback` with its reason."""
    try:
        kind, value = pickle.loads(payload)  # our own child's bytes, never a file's
    except Exception:
        raise _Fallback("rapidyaml's process gave no result") from None
    if kind != "data":
        raise _Fallback(str(value))
    return value


# --------------------------------------------------------------------- checks

# Characters the YAML 1.1 reader refuses (PyYAML's Reader.NON_PRINTABLE, libyaml
# alike) and those YAML 1.1 and 1.2 read differently: tab (indentation), NEL and
# the Unicode line and paragraph separators (line breaks in 1.1 only), a BOM.
_PLAIN_ASCII: Final = bytes(range(0x20, 0x7F)) + b"\n\r"  # the same, for ASCII text
_NOT_PLAIN_SAILING = re.compile(
    "[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]"
)


# rapidyaml takes a multi-line key inside a flow collection, YAML 1.1 does not. The
# node types tell a multi-line flow collection; they are asked for only when some
# line of the file does not close every [ and { it opens (quotes and comments kept
# in the way, so that a bracket in them never looks like a closing one).
_NOT_SKELETON: Final = bytes(b for b in range(256) if b not in b"[]{}'\"#\n")


def _maybe_multiline_flow(source: bytes) -> bool:
    skeleton = source.translate(None, _NOT_SKELETON)
    while True:
        shorter = skeleton.replace(b"[]", b"").replace(b"{}", b"")
        if len(shorter) == len(skeleton):
            break
        skeleton = shorter
    return bool(skeleton.translate(None, b"'\"#\n"))


# `[a:]`, `{a:, b}`: YAML 1.1 refuses a colon right before a flow indicator, and a
# `- ` or `? ` after a quoted scalar or a flow collection on the same line.
_ODD_COLON = re.compile(r":[,?\[\]{}]")
_ODD_ENTRY = re.compile(r"[\]}'\"][ \t]+[-?](?:[ \t]|$)", re.MULTILINE)


# `key: > text`: YAML 1.1 wants only indicators and a comment after | or >.
_BLOCK_HEADER_JUNK = re.compile(
    r"(?:^[ \t]*|[:-][ \t]+)[|>][-+0-9]*(?:[ \t]+[^\s#]|[^-+0-9\s#])", re.MULTILINE
)


# A quoted scalar that goes on to the next line: rapidyaml takes one as a key.
_OPEN_QUOTE = re.compile(
    r"""(?:^|[ \t\[{,])(?:'(?:[^'\n]|'')*|"(?:[^"\\\n]|\\.)*)$""", re.MULTILINE
)


def fast_load(text: str, loader: Loader) -> Any:
    """Load `text` as `yaml.load(text, Loader=loader)` would, or raise `_Fallback`."""
    if _ryml is None:
        raise _Fallback("rapidyaml is not installed")
    source = text.encode("utf-8", "surrogatepass")
    if source.translate(None, _PLAIN_ASCII) if text.isascii() else _NOT_PLAIN_SAILING.search(text):
        raise _Fallback("a character YAML 1.1 reads differently")
    if text.startswith("%") or "\n%" in text or "\r%" in text:
        raise _Fallback("a directive")
    if _ODD_COLON.search(text) or _ODD_ENTRY.search(text):
        raise _Fallback("an indicator where YAML 1.1 allows none")
    if "|" in text or ">" in text:
        if _BLOCK_HEADER_JUNK.search(text):
            raise _Fallback("text after a block scalar header")
        if not text.endswith("\n"):  # rapidyaml keeps a final line break the file lacks
            raise _Fallback("a block scalar may end the file")
    if ("'" in text or '"' in text) and _OPEN_QUOTE.search(text):
        raise _Fallback("a quoted scalar over several lines")
    with _quiet_stderr():  # rapidyaml prints its parse errors on fd 2; PyYAML reports them
        try:
            tree = ryml.parse_in_arena(source)
            _ryml.Tree_reorder(tree)  # node ids in document order, as the JSON
            if "&" in text or "*" in text or "!" in text or _maybe_multiline_flow(source):
                _refuse_node_types(tree)
            emitted = ryml.emit_json(tree)
        except (ryml.ExceptionBasic, ValueError, RuntimeError, TypeError, MemoryError) as exc:
            raise _Fallback(f"rapidyaml: {type(exc).__name__}") from None
    if not isinstance(emitted, str):
        raise _Fallback("an empty document")
    try:
        data = _JSON.decode(emitted)
    except (ValueError, RecursionError):
        raise _Fallback("rapidyaml's JSON does not load") from None
    try:
        return _build(tree, loader, data)
    except RecursionError:
        raise _Fallback("nested too deeply") from None


def _refuse_node_types(tree: Any) -> None:
    types = reduce(or_, map(partial(_ryml.Tree_type, tree), range(tree.size())), 0)
    if types & (ryml.KEYREF | ryml.VALREF | ryml.KEYANCH | ryml.VALANCH):
        raise _Fallback("an anchor or alias")
    if types & (ryml.KEYTAG | ryml.VALTAG):
        raise _Fallback("a tag")
    if types & ryml.FLOW_ML:
        raise _Fallback("a flow collection over several lines")


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Send fd 2 to a temp file meanwhile; then pass on all but rapidyaml's own lines."""
    try:
        saved = os.dup(2)
    except OSError:  # no stderr at all: nothing to keep quiet
        yield
        return
    with tempfile.TemporaryFile() as capture:
        with contextlib.suppress(Exception):
            sys.stderr.flush()
        os.dup2(capture.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            capture.seek(0)
            other = _RYML_LINE.sub(b"", capture.read())
            if other:
                os.write(2, other)


# rapidyaml's error report: "line=3 col=1 (27B): ERROR: [parse] ..." then the C++ place.
_RYML_LINE = re.compile(
    rb"^(?:line=\d+ col=\d+ .*ERROR.*|.*\.(?:hpp|cpp):\d+: \(detected here\)|ERROR: .*)(?:\n|\Z)",
    re.MULTILINE,
)


class _Number(str):
    """The text of a JSON number: YAML 1.1 decides what it is, from its own spelling."""

    __slots__ = ()


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"JSON constant {name}")


_JSON: Final = json.JSONDecoder(
    parse_int=_Number, parse_float=_Number, parse_constant=_refuse_constant
)


# A scalar YAML 1.1 could not have read as plain text (it starts with an indicator
# or a space, ends with a space, has ": ", " #", a line break or a tab); rapidyaml
# is laxer, so such a scalar is taken only if it was quoted.
_NOT_PLAIN: Final = re.compile(
    r"\A(?:[?:,\[\]{}#&*!|>'\"%@`\s]|-(?:\s|\Z))|\s\Z|:\Z|:[\s,?\[\]{}]|\s#|[\n\t]"
)
# How rapidyaml writes infinities and NaNs (even a quoted key 'inf'): the node has the text.
_RESPELT: Final = re.compile(r"[-+]?\.(?:inf|nan)\Z", re.IGNORECASE)
_UNSURE: Final = object()  # a plain scalar the loader's constructors do not take


def _build(tree: Any, loader: Loader, data: Any) -> Any:
    """The PyYAML value of the decoded JSON, with YAML 1.1 typing of plain scalars.

    JSON keeps every container and string; what it loses is whether a scalar was
    quoted and, for numbers, its spelling. Node ids (reordered) follow document
    order, as the JSON does, so a counter finds a value's node, asked only for the
    few values YAML 1.1 may not read as text. Every node must be used exactly once:
    a duplicate key, which JSON folds into one, falls back.
    """
    VAL, KEY, KEYQUO, VALQUO = ryml.VAL, ryml.KEY, ryml.KEYQUO, ryml.VALQUO
    CONTAINER = ryml.MAP | ryml.SEQ
    node_type = partial(_ryml.Tree_type, tree)
    tree_val, tree_key = partial(_ryml.Tree_val, tree), partial(_ryml.Tree_key, tree)
    instance = loader("")
    implicit = loader.yaml_implicit_resolvers
    if None in implicit:  # a resolver for any first character: look at everything
        claimed: frozenset[str] | None = None
    else:  # a plain scalar whose first character no implicit resolver claims is text
        claimed = frozenset(k for k in implicit if k) | frozenset("-")
    constructors = loader.yaml_constructors
    memo: dict[str, Any] = {}
    not_plain = _NOT_PLAIN.search
    respelt = _RESPELT.match

    def as_plain(text: str) -> Any:
        """What `text` means written plain: the loader's resolver and constructors decide.

        `_UNSURE` when YAML 1.1 could not have read it plain, or the loader does not
        construct it (PyYAML would raise). A str result means text however written.
        """
        try:
            return memo[text]
        except KeyError:
            pass
        value: Any = text
        if text == "" or not_plain(text):
            value = _UNSURE
        elif claimed is None or text[0] in claimed:
            tag = instance.resolve(yaml.ScalarNode, text, (True, False))
            if tag != STR_TAG:
                constructor = constructors.get(tag)
                try:
                    value = constructor(instance, yaml.ScalarNode(tag, text))
                except Exception:  # no constructor (<<, =), or PyYAML would raise
                    value = _UNSURE
        memo[text] = value
        return value

    def plain(value: Any) -> Any:
        if value is _UNSURE:
            raise _Fallback("a plain scalar YAML 1.1 reads otherwise")
        return value

    def string(text: str, i: int) -> Any:
        if respelt(text):
            text = raw(tree_val(i))
        value = as_plain(text)
        if type(value) is str:
            return value
        ty = node_type(i)
        if not ty & VAL or ty & CONTAINER:
            raise _Fallback("nodes out of step with the JSON")
        if ty & VALQUO:
            return text  # "yes", '2026-10-02', a |-block: quoted, so text
        return plain(value)

    def other(value: Any, i: int) -> Any:
        # Quoted scalars always come out as JSON strings: these were plain.
        if type(value) is _Number:
            if "." in value or "e" in value or "E" in value:
                # Reals come out in JSON's spelling (.5 as 0.5, 1. as 1.0): YAML 1.1
                # decides on the text as written.
                return plain(as_plain(raw(tree_val(i))))
            return plain(as_plain(str(value)))
        return value  # true, false, null or empty: the same in YAML 1.1

    def key_of(text: str, i: int) -> Any:
        if respelt(text):  # even a quoted 'inf' key comes out as .inf
            text = raw(tree_key(i))
        value = as_plain(text)
        if type(value) is str:
            return value
        ty = node_type(i)
        if not ty & KEY:
            raise _Fallback("nodes out of step with the JSON")
        if ty & KEYQUO:
            return text
        return plain(value)

    def raw(scalar: memoryview | None) -> str:
        return "" if scalar is None else str(scalar, "utf-8")

    def mapping(value: dict[str, Any]) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key, item in value.items():
            i = tick()
            if type(memo.get(key)) is not str:
                key = key_of(key, i)
            kind = type(item)
            if kind is str:
                result[key] = item if type(memo.get(item)) is str else string(item, i)
            elif kind is dict:
                result[key] = mapping(item)
            elif kind is list:
                result[key] = sequence(item)
            else:
                result[key] = other(item, i)
        return result

    def sequence(value: list[Any]) -> list[Any]:
        result: list[Any] = []
        append = result.append
        for item in value:
            i = tick()
            kind = type(item)
            if kind is str:
                append(item if type(memo.get(item)) is str else string(item, i))
            elif kind is dict:
                append(mapping(item))
            elif kind is list:
                append(sequence(item))
            else:
                append(other(item, i))
        return result

    root = 0
    if node_type(0) & ryml.STREAM == ryml.STREAM:  # one explicit document: `---` on top
        if _ryml.Tree_num_children(tree, 0) != 1 or not isinstance(data, list) or len(data) != 1:
            raise _Fallback("several documents")
        root, data = 1, data[0]
    if not node_type(root) & CONTAINER or type(data) not in (dict, list):
        raise _Fallback("a scalar or empty document")
    tick = itertools.count(root + 1).__next__
    result = mapping(data) if type(data) is dict else sequence(data)
    if tick() != tree.size():
        raise _Fallback("a duplicate key")
    return result
