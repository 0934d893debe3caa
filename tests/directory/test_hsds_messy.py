"""Real published directories are messy: what is repaired, what is reported, what is read."""

from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.directory import repository
from app.directory.database import session_scope
from app.directory.hsds.fees import FeeReading, read_fees
from app.directory.hsds.infer import infer_delivery, infer_kind
from app.directory.hsds.values import area_from_text, clock, language_code, weekday
from app.routing.records import ServiceRecord
from tests.directory.hsds_packages import import_into, table_counts, write_rows

ORGS = [["id", "name"], ["o1", "Helpers Inc"]]
LOCATIONS = [
    ["id", "organization_id", "name", "latitude", "longitude"],
    ["l1", "o1", "Clinic", "35.99", "-78.90"],
    ["l2", "o1", "Annex", "", ""],
]
SAL = [["id", "service_id", "location_id"], ["a1", "s1", "l1"], ["a2", "s2", "l2"]]


def services(*rows: list[str]) -> list[list[str]]:
    return [["id", "organization_id", "name", "description", "fees"], *rows]


def package(tmp_path: Path, **files: list[list[str]]) -> Path:
    """Write a 1.x-layout package; file names use '_' for '.' ("services_csv")."""
    base = {
        "organizations.csv": ORGS,
        "locations.csv": LOCATIONS,
        "services_at_location.csv": SAL,
        "services.csv": services(
            ["s1", "o1", "Talk Therapy", "", ""], ["s2", "o1", "Pantry", "", ""]
        ),
    }
    base |= {name.replace("_csv", ".csv"): rows for name, rows in files.items()}
    target = tmp_path / "pkg"
    target.mkdir()
    for name, rows in base.items():
        write_rows(target / name, rows)
    return target


def records(engine: Engine) -> dict[str, ServiceRecord]:
    with session_scope(engine) as session:
        return {r.id: r for r in repository.load_records(session=session)}


class TestEncodings:
    def test_windows_1252_file_is_read_and_reported(self, engine: Engine, tmp_path: Path) -> None:
        path = package(tmp_path)
        rows = services(
            ["s1", "o1", "Café Counseling – Niños", "", ""], ["s2", "o1", "Pantry", "", ""]
        )
        write_rows(path / "services.csv", rows, encoding="cp1252")
        summary = import_into(engine, path)
        assert records(engine)["s1"].name == "Café Counseling – Niños"
        assert "services.csv: not UTF-8, read as cp1252" in summary.notes

    def test_byte_order_mark_does_not_hide_the_id_column(
        self, engine: Engine, tmp_path: Path
    ) -> None:
        path = package(tmp_path)
        write_rows(path / "organizations.csv", ORGS, encoding="utf-8-sig")
        import_into(engine, path)
        assert records(engine)["s1"].organization_name == "Helpers Inc"

    def test_semicolon_separated_file(self, engine: Engine, tmp_path: Path) -> None:
        path = package(tmp_path)
        (path / "organizations.csv").write_text("id;name\no1;Helpers Inc\n", encoding="utf-8")
        import_into(engine, path)
        assert records(engine)["s1"].organization_name == "Helpers Inc"


class TestColumnsAndRows:
    def test_unknown_columns_are_ignored_and_listed(self, engine: Engine, tmp_path: Path) -> None:
        orgs = [["id", "name", "Internal Notes", ""], ["o1", "Helpers Inc", "call Bob", ""]]
        summary = import_into(engine, package(tmp_path, organizations_csv=orgs))
        assert summary.ignored_columns == {"organizations.csv": ["internal notes"]}

    def test_blank_rows_are_skipped(self, engine: Engine, tmp_path: Path) -> None:
        rows = services(
            ["s1", "o1", "Talk Therapy", "", ""],
            ["", "", "", "", ""],
            ["s2", "o1", "Pantry", "", ""],
        )
        import_into(engine, package(tmp_path, services_csv=rows))
        assert table_counts(engine)["services"] == 2

    def test_duplicate_ids_keep_the_later_row(self, engine: Engine, tmp_path: Path) -> None:
        rows = services(
            ["s1", "o1", "Old Name", "", ""],
            ["s2", "o1", "Pantry", "", ""],
            ["s1", "o1", "New Name", "", ""],
        )
        summary = import_into(engine, package(tmp_path, services_csv=rows))
        assert records(engine)["s1"].name == "New Name"
        assert summary.repaired["services.csv: duplicate ids, the later row kept"] == 1

    def test_child_rows_without_id_get_one(self, engine: Engine, tmp_path: Path) -> None:
        phones = [
            ["id", "service_id", "number"],
            ["", "s1", "919-555-0100"],
            ["", "s1", "919-555-0101"],
        ]
        summary = import_into(engine, package(tmp_path, phones_csv=phones))
        assert len(records(engine)["s1"].phones) == 2
        assert summary.repaired["phones.csv: blank id, one made from its parent and row"] == 2

    def test_fax_numbers_are_skipped_and_reported(self, engine: Engine, tmp_path: Path) -> None:
        phones = [
            ["id", "service_id", "number", "type"],
            ["p1", "s1", "1", "voice"],
            ["p2", "s1", "2", "fax"],
        ]
        summary = import_into(engine, package(tmp_path, phones_csv=phones))
        assert [p.number for p in records(engine)["s1"].phones] == ["1"]
        assert summary.skipped["phones.csv: fax numbers"] == 1


class TestPlaces:
    def test_location_without_coordinates_is_kept_and_counted(
        self, engine: Engine, tmp_path: Path
    ) -> None:
        summary = import_into(engine, package(tmp_path))
        assert records(engine)["s2"].sites[0].name == "Annex"
        assert (
            summary.notes["locations without coordinates (kept; distance search skips them)"] == 1
        )

    def test_state_names_zip_plus_4_and_lost_leading_zeros(
        self, engine: Engine, tmp_path: Path
    ) -> None:
        addresses = [
            ["id", "location_id", "address_1", "city", "state_province", "postal_code"],
            ["d1", "l1", "1 Main St", "Durham", "North Carolina", "277011234"],
            ["d2", "l2", "2 Elm St", "Boston", "massachusetts", "2134"],
        ]
        import_into(engine, package(tmp_path, physical_addresses_csv=addresses))
        first, second = records(engine)["s1"].sites[0], records(engine)["s2"].sites[0]
        assert (first.state, first.postal_code) == ("NC", "27701-1234")
        assert (second.state, second.postal_code) == ("MA", "02134")

    def test_service_area_words_become_areas(self, engine: Engine, tmp_path: Path) -> None:
        areas = [
            ["id", "service_id", "service_area"],
            ["r1", "s1", "Durham County, NC"],
            ["r2", "s2", "Our town"],
        ]
        summary = import_into(engine, package(tmp_path, service_areas_csv=areas))
        assert records(engine)["s1"].areas[0].counties == {"nc:durham"}
        assert records(engine)["s2"].areas[0].type == "described"
        assert any("kept as words" in note for note in summary.notes)


class TestFeesAndLanguages:
    def test_free_text_fees_become_costs(self, engine: Engine, tmp_path: Path) -> None:
        rows = services(
            ["s1", "o1", "Talk Therapy", "", "$20-$60 sliding scale"],
            ["s2", "o1", "Pantry", "", "Free"],
        )
        summary = import_into(engine, package(tmp_path, services_csv=rows))
        therapy, pantry = records(engine)["s1"].cost, records(engine)["s2"].cost
        assert therapy.sliding_scale and (therapy.min_fee, therapy.max_fee) == (20, 60)
        assert pantry.free
        assert summary.subjects["services had fees only as text"] == 2

    def test_language_names_become_codes(self, engine: Engine, tmp_path: Path) -> None:
        langs = [["id", "service_id", "language"], ["g1", "s1", "Spanish"], ["g2", "s1", "Klingon"]]
        summary = import_into(engine, package(tmp_path, languages_csv=langs))
        assert records(engine)["s1"].languages == {"es"}
        assert summary.notes["languages.csv: language 'Klingon' has no code we know"] == 1


class TestReadFees:
    @pytest.mark.parametrize(
        ("text", "reading"),
        [
            ("Free", FeeReading("free", 0.0)),
            ("$20-$60 sliding scale", FeeReading("sliding_scale", 20.0, 60.0)),
            ("Sliding scale based on income", FeeReading("sliding_scale")),
            ("$45 per visit", FeeReading("fixed", 45.0)),
            ("Free to $60 on a sliding scale", FeeReading("sliding_scale", 0.0, 60.0)),
            ("£50 per hour", FeeReading("fixed", 50.0, currency="GBP")),
        ],
    )
    def test_clear_texts_are_read(self, text: str, reading: FeeReading) -> None:
        assert read_fees(text) == reading

    @pytest.mark.parametrize(
        "text", ["Call for fees", "Free for residents, $20 for others", "Call our toll-free line"]
    )
    def test_unclear_texts_are_left_alone(self, text: str) -> None:
        assert read_fees(text) is None


class TestInferKind:
    @pytest.mark.parametrize(
        ("name", "description", "taxonomy", "kind"),
        [
            ("County Crisis Hotline", "", [], "crisis_line"),
            ("Anything", "", ["Suicide Prevention Hotlines"], "crisis_line"),
            ("Mobile Crisis Team", "", [], "other"),
            ("Walk-in Clinic", "We also run a crisis line.", [], "other"),
            ("Never Homeless Helpline", "", [], "other"),
            ("Community Counselling", "", [], "counseling"),
            ("Credit Counseling", "", [], "other"),
            ("Al-Anon Family Group", "", [], "support_group"),
            (
                "Recovery Center",
                "Outpatient substance use treatment.",
                [],
                "substance_use_treatment",
            ),
            ("Dr. Lee", "Psychiatric evaluation.", [], "psychiatry"),
            ("Navigators", "Case management for families.", [], "case_management"),
            ("Food Pantry", "Groceries.", [], "other"),
        ],
    )
    def test_conservative_kinds(
        self, name: str, description: str, taxonomy: list[str], kind: str
    ) -> None:
        assert infer_kind(name, description, taxonomy).value == kind

    def test_source_is_named(self) -> None:
        found = infer_kind("X", "", ["Counseling Services"])
        assert (found.value, found.source) == ("counseling", "taxonomy 'Counseling Services'")


class TestInferDelivery:
    def test_channels_from_text_and_data(self) -> None:
        text = "Therapy by telehealth; call our helpline"
        assert infer_delivery(text, has_site=True, phone_types={"text"}, kind="counseling") == [
            "in_person", "video", "phone", "text",
        ]  # fmt: skip

    def test_nothing_said_means_nothing_inferred(self) -> None:
        assert (
            infer_delivery("Groceries", has_site=False, phone_types={"voice"}, kind="other") == []
        )


class TestValues:
    def test_days_times_and_languages(self) -> None:
        assert [weekday(v) for v in ("1", "7", "Tuesday", "fri")] == ["MO", "SU", "TU", "FR"]
        assert [clock(v) for v in ("9am", "5:30 PM", "17:00:00", "0900", "late")] == [
            "09:00", "17:30", "17:00", "09:00", None,
        ]  # fmt: skip
        assert [language_code(v) for v in ("Spanish", "spa", "ES", "Mandarin")] == [
            "es",
            "es",
            "es",
            "zh",
        ]

    def test_area_words(self) -> None:
        assert area_from_text("North Carolina") == {"area_type": "state", "states": ["NC"]}
        assert area_from_text("27701, 27703") == {
            "area_type": "zip",
            "postal_codes": ["27701", "27703"],
        }
        assert area_from_text("Nationwide") == {"area_type": "national"}
        assert area_from_text("The MyCity area") is None


class TestForgivingCells:
    def test_day_ranges_ages_with_words_and_blank_numbers(
        self, engine: Engine, tmp_path: Path
    ) -> None:
        hours = [
            ["id", "service_id", "weekday", "opens_at", "closes_at"],
            ["h1", "s1", "Mon-Fri", "9am", "5pm"],
        ]
        phones = [["id", "service_id", "number"], ["p1", "s1", ""], ["p2", "s1", "919-555-0100"]]
        rows = [
            ["id", "organization_id", "name", "minimum_age", "last_modified"],
            ["s1", "o1", "Talk Therapy", "18+", "01/22/2019 10:00"],
            ["s2", "o1", "Pantry", "", ""],
        ]
        summary = import_into(
            engine,
            package(tmp_path, regular_schedules_csv=hours, phones_csv=phones, services_csv=rows),
        )
        therapy = records(engine)["s1"]
        assert [h.weekday for h in therapy.hours] == [0, 1, 2, 3, 4]
        assert therapy.min_age == 18
        assert [p.number for p in therapy.phones] == ["919-555-0100"]
        assert summary.skipped["phones.csv: rows without a number"] == 1
