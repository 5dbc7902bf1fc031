"""The practice's configuration as typed, frozen models: what each YAML key may hold.

Field types say what a value must be (a plausible date, one line of text, an
address, a zone, a duration) and turn it into the value the core works with;
`Config` is the whole validated practice. Reading the files, and saying at which
line a value is wrong, is config/loading.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Annotated, Literal, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
)

from carecall_mail.config.providers import ProviderName, fill_incoming, fill_outgoing
from carecall_mail.core.addresses import Security
from carecall_mail.core.durations import Duration, parse_interval_seconds
from carecall_mail.core.timezones import legacy_zone_problem, suggest_zone
from carecall_mail.store.keys import practice_key

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
