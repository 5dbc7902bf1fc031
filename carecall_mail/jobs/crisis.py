"""The crisis reply: a client whose reply reads as a crisis gets the practice's
`crisis.resources` back at once (what to call, now), break or not.

The practitioner's alert is the inbox job's (jobs/inbox.py); this is what the
client is told while she reads it. The reply is an RFC 3834 auto-reply:
`Auto-Submitted: auto-replied`, In-Reply-To and References to their mail, a
null envelope sender (`MAIL FROM:<>`, §3.3: nothing bounces back to a
responder) where the server takes one, and never to an auto-reply, a bounce,
a list or ourselves (`autoreplies.reply_target`). An opt-out is not answered:
"never to someone who said no" holds here too; the practitioner's alert says so.

Once per message: claimed in the store's once-only crisis-reply claims
(`claim_crisis_reply`) in the inbox batch's transaction, so a restart or
a second pass never sends it twice; a claim whose delivery was put off (a 4xx,
an outage) is retried on the next passes for RETRY_FOR, then closed.

During a break it replaces the holiday auto-reply for that message
(`crisis_reply_replaces`): the client gets one automatic answer, the one that
matters. The text is the practitioner's own, sent as written (her clients'
language), with her signature.

Logs carry event names, client ids and Message-IDs, never what anyone wrote.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from email.parser import BytesParser
from email.policy import compat32

from carecall_mail import logs
from carecall_mail.config.schema import Config
from carecall_mail.core.addresses import base_address
from carecall_mail.core.mimetext import header_map
from carecall_mail.core.replies.autoreplies import reply_subject, reply_target
from carecall_mail.core.replies.facts import header_address, header_message_id, references_line
from carecall_mail.core.replies.parse import Reply
from carecall_mail.store.interfaces import Store
from carecall_mail.store.records import ForwardRow, ReplyRow
from carecall_mail.templates.compose import message_id_domain
from carecall_mail.templates.render import Envelope, Rendered, build_message, new_message_id
from carecall_mail.transports.outbound import Outcome, Outgoing, Transport, deliver_one

log = logging.getLogger(__name__)

__all__ = [
    "RETRY_FOR",
    "CrisisReply",
    "build_crisis_reply",
    "crisis_reply_for",
    "crisis_reply_of_row",
    "crisis_reply_replaces",
    "deliver_auto_reply",
    "pending_crisis_replies",
    "send_crisis_reply",
]

# A crisis reply the server did not take is tried again on later passes this long:
# resources a day late would read as an answer to some other day.
RETRY_FOR = timedelta(hours=24)
# Kinds that may be answered: a client's own words. Opt-outs are not (see above).
_ANSWERED_KINDS = frozenset({"reply"})
_HEADER_PARSER = BytesParser(policy=compat32)


@dataclass(frozen=True)
class CrisisReply:
    """A crisis reply to send: to whom, in answer to which mail."""

    message_id: str  # theirs: the mail answered
    client_id: str | None
    to_addr: str
    subject: str  # theirs, for "Re: …"
    references: tuple[str, ...] = ()  # theirs, for our References (RFC 5322 §3.6.4)


def crisis_reply_replaces(config: Config, reply: Reply) -> bool:
    """True when this mail gets the crisis reply instead of any other auto-reply.

    Pure policy on the practice and the mail's level; whether the mail may be
    answered at all (RFC 3834) is the same check for every responder.
    """
    return (
        reply.urgency == "crisis"
        and reply.kind in _ANSWERED_KINDS
        and config.practice.crisis.sends_reply
    )


def crisis_reply_for(
    config: Config, reply: Reply, raw: bytes, own: frozenset[str]
) -> CrisisReply | str:
    """The crisis reply this mail gets, or why it gets none (for the alert and the logs).

    `own`: the practice's addresses in base form (holiday.own_addresses).
    """
    if reply.urgency != "crisis":
        return "not a crisis"
    crisis = config.practice.crisis
    if not crisis.reply:
        return "crisis.reply is off in practice.yaml"
    if crisis.resources is None:
        return "no crisis.resources in practice.yaml"
    if reply.kind == "optout":
        return "they asked for no more emails"
    if reply.kind not in _ANSWERED_KINDS or not reply.autoreply_ok:
        return "automatic, list or own mail (RFC 3834 §2)"
    headers = header_map(_HEADER_PARSER.parsebytes(raw, headersonly=True))
    target, reason = reply_target(headers, reply.from_addr, reply.to_addrs, own)
    if target is None:
        return reason
    if header_address(target) is None:
        return "an address our headers cannot carry"  # UTF-8 (RFC 6532) in an ASCII To:
    return CrisisReply(
        message_id=reply.message_id,
        client_id=reply.client_id,
        to_addr=target,
        subject=reply.subject,
        references=reply.references,
    )


def crisis_reply_of_row(row: ReplyRow, own: frozenset[str]) -> CrisisReply | None:
    """A claimed crisis reply rebuilt from the reply log, for a retry.

    The log keeps no headers: it goes to the From address (checked when it was
    claimed), threaded on their Message-ID alone.
    """
    target = header_address(row.from_addr)
    if target is None or base_address(target) in own:
        return None
    return CrisisReply(row.message_id, row.client_id, target, row.subject)


def build_crisis_reply(config: Config, item: CrisisReply, now: datetime) -> bytes:
    """The auto-reply as bytes: RFC 3834 §3.1 headers, `crisis.resources`, her signature."""
    practice = config.practice
    resources = practice.crisis.resources
    if resources is None:
        raise ValueError("no crisis.resources to send")
    practitioner = practice.practitioner
    in_reply_to = header_message_id(item.message_id)
    theirs = [ref for r in item.references if (ref := header_message_id(r))]
    references = references_line(
        list(dict.fromkeys([r for r in theirs if r != in_reply_to] + [in_reply_to or ""]))
    )
    text = resources.strip() + "\n"
    if practitioner.signature.strip():
        text += "\n-- \n" + practitioner.signature.strip() + "\n"
    envelope = Envelope(
        from_name=practitioner.name,
        from_addr=practitioner.email,
        to_name=None,
        to_addr=item.to_addr,
        message_id=new_message_id(message_id_domain(config)),
        date=now,
        in_reply_to=in_reply_to,
        references=[r for r in references if r],
        auto_submitted="auto-replied",  # RFC 3834 §5
    )
    # Their subject, or a plain one: nothing on a lock screen says what this is about.
    subject = reply_subject(item.subject, f"Re: your email to {practitioner.name}")
    # Exchange answers anything not marked so with its own Out of Office reply.
    extra = [("X-Auto-Response-Suppress", "All")]
    return build_message(envelope, Rendered(subject, text, None), extra_headers=extra)


async def send_crisis_reply(
    config: Config, ledger: Store, transport: Transport, item: CrisisReply, now: datetime
) -> Outcome:
    """Deliver one claimed crisis reply and close its claim once it is out (or refused).

    `MAIL FROM:<>` first (RFC 3834 §3.3); a server that refuses a null sender for
    good gets it once more from the practitioner's address: the client must have it.
    A "retry" outcome leaves the claim pending for the next pass.
    """
    data = build_crisis_reply(config, item, now)
    key = f"crisis-reply:{item.message_id}"  # what the transport's log lines name
    fields = {"message_id": item.message_id, "client_id": item.client_id}
    outcome = await deliver_auto_reply(
        transport, Outgoing(key, config.practice.practitioner.email, (item.to_addr,), data)
    )
    if outcome.status != "retry":
        # Sent, or refused for good: retrying will not help.
        ledger.mark_crisis_replied(item.message_id, now)
    logs.event(
        log,
        logging.INFO if outcome.status == "sent" else logging.WARNING,
        f"crisis.reply_{outcome.status}",
        code=outcome.code,
        **fields,
    )
    return outcome


async def deliver_auto_reply(transport: Transport, message: Outgoing) -> Outcome:
    """Deliver an auto-reply with a null envelope sender, `message.sender` as fallback.

    RFC 3834 §3.3: `MAIL FROM:<>`, so that an auto-reply that cannot be delivered
    bounces nowhere (not into the inbox we read). A server that refuses a null
    sender for good gets it once more from `message.sender`: the person must have it.
    """
    outcome = Outcome(message.key, "retry", None, "not tried")
    for sender in ("", message.sender):
        outcome = await deliver_one(transport, replace(message, sender=sender))
        if outcome.status != "failed" or not outcome.detail.startswith("MAIL"):
            break
        logs.event(
            log, logging.INFO, "send.null_sender_refused", key=message.key, code=outcome.code
        )
    return outcome


def pending_crisis_replies(ledger: Store, now: datetime) -> list[ForwardRow]:
    """Claimed crisis replies not yet out; those older than RETRY_FOR are closed here."""
    pending = []
    for row in ledger.pending_crisis_replies():
        if now - row.claimed_at > RETRY_FOR:
            ledger.mark_crisis_replied(row.reply_message_id, now)
            logs.event(
                log, logging.WARNING, "crisis.reply_expired", message_id=row.reply_message_id
            )
            continue
        pending.append(row)
    return pending
