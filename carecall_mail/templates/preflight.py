"""What `carecall validate` checks beyond each file's own shape: the practice as a whole,
with the real clients' data, so that nothing is first refused in front of a client.

- every message planned for the next days is composed exactly as the send pass would
  compose it; what would be refused then (a subject that reveals the care, a header
  that cannot be built) is an error now, at the client's line in clients.yaml;
- two clients at one address are a warning naming both (a parent and a child may
  share one; a typo may too, and then one client reads the other's mail);
- a subject template that prints a remedy or other health field is a warning: the
  subject is what a lock screen and a shared inbox show.

Pure: the config and `now` come in, problems go out.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import jinja2
import jinja2.nodes

from carecall_mail.config.loading import Loc, locate
from carecall_mail.config.providers import PROVIDERS
from carecall_mail.config.schema import Config
from carecall_mail.core.addresses import normalise
from carecall_mail.core.errors import CareCallError, Problem
from carecall_mail.core.ledger_view import LedgerView
from carecall_mail.core.planner import plan
from carecall_mail.templates.compose import compose
from carecall_mail.templates.render import Renderer, shown_path

__all__ = ["HEALTH_FIELDS", "PLAN_DAYS", "planned_problems", "warnings"]

PLAN_DAYS = 30
# What a template context holds about a client's health: the remedies they take.
HEALTH_FIELDS = (("supply", "item"), ("supplies", None))
_VALIDATE_MESSAGE_ID = "validate@carecall.invalid"


def _clients_text(config: Config) -> tuple[str, str]:
    path = config.config_dir / "clients.yaml"
    try:
        return str(path), path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return str(path), ""


def warnings(config: Config) -> list[Problem]:
    """Things that may be meant but are worth a second look; validate still passes."""
    return [*_shared_addresses(config), *_health_in_subjects(config), *_refused_passwords(config)]


def _refused_passwords(config: Config) -> Iterator[Problem]:
    """A provider that no longer takes passwords (Microsoft 365): say so before 09:00 does."""
    path = config.config_dir / "practice.yaml"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    practice = config.practice
    for name, section in (("outgoing", practice.outgoing), ("incoming", practice.incoming)):
        provider = getattr(section, "provider", None)
        refused = PROVIDERS[provider].password_refused if provider else None
        if refused and getattr(section, "auth", "password") == "password":
            yield Problem(
                str(path), locate(text, (name, "provider")), f"warning: {name}: {refused}"
            )


def _shared_addresses(config: Config) -> Iterator[Problem]:
    shown, text = _clients_text(config)
    first: dict[str, int] = {}
    for i, client in enumerate(config.clients):
        address = normalise(client.email)
        if address not in first:
            first[address] = i
            continue
        j = first[address]
        other = config.clients[j]
        yield Problem(
            shown,
            locate(text, ("clients", i, "email")),
            f"warning: clients[{i}].email: {client.id} and {other.id} (line "
            f"{locate(text, ('clients', j, 'email'))}) share {address}: each reads the "
            "other's mail there, and a 'stop' from it stops both",
        )


def _health_in_subjects(config: Config) -> Iterator[Problem]:
    env = jinja2.Environment()
    for name in sorted(config.template_names()):
        path = config.templates_dir / f"{name}.j2"
        try:
            source = path.read_text(encoding="utf-8")
            tree = env.parse(source)
        except (OSError, UnicodeDecodeError, jinja2.TemplateSyntaxError):
            continue  # the template check reports it
        for block in tree.find_all(jinja2.nodes.Block):
            if block.name != "subject":
                continue
            for field, line in _health_fields(block):
                yield Problem(
                    shown_path(path),
                    line,
                    f"warning: the subject prints {field}: a remedy in the subject is read "
                    "on lock screens and in shared inboxes; name it in the text instead",
                )


def _health_fields(block: jinja2.nodes.Block) -> Iterator[tuple[str, int]]:
    for node in block.find_all((jinja2.nodes.Getattr, jinja2.nodes.Name)):
        if isinstance(node, jinja2.nodes.Getattr) and isinstance(node.node, jinja2.nodes.Name):
            if (node.node.name, node.attr) in HEALTH_FIELDS:
                yield f"{node.node.name}.{node.attr}", node.lineno
        elif isinstance(node, jinja2.nodes.Name) and (node.name, None) in HEALTH_FIELDS:
            yield node.name, node.lineno


def planned_problems(config: Config, now: datetime, days: int = PLAN_DAYS) -> list[Problem]:
    """Compose every message planned from `now` for `days` with the real clients' data;
    one problem per message that the send pass would refuse, at its client's line."""
    renderer = Renderer(config.templates_dir)
    shown, text = _clients_text(config)
    index = {client.id: i for i, client in enumerate(config.clients)}
    problems: list[Problem] = []
    seen: set[tuple[int, str]] = set()
    planned = plan(config, LedgerView(), now, horizon=timedelta(days=days))
    for problem in planned.problems:
        line = locate(text, ("clients", index.get(problem.client_id, 0), "id"))
        problems.append(Problem(shown, line, str(problem)))
    for item in planned:
        if item.skip_reason is not None:
            continue
        try:
            compose(config, renderer, item, message_id=_VALIDATE_MESSAGE_ID, now=now)
        except CareCallError as exc:
            error = str(exc)
        except Exception as exc:  # whatever would stop this message at send time
            error = f"{type(exc).__name__}: {exc}"
        else:
            continue
        i = index.get(item.client_id, 0)
        loc: Loc = ("clients", i, "id")
        if item.supply_index is not None:
            loc = ("clients", i, "supplies", item.supply_index, "item")
        line = locate(text, loc)
        if (line, error) in seen:
            continue  # a holiday's two notices fail alike: one line says it
        seen.add((line, error))
        problems.append(
            Problem(
                shown,
                line,
                f"{item.client_id}: the {item.kind} planned for {item.due} would be "
                f"refused when sent: {error}",
            )
        )
    return problems
