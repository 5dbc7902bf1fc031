"""The `carecall` command: a thin layer that parses arguments and calls the shell.

Every command takes `-c/--config DIR`; commands whose result depends on time
take `--now ISO-8601`, so that anything can be replayed.
"""

from __future__ import annotations

import argparse
import csv
import email
import email.policy
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from importlib import resources
from pathlib import Path

from carecall_mail import __version__, logs
from carecall_mail.app.runtime import (
    environment_problems,
    ledger_path,
    make_inbox,
    make_transport,
    open_ledger,
    outbox_dir,
    practitioner_dir,
)
from carecall_mail.app.worker import Worker, inbox_pass, replay_clock
from carecall_mail.config.loading import FILES, load_config
from carecall_mail.config.schema import Config, ImapIncoming, SmtpOutgoing
from carecall_mail.core.addresses import normalise
from carecall_mail.core.errors import CareCallError, ConfigError
from carecall_mail.core.ledger_view import ALL_STREAMS, STREAMS
from carecall_mail.core.planner import Planned, max_per_day, next_opening, plan
from carecall_mail.jobs import health
from carecall_mail.jobs.holiday import holiday_status
from carecall_mail.jobs.send import (
    cap_load,
    cap_waiting,
    plan_problems,
    queue_item,
    send_pass,
)
from carecall_mail.store import continuity
from carecall_mail.store.records import URGENCIES, OutboxRow, OutboxStatus
from carecall_mail.store.sqlite import Ledger
from carecall_mail.templates.compose import Message, compose
from carecall_mail.templates.preflight import planned_problems, warnings
from carecall_mail.templates.render import Renderer, check_templates

PREVIEW_DAYS = 400
# Stands in for practice.yaml's practitioner when that file is broken.
SAMPLE_PRACTITIONER = {
    "name": "Sample Practitioner",
    "email": "practitioner@example.org",
    "emergency_email": None,
    "signature": "Sample Practitioner",
}

Handler = Callable[[argparse.Namespace], int]


def parse_now(value: str | None) -> datetime:
    """`--now`: an ISO-8601 instant; a value without an offset is taken as UTC."""
    if value is None:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--now {value!r}: expected ISO-8601, e.g. 2026-12-01T09:30:00+01:00"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _now_arg(value: str) -> str:
    """argparse `type` for --now: a bad instant is a usage error (exit 2), not a traceback."""
    parse_now(value)
    return value


MAX_DAYS = 3660  # ten years: far enough for any plan, well inside datetime's range


def _days_arg(value: str) -> int:
    try:
        days = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--days {value!r}: expected a whole number") from None
    if not 0 <= days <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"--days {value}: expected 0 to {MAX_DAYS}")
    return days


def _no_practice_here(config_dir: Path) -> str | None:
    """When none of the three files is in `config_dir`: where it looked and what to do,
    in one line rather than three "file is missing"."""
    if any((config_dir / name).exists() for name in FILES):
        return None
    looked = config_dir.absolute()
    if all((config_dir / "config" / name).is_file() for name in FILES):
        return f"no practice files in {looked}: did you mean -c {config_dir / 'config'}?"
    return (
        f"no practice here: looked for {', '.join(FILES)} in {looked}; "
        "cd into your practice folder (the one holding config/), name it with -c DIR, "
        "or write an example practice with `carecall init DIR`"
    )


def load_checked(config_dir: Path) -> Config:
    """Load the config and check its templates; ConfigError lists every problem."""
    nowhere = _no_practice_here(config_dir)
    if nowhere:
        raise CareCallError(nowhere)
    try:
        config = load_config(config_dir)
    except ConfigError as exc:
        # Check the templates the schedules name anyway: a practitioner fixing files
        # should see every problem in one go, not the template errors next time.
        templates = config_dir.absolute().parent / "templates"
        present = {
            name: kind
            for name, kind in exc.template_kinds.items()
            if (templates / f"{name}.j2").is_file()
        }
        more = check_templates(templates, present, SAMPLE_PRACTITIONER) if present else []
        if not more:
            raise
        raise ConfigError([*exc.problems, *more]) from None
    problems = check_templates(
        config.templates_dir, config.template_names(), config.practice.practitioner
    )
    if problems:
        raise ConfigError(problems)
    return config


# ---------------------------------------------------------------- commands


def _init_refusal(target: Path, force: bool) -> str | None:
    """Why `init` will not write into `target`, in words that say what to type instead."""
    if target.name == "config" or (target / "practice.yaml").exists():
        # `carecall init ~/practice/config` would write config/config/clients.yaml,
        # which no command then finds.
        return (
            f"{target} is a config/ folder: init writes config/ and templates/ inside "
            f"the practice folder; run `carecall init {target.parent}` instead"
        )
    if not force and target.is_dir() and any(target.iterdir()):
        if (target / "config").is_dir() and any((target / "config").iterdir()):
            return (
                f"{target / 'config'} exists and is not empty; use --force to overwrite "
                "the example files in it"
            )
        return (
            f"{target} exists and is not empty: init writes a new practice folder; "
            "give a new folder's name (e.g. `carecall init ~/practice`), "
            "or use --force to write the example into this one"
        )
    return None


def cmd_init(args: argparse.Namespace) -> int:
    target = Path(args.dir)
    example = resources.files("carecall_mail") / "example"
    written: list[str] = []
    refusal = _init_refusal(target, args.force)
    if refusal:
        print(f"carecall init: {refusal}", file=sys.stderr)
        return 1
    for part in ("config", "templates"):
        destination = target / part
        destination.mkdir(parents=True, exist_ok=True)
        source = example / part
        for item in sorted(source.iterdir(), key=lambda p: p.name):
            if item.is_file() and not item.name.startswith("."):
                (destination / item.name).write_bytes(item.read_bytes())
                written.append(str(destination / item.name))
    print(f"wrote an example practice to {target}:")
    for path in written:
        print(f"  {path}")
    print(f"next: carecall validate -c {target / 'config'}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    config = load_checked(Path(args.config))
    for warning in warnings(config):
        print(warning, file=sys.stderr)
    try:  # the files may be fine while the ledger is lost: say so here too
        continuity.check_ledger(ledger_path(config))
    except continuity.LedgerLost as exc:
        print(f"carecall validate: warning: {exc}", file=sys.stderr)
    # With the real clients' data: what the send pass would refuse is refused now;
    # and what this machine lacks (a CA file, a password variable).
    problems = [*planned_problems(config, parse_now(args.now)), *environment_problems(config)]
    if problems:
        raise ConfigError(problems)
    rules = len(config.schedules.checkins)
    templates = len(config.template_names())
    holidays = len(config.schedules.holidays)
    print(
        f"{args.config}: OK: {len(config.clients)} clients, {rules} check-in rules, "
        f"{holidays} holiday{'s' if holidays != 1 else ''}, {templates} templates"
    )
    return 0


def _open(args: argparse.Namespace) -> tuple[Config, Ledger]:
    config = load_checked(Path(args.config))
    return config, open_ledger(config)


def _local(moment: datetime, config: Config, client_id: str | None) -> datetime:
    client = config.client(client_id) if client_id else None
    zone = config.client_zone(client) if client else config.practice_zone
    return moment.astimezone(zone)


def cmd_plan(args: argparse.Namespace) -> int:
    config, ledger = _open(args)
    now = parse_now(args.now)
    with ledger:
        load = cap_load(config, ledger, now)
        items = plan(config, ledger.view(), now, horizon=timedelta(days=args.days), day_load=load)
    for problem in items.problems:
        print(f"carecall plan: {problem}", file=sys.stderr)
    # A client that cannot be planned gets nothing: a failure, for scripts too.
    failed = 1 if items.problems else 0
    past = [p for p in items if p.skip_reason]
    # The JSON and the table list the same rows: a script reading --json must not
    # see "planned" messages the table says will never be sent.
    shown = items if args.all else [p for p in items if not p.skip_reason]
    if args.json:
        for item in shown:
            print(json.dumps(item.to_json(), ensure_ascii=False))
        return failed
    rows = [
        [
            _local(p.send_at, config, p.client_id).strftime("%a %Y-%m-%d %H:%M %Z"),
            p.kind,
            p.client_id,
            p.to,
            p.template,
            p.key,
            _plan_note(p, now, config),
        ]
        for p in shown
    ]
    print(
        table(["send at (client's time)", "kind", "client", "to", "template", "key", "note"], rows)
    )
    due = sum(1 for p in items if p.skip_reason is None and p.send_at <= now)
    print(f"{len(items) - len(past)} planned in the next {args.days} days ({due} due now)")
    if past and not args.all:
        print(
            f"{len(past)} long past their grace will be recorded as skipped, never sent "
            "(--all lists them)"
        )
    return failed


def _plan_note(p: Planned, now: datetime, config: Config) -> str:
    """The `carecall plan` table's note: skipped, due now, or moved by the daily cap."""
    if p.skip_reason:
        return f"skip: {p.skip_reason}"
    if p.send_at <= now:
        return "due now"
    if p.deferred_by_cap:
        return f"moved by the daily cap (max_per_day: {max_per_day(config)})"
    return ""


def cmd_preview(args: argparse.Namespace) -> int:
    config, ledger = _open(args)
    now = parse_now(args.now)
    with ledger:
        item = _message_for(config, ledger, args.key, now)
        message_id = ledger.message_id(args.key)
    composed = compose(config, Renderer(config.templates_dir), item, message_id=message_id, now=now)
    message = email.message_from_bytes(composed.data, policy=email.policy.default)
    if args.raw:
        sys.stdout.write(composed.data.decode("ascii", "replace").replace("\r\n", "\n"))
        return 0
    for name in ("From", "To", "Subject", "Date", "Message-ID", "List-Unsubscribe"):
        if message[name]:
            print(f"{name}: {message[name]}")
    print()
    plain = message.get_body(("plain",))
    if isinstance(plain, EmailMessage):
        print(plain.get_content().replace("\r\n", "\n"), end="")
    html = message.get_body(("html",))
    if args.html:
        if not isinstance(html, EmailMessage):
            print(f"carecall preview: {args.key} has no HTML part", file=sys.stderr)
            return 1
        Path(args.html).write_text(html.get_content(), encoding="utf-8")
        print(f"(HTML part written to {args.html})")
    elif isinstance(html, EmailMessage):
        print("(this message also has an HTML part: --html FILE writes it)")
    return 0


def _message_for(config: Config, ledger: Ledger, key: str, now: datetime) -> Message:
    """The outbox row of `key`, or else the message the planner plans under it."""
    row = ledger.get(key)
    if row is not None:
        return row
    for item in plan(config, ledger.view(), now, horizon=timedelta(days=PREVIEW_DAYS)):
        if item.key == key:
            return item
    raise CareCallError(
        f"{key}: no such message in the ledger or planned in the next {PREVIEW_DAYS} days "
        "(see `carecall plan --days N`)"
    )


def cmd_send(args: argparse.Namespace) -> int:
    config, ledger = _open(args)
    now = parse_now(args.now)
    with ledger:
        if args.dry_run:
            items = plan(config, ledger.view(), now, day_load=cap_load(config, ledger, now))
            due = [p for p in items if p.skip_reason is None and p.send_at <= now]
            for p in due:
                print(f"would send {p.key} to {p.client_id} <{p.to}>")
            skipped = [p for p in items if p.skip_reason]
            for p in skipped:
                print(f"would skip {p.key}: {p.skip_reason}")
            print(f"dry run: {len(due)} to send, {len(skipped)} to skip; nothing written")
            return 0
        with ledger.sender_lock():
            ledger.recover(now)
            report = send_pass(
                config,
                ledger,
                lambda: make_transport(config),
                Renderer(config.templates_dir),
                now,
            )
        quiet = report.sent or report.paused_until  # a pause says itself when sending resumes
        line = next_send_line(config, ledger, now) if not quiet else None
    print(report.summary())
    if report.skipped:
        print(SKIPPED_HINT)
    if line:
        print(line)
    if report.paused_until is not None:
        until = f"{_when(report.paused_until, config)} (practice time)"
        print(health.pause_line(report.limit_kind, report.limit, until))
    if report.connection_error is not None:
        _say_connection_error("send", "outgoing", report.connection_error)
    elif report.interrupted is not None:
        _say_connection_error("send", "outgoing", report.interrupted)
    for problem in report.problems:
        print(f"carecall send: {problem}", file=sys.stderr)
    if report.failed:
        print(
            f"carecall send: {report.failed} message(s) failed: `carecall status` shows "
            "why; `carecall retry --failed` queues them again once the cause is fixed",
            file=sys.stderr,
        )
    # A 4xx the server asked us to retry later is not a failure; anything else is.
    return 0 if report.ok else 1


def _say_connection_error(command: str, connection: health.Connection, error: str) -> None:
    print(f"carecall {command}: {error}", file=sys.stderr)
    print(
        f"  what to do: {health.advice(connection, error)}; the messages wait in the queue",
        file=sys.stderr,
    )


def cmd_run(args: argparse.Namespace) -> int:
    config_dir = Path(args.config)
    start = parse_now(args.now) if args.now else None
    clock = (
        (lambda: start)
        if (start and args.once)
        else (replay_clock(start) if start else (lambda: datetime.now(UTC)))
    )
    problems = environment_problems(load_checked(config_dir))
    if problems:
        raise ConfigError(problems)  # the worker does not start on them
    worker = Worker(config_dir, load_checked, clock=clock, replay=start is not None)
    print(f"carecall run: {where_mail_goes(worker.current.config)}", file=sys.stderr)
    failed: list[str] = []
    try:
        with worker.ledger.sender_lock():
            if args.once:
                sent_before = worker.ledger.counts()[OutboxStatus.SENT]
                worker.once()
                if worker.interrupted:
                    print(
                        "carecall run: stopped by a signal before the pass was done; "
                        "nothing is lost: what was not sent waits in the queue",
                        file=sys.stderr,
                    )
                    return 1
                moment = worker.clock()
                state = health.load(worker.ledger, "outgoing")
                if state.paused(moment):
                    until = f"{_when(state.paused_until, worker.current.config)} (practice time)"
                    print(health.pause_line(state.limit_kind, state.limit, until))
                elif worker.ledger.counts()[OutboxStatus.SENT] == sent_before:
                    line = next_send_line(worker.current.config, worker.ledger, moment)
                    if line:
                        print(line)
            else:
                print(
                    f"carecall worker running for {config_dir} (Ctrl-C or SIGTERM stops it)",
                    file=sys.stderr,
                )
                worker.forever()
        _print_status_line(worker.ledger)
        failed = sorted(set(worker.failures))
        if failed:
            print(
                f"carecall run: the {', '.join(failed)} job failed (see the log above); "
                "`carecall status` says what to do",
                file=sys.stderr,
            )
    finally:
        worker.close()
    return 1 if failed and args.once else 0


def where_mail_goes(config: Config) -> str:
    """Said once when the worker starts: a newcomer on the Maildir default must not
    believe her clients are being mailed."""
    out = config.practice.outgoing
    if isinstance(out, SmtpOutgoing):
        login = f" as {out.username}" if out.username else ""
        return f"mail goes out through {out.host}:{out.port} ({out.security}){login}"
    return (
        f"mail reaches no one until `outgoing` in practice.yaml is SMTP: client mail "
        f"is written to {outbox_dir(config)}, your digests and alerts to "
        f"{practitioner_dir(config)} (Maildir folders, readable with any mail program)"
    )


NEXT_LOOKAHEAD = timedelta(days=30)


def next_send_line(config: Config, ledger: Ledger, now: datetime) -> str | None:
    """When nothing went out: what waits, and when the next message goes (practice time).

    A newcomer who runs `run --once` at 07:02 should read that the send window
    opens at 09:00, not wonder why nothing happened.
    """
    upcoming = [
        p
        for p in plan(config, ledger.view(), now, horizon=NEXT_LOOKAHEAD)
        if p.skip_reason is None and p.send_at > now
    ]
    if not upcoming:
        return None
    zone = config.practice_zone
    first = min(upcoming, key=lambda p: p.send_at)
    when = first.send_at.astimezone(zone)
    shown = f"{when:%a %Y-%m-%d %H:%M} {zone.key}"
    # Due today or earlier (in the client's own calendar) but outside the window.
    waiting = [p for p in upcoming if p.due <= now.astimezone(p.send_at.tzinfo).date()]
    if waiting:
        first_waiting = min(waiting, key=lambda p: p.send_at).send_at.astimezone(zone)
        return (
            f"nothing is due yet: {len(waiting)} message(s) wait for the send window, "
            f"which opens {first_waiting:%a %Y-%m-%d %H:%M} {zone.key} (practice time)"
        )
    return f"nothing is due yet: the next message goes {shown} (practice time)"


# After the counts of `send` and `run`: the README's first command ends on "10 skipped",
# which reads like lost mail to a newcomer.
SKIPPED_HINT = (
    "(skipped: never sent, on purpose: too late to be worth sending, or no longer "
    "wanted; `carecall status` says why)"
)


def _print_status_line(ledger: Ledger) -> None:
    counts = ledger.counts()
    print(", ".join(f"{counts[s]} {s.value}" for s in OutboxStatus))
    if counts[OutboxStatus.SKIPPED]:
        print(SKIPPED_HINT)


def cmd_status(args: argparse.Namespace) -> int:
    config, ledger = _open(args)
    now = parse_now(args.now)
    with ledger:
        counts = ledger.counts()
        print("Outbox: " + ", ".join(f"{counts[s]} {s.value}" for s in OutboxStatus))
        capped = cap_waiting(config, ledger, now)
        if capped:
            print(f"  {capped}")
        for line in _connection_lines(config, ledger, now):
            print(line)
        for line in _next_send_lines(config, ledger, now):
            print(line)
        if counts[OutboxStatus.SKIPPED]:
            for line in _skipped_lines(ledger.rows(OutboxStatus.SKIPPED)):
                print(line)
        failed = ledger.failed()
        if failed:
            print(f"\nFailed ({len(failed)}):")
            print(
                table(
                    ["key", "to", "code", "server said"],
                    [
                        [r.key, r.to_addr, str(r.last_code or ""), (r.last_error or "")[:100]]
                        for r in failed
                    ],
                )
            )
        retrying = [r for r in ledger.queued() if r.attempts > 0]
        if retrying:
            print(f"\nRetrying ({len(retrying)}):")
            print(
                table(
                    ["key", "attempts", "next attempt", "last error"],
                    [
                        [
                            r.key,
                            str(r.attempts),
                            _when(r.next_attempt_at, config),
                            (r.last_error or "")[:80],
                        ]
                        for r in retrying
                    ],
                )
            )
        unplanned = plan_problems(ledger)
        if unplanned:
            print(f"\nCannot plan ({len(unplanned)}): fix clients.yaml (`carecall validate`)")
            for line in unplanned:
                print(f"  {line}")
        suspended = ledger.suspended()
        print(f"\nBounced addresses ({len(suspended)}):")
        for s in suspended:
            print(
                f"  {s.address} ({s.client_id or 'no client'}) "
                f"since {_when(s.at, config)}: {s.reason}"
            )
        optouts = [o for o in ledger.consent_overrides() if not o.allowed]
        print(f"\nOpt-outs ({len(optouts)}):")
        for o in optouts:
            print(
                f"  {o.client_id}: {o.stream} off since {_when(o.at, config)} ({o.source})"
                + _shared_address_note(config, o.client_id)
            )
        flagged = ledger.replies(flagged=True)
        crisis = sum(r.urgency == "crisis" for r in flagged)
        print(f"\nFlagged replies ({len(flagged)}, {crisis} crisis):")
        # The last 20, the most urgent first (a crisis never scrolls out under concerns).
        for r in sorted(flagged[-20:], key=lambda r: URGENCIES.index(r.urgency)):
            print(
                f"  {_LEVEL_MARK.get(r.urgency, '!'):<6}  {_when(r.received_at, config)}  "
                f"{r.client_id or r.from_addr}  " + ", ".join(r.reasons)
            )
        for line in _holiday_lines(config, ledger, now):
            print(line)
    return 0


# What a skip reason means, for a practitioner who reads "10 skipped" and fears lost mail.
_SKIP_MEANINGS = {
    "past grace": "too late to be worth sending (due long before, e.g. a session from "
    "before CareCall ran, or downtime)",
}


def _skipped_lines(rows: Sequence[OutboxRow]) -> list[str]:
    """`skipped` in words: never sent, on purpose, and why, counted by reason."""
    reasons: dict[str, int] = {}
    for row in rows:
        reason = (row.skip_reason or "no reason recorded").split(":")[0]
        reasons[reason] = reasons.get(reason, 0) + 1
    return [
        f"\nSkipped ({len(rows)}): never sent, on purpose "
        "(`carecall plan --all` lists what is next to be skipped):",
        *(
            f"  {n} {reason}" + (f": {_SKIP_MEANINGS[reason]}" if reason in _SKIP_MEANINGS else "")
            for reason, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))
        ),
    ]


NEXT_SENDS_SHOWN = 5


def _next_send_lines(config: Config, ledger: Ledger, now: datetime) -> list[str]:
    """The next messages to go, queued or planned, in practice time: what `status`
    answers when a newcomer asks "and when does something happen?"."""
    upcoming: list[tuple[datetime, str, str, str]] = [
        (r.send_at, r.kind, r.client_id, r.key) for r in ledger.queued()
    ]
    upcoming += [
        (p.send_at, p.kind, p.client_id, p.key)
        for p in plan(config, ledger.view(), now, horizon=NEXT_LOOKAHEAD)
        if p.skip_reason is None
    ]
    upcoming.sort()
    lines = [
        f"\nNext sends ({len(upcoming)} in the next {NEXT_LOOKAHEAD.days} days, practice time):"
    ]
    for send_at, kind, client_id, key in upcoming[:NEXT_SENDS_SHOWN]:
        when = "due now" if send_at <= now else _when(send_at, config)
        lines.append(f"  {when:<16}  {kind:<14}  {client_id:<8}  {key}")
    if len(upcoming) > NEXT_SENDS_SHOWN:
        more = len(upcoming) - NEXT_SENDS_SHOWN
        lines.append(f"  and {more} more (`carecall plan --days {NEXT_LOOKAHEAD.days}`)")
    return lines


def _connection_lines(config: Config, ledger: Ledger, now: datetime) -> list[str]:
    """The last error of each connection, in full, with what to do; the last success."""
    out, incoming = config.practice.outgoing, config.practice.incoming
    places: dict[health.Connection, str] = {
        "outgoing": (
            f"smtp {out.host}:{out.port}" if isinstance(out, SmtpOutgoing) else "maildir outbox"
        ),
        "incoming": (
            f"imap {incoming.host}:{incoming.port} {incoming.folder}"
            if isinstance(incoming, ImapIncoming)
            else "maildir inbox"
        ),
    }
    lines = [""]
    for connection, where in places.items():
        state = health.load(ledger, connection)
        lines.extend(health.status_lines(state, where, lambda m: _when(m, config), now))
    return lines


def _shared_address_note(config: Config, client_id: str) -> str:
    """Say when an opt-out stands for an address several clients share (a parent, a child):
    one "stop" from that address switches off every client at it."""
    client = config.client(client_id)
    if client is None:
        return ""
    address = normalise(client.email)
    others = [c.id for c in config.clients if c.id != client_id and normalise(c.email) == address]
    if not others:
        return ""
    return f"; {address} is shared with {', '.join(others)}: a stop from it stops them all"


# How the reply table and `status` mark the safety net's levels.
_LEVEL_MARK = {"crisis": "CRISIS", "concern": "!", "none": ""}


def _holiday_lines(config: Config, ledger: Ledger, now: datetime) -> list[str]:
    return ["", *holiday_status(config, ledger, now)]


def _when(moment: datetime | None, config: Config) -> str:
    if moment is None:
        return "-"
    return moment.astimezone(config.practice_zone).strftime("%Y-%m-%d %H:%M")


def cmd_doctor(args: argparse.Namespace) -> int:
    from carecall_mail.app.doctor import check_config

    config = load_checked(Path(args.config))
    checks = check_config(config, send_test=args.send_test, now=parse_now(args.now))
    for check in checks:
        print(check.line())
    failed = [c for c in checks if not c.ok]
    if failed:
        print(f"{len(failed)} check(s) failed", file=sys.stderr)
    return 1 if failed else 0


def cmd_login(args: argparse.Namespace) -> int:
    from carecall_mail.app.runtime import oauth2_client
    from carecall_mail.transports import oauth2

    config = load_checked(Path(args.config))
    # A missing client secret would only come back as the provider's "invalid_client".
    unset = [p for p in environment_problems(config) if "client_secret_env" in p.message]
    if unset:
        raise ConfigError(unset)
    clients = [c for n in ("outgoing", "incoming") if (c := oauth2_client(config, n))]
    # One sign-in per account: IMAP and SMTP of one mailbox share a refresh token,
    # granted for both connections' scopes even when --connection names one.
    groups: list[list[oauth2.OAuth2Client]] = []
    for client in clients:
        group = next((g for g in groups if g[0].covers(client)), None)
        if group is None:
            groups.append([client])
        else:
            group.append(client)
    chosen = [
        g for g in groups if not args.connection or args.connection in [c.connection for c in g]
    ]
    if not chosen:
        which = args.connection or "outgoing and incoming"
        raise CareCallError(
            f"{which}: no auth: oauth2 in practice.yaml, so there is nothing to sign in to "
            "(the README shows the set-up for Microsoft 365 and Google)"
        )
    for group in chosen:
        first = group[0]
        scopes = tuple(dict.fromkeys(s for c in group for s in c.scopes))
        what = f"{' and '.join(c.connection for c in group)} mail of {first.username}"
        if first.flow == "device":

            def show(code: oauth2.DeviceCode, what: str = what) -> None:
                left = (code.expires_at - datetime.now(UTC)).total_seconds()
                minutes = max(1, round(left / 60))
                print(f"To sign in the {what}:")
                print(f"  open     {code.verification_uri}")
                print(f"  and type {code.user_code}")
                print(f"Waiting for you to finish (the code works for {minutes} minutes) ...")
                sys.stdout.flush()

            token = oauth2.device_login(first, scopes, show=show)
        else:

            def open_url(url: str, what: str = what) -> None:
                print(f"To sign in the {what}, open this address in a browser on this machine:")
                print(f"  {url}")
                print("(No browser here? See the README: Google on a machine without a browser.)")
                print(f"Waiting for the browser to come back (up to {args.wait} seconds) ...")
                sys.stdout.flush()

            token = oauth2.pkce_login(first, scopes, show=open_url, port=args.port, wait=args.wait)
        oauth2.write_token(first.token_file, token)
        print(
            f"Signed in. The sign-in is kept in {first.token_file} (only you can read it); "
            "CareCall renews it by itself. Check it with `carecall doctor`."
        )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    config = load_checked(Path(args.config))
    now = parse_now(args.now)
    target = (
        Path(args.to)
        if args.to
        else (config.state_dir / "backups" / f"ledger-{now.astimezone(UTC):%Y%m%dT%H%M%SZ}.sqlite3")
    )
    continuity.backup(ledger_path(config), target)
    print(f"backed up the ledger to {target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    config = load_checked(Path(args.config))
    optouts, suspended = continuity.restore(
        ledger_path(config), Path(args.file), parse_now(args.now)
    )
    with open_ledger(config) as ledger:  # migrates a backup from an older version
        counts = ledger.counts()
    print(
        f"restored the ledger from {args.file}: "
        + ", ".join(f"{counts[s]} {s.value}" for s in OutboxStatus)
        + f"; kept {optouts} opt-out(s) and {suspended} suspended address(es) "
        "recorded since"
    )
    return 0


def cmd_start_over(args: argparse.Namespace) -> int:
    config = load_checked(Path(args.config))
    now = parse_now(args.now)
    path = ledger_path(config)
    try:
        continuity.check_ledger(path)
    except continuity.LedgerLost:
        pass
    else:
        print(f"carecall start-over: {path} is fine; there is nothing to start over")
        return 1

    def record() -> int:
        with open_ledger(config, check=False) as ledger:
            due = [
                (queue_item(p), "start over: treated as already sent")
                for p in plan(config, ledger.view(), now)
                if p.send_at <= now
            ]
            return ledger.record_skipped(due, now)

    recorded = continuity.start_over(path, now, record)
    print(
        f"started over with a new ledger: {recorded} message(s) already due recorded as "
        "sent; only what falls due from now on will be sent. Opt-outs by email before "
        "today are not known: switch them off again with carecall consent CLIENT --off"
    )
    return 0


def cmd_retry(args: argparse.Namespace) -> int:
    """Failed messages back to the queue, for the next pass, once the cause is fixed."""
    if not args.failed and not args.keys:
        raise CareCallError("name the KEY(s) to retry, or use --failed for every failed one")
    config, ledger = _open(args)
    now = parse_now(args.now)
    with ledger:
        if args.failed:
            requeued = ledger.requeue_failed(None, now)
        else:
            problems = []
            for key in args.keys:
                row = ledger.get(key)
                if row is None:
                    problems.append(f"{key}: no such message in the ledger")
                elif row.status is not OutboxStatus.FAILED:
                    problems.append(f"{key}: it is {row.status.value}, not failed")
            if problems:
                raise CareCallError(
                    "; ".join(problems) + " (`carecall status` lists the failed ones)"
                )
            requeued = ledger.requeue_failed(args.keys, now)
        later = _hold_for_window(config, ledger, requeued, now)
    for key in requeued:
        when = f" (goes at {_when(later[key], config)}, practice time)" if key in later else ""
        print(f"queued again: {key}{when}")
    print(
        f"{len(requeued)} message(s) queued again; the next `carecall send` "
        "(or the worker, within a minute) sends them"
        + (", those outside the send window when it next opens" if later else "")
    )
    return 0


def _hold_for_window(
    config: Config, ledger: Ledger, keys: Sequence[str], now: datetime
) -> dict[str, datetime]:
    """Requeued rows outside their client's send window wait for its next opening, as a
    retry after a 4xx does (jobs/send.py, _keep_retry_in_window): a `retry --failed` typed at
    night must not mail every client at once. Returns the rows held, and until when."""
    held: dict[str, datetime] = {}
    for key in keys:
        row = ledger.get(key)
        client = config.client(row.client_id) if row is not None else None
        if row is None or client is None:
            continue  # a client gone from clients.yaml: the send pass withholds it
        opening = next_opening(config, config.client_zone(client), now)
        if opening > now:
            ledger.mark_retry(key, row.last_error or "", row.last_code, now, opening)
            held[key] = opening
    return held


def cmd_service(args: argparse.Namespace) -> int:
    """`service print` shows the systemd user unit; `service install` writes it."""
    from carecall_mail.app import service

    config = load_checked(Path(args.config))
    spec = service.spec_for(config, args.name)
    if args.action == "print":
        print(service.unit_text(spec), end="")
        return 0
    if not args.user:
        raise CareCallError("only a user unit is written (--user): it runs as you, with your files")
    directory = Path(args.unit_dir) if args.unit_dir else service.unit_dir(os.environ, Path.home())
    done = service.install(spec, directory, force=args.force)
    for line in service.report_lines(spec, done):
        print(line)
    return 0


def cmd_consent(args: argparse.Namespace) -> int:
    config, ledger = _open(args)
    if config.client(args.client) is None:
        raise CareCallError(f"no client with id {args.client!r} in clients.yaml")
    now = parse_now(args.now)
    allowed = bool(args.on)
    with ledger:
        ledger.set_consent(args.client, args.stream, allowed, now, "cli")
    state = "on" if allowed else "off"
    print(
        f"{args.client}: {args.stream} consent {state} "
        "(recorded in the ledger; clients.yaml is unchanged)"
    )
    return 0


def cmd_fetch(args: argparse.Namespace) -> int:
    config, ledger = _open(args)
    now = parse_now(args.now)
    inbox = make_inbox(config)
    with ledger:
        try:
            report, forwarded = inbox_pass(
                config, ledger, inbox, Renderer(config.templates_dir), now, replay=bool(args.now)
            )
        finally:
            inbox.close()
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(report.by_kind.items())) or "nothing new"
    print(
        f"{report.fetched} fetched, {report.recorded} recorded ({kinds}), "
        f"{report.duplicates} already known, {report.flagged} flagged"
        + (f", {report.own} of our own set aside" if report.own else "")
        + (f", {forwarded} pending emergency forwards sent" if forwarded else "")
    )
    return 0


def cmd_replies(args: argparse.Namespace) -> int:
    config, ledger = _open(args)
    since = None
    if args.since:
        try:
            day = date.fromisoformat(args.since)
        except ValueError:
            raise CareCallError(
                f"--since {args.since!r}: expected a date like 2026-11-01"
            ) from None
        since = datetime.combine(day, datetime.min.time(), tzinfo=config.practice_zone)
    with ledger:
        rows = ledger.replies(
            client=args.client, kind=args.kind, since=since, flagged=True if args.flagged else None
        )
    if args.json:
        for row in rows:
            print(json.dumps(row.to_json(), ensure_ascii=False))
        return 0
    if args.csv:
        fields = [
            "message_id",
            "received_at",
            "from",
            "client",
            "in_reply_to",
            "kind",
            "urgency",
            "flagged",
            "reasons",
            "bounced",
            "permanent",
            "text",
        ]
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            data = row.to_json()
            data["reasons"] = "; ".join(data["reasons"])
            data["bounced"] = "; ".join(data["bounced"])
            writer.writerow(data)
        return 0
    print(
        table(
            ["received", "client", "kind", "level", "in reply to", "what they wrote"],
            [
                [
                    _when(r.received_at, config),
                    r.client_id or r.from_addr,
                    r.kind,
                    _LEVEL_MARK.get(r.urgency, "!" if r.flagged else ""),
                    r.in_reply_to or "",
                    " ".join(r.text.split())[:70],
                ]
                for r in rows
            ],
        )
    )
    print(f"{len(rows)} repl{'y' if len(rows) == 1 else 'ies'}")
    return 0


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A plain aligned text table: readable in any terminal, copyable into an email."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend(
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    )
    return "\n".join(lines)


# ---------------------------------------------------------------- wiring


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="carecall",
        description="After-care by email for solo health practitioners.",
    )
    parser.add_argument("--version", action="version", version=f"carecall {__version__}")
    # The same options before the command (`carecall -v run`, as the README writes
    # them) under their own names: a subparser's defaults would overwrite them.
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, dest="global_verbose", help="more log lines"
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", dest="global_quiet", help="errors only"
    )
    parser.add_argument(
        "-c", "--config", metavar="DIR", dest="global_config", help="config directory (./config)"
    )
    logging_options = argparse.ArgumentParser(add_help=False)
    logging_options.add_argument(
        "-v", "--verbose", action="count", default=0, help="more log lines (-vv: debug)"
    )
    logging_options.add_argument("-q", "--quiet", action="store_true", help="errors only")
    common = argparse.ArgumentParser(add_help=False, parents=[logging_options])
    common.add_argument(
        "-c", "--config", default=None, metavar="DIR", help="config directory (./config)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "init",
        parents=[logging_options],
        help="write a working example practice into DIR",
        epilog="example: carecall init ~/practice   (then: cd ~/practice && carecall validate)",
    )
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--force", action="store_true", help="overwrite example files in DIR")
    p.set_defaults(handler=cmd_init)

    now_help = "the time to act as if it were (ISO-8601), for replays"
    p = sub.add_parser(
        "validate",
        parents=[common],
        help="check the YAML files and templates",
        epilog="example: carecall validate -c ~/practice/config",
    )
    p.add_argument("--now", type=_now_arg, help=now_help + "; messages of the 30 days after it")
    p.set_defaults(handler=cmd_validate)

    p = sub.add_parser(
        "plan",
        parents=[common],
        help="what will be sent, to whom, when",
        epilog="example: carecall plan --days 30",
    )
    p.add_argument("--days", type=_days_arg, default=14, help="how far ahead (14)")
    p.add_argument("--json", action="store_true", help="one JSON object a line")
    p.add_argument("--all", action="store_true", help="also list what is past its grace")
    p.add_argument("--now", type=_now_arg, help=now_help)
    p.set_defaults(handler=cmd_plan)

    p = sub.add_parser(
        "preview",
        parents=[common],
        help="one planned message as the client sees it",
        epilog="example: carecall preview checkin:c-002:2026-08-20:three-months",
    )
    p.add_argument("key", metavar="KEY", help="a key from `carecall plan`")
    p.add_argument("--html", metavar="FILE", help="write the HTML part to FILE")
    p.add_argument("--raw", action="store_true", help="print the whole message source")
    p.add_argument("--now", type=_now_arg, help=now_help)
    p.set_defaults(handler=cmd_preview)

    p = sub.add_parser(
        "send",
        parents=[common],
        help="one sending pass",
        epilog="example: carecall send --dry-run",
    )
    p.add_argument("--dry-run", action="store_true", help="show what would be sent; write nothing")
    p.add_argument("--now", type=_now_arg, help=now_help)
    p.set_defaults(handler=cmd_send)

    p = sub.add_parser(
        "run",
        parents=[common],
        help="the worker (--once: one tick of every job)",
        epilog="example: carecall run --once   (or: carecall -v run, Ctrl-C stops it)",
    )
    p.add_argument("--once", action="store_true", help="run each job once, then exit")
    p.add_argument("--now", type=_now_arg, help=now_help)
    p.set_defaults(handler=cmd_run)

    p = sub.add_parser(
        "fetch",
        parents=[common],
        help="one pass over the inbox",
        epilog="example: carecall fetch   (then: carecall replies)",
    )
    p.add_argument("--now", type=_now_arg, help=now_help)
    p.set_defaults(handler=cmd_fetch)

    p = sub.add_parser(
        "replies",
        parents=[common],
        help="the reply log",
        epilog="example: carecall replies --flagged --since 2026-11-01",
    )
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="one JSON object a line")
    fmt.add_argument("--csv", action="store_true", help="CSV with a header row")
    p.add_argument("--client", metavar="ID")
    p.add_argument("--kind", choices=["reply", "autoreply", "bounce", "optout", "unknown"])
    p.add_argument("--since", metavar="DATE", help="received on or after DATE (YYYY-MM-DD)")
    p.add_argument("--flagged", action="store_true", help="only replies that mention trouble")
    p.set_defaults(handler=cmd_replies)

    p = sub.add_parser(
        "status",
        parents=[common],
        help="queued, sent, failed, bounces, opt-outs, flags, and the next sends",
        epilog="example: carecall status -c ~/practice/config",
    )
    p.add_argument("--now", type=_now_arg, help=now_help)
    p.set_defaults(handler=cmd_status)

    p = sub.add_parser(
        "doctor",
        parents=[common],
        help="check every connection for real: connect, TLS, log-in, the IMAP folder",
        epilog="example: carecall doctor --send-test",
    )
    p.add_argument(
        "--send-test", action="store_true", help="also send a test mail to the practitioner"
    )
    p.add_argument("--now", type=_now_arg, help=now_help)
    p.set_defaults(handler=cmd_doctor)

    p = sub.add_parser(
        "login",
        parents=[common],
        help="sign in once with OAuth2 (auth: oauth2), for IMAP and SMTP",
        epilog="example: carecall login   (then: carecall doctor)",
    )
    p.add_argument(
        "--connection", choices=["outgoing", "incoming"], help="only this one (default: both)"
    )
    p.add_argument(
        "--port",
        type=int,
        default=0,
        help="Google: the local port the browser comes back to (default: any free one; "
        "fix it for an SSH tunnel)",
    )
    p.add_argument(
        "--wait", type=int, default=300, help="Google: seconds to wait for the browser (300)"
    )
    p.set_defaults(handler=cmd_login)

    p = sub.add_parser(
        "backup",
        parents=[common],
        help="an online copy of the ledger",
        epilog="example: carecall backup --to /media/usb/ledger.sqlite3",
    )
    p.add_argument("--to", help="the file to write (default var/backups/ledger-TIME.sqlite3)")
    p.add_argument("--now", type=_now_arg, help=now_help)
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "service",
        parents=[common],
        help="run the worker as a systemd user service (install, or print the unit)",
        epilog="example: carecall service install -c ~/practice/config",
    )
    p.add_argument("action", choices=["install", "print"], help="write the unit, or show it")
    p.add_argument(
        "--user",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="a unit for your own systemd (the default; the only kind written)",
    )
    p.add_argument("--unit-dir", metavar="DIR", help="where to write it (~/.config/systemd/user)")
    p.add_argument("--name", default="carecall", help="the unit's name (carecall)")
    p.add_argument("--force", action="store_true", help="replace a unit that differs")
    p.set_defaults(handler=cmd_service)

    p = sub.add_parser(
        "restore",
        parents=[common],
        help="put a ledger backup back in place",
        epilog="example: carecall restore var/backups/ledger-2026-11-23.sqlite3",
    )
    p.add_argument("file", help="a file carecall backup wrote")
    p.add_argument("--now", type=_now_arg, help=now_help)
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser(
        "start-over",
        parents=[common],
        help="a new ledger when the old one is lost and no backup is left",
        epilog="example: carecall start-over   (only after `carecall restore` is impossible)",
    )
    p.add_argument("--now", type=_now_arg, help=now_help)
    p.set_defaults(handler=cmd_start_over)

    p = sub.add_parser(
        "retry",
        parents=[common],
        help="queue failed messages again once the cause is fixed",
        epilog="example: carecall retry --failed",
    )
    p.add_argument("keys", nargs="*", metavar="KEY", help="keys from `carecall status`")
    p.add_argument("--failed", action="store_true", help="every failed message")
    p.add_argument("--now", type=_now_arg, help=now_help)
    p.set_defaults(handler=cmd_retry)

    p = sub.add_parser(
        "consent",
        parents=[common],
        help="record a client's consent change",
        epilog="example: carecall consent c-002 --off --stream checkins",
    )
    p.add_argument("client", metavar="CLIENT", help="client id")
    onoff = p.add_mutually_exclusive_group(required=True)
    onoff.add_argument("--on", action="store_true", help="allow mail again")
    onoff.add_argument("--off", action="store_true", help="stop mail")
    p.add_argument(
        "--stream",
        choices=[*STREAMS, ALL_STREAMS],
        default=ALL_STREAMS,
        help="one kind of mail, or all (default)",
    )
    p.add_argument("--now", type=_now_arg, help=now_help)
    p.set_defaults(handler=cmd_consent)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        # `carecall` alone: the help a newcomer is looking for, not an error line.
        parser.print_help(sys.stderr)
        return 2
    args.verbose = getattr(args, "verbose", 0) + args.global_verbose
    args.quiet = getattr(args, "quiet", False) or args.global_quiet
    if hasattr(args, "config") or args.global_config:
        args.config = getattr(args, "config", None) or args.global_config or "config"
    # The worker reports what it does; one-shot commands only what went wrong.
    level = logging.INFO if args.command == "run" else logging.WARNING
    if args.verbose:
        level = logging.DEBUG if args.verbose > 1 else logging.INFO
    if args.quiet:
        level = logging.ERROR
    logs.configure(level)
    handler: Handler = args.handler
    try:
        return handler(args)
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        count = len(exc.problems)
        print(f"{count} problem{'s' if count != 1 else ''} found", file=sys.stderr)
        return 1
    except CareCallError as exc:
        print(f"carecall {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
