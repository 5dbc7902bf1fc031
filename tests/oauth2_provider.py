"""A small OAuth2 provider on 127.0.0.1 for the OAuth2 tests: the endpoints CareCall
talks to, and the introspection endpoint Dovecot checks tokens at.

- POST /devicecode, /token (device_code, authorization_code with PKCE S256,
  refresh_token grants), RFC 8628 and RFC 6749 errors as 400 + JSON;
- GET /authorize: plays the browser's sign-in, redirecting to `redirect_uri` with a code;
- GET /device/approve?user_code=...: the practitioner typing the code on her phone;
- POST /introspect: RFC 7662, for Dovecot's `oauth2` passdb (mailservers.py).

Tokens are random; refresh tokens rotate on use (as Microsoft's do). `revoke_access`
and `revoke_refresh` simulate a provider that took a sign-in back.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CLIENT_ID = "carecall-test-client"
CLIENT_SECRET = "test-client-secret-42"


@dataclass
class _Grant:
    username: str
    scopes: tuple[str, ...]


@dataclass
class _Device:
    device_code: str
    user_code: str
    grant: _Grant
    approved: bool = False
    denied: bool = False


@dataclass
class FakeProvider:
    """Start with `start()`, stop with `stop()` (or use as a context manager)."""

    username: str
    require_secret: bool = False
    interval: float = 0.05
    pending_polls: int = 0  # authorization_pending answers before the first success
    slow_down_polls: int = 0  # slow_down answers, before those
    access_tokens: dict[str, _Grant] = field(default_factory=dict)
    refresh_tokens: dict[str, _Grant] = field(default_factory=dict)
    devices: dict[str, _Device] = field(default_factory=dict)
    codes: dict[str, tuple[_Grant, str, str]] = field(default_factory=dict)  # redirect, challenge
    grants: list[str] = field(default_factory=list)  # grant_type of every /token call
    introspected: int = 0
    issued: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    # -- lifecycle

    def start(self) -> FakeProvider:
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = urllib.parse.parse_qs(self.rfile.read(length).decode())
                fields = {k: v[0] for k, v in form.items()}
                status, body = provider._post(self.path, fields)
                self._json(status, body)

            def do_GET(self) -> None:
                parts = urllib.parse.urlsplit(self.path)
                query = {k: v[0] for k, v in urllib.parse.parse_qs(parts.query).items()}
                if parts.path == "/authorize":
                    location = provider._authorize(query)
                    self.send_response(302)
                    self.send_header("Location", location)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                elif parts.path == "/device/approve":
                    self._json(*provider._approve(query))
                else:
                    self._json(404, {"error": "not_found"})

            def _json(self, status: int, body: dict[str, object]) -> None:
                raw = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeProvider:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    # -- what a test does as the provider or the practitioner

    def revoke_access(self) -> None:
        """Every access token stops working before its time (refresh tokens still do)."""
        with self._lock:
            self.access_tokens.clear()

    def revoke_refresh(self) -> None:
        """The practitioner removed the app, or changed her password: all tokens die."""
        with self._lock:
            self.access_tokens.clear()
            self.refresh_tokens.clear()

    def approve(self, user_code: str) -> None:
        with self._lock:
            for device in self.devices.values():
                if device.user_code == user_code:
                    device.approved = True

    # -- endpoints

    def _client_ok(self, fields: dict[str, str]) -> bool:
        if fields.get("client_id") != CLIENT_ID:
            return False
        return not self.require_secret or fields.get("client_secret") == CLIENT_SECRET

    def _tokens(self, grant: _Grant) -> dict[str, object]:
        access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        self.access_tokens[access] = grant
        self.refresh_tokens[refresh] = grant
        return {
            "token_type": "Bearer",
            "access_token": access,
            "refresh_token": refresh,
            "expires_in": 3600,
            "scope": " ".join(grant.scopes),
        }

    def _post(self, path: str, fields: dict[str, str]) -> tuple[int, dict[str, object]]:
        with self._lock:
            if path == "/introspect":
                self.introspected += 1
                grant = self.access_tokens.get(fields.get("token", ""))
                if grant is None:
                    return 200, {"active": False}
                return 200, {"active": True, "username": grant.username}
            if not self._client_ok(fields):
                return 401, {"error": "invalid_client"}
            if path == "/devicecode":
                device = _Device(
                    secrets.token_urlsafe(16),
                    f"{secrets.randbelow(10_000):04d}-TEST",
                    _Grant(self.username, tuple(fields.get("scope", "").split())),
                )
                self.devices[device.device_code] = device
                self.issued.set()
                return 200, {
                    "device_code": device.device_code,
                    "user_code": device.user_code,
                    "verification_uri": f"{self.url}/device",
                    "expires_in": 600,
                    "interval": self.interval,
                }
            if path != "/token":
                return 404, {"error": "not_found"}
            grant_type = fields.get("grant_type", "")
            self.grants.append(grant_type)
            return self._token(grant_type, fields)

    def _token(self, grant_type: str, fields: dict[str, str]) -> tuple[int, dict[str, object]]:
        if grant_type == "urn:ietf:params:oauth:grant-type:device_code":
            device = self.devices.get(fields.get("device_code", ""))
            if device is None:
                return 400, {"error": "invalid_grant"}
            if device.denied:
                return 400, {"error": "access_denied"}
            if self.slow_down_polls > 0:
                self.slow_down_polls -= 1
                return 400, {"error": "slow_down"}
            if not device.approved or self.pending_polls > 0:
                self.pending_polls = max(0, self.pending_polls - 1)
                return 400, {"error": "authorization_pending"}
            del self.devices[device.device_code]
            return 200, self._tokens(device.grant)
        if grant_type == "authorization_code":
            found = self.codes.pop(fields.get("code", ""), None)
            if found is None:
                return 400, {"error": "invalid_grant"}
            grant, redirect_uri, challenge = found
            verifier = fields.get("code_verifier", "")
            digest = hashlib.sha256(verifier.encode()).digest()
            # RFC 7636 §4.6: the verifier must hash to the challenge sent at /authorize.
            if base64.urlsafe_b64encode(digest).decode().rstrip("=") != challenge:
                return 400, {"error": "invalid_grant"}
            if fields.get("redirect_uri") != redirect_uri:
                return 400, {"error": "invalid_grant"}
            return 200, self._tokens(grant)
        if grant_type == "refresh_token":
            grant = self.refresh_tokens.get(fields.get("refresh_token", ""))
            if grant is None:
                return 400, {"error": "invalid_grant"}
            # RFC 6749 §6: a scope beyond the original grant is refused.
            if not set(fields.get("scope", "").split()) <= set(grant.scopes):
                return 400, {"error": "invalid_scope"}
            del self.refresh_tokens[fields["refresh_token"]]
            return 200, self._tokens(grant)
        return 400, {"error": "unsupported_grant_type"}

    def _authorize(self, query: dict[str, str]) -> str:
        """The browser's part: the practitioner signs in and consents."""
        redirect = query["redirect_uri"]
        assert query.get("code_challenge_method") == "S256"
        assert query.get("client_id") == CLIENT_ID
        code = secrets.token_urlsafe(16)
        with self._lock:
            grant = _Grant(self.username, tuple(query.get("scope", "").split()))
            self.codes[code] = (grant, redirect, query["code_challenge"])
        params = urllib.parse.urlencode({"code": code, "state": query.get("state", "")})
        return f"{redirect}?{params}"

    def _approve(self, query: dict[str, str]) -> tuple[int, dict[str, object]]:
        self.approve(query.get("user_code", ""))
        return 200, {"approved": True}
