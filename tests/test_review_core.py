"""Bugs found by reviewing the core as a practitioner uses it (one test per bug)."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from carecall_mail.cli import main
from carecall_mail.config import load_config
from carecall_mail.ledger import Ledger, OutboxStatus
from carecall_mail.render import Renderer
from carecall_mail.runtime import ledger_path
from tests.practice import Practice

NOW = "2026-11-23T10:00:00+01:00"


@pytest.fixture
def practice(tmp_path: Path) -> Practice:
    return Practice(tmp_path / "p")


def run(practice: Practice, *args: str) -> int:
    return main([*args[:1], "-c", str(practice.config), *args[1:]])


def outbox(practice: Practice) -> list[email.message.EmailMessage]:
    files = sorted((practice.root / "var" / "outbox" / "new").iterdir())
    return [
        email.message_from_bytes(f.read_bytes(), policy=email.policy.default)  # type: ignore[misc]
        for f in files
    ]


def statuses(practice: Practice) -> dict[str, OutboxStatus]:
    config = load_config(practice.config)
    with Ledger.open(ledger_path(config)) as ledger:
        return {r.key: r.status for s in OutboxStatus for r in ledger.rows(s)}


# ---------------------------------------------------------------- templates


def test_the_html_signature_keeps_its_line_breaks_as_markup(practice: Practice) -> None:
    # The signature's line breaks became "&lt;br&gt;" in the client's HTML part.
    assert run(practice, "run", "--once", "--now", NOW) == 0
    lena = next(m for m in outbox(practice) if "lena@" in str(m["To"]))
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
    from carecall_mail.render import RenderError

    (tmp_path / "t.j2").write_text(
        "{% block subject %}Hi{% endblock %}\n{% block text %}{{ n // 0 }}{% endblock %}",
        encoding="utf-8",
    )
    with pytest.raises(RenderError) as caught:
        Renderer(tmp_path).render("t", {"n": 1})
    assert caught.value.line == 2
    assert "ZeroDivisionError" in caught.value.message
