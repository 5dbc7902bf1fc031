"""`carecall init` and `carecall validate` as a new user runs them, in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def carecall(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "carecall_mail", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
        check=False,
    )


def test_init_writes_a_practice_that_validates(tmp_path: Path) -> None:
    result = carecall("init", str(tmp_path / "x"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "x/config/clients.yaml").is_file()
    assert (tmp_path / "x/templates/checkin.j2").is_file()
    result = carecall("validate", "-c", str(tmp_path / "x/config"))
    assert result.returncode == 0, result.stderr
    assert "OK: 8 clients" in result.stdout


def test_init_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    assert carecall("init", str(tmp_path)).returncode == 0
    (tmp_path / "config/clients.yaml").write_text("clients: []\n", encoding="utf-8")
    result = carecall("init", str(tmp_path))
    assert result.returncode == 1
    assert "--force" in result.stderr
    assert (tmp_path / "config/clients.yaml").read_text(encoding="utf-8") == "clients: []\n"


def test_validate_defaults_to_config_in_the_working_directory(tmp_path: Path) -> None:
    assert carecall("init", str(tmp_path)).returncode == 0
    result = carecall("validate", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_validate_lists_every_problem_and_exits_1(tmp_path: Path) -> None:
    assert carecall("init", str(tmp_path)).returncode == 0
    schedules = tmp_path / "config/schedules.yaml"
    schedules.write_text(
        schedules.read_text(encoding="utf-8").replace(
            "after_last_session: 7d", "after_last_session: 7 days"
        ),
        encoding="utf-8",
    )
    clients = tmp_path / "config/clients.yaml"
    clients.write_text(
        clients.read_text(encoding="utf-8").replace(
            "email: aiko@example.jp", "email: aiko.example.jp"
        ),
        encoding="utf-8",
    )
    result = carecall("validate", "-c", str(tmp_path / "config"))
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if ".yaml:" in line]
    assert len(lines) == 2, result.stderr
    assert any("schedules.yaml:" in line and "after_last_session" in line for line in lines)
    assert any("clients.yaml:" in line and "email" in line for line in lines)
    assert "2 problems found" in result.stderr


def test_validate_reports_template_errors_as_file_and_line(tmp_path: Path) -> None:
    assert carecall("init", str(tmp_path)).returncode == 0
    template = tmp_path / "templates/resupply.j2"
    template.write_text(
        template.read_text(encoding="utf-8").replace(
            "{{ supply.item }} you received", "{{ suply.item }} you received"
        ),
        encoding="utf-8",
    )
    result = carecall("validate", "-c", str(tmp_path / "config"))
    assert result.returncode == 1
    assert f"{template}:" in result.stderr
    assert "suply" in result.stderr


def test_a_broken_config_and_a_broken_template_are_reported_together(tmp_path: Path) -> None:
    assert carecall("init", str(tmp_path)).returncode == 0
    clients = tmp_path / "config/clients.yaml"
    clients.write_text(
        clients.read_text(encoding="utf-8").replace(
            "email: jonas@example.org", "email: jonas.example.org"
        ),
        encoding="utf-8",
    )
    template = tmp_path / "templates/resupply.j2"
    template.write_text(
        template.read_text(encoding="utf-8").replace(
            "{{ supply.item }} you received", "{{ suply.item }} you received"
        ),
        encoding="utf-8",
    )
    result = carecall("validate", cwd=tmp_path)
    assert result.returncode == 1
    assert "config/clients.yaml:" in result.stderr
    assert "templates/resupply.j2:" in result.stderr and "suply" in result.stderr
    assert "2 problems found" in result.stderr
