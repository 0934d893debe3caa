"""POST /v1/coverage: JSON and streamed NDJSON, CSV input, bad rows on their own, limits."""

import json

from fastapi.testclient import TestClient

from app.api.schemas.coverage import MAX_LOCATIONS

NDJSON = "application/x-ndjson"
THREE = [
    {"id": "durham", "zip": "27701"},
    {"id": "not-a-zip", "zip": "00000"},
    {"id": "rural-montana", "zip": "59001"},
]


def post(client: TestClient, body: object, **headers: str):  # type: ignore[no-untyped-def]
    return client.post("/v1/coverage", json=body, headers=headers)


class TestJsonAnswer:
    def test_counts_gaps_and_header_for_each_location_in_order(self, client: TestClient) -> None:
        answer = post(client, {"locations": THREE}).json()
        assert [r["id"] for r in answer["results"]] == ["durham", "not-a-zip", "rural-montana"]
        durham, _, rural = answer["results"]
        assert durham["counts"]["counseling"]["in_person"]["all"] > 0
        assert rural["counts"]["counseling"]["in_person"]["all"] == 0
        labels = [g["label"] for g in rural["gaps"]]
        assert "no free or sliding-scale counselling within 25 miles" in labels
        assert answer["header"]["radius_miles"] == 25
        assert answer["header"]["sample_data"] is True  # the seed has the fictional directory
        assert answer["summary"] == {
            "type": "summary",
            "locations": 3,
            "ok": 2,
            "errors": 1,
            "with_any_gap": answer["summary"]["with_any_gap"],
            "gap_counts": answer["summary"]["gap_counts"],
        }

    def test_crisis_lines_are_reported_once_and_not_as_local_coverage(
        self, client: TestClient
    ) -> None:
        answer = post(client, {"locations": [THREE[2]]}).json()
        assert answer["header"]["crisis_lines"]["count"] > 0
        rural = answer["results"][0]
        assert rural["counts"]["psychiatry"]["telehealth"]["all"] == 0
        assert any(g["code"] == "psychiatry" for g in rural["gaps"])

    def test_profile_narrows_counts_and_chooses_the_audience_checks(
        self, client: TestClient
    ) -> None:
        anyone = post(client, {"locations": [THREE[0]]}).json()["results"][0]
        spanish = post(client, {"locations": [THREE[0]], "profile": {"languages": ["es"]}}).json()[
            "results"
        ][0]
        assert (
            spanish["counts"]["counseling"]["in_person"]["all"]
            < anyone["counts"]["counseling"]["in_person"]["all"]
        )
        assert list(spanish["audiences"]) == ["language:es"]

    def test_a_wider_radius_reaches_more(self, client: TestClient) -> None:
        near = post(client, {"locations": [{"zip": "27510"}], "radius_miles": 5}).json()
        far = post(client, {"locations": [{"zip": "27510"}], "radius_miles": 40}).json()
        n, f = near["results"][0]["counts"], far["results"][0]["counts"]
        assert f["counseling"]["in_person"]["all"] > n["counseling"]["in_person"]["all"]


class TestBadRows:
    def test_each_bad_location_is_reported_on_its_own_row(self, client: TestClient) -> None:
        body = {
            "locations": [
                {"id": "ok", "zip": "27701"},
                {"id": "unknown-zip", "zip": "99999"},
                {"id": "lat-too-big", "lat": 123, "lon": -78.9},
                {"id": "nothing"},
                {"id": "two-shapes", "zip": "27701", "state": "NC"},
                {"id": "mid-ocean", "lat": 30.0, "lon": -40.0},
                {"id": "state", "state": "North Carolina"},
            ]
        }
        rows = post(client, body).json()["results"]
        assert [r["type"] for r in rows] == [
            "location", "error", "error", "error", "error", "error", "location",
        ]  # fmt: skip
        errors = {r["id"]: r for r in rows if r["type"] == "error"}
        assert errors["unknown-zip"]["index"] == 1
        assert errors["unknown-zip"]["input"] == {"zip": "99999"}
        assert "Not a known US ZIP" in errors["unknown-zip"]["reason"]
        assert errors["lat-too-big"]["reason"].startswith("lat:")
        assert "exactly one" in errors["nothing"]["reason"]
        assert "No US ZIP code" in errors["mid-ocean"]["reason"]
        assert rows[-1]["in_person_checked"] is False  # a state has no point to measure from


class TestNdjsonStreaming:
    def test_header_rows_and_summary_arrive_one_json_object_per_line(
        self, client: TestClient
    ) -> None:
        with client.stream(
            "POST", "/v1/coverage", json={"locations": THREE}, headers={"Accept": NDJSON}
        ) as response:
            assert response.headers["content-type"].startswith(NDJSON)
            lines = [json.loads(line) for line in response.iter_lines() if line]
        assert [line["type"] for line in lines] == [
            "header", "location", "error", "location", "summary",
        ]  # fmt: skip
        assert lines[2]["id"] == "not-a-zip"
        assert lines[-1]["errors"] == 1

    def test_ndjson_rows_equal_the_json_rows(self, client: TestClient) -> None:
        plain = post(client, {"locations": THREE}).json()
        streamed = post(client, {"locations": THREE}, Accept=NDJSON).text.splitlines()
        assert [json.loads(line) for line in streamed[1:-1]] == plain["results"]


class TestCsvInput:
    def test_csv_rows_are_covered_like_json_ones(self, client: TestClient) -> None:
        text = "id,zip\ndurham,27701\nnot-a-zip,00000\n"
        answer = client.post(
            "/v1/coverage?radius_miles=10", content=text, headers={"Content-Type": "text/csv"}
        ).json()
        assert answer["header"]["radius_miles"] == 10
        assert [r["type"] for r in answer["results"]] == ["location", "error"]

    def test_points_and_states_in_csv(self, client: TestClient) -> None:
        text = "id,lat,lon,state\npoint,35.99,-78.90,\nstatewide,,,NC\n"
        answer = client.post("/v1/coverage", content=text, headers={"Content-Type": "text/csv"})
        assert [r["type"] for r in answer.json()["results"]] == ["location", "location"]

    def test_old_mac_and_windows_line_ends_are_read(self, client: TestClient) -> None:
        text = "id,zip\r\ndurham,27701\rbillings,59101\n"
        answer = client.post("/v1/coverage", content=text, headers={"Content-Type": "text/csv"})
        assert answer.status_code == 200
        assert [r["id"] for r in answer.json()["results"]] == ["durham", "billings"]

    def test_a_csv_without_a_location_column_is_refused(self, client: TestClient) -> None:
        answer = client.post(
            "/v1/coverage", content="name\nx\n", headers={"Content-Type": "text/csv"}
        )
        assert answer.status_code == 422
        assert answer.headers["content-type"].startswith("application/problem+json")
        assert answer.json()["errors"][0]["field"] == "body"


class TestLimits:
    def test_more_than_the_limit_is_refused_naming_the_field(self, client: TestClient) -> None:
        answer = post(client, {"locations": [{"zip": "27701"}] * (MAX_LOCATIONS + 1)})
        assert answer.status_code == 422
        assert answer.headers["content-type"].startswith("application/problem+json")
        assert [e["field"] for e in answer.json()["errors"]] == ["locations"]

    def test_an_empty_list_and_an_unknown_profile_field_are_refused(
        self, client: TestClient
    ) -> None:
        assert post(client, {"locations": []}).status_code == 422
        answer = post(client, {"locations": THREE, "profile": {"location": {"zip": "27701"}}})
        assert answer.status_code == 422
        assert answer.json()["errors"][0]["field"].startswith("profile.location")
