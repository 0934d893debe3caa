"""GET /v1/crisis-lines, and crisis help when the database cannot be reached."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from tests.conftest import make_settings

UNREACHABLE_DATABASE = "postgresql+psycopg://referral:nothing@127.0.0.1:1/nowhere?connect_timeout=2"


class TestCrisisLines:
    def test_veteran_gets_988_then_the_veterans_line(self, client: TestClient) -> None:
        response = client.get(
            "/v1/crisis-lines",
            params={"risk_flags": "suicidal_ideation", "populations": "veteran"},
        )
        assert response.status_code == 200
        body = response.json()
        assert [r["service"]["id"] for r in body["results"]][:2] == [
            "svc-988",
            "svc-veterans-crisis-line",
        ]
        assert {r["kind"] for r in body["results"]} == {"crisis_line"}

    def test_unknown_flag_still_counts_as_risk(self, client: TestClient) -> None:
        body = client.get("/v1/crisis-lines", params={"risk_flags": "scared"}).json()
        assert body["triage"]["level"] == "crisis"
        assert body["warnings"]

    def test_emergency_puts_911_first(self, client: TestClient) -> None:
        body = client.get(
            "/v1/crisis-lines",
            params=[("risk_flags", "suicide_plan_or_intent"), ("urgency", "immediate")],
        ).json()
        assert body["results"][0]["kind"] == "emergency"

    def test_text_request_puts_text_options_first(self, client: TestClient) -> None:
        body = client.get(
            "/v1/crisis-lines", params={"risk_flags": "self_harm", "delivery": "text"}
        ).json()
        assert body["results"][0]["service"]["phones"][0]["type"] == "text"

    def test_without_risk_the_general_lines_are_still_given(self, client: TestClient) -> None:
        body = client.get("/v1/crisis-lines").json()
        assert body["triage"]["level"] == "none"
        assert body["results"][0]["service"]["id"] == "svc-988"

    def test_unknown_parameter_is_a_422_naming_it(self, client: TestClient) -> None:
        response = client.get("/v1/crisis-lines", params={"zip": "27701"})
        assert response.status_code == 422
        assert "zip" in [e["field"] for e in response.json()["errors"]]


@pytest.fixture
def database_down(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(make_settings(tmp_path, database_url=UNREACHABLE_DATABASE))
    with TestClient(app) as test_client:
        yield test_client


class TestDatabaseDown:
    def test_referral_still_answers_crisis_lines_first(self, database_down: TestClient) -> None:
        response = database_down.post(
            "/v1/referrals",
            json={"location": {"zip": "27701"}, "risk_flags": ["suicidal_ideation"]},
        )
        assert response.status_code == 200
        body = response.json()
        assert body["results"][0]["service"]["id"] == "svc-988"
        assert any("unavailable" in n for n in body["notices"])

    def test_emergency_still_gets_911(self, database_down: TestClient) -> None:
        body = database_down.post("/v1/referrals", json={"risk_flags": ["suicide_attempt"]}).json()
        assert body["results"][0]["kind"] == "emergency"

    def test_crisis_lines_endpoint_still_answers(self, database_down: TestClient) -> None:
        response = database_down.get("/v1/crisis-lines", params={"risk_flags": "self_harm"})
        assert response.status_code == 200
        assert response.json()["results"][0]["service"]["id"] == "svc-988"
