"""OAuth2 sign-in for IMAP and SMTP (XOAUTH2): `carecall login` once, then access
tokens refreshed as they near their end or when a server refuses one.

Two ways to sign in, by provider (DESIGN.md "Sending to real mailboxes"):

- Microsoft: the device-code flow (RFC 8628): we print a URL and a short code, the
  practitioner signs in on any device, we poll the token endpoint.
- Google: the installed-app flow with PKCE (RFC 7636) and a redirect to a loopback
  port we listen on (RFC 8252 §7.3); Google's device flow does not grant the mail scope.

Both end with a refresh token, kept in the state dir (0600, written atomically). The
token file holds the account, the client id, the token endpoint and the scopes it was
granted for, so a config that changed any of them asks for a new sign-in instead of
failing at 09:00 with a refusal nobody can read.

Plain `urllib` rather than a client library: the three grants we use are a few form
POSTs each (RFC 6749 §4.1.3, §6; RFC 8628 §3.4), MSAL covers only Microsoft and
validates its authority against Microsoft's servers (so cannot be tested on
loopback), and authlib / requests-oauthlib add a dependency tree but no device flow.

Tokens never reach a log or an error text: `Token` and `OAuth2Client` keep them out
of `repr`, and error texts are built from the endpoint's `error` code only.
Time is passed in (`now`, a `clock`) wherever expiry is decided.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import hashlib
import html
import http.server
import json
import logging
import os
import re
import secrets
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal, Protocol

from carecall_mail import logs
from carecall_mail.core.errors import CareCallError

__all__ = [
    "REFRESH_MARGIN",
    "AccessTokens",
    "DeviceCode",
    "LoginRequired",
    "OAuth2Client",
    "OAuth2Error",
    "Token",
    "TokenSource",
    "authorize_url",
    "device_login",
    "needs_refresh",
    "pkce_login",
    "pkce_pair",
    "read_token",
    "token_file",
    "token_from_response",
    "write_token",
    "xoauth2_string",
]

logger = logging.getLogger(__name__)

Flow = Literal["device", "pkce"]
# Refresh this long before the end: a token that expires mid-session (a long SMTP
# batch, an IDLE) would fail the next AUTH, and clocks drift.
REFRESH_MARGIN = timedelta(minutes=5)
# A token response without `expires_in` (RFC 6749 §5.1 makes it optional): assume an
# hour, the usual lifetime; a server refusal still triggers a refresh.
DEFAULT_LIFETIME = timedelta(hours=1)
TOKEN_DIR = "oauth2"
# Errors of a refresh that a new sign-in fixes and waiting does not (RFC 6749 §5.2).
_SIGN_IN_AGAIN = frozenset({"invalid_grant", "invalid_client", "unauthorized_client"})


class AccessTokens(Protocol):
    """What IMAP and SMTP need: a current token, and a fresh one after a refusal."""

    @property
    def username(self) -> str: ...

    def access_token(self) -> str: ...

    def refresh_after_rejection(self, rejected: str) -> str: ...


class OAuth2Error(CareCallError):
    """A sign-in step failed (the endpoint unreachable, a refusal); retrying may help."""


class LoginRequired(OAuth2Error):
    """No usable refresh token: the practitioner must run `carecall login` again."""


@dataclass(frozen=True)
class OAuth2Client:
    """One connection's OAuth2 registration and endpoints, resolved from the config."""

    connection: str  # "outgoing" | "incoming", for messages
    username: str  # the mailbox; XOAUTH2's user= (and the key of the token file)
    client_id: str
    flow: Flow
    token_url: str
    scopes: tuple[str, ...]
    token_file: Path
    client_secret: str | None = field(default=None, repr=False)
    device_url: str | None = None
    authorize_url: str | None = None
    timeout: float = 30.0

    def covers(self, other: OAuth2Client) -> bool:
        """The same account at the same app registration: one sign-in serves both."""
        return (self.username.lower(), self.client_id, self.token_url) == (
            other.username.lower(),
            other.client_id,
            other.token_url,
        )


@dataclass(frozen=True)
class Token:
    """What a token endpoint granted, and for whom."""

    access_token: str = field(repr=False)
    expires_at: datetime
    refresh_token: str | None = field(repr=False)
    username: str
    client_id: str
    token_url: str
    scopes: tuple[str, ...]


@dataclass(frozen=True)
class DeviceCode:
    """RFC 8628 §3.2: what the practitioner is shown, and what we poll with."""

    device_code: str = field(repr=False)
    user_code: str
    verification_uri: str
    verification_uri_complete: str | None
    expires_at: datetime
    interval: float


# ---------------------------------------------------------------- pure core


def needs_refresh(token: Token, now: datetime) -> bool:
    """True when the access token is gone or ends within REFRESH_MARGIN of `now`."""
    return not token.access_token or now >= token.expires_at - REFRESH_MARGIN


def token_from_response(
    body: Mapping[str, object],
    *,
    client: OAuth2Client,
    scopes: tuple[str, ...],
    now: datetime,
    previous_refresh: str | None = None,
) -> Token:
    """A successful token response (RFC 6749 §5.1) as a Token.

    A refresh response may omit `refresh_token` (§6: the old one stays valid), so
    the previous one is kept; Microsoft sends a new one on every refresh.
    """
    access = body.get("access_token")
    if not isinstance(access, str) or not access:
        raise OAuth2Error(f"{client.token_url}: the answer holds no access_token")
    if str(body.get("token_type", "bearer")).lower() != "bearer":
        raise OAuth2Error(f"{client.token_url}: token_type is not Bearer")
    lifetime = body.get("expires_in")
    try:
        seconds = float(lifetime) if isinstance(lifetime, (int, float, str)) else None
    except ValueError:
        seconds = None
    expires = timedelta(seconds=seconds) if seconds and seconds > 0 else DEFAULT_LIFETIME
    refresh = body.get("refresh_token")
    return Token(
        access_token=access,
        expires_at=now + expires,
        refresh_token=refresh if isinstance(refresh, str) and refresh else previous_refresh,
        username=client.username,
        client_id=client.client_id,
        token_url=client.token_url,
        scopes=scopes,
    )


def token_to_json(token: Token) -> str:
    return json.dumps(
        {
            "username": token.username,
            "client_id": token.client_id,
            "token_url": token.token_url,
            "scopes": list(token.scopes),
            "access_token": token.access_token,
            "expires_at": token.expires_at.isoformat(),
            "refresh_token": token.refresh_token,
        },
        indent=2,
    )


def token_from_json(text: str) -> Token:
    """Raises ValueError (or KeyError, TypeError) on a file that is not ours."""
    data = json.loads(text)
    expires = datetime.fromisoformat(data["expires_at"])
    if expires.tzinfo is None:
        raise ValueError("expires_at has no time zone")
    return Token(
        access_token=str(data.get("access_token") or ""),
        expires_at=expires,
        refresh_token=data.get("refresh_token") or None,
        username=str(data["username"]),
        client_id=str(data["client_id"]),
        token_url=str(data["token_url"]),
        scopes=tuple(str(s) for s in data["scopes"]),
    )


def mismatch(token: Token, client: OAuth2Client) -> str | None:
    """Why a stored token cannot serve `client` (another account, app, or fewer scopes)."""
    if token.username.lower() != client.username.lower():
        return f"it is for {token.username}, not {client.username}"
    if token.client_id != client.client_id or token.token_url != client.token_url:
        return "it was made for another client_id or token endpoint"
    missing = [s for s in client.scopes if s not in token.scopes]
    if missing:
        return f"it does not cover {client.connection} mail ({' '.join(missing)})"
    return None


def xoauth2_string(username: str, access_token: str) -> str:
    """The XOAUTH2 initial response, before base64 (Google's and Microsoft's SASL spec)."""
    return f"user={username}\x01auth=Bearer {access_token}\x01\x01"


def pkce_pair() -> tuple[str, str]:
    """RFC 7636 §4.1-4.2: a 64-character verifier and its S256 challenge."""
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def authorize_url(
    client: OAuth2Client, scopes: tuple[str, ...], redirect_uri: str, state: str, challenge: str
) -> str:
    """The URL the practitioner opens for the PKCE flow (RFC 6749 §4.1.1, RFC 7636 §4.3)."""
    assert client.authorize_url is not None
    query = {
        "response_type": "code",
        "client_id": client.client_id,
        "redirect_uri": redirect_uri,
        "scope": " ".join(scopes),
        "state": state,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        # Google: a refresh token only with offline access, and again only on consent.
        "access_type": "offline",
        "prompt": "consent",
        "login_hint": client.username,
    }
    sep = "&" if "?" in client.authorize_url else "?"
    return client.authorize_url + sep + urllib.parse.urlencode(query)


def token_file(state_dir: Path, username: str) -> Path:
    """Where the account's token lives: one file per mailbox, shared by IMAP and SMTP."""
    safe = re.sub(r"[^A-Za-z0-9@._+-]", "_", username.lower())
    return state_dir / TOKEN_DIR / f"{safe}.json"


# ---------------------------------------------------------------- storage


def read_token(path: Path) -> Token | None:
    """The stored token, or None when there is none; LoginRequired when it is unreadable."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise LoginRequired(f"{path}: cannot read the sign-in: {exc.__class__.__name__}") from exc
    try:
        return token_from_json(text)
    except (ValueError, KeyError, TypeError) as exc:
        raise LoginRequired(f"{path}: the sign-in file is damaged") from exc


def write_token(path: Path, token: Token) -> None:
    """Atomically, mode 0600 from the first byte: a crash leaves the old file or the new."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".token-", dir=path.parent)  # mkstemp: 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(token_to_json(token))
            out.flush()
            os.fsync(out.fileno())
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise
    with contextlib.suppress(OSError):
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)  # the rename itself survives a power cut
        finally:
            os.close(dir_fd)


# ---------------------------------------------------------------- HTTP


def _post(url: str, fields: Mapping[str, str], timeout: float) -> tuple[int, dict[str, object]]:
    """POST a form; the status and the JSON body (RFC 6749 errors come as 400 + JSON)."""
    data = urllib.parse.urlencode(fields).encode("ascii")
    request = urllib.request.Request(
        url,
        data=data,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/json",
        },
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as exc:
        status, raw = exc.code, exc.read()
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        reason = getattr(exc, "reason", exc)
        raise OAuth2Error(f"{_host(url)}: cannot reach the sign-in server: {reason}") from exc
    try:
        body = json.loads(raw)
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise OAuth2Error(f"{_host(url)}: the sign-in server answered {status}, not JSON")
    return status, body


def _host(url: str) -> str:
    return urllib.parse.urlsplit(url).netloc or url


def _error_of(body: Mapping[str, object]) -> str:
    """The RFC 6749 §5.2 error code only: descriptions may quote what we sent."""
    error = body.get("error")
    return error if isinstance(error, str) and re.fullmatch(r"[\w.-]{1,64}", error) else "error"


def _client_fields(client: OAuth2Client) -> dict[str, str]:
    fields = {"client_id": client.client_id}
    if client.client_secret:
        fields["client_secret"] = client.client_secret  # Google's installed apps
    return fields


def _login_again(client: OAuth2Client, why: str) -> LoginRequired:
    return LoginRequired(
        f"{client.connection}: the sign-in for {client.username} is no longer accepted "
        f"({why}): run `carecall login` again"
    )


def refresh(client: OAuth2Client, token: Token, now: datetime) -> Token:
    """A new access token from the refresh token (RFC 6749 §6)."""
    if not token.refresh_token:
        raise _login_again(client, "no refresh token was granted")
    fields = {
        **_client_fields(client),
        "grant_type": "refresh_token",
        "refresh_token": token.refresh_token,
    }
    if token.scopes:
        # Optional in RFC 6749 §6 (the granted ones), but Microsoft's v2 endpoint asks for it.
        fields["scope"] = " ".join(token.scopes)
    status, body = _post(client.token_url, fields, client.timeout)
    if status != 200:
        error = _error_of(body)
        if error in _SIGN_IN_AGAIN:
            raise _login_again(client, f"the provider said {error}")
        raise OAuth2Error(
            f"{client.connection}: refreshing the sign-in at {_host(client.token_url)} "
            f"failed: {status} {error}"
        )
    logs.event(logger, logging.INFO, "oauth2.refreshed", True, connection=client.connection)
    return token_from_response(
        body, client=client, scopes=token.scopes, now=now, previous_refresh=token.refresh_token
    )


_LOCKS: dict[Path, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


@contextlib.contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    """One refresh of a mailbox's token at a time, across threads and processes (the
    worker's IMAP and SMTP, a `doctor` beside it): a rotated refresh token used twice
    may be refused the second time, and that would ask for a needless sign-in."""
    with _LOCKS_GUARD:
        lock = _LOCKS.setdefault(path.absolute(), threading.Lock())
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with lock, path.with_name(path.name + ".lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class TokenSource:
    """Current access tokens for one connection, refreshed before they expire.

    Thread-safe. The token file is read again before every refresh: the other
    connection (or another carecall process) may have refreshed already, and
    Microsoft hands out a new refresh token each time.
    """

    def __init__(
        self, client: OAuth2Client, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self.client = client
        self._clock = clock
        self._lock = threading.Lock()
        self._token: Token | None = None

    def __repr__(self) -> str:
        return f"TokenSource({self.client.connection}, {self.client.username})"

    @property
    def username(self) -> str:
        return self.client.username

    def _stored(self) -> Token:
        token = read_token(self.client.token_file)
        if token is None:
            raise LoginRequired(
                f"{self.client.connection}: {self.client.username} has not signed in yet: "
                "run `carecall login`"
            )
        why = mismatch(token, self.client)
        if why:
            raise _login_again(self.client, why)
        return token

    def access_token(self) -> str:
        """A token valid for at least REFRESH_MARGIN; LoginRequired or OAuth2Error."""
        with self._lock:
            now = self._clock()
            if self._token is not None and not needs_refresh(self._token, now):
                return self._token.access_token
            with _exclusive(self.client.token_file):
                token = self._stored()  # another connection may have refreshed already
                if needs_refresh(token, now):
                    token = self._renew(token, now)
            self._token = token
            return token.access_token

    def refresh_after_rejection(self, rejected: str) -> str:
        """The server refused `rejected` (revoked, or the clock is off): one fresh token."""
        with self._lock, _exclusive(self.client.token_file):
            now = self._clock()
            stored = self._stored()
            # Another connection may have refreshed since: its token is worth one try first.
            if stored.access_token != rejected and not needs_refresh(stored, now):
                self._token = stored
            else:
                self._token = self._renew(stored, now)
            return self._token.access_token

    def _renew(self, token: Token, now: datetime) -> Token:
        fresh = refresh(self.client, token, now)
        write_token(self.client.token_file, fresh)
        return fresh


# ---------------------------------------------------------------- device flow (RFC 8628)


def start_device_flow(client: OAuth2Client, scopes: tuple[str, ...], now: datetime) -> DeviceCode:
    """RFC 8628 §3.1: ask for a device code and the code the practitioner types."""
    assert client.device_url is not None
    status, body = _post(
        client.device_url, {**_client_fields(client), "scope": " ".join(scopes)}, client.timeout
    )
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's spelling
    if status != 200 or not all(isinstance(v, str) for v in (device_code, user_code, uri)):
        raise OAuth2Error(
            f"{client.connection}: the sign-in server {_host(client.device_url)} refused to "
            f"start a sign-in: {status} {_error_of(body)} (check oauth2.client_id)"
        )
    assert isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)
    complete = body.get("verification_uri_complete")
    expires_in = body.get("expires_in")
    interval = body.get("interval")
    return DeviceCode(
        device_code=device_code,
        user_code=user_code,
        verification_uri=uri,
        verification_uri_complete=complete if isinstance(complete, str) else None,
        expires_at=now
        + timedelta(seconds=float(expires_in) if isinstance(expires_in, (int, float)) else 900),
        # §3.2: 5 seconds when the server names no interval.
        interval=float(interval) if isinstance(interval, (int, float)) and interval > 0 else 5.0,
    )


def poll_device_flow(
    client: OAuth2Client,
    code: DeviceCode,
    scopes: tuple[str, ...],
    *,
    clock: Callable[[], datetime],
    sleep: Callable[[float], None],
) -> Token:
    """RFC 8628 §3.4-3.5: poll until the practitioner has signed in, or the code expires."""
    interval = code.interval
    while True:  # bounded: every turn sleeps, and the code's expiry ends the loop
        now = clock()
        if now >= code.expires_at:
            raise OAuth2Error(
                f"{client.connection}: the code {code.user_code} expired before the sign-in "
                "was finished: run `carecall login` again"
            )
        status, body = _post(
            client.token_url,
            {
                **_client_fields(client),
                "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
                "device_code": code.device_code,
            },
            client.timeout,
        )
        if status == 200:
            return token_from_response(body, client=client, scopes=scopes, now=clock())
        error = _error_of(body)
        if error == "slow_down":
            interval += 5  # §3.5: and keep the longer interval from now on
        elif error == "access_denied":
            raise OAuth2Error(f"{client.connection}: the sign-in was declined")
        elif error == "expired_token":
            raise OAuth2Error(f"{client.connection}: the code expired: run `carecall login` again")
        elif error != "authorization_pending":
            raise OAuth2Error(
                f"{client.connection}: the sign-in server {_host(client.token_url)} said "
                f"{status} {error}"
            )
        sleep(interval)


def device_login(
    client: OAuth2Client,
    scopes: tuple[str, ...],
    *,
    show: Callable[[DeviceCode], None],
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    sleep: Callable[[float], None] = time.sleep,
) -> Token:
    """The whole device-code sign-in; `show` tells the practitioner where to go."""
    code = start_device_flow(client, scopes, clock())
    show(code)
    return poll_device_flow(client, code, scopes, clock=clock, sleep=sleep)


# ---------------------------------------------------------------- PKCE, loopback redirect


_DONE_PAGE = (
    "<!doctype html><meta charset=utf-8><title>CareCall</title>"
    "<p>{}</p><p>You can close this window.</p>"
)


class _Redirect(http.server.BaseHTTPRequestHandler):
    server: _RedirectServer

    def do_GET(self) -> None:
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
        if "code" not in query and "error" not in query:
            self.send_error(404)  # a favicon, a probe: not the redirect
            return
        self.server.result = {k: v[0] for k, v in query.items()}
        ok = "code" in query and query.get("state", [""])[0] == self.server.state
        text = "CareCall is signed in." if ok else "The sign-in did not succeed."
        page = _DONE_PAGE.format(html.escape(text)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)
        self.server.done.set()

    def log_message(self, format: str, *args: object) -> None:
        pass  # the query holds the authorization code: never printed


class _RedirectServer(http.server.HTTPServer):
    def __init__(self, port: int, state: str) -> None:
        # RFC 8252 §8.3: the loopback IP literal, not "localhost", and only it.
        super().__init__(("127.0.0.1", port), _Redirect)
        self.state = state
        self.result: dict[str, str] | None = None
        self.done = threading.Event()


def pkce_login(
    client: OAuth2Client,
    scopes: tuple[str, ...],
    *,
    show: Callable[[str], None],
    port: int = 0,
    wait: float = 300.0,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Token:
    """The installed-app sign-in: listen on 127.0.0.1:`port`, `show` the URL to open,
    take the code from the redirect, exchange it with the verifier (RFC 7636 §4.5)."""
    verifier, challenge = pkce_pair()
    state = secrets.token_urlsafe(24)
    try:
        server = _RedirectServer(port, state)
    except OSError as exc:
        raise OAuth2Error(
            f"{client.connection}: cannot listen on 127.0.0.1:{port} for the sign-in's "
            f"redirect: {exc.strerror or exc} (choose another --port)"
        ) from exc
    redirect_uri = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, name="oauth2-redirect", daemon=True)
    thread.start()
    try:
        show(authorize_url(client, scopes, redirect_uri, state, challenge))
        if not server.done.wait(wait):
            raise OAuth2Error(
                f"{client.connection}: no sign-in arrived within {wait:.0f} s: "
                "run `carecall login` again"
            )
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
    result = server.result or {}
    if result.get("state") != state:
        raise OAuth2Error(f"{client.connection}: the redirect's state did not match: ignored")
    if "code" not in result:
        raise OAuth2Error(f"{client.connection}: the sign-in was not granted: {_error_of(result)}")
    status, body = _post(
        client.token_url,
        {
            **_client_fields(client),
            "grant_type": "authorization_code",
            "code": result["code"],
            "redirect_uri": redirect_uri,
            "code_verifier": verifier,
        },
        client.timeout,
    )
    if status != 200:
        raise OAuth2Error(
            f"{client.connection}: exchanging the sign-in code at "
            f"{_host(client.token_url)} failed: {status} {_error_of(body)}"
        )
    return token_from_response(body, client=client, scopes=scopes, now=clock())
