"""The read API: what a client browsing the directory sees."""

from fastapi.testclient import TestClient

PROBLEM = "application/problem+json"


class TestListServices:
    def test_pages_cover_every_service_once(self, client: TestClient) -> None:
        first = client.get("/v1/services", params={"limit": 50}).json()
        seen, cursor = [item["id"] for item in first["items"]], first["next_cursor"]
        while cursor:
            page = client.get("/v1/services", params={"limit": 50, "cursor": cursor}).json()
            seen += [item["id"] for item in page["items"]]
            cursor = page["next_cursor"]
        assert len(seen) == first["total"] == len(set(seen))
        assert first["total"] > 300

    def test_kind_filter_returns_only_that_kind(self, client: TestClient) -> None:
        body = client.get("/v1/services", params={"kind": "crisis_line", "limit": 100}).json()
        assert body["total"] >= 10
        assert {item["kind"] for item in body["items"]} == {"crisis_line"}

    def test_zip_radius_finds_nearby_services_marked_sample(self, client: TestClient) -> None:
        body = client.get("/v1/services", params={"zip": "27701", "radius_miles": 15}).json()
        assert body["total"] > 0
        for item in body["items"]:
            assert item["sample"] is True
            assert item["notice"] and "SAMPLE" in item["notice"]

    def test_state_filter_keeps_services_in_that_state(self, client: TestClient) -> None:
        body = client.get("/v1/services", params={"state": "North Carolina", "limit": 100}).json()
        assert body["total"] > 0
        for item in body["items"]:
            states = {loc["state"] for loc in item["locations"]}
            assert "NC" in states or "NC" in item["licensed_states"] or not item["locations"]

    def test_text_query_matches_name(self, client: TestClient) -> None:
        body = client.get("/v1/services", params={"q": "trevor"}).json()
        assert any("Trevor" in item["name"] for item in body["items"])

    def test_unknown_query_parameter_is_rejected_naming_it(self, client: TestClient) -> None:
        response = client.get("/v1/services", params={"knd": "crisis_line"})
        assert response.status_code == 422
        assert response.headers["content-type"] == PROBLEM
        assert "knd" in [e["field"] for e in response.json()["errors"]]

    def test_unknown_zip_is_a_problem_naming_zip(self, client: TestClient) -> None:
        response = client.get("/v1/services", params={"zip": "00000"})
        assert response.status_code == 422
        assert response.json()["errors"][0]["field"] == "zip"

    def test_forged_cursor_is_rejected(self, client: TestClient) -> None:
        response = client.get("/v1/services", params={"cursor": "not-a-cursor"})
        assert response.status_code == 422
        assert response.headers["content-type"] == PROBLEM


class TestGetService:
    def test_national_line_carries_real_number_source_and_date(self, client: TestClient) -> None:
        body = client.get("/v1/services", params={"q": "988", "kind": "crisis_line"}).json()
        lifeline = next(i for i in body["items"] if i["name"].startswith("988"))
        one = client.get(f"/v1/services/{lifeline['id']}").json()
        assert any(p["number"] == "988" and p["href"] == "tel:988" for p in one["phones"])
        assert one["source_url"].startswith("https://")
        assert one["verified_at"] is not None
        assert one["sample"] is False

    def test_unknown_id_is_404_problem(self, client: TestClient) -> None:
        response = client.get("/v1/services/does-not-exist")
        assert response.status_code == 404
        assert response.headers["content-type"] == PROBLEM
        assert response.json()["status"] == 404

    def test_confidential_location_never_shows_address_or_coordinates(
        self, client: TestClient
    ) -> None:
        page = client.get("/v1/services", params={"limit": 100, "q": "shelter"}).json()
        locations = [loc for item in page["items"] for loc in item["locations"]]
        hidden = [loc for loc in locations if loc["confidential"]]
        assert hidden, "the sample directory has confidential shelters"
        for loc in hidden:
            assert loc["address_1"] is None and loc["postal_code"] is None
            assert loc["latitude"] is None and loc["longitude"] is None


class TestUnknownPath:
    def test_unknown_path_is_problem_json(self, client: TestClient) -> None:
        response = client.get("/v1/nothing-here")
        assert response.status_code == 404
        assert response.headers["content-type"] == PROBLEM
