"""Issue 10 item 1: `provider:` presets on outgoing and incoming; explicit keys win."""

from __future__ import annotations

import pytest
from practice import Practice

from carecall_mail.config.loading import load_config
from carecall_mail.config.providers import PROVIDERS, fill_incoming, fill_outgoing
from carecall_mail.config.schema import ImapIncoming, SmtpOutgoing
from carecall_mail.core.errors import ConfigError
from carecall_mail.templates.preflight import warnings


def with_sections(practice: Practice, outgoing: str, incoming: str) -> None:
    text = practice.read("config/practice.yaml")
    text = text.replace("outgoing:\n  transport: maildir", "outgoing:\n" + outgoing + "\n#", 1)
    text = text.replace("incoming:\n  transport: maildir", "incoming:\n" + incoming + "\n#", 1)
    practice.write("config/practice.yaml", text)


@pytest.mark.parametrize(
    ("name", "smtp", "imap"),
    [
        ("gmail", "smtp.gmail.com", "imap.gmail.com"),
        ("microsoft365", "smtp.office365.com", "outlook.office365.com"),
        ("fastmail", "smtp.fastmail.com", "imap.fastmail.com"),
        ("icloud", "smtp.mail.me.com", "imap.mail.me.com"),
    ],
)
def test_each_preset_fills_host_port_security(name: str, smtp: str, imap: str) -> None:
    out = fill_outgoing({"provider": name})
    assert out == {
        "provider": name,
        "transport": "smtp",
        "host": smtp,
        "security": "starttls",
        "port": 587,
        **{
            key: getattr(PROVIDERS[name], key)
            for key in ("max_per_minute", "max_per_day")
            if getattr(PROVIDERS[name], key) is not None
        },
    }
    assert fill_incoming({"provider": name}) == {
        "provider": name,
        "transport": "imap",
        "host": imap,
        "security": "tls",
        "port": 993,
    }


def test_explicit_keys_win_and_security_brings_its_port() -> None:
    out = fill_outgoing({"provider": "gmail", "security": "tls", "max_per_day": 2000})
    assert isinstance(out, dict)
    assert (out["port"], out["security"], out["max_per_day"]) == (465, "tls", 2000)
    assert isinstance(out := fill_outgoing({"provider": "gmail", "port": 2525}), dict)
    assert out["port"] == 2525
    assert fill_outgoing({"transport": "smtp", "host": "x"}) == {"transport": "smtp", "host": "x"}


def test_a_practice_with_a_provider_loads(practice: Practice) -> None:
    with_sections(
        practice,
        "  provider: gmail\n  username: ana@gmail.com\n  password_env: CARECALL_SMTP_PASSWORD\n"
        "  max_per_day: 2000",
        "  provider: fastmail\n  username: ana@fastmail.com\n  password_env: CARECALL_IMAP",
    )
    config = load_config(practice.config)
    outgoing, incoming = config.practice.outgoing, config.practice.incoming
    assert isinstance(outgoing, SmtpOutgoing) and isinstance(incoming, ImapIncoming)
    assert (outgoing.host, outgoing.port, outgoing.security) == ("smtp.gmail.com", 587, "starttls")
    assert (outgoing.max_per_minute, outgoing.max_per_day) == (20, 2000)
    assert (incoming.host, incoming.port, incoming.security) == ("imap.fastmail.com", 993, "tls")
    assert not [w for w in warnings(config) if "provider" in w.message]


def test_an_unknown_provider_gets_a_did_you_mean(practice: Practice) -> None:
    with_sections(
        practice,
        "  provider: gmial\n  username: ana@gmail.com\n  password_env: P",
        "  transport: maildir",
    )
    with pytest.raises(ConfigError) as caught:
        load_config(practice.config)
    (problem,) = caught.value.problems
    assert "unknown provider 'gmial': did you mean 'gmail'?" in problem.message


def test_a_provider_without_a_log_in_is_an_error_saying_what_to_write(practice: Practice) -> None:
    with_sections(practice, "  provider: icloud", "  transport: maildir")
    with pytest.raises(ConfigError) as caught:
        load_config(practice.config)
    text = "\n".join(p.message for p in caught.value.problems)
    assert "outgoing.username: missing: iCloud Mail needs your full address" in text
    assert "outgoing.password_env: missing" in text and "app-specific password" in text


def test_microsoft_365_with_a_password_is_warned_about(practice: Practice) -> None:
    with_sections(
        practice,
        "  provider: microsoft365\n  username: ana@field.example\n  password_env: P",
        "  transport: maildir",
    )
    config = load_config(practice.config)
    (warning,) = [w for w in warnings(config) if "Microsoft 365" in w.message]
    assert warning.message.startswith("warning: outgoing: Microsoft 365 turned off passwords")
