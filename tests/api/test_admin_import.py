"""POST /v1/admin/import: an HSDS package as a .zip or as CSV files, all or nothing."""

import csv
import io
import zipfile
from pathlib import Path

from fastapi.testclient import TestClient

from tests.conftest import SHARED_FIXTURES

CITY = SHARED_FIXTURES / "hsds-1.1-example-city"
NEVER_HOMELESS = "c89eb05c-62dd-4b64-b494-0cc347b6ea7f"  # first service of the package


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix in {".csv", ".json"}
    }


def _zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(f"example-city/{name}", data)
    return buffer.getvalue()


def _with_cell(data: bytes, row: int, column: str, value: str) -> bytes:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    rows[row - 1][rows[0].index(column)] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode()


class TestImport:
    def test_a_zip_is_imported_and_listed_at_once(self, admin: TestClient) -> None:
        before = admin.get("/v1/services").json()["directory_version"]
        response = admin.post(
            "/v1/admin/import",
            files=[("files", ("example-city.zip", _zipped(_files(CITY)), "application/zip"))],
        )
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["services"] > 0
        assert "services" in body["tables"]
        assert int(body["directory_version"]) > int(before)
        assert admin.get(f"/v1/services/{NEVER_HOMELESS}").status_code == 200
        entry = admin.get("/v1/admin/audit").json()["items"][0]
        assert (entry["action"], entry["entity_type"]) == ("import", "datapackage")
        assert "services" in entry["fields"]

    def test_csv_files_are_imported_as_one_package(self, admin: TestClient) -> None:
        uploads = [("files", (name, data, "text/csv")) for name, data in _files(CITY).items()]
        response = admin.post("/v1/admin/import", files=uploads)
        assert response.status_code == 200, response.text
        assert admin.get(f"/v1/services/{NEVER_HOMELESS}").status_code == 200

    def test_one_bad_row_rejects_everything_and_names_it(self, admin: TestClient) -> None:
        files = _files(CITY)
        files["services.csv"] = _with_cell(files["services.csv"], 3, "organization_id", "nobody")
        before = admin.get("/v1/services").json()
        response = admin.post(
            "/v1/admin/import",
            files=[("files", ("example-city.zip", _zipped(files), "application/zip"))],
        )
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
        assert {(e["file"], e["row"], e["column"]) for e in response.json()["errors"]} == {
            ("services.csv", 3, "organization_id")
        }
        after = admin.get("/v1/services").json()
        assert admin.get(f"/v1/services/{NEVER_HOMELESS}").status_code == 404
        assert (after["total"], after["directory_version"]) == (
            before["total"],
            before["directory_version"],
        )
        assert admin.get("/v1/admin/audit").json()["items"] == []

    def test_a_name_with_a_path_is_refused(self, admin: TestClient) -> None:
        response = admin.post(
            "/v1/admin/import", files=[("files", ("../../evil.sh", b"#!/bin/sh", "text/plain"))]
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["field"] == "files.0"

    def test_importing_needs_a_secret_key(self, client: TestClient, publishable_key: str) -> None:
        upload = [("files", ("x.zip", _zipped(_files(CITY)), "application/zip"))]
        assert client.post("/v1/admin/import", files=upload).status_code == 401
        refused = client.post(
            "/v1/admin/import", files=upload, headers={"X-API-Key": publishable_key}
        )
        assert refused.status_code == 403
        assert client.get(f"/v1/services/{NEVER_HOMELESS}").status_code == 404
