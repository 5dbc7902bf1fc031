"""Issue 10, "a newcomer is never stuck": the messages a first-time user meets,
in plain words (config, templates, the command line)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from practice import Practice

from carecall_mail.config import load_config
from carecall_mail.errors import ConfigError, Problem
from carecall_mail.render import check_templates
from carecall_mail.timezones import legacy_zone_problem, suggest_zone


@pytest.fixture
def practice(tmp_path: Path) -> Practice:
    return Practice(tmp_path / "practice")


def problems_of(practice: Practice) -> list[Problem]:
    with pytest.raises(ConfigError) as caught:
        load_config(practice.config)
    return caught.value.problems


def carecall(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "carecall_mail", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("New York", "America/New_York"),
        ("Europe/Zurik", "Europe/Zurich"),
    ],
)
def test_an_unknown_zone_suggests_the_one_meant(written: str, meant: str) -> None:
    assert suggest_zone(written) == meant


@pytest.mark.parametrize(
    ("written", "suggested"),
    [("EST", "America/New_York"), ("PST", "America/Los_Angeles"), ("CET", "Europe/Berlin")],
)
def test_legacy_zone_names_are_refused_with_the_place_to_write(
    written: str, suggested: str
) -> None:
    problem = legacy_zone_problem(written)
    assert problem is not None and suggested in problem


def test_fixed_offsets_are_refused_and_place_names_pass() -> None:
    assert "daylight saving" in (legacy_zone_problem("UTC+1") or "")
    assert "daylight saving" in (legacy_zone_problem("EST") or "")
    assert legacy_zone_problem("America/New_York") is None
    assert legacy_zone_problem("UTC") is None


def test_zone_problems_read_at_their_line(practice: Practice) -> None:
    client_line = practice.replace("config/clients.yaml", "Europe/Berlin", "Berlin")
    practice_line = practice.replace("config/practice.yaml", "Europe/Zurich", "EST")
    messages = {(Path(p.file).name, p.line): p.message for p in problems_of(practice)}
    assert "did you mean Europe/Berlin?" in messages["clients.yaml", client_line]
    est = messages["practice.yaml", practice_line]
    assert "no daylight saving" in est and "America/New_York" in est


def test_one_date_where_a_list_goes_says_how_to_write_it(practice: Practice) -> None:
    text = practice.read("config/clients.yaml")
    old = next(line for line in text.splitlines() if "sessions: [" in line)
    line = practice.replace("config/clients.yaml", old, "    sessions: 2026-11-24")
    (problem,) = problems_of(practice)
    assert problem.line == line
    assert "sessions: expected a list of dates like [2026-11-24], got one date" in problem.message
    assert "datetime" not in problem.message


def test_a_tab_is_named_as_a_tab(practice: Practice) -> None:
    text = practice.read("config/schedules.yaml")
    lines = text.splitlines()
    target = next(i for i, line in enumerate(lines) if line.startswith("  - id"))
    lines[target] = "\t- id" + lines[target][len("  - id") :]
    practice.write("config/schedules.yaml", "\n".join(lines) + "\n")
    (problem,) = problems_of(practice)
    assert problem.line == target + 1
    assert "a tab character" in problem.message and "spaces" in problem.message


def test_a_template_field_typo_gets_a_did_you_mean(practice: Practice) -> None:
    line = practice.replace(
        "templates/checkin.j2",
        "Dear {{ client.preferred_name }},",
        "Dear {{ client.prefered_name }},",
    )
    config = load_config(practice.config)
    problems = check_templates(
        config.templates_dir, config.template_names(), config.practice.practitioner
    )
    assert problems[0].line == line
    assert problems[0].message == (
        "undefined: client has no field 'prefered_name' (did you mean 'preferred_name'?)"
    )


def test_carecall_alone_prints_the_help(tmp_path: Path) -> None:
    result = carecall(cwd=tmp_path)
    assert result.returncode == 2
    assert "usage: carecall" in result.stderr and "validate" in result.stderr
    assert "error:" not in result.stderr


def test_logging_and_config_options_work_before_the_command(tmp_path: Path) -> None:
    assert carecall("init", str(tmp_path / "p"), cwd=tmp_path).returncode == 0
    result = carecall("-q", "-c", str(tmp_path / "p/config"), "validate", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    result = carecall("-vv", "validate", cwd=tmp_path / "p")
    assert result.returncode == 0, result.stderr


def test_run_once_before_the_window_says_when_it_opens(tmp_path: Path) -> None:
    assert carecall("init", str(tmp_path), cwd=tmp_path).returncode == 0
    # Monday 07:02 in Zurich: the example's check-ins are due today, the window opens at 09:00.
    result = carecall("run", "--once", "--now", "2026-11-23T07:02:00+01:00", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "wait for the send window, which opens Mon 2026-11-23 09:00 Europe/Zurich" in (
        result.stdout
    )
    result = carecall("send", "--now", "2026-11-23T07:03:00+01:00", cwd=tmp_path)
    assert "opens Mon 2026-11-23 09:00 Europe/Zurich" in result.stdout
