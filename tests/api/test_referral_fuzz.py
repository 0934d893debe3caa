"""Fuzzing the need-profile parser: any JSON at all is either a referral or a 422
problem naming the field at fault, never a 500."""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.api.schemas.referral import REQUEST_EXAMPLE
from app.errors import PROBLEM_JSON
from app.main import create_app
from tests.conftest import make_settings

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
)
ANY_JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=20,
)
FIELDS = sorted(REQUEST_EXAMPLE)


@st.composite
def mutated_profiles(draw: st.DrawFn) -> dict[str, Any]:
    """The documented example with some fields replaced by arbitrary JSON (deep too)."""
    profile: dict[str, Any] = json.loads(json.dumps(REQUEST_EXAMPLE))
    for name in draw(st.lists(st.sampled_from(FIELDS), min_size=1, max_size=3)):
        profile[name] = draw(ANY_JSON)
    if draw(st.booleans()):
        profile["location"] = draw(
            st.dictionaries(st.sampled_from(["zip", "lat", "lon", "state", "x"]), SCALARS)
        )
    return profile


@pytest.fixture(scope="module")
def fuzz_client(
    tmp_path_factory: pytest.TempPathFactory, seeded_db_path: Path
) -> Iterator[TestClient]:
    tmp_path = tmp_path_factory.mktemp("fuzz")
    (tmp_path / "test.db").write_bytes(seeded_db_path.read_bytes())
    with TestClient(create_app(make_settings(tmp_path))) as client:
        yield client


def _check(client: TestClient, content: bytes) -> None:
    response = client.post(
        "/v1/referrals", content=content, headers={"Content-Type": "application/json"}
    )
    assert response.status_code in {200, 422}, response.text
    if response.status_code == 422:
        assert response.headers["content-type"] == PROBLEM_JSON
        problem = response.json()
        assert problem["status"] == 422 and problem["errors"]
        assert all("field" in e and "loc" in e for e in problem["errors"])
    else:
        assert response.json()["results"]


FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


class TestNeedProfileParser:
    @FUZZ
    @given(body=ANY_JSON)
    def test_any_json_is_a_referral_or_a_422(self, fuzz_client: TestClient, body: Any) -> None:
        _check(fuzz_client, json.dumps(body).encode())

    @FUZZ
    @given(body=mutated_profiles())
    def test_a_profile_with_any_field_garbled_is_a_referral_or_a_422(
        self, fuzz_client: TestClient, body: dict[str, Any]
    ) -> None:
        _check(fuzz_client, json.dumps(body).encode())

    @FUZZ
    @given(raw=st.binary(max_size=200))
    def test_any_bytes_are_a_referral_or_a_422(self, fuzz_client: TestClient, raw: bytes) -> None:
        _check(fuzz_client, raw)
