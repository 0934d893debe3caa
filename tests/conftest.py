"""Shared fixtures: an in-memory database, a seeded app and an HTTP client.

Need-profile data is health information; tests use invented profiles only.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import SQLModel

import app.directory.access_models  # noqa: F401  (api_key, audit_entry in create_all)
from app.config import BUNDLED_SEED_DIR, Settings
from app.directory.database import get_engine, session_scope
from app.directory.seed import load_seed
from app.main import create_app
from tests.browser import browser, playwright  # noqa: F401  (fixtures: one Chromium)
from tests.postgres_support import db_url, postgres_url  # noqa: F401  (fixtures: both back ends)

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_FIXTURES = REPO_ROOT.parent / "shared" / "fixtures"


def make_settings(tmp_path: Path, **overrides: object) -> Settings:
    """Settings for a throwaway SQLite file under tmp_path."""
    values: dict[str, object] = {
        "environment": "test",
        "database_url": f"sqlite:///{tmp_path / 'test.db'}",
        "reload_interval_seconds": 0.2,
        "log_json": True,
        # Tests that are not about rate limits must never meet one (tests/api/test_rate_limits.py
        # sets small limits on purpose).
        "rate_limit_anonymous_per_minute": 1_000_000,
        "rate_limit_key_per_minute": 1_000_000,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def fresh_engine(settings: Settings) -> Engine:
    engine = get_engine(settings.database_url)
    SQLModel.metadata.create_all(engine)
    return engine


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def engine(settings: Settings) -> Engine:
    return fresh_engine(settings)


@pytest.fixture(scope="session")
def seeded_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database with the whole bundled seed, copied per test that needs it."""
    path = tmp_path_factory.mktemp("seeded") / "seeded.db"
    engine = fresh_engine(Settings(database_url=f"sqlite:///{path}"))
    with session_scope(engine) as session:
        load_seed(session=session, seed_dir=BUNDLED_SEED_DIR)
    engine.dispose()
    return path


@pytest.fixture
def seeded_app(tmp_path: Path, seeded_db_path: Path) -> FastAPI:
    target = tmp_path / "test.db"
    target.write_bytes(seeded_db_path.read_bytes())
    return create_app(make_settings(tmp_path))


@pytest.fixture
def client(seeded_app: FastAPI) -> Iterator[TestClient]:
    with TestClient(seeded_app) as test_client:
        yield test_client
