"""Opening hours for many services at once: is each candidate open at the request's instant?

Every weekly window becomes one or two spans of microseconds since Monday 00:00 in the
service's own time zone (a window past midnight is split in two). All spans sit in one
array sorted by (service, start), each with the latest end of its service's spans so far.
The request's instant is read once per time zone; a candidate is then open when the last
span starting at or before that instant, or any before it, ends after it: one binary search
per candidate. The rules are hours.open_at's: a closing time of 23:59:59 means midnight,
and a window that closes at or before it opens runs into the next day.
"""

from collections.abc import Sequence
from datetime import time

import numpy as np
from numpy.typing import NDArray

from app.routing.hours import END_OF_DAY, LocalClock
from app.routing.records import OpeningHours, ServiceRecord

MICROS = 1_000_000
DAY = 86_400 * MICROS
ROW_SHIFT = 40  # a span's key: its row above this many bits, its start below (a week fits)
OPEN, CLOSED, UNKNOWN = 1, 0, -1  # what open_at's True, False and None become
OPEN_NOW_OF = {OPEN: True, CLOSED: False, UNKNOWN: None}  # and back, as Fit.open_now says it


def micros(clock: time) -> int:
    """Microseconds since midnight (the request's instant has them)."""
    return ((clock.hour * 60 + clock.minute) * 60 + clock.second) * MICROS + clock.microsecond


def spans(window: OpeningHours) -> list[tuple[int, int]]:
    """The window as [start, end) spans of microseconds since Monday 00:00."""
    day = window.weekday * DAY
    opens, closes = micros(window.opens), micros(window.closes)
    if window.closes > window.opens:
        return [(day + opens, day + DAY if window.closes == END_OF_DAY else day + closes)]
    following = (window.weekday + 1) % 7 * DAY
    return [(day + opens, day + DAY), (following, following + closes)]


class OpeningColumns:
    """Each service's weekly spans, its time zone, and whether it is always open."""

    def __init__(self, records: Sequence[ServiceRecord]) -> None:
        self.zones: list[str | None] = sorted({r.timezone for r in records}, key=str)
        zone_id = {zone: i for i, zone in enumerate(self.zones)}
        self.zone = np.array([zone_id[r.timezone] for r in records], dtype=np.intp)
        self.always = np.array([r.open_24_7 for r in records], dtype=np.bool_)
        self.listed = np.array([bool(r.hours) for r in records], dtype=np.bool_)
        keys, ends = [-1], [-1]  # a first span of no row: every search lands at or after it
        for row, record in enumerate(records):
            latest = -1
            for start, end in sorted(s for w in record.hours for s in spans(w)):
                latest = max(latest, end)
                keys.append((row << ROW_SHIFT) + start)
                ends.append(latest)
        self._keys = np.array(keys, dtype=np.int64)
        self._latest_end = np.array(ends, dtype=np.int64)

    def status(self, rows: NDArray[np.intp], clock: LocalClock) -> NDArray[np.int8]:
        """OPEN, CLOSED or UNKNOWN for each row, at the clock's instant."""
        zones = self.zone[rows]
        instant = np.full(len(self.zones), -1, dtype=np.int64)  # -1: the zone is unknown
        for z in np.flatnonzero(np.bincount(zones, minlength=len(self.zones))):
            local = clock.weekday_and_time(self.zones[z])
            if local is not None:
                instant[z] = local[0] * DAY + micros(local[1])
        t = instant[zones]
        first_row_key = rows.astype(np.int64) << ROW_SHIFT
        last = np.searchsorted(self._keys, first_row_key + t, side="right") - 1
        started = self._keys[last] >= first_row_key  # the span found is one of this row's
        result = np.where(started & (t < self._latest_end[last]), OPEN, CLOSED).astype(np.int8)
        result[(t < 0) | ~self.listed[rows]] = UNKNOWN
        result[self.always[rows]] = OPEN
        return result
