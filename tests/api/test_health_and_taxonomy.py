"""Health probes and the vocabularies a form needs."""

from fastapi.testclient import TestClient

from app.routing import vocabulary


class TestHealth:
    def test_alive(self, client: TestClient) -> None:
        assert client.get("/healthz").json() == {"status": "ok"}

    def test_ready_when_database_answers_and_directory_loaded(self, client: TestClient) -> None:
        body = client.get("/readyz").json()
        assert body["status"] == "ready"
        assert body["services"] > 300


class TestTaxonomy:
    def test_lists_every_vocabulary_a_form_needs(self, client: TestClient) -> None:
        body = client.get("/v1/taxonomy").json()
        assert body["risk_flags"] == list(vocabulary.RISK_FLAGS)
        assert "sliding_scale" in body["payment"] and "medicaid" in body["payment"]
        assert set(body["delivery"]) == {"in_person", "video", "phone", "text", "chat"}
        assert {"veteran", "lgbtq", "transgender"} <= set(body["populations"])
        assert {"code": "es", "name": "Spanish", "native_name": "Español"} in body["languages"]
