"""CORS: pages on partners' registered sites may call the API; other sites' pages may not."""

from collections.abc import Callable

from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.api.conftest import PARTNER, STRANGER, issue_key


class TestPreflight:
    def test_a_registered_origin_may_post_with_a_key(
        self, client: TestClient, publishable_key: str
    ) -> None:
        response = client.options(
            "/v1/referrals",
            headers={
                "Origin": PARTNER,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type, x-api-key",
            },
        )
        assert response.status_code == 204
        assert response.headers["Access-Control-Allow-Origin"] == PARTNER
        assert "POST" in response.headers["Access-Control-Allow-Methods"]
        assert "x-api-key" in response.headers["Access-Control-Allow-Headers"]
        assert "Origin" in response.headers["Vary"]

    def test_an_unregistered_origin_gets_no_allow_origin(
        self, client: TestClient, publishable_key: str
    ) -> None:
        response = client.options(
            "/v1/referrals",
            headers={"Origin": STRANGER, "Access-Control-Request-Method": "POST"},
        )
        assert response.status_code == 403
        assert "Access-Control-Allow-Origin" not in response.headers

    def test_admin_methods_are_not_offered_to_browsers(
        self, client: TestClient, publishable_key: str
    ) -> None:
        response = client.options(
            "/v1/admin/services/x",
            headers={"Origin": PARTNER, "Access-Control-Request-Method": "DELETE"},
        )
        assert "Access-Control-Allow-Origin" not in response.headers


class TestSimpleRequests:
    def test_a_registered_origin_can_read_the_answer(
        self, client: TestClient, publishable_key: str
    ) -> None:
        response = client.get(
            "/v1/services", headers={"Origin": PARTNER, "X-API-Key": publishable_key}
        )
        assert response.status_code == 200
        assert response.headers["Access-Control-Allow-Origin"] == PARTNER
        assert "Origin" in response.headers["Vary"]
        assert "RateLimit-Remaining" in response.headers["Access-Control-Expose-Headers"]

    def test_an_unregistered_origin_cannot(self, client: TestClient, publishable_key: str) -> None:
        response = client.get("/v1/services", headers={"Origin": STRANGER})
        assert "Access-Control-Allow-Origin" not in response.headers
        assert "Origin" in response.headers["Vary"]

    def test_a_revoked_keys_origin_is_refused_at_once(
        self, client: TestClient, seeded_app: FastAPI, publishable_key: str
    ) -> None:
        seeded_app.state.keys.revoke(seeded_app.state.keys.lookup(publishable_key).id)
        response = client.get("/v1/services", headers={"Origin": PARTNER})
        assert "Access-Control-Allow-Origin" not in response.headers

    def test_a_key_created_after_start_up_is_allowed_without_a_restart(
        self, client: TestClient, seeded_app: FastAPI
    ) -> None:
        assert (
            "Access-Control-Allow-Origin"
            not in client.get("/v1/services", headers={"Origin": "https://late.example"}).headers
        )
        issue_key(seeded_app, origins=["https://late.example"])
        response = client.get("/v1/services", headers={"Origin": "https://late.example"})
        assert response.headers["Access-Control-Allow-Origin"] == "https://late.example"


class TestConfiguredOrigins:
    def test_settings_can_allow_an_origin_without_a_key(
        self, make_app: Callable[..., FastAPI]
    ) -> None:
        app = make_app(cors_origins=["https://ops.example"])
        with TestClient(app) as client:
            allowed = client.get("/v1/services", headers={"Origin": "https://ops.example"})
            refused = client.get("/v1/services", headers={"Origin": STRANGER})
        assert allowed.headers["Access-Control-Allow-Origin"] == "https://ops.example"
        assert "Access-Control-Allow-Origin" not in refused.headers
