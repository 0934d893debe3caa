"""The in-memory directory: every service, a spatial grid of sites and an area lookup.

Built once per directory version from plain records and then only read, so requests
share it without locks. A referral touches no database: that is what keeps routing fast
and lets crisis lines be served when the database is down.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from math import cos, floor, radians

from app.routing.geometry import MILES_PER_DEGREE_LAT, haversine_miles
from app.routing.profile import Place
from app.routing.records import ServiceRecord, Site

CELL_DEGREES = 0.5  # about 35 miles north-south: a typical search touches a few cells


@dataclass(frozen=True, slots=True)
class Nearby:
    service: ServiceRecord
    site: Site
    miles: float


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return floor(lat / CELL_DEGREES), floor(lon / CELL_DEGREES)


class DirectoryIndex:
    """Read-only lookups over one version of the directory."""

    def __init__(self, records: Iterable[ServiceRecord], version: str) -> None:
        self.version = version
        self.services: tuple[ServiceRecord, ...] = tuple(sorted(records, key=lambda r: r.id))
        self.by_id = {r.id: r for r in self.services}
        self.crisis_lines = tuple(r for r in self.services if r.is_crisis)
        self._grid: dict[tuple[int, int], list[tuple[ServiceRecord, Site]]] = defaultdict(list)
        self._national: list[ServiceRecord] = []
        self._by_state: dict[str, list[ServiceRecord]] = defaultdict(list)
        self._by_zip: dict[str, list[ServiceRecord]] = defaultdict(list)
        for record in self.services:
            self._add(record)

    def _add(self, record: ServiceRecord) -> None:
        for site in record.sites:
            if site.latitude is not None and site.longitude is not None:
                self._grid[_cell(site.latitude, site.longitude)].append((record, site))
        for area in record.areas:
            if area.type == "national":
                self._national.append(record)
            elif area.type in ("state", "county"):
                for state in area.states or {c.split(":")[0].upper() for c in area.counties}:
                    self._by_state[state].append(record)
            elif area.type == "zip":
                for code in area.postal_codes:
                    self._by_zip[code].append(record)
            elif area.type == "radius" and area.latitude is not None and area.longitude is not None:
                pseudo = Site(
                    id=f"{record.id}#area",
                    latitude=area.latitude,
                    longitude=area.longitude,
                    confidential=True,
                )
                self._grid[_cell(area.latitude, area.longitude)].append((record, pseudo))

    def __len__(self) -> int:
        return len(self.services)

    def near(self, latitude: float, longitude: float, miles: float) -> list[Nearby]:
        """Services with a site (or radius-area centre) within `miles`, nearest site each."""
        dlat = miles / MILES_PER_DEGREE_LAT
        dlon = miles / (MILES_PER_DEGREE_LAT * max(0.05, cos(radians(latitude))))
        (lat0, lon0), (lat1, lon1) = (
            _cell(latitude - dlat, longitude - dlon),
            _cell(latitude + dlat, longitude + dlon),
        )
        best: dict[str, Nearby] = {}
        for i in range(lat0, lat1 + 1):
            for j in range(lon0, lon1 + 1):
                for record, site in self._grid.get((i, j), ()):
                    d = haversine_miles(
                        latitude, longitude, site.latitude or 0.0, site.longitude or 0.0
                    )
                    if d <= miles and (record.id not in best or d < best[record.id].miles):
                        best[record.id] = Nearby(record, site, d)
        return sorted(best.values(), key=lambda n: (n.miles, n.service.id))

    def covering(self, place: Place | None) -> list[ServiceRecord]:
        """Services whose declared area is national, or names the place's state or ZIP."""
        found = {r.id: r for r in self._national}
        if place is not None:
            for record in self._by_state.get(place.state or "", ()):
                found[record.id] = record
            for record in self._by_zip.get(place.postal_code or "", ()):
                found[record.id] = record
        return [found[k] for k in sorted(found)]
