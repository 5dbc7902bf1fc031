"""Score new-text extraction on the public reply corpora, and time parse_reply.

    python bench/reply_accuracy.py [CORPUS_DIR] [--compare]

CORPUS_DIR defaults to ../shared/corpora relative to the repository (the
copy in tests/data/corpora is used when that is missing). Expected texts are
in tests/data/corpora/expected.json: talon's standard replies are "Hello"
(its README), its HTML replies "Hi. I am fine. Thanks, Alex"; the
email_reply_parser bodies were read one by one and their visible new text
written down (that project's own tests only assert fragments).

exact: equal after trimming each line and dropping blank lines.
approximate: exact, or difflib ratio >= 0.8 on whitespace-collapsed text.
`--compare` scores email_reply_parser and mail-parser-reply where installed.
Last line, one JSON object with the scores and the per-message parse time.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from carecall_mail.mimetext import content_type, part_text, text_parts  # noqa: E402
from carecall_mail.quotes import html_to_text, new_text, new_text_from_html  # noqa: E402
from carecall_mail.replies import StaticReplyIndex, parse_reply  # noqa: E402

EXPECTED = REPO / "tests" / "data" / "corpora" / "expected.json"


def _norm(text: str) -> str:
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _flat(text: str) -> str:
    return " ".join(text.split())


def score(extract: Callable[[Path], str], corpus: Path) -> tuple[int, int, int, list[str]]:
    expected: dict[str, str] = json.loads(EXPECTED.read_text(encoding="utf-8"))
    exact = approx = 0
    misses: list[str] = []
    for name, want in expected.items():
        path = corpus / name
        if not path.exists():
            misses.append(f"{name}: missing")
            continue
        try:
            got = extract(path)
        except Exception as exc:  # a competitor library may raise; count it as a miss
            got = f"<{type(exc).__name__}>"
        if _norm(got) == _norm(want):
            exact += 1
            approx += 1
        elif difflib.SequenceMatcher(None, _flat(got), _flat(want)).ratio() >= 0.8:
            approx += 1
            misses.append(f"{name}: approximate")
        else:
            misses.append(f"{name}: got {got[:60]!r}")
    return exact, approx, len(expected), misses


def ours(path: Path) -> str:
    if path.suffix == ".eml":
        raw = path.read_bytes()
        return parse_reply(raw, StaticReplyIndex(), received_at=datetime.now(UTC)).text
    if path.suffix == ".html":
        return new_text_from_html(path.read_text(encoding="utf-8"))
    return new_text(path.read_text(encoding="utf-8"))


def _body(path: Path) -> str:
    """The body as a competing library would be given it: plain text, else HTML rendered."""
    if path.suffix == ".eml":
        from email.parser import BytesParser
        from email.policy import compat32

        msg = BytesParser(policy=compat32).parsebytes(path.read_bytes())
        html = ""
        for part in text_parts(msg):
            if content_type(part) == "text/plain":
                return part_text(part)
            if content_type(part) == "text/html" and not html:
                html = part_text(part)
        return html_to_text(html)
    if path.suffix == ".html":
        from carecall_mail.quotes import _HtmlText

        parser = _HtmlText()
        parser.feed(path.read_text(encoding="utf-8"))
        return "".join(parser.out)
    return path.read_text(encoding="utf-8")


def competitors() -> dict[str, Callable[[Path], str]]:
    found: dict[str, Callable[[Path], str]] = {}
    try:
        from email_reply_parser import EmailReplyParser  # type: ignore[import-not-found]

        found["email_reply_parser"] = lambda p: EmailReplyParser.parse_reply(_body(p))
    except ImportError:
        pass
    try:
        from mailparser_reply import EmailReplyParser as Mpr  # type: ignore[import-not-found]

        languages = ["en", "de", "fr", "es", "it", "nl", "sv", "pl"]
        found["mail-parser-reply"] = lambda p: Mpr(languages=languages).parse_reply(text=_body(p))
    except ImportError:
        pass
    return found


def timing(corpus: Path, rounds: int = 200) -> float:
    raws = [p.read_bytes() for p in sorted((corpus / "talon" / "standard_replies").glob("*.eml"))]
    index = StaticReplyIndex()
    now = datetime.now(UTC)
    start = time.perf_counter()
    for _ in range(rounds):
        for raw in raws:
            parse_reply(raw, index, received_at=now)
    return (time.perf_counter() - start) / (rounds * len(raws)) * 1e3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=REPO.parent / "shared" / "corpora")
    parser.add_argument("--compare", action="store_true", help="also score other libraries")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    corpus: Path = args.corpus
    if not corpus.is_dir():
        corpus = REPO / "tests" / "data" / "corpora"
    results: dict[str, object] = {"bench": "reply_accuracy", "corpus": str(corpus)}
    runs = {"carecall": ours, **(competitors() if args.compare else {})}
    for name, extract in runs.items():
        exact, approx, total, misses = score(extract, corpus)
        print(f"{name}: {exact}/{total} exact, {approx}/{total} approximate")
        if args.verbose:
            for miss in misses:
                print(f"  {miss}")
        results[name] = {"exact": exact, "approximate": approx, "total": total}
    ms = timing(corpus)
    print(f"parse_reply: {ms:.3f} ms per message (talon standard replies)")
    results["ms_per_message"] = round(ms, 4)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
