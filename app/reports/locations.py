"""Read the locations of a coverage run: JSON objects or CSV rows, one bad row never fails all.

Each location is `{"id", "zip"}`, `{"id", "lat", "lon"}` or `{"id", "state"}` and is checked
with the referral API's own `LocationIn` (same messages, same ZIP and state rules) and
resolved with its `to_place` (a point takes its state and county from the nearest ZIP).
A bad location becomes a `BadLocation` carrying its position, its input and the reason.
"""

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from app.api.routes.referrals import to_place
from app.api.schemas.referral import LocationIn
from app.directory.geo import all_zips
from app.routing.profile import Place

FIELDS = ("zip", "lat", "lon", "state")
MAX_ID_LENGTH = 200
NOT_IN_US = "No US ZIP code within about 35 miles of this point: coverage needs a US location."


@dataclass(frozen=True, slots=True)
class GoodLocation:
    index: int
    id: str
    place: Place


@dataclass(frozen=True, slots=True)
class BadLocation:
    index: int
    id: str
    input: dict[str, str]
    reason: str


Located = GoodLocation | BadLocation


def _text(value: Any) -> str:
    return str(value)[:MAX_ID_LENGTH] if value is not None else ""


def _reason(error: ValidationError) -> str:
    parts = []
    for err in error.errors():
        field = ".".join(str(p) for p in err.get("loc", ()))
        message = str(err.get("msg", "invalid")).removeprefix("Value error, ")
        parts.append(f"{field}: {message}" if field else message)
    return "; ".join(parts)


def resolve(index: int, raw: dict[str, Any]) -> Located:
    """Check and resolve one location; a problem becomes a BadLocation, never an exception."""
    loc_id = _text(raw.get("id", index)) or str(index)
    given = {k: raw[k] for k in FIELDS if raw.get(k) not in (None, "")}
    echo = {k: _text(v) for k, v in given.items()}
    unknown = sorted(str(k) for k in raw if k not in (*FIELDS, "id"))
    if unknown:
        return BadLocation(index, loc_id, echo, f"Unknown field(s): {', '.join(unknown)}.")
    try:
        place = to_place(LocationIn.model_validate(given))
    except ValidationError as exc:
        return BadLocation(index, loc_id, echo, _reason(exc))
    if place is None or not place.state:
        return BadLocation(index, loc_id, echo, NOT_IN_US)
    return GoodLocation(index, loc_id, place)


def resolve_all(raws: Iterable[dict[str, Any]]) -> Iterator[Located]:
    """Resolve locations in order."""
    for index, raw in enumerate(raws):
        yield resolve(index, raw)


def read_csv_rows(text: str) -> list[dict[str, Any]]:
    """Read a CSV with a header of id and zip, lat and lon, or state (other columns refused)."""
    try:
        return _read_csv_rows(text)
    except csv.Error as exc:
        # A malformed CSV is the caller's input error, not ours: name the line at fault.
        raise ValueError(f"The CSV could not be read: {exc}.") from None


def _read_csv_rows(text: str) -> list[dict[str, Any]]:
    # newline="" lets the csv module see \r, \n and \r\n line ends as it expects.
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    if not reader.fieldnames:
        raise ValueError("The CSV is empty: its first line must name the columns.")
    names = [n.strip().lower() for n in reader.fieldnames]
    if not set(names) & set(FIELDS):
        raise ValueError("The CSV header must name zip, lat and lon, or state (and id).")
    reader.fieldnames = names
    rows = []
    for row in reader:
        cleaned = {k: (v or "").strip() for k, v in row.items() if k is not None}
        if row.get(None):
            cleaned["extra values"] = "yes"
        rows.append({k: _number(k, v) for k, v in cleaned.items() if v != "" or k == "id"})
    return rows


def _number(column: str, value: str) -> Any:
    """CSV has only text: read lat and lon as numbers (unreadable ones stay text and fail)."""
    if column in ("lat", "lon"):
        try:
            return float(value)
        except ValueError:
            return value
    return value


def all_us_locations() -> list[GoodLocation]:
    """Every active US ZIP as a location whose id is the ZIP, resolved as the API would."""
    located = []
    for i, z in enumerate(sorted(all_zips(), key=lambda z: z.zip)):
        place = to_place(LocationIn.model_construct(zip=z.zip, lat=None, lon=None, state=None))
        if place is not None:
            located.append(GoodLocation(i, z.zip, place))
    return located
