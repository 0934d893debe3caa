"""Hard filters: who is left out, and the reason counted for it."""

from datetime import UTC, datetime, time

from app.routing.eligibility import Fit, assess, make_context
from app.routing.rank import route
from app.routing.records import Area, Cost, Nearby, OpeningHours, ServiceRecord
from tests.routing.builders import (
    ATLANTA,
    DURHAM,
    NATIONAL,
    NC_ONLY,
    NOW,
    index_of,
    profile,
    remote,
    service,
    site_near,
)


def shown(**fields: object) -> list[str]:
    """Service ids shown for a profile over the records given as `records`."""
    records = fields.pop("records")
    referral = route(profile(**fields), index_of(*records), now=NOW)  # type: ignore[misc]
    return [i.service.id for i in referral.results if i.kind == "service"]


def excluded(**fields: object) -> dict[str, int]:
    records = fields.pop("records")
    return route(profile(**fields), index_of(*records), now=NOW).excluded  # type: ignore[misc]


def check(record: ServiceRecord, miles: float | None = 2.0, **fields: object) -> Fit | str:
    p = profile(**fields)
    near = Nearby(record, record.sites[0], miles) if record.sites and miles is not None else None
    return assess(record, make_context(p, NOW), near)


class TestServiceArea:
    def test_county_service_serves_its_county_only(self) -> None:
        assert isinstance(check(service("a")), Fit)
        assert check(service("a"), place=ATLANTA) == "out_of_area"

    def test_radius_area_covers_a_person_inside_the_circle_not_only_at_its_centre(self) -> None:
        lat, lon = 35.994 + 30 / 69.0, -78.8986  # centre 30 miles north, 40-mile radius
        circle = (Area(type="radius", latitude=lat, longitude=lon, radius_miles=40),)
        phone = {"kind": "case_management", "delivery": frozenset({"phone"}), "sites": ()}
        assert shown(records=[service("r", areas=circle, **phone)]) == ["r"]
        small = (Area(type="radius", latitude=lat, longitude=lon, radius_miles=20),)
        assert shown(records=[service("r", areas=small, **phone)]) == []

    def test_zip_list_area_serves_listed_zips(self) -> None:
        zips = (Area(type="zip", postal_codes=frozenset({"27701"})),)
        assert shown(records=[service("z", areas=zips)]) == ["z"]
        other = (Area(type="zip", postal_codes=frozenset({"27514"})),)
        assert excluded(records=[service("z", areas=other)]) == {"out_of_area": 1}

    def test_without_location_only_national_remote_services_with_a_notice(self) -> None:
        records = [service("local"), remote("national")]
        referral = route(profile(place=None), index_of(*records), now=NOW)
        assert [i.service.id for i in referral.results] == ["national"]
        assert any("No location" in n for n in referral.notices)

    def test_in_person_beyond_max_distance_is_too_far(self) -> None:
        far = service("far", sites=(site_near(DURHAM, 30, id="far-site"),), areas=NATIONAL)
        assert excluded(records=[far], max_distance_miles=40) == {}
        assert shown(records=[far], max_distance_miles=20) == []

    def test_nothing_near_says_so(self) -> None:
        far = service("far", sites=(site_near(DURHAM, 30, id="s"),), areas=NATIONAL)
        referral = route(profile(), index_of(far, remote("r")), now=NOW)
        assert any("within 25 miles" in n for n in referral.notices)


class TestLicensure:
    def test_telehealth_licensed_only_in_nc_is_not_offered_in_georgia(self) -> None:
        tele = remote("tele", licensed_states=frozenset({"NC"}))
        assert shown(records=[tele]) == ["tele"]
        assert shown(records=[tele], place=ATLANTA) == []
        assert excluded(records=[tele], place=ATLANTA) == {"not_licensed_in_state": 1}

    def test_no_licence_list_means_licensed_where_its_areas_are(self) -> None:
        nc = remote("nc", areas=(Area(type="state", states=frozenset({"NC", "GA"})),))
        assert shown(records=[nc], place=ATLANTA) == ["nc"]
        county = service("c", delivery=frozenset({"video"}), sites=())
        assert check(county, place=NC_ONLY) != "not_licensed_in_state"

    def test_unlicensed_kinds_are_not_held_to_licences(self) -> None:
        group = remote("group", kind="support_group", licensed_states=frozenset({"NC"}))
        assert shown(records=[group], place=ATLANTA) == ["group"]


class TestBudgetAndPayment:
    def test_a_90_dollar_fixed_fee_is_never_shown_on_a_40_dollar_budget(self) -> None:
        pricey = service("pricey", cost=Cost(min_fee=90, max_fee=90))
        assert shown(records=[pricey], max_per_session=40) == []
        assert excluded(records=[pricey], max_per_session=40) == {"over_budget": 1}

    def test_sliding_scale_starting_within_budget_and_free_services_fit(self) -> None:
        sliding = service("sliding", cost=Cost(sliding_scale=True, min_fee=30, max_fee=60))
        free = service("free", cost=Cost(free=True))
        assert sorted(shown(records=[sliding, free], max_per_session=40)) == ["free", "sliding"]

    def test_unlisted_fee_is_kept_and_said(self) -> None:
        unknown = service("u", cost=Cost())
        referral = route(profile(max_per_session=40), index_of(unknown), now=NOW)
        item = referral.results[0]
        assert item.service.id == "u"
        assert any(r.text.startswith("Fee not listed") for r in item.reasons)

    def test_payment_ways_are_or_ed(self) -> None:
        medicaid = service("m", cost=Cost(min_fee=0, payments=frozenset({"medicaid"})))
        assert shown(records=[medicaid], payment=frozenset({"tricare", "medicaid"})) == ["m"]
        assert excluded(records=[medicaid], payment=frozenset({"tricare"})) == {"payment": 1}


class TestPersonFilters:
    def test_age_bounds(self) -> None:
        adults = service("adults", min_age=18)
        assert check(adults, age=16) == "age"
        assert isinstance(check(adults, age=18), Fit)

    def test_language_or_interpretation_with_english_assumed(self) -> None:
        assert check(service("en"), languages=("es",)) == "language"
        assert isinstance(check(service("en"), languages=("en",)), Fit)
        assert isinstance(check(service("i", interpretation=True), languages=("so",)), Fit)
        assert isinstance(check(service("es", languages=frozenset({"es"})), languages=("es",)), Fit)

    def test_service_for_veterans_only_is_not_offered_to_others(self) -> None:
        vets = service("vets", eligible_populations=frozenset({"veteran"}))
        assert check(vets) == "population"
        assert isinstance(check(vets, populations=frozenset({"veteran"})), Fit)

    def test_a_teen_counts_as_youth_for_youth_services(self) -> None:
        youth = service("y", eligible_populations=frozenset({"youth"}))
        assert isinstance(check(youth, age=15), Fit)

    def test_someone_facing_violence_is_offered_services_for_survivors(self) -> None:
        shelter = service("shelter", eligible_populations=frozenset({"survivor"}))
        assert shown(records=[shelter]) == []
        assert shown(records=[shelter], description="my husband hits me") == ["shelter"]

    def test_not_taking_new_clients_is_at_capacity_unless_waitlist_wanted(self) -> None:
        full = service("full", accepting_new_clients=False)
        assert excluded(records=[full]) == {"at_capacity": 1}
        assert shown(records=[full], include_waitlisted=True) == ["full"]

    def test_services_the_person_asked_to_leave_out_are_left_out(self) -> None:
        records = [service("known"), service("new")]
        assert shown(records=records, exclude_service_ids=frozenset({"known"})) == ["new"]
        assert excluded(records=records, exclude_service_ids=frozenset({"known"})) == {
            "excluded_by_request": 1
        }

    def test_delivery_must_match(self) -> None:
        assert check(service("a"), delivery=frozenset({"video"})) == "delivery"


class TestOpenNow:
    weekdays_9_to_5 = tuple(OpeningHours(d, time(9), time(17)) for d in range(5))

    def test_open_now_reads_hours_in_the_services_time_zone(self) -> None:
        # At 15:00 UTC it is 10:00 in New York (open) and 07:00 in Los Angeles (closed).
        east = service("east", hours=self.weekdays_9_to_5, timezone="America/New_York")
        west = remote("west", hours=self.weekdays_9_to_5, timezone="America/Los_Angeles")
        assert shown(records=[east, west], open_now=True) == ["east"]
        assert excluded(records=[east, west], open_now=True) == {"closed_now": 1}
        later = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
        referral = route(profile(open_now=True), index_of(east, west), now=later)
        assert {i.service.id for i in referral.results} == {"east", "west"}

    def test_unknown_hours_are_kept_with_a_note(self) -> None:
        referral = route(profile(open_now=True), index_of(service("u")), now=NOW)
        assert any(r.code == "hours_unknown" for r in referral.results[0].reasons)

    def test_24_7_is_always_open(self) -> None:
        always = service("always", open_24_7=True)
        assert shown(records=[always], open_now=True) == ["always"]
