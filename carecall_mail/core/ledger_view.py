"""What the pure core may know of the ledger: a frozen snapshot, read once per tick.

The planner and the reply parser never open the database; the shell reads this
snapshot from the ledger and passes it in, so both stay pure and fast to test.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from carecall_mail.core.kinds import STREAMS as STREAMS  # each kind's stream, core/kinds.py

# Beside the streams of clients.yaml `consent:`, "all" is a whole-client opt-out.
ALL_STREAMS = "all"


@dataclass(frozen=True)
class LedgerView:
    """A snapshot of the ledger for one planning pass."""

    # Every key the ledger holds, whatever its status: planned once, never again.
    decided_keys: frozenset[str] = frozenset()
    # (client_id, stream) -> allowed; stream may be ALL_STREAMS. Overrides the YAML.
    consent_overrides: Mapping[tuple[str, str], bool] = field(default_factory=dict)
    # Lower-cased addresses suspended after a permanent bounce.
    suspended_addresses: frozenset[str] = frozenset()

    def consents(self, client_id: str, stream: str, yaml_default: bool) -> bool:
        """The client's consent for a stream: a ledger override wins over the YAML."""
        specific = self.consent_overrides.get((client_id, stream))
        if specific is not None:
            return specific
        whole = self.consent_overrides.get((client_id, ALL_STREAMS))
        if whole is not None:
            return whole
        return yaml_default
