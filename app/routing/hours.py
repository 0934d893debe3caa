"""Is a service open at a given instant, in the service's own time zone?

`now` is always injected (tz-aware), so answers are reproducible in tests. A service with
no schedule and no 24/7 flag has unknown hours: routing keeps it and says so rather than
hiding something that may well be open.
"""

from datetime import datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.routing.records import OpeningHours, ServiceRecord


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


END_OF_DAY = time(23, 59, 59)  # how a "24:00" closing time is stored


def _within(window: OpeningHours, weekday: int, clock: time) -> bool:
    if window.closes > window.opens:
        before_close = clock < window.closes or window.closes == END_OF_DAY
        return window.weekday == weekday and window.opens <= clock and before_close
    # A window that closes at or before it opens runs past midnight into the next day.
    if window.weekday == weekday and clock >= window.opens:
        return True
    return (window.weekday + 1) % 7 == weekday and clock < window.closes


def is_open(
    record: ServiceRecord, now: datetime, fallback_timezone: str | None = None
) -> bool | None:
    """Say whether the service is open at `now`; None when its hours are not known."""
    if record.open_24_7:
        return True
    if not record.hours:
        return None
    zone = _zone(record.timezone) or _zone(fallback_timezone)
    if zone is None:
        return None
    local = now.astimezone(zone)
    clock = local.time().replace(tzinfo=None)
    return any(_within(w, local.weekday(), clock) for w in record.hours)
