"""How long `carecall validate` takes on a large practice.

Writes a practice of N clients (default 10,000) into a temp dir, then times
load_config (YAML via the C loader, pydantic validation, cross-field checks)
and, in the same process as the baseline, a bare `yaml.load` with the pure
Python SafeLoader of the same file (what a naive loader would cost).
Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

import yaml

from carecall_mail.config import load_config

REPO = Path(__file__).resolve().parents[1]


def write_practice(root: Path, clients: int) -> Path:
    shutil.copytree(REPO / "config", root / "config", dirs_exist_ok=True)
    shutil.copytree(REPO / "templates", root / "templates", dirs_exist_ok=True)
    lines = ["clients:"]
    zones = ["Europe/Zurich", "Europe/Berlin", "America/New_York", "Asia/Tokyo"]
    for i in range(clients):
        lines += [
            f"  - id: c-{i:06d}",
            f"    name: Client Number{i}",
            f"    email: client{i}@example.org",
            f"    timezone: {zones[i % len(zones)]}",
            f"    birthday: 19{50 + i % 50}-0{1 + i % 9}-1{i % 10}",
            f"    emergency: {'true' if i % 17 == 0 else 'false'}",
            "    consent: {checkins: true, reminders: true, birthday: true, notices: true}",
            f"    sessions: [2026-0{1 + i % 9}-1{i % 10}, 2026-10-0{1 + i % 9}]",
            "    supplies:",
            "      - item: Magnesium complex",
            "        dispensed: 2026-10-02",
            f"        days: {30 + i % 90}",
        ]
    (root / "config" / "clients.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root / "config"


def best_of(runs: int, fn: object) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        config_dir = write_practice(Path(tmp), args.clients)
        text = (config_dir / "clients.yaml").read_text(encoding="utf-8")
        seconds = best_of(args.runs, lambda: load_config(config_dir))
        naive = best_of(1, lambda: yaml.load(text, Loader=yaml.SafeLoader))
    print(f"validate {args.clients} clients: {seconds * 1000:.0f} ms (best of {args.runs})")
    print(f"pure-Python yaml.safe_load of clients.yaml alone: {naive * 1000:.0f} ms")
    print(f"ratio naive/ours: {naive / seconds:.2f}x")
    print(
        json.dumps(
            {
                "bench": "validate",
                "clients": args.clients,
                "seconds": round(seconds, 4),
                "naive_yaml_seconds": round(naive, 4),
                "ratio": round(naive / seconds, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
