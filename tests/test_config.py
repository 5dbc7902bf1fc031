"""Loading and validating the practice's YAML: values in, every problem out with its line."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from practice import REPO, Practice, cli

from carecall_mail.config.loading import load_config
from carecall_mail.core.durations import Duration, add_months
from carecall_mail.core.errors import ConfigError, Problem


def problems_of(practice: Practice) -> list[Problem]:
    with pytest.raises(ConfigError) as caught:
        load_config(practice.config)
    return caught.value.problems


def only(problems: list[Problem], file: str) -> list[Problem]:
    return [p for p in problems if p.file.endswith(file)]


def test_the_example_practice_loads_as_designed() -> None:
    config = load_config(REPO / "config")
    assert config.practice.practitioner.email == "ana@fieldpractice.example"
    assert config.practice.timezone == "Europe/Zurich"
    assert config.practice.send_window.start == time(9, 0)
    assert config.practice.outgoing.transport == "maildir"
    maria = config.client("c-001")
    assert maria is not None
    assert maria.emergency is True
    assert maria.sessions[-1] == date(2026, 10, 2)
    assert maria.supplies[0].runs_out == date(2026, 12, 31)
    assert config.schedules.checkins[1].after_last_session == Duration(3, "mo")
    holiday = config.schedules.holidays[0]
    assert (holiday.from_, holiday.to) == (date(2026, 12, 20), date(2027, 1, 4))
    assert config.state_dir == REPO / "var"
    assert config.templates_dir == REPO / "templates"


def test_the_example_covers_every_story() -> None:
    config = load_config(REPO / "config")
    clients = config.clients
    assert any(c.emergency for c in clients)
    assert any(c.supplies for c in clients)
    assert any(c.birthday for c in clients)
    assert any(not c.consent.checkins and not c.consent.notices for c in clients)
    zones = {c.timezone for c in clients if c.timezone}
    assert "America/New_York" in zones and "Asia/Tokyo" in zones
    assert len(config.schedules.holidays) == 1
    assert 6 <= len(clients) <= 10


def test_unknown_key_gets_a_did_you_mean_on_its_line(practice: Practice) -> None:
    line = practice.replace(
        "config/schedules.yaml", "after_last_session: 3mo", "after_last_sesion: 3mo"
    )
    problems = only(problems_of(practice), "schedules.yaml")
    assert len(problems) == 1, problems  # no second "missing" error for the same typo
    assert problems[0].line == line
    assert "checkins[1].after_last_sesion" in problems[0].message
    assert "did you mean 'after_last_session'" in problems[0].message


def test_every_problem_is_reported_at_once_with_its_line(practice: Practice) -> None:
    email_line = practice.replace("config/clients.yaml", "jonas@example.org", "jonas@@example.org")
    zone_line = practice.replace("config/clients.yaml", "Asia/Tokyo", "Asia/Tokio")
    bool_line = practice.replace(
        "config/clients.yaml",
        "emergency: true\n    sessions: [2026-11-16]",
        "emergency: maybe\n    sessions: [2026-11-16]",
    )
    dup_line = practice.replace("config/clients.yaml", "id: c-005", "id: c-001")
    duration_line = practice.replace(
        "config/schedules.yaml", "after_last_session: 2y", "after_last_session: 2years"
    )
    to_line = practice.replace("config/schedules.yaml", "to: 2027-01-04", "to: 2026-12-01")
    template_line = practice.replace(
        "config/schedules.yaml", "template: birthday", "template: bday"
    )
    practice_zone_line = practice.replace(
        "config/practice.yaml", "timezone: Europe/Zurich", "timezone: Mars/Olympus"
    )
    problems = problems_of(practice)
    found = {(Path(p.file).name, p.line) for p in problems}
    expected = {
        ("clients.yaml", email_line),
        ("clients.yaml", zone_line),
        ("clients.yaml", bool_line),
        ("clients.yaml", dup_line),
        ("schedules.yaml", duration_line),
        ("schedules.yaml", to_line),
        ("schedules.yaml", template_line),
        ("practice.yaml", practice_zone_line),
    }
    assert found == expected, problems
    text = "\n".join(str(p) for p in problems)
    assert "not a valid email address" in text
    assert "unknown time zone 'Asia/Tokio'" in text
    assert "expected true or false" in text
    assert "duplicate client id 'c-001'" in text
    assert "'2years' is not a duration" in text
    assert "before the first" in text
    assert "template 'bday' not found" in text


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('name: "Tom Baker"', 'name: "Tom\\r\\nBcc: all@evil.example"', "must be one line"),
        ("name: Tom Baker", 'name: "Tom\\nBaker"', "must be one line"),
        ("email: lena@example.org", 'email: "lena@example.org\\r\\nBcc: x@evil.example"', "email"),
        ("preferred_name: Maria", 'preferred_name: "Maria\\rX"', "must be one line"),
    ],
)
def test_header_fields_refuse_line_breaks(
    practice: Practice, old: str, new: str, expected: str
) -> None:
    if old == 'name: "Tom Baker"':
        practice.replace("config/clients.yaml", "name: Tom Baker", 'name: "Tom Baker"')
    line = practice.replace("config/clients.yaml", old, new)
    problems = problems_of(practice)
    assert [(Path(p.file).name, p.line) for p in problems] == [("clients.yaml", line)]
    assert expected in problems[0].message


def test_practitioner_name_with_a_line_break_is_refused(practice: Practice) -> None:
    line = practice.replace(
        "config/practice.yaml", "name: Ana Field", 'name: "Ana\\nBcc: x@evil.example"'
    )
    problems = problems_of(practice)
    assert [p.line for p in problems] == [line]
    assert "practitioner.name" in problems[0].message


def test_yaml_syntax_error_names_the_line(practice: Practice) -> None:
    text = practice.read("config/clients.yaml")
    lines = text.splitlines()
    target = next(i for i, line in enumerate(lines) if "sessions: [2026-06-30" in line)
    lines[target] = "    sessions: [2026-06-30, 2026-08-20"  # unclosed flow sequence
    practice.write("config/clients.yaml", "\n".join(lines) + "\n")
    problems = problems_of(practice)
    assert len(problems) == 1
    assert problems[0].file.endswith("clients.yaml")
    assert "YAML syntax error" in problems[0].message
    # libyaml notices the unclosed sequence lines later; the report points at its opening
    assert problems[0].line == target + 1


def test_a_missing_file_is_reported(practice: Practice) -> None:
    practice.path("config/schedules.yaml").unlink()
    problems = problems_of(practice)
    assert [(Path(p.file).name, p.line) for p in problems] == [("schedules.yaml", 1)]
    assert "missing" in problems[0].message


def test_wrong_types_and_impossible_dates(practice: Practice) -> None:
    days_line = practice.replace("config/clients.yaml", "days: 90", "days: ninety")
    date_line = practice.replace(
        "config/clients.yaml", "sessions: [2026-11-16]", "sessions: [2026-13-45]"
    )
    problems = problems_of(practice)
    by_line = {p.line: p.message for p in problems}
    assert set(by_line) == {days_line, date_line}
    assert "expected a number" in by_line[days_line]
    assert "expected a date" in by_line[date_line]


def test_unquoted_clock_times_are_understood(practice: Practice) -> None:
    # YAML 1.1 reads 17:00 as the base-60 integer 1020; the practitioner meant five o'clock.
    practice.replace(
        "config/practice.yaml", 'start: "09:00", end: "17:00"', "start: 08:30, end: 17:00"
    )
    config = load_config(practice.config)
    assert config.practice.send_window.start == time(8, 30)
    assert config.practice.send_window.end == time(17, 0)


def test_plaintext_mail_to_a_remote_host_is_refused(practice: Practice) -> None:
    text = practice.read("config/practice.yaml").replace(
        "  transport: maildir               # embedded default: var/outbox is a Maildir",
        "  transport: smtp\n  host: smtp.example.org\n  security: none",
    )
    practice.write("config/practice.yaml", text)
    problems = problems_of(practice)
    assert len(problems) == 1
    assert "outgoing.security" in problems[0].message
    assert "localhost" in problems[0].message


def test_passwords_are_named_by_environment_variable_never_written(practice: Practice) -> None:
    text = practice.read("config/practice.yaml").replace(
        "  transport: maildir               # embedded default: var/outbox is a Maildir",
        "  transport: smtp\n  host: smtp.example.org\n  password: hunter2",
    )
    practice.write("config/practice.yaml", text)
    problems = problems_of(practice)
    assert len(problems) == 1
    assert "unknown key 'password'" in problems[0].message
    assert "password_env" in problems[0].message


def test_calendar_durations() -> None:
    assert Duration.parse("3mo").after(date(2026, 1, 31)) == date(2026, 4, 30)
    assert Duration.parse("1mo").after(date(2028, 1, 31)) == date(2028, 2, 29)
    assert Duration.parse("1y").after(date(2028, 2, 29)) == date(2029, 2, 28)
    assert Duration.parse("2w").after(date(2026, 12, 25)) == date(2027, 1, 8)
    assert Duration.parse("14d").before(date(2026, 3, 1)) == date(2026, 2, 15)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 1, 15), -1) == date(2025, 12, 15)
    for bad in ("7", "7days", "1.5w", "-3d", "3m", ""):
        with pytest.raises(ValueError):
            Duration.parse(bad)


# ---------------------------------------------------------------- the safety net's settings


def test_the_example_sets_crisis_resources_and_the_reply() -> None:
    practice = load_config(REPO / "config").practice
    assert practice.crisis.reply is True
    assert practice.crisis.resources is not None and "144" in practice.crisis.resources
    assert practice.crisis.sends_reply
    assert practice.flag_words == ("dizzy", "rash")
    assert practice.crisis_words == ()


def test_without_a_crisis_block_alerts_only_no_reply(practice: Practice) -> None:
    text = practice.read("config/practice.yaml")
    start = text.index("crisis:\n")
    end = text.index("# Ana's own words")
    practice.write("config/practice.yaml", text[:start] + text[end:])
    crisis = load_config(practice.config).practice.crisis
    assert crisis.resources is None
    assert not crisis.sends_reply  # nothing to say: the alert still goes (jobs/inbox.py)


def test_crisis_reply_on_without_resources_is_an_error_on_its_line(practice: Practice) -> None:
    text = practice.read("config/practice.yaml")
    practice.write(
        "config/practice.yaml",
        text.replace(
            '  resources: "If you are in danger now, call 144, or 143 to talk to someone at any '
            'hour."\n',
            "",
        ),
    )
    lines = practice.read("config/practice.yaml").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if text.startswith("  reply: true"))
    problems = problems_of(practice)
    assert [(Path(p.file).name, p.line) for p in problems] == [("practice.yaml", line)]
    assert "crisis.resources is missing" in problems[0].message
    # Switched off, the same file is valid: alerts only.
    practice.replace("config/practice.yaml", "  reply: true ", "  reply: false")
    assert not load_config(practice.config).practice.crisis.sends_reply


@pytest.mark.parametrize(
    ("new", "expected"),
    [
        ('  resources: ""\n', "must not be empty"),
        ('  resources: "call 144\\u001b[31m"\n', "control characters"),
        ("  resources: [144]\n", "resources"),
    ],
)
def test_crisis_resources_are_checked_with_their_line(
    practice: Practice, new: str, expected: str
) -> None:
    line = practice.replace(
        "config/practice.yaml",
        '  resources: "If you are in danger now, call 144, or 143 to talk to someone at any '
        'hour."\n',
        new,
    )
    problems = problems_of(practice)
    assert [(Path(p.file).name, p.line) for p in problems] == [("practice.yaml", line)]
    assert expected in problems[0].message


def test_crisis_resources_may_span_lines(practice: Practice) -> None:
    practice.replace(
        "config/practice.yaml",
        '  resources: "If you are in danger now, call 144, or 143 to talk to someone at any '
        'hour."\n',
        "  resources: |\n    In danger now: call 144.\n    To talk to someone: 143, any hour.\n",
    )
    crisis = load_config(practice.config).practice.crisis
    assert crisis.resources == "In danger now: call 144.\nTo talk to someone: 143, any hour.\n"


def test_crisis_words_are_single_lines(practice: Practice) -> None:
    line = practice.replace(
        "config/practice.yaml", "crisis_words: []", 'crisis_words: ["end it\\nBcc: x"]'
    )
    problems = problems_of(practice)
    assert [(Path(p.file).name, p.line) for p in problems] == [("practice.yaml", line)]
    assert "crisis_words" in problems[0].message and "one line" in problems[0].message
    practice.replace("config/practice.yaml", '["end it\\nBcc: x"]', "[jump off the bridge]")
    assert load_config(practice.config).practice.crisis_words == ("jump off the bridge",)


# ---------------------------------------------------------------- hand-edited YAML


def test_an_empty_clients_key_means_no_clients(practice: Practice) -> None:
    practice.write("config/clients.yaml", "clients:\n")
    assert load_config(practice.config).clients == ()


def test_empty_lists_written_as_a_bare_key_are_empty(practice: Practice) -> None:
    practice.replace("config/clients.yaml", "sessions: [2026-06-30, 2026-08-20]", "sessions:")
    config = load_config(practice.config)
    jonas = config.client("c-002")
    assert jonas is not None and jonas.sessions == ()


def test_consent_false_means_no_mail_of_any_kind(practice: Practice) -> None:
    practice.replace(
        "config/clients.yaml",
        "consent: {checkins: false, reminders: false, birthday: false, notices: false}",
        "consent: false",
    )
    peter = load_config(practice.config).client("c-006")
    assert peter is not None
    assert not any(dict(peter.consent).values())


def test_a_number_out_of_range_reads_as_a_sentence(practice: Practice) -> None:
    line = practice.replace("config/clients.yaml", "days: 40", "days: 0")
    code, _, err = cli(practice, "validate")
    assert code == 1
    assert f"clients.yaml:{line}: clients[2].supplies[0].days: expected a number " in err
    assert "greater than or equal to 1, got 0" in err
    assert "number be" not in err
