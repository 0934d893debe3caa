"""Export writes HSDS 3.0 that our import reads back into the same directory."""

import csv
import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine

from app.config import Settings
from app.directory import models as m
from app.directory import repository
from app.directory.database import session_scope
from app.directory.hsds import export_datapackage
from app.directory.mapping import DirectoryRows
from app.routing.records import ServiceRecord, Site
from tests.conftest import fresh_engine, make_settings
from tests.directory.hsds_packages import CITY_1, SPEC_3, import_into


def rich_directory() -> DirectoryRows:
    """Rows that use every extension we export."""
    org = m.Organization(
        id="org-1", name="Triangle Care", website="https://triangle.example",
        verified_at=date(2026, 10, 1), source_url="https://triangle.example/about",
    )  # fmt: skip
    counseling = m.Service(
        id="svc-counsel", organization_id="org-1", name="Sliding Scale Counseling",
        description="Talk therapy.", kind="counseling", delivery=["in_person", "video"],
        licensed_states=["NC", "VA"], topics=["anxiety", "trauma"],
        affirming_populations=["lgbtq"], eligible_populations=["youth"], minimum_age=12,
        maximum_age=24, accepting_new_clients=False, wait_days=21,
        capacity_updated_at=datetime(2026, 11, 1, 12, 30, tzinfo=UTC), timezone="America/New_York",
        hours_description="Evenings too", verified_at=date(2026, 9, 30),
        source_url="https://triangle.example/counseling", fees_description="$20-$60",
        interpretation_services="Phone interpreters",
    )  # fmt: skip
    line = m.Service(
        id="svc-line", organization_id="org-1", name="Triangle Crisis Line", kind="crisis_line",
        delivery=["phone", "text"], crisis_risk_flags=["any"], crisis_populations=["youth"],
        open_24_7=True, is_sample=True,
    )  # fmt: skip
    return DirectoryRows(
        organizations=[org],
        services=[counseling, line],
        locations=[m.Location(id="loc-1", organization_id="org-1", name="Main", latitude=35.99,
                              longitude=-78.9)],
        addresses=[m.Address(id="addr-1", location_id="loc-1", address_1="1 Main St",
                             city="Durham", state_province="NC", postal_code="27701-1234",
                             country="US")],
        service_at_locations=[m.ServiceAtLocation(id="sal-1", service_id="svc-counsel",
                                                  location_id="loc-1")],
        phones=[
            m.Phone(id="ph-1", service_id="svc-line", number="18005550100", type="voice",
                    press="1", languages=["es"], populations=["veteran"], position=0),
            m.Phone(id="ph-2", service_id="svc-line", number="741741", type="text",
                    text_keyword="HOME", position=1),
            m.Phone(id="ph-3", service_id="svc-line", number="18005550111", type="tty",
                    position=2),
        ],
        schedules=[m.Schedule(id="sch-1", service_id="svc-counsel", byday="MO,WE",
                              opens_at="09:00", closes_at="20:00")],
        cost_options=[m.CostOption(id="cost-1", service_id="svc-counsel", amount=20.0,
                                   amount_max=60.0, cost_type="sliding_scale")],
        languages=[m.Language(id="lang-1", service_id="svc-counsel", name="Spanish", code="es")],
        service_areas=[
            m.ServiceArea(id="area-1", service_id="svc-counsel", area_type="state",
                          states=["NC", "VA"]),
            m.ServiceArea(id="area-2", service_id="svc-line", area_type="county",
                          counties=["NC:durham", "NC:orange"]),
            m.ServiceArea(id="area-3", service_id="svc-line", area_type="radius",
                          latitude=36.0, longitude=-79.0, radius_miles=30.0),
        ],
        payments=[m.PaymentAccepted(id="pay-1", service_id="svc-counsel", payment="medicaid")],
        eligibilities=[m.Eligibility(id="el-1", service_id="svc-counsel", eligibility="youth")],
        taxonomy_terms=[m.TaxonomyTerm(id="tx-1", name="Counseling")],
        attributes=[m.Attribute(id="at-1", link_id="svc-counsel", taxonomy_term_id="tx-1")],
    )  # fmt: skip


def second_engine(tmp_path: Path) -> Engine:
    (tmp_path / "other").mkdir()
    return fresh_engine(make_settings(tmp_path / "other"))


def records(engine: Engine) -> list[ServiceRecord]:
    with session_scope(engine) as session:
        return repository.load_records(session=session)


def export(engine: Engine, directory: Path) -> dict[str, int]:
    with session_scope(engine) as session:
        return export_datapackage(session=session, directory=directory)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


class TestRoundTrip:
    def test_every_extension_survives(self, engine: Engine, tmp_path: Path) -> None:
        with session_scope(engine) as session:
            repository.replace_directory_rows(session=session, rows=rich_directory())
        export(engine, tmp_path / "out")
        other = second_engine(tmp_path)
        import_into(other, tmp_path / "out")
        assert records(other) == records(engine)
        with session_scope(other) as session:
            copy = repository.load_directory_rows(session=session)
        assert [e.eligibility for e in copy.eligibilities] == ["youth"]
        assert [(a.link_id, a.taxonomy_term_id) for a in copy.attributes] == [
            ("svc-counsel", "tx-1")
        ]

    def test_nothing_is_inferred_on_top_of_exported_values(
        self, engine: Engine, tmp_path: Path
    ) -> None:
        with session_scope(engine) as session:
            repository.replace_directory_rows(session=session, rows=rich_directory())
        export(engine, tmp_path / "out")
        summary = import_into(second_engine(tmp_path), tmp_path / "out")
        assert summary.inferred == {}

    def test_imported_fixtures_round_trip(self, engine: Engine, tmp_path: Path) -> None:
        import_into(engine, CITY_1)
        import_into(engine, SPEC_3)
        export(engine, tmp_path / "out")
        other = second_engine(tmp_path)
        import_into(other, tmp_path / "out")
        assert records(other) == records(engine)

    def test_files_and_datapackage_are_hsds_3(self, engine: Engine, tmp_path: Path) -> None:
        import_into(engine, SPEC_3)
        counts = export(engine, tmp_path / "out")
        assert set(counts) == {
            "organizations.csv", "services.csv", "locations.csv", "addresses.csv",
            "service_at_location.csv", "phones.csv", "schedules.csv", "cost_options.csv",
            "languages.csv", "service_areas.csv", "taxonomy_terms.csv", "attributes.csv",
        }  # fmt: skip
        package = json.loads((tmp_path / "out" / "datapackage.json").read_text())
        assert package["version"] == "3.0.0"
        assert {r["path"] for r in package["resources"]} == set(counts)
        service = read_csv(tmp_path / "out" / "services.csv")[0]
        assert service["name"] == "Community Counselling"
        assert service["assured_date"] == "2005-01-01"
        assert service["kind"] == "counseling"


class TestConfidentialLocations:
    def test_shelter_address_and_coordinates_stay_home(
        self, engine: Engine, tmp_path: Path
    ) -> None:
        rows = rich_directory()
        rows.locations[0].confidential = True
        with session_scope(engine) as session:
            repository.replace_directory_rows(session=session, rows=rows)
        export(engine, tmp_path / "out")
        location = read_csv(tmp_path / "out" / "locations.csv")[0]
        assert (location["latitude"], location["longitude"]) == ("", "")
        assert location["confidential"] == "true"
        assert read_csv(tmp_path / "out" / "addresses.csv") == []
        text = "".join(p.read_text() for p in (tmp_path / "out").glob("*.csv"))
        assert "1 Main St" not in text and "35.99" not in text

    def test_importing_the_export_back_keeps_the_shelter_address(
        self, engine: Engine, tmp_path: Path
    ) -> None:
        rows = rich_directory()
        rows.locations[0].confidential = True
        with session_scope(engine) as session:
            repository.replace_directory_rows(session=session, rows=rows)
        before = records(engine)
        export(engine, tmp_path / "out")
        summary = import_into(engine, tmp_path / "out")
        assert records(engine) == before
        site = next(r for r in before if r.sites).sites[0]
        assert (site.latitude, site.address_1) == (35.99, "1 Main St")
        assert summary.notes["confidential places: coordinates already held were kept"] == 1

    def test_tty_is_written_as_hsds_textphone(self, engine: Engine, tmp_path: Path) -> None:
        with session_scope(engine) as session:
            repository.replace_directory_rows(session=session, rows=rich_directory())
        export(engine, tmp_path / "out")
        types = {p["id"]: p["type"] for p in read_csv(tmp_path / "out" / "phones.csv")}
        assert types == {"ph-1": "voice", "ph-2": "text", "ph-3": "textphone"}


def without_confidential_places(record: ServiceRecord) -> ServiceRecord:
    """The record as export may show it: a confidential place without address or coordinates."""
    sites = tuple(_hidden(s) if s.confidential else s for s in record.sites)
    return replace(record, sites=sites)


def _hidden(site: Site) -> Site:
    return Site(id=site.id, name=site.name, confidential=True)


class TestBundledSeedRoundTrip:
    def test_seed_directory_survives_export_and_import(
        self, tmp_path: Path, seeded_db_path: Path, settings: Settings
    ) -> None:
        (tmp_path / "test.db").write_bytes(seeded_db_path.read_bytes())
        seeded = fresh_engine(settings)
        export(seeded, tmp_path / "out")
        other = second_engine(tmp_path)
        summary = import_into(other, tmp_path / "out")
        assert summary.inferred == {}
        before = [without_confidential_places(r) for r in records(seeded)]
        after = [without_confidential_places(r) for r in records(other)]
        assert after == before
        assert any(s.confidential for r in before for s in r.sites)
        hidden = [s for r in after for s in r.sites if s.confidential]
        assert hidden and all(s.latitude is None and s.address_1 is None for s in hidden)
