"""One error tree, shaped by what the caller must do about it.

Library errors are translated at the edge (`raise ... from exc`), naming the
host, the client id, the file and the line, never what a client wrote.
"""

from __future__ import annotations

from dataclasses import dataclass


class CareCallError(Exception):
    """Root of every error CareCall Mail raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the practice's files: `file:line: message`."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class ConfigError(CareCallError):
    """The practitioner must fix a file. Carries every problem found, not only the first."""

    def __init__(
        self, problems: list[Problem], *, template_kinds: dict[str, str] | None = None
    ) -> None:
        self.problems = sorted(problems, key=lambda p: (p.file, p.line, p.message))
        # Templates the schedules name (name -> kind) even though the config as a
        # whole is invalid, so they can be checked too: every problem at once.
        self.template_kinds = template_kinds or {}
        super().__init__("\n".join(str(p) for p in self.problems))


class DeliveryError(CareCallError):
    """Sending one message failed; `code` is the SMTP reply code where there is one."""

    def __init__(self, message: str, *, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code


class TemporaryDeliveryError(DeliveryError):
    """Try again later, with backoff (4xx replies, lost connections, timeouts)."""


class PermanentDeliveryError(DeliveryError):
    """Give up and show it (5xx replies, refused recipients)."""


class InboxError(CareCallError):
    """The mailbox could not be read this time (connection, login, folder)."""
