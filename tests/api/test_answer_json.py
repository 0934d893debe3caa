"""The served referral JSON (assembled from cached per-service fragments) against the models."""

import json
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.api.routes.referrals import answer_model, to_profile
from app.api.schemas.answer_json import answer_json
from app.api.schemas.referral import ReferralRequest
from app.routing.index import DirectoryIndex
from app.routing.rank import crisis_lines_for, route
from app.routing.referral import Referral

# Tuesday mid-afternoon in the eastern US, so hours and open-now answers are fixed.
NOW = datetime(2026, 11, 24, 19, 30, tzinfo=UTC)

PROFILES: list[dict[str, Any]] = [
    {},
    {"location": {"zip": "27701"}},
    {"location": {"zip": "27701"}, "risk_flags": ["suicidal_ideation"], "populations": ["veteran"]},
    {"location": {"zip": "10001"}, "risk_flags": ["imminent_danger"], "urgency": "immediate"},
    {"location": {"zip": "27701"}, "risk_flags": ["interpersonal_violence"], "delivery": ["text"]},
    {"location": {"zip": "27701"}, "languages": ["es"], "age": 16},
    {"location": {"zip": "27701"}, "cost": {"max_per_session": 40, "payment": ["sliding_scale"]}},
    {"location": {"zip": "27701"}, "open_now": True, "max_distance_miles": 50},
    {"location": {"lat": 35.99, "lon": -78.9}, "include_waitlisted": True, "limit": 3},
    {"location": {"state": "NC"}, "delivery": ["video"], "topics": ["depression"]},
    {"location": {"zip": "99501"}, "risk_flags": ["something_unlisted"]},
    {"location": {"zip": "27701"}, "exclude_service_ids": ["svc-988"], "risk_flags": ["self_harm"]},
]


def live_index(client: TestClient) -> DirectoryIndex:
    index: DirectoryIndex = client.app.state.directory.index  # type: ignore[attr-defined]
    return index


def both(
    referral: Referral, index: DirectoryIndex, *, crisis_only: bool = False
) -> tuple[str, str]:
    model = answer_model(referral, False, crisis_only=crisis_only).model_dump_json()
    excluded = None if crisis_only else referral.excluded
    fast = answer_json(referral, index, notices=list(referral.notices), excluded=excluded)
    return model, fast.decode()


class TestSameAnswerAsTheModels:
    @pytest.mark.parametrize("body", PROFILES, ids=lambda b: json.dumps(b, sort_keys=True))
    def test_referral_bytes_equal_the_model_rendering(
        self, client: TestClient, body: dict[str, Any]
    ) -> None:
        index = live_index(client)
        referral = route(to_profile(ReferralRequest.model_validate(body)), index, now=NOW)
        assert referral.results, "every profile shows at least crisis lines or services"
        for _ in range(2):  # the second pass reads the fragments cached by the first
            model, fast = both(referral, index)
            assert json.loads(fast) == json.loads(model)
            assert fast == model

    @pytest.mark.parametrize("body", PROFILES[2:5], ids=["veteran", "imminent", "text"])
    def test_crisis_lines_bytes_equal_the_model_rendering(
        self, client: TestClient, body: dict[str, Any]
    ) -> None:
        index = live_index(client)
        referral = crisis_lines_for(to_profile(ReferralRequest.model_validate(body)), index)
        model, fast = both(referral, index, crisis_only=True)
        assert fast == model
        assert "excluded" not in json.loads(fast)

    def test_served_answer_parses_like_the_models_field_for_field(self, client: TestClient) -> None:
        body = {"location": {"zip": "27701"}, "risk_flags": ["suicidal_ideation"]}
        served = client.post("/v1/referrals", json=body).json()
        referral = route(
            to_profile(ReferralRequest.model_validate(body)), live_index(client), now=NOW
        )
        model = json.loads(answer_model(referral, False).model_dump_json())
        assert list(served) == list(model)
        assert served["triage"] == model["triage"]
        # Same fields in the same order for every item (hours may differ between the two clocks).
        assert [list(r) for r in served["results"]][:1] == [list(r) for r in model["results"]][:1]
        assert [list(r["service"]) for r in served["results"]][:1] == [
            list(r["service"]) for r in model["results"]
        ][:1]


class TestFragmentsFollowTheDirectory:
    def test_a_reloaded_directory_shows_the_new_listing(self, client: TestClient) -> None:
        old = live_index(client)
        referral = route(to_profile(ReferralRequest.model_validate(PROFILES[1])), old, now=NOW)
        first = referral.results[-1].service
        renamed = replace(first, name="Renamed Counseling Center")
        new = DirectoryIndex(
            [renamed if r.id == first.id else r for r in old.services], version="next"
        )
        answer_json(referral, old, notices=[], excluded={})  # caches the old fragments
        again = route(to_profile(ReferralRequest.model_validate(PROFILES[1])), new, now=NOW)
        shown = json.loads(answer_json(again, new, notices=[], excluded={}))
        names = {r["service"]["id"]: r["service"]["name"] for r in shown["results"]}
        assert names[first.id] == "Renamed Counseling Center"
