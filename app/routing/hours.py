"""Is a service open at a given instant, in the service's own time zone?

`now` is always injected (tz-aware), so answers are reproducible in tests. A service with
no schedule and no 24/7 flag has unknown hours: routing keeps it and says so rather than
hiding something that may well be open.
"""

from datetime import datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.routing.records import OpeningHours, ServiceRecord


@lru_cache(maxsize=1024)  # a request reads a handful of zones; ZoneInfo() costs ~10 µs a call
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


class LocalClock:
    """One instant read in each time zone that asks, converted once per zone.

    A request checks many services that share a handful of zones: converting the instant
    per service cost more than the opening-hours test itself.
    """

    def __init__(self, now: datetime, fallback_timezone: str | None = None) -> None:
        self._now = now
        self._fallback = fallback_timezone
        self._local: dict[str | None, tuple[int, time] | None] = {}

    def weekday_and_time(self, timezone: str | None) -> tuple[int, time] | None:
        """The weekday and wall-clock time in `timezone` (or the fallback); None if unknown."""
        if timezone in self._local:
            return self._local[timezone]
        zone = _zone(timezone) or _zone(self._fallback)
        local = None
        if zone is not None:
            moment = self._now.astimezone(zone)
            local = moment.weekday(), moment.time().replace(tzinfo=None)
        self._local[timezone] = local
        return local


def open_at(record: ServiceRecord, clock: LocalClock) -> bool | None:
    """Say whether the service is open at the clock's instant; None when hours are unknown."""
    if record.open_24_7:
        return True
    if not record.hours:
        return None
    local = clock.weekday_and_time(record.timezone)
    if local is None:
        return None
    weekday, time_of_day = local
    return any(_within(w, weekday, time_of_day) for w in record.hours)
