"""Issue 10 item 5: `carecall service install` writes a systemd user unit that runs the
worker, and `systemd-analyze verify` accepts it. systemctl is never called here."""

from __future__ import annotations

import mailbox
import shutil
import stat
import subprocess
import sys
from email.message import Message
from pathlib import Path

import pytest
from practice import Practice, cli, ok
from smtp_fault_server import FaultSMTPServer
from test_cli_replies import REPLY as FLAGGED_REPLY

from carecall_mail.app import service
from carecall_mail.config.loading import load_config

MAILDIR_OUT = "  transport: maildir               # embedded default: var/outbox is a Maildir\n"
SMTP_OUT = (
    "  transport: smtp\n"
    "  host: smtp.example.org\n"
    "  username: ana@fieldpractice.example\n"
    "  password_env: CARECALL_SMTP_PASSWORD\n"
)


@pytest.fixture
def practice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Practice:
    monkeypatch.setenv("CARECALL_SMTP_PASSWORD", "not-written-anywhere")
    # A folder name systemd must be told literally: a space and a '%' (a specifier).
    return Practice(tmp_path / "Ana's 100% practice")


def _verify(unit: Path) -> None:
    """systemd's own reading of the unit: no error and no "ignoring" warning."""
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    done = subprocess.run(
        [analyze, "verify", str(unit)], capture_output=True, text=True, timeout=120
    )
    about_ours = [line for line in done.stderr.splitlines() if unit.name in line]
    assert done.returncode == 0 and not about_ours, done.stderr


def test_install_writes_a_unit_systemd_accepts_and_an_env_file_without_secrets(
    practice: Practice, tmp_path: Path
) -> None:
    practice.replace("config/practice.yaml", MAILDIR_OUT, SMTP_OUT)
    units = tmp_path / "units"
    out = ok(practice, "service", "install", "--unit-dir", str(units))
    unit = units / "carecall.service"
    text = unit.read_text()
    assert f"wrote {unit}:" in out and text.strip() in out
    assert "systemctl --user daemon-reload" in out
    assert "systemctl --user enable --now carecall.service" in out

    config_dir = practice.config.absolute()
    assert "Restart=on-failure" in text
    exec_start = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    # The absolute path of this installation's carecall, and this practice's config.
    assert exec_start.split("=", 1)[1].startswith(
        (str(Path(sys.executable).parent / "carecall"), sys.executable)
    )
    assert " run -c " in exec_start and "100%% practice/config" in exec_start
    env_file = practice.path("var/carecall.env")
    assert f"EnvironmentFile={env_file}".replace("%", "%%") in text
    assert "#   CARECALL_SMTP_PASSWORD=..." in text  # the variable's name, documented

    assert stat.S_IMODE(env_file.stat().st_mode) == 0o600
    env = env_file.read_text()
    assert "CARECALL_SMTP_PASSWORD" in env and "not-written-anywhere" not in env
    assert all(line.startswith("#") or not line.strip() for line in env.splitlines())
    assert "not-written-anywhere" not in text + out
    assert str(config_dir).replace("%", "%%") in text
    _verify(unit)


def test_print_shows_the_same_unit_and_writes_nothing(practice: Practice, tmp_path: Path) -> None:
    printed = ok(practice, "service", "print")
    assert not practice.path("var/carecall.env").exists()
    ok(practice, "service", "install", "--unit-dir", str(tmp_path / "u"))
    assert (tmp_path / "u" / "carecall.service").read_text() == printed


def test_a_unit_changed_by_hand_is_kept_unless_forced_and_the_env_file_is_never_rewritten(
    practice: Practice, tmp_path: Path
) -> None:
    units = tmp_path / "units"
    ok(practice, "service", "install", "--unit-dir", str(units))
    env_file = practice.path("var/carecall.env")
    env_file.write_text("CARECALL_SMTP_PASSWORD=hers\n")
    env_file.chmod(0o644)
    assert "replaced" in ok(practice, "service", "install", "--unit-dir", str(units))
    assert env_file.read_text() == "CARECALL_SMTP_PASSWORD=hers\n"
    assert stat.S_IMODE(env_file.stat().st_mode) == 0o600  # it holds her password

    unit = units / "carecall.service"
    unit.write_text(unit.read_text() + "# her own note\n")
    code, _out, err = cli(practice, "service", "install", "--unit-dir", str(units))
    assert code == 1 and "--force replaces it" in err
    assert unit.read_text().endswith("# her own note\n")
    ok(practice, "service", "install", "--unit-dir", str(units), "--force")
    assert "# her own note" not in unit.read_text()


def test_a_name_systemd_cannot_take_is_refused(practice: Practice, tmp_path: Path) -> None:
    code, _out, err = cli(practice, "service", "print", "--name", "care call")
    assert code == 1 and "a unit name is letters" in err


def test_the_user_unit_directory_follows_xdg_config_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert service.unit_dir({}, home) == home / ".config/systemd/user"
    assert service.unit_dir({"XDG_CONFIG_HOME": "/x/cfg"}, home) == Path("/x/cfg/systemd/user")
    assert service.unit_dir({"XDG_CONFIG_HOME": "rel"}, home) == home / ".config/systemd/user"


def test_exec_start_quotes_what_systemd_would_otherwise_read(practice: Practice) -> None:
    spec = service.spec_for(load_config(practice.config))
    odd = service.UnitSpec(
        spec.name,
        ("/opt/my env/bin/carecall",),
        Path('/p/$HOME "x"\\y'),
        spec.root,
        spec.env_file,
        (),
    )
    line = next(x for x in service.unit_text(odd).splitlines() if x.startswith("ExecStart="))
    assert line == 'ExecStart="/opt/my env/bin/carecall" run -c "/p/$$HOME \\"x\\"\\\\y"'
    with pytest.raises(service.ServiceError, match="control character"):
        service.unit_text(
            service.UnitSpec(spec.name, ("/bin/x",), Path("/a\nb"), spec.root, spec.env_file, ())
        )


# ------------------------------------------------ where mail goes (issue 10 item 5)

# Monday 23 November 2026, 16:00 in Zurich: three check-ins are due.
MONDAY = "2026-11-23T16:00:00+01:00"


def _maildir(box: Path) -> list[Message]:
    return list(mailbox.Maildir(box, create=False)) if box.is_dir() else []


def test_run_says_once_that_maildir_mail_reaches_no_one_and_keeps_her_mail_apart(
    practice: Practice,
) -> None:
    new = practice.path("var/inbox/new")
    new.mkdir(parents=True)
    (new / "1.M1.test").write_bytes(FLAGGED_REPLY)
    code, _out, err = cli(practice, "run", "--once", "--now", MONDAY)
    assert code == 0, err
    assert err.count("reaches no one until `outgoing` in practice.yaml is SMTP") == 1, err
    assert str(practice.path("var/practitioner")) in err

    clients = _maildir(practice.path("var/outbox"))
    hers = _maildir(practice.path("var/practitioner"))
    assert len(clients) == 3 and all("fieldpractice" not in str(m["To"]) for m in clients)
    # The alert about the flagged reply is hers alone, not among the client mail.
    assert hers and all("ana@fieldpractice.example" in str(m["To"]) for m in hers)
    assert any(m["X-CareCall-Mail"] == "alert" for m in hers), [m["Subject"] for m in hers]


@pytest.mark.parametrize("fault_smtp", [{"starttls": False, "auth": False}], indirect=True)
def test_run_says_once_which_server_mail_goes_out_through(
    practice: Practice, fault_smtp: FaultSMTPServer
) -> None:
    practice.replace(
        "config/practice.yaml",
        MAILDIR_OUT,
        f"  transport: smtp\n  host: 127.0.0.1\n  port: {fault_smtp.port}\n  security: none\n",
    )
    code, _out, err = cli(practice, "run", "--once", "--now", MONDAY)
    assert code == 0, err
    assert err.count(f"mail goes out through 127.0.0.1:{fault_smtp.port} (none)") == 1, err
    assert "reaches no one" not in err
    assert len(fault_smtp.messages) == 3
