"""Credentials out of server replies, before anything is logged or stored.

Some servers answer a failed log-in by repeating what the client sent: the AUTH
PLAIN blob (base64 of `authzid NUL user NUL password`, RFC 4616), the AUTH LOGIN
password's base64, or the password itself. Their words go into the log, the
ledger's last error and `carecall status`, so every reply is scrubbed first: any
word that is the password, or decodes (base64, standard or URL-safe, at any
alignment) to bytes that hold it, becomes `***`.

OAuth2 adds bearer tokens, masked even when the token itself is not known (a
library's exception, a token endpoint's reply): `Bearer <token>`, an
`access_token`/`refresh_token` value, and any base64 word that decodes to an
XOAUTH2 string (`user=...^Aauth=Bearer ...`). Pure: text in, text out.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable

__all__ = ["MASK", "scrub_bearer", "scrubber"]

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


_BEARER = re.compile(r"(\bBearer\s+)[A-Za-z0-9._~+/=-]+", re.IGNORECASE)
_TOKEN_FIELD = re.compile(
    r"""(\b(?:access|refresh|id)_token["']?\s*[:=]\s*["']?)[^"'\s&,}]+""", re.IGNORECASE
)
# An XOAUTH2 blob is at least base64("user=x\x01auth=Bearer y\x01\x01"): 36 characters.
_XOAUTH2_BLOB = re.compile(r"[A-Za-z0-9+/_-]{36,}={0,2}")


def _mask_xoauth2(match: re.Match[str]) -> str:
    token = match.group(0)
    if any(b"auth=Bearer" in decoded for decoded in _decodings(token)):
        return MASK
    return token


def scrub_bearer(text: str) -> str:
    """Mask OAuth2 bearer tokens in every form above, whoever's they are."""
    text = _BEARER.sub(lambda m: m.group(1) + MASK, text)
    text = _TOKEN_FIELD.sub(lambda m: m.group(1) + MASK, text)
    return _XOAUTH2_BLOB.sub(_mask_xoauth2, text)


def scrubber(password: str | None) -> Callable[[str], str]:
    """A function that masks `password` (a password or an access token) in any of the
    forms above, and bearer tokens always."""
    if not password:
        return scrub_bearer
    secret = password.encode("utf-8")

    def mask_token(match: re.Match[str]) -> str:
        token = match.group(0)
        if any(secret in decoded for decoded in _decodings(token)):
            return MASK
        return token

    def scrub(text: str) -> str:
        if len(password) >= MIN_PLAIN:
            text = text.replace(password, MASK)
        return scrub_bearer(_TOKEN.sub(mask_token, text))

    return scrub
