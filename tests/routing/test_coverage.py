"""Coverage core on hand-built records: counts, tiers, delivery, gaps, agreement with routing."""

from dataclasses import replace

import pytest

from app.config import BUNDLED_SEED_DIR
from app.directory.geo import lookup_zip
from app.directory.mapping import build_records
from app.directory.seed import SEED_FILES, read_seed_file
from app.routing.coverage import CoveragePlan, coverage_for, plan_coverage
from app.routing.coverage_assess import FIXED_NOW as _NOW
from app.routing.coverage_checks import COVERAGE_KINDS
from app.routing.eligibility import Fit, assess, make_context
from app.routing.index import DirectoryIndex
from app.routing.profile import NeedProfile, Place
from app.routing.records import Area, Cost, CrisisProfile, Phone, ServiceRecord, Site
from app.routing.vocabulary import REMOTE_DELIVERY

DURHAM = Place(state="NC", latitude=35.994, longitude=-78.899, county="durham", postal_code="27701")
STATE_ONLY_VA = Place(state="VA")
MILES_PER_DEG = 69.0


def site_at(miles_north: float, *, confidential: bool = False, sid: str = "loc") -> Site:
    return Site(
        id=sid,
        latitude=DURHAM.latitude + miles_north / MILES_PER_DEG,  # type: ignore[operator]
        longitude=DURHAM.longitude,
        state="NC",
        confidential=confidential,
    )


def in_person(sid: str, miles: float, kind: str = "counseling", **kw: object) -> ServiceRecord:
    values: dict[str, object] = {
        "id": sid,
        "name": sid,
        "kind": kind,
        "delivery": frozenset({"in_person"}),
        "sites": (site_at(miles, sid=f"{sid}-site"),),
    }
    values.update(kw)
    return ServiceRecord(**values)  # type: ignore[arg-type]


def telehealth(sid: str, licensed: frozenset[str], kind: str = "counseling") -> ServiceRecord:
    return ServiceRecord(
        id=sid,
        name=sid,
        kind=kind,
        delivery=frozenset({"video"}),
        licensed_states=licensed,
        areas=(Area(type="state", states=licensed),),
    )


LINE_988 = ServiceRecord(
    id="line-988",
    name="988",
    kind="crisis_line",
    delivery=frozenset({"phone", "text"}),
    phones=(Phone(number="988"),),
    areas=(Area(type="national"),),
    crisis=CrisisProfile(risk_flags=frozenset({"any"})),
)


def cover(records: list[ServiceRecord], place: Place = DURHAM, **profile: object):
    index = DirectoryIndex(records, "test")
    return coverage_for(place, NeedProfile(**profile), index, 25.0)  # type: ignore[arg-type]


def gap_codes(result) -> set[str]:  # type: ignore[no-untyped-def]
    return {g.code for g in result.gaps}


class TestCountsByKindAndTier:
    def test_counts_each_tier_within_the_radius_only(self) -> None:
        result = cover(
            [
                in_person("free", 3, cost=Cost(free=True)),
                in_person("sliding", 10, cost=Cost(sliding_scale=True, min_fee=20)),
                in_person("medicaid-far", 40, cost=Cost(payments=frozenset({"medicaid"}))),
            ]
        )
        assert result.count("counseling.in_person.all") == 2
        assert result.count("counseling.in_person.free") == 1
        assert result.count("counseling.in_person.sliding_scale") == 1
        assert result.count("counseling.in_person.insurance") == 0

    def test_nearest_distance_per_kind_and_none_when_nothing_within_reach(self) -> None:
        result = cover([in_person("a", 3), in_person("b", 10), in_person("c", 30, "psychiatry")])
        nearest = dict(zip(COVERAGE_KINDS, result.nearest_miles, strict=True))
        assert nearest["counseling"] == pytest.approx(3.0, abs=0.1)
        # 30 miles is outside the 25-mile radius but within twice it: still reported.
        assert nearest["psychiatry"] == pytest.approx(30.0, abs=0.1)
        assert nearest["support_group"] is None

    def test_a_service_with_two_nearby_sites_counts_once(self) -> None:
        two_sites = in_person("two", 2)
        two_sites = replace(two_sites, sites=(site_at(2, sid="s1"), site_at(4, sid="s2")))
        assert cover([two_sites]).count("counseling.in_person.all") == 1


class TestGaps:
    def test_low_cost_gap_has_a_plain_label_and_clears_with_a_free_service(self) -> None:
        paid = cover([in_person("paid", 3, cost=Cost(min_fee=150))])
        labels = {g.code: g.label for g in paid.gaps}
        assert labels["low_cost_counseling"] == (
            "no free or sliding-scale counselling within 25 miles"
        )
        free = cover([in_person("free", 3, cost=Cost(free=True))])
        assert "low_cost_counseling" not in gap_codes(free)

    def test_default_audiences_are_spanish_and_youth(self) -> None:
        labels = {g.code: g.label for g in cover([in_person("a", 3)]).gaps}
        assert (
            labels["language:es"] == "no Spanish-language service within 25 miles or by telehealth"
        )
        assert labels["population:youth"] == "no youth service within 25 miles or by telehealth"

    def test_a_youth_only_service_fills_the_youth_gap_but_not_adult_counts(self) -> None:
        youth = in_person("youth", 5, eligible_populations=frozenset({"youth"}), max_age=17)
        result = cover([youth])
        assert "population:youth" not in gap_codes(result)
        assert result.count("population:youth.in_person") == 1
        # A person of no stated population could not use it: not in the kind counts.
        assert result.count("counseling.in_person.all") == 0

    def test_profile_languages_choose_the_language_checks_and_narrow_counts(self) -> None:
        spanish = in_person("es", 5, languages=frozenset({"es", "en"}))
        english = in_person("en", 5, languages=frozenset({"en"}))
        result = cover([spanish, english], languages=("es",))
        assert result.count("counseling.in_person.all") == 1
        assert result.count("language:es.in_person") == 1
        assert "language:es" not in gap_codes(result)
        assert "population:youth" not in {g.code for g in result.gaps}  # not asked for


class TestDelivery:
    def test_telehealth_counts_only_where_licensed(self) -> None:
        tele = telehealth("tele", frozenset({"NC"}))
        assert cover([tele]).count("counseling.telehealth.all") == 1
        va = cover([tele], place=STATE_ONLY_VA)
        assert va.count("counseling.telehealth.all") == 0
        assert "no telehealth counselling licensed in VA" in {g.label for g in va.gaps}

    def test_state_only_place_claims_no_in_person_gap(self) -> None:
        result = cover([telehealth("tele", frozenset({"VA"}))], place=STATE_ONLY_VA)
        assert result.in_person_checked is False
        assert "low_cost_counseling" not in gap_codes(result)
        assert "telehealth_counseling" not in gap_codes(result)

    def test_out_of_area_site_does_not_count(self) -> None:
        elsewhere = in_person(
            "wake-only", 5, areas=(Area(type="county", counties=frozenset({"nc:wake"})),)
        )
        assert cover([elsewhere]).count("counseling.in_person.all") == 0


class TestCrisisLines:
    def test_crisis_lines_never_make_a_place_covered(self) -> None:
        result = cover([LINE_988])
        assert sum(result.counts) == 0
        assert "psychiatry" in gap_codes(result)


class TestConfidentialSites:
    def test_a_shelter_counts_but_never_gives_a_distance(self) -> None:
        shelter = in_person("shelter", 4, kind="case_management")
        shelter = replace(shelter, sites=(site_at(4, confidential=True, sid="s"),))
        result = cover([shelter])
        assert result.count("case_management.in_person.all") == 1
        assert result.nearest_miles[COVERAGE_KINDS.index("case_management")] is None


def _sample_index() -> DirectoryIndex:
    records = [r for f in SEED_FILES for r in build_records(read_seed_file(BUNDLED_SEED_DIR / f))]
    return DirectoryIndex(records, "seed")


def _brute_force(index: DirectoryIndex, profile: NeedProfile, place: Place) -> dict[str, int]:
    """Count by asking routing's `assess` about every service, with no memo or shortcut."""
    counts = dict.fromkeys((f"{k}.{d}" for k in COVERAGE_KINDS for d in ("in_person", "tele")), 0)
    nearby = {n.service.id: n for n in index.near(place.latitude, place.longitude, 25.0)}  # type: ignore[arg-type]
    base = replace(profile, place=place, max_distance_miles=25.0)
    in_ctx = make_context(replace(base, delivery=frozenset({"in_person"})), _NOW)
    remote = (profile.delivery or REMOTE_DELIVERY) & REMOTE_DELIVERY
    tele_ctx = make_context(replace(base, delivery=remote), _NOW)
    for r in index.services:
        if r.is_crisis or r.kind not in COVERAGE_KINDS:
            continue
        fit = assess(r, in_ctx, nearby.get(r.id))
        counts[f"{r.kind}.in_person"] += isinstance(fit, Fit) and fit.in_person
        fit = assess(r, tele_ctx, None)
        counts[f"{r.kind}.tele"] += isinstance(fit, Fit) and bool(fit.remote)
    return counts


ZIPS = ("27701", "27713", "28202", "30303", "78701", "77002", "60602", "80202", "98101", "10007")
PROFILES = (
    NeedProfile(),
    NeedProfile(languages=("es",)),
    NeedProfile(age=16),
    NeedProfile(payment=frozenset({"medicaid"}), max_per_session=40),
    NeedProfile(populations=frozenset({"veteran"}), delivery=frozenset({"video", "in_person"})),
)


class TestAgreesWithRouting:
    @pytest.mark.parametrize("profile", PROFILES, ids=lambda p: repr(p)[:40])
    def test_counts_match_asking_assess_about_every_service(self, profile: NeedProfile) -> None:
        index = _sample_index()
        plan = CoveragePlan(index, profile, 25.0)
        for code in ZIPS:
            z = lookup_zip(code)
            assert z is not None
            place = Place(z.state, z.latitude, z.longitude, (z.county or "").lower(), z.zip)
            result = plan.cover(place)
            expected = _brute_force(index, profile, place)
            for kind in COVERAGE_KINDS:
                assert result.count(f"{kind}.in_person.all") == expected[f"{kind}.in_person"]
                assert result.count(f"{kind}.telehealth.all") == expected[f"{kind}.tele"]


class TestPrivacy:
    def test_a_need_profile_is_neither_cached_nor_kept_beyond_what_coverage_uses(self) -> None:
        index = DirectoryIndex([in_person("a", 3)], "test")
        profile = NeedProfile(
            description="I feel hopeless", risk_flags=("suicidal_ideation",), languages=("es",)
        )
        plan = plan_coverage(index, profile, 25.0)
        assert plan is not plan_coverage(index, profile, 25.0)
        kept = [*plan._profiles.values()]
        assert all(p.description is None and not p.risk_flags for p in kept)
        assert all(p.languages == ("es",) for p in kept)

    def test_the_plan_for_anyone_is_reused(self) -> None:
        index = DirectoryIndex([in_person("a", 3)], "test")
        assert plan_coverage(index, NeedProfile(), 25.0) is plan_coverage(
            index, NeedProfile(urgency="soon"), 25.0
        )
