"""OAuth2 for real on loopback (issue 10 item 2): `carecall login` against a fake
provider, then XOAUTH2 to Dovecot (IMAP) and Postfix (SMTP AUTH through Dovecot
SASL), whose `oauth2` passdb checks every token at the provider's introspection
endpoint. Nothing of IMAP or SMTP is mocked; only the provider is ours."""

from __future__ import annotations

import asyncio
import contextlib
import io
import re
import stat
import threading
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from mailservers import PRACTITIONER, MailSystem, start_mail_system
from oauth2_provider import CLIENT_ID, FakeProvider
from practice import Practice, cli

from carecall_mail.app.runtime import make_inbox, make_transport
from carecall_mail.config.loading import load_config
from carecall_mail.core.errors import InboxError
from carecall_mail.transports.inbound import MemoryCursorStore
from carecall_mail.transports.oauth2 import read_token, token_file
from carecall_mail.transports.outbound import Outcome, Outgoing

pytestmark = pytest.mark.mailservers

SECRET_ENV = "CARECALL_TEST_OAUTH2_SECRET"


@pytest.fixture(scope="module")
def provider() -> Iterator[FakeProvider]:
    with FakeProvider(PRACTITIONER) as p:
        yield p


@pytest.fixture(scope="module")
def mail(provider: FakeProvider) -> Iterator[MailSystem]:
    """A mail system of its own: the session's one knows no OAuth2."""
    system = start_mail_system(oauth2_url=f"{provider.url}/introspect")
    try:
        yield system
    finally:
        system.stop()


def configure(practice: Practice, m: MailSystem, p: FakeProvider, provider: str) -> None:
    """Both connections with a provider preset, its servers and endpoints on loopback."""
    endpoints = (
        f"device_url: {p.url}/devicecode"
        if provider == "microsoft365"
        else f"authorize_url: {p.url}/authorize, client_secret_env: {SECRET_ENV}"
    )
    oauth2 = f"  oauth2: {{client_id: {CLIENT_ID}, token_url: {p.url}/token, {endpoints}}}\n"
    common = f"  auth: oauth2\n  username: {PRACTITIONER}\n  ca_file: {m.ca_file}\n  timeout: 10\n"
    outgoing = (
        f"outgoing:\n  provider: {provider}\n  host: {m.host}\n  port: {m.smtp_port}\n"
        f"  security: starttls\n{common}{oauth2}"
    )
    incoming = (
        f"incoming:\n  provider: {provider}\n  host: {m.host}\n  port: {m.imaps_port}\n"
        f"  security: tls\n{common}{oauth2}"
    )
    text = practice.read("config/practice.yaml")
    text = re.sub(r"(?m)^outgoing:\n(?:[ #].*\n)*", outgoing, text, count=1)
    text = re.sub(r"(?m)^incoming:\n(?:[ #].*\n)*", incoming, text, count=1)
    practice.write("config/practice.yaml", text)


@pytest.fixture
def practice(tmp_path: Path, mail: MailSystem, provider: FakeProvider) -> Practice:
    practice = Practice(tmp_path / "practice")
    configure(practice, mail, provider, "microsoft365")
    return practice


def device_login(practice: Practice, provider: FakeProvider) -> str:
    """`carecall login`, with the practitioner typing the code on her phone meanwhile."""
    provider.issued.clear()

    def phone() -> None:
        if provider.issued.wait(20):
            (device,) = provider.devices.values()
            query = urllib.parse.urlencode({"user_code": device.user_code})
            urllib.request.urlopen(f"{provider.url}/device/approve?{query}", timeout=10).read()

    thread = threading.Thread(target=phone, daemon=True)
    thread.start()
    code, out, err = cli(practice, "login")
    thread.join(timeout=20)
    assert code == 0, out + err
    return out


def message(to: str, marker: str) -> Outgoing:
    msg = EmailMessage()
    msg["From"] = PRACTITIONER
    msg["To"] = to
    msg["Subject"] = f"OAuth2 test {marker}"
    msg["Message-ID"] = f"<{marker}@fieldpractice.example>"
    msg.set_content(f"Sent with XOAUTH2: {marker}\n")
    return Outgoing(key=f"test:{marker}", sender=PRACTITIONER, recipients=(to,), data=bytes(msg))


def deliver(practice: Practice, outgoing: Outgoing) -> Outcome:
    transport = make_transport(load_config(practice.config))
    outcomes: list[Outcome] = []

    async def run() -> None:
        try:
            await transport.deliver([outgoing], outcomes.append)
        finally:
            await transport.aclose()

    asyncio.run(run())
    (outcome,) = outcomes
    return outcome


def fetch_all(practice: Practice) -> int:
    inbox = make_inbox(load_config(practice.config))
    try:
        return sum(len(batch) for batch in inbox.fetch_new(MemoryCursorStore()))
    finally:
        inbox.close()


def test_device_login_then_doctor_sends_and_reads_with_xoauth2(
    practice: Practice, mail: MailSystem, provider: FakeProvider
) -> None:
    out = device_login(practice, provider)
    stored = token_file(practice.root / "var", PRACTITIONER)
    assert f"open     {provider.url}/device" in out and re.search(r"and type \d{4}-TEST", out)
    assert f"Signed in. The sign-in is kept in {stored}" in out
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    token = read_token(stored)
    assert token is not None and token.access_token not in out
    # One sign-in for both connections of the mailbox: IMAP's and SMTP's scopes at once.
    assert set(token.scopes) == {
        "https://outlook.office.com/SMTP.Send",
        "https://outlook.office.com/IMAP.AccessAsUser.All",
        "offline_access",
    }

    code, out, err = cli(practice, "doctor", "--send-test")
    assert code == 0, out + err
    assert re.search(r"(?m)^ok   outgoing: OAuth2 sign-in of .*\n^ok   outgoing: log-in as", out)
    assert "ok   incoming: log-in as 'ana@fieldpractice.example': accepted (XOAUTH2)" in out
    mail.wait_for_email(PRACTITIONER, "CareCall test: your outgoing mail works")
    assert "method=XOAUTH2" in mail.log("dovecot")  # Postfix's SASL and IMAP both


def test_a_revoked_access_token_is_refreshed_once_and_mail_still_flows(
    practice: Practice, mail: MailSystem, provider: FakeProvider
) -> None:
    device_login(practice, provider)
    provider.revoke_access()  # the provider took the token back before its hour was up
    before = provider.grants.count("refresh_token")
    marker = uuid.uuid4().hex
    outcome = deliver(practice, message(PRACTITIONER, marker))
    assert outcome.status == "sent", outcome
    assert provider.grants.count("refresh_token") == before + 1
    mail.wait_for_email(PRACTITIONER, marker)

    provider.revoke_access()
    assert fetch_all(practice) >= 1  # read over IMAP: at least the message just sent
    assert provider.grants.count("refresh_token") == before + 2


def test_a_refused_refresh_token_says_run_carecall_login_again(
    practice: Practice, mail: MailSystem, provider: FakeProvider
) -> None:
    device_login(practice, provider)
    token = read_token(token_file(practice.root / "var", PRACTITIONER))
    assert token is not None and token.refresh_token is not None
    provider.revoke_refresh()  # the practitioner removed the app from her account

    outcome = deliver(practice, message("jonas@example.org", uuid.uuid4().hex))
    assert (outcome.status, outcome.setup) == ("retry", True)  # kept for after the login
    assert "run `carecall login` again" in outcome.detail
    with pytest.raises(InboxError, match=r"run `carecall login` again"):
        fetch_all(practice)
    code, out, _ = cli(practice, "doctor")
    assert code == 1
    assert "FAIL outgoing: log-in as" in out and "what to do: run `carecall login`" in out
    for secret in (token.access_token, token.refresh_token):
        assert secret not in outcome.detail and secret not in out


class _Browser(io.StringIO):
    """stdout that, like a practitioner, opens the sign-in URL as soon as it is printed."""

    def write(self, text: str) -> int:
        for url in re.findall(r"http://\S+/authorize\?\S+", text):
            threading.Thread(
                target=lambda u=url: urllib.request.urlopen(u, timeout=10).read()
            ).start()
        return super().write(text)


def test_google_signs_in_through_the_loopback_redirect(
    practice: Practice, mail: MailSystem, provider: FakeProvider, monkeypatch: pytest.MonkeyPatch
) -> None:
    from carecall_mail.app.cli import main

    monkeypatch.setenv(SECRET_ENV, "not-really-secret")
    configure(practice, mail, provider, "gmail")
    out = _Browser()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(["login", "-c", str(practice.config), "--wait", "20"])
    assert code == 0, out.getvalue()
    assert "open this address in a browser on this machine" in out.getvalue()
    code, text, err = cli(practice, "doctor")
    assert code == 0, text + err
    assert "ok   incoming: log-in as 'ana@fieldpractice.example': accepted (XOAUTH2)" in text


def test_a_token_for_another_mailbox_is_refused_with_the_servers_words(
    practice: Practice, mail: MailSystem, provider: FakeProvider
) -> None:
    other = "lena@example.org"  # the sign-in below is for ana: Dovecot compares the two
    practice.write(
        "config/practice.yaml",
        practice.read("config/practice.yaml").replace(
            f"username: {PRACTITIONER}", f"username: {other}"
        ),
    )
    device_login(practice, provider)
    before = provider.grants.count("refresh_token")
    outcome = deliver(practice, message("jonas@example.org", uuid.uuid4().hex))
    assert (outcome.status, outcome.setup) == ("retry", True)
    assert re.search(r"login as 'lena@example\.org' failed: 535 5\.7\.8", outcome.detail)
    assert provider.grants.count("refresh_token") == before + 1  # one refresh, one retry
    code, out, _ = cli(practice, "doctor")
    assert code == 1 and "check outgoing.username is the address you signed in as" in out
    token = read_token(token_file(practice.root / "var", other))
    assert token is not None and token.access_token not in outcome.detail + out
