"""The in-memory directory: one version's services, and what ranking and search read.

Built once per directory version from plain records and then only read, so requests
share it without locks. A referral touches no database: that is what keeps routing fast
and lets crisis lines be served when the database is down.

Crisis lines are chosen by triage, never by place: every other service becomes a row of
the columns ranking judges (columns.py), of the site table (`near()`: a physical site
close to a point) and of the area table (`covering()`: a declared area that includes a
place). `reach()` is both at once: a request's candidates.
"""

from collections.abc import Iterable, Iterator

import numpy as np

from app.routing.area_index import AreaTable
from app.routing.columns import ServiceColumns
from app.routing.profile import Place
from app.routing.reach import Reach, reach
from app.routing.records import Nearby, ServiceRecord
from app.routing.site_table import SiteTable


class DirectoryIndex:
    """Read-only lookups over one version of the directory."""

    def __init__(self, records: Iterable[ServiceRecord], version: str) -> None:
        self.version = version
        self.services: tuple[ServiceRecord, ...] = tuple(sorted(records, key=lambda r: r.id))
        self.by_id = {r.id: r for r in self.services}
        self.crisis_lines = tuple(r for r in self.services if r.is_crisis)
        self.columns = ServiceColumns([r for r in self.services if not r.is_crisis])
        self._sites = SiteTable(self.columns.records)
        self._areas = AreaTable(self.columns.records)

    def __len__(self) -> int:
        return len(self.services)

    def reach(self, place: Place | None, miles: float) -> Reach:
        """Every ranking candidate for a place: a site within `miles`, or an area covering it."""
        c = self.columns
        return reach(self._sites, self._areas, c.in_person_only, c.no_areas, place, miles)

    def near(self, latitude: float, longitude: float, miles: float) -> list[Nearby]:
        """Services with a site within `miles`, nearest site each, nearest first (ties by id)."""
        return list(self.near_iter(latitude, longitude, miles))

    def near_iter(self, latitude: float, longitude: float, miles: float) -> Iterator[Nearby]:
        """near(), one service at a time: the distances are measured at once, but a caller
        that stops early makes only the answers it read."""
        rows, distances, slots = self._sites.within(latitude, longitude, miles)
        records = self.columns.records
        for i in np.lexsort((rows, distances)):
            record = records[rows[i]]
            yield Nearby(record, record.sites[slots[i]], float(distances[i]))

    def covering(self, place: Place | None) -> list[ServiceRecord]:
        """Services whose declared area includes the place (or that declare none and have no
        site: online), by id."""
        records = self.columns.records
        return [records[row] for row in self._areas.covering(place)]
