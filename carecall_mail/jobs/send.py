"""One sending pass: plan, enqueue, claim, compose, deliver, record.

The ledger is the source of truth at every step. A row moves queued →
sending → sent | failed | skipped; each outcome is committed the moment the
transport reports it, so a crash loses nothing and resends at most the one
message in flight, with its same Message-ID.

A provider's "too many messages" reply (health.provider_limit) slows the whole
transport, not one message: that message and the rest of the batch go back to
the queue with their attempts given back, the pass stops, and no pass sends
until the pause recorded in jobs/health.py has run out.

`outgoing.max_per_day` (issue 10): the planner spreads what a day cannot hold over the
next open days, and those rows are queued at once for their later day, so waiting
never turns into "past grace". Whatever the plan said, a pass never sends more than
the cap in a practice-local day (the worker may have been down, or a retry came due):
what is left waits, queued with its attempts untouched, for the next open day.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from carecall_mail import logs
from carecall_mail.config.schema import Config
from carecall_mail.core.kinds import KINDS, parse_key
from carecall_mail.core.ledger_view import LedgerView
from carecall_mail.core.planner import (
    Planned,
    day_load,
    max_per_day,
    next_open_day,
    next_opening,
    open_day_start,
    plan,
)
from carecall_mail.jobs import health
from carecall_mail.store.interfaces import Store
from carecall_mail.store.records import Backoff, OutboxRow, QueueItem
from carecall_mail.templates.compose import ComposeError, compose
from carecall_mail.templates.render import Renderer, RenderError
from carecall_mail.transports.outbound import Outcome, Outgoing, Transport

log = logging.getLogger(__name__)

# Small enough that SIGTERM, checked between batches, stops within seconds;
# large enough to keep every SMTP connection of the pool busy.
CLAIM_BATCH = 100

# What a message's check answers once the pass has met a provider's limit: the
# transport hands the message back untouched, and the pass releases its claim.
PAUSED = 'not sent yet: sending paused after the provider\'s "too many messages" reply'


@dataclass
class SendReport:
    planned: int = 0
    enqueued: int = 0
    skipped: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    withheld: int = 0
    due: list[Planned] = field(default_factory=list)
    # The server could not be reached, TLS or log-in failed, or the outbox could not be
    # written: the last such error of the pass (the messages wait, see jobs/health.py).
    connection_error: str | None = None
    # A connection that was lost or timed out in the middle of a message (the server
    # never answered it): the message is retried later, but the pass did not go as
    # planned and says so. The last such error of the pass.
    interrupted: str | None = None
    # Set when the pass did not try the connection: it failed before and its backoff
    # runs until then (jobs/health.py). `connection_error` is then that earlier error.
    waiting_until: datetime | None = None
    # The provider said "too many messages" (in this pass, or in an earlier one whose
    # pause runs until `paused_until`): its words and kind. Not a failure.
    limit: str | None = None
    limit_kind: health.LimitKind | None = None
    paused_until: datetime | None = None
    held: int = 0  # messages handed back to the queue because of it, attempts unused
    # Messages waiting for a later day because of `outgoing.max_per_day`.
    capped: int = 0
    cap: int | None = None
    # Clients whose data made planning fail (planner.PlanProblem): they get nothing.
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Nothing failed: what waits is only a 4xx a server asked us to retry later."""
        return (
            self.failed == 0
            and self.connection_error is None
            and self.interrupted is None
            and not self.problems
        )

    def summary(self) -> str:
        return (
            f"{self.enqueued} queued, {self.sent} sent, {self.retried} to retry, "
            f"{self.failed} failed, {self.skipped} skipped"
            + (f", {self.withheld} withheld" if self.withheld else "")
            + (f", {self.held} held back (sending paused)" if self.held else "")
            + (f", {cap_words(self.capped, self.cap)}" if self.capped and self.cap else "")
        )


def queue_item(p: Planned) -> QueueItem:
    """The outbox row of a planned message, with what the planner decided (its params)."""
    return QueueItem(p.key, p.kind, p.client_id, p.to, p.send_at, p.template, p.params)


def enqueue_due(config: Config, ledger: Store, now: datetime, report: SendReport) -> None:
    """Plan against the ledger and record what is due now and what is past its grace."""
    cap = max_per_day(config)
    planned = plan(config, ledger.view(), now, day_load=cap_load(config, ledger, now))
    _remember_problems(ledger, [str(p) for p in planned.problems])
    for problem in planned.problems:
        # Every pass says it again until clients.yaml is fixed: that client gets nothing.
        report.problems.append(str(problem))
        logs.event(
            log, logging.WARNING, "plan.client_failed", client=problem.client_id, error=str(problem)
        )
    due = [p for p in planned if p.skip_reason is None and p.send_at <= now]
    # Moved to a later day by the cap: queued now, for that day (see the module's doc).
    later = [p for p in planned if p.skip_reason is None and p.deferred_by_cap and p.send_at > now]
    skipped = [(queue_item(p), p.skip_reason) for p in planned if p.skip_reason is not None]
    report.planned += len(planned)
    report.due.extend(due)
    report.cap = cap
    report.capped += len(later)
    report.enqueued += ledger.enqueue((queue_item(p) for p in due + later), now)
    report.skipped += ledger.record_skipped(((i, r) for i, r in skipped if r), now)


def _day_start(config: Config, now: datetime) -> datetime:
    """Midnight of `now`'s practice-local day: where the day's cap starts counting."""
    zone = config.practice_zone
    return datetime.combine(now.astimezone(zone).date(), time(0), tzinfo=zone)


def cap_load(config: Config, ledger: Store, now: datetime) -> dict[date, int] | None:
    """What the ledger already sent or queued per practice day, for the planner's cap
    (None without a cap: nothing to count)."""
    if max_per_day(config) is None:
        return None
    return day_load(config, *ledger.cap_times(_day_start(config, now)), now)


def cap_words(waiting: int, cap: int) -> str:
    """What `send`, `run` and `status` say of messages the daily cap holds back."""
    return f"{waiting} wait for tomorrow's cap (max_per_day: {cap})"


def cap_waiting(config: Config, ledger: Store, now: datetime) -> str | None:
    """`carecall status`: how many queued messages wait for a later day's cap, or None.

    Rows are queued only when due, so a queued row not yet due that was never tried
    (or was held back by the cap) waits for the cap."""
    cap = max_per_day(config)
    if cap is None:
        return None
    waiting = sum(
        1
        for r in ledger.queued()
        if (r.next_attempt_at or r.send_at) > now and (r.attempts == 0 or r.last_error == _CAP_NOTE)
    )
    return cap_words(waiting, cap) if waiting else None


_CAP_NOTE = "waiting for the next open day: the day's max_per_day is reached"


def _room_today(config: Config, ledger: Store, now: datetime, cap: int) -> int:
    """How many more may go in `now`'s practice-local day."""
    sent, _ = ledger.cap_times(_day_start(config, now))
    return max(cap - len(sent), 0)


def _hold_for_cap(config: Config, ledger: Store, now: datetime, report: SendReport) -> None:
    """The day is full: every row still due waits for the next open day's first opening
    (in its client's zone), queued, its attempts untouched."""
    following = next_open_day(config, now.astimezone(config.practice_zone).date())
    for row in ledger.queued():
        if row.send_at > now or (row.next_attempt_at or row.send_at) > now:
            continue
        client = config.client(row.client_id)
        tz = config.client_zone(client) if client else config.practice_zone
        ledger.mark_retry(row.key, _CAP_NOTE, None, now, open_day_start(config, tz, following))
        report.capped += 1


# Where the last send pass left the clients it could not plan, for `carecall status`.
_PLAN_PROBLEMS = "plan_problems"


def _remember_problems(ledger: Store, problems: list[str]) -> None:
    text = json.dumps(problems)
    if (ledger.get_meta(_PLAN_PROBLEMS) or "[]") != text:  # a write only when it changes
        ledger.set_meta(_PLAN_PROBLEMS, text)


def plan_problems(ledger: Store) -> list[str]:
    """The clients the last send pass could not plan, and why (`carecall status`)."""
    try:
        found = json.loads(ledger.get_meta(_PLAN_PROBLEMS) or "[]")
    except ValueError:
        return []
    return [str(p) for p in found] if isinstance(found, list) else []


def _withhold_reason(config: Config, view: LedgerView, row: OutboxRow, now: datetime) -> str | None:
    """Consent withdrawn or the address bounced since the row was queued, or its kind
    says it is too late for it now (a notice once the break has begun): stop at once."""
    client = config.client(row.client_id)
    if client is None:
        return "the client is no longer in clients.yaml"
    if client.email.lower() in view.suspended_addresses:
        return "address suspended after a permanent bounce"
    kind = KINDS.get(row.kind)
    stream = kind.stream if kind else None
    if stream and not view.consents(client.id, stream, getattr(client.consent, stream)):
        return f"consent for {stream} withdrawn"
    parsed = parse_key(row.key) if kind else None
    if kind is not None and parsed is not None:
        return kind.too_late(config, parsed[2], now)
    return None


def _recheck(
    config: Config, ledger: Store, row: OutboxRow, clock: Callable[[], datetime]
) -> Callable[[], str | None]:
    """Consent and suspension read again from the ledger the moment before the transport
    takes the message: an opt-out or `consent --off` during a long broadcast stops it."""
    client = config.client(row.client_id)
    address = client.email if client is not None else row.to_addr

    def check() -> str | None:
        return _withhold_reason(config, ledger.client_view(row.client_id, address), row, clock())

    return check


def _keep_retry_in_window(config: Config, ledger: Store, outcome: Outcome, at: datetime) -> None:
    """A retry goes out inside the client's send window too: a 4xx at 16:59 on a
    Friday is tried again on Monday morning, not at 17:00 or during the night."""
    row = ledger.get(outcome.key)
    client = config.client(row.client_id) if row else None
    if row is None or row.next_attempt_at is None or client is None:
        return
    opening = next_opening(config, config.client_zone(client), row.next_attempt_at)
    if opening > row.next_attempt_at:
        ledger.mark_retry(outcome.key, outcome.detail, outcome.code, at, opening)


async def deliver_claimed(
    config: Config,
    ledger: Store,
    transport: Transport,
    renderer: Renderer,
    now: datetime,
    report: SendReport,
    *,
    clock: Callable[[], datetime] | None = None,
    backoff: Backoff | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> None:
    """Claim due rows in batches and deliver them until none are left (or asked to stop)."""
    stamp = clock or (lambda: now)
    view = ledger.view()
    cap = max_per_day(config)
    report.cap = cap
    sender = config.practice.practitioner.email
    mids: dict[str, str] = {}

    def on_outcome(outcome: Outcome) -> None:
        at = stamp()
        if outcome.status == "withheld" and outcome.detail == PAUSED:
            ledger.release_claim(outcome.key, PAUSED, None, at)
            report.held += 1
            return
        kind = health.provider_limit(outcome.code, outcome.detail)
        if kind is not None and outcome.status in ("retry", "failed"):
            # Not this message's fault: it goes back with its attempt given back, and
            # the check below hands back every message the transport has not sent yet.
            _note_limit(report, kind, outcome)
            ledger.release_claim(outcome.key, outcome.detail, outcome.code, at)
            report.held += 1
            return
        if outcome.status == "sent":
            ledger.mark_sent(outcome.key, mids[outcome.key], at)
            report.sent += 1
        elif outcome.status == "retry" and outcome.setup:
            # The connection failed, not the message: it keeps its attempts, and the
            # pass stops here (jobs/health.py decides when the next one tries).
            report.connection_error = outcome.detail
            ledger.release_claim(outcome.key, outcome.detail, outcome.code, at)
            report.retried += 1
        elif outcome.status == "retry":
            if outcome.code is None:
                # No reply at all, not a 4xx the server chose: the connection broke.
                report.interrupted = outcome.detail
            kwargs = {"backoff": backoff} if backoff else {}
            status = ledger.retry_or_fail(outcome.key, outcome.detail, outcome.code, at, **kwargs)
            if status == "failed":
                report.failed += 1
            else:
                report.retried += 1
                _keep_retry_in_window(config, ledger, outcome, at)
        elif outcome.status == "withheld":
            ledger.mark_skipped(outcome.key, outcome.detail, at)
            report.withheld += 1
        else:
            ledger.mark_failed(outcome.key, outcome.detail, outcome.code, at)
            report.failed += 1

    # After a connection error the rest waits: claiming more would log in again
    # (and again) with the same wrong password within one pass.
    while not should_stop() and report.connection_error is None and report.limit_kind is None:
        batch_size = CLAIM_BATCH
        if cap is not None:
            batch_size = min(batch_size, _room_today(config, ledger, now, cap))
            if batch_size == 0:
                _hold_for_cap(config, ledger, now, report)
                return
        rows = ledger.claim_due(now, batch_size)
        if not rows:
            return
        batch: list[Outgoing] = []
        for row in rows:
            reason = _withhold_reason(config, view, row, stamp())
            if reason is not None:
                ledger.mark_skipped(row.key, reason, stamp())
                report.withheld += 1
                logs.event(log, logging.INFO, "send.withheld", key=row.key)
                continue
            try:
                assert row.message_id is not None
                composed = compose(config, renderer, row, message_id=row.message_id, now=stamp())
            except ComposeError as exc:
                # The practice changed since the row was queued (client, rule or
                # holiday removed or moved): the message no longer applies.
                ledger.mark_skipped(row.key, str(exc), stamp())
                report.withheld += 1
                logs.event(log, logging.INFO, "send.stale", key=row.key)
                continue
            except Exception as exc:
                # One broken template (or a subject the check refuses) or unforeseen
                # bug never stops the others. Trying again cannot mend it, and retrying
                # until its day had passed hid it: failed at once, shown by status and
                # the digest; `carecall retry` queues it again once the file is fixed.
                error = (
                    str(exc)
                    if isinstance(exc, RenderError)
                    else f"cannot compose the message: {type(exc).__name__}: {exc}"
                )
                ledger.mark_failed(row.key, error, None, stamp())
                report.failed += 1
                log.warning(
                    "send.compose_failed",
                    extra={"event": "send.compose_failed", "key": row.key, "error": error},
                    exc_info=not isinstance(exc, (ComposeError, RenderError)),
                )
                continue
            batch.append(
                Outgoing(
                    row.key,
                    sender,
                    (composed.to_addr,),
                    composed.data,
                    check=_unless_paused(report, _recheck(config, ledger, row, stamp)),
                )
            )

        mids.update((row.key, row.message_id or "") for row in rows)
        if batch:
            await transport.deliver(batch, on_outcome)


def _unless_paused(report: SendReport, check: Callable[[], str | None]) -> Callable[[], str | None]:
    def paused_or_check() -> str | None:
        return PAUSED if report.limit_kind is not None else check()

    return paused_or_check


def _note_limit(report: SendReport, kind: health.LimitKind, outcome: Outcome) -> None:
    """Remember the pass's limit; a daily one outweighs a rate one met beside it."""
    if report.limit_kind is None:
        logs.event(log, logging.WARNING, "send.paused", kind=kind, code=outcome.code)
    if report.limit_kind is None or (kind == "daily" and report.limit_kind == "rate"):
        report.limit, report.limit_kind = outcome.detail, kind


def next_day_window(config: Config, now: datetime) -> datetime:
    """When the send window opens on the day after `now` (practice time): where a
    pause after a daily limit ends."""
    zone = config.practice_zone
    tomorrow = now.astimezone(zone).date() + timedelta(days=1)
    return next_opening(config, zone, datetime.combine(tomorrow, time(0), tzinfo=zone))


def _record_health(config: Config, ledger: Store, report: SendReport, now: datetime) -> None:
    """What `carecall status` shows of the outgoing connection: the last error, the
    last successful send, and a pause after a provider's limit. A pass that had
    nothing to send says nothing about it."""
    if report.waiting_until is not None:
        return  # not tried: nothing new to say
    state = health.load(ledger, "outgoing")
    trouble = report.connection_error or report.interrupted
    if trouble is not None:
        state = health.after_failure(state, trouble, now)
    elif report.sent and report.limit_kind is None:
        state = health.after_success(state, now)
    elif report.sent:
        state = replace(state, last_ok_at=now)  # the pause, not a success, decides the wait
    if report.limit_kind is not None and report.limit is not None:
        state = health.after_limit(
            state, report.limit_kind, report.limit, now, next_day_window(config, now)
        )
        report.paused_until = state.paused_until
    elif trouble is None and not report.sent:
        return
    health.save(ledger, state)


def send_pass(
    config: Config,
    ledger: Store,
    make_transport: Callable[[], Transport],
    renderer: Renderer,
    now: datetime,
    *,
    clock: Callable[[], datetime] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    respect_backoff: bool = False,
) -> SendReport:
    """Plan, enqueue what is due, and deliver every due row: one tick of the send job.

    The transport lives for one pass: its SMTP connections are reused for every
    message of the pass (a broadcast) and closed at its end, so a worker that
    is idle between ticks holds no connection open.
    `respect_backoff` (the worker): while the outgoing connection's backoff after a
    failure runs, enqueue only and do not connect; a log-in that failed is not tried
    every minute. A manual `carecall send` tries at once, as the practitioner asked.
    A pause after a provider's "too many messages" holds for both: sending again
    before it ends only meets the limit again (and risks the account being locked).
    """
    report = SendReport()
    enqueue_due(config, ledger, now, report)
    state = health.load(ledger, "outgoing")
    if state.paused(now):
        report.limit, report.limit_kind = state.limit, state.limit_kind
        report.paused_until = state.paused_until
        logs.event(log, logging.DEBUG, "send.paused", kind=state.limit_kind)
        return report
    if respect_backoff and state.waiting(now):
        report.connection_error = state.last_error
        report.waiting_until = state.retry_at
        return report

    async def run() -> None:
        transport = make_transport()
        try:
            await deliver_claimed(
                config,
                ledger,
                transport,
                renderer,
                now,
                report,
                clock=clock,
                should_stop=should_stop,
            )
        finally:
            await transport.aclose()

    asyncio.run(run())
    _record_health(config, ledger, report, (clock or (lambda: now))())
    return report
