"""Every located site of every rankable service, for finding what is near a point.

Sites are kept sorted by grid cell, so the cells around a point come out as one slice of
the arrays per row of cells, and their distances are measured at once. Each service keeps
its nearest site; a tie goes to the site it lists first.
"""

from collections import defaultdict
from collections.abc import Sequence
from math import cos, floor, radians

import numpy as np
from numpy.typing import NDArray

from app.routing.geometry import MILES_PER_DEGREE_LAT, haversine_miles_from
from app.routing.records import ServiceRecord
from app.routing.row_sets import EMPTY_ROWS, Floats, Rows, sorted_rows

CELL_DEGREES = 0.05  # about 3.5 miles north-south: a 25-mile search reads ~15 slices
_OFFSET, _SPAN = 1 << 16, 1 << 18  # cell (i, j) -> one sortable integer key


def _cell_key(i: NDArray[np.int64] | int, j: NDArray[np.int64] | int) -> NDArray[np.int64]:
    return (np.asarray(i, dtype=np.int64) + _OFFSET) * _SPAN + (j + _OFFSET)


def _nearest_per_row(rows: Rows, miles: Floats, slots: Rows) -> tuple[Rows, Floats, Rows]:
    """One entry per row, rows ascending: the least miles, then the first listed site."""
    order = np.argsort(rows)
    rows, miles, slots = rows[order], miles[order], slots[order]
    repeated = rows[1:] == rows[:-1]
    if not repeated.any():  # most services have one site: nothing to choose
        return rows, miles, slots
    in_group = np.zeros(len(rows), dtype=np.bool_)
    in_group[1:] |= repeated
    in_group[:-1] |= repeated
    group = np.flatnonzero(in_group)
    ranked = group[np.lexsort((slots[group], miles[group], rows[group]))]
    keep = ~in_group
    keep[ranked[np.concatenate(([True], rows[ranked][1:] != rows[ranked][:-1]))]] = True
    return rows[keep], miles[keep], slots[keep]


class SiteTable:
    """Every located site of every service, sorted by grid cell."""

    def __init__(self, records: Sequence[ServiceRecord]) -> None:
        found = [
            (row, slot, site.latitude, site.longitude)
            for row, record in enumerate(records)
            for slot, site in enumerate(record.sites)
            if site.latitude is not None and site.longitude is not None
        ]
        lats = np.array([f[2] for f in found], dtype=np.float64)
        lons = np.array([f[3] for f in found], dtype=np.float64)
        keys = _cell_key(np.floor(lats / CELL_DEGREES), np.floor(lons / CELL_DEGREES))
        order = np.argsort(keys, kind="stable")  # within a cell: by row, then site
        self.keys, self.lons = keys[order], lons[order]
        self.radians = np.radians(lats[order])
        self.cosines = np.cos(self.radians)
        self.rows = np.array([f[0] for f in found], dtype=np.intp)[order]
        self.slots = np.array([f[1] for f in found], dtype=np.intp)[order]
        by_state: dict[str, dict[int, int]] = defaultdict(dict)
        for row, record in enumerate(records):
            for slot, site in enumerate(record.sites):
                if site.state:
                    by_state[site.state].setdefault(row, slot)  # the first in the state
        self._in_state = {
            state: (sorted_rows(first), np.array([first[r] for r in sorted(first)], dtype=np.intp))
            for state, first in by_state.items()
        }

    def within(self, lat: float, lon: float, miles: float) -> tuple[Rows, Floats, Rows]:
        """Services with a site within `miles`: rows ascending, the nearest site's miles and
        position (a tie between a service's sites goes to the one it lists first)."""
        bound = (miles * 1.02 + 0.5) * 1.000001 + 1e-9  # a margin far above rounding
        dlat = bound / MILES_PER_DEGREE_LAT
        cos_min = cos(radians(min(90.0, abs(lat) + dlat)))
        # Near a pole the box spans every longitude: never more than once round.
        dlon = min(360.0, bound / (MILES_PER_DEGREE_LAT * cos_min) if cos_min > 1e-6 else 360.0)
        rows_of_cells = np.arange(
            floor(max(-90.0, lat - dlat) / CELL_DEGREES),
            floor(min(90.0, lat + dlat) / CELL_DEGREES) + 1,
        )
        windows = [(lon - dlon, lon + dlon)]
        if dlon < 180.0:  # across the 180th meridian, the box goes on at the other side
            if lon - dlon < -180.0:
                windows.append((lon - dlon + 360.0, 180.0))
            if lon + dlon > 180.0:
                windows.append((-180.0, lon + dlon - 360.0))
        taken = np.concatenate([self._slices(rows_of_cells, west, east) for west, east in windows])
        d = haversine_miles_from(
            lat, lon, self.radians[taken], self.cosines[taken], self.lons[taken]
        )
        close = d <= miles
        taken, d = taken[close], d[close]
        return _nearest_per_row(self.rows[taken], d, self.slots[taken])

    def _slices(self, rows_of_cells: NDArray[np.int64], west: float, east: float) -> Rows:
        """Positions of the sites in these rows of cells, between two longitudes' cells."""
        j0, j1 = floor(west / CELL_DEGREES), floor(east / CELL_DEGREES)
        starts = np.searchsorted(self.keys, _cell_key(rows_of_cells, j0), side="left")
        lengths = np.searchsorted(self.keys, _cell_key(rows_of_cells, j1), side="right") - starts
        # One slice per row of cells, as one index array: start + position within the slice.
        firsts = np.cumsum(lengths) - lengths
        return np.arange(int(lengths.sum())) + np.repeat(starts - firsts, lengths)

    def in_state(self, state: str) -> tuple[Rows, Rows]:
        """Services with a site in the state: rows ascending and their first such site."""
        return self._in_state.get(state, (EMPTY_ROWS, EMPTY_ROWS))
