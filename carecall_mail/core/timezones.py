"""Time zone names as a practitioner writes them: suggestions for the unknown ones
and a refusal, with the place-based name to use, for legacy and fixed-offset ones.

Pure: names in, words out (the tz database comes from `zoneinfo`).
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from zoneinfo import available_timezones

__all__ = ["legacy_zone_problem", "suggest_zone"]

# Legacy names the tz database still carries (or people still write). They are not
# places: EST, MST and HST are fixed offsets with no daylight saving, so a New York
# client is mailed an hour off all summer; the others follow one old rule set that
# need not be the client's country's. Each maps to the place-based name most meant.
_LEGACY: dict[str, tuple[str, bool]] = {
    # name: (suggestion, fixed offset without daylight saving)
    "EST": ("America/New_York", True),
    "EDT": ("America/New_York", False),
    "EST5EDT": ("America/New_York", False),
    "CST": ("America/Chicago", False),
    "CDT": ("America/Chicago", False),
    "CST6CDT": ("America/Chicago", False),
    "MST": ("America/Denver (or America/Phoenix, which keeps no daylight saving)", True),
    "MDT": ("America/Denver", False),
    "MST7MDT": ("America/Denver", False),
    "PST": ("America/Los_Angeles", False),
    "PDT": ("America/Los_Angeles", False),
    "PST8PDT": ("America/Los_Angeles", False),
    "HST": ("Pacific/Honolulu", True),
    "CET": ("Europe/Berlin, Europe/Paris, Europe/Zurich or the client's city", False),
    "CEST": ("Europe/Berlin, Europe/Paris, Europe/Zurich or the client's city", False),
    "MET": ("Europe/Berlin, Europe/Paris, Europe/Zurich or the client's city", False),
    "EET": ("Europe/Athens, Europe/Helsinki or the client's city", False),
    "WET": ("Europe/Lisbon", False),
    "BST": ("Europe/London", False),
    "GMT": ("Europe/London (or UTC, if you really mean no daylight saving)", True),
}
_OFFSET = re.compile(r"(?i)^(?:etc/)?(?:utc|gmt)\s*[+-]\s*\d{1,2}(?::?\d{2})?$")


def legacy_zone_problem(name: str) -> str | None:
    """Why `name` is the wrong kind of zone name, and what to write; None if it is fine."""
    stripped = name.strip()
    if _OFFSET.match(stripped):
        return (
            f"{name!r} is a fixed offset with no daylight saving, so mail would go an hour "
            "off for half the year: write the place instead, e.g. Europe/Berlin or "
            "America/New_York"
        )
    entry = _LEGACY.get(stripped.upper())
    if entry is None:
        return None
    suggestion, fixed = entry
    why = (
        "is a fixed offset with no daylight saving, so mail would go an hour off in summer"
        if fixed
        else "is a legacy abbreviation, not a place, and its rules need not be your "
        "client's country's"
    )
    return f"{name!r} {why}: write {suggestion}"


@lru_cache(maxsize=1)
def _zones() -> tuple[str, ...]:
    return tuple(sorted(available_timezones()))


def suggest_zone(name: str) -> str | None:
    """The zone most likely meant by `name` ("Berlin", "europe/berlin", "New York")."""
    wanted = name.strip().replace(" ", "_").lower()
    if not wanted:
        return None
    zones = _zones()
    by_lower = {zone.lower(): zone for zone in zones}
    if wanted in by_lower:
        return by_lower[wanted]
    # A city alone: the last part of an Area/City name.
    cities = [zone for zone in zones if "/" in zone and zone.lower().rsplit("/", 1)[1] == wanted]
    if cities:
        return min(cities, key=lambda z: (z.startswith("Etc/"), len(z)))
    close = difflib.get_close_matches(wanted, list(by_lower), n=1, cutoff=0.75)
    if close:
        return by_lower[close[0]]
    city_names = {zone.lower().rsplit("/", 1)[1]: zone for zone in zones if "/" in zone}
    close = difflib.get_close_matches(wanted, list(city_names), n=1, cutoff=0.8)
    return city_names[close[0]] if close else None
