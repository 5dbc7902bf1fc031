"""How long `carecall validate` takes on a large practice.

Writes a practice of N clients (default 10,000) into a temp dir, then times, in
the same process so a loaded machine skews both sides alike:

- `load_config` as shipped (rapidyaml fast path for the YAML), with its caches
  (email syntax, time zones) cleared before every run, as in a fresh
  `carecall validate`;
- the same `load_config` with the fast path turned off (every file through
  PyYAML's CSafeLoader): the baseline;
- the bare YAML load of clients.yaml: `load_yaml` (ours), `yaml.load` with
  CSafeLoader, and once with the pure-Python SafeLoader (what a naive loader costs).

Runs interleave ours and the baseline and keep each one's best. Last line: one
JSON object.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from carecall_mail.config import loading, yamlload
from carecall_mail.config import schema as config
from carecall_mail.config.loading import load_config

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


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def cold_load(config_dir: Path) -> None:
    config._check_email.cache_clear()
    config.zone.cache_clear()
    load_config(config_dir)


def pyyaml_only_load(config_dir: Path) -> None:
    saved = yamlload.FAST_MIN_CHARS
    yamlload.FAST_MIN_CHARS = 1 << 62  # every file through yaml.load
    try:
        cold_load(config_dir)
    finally:
        yamlload.FAST_MIN_CHARS = saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--no-pure", action="store_true", help="skip the pure-Python SafeLoader (slow) run"
    )
    args = parser.parse_args()
    loader = loading._Loader
    with tempfile.TemporaryDirectory() as tmp:
        config_dir = write_practice(Path(tmp), args.clients)
        text = (config_dir / "clients.yaml").read_text(encoding="utf-8")
        if yamlload.load_yaml(text, loader) != yaml.load(text, Loader=loader):
            raise SystemExit("the fast path and PyYAML disagree on clients.yaml")
        best: dict[str, float] = {}
        runs: dict[str, Callable[[], Any]] = {
            "validate": lambda: cold_load(config_dir),
            "validate_pyyaml": lambda: pyyaml_only_load(config_dir),
            "yaml_fast": lambda: yamlload.load_yaml(text, loader),
            "yaml_csafe": lambda: yaml.load(text, Loader=loader),
        }
        for _ in range(args.runs):
            for name, fn in runs.items():
                best[name] = min(best.get(name, float("inf")), timed(fn))
        pure = None if args.no_pure else timed(lambda: yaml.load(text, Loader=yaml.SafeLoader))
    n = args.clients
    print(f"{len(text) / 1e6:.1f} MB clients.yaml, {n} clients, best of {args.runs}:")
    print(f"  load_config, fast path:           {best['validate'] * 1000:7.0f} ms")
    print(f"  load_config, PyYAML CSafeLoader:  {best['validate_pyyaml'] * 1000:7.0f} ms")
    print(f"  clients.yaml via load_yaml:       {best['yaml_fast'] * 1000:7.0f} ms")
    print(f"  clients.yaml via CSafeLoader:     {best['yaml_csafe'] * 1000:7.0f} ms")
    if pure is not None:
        print(f"  clients.yaml via SafeLoader (1x): {pure * 1000:7.0f} ms")
    print(f"ratio validate PyYAML/fast: {best['validate_pyyaml'] / best['validate']:.1f}x")
    print(f"ratio YAML CSafeLoader/fast: {best['yaml_csafe'] / best['yaml_fast']:.1f}x")
    print(
        json.dumps(
            {
                "bench": "validate",
                "clients": n,
                "seconds": round(best["validate"], 4),
                "pyyaml_validate_seconds": round(best["validate_pyyaml"], 4),
                "yaml_fast_seconds": round(best["yaml_fast"], 4),
                "yaml_csafe_seconds": round(best["yaml_csafe"], 4),
                "naive_yaml_seconds": None if pure is None else round(pure, 4),
                "ratio": round(best["validate_pyyaml"] / best["validate"], 2),
                "yaml_ratio": round(best["yaml_csafe"] / best["yaml_fast"], 2),
            }
        )
    )


if __name__ == "__main__":
    main()
