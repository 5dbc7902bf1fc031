"""Mail providers a practitioner is likely to be with: `provider: gmail` on `outgoing`
or `incoming` stands for the host, port, security and known sending limits.

Pure: the raw YAML mapping in, the mapping with the preset's keys filled out; keys
the practitioner wrote always win (a Workspace account may send more than a free
Gmail one, a firewall may force port 465).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, get_args

__all__ = [
    "PROVIDERS",
    "OAuth2Preset",
    "Provider",
    "ProviderName",
    "fill_incoming",
    "fill_outgoing",
]

ProviderName = Literal["gmail", "microsoft365", "fastmail", "icloud"]


@dataclass(frozen=True)
class OAuth2Preset:
    """How the provider signs in an installed app for IMAP and SMTP (transports/oauth2.py)."""

    flow: Literal["device", "pkce"]
    token_url: str  # may hold {tenant}
    smtp_scopes: tuple[str, ...]
    imap_scopes: tuple[str, ...]
    device_url: str | None = None
    authorize_url: str | None = None
    default_tenant: str | None = None
    # Google's "Desktop app" clients send their (not really secret) secret too.
    needs_client_secret: bool = False


@dataclass(frozen=True)
class Provider:
    title: str
    smtp_host: str
    imap_host: str
    # Submission (RFC 6409) with STARTTLS on 587 is the default everywhere; each
    # security has its port, so `security: tls` alone means 465 (RFC 8314).
    smtp_security: Literal["starttls", "tls"]
    max_per_minute: int | None
    max_per_day: int | None
    # What to put in password_env: the provider refuses the account password.
    password_advice: str
    # Set when the provider no longer takes passwords at all over IMAP/SMTP.
    password_refused: str | None = None
    oauth2: OAuth2Preset | None = None


# Microsoft identity platform v2: the device-code flow grants the Outlook IMAP and
# SMTP scopes; offline_access is what brings a refresh token.
_MICROSOFT = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0"
# Google: the device flow does not grant https://mail.google.com/ (a restricted
# scope), so it is the installed-app flow with PKCE and a loopback redirect.
_GOOGLE_MAIL = ("https://mail.google.com/",)


PROVIDERS: dict[str, Provider] = {
    # Gmail: 500 recipients a day for a free account (2,000 for Workspace: set
    # max_per_day); no published rate, 20 a minute stays clear of the abuse filter.
    "gmail": Provider(
        "Google (Gmail, Workspace)",
        "smtp.gmail.com",
        "imap.gmail.com",
        "starttls",
        max_per_minute=20,
        max_per_day=500,
        password_advice="an app password (Google account → Security → 2-Step "
        "Verification → App passwords), not your Google password",
        oauth2=OAuth2Preset(
            "pkce",
            token_url="https://oauth2.googleapis.com/token",
            authorize_url="https://accounts.google.com/o/oauth2/v2/auth",
            smtp_scopes=_GOOGLE_MAIL,
            imap_scopes=_GOOGLE_MAIL,
            needs_client_secret=True,
        ),
    ),
    # Exchange Online: 30 messages a minute and 10,000 recipients a day per mailbox.
    "microsoft365": Provider(
        "Microsoft 365 (Outlook, Exchange Online)",
        "smtp.office365.com",
        "outlook.office365.com",
        "starttls",
        max_per_minute=30,
        max_per_day=10_000,
        password_advice="your mailbox password, with SMTP AUTH enabled for the "
        "mailbox by its admin",
        password_refused="Microsoft 365 turned off passwords for IMAP and is retiring "
        "them for SMTP: expect the log-in to be refused; use auth: oauth2 and "
        "`carecall login` (README: Microsoft 365)",
        oauth2=OAuth2Preset(
            "device",
            token_url=f"{_MICROSOFT}/token",
            device_url=f"{_MICROSOFT}/devicecode",
            smtp_scopes=("https://outlook.office.com/SMTP.Send", "offline_access"),
            imap_scopes=("https://outlook.office.com/IMAP.AccessAsUser.All", "offline_access"),
            # "common" takes work and personal accounts; a tenant id pins one organisation.
            default_tenant="common",
        ),
    ),
    # Fastmail publishes no fixed sending figure; it throttles by reputation.
    "fastmail": Provider(
        "Fastmail",
        "smtp.fastmail.com",
        "imap.fastmail.com",
        "starttls",
        max_per_minute=None,
        max_per_day=None,
        password_advice="an app password (Settings → Privacy & Security → "
        "Connected apps & API tokens → App passwords)",
    ),
    # iCloud Mail: 1,000 messages a day.
    "icloud": Provider(
        "iCloud Mail",
        "smtp.mail.me.com",
        "imap.mail.me.com",
        "starttls",
        max_per_minute=None,
        max_per_day=1_000,
        password_advice="an app-specific password (account.apple.com → Sign-In and "
        "Security → App-Specific Passwords)",
    ),
}
assert set(PROVIDERS) == set(get_args(ProviderName))

_SMTP_PORTS = {"starttls": 587, "tls": 465}
_IMAP_PORTS = {"starttls": 143, "tls": 993}


def _preset(raw: object) -> tuple[dict[str, object], Provider] | None:
    if not isinstance(raw, Mapping) or raw.get("provider") is None:
        return None
    name = raw["provider"]
    provider = PROVIDERS.get(name) if isinstance(name, str) else None
    if provider is None:
        # Said here, not as the union's "missing: transport" a preset would have filled.
        close = difflib.get_close_matches(str(name), list(PROVIDERS), n=1, cutoff=0.5)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise ValueError(
            f"provider: unknown provider {name!r}: {hint}expected one of "
            f"{', '.join(PROVIDERS)}, or leave it out and write host, port and security"
        )
    return dict(raw), provider


def fill_outgoing(raw: object) -> object:
    """`outgoing` with its provider's SMTP preset under the keys written."""
    found = _preset(raw)
    if found is None:
        return raw
    data, provider = found
    data.setdefault("transport", "smtp")
    if data["transport"] != "smtp":
        return data
    data.setdefault("host", provider.smtp_host)
    security = data.setdefault("security", provider.smtp_security)
    if isinstance(security, str) and security in _SMTP_PORTS:
        data.setdefault("port", _SMTP_PORTS[security])
    for key in ("max_per_minute", "max_per_day"):
        value = getattr(provider, key)
        if value is not None:
            data.setdefault(key, value)
    _fill_oauth2(data, provider, "smtp")
    return data


def fill_incoming(raw: object) -> object:
    """`incoming` with its provider's IMAP preset under the keys written."""
    found = _preset(raw)
    if found is None:
        return raw
    data, provider = found
    data.setdefault("transport", "imap")
    if data["transport"] != "imap":
        return data
    data.setdefault("host", provider.imap_host)
    security = data.setdefault("security", "tls")
    if isinstance(security, str) and security in _IMAP_PORTS:
        data.setdefault("port", _IMAP_PORTS[security])
    _fill_oauth2(data, provider, "imap")
    return data


def _fill_oauth2(data: dict[str, object], provider: Provider, service: str) -> None:
    """`oauth2:` with the provider's flow, endpoints and scopes under the keys written
    (a test points token_url at loopback; a tenant id replaces "common")."""
    preset = provider.oauth2
    raw = data.get("oauth2")
    if data.get("auth") != "oauth2" or preset is None or not isinstance(raw, Mapping):
        return
    oauth2 = dict(raw)
    tenant = oauth2.get("tenant") or preset.default_tenant
    if preset.default_tenant is not None and not isinstance(tenant, str):
        return  # left for validation to name
    oauth2.setdefault("flow", preset.flow)
    for key in ("token_url", "device_url", "authorize_url"):
        url = getattr(preset, key)
        if url is not None:
            oauth2.setdefault(key, url.format(tenant=tenant))
    oauth2.setdefault("scopes", list(getattr(preset, f"{service}_scopes")))
    data["oauth2"] = oauth2
