"""Who can be reached from a place: services with a site near it, and services whose
declared area includes it. Together they are a request's candidates, every one of them:
eligibility and scoring then run over all of them at once, so no better service is left
unread however dense the place.

Sites are kept sorted by grid cell, so the cells around a point come out as one slice of
the arrays per row of cells; their distances are measured at once. Areas are kept as
sorted row lists per state, county, ZIP and national; radius circles are filed by the
coarse cells they touch and tested at once.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from math import cos, floor, radians
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from app.routing.area_index import county_key
from app.routing.geometry import MILES_PER_DEGREE_LAT, haversine_miles_from
from app.routing.profile import Place
from app.routing.records import Area, ServiceRecord

Rows = NDArray[np.intp]
Floats = NDArray[np.float64]
Mask = NDArray[np.bool_]

CELL_DEGREES = 0.05  # about 3.5 miles north-south: a 25-mile search reads ~15 slices
RASTER_DEGREES = 0.5  # radius circles are filed on cells this size (about 35 miles)
_OFFSET, _SPAN = 1 << 16, 1 << 18  # cell (i, j) -> one sortable integer key
EMPTY_ROWS: Rows = np.zeros(0, dtype=np.intp)


class Reach(NamedTuple):
    """A request's candidates, ascending by row, and what the place says of each."""

    rows: Rows
    on_site: Mask  # can be visited: a site within the distance (or, without a point, in the state)
    miles: Floats  # to that site (nan when unknown)
    site: Rows  # that site's position in record.sites (-1 when none)
    in_area: Mask  # the service's declared area includes the place, or it declares none


def _rows(values: Iterable[int]) -> Rows:
    return np.array(sorted(values), dtype=np.intp)


def _unique(rows: Rows) -> Rows:
    """Sorted and without repeats; the input is a few sorted lists end to end, which a
    stable sort (a merge of runs) orders in about linear time."""
    rows = np.sort(rows, kind="stable")
    return rows[np.concatenate(([True], rows[1:] != rows[:-1]))] if len(rows) else rows


def _member(rows: Rows, sorted_set: Rows) -> tuple[Mask, Rows]:
    """Which rows are in the sorted set, and where (positions valid only where they are)."""
    at = np.minimum(np.searchsorted(sorted_set, rows), max(len(sorted_set) - 1, 0))
    if not len(sorted_set):
        return np.zeros(len(rows), dtype=np.bool_), at
    return sorted_set[at] == rows, at


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
            state: (_rows(first), np.array([first[r] for r in sorted(first)], dtype=np.intp))
            for state, first in by_state.items()
        }

    def within(self, lat: float, lon: float, miles: float) -> tuple[Rows, Floats, Rows]:
        """Services with a site within `miles`: rows ascending, the nearest site's miles and
        position (a tie between a service's sites goes to the one it lists first)."""
        bound = (miles * 1.02 + 0.5) * 1.000001 + 1e-9  # a margin far above rounding
        dlat = bound / MILES_PER_DEGREE_LAT
        cos_min = cos(radians(min(90.0, abs(lat) + dlat)))
        dlon = bound / (MILES_PER_DEGREE_LAT * cos_min) if cos_min > 1e-6 else 360.0
        i = np.arange(floor((lat - dlat) / CELL_DEGREES), floor((lat + dlat) / CELL_DEGREES) + 1)
        j0, j1 = floor((lon - dlon) / CELL_DEGREES), floor((lon + dlon) / CELL_DEGREES)
        starts = np.searchsorted(self.keys, _cell_key(i, j0), side="left")
        lengths = np.searchsorted(self.keys, _cell_key(i, j1), side="right") - starts
        # One slice per row of cells, as one index array: start + position within the slice.
        firsts = np.cumsum(lengths) - lengths
        taken = np.arange(int(lengths.sum())) + np.repeat(starts - firsts, lengths)
        d = haversine_miles_from(
            lat, lon, self.radians[taken], self.cosines[taken], self.lons[taken]
        )
        close = d <= miles
        taken, d = taken[close], d[close]
        return _nearest_per_row(self.rows[taken], d, self.slots[taken])

    def in_state(self, state: str) -> tuple[Rows, Rows]:
        """Services with a site in the state: rows ascending and their first such site."""
        return self._in_state.get(state, (EMPTY_ROWS, EMPTY_ROWS))


class _Circles(NamedTuple):
    rows: Rows
    lats: Floats
    radians: Floats  # of the latitudes, and their cosines: kept for the distance
    cosines: Floats
    lons: Floats
    radii: Floats


def _is_circle(area: Area) -> bool:
    return None not in (area.latitude, area.longitude, area.radius_miles)


def _circles(pairs: list[tuple[int, Area]]) -> _Circles:
    lats = np.array([a.latitude for _, a in pairs], dtype=np.float64)
    return _Circles(
        rows=np.array([row for row, _ in pairs], dtype=np.intp),
        lats=lats,
        radians=np.radians(lats),
        cosines=np.cos(np.radians(lats)),
        lons=np.array([a.longitude for _, a in pairs], dtype=np.float64),
        radii=np.array([a.radius_miles for _, a in pairs], dtype=np.float64),
    )


def _raster_cell(lat: float, lon: float) -> tuple[int, int]:
    return floor(lat / RASTER_DEGREES), floor(lon / RASTER_DEGREES)


def _cells_touching(area: Area) -> list[tuple[int, int]]:
    """Coarse cells that the circle may reach (its bounding box, a little generous)."""
    lat, lon, miles = area.latitude or 0.0, area.longitude or 0.0, area.radius_miles or 0.0
    dlat = miles / MILES_PER_DEGREE_LAT + 0.01
    dlon = miles / (MILES_PER_DEGREE_LAT * max(0.05, cos(radians(min(89.0, abs(lat) + dlat)))))
    (i0, j0), (i1, j1) = _raster_cell(lat - dlat, lon - dlon), _raster_cell(lat + dlat, lon + dlon)
    return [(i, j) for i in range(i0, i1 + 1) for j in range(j0, j1 + 1)]


class AreaTable:
    """Which services declare an area including a place, by kind of area."""

    def __init__(self, records: Sequence[ServiceRecord]) -> None:
        everywhere: set[int] = set()
        tables: tuple[dict[str, set[int]], ...] = tuple(defaultdict(set) for _ in range(4))
        by_state, by_county, counties_in_state, by_zip = tables
        circles: dict[tuple[int, int], list[tuple[int, Area]]] = defaultdict(list)
        for row, record in enumerate(records):
            if not record.areas and not record.located:
                everywhere.add(row)  # no declared area and nowhere to visit: online
            for area in record.areas:
                if area.type == "national":
                    everywhere.add(row)
                elif area.type == "state":
                    for state in area.states:
                        by_state[state].add(row)
                elif area.type == "county":
                    for key in area.counties:
                        by_county[key].add(row)
                        counties_in_state[key.split(":")[0].upper()].add(row)
                elif area.type == "zip":
                    for code in area.postal_codes:
                        by_zip[code].add(row)
                elif area.type == "radius" and _is_circle(area):
                    for cell in _cells_touching(area):
                        circles[cell].append((row, area))
        self._everywhere = _rows(everywhere)
        self._by_state, self._by_county, self._counties_in_state, self._by_zip = (
            {key: _rows(rows) for key, rows in table.items()} for table in tables
        )
        self._circles = {cell: _circles(pairs) for cell, pairs in circles.items()}

    def covering(self, place: Place | None) -> Rows:
        """Rows whose declared area includes the place, ascending, each once."""
        lists = [self._everywhere]
        if place is not None:
            state = (place.state or "").upper()
            lists.append(self._by_state.get(state, EMPTY_ROWS))
            if place.county:
                lists.append(self._by_county.get(county_key(state, place.county), EMPTY_ROWS))
            else:  # a state-only place: any county of the state may be the person's
                lists.append(self._counties_in_state.get(state, EMPTY_ROWS))
            lists.append(self._by_zip.get((place.postal_code or "")[:5], EMPTY_ROWS))
            if place.latitude is not None and place.longitude is not None:
                lists.append(self._inside_circles(place.latitude, place.longitude))
        return _unique(np.concatenate(lists))

    def _inside_circles(self, lat: float, lon: float) -> Rows:
        circles = self._circles.get(_raster_cell(lat, lon))
        if circles is None:
            return EMPTY_ROWS
        # As area_index.contains: never nearer than the north-south part alone.
        maybe = np.flatnonzero(~(np.abs(lat - circles.lats) * MILES_PER_DEGREE_LAT > circles.radii))
        c = circles
        d = haversine_miles_from(lat, lon, c.radians[maybe], c.cosines[maybe], c.lons[maybe])
        return circles.rows[maybe[d <= circles.radii[maybe]]]


def reach(
    sites: SiteTable,
    areas: AreaTable,
    in_person_only: Mask,
    no_areas: Mask,
    place: Place | None,
    miles: float,
) -> Reach:
    """Every candidate for a place: near it in person, or covering it by area."""
    covering = areas.covering(place)
    if place is not None and place.latitude is not None and place.longitude is not None:
        near_rows, near_miles, near_slots = sites.within(place.latitude, place.longitude, miles)
        # A service usable only at its sites is a candidate only where one is near.
        by_area = covering[~in_person_only[covering]]
    else:
        near_rows, near_miles, near_slots = EMPTY_ROWS, np.zeros(0), EMPTY_ROWS
        by_area = covering
        if place is not None and place.state:
            near_rows, near_slots = sites.in_state(place.state)
            near_miles = np.full(len(near_rows), np.nan)
            keep, _ = _member(near_rows, covering)
            near_rows, near_slots, near_miles = near_rows[keep], near_slots[keep], near_miles[keep]
    rows = _unique(np.concatenate((near_rows, by_area)))
    on_site, at = _member(rows, near_rows)
    covered, _ = _member(rows, covering)
    return Reach(
        rows=rows,
        on_site=on_site,
        miles=np.where(on_site, near_miles[at] if len(near_rows) else np.nan, np.nan),
        site=np.where(on_site, near_slots[at] if len(near_rows) else -1, -1),
        in_area=covered | no_areas[rows],
    )
