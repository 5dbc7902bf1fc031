"""Credentials out of server replies, before anything is logged or stored.

Some servers answer a failed log-in by repeating what the client sent: the AUTH
PLAIN blob (base64 of `authzid NUL user NUL password`, RFC 4616), the AUTH LOGIN
password's base64, or the password itself. Their words go into the log, the
ledger's last error and `carecall status`, so every reply is scrubbed first: any
word that is the password, or decodes (base64, standard or URL-safe, at any
alignment) to bytes that hold it, becomes `***`. Pure: text in, text out.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable

__all__ = ["MASK", "scrubber"]

MASK = "***"
# A run of base64 characters long enough to carry anything (4 encode 3 bytes).
_TOKEN = re.compile(r"[A-Za-z0-9+/_-]{4,}={0,2}")
# Shorter passwords are not searched for as plain text: a 3-letter password would
# mask ordinary words of the reply. Their base64 forms are still found.
MIN_PLAIN = 4


def _decodings(token: str) -> list[bytes]:
    """What `token` may decode to: each alignment, standard and URL-safe alphabets."""
    body = token.rstrip("=")
    out: list[bytes] = []
    for start in range(4):
        chunk = body[start:]
        if len(chunk) < 2:
            break
        chunk = chunk[: len(chunk) - len(chunk) % 4] if len(chunk) % 4 == 1 else chunk
        padded = chunk + "=" * (-len(chunk) % 4)
        for alphabet in (None, b"-_"):
            try:
                out.append(base64.b64decode(padded, altchars=alphabet, validate=True))
            except (binascii.Error, ValueError):
                continue
    return out


def scrubber(password: str | None) -> Callable[[str], str]:
    """A function that masks `password` in any of the forms above; identity without one."""
    if not password:
        return lambda text: text
    secret = password.encode("utf-8")

    def mask_token(match: re.Match[str]) -> str:
        token = match.group(0)
        if any(secret in decoded for decoded in _decodings(token)):
            return MASK
        return token

    def scrub(text: str) -> str:
        if len(password) >= MIN_PLAIN:
            text = text.replace(password, MASK)
        return _TOKEN.sub(mask_token, text)

    return scrub
