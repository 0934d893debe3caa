"""A bad row rejects the whole import, names file, row and column, and writes nothing."""

from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.directory import repository
from app.directory.database import session_scope
from app.errors import ImportRejectedError
from tests.directory.hsds_packages import (
    CITY_1,
    SPEC_3,
    copy_fixture,
    import_into,
    read_rows,
    set_cell,
    synthetic_legacy_package,
    table_counts,
    write_rows,
)


def rejected(engine: Engine, path: Path) -> ImportRejectedError:
    before = table_counts(engine)
    with pytest.raises(ImportRejectedError) as caught:
        import_into(engine, path)
    assert table_counts(engine) == before, "a rejected import wrote rows"
    return caught.value


def places(error: ImportRejectedError) -> list[tuple[str, int, str]]:
    return [(e["file"], e["row"], e["column"]) for e in error.errors or []]


class TestRejectedRows:
    def test_unknown_organization_of_a_service(self, engine: Engine, tmp_path: Path) -> None:
        package = copy_fixture(CITY_1, tmp_path)
        set_cell(package / "services.csv", 3, "organization_id", "no-such-org")
        error = rejected(engine, package)
        assert places(error) == [("services.csv", 3, "organization_id")]
        assert "nothing was written" in error.detail
        assert "services.csv row 3, column organization_id" in error.detail

    def test_non_numeric_latitude(self, engine: Engine, tmp_path: Path) -> None:
        package = copy_fixture(CITY_1, tmp_path)
        set_cell(package / "locations.csv", 3, "latitude", "north-ish")
        assert places(rejected(engine, package)) == [("locations.csv", 3, "latitude")]

    def test_invalid_age(self, engine: Engine, tmp_path: Path) -> None:
        package = copy_fixture(SPEC_3, tmp_path)
        set_cell(package / "services.csv", 2, "minimum_age", "-4")
        error = rejected(engine, package)
        assert places(error) == [("services.csv", 2, "minimum_age")]
        assert "age" in (error.errors or [])[0]["msg"]

    def test_minimum_age_above_maximum(self, engine: Engine, tmp_path: Path) -> None:
        package = copy_fixture(SPEC_3, tmp_path)
        set_cell(package / "services.csv", 2, "minimum_age", "65")
        set_cell(package / "services.csv", 2, "maximum_age", "18")
        assert places(rejected(engine, package)) == [("services.csv", 2, "maximum_age")]

    def test_required_name_missing(self, engine: Engine, tmp_path: Path) -> None:
        package = copy_fixture(CITY_1, tmp_path)
        set_cell(package / "organizations.csv", 4, "name", "")
        assert places(rejected(engine, package)) == [("organizations.csv", 4, "name")]

    def test_unreadable_opening_time(self, engine: Engine, tmp_path: Path) -> None:
        package = copy_fixture(CITY_1, tmp_path)
        set_cell(package / "regular_schedules.csv", 2, "opens_at", "nine-ish")
        assert places(rejected(engine, package)) == [("regular_schedules.csv", 2, "opens_at")]

    def test_unknown_value_in_our_kind_column(self, engine: Engine, tmp_path: Path) -> None:
        package = copy_fixture(SPEC_3, tmp_path)
        rows = read_rows(package / "services.csv")
        write_rows(package / "services.csv", [[*rows[0], "kind"], [*rows[1], "therapy"]])
        assert places(rejected(engine, package)) == [("services.csv", 2, "kind")]

    def test_cost_of_a_service_not_in_the_package(self, engine: Engine, tmp_path: Path) -> None:
        package = copy_fixture(SPEC_3, tmp_path)
        set_cell(package / "cost_options.csv", 2, "service_id", "ghost")
        assert places(rejected(engine, package)) == [("cost_options.csv", 2, "service_id")]

    def test_broken_datapackage_json(self, engine: Engine, tmp_path: Path) -> None:
        package = copy_fixture(CITY_1, tmp_path)
        (package / "datapackage.json").write_text("{ not json", encoding="utf-8")
        assert rejected(engine, package).errors[0]["file"] == "datapackage.json"  # type: ignore[index]


class TestAllErrorsAtOnce:
    def test_errors_in_several_files_come_together(self, engine: Engine, tmp_path: Path) -> None:
        package = copy_fixture(CITY_1, tmp_path)
        set_cell(package / "locations.csv", 2, "longitude", "west")
        set_cell(package / "services.csv", 5, "name", "")
        assert set(places(rejected(engine, package))) == {
            ("locations.csv", 2, "longitude"),
            ("services.csv", 5, "name"),
        }

    def test_errors_are_capped_and_the_total_is_told(self, engine: Engine, tmp_path: Path) -> None:
        package = synthetic_legacy_package(tmp_path / "big", services=30)
        rows = read_rows(package / "locations.csv")
        for row in rows[1:]:
            row[3] = "n/a"
        write_rows(package / "locations.csv", rows)
        error = rejected(engine, package)
        assert len(error.errors or []) == 20
        assert "30 problem(s)" in error.detail


class TestNothingChangesOnRejection:
    def test_existing_directory_is_untouched(self, engine: Engine, tmp_path: Path) -> None:
        import_into(engine, CITY_1)
        with session_scope(engine) as session:
            version = repository.get_directory_version(session=session)
            names = sorted(r.name for r in repository.load_records(session=session))
        package = copy_fixture(CITY_1, tmp_path)
        set_cell(package / "services.csv", 2, "name", "Renamed")
        set_cell(package / "locations.csv", 2, "latitude", "bad")
        rejected(engine, package)
        with session_scope(engine) as session:
            assert repository.get_directory_version(session=session) == version
            assert sorted(r.name for r in repository.load_records(session=session)) == names


class TestUnreadableFiles:
    def test_a_runaway_cell_rejects_naming_the_file(self, engine: Engine, tmp_path: Path) -> None:
        package = copy_fixture(CITY_1, tmp_path)
        # An unclosed quote swallows the rest of the file into one enormous cell.
        (package / "phones.csv").write_text('id,number\np1,"12' + "3" * 200_000 + "\n")
        error = rejected(engine, package)
        assert (error.errors or [])[0]["file"] == "phones.csv"

    def test_attribute_without_its_term_names_the_3_0_column(
        self, engine: Engine, tmp_path: Path
    ) -> None:
        package = copy_fixture(SPEC_3, tmp_path)
        set_cell(package / "attributes.csv", 2, "taxonomy_term_id", "")
        assert places(rejected(engine, package)) == [("attributes.csv", 2, "taxonomy_term_id")]


class TestConflictsWithTheDirectory:
    def test_a_link_to_a_row_the_import_replaces_is_refused_cleanly(
        self, engine: Engine, tmp_path: Path
    ) -> None:
        import_into(engine, CITY_1)
        package = copy_fixture(CITY_1, tmp_path)
        phones = read_rows(package / "phones.csv")
        gone = next(row for row in phones if row[2] == "21a1192b-abb9-45e8-bc52-c81ca4087240")
        write_rows(package / "phones.csv", [row for row in phones if row is not gone])
        languages = read_rows(package / "languages.csv")
        languages[0].append("phone_id")
        languages.append(["lang-x", "21a1192b-abb9-45e8-bc52-c81ca4087240", "", "en", gone[0]])
        for row in languages[1:-1]:
            row.append("")
        write_rows(package / "languages.csv", languages)
        error = rejected(engine, package)
        assert "conflicts with rows already in the directory" in error.detail
