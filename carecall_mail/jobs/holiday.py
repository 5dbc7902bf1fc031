"""Holiday mode while the practitioner is away: the auto-reply and the emergency forward.

`HolidayResponder.respond` is called by the inbox job for every newly recorded
mail. During a break (`holiday_at`: whole days in the practice's zone) it

- answers a client's (or, unless `autoreply_unknown: false`, anyone's) email
  once per sender per break (RFC 5230 vacation semantics, the ledger's
  `claim_autoreply`), from the holiday's `autoreply_template`, at once and not
  held for the send window; the emergency contact is shown to emergency
  clients only (`autoreply_context`);
- never answers anything automatic, a list, a bounce or ourselves (RFC 3834
  §2): that is how two responders never talk to each other for ever;
- forwards an emergency client's email to `practitioner.emergency_email`
  (the main address when unset), once per message (`claim_forward`), and
  keeps a forward the transport could not hand over pending until
  `retry_pending_forwards` gets it out.

Logs carry event names, client ids and Message-IDs, never what anyone wrote.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.parser import BytesParser
from email.policy import compat32

from carecall_mail import logs
from carecall_mail.config.schema import Client, Config, Holiday, ImapIncoming, SmtpOutgoing
from carecall_mail.core.addresses import base_address
from carecall_mail.core.context import autoreply_context
from carecall_mail.core.errors import CareCallError
from carecall_mail.core.mimetext import header_map
from carecall_mail.core.planner import holiday_at
from carecall_mail.core.replies.autoreplies import reply_subject, reply_target
from carecall_mail.core.replies.facts import (
    header_address,
    header_message_id,
    read_as,
    references_line,
)
from carecall_mail.core.replies.model import ReplyRecord
from carecall_mail.core.replies.parse import Reply
from carecall_mail.jobs.crisis import crisis_reply_replaces, deliver_auto_reply
from carecall_mail.store.interfaces import Store
from carecall_mail.templates.compose import message_id_domain
from carecall_mail.templates.practitioner_mail import practitioner_mail, what_they_wrote
from carecall_mail.templates.render import (
    REVEALING_WORDS,
    Envelope,
    Rendered,
    Renderer,
    address,
    build_message,
    longdate,
    new_message_id,
)
from carecall_mail.transports.outbound import Outgoing, Transport, deliver_one

log = logging.getLogger(__name__)

__all__ = [
    "HolidayResponder",
    "holiday_status",
    "next_holiday",
    "own_addresses",
    "reply_subject",
]

_HEADER_PARSER = BytesParser(policy=compat32)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
# The forwarded text is the client's own words; this is enough for a phone screen and
# keeps a hostile megabyte of text out of the practitioner's inbox twice.
FORWARD_TEXT_LIMIT = 20_000


def own_addresses(config: Config) -> frozenset[str]:
    """Every address that is the practice itself (base form, lower-case).

    Mail from one of these is never answered (RFC 3834 §2: no reply to ourselves),
    and a mail that names none of them in To/Cc was not written to us.
    """
    practice = config.practice
    found = {practice.practitioner.email}
    if practice.practitioner.emergency_email:
        found.add(practice.practitioner.emergency_email)
    if isinstance(practice.incoming, ImapIncoming) and "@" in practice.incoming.username:
        found.add(practice.incoming.username)
    outgoing_user = (
        practice.outgoing.username if isinstance(practice.outgoing, SmtpOutgoing) else None
    )
    if outgoing_user and "@" in outgoing_user:
        found.add(outgoing_user)
    if practice.unsubscribe.mailto:
        found.add(practice.unsubscribe.mailto)
    return frozenset(base_address(a) for a in found)


@dataclass(frozen=True)
class _Decision:
    """Whether (and where) to auto-reply, with the reason when not: for logs and tests."""

    target: str | None
    reason: str


def _clean_header_line(value: str) -> str:
    return " ".join(_CONTROL.sub(" ", value).split())


class HolidayResponder:
    """The inbox job's responder for breaks: auto-reply and emergency forward.

    Holds no state of its own: what was answered and forwarded lives in the
    ledger, so a new responder (a restart, a new pass) answers nobody twice.
    """

    def __init__(self, config: Config, ledger: Store, renderer: Renderer) -> None:
        self.config = config
        self.ledger = ledger
        self.renderer = renderer
        self._own = own_addresses(config)
        self._retried = False

    # ------------------------------------------------------------------ the responder

    def claim_in_batch(self, reply: Reply, now: datetime) -> None:
        """Claim an emergency client's forward inside the inbox job's batch transaction.

        Committed with the reply or not at all: a crash after the commit (before
        `respond` runs) leaves the forward pending for `retry_pending_forwards`,
        where a claim made later would be lost, the re-read mail being a duplicate
        that no responder sees again.
        """
        if holiday_at(self.config, now) is None or reply.client_id is None:
            return
        client = self.config.client(reply.client_id)
        if client is not None and client.emergency and self._forwardable(reply):
            self.ledger.claim_forward(reply.message_id, now)

    async def respond(self, reply: Reply, raw: bytes, transport: Transport, now: datetime) -> None:
        """React to one newly recorded mail; never raises for anything the mail contains."""
        client = self.config.client(reply.client_id) if reply.client_id else None
        try:
            if not self._retried:
                # Once per responder (one per pass): forwards a failure left pending go
                # first, even when the worker does not call retry_pending_forwards itself.
                self._retried = True
                await self.retry_pending_forwards(transport, now)
            holiday = holiday_at(self.config, now)
            if holiday is None:
                return
            if client is not None and client.emergency and self._forwardable(reply):
                await self._forward(reply, client, transport, now)
            await self._autoreply(reply, raw, client, holiday, transport, now)
        except (CareCallError, ValueError, UnicodeError) as exc:
            # One odd mail or a broken template never stops the inbox job.
            logs.event(
                log,
                logging.WARNING,
                "holiday.respond_failed",
                message_id=reply.message_id,
                client_id=reply.client_id,
                error=type(exc).__name__,
            )

    async def retry_pending_forwards(self, transport: Transport, now: datetime) -> int:
        """Send the emergency forwards a failed delivery or a crash left pending.

        Call once per inbox pass. Returns how many went out now. A forward is
        retried after the break as well: an emergency the practitioner never
        saw is worth seeing late.
        """
        pending = self.ledger.pending_forwards()
        if not pending:
            return 0
        wanted = {row.reply_message_id for row in pending}
        rows = {r.message_id: r for r in self.ledger.replies() if r.message_id in wanted}
        sent = 0
        for forward in pending:
            row = rows.get(forward.reply_message_id)
            if row is None:
                # The reply itself is gone from the log: nothing left to forward. Close
                # the claim so it is not retried (and shown pending) forever.
                self.ledger.mark_forwarded(forward.reply_message_id, now)
                logs.event(
                    log,
                    logging.WARNING,
                    "holiday.forward_unrecoverable",
                    message_id=forward.reply_message_id,
                )
                continue
            client = self.config.client(row.client_id) if row.client_id else None
            if client is None:
                # Removed from clients.yaml since: an emergency the practitioner never saw
                # is still worth seeing, named by the address it came from.
                client = Client.model_construct(
                    id=row.client_id or "unknown",
                    name=row.from_addr or "an unknown sender",
                    email=row.from_addr,
                    emergency=True,
                )
            if await self._deliver_forward(row, client, transport, now):
                sent += 1
        return sent

    # ------------------------------------------------------------------ the auto-reply

    def decide(
        self, reply: Reply, raw: bytes, client: Client | None, holiday: Holiday
    ) -> _Decision:
        """Whether this mail may get the holiday auto-reply, and to which address."""
        if holiday.autoreply_template is None:
            return _Decision(None, "the holiday has no autoreply_template")
        if reply.kind != "reply":
            # Bounces, auto-replies, opt-outs and unreadable mail never get one.
            return _Decision(None, f"kind {reply.kind}")
        if not reply.autoreply_ok:
            return _Decision(None, "automatic, list or own mail (RFC 3834 §2)")
        if client is None and not holiday.autoreply_unknown:
            return _Decision(None, "not a client and autoreply_unknown is false")
        if crisis_reply_replaces(self.config, reply):
            # The client gets the crisis resources instead (jobs/crisis.py): one auto-reply.
            return _Decision(None, "a crisis reply answers it (jobs/crisis.py)")
        headers = header_map(_HEADER_PARSER.parsebytes(raw, headersonly=True))
        target, reason = reply_target(headers, reply.from_addr, reply.to_addrs, self._own)
        if target is None:
            return _Decision(None, reason)
        if header_address(target) is None:
            # A UTF-8 address (RFC 6532) cannot stand in our ASCII To: header.
            return _Decision(None, "an address our headers cannot carry")
        return _Decision(target, "ok")

    async def _autoreply(
        self,
        reply: Reply,
        raw: bytes,
        client: Client | None,
        holiday: Holiday,
        transport: Transport,
        now: datetime,
    ) -> None:
        decision = self.decide(reply, raw, client, holiday)
        if decision.target is None:
            logs.event(
                log,
                logging.INFO,
                "holiday.autoreply_not_sent",
                message_id=reply.message_id,
                client_id=reply.client_id,
                reason=decision.reason,
            )
            return
        # Built before the claim: a message that cannot be built claims nobody.
        data = self.build_autoreply(reply, client, holiday, decision.target, now)
        # RFC 5230 §4.2 / the ledger's PRIMARY KEY: once per sender per break, claimed
        # before sending, so a crash loses one courtesy reply rather than send two.
        if not self.ledger.claim_autoreply(holiday.id, reply.from_addr, now):
            logs.event(
                log,
                logging.INFO,
                "holiday.autoreply_already_sent",
                message_id=reply.message_id,
                client_id=reply.client_id,
            )
            return
        # MAIL FROM:<> (RFC 3834 §3.3): one that cannot be delivered must not bounce
        # into the inbox we read, as it did from the practitioner's address.
        outcome = await deliver_auto_reply(
            transport,
            Outgoing(
                key=f"autoreply:{holiday.id}:{reply.message_id}",
                sender=self.config.practice.practitioner.email,
                recipients=(decision.target,),
                data=data,
            ),
        )
        if outcome.status != "sent":
            # Not delivered: the claim is given back, so an SMTP outage does not use
            # up this sender's one auto-reply for the whole break.
            self.ledger.release_autoreply(holiday.id, reply.from_addr)
        logs.event(
            log,
            logging.INFO if outcome.status == "sent" else logging.WARNING,
            f"holiday.autoreply_{outcome.status}",
            message_id=reply.message_id,
            client_id=reply.client_id,
            holiday_id=holiday.id,
            code=outcome.code,
        )

    def build_autoreply(
        self,
        reply: Reply,
        client: Client | None,
        holiday: Holiday,
        to_addr: str,
        now: datetime,
    ) -> bytes:
        """The auto-reply as bytes: RFC 3834 §3.1 headers, the holiday template's text."""
        assert holiday.autoreply_template is not None
        rendered = self.renderer.render(
            holiday.autoreply_template, autoreply_context(self.config, client, holiday)
        )
        in_reply_to = header_message_id(reply.message_id)
        # RFC 3834 §3.1.4 / RFC 5322 §3.6.4: their References, then their Message-ID;
        # only what an ASCII header line can carry.
        theirs = [ref for r in reply.references if (ref := header_message_id(r))]
        references = references_line(
            list(dict.fromkeys([r for r in theirs if r != in_reply_to] + [in_reply_to or ""]))
        )
        references = [r for r in references if r]
        practitioner = self.config.practice.practitioner
        envelope = Envelope(
            from_name=practitioner.name,
            from_addr=practitioner.email,
            to_name=(client.name if client else _clean_header_line(reply.from_name)) or None,
            to_addr=to_addr,
            message_id=new_message_id(message_id_domain(self.config)),
            date=now,
            in_reply_to=in_reply_to,
            references=references,
            auto_submitted="auto-replied",  # RFC 3834 §5
        )
        # The practitioner's own subject ("Away until 4 January" says it all in the inbox
        # list); `Re: <their subject>` only should a template render an empty one.
        subject = rendered.subject.strip() or reply_subject(reply.subject, "Automatic reply")
        # Exchange answers anything not marked so with its own Out of Office reply.
        extra = [("X-Auto-Response-Suppress", "All")]
        return build_message(
            envelope, Rendered(subject, rendered.text, rendered.html), extra_headers=extra
        )

    # ------------------------------------------------------------------ the emergency forward

    @staticmethod
    def _forwardable(reply: Reply) -> bool:
        """An emergency client's own words that the inbox job does not already escalate.

        A flagged reply or opt-out gets the inbox job's alert at once, to
        `emergency_email` during a break (jobs/inbox.py); forwarding it as well would
        put the same emergency on the practitioner's phone twice.
        """
        if reply.flagged and reply.kind in ("reply", "optout"):
            return False
        return reply.kind == "reply"

    async def _forward(
        self, reply: Reply, client: Client, transport: Transport, now: datetime
    ) -> None:
        # claim_forward's UNIQUE key: one forward per message, however often it is seen.
        # Claimed already (by `claim_in_batch`) and still pending: this is its delivery.
        if not self.ledger.claim_forward(reply.message_id, now) and not any(
            f.reply_message_id == reply.message_id for f in self.ledger.pending_forwards()
        ):
            return
        await self._deliver_forward(reply, client, transport, now)

    def forward_addresses(self) -> tuple[str, ...]:
        """Where a forward goes: `emergency_email`, then the main address if that fails."""
        practitioner = self.config.practice.practitioner
        return tuple(
            dict.fromkeys(a for a in (practitioner.emergency_email, practitioner.email) if a)
        )

    async def _deliver_forward(
        self, item: ReplyRecord, client: Client, transport: Transport, now: datetime
    ) -> bool:
        """Deliver one claimed forward; mark it forwarded once the transport took it."""
        for to_addr in self.forward_addresses():
            data = self.build_forward(item, client, to_addr, now)
            outcome = await deliver_one(
                transport,
                Outgoing(
                    key=f"forward:{item.message_id}",
                    sender=self.config.practice.practitioner.email,
                    recipients=(to_addr,),
                    data=data,
                ),
            )
            sent = outcome.status == "sent"
            logs.event(
                log,
                logging.INFO if sent else logging.WARNING,
                f"holiday.forward_{outcome.status}",
                message_id=item.message_id,
                client_id=client.id,
                code=outcome.code,
            )
            if sent:
                self.ledger.mark_forwarded(item.message_id, now)
                return True
            if outcome.status == "retry":
                return False  # the next pass tries the same address again
            # Refused for good: the main address is the last resort.
        return False

    def build_forward(
        self, item: ReplyRecord, client: Client, to_addr: str, now: datetime
    ) -> bytes:
        """The forward to the practitioner: who wrote, when, the subject and their new text."""
        practitioner = self.config.practice.practitioner
        tz = self.config.practice_zone
        when = item.received_at.astimezone(tz)
        # The id only: a subject shows on a lock screen (the name is in the body).
        subject = f"Emergency client {client.id} wrote while you are away"
        if REVEALING_WORDS.search(subject):
            subject = "An emergency client wrote while you are away"
        text = item.text.strip()
        if len(text) > FORWARD_TEXT_LIMIT:
            text = text[:FORWARD_TEXT_LIMIT] + "\n[… shortened; the whole email is in your inbox]"
        lines = [
            f"{client.name} ({client.id}), one of your emergency clients, "
            "wrote while you are away.",
            "",
            f"Received: {longdate(when.date())}, {when:%H:%M} ({tz.key})",
            f"Subject:  {_clean_header_line(item.subject) or '(none)'}",
            f"From:     {client.name} <{item.from_addr or client.email}>",
        ]
        if item.flagged:
            lines.append(f"Flagged:  {read_as(item.reasons) or 'yes'}")
        lines += what_they_wrote(text)
        lines += [
            f"Reply to this email to answer {client.name} directly.",
            "",
            "-- ",
            "CareCall Mail, holiday mode",
        ]
        reply_to = header_address(item.from_addr) or header_address(client.email)
        return practitioner_mail(
            practitioner,
            "forward",
            to_addr,
            subject,
            "\n".join(lines) + "\n",
            now=now,
            domain=message_id_domain(self.config),
            reply_to=address(client.name, reply_to) if reply_to else None,
            references=[ref] if (ref := header_message_id(item.message_id)) else (),
        )


# ---------------------------------------------------------------- status


def next_holiday(config: Config, now: datetime) -> Holiday | None:
    """The next break that has not begun yet (practice zone), the earliest first."""
    today = now.astimezone(config.practice_zone).date()
    coming = [h for h in config.schedules.holidays if h.from_ > today]
    return min(coming, key=lambda h: h.from_, default=None)


def _plural(n: int, word: str) -> str:
    return f"{n} {word if n == 1 else word + 's'}"


def holiday_status(config: Config, ledger: Store, now: datetime) -> list[str]:
    """Lines for `carecall status`: the break on or coming, what it answered and forwarded."""
    lines: list[str] = []
    current = holiday_at(config, now)
    if current is not None:
        back = longdate(current.to + timedelta(days=1))
        lines.append(f"Holiday: on break {current.id!r} until {longdate(current.to)} (back {back})")
    else:
        coming = next_holiday(config, now)
        if coming is None:
            lines.append("Holiday: not on, none coming")
        else:
            lines.append(
                f"Holiday: not on; next {coming.id!r} from {longdate(coming.from_)} "
                f"to {longdate(coming.to)}"
            )
    answered: dict[str, int] = {}
    for row in ledger.autoreplies():
        answered[row.holiday_id] = answered.get(row.holiday_id, 0) + 1
    shown = [current] if current is not None else []
    shown += [
        h
        for h in sorted(config.schedules.holidays, key=lambda h: h.from_)
        if h.id in answered and h is not current
    ]
    for holiday in shown:
        # One claim per sender per break (RFC 5230 §4.2): senders answered = auto-replies.
        count = answered.get(holiday.id, 0)
        noun = "auto-reply" if count == 1 else "auto-replies"
        lines.append(f"  {holiday.id}: {count} {noun} sent, to {_plural(count, 'sender')}")
    pending = ledger.pending_forwards()
    forwarded = _forwards_sent(config, ledger, {p.reply_message_id for p in pending})
    lines.append(
        f"  emergency forwards: {forwarded} sent, {len(pending)} pending"
        + (" (retried on the next inbox pass)" if pending else "")
    )
    return lines


def _forwards_sent(config: Config, ledger: Store, pending: set[str]) -> int:
    """Emergency clients' mail forwarded during a break and no longer pending.

    The ledger lists pending forwards only; every such reply recorded in a
    break is claimed for forwarding, so the rest were handed over.
    """
    emergency = {c.id for c in config.clients if c.emergency}
    if not emergency or not config.schedules.holidays:
        return 0
    count = 0
    for row in ledger.replies():
        if row.client_id not in emergency or row.message_id in pending:
            continue
        # What the responder forwards: an emergency client's unflagged reply (flagged
        # ones are the inbox job's alerts).
        if (
            row.kind == "reply"
            and not row.flagged
            and holiday_at(config, row.recorded_at) is not None
        ):
            count += 1
    return count
