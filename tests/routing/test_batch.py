"""Ranking judges every candidate at once with arrays; the answer must be the one the
per-record rules give when every service of the directory is judged by itself.

tests/routing/reference.py walks every record with eligibility.assess and scoring.score;
here both answers are compared whole: the same services in the same order, with the same
scores, sentences and distances, and the same exclusions counted by reason.
"""

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from functools import lru_cache

import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.api.routes.referrals import place_at
from app.directory.geo import lookup_zip
from app.directory.mapping import build_records
from app.directory.synthetic import generate
from app.routing.hours import LocalClock, open_at
from app.routing.index import DirectoryIndex
from app.routing.opening_columns import OPEN_NOW_OF, OpeningColumns
from app.routing.profile import NeedProfile
from app.routing.rank import rank_services
from app.routing.records import Cost, OpeningHours, ServiceRecord
from app.routing.tags import TagColumn
from tests.routing.builders import (
    DURHAM,
    NOW,
    index_of,
    national_lines,
    profile,
    service,
    site_near,
)
from tests.routing.reference import brute_force, nearest_within
from tests.routing.test_properties import PROPERTY_SETTINGS, SERVICE, _numbered, cases, hours

PAID = Cost(min_fee=150, payments=frozenset({"self_pay"}))
FREE = Cost(free=True, min_fee=0)


@st.composite
def at_the_edges(draw: st.DrawFn) -> tuple[tuple[ServiceRecord, ...], NeedProfile, datetime]:
    """A person whose age, budget or distance equals some service's limit exactly."""
    records, person, now = draw(cases())
    assume(records)
    chosen = draw(st.sampled_from(records))
    ages = [a for a in (chosen.min_age, chosen.max_age) if a is not None]
    fees = [f for f in (chosen.cost.min_fee,) if f is not None]
    miles = [m.miles for m in (nearest_within(chosen, DURHAM, 100.0),) if m is not None]
    return (
        records,
        replace(
            person,
            place=DURHAM,
            age=draw(st.sampled_from(ages)) if ages else person.age,
            max_per_session=draw(st.sampled_from(fees)) if fees else person.max_per_session,
            max_distance_miles=draw(st.sampled_from(miles)) if miles else person.max_distance_miles,
        ),
        now,
    )


def check_same_answer(profile: NeedProfile, index: DirectoryIndex, now: datetime) -> None:
    items, excluded, _ = rank_services(profile, index, now)
    expected_items, expected_excluded = brute_force(profile, index, now)
    assert [i.service.id for i in items] == [i.service.id for i in expected_items]
    assert items == expected_items
    assert excluded == expected_excluded


class TestEveryCandidateIsJudged:
    @PROPERTY_SETTINGS
    @given(cases())
    def test_generated_directories_and_people(self, case) -> None:  # type: ignore[no-untyped-def]
        records, person, now = case
        check_same_answer(person, DirectoryIndex((*records, *national_lines()), "v"), now)

    @settings(PROPERTY_SETTINGS, max_examples=60)
    @given(st.lists(SERVICE, min_size=20, max_size=60).map(_numbered), cases())
    def test_many_services_competing_for_a_short_list(self, records, case) -> None:  # type: ignore[no-untyped-def]
        _, person, now = case
        check_same_answer(person, DirectoryIndex(records, "v"), now)

    @PROPERTY_SETTINGS
    @given(at_the_edges())
    def test_people_exactly_at_a_service_limit(self, case) -> None:  # type: ignore[no-untyped-def]
        records, person, now = case
        check_same_answer(person, DirectoryIndex(records, "v"), now)

    def test_a_better_fit_farther_out_is_found_in_a_dense_city(self) -> None:
        near = [
            service(f"s{i:03d}", sites=(site_near(DURHAM, 0.02 * i, id=f"site{i}"),), cost=PAID)
            for i in range(200)
        ]
        farther = service("z-free", sites=(site_near(DURHAM, 5, id="far"),), cost=FREE)
        items, _, _ = rank_services(profile(limit=5), index_of(*near, farther), NOW)
        assert items[0].service.id == "z-free"


@lru_cache(maxsize=1)
def synthetic_index() -> DirectoryIndex:
    return DirectoryIndex((*build_records(generate(2_000, 7)), *national_lines()), "synthetic")


class TestSyntheticDirectory:
    """2,000 generated services across the country, many people in many places."""

    ZIPS = ("10001", "90012", "60601", "77002", "27701", "59601", "99501", "05401", "96813")
    VARIANTS = (
        {},
        {"max_per_session": 40.0, "payment": frozenset({"sliding_scale", "free"})},
        {"urgency": "immediate", "topics": frozenset({"depression"})},
        {"languages": ("es", "en"), "age": 16, "populations": frozenset({"youth"})},
        {"delivery": frozenset({"video"}), "max_per_session": 120.0, "limit": 30},
        {"open_now": True, "max_distance_miles": 60.0, "limit": 20},
        {"include_waitlisted": True, "topics": frozenset({"substance_use"})},
    )

    def test_every_place_and_person_gets_the_brute_force_answer(self) -> None:
        index = synthetic_index()
        for code in self.ZIPS:
            found = lookup_zip(code)
            assert found is not None
            for variant in self.VARIANTS:
                place = place_at(found, found.latitude, found.longitude)
                check_same_answer(NeedProfile(place=place, **variant), index, NOW)  # type: ignore[arg-type]


class TestOpeningColumns:
    @PROPERTY_SETTINGS
    @given(
        st.lists(hours, min_size=1, max_size=8),
        st.lists(st.booleans(), min_size=8, max_size=8),
        st.sampled_from((None, "America/New_York", "America/Los_Angeles", "Not/AZone")),
        st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1), timezones=st.just(UTC)),
    )
    def test_open_now_is_what_open_at_says(self, schedules, always, zone, now) -> None:  # type: ignore[no-untyped-def]
        records = [
            service(f"s{i}", hours=windows, open_24_7=always[i], timezone=zone)
            for i, windows in enumerate(schedules)
        ]
        clock = LocalClock(now, DURHAM.timezone)
        status = OpeningColumns(records).status(np.arange(len(records)), clock)
        assert [OPEN_NOW_OF[int(s)] for s in status] == [open_at(r, clock) for r in records]

    def test_a_window_past_midnight_is_open_after_midnight(self) -> None:
        late = OpeningHours(weekday=2, opens=time(22), closes=time(2))  # Wednesday night
        record = service("late", hours=(late,), timezone="UTC")
        thursday_1am = datetime(2026, 11, 26, 1, 0, tzinfo=UTC)
        columns = OpeningColumns([record])
        for moment, expected in ((thursday_1am, True), (thursday_1am + timedelta(hours=2), False)):
            status = columns.status(np.arange(1), LocalClock(moment))
            assert OPEN_NOW_OF[int(status[0])] is expected


class TestTagColumn:
    @given(
        st.lists(st.frozensets(st.integers(0, 150).map(str), max_size=12), min_size=1),
        st.frozensets(st.integers(0, 160).map(str), max_size=12),
    )
    def test_matches_set_intersection_past_64_words(self, sets, wanted) -> None:  # type: ignore[no-untyped-def]
        column = TagColumn(sets)
        rows, query = np.arange(len(sets)), column.query(wanted)
        assert list(column.any_of(rows, query)) == [bool(s & wanted) for s in sets]
        assert list(column.count_of(rows, query)) == [len(s & wanted) for s in sets]
