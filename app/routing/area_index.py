"""Service areas kept best-first, so routing reads who covers a person in order and stops.

Every list (national, per state, per county, per ZIP, and per coarse grid cell for radius
circles) is sorted once by a person-independent suitability rank. `best_first()` merges
the lists that apply to a place lazily: the caller takes what it needs, and a state with
thousands of telehealth practices costs no more than one with ten.
"""

from collections import defaultdict
from collections.abc import Iterable, Iterator
from heapq import merge
from math import cos, floor, radians
from operator import itemgetter

from app.routing.geometry import MILES_PER_DEGREE_LAT, haversine_miles
from app.routing.profile import Place
from app.routing.records import Area, ServiceRecord

Ranked = list[tuple[int, ServiceRecord]]  # (suitability rank, record), best first
RASTER_DEGREES = 0.5  # radius circles are drawn onto cells this size (about 35 miles)


def _raster_cell(lat: float, lon: float) -> tuple[int, int]:
    return floor(lat / RASTER_DEGREES), floor(lon / RASTER_DEGREES)


def _cells_touching(area: Area) -> Iterator[tuple[int, int]]:
    """Coarse cells that the circle may reach (its bounding box, a little generous)."""
    lat, lon, miles = area.latitude or 0.0, area.longitude or 0.0, area.radius_miles or 0.0
    dlat = miles / MILES_PER_DEGREE_LAT + 0.01
    dlon = miles / (MILES_PER_DEGREE_LAT * max(0.05, cos(radians(min(89.0, abs(lat) + dlat)))))
    (i0, j0), (i1, j1) = _raster_cell(lat - dlat, lon - dlon), _raster_cell(lat + dlat, lon + dlon)
    for i in range(i0, i1 + 1):
        for j in range(j0, j1 + 1):
            yield i, j


def contains(area: Area, latitude: float, longitude: float) -> bool:
    """Say whether a radius area's circle contains the point."""
    if area.latitude is None or area.longitude is None or area.radius_miles is None:
        return False
    # A great circle is never shorter than its north-south part (69.09 miles a degree): a
    # point that far off in latitude alone is outside, and haversine need not run.
    if abs(latitude - area.latitude) * MILES_PER_DEGREE_LAT > area.radius_miles:
        return False
    return haversine_miles(latitude, longitude, area.latitude, area.longitude) <= area.radius_miles


def county_key(state: str | None, county: str | None) -> str:
    """Key a county as areas store it: 'nc:durham'."""
    return f"{(state or '').lower()}:{(county or '').lower()}"


class AreaLists:
    """Who serves where, each list best-first; filled by `add`, then `finish`ed once."""

    def __init__(self) -> None:
        self.national: list[ServiceRecord] = []
        self.unrestricted: list[ServiceRecord] = []  # no declared area and no located site
        self.by_state: dict[str, list[ServiceRecord]] = defaultdict(list)
        self.by_county: dict[str, list[ServiceRecord]] = defaultdict(list)
        self.counties_in_state: dict[str, list[ServiceRecord]] = defaultdict(list)
        self.by_zip: dict[str, list[ServiceRecord]] = defaultdict(list)
        self.radius: dict[tuple[int, int], list[tuple[ServiceRecord, Area]]] = defaultdict(list)
        # After finish(), the same lists as (rank, record) pairs: merging them then compares
        # plain integers, which costs far less than calling a key function per comparison.
        self._everywhere: list[Ranked] = []
        self._tables: tuple[dict[str, Ranked], ...] = ()
        self._radius: dict[tuple[int, int], list[tuple[int, ServiceRecord, Area]]] = {}

    def add(self, record: ServiceRecord, *, located: bool) -> None:
        """File a record under every area it declares."""
        if not record.areas and not located:
            self.unrestricted.append(record)
        for area in record.areas:
            if area.type == "national":
                self.national.append(record)
            elif area.type == "state":
                for state in area.states:
                    self.by_state[state].append(record)
            elif area.type == "county":
                for key in area.counties:
                    self.by_county[key].append(record)
                    self.counties_in_state[key.split(":")[0].upper()].append(record)
            elif area.type == "zip":
                for code in area.postal_codes:
                    self.by_zip[code].append(record)
            elif area.type == "radius" and area.latitude is not None and area.longitude is not None:
                for cell in _cells_touching(area):
                    self.radius[cell].append((record, area))

    def finish(self, rank: dict[str, int]) -> None:
        """Sort every list by `rank` (service id -> position, best first)."""

        def ranked(records: list[ServiceRecord]) -> Ranked:
            return sorted((rank[r.id], r) for r in records)  # ranks are unique

        self._everywhere = [ranked(self.national), ranked(self.unrestricted)]
        self._tables = tuple(
            {key: ranked(records) for key, records in table.items()}
            for table in (self.by_state, self.by_county, self.counties_in_state, self.by_zip)
        )
        self._radius = {
            # A record may have several circles here: sort on the rank alone.
            cell: sorted(((rank[r.id], r, area) for r, area in pairs), key=itemgetter(0))
            for cell, pairs in self.radius.items()
        }
        # The record lists were for filing: the ranked copies replace them.
        self.national, self.unrestricted = [], []
        for table in (self.by_state, self.by_county, self.counties_in_state, self.by_zip):
            table.clear()
        self.radius.clear()

    def best_first(self, place: Place | None, skip: set[str]) -> Iterator[ServiceRecord]:
        """Yield each service whose area includes the place, best first, once each."""
        lists: list[Iterable[tuple[int, ServiceRecord]]] = list(self._everywhere)
        if place is not None:
            by_state, by_county, counties_in_state, by_zip = self._tables
            state = (place.state or "").upper()
            lists.append(by_state.get(state, ()))
            if place.county:
                lists.append(by_county.get(county_key(state, place.county), ()))
            else:  # a state-only place: any county of the state may be the person's
                lists.append(counties_in_state.get(state, ()))
            lists.append(by_zip.get((place.postal_code or "")[:5], ()))
            if place.latitude is not None and place.longitude is not None:
                lat, lon = place.latitude, place.longitude
                triples = self._radius.get(_raster_cell(lat, lon), ())
                # Skipped records first: the circle test costs a haversine each.
                lists.append(
                    (position, r)
                    for position, r, area in triples
                    if r.id not in skip and contains(area, lat, lon)
                )
        seen: set[str] = set()
        # A record in several lists has one rank: its pairs are equal and never compared
        # beyond the rank (a tuple compares the same object as equal without calling it).
        for _, record in merge(*lists):
            if record.id not in seen and record.id not in skip:
                seen.add(record.id)
                yield record
