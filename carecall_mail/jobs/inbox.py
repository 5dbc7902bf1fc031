"""The inbox job: new mail in, the reply log and its effects out.

`fetch_pass` reads every message the inbox has not handed out before, parses it
with the pure `parse_reply`, records it in the ledger's reply log and applies
what a reply means, once:

- an opt-out switches the client's consent off ("never to someone who said no");
- a permanent bounce suspends the client's address until the YAML changes it;
- a flagged reply sends the practitioner one alert at once, not held for the
  send window: a concern to the emergency address during a break (the main one
  when that fails); a crisis to the main address, and during a break to both;
- a crisis reply gets the practice's `crisis.resources` back at once (jobs/crisis.py);
- responders (the holiday auto-reply and emergency forward) see each new mail.

Once means once across restarts: the reply log's UNIQUE Message-ID refuses a
mail seen before (a restarted worker, a UIDVALIDITY rescan), and effects run
only for mail that was new. Each batch is one ledger transaction, so a reply
and its opt-out or suspension commit together or not at all; the inbox cursor
moves only after the batch is committed.

Alerts are claimed in the store's once-only alert claims (`claim_alert`) in
that same transaction, then sent; `mark_alerted` records the hand-over. A
claim whose delivery failed (or a crash came between) stays pending and is sent
again at the start of the next pass. Crisis replies are claimed the same way, as
claims of their own (`claim_crisis_reply`), and go out before the alert, so that
the alert can say whether the client has the resources.

Never a crash on input (DESIGN.md): anything that goes wrong for one message
becomes an `unknown` record with the raw bytes kept, and the pass goes on.
Ledger and inbox failures (StoreError, InboxError) do raise: the batch was not
committed, the cursor did not move, and the next pass reads it again.

Logs carry event names, client ids and Message-IDs, never what anyone wrote.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import multiprocessing.connection
import multiprocessing.process
import os
import pickle
import signal
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from types import TracebackType
from typing import Protocol

from carecall_mail import logs
from carecall_mail.config.schema import Client, Config
from carecall_mail.core.addresses import base_address, normalise
from carecall_mail.core.errors import CareCallError
from carecall_mail.core.planner import holiday_at
from carecall_mail.core.replies.facts import (
    header_address,
    header_message_id,
    read_as,
)
from carecall_mail.core.replies.parse import (
    Reply,
    ReplyRules,
    SentRef,
    parse_reply,
    unknown_record,
)
from carecall_mail.core.triage.assess import lemmas_asked
from carecall_mail.core.unsubscribe import dedicated_addresses
from carecall_mail.jobs.crisis import (
    CrisisReply,
    crisis_reply_for,
    crisis_reply_of_row,
    pending_crisis_replies,
    send_crisis_reply,
)
from carecall_mail.jobs.holiday import own_addresses
from carecall_mail.store.errors import StoreError
from carecall_mail.store.interfaces import Store
from carecall_mail.store.records import ReplyRecord, SentLookup
from carecall_mail.store.wordforms import word_forms
from carecall_mail.templates.compose import message_id_domain
from carecall_mail.templates.practitioner_mail import practitioner_mail, what_they_wrote
from carecall_mail.templates.render import (
    REVEALING_WORDS,
    address,
    longdate,
)
from carecall_mail.transports.inbound import Fetched, ImapInbox, MaildirInbox
from carecall_mail.transports.outbound import Outcome, Outgoing, Transport, deliver_one

log = logging.getLogger(__name__)

__all__ = [
    "ALERT_PREFIX",
    "FetchReport",
    "ReplyIndexForPass",
    "Responder",
    "alert_id",
    "client_index",
    "fetch_pass",
    "reply_rules",
]

# The transport key of a flagged reply's alert (its Outgoing.key, in logs and outcomes).
ALERT_PREFIX = "alert:"
# An alert is read on a phone: the client's words up to this length, then a pointer.
ALERT_TEXT_LIMIT = 20_000
# Kinds whose flag means a client wrote something alarming in their own words:
# "stop sending these, the pain is worse" is an opt-out and still needs a human.
_ALERT_KINDS = frozenset({"reply", "optout"})


class Responder(Protocol):
    """A hook the inbox job calls for every newly recorded mail, after its effects.

    Must not raise for anything the mail contains; if it does, the exception is
    logged (`fetch.responder_failed`, with the Message-ID) and the pass goes on.

    A responder may also have `claim_in_batch(reply, now)`: called for each new mail
    inside the batch's ledger transaction, before the commit, to claim once-only
    effects that must survive a crash between the commit and `respond` (the mail is
    a duplicate when read again, and no responder sees it twice).
    """

    async def respond(
        self, reply: Reply, raw: bytes, transport: Transport, now: datetime
    ) -> None: ...


@dataclass
class FetchReport:
    """What one pass did. Counts cover this pass only.

    `recorded`, `by_kind` and `flagged` count mail new to the reply log
    (`crisis` the flagged ones at that level; `crisis_replies` the resources sent);
    `optouts` counts clients whose consent an opt-out switched off; `bounces`
    counts addresses a permanent bounce suspended; `alerts_sent` counts alerts
    handed to the transport (retries of earlier passes included); `errors`
    counts messages that hit an internal error (recorded as `unknown`),
    responder failures and alerts not delivered (they stay pending).
    """

    fetched: int = 0
    recorded: int = 0
    duplicates: int = 0
    own: int = 0  # our own alerts, digests and forwards come back: set aside, not recorded
    by_kind: dict[str, int] = field(default_factory=dict)
    flagged: int = 0
    crisis: int = 0
    crisis_replies: int = 0
    optouts: int = 0
    bounces: int = 0
    alerts_sent: int = 0
    errors: int = 0


def alert_id(message_id: str) -> str:
    """The transport key of the alert for this reply (the claim is the bare Message-ID)."""
    return ALERT_PREFIX + message_id


def client_index(config: Config) -> dict[str, str]:
    """Lower-cased address -> client id, from clients.yaml.

    Only the addresses the YAML holds now: a client who changed address is matched
    by an old one only while that one is still listed.
    """
    return {normalise(client.email): client.id for client in config.clients}


def clients_at_address(config: Config, client_id: str, sender: str = "") -> list[str]:
    """The client, and every client sharing the address we mail them at or the sender's."""
    client = config.client(client_id)
    addresses = {normalise(sender)} - {""}
    if client is not None:
        addresses.add(normalise(client.email))
    shared = [c.id for c in config.clients if normalise(c.email) in addresses]
    return list(dict.fromkeys([client_id, *shared]))


def reply_rules(config: Config) -> ReplyRules:
    """The parser's rules from the practice: its own trouble words, our addresses."""
    flag_words = tuple(config.practice.flag_words)
    crisis_words = tuple(config.practice.crisis_words)
    return ReplyRules(
        flag_words=flag_words,
        crisis_words=crisis_words,
        # Their forms from the state dir, expanded once per change of the words: no
        # dictionary loaded in each fetch (store/wordforms.py; built by fetch_pass).
        word_forms=word_forms(config.state_dir, flag_words, crisis_words, build=False),
        # One source of truth with the holiday responder: the practitioner, the
        # emergency and unsubscribe addresses, the IMAP and SMTP log-in names.
        own_addresses=own_addresses(config),
        # Only a dedicated address: mail to the practitioner's own is read for what it asks.
        unsubscribe_addresses=dedicated_addresses(config),
    )


@dataclass(frozen=True)
class ReplyIndexForPass:
    """The parser's read-only index for one pass: our Message-IDs and the clients' addresses."""

    sent: SentLookup
    clients: Mapping[str, str]

    def sent_by_message_id(self, message_id: str) -> SentRef | None:
        ref = self.sent.sent_by_message_id(message_id)
        return None if ref is None else SentRef(key=ref.key, client_id=ref.client_id)

    def client_by_email(self, address: str) -> str | None:
        return self.clients.get(normalise(address))


def _event(level: int, event: str, **fields: object) -> None:
    logs.event(log, level, event, **fields)


# ---------------------------------------------------------------- parsing in parallel

# Below this many messages a batch is parsed here: a pool costs more than it saves.
PARALLEL_MIN_BATCH = 64
# Seconds a worker may take for its part of one batch before the pool is given up.
PARALLEL_TIMEOUT = 120.0


def _parse_items(
    items: Sequence[tuple[bytes, datetime]], index: ReplyIndexForPass, rules: ReplyRules
) -> list[Reply | str]:
    """Parse each mail; a failure of our own code comes back as its exception's name."""
    out: list[Reply | str] = []
    for raw, received_at in items:
        try:
            out.append(parse_reply(raw, index, received_at=received_at, rules=rules))
        except Exception as exc:  # parse_reply is total; this is the belt to its braces
            out.append(type(exc).__name__)
    return out


def _worker_main(
    conn: multiprocessing.connection.Connection, index: ReplyIndexForPass, rules: ReplyRules
) -> None:
    """A forked parse worker: chunks in, parsed chunks out, until its pipe closes."""
    # A forked child inherits the parent's Python signal handlers: under `carecall run`
    # SIGTERM only sets a stop flag, so a service stop left the workers running. The
    # default action again; SIGINT (Ctrl-C reaches the process group) is the parent's.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            items = conn.recv()
        except (EOFError, OSError):
            return
        if items is None:
            return
        conn.send(_parse_items(items, index, rules))


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: multiprocessing.connection.Connection


class BatchParser:
    """Parses batches with `parse_reply`, optionally sharing large ones with processes.

    `parse_reply` is pure and CPU-bound (the email parser and the quote rules cost
    ~0.3 ms a mail). With `workers` > 0, a batch of at least PARALLEL_MIN_BATCH
    mails is cut in `workers + 1` parts: this process parses one while forked
    workers parse the others. The workers start on the first large batch only (a
    first pass over a full mailbox, a catch-up after downtime), so the worker's
    usual pass of a few replies never starts a process. Workers only run the pure
    parser: no ledger, no logging, no sockets. A worker that fails or stalls is
    killed and the batch parsed here. bench/ingest.py measures both ways.

    Each worker has a pipe of its own, not a `multiprocessing.Pool`: a pool worker
    that dies while waiting for a task (a SIGTERM to the process group, the OOM
    killer) takes the pool's shared queue lock with it, and `Pool.terminate()` then
    waits for that lock for ever. Closing here is SIGKILL and a reap: it cannot hang
    and leaves no zombie.
    """

    def __init__(self, index: ReplyIndexForPass, rules: ReplyRules, workers: int) -> None:
        self.index = index
        self.rules = rules
        self.workers = workers if "fork" in multiprocessing.get_all_start_methods() else 0
        self._workers: list[_Worker] = []

    def __enter__(self) -> BatchParser:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        workers, self._workers = self._workers, []
        for worker in workers:  # nothing is pending between batches: no work is lost
            worker.conn.close()
            if worker.process.exitcode is None:
                worker.process.kill()
        for worker in workers:
            worker.process.join()

    def parse(self, batch: Sequence[Fetched]) -> list[Reply | str]:
        items = [(item.raw, item.received_at) for item in batch]
        if self.workers < 1 or len(items) < PARALLEL_MIN_BATCH:
            return _parse_items(items, self.index, self.rules)
        try:
            return self._parallel(items)
        except (multiprocessing.TimeoutError, EOFError, OSError, pickle.PickleError) as exc:
            _event(logging.WARNING, "fetch.parse_pool_failed", error=type(exc).__name__)
            self.close()
            self.workers = 0
            return _parse_items(items, self.index, self.rules)

    def _start(self) -> None:
        # fork: the workers start in milliseconds with the index already in memory.
        context = multiprocessing.get_context("fork")
        for _ in range(self.workers):
            parent, child = context.Pipe()
            process = context.Process(
                target=_worker_main, args=(child, self.index, self.rules), daemon=True
            )
            process.start()
            child.close()
            self._workers.append(_Worker(process, parent))
        _event(logging.INFO, "fetch.parse_pool_started", count=self.workers)

    def _parallel(self, items: list[tuple[bytes, datetime]]) -> list[Reply | str]:
        if not self._workers:
            self._start()
        parts = len(self._workers) + 1
        size = -(-len(items) // parts)
        chunks = [items[start : start + size] for start in range(0, len(items), size)]
        busy = list(zip(self._workers, chunks[1:], strict=False))
        for worker, chunk in busy:
            worker.conn.send(chunk)
        out = _parse_items(chunks[0], self.index, self.rules)
        deadline = time.monotonic() + PARALLEL_TIMEOUT
        for worker, _ in busy:
            # A worker killed or stuck mid-chunk never answers: the timeout turns that
            # into a fallback (a dead one is EOFError at once).
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                raise multiprocessing.TimeoutError
            out.extend(worker.conn.recv())
        return out


# ---------------------------------------------------------------- the pass


def fetch_pass(
    config: Config,
    ledger: Store,
    inbox: ImapInbox | MaildirInbox,
    transport_factory: Callable[[], Transport],
    now: datetime,
    *,
    responders: Sequence[Responder] = (),
    workers: int | None = None,
    replay: bool = False,
) -> FetchReport:
    """One pass over the inbox: record every new mail once, apply its effects, alert.

    `now` (aware) stamps consent changes, suspensions and alerts; a break at `now`
    sends alerts to `emergency_email`. The transport is made by `transport_factory`
    only when something is to be sent, and closed at the end of the pass.
    Call from synchronous code (it runs its own event loop for the transport).
    `workers`: processes that help parse large batches; None (the default) is one
    on a machine with two CPUs or more, 0 parses in this process only. See `BatchParser`.
    `replay`: `now` was given by the user (`--now`), so the inbox's own clock (file
    times, INTERNALDATE) belongs to another timeline: every mail counts as received
    at `now`, and `replies --since` agrees with the replayed dates.
    Raises StoreError or InboxError when the ledger or the inbox fails; never
    for anything a message contains.
    """
    if now.tzinfo is None:
        raise ValueError("fetch_pass needs a timezone-aware now")
    if workers is None:
        workers = 1 if (os.cpu_count() or 1) >= 2 else 0
    job = _Pass(config, ledger, now, responders, workers, replay=replay)
    transport = _LazyTransport(transport_factory)
    with job.parser, asyncio.Runner() as runner:
        try:
            runner.run(job.retry_pending(transport))
            with contextlib.closing(inbox.fetch_new(ledger)) as batches:
                for batch in batches:
                    alerts, fresh = job.record_batch(batch)
                    if alerts or job.crisis_replies or (fresh and responders):
                        runner.run(job.after_batch(alerts, fresh, transport))
        finally:
            runner.run(transport.aclose())
    _keep_word_forms(config, job.rules)
    return job.report


def _keep_word_forms(config: Config, rules: ReplyRules) -> None:
    """Expand the practitioner's words into the state dir once this pass has loaded the
    lemmatiser for them (it had no forms and a reply had a word starting like one): the
    dictionaries are loaded, the expansion costs little more, and no later fetch loads
    them. A pass that never needed them builds nothing."""
    if rules.word_forms is not None or not lemmas_asked():
        return
    try:
        word_forms(config.state_dir, rules.flag_words, rules.crisis_words)
    except Exception as exc:  # the replies are recorded: a cache is never worth failing for
        _event(logging.WARNING, "word_forms.failed", error=type(exc).__name__)


class _Pass:
    """The state of one pass: the parser's index and rules, the report."""

    def __init__(
        self,
        config: Config,
        ledger: Store,
        now: datetime,
        responders: Sequence[Responder],
        workers: int,
        *,
        replay: bool = False,
    ) -> None:
        self.config = config
        self.ledger = ledger
        self.now = now
        self.replay = replay
        self.responders = tuple(responders)
        self.claims: tuple[Callable[[Reply, datetime], None], ...] = tuple(
            claim
            for responder in self.responders
            if (claim := getattr(responder, "claim_in_batch", None)) is not None
        )
        self.clients = client_index(config)
        self.rules = reply_rules(config)
        self.own = self.rules.own_addresses
        self.parser = BatchParser(
            ReplyIndexForPass(ledger.sent_lookup(), self.clients), self.rules, workers
        )
        self.report = FetchReport()
        self.domain = message_id_domain(config)
        # Crisis replies claimed in the current batch, sent by after_batch before its alerts.
        self.crisis_replies: list[CrisisReply] = []
        # Why a crisis mail of this pass got no crisis reply, for its alert (Message-ID -> why).
        self.no_crisis_reply: dict[str, str] = {}
        # What became of the crisis replies sent in this pass, for their alerts.
        self.crisis_outcomes: dict[str, str] = {}

    # -- recording

    def _failed(self, item: Fetched, error: str) -> Reply:
        self.report.errors += 1
        _event(
            logging.ERROR, "fetch.internal_error", mailbox=item.mailbox, uid=item.uid, error=error
        )
        return unknown_record(item.raw, item.received_at, f"internal error: {error}")

    def record_batch(
        self, batch: Sequence[Fetched]
    ) -> tuple[list[ReplyRecord], list[tuple[Reply, bytes]]]:
        """Record one batch and its effects in one transaction.

        Returns the alerts claimed and the new mail (for the responders).
        """
        report = self.report
        report.fetched += len(batch)
        # A mail cannot have arrived after the pass that reads it; and under a replay
        # the inbox's timestamps come from the real clock, not the replayed one.
        batch = [
            replace(item, received_at=self.now)
            if self.replay or item.received_at > self.now
            else item
            for item in batch
        ]
        # Pure, so outside the write lock, and spread over the CPUs when the batch is large.
        results = self.parser.parse(batch)
        parsed = [
            (item, self._failed(item, r) if isinstance(r, str) else r)
            for item, r in zip(batch, results, strict=True)
        ]
        alerts: list[ReplyRecord] = []
        fresh: list[tuple[Reply, bytes]] = []
        by_kind = report.by_kind
        with self.ledger.transaction():
            for item, reply in parsed:
                if reply.ours:
                    # Our alert, digest or forward, back in the practitioner's inbox that
                    # we read: not a client's mail, so not in the reply log at all.
                    report.own += 1
                    _event(
                        logging.INFO, "fetch.own_mail", message_id=reply.message_id, kind=reply.ours
                    )
                    continue
                try:
                    added = self.ledger.record_reply(reply, self.now)
                except StoreError:
                    raise
                except Exception as exc:  # e.g. text SQLite cannot store (lone surrogates)
                    reply = self._failed(item, type(exc).__name__)
                    added = self.ledger.record_reply(reply, self.now)
                if not added:
                    report.duplicates += 1
                    _event(logging.DEBUG, "fetch.duplicate", message_id=reply.message_id)
                    continue
                report.recorded += 1
                by_kind[reply.kind] = by_kind.get(reply.kind, 0) + 1
                _event(
                    logging.INFO,
                    "fetch.recorded",
                    message_id=reply.message_id,
                    client_id=reply.client_id,
                    kind=reply.kind,
                    flagged=reply.flagged,
                )
                self._effects(reply, alerts)
                self._crisis_reply(reply, item.raw)
                for claim in self.claims:
                    claim(reply, self.now)  # in the transaction: committed with the reply
                fresh.append((reply, item.raw))
        return alerts, fresh

    def _effects(self, reply: Reply, alerts: list[ReplyRecord]) -> None:
        """What a new mail changes in the ledger (inside the batch's transaction)."""
        ledger, now = self.ledger, self.now
        if reply.kind == "optout" and reply.client_id is not None:
            # The YAML is not rewritten: the ledger's override wins until `consent --on`.
            # The address asked to stop, so every client at it is switched off (a parent
            # and a child sharing one), not only the one the match happened to pick.
            for stopped in clients_at_address(self.config, reply.client_id, reply.from_addr):
                ledger.set_consent(stopped, "all", False, now, source=f"reply:{reply.message_id}")
                self.report.optouts += 1
                _event(logging.INFO, "fetch.optout", message_id=reply.message_id, client_id=stopped)
        elif reply.kind == "bounce" and reply.permanent:
            for bounced in reply.bounced:
                addr = normalise(bounced)
                client_id = self.clients.get(addr)
                # Only a client's address as the YAML has it; never one of ours (a
                # forged bounce must not stop the practitioner's own mail).
                if client_id is None or addr in self.own:
                    continue
                reason = f"permanent bounce (reply:{reply.message_id})"
                if ledger.suspend_address(addr, client_id, reason, now):
                    self.report.bounces += 1
                    _event(
                        logging.WARNING,
                        "fetch.bounce",
                        message_id=reply.message_id,
                        client_id=client_id,
                    )
        # The practitioner's own mail (a note to self, a copy) is logged but raises no
        # alert: she wrote it.
        from_us = base_address(reply.from_addr) in self.own
        if reply.flagged and reply.kind in _ALERT_KINDS and not from_us:
            self.report.flagged += 1
            _event(
                logging.WARNING,
                "fetch.flagged",
                message_id=reply.message_id,
                client_id=reply.client_id,
            )
            # Claimed in the batch's transaction: committed with the reply, or not at all.
            if ledger.claim_alert(reply.message_id, now):
                alerts.append(reply)
        elif reply.flagged:
            self.report.flagged += 1
        if reply.urgency == "crisis":
            self.report.crisis += 1

    def _crisis_reply(self, reply: Reply, raw: bytes) -> None:
        """Claim the crisis reply this mail gets, if any (inside the batch's transaction)."""
        if reply.urgency != "crisis":
            return
        planned = crisis_reply_for(self.config, reply, raw, self.own)
        if isinstance(planned, str):
            self.no_crisis_reply[reply.message_id] = planned
            _event(
                logging.INFO,
                "fetch.crisis_reply_not_sent",
                message_id=reply.message_id,
                client_id=reply.client_id,
                reason=planned,
            )
            return
        # UNIQUE reply_message_id: committed with the reply, so never claimed twice.
        if self.ledger.claim_crisis_reply(reply.message_id, self.now):
            self.crisis_replies.append(planned)

    # -- after the batch is committed

    async def after_batch(
        self,
        alerts: Sequence[ReplyRecord],
        fresh: Sequence[tuple[Reply, bytes]],
        transport: Transport,
    ) -> None:
        crisis_replies, self.crisis_replies = self.crisis_replies, []
        # The client's resources first: a few hundred milliseconds, and then the alert
        # can tell the practitioner that they have them.
        for item in crisis_replies:
            await self._send_crisis_reply(item, transport)
        for alert in alerts:
            await self._send_alert(alert, transport)
        for reply, raw in fresh:
            for responder in self.responders:
                try:
                    await responder.respond(reply, raw, transport, self.now)
                except Exception as exc:  # one responder's bug never stops the inbox job
                    self.report.errors += 1
                    _event(
                        logging.ERROR,
                        "fetch.responder_failed",
                        message_id=reply.message_id,
                        client_id=reply.client_id,
                        responder=type(responder).__name__,
                        error=type(exc).__name__,
                    )

    async def retry_pending(self, transport: Transport) -> None:
        """Send the crisis replies and alerts an earlier pass claimed but could not hand over."""
        await self.retry_pending_crisis_replies(transport)
        await self.retry_pending_alerts(transport)

    async def retry_pending_crisis_replies(self, transport: Transport) -> None:
        pending = {row.reply_message_id for row in pending_crisis_replies(self.ledger, self.now)}
        if not pending:
            return
        for row in self.ledger.replies(flagged=True):
            if row.message_id not in pending:
                continue
            pending.discard(row.message_id)
            item = crisis_reply_of_row(row, self.own)
            if item is None:
                self.ledger.mark_crisis_replied(row.message_id, self.now)
                continue
            await self._send_crisis_reply(item, transport)
        for message_id in pending:  # the reply left the log: close the claim, or it never ends
            self.ledger.mark_crisis_replied(message_id, self.now)

    async def _send_crisis_reply(self, item: CrisisReply, transport: Transport) -> None:
        try:
            outcome = await send_crisis_reply(self.config, self.ledger, transport, item, self.now)
        except (CareCallError, ValueError, UnicodeError) as exc:
            # Stays pending for the next pass; the alert goes out regardless.
            self.report.errors += 1
            _event(
                logging.ERROR,
                "fetch.crisis_reply_failed",
                message_id=item.message_id,
                client_id=item.client_id,
                error=type(exc).__name__,
            )
            return
        when = self.now.astimezone(self.config.practice_zone)
        if outcome.status == "sent":
            self.report.crisis_replies += 1
            note = f"sent to {item.to_addr} at {when:%H:%M}"
        elif outcome.status == "retry":
            self.report.errors += 1
            note = "not sent yet: the mail server put it off; tried again on the next inbox pass"
        else:
            self.report.errors += 1
            note = f"not sent: the mail server refused it ({outcome.code or 'no code'})"
        self.crisis_outcomes[item.message_id] = note

    async def retry_pending_alerts(self, transport: Transport) -> None:
        """Send the alerts an earlier pass claimed but could not hand over."""
        pending = [row.reply_message_id for row in self.ledger.pending_alerts()]
        if not pending:
            return
        wanted = set(pending)
        rows = {
            r.message_id: r for r in self.ledger.replies(flagged=True) if r.message_id in wanted
        }
        for message_id in pending:
            row = rows.get(message_id)
            if row is None:
                # The reply left the log: nothing to tell. Close the claim, or it never ends.
                self.ledger.mark_alerted(message_id, self.now)
                _event(logging.WARNING, "fetch.alert_unrecoverable", message_id=message_id)
                continue
            await self._send_alert(row, transport)

    # -- the alert

    def alert_addresses(self, urgency: str = "concern") -> tuple[str, ...]:
        """Where an alert goes, in the order tried.

        A concern: the emergency address during a break, else (or when it refuses)
        the main one. A crisis: the main address, the emergency one if that refuses;
        during a break both, each its own copy (`alert_everywhere`).
        """
        practitioner = self.config.practice.practitioner
        main, emergency = practitioner.email, practitioner.emergency_email
        on_break = holiday_at(self.config, self.now) is not None
        order: tuple[str | None, ...]
        if urgency == "crisis":
            order = (emergency, main) if on_break else (main, emergency)
        else:
            order = (emergency, main) if on_break else (main,)
        return tuple(dict.fromkeys(a for a in order if a))

    def alert_everywhere(self, urgency: str) -> bool:
        """A crisis during a break reaches every address: the phone may be off, or lost."""
        return urgency == "crisis" and holiday_at(self.config, self.now) is not None

    async def _send_alert(self, alert: ReplyRecord, transport: Transport) -> None:
        client = self.config.client(alert.client_id) if alert.client_id else None
        fields = {"message_id": alert.message_id, "client_id": alert.client_id}
        everywhere = self.alert_everywhere(alert.urgency)
        note = self.crisis_note(alert.message_id) if alert.urgency == "crisis" else None
        sent = put_off = False
        for to_addr in self.alert_addresses(alert.urgency):
            data = build_alert(
                self.config, alert, client, to_addr, self.now, self.domain, crisis_note=note
            )
            outcome = await deliver_one(
                transport,
                Outgoing(
                    key=alert_id(alert.message_id),
                    sender=self.config.practice.practitioner.email,
                    recipients=(to_addr,),
                    data=data,
                ),
            )
            if outcome.status == "sent":
                sent = True
                self.report.alerts_sent += 1
                _event(logging.INFO, "fetch.alert_sent", urgency=alert.urgency, **fields)
                if not everywhere:
                    break
                continue
            _event(logging.WARNING, f"fetch.alert_{outcome.status}", code=outcome.code, **fields)
            if outcome.status == "retry":
                put_off = True  # the next pass tries again
                if not everywhere:
                    break
            # Refused for good: the next address is the fallback.
        if sent and not put_off:
            self.ledger.mark_alerted(alert.message_id, self.now)
            return
        # Still pending. A crisis copy that did go out goes again with the others on the
        # next pass: a second copy at one address is better than none at the other.
        self.report.errors += 1

    def crisis_note(self, message_id: str) -> str:
        """What CareCall did about the client's resources, for the crisis alert."""
        if message_id in self.crisis_outcomes:
            return self.crisis_outcomes[message_id]
        if message_id in self.no_crisis_reply:
            return f"not sent: {self.no_crisis_reply[message_id]}"
        if any(f.reply_message_id == message_id for f in self.ledger.pending_crisis_replies()):
            return "not sent yet: the mail server put it off; tried again on the next inbox pass"
        return "handled by an earlier inbox pass (`carecall replies` has the mail)"


def alert_subject(client_id: str | None, urgency: str = "concern") -> str:
    """Names the client id only: no client content, nothing about therapy (DESIGN.md).

    A crisis says it is urgent, and nothing else: a subject shows on a lock screen.
    """
    if urgency == "crisis":
        who = "a client's reply" if client_id else "a reply"
        subject = f"URGENT: {who} needs you now ({client_id or 'unknown sender'})"
        if REVEALING_WORDS.search(subject):
            subject = f"URGENT: {who} needs you now"
        return subject
    subject = f"A reply needs your attention ({client_id or 'unknown sender'})"
    if REVEALING_WORDS.search(subject):
        subject = "A reply needs your attention"
    return subject


def build_alert(
    config: Config,
    alert: ReplyRecord,
    client: Client | None,
    to_addr: str,
    now: datetime,
    domain: str,
    *,
    crisis_note: str | None = None,
) -> bytes:
    """The alert email to the practitioner: who, when, why flagged, and their new text.

    `crisis_note`: for a crisis, what became of the client's crisis reply.
    """
    practitioner = config.practice.practitioner
    tz = config.practice_zone
    when = alert.received_at.astimezone(tz)
    who = (
        f"{client.name} ({client.id})"
        if client
        else f"{alert.from_addr or 'someone'} (not a client in clients.yaml)"
    )
    text = alert.text.strip()
    if len(text) > ALERT_TEXT_LIMIT:
        text = text[:ALERT_TEXT_LIMIT] + "\n[… shortened; the whole email is in your inbox]"
    crisis = alert.urgency == "crisis"
    if crisis:
        head = [
            f"URGENT: {who} wrote something that reads as a crisis:",
            "a risk to life or safety. Please read it now and reach them if you can.",
        ]
    else:
        head = [f"{who} wrote something that may need your attention."]
    lines = [
        *head,
        "",
        f"Client:   {client.name if client else '(unknown)'}",
        f"Id:       {client.id if client else '(none)'}",
        f"From:     {alert.from_addr or '(no address)'}",
        f"Received: {longdate(when.date())}, {when:%H:%M} ({tz.key})",
        f"Level:    {alert.urgency if alert.urgency != 'none' else 'flagged'}",
    ]
    lines.append(f"Flagged:  {read_as(alert.reasons) or 'yes'}")
    if crisis:
        lines.append(f"Resources: {crisis_note or 'not sent'} (crisis.resources in practice.yaml)")
    if alert.kind == "optout":
        lines.append("Also:     they asked to receive no more emails (consent switched off)")
    lines += what_they_wrote(text)
    lines += [
        "CareCall's safety net reads only what they newly wrote, and raises the level",
        "when unsure: it is a net, not a diagnosis.",
        "",
        "-- ",
        "CareCall Mail",
    ]
    # Only what an ASCII header can carry: a UTF-8 address or Message-ID (RFC 6532)
    # is left out here (the body names the sender) rather than fail the alert.
    reply_addr = header_address(alert.from_addr)
    reply_to = address(client.name if client else None, reply_addr) if reply_addr else None
    reference = header_message_id(alert.message_id)
    return practitioner_mail(
        practitioner,
        "alert",
        to_addr,
        alert_subject(alert.client_id, alert.urgency),
        "\n".join(lines) + "\n",
        now=now,
        domain=domain,
        reply_to=reply_to,
        references=[reference] if reference else (),
    )


# ---------------------------------------------------------------- the transport


class _LazyTransport:
    """Makes the real transport on first use: a pass with nothing to send opens nothing.

    A transport that cannot be made (a password variable unset) turns into `retry`
    outcomes, so alerts stay pending and the pass goes on recording.
    """

    def __init__(self, factory: Callable[[], Transport]) -> None:
        self._factory = factory
        self._inner: Transport | None = None

    async def deliver(
        self, batch: Sequence[Outgoing], on_outcome: Callable[[Outcome], None]
    ) -> None:
        if self._inner is None:
            try:
                self._inner = self._factory()
            except (CareCallError, OSError, ValueError) as exc:
                _event(logging.ERROR, "fetch.transport_unavailable", error=type(exc).__name__)
                for message in batch:
                    on_outcome(Outcome(message.key, "retry", None, f"transport unavailable: {exc}"))
                return
        await self._inner.deliver(batch, on_outcome)

    async def aclose(self) -> None:
        if self._inner is not None:
            await self._inner.aclose()
