"""Outlook's TNEF bodies (winmail.dat, MS-OXTNEF): the text inside is the client's (issue 13)."""

from __future__ import annotations

import base64
import struct
from datetime import UTC, datetime

from carecall_mail.core.replies.parse import StaticReplyIndex, parse_reply
from carecall_mail.core.replies.tnef import decompress_rtf, rtf_text, tnef_text

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
HEAD = (
    b"From: Maria <maria@example.org>\nTo: ana@x.example\nSubject: RE: How are you?\n"
    b"Message-ID: <t@example.org>\nMIME-Version: 1.0\n"
)


def attribute(attr: int, data: bytes, level: int = 1) -> bytes:
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BII", level, attr, len(data)) + data + struct.pack("<H", checksum)


def tnef(*attributes: bytes) -> bytes:
    return struct.pack("<IH", 0x223E9F78, 0x0102) + b"".join(attributes)


def mapi_props(*props: tuple[int, int, bytes]) -> bytes:
    """attMsgProps: a fixed-length property the reader must step over (PR_MESSAGE_FLAGS), a
    named one, then variable-length ones (type, id, value)."""
    out = struct.pack("<I", len(props) + 2) + struct.pack("<HHI", 0x0003, 0x0E07, 1)
    out += struct.pack("<HH", 0x0003, 0x8001) + b"G" * 16 + struct.pack("<III", 0, 0x8501, 7)
    for ptype, pid, value in props:
        padded = value + b"\0" * (-len(value) % 4)
        out += struct.pack("<HHII", ptype, pid, 1, len(value)) + padded
    return out


def lzfu(rtf: bytes) -> bytes:
    """`rtf` as compressed RTF of literal runs only, with the end marker (MS-OXRTFCP)."""
    body = bytearray()
    for at in range(0, len(rtf), 8):
        body.append(0)
        body += rtf[at : at + 8]
    end = (207 + len(rtf)) % 4096
    body.append(1)
    body += struct.pack(">H", end << 4)
    return struct.pack("<IIII", len(body) + 12, len(rtf), 0x75465A4C, 0) + bytes(body)


RTF = (
    rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}{\colortbl;\red0\green0\blue0;}"
    rb"\pard\f0 Mir geht es sch\'f6n, danke.\par\par -----Original Message-----\par "
    rb"From: Ana Field\par Sent: Monday\par Subject: How are you?\par\par How are you?\par}"
)
HTML_RTF = (
    rb"{\rtf1\ansi\ansicpg1252\fromhtml1 {\*\htmltag19 <html>}{\*\htmltag50 <body>}"
    rb"{\*\htmltag64 <p>}\htmlrtf {\htmlrtf0 I feel better, thank you.\htmlrtf\par\htmlrtf0}"
    rb"{\*\htmltag72 </p>}{\*\htmltag64 <div class=gmail_quote>}How are you?"
    rb"{\*\htmltag72 </div>}{\*\htmltag58 </body>}}"
)


def winmail(data: bytes, text: bytes = b"") -> bytes:
    return (
        HEAD
        + b"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n"
        + text
        + b"\n--b\nContent-Type: application/ms-tnef; name=winmail.dat\n"
        b"Content-Disposition: attachment; filename=winmail.dat\n"
        b"Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(data) + b"--b--\n"
    )


def text_of(raw: bytes) -> str:
    return parse_reply(raw, StaticReplyIndex(), received_at=NOW).text


def test_a_tnef_only_body_is_read_for_its_legacy_body() -> None:
    data = tnef(attribute(0x0002800C, "Mir geht es schön.\r\n\x00".encode("cp1252")))
    raw = HEAD + b"Content-Type: application/ms-tnef; name=winmail.dat\n"
    raw += b"Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(data)
    assert text_of(raw) == "Mir geht es schön."


def test_pr_body_in_a_winmail_dat_beside_an_empty_text_part() -> None:
    body = "I feel better.\r\n\r\n-----Original Message-----\r\nFrom: Ana\r\n".encode("utf-16-le")
    data = tnef(attribute(0x00069003, mapi_props((0x001F, 0x1000, body))))
    assert text_of(winmail(data)) == "I feel better."


def test_compressed_rtf_is_decompressed_and_read_as_text() -> None:
    assert decompress_rtf(lzfu(RTF)) == RTF
    data = tnef(attribute(0x00069003, mapi_props((0x0102, 0x1009, lzfu(RTF)))))
    assert text_of(winmail(data)) == "Mir geht es schön, danke."


def test_html_encapsulated_in_rtf_is_read_as_html() -> None:
    plain, html = rtf_text(HTML_RTF)
    assert plain == "" and "<p>I feel better, thank you.</p>" in html
    data = tnef(attribute(0x00069003, mapi_props((0x0102, 0x1009, lzfu(HTML_RTF)))))
    assert text_of(winmail(data)) == "I feel better, thank you."


def test_a_mail_with_text_and_a_winmail_dat_keeps_its_text() -> None:
    data = tnef(attribute(0x0002800C, b"Something else entirely.\x00"))
    assert text_of(winmail(data, b"The pain is back since Friday.")) == (
        "The pain is back since Friday."
    )


def test_a_broken_tnef_is_no_text_and_no_crash() -> None:
    for data in (b"\x78\x9f\x3e\x22\x01\x00" + b"\xff" * 40, b"not tnef at all", tnef()):
        assert tnef_text(data) == ("", "")
        reply = parse_reply(winmail(data), StaticReplyIndex(), received_at=NOW)
        assert (reply.kind, reply.text) == ("reply", "")
