"""The in-memory directory: every service, a spatial grid of sites and an area lookup.

Built once per directory version from plain records and then only read, so requests
share it without locks. A referral touches no database: that is what keeps routing fast
and lets crisis lines be served when the database is down.

Two lookups feed routing. `near()` finds services with a physical site close to a point
(for in-person help). `covering()` finds services whose declared service area may include
the person: national, their state, their county, their ZIP, or a radius whose circle
contains them. Eligibility then checks each candidate precisely.
"""

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from heapq import heappop, heappush
from math import cos, floor, radians

from app.routing.geometry import MILES_PER_DEGREE_LAT, haversine_miles
from app.routing.profile import Place
from app.routing.records import Area, ServiceRecord, Site

# About 7 miles north-south: a search reads rings of small cells outward and stops as soon
# as the caller has enough, so a dense metro costs about what a small town does.
CELL_DEGREES = 0.1


@dataclass(frozen=True, slots=True)
class Nearby:
    service: ServiceRecord
    site: Site
    miles: float


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return floor(lat / CELL_DEGREES), floor(lon / CELL_DEGREES)


def _roughly_within(lat1: float, lon1: float, lat2: float, lon2: float, miles: float) -> bool:
    # A flat-earth bound, slightly generous, so haversine runs only on plausible points.
    dy = (lat2 - lat1) * MILES_PER_DEGREE_LAT
    dx = (lon2 - lon1) * MILES_PER_DEGREE_LAT * cos(radians((lat1 + lat2) / 2))
    return dx * dx + dy * dy <= (miles * 1.02 + 0.5) ** 2


def _cells_within(latitude: float, longitude: float, miles: float) -> Iterable[tuple[int, int]]:
    dlat = miles / MILES_PER_DEGREE_LAT
    dlon = miles / (MILES_PER_DEGREE_LAT * max(0.05, cos(radians(latitude))))
    (lat0, lon0), (lat1, lon1) = (
        _cell(latitude - dlat, longitude - dlon),
        _cell(latitude + dlat, longitude + dlon),
    )
    for i in range(lat0, lat1 + 1):
        for j in range(lon0, lon1 + 1):
            yield i, j


def _ring(ci: int, cj: int, k: int) -> Iterable[tuple[int, int]]:
    """The cells exactly k steps (Chebyshev) from cell (ci, cj)."""
    if k == 0:
        yield ci, cj
        return
    for j in range(cj - k, cj + k + 1):
        yield ci - k, j
        yield ci + k, j
    for i in range(ci - k + 1, ci + k):
        yield i, cj - k
        yield i, cj + k


def county_key(state: str | None, county: str | None) -> str:
    """Key a county as areas store it: 'nc:durham'."""
    return f"{(state or '').lower()}:{(county or '').lower()}"


class DirectoryIndex:
    """Read-only lookups over one version of the directory."""

    def __init__(self, records: Iterable[ServiceRecord], version: str) -> None:
        self.version = version
        self.services: tuple[ServiceRecord, ...] = tuple(sorted(records, key=lambda r: r.id))
        self.by_id = {r.id: r for r in self.services}
        self.crisis_lines = tuple(r for r in self.services if r.is_crisis)
        self._grid: dict[tuple[int, int], list[tuple[ServiceRecord, Site]]] = defaultdict(list)
        self._radius: dict[tuple[int, int], list[tuple[ServiceRecord, Area]]] = defaultdict(list)
        self._max_radius = 0.0
        # Radius areas of services usable without a visit (remote or siteless): the only
        # ones a located person can need beyond what near() finds.
        self._radius_remote: dict[tuple[int, int], list[tuple[ServiceRecord, Area]]] = defaultdict(
            list
        )
        self._max_radius_remote = 0.0
        self._in_person_only: set[str] = set()
        self._national: list[ServiceRecord] = []
        self._unrestricted: list[ServiceRecord] = []  # no declared area and no located site
        self._by_state: dict[str, list[ServiceRecord]] = defaultdict(list)
        self._by_county: dict[str, list[ServiceRecord]] = defaultdict(list)
        self._counties_in_state: dict[str, list[ServiceRecord]] = defaultdict(list)
        self._by_zip: dict[str, list[ServiceRecord]] = defaultdict(list)
        for record in self.services:
            if not record.is_crisis:  # crisis lines are chosen by triage, never by place
                self._add(record)

    def _add(self, record: ServiceRecord) -> None:
        located = False
        for site in record.sites:
            if site.latitude is not None and site.longitude is not None:
                self._grid[_cell(site.latitude, site.longitude)].append((record, site))
                located = True
        if not record.areas and not located:
            self._unrestricted.append(record)
        visit_only = located and (record.delivery or {"in_person"}) == {"in_person"}
        if visit_only:
            self._in_person_only.add(record.id)
        for area in record.areas:
            if area.type == "national":
                self._national.append(record)
            elif area.type == "state":
                for state in area.states:
                    self._by_state[state].append(record)
            elif area.type == "county":
                for key in area.counties:
                    self._by_county[key].append(record)
                    self._counties_in_state[key.split(":")[0].upper()].append(record)
            elif area.type == "zip":
                for code in area.postal_codes:
                    self._by_zip[code].append(record)
            elif area.type == "radius" and area.latitude is not None and area.longitude is not None:
                self._radius[_cell(area.latitude, area.longitude)].append((record, area))
                self._max_radius = max(self._max_radius, area.radius_miles or 0.0)
                if not visit_only:
                    cell = _cell(area.latitude, area.longitude)
                    self._radius_remote[cell].append((record, area))
                    self._max_radius_remote = max(self._max_radius_remote, area.radius_miles or 0)

    def __len__(self) -> int:
        return len(self.services)

    def near(self, latitude: float, longitude: float, miles: float) -> list[Nearby]:
        """Services with a site within `miles`, nearest site each, nearest first."""
        return list(self.near_iter(latitude, longitude, miles))

    def near_iter(self, latitude: float, longitude: float, miles: float) -> Iterator[Nearby]:
        """Yield services with a site within `miles`, nearest first, reading rings of cells
        outward only as far as the caller keeps asking (ties by service id)."""
        ci, cj = _cell(latitude, longitude)
        reach = min(89.0, abs(latitude) + miles / MILES_PER_DEGREE_LAT + CELL_DEGREES)
        # The narrowest cell side within reach: after ring k, nothing unread is nearer than k steps.
        step = CELL_DEGREES * MILES_PER_DEGREE_LAT * max(0.05, cos(radians(reach)))
        heap: list[tuple[float, str, int, Nearby]] = []
        done: set[str] = set()
        seq = 0
        for k in range(int(miles // step) + 2):
            for cell in _ring(ci, cj, k):
                for record, site in self._grid.get(cell, ()):
                    lat, lon = site.latitude or 0.0, site.longitude or 0.0
                    if not _roughly_within(latitude, longitude, lat, lon, miles):
                        continue
                    d = haversine_miles(latitude, longitude, lat, lon)
                    if d <= miles:
                        seq += 1
                        heappush(heap, (d, record.id, seq, Nearby(record, site, d)))
            while heap and heap[0][0] <= k * step:
                _, record_id, _, hit = heappop(heap)
                if record_id not in done:
                    done.add(record_id)
                    yield hit
        while heap:
            _, record_id, _, hit = heappop(heap)
            if record_id not in done:
                done.add(record_id)
                yield hit

    def nearest_site(
        self, record: ServiceRecord, latitude: float, longitude: float
    ) -> Nearby | None:
        """The record's nearest located site, whatever the distance."""
        best: Nearby | None = None
        for site in record.sites:
            if site.latitude is None or site.longitude is None:
                continue
            d = haversine_miles(latitude, longitude, site.latitude, site.longitude)
            if best is None or d < best.miles:
                best = Nearby(record, site, d)
        return best

    def _radius_covering(
        self, latitude: float, longitude: float, remote: bool
    ) -> Iterable[ServiceRecord]:
        grid = self._radius_remote if remote else self._radius
        reach = self._max_radius_remote if remote else self._max_radius
        for cell in _cells_within(latitude, longitude, reach):
            for record, area in grid.get(cell, ()):
                if area.latitude is None or area.longitude is None or area.radius_miles is None:
                    continue
                if not _roughly_within(
                    latitude, longitude, area.latitude, area.longitude, area.radius_miles
                ):
                    continue
                if area_contains_point(area, latitude, longitude):
                    yield record

    def covering(self, place: Place | None, *, beyond_near: bool = False) -> list[ServiceRecord]:
        """Services whose declared area may include the place (or that declare none).

        `beyond_near`: for a located place, leave out services that can only be used in
        person at a located site, because near() is how those are found.
        """
        found = {r.id: r for r in self._national}
        found.update((r.id, r) for r in self._unrestricted)
        if place is not None:
            state = (place.state or "").upper()
            groups: list[Iterable[ServiceRecord]] = [self._by_state.get(state, ())]
            if place.county:
                groups.append(self._by_county.get(county_key(state, place.county), ()))
            else:  # a state-only place: any county of the state may be the person's
                groups.append(self._counties_in_state.get(state, ()))
            groups.append(self._by_zip.get((place.postal_code or "")[:5], ()))
            located = place.latitude is not None and place.longitude is not None
            if located and self._max_radius:
                point = (place.latitude or 0.0, place.longitude or 0.0)
                groups.append(self._radius_covering(*point, remote=beyond_near))
            skip: set[str] = self._in_person_only if beyond_near and located else set()
            for group in groups:
                found.update((r.id, r) for r in group if r.id not in skip)
        return [found[k] for k in sorted(found)]


def area_contains_point(area: Area, latitude: float, longitude: float) -> bool:
    """Say whether a radius area's circle contains the point."""
    if area.latitude is None or area.longitude is None or area.radius_miles is None:
        return False
    return haversine_miles(latitude, longitude, area.latitude, area.longitude) <= area.radius_miles
