"""The `carecall` command: a thin layer that parses arguments and calls the shell.

Every command takes `-c/--config DIR`; commands whose result depends on time
take `--now ISO-8601`, so that anything can be replayed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from carecall_mail import __version__
from carecall_mail.config import Config, load_config
from carecall_mail.errors import CareCallError, ConfigError
from carecall_mail.render import check_templates

Handler = Callable[[argparse.Namespace], int]


def parse_now(value: str | None) -> datetime:
    """`--now`: an ISO-8601 instant; a value without an offset is taken as UTC."""
    if value is None:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--now {value!r}: expected ISO-8601, e.g. 2026-12-01T09:30:00+01:00"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def load_checked(config_dir: Path) -> Config:
    """Load the config and check its templates; ConfigError lists every problem."""
    config = load_config(config_dir)
    problems = check_templates(
        config.templates_dir, config.template_names(), config.practice.practitioner
    )
    if problems:
        raise ConfigError(problems)
    return config


# ---------------------------------------------------------------- commands


def cmd_init(args: argparse.Namespace) -> int:
    target = Path(args.dir)
    example = resources.files("carecall_mail") / "example"
    written: list[str] = []
    for part in ("config", "templates"):
        destination = target / part
        if destination.exists() and any(destination.iterdir()) and not args.force:
            print(
                f"carecall init: {destination} exists and is not empty; "
                "use --force to overwrite the example files in it",
                file=sys.stderr,
            )
            return 1
        destination.mkdir(parents=True, exist_ok=True)
        source = example / part
        for item in sorted(source.iterdir(), key=lambda p: p.name):
            if item.is_file() and not item.name.startswith("."):
                (destination / item.name).write_bytes(item.read_bytes())
                written.append(str(destination / item.name))
    print(f"wrote an example practice to {target}:")
    for path in written:
        print(f"  {path}")
    print(f"next: carecall validate -c {target / 'config'}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    config = load_checked(Path(args.config))
    rules = len(config.schedules.checkins)
    templates = len(config.template_names())
    holidays = len(config.schedules.holidays)
    print(
        f"{args.config}: OK: {len(config.clients)} clients, {rules} check-in rules, "
        f"{holidays} holiday{'s' if holidays != 1 else ''}, {templates} templates"
    )
    return 0


# ---------------------------------------------------------------- wiring


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="carecall",
        description="After-care by email for solo health practitioners.",
    )
    parser.add_argument("--version", action="version", version=f"carecall {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-c", "--config", default="config", metavar="DIR", help="config directory (./config)"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("init", help="write a working example practice into DIR")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--force", action="store_true", help="overwrite example files in DIR")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("validate", parents=[common], help="check the YAML files and templates")
    p.set_defaults(handler=cmd_validate)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        count = len(exc.problems)
        print(f"{count} problem{'s' if count != 1 else ''} found", file=sys.stderr)
        return 1
    except CareCallError as exc:
        print(f"carecall {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
