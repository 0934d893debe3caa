"""Fixtures for running a test on both back ends: SQLite and a real PostgreSQL server.

PostgreSQL comes from REFERRAL_TEST_POSTGRES_URL (`make test` starts a throwaway cluster
through scripts/test-postgres.sh). Without it the PostgreSQL half is skipped on a laptop
and fails loudly in CI (CI=true), so a CI run can never pass while silently testing one
back end. Every PostgreSQL test gets a database of its own, dropped afterwards.
"""

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def admin_postgres_url() -> str:
    """The server URL to create test databases on, or skip (fail in CI) when there is none."""
    url = os.environ.get("REFERRAL_TEST_POSTGRES_URL", "")
    if url:
        return url
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(
            "CI=true but REFERRAL_TEST_POSTGRES_URL is unset: run the suite through "
            "scripts/test-postgres.sh (as `make test` does) so PostgreSQL is tested."
        )
    pytest.skip("REFERRAL_TEST_POSTGRES_URL is unset (make test provides a PostgreSQL server)")


def fresh_postgres_database() -> Iterator[str]:
    """Create an empty database for one test, yield its URL, and drop it afterwards."""
    admin_url = admin_postgres_url()
    name = f"rr_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            # FORCE ends connections the test's engines still hold in their pools.
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database on each back end in turn: a SQLite file, then PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'backend.db'}"
        return
    yield from fresh_postgres_database()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """An empty PostgreSQL database for tests that are about PostgreSQL only."""
    yield from fresh_postgres_database()
