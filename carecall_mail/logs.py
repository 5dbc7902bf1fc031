"""Log records for operators: a stable event name and the ids it concerns.

What a client wrote never reaches a log: callers pass ids (client, key,
Message-ID) and counts in `extra`, and this formatter prints only those.
"""

from __future__ import annotations

import logging
import sys

# The `extra` fields a record may carry; anything else is not printed.
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
)


class EventFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        event = getattr(record, "event", None)
        message = record.getMessage()
        head = f"{self.formatTime(record, '%Y-%m-%dT%H:%M:%S')} {record.levelname.lower()}"
        if event is None or message.startswith(event):
            parts = [head, message]
        else:
            parts = [head, f"{event}: {message}"]
        for name in FIELDS:
            value = getattr(record, name, None)
            if value is not None and f"{name}=" not in message:
                parts.append(f"{name}={value}")
        text = " ".join(parts)
        if record.exc_info:
            text += "\n" + self.formatException(record.exc_info)
        return text


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is when a record is emitted, not when created."""

    @property
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, value: object) -> None:
        pass


def configure(level: int) -> None:
    """Log the package's records to stderr at `level`; calling again replaces the setup.

    Records still propagate, so an embedding program's own handlers see them too.
    """
    handler = _StderrHandler()
    handler.setFormatter(EventFormatter())
    handler.setLevel(level)
    package = logging.getLogger("carecall_mail")
    package.handlers[:] = [handler]
    # The handler filters; the logger stays open at info so that a program (or a
    # test) that called the CLI in-process still gets the package's info records.
    package.setLevel(min(level, logging.INFO))
