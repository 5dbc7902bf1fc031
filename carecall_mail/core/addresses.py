"""Addresses and hosts, defined once: how an address is compared, and what "this machine" is.

Pure: no I/O, no name lookups. Every module that compares addresses or decides
whether plaintext is allowed asks here, so validate and the transports cannot
disagree (they once did: `security: none` to 127.0.0.2 was refused by one and
accepted by the other).
"""

from __future__ import annotations

import ipaddress
from typing import Final, Literal

# How a connection to a mail server is protected (`security:` in the YAML).
# TLS is the default; `none` is allowed only to this machine (is_local_host).
Security = Literal["starttls", "tls", "none"]
SECURITY_MODES: Final[tuple[Security, ...]] = ("starttls", "tls", "none")

# The one name for this machine we accept without a lookup: RFC 6761 §6.3 reserves
# it for loopback. Other names (localhost.localdomain) depend on /etc/hosts.
_LOCAL_NAMES: Final = frozenset({"localhost"})


def normalise(address: str) -> str:
    """An address as we compare it: surrounding space removed, lower-cased.

    The local part is lower-cased too: RFC 5321 §2.4 lets a server tell `Ana@` from
    `ana@`, but no mail service a practice uses does, and a client who types her
    address with a capital must still be recognised.
    """
    return address.strip().lower()


def base_address(address: str) -> str:
    """`ana+urgent@x` -> `ana@x`, normalised: a sub-address is the same mailbox."""
    local, at, domain = normalise(address).partition("@")
    return local.split("+", 1)[0] + at + domain


def is_local_host(host: str) -> bool:
    """Whether `host` is this machine: `localhost`, 127.0.0.0/8 or ::1 (brackets allowed).

    The whole of 127.0.0.0/8 is loopback (RFC 1122 §3.2.1.3): traffic to 127.0.0.2
    never leaves the machine, so plaintext to it exposes nothing a local root could
    not read anyway.
    """
    name = host.strip().lower()
    if name in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(name.removeprefix("[").removesuffix("]")).is_loopback
    except ValueError:
        return False
