"""Fixtures for partner access tests: apps with chosen settings, and keys issued into them."""

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.directory.database import session_scope
from app.directory.repository import create_api_key
from app.main import create_app
from tests.conftest import make_settings

PARTNER = "https://partner.example"
STRANGER = "https://stranger.example"


def issue_key(
    app: FastAPI,
    kind: str = "publishable",
    origins: Iterable[str] = (PARTNER,),
    name: str = "Durham Mutual Aid",
    **extra: Any,
) -> str:
    """Create a key in the app's database, as `referral-router keys create` does; return it."""
    with session_scope(app.state.engine) as session:
        _, raw_key = create_api_key(
            session=session,
            name=name,
            kind=kind,  # type: ignore[arg-type]
            origins=list(origins),
            **extra,
        )
    # Another process created it: this replica would see it at its next poll; poll now.
    app.state.keys.refresh()
    return raw_key


@pytest.fixture
def make_app(tmp_path: Path, seeded_db_path: Path) -> Callable[..., FastAPI]:
    """Build an app over a copy of the seeded database with these settings overrides."""

    def build(**overrides: Any) -> FastAPI:
        target = tmp_path / "test.db"
        if not target.exists():
            target.write_bytes(seeded_db_path.read_bytes())
        return create_app(make_settings(tmp_path, **overrides))

    return build


@pytest.fixture
def secret_key(seeded_app: FastAPI) -> str:
    return issue_key(seeded_app, kind="secret", origins=(), name="Durham County Admin")


@pytest.fixture
def publishable_key(seeded_app: FastAPI) -> str:
    return issue_key(seeded_app)


@pytest.fixture
def admin(client: TestClient, secret_key: str) -> Iterator[TestClient]:
    """The seeded app's client, sending a secret key with every request."""
    client.headers["Authorization"] = f"Bearer {secret_key}"
    yield client
    del client.headers["Authorization"]
