"""Service areas: which services declare an area that includes a place.

Each kind of area keeps sorted row lists (national and area-less online services, per
state, per county, per ZIP); radius circles are filed on the coarse cells they touch and
the ones around a place are tested at once. `contains` is the same circle test for one
area at a time, as eligibility's per-record rules use it.
"""

from collections import defaultdict
from collections.abc import Iterator, Sequence
from math import cos, floor, radians
from typing import NamedTuple

import numpy as np

from app.routing.geometry import MILES_PER_DEGREE_LAT, haversine_miles, haversine_miles_from
from app.routing.profile import Place
from app.routing.records import Area, ServiceRecord
from app.routing.row_sets import EMPTY_ROWS, Floats, Rows, sorted_rows, union

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
        self._everywhere = sorted_rows(everywhere)
        self._by_state, self._by_county, self._counties_in_state, self._by_zip = (
            {key: sorted_rows(rows) for key, rows in table.items()} for table in tables
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
        return union(np.concatenate(lists))

    def _inside_circles(self, lat: float, lon: float) -> Rows:
        circles = self._circles.get(_raster_cell(lat, lon))
        if circles is None:
            return EMPTY_ROWS
        # As area_index.contains: never nearer than the north-south part alone.
        maybe = np.flatnonzero(~(np.abs(lat - circles.lats) * MILES_PER_DEGREE_LAT > circles.radii))
        d = haversine_miles_from(
            lat, lon, circles.radians[maybe], circles.cosines[maybe], circles.lons[maybe]
        )
        return circles.rows[maybe[d <= circles.radii[maybe]]]
