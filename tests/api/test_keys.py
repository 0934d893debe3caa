"""API keys: stored only as hashes, refused once revoked, 401/403 as problem+json."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from app.api.security import KeyRegistry
from app.cli import cli
from app.config import get_settings
from app.directory import migrate
from app.directory.access_repository import normalize_origin
from app.directory.database import session_scope
from tests.api.conftest import PARTNER, STRANGER, issue_key

PROBLEM = "application/problem+json"
Run = Callable[..., Result]
NEW_ORG = {"id": "org-keys-test", "name": "Key Test Org (sample)", "is_sample": True}


class TestKeyStorage:
    def test_the_raw_key_is_nowhere_in_the_database(self, seeded_app: FastAPI) -> None:
        raw = issue_key(seeded_app, kind="secret", origins=())
        with session_scope(seeded_app.state.engine) as session:
            rows = session.execute(text("SELECT * FROM api_key")).all()
        assert rows
        assert all(raw not in str(value) for row in rows for value in row)
        database_file = Path(seeded_app.state.settings.database_url.split("///", 1)[1])
        assert raw.encode() not in database_file.read_bytes()

    def test_keys_say_their_kind(self, seeded_app: FastAPI) -> None:
        assert issue_key(seeded_app).startswith("pk_")
        assert issue_key(seeded_app, kind="secret", origins=()).startswith("sk_")

    def test_a_key_is_found_by_its_raw_form_and_a_near_miss_is_not(
        self, seeded_app: FastAPI
    ) -> None:
        raw = issue_key(seeded_app, name="Durham Mutual Aid")
        info = seeded_app.state.keys.lookup(raw)
        assert info is not None
        assert (info.name, info.kind, info.origins) == (
            "Durham Mutual Aid",
            "publishable",
            frozenset({PARTNER}),
        )
        assert seeded_app.state.keys.lookup(raw[:-1] + ("A" if raw[-1] != "A" else "B")) is None

    def test_a_publishable_key_needs_an_origin(self, seeded_app: FastAPI) -> None:
        with pytest.raises(ValueError, match="origin"):
            issue_key(seeded_app, origins=())


class TestRevocation:
    def test_revoking_refuses_the_key_in_this_process_at_once(
        self, client: TestClient, seeded_app: FastAPI, secret_key: str
    ) -> None:
        headers = {"Authorization": f"Bearer {secret_key}"}
        assert client.get("/v1/admin/audit", headers=headers).status_code == 200
        key = seeded_app.state.keys.lookup(secret_key)
        assert seeded_app.state.keys.revoke(key.id)
        response = client.get("/v1/admin/audit", headers=headers)
        assert response.status_code == 401
        assert response.headers["content-type"] == PROBLEM

    def test_a_key_revoked_elsewhere_is_refused_after_the_next_poll(
        self, client: TestClient, seeded_app: FastAPI, publishable_key: str
    ) -> None:
        key_id = seeded_app.state.keys.lookup(publishable_key).id
        runner = CliRunner()
        env = {"REFERRAL_DATABASE_URL": seeded_app.state.settings.database_url}
        get_settings.cache_clear()
        try:
            result = runner.invoke(cli, ["keys", "revoke", key_id], env=env)
        finally:
            get_settings.cache_clear()
        assert result.exit_code == 0, result.output
        seeded_app.state.keys.refresh()  # what the reload poll does every interval
        response = client.get("/v1/services", headers={"X-API-Key": publishable_key})
        assert response.status_code == 401


class TestDatabaseDown:
    DEAD = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=1"

    def test_keys_already_loaded_keep_working(self, seeded_app: FastAPI) -> None:
        raw = issue_key(seeded_app)
        registry = seeded_app.state.keys
        registry._engine = create_engine(self.DEAD)  # the database goes away
        assert registry.refresh() is False
        assert registry.lookup(raw) is not None

    def test_requests_never_wait_on_a_database_that_is_down(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        registry = KeyRegistry(create_engine(self.DEAD))
        assert registry.lookup("sk_" + "x" * 43) is None  # the one try, which fails
        calls: list[None] = []
        monkeypatch.setattr(registry, "refresh", lambda: calls.append(None))
        for _ in range(3):
            assert registry.lookup("sk_" + "x" * 43) is None
        assert registry.allowed_origins() == frozenset()
        assert calls == []


class TestAuthenticationErrors:
    def test_no_key_on_an_admin_route_is_401_with_a_challenge(self, client: TestClient) -> None:
        response = client.post("/v1/admin/organizations", json=NEW_ORG)
        assert response.status_code == 401
        assert response.headers["content-type"] == PROBLEM
        assert response.headers["www-authenticate"].startswith("Bearer")
        assert response.json()["status"] == 401

    def test_a_wrong_key_is_401_and_not_echoed(self, client: TestClient) -> None:
        wrong = "sk_" + "x" * 43
        response = client.post(
            "/v1/admin/organizations", json=NEW_ORG, headers={"Authorization": f"Bearer {wrong}"}
        )
        assert response.status_code == 401
        assert response.headers["content-type"] == PROBLEM
        assert wrong not in response.text

    def test_a_publishable_key_cannot_write(self, client: TestClient, publishable_key: str) -> None:
        response = client.post(
            "/v1/admin/organizations", json=NEW_ORG, headers={"X-API-Key": publishable_key}
        )
        assert response.status_code == 403
        assert response.headers["content-type"] == PROBLEM
        assert client.get("/v1/services", params={"q": "Key Test Org"}).json()["total"] == 0

    def test_reading_needs_no_key(self, client: TestClient) -> None:
        assert client.get("/v1/services").status_code == 200

    def test_a_wrong_key_on_a_read_route_is_401(self, client: TestClient) -> None:
        response = client.get("/v1/services", headers={"X-API-Key": "pk_not-a-key"})
        assert response.status_code == 401
        assert response.headers["content-type"] == PROBLEM


class TestOriginBinding:
    def test_a_publishable_key_works_from_its_own_site(
        self, client: TestClient, publishable_key: str
    ) -> None:
        headers = {"X-API-Key": publishable_key, "Origin": PARTNER}
        assert client.get("/v1/services", headers=headers).status_code == 200

    def test_a_publishable_key_from_another_site_is_403(
        self, client: TestClient, publishable_key: str
    ) -> None:
        headers = {"X-API-Key": publishable_key, "Origin": STRANGER}
        response = client.get("/v1/services", headers=headers)
        assert response.status_code == 403
        assert response.headers["content-type"] == PROBLEM

    def test_a_publishable_key_from_a_server_has_no_origin_to_check(
        self, client: TestClient, publishable_key: str
    ) -> None:
        assert client.get("/v1/services", headers={"X-API-Key": publishable_key}).status_code == 200


class TestNormalizeOrigin:
    @pytest.mark.parametrize(
        ("given", "expected"),
        [
            ("https://Example.ORG", "https://example.org"),
            ("https://example.org/", "https://example.org"),
            ("https://example.org:443", "https://example.org"),
            ("http://localhost:8080", "http://localhost:8080"),
        ],
    )
    def test_origins_are_stored_as_browsers_send_them(self, given: str, expected: str) -> None:
        assert normalize_origin(given) == expected

    @pytest.mark.parametrize(
        "bad",
        ["example.org", "https://example.org/widget", "ftp://example.org", "https://u@x.org", "*"],
    )
    def test_anything_but_an_origin_is_refused(self, bad: str) -> None:
        with pytest.raises(ValueError):
            normalize_origin(bad)


class TestKeysCli:
    @pytest.fixture
    def run(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Run]:
        monkeypatch.setenv("REFERRAL_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
        get_settings.cache_clear()
        migrate.upgrade(get_settings().database_url)
        runner = CliRunner()
        yield lambda *args: runner.invoke(cli, ["keys", *args])
        get_settings.cache_clear()

    def test_create_shows_the_key_once_and_list_never_does(self, run: Run) -> None:
        created = run(
            "create",
            "--name",
            "Durham Mutual Aid",
            "--kind",
            "publishable",
            "--origin",
            "https://example.org",
            "--origin",
            "https://www.example.org",
        )
        assert created.exit_code == 0, created.output
        raw = created.stdout.strip().splitlines()[-1]
        assert raw.startswith("pk_")
        listed = run("list")
        assert listed.exit_code == 0
        assert "Durham Mutual Aid" in listed.stdout
        assert raw not in listed.stdout
        assert raw[7:15] not in listed.stdout

    def test_an_origin_with_a_path_is_refused(self, run: Run) -> None:
        result = run("create", "--name", "X", "--origin", "https://example.org/page")
        assert result.exit_code != 0
        assert "origin" in result.output

    def test_revoking_an_unknown_id_fails(self, run: Run) -> None:
        assert run("revoke", "key_000000000000").exit_code == 1
