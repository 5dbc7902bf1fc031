"""`carecall service`: a systemd user unit that runs the worker for one practice.

`unit_text` is pure: the unit as text from a `UnitSpec` (absolute paths, the
names of the environment variables the config reads its secrets from). `install`
is the thin writer: the unit file, and beside the ledger an environment file
(mode 0600) that the unit loads with `EnvironmentFile=`. CareCall never writes a
secret into it; the practitioner writes `NAME=value` lines there herself, so the
passwords stay out of the YAML, the unit file and the shell history.

Nothing here calls systemctl: the practitioner runs the two commands printed.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from carecall_mail.config.schema import Config
from carecall_mail.core.errors import CareCallError

__all__ = [
    "ENV_FILE",
    "Installed",
    "ServiceError",
    "UnitSpec",
    "env_file_text",
    "install",
    "report_lines",
    "secret_variables",
    "spec_for",
    "systemctl_commands",
    "unit_dir",
    "unit_text",
]

ENV_FILE = "carecall.env"  # in the state dir, beside the ledger (both the owner's only)


class ServiceError(CareCallError):
    """The unit cannot be written as asked (a path systemd cannot take, a unit in the way)."""


@dataclass(frozen=True)
class UnitSpec:
    """What the unit runs: `command` (absolute) for the practice at `config_dir`."""

    name: str  # the unit's name without `.service`
    command: tuple[str, ...]  # the `carecall` executable (or python -m carecall_mail)
    config_dir: Path
    root: Path  # the practice folder: the worker's working directory
    env_file: Path
    secrets: tuple[str, ...]  # environment variable names the config reads secrets from

    @property
    def file_name(self) -> str:
        return f"{self.name}.service"


def secret_variables(config: Config) -> tuple[str, ...]:
    """The environment variable names practice.yaml reads passwords and secrets from."""
    names: list[str] = []
    for section in (config.practice.outgoing, config.practice.incoming):
        candidates = [getattr(section, "password_env", None)]
        oauth2 = getattr(section, "oauth2", None)
        candidates.append(getattr(oauth2, "client_secret_env", None))
        names.extend(n for n in candidates if isinstance(n, str) and n not in names)
    return tuple(names)


def _command() -> tuple[str, ...]:
    """This installation's `carecall`, by the absolute path of its environment: the
    unit must not depend on a PATH that a service does not have."""
    python = Path(sys.executable)  # not resolved: a venv's python is a symlink to the base one
    script = python.parent / "carecall"
    if script.is_file() and os.access(script, os.X_OK):
        return (str(script.absolute()),)
    return (str(python.absolute()), "-m", "carecall_mail")


def spec_for(config: Config, name: str = "carecall") -> UnitSpec:
    if not re.fullmatch(r"[A-Za-z0-9_.:-]{1,200}", name) or name.startswith("."):
        raise ServiceError(f"--name {name!r}: a unit name is letters, digits and _ . : - only")
    return UnitSpec(
        name=name,
        command=_command(),
        config_dir=config.config_dir.absolute(),
        root=config.root.absolute(),
        env_file=(config.state_dir / ENV_FILE).absolute(),
        secrets=secret_variables(config),
    )


def _check_path(value: str) -> str:
    # systemd.syntax(7): a unit file is line-based; a path holding a line break or a
    # control character cannot be written into one at all.
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        raise ServiceError(f"{value!r}: a path systemd cannot take (it holds a control character)")
    return value


def _escape(value: str) -> str:
    """A value as systemd reads it literally: `%` starts a specifier (systemd.unit(5))."""
    return _check_path(value).replace("%", "%%")


def _word(value: str) -> str:
    """One word of ExecStart= (systemd.service(5) "Command lines"): quoted when needed;
    `$` would expand a variable, `\\` and `"` would be read as quoting."""
    text = _escape(value).replace("$", "$$")
    if text and not any(c in text for c in " \t\"\\'") and not text.startswith(";"):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def systemctl_commands(spec: UnitSpec) -> tuple[str, str]:
    return (
        "systemctl --user daemon-reload",
        f"systemctl --user enable --now {spec.file_name}",
    )


def unit_text(spec: UnitSpec) -> str:
    """The unit file: `carecall run` for the practice, restarted when it fails."""
    exec_start = " ".join(_word(w) for w in (*spec.command, "run", "-c", str(spec.config_dir)))
    env_file = _escape(str(spec.env_file))
    secrets = (
        [f"#   {name}=..." for name in spec.secrets]
        if spec.secrets
        else ["#   (practice.yaml names none: the Maildir default needs no password)"]
    )
    reload, enable = systemctl_commands(spec)
    lines = [
        f"# {spec.file_name}: written by `carecall service install` for",
        f"#   {_escape(str(spec.config_dir))}",
        "# Passwords and secrets are read from the environment, never from YAML. Write",
        f"# them as NAME=value lines into {env_file}",
        "# (mode 0600, yours only; CareCall never writes a secret there):",
        *secrets,
        f"# Then: {reload} && {enable}",
        "# Its log: journalctl --user -u " + spec.file_name,
        "",
        "[Unit]",
        f"Description=CareCall Mail worker for {_escape(str(spec.root))}",
        "",
        "[Service]",
        "Type=exec",
        f"WorkingDirectory={_escape(str(spec.root))}",
        f"EnvironmentFile={env_file}",
        f"ExecStart={exec_start}",
        # The worker handles a server that is down by itself (jobs/health.py); a crash, a
        # ledger that cannot be opened or a password not yet set is tried again.
        "Restart=on-failure",
        "RestartSec=30",
        # SIGTERM stops the worker between messages within seconds (app/worker.py).
        "TimeoutStopSec=60",
        # The ledger, the outbox and the logs it writes are the owner's only.
        "UMask=0077",
        "NoNewPrivileges=yes",
        "",
        "[Install]",
        "WantedBy=default.target",
        "",
    ]
    return "\n".join(lines)


def env_file_text(spec: UnitSpec) -> str:
    """The environment file as first written: comments only, never a value."""
    lines = [
        f"# Read by {spec.file_name} (EnvironmentFile=). One NAME=value a line; keep this",
        "# file yours only (chmod 600). CareCall reads these names from practice.yaml:",
        *(f"# {name}=" for name in spec.secrets),
        "",
    ]
    return "\n".join(lines)


def unit_dir(environ: Mapping[str, str], home: Path) -> Path:
    """Where systemd looks for the user's own units (systemd.unit(5), "User Unit Search Path")."""
    base = environ.get("XDG_CONFIG_HOME") or ""
    return (Path(base) if Path(base).is_absolute() else home / ".config") / "systemd" / "user"


@dataclass(frozen=True)
class Installed:
    unit: Path
    env_file: Path
    env_created: bool
    replaced: bool


def _write_private(path: Path, text: str) -> None:
    """Write `text` to `path` atomically, mode 0600 from the first byte."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    tmp.replace(path)


def install(spec: UnitSpec, directory: Path, *, force: bool = False) -> Installed:
    """Write the unit into `directory` and create the environment file if missing.

    A unit already there with other contents is kept unless `force`: it may hold the
    practitioner's own changes. An existing environment file is never rewritten (it
    holds her passwords), only made the owner's only.
    """
    text = unit_text(spec)
    unit = directory / spec.file_name
    replaced = False
    try:
        if unit.exists():
            if unit.read_text(encoding="utf-8") != text and not force:
                raise ServiceError(
                    f"{unit} exists and differs from the unit for {spec.config_dir}; "
                    "`carecall service print` shows the new one, --force replaces it"
                )
            replaced = True
        directory.mkdir(parents=True, exist_ok=True)
        unit.write_text(text, encoding="utf-8")
        created = not spec.env_file.exists()
        if created:
            _write_private(spec.env_file, env_file_text(spec))
        elif stat.S_IMODE(spec.env_file.stat().st_mode) & 0o077:
            spec.env_file.chmod(0o600)  # it holds passwords: nobody else may read it
    except OSError as exc:
        raise ServiceError(f"cannot write the service files: {exc}") from exc
    return Installed(unit, spec.env_file, created, replaced)


def report_lines(spec: UnitSpec, done: Installed) -> Sequence[str]:
    """What `carecall service install` prints after writing."""
    lines = [
        f"{'replaced' if done.replaced else 'wrote'} {done.unit}:",
        "",
        *unit_text(spec).splitlines(),
        "",
    ]
    if done.env_created:
        lines.append(f"wrote {done.env_file} (mode 0600, no secrets in it)")
    else:
        lines.append(f"kept {done.env_file} (mode 0600)")
    if spec.secrets:
        lines.append(
            f"put {', '.join(spec.secrets)} there as NAME=value lines before starting the service"
        )
    lines += ["", "now run:", *(f"  {c}" for c in systemctl_commands(spec))]
    lines.append(
        "to keep it running while you are logged out: loginctl enable-linger $USER; "
        f"its log: journalctl --user -u {spec.file_name}"
    )
    return lines
