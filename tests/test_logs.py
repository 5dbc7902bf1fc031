"""Clean output: every log line is one line, escaped, with every field the record carries."""

from __future__ import annotations

import logging
import subprocess
import sys
import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from carecall_mail import logs
from carecall_mail.logs import FIELDS, EventFormatter, escape

TRIP = Path(__file__).parent / "data" / "logs" / "flufl_detector_trip.eml"


def _record(msg: str, **extra: object) -> logging.LogRecord:
    record = logging.makeLogRecord({"name": "carecall_mail.jobs.inbox", "msg": msg, "levelno": 20})
    record.levelname = "INFO"
    for name, value in extra.items():
        setattr(record, name, value)
    return record


def test_a_hostile_message_id_is_written_escaped() -> None:
    hostile = "<\x1b[2J\x1b]0;owned\x07\x00x\r\nfake error line@evil>"
    line = EventFormatter().format(
        _record("fetch.recorded", event="fetch.recorded", message_id=hostile)
    )
    assert "\n" not in line and "\x1b" not in line and "\x00" not in line and "\r" not in line
    assert "message_id=<\\x1b[2J\\x1b]0;owned\\x07\\x00x\\x0d\\x0afake error line@evil>" in line


def test_every_field_is_printed_even_one_not_listed() -> None:
    line = EventFormatter().format(
        _record(
            "fetch.internal_error",
            event="fetch.internal_error",
            kind="bounce",
            mailbox="maildir:/var/inbox",
            uid=17,
            reason="not addressed to the practice",
            responder="holiday",
        )
    )
    for field in ("kind=bounce", "mailbox=maildir:/var/inbox", "uid=17", "responder=holiday"):
        assert field in line
    assert "reason=not addressed to the practice" in line
    assert {"kind", "mailbox", "uid", "reason"} <= set(FIELDS)


def test_an_exception_is_one_field_not_a_traceback() -> None:
    try:
        raise ValueError("bad\nthing")
    except ValueError:
        record = _record("fetch.crashed", event="fetch.crashed")
        record.exc_info = sys.exc_info()
    line = EventFormatter().format(record)
    assert line.endswith("exception=ValueError: bad\\x0athing")
    assert "\n" not in line


@given(st.text())
def test_escape_leaves_no_control_or_format_character(text: str) -> None:
    out = escape(text)
    assert not any(unicodedata.category(ch)[0] == "C" or ch in "\u2028\u2029" for ch in out)
    if text.isprintable() and "\\" not in text:
        assert out == text


def test_a_library_traceback_comes_out_as_one_of_our_lines_even_with_q() -> None:
    """flufl.bounce logs a detector's crash with log.exception; under -q (errors only)
    it used to reach stderr as a multi-line traceback through logging's last resort."""
    code = (
        "import email, logging, sys\n"
        "from flufl.bounce import all_failures\n"
        "from carecall_mail import logs\n"
        "logs.configure(logging.ERROR)\n"
        "try:\n"
        f"    all_failures(email.message_from_bytes(open({str(TRIP)!r}, 'rb').read()))\n"
        "except Exception:\n"
        "    pass  # flufl.bounce re-raises after logging; our bounces module keeps what it has\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    lines = done.stderr.splitlines()
    assert lines, "the trip file no longer trips a flufl.bounce detector"
    assert len(lines) == 1, done.stderr
    assert " error flufl.bounce: Exception in detector" in lines[0]
    assert "exception=" in lines[0]
    assert "Traceback" not in done.stderr


# ---------------------------------------------------------------- journald (issue 10 item 5)


def test_under_journald_a_line_has_the_priority_prefix_and_no_time() -> None:
    record = _record("send.pass", event="send.pass", sent=3)
    record.levelno, record.levelname = logging.WARNING, "WARNING"
    line = EventFormatter(journald=True).format(record)
    assert line == "<4>warning send.pass sent=3"
    plain = EventFormatter().format(record)
    assert plain.endswith(" warning send.pass sent=3") and plain[:4].isdigit()


def test_under_journald_every_traceback_line_carries_the_prefix() -> None:
    try:
        raise ValueError("bad")
    except ValueError:
        record = _record("send.crashed", event="send.crashed")
        record.levelno, record.levelname = logging.ERROR, "ERROR"
        record.exc_info = sys.exc_info()
    lines = EventFormatter(tracebacks=True, journald=True).format(record).splitlines()
    assert len(lines) > 2 and all(line.startswith("<3>") for line in lines)


def _log_under(env_stream: str | None, tmp_path: Path) -> str:
    """A real process logging to a file as its stderr, JOURNAL_STREAM set or not."""
    err = tmp_path / "stderr.log"
    code = (
        "import logging, os, sys\n"
        "from carecall_mail import logs\n"
        "if sys.argv[1] == 'self':\n"
        "    st = os.fstat(2)\n"
        "    os.environ['JOURNAL_STREAM'] = f'{st.st_dev}:{st.st_ino}'\n"
        "elif sys.argv[1] != 'none':\n"
        "    os.environ['JOURNAL_STREAM'] = sys.argv[1]\n"
        "logs.configure(logging.INFO)\n"
        "logging.getLogger('carecall_mail.app.worker').info('w', extra={'event': 'run.start'})\n"
        "logging.getLogger('carecall_mail.app.worker').error('e', extra={'event': 'run.broken'})\n"
    )
    with err.open("w") as stderr:
        subprocess.run(
            [sys.executable, "-c", code, env_stream or "none"],
            stderr=stderr,
            timeout=60,
            check=True,
        )
    return err.read_text()


def test_the_journal_is_recognised_by_its_stream_not_by_the_variable_alone(
    tmp_path: Path,
) -> None:
    journal = _log_under("self", tmp_path).splitlines()
    assert journal == ["<6>info run.start: w", "<3>error run.broken: e"]
    # Inherited by a child whose stderr is a file, not the journal: the usual lines.
    for value in ("1:2", "junk", None):
        lines = _log_under(value, tmp_path).splitlines()
        assert len(lines) == 2 and not lines[0].startswith("<"), lines


# ---------------------------------------------------------------- the one logging call (issue 9)


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _logged(*, inline: bool = False, **fields: object) -> tuple[logging.LogRecord, str]:
    logger = logging.getLogger("carecall_mail.test_logs")
    handler = _Records()
    logger.addHandler(handler)
    try:
        logs.event(logger, logging.WARNING, "fetch.internal_error", inline, **fields)
    finally:
        logger.removeHandler(handler)
    (record,) = handler.records
    return record, EventFormatter().format(record)


def test_event_keeps_every_field_it_is_given() -> None:
    for inline in (False, True):
        record, line = _logged(
            inline=inline,
            kind="bounce",
            mailbox="maildir:/var/inbox",
            uid=17,
            reason="not addressed to the practice",
            client_id=None,
            id=3,
            module="holiday",
        )
        for field in ("kind=bounce", "mailbox=maildir:/var/inbox", "uid=17", "client_id=None"):
            assert f" {field}" in line, line
        assert " reason=not addressed to the practice" in line
        # `id=3` is not hidden by `client_id=...`, nor is a name logging reserves lost.
        assert " id=3" in line and " module_=holiday" in line
        assert line.count("uid=17") == 1 and record.uid == 17  # type: ignore[attr-defined]


def test_private_fields_are_refused_by_name_before_any_handler_sees_them() -> None:
    secret = "maria.secret@client.example"
    for inline in (False, True):
        record, line = _logged(inline=inline, **dict.fromkeys(logs.PRIVATE_FIELDS, secret))
        assert secret not in line and secret not in record.getMessage()
        assert secret not in str(vars(record))
        for name in logs.PRIVATE_FIELDS - {"name"}:
            assert f" {name}=[private]" in line
        assert " name_=[private]" in line  # `name` is the logger's on a LogRecord
    named = {"address", "name", "subject", "body", "text", "password", "token"}
    assert named <= logs.PRIVATE_FIELDS


def test_a_private_field_put_on_a_record_elsewhere_is_not_printed() -> None:
    line = EventFormatter().format(
        _record("holiday.sent", event="holiday.sent", key="k-1", address="maria@client.example")
    )
    assert "maria@" not in line and "address=[private]" in line and "key=k-1" in line


def test_a_field_is_not_hidden_by_a_longer_name_in_the_message() -> None:
    line = EventFormatter().format(
        _record("fetch.x client_id=c-001", event="fetch.x", client_id="c-001", id=3)
    )
    assert line.endswith("fetch.x client_id=c-001 id=3"), line
