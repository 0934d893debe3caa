"""The benchmark harness, untimed: its inputs are valid, its stack ceiling is the real stack,
and its report keeps others' docs."""

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.api.schemas.referral import ReferralRequest
from bench import report
from bench.ceiling import ANSWERS_ENV, create_stack_ceiling_app
from bench.http import request_bodies
from bench.routing import profiles
from tests.conftest import make_settings


class TestInputs:
    def test_every_http_body_is_a_valid_referral_request(self) -> None:
        bodies = request_bodies()
        assert len(set(bodies)) == len(bodies)
        for body in bodies:
            ReferralRequest.model_validate_json(body)

    def test_core_profiles_mix_places_risk_and_filters(self) -> None:
        batch = profiles()
        assert any(p.risk_flags for p in batch) and any(not p.risk_flags for p in batch)
        assert any(p.place and not p.place.has_point for p in batch)
        assert len({p.place.state for p in batch if p.place}) >= 25
        assert any(p.max_per_session is not None for p in batch)


class TestWriteDocs:
    @pytest.fixture
    def doc(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
        path = tmp_path / "performance.md"
        monkeypatch.setattr(report, "DOC", path)
        return path

    def test_first_run_creates_the_file_with_both_sections(self, doc: Path) -> None:
        report.write_docs({}, {report.CORE_HEADING: "core figures", report.HTTP_HEADING: "http"})
        text = doc.read_text()
        assert text.startswith("# Performance")
        assert "## Routing core\n\ncore figures" in text and "## HTTP throughput\n\nhttp" in text

    def test_rerun_replaces_only_its_own_sections(self, doc: Path) -> None:
        doc.write_text(
            "# Performance\n\n## Coverage\n\nkept A\n\n## Routing core\n\nold figures\n\n"
            "## Load\n\nkept B\n"
        )
        report.write_docs({}, {report.CORE_HEADING: "new figures"})
        text = doc.read_text()
        assert "old figures" not in text and "## Routing core\n\nnew figures" in text
        assert "kept A" in text and "kept B" in text
        assert text.index("## Coverage") < text.index("## Routing core") < text.index("## Load")


class TestStackCeiling:
    def test_it_replays_the_recording_through_the_real_apps_stack(
        self, tmp_path: Path, seeded_db_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        body = request_bodies()[0]
        answers = tmp_path / "answers.json"
        answers.write_text(json.dumps([[body.decode(), '{"recorded":true}']]))
        monkeypatch.setenv(ANSWERS_ENV, str(answers))
        (tmp_path / "test.db").write_bytes(seeded_db_path.read_bytes())
        app = create_stack_ceiling_app(make_settings(tmp_path))
        with TestClient(app) as client:
            response = client.post(
                "/v1/referrals", content=body, headers={"content-type": "application/json"}
            )
            refused = client.post(
                "/v1/referrals", content=b'{"nope":1}', headers={"content-type": "application/json"}
            )
        assert response.status_code == 200 and response.json() == {"recorded": True}
        # What the stack adds is there: a request id, security headers, rate-limit headers.
        assert response.headers["x-request-id"]
        assert response.headers["x-content-type-options"] == "nosniff"
        assert any(name.lower().startswith("ratelimit") for name in response.headers)
        # And the real request model still parses the body.
        assert refused.status_code == 422
