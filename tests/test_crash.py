"""The crash test (issue 3, "Done when"): kill -9 the worker at random moments during a
2,000-client broadcast, restart it until the ledger says all is sent, and count what the
SMTP server received.

The server is the recording aiosmtpd `FaultSMTPServer` (no faults injected), reached
over STARTTLS with certificate verification. Not Postfix: what must be counted is what
the sender's server *accepted* (250 after DATA), per recipient. Postfix would accept
into its queue and then need 2,000 Dovecot users and a queue drain to be counted, which
is slower than the whole test budget; the recording server logs every accepted
transaction with its bytes at the moment it answers 250, which is exactly the point
"never twice" is about.

Contract (DESIGN.md "Never twice"): every client receives the notice; none twice except
at most one per kill; a duplicate carries the same Message-ID as the first copy.

The bound holds with any number of SMTP connections: the transport lets only one
session at a time be between sending a message's final "." and the ledger recording the
answer (MAIL and RCPT still overlap). Before it did, one kill with `connections: 4`
duplicated four consecutive clients. So the test runs one connection and the shipped
default of four, both against the contract as written.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import select
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from bigpractice import NOW, client_email, smtp_outgoing, write_big_practice
from smtp_fault_server import FaultSMTPServer

CLIENTS = 2000
SEED = 20261123
MAX_KILLS = 8
MESSAGE_ID = re.compile(rb"^Message-ID: (<[^>\r\n]+>)", re.MULTILINE | re.IGNORECASE)


# The workers are forked from one Python that has imported the command once: each
# `python -m carecall_mail` spent ~1.1 s of CPU importing it again, a third of this test
# over its 18 starts. A forked worker is as real a process as one started afresh: its own
# ledger connection and SMTP sessions, `raise SystemExit(main(args))` as in __main__.py,
# killed with SIGKILL; the zygote reports its exit code (reaping it only at the next start,
# so that its pid cannot be reused while the test may still signal it).
ZYGOTE = """
import json, os, sys, threading
import carecall_mail.app.cli as cli
assert threading.active_count() == 1  # nothing running that a fork would leave behind
pid = 0
for line in sys.stdin:
    if pid:
        os.waitpid(pid, 0)
    args, log = json.loads(line)
    pid = os.fork()
    if pid == 0:
        null = os.open(os.devnull, os.O_RDWR)
        err = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        os.dup2(null, 0)
        os.dup2(null, 1)
        os.dup2(err, 2)
        os.close(null)
        os.close(err)
        sys.argv[1:] = args
        raise SystemExit(cli.main(args))
    print(pid, flush=True)
    info = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
    print(info.si_status if info.si_code == os.CLD_EXITED else -info.si_status, flush=True)
"""


class Zygote:
    """Starts `carecall` commands as forks of one Python that imported it; one at a time."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )

    def start(self, args: list[str], log: Path) -> Forked:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps([args, str(log)]).encode() + b"\n")
        self.proc.stdin.flush()
        return Forked(self, int(self.line(timeout=60)))

    def line(self, timeout: float) -> str:
        """The zygote's next line; byte by byte, so that no later line waits in a buffer."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        data = b""
        while not data.endswith(b"\n"):  # bounded by the deadline
            # A line comes in one write: once it has begun, the rest is there.
            left = max(0.0, deadline - time.monotonic()) if not data else 10.0
            if not select.select([fd], [], [], left)[0]:
                raise subprocess.TimeoutExpired("zygote", timeout)
            byte = os.read(fd, 1)
            if not byte:
                raise EOFError(f"the zygote ended: exit {self.proc.wait(timeout=10)}")
            data += byte
        return data.decode()

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


class Forked:
    """Popen's poll, wait and kill for a forked worker."""

    def __init__(self, zygote: Zygote, pid: int) -> None:
        self.zygote, self.pid = zygote, pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.returncode = int(self.zygote.line(timeout=0))
        return self.returncode

    def wait(self, timeout: float) -> int:
        if self.returncode is None:
            self.returncode = int(self.zygote.line(timeout))
        return self.returncode

    def kill(self) -> None:
        if self.poll() is None:  # not yet reaped: the pid is still this worker's
            os.kill(self.pid, signal.SIGKILL)


def worker(zygote: Zygote, config: Path, now: str, log: Path, *, once: bool = False) -> Forked:
    args = ["run", "-c", str(config), "--now", now]
    if once:
        args.append("--once")
    return zygote.start(args, log)


def ledger_counts(path: Path) -> Counter[str]:
    if not path.exists():
        return Counter()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10) as db:
        return Counter(dict(db.execute("SELECT status, count(*) FROM outbox GROUP BY status")))


@pytest.mark.parametrize("connections", [1, 4], ids=["one-connection", "default-four"])
def test_kill_9_during_a_broadcast_loses_nothing_and_duplicates_at_most_one_per_kill(
    tmp_path: Path, connections: int
) -> None:
    rng = random.Random(SEED + connections)
    zygote = Zygote()
    with FaultSMTPServer(starttls=True, auth=False) as server, contextlib.closing(zygote):
        assert server.ca_file is not None
        big = write_big_practice(
            tmp_path / "practice",
            CLIENTS,
            outgoing=smtp_outgoing(
                "127.0.0.1",
                server.port,
                security="starttls",
                ca_file=server.ca_file,
                connections=connections,
            ),
        )
        log = tmp_path / "worker.log"
        kills = 0
        for round_no in range(MAX_KILLS):
            if ledger_counts(big.ledger)["sent"] == CLIENTS:
                break
            before = len(server.messages)
            now = (NOW + timedelta(minutes=round_no)).isoformat()
            proc = worker(zygote, big.config, now, log)
            try:
                # Kill while it sends: once this worker's first message is accepted,
                # wait a random moment (seeded) and kill -9. A worker that finishes or
                # never starts sending within the bound is killed anyway.
                deadline = time.monotonic() + 30
                while (
                    len(server.messages) == before
                    and proc.poll() is None
                    and time.monotonic() < deadline
                ):
                    time.sleep(0.01)
                time.sleep(rng.uniform(0.0, 1.0))
            finally:
                if proc.poll() is None:
                    proc.kill()
                    kills += 1
                proc.wait(timeout=10)

        # Restart without killing until the ledger says all is sent. This pass sends most of
        # the 2,000 mails: it took 72 s beside the other variant (pytest-xdist workers) on
        # a loaded 2-core machine, hence the bound; the test's own timeout is 300 s.
        final = worker(zygote, big.config, (NOW + timedelta(hours=1)).isoformat(), log, once=True)
        assert final.wait(timeout=180) == 0, log.read_text()[-3000:]
        counts = ledger_counts(big.ledger)
        assert counts["sent"] == CLIENTS, (counts, log.read_text()[-3000:])
        accepted = list(server.messages)

    assert kills >= 3, f"only {kills} kills landed: the test did not test crashes"
    by_rcpt: dict[str, list[bytes]] = {}
    for t in accepted:
        assert len(t.rcpt_tos) == 1 and t.data is not None
        match = MESSAGE_ID.search(t.data)
        assert match, t.data[:500]
        by_rcpt.setdefault(t.rcpt_tos[0].lower(), []).append(match.group(1))

    expected = {client_email(i) for i in range(CLIENTS)}
    missing = expected - set(by_rcpt)
    assert not missing, f"{len(missing)} clients never got the notice, e.g. {sorted(missing)[:5]}"
    assert set(by_rcpt) == expected
    duplicates = {r: mids for r, mids in by_rcpt.items() if len(mids) > 1}
    extra = sum(len(mids) - 1 for mids in duplicates.values())
    for rcpt, mids in duplicates.items():
        assert len(set(mids)) == 1, f"{rcpt} got copies with different Message-IDs: {mids}"
    # In flight at a kill: at most one message, whatever the connection count.
    assert extra <= kills, (
        f"{extra} duplicate copies after {kills} kills with {connections} connection(s): "
        + ", ".join(f"{r} x{len(m)}" for r, m in sorted(duplicates.items())[:10])
    )
    print(f"\n{connections} connection(s): {kills} kills, {len(accepted)} accepted, {extra} dups")


if __name__ == "__main__":  # pragma: no cover - for running it alone
    sys.exit(pytest.main([__file__, "-q", "-s"]))
