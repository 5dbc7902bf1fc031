"""OAuth2 sign-in (issue 10 item 2): token expiry and refresh with time passed in, the
device-code and PKCE flows against a real HTTP provider on loopback, the token
file, the config's auth fields, and bearer tokens kept out of every text."""

from __future__ import annotations

import base64
import hashlib
import re
import stat
import threading
import urllib.request
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from oauth2_provider import CLIENT_ID, FakeProvider
from practice import Practice, cli

from carecall_mail.config.loading import load_config
from carecall_mail.config.schema import ImapIncoming, SmtpOutgoing
from carecall_mail.core.errors import ConfigError
from carecall_mail.core.redact import MASK, scrub_bearer, scrubber
from carecall_mail.templates.preflight import warnings
from carecall_mail.transports.oauth2 import (
    REFRESH_MARGIN,
    DeviceCode,
    LoginRequired,
    OAuth2Client,
    OAuth2Error,
    Token,
    TokenSource,
    authorize_url,
    device_login,
    needs_refresh,
    pkce_login,
    pkce_pair,
    read_token,
    token_from_response,
    write_token,
    xoauth2_string,
)

USER = "ana@fieldpractice.example"
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


class Clock:
    """Time passed in: a test moves it; nothing here reads the wall clock."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def provider() -> Iterator[FakeProvider]:
    with FakeProvider(USER) as p:
        yield p


@pytest.fixture
def client(provider: FakeProvider, tmp_path: Path) -> OAuth2Client:
    return OAuth2Client(
        connection="outgoing",
        username=USER,
        client_id=CLIENT_ID,
        flow="device",
        token_url=f"{provider.url}/token",
        device_url=f"{provider.url}/devicecode",
        authorize_url=f"{provider.url}/authorize",
        scopes=("mail.send", "offline_access"),
        token_file=tmp_path / "var" / "oauth2" / f"{USER}.json",
        timeout=5.0,
    )


def signed_in(client: OAuth2Client, provider: FakeProvider, clock: Clock) -> Token:
    """A device-code sign-in, approved as soon as the code is shown; stored."""
    token = device_login(
        client,
        client.scopes,
        show=lambda code: provider.approve(code.user_code),
        clock=clock,
        sleep=lambda s: None,
    )
    write_token(client.token_file, token)
    return token


# ---------------------------------------------------------------- pure: expiry


def token(expires_at: datetime, access: str = "a") -> Token:
    return Token(access, expires_at, "r", USER, CLIENT_ID, "https://t.example/token", ("s",))


def test_a_token_is_refreshed_only_within_the_margin_of_its_end() -> None:
    end = T0 + timedelta(hours=1)
    assert not needs_refresh(token(end), T0)
    assert not needs_refresh(token(end), end - REFRESH_MARGIN - timedelta(seconds=1))
    assert needs_refresh(token(end), end - REFRESH_MARGIN)
    assert needs_refresh(token(end), end + timedelta(days=1))
    assert needs_refresh(token(end, access=""), T0)  # nothing to offer at all


def test_a_token_response_keeps_the_old_refresh_token_when_it_sends_none(
    client: OAuth2Client,
) -> None:
    body = {"access_token": "new", "token_type": "bearer", "expires_in": "1800"}
    got = token_from_response(body, client=client, scopes=("s",), now=T0, previous_refresh="old")
    assert (got.access_token, got.refresh_token) == ("new", "old")
    assert got.expires_at == T0 + timedelta(minutes=30)
    # RFC 6749 §5.1 makes expires_in optional: an hour is assumed.
    got = token_from_response({"access_token": "x"}, client=client, scopes=(), now=T0)
    assert got.expires_at == T0 + timedelta(hours=1) and got.refresh_token is None
    with pytest.raises(OAuth2Error, match="no access_token"):
        token_from_response({"token_type": "bearer"}, client=client, scopes=(), now=T0)
    with pytest.raises(OAuth2Error, match="not Bearer"):
        token_from_response(
            {"access_token": "x", "token_type": "mac"}, client=client, scopes=(), now=T0
        )


def test_pkce_challenge_is_the_s256_of_the_verifier() -> None:
    verifier, challenge = pkce_pair()
    assert 43 <= len(verifier) <= 128 and re.fullmatch(r"[A-Za-z0-9_-]+", verifier)
    digest = hashlib.sha256(verifier.encode()).digest()
    assert challenge == base64.urlsafe_b64encode(digest).decode().rstrip("=")
    assert pkce_pair()[0] != verifier


def test_the_authorize_url_asks_for_offline_access_with_s256(client: OAuth2Client) -> None:
    url = authorize_url(client, ("https://mail.google.com/",), "http://127.0.0.1:9/", "st", "ch")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    assert query["code_challenge_method"] == ["S256"] and query["code_challenge"] == ["ch"]
    assert query["scope"] == ["https://mail.google.com/"] and query["state"] == ["st"]
    assert query["access_type"] == ["offline"] and query["redirect_uri"] == ["http://127.0.0.1:9/"]


# ---------------------------------------------------------------- storage


def test_the_token_file_is_private_written_atomically_and_read_back(
    client: OAuth2Client,
) -> None:
    stored = token(T0 + timedelta(hours=1), access="secret-access-token")
    write_token(client.token_file, stored)
    assert stat.S_IMODE(client.token_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(client.token_file.parent.stat().st_mode) == 0o700
    assert [p.name for p in client.token_file.parent.iterdir()] == [client.token_file.name]
    assert read_token(client.token_file) == stored
    assert "secret-access-token" not in repr(stored)
    client.token_file.write_text("{not json")
    with pytest.raises(LoginRequired, match="damaged"):
        read_token(client.token_file)


# ---------------------------------------------------------------- device flow


def test_the_device_flow_polls_until_approved_and_slows_down_when_told(
    client: OAuth2Client, provider: FakeProvider
) -> None:
    provider.slow_down_polls, provider.pending_polls = 1, 2
    shown: list[DeviceCode] = []
    waits: list[float] = []

    def show(code: DeviceCode) -> None:
        shown.append(code)
        provider.approve(code.user_code)

    got = device_login(client, client.scopes, show=show, clock=Clock(), sleep=waits.append)
    (code,) = shown
    assert code.verification_uri == f"{provider.url}/device" and code.user_code.endswith("-TEST")
    # RFC 8628 §3.5: slow_down adds 5 seconds to this and every later wait.
    assert waits == [pytest.approx(5.05)] * 3
    assert got.access_token in provider.access_tokens and got.refresh_token
    assert got.scopes == client.scopes


def test_an_unfinished_device_sign_in_ends_when_the_code_expires(
    client: OAuth2Client, provider: FakeProvider
) -> None:
    clock = Clock()
    polls: list[float] = []

    def sleep(seconds: float) -> None:
        polls.append(seconds)
        clock.now += timedelta(minutes=2)  # nobody types the code

    with pytest.raises(OAuth2Error, match="expired before the sign-in was finished"):
        device_login(client, client.scopes, show=lambda code: None, clock=clock, sleep=sleep)
    assert len(polls) == 5  # 600 s of validity, a poll every (fake) 2 minutes


def test_a_wrong_client_id_is_said_at_the_start(client: OAuth2Client) -> None:
    with pytest.raises(OAuth2Error, match=r"refused to start a sign-in: 401 invalid_client"):
        device_login(replace(client, client_id="nope"), (), show=lambda c: None, clock=Clock())


# ---------------------------------------------------------------- refresh


def test_tokens_are_refreshed_before_they_expire_and_only_then(
    client: OAuth2Client, provider: FakeProvider
) -> None:
    clock = Clock()
    first = signed_in(client, provider, clock)
    tokens = TokenSource(client, clock)
    assert tokens.access_token() == first.access_token
    clock.now = first.expires_at - REFRESH_MARGIN - timedelta(minutes=1)
    assert tokens.access_token() == first.access_token
    assert "refresh_token" not in provider.grants
    clock.now = first.expires_at - REFRESH_MARGIN + timedelta(seconds=1)
    fresh = tokens.access_token()
    assert fresh != first.access_token and provider.grants.count("refresh_token") == 1
    stored = read_token(client.token_file)
    assert stored is not None and stored.access_token == fresh
    assert stored.refresh_token != first.refresh_token  # rotated, and the new one kept
    assert stat.S_IMODE(client.token_file.stat().st_mode) == 0o600
    # The other connection of the same mailbox takes the refreshed token from the file.
    incoming = TokenSource(replace(client, connection="incoming"), clock)
    assert incoming.access_token() == fresh and provider.grants.count("refresh_token") == 1


def test_two_connections_refreshing_at_once_use_the_refresh_token_once(
    client: OAuth2Client, provider: FakeProvider
) -> None:
    clock = Clock()
    first = signed_in(client, provider, clock)
    clock.now = first.expires_at  # both find the token expired at the same moment
    sources = [TokenSource(replace(client, connection=c), clock) for c in ("outgoing", "incoming")]
    start = threading.Barrier(2)
    got: list[str] = []

    def use(source: TokenSource) -> None:
        start.wait(timeout=10)
        got.append(source.access_token())

    threads = [threading.Thread(target=use, args=(s,)) for s in sources]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    # The fake provider, like a rotating one, refuses a refresh token's second use.
    assert provider.grants.count("refresh_token") == 1
    assert len(got) == 2 and got[0] == got[1] != first.access_token


def test_a_refresh_asks_for_no_more_than_was_granted(
    client: OAuth2Client, provider: FakeProvider
) -> None:
    clock = Clock()
    first = signed_in(client, provider, clock)
    wider = replace(client, scopes=(*client.scopes, "calendar"))
    write_token(client.token_file, replace(first, scopes=wider.scopes, access_token=""))
    with pytest.raises(OAuth2Error, match="400 invalid_scope"):
        TokenSource(wider, clock).access_token()


def test_a_refused_token_is_refreshed_once(client: OAuth2Client, provider: FakeProvider) -> None:
    clock = Clock()
    first = signed_in(client, provider, clock)
    tokens = TokenSource(client, clock)
    provider.revoke_access()
    fresh = tokens.refresh_after_rejection(first.access_token)
    assert fresh in provider.access_tokens and provider.grants.count("refresh_token") == 1
    assert tokens.access_token() == fresh


def test_a_refused_refresh_token_says_to_log_in_again(
    client: OAuth2Client, provider: FakeProvider
) -> None:
    clock = Clock()
    first = signed_in(client, provider, clock)
    provider.revoke_refresh()
    clock.now = first.expires_at
    with pytest.raises(LoginRequired) as caught:
        TokenSource(client, clock).access_token()
    message = str(caught.value)
    assert message == (
        f"outgoing: the sign-in for {USER} is no longer accepted (the provider said "
        "invalid_grant): run `carecall login` again"
    )
    assert first.refresh_token is not None and first.refresh_token not in message


def test_no_sign_in_or_one_for_another_app_asks_for_carecall_login(
    client: OAuth2Client, provider: FakeProvider
) -> None:
    with pytest.raises(LoginRequired, match="has not signed in yet: run `carecall login`"):
        TokenSource(client, Clock()).access_token()
    signed_in(client, provider, Clock())
    other = replace(client, client_id="another-registration")
    with pytest.raises(LoginRequired, match="another client_id"):
        TokenSource(other, Clock()).access_token()
    wider = replace(client, connection="incoming", scopes=("imap",))
    with pytest.raises(LoginRequired, match=r"does not cover incoming mail \(imap\)"):
        TokenSource(wider, Clock()).access_token()


def test_an_unreachable_token_endpoint_is_a_temporary_error(client: OAuth2Client) -> None:
    dead = replace(client, token_url="http://127.0.0.1:9/token", timeout=2.0)
    expired = replace(token(T0), token_url=dead.token_url, scopes=dead.scopes)
    write_token(client.token_file, expired)
    with pytest.raises(OAuth2Error, match="cannot reach the sign-in server") as caught:
        TokenSource(dead, Clock()).access_token()
    assert not isinstance(caught.value, LoginRequired)


# ---------------------------------------------------------------- PKCE (Google)


def _browser(url: str) -> None:
    """What the practitioner's browser does: open the URL, follow the redirect home."""

    def run() -> None:
        with urllib.request.urlopen(url, timeout=10) as answer:
            answer.read()

    threading.Thread(target=run, daemon=True).start()


def test_pkce_sign_in_through_the_loopback_redirect(
    client: OAuth2Client, provider: FakeProvider
) -> None:
    google = replace(client, flow="pkce", scopes=("https://mail.google.com/",))
    got = pkce_login(google, google.scopes, show=_browser, wait=20, clock=Clock())
    assert got.access_token in provider.access_tokens
    assert provider.grants == ["authorization_code"]  # and the verifier matched (fake checks)


def test_pkce_refuses_a_redirect_with_another_state(client: OAuth2Client) -> None:
    def forged(url: str) -> None:
        redirect = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["redirect_uri"][0]
        _browser(f"{redirect}?code=stolen&state=not-ours")

    google = replace(client, flow="pkce")
    with pytest.raises(OAuth2Error, match="state did not match"):
        pkce_login(google, google.scopes, show=forged, wait=20, clock=Clock())


# ---------------------------------------------------------------- no token in any text


def test_bearer_tokens_are_masked_in_every_form() -> None:
    secret = "ya29.a0AfH6SMB-secret_token"
    blob = base64.b64encode(xoauth2_string(USER, secret).encode()).decode()
    texts = [
        f"Authorization: Bearer {secret}",
        f'{{"access_token": "{secret}", "expires_in": 3599}}',
        f"refresh_token={secret}&grant_type=refresh_token",
        f"535 5.7.8 rejected {blob}",
    ]
    for text in texts:
        assert secret not in scrub_bearer(text) and blob not in scrub_bearer(text)
        assert MASK in scrub_bearer(text)
        assert secret not in scrubber(None)(text)
    assert scrub_bearer("535 5.7.8 Username and Password not accepted") == (
        "535 5.7.8 Username and Password not accepted"
    )


# ---------------------------------------------------------------- config


def _practice(tmp_path: Path, outgoing: str, incoming: str) -> Practice:
    practice = Practice(tmp_path / "practice")
    text = practice.read("config/practice.yaml")
    text = re.sub(r"(?m)^outgoing:\n(?:[ #].*\n)*", "outgoing:\n" + outgoing, text, count=1)
    text = re.sub(r"(?m)^incoming:\n(?:[ #].*\n)*", "incoming:\n" + incoming, text, count=1)
    practice.write("config/practice.yaml", text)
    return practice


def test_a_provider_fills_the_sign_in_and_the_tenant(tmp_path: Path) -> None:
    practice = _practice(
        tmp_path,
        "  provider: microsoft365\n  auth: oauth2\n  username: ana@field.example\n"
        "  oauth2: {client_id: abc, tenant: field.example}\n",
        "  provider: gmail\n  auth: oauth2\n  username: ana@gmail.com\n"
        "  oauth2: {client_id: def, client_secret_env: GOOGLE_SECRET}\n",
    )
    config = load_config(practice.config)
    out, inc = config.practice.outgoing, config.practice.incoming
    assert isinstance(out, SmtpOutgoing) and out.oauth2 is not None
    assert out.oauth2.flow == "device"
    assert out.oauth2.device_url == (
        "https://login.microsoftonline.com/field.example/oauth2/v2.0/devicecode"
    )
    assert out.oauth2.scopes == ("https://outlook.office.com/SMTP.Send", "offline_access")
    assert isinstance(inc, ImapIncoming) and inc.oauth2 is not None
    assert (inc.oauth2.flow, inc.oauth2.scopes) == ("pkce", ("https://mail.google.com/",))
    assert inc.oauth2.token_url == "https://oauth2.googleapis.com/token"
    # Microsoft's "passwords are off" warning is for auth: password only.
    assert not [w for w in warnings(config) if "turned off passwords" in w.message]
    code, _, err = cli(practice, "login")  # the Google client secret is not set here
    assert code == 1
    assert re.search(
        r"practice\.yaml:\d+: incoming\.oauth2\.client_secret_env: the environment variable "
        "GOOGLE_SECRET is not set here",
        err,
    ), err


def test_auth_mistakes_are_said_in_plain_words_with_file_and_line(tmp_path: Path) -> None:
    practice = _practice(
        tmp_path,
        "  provider: gmail\n  auth: oauth2\n  username: ana@gmail.com\n"
        "  password_env: P\n  oauth2:\n    client_id: x\n"
        "    token_url: http://tokens.example/token\n",
        "  provider: fastmail\n  auth: oauth2\n  username: ana@fastmail.com\n",
    )
    with pytest.raises(ConfigError) as caught:
        load_config(practice.config)
    lines = [str(p) for p in caught.value.problems]
    text = "\n".join(lines)
    assert re.search(
        r"practice\.yaml:\d+: outgoing\.password_env: is not used with auth: oauth2", text
    )
    assert "outgoing.oauth2.client_secret_env: missing: Google (Gmail, Workspace)'s" in text
    assert "outgoing.oauth2.token_url: http:// sends the sign-in in the clear" in text
    assert (
        "incoming.auth: Fastmail offers no OAuth2 sign-in for mail apps: use auth: password" in text
    )
    assert all(re.match(r".*practice\.yaml:\d+: ", line) for line in lines)


def test_a_generic_server_names_its_endpoints_or_is_told_which(tmp_path: Path) -> None:
    practice = _practice(
        tmp_path,
        "  transport: smtp\n  host: smtp.example.org\n  auth: oauth2\n  username: a@example.org\n"
        "  oauth2: {client_id: x, flow: device}\n",
        "  transport: imap\n  host: imap.example.org\n  username: a@example.org\n"
        "  oauth2: {client_id: x}\n",
    )
    with pytest.raises(ConfigError) as caught:
        load_config(practice.config)
    text = "\n".join(str(p) for p in caught.value.problems)
    assert "outgoing.oauth2: missing: token_url, device_url, scopes" in text
    assert "incoming.oauth2: is set but incoming.auth is password: write auth: oauth2" in text
    assert "incoming.password_env: missing" in text


def test_validate_says_to_sign_in_before_the_first_run(tmp_path: Path) -> None:
    practice = _practice(
        tmp_path,
        "  provider: microsoft365\n  auth: oauth2\n  username: ana@field.example\n"
        "  oauth2: {client_id: abc}\n",
        "  transport: maildir\n",
    )
    code, _, err = cli(practice, "validate")
    assert code == 1
    assert re.search(
        r"practice\.yaml:\d+: outgoing\.auth: oauth2, but ana@field\.example has not signed "
        r"in on this machine yet: run `carecall login`",
        err,
    ), err


def test_status_advises_the_sign_in_not_the_password() -> None:
    from carecall_mail.jobs.health import advice

    refused = (
        "smtp smtp.office365.com:587: login as 'ana@field.example' failed: outgoing: the "
        "sign-in for ana@field.example is no longer accepted (the provider said "
        "invalid_grant): run `carecall login` again"
    )
    assert advice("outgoing", refused).startswith("run `carecall login`")
    down = "IMAP login failed for a@b at h:993: login.example: cannot reach the sign-in server"
    assert "sign-in server could not be reached" in advice("incoming", down)
