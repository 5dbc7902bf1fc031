"""Issue 10 "Done when": each provider preset set up as the README shows, checked by
`carecall doctor --send-test` against a real loopback Postfix + Dovecot listening on the
preset's own ports (587 STARTTLS, 465 implicit TLS, 993 IMAPS).

Only `host` (and the test CA) is written besides the provider and the log-in, so a
wrong port or security in carecall_mail/providers.py fails here: Postfix offers AUTH on
587 only after STARTTLS, as the providers do, and nothing else listens on 587/993.
"""

from __future__ import annotations

import smtplib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from mailservers import (
    PRACTITIONER,
    PRESET_PORTS,
    MailSystem,
    preset_ports_lock,
    start_mail_system,
    taken_ports,
)
from practice import Practice, ok

from carecall_mail.config.loading import load_config
from carecall_mail.config.providers import PROVIDERS
from carecall_mail.config.schema import ImapIncoming, SmtpOutgoing

# One worker runs them all (scripts/test's --dist loadgroup): the module's one system, not
# one per worker, each waiting for the other's fixed ports.
pytestmark = [pytest.mark.mailservers, pytest.mark.xdist_group("preset_ports")]

SMTP_ENV = "CARECALL_TEST_PRESET_SMTP"
IMAP_ENV = "CARECALL_TEST_PRESET_IMAP"
NOW = datetime(2031, 3, 1, 10, 0, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def preset_servers() -> Iterator[MailSystem]:
    """One Postfix + Dovecot on the presets' well-known ports for the whole module."""
    # Another test process of this machine may be serving them: wait for it, do not skip.
    with preset_ports_lock():
        taken = taken_ports(PRESET_PORTS.values())
        if taken:
            pytest.skip(
                f"127.0.0.1 port(s) {', '.join(map(str, taken))} already taken on this "
                "machine: the presets' ports cannot be served here"
            )
        system = start_mail_system(preset_ports=True)
        try:
            yield system
        finally:
            system.stop()


def set_up(practice: Practice, m: MailSystem, provider: str, extra: str = "") -> None:
    """practice.yaml as the README's worked set-up, with the host pointed at loopback."""
    text = practice.read("config/practice.yaml")
    for name, env in (("outgoing", SMTP_ENV), ("incoming", IMAP_ENV)):
        start = text.index(f"\n{name}:\n") + 1
        end = start + len(f"{name}:\n")
        while text[end:].startswith("  "):  # the section's indented (and commented) lines
            end = text.index("\n", end) + 1
        section = (
            f"{name}:\n  provider: {provider}\n  host: {m.host}\n  ca_file: {m.ca_file}\n"
            f"  username: {PRACTITIONER}\n  password_env: {env}\n"
        )
        if name == "outgoing":
            section += extra
        text = text[:start] + section + text[end:]
    practice.write("config/practice.yaml", text)


def doctor_green(practice: Practice, m: MailSystem, now: datetime) -> list[str]:
    """`carecall doctor --send-test`: exit 0, every line ok, the test mail delivered."""
    out = ok(practice, "doctor", "--send-test", "--now", now.isoformat())
    lines = out.splitlines()
    assert len(lines) == 8, out  # connect, TLS, log-in, test mail; connect, TLS, log-in, folder
    assert all(line.startswith("ok   ") for line in lines), out
    arrived = m.wait_for_email(PRACTITIONER, f"Date: {format_datetime(now)}")
    assert arrived["Subject"] == "CareCall test: your outgoing mail works"
    return lines


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_each_preset_passes_doctor_on_its_own_ports(
    provider: str,
    preset_servers: MailSystem,
    practice: Practice,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(SMTP_ENV, preset_servers.password)
    monkeypatch.setenv(IMAP_ENV, preset_servers.password)
    set_up(practice, preset_servers, provider)
    config = load_config(practice.config)
    out, inc = config.practice.outgoing, config.practice.incoming
    assert isinstance(out, SmtpOutgoing) and isinstance(inc, ImapIncoming)
    preset = PROVIDERS[provider]
    # The host written wins; port and security are the preset's.
    smtp_port = {"starttls": 587, "tls": 465}[preset.smtp_security]
    assert (out.host, out.port, out.security) == ("127.0.0.1", smtp_port, preset.smtp_security)
    assert (inc.host, inc.port, inc.security) == ("127.0.0.1", 993, "tls")
    assert out.max_per_day == preset.max_per_day

    # A distinct instant per preset: its test mail's Date header tells them apart.
    now = NOW + timedelta(days=sorted(PROVIDERS).index(provider))
    lines = doctor_green(practice, preset_servers, now)
    assert lines[0].startswith(f"ok   outgoing: connect to smtp 127.0.0.1:{smtp_port}")
    tls = {"starttls": "STARTTLS", "tls": "implicit TLS"}[preset.smtp_security]
    assert f"{tls}, certificate verified" in lines[1]
    assert lines[4].startswith("ok   incoming: connect to imap 127.0.0.1:993")
    assert "implicit TLS, certificate verified" in lines[5]


def test_security_tls_written_takes_the_implicit_tls_port_465(
    preset_servers: MailSystem, practice: Practice, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A firewall that blocks 587: `security: tls` alone means 465 (RFC 8314).
    monkeypatch.setenv(SMTP_ENV, preset_servers.password)
    monkeypatch.setenv(IMAP_ENV, preset_servers.password)
    set_up(practice, preset_servers, "fastmail", extra="  security: tls\n")
    out = load_config(practice.config).practice.outgoing
    assert isinstance(out, SmtpOutgoing) and (out.port, out.security) == (465, "tls")
    lines = doctor_green(practice, preset_servers, NOW - timedelta(days=1))
    assert lines[0].startswith("ok   outgoing: connect to smtp 127.0.0.1:465")
    assert "implicit TLS, certificate verified" in lines[1]


def test_the_submission_port_offers_auth_only_after_starttls(preset_servers: MailSystem) -> None:
    """The loopback 587 is as strict as the providers' (else a preset with
    `security: none` on 587 would pass doctor here and fail for real)."""
    with smtplib.SMTP(preset_servers.host, 587, timeout=10) as smtp:
        smtp.ehlo()
        assert smtp.has_extn("starttls") and not smtp.has_extn("auth")
        smtp.starttls(context=preset_servers.ssl_context())
        smtp.ehlo()
        assert smtp.has_extn("auth")
