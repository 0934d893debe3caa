"""route(): the whole answer as a client renders it, top to bottom."""

from app.routing.rank import crisis_lines_for, route
from tests.routing.builders import DURHAM, NOW, index_of, profile, remote, service, site_near


class TestRoute:
    def test_limit_applies_to_services_only(self) -> None:
        records = [service(f"s{i}") for i in range(5)]
        referral = route(profile(risk_flags=("self_harm",), limit=2), index_of(*records), now=NOW)
        kinds = [i.kind for i in referral.results]
        assert kinds.count("service") == 2
        assert kinds.count("crisis_line") >= 1

    def test_emergency_puts_911_first(self) -> None:
        referral = route(profile(risk_flags=("imminent_danger",)), index_of(service("a")), now=NOW)
        assert referral.results[0].kind == "emergency"
        assert referral.results[0].phones[0].number == "911"
        assert referral.results[1].service.id == "svc-988"

    def test_no_risk_lists_services_only_and_mentions_988(self) -> None:
        referral = route(profile(), index_of(service("a")), now=NOW)
        assert [i.kind for i in referral.results] == ["service"]
        assert any("988" in n for n in referral.notices)

    def test_crisis_lines_survive_every_filter(self) -> None:
        strict = profile(
            risk_flags=("suicidal_ideation",),
            max_per_session=0,
            payment=frozenset({"tricare"}),
            delivery=frozenset({"in_person"}),
            languages=("so",),
            age=90,
            open_now=True,
            max_distance_miles=1,
            exclude_service_ids=frozenset({"svc-988", "svc-crisis-text-line"}),
            limit=1,
        )
        referral = route(strict, index_of(), now=NOW)
        assert [i.service.id for i in referral.results][:2] == ["svc-988", "svc-crisis-text-line"]

    def test_exclusions_are_counted_by_reason(self) -> None:
        records = [service("full", accepting_new_clients=False), service("known"), remote("ok")]
        referral = route(
            profile(exclude_service_ids=frozenset({"known"})), index_of(*records), now=NOW
        )
        assert referral.excluded == {"at_capacity": 1, "excluded_by_request": 1}

    def test_same_input_gives_the_same_answer(self) -> None:
        records = [service(f"s{i}", wait_days=i) for i in range(8)]
        p = profile(risk_flags=("self_harm",), topics=frozenset({"anxiety"}))
        assert route(p, index_of(*records), now=NOW) == route(p, index_of(*records), now=NOW)

    def test_directory_version_is_reported(self) -> None:
        assert route(profile(), index_of(), now=NOW).directory_version == "test-1"


class TestDensePlaces:
    def test_a_dense_city_still_gives_the_nearest_best_services(self) -> None:
        records = [
            service(f"s{i:03d}", sites=(site_near(DURHAM, 0.2 * i, id=f"site{i}"),))
            for i in range(120)
        ]
        referral = route(profile(limit=5), index_of(*records), now=NOW)
        shown = [i.service.id for i in referral.results]
        assert shown == ["s000", "s001", "s002", "s003", "s004"]

    def test_a_service_far_down_the_list_is_still_found_when_the_near_ones_are_excluded(
        self,
    ) -> None:
        records = [
            service(f"s{i:03d}", sites=(site_near(DURHAM, 0.1 * i, id=f"site{i}"),), min_age=60)
            for i in range(100)
        ]
        records.append(service("z-far", sites=(site_near(DURHAM, 20, id="far"),)))
        referral = route(profile(age=30), index_of(*records), now=NOW)
        assert [i.service.id for i in referral.results] == ["z-far"]
        assert referral.excluded == {"age": 100}


class TestCrisisLinesFor:
    def test_without_risk_it_still_gives_the_general_lines(self) -> None:
        referral = crisis_lines_for(profile(place=None), index_of())
        assert referral.triage.level == "none"
        assert referral.results[0].service.id == "svc-988"

    def test_it_lists_crisis_items_only(self) -> None:
        referral = crisis_lines_for(
            profile(risk_flags=("imminent_danger",)), index_of(service("a"))
        )
        assert referral.results[0].kind == "emergency"
        assert {i.kind for i in referral.results} <= {"emergency", "crisis_line"}


class TestEmergencyPhones:
    def test_asking_for_text_keeps_the_911_call_first_and_the_text_after_it(self) -> None:
        p = profile(risk_flags=("imminent_danger",), delivery=frozenset({"text"}))
        emergency = route(p, index_of(), now=NOW).results[0]
        assert emergency.kind == "emergency"
        assert [ph.type for ph in emergency.phones][:2] == ["voice", "text"]
        assert "where available" in (emergency.phones[1].description or "")
        assert any("not available everywhere" in r.text for r in emergency.reasons)

    def test_other_crisis_lines_still_put_text_first_when_asked(self) -> None:
        p = profile(risk_flags=("imminent_danger",), delivery=frozenset({"text"}))
        lifeline = route(p, index_of(), now=NOW).results[1]
        assert lifeline.service.id == "svc-988"
        assert lifeline.phones[0].type == "text"

    def test_deaf_people_get_911_by_tty_first(self) -> None:
        p = profile(
            risk_flags=("imminent_danger",), populations=frozenset({"deaf_hard_of_hearing"})
        )
        emergency = route(p, index_of(), now=NOW).results[0]
        assert emergency.phones[0].type == "tty"
