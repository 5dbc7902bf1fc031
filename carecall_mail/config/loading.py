"""The practice's YAML files, loaded and validated into one frozen `Config`.

Every problem is reported as `FILE:LINE: field: what was expected`, all at
once: a practitioner fixing a hand-edited file should see everything wrong in
one go, pointing at the line to change. Values come from the fast C loader;
lines are looked up only when something is wrong, so a valid practice with
10,000 clients pays nothing for them.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import yaml
from pydantic import (
    BaseModel,
    ValidationError,
)

from carecall_mail.config.providers import PROVIDERS
from carecall_mail.config.schema import (
    ClientsFile,
    Config,
    ImapIncoming,
    Practice,
    Schedules,
    SmtpOutgoing,
)
from carecall_mail.config.yamlload import load_yaml
from carecall_mail.core.addresses import is_local_host
from carecall_mail.core.errors import ConfigError, Problem

try:  # The C loader is ~10x faster; pure Python is the fallback, not the plan.
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

FILES = ("practice.yaml", "clients.yaml", "schedules.yaml")
Loc = tuple[str | int, ...]
_M = TypeVar("_M", bound=BaseModel)


class DuplicateKeys(yaml.YAMLError):
    """A mapping names a key twice: (key, line, first line) for each, 1-based."""

    def __init__(self, duplicates: list[tuple[str, int, int]], data: object) -> None:
        super().__init__(f"{len(duplicates)} duplicate key(s)")
        self.duplicates = duplicates
        self.data = data


class _Loader(_BaseLoader):
    """Safe loader that leaves an impossible date (2026-13-45) as text for the validator,
    so it is reported with its line instead of crashing the load; and that refuses a key
    given twice in one mapping, which PyYAML would let the later one win: a `consent:
    false` silently overridden by a `consent: true`, or, with the `-` before a client
    missing, two clients merged into one that gets one's remedy under the other's name."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[object, int] = {}
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                key = key_node.value
                line = key_node.start_mark.line + 1
                if key in seen:
                    self._duplicates().append((str(key), line, seen[key]))
                else:
                    seen[key] = line
        return super().construct_mapping(node, deep=deep)

    def _duplicates(self) -> list[tuple[str, int, int]]:
        found: list[tuple[str, int, int]] | None = getattr(self, "_carecall_duplicates", None)
        if found is None:
            found = []
            self._carecall_duplicates = found
        return found

    def get_single_data(self) -> Any:
        data = super().get_single_data()
        if self._duplicates():
            raise DuplicateKeys(sorted(self._duplicates(), key=lambda d: d[1]), data)
        return data


def _lenient(
    construct: Callable[[yaml.SafeLoader, yaml.Node], object],
) -> Callable[[yaml.SafeLoader, yaml.Node], object]:
    """A constructor that leaves a value it cannot build as text, for the validator to
    report at its line: an impossible date (2026-13-45), or a 5,000-digit number past
    Python's int-from-text limit, instead of a traceback."""

    def constructor(loader: yaml.SafeLoader, node: yaml.Node) -> object:
        try:
            return construct(loader, node)
        except ValueError:
            return loader.construct_scalar(node)  # type: ignore[arg-type]

    return constructor


_Loader.add_constructor(
    "tag:yaml.org,2002:timestamp",
    _lenient(yaml.SafeLoader.construct_yaml_timestamp),  # type: ignore[arg-type]
)
_Loader.add_constructor(
    "tag:yaml.org,2002:int",
    _lenient(yaml.SafeLoader.construct_yaml_int),  # type: ignore[arg-type]
)


# ---------------------------------------------------------------- loading


@dataclass
class _Source:
    path: Path
    shown: str
    text: str
    data: object


def load_config(config_dir: Path) -> Config:
    """Load and validate the practice in `config_dir`; raise ConfigError with every problem."""
    problems: list[Problem] = []
    sources: dict[str, _Source] = {}
    for name in FILES:
        path = config_dir / name
        shown = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            problems.append(Problem(shown, 1, f"file is missing: expected {name} in {config_dir}"))
            continue
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(shown, 1, f"cannot read the file: {exc}"))
            continue
        try:
            data = load_yaml(text, _Loader)
        except DuplicateKeys as exc:
            for key, line, first_line in exc.duplicates:
                hint = (
                    " (is the '-' missing before this client? Without it two clients merge)"
                    if name == "clients.yaml" and key == "id"
                    else ""
                )
                problems.append(
                    Problem(
                        shown,
                        line,
                        f"duplicate key {key!r}, also at line {first_line}: YAML would "
                        f"silently keep the later one{hint}",
                    )
                )
            continue
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            what = exc.problem or str(exc)
            context = exc.context or ""
            # An unclosed [ ... or "... is noticed lines later; the opening is what to fix.
            if exc.context_mark and ("flow" in context or "quoted" in context):
                mark = exc.context_mark
                what += f" ({context} that starts here)"
            line = mark.line + 1 if mark else 1
            lines = text.splitlines()
            marked = lines[line - 1] if 0 < line <= len(lines) else ""
            tab = "'\\t'" in what or "tab character" in what
            if tab or ("cannot start any token" in what and "\t" in marked):
                # PyYAML's words for a tab: "found character that cannot start any
                # token", "found a tab character that violates indentation".
                what = "a tab character: YAML indents with spaces, not tabs (replace it)"
            problems.append(Problem(shown, line, f"YAML syntax error: {what}"))
            continue
        except yaml.YAMLError as exc:
            problems.append(Problem(shown, 1, f"YAML error: {exc}"))
            continue
        if data is None:
            data = {}
        sources[name] = _Source(path, shown, text, data)

    practice = _validate(sources.get("practice.yaml"), Practice, problems)
    clients_file = _validate(sources.get("clients.yaml"), ClientsFile, problems)
    schedules = _validate(sources.get("schedules.yaml"), Schedules, problems)

    # The cross-field checks read the raw data, so they run even when a field
    # elsewhere in the same file is broken: every problem is reported at once.
    if "clients.yaml" in sources:
        _check_clients(sources["clients.yaml"], problems)
    if "schedules.yaml" in sources:
        _check_schedules(sources["schedules.yaml"], config_dir, problems)
    if practice is not None:
        _check_practice(practice, sources["practice.yaml"], problems)

    if problems or practice is None or clients_file is None or schedules is None:
        raw = sources.get("schedules.yaml")
        raise ConfigError(problems, template_kinds=raw_template_kinds(raw.data) if raw else None)
    return Config(practice, clients_file.clients, schedules, config_dir)


def _validate(source: _Source | None, model: type[_M], problems: list[Problem]) -> _M | None:
    if source is None:
        return None
    if not isinstance(source.data, Mapping):
        problems.append(
            Problem(source.shown, 1, f"expected a mapping of keys at the top of {source.path.name}")
        )
        return None
    try:
        return model.model_validate(source.data)
    except ValidationError as exc:
        errors = exc.errors()
        typos = {
            (*_strip_union_tags(tuple(e["loc"]))[:-1], hint)
            for e in errors
            if e["type"] == "extra_forbidden"
            for hint in _hints(model, tuple(e["loc"]))
        }
        for error in errors:
            loc = _strip_union_tags(tuple(error["loc"]))
            if error["type"] == "missing" and loc in typos:
                continue  # the "did you mean" on the misspelt key says it already
            problems.append(_problem_from_error(source, model, tuple(error["loc"]), error))
        return None


def _hints(model: type[BaseModel], raw_loc: Loc) -> list[str]:
    known = _known_keys(model, raw_loc[:-1])
    return difflib.get_close_matches(str(raw_loc[-1]), known, n=1, cutoff=0.6)


def _problem_from_error(
    source: _Source, model: type[BaseModel], loc: Loc, error: Mapping[str, Any]
) -> Problem:
    kind = error["type"]
    raw_loc, loc = loc, _strip_union_tags(loc)
    line = locate(source.text, loc, key=kind == "extra_forbidden")
    field = format_loc(loc)
    if kind == "extra_forbidden":
        key = str(loc[-1])
        known = _known_keys(model, raw_loc[:-1])
        hint = _hints(model, raw_loc)
        message = f"unknown key {key!r}"
        if key.lower() in {"password", "pass", "passwd", "secret"}:
            message += (
                ": passwords never go in YAML; set password_env to the name of "
                "an environment variable that holds it"
            )
        elif hint:
            message += f" (did you mean {hint[0]!r}?)"
        elif known:
            message += f"; expected one of: {', '.join(sorted(known))}"
        return Problem(source.shown, line, f"{field}: {message}")
    value = error.get("input")
    if (
        kind.startswith("string")
        and isinstance(value, (int, float))
        and not isinstance(value, bool)
    ):
        return Problem(source.shown, line, f"{field}: {_number_for_text(source.text, line, loc)}")
    return Problem(source.shown, line, f"{field}: {_explain(kind, error)}")


def _number_for_text(text: str, line: int, loc: Loc) -> str:
    """A phone number written without quotes is read as a number (+41790000000 as
    41790000000, 0441234567 as octal 75839863): say so with the text as written."""
    lines = text.splitlines()
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    key = str(loc[-1]) if loc else ""
    written = source.partition(f"{key}:")[2] if key and f"{key}:" in source else ""
    written = written.split(" #")[0].strip()
    example = f'{key}: "{written}"' if written else f'{key}: "..."'
    return (
        "expected text, got a number: a phone number (or any text made of digits) "
        f"must be in quotes, or YAML reads it as a number; put it in quotes: {example}"
    )


_UNION_TAGS = {"maildir", "smtp", "imap"}


def _strip_union_tags(loc: Loc) -> Loc:
    # Pydantic puts a discriminated union's tag into the path (outgoing.smtp.host);
    # the YAML has no such level.
    out: list[str | int] = []
    for i, part in enumerate(loc):
        if (
            isinstance(part, str)
            and part in _UNION_TAGS
            and i > 0
            and loc[i - 1] in {"outgoing", "incoming"}
        ):
            continue
        out.append(part)
    return tuple(out)


def _explain(kind: str, error: Mapping[str, Any]) -> str:
    value = error.get("input")
    shown = repr(value) if not isinstance(value, (dict, list)) else type(value).__name__
    if len(shown) > 60:  # a 5,000-digit number is not worth printing back
        shown = f"{shown[:40]}... ({len(shown)} characters)"
    if kind == "missing":
        return "missing: this field is required"
    if kind.startswith("date"):
        return f"expected a date like 2026-10-02, got {shown}"
    if kind.startswith("bool"):
        return f"expected true or false, got {shown}"
    if kind.startswith("int") or kind.startswith("float"):
        return f"expected a number, got {shown}"
    if kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
        return f"{error['msg'].replace('Input should be', 'expected a number')}, got {shown}"
    if kind.startswith("string"):
        return f"expected text, got {shown}"
    if kind in {"tuple_type", "list_type"}:
        return _expected_a_list(value, shown)
    if kind in {"model_type", "dict_type", "model_attributes_type"}:
        return f"expected a mapping of keys, got {shown}"
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        return f"expected one of {expected}, got {shown}"
    if kind == "string_pattern_mismatch":
        return (
            f"{shown} is not allowed here: use letters, digits, '-', '_' or '.', "
            "starting with a letter or digit"
        )
    if kind == "union_tag_invalid":
        expected = error.get("ctx", {}).get("expected_tags", "")
        return f"transport must be one of {expected}"
    if kind == "union_tag_not_found":
        return "missing: transport (maildir, smtp or imap)"
    if kind == "value_error":
        message = str(error["msg"])
        return message.removeprefix("Value error, ")
    return str(error["msg"])


def _expected_a_list(value: object, shown: str) -> str:
    # One value where a list goes is the usual slip (`sessions: 2026-11-24`): say how
    # to write it, in YAML, not as Python's repr of what was read.
    if isinstance(value, date):
        return (
            f"expected a list of dates like [{value.isoformat()}], got one date: "
            f"write it as a list: [{value.isoformat()}]"
        )
    if isinstance(value, Mapping):
        return "expected a list like [a, b] (or '- ' lines), got keys with values"
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return f"expected a list, got one value: write it as a list: [{value}]"
    return f"expected a list like [a, b], got {shown}"


def _known_keys(model: type[BaseModel], loc: Loc) -> list[str]:
    """The keys allowed at `loc` (a raw pydantic path, union tags included)."""
    current: list[type[BaseModel]] = [model]
    for part in loc:
        if isinstance(part, int):
            continue
        if len(current) > 1:
            # A discriminated union: the tag in the path says which member applies.
            current = [m for m in current if _tag_of(m) == part] or current
            if _tag_of(current[0]) == part:
                continue
        fields = current[0].model_fields
        if part not in fields:
            return []
        current = _models_in(fields[part].annotation)
        if not current:
            return []
    if len(current) != 1:
        return []
    return [info.alias or name for name, info in current[0].model_fields.items()]


def _tag_of(model: type[BaseModel]) -> object:
    field = model.model_fields.get("transport")
    args = getattr(field.annotation, "__args__", ()) if field else ()
    return args[0] if args else None


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """The BaseModels inside an annotation such as tuple[Client, ...] or A | B | None."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    found: list[type[BaseModel]] = []
    for arg in getattr(annotation, "__args__", ()) or ():
        found.extend(m for m in _models_in(arg) if m not in found)
    origin = getattr(annotation, "__origin__", None)
    if not found and origin is not None and origin is not annotation:
        found = _models_in(origin)
    return found


def format_loc(loc: Loc) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out or "(top)"


@lru_cache(maxsize=4)
def _compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None


def locate(text: str, loc: Loc, *, key: bool = False) -> int:
    """The 1-based line of `loc` in the YAML `text` (its key's line when `key`).

    Composes the document again: only called when reporting a problem.
    """
    node = _compose(text)
    line = 1
    if node is None:
        return line
    line = node.start_mark.line + 1
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            for knode, vnode in node.value:
                if isinstance(knode, yaml.ScalarNode) and knode.value == part:
                    line = (knode if key and last else vnode).start_mark.line + 1
                    if key and last:
                        return line
                    node = vnode
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if 0 <= part < len(node.value):
                node = node.value[part]
                line = node.start_mark.line + 1
            else:
                return line
        else:
            return line
    return line


def _items(data: object, key: str) -> list[tuple[int, Mapping[str, Any]]]:
    """The mapping items of the list at `data[key]`, with their indexes, ignoring junk."""
    if not isinstance(data, Mapping):
        return []
    items = data.get(key)
    if not isinstance(items, list):
        return []
    return [(i, item) for i, item in enumerate(items) if isinstance(item, Mapping)]


def _check_clients(source: _Source, problems: list[Problem]) -> None:
    seen: dict[str, int] = {}
    for i, client in _items(source.data, "clients"):
        client_id = client.get("id")
        if not isinstance(client_id, str):
            continue
        if client_id in seen:
            first_line = locate(source.text, ("clients", seen[client_id], "id"))
            problems.append(
                Problem(
                    source.shown,
                    locate(source.text, ("clients", i, "id")),
                    f"clients[{i}].id: duplicate client id {client_id!r} "
                    f"(first used at line {first_line})",
                )
            )
        else:
            seen[client_id] = i


def _check_schedules(source: _Source, config_dir: Path, problems: list[Problem]) -> None:
    def add(loc: Loc, message: str) -> None:
        problems.append(Problem(source.shown, locate(source.text, loc), message))

    for kind in ("checkins", "holidays"):
        ids: set[object] = set()
        for i, item in _items(source.data, kind):
            item_id = item.get("id")
            if isinstance(item_id, str) and item_id in ids:
                add((kind, i, "id"), f"{kind}[{i}].id: duplicate id {item_id!r}")
            ids.add(item_id)
    for i, holiday in _items(source.data, "holidays"):
        first, last = holiday.get("from"), holiday.get("to")
        if isinstance(first, date) and isinstance(last, date) and last < first:
            add(
                ("holidays", i, "to"),
                f"holidays[{i}].to: the last day away ({last}) is before the first ({first})",
            )
    templates_dir = config_dir.absolute().parent / "templates"
    for loc, name in _template_refs(source.data):
        if not (templates_dir / f"{name}.j2").is_file():
            add(
                loc,
                f"{format_loc(loc)}: template {name!r} not found: "
                f"expected {templates_dir / name}.j2",
            )


def _template_refs(data: object) -> Iterator[tuple[Loc, str]]:
    """Every template name the raw schedules mention, where a name is well formed."""
    refs: list[tuple[Loc, object]] = []
    for i, rule in _items(data, "checkins"):
        refs.append((("checkins", i, "template"), rule.get("template")))
    if isinstance(data, Mapping):
        for kind in ("resupply", "birthdays"):
            section = data.get(kind)
            if isinstance(section, Mapping):
                refs.append(((kind, "template"), section.get("template")))
    for i, holiday in _items(data, "holidays"):
        refs.append((("holidays", i, "template"), holiday.get("template")))
        refs.append((("holidays", i, "autoreply_template"), holiday.get("autoreply_template")))
    for loc, name in refs:
        if isinstance(name, str) and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}", name):
            yield loc, name


def raw_template_kinds(data: object) -> dict[str, str]:
    """Template name -> kind of message, from raw (possibly invalid) schedules data."""
    from carecall_mail.core.kinds import template_kind_at  # core/kinds.py builds on this module

    kinds: dict[str, str] = {}
    for loc, name in _template_refs(data):
        kind = template_kind_at(str(loc[0]), str(loc[-1]))
        if kind is not None:
            kinds.setdefault(name, kind)
    return kinds


def _check_practice(practice: Practice, source: _Source, problems: list[Problem]) -> None:
    def add(loc: Loc, message: str) -> None:
        problems.append(Problem(source.shown, locate(source.text, loc), message))

    window = practice.send_window
    if window.end <= window.start:
        add(("send_window", "end"), "send_window.end: must be later than send_window.start")
    for section in (practice.outgoing, practice.incoming):
        if (
            isinstance(section, (SmtpOutgoing, ImapIncoming))
            and section.security == "none"
            and not is_local_host(section.host)
        ):
            name = "outgoing" if isinstance(section, SmtpOutgoing) else "incoming"
            add(
                (name, "security"),
                f"{name}.security: 'none' sends passwords and client mail in the clear; "
                "it is allowed only to this machine: localhost, 127.0.0.0/8 or ::1 "
                "(use starttls or tls)",
            )
    for section in (practice.outgoing, practice.incoming):
        if not isinstance(section, (SmtpOutgoing, ImapIncoming)) or section.provider is None:
            continue
        name = "outgoing" if isinstance(section, SmtpOutgoing) else "incoming"
        preset = PROVIDERS[section.provider]
        # Every provider authenticates; without these the first send fails at 09:00.
        needs = {"username": "your full address as the log-in"}
        if section.auth == "password":
            needs["password_env"] = (
                f"the name of an environment variable holding {preset.password_advice}"
            )
        for key, what in needs.items():
            if getattr(section, key) is None:
                add((name, "provider"), f"{name}.{key}: missing: {preset.title} needs {what}")
    for name, section in (("outgoing", practice.outgoing), ("incoming", practice.incoming)):
        if isinstance(section, (SmtpOutgoing, ImapIncoming)):
            _check_auth(name, section, add)
    crisis = practice.crisis
    if "crisis" in practice.model_fields_set and crisis.reply and crisis.resources is None:
        # An error, not a silent "no reply": the practitioner asked for one, and a
        # client in danger must not wait for a text that was never written.
        add(
            ("crisis", "reply"),
            "crisis.reply: is on but crisis.resources is missing: write what a client "
            'in danger should do now (e.g. "call 144"), or set reply: false',
        )
    state = Path(practice.state_dir)
    if ".." in state.parts:
        add(("state_dir",), "state_dir: must stay inside the practice folder (no '..')")


def _check_auth(
    name: str, section: SmtpOutgoing | ImapIncoming, add: Callable[[Loc, str], None]
) -> None:
    """`auth: password` needs password_env; `auth: oauth2` needs a username and an
    `oauth2:` the provider (or the practitioner) filled with a flow and endpoints."""
    preset = PROVIDERS[section.provider] if section.provider else None
    if section.auth == "password":
        if section.oauth2 is not None:
            add(
                (name, "oauth2"),
                f"{name}.oauth2: is set but {name}.auth is password: write auth: oauth2 "
                "to sign in with OAuth2, or remove oauth2",
            )
        if isinstance(section, ImapIncoming) and section.password_env is None and not preset:
            add(
                (name,),
                f"{name}.password_env: missing: the name of the environment variable "
                "holding the password (or auth: oauth2)",
            )
        return
    if section.password_env is not None:
        add(
            (name, "password_env"),
            f"{name}.password_env: is not used with auth: oauth2 (`carecall login` keeps "
            "the sign-in): remove it",
        )
    if section.username is None and not preset:
        add((name, "auth"), f"{name}.username: missing: OAuth2 needs your full address")
    oauth2 = section.oauth2
    if preset is not None and preset.oauth2 is None:
        add(
            (name, "auth"),
            f"{name}.auth: {preset.title} offers no OAuth2 sign-in for mail apps: use "
            f"auth: password with {preset.password_advice}",
        )
        return
    if oauth2 is None:
        add(
            (name, "auth"),
            f"{name}.oauth2: missing: with auth: oauth2 write oauth2: {{client_id: ...}} "
            "(the README shows where the client id comes from)",
        )
        return
    where = (name, "oauth2")
    missing = []
    if oauth2.flow is None:
        missing.append("flow (device or pkce)")
    if oauth2.token_url is None:
        missing.append("token_url")
    if oauth2.flow == "device" and oauth2.device_url is None:
        missing.append("device_url")
    if oauth2.flow == "pkce" and oauth2.authorize_url is None:
        missing.append("authorize_url")
    if not oauth2.scopes:
        missing.append("scopes")
    if missing:
        add(
            where,
            f"{name}.oauth2: missing: {', '.join(missing)} (no provider fills them: "
            "write them, or name a provider)",
        )
    if preset is not None and preset.oauth2 is not None:
        if preset.oauth2.needs_client_secret and oauth2.client_secret_env is None:
            add(
                where,
                f"{name}.oauth2.client_secret_env: missing: {preset.title}'s Desktop-app "
                "clients come with a client secret: the name of an environment variable "
                "holding it",
            )
        if oauth2.tenant is not None and preset.oauth2.default_tenant is None:
            add(where, f"{name}.oauth2.tenant: only Microsoft 365 has tenants: remove it")
    for key in ("token_url", "device_url", "authorize_url"):
        url = getattr(oauth2, key)
        host = (urlsplit(url).hostname or "") if url else ""
        if url and url.startswith("http://") and not is_local_host(host):
            add(
                where,
                f"{name}.oauth2.{key}: http:// sends the sign-in in the clear; it is "
                "allowed only for localhost (use https://)",
            )
