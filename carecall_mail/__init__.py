"""CareCall Mail: after-care by email for solo health practitioners."""

from __future__ import annotations

__version__ = "0.1.0"
