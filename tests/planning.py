"""Builders for planner tests: small practices made from the pydantic models directly."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from carecall_mail.config.schema import (
    BirthdayRule,
    CheckinRule,
    Client,
    Config,
    Grace,
    Holiday,
    Practice,
    Practitioner,
    ResupplyRule,
    Schedules,
    SendWindow,
    Supply,
)
from carecall_mail.core.durations import Duration

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
EVERY_DAY = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
UTC = ZoneInfo("UTC")


def at(text: str, tz: str = "Europe/Zurich") -> datetime:
    """An aware datetime from local ISO text in `tz`."""
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(tz))


def client(
    cid: str = "c-1",
    *,
    email: str | None = None,
    tz: str | None = None,
    sessions: Sequence[str] = (),
    birthday: str | None = None,
    emergency: bool = False,
    supplies: Sequence[tuple[str, str, int]] = (),
    consent: dict[str, bool] | None = None,
) -> Client:
    data: dict[str, Any] = {
        "id": cid,
        "name": f"Client {cid}",
        "email": email or f"{cid}@example.org",
        "timezone": tz,
        "sessions": tuple(date.fromisoformat(s) for s in sessions),
        "birthday": date.fromisoformat(birthday) if birthday else None,
        "emergency": emergency,
        "supplies": tuple(
            Supply(item=item, dispensed=date.fromisoformat(d), days=n) for item, d, n in supplies
        ),
    }
    if consent is not None:
        data["consent"] = consent
    return Client.model_validate(data)


def holiday(
    hid: str,
    first: str,
    last: str,
    notice_before: Sequence[str] = ("21d", "3d"),
    audience: str = "active",
) -> Holiday:
    return Holiday.model_validate(
        {
            "id": hid,
            "from": date.fromisoformat(first),
            "to": date.fromisoformat(last),
            "notice_before": list(notice_before),
            "template": "holiday_notice",
            "audience": audience,
        }
    )


def config(
    clients: Sequence[Client],
    *,
    tz: str = "Europe/Zurich",
    days: Sequence[str] = WEEKDAYS,
    start: time = time(9),
    end: time = time(17),
    checkins: Sequence[tuple[str, str]] = (),
    resupply: str | None = None,
    birthdays: bool = False,
    holidays: Sequence[Holiday] = (),
    grace: Grace | None = None,
    active_within: str = "6mo",
) -> Config:
    practice = Practice.model_validate(
        {
            "practitioner": Practitioner(name="Ana Field", email="ana@fieldpractice.example"),
            "timezone": tz,
            "send_window": SendWindow.model_validate(
                {
                    "days": tuple(days),
                    "start": start.strftime("%H:%M"),
                    "end": end.strftime("%H:%M"),
                }
            ),
        }
    )
    schedules = Schedules(
        checkins=tuple(
            CheckinRule.model_validate(
                {"id": rid, "after_last_session": after, "template": "checkin"}
            )
            for rid, after in checkins
        ),
        resupply=(
            ResupplyRule.model_validate({"before_runout": resupply, "template": "resupply"})
            if resupply
            else None
        ),
        birthdays=BirthdayRule(template="birthday") if birthdays else None,
        holidays=tuple(holidays),
        grace=grace or Grace(),
        active_within=Duration.parse(active_within),
    )
    return Config(practice, tuple(clients), schedules, Path("/nonexistent/config"))


def in_window(cfg: Config, tz: ZoneInfo, moment: datetime) -> bool:
    """Independent check: is `moment` inside the send window in `tz`'s wall clock?"""
    local = moment.astimezone(tz)
    window = cfg.practice.send_window
    day = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[local.weekday()]
    return day in window.days and window.start <= local.time() < window.end
