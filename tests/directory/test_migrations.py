"""Migrations are static and reversible: up, down and up again leave the same schema."""

from pathlib import Path

from sqlalchemy import create_engine, inspect
from sqlmodel import SQLModel

import app.directory.models  # noqa: F401
from app.directory import migrate


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


class TestMigrations:
    def test_up_down_up_matches_the_models(self, tmp_path: Path) -> None:
        url = f"sqlite:///{tmp_path / 'm.db'}"
        migrate.upgrade(url)
        assert _tables(url) == set(SQLModel.metadata.tables)
        migrate.downgrade(url, "base")
        assert _tables(url) == set()
        migrate.upgrade(url)
        assert _tables(url) == set(SQLModel.metadata.tables)
