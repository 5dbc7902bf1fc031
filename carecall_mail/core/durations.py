"""Durations as the practitioner writes them: `7d`, `2w`, `3mo`, `1y`.

Months and years are calendar arithmetic (Jan 31 + 1mo = Feb 28 or 29), because
"three months after the last session" means a date on the calendar, not 90 days.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Unit = Literal["d", "w", "mo", "y"]
_PATTERN = re.compile(r"^\s*(\d{1,5})\s*(d|w|mo|y)\s*$")
MAX_DAYS = 100 * 366  # nothing in after-care is planned further out
_SECONDS = re.compile(r"^\s*(\d{1,6})\s*(s|m|min|h)?\s*$")


@dataclass(frozen=True, order=True)
class Duration:
    amount: int
    unit: Unit

    @classmethod
    def parse(cls, text: str) -> Duration:
        match = _PATTERN.match(text)
        if not match:
            raise ValueError(
                f"{text!r} is not a duration: write a whole number and d, w, mo or y "
                "(7d, 2w, 3mo, 1y)"
            )
        unit: Unit = match.group(2)  # type: ignore[assignment]
        duration = cls(int(match.group(1)), unit)
        if duration.approx_days() > MAX_DAYS:
            # 9000y passes the pattern, then every date it is added to overflows.
            raise ValueError(f"{text!r} is longer than 100 years: write a shorter duration")
        return duration

    def __str__(self) -> str:
        return f"{self.amount}{self.unit}"

    def after(self, day: date) -> date:
        """The calendar date this long after `day`."""
        if self.unit == "d":
            return day + timedelta(days=self.amount)
        if self.unit == "w":
            return day + timedelta(weeks=self.amount)
        months = self.amount * (12 if self.unit == "y" else 1)
        return add_months(day, months)

    def before(self, day: date) -> date:
        """The calendar date this long before `day`."""
        if self.unit == "d":
            return day - timedelta(days=self.amount)
        if self.unit == "w":
            return day - timedelta(weeks=self.amount)
        months = self.amount * (12 if self.unit == "y" else 1)
        return add_months(day, -months)

    def approx_days(self) -> int:
        """A rough length, for sorting and horizons only, never for due dates."""
        return self.amount * {"d": 1, "w": 7, "mo": 30, "y": 365}[self.unit]


def add_months(day: date, months: int) -> date:
    """Add calendar months, clamping to the month's last day (Jan 31 + 1 = Feb 28/29)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def parse_interval_seconds(value: str | int) -> int:
    """Worker intervals: `30s`, `5m`, `1h`, or whole seconds."""
    if isinstance(value, int):
        if value <= 0:
            raise ValueError("must be a positive number of seconds")
        return value
    match = _SECONDS.match(value)
    if not match:
        raise ValueError(f"{value!r} is not an interval: write 30s, 5m or 1h")
    number = int(match.group(1))
    unit = match.group(2) or "s"
    seconds = number * {"s": 1, "m": 60, "min": 60, "h": 3600}[unit]
    if seconds <= 0:
        raise ValueError("must be longer than zero")
    return seconds
