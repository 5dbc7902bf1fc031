"""The practitioner's daily digest: what came in, what failed, what is planned.

Once per local day at `practice.digest.at` (the practice's zone), one email
to the practitioner with the replies recorded since the last digest (crisis
first, then concern, each under its own heading, then the rest), opt-outs,
bounces, failed sends and the next 7 days of the plan.

During a break the digest pauses: nothing accumulates away from the reply
log, and the first digest after the break covers the whole break. Only
flagged replies and emergency clients' mail still go out, to
`practitioner.emergency_email` (the main address when unset), as a short
"urgent only" digest, and only on days that have some.

Where a digest stopped is kept in the ledger per kind ("full", "urgent") as
the id of the last reply it covered, so a restart, a failed delivery or a
break never drops or repeats an item. The email is built-in text, not a
template: it goes to the practitioner only. Logs carry counts, never what
anyone wrote.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, TypeVar
from zoneinfo import ZoneInfo

from carecall_mail import logs
from carecall_mail.config.schema import Config
from carecall_mail.core.addresses import base_address
from carecall_mail.core.planner import Planned, holiday_at, plan
from carecall_mail.core.replies.facts import read_as
from carecall_mail.jobs.holiday import own_addresses
from carecall_mail.store.interfaces import DigestState, ReplyLog, Snapshots
from carecall_mail.store.records import OutboxRow, ReplyRow
from carecall_mail.templates.compose import message_id_domain
from carecall_mail.templates.practitioner_mail import practitioner_mail
from carecall_mail.templates.render import (
    longdate,
)
from carecall_mail.transports.outbound import Outgoing, Transport, deliver_one

log = logging.getLogger(__name__)
_T = TypeVar("_T")

__all__ = [
    "PLAN_HORIZON",
    "Digest",
    "DigestStore",
    "build_digest",
    "compose_digest",
    "digest_due",
    "send_digest",
]

PLAN_HORIZON = timedelta(days=7)
# Each reply's text is shown up to this length: the reply log has the rest.
TEXT_LIMIT = 1_500
# Long lists are cut here, with a count of what was left out.
LIST_LIMIT = 200
# Where each kind of digest stopped, in the store's digest state (when it was sent, the
# id of the last reply it covered): its own place, never an inbox cursor (issue 9).
FULL_CURSOR = "digest:full"
URGENT_CURSOR = "digest:urgent"
# With no digest before, the first one covers the last day.
FIRST_LOOKBACK = timedelta(days=1)
# The safety net's levels, as the digest heads them (crisis first).
CRISIS_HEADING = "Crisis: a risk to life or safety (you were alerted at once)"
CONCERN_HEADING = "Needs your attention (concern)"


class DigestStore(ReplyLog, DigestState, Snapshots, Protocol):
    """The roles a digest reads and writes: the SQLite ledger, or the memory store."""

    def failed(self) -> list[OutboxRow]: ...


@dataclass(frozen=True)
class Digest:
    """One digest ready to send, and how far it takes its cursor."""

    kind: str  # "full" | "urgent"
    to_addr: str
    data: bytes
    last_reply_id: int
    counts: dict[str, int]


@dataclass(frozen=True)
class _Since:
    at: datetime | None
    after_id: int | None


def _local_now(config: Config, now: datetime) -> datetime:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    return now.astimezone(config.practice_zone)


def digest_due(config: Config, ledger: DigestStore, now: datetime) -> bool:
    """Is today's digest (full or urgent-only) due and not yet decided?

    Due from `digest.at` local time until the end of that local day, once: a
    worker that was down at `at` sends it as soon as it is back that day; the
    next day's digest covers what a missed day had.
    """
    settings = config.practice.digest
    if not settings.enabled:
        return False
    local = _local_now(config, now)
    if local.time() < settings.at:
        return False
    last = ledger.last_digest_at()
    return last is None or last.astimezone(config.practice_zone).date() < local.date()


def _since(ledger: DigestStore, name: str) -> _Since:
    mark = ledger.digest_state(name)
    if mark is None:
        return _Since(None, None)
    return _Since(mark.at, mark.last_reply_id)


def _new_replies(ledger: DigestStore, since: _Since, now: datetime) -> list[ReplyRow]:
    if since.after_id is not None:
        return ledger.replies(after_id=since.after_id)
    first = now - FIRST_LOOKBACK
    return [r for r in ledger.replies() if r.recorded_at > first]


def compose_digest(config: Config, ledger: DigestStore, now: datetime) -> Digest | None:
    """Today's digest: the full one, or during a break the urgent-only one.

    None when there is nothing to tell (during a break: nothing urgent).
    """
    if holiday_at(config, now) is not None:
        return _urgent(config, ledger, now)
    return _full(config, ledger, now)


def build_digest(config: Config, ledger: DigestStore, now: datetime) -> bytes | None:
    """The digest email as bytes, or None when there is nothing to send."""
    digest = compose_digest(config, ledger, now)
    return None if digest is None else digest.data


async def send_digest(
    config: Config, ledger: DigestStore, transport: Transport, now: datetime
) -> bool:
    """Send today's digest if it is due; True when one was handed to the transport.

    A day with nothing to tell is recorded as done without an email. A digest
    the transport did not take is not recorded: the next tick tries again.
    """
    if not digest_due(config, ledger, now):
        return False
    digest = compose_digest(config, ledger, now)
    paused = holiday_at(config, now) is not None
    if digest is None:
        if paused:
            # Nothing urgent: the full cursor stays put, so all of it waits for the return.
            _advance(ledger, URGENT_CURSOR, now, _last_id(ledger))
        ledger.set_last_digest(now)
        event = "digest.paused_nothing_urgent" if paused else "digest.nothing_new"
        logs.event(log, logging.INFO, event)
        return False
    outcome = await deliver_one(
        transport,
        Outgoing(
            key=f"digest:{digest.kind}:{_local_now(config, now).date().isoformat()}",
            sender=config.practice.practitioner.email,
            recipients=(digest.to_addr,),
            data=digest.data,
        ),
    )
    if outcome.status != "sent":
        logs.event(log, logging.WARNING, "digest.not_sent", kind=digest.kind, status=outcome.status)
        return False
    if digest.kind == "full":
        _advance(ledger, FULL_CURSOR, now, digest.last_reply_id)
    # The urgent cursor never lags the full one: what a full digest showed is not urgent news.
    _advance(ledger, URGENT_CURSOR, now, digest.last_reply_id)
    ledger.set_last_digest(now)
    logs.event(log, logging.INFO, "digest.sent", kind=digest.kind, **digest.counts)
    return True


def _advance(ledger: DigestStore, name: str, now: datetime, last_id: int) -> None:
    previous = ledger.digest_state(name)
    if previous is not None and previous.last_reply_id > last_id:
        last_id = previous.last_reply_id
    ledger.set_digest_state(name, now, last_id)


def _last_id(ledger: DigestStore) -> int:
    rows = ledger.replies()
    return max((r.id for r in rows), default=0)


# ---------------------------------------------------------------- the two digests


def _is_flagged(row: ReplyRow) -> bool:
    return row.flagged and row.kind in ("reply", "optout")


def _is_crisis(row: ReplyRow) -> bool:
    return _is_flagged(row) and row.urgency == "crisis"


def _ours(row: ReplyRow, own: frozenset[str]) -> bool:
    """Automatic mail from the practice itself: our digests, alerts and forwards, which
    come back through the inbox when it is the practitioner's own mailbox. Counted,
    each digest would make the next one, every day."""
    return row.kind == "autoreply" and base_address(row.from_addr) in own


def _full(config: Config, ledger: DigestStore, now: datetime) -> Digest | None:
    since = _since(ledger, FULL_CURSOR)
    rows = _new_replies(ledger, since, now)
    last_id = max((r.id for r in rows), default=since.after_id or _last_id(ledger))
    own = own_addresses(config)
    rows = [r for r in rows if not _ours(r, own)]
    failed_since = since.at or now - FIRST_LOOKBACK
    failed = [r for r in ledger.failed() if r.updated_at > failed_since]
    planned = [
        p for p in plan(config, ledger.view(), now, horizon=PLAN_HORIZON) if p.skip_reason is None
    ]
    flagged = [r for r in rows if _is_flagged(r)]
    crisis = [r for r in flagged if _is_crisis(r)]
    concern = [r for r in flagged if not _is_crisis(r)]
    replies = [r for r in rows if r.kind == "reply" and not _is_flagged(r)]
    optouts = [r for r in rows if r.kind == "optout"]
    bounces = [r for r in rows if r.kind == "bounce"]
    autoreplies = [r for r in rows if r.kind == "autoreply"]
    unknown = [r for r in rows if r.kind == "unknown"]
    counts = {
        "replies": len(flagged) + len(replies),
        "flagged": len(flagged),
        "crisis": len(crisis),
        "optouts": len(optouts),
        "bounces": len(bounces),
        "autoreplies": len(autoreplies),
        "unknown": len(unknown),
        "failed": len(failed),
        "planned": len(planned),
    }
    if not any(counts.values()):
        return None
    tz = config.practice_zone
    today = _local_now(config, now).date()
    text: list[str] = [
        f"Your CareCall digest for {longdate(today)}. Times are in {tz.key}.",
        "",
    ]
    # Most urgent first, each level under its own heading (alerts went out at once).
    if crisis:
        text += _section(CRISIS_HEADING, crisis, config, tz, _reply_block)
    if concern:
        text += _section(CONCERN_HEADING, concern, config, tz, _reply_block)
    text += _section("Replies", replies, config, tz, _reply_block, empty="No new replies.")
    if optouts:
        text += _section(
            "Opt-outs (no more emails to them; `carecall consent ID --on` undoes it)",
            optouts,
            config,
            tz,
            _optout_line,
        )
    if bounces:
        text += _section("Bounces", bounces, config, tz, _bounce_line)
    if failed:
        text += _section("Failed sends", failed, config, tz, _failed_line)
    if autoreplies or unknown:
        text += ["Also received", "-------------"]
        if autoreplies:
            text.append(f"{len(autoreplies)} automatic replies (out of office and the like).")
        if unknown:
            text.append(
                f"{len(unknown)} emails that could not be read: carecall replies --kind unknown"
            )
        text.append("")
    text += _section(
        "Planned for the next 7 days",
        planned,
        config,
        tz,
        _planned_line,
        empty="Nothing planned.",
    )
    subject = f"CareCall digest {today.day} {today:%B}: {_count(counts['replies'], 'reply')}"
    if flagged:
        subject += f", {len(flagged)} flagged"
    if crisis:
        subject += f" ({len(crisis)} urgent)"  # the level's name stays off the lock screen
    practitioner = config.practice.practitioner
    data = _email(config, practitioner.email, subject, text, now)
    return Digest("full", practitioner.email, data, last_id, counts)


def _urgent(config: Config, ledger: DigestStore, now: datetime) -> Digest | None:
    since = _since(ledger, URGENT_CURSOR)
    if since.after_id is None:
        since = _since(ledger, FULL_CURSOR)
    rows = _new_replies(ledger, since, now)
    emergency = {c.id for c in config.clients if c.emergency}
    urgent = [
        r
        for r in rows
        if _is_flagged(r) or (r.client_id in emergency and r.kind in ("reply", "optout"))
    ]
    if not urgent:
        return None
    crisis = [r for r in urgent if _is_crisis(r)]
    concern = [r for r in urgent if _is_flagged(r) and not _is_crisis(r)]
    others = [r for r in urgent if not _is_flagged(r)]
    holiday = holiday_at(config, now)
    assert holiday is not None
    tz = config.practice_zone
    today = _local_now(config, now).date()
    text = [
        f"You are away until {longdate(holiday.to)}: your daily digest is paused and",
        "collects everything for your return. These are the urgent items only:",
        "flagged replies and emails from your emergency clients.",
        "",
        *_section(CRISIS_HEADING, crisis, config, tz, _reply_block),
        *_section(CONCERN_HEADING, concern, config, tz, _reply_block),
        *_section("From your emergency clients", others, config, tz, _reply_block),
    ]
    practitioner = config.practice.practitioner
    to_addr = practitioner.emergency_email or practitioner.email
    subject = f"CareCall urgent only {today.day} {today:%B}: {_count(len(urgent), 'message')}"
    data = _email(config, to_addr, subject, text, now)
    last_id = max(r.id for r in rows)
    return Digest("urgent", to_addr, data, last_id, {"urgent": len(urgent)})


# ---------------------------------------------------------------- text


def _count(n: int, word: str) -> str:
    if n == 1:
        return f"1 {word}"
    return f"{n} {word[:-1] + 'ies' if word.endswith('y') else word + 's'}"


def _section(
    title: str,
    items: Sequence[_T],
    config: Config,
    tz: ZoneInfo,
    line: Callable[[_T, Config, ZoneInfo], Iterable[str]],
    *,
    empty: str | None = None,
) -> list[str]:
    if not items and empty is None:
        return []
    heading = f"{title} ({len(items)})" if items else title
    out = [heading, "-" * len(heading)]
    if not items:
        out.append(empty or "")
    for item in items[:LIST_LIMIT]:
        lines = list(line(item, config, tz))
        out.extend(lines)
        if len(lines) > 1:
            out.append("")  # a blank line between multi-line entries
    if len(items) > LIST_LIMIT:
        out.append(
            f"… and {len(items) - LIST_LIMIT} more: see `carecall replies` / `carecall plan`"
        )
    if out[-1] != "":
        out.append("")
    return out


def _who(row: ReplyRow, config: Config) -> str:
    client = config.client(row.client_id) if row.client_id else None
    if client is not None:
        return f"{client.name} ({client.id}){' [emergency]' if client.emergency else ''}"
    return f"{row.from_addr or 'unknown sender'} (not a client)"


def _when(value: datetime, tz: ZoneInfo) -> str:
    local = value.astimezone(tz)
    return f"{local:%a} {local.day} {local:%b} {local:%H:%M}"


def _reply_block(row: ReplyRow, config: Config, tz: ZoneInfo) -> Iterable[str]:
    head = f"* {_who(row, config)}, {_when(row.received_at, tz)}"
    if row.kind == "optout":
        head += " (asked to stop)"
    out = [head]
    if row.subject:
        out.append(f"  Subject: {' '.join(row.subject.split())}")
    flags = read_as(row.reasons)
    if flags:
        out.append(f"  Flagged: {flags}")
    text = row.text.strip()
    if len(text) > TEXT_LIMIT:
        text = text[:TEXT_LIMIT] + " […]"
    out.extend(f"  | {ln}" for ln in (text or "(no text)").splitlines())
    return out


def _optout_line(row: ReplyRow, config: Config, tz: ZoneInfo) -> Iterable[str]:
    return [f"* {_who(row, config)}, {_when(row.received_at, tz)}"]


def _bounce_line(row: ReplyRow, config: Config, tz: ZoneInfo) -> Iterable[str]:
    kind = "permanent: address suspended" if row.permanent else "temporary"
    addrs = ", ".join(row.bounced) or "no address found"
    client = f" ({row.client_id})" if row.client_id else ""
    return [f"* {addrs}{client}, {_when(row.received_at, tz)}, {kind}"]


def _failed_line(row: OutboxRow, config: Config, tz: ZoneInfo) -> Iterable[str]:
    error = " ".join((row.last_error or "no error recorded").split())
    code = f" {row.last_code}" if row.last_code else ""
    return [f"* {row.kind} to {row.client_id}, {_when(row.updated_at, tz)}:{code} {error}"]


def _planned_line(p: Planned, config: Config, tz: ZoneInfo) -> Iterable[str]:
    return [f"* {_when(p.send_at, tz)}  {p.kind:<14} {p.client_id}"]


def _email(config: Config, to_addr: str, subject: str, lines: list[str], now: datetime) -> bytes:
    text = "\n".join(lines).rstrip("\n") + "\n\n-- \nCareCall Mail\n"
    return practitioner_mail(
        config.practice.practitioner,
        "digest",
        to_addr,
        subject,
        text,
        now=now,
        domain=message_id_domain(config),
    )
