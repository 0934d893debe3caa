"""The audit log: every directory write, by key name, with field names and never values."""

from fastapi.testclient import TestClient

from tests.api.test_admin import LOCATION, ORG, REFERRAL, SERVICE, create_all


class TestAudit:
    def test_every_write_is_logged_with_key_name_and_field_names(self, admin: TestClient) -> None:
        create_all(admin)
        admin.patch(
            f"/v1/admin/services/{SERVICE['id']}/capacity",
            json={"accepting_new_clients": False, "wait_days": 30},
        )
        entries = admin.get("/v1/admin/audit").json()["items"]
        assert [(e["action"], e["entity_type"], e["entity_id"]) for e in entries] == [
            ("capacity", "service", SERVICE["id"]),
            ("create", "service", SERVICE["id"]),
            ("create", "location", LOCATION["id"]),
            ("create", "organization", ORG["id"]),
        ]
        assert {e["key_name"] for e in entries} == {"Durham County Admin"}
        assert entries[0]["fields"] == ["accepting_new_clients", "capacity_updated_at", "wait_days"]
        assert "description" in entries[1]["fields"]

    def test_the_log_holds_no_values_and_no_need_data(self, admin: TestClient) -> None:
        create_all(admin)
        need = {**REFERRAL, "description": "I keep having panic attacks at night"}
        assert admin.post("/v1/referrals", json=need).status_code == 200
        log = admin.get("/v1/admin/audit").text
        for value in (SERVICE["description"], SERVICE["name"], "9195550199", "panic attacks"):
            assert value not in log
        assert len(admin.get("/v1/admin/audit").json()["items"]) == 3

    def test_the_log_pages_backwards(self, admin: TestClient) -> None:
        create_all(admin)
        first = admin.get("/v1/admin/audit", params={"limit": 2}).json()
        rest = admin.get("/v1/admin/audit", params={"before": first["next_before"]}).json()
        assert len(first["items"]) == 2
        assert [e["entity_type"] for e in rest["items"]] == ["organization"]

    def test_reading_the_log_needs_a_secret_key(
        self, client: TestClient, publishable_key: str
    ) -> None:
        assert client.get("/v1/admin/audit").status_code == 401
        assert (
            client.get("/v1/admin/audit", headers={"X-API-Key": publishable_key}).status_code == 403
        )
