"""Templates: strict rendering, file:line errors, and messages fit for a client's inbox."""

from __future__ import annotations

import email
import email.header
import email.policy
import email.utils
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from practice import REPO, Practice, ok, read_messages

from carecall_mail.config.loading import load_config
from carecall_mail.core.context import practitioner_view
from carecall_mail.core.kinds import sample_contexts
from carecall_mail.templates.render import (
    Envelope,
    Rendered,
    Renderer,
    RenderError,
    build_message,
    check_templates,
)


def check(practice: Practice) -> list[str]:
    config = load_config(practice.config)
    problems = check_templates(
        config.templates_dir, config.template_names(), config.practice.practitioner
    )
    return [f"{Path(p.file).name}:{p.line}: {p.message}" for p in problems]


def test_example_templates_render_for_every_shape_of_context() -> None:
    config = load_config(REPO / "config")
    assert (
        check_templates(config.templates_dir, config.template_names(), config.practice.practitioner)
        == []
    )


def test_every_checkin_says_replying_is_free_and_every_message_how_to_stop() -> None:
    config = load_config(REPO / "config")
    renderer = Renderer(config.templates_dir)
    practitioner = practitioner_view(config.practice.practitioner)
    for name, kind in config.template_names().items():
        for context in sample_contexts(kind, practitioner):
            rendered = renderer.render(name, context)
            assert "therap" not in rendered.subject.lower()
            if kind == "checkin":
                assert "costs nothing" in rendered.text, name
            if kind != "holiday_autoreply":  # an auto-reply answers mail; it is not a mailing
                assert "STOP" in rendered.text, name
            contact = (
                context.get("holiday", {}).get("emergency_contact")
                if context.get("holiday")
                else None
            )
            if kind in {"holiday_notice", "holiday_autoreply"}:
                # The promised number reaches emergency clients, and only them.
                assert ("+41 79 000 00 00" in rendered.text) == bool(contact), (
                    name,
                    context["client"],
                )


def test_undefined_variable_is_reported_with_template_file_and_line(practice: Practice) -> None:
    line = practice.replace(
        "templates/checkin.j2",
        "Dear {{ client.preferred_name }},",
        "Dear {{ client.prefered_name }},",
    )
    problems = check(practice)
    assert problems, "a misspelt variable must not pass"
    assert problems[0].startswith(f"checkin.j2:{line}: ")
    assert "prefered_name" in problems[0]


def test_undefined_variable_in_an_emergency_only_branch_is_found(practice: Practice) -> None:
    line = practice.replace(
        "templates/holiday_notice.j2",
        "As promised, if you need me urgently",
        "{{ holiday.phone_number }} As promised, if you need me urgently",
    )
    problems = check(practice)
    assert [p.split(": ")[0] for p in problems] == [f"holiday_notice.j2:{line}"]


def test_a_variable_of_another_kind_is_an_error(practice: Practice) -> None:
    line = practice.replace(
        "templates/birthday.j2",
        "Wishing you a very happy birthday",
        "{{ supply.item }} Wishing you a very happy birthday",
    )
    problems = check(practice)
    assert problems and problems[0].startswith(f"birthday.j2:{line}: ")


def test_syntax_error_names_the_line(practice: Practice) -> None:
    line = practice.replace("templates/resupply.j2", "{% if holiday %}", "{% if %}")
    problems = check(practice)
    assert problems and problems[0].startswith(f"resupply.j2:{line}: syntax error")


def test_a_subject_that_reveals_therapy_is_refused(practice: Practice) -> None:
    practice.replace("templates/checkin_long.j2", "Thinking of you", "Your therapy follow-up")
    problems = check(practice)
    assert len(problems) == 1
    assert problems[0].startswith("checkin_long.j2:2: ")
    assert "neutral" in problems[0]


def test_missing_blocks_are_reported(practice: Practice) -> None:
    practice.write("templates/birthday.j2", "{% block text %}Hello{% endblock %}\n")
    problems = check(practice)
    assert problems == ["birthday.j2:1: missing block(s): subject"]


def test_html_block_is_escaped_and_text_block_is_not(tmp_path: Path) -> None:
    (tmp_path / "t.j2").write_text(
        "{% block subject %}Hi {{ client.name }}{% endblock %}"
        "{% block text %}{{ client.name }}{% endblock %}"
        "{% block html %}<p>{{ client.name }}</p>{% endblock %}",
        encoding="utf-8",
    )
    rendered = Renderer(tmp_path).render("t", {"client": {"name": "Tom & <Jerry>"}})
    assert rendered.text == "Tom & <Jerry>\n"
    assert rendered.html == "<p>Tom &amp; &lt;Jerry&gt;</p>"
    assert rendered.subject == "Hi Tom & <Jerry>"


def test_a_template_cannot_reach_python_internals(tmp_path: Path) -> None:
    (tmp_path / "t.j2").write_text(
        "{% block subject %}x{% endblock %}"
        "{% block text %}{{ ''.__class__.__mro__[1].__subclasses__() }}{% endblock %}",
        encoding="utf-8",
    )
    with pytest.raises(RenderError):
        Renderer(tmp_path).render("t", {})


def parse(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_built_message_parses_back_with_every_header() -> None:
    rendered = Rendered(
        "Grüße aus Zürich – wie geht's?",
        "Liebe Maria,\nschön, dass es dir gut geht.\n",
        "<p>Liebe Maria</p>",
    )
    envelope = Envelope(
        from_name="Ana Fïeld",
        from_addr="ana@fieldpractice.example",
        to_name='Maria "Mia" Keller',
        to_addr="maria@example.org",
        message_id="<abc123@fieldpractice.example>",
        date=datetime(2026, 11, 23, 9, 0, tzinfo=UTC),
        list_unsubscribe=(
            "mailto:ana@fieldpractice.example?subject=unsubscribe",
            "https://fieldpractice.example/u/c-001",
        ),
        one_click=True,
    )
    raw = build_message(envelope, rendered)
    assert b"\r\n\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    message = parse(raw)
    assert message["Subject"] == "Grüße aus Zürich – wie geht's?"
    assert message["From"].addresses[0].display_name == "Ana Fïeld"
    assert message["To"].addresses[0].display_name == 'Maria "Mia" Keller'
    assert message["To"].addresses[0].addr_spec == "maria@example.org"
    assert message["Message-ID"] == "<abc123@fieldpractice.example>"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "<https://fieldpractice.example/u/c-001>" in message["List-Unsubscribe"]
    assert message.get_content_type() == "multipart/alternative"
    plain = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert plain is not None and html is not None
    # The message is in canonical CRLF form (RFC 5322), so the decoded text is too.
    assert (
        plain.get_content().replace("\r\n", "\n") == "Liebe Maria,\nschön, dass es dir gut geht.\n"
    )
    assert "<p>Liebe Maria</p>" in html.get_content()


def test_long_lines_and_non_ascii_survive_quoted_printable() -> None:
    text = ("Ünïcödé " * 40).strip() + "\n" + "x" * 300 + "\n"
    raw = build_message(
        Envelope(
            "Ana",
            "ana@fieldpractice.example",
            None,
            "a@example.org",
            "<x@y>",
            datetime(2026, 1, 1, tzinfo=UTC),
        ),
        Rendered("s", text, None),
    )
    assert max(len(line) for line in raw.split(b"\r\n")) <= 78
    body = parse(raw).get_body(("plain",))
    assert body is not None
    assert body.get_content().replace("\r\n", "\n") == text


def test_a_header_value_with_a_line_break_is_refused() -> None:
    with pytest.raises(RenderError):
        build_message(
            Envelope(
                "Ana",
                "ana@fieldpractice.example",
                None,
                "a@example.org",
                "<x@y>",
                datetime(2026, 1, 1, tzinfo=UTC),
                reply_to="a@b\r\nBcc: x@evil",
            ),
            Rendered("s", "t\n", None),
        )


@pytest.mark.parametrize(
    "name",
    [
        "Maria " * 500,  # 3,000 characters of words: folded at the spaces
        "M" * 3000,  # one 3,000-character word: encoded, then folded between words
        'Dr. "Mia" ' * 300,  # a quoted string: folded inside it, at its spaces
        "Zoë " * 750,  # non-ASCII: encoded-words
    ],
)
def test_a_long_client_name_is_folded_under_the_line_limit(name: str) -> None:
    """RFC 5322 §2.1.1: a line is at most 998 characters (78 SHOULD); a 3,000-character
    client name used to make one 3,022-character To: line."""
    raw = build_message(
        Envelope(
            "Ana Field",
            "ana@fieldpractice.example",
            name.strip(),
            "maria@example.org",
            "<long@fieldpractice.example>",
            datetime(2026, 1, 1, tzinfo=UTC),
            references=tuple(f"<ref{i}@fieldpractice.example>" for i in range(100)),
        ),
        Rendered("Hello " * 200, "t\n", None),
    )
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert max(len(line) for line in head.split(b"\r\n")) <= 78
    message = parse(raw)
    # Python's address parser puts a space between adjacent encoded-words in a phrase
    # (RFC 2047 §6.2 says to drop it); decode_header follows the RFC.
    legacy = email.message_from_bytes(raw, policy=email.policy.compat32)
    display, addr = email.utils.parseaddr(str(legacy["To"]).replace("\r\n", ""))
    assert str(email.header.make_header(email.header.decode_header(display))) == name.strip()
    assert addr == "maria@example.org"
    assert message["Subject"].strip() == ("Hello " * 200).strip()
    assert len(message["References"].split()) == 100


# ---------------------------------------------------------------- markup in the HTML part


def test_the_html_signature_keeps_its_line_breaks_as_markup(practice: Practice) -> None:
    # The signature's line breaks became "&lt;br&gt;" in the client's HTML part.
    ok(practice, "run", "--once", "--now", "2026-11-23T10:00:00+01:00")
    messages = read_messages(practice.path("var/outbox/new"))
    lena = next(m for m in messages if "lena@" in str(m["To"]))
    html = lena.get_body(("html",))
    assert html is not None
    content = html.get_content()
    assert "&lt;br&gt;" not in content
    assert "Ana Field, Naturopath<br>\nField Practice" in content


def test_nl2br_escapes_the_text_and_keeps_the_breaks(tmp_path: Path) -> None:
    (tmp_path / "t.j2").write_text(
        "{% block subject %}Hi{% endblock %}{% block text %}x{% endblock %}"
        "{% block html %}{{ s | nl2br }}{% endblock %}",
        encoding="utf-8",
    )
    rendered = Renderer(tmp_path).render("t", {"s": "A & B\n<C>"})
    assert rendered.html == "A &amp; B<br>\n&lt;C&gt;"


def test_any_error_in_a_template_is_a_render_error_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "t.j2").write_text(
        "{% block subject %}Hi{% endblock %}\n{% block text %}{{ n // 0 }}{% endblock %}",
        encoding="utf-8",
    )
    with pytest.raises(RenderError) as caught:
        Renderer(tmp_path).render("t", {"n": 1})
    assert caught.value.line == 2
    assert "ZeroDivisionError" in caught.value.message
