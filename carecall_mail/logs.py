"""Log records for operators: a stable event name and the ids it concerns.

What a client wrote never reaches a log: callers pass ids (client, key,
Message-ID) and counts, never text. Every field a record carries is printed (a
field the formatter did not know used to vanish silently), except a field whose
NAME says it is private (`PRIVATE_FIELDS`): its value is replaced, by `event()`
before any handler sees it and by the formatter for a record made elsewhere.
Every value is escaped, so a Message-ID or host name chosen by a stranger cannot
put a terminal escape, a NUL or a second line into the log.
"""

from __future__ import annotations

import logging
import os
import sys
import unicodedata
from collections.abc import Mapping

# The order in which known `extra` fields are printed; any other field follows, by name.
FIELDS = (
    "key",
    "client",
    "client_id",
    "message_id",
    "host",
    "folder",
    "count",
    "queued",
    "sent",
    "retry",
    "failed",
    "skipped",
    "fetched",
    "recorded",
    "flagged",
    "code",
    "problems",
    "signal",
    "error",
    "kind",
    "mailbox",
    "uid",
    "reason",
    "status",
    "urgency",
)

# Fields that would carry what a person wrote or who they are, or a secret. Refused by
# name, so that an id the formatter has never heard of (an operator's `uid`) is kept.
PRIVATE_FIELDS = frozenset(
    {"address", "name", "subject", "body", "text", "password", "token", "email", "from_addr"}
)
PRIVATE = "[private]"

# What every LogRecord has; anything else on a record came in through `extra`.
_STANDARD = frozenset(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "event"}
# logging.makeRecord refuses an `extra` key that would overwrite one of these.
_RESERVED = _STANDARD - {"event"}


def _kept(fields: Mapping[str, object]) -> dict[str, object]:
    """`fields` as a record may carry them: private values replaced; a name logging
    reserves (`module`, `lineno`, ...) given a trailing `_` instead of raising."""
    kept: dict[str, object] = {}
    for name, value in fields.items():
        key = f"{name}_" if name in _RESERVED else name
        kept[key] = PRIVATE if name in PRIVATE_FIELDS else value
    return kept


def event(
    logger: logging.Logger, level: int, name: str, inline: bool = False, /, **fields: object
) -> None:
    """The one logging call: record event `name` with every field it is given.

    A private field (by name, `PRIVATE_FIELDS`) is written as `[private]`. With
    `inline` the fields are also in the message text, for handlers that print only
    the message (a test's caplog, an embedding program's own handler). The
    parameters are positional-only so that any field name is free to use.
    """
    if not logger.isEnabledFor(level):
        return
    kept = _kept(fields)
    text = " ".join([name, *(f"{key}={value}" for key, value in kept.items())]) if inline else name
    logger.log(level, text, extra={"event": name, **kept})


# Control and format characters (ESC, NUL, CR, bidi overrides, line separators).
_UNSAFE = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})


def escape(text: str) -> str:
    """`text` on one line with no control characters: each is written as an escape.

    A backslash is doubled, so an escape in the log always means an escaped character.
    """
    out: list[str] = []
    for char in text:
        if char == "\\":
            out.append("\\\\")
        elif unicodedata.category(char) in _UNSAFE:
            code = ord(char)
            out.append(
                f"\\x{code:02x}"
                if code < 0x100
                else f"\\u{code:04x}"
                if code < 0x10000
                else f"\\U{code:08x}"
            )
        else:
            out.append(char)
    return "".join(out)


def _shows(message: str, field: str) -> bool:
    """Whether `message` has `field` (`name=value`) between spaces or its ends: not
    `id=3` inside `client_id=3`, which once hid a field that only looked shown."""
    start = message.find(field)
    while start >= 0:
        end = start + len(field)
        if message[start - 1 : start] in ("", " ") and message[end : end + 1] in ("", " "):
            return True
        start = message.find(field, start + 1)
    return False


def _extras(record: logging.LogRecord) -> list[str]:
    present = [name for name in vars(record) if name not in _STANDARD]
    known = [name for name in FIELDS if name in present]
    return known + sorted(name for name in present if name not in FIELDS)


# sd-daemon(3) priority prefixes (the syslog levels of RFC 5424 §6.2.1).
_PRIORITY = ((logging.CRITICAL, 2), (logging.ERROR, 3), (logging.WARNING, 4), (logging.INFO, 6))


def priority(levelno: int) -> int:
    """The syslog priority journald files a record of `levelno` under."""
    for threshold, value in _PRIORITY:
        if levelno >= threshold:
            return value
    return 7  # debug


def journal_stream(environ: Mapping[str, str], device: int, inode: int) -> bool:
    """True when stderr is the journal's stream: systemd sets JOURNAL_STREAM to
    "DEVICE:INODE" of the stream it connected (systemd.exec(5)), and an inherited
    variable with stderr redirected elsewhere must not change the format."""
    value = environ.get("JOURNAL_STREAM", "")
    dev, _, ino = value.partition(":")
    return dev.isdigit() and ino.isdigit() and (int(dev), int(ino)) == (device, inode)


def stderr_is_journal() -> bool:
    try:
        info = os.fstat(sys.stderr.fileno())
    except (OSError, ValueError, AttributeError):
        return False  # stderr is not a file (captured by a test or a program)
    return journal_stream(os.environ, info.st_dev, info.st_ino)


class EventFormatter(logging.Formatter):
    """One line a record, ours or a library's: time, level, event, `name=value` fields.

    An exception is one `exception=Type: message` field; the traceback follows only
    with `tracebacks` (at -vv), for a developer, never for an operator's log.
    With `journald` a line starts with the `<N>` priority journald reads (sd-daemon(3))
    instead of the time, which journald records itself; a traceback's every line
    carries the prefix too, so none of it is filed as a plain info line.
    """

    def __init__(self, tracebacks: bool = False, journald: bool = False) -> None:
        super().__init__()
        self.tracebacks = tracebacks
        self.journald = journald

    def format(self, record: logging.LogRecord) -> str:
        event = getattr(record, "event", None)
        if event is None and not record.name.startswith("carecall_mail"):
            event = record.name  # a library's record: its logger names it
        message = escape(record.getMessage())
        level = record.levelname.lower()
        prefix = f"<{priority(record.levelno)}>"
        head = (
            f"{prefix}{level}"
            if self.journald
            else f"{self.formatTime(record, '%Y-%m-%dT%H:%M:%S')} {level}"
        )
        if event is None or message.startswith(event):
            parts = [head, message]
        else:
            parts = [head, f"{event}: {message}"]
        raw = record.getMessage()
        for name in _extras(record):
            value = PRIVATE if name in PRIVATE_FIELDS else getattr(record, name, None)
            # A field the message already shows as a whole `name=value` word is not
            # repeated; any other is printed, None included (an id that was unknown).
            if not _shows(raw, f"{name}={value}"):
                parts.append(f"{escape(name)}={escape(str(value))}")
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            parts.append(f"exception={escape(f'{type(exc).__name__}: {exc}')}")
        text = " ".join(parts)
        if self.tracebacks and record.exc_info:
            trace = self.formatException(record.exc_info)
            if self.journald:
                trace = "\n".join(prefix + line for line in trace.splitlines())
            text += "\n" + trace
        return text


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is when a record is emitted, not when created."""

    @property
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, value: object) -> None:
        pass


def configure(level: int, *, journald: bool | None = None) -> None:
    """Log the package's records to stderr at `level`; calling again replaces the setup.

    `journald` None: journald's format when stderr is the journal (a systemd service).

    The handler sits on the root logger, so a library's records (flufl.bounce logs a
    detector's traceback at error) come out in the same one-line format instead of
    through logging's last-resort handler. Other handlers an embedding program put
    on the root logger stay and see every record too.
    """
    handler = _StderrHandler()
    journal = stderr_is_journal() if journald is None else journald
    handler.setFormatter(EventFormatter(tracebacks=level <= logging.DEBUG, journald=journal))
    handler.setLevel(level)
    root = logging.getLogger()
    root.handlers[:] = [h for h in root.handlers if not isinstance(h, _StderrHandler)]
    root.addHandler(handler)
    package = logging.getLogger("carecall_mail")
    package.handlers[:] = [h for h in package.handlers if not isinstance(h, _StderrHandler)]
    # The handler filters; the logger stays open at info so that a program (or a
    # test) that called the CLI in-process still gets the package's info records.
    package.setLevel(min(level, logging.INFO))
