"""Directory writes with a secret key: visible at once, versioned, audited without values."""

from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

PROBLEM = "application/problem+json"
ORG: dict[str, Any] = {
    "id": "org-admin-test",
    "name": "Bull City Counseling Collective (sample)",
    "website": "https://example.org/sample/bull-city",
    "is_sample": True,
}
LOCATION: dict[str, Any] = {
    "id": "loc-admin-test",
    "organization_id": ORG["id"],
    "name": "Main office (sample)",
    "latitude": 35.9940,
    "longitude": -78.8986,
    "address": {
        "address_1": "100 Sample St",
        "city": "Durham",
        "state_province": "NC",
        "postal_code": "27701",
    },
}
SERVICE: dict[str, Any] = {
    "id": "svc-admin-test",
    "organization_id": ORG["id"],
    "name": "Bull City Sliding-Scale Therapy (sample)",
    "kind": "counseling",
    "description": "SAMPLE DATA. Short-term therapy for adults on a sliding scale.",
    "delivery": ["in_person", "video"],
    "licensed_states": ["NC"],
    "topics": ["anxiety", "depression"],
    "languages": ["en", "es"],
    "phones": [{"number": "9195550199", "description": "Intake"}],
    "schedules": [{"days": ["MO", "WE"], "opens_at": "09:00", "closes_at": "17:00"}],
    "timezone": "America/New_York",
    "cost": {"sliding_scale": True, "min_fee": 20, "max_fee": 60, "payments": ["medicaid"]},
    "service_areas": [{"type": "county", "state": "NC", "counties": ["Durham"]}],
    "location_ids": [LOCATION["id"]],
    "minimum_age": 18,
    "accepting_new_clients": True,
    "wait_days": 7,
    "is_sample": True,
}
REFERRAL = {"location": {"zip": "27701"}, "topics": ["anxiety"], "limit": 50}


def create_all(admin: TestClient) -> None:
    for path, body in (
        ("/v1/admin/organizations", ORG),
        ("/v1/admin/locations", LOCATION),
        ("/v1/admin/services", SERVICE),
    ):
        response = admin.post(path, json=body)
        assert response.status_code == 201, response.text


def _referred_ids(client: TestClient) -> list[str]:
    response = client.post("/v1/referrals", json=REFERRAL)
    assert response.status_code == 200, response.text
    return [item["service"]["id"] for item in response.json()["results"]]


class TestCreate:
    def test_a_new_service_is_listed_and_routed_at_once(self, admin: TestClient) -> None:
        create_all(admin)
        shown = admin.get(f"/v1/services/{SERVICE['id']}").json()
        assert shown["name"] == SERVICE["name"]
        assert shown["organization"] == ORG["name"]
        assert shown["locations"][0]["city"] == "Durham"
        assert shown["phones"][0]["href"] == "tel:9195550199"
        assert shown["cost"]["sliding_scale"] is True
        assert shown["sample"] is True
        assert SERVICE["id"] in _referred_ids(admin)

    def test_each_write_moves_the_directory_version(self, admin: TestClient) -> None:
        before = admin.get("/v1/services").json()["directory_version"]
        response = admin.post("/v1/admin/organizations", json=ORG)
        assert response.json()["directory_version"] == str(int(before) + 1)
        assert admin.get("/v1/services").json()["directory_version"] == str(int(before) + 1)

    def test_an_id_that_exists_is_409(self, admin: TestClient) -> None:
        create_all(admin)
        response = admin.post("/v1/admin/services", json=SERVICE)
        assert response.status_code == 409
        assert response.headers["content-type"] == PROBLEM

    def test_an_unknown_organization_is_named(self, admin: TestClient) -> None:
        response = admin.post("/v1/admin/services", json=SERVICE)
        assert response.status_code == 422
        assert [e["field"] for e in response.json()["errors"]] == ["organization_id"]

    def test_an_unknown_location_is_named_by_position(self, admin: TestClient) -> None:
        admin.post("/v1/admin/organizations", json=ORG)
        response = admin.post("/v1/admin/services", json=SERVICE)
        assert response.status_code == 422
        assert [e["field"] for e in response.json()["errors"]] == ["location_ids.0"]
        assert admin.get(f"/v1/services/{SERVICE['id']}").status_code == 404

    def test_unknown_fields_and_vocabulary_are_refused(self, admin: TestClient) -> None:
        admin.post("/v1/admin/organizations", json=ORG)
        bad = {**SERVICE, "location_ids": [], "colour": "blue", "kind": "astrology"}
        response = admin.post("/v1/admin/services", json=bad)
        assert response.status_code == 422
        assert {e["field"] for e in response.json()["errors"]} == {"colour", "kind"}

    def test_an_oversized_list_is_refused_naming_it(self, admin: TestClient) -> None:
        admin.post("/v1/admin/organizations", json=ORG)
        bad = {**SERVICE, "location_ids": [], "topics": ["anxiety"] * 21}
        response = admin.post("/v1/admin/services", json=bad)
        assert response.status_code == 422
        assert [e["field"] for e in response.json()["errors"]] == ["topics"]


class TestCrisisLines:
    def test_a_crisis_line_without_source_and_date_is_refused(self, admin: TestClient) -> None:
        admin.post("/v1/admin/organizations", json=ORG)
        line = {
            "id": "svc-local-crisis",
            "organization_id": ORG["id"],
            "name": "County Crisis Line (sample)",
            "kind": "crisis_line",
            "crisis": {"risk_flags": ["any"]},
            "phones": [{"number": "9195550142"}],
            "open_24_7": True,
        }
        refused = admin.post("/v1/admin/services", json=line)
        assert refused.status_code == 422
        assert refused.json()["errors"][0]["field"] == "source_url"
        sourced = {**line, "source_url": "https://example.org/crisis", "verified_at": "2026-11-20"}
        assert admin.post("/v1/admin/services", json=sourced).status_code == 201
        lines = admin.get("/v1/crisis-lines", params={"risk_flags": "suicidal_ideation"}).json()
        assert "svc-local-crisis" in {r["service"]["id"] for r in lines["results"]}


class TestUpdate:
    def test_a_replaced_service_shows_its_new_values(self, admin: TestClient) -> None:
        create_all(admin)
        body = {k: v for k, v in SERVICE.items() if k != "id"}
        body |= {"name": "Bull City Therapy (sample)", "phones": [{"number": "9195550198"}]}
        response = admin.put(f"/v1/admin/services/{SERVICE['id']}", json=body)
        assert response.status_code == 200, response.text
        assert response.json()["changed_fields"] == ["name", "phones"]
        shown = admin.get(f"/v1/services/{SERVICE['id']}").json()
        assert shown["name"] == "Bull City Therapy (sample)"
        assert [p["number"] for p in shown["phones"]] == ["9195550198"]

    def test_an_organization_rename_reaches_its_services(self, admin: TestClient) -> None:
        create_all(admin)
        body = {k: v for k, v in ORG.items() if k != "id"} | {"name": "Renamed (sample)"}
        assert admin.put(f"/v1/admin/organizations/{ORG['id']}", json=body).status_code == 200
        assert admin.get(f"/v1/services/{SERVICE['id']}").json()["organization"] == (
            "Renamed (sample)"
        )

    def test_a_moved_location_is_where_the_service_is_shown(self, admin: TestClient) -> None:
        create_all(admin)
        body = {k: v for k, v in LOCATION.items() if k != "id"}
        body["address"] = {**LOCATION["address"], "address_1": "200 Other St"}
        response = admin.put(f"/v1/admin/locations/{LOCATION['id']}", json=body)
        assert response.json()["changed_fields"] == ["address"]
        shown = admin.get(f"/v1/services/{SERVICE['id']}").json()
        assert shown["locations"][0]["address_1"] == "200 Other St"

    def test_replacing_what_does_not_exist_is_404(self, admin: TestClient) -> None:
        body = {k: v for k, v in ORG.items() if k != "id"}
        response = admin.put("/v1/admin/organizations/nobody", json=body)
        assert response.status_code == 404
        assert response.headers["content-type"] == PROBLEM


class TestDelete:
    def test_a_deleted_service_is_gone_from_listings_and_referrals(self, admin: TestClient) -> None:
        create_all(admin)
        assert admin.delete(f"/v1/admin/services/{SERVICE['id']}").status_code == 200
        assert admin.get(f"/v1/services/{SERVICE['id']}").status_code == 404
        assert SERVICE["id"] not in _referred_ids(admin)

    def test_an_organization_in_use_is_kept_until_its_listings_go(self, admin: TestClient) -> None:
        create_all(admin)
        refused = admin.delete(f"/v1/admin/organizations/{ORG['id']}")
        assert refused.status_code == 409
        assert refused.headers["content-type"] == PROBLEM
        assert admin.delete(f"/v1/admin/services/{SERVICE['id']}").status_code == 200
        assert admin.delete(f"/v1/admin/locations/{LOCATION['id']}").status_code == 200
        assert admin.delete(f"/v1/admin/organizations/{ORG['id']}").status_code == 200

    def test_deleting_a_location_keeps_the_service_without_it(self, admin: TestClient) -> None:
        create_all(admin)
        assert admin.delete(f"/v1/admin/locations/{LOCATION['id']}").status_code == 200
        assert admin.get(f"/v1/services/{SERVICE['id']}").json()["locations"] == []


class TestCapacity:
    def test_closing_intake_takes_the_service_out_of_the_next_referral(
        self, admin: TestClient
    ) -> None:
        create_all(admin)
        assert SERVICE["id"] in _referred_ids(admin)
        response = admin.patch(
            f"/v1/admin/services/{SERVICE['id']}/capacity",
            json={"accepting_new_clients": False, "wait_days": 60},
        )
        assert response.status_code == 200, response.text
        assert response.json()["capacity_updated_at"]
        assert SERVICE["id"] not in _referred_ids(admin)
        referral = admin.post("/v1/referrals", json=REFERRAL).json()
        assert referral["excluded"].get("at_capacity", 0) >= 1
        shown = admin.get(f"/v1/services/{SERVICE['id']}").json()
        assert (shown["accepting_new_clients"], shown["wait_days"]) == (False, 60)

    def test_reopening_brings_it_back(self, admin: TestClient) -> None:
        create_all(admin)
        path = f"/v1/admin/services/{SERVICE['id']}/capacity"
        admin.patch(path, json={"accepting_new_clients": False})
        admin.patch(path, json={"accepting_new_clients": True, "wait_days": 3})
        assert SERVICE["id"] in _referred_ids(admin)

    def test_a_crisis_line_has_no_capacity_to_close(self, admin: TestClient) -> None:
        crisis_line = admin.get("/v1/services", params={"kind": "crisis_line"}).json()["items"][0]
        response = admin.patch(
            f"/v1/admin/services/{crisis_line['id']}/capacity",
            json={"accepting_new_clients": False},
        )
        assert response.status_code == 422
        assert admin.get(f"/v1/services/{crisis_line['id']}").json()["accepting_new_clients"]

    def test_capacity_of_an_unknown_service_is_404(self, admin: TestClient) -> None:
        response = admin.patch(
            "/v1/admin/services/nope/capacity", json={"accepting_new_clients": False}
        )
        assert response.status_code == 404

    def test_a_negative_wait_is_refused(self, admin: TestClient) -> None:
        create_all(admin)
        response = admin.patch(
            f"/v1/admin/services/{SERVICE['id']}/capacity",
            json={"accepting_new_clients": True, "wait_days": -1},
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["field"] == "wait_days"


class TestOpenApi:
    def test_admin_operations_document_their_errors(self, seeded_app: FastAPI) -> None:
        spec = seeded_app.openapi()
        operation = spec["paths"]["/v1/admin/services/{service_id}"]["put"]
        assert operation["operationId"] == "update_service"
        assert {"401", "403", "404", "422", "429"} <= set(operation["responses"])
        assert "application/problem+json" in operation["responses"]["401"]["content"]
        capacity = spec["paths"]["/v1/admin/services/{service_id}/capacity"]["patch"]
        assert capacity["operationId"] == "update_service_capacity"
        assert spec["components"]["securitySchemes"]
