"""Failing safe: crisis lines without a database, the last directory when it goes away,
and the old directory when an import dies halfway. Each runs on SQLite and PostgreSQL.
"""

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import OperationalError

from app.directory import repository
from app.directory.database import get_engine, session_scope
from app.main import create_app
from tests.conftest import SHARED_FIXTURES, make_settings
from tests.live_server import free_port
from tests.seeding import seed_durham

RISK = {"location": {"zip": "27701"}, "risk_flags": ["suicidal_ideation"]}
LOCAL = {"location": {"zip": "27701"}, "topics": ["depression"]}
CITY = SHARED_FIXTURES / "hsds-1.1-example-city"
NEVER_HOMELESS = "c89eb05c-62dd-4b64-b494-0cc347b6ea7f"  # first service of that package
RELOAD_SECONDS = 0.2


def _break(url: str) -> None:
    """Take the database away from under a running app, as an outage would."""
    get_engine(url).dispose()
    if url.startswith("sqlite"):
        path = Path(make_url(url).database or "")
        os.replace(path, path.with_suffix(".gone"))
        path.mkdir()  # a directory where the file was: every open fails
        return
    admin = create_engine(os.environ["REFERRAL_TEST_POSTGRES_URL"], isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()


def _unreachable(db_url: str, tmp_path: Path) -> str:
    if db_url.startswith("sqlite"):
        (tmp_path / "blocked.db").mkdir()
        return f"sqlite:///{tmp_path / 'blocked.db'}"
    return f"postgresql+psycopg://nobody@127.0.0.1:{free_port()}/none?connect_timeout=2"


def _ids(response_json: dict[str, object]) -> list[str]:
    return [r["service"]["id"] for r in response_json["results"]]  # type: ignore[attr-defined,index]


def _eventually(check: Callable[[], bool], seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return check()


class TestDatabaseUnreachableAtStartup:
    def test_not_ready_but_crisis_lines_are_served_from_the_bundled_seed(
        self, db_url: str, tmp_path: Path
    ) -> None:
        settings = make_settings(tmp_path, database_url=_unreachable(db_url, tmp_path))
        with TestClient(create_app(settings)) as client:
            ready = client.get("/readyz")
            referral = client.post("/v1/referrals", json=RISK)
            lines = client.get("/v1/crisis-lines", params={"risk_flags": "suicidal_ideation"})
        assert ready.status_code == 503
        assert ready.json()["database"] == "unreachable"
        assert referral.status_code == 200
        body = referral.json()
        assert body["triage"]["level"] in {"crisis", "emergency"}
        assert body["results"] and body["results"][0]["kind"] in {"emergency", "crisis_line"}
        assert "svc-988" in _ids(body)
        assert any("unavailable" in n for n in body["notices"])
        # Filters are not why nothing local is shown: the answer must not suggest fewer.
        assert not any("fewer filters" in n.lower() for n in body["notices"])
        assert lines.status_code == 200
        assert any(r["kind"] == "crisis_line" for r in lines.json()["results"])


class TestDatabaseLostWhileRunning:
    def test_referrals_keep_the_last_directory_and_readiness_drops(
        self, db_url: str, tmp_path: Path
    ) -> None:
        seed_durham(db_url, tmp_path)
        settings = make_settings(
            tmp_path, database_url=db_url, reload_interval_seconds=RELOAD_SECONDS
        )
        with TestClient(create_app(settings)) as client:
            assert client.get("/readyz").status_code == 200
            before = client.post("/v1/referrals", json=LOCAL).json()
            assert any(r["kind"] == "service" for r in before["results"])
            _break(db_url)
            assert _eventually(lambda: client.get("/readyz").status_code == 503)
            time.sleep(RELOAD_SECONDS * 3)  # several failed reloads in between
            after = client.post("/v1/referrals", json=LOCAL)
            crisis = client.post("/v1/referrals", json=RISK)
        assert after.status_code == 200
        assert _ids(after.json()) == _ids(before)
        assert after.json()["directory_version"] == before["directory_version"]
        assert crisis.status_code == 200
        assert crisis.json()["results"][0]["kind"] in {"emergency", "crisis_line"}


class TestImportFailingHalfway:
    def test_a_write_that_dies_mid_import_leaves_the_directory_as_it_was(
        self, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        seed_durham(db_url, tmp_path)
        app = create_app(make_settings(tmp_path, database_url=db_url))
        with session_scope(app.state.engine) as session:
            _, key = repository.create_api_key(session=session, name="t", kind="secret", origins=[])
            services_before = repository.count_services(session=session)
        written = repository.replace_directory_rows

        def write_then_fail(**kwargs: object) -> object:
            written(**kwargs)  # every row is in the transaction...
            raise OperationalError("INSERT", {}, Exception("disk I/O error"))  # ...then it dies

        monkeypatch.setattr(repository, "replace_directory_rows", write_then_fail)
        uploads = [
            ("files", (p.name, p.read_bytes(), "text/csv"))
            for p in sorted(CITY.iterdir())
            if p.suffix in {".csv", ".json"}
        ]
        with TestClient(app, raise_server_exceptions=False) as client:
            app.state.keys.refresh()
            before = client.get("/v1/services").json()
            response = client.post(
                "/v1/admin/import", files=uploads, headers={"Authorization": f"Bearer {key}"}
            )
            after = client.get("/v1/services").json()
            missing = client.get(f"/v1/services/{NEVER_HOMELESS}").status_code
        assert response.status_code >= 500
        assert response.headers["content-type"] == "application/problem+json"
        assert (after["total"], after["directory_version"]) == (
            before["total"],
            before["directory_version"],
        )
        assert missing == 404
        with session_scope(get_engine(db_url)) as session:
            assert repository.count_services(session=session) == services_before
