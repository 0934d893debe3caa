"""POST /v1/referrals end to end, over the bundled seed: what a client and a person see."""

from typing import Any

from fastapi.testclient import TestClient

PROBLEM = "application/problem+json"


def refer(client: TestClient, **body: Any) -> dict[str, Any]:
    response = client.post("/v1/referrals", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def ids(body: dict[str, Any], kind: str | None = None) -> list[str]:
    return [r["service"]["id"] for r in body["results"] if kind is None or r["kind"] == kind]


def problem_fields(response: Any) -> list[str]:
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    return [e["field"] for e in response.json()["errors"]]


class TestCrisisFirst:
    def test_veteran_with_suicidal_thoughts_in_durham(self, client: TestClient) -> None:
        body = refer(
            client,
            location={"zip": "27701"},
            risk_flags=["suicidal_ideation"],
            populations=["veteran"],
        )
        assert body["triage"]["level"] == "crisis"
        assert ids(body)[:2] == ["svc-988", "svc-veterans-crisis-line"]
        first_phone = body["results"][0]["service"]["phones"][0]
        assert first_phone["press"] == "1"
        assert first_phone["href"] == "tel:988,1"
        kinds = [r["kind"] for r in body["results"]]
        assert "service" in kinds
        assert all(k == "service" for k in kinds[kinds.index("service") :])

    def test_my_husband_hits_me_alone_puts_the_dv_hotline_first(self, client: TestClient) -> None:
        body = refer(client, description="my husband hits me")
        assert body["triage"]["level"] == "crisis"
        assert body["results"][0]["service"]["id"] == "svc-ndvh"

    def test_imminent_danger_puts_call_911_first(self, client: TestClient) -> None:
        body = refer(client, risk_flags=["imminent_danger"])
        assert body["results"][0]["kind"] == "emergency"
        assert body["results"][0]["service"]["phones"][0]["href"] == "tel:911"

    def test_any_string_as_a_risk_flag_is_accepted_as_risk_with_a_warning(
        self, client: TestClient
    ) -> None:
        body = refer(client, risk_flags=["not-a-flag"])
        assert body["triage"]["level"] == "crisis"
        assert body["results"][0]["service"]["id"] == "svc-988"
        assert body["warnings"] and "not-a-flag" not in body["warnings"][0]

    def test_spanish_speaker_sees_988_spanish_option_first(self, client: TestClient) -> None:
        body = refer(client, risk_flags=["self_harm"], languages=["es"])
        phone = body["results"][0]["service"]["phones"][0]
        assert phone["press"] == "2" and phone["languages"] == ["es"]

    def test_no_risk_no_crisis_lines_but_988_is_mentioned(self, client: TestClient) -> None:
        body = refer(client, location={"zip": "27701"}, topics=["anxiety"])
        assert body["triage"]["level"] == "none"
        assert set(ids(body, "crisis_line")) == set()
        assert any("988" in n for n in body["notices"])


class TestFilters:
    def test_budget_of_40_never_returns_a_fee_above_it(self, client: TestClient) -> None:
        body = refer(client, location={"zip": "27701"}, cost={"max_per_session": 40}, limit=50)
        for r in body["results"]:
            cost = r["service"]["cost"]
            assert cost["free"] or cost["min_fee"] is None or cost["min_fee"] <= 40
        assert body["excluded"].get("over_budget", 0) >= 1

    def test_excluded_ids_are_left_out_and_counted(self, client: TestClient) -> None:
        first = refer(client, location={"zip": "27701"})
        known = ids(first, "service")[0]
        body = refer(client, location={"zip": "27701"}, exclude_service_ids=[known])
        assert known not in ids(body)
        assert body["excluded"]["excluded_by_request"] == 1

    def test_limit_caps_services_only(self, client: TestClient) -> None:
        body = refer(client, location={"zip": "27701"}, risk_flags=["self_harm"], limit=1)
        assert len(ids(body, "service")) == 1
        assert len(ids(body, "crisis_line")) >= 1

    def test_confidential_shelter_never_shows_address_or_coordinates(
        self, client: TestClient
    ) -> None:
        body = refer(client, location={"zip": "27701"}, description="my husband hits me", limit=50)
        shelter = next(r for r in body["results"] if r["service"]["id"] == "sample-svc-durham-018")
        assert shelter["distance_miles"] is None
        assert shelter["distance_band"].startswith("within")
        for location in shelter["service"]["locations"]:
            assert location["confidential"] is True
            assert location["address_1"] is None and location["postal_code"] is None
            assert location["latitude"] is None and location["longitude"] is None

    def test_without_location_only_national_and_remote_with_a_notice(
        self, client: TestClient
    ) -> None:
        body = refer(client, limit=50)
        assert all(r["distance_miles"] is None for r in body["results"])
        assert not any(r["service"]["sample"] for r in body["results"])
        assert any("No location" in n for n in body["notices"])

    def test_point_location_is_resolved_to_its_state(self, client: TestClient) -> None:
        body = refer(client, location={"lat": 35.99, "lon": -78.9})
        assert any(r["distance_miles"] is not None for r in body["results"])

    def test_sample_results_are_marked_sample(self, client: TestClient) -> None:
        body = refer(client, location={"zip": "27701"})
        samples = [r for r in body["results"] if r["service"]["sample"]]
        assert samples
        assert all("SAMPLE" in (r["service"]["notice"] or "") for r in samples)
        assert any("SAMPLE" in n for n in body["notices"])


class TestRelevance:
    def test_substance_use_groups_come_after_anxiety_services_and_counselling(
        self, client: TestClient
    ) -> None:
        body = refer(
            client,
            location={"zip": "27701"},
            cost={"max_per_session": 40},
            topics=["anxiety"],
            languages=["es"],
            limit=50,
        )
        services = [r["service"] for r in body["results"] if r["kind"] == "service"]
        order = [s["id"] for s in services]
        anxiety = [i for i, s in enumerate(services) if "anxiety" in s["topics"]]
        counselling = [i for i, s in enumerate(services) if s["kind"] == "counseling"]
        groups = [order.index(i) for i in ("svc-aa-meetings", "svc-na-meetings") if i in order]
        assert anxiety and counselling and groups
        assert max(anxiety + counselling) < min(groups)


class TestBadInput:
    def test_unknown_field_is_a_422_naming_it(self, client: TestClient) -> None:
        response = client.post("/v1/referrals", json={"budget": 40})
        assert "budget" in problem_fields(response)

    def test_unknown_zip_is_a_422_naming_location_zip(self, client: TestClient) -> None:
        response = client.post("/v1/referrals", json={"location": {"zip": "00000"}})
        assert "location.zip" in problem_fields(response)

    def test_location_must_be_one_shape(self, client: TestClient) -> None:
        response = client.post("/v1/referrals", json={"location": {"zip": "27701", "state": "NC"}})
        assert "location" in problem_fields(response)
        response = client.post("/v1/referrals", json={"location": {"lat": 35.9}})
        assert "location" in problem_fields(response)

    def test_vocabulary_fields_are_checked(self, client: TestClient) -> None:
        response = client.post("/v1/referrals", json={"delivery": ["carrier_pigeon"]})
        assert "delivery.0" in problem_fields(response)
        response = client.post("/v1/referrals", json={"languages": ["Spanish"]})
        assert "languages.0" in problem_fields(response)

    def test_limits_on_sizes(self, client: TestClient) -> None:
        assert "limit" in problem_fields(client.post("/v1/referrals", json={"limit": 51}))
        long_text = {"description": "x" * 2001}
        assert "description" in problem_fields(client.post("/v1/referrals", json=long_text))
        many = {"risk_flags": ["x"] * 21}
        assert "risk_flags" in problem_fields(client.post("/v1/referrals", json=many))

    def test_error_does_not_echo_the_description(self, client: TestClient) -> None:
        response = client.post(
            "/v1/referrals", json={"description": "private words " * 200, "age": -1}
        )
        assert response.status_code == 422
        assert "private words" not in response.text


class TestOpenApi:
    def test_every_request_field_is_documented_with_an_example(self, client: TestClient) -> None:
        schemas = client.get("/openapi.json").json()["components"]["schemas"]
        request = schemas["ReferralRequest"]
        assert request["examples"][0]["location"] == {"zip": "27701"}
        for name, field in request["properties"].items():
            assert field.get("description"), name
        for model in ("ReferralOut", "ResultOut", "TriageOut", "ReasonOut", "CrisisLinesOut"):
            for name, field in schemas[model]["properties"].items():
                assert field.get("description"), f"{model}.{name}"
