"""Addresses and hosts: one normalisation, one +tag rule, one "this machine" for all checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from practice import Practice, cli, ok, outbox_statuses, read_messages

from carecall_mail.config.loading import load_config
from carecall_mail.core.addresses import SECURITY_MODES, base_address, is_local_host, normalise
from carecall_mail.core.errors import ConfigError, InboxError
from carecall_mail.store.records import OutboxStatus
from carecall_mail.transports.inbound import ImapSettings
from carecall_mail.transports.outbound import OutgoingSettingsError, SmtpSettings


def test_normalise_strips_and_lower_cases() -> None:
    assert normalise("  Ana.Field@FieldPractice.Example \n") == "ana.field@fieldpractice.example"
    assert normalise("") == ""


@pytest.mark.parametrize(
    ("address", "base"),
    [
        ("ana+urgent@x.example", "ana@x.example"),
        ("Optout+c-001+again@X.Example", "optout@x.example"),
        ("ana@x.example", "ana@x.example"),
        ("  ana+@x.example ", "ana@x.example"),
        ("no-at-sign+tag", "no-at-sign"),
        ("ana@sub+domain.example", "ana@sub+domain.example"),  # only the local part has tags
    ],
)
def test_base_address_drops_the_tag_of_the_local_part(address: str, base: str) -> None:
    assert base_address(address) == base


@pytest.mark.parametrize(
    "host", ["localhost", "LocalHost", "127.0.0.1", "127.0.0.2", "127.255.255.254", "::1", "[::1]"]
)
def test_this_machine_is_local(host: str) -> None:
    assert is_local_host(host)


@pytest.mark.parametrize(
    "host",
    ["smtp.example.org", "10.0.0.1", "192.0.2.1", "::2", "localhost.localdomain", "128.0.0.1", ""],
)
def test_another_machine_is_not_local(host: str) -> None:
    assert not is_local_host(host)


def test_the_security_modes_put_tls_first() -> None:
    assert SECURITY_MODES[0] == "starttls" and set(SECURITY_MODES) == {"starttls", "tls", "none"}


def _validate_accepts(root: Path, host: str) -> bool:
    practice = Practice(root)
    practice.replace(
        "config/practice.yaml",
        "  transport: maildir               # embedded default: var/outbox is a Maildir",
        f"  transport: smtp\n  host: '{host}'\n  security: none",
    )
    try:
        load_config(practice.config)
    except ConfigError as error:
        assert all("outgoing.security" in p.message for p in error.problems), error.problems
        return False
    return True


def _smtp_accepts(host: str) -> bool:
    try:
        SmtpSettings(host=host, port=25, security="none")
    except OutgoingSettingsError:
        return False
    return True


def _imap_accepts(host: str) -> bool:
    try:
        ImapSettings(host=host, port=143, security="none", username="ana")
    except InboxError:
        return False
    return True


@pytest.mark.parametrize(
    ("host", "local"),
    [("127.0.0.2", True), ("localhost", True), ("::1", True), ("smtp.example.org", False)],
)
def test_validate_and_both_transports_agree_on_plaintext(
    tmp_path: Path, host: str, local: bool
) -> None:
    """127.0.0.2 used to be refused by validate and accepted by both transports."""
    assert _validate_accepts(tmp_path / "p", host) is local
    assert _smtp_accepts(host) is local
    assert _imap_accepts(host) is local


# ---------------------------------------------------------------- international addresses


def test_an_international_domain_is_kept_in_its_ascii_form(practice: Practice) -> None:
    # A valid IDN address crashed the sending pass (headers are ASCII) and left every
    # message of the pass, other clients' too, stuck in `sending`.
    practice.replace("config/clients.yaml", "jonas@example.org", "jonas@exämple.org")
    config = load_config(practice.config)
    jonas = config.client("c-002")
    assert jonas is not None and jonas.email == "jonas@xn--exmple-cua.org"
    ok(practice, "run", "--once", "--now", "2026-11-23T10:00:00+01:00")
    assert set(outbox_statuses(practice).values()) <= {OutboxStatus.SENT, OutboxStatus.SKIPPED}
    to = [m["To"].addresses[0] for m in read_messages(practice.path("var/outbox/new"))]
    assert "jonas@xn--exmple-cua.org" in [a.addr_spec for a in to]


def test_a_non_ascii_local_part_is_a_config_error_with_its_line(practice: Practice) -> None:
    line = practice.replace("config/clients.yaml", "jonas@example.org", "jönas@example.org")
    code, _, err = cli(practice, "validate")
    assert code == 1
    assert f"clients.yaml:{line}: clients[1].email:" in err
    assert "before the @" in err
