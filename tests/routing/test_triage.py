"""Triage and crisis lines: what a person at risk sees at the top of the answer."""

from dataclasses import replace

from app.routing.crisis import crisis_items, is_lifeline
from app.routing.rank import route
from app.routing.records import CrisisProfile, Phone, ServiceRecord
from app.routing.triage import triage
from tests.routing.builders import NOW, index_of, national_lines, profile, service


def ids(items: tuple) -> list[str]:
    return [item.service.id for item in items]


def lines_for(**fields: object) -> list[str]:
    p = profile(**fields)
    return ids(crisis_items(triage(p), p, national_lines()))


class TestTriageLevel:
    def test_no_flags_no_description_is_no_risk(self) -> None:
        assert triage(profile()).level == "none"

    def test_suicidal_thoughts_are_a_crisis(self) -> None:
        assert triage(profile(risk_flags=("suicidal_ideation",))).level == "crisis"

    def test_imminent_danger_attempt_and_overdose_are_emergencies(self) -> None:
        for flag in ("imminent_danger", "suicide_attempt", "substance_overdose"):
            assert triage(profile(risk_flags=(flag,))).level == "emergency", flag

    def test_a_plan_is_an_emergency_only_when_help_is_needed_immediately(self) -> None:
        plan = ("suicide_plan_or_intent",)
        assert triage(profile(risk_flags=plan, urgency="immediate")).level == "emergency"
        assert triage(profile(risk_flags=plan, urgency="soon")).level == "crisis"
        hurt_others = ("homicidal_ideation",)
        assert triage(profile(risk_flags=hurt_others, urgency="immediate")).level == "emergency"

    def test_unknown_flag_is_an_unspecified_crisis_never_dropped(self) -> None:
        result = triage(profile(risk_flags=("feels_unsafe_at_night",)))
        assert result.level == "crisis"
        assert result.unspecified
        assert result.unknown_flags == ("feels_unsafe_at_night",)

    def test_unknown_flag_is_warned_about_by_position_without_echoing_it(self) -> None:
        referral = route(profile(risk_flags=("self_harm", "secret-word")), index_of(), now=NOW)
        assert len(referral.warnings) == 1
        assert "risk_flags[1]" in referral.warnings[0]
        assert "secret-word" not in referral.warnings[0]

    def test_description_of_violence_at_home_alone_raises_a_crisis(self) -> None:
        result = triage(profile(description="my husband hits me when he drinks"))
        assert result.level == "crisis"
        assert "interpersonal_violence" in result.risk_flags

    def test_triage_message_points_to_911_in_an_emergency(self) -> None:
        assert "911" in triage(profile(risk_flags=("imminent_danger",))).message


class TestCrisisLineChoice:
    def test_veteran_with_suicidal_thoughts_gets_988_press_1_then_veterans_line(self) -> None:
        p = profile(risk_flags=("suicidal_ideation",), populations=frozenset({"veteran"}))
        items = crisis_items(triage(p), p, national_lines())
        assert ids(items)[:2] == ["svc-988", "svc-veterans-crisis-line"]
        assert items[0].phones[0].press == "1"

    def test_violence_at_home_puts_the_domestic_violence_hotline_first(self) -> None:
        assert lines_for(description="my husband hits me")[0] == "svc-ndvh"

    def test_teen_facing_violence_gets_love_is_respect_before_the_adult_hotline(self) -> None:
        found = lines_for(risk_flags=("interpersonal_violence",), age=16)
        assert found.index("svc-love-is-respect") < found.index("svc-ndvh")
        assert "svc-love-is-respect" not in lines_for(
            risk_flags=("interpersonal_violence",), age=35
        )

    def test_native_american_survivor_gets_stronghearts(self) -> None:
        found = lines_for(
            risk_flags=("interpersonal_violence",), populations=frozenset({"native_american"})
        )
        assert found[0] == "svc-stronghearts"

    def test_sexual_violence_gets_rainn_and_child_abuse_gets_childhelp(self) -> None:
        assert "svc-rainn-hotline" in lines_for(risk_flags=("sexual_violence",))
        assert "svc-childhelp-hotline" in lines_for(risk_flags=("child_abuse",))

    def test_overdose_gets_911_then_988_then_poison_control(self) -> None:
        assert lines_for(risk_flags=("substance_overdose",))[:3] == [
            "svc-911",
            "svc-988",
            "svc-poison-control",
        ]

    def test_lgbtq_young_person_gets_trevor_but_not_past_its_age_limit(self) -> None:
        lgbtq = frozenset({"lgbtq"})
        assert "svc-trevor-lifeline" in lines_for(
            risk_flags=("self_harm",), populations=lgbtq, age=17
        )
        assert "svc-trevor-lifeline" not in lines_for(
            risk_flags=("self_harm",), populations=lgbtq, age=40
        )

    def test_new_parent_in_crisis_gets_the_maternal_mental_health_hotline(self) -> None:
        found = lines_for(risk_flags=("suicidal_ideation",), populations=frozenset({"perinatal"}))
        assert found[:2] == ["svc-988", "svc-maternal-mental-health-hotline"]

    def test_transgender_person_gets_trans_lifeline(self) -> None:
        found = lines_for(risk_flags=("suicidal_ideation",), populations=frozenset({"transgender"}))
        assert "svc-trans-lifeline" in found

    def test_spanish_speaker_gets_988s_spanish_option_first(self) -> None:
        p = profile(risk_flags=("suicidal_ideation",), languages=("es",))
        lifeline = crisis_items(triage(p), p, national_lines())[0]
        assert lifeline.service.id == "svc-988"
        assert lifeline.phones[0].press == "2"
        assert "es" in lifeline.phones[0].languages

    def test_deaf_person_gets_988_videophone_then_text_first(self) -> None:
        p = profile(
            risk_flags=("suicidal_ideation",), populations=frozenset({"deaf_hard_of_hearing"})
        )
        lifeline = crisis_items(triage(p), p, national_lines())[0]
        assert [ph.type for ph in lifeline.phones[:2]] == ["video", "text"]

    def test_person_who_asks_for_text_sees_text_options_first(self) -> None:
        p = profile(risk_flags=("self_harm",), delivery=frozenset({"text"}))
        items = crisis_items(triage(p), p, national_lines())
        assert items[0].phones[0].type == "text"
        assert "svc-crisis-text-line" in ids(items)

    def test_no_risk_lists_no_crisis_lines(self) -> None:
        assert lines_for() == []

    def test_each_line_appears_once(self) -> None:
        found = lines_for(
            risk_flags=("suicidal_ideation", "interpersonal_violence", "sexual_violence", "x"),
            populations=frozenset({"veteran", "lgbtq", "native_american"}),
            age=16,
        )
        assert len(found) == len(set(found))


class TestDataDrivenChoice:
    def test_988_is_recognised_by_its_data_not_its_id(self) -> None:
        renamed = [
            replace(r, id="zz-lifeline") if r.id == "svc-988" else r for r in national_lines()
        ]
        assert [r.id for r in renamed if is_lifeline(r)] == ["zz-lifeline"]

    def test_a_new_line_for_a_population_is_offered_to_that_population(self) -> None:
        new_line = ServiceRecord(
            id="svc-new-line",
            name="A line for immigrants",
            kind="crisis_line",
            phones=(Phone(number="18005550199"),),
            crisis=CrisisProfile(
                risk_flags=frozenset({"any"}), populations=frozenset({"immigrant"})
            ),
        )
        lines = (*national_lines(), new_line)
        p = profile(risk_flags=("suicidal_ideation",), populations=frozenset({"immigrant"}))
        assert ids(crisis_items(triage(p), p, lines))[:2] == ["svc-988", "svc-new-line"]
        q = profile(risk_flags=("suicidal_ideation",))
        assert "svc-new-line" not in ids(crisis_items(triage(q), q, lines))

    def test_a_risk_no_line_names_still_gets_988(self) -> None:
        only_988 = tuple(r for r in national_lines() if r.id in ("svc-988", "svc-911"))
        p = profile(risk_flags=("child_abuse",))
        assert ids(crisis_items(triage(p), p, only_988)) == ["svc-988"]

    def test_crisis_lines_come_before_every_service(self) -> None:
        referral = route(
            profile(risk_flags=("self_harm",)), index_of(service("a"), service("b")), now=NOW
        )
        kinds = [item.kind for item in referral.results]
        assert kinds[0] == "crisis_line"
        assert kinds.index("service") > max(i for i, k in enumerate(kinds) if k != "service")
