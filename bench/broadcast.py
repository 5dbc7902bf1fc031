"""Broadcast bench: a holiday notice to N clients, end to end, against Postfix's smtp-sink.

    python bench/broadcast.py [--clients N] [--profile]

Three measurements in one run, all to the same local `smtp-sink` (no TLS, loopback):

1. ours: `send_pass` on a generated N-client practice (tests/bigpractice.py) with a
   fresh ledger: plan, enqueue, claim, compose/render, deliver over the SMTP
   transport, mark each message sent. Config loading is timed separately.
2. ceiling: the same N messages, prebuilt, sent with bare aiosmtplib over one
   reused connection (no planning, rendering or ledger at all).
3. naive: 2,000 messages with stdlib smtplib, one connection per message (what a
   hand-written script does).

Prints readable lines and a breakdown of where our time goes, then as the last line
one JSON object: {"bench": "broadcast", "clients": N, "msgs_per_s": ...,
"ceiling_msgs_per_s": ..., "naive_msgs_per_s": ..., "peak_rss_mb": ...}.
`peak_rss_mb` is the process's peak RSS after step 1 (our pipeline, config included),
before the ceiling's prebuilt messages are held in memory.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import functools
import json
import pstats
import resource
import smtplib
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))

import aiosmtplib  # noqa: E402
from bigpractice import NOW, smtp_outgoing, write_big_practice  # noqa: E402
from mailservers import start_smtp_sink  # noqa: E402

from carecall_mail.app.runtime import make_transport, open_ledger  # noqa: E402
from carecall_mail.config.loading import load_config  # noqa: E402
from carecall_mail.jobs import send as sending  # noqa: E402
from carecall_mail.store import sqlite as ledger_module  # noqa: E402
from carecall_mail.templates import compose as compose_module  # noqa: E402
from carecall_mail.templates import render as render_module  # noqa: E402
from carecall_mail.templates.render import Renderer  # noqa: E402

NAIVE_COUNT = 2000
F = TypeVar("F", bound=Callable[..., Any])


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


class Phases:
    """Wall time spent inside wrapped functions, outermost call only per phase."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)

    def wrap(self, name: str, fn: F) -> F:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - start
                self.calls[name] += 1

        return timed  # type: ignore[return-value]

    @contextmanager
    def installed(self) -> Iterator[None]:
        """Time the pipeline's phases by wrapping the functions send_pass calls."""
        saved: list[tuple[Any, str, Any]] = []

        def patch(owner: Any, attr: str, name: str) -> None:
            original = getattr(owner, attr)
            saved.append((owner, attr, original))
            setattr(owner, attr, self.wrap(name, original))

        patch(sending, "plan", "plan")
        patch(ledger_module.Ledger, "view", "ledger view")
        patch(ledger_module.Ledger, "enqueue", "enqueue")
        patch(ledger_module.Ledger, "record_skipped", "enqueue")
        patch(ledger_module.Ledger, "claim_due", "claim")
        patch(sending, "compose", "compose (context + envelope)")
        patch(render_module.Renderer, "render", "render (jinja)")
        patch(compose_module, "build_message", "build_message (bytes)")
        patch(ledger_module.Ledger, "mark_sent", "mark sent")
        try:
            yield
        finally:
            for owner, attr, original in reversed(saved):
                setattr(owner, attr, original)


def run_ours(root: Path, clients: int, port: int, profile: bool) -> dict[str, Any]:
    t0 = time.perf_counter()
    big = write_big_practice(root, clients, outgoing=smtp_outgoing("127.0.0.1", port))
    t_write = time.perf_counter() - t0

    t0 = time.perf_counter()
    config = load_config(big.config)
    renderer = Renderer(config.templates_dir)
    t_load = time.perf_counter() - t0

    ledger = open_ledger(config)
    phases = Phases()
    profiler = cProfile.Profile() if profile else None
    with phases.installed():
        t0 = time.perf_counter()
        if profiler:
            profiler.enable()
        report = sending.send_pass(config, ledger, lambda: make_transport(config), renderer, NOW)
        if profiler:
            profiler.disable()
        elapsed = time.perf_counter() - t0
    ledger.close()
    if report.sent != clients:
        raise SystemExit(f"ours: expected {clients} sent, got {report.summary()}")
    if profiler:
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(35)
        stats.sort_stats("tottime").print_stats(25)
    return {
        "write": t_write,
        "load": t_load,
        "elapsed": elapsed,
        "phases": dict(phases.seconds),
        "calls": dict(phases.calls),
        "sample": _sample_message(config, renderer, big.notice_key(1)),
    }


def _sample_message(config: Any, renderer: Renderer, key: str) -> bytes:
    """One real composed notice, reused as the ceiling's and the naive script's message."""
    composed = compose_module.compose(
        config,
        renderer,
        key=key,
        template="holiday_notice",
        message_id="<bench@fieldpractice.example>",
        now=NOW,
    )
    return composed.data


def prebuilt(sample: bytes, count: int) -> list[tuple[str, bytes]]:
    """`count` distinct messages (own recipient and Message-ID) built from the sample."""
    out = []
    for i in range(count):
        to = f"client{i:05d}@example.org"
        data = sample.replace(
            b"<bench@fieldpractice.example>", f"<b{i}@fieldpractice.example>".encode()
        )
        out.append((to, data))
    return out


async def _ceiling(port: int, messages: list[tuple[str, bytes]]) -> None:
    smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False, timeout=30)
    await smtp.connect()
    try:
        for to, data in messages:
            await smtp.sendmail("ana@fieldpractice.example", [to], data)
    finally:
        await smtp.quit()


def run_ceiling(port: int, sample: bytes, count: int) -> float:
    messages = prebuilt(sample, count)
    t0 = time.perf_counter()
    asyncio.run(_ceiling(port, messages))
    return count / (time.perf_counter() - t0)


def run_naive(port: int, sample: bytes, count: int) -> float:
    messages = prebuilt(sample, count)
    t0 = time.perf_counter()
    for to, data in messages:
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp:
            smtp.sendmail("ana@fieldpractice.example", [to], data)
    return count / (time.perf_counter() - t0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20_000)
    parser.add_argument("--profile", action="store_true", help="cProfile our pass (stderr)")
    args = parser.parse_args(argv)
    n = args.clients

    sink = start_smtp_sink()
    try:
        with tempfile.TemporaryDirectory(prefix="ccbench") as tmp:
            ours = run_ours(Path(tmp) / "practice", n, sink.port, args.profile)
            peak_ours = rss_mb()
            ceiling = run_ceiling(sink.port, ours["sample"], n)
            naive = run_naive(sink.port, ours["sample"], min(NAIVE_COUNT, n))
    finally:
        sink.stop()

    rate = n / ours["elapsed"]
    print(f"broadcast of a holiday notice to {n} clients, SMTP to smtp-sink on 127.0.0.1")
    print(f"  practice written in {ours['write']:.2f} s; config loaded in {ours['load']:.2f} s")
    print(
        f"  ours:    {rate:8.0f} msgs/s  (send_pass: {ours['elapsed']:.2f} s, plan to marked sent)"
    )
    print(f"  ceiling: {ceiling:8.0f} msgs/s  (bare aiosmtplib, one connection, prebuilt)")
    print(f"  naive:   {naive:8.0f} msgs/s  (smtplib, a connection per message, 2,000)")
    print(f"  ours / ceiling = {rate / ceiling:.2f}   ours / naive = {rate / naive:.1f}")
    print(f"  peak RSS: {peak_ours:.0f} MB after our pass, {rss_mb():.0f} MB at the end")
    print("where our pass's time goes (wall time inside each step):")
    phases: dict[str, float] = ours["phases"]
    # render and build_message run inside compose; mark sent inside deliver.
    inner = phases.get("render (jinja)", 0.0) + phases.get("build_message (bytes)", 0.0)
    accounted = {
        "plan": phases.get("plan", 0.0),
        "ledger view": phases.get("ledger view", 0.0),
        "enqueue": phases.get("enqueue", 0.0),
        "claim": phases.get("claim", 0.0),
        "compose: context + envelope": phases.get("compose (context + envelope)", 0.0) - inner,
        "compose: render (jinja)": phases.get("render (jinja)", 0.0),
        "compose: build_message": phases.get("build_message (bytes)", 0.0),
        "mark sent (ledger, per message)": phases.get("mark sent", 0.0),
    }
    rest = ours["elapsed"] - sum(accounted.values())
    accounted["deliver (SMTP, event loop, rest)"] = rest
    for name, seconds in accounted.items():
        share = 100 * seconds / ours["elapsed"]
        print(f"  {name:34s} {seconds:7.3f} s  {share:5.1f} %")
    print(
        json.dumps(
            {
                "bench": "broadcast",
                "clients": n,
                "msgs_per_s": round(rate, 1),
                "ceiling_msgs_per_s": round(ceiling, 1),
                "naive_msgs_per_s": round(naive, 1),
                "peak_rss_mb": round(peak_ours, 1),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
