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
from collections.abc import Iterable
from dataclasses import dataclass
from math import cos, floor, radians

from app.routing.geometry import MILES_PER_DEGREE_LAT, haversine_miles
from app.routing.profile import Place
from app.routing.records import Area, ServiceRecord, Site

CELL_DEGREES = 0.5  # about 35 miles north-south: a typical search touches a few cells


@dataclass(frozen=True, slots=True)
class Nearby:
    service: ServiceRecord
    site: Site
    miles: float


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return floor(lat / CELL_DEGREES), floor(lon / CELL_DEGREES)


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

    def __len__(self) -> int:
        return len(self.services)

    def near(self, latitude: float, longitude: float, miles: float) -> list[Nearby]:
        """Services with a site within `miles`, nearest site each, nearest first."""
        best: dict[str, Nearby] = {}
        for cell in _cells_within(latitude, longitude, miles):
            for record, site in self._grid.get(cell, ()):
                d = haversine_miles(
                    latitude, longitude, site.latitude or 0.0, site.longitude or 0.0
                )
                if d <= miles and (record.id not in best or d < best[record.id].miles):
                    best[record.id] = Nearby(record, site, d)
        return sorted(best.values(), key=lambda n: (n.miles, n.service.id))

    def _radius_covering(self, latitude: float, longitude: float) -> Iterable[ServiceRecord]:
        for cell in _cells_within(latitude, longitude, self._max_radius):
            for record, area in self._radius.get(cell, ()):
                if area_contains_point(area, latitude, longitude):
                    yield record

    def covering(self, place: Place | None) -> list[ServiceRecord]:
        """Services whose declared area may include the place (or that declare none)."""
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
            if place.latitude is not None and place.longitude is not None and self._max_radius:
                groups.append(self._radius_covering(place.latitude, place.longitude))
            for group in groups:
                found.update((r.id, r) for r in group)
        return [found[k] for k in sorted(found)]


def area_contains_point(area: Area, latitude: float, longitude: float) -> bool:
    """Say whether a radius area's circle contains the point."""
    if area.latitude is None or area.longitude is None or area.radius_miles is None:
        return False
    return haversine_miles(latitude, longitude, area.latitude, area.longitude) <= area.radius_miles
