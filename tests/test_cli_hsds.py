"""`referral-router import-hsds` and `export-hsds`: what a person at a terminal sees."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result
from sqlalchemy import Engine
from typer.testing import CliRunner

from app.cli import cli
from app.config import Settings, get_settings
from tests.directory.hsds_packages import CITY_1, copy_fixture, set_cell, table_counts


@pytest.fixture
def run(settings: Settings, engine: Engine) -> Iterator[Callable[..., Result]]:
    env = {"REFERRAL_DATABASE_URL": settings.database_url}

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(cli, list(args), env=env)

    get_settings.cache_clear()
    yield invoke
    get_settings.cache_clear()


class TestImportCommand:
    def test_prints_counts_and_inferences(self, run: Callable[..., Result], engine: Engine) -> None:
        result = run("import-hsds", str(CITY_1))
        assert result.exit_code == 0, result.output
        assert "HSDS 1.x/2.x package" in result.output
        assert "services 13" in result.output
        assert "services had no kind: inferred" in result.output
        assert table_counts(engine)["services"] == 13

    def test_bad_cell_exits_1_naming_file_row_column(
        self, run: Callable[..., Result], engine: Engine, tmp_path: Path
    ) -> None:
        package = copy_fixture(CITY_1, tmp_path)
        set_cell(package / "locations.csv", 3, "latitude", "north")
        result = run("import-hsds", str(package))
        assert result.exit_code == 1
        assert "locations.csv row 3, column latitude" in result.output
        assert table_counts(engine)["services"] == 0


class TestExportCommand:
    def test_writes_hsds_files(self, run: Callable[..., Result], tmp_path: Path) -> None:
        assert run("import-hsds", str(CITY_1)).exit_code == 0
        result = run("export-hsds", str(tmp_path / "out"))
        assert result.exit_code == 0, result.output
        assert (tmp_path / "out" / "datapackage.json").exists()
        assert "services.csv 13" in result.output
