"""The in-memory directory: every service, a spatial grid of sites and an area lookup.

Built once per directory version from plain records and then only read, so requests
share it without locks. A referral touches no database: that is what keeps routing fast
and lets crisis lines be served when the database is down.

Two lookups feed routing. `near()` finds services with a physical site close to a point
(for in-person help). `covering()` finds services whose declared service area may include
the person: national, their state, their county, their ZIP, or a radius whose circle
contains them. Eligibility then checks each candidate precisely.
"""

from collections.abc import Iterable, Iterator
from heapq import heappop, heappush
from math import asin, cos, radians, sin, sqrt

from app.routing.area_index import AreaLists, contains
from app.routing.columns import ServiceColumns
from app.routing.geometry import EARTH_RADIUS_MILES, MILES_PER_DEGREE_LAT, haversine_miles
from app.routing.grid import SiteGrid
from app.routing.priority import suitability
from app.routing.profile import Place
from app.routing.reach import AreaTable, Reach, SiteTable, reach
from app.routing.records import Area, Nearby, ServiceRecord, Site

# A search reads rings of cells outward and stops as soon as the caller has enough. Cells
# of about 3.5 miles north-south suit most places; where the person's nine cells hold many
# sites, a grid four times finer is read instead, so a dense metro measures far fewer sites
# than its first rings hold. Measured at 100k services: small towns took 1.5-2x longer on
# the fine grid, places with over ~100 sites near took 1.3-4x less.
CELL_DEGREES = 0.05
FINE_CELL_DEGREES = 0.0125
DENSE_SITES = 100


# A located site as the grids keep it: latitude, longitude, radians(latitude) and its cosine
# (precomputed so a search runs haversine_miles' exact arithmetic without recomputing them),
# the service id, and the entry's number (a unique tie-break, so the search's heap never
# compares records).
_Entry = tuple[float, float, float, float, str, int, ServiceRecord, Site]


class DirectoryIndex:
    """Read-only lookups over one version of the directory."""

    def __init__(self, records: Iterable[ServiceRecord], version: str) -> None:
        self.version = version
        self.services: tuple[ServiceRecord, ...] = tuple(sorted(records, key=lambda r: r.id))
        self.by_id = {r.id: r for r in self.services}
        self.crisis_lines = tuple(r for r in self.services if r.is_crisis)
        self._grid: SiteGrid[_Entry] = SiteGrid(CELL_DEGREES)
        self._fine: SiteGrid[_Entry] = SiteGrid(FINE_CELL_DEGREES)
        # Services usable only by visiting a located site: near() is how those are found.
        self._in_person_only: set[str] = set()
        self._areas = AreaLists()
        for record in self.services:
            if not record.is_crisis:  # crisis lines are chosen by triage, never by place
                self._add(record)
        self._grid.finish()
        self._fine.finish()
        ranked = sorted(self.services, key=suitability)
        self._areas.finish({r.id: i for i, r in enumerate(ranked)})
        # What ranking reads: every service but the crisis lines, as columns.
        self.columns = ServiceColumns([r for r in self.services if not r.is_crisis])
        self._site_table = SiteTable(self.columns.records)
        self._area_table = AreaTable(self.columns.records)

    def _add(self, record: ServiceRecord) -> None:
        located = False
        for site in record.sites:
            lat, lon = site.latitude, site.longitude
            if lat is not None and lon is not None:
                p = radians(lat)
                entry = (lat, lon, p, cos(p), record.id, self._grid.count, record, site)
                self._grid.add(lat, lon, entry)
                self._fine.add(lat, lon, entry)
                located = True
        if located and (record.delivery or {"in_person"}) == {"in_person"}:
            self._in_person_only.add(record.id)
        self._areas.add(record, located=located)

    def reach(self, place: Place | None, miles: float) -> Reach:
        """Every ranking candidate for a place: a site within `miles`, or an area covering it."""
        c = self.columns
        return reach(self._site_table, self._area_table, c.in_person_only, c.no_areas, place, miles)

    def __len__(self) -> int:
        return len(self.services)

    def near(self, latitude: float, longitude: float, miles: float) -> list[Nearby]:
        """Services with a site within `miles`, nearest site each, nearest first."""
        return list(self.near_iter(latitude, longitude, miles))

    def near_iter(self, latitude: float, longitude: float, miles: float) -> Iterator[Nearby]:
        """Yield services with a site within `miles`, nearest first, reading rings of cells
        outward only as far as the caller keeps asking (ties by service id)."""
        grid = self._grid
        if grid.around(latitude, longitude) > DENSE_SITES:
            grid = self._fine
        degrees, cells, occupied = grid.degrees, grid.cells, grid.occupied
        ci, cj = grid.cell(latitude, longitude)
        reach = min(89.0, abs(latitude) + miles / MILES_PER_DEGREE_LAT + degrees)
        # The narrowest cell side within reach: after ring k, nothing unread is nearer than k steps.
        step = degrees * MILES_PER_DEGREE_LAT * max(0.05, cos(radians(reach)))
        # The box outside which no point is within `miles` (a margin far above rounding):
        # four comparisons spare most far points the haversine.
        bound = (miles * 1.02 + 0.5) * 1.000001 + 1e-9
        dlat_max = bound / MILES_PER_DEGREE_LAT
        lat_lo, lat_hi = latitude - dlat_max, latitude + dlat_max
        cos_min = cos(radians(min(90.0, abs(latitude) + dlat_max)))
        dlon_max = bound / (MILES_PER_DEGREE_LAT * cos_min) if cos_min > 1e-6 else 360.0
        lon_lo, lon_hi = longitude - dlon_max, longitude + dlon_max
        p1 = radians(latitude)
        cos_p1 = cos(p1)
        diameter = 2 * EARTH_RADIUS_MILES
        heap: list[tuple[float, str, int, ServiceRecord, Site]] = []
        done: set[str] = set()
        for k in range(int(miles // step) + 2):
            # A ring wholly inside the box needs no per-site box test.
            inside = (
                (ci - k) * degrees >= lat_lo
                and (ci + k + 1) * degrees <= lat_hi
                and (cj - k) * degrees >= lon_lo
                and (cj + k + 1) * degrees <= lon_hi
            )
            for cell in occupied.ring(ci, cj, k):
                for lat, lon, p2, cos_p2, record_id, number, record, site in cells[cell]:
                    if not inside and (
                        lat < lat_lo or lat > lat_hi or lon < lon_lo or lon > lon_hi
                    ):
                        continue
                    # haversine_miles(latitude, longitude, lat, lon), operation for operation
                    # (the min() written out: a builtin call costs more than the comparison).
                    dlat, dlon = p2 - p1, radians(lon - longitude)
                    h = sin(dlat / 2) ** 2 + cos_p1 * cos_p2 * sin(dlon / 2) ** 2
                    root = sqrt(h)
                    d = diameter * asin(root if root < 1.0 else 1.0)
                    if d <= miles:
                        heappush(heap, (d, record_id, number, record, site))
            limit = k * step
            while heap and heap[0][0] <= limit:
                d, record_id, _, record, site = heappop(heap)
                if record_id not in done:
                    done.add(record_id)
                    yield Nearby(record, site, d)
        while heap:
            d, record_id, _, record, site = heappop(heap)
            if record_id not in done:
                done.add(record_id)
                yield Nearby(record, site, d)

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

    def covering(self, place: Place | None) -> list[ServiceRecord]:
        """Services whose declared area includes the place (or that declare none), by id."""
        return sorted(self._areas.best_first(place, set()), key=lambda r: r.id)

    def covering_best_first(self, place: Place | None) -> Iterator[ServiceRecord]:
        """Services whose area includes the place, most suitable kinds first, read lazily.

        For a located place, services usable only in person at a located site are left
        out: near_iter() finds those, nearest first.
        """
        located = place is not None and place.has_point
        return self._areas.best_first(place, self._in_person_only if located else set())


def area_contains_point(area: Area, latitude: float, longitude: float) -> bool:
    """Say whether a radius area's circle contains the point."""
    return contains(area, latitude, longitude)
