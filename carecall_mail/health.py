"""Connection health: how each connection (outgoing, incoming) last went, and what to do.

A message that cannot be sent because the server is down, the certificate is not
trusted or the password is wrong is not that message's fault. The pass records
the connection's failure here instead: `carecall status` shows it with what to
do, the exit status of `send`, `run --once` and `fetch` says so, and the next
attempt waits (exponentially, at most 15 minutes), so a wrong password is not
tried again every second until a provider locks the account.

The state is one small JSON value per connection in the ledger's `meta` table.
Everything here but `load`/`save` is pure: time is passed in.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Literal

from carecall_mail.ledger import Ledger

__all__ = [
    "BACKOFF_BASE",
    "BACKOFF_CAP",
    "Connection",
    "Health",
    "advice",
    "after_failure",
    "after_success",
    "backoff",
    "load",
    "save",
    "status_lines",
]

Connection = Literal["outgoing", "incoming"]
BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_CAP = timedelta(minutes=15)  # issue 12: never longer, so a fixed cause shows soon


@dataclass(frozen=True)
class Health:
    """`failures` counts consecutive failed passes; `retry_at` is the earliest next try."""

    connection: Connection
    last_ok_at: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    failures: int = 0
    retry_at: datetime | None = None

    @property
    def failing(self) -> bool:
        return self.failures > 0

    def waiting(self, now: datetime) -> bool:
        """True while the backoff after a failure has not run out."""
        return self.failing and self.retry_at is not None and now < self.retry_at

    def to_json(self) -> str:
        def ts(value: datetime | None) -> str | None:
            return value.isoformat() if value is not None else None

        return json.dumps(
            {
                "last_ok_at": ts(self.last_ok_at),
                "last_error": self.last_error,
                "last_error_at": ts(self.last_error_at),
                "failures": self.failures,
                "retry_at": ts(self.retry_at),
            }
        )

    @classmethod
    def from_json(cls, connection: Connection, text: str | None) -> Health:
        """The stored state; anything unreadable counts as no history at all."""
        try:
            data = json.loads(text) if text else {}
            if not isinstance(data, dict):
                return cls(connection)

            def dt(name: str) -> datetime | None:
                value = data.get(name)
                return datetime.fromisoformat(value) if isinstance(value, str) else None

            failures = data.get("failures")
            error = data.get("last_error")
            return cls(
                connection,
                last_ok_at=dt("last_ok_at"),
                last_error=error if isinstance(error, str) else None,
                last_error_at=dt("last_error_at"),
                failures=failures if isinstance(failures, int) and failures >= 0 else 0,
                retry_at=dt("retry_at"),
            )
        except ValueError:
            return cls(connection)


def backoff(failures: int) -> timedelta:
    """Wait after the `failures`-th failure in a row: 1, 2, 4, 8, then 15 minutes."""
    delay = BACKOFF_BASE
    for _ in range(max(failures, 1) - 1):
        if delay >= BACKOFF_CAP:
            break
        delay *= 2
    return min(delay, BACKOFF_CAP)


def after_failure(health: Health, error: str, now: datetime) -> Health:
    failures = health.failures + 1
    return replace(
        health,
        last_error=error,
        last_error_at=now,
        failures=failures,
        retry_at=now + backoff(failures),
    )


def after_success(health: Health, now: datetime) -> Health:
    """The connection works again: the backoff ends; the last error stays as history."""
    return replace(health, last_ok_at=now, failures=0, retry_at=None)


# What the practitioner can do about an error, by what the error says. First match wins.
_ADVICE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), text)
    for pattern, text in (
        (
            r"^maildir |no space|quota|read-only file system|permission denied|errno (28|13|30)\b",
            "the state dir cannot be written: free some space or fix its permissions "
            "(and that var/outbox and var/inbox are directories)",
        ),
        (
            r"\blog ?in\b|\bauth|\b535\b|\b534\b|credentials|password",
            "check {c}.username and the password in the environment variable "
            "{c}.password_env names (an app password where the provider asks for one)",
        ),
        (
            r"does not offer STARTTLS",
            "the server does not offer STARTTLS: use security: tls (port 465/993) "
            "or ask the provider",
        ),
        (
            r"certificate|CERTIFICATE_VERIFY|ssl|tls|handshake",
            "the server's certificate is not trusted or TLS failed: check {c}.host "
            "(the name on the certificate), {c}.security and {c}.ca_file",
        ),
        (
            r"refused|unreachable|timed out|timeout|name or service|nodename|resolv|"
            r"connect|getaddrinfo|connection",
            "check {c}.host and {c}.port, and that the server is up and reachable "
            "from this machine",
        ),
        (
            r"doesn't exist|does not exist|no such (mailbox|folder)|nonexistent",
            "check {c}.folder: the folder must exist on the server",
        ),
    )
)


def advice(connection: Connection, error: str) -> str:
    """One sentence: what to do about `error` (CareCall tries again by itself meanwhile)."""
    for pattern, text in _ADVICE:
        if pattern.search(error):
            return text.format(c=connection)
    return "read the error above; CareCall tries again by itself"


_DID = {"outgoing": "sent", "incoming": "fetched"}


def status_lines(health: Health, where: str, show: Callable[[datetime | None], str]) -> list[str]:
    """`carecall status`'s lines for one connection; `show` formats a moment."""
    name = health.connection.capitalize()
    last_ok = show(health.last_ok_at) if health.last_ok_at else "never"
    lines = [f"{name} ({where}): last {_DID[health.connection]} {last_ok}"]
    if health.last_error is None:
        lines[0] += "; no error"
        return lines
    if health.failing:
        passes = f"{health.failures} pass{'es' if health.failures != 1 else ''} in a row"
        lines.append(
            f"  FAILING since {show(health.last_error_at)} ({passes}; next try "
            f"{show(health.retry_at)}): {health.last_error}"
        )
        lines.append(f"  what to do: {advice(health.connection, health.last_error)}")
    else:
        lines.append(f"  last error {show(health.last_error_at)}, fixed since: {health.last_error}")
    return lines


# --------------------------------------------------------------------------- storage


def _meta_name(connection: Connection) -> str:
    return f"health.{connection}"


def load(ledger: Ledger, connection: Connection) -> Health:
    return Health.from_json(connection, ledger.get_meta(_meta_name(connection)))


def save(ledger: Ledger, health: Health) -> None:
    ledger.set_meta(_meta_name(health.connection), health.to_json())
