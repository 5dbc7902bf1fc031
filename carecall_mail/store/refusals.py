"""What no restore may undo: every opt-out and bounced address, written down apart from the ledger.

The ledger holds consent and suspensions, and a restore carries over the ones it finds
in the ledger it replaces. When that ledger cannot be read (truncated, garbled, gone),
what it knew would be lost, and a backup from last week would mail a client who said
no yesterday. So each such decision is also appended to `refusals.jsonl` beside the
ledger (owner-only, one JSON object a line, flushed to disk), and a restore or a fresh
start takes the standing refusals from there too.

Only refusals are carried: a later "consent --on" or a lifted suspension in the journal
is honoured as the end of an earlier refusal, but never switches anything on by itself.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from carecall_mail import logs
from carecall_mail.core.addresses import normalise

log = logging.getLogger(__name__)

__all__ = ["JOURNAL", "append", "journal", "standing"]

JOURNAL = "refusals.jsonl"

ConsentRow = tuple[str, str, int, str, str]  # client_id, stream, allowed (0), at, source
SuspendedRow = tuple[str, str | None, str, str]  # address, client_id, reason, at


def journal(ledger_path: Path) -> Path:
    return ledger_path.with_name(JOURNAL)


def append(ledger_path: Path, entry: dict[str, object]) -> None:
    """Write one decision down, owner-only, and to disk before returning.

    Never raises: the ledger's own record is what stops the mail; a journal that cannot
    be written (a full disk) is said loudly in the log and costs no opt-out.
    """
    try:
        fd = os.open(journal(ledger_path), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, (json.dumps(entry, sort_keys=True, ensure_ascii=False) + "\n").encode())
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        logs.event(log, logging.ERROR, "ledger.refusals_unwritten", error=type(exc).__name__)


def standing(ledger_path: Path) -> tuple[list[ConsentRow], list[SuspendedRow]]:
    """The refusals still in force by the journal, replayed in order.

    A damaged line (a crash mid-write) is skipped: the lines around it still count.
    """
    path = journal(ledger_path)
    consent: dict[tuple[str, str], ConsentRow] = {}
    suspended: dict[str, SuspendedRow] = {}
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return [], []
    for line in lines:
        try:
            entry = json.loads(line)
            kind = entry["kind"]
            if kind == "consent":
                client, stream = str(entry["client_id"]), str(entry["stream"])
                if stream == "all":  # "all" replaces the client's per-stream decisions
                    for key in [k for k in consent if k[0] == client]:
                        del consent[key]
                if entry["allowed"]:
                    consent.pop((client, stream), None)
                else:
                    consent[(client, stream)] = (
                        client, stream, 0, str(entry["at"]), str(entry["source"])
                    )  # fmt: skip
            elif kind == "suspended":
                address = normalise(str(entry["address"]))
                client_id = entry.get("client_id")
                suspended.setdefault(
                    address,
                    (address, None if client_id is None else str(client_id),
                     str(entry["reason"]), str(entry["at"])),
                )  # fmt: skip
            elif kind == "unsuspended":
                suspended.pop(normalise(str(entry["address"])), None)
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
    return list(consent.values()), list(suspended.values())
