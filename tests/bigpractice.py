"""Large generated practices for the crash test and the broadcast bench.

`write_big_practice(root, clients=N)` writes a complete practice folder
(config/, templates/ copied from the repo, var/) whose only rule is a holiday
notice due at `NOTICE_DUE` to every client (audience `all`), so one sending pass
at `NOW` is a broadcast of exactly N messages. Some clients carry non-ASCII
names so the encoded headers are exercised at scale.

Importable from bench scripts (`sys.path.insert(0, "tests")`): no pytest here.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

REPO = Path(__file__).resolve().parents[1]
ZURICH = ZoneInfo("Europe/Zurich")

HOLIDAY_ID = "spring-2027"
# A Monday: the 14-day notice falls on Monday 1 March 2027, 09:00 in Zurich.
HOLIDAY_FROM = "2027-03-15"
HOLIDAY_TO = "2027-03-26"
NOTICE_BEFORE = "14d"
NOTICE_DUE = datetime(2027, 3, 1, 9, 0, tzinfo=ZURICH)
NOW = datetime(2027, 3, 1, 10, 0, tzinfo=ZURICH)

_FIRST = ("Maria", "Jonas", "Zoë", "Lena", "Tom", "Łukasz", "Aiko", "Elena", "Ana", "Björn")
_LAST = ("Keller", "Meier", "Dupré", "Roth", "Baker", "Nowak", "Tanaka", "García", "O'Neil")


@dataclass(frozen=True)
class BigPractice:
    root: Path
    clients: int

    @property
    def config(self) -> Path:
        return self.root / "config"

    @property
    def ledger(self) -> Path:
        return self.root / "var" / "ledger.sqlite3"

    def client_id(self, i: int) -> str:
        return client_id(i)

    def email(self, i: int) -> str:
        return client_email(i)

    def notice_key(self, i: int) -> str:
        return f"holiday_notice:{client_id(i)}:{HOLIDAY_ID}:{HOLIDAY_FROM}:{NOTICE_BEFORE}"


def client_id(i: int) -> str:
    return f"c-{i:05d}"


def client_email(i: int) -> str:
    return f"client{i:05d}@example.org"


def smtp_outgoing(
    host: str,
    port: int,
    *,
    security: str = "none",
    ca_file: Path | None = None,
    connections: int | None = None,
    timeout: float | None = None,
) -> dict[str, Any]:
    """An `outgoing:` block for practice.yaml (security none only to loopback)."""
    out: dict[str, Any] = {"transport": "smtp", "host": host, "port": port, "security": security}
    if ca_file is not None:
        out["ca_file"] = str(ca_file)
    if connections is not None:
        out["connections"] = connections
    if timeout is not None:
        out["timeout"] = timeout
    return out


def write_big_practice(
    root: Path,
    clients: int,
    *,
    outgoing: Mapping[str, Any] | None = None,
) -> BigPractice:
    """Write a practice of `clients` clients whose holiday notice is due at NOW."""
    (root / "config").mkdir(parents=True, exist_ok=True)
    templates = root / "templates"
    if templates.exists():
        shutil.rmtree(templates)
    shutil.copytree(REPO / "templates", templates)
    practice = {
        "practitioner": {
            "name": "Ana Field",
            "email": "ana@fieldpractice.example",
            "emergency_email": "ana.mobile@fieldpractice.example",
            "signature": "Ana Field, Naturopath\n",
        },
        "timezone": "Europe/Zurich",
        "send_window": {
            "days": ["mon", "tue", "wed", "thu", "fri"],
            "start": "09:00",
            "end": "17:00",
        },
        "state_dir": "var",
        "outgoing": dict(outgoing) if outgoing else {"transport": "maildir"},
        "incoming": {"transport": "maildir"},
    }
    rows = []
    for i in range(clients):
        first = _FIRST[i % len(_FIRST)]
        last = _LAST[(i // len(_FIRST)) % len(_LAST)]
        rows.append(
            {
                "id": client_id(i),
                "name": f"{first} {last}",
                "preferred_name": first,
                "email": client_email(i),
                "emergency": i % 7 == 0,
                "sessions": ["2026-11-02"],
            }
        )
    schedules = {
        "checkins": [],
        "holidays": [
            {
                "id": HOLIDAY_ID,
                "from": HOLIDAY_FROM,
                "to": HOLIDAY_TO,
                "notice_before": [NOTICE_BEFORE],
                "template": "holiday_notice",
                "autoreply_template": "holiday_autoreply",
                "emergency_contact": "+41 79 000 00 00",
                "audience": "all",
            }
        ],
    }
    _dump(root / "config" / "practice.yaml", practice)
    _dump(root / "config" / "clients.yaml", {"clients": rows})
    _dump(root / "config" / "schedules.yaml", schedules)
    return BigPractice(root, clients)


def _dump(path: Path, data: Mapping[str, Any]) -> None:
    text = yaml.dump(
        dict(data), Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False
    )
    path.write_text(text, encoding="utf-8")


# The C dumper writes 20,000 clients in a fraction of the pure-Python one's time.
_Dumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
