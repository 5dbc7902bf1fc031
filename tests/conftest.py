"""Shared fixtures: the example practice, the real loopback mail system and the
fault-injecting SMTP server."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from hypothesis.database import DirectoryBasedExampleDatabase
from mailservers import MailSystem, start_mail_system
from practice import REPO, InboxDesk, Practice, open_desk
from smtp_fault_server import FaultSMTPServer

from carecall_mail.core.triage import model as triage_model

# Hypothesis's example database: none in CI (a fresh clone has nothing to replay); locally
# one per pytest-xdist worker, so two workers never write one directory at once. A test's
# own @settings still win over the profile; HYPOTHESIS_PROFILE picks another.
_worker = os.environ.get("PYTEST_XDIST_WORKER")
_dev: dict[str, Any] = {}
if _worker:
    _dev["database"] = DirectoryBasedExampleDatabase(REPO / ".hypothesis" / f"examples-{_worker}")
settings.register_profile("ci", database=None)
settings.register_profile("dev", **_dev)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture
def practice(tmp_path: Path) -> Practice:
    """A throwaway copy of the example practice (config/, templates/)."""
    return Practice(tmp_path / "practice")


@pytest.fixture
def inbox_desk(tmp_path: Path) -> Iterator[InboxDesk]:
    """The example practice open for the inbox job: real ledger, real Maildirs."""
    with open_desk(tmp_path / "practice") as desk:
        yield desk


@pytest.fixture
def lexicon_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second reader (core/triage/model.py) with no opinion: it never raises a level,
    so a test of a phrase family sees the lexicon's own reading, not the model's rescue."""
    silent = {"crisis": 0.0, "concern": 0.0, "none": 1.0}
    monkeypatch.setattr(triage_model, "probabilities", lambda text: silent)


@pytest.fixture(autouse=True)
def _restore_package_logging() -> Iterator[None]:
    """Tests that call `cli.main()` in-process run `logs.configure`, which sets the
    `carecall_mail` logger to WARNING; without this, later tests' caplog saw no INFO
    records, depending on test order."""
    package = logging.getLogger("carecall_mail")
    level, handlers = package.level, package.handlers[:]
    # `logs.configure` puts its handler on the root logger (for libraries' records).
    root = logging.getLogger()
    root_handlers = root.handlers[:]
    yield
    package.setLevel(level)
    package.handlers[:] = handlers
    root.handlers[:] = root_handlers


@pytest.fixture(scope="session")
def mail_system() -> Iterator[MailSystem]:
    """Real Postfix + Dovecot on 127.0.0.1, started once per session (~2-3 s).

    Mailboxes persist across tests: mark each message with a unique token and wait for
    that token. Fails (does not skip) when the servers are not installed.
    """
    system = start_mail_system()
    try:
        yield system
    finally:
        system.stop()


@pytest.fixture
def fault_smtp(request: pytest.FixtureRequest) -> Iterator[FaultSMTPServer]:
    """A fresh recording/fault-injecting SMTP server: STARTTLS and AUTH offered.

    Other setups via indirect parametrization, e.g.
    `@pytest.mark.parametrize("fault_smtp", [{"implicit_tls": True, "starttls": False}],
    indirect=True)`; the dict is passed to FaultSMTPServer as keyword arguments.
    """
    kwargs: dict[str, Any] = getattr(request, "param", {})
    with FaultSMTPServer(**kwargs) as server:
        yield server
