"""Rendering is bounded (issue 12 item 4): a template that would loop, grow or write
without end is refused in plain words with its file and line, by `validate` and at
send time alike, and ordinary templates render as before.

The bounds are counted (steps, characters), never timed: the verdicts below are the
same on any machine under any load.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from practice import Practice, cli

from carecall_mail.app.runtime import ledger_path, make_transport
from carecall_mail.config.loading import load_config
from carecall_mail.jobs.send import send_pass
from carecall_mail.store.records import OutboxStatus
from carecall_mail.store.sqlite import Ledger
from carecall_mail.templates.render import Renderer, RenderError, TemplateTooBig
from carecall_mail.templates.sandbox import MAX_OUTPUT, MAX_STEPS, MAX_TEXT, percent_size, size

REPEATS = f"this template repeats too much (more than {MAX_STEPS} steps)"
TOO_MUCH = f"this template builds too much text (more than {MAX_TEXT} characters)"
CONTEXT = {"client": {"preferred_name": "Ann", "sessions": ["a", "b", "c"]}}


def render(tmp_path: Path, body: str) -> str:
    """Render `body` as the text block of a template whose body starts on line 2."""
    folder = tmp_path / "templates"
    folder.mkdir(exist_ok=True)
    template = (
        "{% block subject %}Hello{% endblock %}{% block text %}\n" + body + "\n{% endblock %}"
    )
    (folder / "t.j2").write_text(template, encoding="utf-8")
    return Renderer(folder).render("t", CONTEXT).text


def refusal(tmp_path: Path, body: str) -> TemplateTooBig:
    with pytest.raises(TemplateTooBig) as caught:
        render(tmp_path, body)
    return caught.value


def test_nested_loops_are_refused_after_a_bounded_number_of_steps(tmp_path: Path) -> None:
    body = "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"
    error = refusal(tmp_path, body)
    assert error.line == 2 and REPEATS in error.message
    assert str(error).startswith("templates/t.j2:2: this template repeats too much")


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("{{ 'x' * 10**9 }}", TOO_MUCH),
        ("{% for a in range(10**12) %}{% endfor %}", REPEATS),
        ("{% for a in range(10**30) %}{% endfor %}", REPEATS),  # no len() on a machine word
        # A multiplication bomb: each line a thousand times the one before.
        ("{% set a = 'x' * 1000 %}{% set b = a * 1000 %}{% set c = b * 1000 %}{{ c }}", TOO_MUCH),
        ("{% set a = ['x' * 100000] %}{{ (a * 1000)|join }}", TOO_MUCH),
        # `%` expansion: a width, a width from the arguments, one text in many fields.
        ("{{ '%0999999999d' % 1 }}", TOO_MUCH),
        ("{{ '%*d' % (10**9, 1) }}", TOO_MUCH),
        ("{{ ('%s' * 1000) % ((('x' * 100000),) * 1000) }}", TOO_MUCH),
        ("{{ '%(a)s' * 1000 % {'a': 'x' * 100000} }}", TOO_MUCH),
        ("{{ '%s'|format('x' * 100000) * 1000 }}", TOO_MUCH),
        ("{{ '%999999999s'|format('x') }}", TOO_MUCH),
        ("{{ '{:>999999999}'.format(1) }}", TOO_MUCH),
        ("{{ ('{0}' * 1000).format('x' * 100000) }}", TOO_MUCH),
        # Doubling in a loop, by `~`, `+` and by nesting references.
        (
            "{% set ns = namespace(s='x') %}{% for i in range(64) %}"
            "{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
            TOO_MUCH,
        ),
        (
            "{% set ns = namespace(s='x') %}{% for i in range(64) %}"
            "{% set ns.s = ns.s + ns.s %}{% endfor %}",
            TOO_MUCH,
        ),
        (
            "{% set ns = namespace(s=['x' * 1000]) %}{% for i in range(64) %}"
            "{% set ns.s = [ns.s, ns.s] %}{% endfor %}{{ ns.s|string|length }}",
            TOO_MUCH,
        ),
        # One small input, one enormous output.
        ("{% set a = 'x' * 100000 %}{{ a.replace('x', a)|length }}", TOO_MUCH),
        ("{% set a = 'x' * 100000 %}{{ a|replace('x', a)|length }}", TOO_MUCH),
        ("{% set a = 'x' * 100000 %}{{ a.join([a] * 200)|length }}", TOO_MUCH),
        ("{{ 'x'|center(10**9) }}", TOO_MUCH),
        ("{{ 'x'.rjust(10**9) }}", TOO_MUCH),
        ("{{ ('\\t' * 100000).expandtabs(100000)|length }}", TOO_MUCH),
        ("{{ ('a\\n' * 100000)|indent(100000)|length }}", TOO_MUCH),
        ("{{ range(3)|batch(10**9, 0)|list|length }}", REPEATS),
        ("{{ range(3)|slice(999999)|list|length }}", REPEATS),
        ("{{ range(3)|slice(slices=999999)|list|length }}", REPEATS),
        ("{{ ('a ' * 100000)|wordwrap(1, wrapstring='x' * 1000)|length }}", TOO_MUCH),
        # Calls and literal text repeated.
        (
            "{% macro f(n) %}{% if n > 0 %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}"
            "{% endmacro %}{{ f(40) }}",
            REPEATS,
        ),
        (
            "{% for i in range(19000) %}{% set x %}" + "y" * 500 + "{% endset %}{% endfor %}",
            TOO_MUCH,
        ),
        (
            "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
            "this template calls itself without end",
        ),
        ("{{ 10 ** 100000 }}", "this template makes a number too large to write"),
        ("{{ (10 ** 4000) * (10 ** 4000) }}", "this template makes a number too large to write"),
    ],
)
def test_templates_that_would_grow_without_end_are_refused(
    tmp_path: Path, body: str, words: str
) -> None:
    error = refusal(tmp_path, body)
    assert words in error.message
    assert error.line == 2


def test_a_message_longer_than_the_cap_is_refused(tmp_path: Path) -> None:
    body = "{% for i in range(12000) %}" + "y" * 99 + "\n{% endfor %}"
    error = refusal(tmp_path, body)
    assert f"this message would be longer than {MAX_OUTPUT} characters" in error.message
    # Just under the cap is an ordinary (long) message.
    assert len(render(tmp_path, "{% for i in range(9000) %}" + "y" * 99 + "\n{% endfor %}")) > 0


def test_ordinary_templates_render_as_before(tmp_path: Path) -> None:
    body = (
        "Dear {{ client.preferred_name }}: {% for s in client.sessions %}{{ s }}"
        "{% if not loop.last %}, {% endif %}{% endfor %}; "
        "{{ '%s-%03d' % ('n', 7) }} {{ '{:>4}|{}'.format('z', 1) }} "
        "{{ client.sessions|join('/') }} {{ 'ab' * 2 }} {{ 2 ** 10 }} {{ [1] + [2] }} "
        "{{ 'x' ~ 1 }} {{ '%s'|format('f') }} {{ 'a b'.replace(' ', '-') }} {{ 'ab'|join('.') }}"
        "{% for n in range(3) recursive %}{% endfor %}"
    )
    assert render(tmp_path, body) == (
        "Dear Ann: a, b, c; n-007    z|1 a/b/c abab 1024 [1, 2] x1 f a-b a.b\n"
    )


def test_a_template_cannot_change_the_data_it_is_given(tmp_path: Path) -> None:
    # Appending in a loop doubles a list each step without writing a character.
    with pytest.raises(RenderError, match="unsafe"):
        render(tmp_path, "{{ client.sessions.append(1) }}")


def test_the_sizes_are_worked_out_before_the_text_is_made() -> None:
    assert percent_size("%s and %5d", ("abc", 1)) >= len("abc and     1")
    assert percent_size("%(a)s%(a)s", {"a": "xyz"}) >= 6
    assert percent_size("%%", ()) == 2
    assert size(["ab", ("c",), {"k": "vv"}]) >= 7
    loop: list[object] = []
    loop.append(loop)  # a cycle is counted, up to the limit, not walked for ever
    assert size(loop, limit=1000) > 1000


def test_validate_reports_a_template_over_the_limit_and_returns(practice: Practice) -> None:
    line = practice.replace(
        "templates/checkin.j2",
        "Dear {{ client.preferred_name }},",
        "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"
        "Dear {{ client.preferred_name }},",
    )
    code, out, err = cli(practice, "validate")
    assert code == 1
    assert f"checkin.j2:{line}: {REPEATS}" in out + err


def test_a_message_over_the_limit_fails_at_once_when_sent(practice: Practice) -> None:
    # Loaded without the template check, as a worker's renderer meets an edit between
    # its reload and its pass: the message is failed at once, not retried for days.
    practice.replace("templates/checkin.j2", "Warm wishes,", "{{ 'x' * 10**9 }}")
    config = load_config(practice.config)
    now = datetime.fromisoformat("2026-11-23T16:00:00+01:00")
    with Ledger.open(ledger_path(config)) as ledger:
        report = send_pass(
            config, ledger, lambda: make_transport(config), Renderer(config.templates_dir), now
        )
        # Lena's and Jonas's check-ins; any other kind of message goes out as ever.
        assert report.failed == 2 and report.retried == 0
        failed = list(ledger.rows(OutboxStatus.FAILED))
        assert sorted(r.template for r in failed) == ["checkin", "checkin"]
        assert all(TOO_MUCH in (r.last_error or "") for r in failed)
