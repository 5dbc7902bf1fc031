"""`carecall run`: the long-running worker.

`schedule` drives the jobs: the send job every minute (plan, enqueue, send),
the inbox job every `poll_every` (or at once when IMAP IDLE reports new mail),
and the digest check every minute. SIGTERM and SIGINT let the message in
flight finish, then stop; whatever is still running `STOP_GRACE` seconds later
(a slow server, a hung connection) is interrupted, its claimed messages put back
in the queue. Config and templates are re-read when they change; a broken edit
is reported and the last good config keeps running.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from types import FrameType
from typing import Protocol, TypeVar

import schedule

from carecall_mail import logs
from carecall_mail.app.runtime import ledger_path, make_inbox, make_transport, open_ledger
from carecall_mail.config.loading import FILES
from carecall_mail.config.schema import Config
from carecall_mail.core.errors import CareCallError, ConfigError, InboxError
from carecall_mail.jobs import digest, health
from carecall_mail.jobs.holiday import HolidayResponder
from carecall_mail.jobs.inbox import FetchReport, fetch_pass
from carecall_mail.jobs.send import send_pass
from carecall_mail.store.continuity import daily_backup
from carecall_mail.store.sqlite import Ledger
from carecall_mail.templates.render import Renderer, check_templates
from carecall_mail.transports.inbound import ImapInbox, MaildirInbox
from carecall_mail.transports.outbound import Transport

log = logging.getLogger(__name__)

SEND_EVERY = 60  # seconds
# Seconds an inbox pass waits for one in another process to end: `carecall fetch`
# waits for the worker's pass (a few seconds as a rule); the worker, which must stop
# within seconds of a SIGTERM, waits briefly and otherwise tries on its next tick.
INBOX_LOCK_WAIT = 120.0
WORKER_INBOX_LOCK_WAIT = 3.0
# Seconds from SIGTERM to an interrupt of whatever has not stopped by itself: long
# enough for one message in flight to finish, short enough for a service manager
# (systemd waits 90 s before SIGKILL, and a SIGKILL leaves claimed rows behind).
STOP_GRACE = 5.0
_T = TypeVar("_T")
LoadConfig = Callable[[Path], Config]


class Interrupted(BaseException):
    """Raised in the worker when it did not stop within STOP_GRACE of a signal.

    A BaseException, like KeyboardInterrupt: the `except Exception` that keeps one
    bad pass or template from stopping the worker must not catch it (a render cut
    short must not fail its message).
    """


class Job(Protocol):
    def __call__(self, now: datetime) -> None: ...


@dataclass
class Loaded:
    config: Config
    renderer: Renderer
    stamp: tuple[tuple[str, float, int], ...]


def _fingerprint(config_dir: Path) -> tuple[tuple[str, float, int], ...]:
    """What changes when the practitioner edits a config file or a template."""
    paths = [config_dir / name for name in FILES]
    templates = config_dir.absolute().parent / "templates"
    if templates.is_dir():
        paths.extend(sorted(templates.glob("*.j2")))
    out: list[tuple[str, float, int]] = []
    for path in paths:
        try:
            st = path.stat()
        except OSError:
            out.append((str(path), -1.0, -1))
            continue
        out.append((str(path), st.st_mtime, st.st_size))
    return tuple(out)


def checked_renderer(config: Config) -> Renderer:
    """A Renderer holding the practice's templates as they are now, checked.

    A Renderer reads each template file once, when first rendered: one made at a
    reload but first used an hour later would send an edit made in between, even
    one over the limits. Checked here, it holds what was validated.
    """
    renderer = Renderer(config.templates_dir)
    problems = check_templates(
        config.templates_dir,
        config.template_names(),
        config.practice.practitioner,
        renderer=renderer,
    )
    if problems:
        raise ConfigError(problems)
    return renderer


class Worker:
    """Runs the jobs against one practice until stopped."""

    def __init__(
        self,
        config_dir: Path,
        load: LoadConfig,
        *,
        clock: Callable[[], datetime],
        replay: bool = False,
    ) -> None:
        self.config_dir = config_dir
        self._load = load
        self.clock = clock
        self.replay = replay  # the clock was set with --now: see fetch_pass
        self.stopping = False
        self._interrupted = False
        # Jobs that failed since the worker started (what `run --once` exits 1 on).
        self.failures: list[str] = []
        stamp = _fingerprint(config_dir)
        config = load(config_dir)  # a broken config at start is the caller's error to show
        self.current = Loaded(config, checked_renderer(config), stamp)
        self.ledger: Ledger = open_ledger(config)
        self._inbox: ImapInbox | MaildirInbox | None = None

    # ------------------------------------------------------------ config reload

    def reload_if_changed(self) -> bool:
        """Re-read the config when a file changed; keep the last good one on error."""
        stamp = _fingerprint(self.config_dir)
        if stamp == self.current.stamp:
            return False
        try:
            config = self._load(self.config_dir)
            renderer = checked_renderer(config)
        except Exception as exc:  # any broken edit: the worker runs on, as it was
            # Remember the broken state so the same errors are not logged every tick.
            self.current = Loaded(self.current.config, self.current.renderer, stamp)
            problems = (
                [str(p) for p in exc.problems]
                if isinstance(exc, ConfigError)
                else [f"{type(exc).__name__}: {exc}"]
            )
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            log.error(
                f"config.reload_failed: {problems[0] if problems else exc}{more}; "
                "the last good config keeps running (`carecall validate` lists all)",
                extra={"event": "config.reload_failed", "problems": len(problems)},
            )
            return False
        if config.state_dir != self.current.config.state_dir:
            logs.event(log, logging.WARNING, "config.state_dir_changed", hint="restart to use it")
        self.current = Loaded(config, renderer, stamp)
        self._close_inbox()
        logs.event(log, logging.INFO, "config.reloaded")
        return True

    # ------------------------------------------------------------ jobs

    def send_job(self, now: datetime) -> None:
        config = self.current.config
        report = send_pass(
            config,
            self.ledger,
            lambda: make_transport(config),
            self.current.renderer,
            now,
            clock=self._stamp_clock(now),
            should_stop=lambda: self.stopping,
            respect_backoff=True,
        )
        if not report.ok:
            self.failures.append("send")
        if report.waiting_until is not None:
            logs.event(log, logging.INFO, "send.waiting", error=f"next try {report.waiting_until}")
        logs.event(
            log,
            logging.INFO,
            "send.pass",
            queued=report.enqueued,
            sent=report.sent,
            retry=report.retried,
            failed=report.failed,
            skipped=report.skipped,
        )

    def fetch_job(self, now: datetime) -> None:
        if self._incoming_waiting(now):
            self.failures.append("fetch")
            return
        report, forwarded = inbox_pass(
            self.current.config,
            self.ledger,
            self._open_inbox(),
            self.current.renderer,
            now,
            replay=self.replay,
            wait=WORKER_INBOX_LOCK_WAIT,
        )
        logs.event(
            log,
            logging.INFO,
            "fetch.pass",
            fetched=report.fetched,
            recorded=report.recorded,
            flagged=report.flagged,
            count=forwarded or None,
        )

    def backup_job(self, now: datetime) -> None:
        """A daily online copy of the ledger, so that a lost one can be restored."""
        made = daily_backup(ledger_path(self.current.config), now)
        if made is not None:
            logs.event(log, logging.INFO, "backup.made", file=made.name)

    def digest_job(self, now: datetime) -> None:
        config = self.current.config
        if not digest.digest_due(config, self.ledger, now):
            return
        sent = asyncio.run(
            _with_transport(config, lambda t, n: digest.send_digest(config, self.ledger, t, n), now)
        )
        if sent:
            logs.event(log, logging.INFO, "digest.sent")

    def _incoming_waiting(self, now: datetime, *, say: bool = True) -> bool:
        """The inbox failed (a wrong password, the server down) and its backoff runs:
        do not log in again yet, so a provider does not lock the account."""
        state = health.load(self.ledger, "incoming")
        if not state.waiting(now):
            return False
        if say:
            logs.event(log, logging.INFO, "fetch.waiting", error=f"next try {state.retry_at}")
        return True

    def _open_inbox(self) -> ImapInbox | MaildirInbox:
        if self._inbox is None:
            self._inbox = make_inbox(self.current.config)
        return self._inbox

    def _close_inbox(self) -> None:
        if self._inbox is not None:
            with suppress(Exception):
                self._inbox.close()
            self._inbox = None

    def _stamp_clock(self, now: datetime) -> Callable[[], datetime]:
        return lambda: now

    def run_job(self, name: str, job: Job) -> None:
        """Run one job; an error is logged and the worker goes on."""
        if self.stopping:
            return
        self.reload_if_changed()
        now = self.clock()
        try:
            job(now)
        except CareCallError as exc:
            self.failures.append(name)
            log.error(f"{name}.failed: {exc}", extra={"event": f"{name}.failed"})
            if name == "send":
                # A pass that failed (the state dir full, the ledger locked) leaves no
                # claimed row behind in `sending`: back to the queue at once.
                with suppress(Exception):
                    self.recover()
        except Exception:  # one bad pass must never stop the worker
            self.failures.append(name)
            log.exception(f"{name}.crashed", extra={"event": f"{name}.crashed"})
            if name == "fetch":
                self._close_inbox()
            if name == "send":
                # Rows the crashed pass had claimed would sit in `sending` until the
                # next start. This process holds the sender lock, so they are not
                # another sender's: queue them again (each claim counts an attempt,
                # so a message that keeps crashing the pass ends failed, not looping).
                with suppress(Exception):
                    self.recover()

    # ------------------------------------------------------------ running

    def recover(self) -> int:
        count = self.ledger.recover(self.clock())
        if count:
            logs.event(log, logging.WARNING, "send.recovered", count=count)
        return count

    def once(self) -> None:
        """One tick of every job, then return (`carecall run --once`).

        SIGTERM and SIGINT stop it as they stop `forever`: the message in flight may
        finish, the jobs not yet begun are not begun, and whatever still runs after
        STOP_GRACE is cut short, its claims back in the queue (`interrupted` says so)."""
        self.recover()
        with self._signals():
            try:
                self.run_job("send", self.send_job)
                self.run_job("fetch", self.fetch_job)
                self.run_job("digest", self.digest_job)
                self.run_job("backup", self.backup_job)
            except Interrupted:
                self._cut_short()

    @property
    def interrupted(self) -> bool:
        """A signal stopped the worker before its jobs were done."""
        return self.stopping

    def _cut_short(self) -> None:
        # What the pass had claimed goes back to the queue now, not at the next start
        # (this process holds the sender lock).
        self._interrupted = True
        logs.event(log, logging.WARNING, "worker.interrupted")
        with suppress(Exception):
            self.recover()
        self._inbox = None  # its connection may be mid-command: not logged out

    def forever(self, *, max_seconds: float | None = None) -> None:
        """Run until SIGTERM/SIGINT (or `max_seconds`, for tests)."""
        self.recover()
        scheduler = schedule.Scheduler()
        poll = self.current.config.practice.incoming.poll_every
        scheduler.every(SEND_EVERY).seconds.do(self.run_job, "send", self.send_job)
        scheduler.every(poll).seconds.do(self.run_job, "fetch", self.fetch_job)
        scheduler.every(SEND_EVERY).seconds.do(self.run_job, "digest", self.digest_job)
        scheduler.every(SEND_EVERY).seconds.do(self.run_job, "backup", self.backup_job)
        started = time.monotonic()
        with self._signals():
            try:
                self._loop(scheduler, started, max_seconds)
            except Interrupted:
                self._cut_short()
        logs.event(log, logging.INFO, "worker.stopped")

    def _loop(
        self, scheduler: schedule.Scheduler, started: float, max_seconds: float | None
    ) -> None:
        # Inside the handlers: a first pass can be a long broadcast, and a SIGTERM
        # during it must still let the message in flight finish.
        scheduler.run_all()
        while not self.stopping:
            if max_seconds is not None and time.monotonic() - started > max_seconds:
                break
            scheduler.run_pending()
            wait = min(max(scheduler.idle_seconds or 1.0, 0.05), 1.0)
            if self._idle_enabled() and not self._incoming_waiting(self.clock(), say=False):
                # IMAP IDLE (RFC 2177): new mail wakes the inbox job at once.
                try:
                    if self._open_inbox().wait_for_new(wait):
                        self.run_job("fetch", self.fetch_job)
                except CareCallError as exc:
                    log.warning(f"imap.idle_failed: {exc}", extra={"event": "imap.idle_failed"})
                    self._close_inbox()
                    # Counted like a failed fetch, so the next log-in backs off too.
                    with suppress(CareCallError):
                        state = health.load(self.ledger, "incoming")
                        health.save(
                            self.ledger, health.after_failure(state, str(exc), self.clock())
                        )
                    time.sleep(wait)
            else:
                time.sleep(wait)

    def _idle_enabled(self) -> bool:
        incoming = self.current.config.practice.incoming
        return incoming.transport == "imap" and bool(getattr(incoming, "idle", False))

    @contextmanager
    def _signals(self) -> Iterator[None]:
        def stop(signum: int, frame: FrameType | None) -> None:
            if self._interrupted:
                return  # already cut short: putting the claimed rows back must finish
            if self.stopping:  # asked twice: no more waiting
                raise Interrupted
            # Let the message in flight finish: the send loop checks this between
            # batches; what still runs after STOP_GRACE is interrupted (SIGALRM).
            self.stopping = True
            logs.event(log, logging.INFO, "worker.stopping", signal=signum)
            signal.setitimer(signal.ITIMER_REAL, STOP_GRACE)

        def overdue(signum: int, frame: FrameType | None) -> None:
            raise Interrupted

        handled = (signal.SIGTERM, signal.SIGINT, signal.SIGALRM)
        previous = {
            sig: signal.signal(sig, overdue if sig == signal.SIGALRM else stop) for sig in handled
        }
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def close(self) -> None:
        self._close_inbox()
        self.ledger.close()


def inbox_pass(
    config: Config,
    ledger: Ledger,
    inbox: ImapInbox | MaildirInbox,
    renderer: Renderer,
    now: datetime,
    *,
    replay: bool = False,
    wait: float = INBOX_LOCK_WAIT,
) -> tuple[FetchReport, int]:
    """One pass of the inbox job: record new mail, apply its effects, answer it on
    holiday; then retry emergency forwards an earlier pass could not deliver,
    whether or not new mail came in. Returns the report and the forwards retried.

    Holds the ledger's inbox lock throughout (waiting up to `wait` seconds for a
    pass in another process to end): two at once would send alerts twice.
    """
    with ledger.inbox_lock(wait):
        return _inbox_pass(config, ledger, inbox, renderer, now, replay=replay)


def _inbox_pass(
    config: Config,
    ledger: Ledger,
    inbox: ImapInbox | MaildirInbox,
    renderer: Renderer,
    now: datetime,
    *,
    replay: bool,
) -> tuple[FetchReport, int]:
    responder = HolidayResponder(config, ledger, renderer)
    try:
        report = fetch_pass(
            config,
            ledger,
            inbox,
            lambda: make_transport(config),
            now,
            responders=[responder],
            replay=replay,
        )
    except InboxError as exc:
        # `carecall status` shows it with what to do; the caller still sees the error.
        with suppress(CareCallError):
            health.save(
                ledger, health.after_failure(health.load(ledger, "incoming"), str(exc), now)
            )
        raise
    with suppress(CareCallError):
        health.save(ledger, health.after_success(health.load(ledger, "incoming"), now))
    forwarded = asyncio.run(_with_transport(config, responder.retry_pending_forwards, now))
    return report, forwarded


async def _with_transport(
    config: Config,
    action: Callable[[Transport, datetime], Awaitable[_T]],
    now: datetime,
) -> _T:
    """Run `action` with a transport opened for it and closed after."""
    transport = make_transport(config)
    try:
        return await action(transport, now)
    finally:
        await transport.aclose()


def replay_clock(start: datetime) -> Callable[[], datetime]:
    """`--now T` for a long-running worker: time starts at T and runs at wall speed."""
    origin = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - origin)
