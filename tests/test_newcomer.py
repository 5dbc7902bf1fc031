"""Issue 10, "a newcomer is never stuck": the messages a first-time user meets,
in plain words (config, templates, the command line)."""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from practice import REPO, Practice, ok

from carecall_mail.app.cli import build_parser
from carecall_mail.config.loading import load_config
from carecall_mail.core.errors import ConfigError, Problem
from carecall_mail.core.timezones import legacy_zone_problem, suggest_zone
from carecall_mail.templates.render import check_templates

MONDAY_EARLY = "2026-11-23T07:02:00+01:00"


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
    [
        ("EST", "America/New_York"),
        ("PST", "America/Los_Angeles"),
        ("CET", "Europe/Berlin"),
        ("MST", "America/Denver"),
    ],
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
    assert "write it as a list: [2026-11-24]" in problem.message
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


def test_a_tab_before_a_key_is_named_as_a_tab_too(practice: Practice) -> None:
    # PyYAML says "found a tab character that violates indentation" for this one.
    line = practice.replace("config/clients.yaml", "    name: Maria Keller", "\tname: Maria Keller")
    (problem,) = problems_of(practice)
    assert problem.line == line
    assert problem.message == (
        "YAML syntax error: a tab character: YAML indents with spaces, not tabs (replace it)"
    )


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


def template_problems(practice: Practice) -> list[Problem]:
    config = load_config(practice.config)
    return check_templates(
        config.templates_dir, config.template_names(), config.practice.practitioner
    )


@pytest.mark.parametrize("written", ["+41790000000", "0441234567"])
def test_an_unquoted_phone_number_says_put_it_in_quotes(practice: Practice, written: str) -> None:
    line = practice.replace("config/schedules.yaml", '"+41 79 000 00 00"', written)
    (problem,) = problems_of(practice)
    assert problem.line == line
    # YAML read 0441234567 as the octal 75839863: the message quotes what was written.
    assert problem.message.endswith(f'put it in quotes: emergency_contact: "{written}"')
    assert "75839863" not in problem.message


def test_an_autoreply_using_client_without_a_guard_says_how_to_guard_it(
    practice: Practice,
) -> None:
    text = practice.read("templates/holiday_autoreply.j2")
    greeting = next(line for line in text.splitlines() if "Hello," in line)
    line = practice.replace(
        "templates/holiday_autoreply.j2", greeting, "Dear {{ client.preferred_name }},"
    )
    (problem,) = template_problems(practice)
    assert problem.line == line
    assert problem.message.startswith(
        "undefined: client is empty when the sender is not one of your clients: use {% if client %}"
    )


def test_a_revealing_subject_names_the_word_never_the_sample_client(practice: Practice) -> None:
    practice.replace(
        "templates/checkin.j2",
        "How are you getting on, {{ client.preferred_name }}?",
        "Your therapy, {{ client.preferred_name }}",
    )
    (problem,) = template_problems(practice)
    assert "the subject says 'therapy'" in problem.message
    assert "Sam" not in problem.message  # the sample client validate renders with


def test_init_refuses_a_config_folder_and_a_folder_in_use(tmp_path: Path) -> None:
    (tmp_path / "practice/config").mkdir(parents=True)
    result = carecall("init", str(tmp_path / "practice/config"), cwd=tmp_path)
    assert result.returncode == 1
    assert "is a config/ folder" in result.stderr
    assert f"carecall init {tmp_path / 'practice'}" in result.stderr
    assert not (tmp_path / "practice/config/config").exists()

    (tmp_path / "home").mkdir()
    (tmp_path / "home/notes.txt").write_text("mine\n", encoding="utf-8")
    result = carecall("init", str(tmp_path / "home"), cwd=tmp_path)
    assert result.returncode == 1
    assert "exists and is not empty" in result.stderr and "--force" in result.stderr
    assert sorted(p.name for p in (tmp_path / "home").iterdir()) == ["notes.txt"]


def test_a_command_outside_a_practice_says_where_it_looked(tmp_path: Path) -> None:
    result = carecall("validate", cwd=tmp_path)
    assert result.returncode == 1
    assert "no practice here: looked for practice.yaml, clients.yaml, schedules.yaml in " in (
        result.stderr
    )
    assert str(tmp_path / "config") in result.stderr and "carecall init DIR" in result.stderr
    assert "file is missing" not in result.stderr
    # -c naming the practice folder instead of its config/ folder.
    assert carecall("init", str(tmp_path / "p"), cwd=tmp_path).returncode == 0
    result = carecall("status", "-c", str(tmp_path / "p"), cwd=tmp_path)
    assert result.returncode == 1
    assert f"did you mean -c {tmp_path / 'p/config'}?" in result.stderr


def test_every_subcommand_help_has_an_example() -> None:
    parser = build_parser()
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    missing = [
        name
        for name, command in sub.choices.items()
        if not (command.epilog or "").startswith(f"example: carecall {name}")
    ]
    assert missing == []


def test_status_lists_the_next_sends_and_says_what_skipped_means(practice: Practice) -> None:
    # The example practice's first pass finds check-ins from long ago: they are skipped.
    ok(practice, "send", "--now", MONDAY_EARLY)
    out = ok(practice, "status", "--now", MONDAY_EARLY)
    skipped = re.search(r"(\d+) skipped", out)
    assert skipped and int(skipped[1]) > 0
    assert f"\nSkipped ({skipped[1]}): never sent, on purpose" in out
    assert f"\n  {skipped[1]} past grace: too late to be worth sending" in out
    next_sends = out[out.index("Next sends") :].splitlines()
    assert next_sends[0].startswith("Next sends (") and "practice time" in next_sends[0]
    # The first to go: Monday 09:00 in Zurich, when the window opens.
    assert next_sends[1].split()[:3] == ["2026-11-23", "09:00", "checkin"]


def test_the_readme_first_command_explains_its_skipped(tmp_path: Path) -> None:
    assert carecall("init", str(tmp_path), cwd=tmp_path).returncode == 0
    result = carecall("run", "--once", "--now", "2026-11-23T10:00:00+01:00", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    counts, hint = result.stdout.splitlines()[-2:]
    assert re.search(r", [1-9]\d* skipped$", counts)
    assert hint.startswith("(skipped: never sent, on purpose") and "carecall status" in hint
    result = carecall("send", "--now", "2026-11-23T10:05:00+01:00", cwd=tmp_path)
    assert "skipped: never sent" not in result.stdout  # nothing was skipped this time


@pytest.mark.parametrize("everything", [False, True])
def test_plan_json_and_the_table_list_the_same_rows(practice: Practice, everything: bool) -> None:
    more = ["--all"] if everything else []
    args = ("plan", "--days", "30", "--now", MONDAY_EARLY, *more)
    table_keys = {
        key for line in ok(practice, *args).splitlines() for key in re.findall(r"\S+:c-\S+", line)
    }
    rows = [json.loads(line) for line in ok(practice, *args, "--json").splitlines()]
    assert {row["key"] for row in rows} == table_keys
    assert any(row["skip_reason"] for row in rows) is everything


def test_readme_puts_carecall_on_the_path_before_it_is_typed_bare() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first = readme.index("```sh")
    first_command = readme[first : readme.index("```", first + 5)]
    assert ".venv/bin/carecall " in first_command
    bare = re.search(r"^carecall \w", readme, re.MULTILINE)
    assert bare is not None and "activate` puts `carecall` on your PATH" in readme[: bare.start()]


# ---------------------------------------------------------------- client-facing wording


def preview(practice: Practice, key: str) -> str:
    return ok(practice, "preview", key, "--now", MONDAY_EARLY)


def test_a_late_check_in_names_the_session_not_a_week(practice: Practice) -> None:
    # Tom's last session was 10 November; the check-in goes on the 23rd.
    text = preview(practice, "checkin:c-004:2026-11-10:one-week")
    assert "a week" not in text
    assert "since we last met on Tuesday 10 November 2026." in text


def test_the_autoreply_keeps_the_blank_line_after_the_greeting(practice: Practice) -> None:
    from carecall_mail.core.context import practitioner_view
    from carecall_mail.core.kinds import sample_contexts
    from carecall_mail.templates.render import Renderer

    config = load_config(practice.config)
    renderer = Renderer(config.templates_dir)
    greetings = set()
    for context in sample_contexts(
        "holiday_autoreply", practitioner_view(config.practice.practitioner)
    ):
        text = renderer.render("holiday_autoreply", context).text
        greeting, blank, body = text.split("\n", 2)
        assert blank == "" and body.startswith("Thank you"), text
        greetings.add(greeting)
    assert greetings == {"Dear Sam,", "Hello,"}


def test_a_holiday_notice_lists_only_supplies_that_run_out_during_the_break(
    practice: Practice,
) -> None:
    # Maria's magnesium runs out on 31 December, inside the break; a tincture that
    # lasts until 10 January, after it, is not "run out while I am away".
    practice.replace(
        "config/clients.yaml",
        "        days: 90                   # how long the supply lasts\n",
        "        days: 90                   # how long the supply lasts\n"
        "      - item: Valerian tincture\n"
        "        dispensed: 2026-11-01\n"
        "        days: 70\n",
    )
    text = preview(practice, "holiday_notice:c-001:winter-2026:2026-12-20:21d")
    assert "Magnesium complex, until about Thursday 31 December 2026" in text
    assert "Valerian" not in text


def test_a_resupply_reminder_close_to_a_break_mentions_it(practice: Practice) -> None:
    # Aiko's drops run out on 17 December, three days before the break.
    text = preview(practice, "resupply:c-007:vitamin-d3-drops:2026-11-02")
    assert "should last until about Thursday 17 December 2026." in text
    assert "I will be away from Sunday 20 December 2026 to Monday 4 January 2027," in text
