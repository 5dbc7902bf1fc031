"""Never a crash on input: CPython's odd messages, arbitrary bytes, mangled headers."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carecall_mail.core.replies.parse import Reply, ReplyRules, StaticReplyIndex, parse_reply

NOW = datetime(2026, 10, 3, tzinfo=UTC)
INDEX = StaticReplyIndex(clients={"maria@example.org": "c-001"})
RULES = ReplyRules(
    own_addresses=frozenset({"ana@fieldpractice.example"}),
    unsubscribe_addresses=frozenset({"optout@fieldpractice.example"}),
)
KINDS = {"reply", "autoreply", "bounce", "optout", "unknown"}


def _cpython_email_data() -> Path | None:
    try:
        import test.test_email as pkg
    except ImportError:
        return None
    data = Path(pkg.__file__).parent / "data"
    return data if data.is_dir() else None


CPYTHON = _cpython_email_data()
CPYTHON_MESSAGES = sorted(CPYTHON.glob("msg_*.txt")) if CPYTHON else []


def _check(reply: Reply, raw: bytes) -> None:
    assert reply.kind in KINDS
    assert reply.message_id
    assert reply.received_at == NOW
    assert (reply.raw is not None) is (reply.kind == "unknown")
    if reply.kind == "unknown":
        assert reply.raw == raw
    assert reply.flagged is (reply.urgency != "none")
    assert reply.flagged is any(r.startswith(("crisis: ", "concern: ")) for r in reply.reasons)
    data = reply.to_json()
    assert data["kind"] == reply.kind


@pytest.mark.skipif(not CPYTHON_MESSAGES, reason="this Python does not ship Lib/test/test_email")
@pytest.mark.parametrize("path", CPYTHON_MESSAGES, ids=[p.name for p in CPYTHON_MESSAGES])
def test_cpython_email_corpus(path: Path) -> None:
    raw = path.read_bytes()
    reply = parse_reply(raw, INDEX, received_at=NOW, rules=RULES)
    _check(reply, raw)
    if path.name == "msg_19.txt":
        # A Mailman digest body with no header at all: nothing to read it as, so it is kept.
        assert reply.reasons == ("unparseable: no mail headers",)
    else:
        assert reply.kind != "unknown", reply.reasons  # all the others are mail, however odd


def test_cpython_corpus_is_there_when_the_test_package_is() -> None:
    if CPYTHON is None:
        pytest.skip("this Python does not ship Lib/test/test_email")
    assert len(CPYTHON_MESSAGES) >= 40


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    _check(parse_reply(raw, INDEX, received_at=NOW, rules=RULES), raw)


HEADER_NAMES = st.sampled_from(
    [
        "From", "To", "Cc", "Subject", "Message-ID", "In-Reply-To", "References",
        "Content-Type", "Content-Transfer-Encoding", "Auto-Submitted", "Precedence",
        "Return-Path", "List-Id", "X-Failed-Recipients", "Content-Disposition",
        "X-Auto-Response-Suppress", "Delivered-To", "MIME-Version",
    ]
)  # fmt: skip
HEADER_VALUES = st.one_of(
    st.text(max_size=120),
    st.sampled_from(
        [
            "multipart/alternative; boundary=XYZ",
            'multipart/report; report-type=delivery-status; boundary="B"',
            "text/plain; charset=x-nonsense",
            "text/html; charset=utf-8",
            "message/rfc822",
            "base64",
            "quoted-printable",
            "=?utf-8?B?!!!notbase64?=",
            "=?no-such-charset?Q?=FF=FE?=",
            "<a@b> <c@d",
            '"unterminated <x@y>',
            "MAILER-DAEMON",
            "<>",
            "auto-replied",
        ]
    ),
)
BODIES = st.one_of(
    st.binary(max_size=600),
    st.sampled_from(
        [
            b"--XYZ\r\nContent-Type: text/plain\r\n\r\nhello\r\n--XYZ--\r\n",
            b"--B\r\nContent-Type: message/delivery-status\r\n\r\nAction: failed\r\n--B--",
            b"<div class=gmail_quote><blockquote>x",
            b"===\r\n=ZZ=\r\n",
        ]
    ),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(HEADER_NAMES, HEADER_VALUES), max_size=12), BODIES)
def test_mangled_headers_never_raise(headers: list[tuple[str, str]], body: bytes) -> None:
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    raw = head.encode("utf-8", "surrogateescape") + b"\r\n" + body
    _check(parse_reply(raw, INDEX, received_at=NOW, rules=RULES), raw)


def test_deeply_nested_multiparts_do_not_crash() -> None:
    depth = 400
    head = "From: maria@example.org\r\nSubject: deep\r\n"
    body = ""
    for i in range(depth):
        body += f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n"
    body += "Content-Type: text/plain\r\n\r\nhello\r\n"
    for i in reversed(range(depth)):
        body += f"--b{i}--\r\n"
    raw = (head + body).encode()
    _check(parse_reply(raw, INDEX, received_at=NOW), raw)


def test_not_bytes_is_unknown_not_a_crash() -> None:
    reply = parse_reply("a str, not bytes", INDEX, received_at=NOW)  # type: ignore[arg-type]
    assert reply.kind == "unknown"
    assert reply.reasons == ("unparseable: TypeError",)
