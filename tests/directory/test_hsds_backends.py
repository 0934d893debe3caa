"""HSDS import behaves the same on SQLite and PostgreSQL (migrated schema, bulk SQL)."""

from pathlib import Path

import pytest

from app.directory import migrate, repository
from app.directory.database import get_engine, session_scope
from app.errors import ImportRejectedError
from tests.directory.hsds_packages import (
    CITY_1,
    SPEC_3,
    copy_fixture,
    import_into,
    set_cell,
    table_counts,
)


class TestOnEachBackend:
    def test_fixtures_import_reimport_and_reject(self, db_url: str, tmp_path: Path) -> None:
        migrate.upgrade(db_url)
        engine = get_engine(db_url)
        import_into(engine, CITY_1)
        import_into(engine, SPEC_3)
        counts = table_counts(engine)
        assert (counts["services"], counts["phones"], counts["languages"]) == (14, 6, 3)
        import_into(engine, SPEC_3)
        import_into(engine, CITY_1)
        assert table_counts(engine) == counts
        bad = copy_fixture(SPEC_3, tmp_path)
        set_cell(bad / "services.csv", 2, "name", "Changed")
        set_cell(bad / "cost_options.csv", 2, "amount", "lots")
        with pytest.raises(ImportRejectedError):
            import_into(engine, bad)
        with session_scope(engine) as session:
            names = {r.name for r in repository.load_records(session=session)}
        assert "Community Counselling" in names and "Changed" not in names
        assert table_counts(engine) == counts
