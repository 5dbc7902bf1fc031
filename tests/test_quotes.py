"""New-text extraction: quoted history and signatures in many languages and clients."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from carecall_mail.quotes import html_to_text, new_text, new_text_from_html
from carecall_mail.replies import StaticReplyIndex, parse_reply

_NOW = datetime(2026, 10, 3, tzinfo=UTC)
CORPORA = Path(__file__).parent / "data" / "corpora"
EXPECTED: dict[str, str] = json.loads((CORPORA / "expected.json").read_text(encoding="utf-8"))

NEW = "Mir geht es gut."
QUOTE = "> Wie geht es Ihnen?\n>\n> Ana"

ATTRIBUTIONS = [
    "On Fri, Oct 2, 2026 at 10:00 AM Ana Field <ana@fieldpractice.example> wrote:",
    "On Fri, Oct 2, 2026 at 10:00 AM Ana Field <ana@fieldpractice.example>\nwrote:",
    "On Oct 2, 2026, at 10:00, Ana Field\n<ana@fieldpractice.example>\nwrote:",
    "Am Fr., 2. Okt. 2026 um 10:00 Uhr schrieb Ana Field <ana@fieldpractice.example>:",
    "Am 02.10.2026 um 10:00 schrieb Ana Field:",
    "Le ven. 2 oct. 2026 à 10:00, Ana Field <ana@fieldpractice.example> a écrit :",
    "El vie, 2 oct 2026 a las 10:00, Ana Field (<ana@fieldpractice.example>) escribió:",
    "Il giorno ven 2 ott 2026 alle ore 10:00 Ana Field <ana@fieldpractice.example> ha scritto:",
    "Op vr 2 okt. 2026 om 10:00 schreef Ana Field <ana@fieldpractice.example>:",
    "Em sex., 2 de out. de 2026 às 10:00, Ana Field <ana@fieldpractice.example> escreveu:",
    "Den fre 2 okt. 2026 kl 10:00 skrev Ana Field <ana@fieldpractice.example>:",
    "fre. 2. okt. 2026 kl. 10:00 skrev Ana Field <ana@fieldpractice.example>:",
    "Den 2. okt. 2026 kl. 10.00 skrev Ana Field <ana@fieldpractice.example>:",
    "pt., 2 paź 2026 o 10:00 Ana Field <ana@fieldpractice.example> napisał(a):",
    "W dniu 2.10.2026 o 10:00, Ana Field pisze:",
    "пт, 2 окт. 2026 г. в 10:00, Ana Field <ana@fieldpractice.example>:",
    "2 окт. 2026 г., в 10:00, Ana Field <ana@fieldpractice.example> написал(а):",
    "Ana Field <ana@fieldpractice.example> 于2026年10月2日周五 10:00写道：",
    "在 2026年10月2日，10:00，Ana Field <ana@fieldpractice.example> 写道：",
    "pe 2. lokak. 2026 klo 10.00 Ana Field (ana@fieldpractice.example) kirjoitti:",
    '02.10.2026 10:00 пользователь "Ana Field" <\nana@fieldpractice.example> написал:',
]


@pytest.mark.parametrize("attribution", ATTRIBUTIONS)
def test_attribution_and_quote_are_removed(attribution: str) -> None:
    assert new_text(f"{NEW}\n\n{attribution}\n\n{QUOTE}\n") == NEW


@pytest.mark.parametrize("attribution", ATTRIBUTIONS[:12])
def test_unquoted_history_below_an_attribution_is_cut(attribution: str) -> None:
    # Some clients (Gmail web "plain", forwarded HTML) do not `>`-mark the history.
    assert new_text(f"{NEW}\n\n{attribution}\n\nWie geht es Ihnen?\nAna\n") == NEW


def test_bottom_posting_and_inline_answers_keep_the_new_lines() -> None:
    text = (
        "On Fri, Oct 2, 2026 at 10:00 AM Ana Field <ana@fieldpractice.example> wrote:\n"
        "> How are you?\n\nMuch better.\n\n> Any side effects?\n\nNone at all.\n"
    )
    assert new_text(text) == "Much better.\n\nNone at all."


HEADER_BLOCKS = [
    "From: Ana Field <ana@fieldpractice.example>\nSent: Friday, October 2, 2026 10:00 AM\n"
    "To: Maria Keller <maria@example.org>\nSubject: How are you?",
    "*From:* Ana Field [mailto:ana@fieldpractice.example]\n*Sent:* Friday, October 2, 2026\n"
    "*To:* maria@example.org\n*Subject:* How are you?",
    "Von: Ana Field <ana@fieldpractice.example>\nGesendet: Freitag, 2. Oktober 2026 10:00\n"
    "An: Maria Keller <maria@example.org>\nBetreff: Wie geht es Ihnen?",
    "De : Ana Field <ana@fieldpractice.example>\nEnvoyé : vendredi 2 octobre 2026 10:00\n"
    "À : Claire Martin <claire@example.fr>\nObjet : Comment allez-vous ?",
    "De: Ana Field <ana@fieldpractice.example>\nEnviado: viernes, 2 de octubre de 2026 10:00\n"
    "Para: Lucía <lucia@example.es>\nAsunto: ¿Cómo estás?",
    "Da: Ana Field <ana@fieldpractice.example>\nInviato: venerdì 2 ottobre 2026 10:00\n"
    "A: Giulia <giulia@example.it>\nOggetto: Come stai?",
    "Van: Ana Field <ana@fieldpractice.example>\nVerzonden: vrijdag 2 oktober 2026 10:00\n"
    "Aan: Jan <jan@example.nl>\nOnderwerp: Hoe gaat het?",
    '发件人: "Ana Field"<ana@fieldpractice.example>;\n发送时间: 2026年10月2日(星期五) 上午10:00\n'
    '收件人: "李伟"<li.wei@example.cn>;\n主题: 最近怎么样？',
]


@pytest.mark.parametrize("block", HEADER_BLOCKS)
def test_outlook_header_blocks_start_the_history(block: str) -> None:
    assert new_text(f"{NEW}\n\n{block}\n\nLiebe Maria,\nwie geht es?\n") == NEW


@pytest.mark.parametrize(
    "separator",
    [
        "-----Original Message-----",
        "----- Original Message -----",
        "-----Ursprüngliche Nachricht-----",
        "-------- Message d'origine --------",
        "-----Mensaje original-----",
        "---------- Forwarded message ---------",
        "------------------ 原始邮件 ------------------",
        "________________________________",
        "Begin forwarded message:",
    ],
)
def test_separators_start_the_history(separator: str) -> None:
    assert new_text(f"{NEW}\n\n{separator}\nFrom: Ana\nWie geht es?\n") == NEW


@pytest.mark.parametrize(
    "signature",
    [
        "-- \nMaria Keller\nBerlin",
        "--\nMaria",
        "Sent from my iPhone",
        "Sent from my iPad",
        "Sent from my Android phone",
        "Sent from my Samsung Galaxy smartphone.",
        "Sent from Outlook for Android",
        "Get Outlook for iOS",
        "Von meinem iPhone gesendet",
        "Gesendet von meinem Android",
        "Envoyé de mon iPhone",
        "Enviado desde mi iPhone",
        "Enviado do meu iPhone",
        "Inviato da iPhone",
        "Verzonden met iPhone",
        "Verstuurd vanaf mijn iPhone",
        "Skickat från min iPhone",
        "Sendt fra min iPhone",
        "Wysłane z iPhone'a",
        "Отправлено с iPhone",
        "发自我的iPhone",
    ],
)
def test_signatures_are_removed(signature: str) -> None:
    assert new_text(f"{NEW}\n\n{signature}\n") == NEW


@pytest.mark.parametrize(
    "text",
    [
        "Sent from my desk, which is much easier than my phone.",
        "And here is a fix -- this is not a signature.",
        "On Monday I felt better:",
        "I wrote: nothing yet",
    ],
)
def test_ordinary_lines_are_kept(text: str) -> None:
    assert new_text(f"{NEW}\n\n{text}\n") == f"{NEW}\n\n{text}"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            '<div dir="ltr">Better, thanks.</div><br><div class="gmail_quote">'
            '<div class="gmail_attr">On Fri wrote:</div><blockquote class="gmail_quote">'
            "How are you?</blockquote></div>",
            "Better, thanks.",
        ),
        (
            '<body>Better, thanks.<div><br><blockquote type="cite"><div>Le 2 oct. 2026, Ana a '
            "écrit :</div><div><p>Comment allez-vous ?</div></blockquote></div></body>",
            "Better, thanks.",
        ),
        (
            '<div>Better, thanks.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">'
            "<b>From:</b> Ana<br><b>Sent:</b> Friday</div><div>How are you?</div>",
            "Better, thanks.",
        ),
        (
            "<p class=MsoNormal>Better, thanks.</p><div style='border:none;border-top:solid "
            "#E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p><b>Von:</b> Ana</p></div><p>Hallo</p>",
            "Better, thanks.",
        ),
        (
            'Better, thanks.<br><div class="moz-cite-prefix">On 02.10.2026 Ana wrote:<br></div>'
            '<blockquote type="cite">How are you?</blockquote>',
            "Better, thanks.",
        ),
        (
            '<div>Better, thanks.</div><div class="yahoo_quoted"><div>On Friday, Ana wrote:</div>'
            "<div>How are you?</div></div>",
            "Better, thanks.",
        ),
        (
            "<html><head><style>p {color: red}</style><title>x</title></head><body>"
            "<p>Line one<br>line&nbsp;two</p><ul><li>a</li><li>b</li></ul></body></html>",
            "Line one\nline two\n\na\nb",
        ),
    ],
)
def test_html_replies_become_text_without_the_quote(html: str, text: str) -> None:
    assert new_text_from_html(html) == text


def test_html_to_text_survives_broken_markup() -> None:
    assert html_to_text("<div><p>unclosed <b>bold<blockquote>quoted") == "unclosed bold"
    assert html_to_text("<<<>>>&&&;") is not None


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_public_corpora(name: str) -> None:
    """talon's and email_reply_parser's fixtures (copied with their licences)."""
    path = CORPORA / name
    if path.suffix == ".eml":
        got = parse_reply(path.read_bytes(), StaticReplyIndex(), received_at=_NOW).text
    elif path.suffix == ".html":
        got = new_text_from_html(path.read_text(encoding="utf-8"))
    else:
        got = new_text(path.read_text(encoding="utf-8"))
    want = EXPECTED[name]
    assert _norm(got) == _norm(want)


def _norm(text: str) -> str:
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def test_corpus_expectations_are_not_trivial() -> None:
    # Guards the table itself: every expected text is shorter than its source, so
    # extraction removed something, and the sources still carry the quoted history.
    for name, want in EXPECTED.items():
        source = (CORPORA / name).read_bytes()
        assert want, name
        if name.endswith(".txt") and ("wrote" in source.decode() or "From:" in source.decode()):
            assert len(want) < len(source.decode().strip()), name


SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def test_shared_corpora_match_the_copies() -> None:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not here (only the copies under tests/data are checked)")
    for name in EXPECTED:
        assert (SHARED / name).read_bytes() == (CORPORA / name).read_bytes(), name
