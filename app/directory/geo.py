"""Offline ZIP and state lookup (the `zipcodes` package ships its data)."""

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import zipcodes

# zipcodes can misbehave on non-ASCII digits, so only plain ASCII ZIPs reach it.
ZIP_PATTERN = re.compile(r"^[0-9]{5}(-[0-9]{4})?$")

STATES: dict[str, str] = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "DC": "District of Columbia",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
    "PR": "Puerto Rico",
    "GU": "Guam",
    "VI": "U.S. Virgin Islands",
    "AS": "American Samoa",
    "MP": "Northern Mariana Islands",
}
_STATE_BY_NAME = {name.lower(): code for code, name in STATES.items()}


@dataclass(frozen=True, slots=True)
class ZipPlace:
    zip: str
    latitude: float
    longitude: float
    state: str
    county: str | None
    city: str | None
    timezone: str | None


def normalize_state(value: str) -> str | None:
    """Return the 2-letter code for a state code or name ('nc', 'North Carolina'), else None."""
    cleaned = value.strip()
    if cleaned.upper() in STATES:
        return cleaned.upper()
    return _STATE_BY_NAME.get(cleaned.lower())


def is_valid_zip(value: str) -> bool:
    """Say whether a string has the shape of a US ZIP (ASCII digits only)."""
    return bool(ZIP_PATTERN.fullmatch(value))


def _place(row: dict[str, object]) -> ZipPlace | None:
    try:
        lat, lon = float(str(row["lat"])), float(str(row["long"]))
    except (KeyError, TypeError, ValueError):
        return None
    county = str(row.get("county") or "").removesuffix(" County").strip() or None
    city, timezone = row.get("city"), row.get("timezone")
    return ZipPlace(
        zip=str(row["zip_code"]),
        latitude=lat,
        longitude=lon,
        state=str(row["state"]),
        county=county,
        city=str(city) if city else None,
        timezone=str(timezone) if timezone else None,
    )


@lru_cache(maxsize=1)
def _zip_table() -> dict[str, ZipPlace]:
    # zipcodes.matching() scans the whole list on every call; one dict makes lookups O(1).
    table: dict[str, ZipPlace] = {}
    for row in zipcodes.list_all():
        place = _place(row)
        if place is not None and (place.zip not in table or row.get("active")):
            table[place.zip] = place
    return table


def lookup_zip(value: str) -> ZipPlace | None:
    """Find a ZIP's coordinates, state and county; None when unknown or malformed."""
    if not is_valid_zip(value):
        return None
    return _zip_table().get(value[:5])


def all_zips() -> list[ZipPlace]:
    """Every active US ZIP with coordinates (about 41,000), for coverage runs."""
    return [p for row in zipcodes.filter_by(active=True) if (p := _place(row)) is not None]


NEAREST_CELL_DEGREES = 0.5


@lru_cache(maxsize=1)
def _zip_grid() -> dict[tuple[int, int], list[ZipPlace]]:
    grid: dict[tuple[int, int], list[ZipPlace]] = {}
    for place in _zip_table().values():
        # Military APO/FPO codes carry no real position: they sit at (0, 0).
        if place.state not in STATES or (place.latitude == 0 and place.longitude == 0):
            continue
        key = (
            math.floor(place.latitude / NEAREST_CELL_DEGREES),
            math.floor(place.longitude / NEAREST_CELL_DEGREES),
        )
        grid.setdefault(key, []).append(place)
    return grid


def nearest_zip(latitude: float, longitude: float) -> ZipPlace | None:
    """Find the ZIP whose centre is nearest a point (within about 35 miles), else None."""
    row = math.floor(latitude / NEAREST_CELL_DEGREES)
    col = math.floor(longitude / NEAREST_CELL_DEGREES)
    grid = _zip_grid()
    candidates = [
        p for i in (-1, 0, 1) for j in (-1, 0, 1) for p in grid.get((row + i, col + j), ())
    ]
    scale = math.cos(math.radians(latitude)) ** 2

    def squared(p: ZipPlace) -> tuple[float, str]:
        return (p.latitude - latitude) ** 2 + scale * (p.longitude - longitude) ** 2, p.zip

    return min(candidates, key=squared, default=None)


def warm_up() -> None:
    """Load the ZIP tables now (seconds), so no person's first request waits for them."""
    lookup_zip("27701")
    nearest_zip(35.99, -78.9)
