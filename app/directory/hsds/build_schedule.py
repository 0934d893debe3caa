"""Build schedule rows: 3.0 schedules.csv (byday RRULE days) and 1.x regular_schedules.csv
(one weekday per row, as a number, a name or a range such as 'Mon-Fri')."""

import re

from app.directory import models as m
from app.directory.hsds.cells import Cells
from app.directory.hsds.draft import Draft, make
from app.directory.hsds.values import clock, weekday
from app.routing.vocabulary import WEEKDAYS

_RRULE_DAY = re.compile(r"^[+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU)$")


def _parent(cells: Cells) -> str | None:
    return cells.text("service_id", "location_id", "service_at_location_id")


def _times(draft: Draft, cells: Cells) -> tuple[str | None, str | None]:
    found = []
    for column in ("opens_at", "closes_at"):
        raw = cells.text(column)
        value = clock(raw) if raw else None
        if raw and value is None:
            cells.error(column, "is not a time of day (expected HH:MM)")
        found.append(value)
    return found[0], found[1]


def _byday(cells: Cells) -> str | None:
    raw = cells.text("byday", "weekday")
    if raw is None:
        return None
    days: list[str] = []
    for part in raw.replace(";", ",").split(","):
        token = part.strip().upper()
        # RRULE tokens such as "1MO" (first Monday) are kept as published.
        codes = [token] if _RRULE_DAY.match(token) else _day_range(token)
        if not codes:
            cells.error("byday" if cells.has("byday") else "weekday", f"'{part}' is not a day")
        days.extend(codes)
    return ",".join(days) or None


def _day_range(text: str) -> list[str]:
    """['MO'] for 'Monday'; every day from 'Mon-Fri' or 'Monday to Friday'; [] if unreadable."""
    ends = re.split(r"\s*(?:-|–|\bTO\b|\bTHROUGH\b)\s*", text.strip())
    codes = [weekday(end) for end in ends]
    if len(codes) == 1:
        return [codes[0]] if codes[0] else []
    if len(codes) != 2 or None in codes:
        return []
    first, last = WEEKDAYS.index(str(codes[0])), WEEKDAYS.index(str(codes[1]))
    return [WEEKDAYS[(first + i) % 7] for i in range((last - first) % 7 + 1)]


def schedule(draft: Draft, cells: Cells) -> None:
    """One schedules.csv (3.0) or regular_schedules.csv (1.x: one weekday per row) row."""
    opens, closes = _times(draft, cells)
    service_id = cells.text("service_id")
    row = make(
        m.Schedule,
        id=draft.child_id(cells, _parent(cells), "schedule"),
        service_id=service_id,
        location_id=cells.text("location_id"),
        freq=(cells.text("freq") or "WEEKLY").upper(),
        byday=_byday(cells),
        opens_at=opens,
        closes_at=closes,
        timezone=cells.text("timezone"),
        valid_from=cells.date("valid_from"),
        valid_to=cells.date("valid_to"),
        description=cells.text("description"),
    )
    hint = cells.text("attending_type")
    if hint and service_id:
        draft.delivery_hints[service_id].append(hint)
    draft.note_sal("schedules", row.id, cells)
    draft.add("schedules", row, cells)
