"""Migration 0002 (api_key, audit_entry) goes up and down without touching the directory."""

from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData, create_engine, inspect, text

from app.directory import migrate
from app.directory.access_models import ApiKey, AuditEntry

ACCESS_TABLES = {"api_key", "audit_entry"}


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


class TestAccessMigration:
    def test_upgrade_adds_the_tables_and_downgrade_removes_only_them(self, tmp_path: Path) -> None:
        url = f"sqlite:///{tmp_path / 'm.db'}"
        migrate.upgrade(url, "0001")
        directory_tables = _tables(url)
        assert not directory_tables & ACCESS_TABLES
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(
                text("INSERT INTO organization (id, name, is_sample) VALUES ('o', 'O', 1)")
            )
        migrate.upgrade(url, "0002")
        assert _tables(url) == directory_tables | ACCESS_TABLES
        migrate.downgrade(url, "0001")
        assert _tables(url) == directory_tables
        with engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM organization")).scalars().all() == ["O"]
        engine.dispose()
        migrate.upgrade(url, "0002")
        assert _tables(url) == directory_tables | ACCESS_TABLES

    def test_the_migrated_tables_match_the_models(self, db_url: str) -> None:
        migrate.upgrade(db_url, "0002")
        only_access = MetaData()
        for model in (ApiKey, AuditEntry):
            model.__table__.to_metadata(only_access)  # type: ignore[attr-defined]

        def ours(obj: Any, name: str | None, type_: str, *_: Any) -> bool:
            table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", "")
            return table in ACCESS_TABLES

        engine = create_engine(db_url)
        try:
            with engine.connect() as conn:
                context = MigrationContext.configure(conn, opts={"include_object": ours})
                diff = compare_metadata(context, only_access)
        finally:
            engine.dispose()
        assert diff == []
