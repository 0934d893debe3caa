"""/metrics: latency per route template and referrals per triage level, counts only."""

from fastapi.testclient import TestClient

from app.api.metrics import record_referral


def _samples(text: str, name: str) -> dict[str, float]:
    """Map each sample line `name{labels} value` of the exposition to its value."""
    found: dict[str, float] = {}
    for line in text.splitlines():
        if line.startswith(name + "{"):
            key, value = line.rsplit(" ", 1)
            found[key] = float(value)
    return found


class TestMetricsEndpoint:
    def test_latency_is_labelled_by_route_template_not_by_path(self, client: TestClient) -> None:
        client.get("/v1/services/some-private-looking-id-123")
        text = client.get("/metrics").text
        assert 'route="/v1/services/{service_id}"' in text
        assert "some-private-looking-id-123" not in text
        assert "http_request_duration_seconds_bucket{" in text

    def test_unknown_paths_share_one_label(self, client: TestClient) -> None:
        client.get("/wp-admin/setup-config.php")
        text = client.get("/metrics").text
        assert 'route="<unmatched>"' in text
        assert "wp-admin" not in text

    def test_served_as_prometheus_text(self, client: TestClient) -> None:
        response = client.get("/metrics")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/plain")


class TestRecordReferral:
    def test_counts_referrals_by_triage_level(self, client: TestClient) -> None:
        before = _samples(client.get("/metrics").text, "referrals_total")
        record_referral("crisis")
        record_referral("crisis")
        after = _samples(client.get("/metrics").text, "referrals_total")
        key = 'referrals_total{triage_level="crisis"}'
        assert after[key] - before.get(key, 0.0) == 2

    def test_an_unexpected_level_cannot_mint_a_new_series(self, client: TestClient) -> None:
        record_referral("free text from somewhere")
        text = client.get("/metrics").text
        assert "free text from somewhere" not in text
        assert 'referrals_total{triage_level="other"}' in text


class TestReferralsAreCounted:
    def test_each_referral_counts_once_under_its_triage_level(self, client: TestClient) -> None:
        before = _samples(client.get("/metrics").text, "referrals_total")
        plain = client.post("/v1/referrals", json={"location": {"zip": "27701"}})
        risky = client.post(
            "/v1/referrals",
            json={"location": {"zip": "27701"}, "risk_flags": ["suicidal_ideation"]},
        )
        after = _samples(client.get("/metrics").text, "referrals_total")
        levels = [plain.json()["triage"]["level"], risky.json()["triage"]["level"]]
        assert levels[0] == "none" and levels[1] in {"crisis", "emergency"}
        for level in set(levels):
            key = f'referrals_total{{triage_level="{level}"}}'
            assert after[key] - before.get(key, 0.0) == levels.count(level)
