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
from datetime import date, time
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)

from carecall_mail.config.providers import PROVIDERS, ProviderName, fill_incoming, fill_outgoing
from carecall_mail.config.yamlload import load_yaml
from carecall_mail.core.addresses import Security, is_local_host
from carecall_mail.core.durations import Duration, parse_interval_seconds
from carecall_mail.core.errors import ConfigError, Problem
from carecall_mail.core.timezones import legacy_zone_problem, suggest_zone
from carecall_mail.store.keys import practice_key

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


def _lenient_timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> object:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)  # type: ignore[arg-type]
    except ValueError:
        return loader.construct_scalar(node)  # type: ignore[arg-type]


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _lenient_timestamp)


def _lenient_int(loader: yaml.SafeLoader, node: yaml.Node) -> object:
    # A 5,000-digit number is past Python's int-from-text limit: left as text, it is
    # reported at its line ("expected an integer") instead of a traceback.
    try:
        return yaml.SafeLoader.construct_yaml_int(loader, node)  # type: ignore[arg-type]
    except ValueError:
        return loader.construct_scalar(node)  # type: ignore[arg-type]


_Loader.add_constructor("tag:yaml.org,2002:int", _lenient_int)


# ---------------------------------------------------------------- field types

# Dates a practice can mean. 9999-12-31 is a valid date, but any date arithmetic
# after it overflows: every plan and send pass would crash, for every client.
FIRST_YEAR, LAST_YEAR = 1900, 2200


def _plausible_date(value: date) -> date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(
            f"{value.isoformat()} is not a date this practice can mean: "
            f"expected a year from {FIRST_YEAR} to {LAST_YEAR}"
        )
    return value


Day = Annotated[date, AfterValidator(_plausible_date)]


_CONTROL = re.compile("[\x00-\x08\x0a-\x1f]")  # below space, except tab


def _single_line(value: str) -> str:
    # Anything that may reach a mail header must not smuggle in a new header line.
    if "\r" in value or "\n" in value:
        raise ValueError("must be one line: a line break here could forge mail headers")
    if _CONTROL.search(value):
        raise ValueError("must not contain control characters")
    return value


_BODY_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")  # below space, except tab and LF


def _body_text(value: str) -> str:
    # Mail body text, never a header: line breaks are welcome, other control bytes
    # (a stray CR, an escape sequence pasted from a terminal) are not.
    if _BODY_CONTROL.search(value):
        raise ValueError("must not contain control characters (line breaks are fine)")
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


# Plain ASCII addresses that email-validator accepts for certain: a subset of its
# dot-atom local part, and LDH labels (no "--", so no Punycode) under a TLD of letters.
_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9_+-]{1,64}(?:\.[A-Za-z0-9_+-]{1,64})*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)


def _plainly_valid_email(value: str) -> bool:
    """True for an address email-validator would accept: spares it for 10,000 clients."""
    if len(value) > 254 or "--" in value or not _PLAIN_EMAIL.fullmatch(value):
        return False
    local, _, domain = value.partition("@")
    domain = domain.lower()
    return len(local) <= 64 and not any(
        domain == name or domain.endswith("." + name) for name in SPECIAL_USE_DOMAIN_NAMES
    )


@lru_cache(maxsize=65536)
def _check_email(value: str) -> str:
    _single_line(value)
    if _plainly_valid_email(value):
        return value
    try:
        # Syntax only: a practice's addresses must validate offline and fast.
        checked = validate_email(value, check_deliverability=False, test_environment=False)
    except EmailNotValidError as exc:
        raise ValueError(f"{value!r} is not a valid email address: {exc}") from None
    if value.isascii():
        return value
    # Mail headers, SMTP envelopes and Message-IDs are ASCII here: an international
    # domain is written in its ASCII (IDNA) form, which every server delivers to.
    if checked.ascii_email is None:
        raise ValueError(
            f"{value!r} has non-ASCII letters before the @, which most mail servers "
            "cannot deliver to: ask for an address in plain letters"
        )
    return checked.ascii_email


@lru_cache(maxsize=1024)
def zone(name: str) -> ZoneInfo:
    """The IANA zone for `name`; raises ValueError with a hint when unknown."""
    if not name or name.startswith(("/", ".")) or ".." in name:
        raise ValueError(f"{name!r} is not a time zone")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        suggestion = suggest_zone(name)
        hint = (
            f"did you mean {suggestion}?"
            if suggestion
            else "expected an Area/City name such as Europe/Zurich"
        )
        raise ValueError(f"unknown time zone {name!r}: {hint}") from None


def _check_zone(value: str) -> str:
    # Before the lookup: PST is no zone at all, EST is one but the wrong kind.
    problem = legacy_zone_problem(value)
    if problem:
        raise ValueError(problem)
    zone(value)
    return value


def _parse_duration(value: object) -> Duration:
    if isinstance(value, Duration):
        return value
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a duration: write 7d, 2w, 3mo or 1y")
    return Duration.parse(value)


def _parse_clock(value: object) -> time:
    # YAML 1.1 reads an unquoted 17:00 as the base-60 number 1020: take it back.
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 24 * 60:
        return time(value // 60, value % 60)
    if isinstance(value, str) and re.fullmatch(r"\d{1,2}:\d{2}", value.strip()):
        hours, minutes = (int(part) for part in value.strip().split(":"))
        if hours < 24 and minutes < 60:
            return time(hours, minutes)
    raise ValueError(f'{value!r} is not a time of day: write it like "09:00"')


def _parse_interval(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"{value!r} is not an interval: write 30s, 5m or 1h")
    return parse_interval_seconds(value)


def _none_as_empty(value: object) -> object:
    # `clients:` or `sessions:` with nothing under it is how a practitioner writes
    # "none": YAML reads it as null, which is an empty list here, not a type error.
    return () if value is None else value


def _consent_shorthand(value: object) -> object:
    # `consent: false` (or true) is every stream at once.
    if isinstance(value, bool):
        return dict.fromkeys(("checkins", "reminders", "birthday", "notices"), value)
    return value


_T = TypeVar("_T")
List = Annotated[tuple[_T, ...], BeforeValidator(_none_as_empty)]

Line = Annotated[str, AfterValidator(_single_line), AfterValidator(_not_blank)]
Email = Annotated[str, AfterValidator(_check_email)]
TimeZone = Annotated[str, AfterValidator(_check_zone)]
DurationField = Annotated[Duration, BeforeValidator(_parse_duration)]
Clock = Annotated[time, BeforeValidator(_parse_clock)]
Interval = Annotated[int, BeforeValidator(_parse_interval)]
Identifier = Annotated[
    str,
    Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"),
]
TemplateName = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")]
EnvName = Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False)


# ---------------------------------------------------------------- practice.yaml


class Practitioner(_Model):
    name: Line
    email: Email
    emergency_email: Email | None = None
    signature: str = ""


class SendWindow(_Model):
    days: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri")
    start: Clock = time(9, 0)
    end: Clock = time(17, 0)

    @field_validator("days")
    @classmethod
    def _some_days(cls, days: tuple[Weekday, ...]) -> tuple[Weekday, ...]:
        if not days:
            raise ValueError("name at least one day, e.g. [mon, tue, wed, thu, fri]")
        return days


class MaildirOutgoing(_Model):
    transport: Literal["maildir"]
    path: str = "outbox"


HttpsUrl = Annotated[str, Field(pattern=r"^https?://[^\s]+$")]
Tenant = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9.-]{0,99}$")]


class OAuth2Settings(_Model):
    """`oauth2:` under `outgoing`/`incoming` with `auth: oauth2`; a provider fills the
    flow, endpoints and scopes (config/providers.py), written keys win."""

    client_id: Line
    # Google's installed-app clients also send a client secret; never in YAML.
    client_secret_env: EnvName | None = None
    tenant: Tenant | None = None  # Microsoft: a tenant id or domain; "common" otherwise
    flow: Literal["device", "pkce"] | None = None
    token_url: HttpsUrl | None = None
    device_url: HttpsUrl | None = None
    authorize_url: HttpsUrl | None = None
    scopes: tuple[Line, ...] = ()


Auth = Literal["password", "oauth2"]


class SmtpOutgoing(_Model):
    transport: Literal["smtp"]
    provider: ProviderName | None = None  # fills host, port, security, limits (config/providers.py)
    host: Line
    port: int = Field(default=587, ge=1, le=65535)
    security: Security = "starttls"
    auth: Auth = "password"
    username: Line | None = None
    password_env: EnvName | None = None
    oauth2: OAuth2Settings | None = None
    ca_file: str | None = None
    max_per_minute: int | None = Field(default=None, ge=1)
    # Strict: `true` or "200" in YAML is a slip, not a cap of 1 or 200 messages a day.
    max_per_day: int | None = Field(default=None, ge=1, strict=True)
    connections: int = Field(default=4, ge=1, le=32)
    timeout: float = Field(default=30.0, gt=0)


class MaildirIncoming(_Model):
    transport: Literal["maildir"]
    path: str = "inbox"
    poll_every: Interval = 300


class ImapIncoming(_Model):
    transport: Literal["imap"]
    provider: ProviderName | None = None
    host: Line
    port: int = Field(default=993, ge=1, le=65535)
    security: Security = "tls"
    auth: Auth = "password"
    username: Line
    password_env: EnvName | None = None  # required with auth: password (_check_auth)
    oauth2: OAuth2Settings | None = None
    folder: Line = "INBOX"
    ca_file: str | None = None
    idle: bool = False
    poll_every: Interval = 300
    move_to: Line | None = None
    batch_size: int = Field(default=200, ge=1, le=5000)
    timeout: float = Field(default=30.0, gt=0)


# RFC 3986 unreserved and reserved characters and '%', less the ones RFC 2369 wants
# escaped in a List-Unsubscribe target: ',' separates targets, quotes are not URI text.
_URI_CHARACTERS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&()*+;=%"
)
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


class Unsubscribe(_Model):
    # https URL with `{token}`: RFC 8058 one-click; the token names the client opaquely.
    url: Annotated[str, AfterValidator(_single_line)] | None = None
    mailto: Email | None = None

    @field_validator("url")
    @classmethod
    def _https(cls, url: str | None) -> str | None:
        if url is None:
            return url
        if not url.startswith("https://"):
            raise ValueError("must start with https:// (RFC 8058 one-click needs HTTPS)")
        if "{client}" in url:
            raise ValueError(
                "{client} would put the plain client id in every message, and anyone "
                "could unsubscribe every client by guessing ids: use {token}"
            )
        if "{token}" not in url:
            raise ValueError(
                "must contain {token}, which stands for the client (an opaque key, not "
                "their id); without it every client gets the same link"
            )
        # The URL goes into List-Unsubscribe as <URL>, a comma between targets (RFC 2369
        # §2): '<', '>', ',' or a space in it would end it and begin another target.
        rest = url.replace("{token}", "")
        bad = sorted({c for c in rest if c not in _URI_CHARACTERS})
        if bad or _BAD_PERCENT.search(rest):
            shown = " ".join(repr(c) for c in bad) if bad else "a '%' without two hex digits"
            raise ValueError(
                f"{shown} cannot stand unescaped in a URL inside List-Unsubscribe's <…>: "
                "write it percent-encoded (a space is %20, a comma %2C)"
            )
        return url


class Digest(_Model):
    enabled: bool = True
    at: Clock = time(18, 0)


class Crisis(_Model):
    """What happens when a reply reads as a crisis (jobs/crisis.py); the alert always goes."""

    # Told to the client at once in an RFC 3834 auto-reply; mail body text, so it may
    # span lines (several numbers, a text line).
    resources: Annotated[str, AfterValidator(_body_text), AfterValidator(_not_blank)] | None = None
    reply: bool = True

    @property
    def sends_reply(self) -> bool:
        """A crisis reply goes out only when it is on and has something to say."""
        return self.reply and self.resources is not None


class Practice(_Model):
    practitioner: Practitioner
    timezone: TimeZone
    send_window: SendWindow = SendWindow()
    state_dir: str = "var"
    outgoing: Annotated[
        MaildirOutgoing | SmtpOutgoing,
        Field(discriminator="transport"),
        BeforeValidator(fill_outgoing),
    ] = MaildirOutgoing(transport="maildir")
    incoming: Annotated[
        MaildirIncoming | ImapIncoming,
        Field(discriminator="transport"),
        BeforeValidator(fill_incoming),
    ] = MaildirIncoming(transport="maildir")
    unsubscribe: Unsubscribe = Unsubscribe()
    flag_words: List[Line] = ()  # concern level, inflections understood (core/triage/assess.py)
    crisis_words: List[Line] = ()  # crisis level, likewise
    crisis: Crisis = Crisis()
    digest: Digest = Digest()


# ---------------------------------------------------------------- clients.yaml


class Consent(_Model):
    # Listed clients are the practitioner's own; a stream is on unless set to false.
    checkins: bool = True
    reminders: bool = True
    birthday: bool = True
    notices: bool = True


class Supply(_Model):
    item: Line
    dispensed: Day
    days: int = Field(ge=1, le=3650)

    @property
    def runs_out(self) -> date:
        from datetime import timedelta

        return self.dispensed + timedelta(days=self.days)


class Client(_Model):
    id: Identifier
    name: Line
    preferred_name: Line | None = None
    email: Email
    timezone: TimeZone | None = None
    birthday: Day | None = None
    emergency: bool = False
    consent: Annotated[Consent, BeforeValidator(_consent_shorthand)] = Consent()
    sessions: List[Day] = ()
    supplies: List[Supply] = ()

    @property
    def greeting_name(self) -> str:
        return self.preferred_name or self.name.split()[0]

    @property
    def last_session(self) -> date | None:
        return max(self.sessions) if self.sessions else None


class ClientsFile(_Model):
    clients: List[Client] = ()


# ---------------------------------------------------------------- schedules.yaml


class CheckinRule(_Model):
    id: Identifier
    after_last_session: DurationField
    template: TemplateName
    grace: DurationField | None = None


class ResupplyRule(_Model):
    before_runout: DurationField
    template: TemplateName


class BirthdayRule(_Model):
    template: TemplateName


Audience = Literal["active", "all", "emergency"]


class Holiday(_Model):
    id: Identifier
    from_: Day = Field(alias="from")
    to: Day
    notice_before: List[DurationField] = ()
    template: TemplateName
    autoreply_template: TemplateName | None = None
    emergency_contact: Line | None = None
    audience: Audience = "active"
    autoreply_unknown: bool = True

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Grace(_Model):
    """How late a message may still go out after downtime."""

    checkin: DurationField = Duration(7, "d")
    birthday: DurationField = Duration(0, "d")
    # None: until the supply runs out / until the break begins.
    resupply: DurationField | None = None
    holiday_notice: DurationField | None = None


class Schedules(_Model):
    checkins: List[CheckinRule] = ()
    resupply: ResupplyRule | None = None
    birthdays: BirthdayRule | None = None
    holidays: List[Holiday] = ()
    grace: Grace = Grace()
    active_within: DurationField = Duration(6, "mo")


# ---------------------------------------------------------------- the whole


@dataclass(frozen=True)
class Config:
    """A validated practice: the three files plus where things live."""

    practice: Practice
    clients: tuple[Client, ...]
    schedules: Schedules
    config_dir: Path

    @property
    def root(self) -> Path:
        return self.config_dir.absolute().parent

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def state_dir(self) -> Path:
        return self.root / self.practice.state_dir

    @cached_property
    def _clients_by_id(self) -> dict[str, Client]:
        # Cached on the instance: hashing a frozen Config would hash every client model.
        return {c.id: c for c in self.clients}

    def client(self, client_id: str) -> Client | None:
        return self._clients_by_id.get(client_id)

    def client_zone(self, client: Client) -> ZoneInfo:
        return zone(client.timezone or self.practice.timezone)

    @property
    def practice_zone(self) -> ZoneInfo:
        return zone(self.practice.timezone)

    def token_key(self) -> bytes:
        """The practice's secret for unsubscribe tokens, kept in its state dir."""
        return practice_key(self.state_dir)

    def template_names(self) -> dict[str, str]:
        """Every template the schedules name, with the kind of message it renders."""
        from carecall_mail.core.kinds import template_kinds  # core/kinds.py builds on this module

        return template_kinds(self.schedules)


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
