"""Credentials are masked in whatever form a server echoes them (core/redact.py)."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carecall_mail.core.redact import MASK, scrubber

USER = "ana@fieldpractice.example"
PASSWORD = "correct horse 42"


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


@pytest.mark.parametrize(
    "echo",
    [
        PASSWORD,
        b64(PASSWORD.encode()),  # AUTH LOGIN's password line
        b64(PASSWORD.encode()).rstrip("="),
        b64(b"\0" + USER.encode() + b"\0" + PASSWORD.encode()),  # AUTH PLAIN, RFC 4616
        b64(USER.encode() + b"\0" + USER.encode() + b"\0" + PASSWORD.encode()),  # with authzid
        base64.urlsafe_b64encode(b"\0x\0" + PASSWORD.encode()).decode(),
        "QUFB" + b64(b"\0" + USER.encode() + b"\0" + PASSWORD.encode()),  # glued to more base64
    ],
)
def test_every_form_of_the_password_is_masked(echo: str) -> None:
    reply = f"535 5.7.8 Authentication failed for <{echo}> (PLAIN)"
    scrubbed = scrubber(PASSWORD)(reply)
    assert echo not in scrubbed
    assert MASK in scrubbed and scrubbed.startswith("535 5.7.8 Authentication failed for <")


def test_ordinary_words_are_left_alone() -> None:
    reply = "535 5.7.8 Authentication credentials invalid"
    assert scrubber(PASSWORD)(reply) == reply
    assert scrubber(None)(reply) == reply


@given(password=st.text(min_size=1, max_size=40), authzid=st.text(max_size=10))
def test_the_auth_plain_blob_never_survives(password: str, authzid: str) -> None:
    blob = b64(authzid.encode() + b"\0" + USER.encode() + b"\0" + password.encode())
    scrubbed = scrubber(password)(f"535 no: {blob}")
    assert blob not in scrubbed
