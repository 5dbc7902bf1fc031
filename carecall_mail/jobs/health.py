"""Connection health: how each connection (outgoing, incoming) last went, and what to do.

A message that cannot be sent because the server is down, the certificate is not
trusted or the password is wrong is not that message's fault. The pass records
the connection's failure here instead: `carecall status` shows it with what to
do, the exit status of `send`, `run --once` and `fetch` says so, and the next
attempt waits (exponentially, at most 15 minutes), so a wrong password is not
tried again every second until a provider locks the account.

A provider's "too many messages" reply (`421 4.7.0 ... rate`, `550 5.4.5 Daily
sending quota exceeded`) is no one message's fault either, nor a broken
connection: the whole outgoing transport pauses (`provider_limit`, `after_limit`),
for the same backoff after a rate reply and until the next day's send window
after a daily one. `carecall status` says so and why; nothing fails meanwhile.

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

from carecall_mail.store.interfaces import Store

__all__ = [
    "BACKOFF_BASE",
    "BACKOFF_CAP",
    "Connection",
    "Health",
    "LimitKind",
    "advice",
    "after_failure",
    "after_limit",
    "after_success",
    "backoff",
    "load",
    "provider_limit",
    "save",
    "status_lines",
]

Connection = Literal["outgoing", "incoming"]
# "rate": too many too fast (wait the backoff); "daily": the day's quota is used up.
LimitKind = Literal["rate", "daily"]
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
    # The provider's last "too many messages" reply: its words, which kind, how many
    # passes in a row met one (the backoff), and until when sending pauses.
    limit: str | None = None
    limit_kind: LimitKind | None = None
    limits: int = 0
    paused_until: datetime | None = None

    @property
    def failing(self) -> bool:
        return self.failures > 0

    def waiting(self, now: datetime) -> bool:
        """True while the backoff after a failure has not run out."""
        return self.failing and self.retry_at is not None and now < self.retry_at

    def paused(self, now: datetime) -> bool:
        """True while sending pauses after a provider's "too many messages" reply."""
        return self.paused_until is not None and now < self.paused_until

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
                "limit": self.limit,
                "limit_kind": self.limit_kind,
                "limits": self.limits,
                "paused_until": ts(self.paused_until),
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

            def count(name: str) -> int:
                value = data.get(name)
                return value if isinstance(value, int) and value >= 0 else 0

            error = data.get("last_error")
            limit = data.get("limit")
            kind = data.get("limit_kind")
            return cls(
                connection,
                last_ok_at=dt("last_ok_at"),
                last_error=error if isinstance(error, str) else None,
                last_error_at=dt("last_error_at"),
                failures=count("failures"),
                retry_at=dt("retry_at"),
                limit=limit if isinstance(limit, str) else None,
                limit_kind=kind if kind in ("rate", "daily") else None,
                limits=count("limits"),
                paused_until=dt("paused_until"),
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
    """The connection works again: the backoff ends; the last error stays as history.
    A pass that sent without meeting a limit ends the limit's backoff too."""
    return replace(health, last_ok_at=now, failures=0, retry_at=None, limits=0, paused_until=None)


def after_limit(
    health: Health, kind: LimitKind, words: str, now: datetime, next_day: datetime
) -> Health:
    """The provider said "too many": pause the backoff (rate) or until `next_day`, the
    next day's send window (daily). Not a failure: the connection and password work."""
    limits = health.limits + 1
    until = next_day if kind == "daily" else now + backoff(limits)
    return replace(health, limit=words, limit_kind=kind, limits=limits, paused_until=until)


# A provider's "too many messages" reply, by what it says. RFC 3463 gives X.4.5 ("mail
# system congestion"; Google answers 5.4.5 when the day's quota is used up) and the
# X.7.x security class (where providers put rate limits); the words decide the rest.
_ENHANCED = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")
_RATE_WORDS = re.compile(
    r"\brate\b|rate.?limit|too many|limit (exceeded|reached)|exceeded .{0,40}limit|"
    r"slow down|throttl|submission ?quota",
    re.IGNORECASE,
)
_DAILY_WORDS = re.compile(
    r"\b(daily|per day|a day|24 ?h(ours?)?)\b.{0,60}\b(limit|quota|exceeded)|"
    r"\b(limit|quota)\b.{0,60}\b(daily|per day|a day|24 ?h(ours?)?)\b",
    re.IGNORECASE,
)
# Alike in words but about one message or one recipient: never a reason to pause all.
_NOT_OURS = re.compile(r"greylist|graylist|size|mailbox|over quota|user unknown", re.IGNORECASE)


def provider_limit(code: int | None, words: str) -> LimitKind | None:
    """Whether a reply (`code` and the server's `words`) says we send too much.

    `421 4.7.0 ... rate`, `450 4.7.x`, `451 4.7.0`, `454 4.7.0 Too many login attempts`:
    rate. `5.4.5` or a daily quota or limit named in words: daily. `550 5.7.x ... limit`:
    rate. Anything else (a mailbox over quota, greylisting, a message too large): None.
    """
    if code is None or not 400 <= code < 600 or _NOT_OURS.search(words):
        return None
    enhanced = _ENHANCED.search(words)
    _, subject, detail = enhanced.groups() if enhanced else ("", "", "")
    if _DAILY_WORDS.search(words) or (code >= 500 and (subject, detail) == ("4", "5")):
        return "daily"
    if code < 500:
        if code in (450, 451) and subject == "7":
            return "rate"
        return "rate" if _RATE_WORDS.search(words) else None
    if subject == "7" and (_RATE_WORDS.search(words) or "limit" in words.lower()):
        return "rate"
    return None


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
            # Before the log-in advice: with auth: oauth2 there is no password to check.
            r"carecall login",
            "run `carecall login` (the OAuth2 sign-in expired, was revoked or never done)",
        ),
        (
            r"sign-in server",
            "the provider's sign-in server could not be reached or refused: CareCall "
            "tries again by itself; if it persists, check {c}.oauth2",
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


def pause_line(kind: LimitKind | None, words: str | None, until: str) -> str:
    """What a pause after a provider's "too many messages" reply means, in one line."""
    why = "the day's sending limit is used up" if kind == "daily" else "we sent too many too fast"
    return (
        f"sending is paused until {until}: the provider says {why} ({words}); "
        "the rest waits in the queue, nothing is lost"
    )


def status_lines(
    health: Health,
    where: str,
    show: Callable[[datetime | None], str],
    now: datetime | None = None,
) -> list[str]:
    """`carecall status`'s lines for one connection; `show` formats a moment."""
    name = health.connection.capitalize()
    last_ok = show(health.last_ok_at) if health.last_ok_at else "never"
    lines = [f"{name} ({where}): last {_DID[health.connection]} {last_ok}"]
    if now is not None and health.paused(now):
        until = show(health.paused_until)
        lines.append(f"  PAUSED: {pause_line(health.limit_kind, health.limit, until)}")
        if health.limit_kind != "daily":
            lines.append(
                f"  what to do: nothing; if it recurs, lower {health.connection}.max_per_minute"
            )
        else:
            lines.append(
                f"  what to do: nothing; if it recurs, lower {health.connection}.max_per_day "
                "to the provider's limit"
            )
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


def load(ledger: Store, connection: Connection) -> Health:
    return Health.from_json(connection, ledger.get_meta(_meta_name(connection)))


def save(ledger: Store, health: Health) -> None:
    ledger.set_meta(_meta_name(health.connection), health.to_json())
