"""The directory behaves the same on SQLite and PostgreSQL: schema, seed, records.

Each test runs once per back end (the `db_url` fixture); the PostgreSQL half gets a fresh
database of its own.
"""

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect
from sqlmodel import SQLModel

import app.directory.models  # noqa: F401  (registers every table)
from app.config import BUNDLED_SEED_DIR
from app.directory import migrate, repository
from app.directory import models as m
from app.directory.database import get_engine, session_scope
from app.directory.seed import load_seed
from tests.seeding import durham_seed_folder


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def _seeded(url: str, seed_dir: Path = BUNDLED_SEED_DIR) -> None:
    migrate.upgrade(url)
    with session_scope(get_engine(url)) as session:
        load_seed(session=session, seed_dir=seed_dir)


@pytest.fixture
def durham_seed(tmp_path: Path) -> Path:
    """National lines plus the Durham part of the sample directory: quick to load twice."""
    return durham_seed_folder(tmp_path)


class TestMigrations:
    def test_up_down_up_leaves_exactly_the_model_tables(self, db_url: str) -> None:
        migrate.upgrade(db_url)
        assert _tables(db_url) == set(SQLModel.metadata.tables)
        migrate.downgrade(db_url, "base")
        assert _tables(db_url) == set()
        migrate.upgrade(db_url)
        assert _tables(db_url) == set(SQLModel.metadata.tables)

    def test_migrated_schema_matches_the_models(self, db_url: str) -> None:
        migrate.upgrade(db_url)
        engine = create_engine(db_url)
        try:
            with engine.connect() as conn:
                diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
        finally:
            engine.dispose()
        assert diff == []

    def test_replicas_migrating_at_once_all_succeed(self, postgres_url: str) -> None:
        # Replicas share PostgreSQL only; a SQLite file is never shared between machines.
        db_url = postgres_url
        errors: list[BaseException] = []

        def run() -> None:
            try:
                migrate.upgrade(db_url)
            except BaseException as exc:  # collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=run) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert errors == []
        assert _tables(db_url) == set(SQLModel.metadata.tables)


class TestColumnTypes:
    def test_json_lists_booleans_and_aware_timestamps_round_trip(
        self, db_url: str, durham_seed: Path
    ) -> None:
        _seeded(db_url, durham_seed)
        moment = datetime(2026, 11, 20, 15, 30, tzinfo=UTC)
        engine = get_engine(db_url)
        with session_scope(engine) as session:
            service = (
                session.get(m.Service, "988-lifeline")
                or session.exec(
                    m.Service.__table__.select().limit(1)  # type: ignore[attr-defined]
                ).first()
            )
            assert service is not None
            service_id = service.id
            row = session.get(m.Service, service_id)
            assert row is not None
            row.delivery = ["phone", "text"]
            row.accepting_new_clients = False
            row.capacity_updated_at = moment
        with session_scope(engine) as session:
            row = session.get(m.Service, service_id)
            assert row is not None
            assert row.delivery == ["phone", "text"]
            assert row.accepting_new_clients is False
            stored = row.capacity_updated_at
            assert stored is not None
            # SQLite drops the zone (stored as UTC); PostgreSQL keeps timestamptz.
            assert (stored if stored.tzinfo else stored.replace(tzinfo=UTC)) == moment


class TestSeed:
    def test_seeding_twice_changes_nothing(self, db_url: str, durham_seed: Path) -> None:
        _seeded(db_url, durham_seed)
        engine = get_engine(db_url)
        with session_scope(engine) as session:
            first = repository.count_services(session=session)
            records = repository.load_records(session=session)
        with session_scope(engine) as session:
            load_seed(session=session, seed_dir=durham_seed)
        with session_scope(engine) as session:
            assert repository.count_services(session=session) == first > 20
            assert repository.load_records(session=session) == records


class TestRecordsAcrossBackends:
    def test_both_back_ends_give_the_same_routing_records(
        self, postgres_url: str, tmp_path: Path
    ) -> None:
        sqlite_url = f"sqlite:///{tmp_path / 'same.db'}"
        _seeded(sqlite_url)
        _seeded(postgres_url)
        with session_scope(get_engine(sqlite_url)) as session:
            on_sqlite = sorted(repository.load_records(session=session), key=lambda r: r.id)
        with session_scope(get_engine(postgres_url)) as session:
            on_postgres = sorted(repository.load_records(session=session), key=lambda r: r.id)
        assert len(on_sqlite) > 300
        assert on_postgres == on_sqlite
