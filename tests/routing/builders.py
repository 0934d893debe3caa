"""Build plain routing records for tests: places, services and the real national lines."""

from dataclasses import replace
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from app.config import BUNDLED_SEED_DIR
from app.directory.seed import bundled_crisis_records
from app.routing.index import DirectoryIndex
from app.routing.profile import NeedProfile, Place
from app.routing.records import Area, Cost, ServiceRecord, Site

# Wednesday 25 November 2026, 10:00 in New York, 07:00 in Los Angeles.
NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)

DURHAM = Place(
    state="NC",
    latitude=35.9940,
    longitude=-78.8986,
    county="durham",
    postal_code="27701",
    timezone="America/New_York",
)
ATLANTA = Place(
    state="GA",
    latitude=33.7490,
    longitude=-84.3880,
    county="fulton",
    postal_code="30303",
    timezone="America/New_York",
)
NC_ONLY = Place(state="NC")

NATIONAL = (Area(type="national"),)
DURHAM_COUNTY = (Area(type="county", counties=frozenset({"nc:durham"})),)


def miles_north(place: Place, miles: float) -> tuple[float, float]:
    """A point about `miles` north of a place."""
    assert place.latitude is not None and place.longitude is not None
    return place.latitude + miles / 69.0, place.longitude


def site_near(place: Place, miles: float, *, id: str = "site", confidential: bool = False) -> Site:
    lat, lon = miles_north(place, miles)
    return Site(
        id=id,
        name="Main office",
        latitude=lat,
        longitude=lon,
        address_1="1 Test St",
        city="Durham",
        state=place.state,
        postal_code="27701",
        confidential=confidential,
    )


def service(id: str, **changes: Any) -> ServiceRecord:
    """An in-person counselling service 2 miles from Durham, open to all, $20-$60 sliding."""
    base = ServiceRecord(
        id=id,
        name=f"Service {id}",
        kind="counseling",
        delivery=frozenset({"in_person"}),
        cost=Cost(sliding_scale=True, min_fee=20, max_fee=60, payments=frozenset({"self_pay"})),
        areas=DURHAM_COUNTY,
        sites=(site_near(DURHAM, 2.0, id=f"{id}-site"),),
        wait_days=10,
        verified_at=date(2026, 11, 1),
    )
    return replace(base, **changes)


def remote(id: str, **changes: Any) -> ServiceRecord:
    """A national video counselling service licensed in every state (unless changed)."""
    fields: dict[str, Any] = {"delivery": frozenset({"video"}), "areas": NATIONAL, "sites": ()}
    return service(id, **(fields | changes))


@lru_cache(maxsize=1)
def national_lines() -> tuple[ServiceRecord, ...]:
    """The real national crisis lines and 911, as the bundled seed gives them."""
    return tuple(bundled_crisis_records(BUNDLED_SEED_DIR))


def index_of(*records: ServiceRecord, lines: bool = True) -> DirectoryIndex:
    """An index holding these records, plus the national lines unless told otherwise."""
    return DirectoryIndex((*records, *(national_lines() if lines else ())), "test-1")


def profile(**fields: Any) -> NeedProfile:
    """A need profile in Durham unless a place is given."""
    fields.setdefault("place", DURHAM)
    return NeedProfile(**fields)
