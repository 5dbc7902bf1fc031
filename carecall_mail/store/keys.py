"""The practice's secret key, kept in its state dir beside the ledger.

The one-click unsubscribe tokens (core/unsubscribe.py) are an HMAC under this key,
so the key must outlive restarts and be the same for every process of a practice:
it is made once, owner-only, and read from then on.
"""

from __future__ import annotations

import functools
import os
import secrets
from pathlib import Path

__all__ = ["KEY_FILE", "practice_key"]

KEY_FILE = "unsubscribe.key"
_KEY_BYTES = 32


@functools.lru_cache(maxsize=8)
def practice_key(state_dir: Path) -> bytes:
    """The practice's token key: read, or made once (O_EXCL, so two processes agree)."""
    path = state_dir / KEY_FILE
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    state_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first: use theirs
        return path.read_bytes()
    with os.fdopen(fd, "wb") as out:
        out.write(secrets.token_bytes(_KEY_BYTES))
        out.flush()
        os.fsync(out.fileno())
    return path.read_bytes()
