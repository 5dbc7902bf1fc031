"""The layout is the architecture: which layer may import which, checked on every run.

    core        pure decisions: no store, transports, jobs, app or logs, and no I/O library
    config      the practice's YAML (may use core)
    templates   rendering and composing (may use core, config)
    store       what is remembered; transports: mail in and out (neither uses jobs or app)
    jobs        the passes the worker runs (never app)
    app         runtime, worker, CLI

Imports inside functions and under TYPE_CHECKING count too: a lazy import is still a
dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "carecall_mail"

# For each layer, the carecall_mail layers (first dotted part) it must not import.
FORBIDDEN_LAYERS = {
    "core": {"store", "transports", "jobs", "app", "logs"},
    "config": {"templates", "transports", "jobs", "app"},
    "templates": {"transports", "jobs", "app"},
    "store": {"templates", "transports", "jobs", "app"},
    "transports": {"templates", "jobs", "app"},
    "jobs": {"app"},
}

# Libraries that reach outside the process: files, sockets, databases, processes, time.
IO_LIBRARIES = {
    "aiosmtpd",
    "aiosmtplib",
    "asyncio",
    "fcntl",
    "ftplib",
    "http",
    "imapclient",
    "imaplib",
    "mailbox",
    "multiprocessing",
    "os",
    "poplib",
    "psycopg",
    "selectors",
    "shutil",
    "signal",
    "smtplib",
    "socket",
    "sqlite3",
    "ssl",
    "subprocess",
    "tempfile",
    "threading",
    "time",
    "urllib.request",
}


def _imports(path: Path) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            if node.module == "carecall_mail":  # `from carecall_mail import logs`
                found += [(node.lineno, f"carecall_mail.{alias.name}") for alias in node.names]
    return found


def _layer(path: Path, package: Path) -> str:
    return path.relative_to(package).parts[0].removesuffix(".py")


def violations(package: Path = PACKAGE) -> list[str]:
    """Every import that crosses the layering, as `file:line: layer imports name`."""
    out = []
    for path in sorted(package.rglob("*.py")):
        layer = _layer(path, package)
        banned = FORBIDDEN_LAYERS.get(layer, set())
        for line, name in _imports(path):
            parts = name.split(".")
            if parts[0] == "carecall_mail" and len(parts) > 1 and parts[1] in banned:
                why = f"{layer} imports {name}"
            elif layer == "core" and any(
                name == lib or name.startswith(lib + ".") for lib in IO_LIBRARIES
            ):
                why = f"core imports the I/O library {name}"
            else:
                continue
            out.append(f"{path.relative_to(package.parent)}:{line}: {why}")
    return out


def test_every_module_keeps_to_its_layer() -> None:
    assert violations() == []


# Reading the clock: the core is told the time (DESIGN.md), it never asks for it.
CLOCK_CALLS = {"now", "today", "utcnow"}  # the time module itself is an I/O library above


def clock_reads(package: Path = PACKAGE) -> list[str]:
    """Every `x.now()`-like call in core, as `file:line: name`."""
    out = []
    for path in sorted((package / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            func = node.func if isinstance(node, ast.Call) else None
            if isinstance(func, ast.Attribute) and func.attr in CLOCK_CALLS:
                out.append(f"{path.relative_to(package.parent)}:{node.lineno}: {func.attr}()")
    return out


def test_the_core_never_reads_the_clock() -> None:
    assert clock_reads() == []


def test_the_clock_rule_sees_a_clock_read(tmp_path: Path) -> None:
    package = tmp_path / "carecall_mail"
    (package / "core").mkdir(parents=True)
    (package / "core" / "late.py").write_text(
        "from datetime import datetime\n\ndef f():\n    return datetime.now()\n"
    )
    assert clock_reads(package) == ["carecall_mail/core/late.py:4: now()"]


def test_every_module_is_in_a_layer() -> None:
    # A new flat module would slip past the rule above; it must join a layer.
    top = {p.name for p in PACKAGE.glob("*.py")}
    assert top == {"__init__.py", "__main__.py", "logs.py"}


@pytest.mark.parametrize(
    ("layer", "source", "expected"),
    [
        (
            "core",
            "from carecall_mail.store.sqlite import Ledger\n",
            "core imports carecall_mail.store",
        ),
        ("core", "def f():\n    import sqlite3\n", "core imports the I/O library sqlite3"),
        ("core", "from carecall_mail import logs\n", "core imports carecall_mail.logs"),
        ("core", "from urllib.request import urlopen\n", "core imports the I/O library urllib"),
        ("jobs", "from carecall_mail.app import cli\n", "jobs imports carecall_mail.app"),
        ("store", "from carecall_mail.jobs.send import x\n", "store imports carecall_mail.jobs"),
    ],
)
def test_the_rule_sees_a_crossing(tmp_path: Path, layer: str, source: str, expected: str) -> None:
    package = tmp_path / "carecall_mail"
    (package / layer).mkdir(parents=True)
    (package / layer / "bad.py").write_text(source)
    (package / layer / "fine.py").write_text(
        "from dataclasses import dataclass\nimport urllib.parse\n"
    )
    found = violations(package)
    assert len(found) == 1 and expected in found[0], found
    assert found[0].startswith(f"carecall_mail/{layer}/bad.py:")


def test_a_module_may_use_its_own_and_lower_layers(tmp_path: Path) -> None:
    package = tmp_path / "carecall_mail"
    (package / "jobs").mkdir(parents=True)
    (package / "jobs" / "ok.py").write_text(
        "import asyncio\nfrom carecall_mail.core import kinds\nfrom carecall_mail.store import keys"
    )
    assert violations(package) == []
