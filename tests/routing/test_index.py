"""The in-memory index: nearest-first site search, area lookups and request candidates."""

from dataclasses import replace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from app.routing.geometry import haversine_miles_to
from app.routing.index import DirectoryIndex
from app.routing.records import Area, Site
from tests.routing.builders import DURHAM, NC_ONLY, service

points = st.tuples(st.floats(-2.0, 2.0), st.floats(-3.0, 3.0))


def miles_to(lat: float, lon: float, lat2: float, lon2: float) -> float:
    return float(haversine_miles_to(lat, lon, np.array([lat2]), np.array([lon2]))[0])


def assert_nearest_first(layout: list[list[tuple[float, float]]], miles: float) -> None:
    """near() gives exactly the services with a site within reach, nearest first."""
    lat0, lon0 = 35.99, -78.9
    records = [
        service(
            f"s{i:03d}",
            sites=tuple(
                Site(id=f"s{i:03d}-{j}", latitude=lat0 + dy, longitude=lon0 + dx)
                for j, (dy, dx) in enumerate(offsets)
            ),
        )
        for i, offsets in enumerate(layout)
    ]
    found = [(n.service.id, n.miles) for n in DirectoryIndex(records, "v").near(lat0, lon0, miles)]
    expected = sorted(
        (
            (
                r.id,
                min(miles_to(lat0, lon0, s.latitude or 0, s.longitude or 0) for s in r.sites),
            )
            for r in records
        ),
        key=lambda pair: (pair[1], pair[0]),
    )
    assert found == [pair for pair in expected if pair[1] <= miles]


# Within 0.04 degrees of the person: every site is in the nine cells around them.
crowded = st.tuples(st.floats(-0.04, 0.04), st.floats(-0.04, 0.04))


class TestNear:
    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.lists(points, min_size=1, max_size=3), max_size=40), st.floats(0.5, 150))
    def test_nearest_first_and_exactly_those_within_reach(self, layout, miles) -> None:  # type: ignore[no-untyped-def]
        assert_nearest_first(layout, miles)

    @settings(max_examples=25, deadline=None)
    @given(
        st.lists(st.lists(crowded, min_size=1, max_size=2), min_size=100, max_size=160),
        st.floats(0.1, 30),
    )
    def test_a_crowded_city_gives_the_same_answers(self, layout, miles) -> None:  # type: ignore[no-untyped-def]
        assert_nearest_first(layout, miles)


circles = st.tuples(st.floats(-1.5, 1.5), st.floats(-2.0, 2.0), st.floats(1, 120))


class TestCovering:
    @settings(max_examples=60, deadline=None)
    @given(st.lists(circles, max_size=30), points)
    def test_radius_areas_cover_exactly_the_points_inside(self, layout, offset) -> None:  # type: ignore[no-untyped-def]
        lat0, lon0 = 35.99, -78.9
        areas = [
            Area(type="radius", latitude=lat0 + dy, longitude=lon0 + dx, radius_miles=miles)
            for dy, dx, miles in layout
        ]
        records = [service(f"r{i:02d}", areas=(a,), sites=()) for i, a in enumerate(areas)]
        lat, lon = lat0 + offset[0] / 2, lon0 + offset[1] / 2
        place = replace(DURHAM, latitude=lat, longitude=lon, county=None, postal_code=None)
        found = [r.id for r in DirectoryIndex(records, "v").covering(place)]
        inside = [
            r.id
            for r, a in zip(records, areas, strict=True)
            if miles_to(lat, lon, a.latitude or 0, a.longitude or 0) <= (a.radius_miles or 0)
        ]
        assert found == inside

    def test_visit_only_services_are_candidates_only_where_a_site_is_near(self) -> None:
        index = DirectoryIndex([service("visit-only")], "v")  # a site 2 miles from Durham
        assert index.reach(DURHAM, 25.0).rows.tolist() == [0]
        assert index.reach(DURHAM, 1.0).rows.tolist() == []
        assert index.reach(NC_ONLY, 25.0).rows.tolist() == [0]  # no point: its area decides

    def test_radius_area_covers_the_whole_circle(self) -> None:
        assert DURHAM.latitude is not None and DURHAM.longitude is not None
        centre = (DURHAM.latitude + 40 / 69.0, DURHAM.longitude)
        wide = Area(type="radius", latitude=centre[0], longitude=centre[1], radius_miles=45)
        narrow = Area(type="radius", latitude=centre[0], longitude=centre[1], radius_miles=30)
        index = DirectoryIndex(
            [
                service("wide", areas=(wide,), sites=()),
                service("narrow", areas=(narrow,), sites=()),
            ],
            "v",
        )
        assert [r.id for r in index.covering(DURHAM)] == ["wide"]

    def test_state_only_place_sees_county_services_of_its_state(self) -> None:
        index = DirectoryIndex([service("county")], "v")
        assert [r.id for r in index.covering(NC_ONLY)] == ["county"]

    def test_crisis_lines_are_not_found_by_place(self) -> None:
        line = service("line", kind="crisis_line", areas=(Area(type="national"),))
        assert DirectoryIndex([line], "v").covering(DURHAM) == []

    def test_a_service_listed_in_several_areas_of_a_place_is_offered_once(self) -> None:
        assert DURHAM.latitude is not None and DURHAM.longitude is not None
        circles = tuple(
            Area(
                type="radius", latitude=DURHAM.latitude, longitude=DURHAM.longitude, radius_miles=r
            )
            for r in (10, 20)
        )
        both = (*circles, Area(type="national"), Area(type="state", states=frozenset({"NC"})))
        index = DirectoryIndex([service("many-areas", areas=both, sites=())], "v")
        assert [r.id for r in index.covering(DURHAM)] == ["many-areas"]
        assert index.reach(DURHAM, 25.0).rows.tolist() == [0]


class TestNearAnywhereOnEarth:
    """Places a US directory rarely meets: by a pole, across the 180th meridian."""

    @settings(max_examples=60, deadline=None)
    @given(
        st.floats(-89.9999, 89.9999),
        st.floats(-180.0, 180.0),
        st.lists(st.tuples(st.floats(-5.0, 5.0), st.floats(-5.0, 5.0)), max_size=20),
        st.floats(1, 500),
    )
    def test_every_site_within_reach_is_found(self, lat, lon, offsets, miles) -> None:  # type: ignore[no-untyped-def]
        def wrap(x: float) -> float:
            return (x + 180.0) % 360.0 - 180.0

        records = [
            service(
                f"s{i:03d}",
                sites=(
                    Site(
                        id=f"s{i:03d}",
                        latitude=max(-90.0, min(90.0, lat + dy)),
                        longitude=wrap(lon + dx),
                    ),
                ),
            )
            for i, (dy, dx) in enumerate(offsets)
        ]
        found = {n.service.id for n in DirectoryIndex(records, "v").near(lat, lon, miles)}
        expected = {
            r.id
            for r in records
            if miles_to(lat, lon, r.sites[0].latitude or 0, r.sites[0].longitude or 0) <= miles
        }
        assert found == expected

    def test_a_site_across_the_180th_meridian_is_near(self) -> None:
        west_of_it = service("aleutians", sites=(Site(id="a", latitude=52.0, longitude=-179.9),))
        found = DirectoryIndex([west_of_it], "v").near(52.0, 179.9, 25.0)
        assert [n.service.id for n in found] == ["aleutians"]
        assert found[0].miles < 10

    def test_a_box_reaching_just_short_of_the_pole_still_searches(self) -> None:
        # The box's edge 0.001 degrees from the pole: its span in longitude is enormous.
        lat = 90.0 - (25.0 * 1.02 + 0.5) * 1.000001 / 69.0 - 0.001
        far_round = service("far-round", sites=(Site(id="f", latitude=lat, longitude=3.0),))
        found = DirectoryIndex([far_round], "v").near(lat, 0.0, 25.0)
        assert [n.service.id for n in found] == ["far-round"]
