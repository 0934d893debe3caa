"""Importing the shared HSDS fixtures: the rows, values and summary a user would check."""

import zipfile
from datetime import date, time
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import select

from app.directory import models as m
from app.directory import repository
from app.directory.database import session_scope
from app.routing.records import OpeningHours, ServiceRecord
from tests.directory.hsds_packages import CITY_1, SPEC_3, import_into, table_counts


def records(engine: Engine) -> dict[str, ServiceRecord]:
    with session_scope(engine) as session:
        return {r.id: r for r in repository.load_records(session=session)}


def by_name(engine: Engine, name: str) -> ServiceRecord:
    return next(r for r in records(engine).values() if r.name == name)


class TestHsds30SpecExample:
    def test_every_table_gets_its_rows(self, engine: Engine) -> None:
        import_into(engine, SPEC_3)
        counts = table_counts(engine)
        for table in (
            "organizations", "services", "locations", "addresses", "service_at_locations",
            "phones", "schedules", "cost_options", "languages", "service_areas",
            "taxonomy_terms", "attributes",
        ):  # fmt: skip
            assert counts[table] == 1, table

    def test_service_fields_come_through(self, engine: Engine) -> None:
        import_into(engine, SPEC_3)
        svc = by_name(engine, "Community Counselling")
        assert svc.organization_name == "Example Organization Inc."
        assert (svc.min_age, svc.max_age) == (12, 100)
        assert svc.verified_at == date(2005, 1, 1)  # assured_date
        assert svc.is_sample is False
        assert svc.languages == {"ur"}
        assert svc.cost.min_fee == 35 and not svc.cost.free

    def test_phone_and_hours(self, engine: Engine) -> None:
        import_into(engine, SPEC_3)
        svc = by_name(engine, "Community Counselling")
        assert [(p.number, p.extension, p.type) for p in svc.phones] == [
            ("+44 1234 234567", "100", "voice")
        ]
        assert svc.hours == (
            OpeningHours(3, time(10), time(18)),
            OpeningHours(4, time(10), time(18)),
        )

    def test_impossible_coordinates_are_dropped_and_reported(self, engine: Engine) -> None:
        summary = import_into(engine, SPEC_3)
        site = by_name(engine, "Community Counselling").sites[0]
        assert site.name == "MyCity Civic Center"
        assert (site.latitude, site.longitude) == (None, None)
        assert any("out of range" in line for line in summary.lines())

    def test_kind_and_delivery_are_inferred_and_reported(self, engine: Engine) -> None:
        summary = import_into(engine, SPEC_3)
        svc = by_name(engine, "Community Counselling")
        assert svc.kind == "counseling"
        assert svc.delivery == {"in_person", "video"}
        text = "\n".join(summary.lines())
        assert "1 service had no kind: inferred counseling from name (1)" in text

    def test_files_we_do_not_import_are_listed(self, engine: Engine) -> None:
        summary = import_into(engine, SPEC_3)
        assert {"contacts.csv", "funding.csv", "programs.csv"} <= set(summary.ignored_files)


class TestHsds11ExampleCity:
    def test_every_table_gets_its_rows(self, engine: Engine) -> None:
        import_into(engine, CITY_1)
        counts = table_counts(engine)
        assert counts["organizations"] == 10
        assert counts["services"] == 13
        assert counts["locations"] == 10
        assert counts["service_at_locations"] == 13
        assert counts["phones"] == 5
        assert counts["schedules"] == 3
        assert counts["languages"] == 2
        assert counts["eligibilities"] == 1
        assert counts["service_areas"] == 1

    def test_inactive_services_are_kept_but_not_routed(self, engine: Engine) -> None:
        import_into(engine, CITY_1)
        assert len(records(engine)) == 10

    def test_coordinates_of_locations(self, engine: Engine) -> None:
        import_into(engine, CITY_1)
        site = by_name(engine, "Yound Minds").sites[0]
        assert (site.name, site.latitude, site.longitude) == (
            "4830 Highland Drive",
            39.428192,
            -119.897426,
        )

    def test_weekday_numbers_become_opening_hours(self, engine: Engine) -> None:
        import_into(engine, CITY_1)
        svc = by_name(engine, "Never Homeless Helpline")
        assert svc.hours == tuple(OpeningHours(d, time(9), time(17)) for d in (0, 1, 2))

    def test_address_languages_payments_and_eligibility(self, engine: Engine) -> None:
        summary = import_into(engine, CITY_1)
        svc = by_name(engine, "Never Homeless Helpline")
        site = svc.sites[0]
        assert (site.address_1, site.city, site.state, site.postal_code) == (
            "Address 1", "New York City", "NY", "10001",
        )  # fmt: skip
        assert svc.languages == {"en", "es"}
        assert svc.cost.payments == {"self_pay"}  # cash and credit card
        assert svc.min_age == 18  # eligibility "adult"
        assert any("minimum_age 18" in line for line in summary.lines())

    def test_phones_linked_through_service_at_location(self, engine: Engine) -> None:
        import_into(engine, CITY_1)
        phones = by_name(engine, "Bubbles at The Cross").phones
        assert {(p.number, p.type) for p in phones} == {
            ("(223) 4567 12534", "voice"),
            ("(773) 2351 2461", "voice"),
        }
        assert next(p for p in phones if p.number.startswith("(223)")).languages == {"en", "es"}

    def test_textphone_becomes_tty(self, engine: Engine) -> None:
        import_into(engine, CITY_1)
        with session_scope(engine) as session:
            phone = session.get(m.Phone, "83c0ec7b-7d81-4371-b25a-037c006d33a0")
            assert phone is not None and phone.type == "tty"

    def test_support_group_and_wait_are_read_from_words(self, engine: Engine) -> None:
        import_into(engine, CITY_1)
        assert by_name(engine, "Al-Anon Family Group").kind == "support_group"
        assert by_name(engine, "Shop Assist").wait_days == 28

    def test_no_crisis_line_is_invented(self, engine: Engine) -> None:
        import_into(engine, CITY_1)
        assert not any(r.is_crisis for r in records(engine).values())


class TestReimport:
    def test_second_import_changes_nothing(self, engine: Engine) -> None:
        import_into(engine, CITY_1)
        first, first_records = table_counts(engine), records(engine)
        import_into(engine, CITY_1)
        assert table_counts(engine) == first
        assert records(engine) == first_records

    def test_each_import_bumps_the_directory_version_once(self, engine: Engine) -> None:
        assert import_into(engine, SPEC_3).directory_version == 1
        assert import_into(engine, SPEC_3).directory_version == 2

    def test_both_fixtures_live_side_by_side(self, engine: Engine) -> None:
        import_into(engine, CITY_1)
        import_into(engine, SPEC_3)
        assert table_counts(engine)["services"] == 14


class TestZipInput:
    def test_a_zip_with_a_top_folder_imports_like_the_folder(
        self, engine: Engine, tmp_path: Path
    ) -> None:
        archive = tmp_path / "city.zip"
        with zipfile.ZipFile(archive, "w") as zf:
            for path in CITY_1.iterdir():
                zf.write(path, f"sample-data/{path.name}")
        summary = import_into(engine, archive)
        assert summary.layout == "1.x/2.x"
        assert table_counts(engine)["services"] == 13
        with session_scope(engine) as session:
            names = set(session.exec(select(m.Organization.name)).all())
        assert "Sanctuary Example City" in names

    def test_pointing_at_datapackage_json_reads_its_folder(self, engine: Engine) -> None:
        import_into(engine, CITY_1 / "datapackage.json")
        assert table_counts(engine)["services"] == 13
