"""Templates to text, and text to a real email.

A template is `templates/NAME.j2` with blocks `subject`, `text` and optionally
`html`. Undefined variables are errors (StrictUndefined): a client must never
read "Dear ," because a variable was misspelt. The `html` block is rendered
with autoescaping, the others without, so "&" stays "&" in the text part.

Messages are assembled as bytes by hand rather than through `EmailMessage`
with the default policy, which costs about a millisecond a message; the
headers that need it are RFC 2047-encoded by `encoded_words`.
"""

from __future__ import annotations

import base64
import binascii
import difflib
import functools
import re
import secrets
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import format_datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
import jinja2.nodes
from jinja2.runtime import Context
from markupsafe import Markup, escape

from carecall_mail.core.errors import CareCallError, Problem
from carecall_mail.templates.sandbox import BoundedEnvironment, TemplateLimit, bounded, current

# Words a subject must not carry: whoever glances at the client's inbox must not
# learn from it that they see a therapist (DESIGN.md, "nothing private").
REVEALING_WORDS = re.compile(
    r"therap|psycho|psychiatr|counsel|diagnos|depress|anxiety|trauma|addict",
    re.IGNORECASE,
)


class RenderError(CareCallError):
    """A template could not be rendered for one message; names the template and line."""

    def __init__(self, template: str, line: int, message: str) -> None:
        super().__init__(f"templates/{template}.j2:{line}: {message}")
        self.template = template
        self.line = line
        self.message = message


class TemplateTooBig(RenderError):
    """A template over the sandbox's bounds (templates/sandbox.py), whatever the data."""


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str | None


# Cached: a broadcast formats the same few dates for every client (strftime is ~6 µs).
@functools.lru_cache(maxsize=4096)
def longdate(value: date) -> str:
    """Monday 5 January 2027: unambiguous wherever the client lives."""
    return f"{value:%A} {value.day} {value:%B %Y}"


@jinja2.pass_eval_context
def nl2br(eval_ctx: jinja2.nodes.EvalContext, value: object) -> str:
    """Line breaks as `<br>` in an HTML block, the text itself escaped.

    `replace("\\n", "<br>")` cannot do this under autoescaping: its output is
    escaped, and the client reads "&lt;br&gt;".
    """
    text = str(value)
    if not eval_ctx.autoescape:
        return text.replace("\n", "<br>\n")
    return Markup("<br>\n").join(escape(line) for line in text.split("\n"))


@functools.lru_cache(maxsize=4096)
def shortdate(value: date) -> str:
    return f"{value.day} {value:%B}"


class _HintingUndefined(jinja2.StrictUndefined):
    """StrictUndefined whose error names the missing field and the one most likely meant.

    Jinja's own words ("'dict object' has no attribute 'prefered_name'") are for
    programmers; the practitioner who wrote the template needs the field's name.
    """

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        owner, name = self._undefined_obj, self._undefined_name
        if isinstance(owner, Mapping) and isinstance(name, str) and self._undefined_hint is None:
            fields = sorted(str(key) for key in owner)
            close = difflib.get_close_matches(name, fields, n=1, cutoff=0.6)
            if close:
                return f"no field {name!r} (did you mean {close[0]!r}?)"
            return f"no field {name!r}; it has: {', '.join(fields)}"
        return super()._undefined_message


_NO_FIELD = re.compile(r"^no field '([^']+)'")


def _line_owner(path: Path, line: int, attribute: str) -> str | None:
    """What `attribute` is read from on the template's line (`client` in client.x)."""
    try:
        source = path.read_text(encoding="utf-8").splitlines()[line - 1]
    except (OSError, UnicodeDecodeError, IndexError):
        return None
    owner = re.search(r"([A-Za-z_][\w.]*)\s*\.\s*" + re.escape(attribute) + r"\b", source)
    return owner[1] if owner else None


def _undefined_words(message: str, context: Mapping[str, Any], path: Path, line: int) -> str:
    """Jinja's undefined error in the practitioner's words: `client has no field 'x'
    (did you mean …?)`, `'clinet' is undefined (did you mean 'client'?)`."""
    field = _NO_FIELD.match(message)
    if field:
        return f"{_line_owner(path, line, field[1]) or 'the value'} has {message}"
    empty = re.match(r"^'None' has no attribute '([^']+)'$", message)
    if empty:
        owner = _line_owner(path, line, empty[1])
        if owner == "client":  # the holiday auto-reply also answers strangers
            return (
                f"client is empty when the sender is not one of your clients: use "
                f"{{% if client %}}{{{{ client.{empty[1]} }}}}{{% else %}}…{{% endif %}}"
            )
        if owner:
            return f"{owner} is empty here: use {{% if {owner} %}}…{{% endif %}}"
    name = re.match(r"^'([^']+)' is undefined$", message)
    if name:
        close = difflib.get_close_matches(name[1], [str(k) for k in context], n=1, cutoff=0.6)
        if close:
            return f"{message} (did you mean {close[0]!r}?)"
    return message


class Renderer:
    """Renders the practice's templates; one instance per loaded config."""

    def __init__(self, templates_dir: Path) -> None:
        self.templates_dir = templates_dir
        loader = jinja2.FileSystemLoader(str(templates_dir))
        # Sandboxed, and bounded in steps and text (templates/sandbox.py): a template is a file
        # anyone with access to the folder can edit, and a worker must never hang on it.
        common: dict[str, Any] = {
            "loader": loader,
            "undefined": _HintingUndefined,
            "trim_blocks": True,
            "lstrip_blocks": True,
            "keep_trailing_newline": False,
            # No stat() of the file per message: a Renderer renders the templates as
            # they were when it first read them; the worker builds a new Renderer when
            # a template file changes (worker.Worker.reload_if_changed).
            "auto_reload": False,
        }
        self._plain = BoundedEnvironment(autoescape=False, **common)
        self._html = BoundedEnvironment(autoescape=True, **common)
        for env in (self._plain, self._html):
            env.bounded_filters(longdate=longdate, shortdate=shortdate, nl2br=nl2br)

    def render(self, name: str, context: Mapping[str, Any]) -> Rendered:
        """Render template `name`; raise RenderError naming the file and line."""
        with bounded():  # one budget of steps and text per message (templates/sandbox.py)
            return self._render(name, context)

    def _render(self, name: str, context: Mapping[str, Any]) -> Rendered:
        path = self.templates_dir / f"{name}.j2"
        current: jinja2.Template | None = None
        try:
            plain = current = self._plain.get_template(f"{name}.j2")
            blocks = plain.blocks
            if "subject" not in blocks or "text" not in blocks:
                missing = [b for b in ("subject", "text") if b not in blocks]
                raise RenderError(name, 1, f"missing block(s): {', '.join(missing)}")
            # One context for every block, as Template.render itself does.
            ctx = plain.new_context(dict(context))
            subject = _block(plain, "subject", ctx)
            text = _block(plain, "text", ctx)
            html = None
            if "html" in blocks:
                current = self._html.get_template(f"{name}.j2")
                html = _block(current, "html", current.new_context(dict(context)))
        except RenderError:
            raise
        except jinja2.TemplateNotFound:
            raise RenderError(name, 1, f"template not found: expected {path}") from None
        except jinja2.TemplateSyntaxError as exc:
            raise RenderError(name, exc.lineno or 1, f"syntax error: {exc.message}") from None
        except jinja2.UndefinedError as exc:
            line = _template_line(exc, path, current)
            words = _undefined_words(exc.message or "", context, path, line)
            raise RenderError(name, line, f"undefined: {words}") from None
        except jinja2.TemplateError as exc:
            raise RenderError(name, _template_line(exc, path, current), str(exc)) from None
        except TemplateLimit as exc:
            raise TemplateTooBig(name, _template_line(exc, path, current), str(exc)) from None
        except RecursionError as exc:
            line = _template_line(exc, path, current)
            raise TemplateTooBig(name, line, "this template calls itself without end") from None
        except Exception as exc:  # any template bug is this template's error
            # ZeroDivisionError, OverflowError, …: one broken template must fail its
            # own messages, never the sending pass of every other client.
            message = f"{type(exc).__name__}: {exc}"
            raise RenderError(name, _template_line(exc, path, current), message) from exc
        subject = " ".join(subject.split())
        if not subject:
            raise RenderError(name, 1, "the subject is empty")
        revealing = REVEALING_WORDS.search(subject)
        if revealing:
            # The word, not the whole subject: that would carry a client's name into
            # logs, or the sample client's name into a validate error it never wrote.
            word = re.search(r"\w*" + re.escape(revealing[0]) + r"\w*", subject)
            raise RenderError(
                name,
                _block_line(path, "subject"),
                f"the subject says {(word or revealing)[0]!r}, which reveals the nature of "
                "the care to anyone who sees the inbox: choose a neutral wording",
            )
        return Rendered(subject, _tidy(text), html.strip() if html else None)


def _block(template: jinja2.Template, name: str, ctx: Context) -> str:
    budget = current()
    parts: list[str] = []
    for chunk in template.blocks[name](ctx):
        budget.wrote(len(chunk))  # the cap on a message's length, as it is written
        parts.append(chunk)
    return "".join(parts)


def _tidy(text: str) -> str:
    # Templates are indented for their authors; mail clients want no runs of blank lines.
    lines = [line.rstrip() for line in text.strip("\n").splitlines()]
    out: list[str] = []
    for line in lines:
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    return "\n".join(out) + "\n"


def _template_line(exc: BaseException, path: Path, template: jinja2.Template | None) -> int:
    """The template line an error was raised at.

    Frames of compiled template code carry the template's file name; their Python
    line maps back to a template line through the template's debug info.
    """
    line = 1
    tb: TracebackType | None = exc.__traceback__
    target = str(path)
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == target:
            line = template.get_corresponding_lineno(tb.tb_lineno) if template else tb.tb_lineno
        tb = tb.tb_next
    return line


def _block_line(path: Path, block: str) -> int:
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\{%-?\s*block\s+" + block + r"\b", line):
                return number
    except OSError:
        pass
    return 1


# ---------------------------------------------------------------- samples for validate


def sample_contexts(kind: str, practitioner: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """Contexts that exercise every branch a template of `kind` may take.

    `validate` renders each template with all of them, so an undefined variable
    in a branch seen only by emergency clients is still found before sending.
    """
    from carecall_mail.core.kinds import sample_contexts as kind_samples

    yield from kind_samples(kind, practitioner)


def check_templates(
    templates_dir: Path,
    kinds: Mapping[str, str],
    practitioner: Any,
    *,
    renderer: Renderer | None = None,
) -> list[Problem]:
    """Render every referenced template with sample contexts; one Problem per failure.

    With `renderer`, that one: it keeps the templates as they were checked (a
    Renderer reads each file once), so the worker sends with what it validated.
    """
    from carecall_mail.core.context import practitioner_view

    renderer = renderer or Renderer(templates_dir)
    problems: list[Problem] = []
    seen: set[tuple[str, int, str]] = set()
    for name, kind in sorted(kinds.items()):
        for context in sample_contexts(kind, practitioner_view(practitioner)):
            try:
                renderer.render(name, context)
            except RenderError as exc:
                marker = (exc.template, exc.line, exc.message)
                if marker not in seen:
                    seen.add(marker)
                    problems.append(
                        Problem(shown_path(templates_dir / f"{name}.j2"), exc.line, exc.message)
                    )
                if isinstance(exc, TemplateTooBig):
                    break  # too big with one sample is too big with all: validate stays quick
    return problems


def shown_path(path: Path) -> str:
    """The path as the practitioner would type it: relative to where they stand."""
    try:
        return str(path.absolute().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


# ---------------------------------------------------------------- the email itself


@dataclass(frozen=True)
class Envelope:
    """The headers that make a rendered text an email."""

    from_name: str
    from_addr: str
    to_name: str | None
    to_addr: str
    message_id: str  # with angle brackets
    date: datetime
    reply_to: str | None = None
    in_reply_to: str | None = None
    references: Sequence[str] = ()
    auto_submitted: str = "auto-generated"  # RFC 3834 §5
    list_unsubscribe: Sequence[str] = ()  # URIs without brackets: mailto:, https:
    one_click: bool = False  # RFC 8058, only with an https URI


_ATEXT_PHRASE = re.compile(r"[A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]+")
_PRINTABLE_ASCII = re.compile(r"[ -~]*")
# UTF-8 bytes per encoded-word: 45 bytes are 60 base64 characters, a 72-character
# word, within RFC 2047 §2's 75. As few words as possible: Python's own address parser
# puts a space between adjacent encoded-words of a display name.
_WORD_BYTES = 45


def encoded_words(value: str) -> str:
    """RFC 2047 "B" encoded-words for a header value, folded with CRLF SP between words.

    Each word holds whole characters only (RFC 2047 §5: a multi-byte character must
    not be split between words). A hand-written loop rather than `email.header.Header`,
    which costs about 0.3 ms a header, a third of composing a message.
    """
    words: list[str] = []
    chunk = bytearray()
    for ch in value:
        encoded = ch.encode("utf-8")
        while len(chunk) + len(encoded) > _WORD_BYTES:  # at most a few rounds
            # Split before a space where there is one, so a decoder that puts a space
            # between the words puts it where the text had one.
            cut = chunk.rfind(b" ")
            cut = cut if cut > 0 else len(chunk)
            words.append(base64.b64encode(chunk[:cut]).decode("ascii"))
            del chunk[:cut]
        chunk += encoded
    if chunk or not words:
        words.append(base64.b64encode(chunk).decode("ascii"))
    return "\r\n ".join(f"=?utf-8?b?{w}?=" for w in words)


def address(name: str | None, addr: str) -> str:
    """`Name <addr>` with the name RFC 2047-encoded or quoted as needed."""
    if not name:
        return addr
    # A word too long to fit a folded line is encoded: encoded-words fold anywhere.
    if _PRINTABLE_ASCII.fullmatch(name) and max(map(len, name.split(" "))) <= _FOLD_AT // 2:
        if _ATEXT_PHRASE.fullmatch(name):
            return f"{name} <{addr}>"
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}" <{addr}>'
    return f"{encoded_words(name)} <{addr}>"


def _header_text(value: str) -> str:
    if _PRINTABLE_ASCII.fullmatch(value) and len(value) < 900:
        return value
    return encoded_words(value)


# Set on mail we write to the practitioner (alerts, digests, holiday forwards): when
# the practitioner's own inbox is the one we read, it comes back, and is set aside
# (replies.own_mail_kind) rather than logged as a client's mail.
OWN_MAIL_HEADER = "X-CareCall-Mail"

# RFC 5322 §2.1.1: lines SHOULD be at most 78 characters and MUST be at most 998.
_FOLD_AT = 78
_LINE_MAX = 998


def fold(name: str, value: str) -> str:
    """`value` folded (CRLF before white space) so that no line of `name: value` is long.

    Folds already there (encoded-words) stay. Raises RenderError if a run without
    white space is longer than a line may be: there is nowhere to fold it.
    """
    lines: list[str] = []
    width = len(name) + 2  # "Name: " on the first line
    for segment in value.split("\r\n"):
        line = ""
        for piece in re.split(r"(?=[ \t])", segment):
            if line and width + len(line) + len(piece) > _FOLD_AT and piece[:1] in (" ", "\t"):
                lines.append(line)
                line, width = "", 0
            line += piece
        lines.append(line)
        width = 0
    for number, line in enumerate(lines):
        if len(line) + (len(name) + 2 if number == 0 else 0) > _LINE_MAX:
            raise RenderError("(headers)", 1, f"header {name} has a word too long to fold")
    return "\r\n".join(lines)


def _qp_lines(text: str) -> bytes:
    # b2a_qp keeps bare "\n" from CRLF input as is; normalise to CRLF explicitly.
    encoded = binascii.b2a_qp(text.replace("\r\n", "\n").encode("utf-8"), istext=True)
    return encoded.replace(b"\n", b"\r\n")


def build_message(
    envelope: Envelope, rendered: Rendered, extra_headers: Sequence[tuple[str, str]] = ()
) -> bytes:
    """The complete message as bytes with CRLF line endings, ready for SMTP or a Maildir."""
    headers: list[tuple[str, str]] = [
        ("From", address(envelope.from_name, envelope.from_addr)),
        ("To", address(envelope.to_name, envelope.to_addr)),
        ("Subject", _header_text(rendered.subject)),
        ("Date", format_datetime(envelope.date)),
        ("Message-ID", envelope.message_id),
        ("MIME-Version", "1.0"),
        ("Auto-Submitted", envelope.auto_submitted),
    ]
    if envelope.reply_to:
        headers.append(("Reply-To", envelope.reply_to))
    if envelope.in_reply_to:
        headers.append(("In-Reply-To", envelope.in_reply_to))
    if envelope.references:
        headers.append(("References", " ".join(envelope.references)))
    if envelope.list_unsubscribe:
        headers.append(("List-Unsubscribe", ", ".join(f"<{u}>" for u in envelope.list_unsubscribe)))
        if envelope.one_click:
            headers.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    headers.extend(extra_headers)
    for name, value in headers:
        # Folding (CRLF then white space) is how RFC 2047 encoding wraps; anything else
        # would start a new header, so it is refused, never passed on.
        unfolded = value.replace("\r\n ", " ").replace("\r\n\t", " ")
        if "\r" in unfolded or "\n" in unfolded:
            raise RenderError("(headers)", 1, f"header {name} would contain a line break")
    text_part = _qp_lines(rendered.text)
    if rendered.html is None:
        headers.append(("Content-Type", 'text/plain; charset="utf-8"'))
        headers.append(("Content-Transfer-Encoding", "quoted-printable"))
        body = text_part
    else:
        boundary = "=_cc_" + secrets.token_hex(12)
        headers.append(("Content-Type", f'multipart/alternative; boundary="{boundary}"'))
        html_doc = _html_document(rendered.subject, rendered.html)
        body = b"".join(
            [
                b"This is a message in MIME format.\r\n",
                f"--{boundary}\r\n".encode(),
                b'Content-Type: text/plain; charset="utf-8"\r\n',
                b"Content-Transfer-Encoding: quoted-printable\r\n\r\n",
                text_part,
                b"\r\n",
                f"--{boundary}\r\n".encode(),
                b'Content-Type: text/html; charset="utf-8"\r\n',
                b"Content-Transfer-Encoding: quoted-printable\r\n\r\n",
                _qp_lines(html_doc),
                b"\r\n",
                f"--{boundary}--\r\n".encode(),
            ]
        )
    head = "".join(f"{name}: {fold(name, value)}\r\n" for name, value in headers).encode("ascii")
    return head + b"\r\n" + body


def _html_document(title: str, body: str) -> str:
    from html import escape

    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title></head>\n<body>\n{body}\n</body></html>\n"
    )


def new_message_id(domain: str, token: Callable[[int], str] = secrets.token_hex) -> str:
    return f"<{token(16)}@{domain}>"
