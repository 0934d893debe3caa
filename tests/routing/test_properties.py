"""The promises routing makes, checked over generated directories and generated people.

Directories are generated services around Durham and Atlanta plus the real national
lines; profiles mix every filter with known flags, unknown flags and risky or calm text.
"""

from dataclasses import replace
from datetime import UTC, date, datetime, time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.routing.index import DirectoryIndex
from app.routing.profile import NeedProfile
from app.routing.rank import route
from app.routing.records import Area, Cost, OpeningHours, ServiceRecord
from app.routing.referral import Referral
from app.routing.screening import screen
from app.routing.vocabulary import (
    DELIVERY,
    LICENSED_KINDS,
    PAYMENT,
    POPULATIONS,
    RISK_FLAGS,
    SERVICE_KINDS,
    TOPICS,
)
from tests.routing.builders import (
    ATLANTA,
    DURHAM,
    NC_ONLY,
    national_lines,
    site_near,
)

PROPERTY_SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
STATES = ("NC", "GA", "SC")
LANGS = ("en", "es", "vi", "so")
PHRASES = (
    "I want to kill myself",
    "my husband hits me",
    "everyone would be better off without me",
    "I took too many pills",
    "looking for a therapist for anxiety",
    "this traffic is killing me",
    "I'm dying to try the new cafe",
)
SERVICE_ONLY_KINDS = tuple(k for k in SERVICE_KINDS if k not in ("crisis_line", "emergency"))


def subset(values: tuple[str, ...]) -> st.SearchStrategy[frozenset[str]]:
    return st.frozensets(st.sampled_from(values), max_size=len(values))


areas = st.one_of(
    st.just(Area(type="national")),
    st.builds(Area, type=st.just("state"), states=subset(STATES)),
    st.just(Area(type="county", counties=frozenset({"nc:durham"}))),
    st.just(Area(type="zip", postal_codes=frozenset({"27701", "30303"}))),
    st.builds(
        Area,
        type=st.just("radius"),
        latitude=st.floats(33.0, 37.0),
        longitude=st.floats(-85.0, -78.0),
        radius_miles=st.floats(1, 200),
    ),
)
costs = st.one_of(
    st.just(Cost(free=True, min_fee=0, payments=frozenset({"free"}))),
    st.builds(
        Cost, sliding_scale=st.just(True), min_fee=st.integers(0, 200), payments=subset(PAYMENT)
    ),
    st.builds(Cost, min_fee=st.integers(0, 300), payments=subset(PAYMENT)),
    st.builds(Cost, payments=subset(PAYMENT)),
)
hours = st.lists(
    st.builds(
        OpeningHours,
        weekday=st.integers(0, 6),
        opens=st.times(max_value=time(23)),
        closes=st.times(),
    ),
    max_size=4,
).map(tuple)


sites = st.builds(
    site_near,
    st.sampled_from((DURHAM, ATLANTA)),
    st.floats(0, 80),
    id=st.just("site"),
    confidential=st.booleans(),
)
SERVICE = st.builds(
    ServiceRecord,
    id=st.just("s"),
    name=st.just("A service"),
    kind=st.sampled_from(SERVICE_ONLY_KINDS),
    delivery=subset(DELIVERY),
    cost=costs,
    min_age=st.none() | st.integers(0, 30),
    max_age=st.none() | st.integers(10, 99),
    languages=subset(LANGS),
    interpretation=st.booleans(),
    eligible_populations=st.frozensets(st.sampled_from(POPULATIONS), max_size=2),
    affirming_populations=st.frozensets(st.sampled_from(POPULATIONS), max_size=2),
    topics=subset(TOPICS),
    areas=st.lists(areas, max_size=2).map(tuple),
    licensed_states=subset(STATES),
    sites=st.lists(sites, max_size=2).map(tuple),
    accepting_new_clients=st.booleans(),
    wait_days=st.none() | st.integers(0, 90),
    open_24_7=st.booleans(),
    hours=hours,
    timezone=st.sampled_from((None, "America/New_York", "America/Los_Angeles")),
    verified_at=st.none() | st.dates(date(2024, 1, 1), date(2026, 11, 25)),
    is_sample=st.booleans(),
)


def _numbered(records: list[ServiceRecord]) -> tuple[ServiceRecord, ...]:
    return tuple(
        replace(
            r,
            id=f"s{i:03d}",
            sites=tuple(replace(site, id=f"s{i:03d}-{j}") for j, site in enumerate(r.sites)),
        )
        for i, r in enumerate(records)
    )


directories = st.lists(SERVICE, max_size=12).map(_numbered)
FLAGS = st.lists(st.sampled_from(RISK_FLAGS) | st.text(max_size=12), max_size=3).map(tuple)
PLACES = st.sampled_from((None, DURHAM, ATLANTA, NC_ONLY))
LANGUAGE_LISTS = st.lists(st.sampled_from(LANGS), max_size=2, unique=True).map(tuple)


@st.composite
def profiles(draw: st.DrawFn, ids: tuple[str, ...]) -> NeedProfile:
    excluded = st.frozensets(st.sampled_from((*ids, "svc-988")), max_size=5)
    return NeedProfile(
        place=draw(PLACES),
        urgency=draw(st.sampled_from(("immediate", "soon", "routine"))),
        risk_flags=draw(st.just(()) | FLAGS),
        description=draw(st.none() | st.sampled_from(PHRASES)),
        max_per_session=draw(st.none() | st.integers(0, 150)),
        payment=draw(st.frozensets(st.sampled_from(PAYMENT), max_size=2)),
        age=draw(st.none() | st.integers(5, 95)),
        languages=draw(LANGUAGE_LISTS),
        populations=draw(st.frozensets(st.sampled_from(POPULATIONS), max_size=3)),
        topics=draw(st.frozensets(st.sampled_from(TOPICS), max_size=3)),
        delivery=draw(st.frozensets(st.sampled_from(DELIVERY), max_size=3)),
        max_distance_miles=draw(st.none() | st.floats(1, 100)),
        open_now=draw(st.booleans()),
        include_waitlisted=draw(st.booleans()),
        exclude_service_ids=draw(excluded),
        limit=draw(st.integers(1, 50)),
    )


instants = st.datetimes(datetime(2026, 1, 1), datetime(2026, 12, 31), timezones=st.just(UTC))


@st.composite
def cases(draw: st.DrawFn) -> tuple[tuple[ServiceRecord, ...], NeedProfile, datetime]:
    records = draw(directories)
    return records, draw(profiles(tuple(r.id for r in records))), draw(instants)


def answer(case: tuple[tuple[ServiceRecord, ...], NeedProfile, datetime]) -> Referral:
    records, profile, now = case
    return route(profile, DirectoryIndex((*records, *national_lines()), "v"), now=now)


def has_risk(profile: NeedProfile) -> bool:
    risky_text = profile.description is not None and screen(profile.description).is_risky
    return bool(profile.risk_flags) or risky_text


def check_safety(referral: Referral, profile: NeedProfile) -> None:
    kinds = [item.kind for item in referral.results]
    if has_risk(profile):
        assert referral.triage.level != "none"
        assert "crisis_line" in kinds
    services_from = kinds.index("service") if "service" in kinds else len(kinds)
    assert all(kind == "service" for kind in kinds[services_from:])
    if referral.triage.level == "emergency":
        assert referral.results[0].kind == "emergency"
        assert referral.results[0].phones[0].number == "911"
    else:
        assert "emergency" not in kinds
    found = [item.service.id for item in referral.results]
    assert len(found) == len(set(found))


def check_filters(referral: Referral, profile: NeedProfile) -> None:
    services = [item for item in referral.results if item.kind == "service"]
    assert len(services) <= profile.limit
    for item in services:
        record = item.service
        assert record.id not in profile.exclude_service_ids
        assert profile.include_waitlisted or record.accepting_new_clients
        budget, cost = profile.max_per_session, record.cost
        assert budget is None or cost.free or cost.min_fee is None or cost.min_fee <= budget
        # A state-only place has no point: a site in its state is offered in person with no
        # distance, and licensure governs remote care only.
        place = profile.place
        in_person_in_state = (
            place is not None
            and not place.has_point
            and any(site.state == place.state for site in record.sites)
        )
        remote_only = item.distance_band is None and not in_person_in_state
        if remote_only and record.kind in LICENSED_KINDS and record.licensed_states:
            assert profile.place is not None and profile.place.state in record.licensed_states
        if profile.place is None:
            assert item.distance_band is None
        if item.distance_miles is not None:
            assert any(not s.confidential for s in record.sites)


def crisis_ids(referral: Referral) -> list[str]:
    return [i.service.id for i in referral.results if i.kind != "service"]


class TestRoutingPromises:
    @PROPERTY_SETTINGS
    @given(cases())
    def test_risk_first_911_first_and_no_filter_broken(self, case) -> None:  # type: ignore[no-untyped-def]
        referral = answer(case)
        check_safety(referral, case[1])
        check_filters(referral, case[1])

    @PROPERTY_SETTINGS
    @given(cases())
    def test_crisis_lines_are_never_removed_by_a_filter(self, case) -> None:  # type: ignore[no-untyped-def]
        records, profile, now = case
        unfiltered = replace(
            profile,
            place=None,
            max_per_session=None,
            payment=frozenset(),
            topics=frozenset(),
            max_distance_miles=None,
            open_now=False,
            include_waitlisted=False,
            exclude_service_ids=frozenset(),
            limit=1,
        )
        assert crisis_ids(answer(case)) == crisis_ids(answer((records, unfiltered, now)))

    @PROPERTY_SETTINGS
    @given(cases(), st.randoms(use_true_random=False))
    def test_same_input_gives_the_same_answer(self, case, rng) -> None:  # type: ignore[no-untyped-def]
        records, profile, now = case
        shuffled = list(records)
        rng.shuffle(shuffled)
        assert answer(case) == answer((tuple(shuffled), profile, now))
