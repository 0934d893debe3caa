"""A published-size HSDS 2.x directory (2,000 services) imports whole and is served."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from app.config import Settings
from app.directory import repository
from app.directory.database import session_scope
from app.errors import ImportRejectedError
from app.main import create_app
from tests.conftest import fresh_engine
from tests.directory.hsds_packages import (
    import_into,
    set_cell,
    synthetic_legacy_package,
    table_counts,
)

SERVICES = 2000
CHILD_FILES = (
    "phones.csv",
    "regular_schedules.csv",
    "languages.csv",
    "eligibility.csv",
    "payments_accepted.csv",
    "service_areas.csv",
    "services_taxonomy.csv",
)


class TestTwoThousandServices:
    def test_imports_whole_with_its_children(self, engine: Engine, tmp_path: Path) -> None:
        summary = import_into(engine, synthetic_legacy_package(tmp_path / "pkg", SERVICES))
        counts = table_counts(engine)
        assert counts["services"] == counts["locations"] == counts["addresses"] == SERVICES
        assert counts["phones"] == counts["schedules"] == counts["service_areas"] == SERVICES
        assert summary.subjects["services had no kind"] == SERVICES
        lines = "\n".join(summary.lines())
        assert "locations without coordinates (kept; distance search skips them) (80)" in lines

    def test_reimport_is_idempotent(self, engine: Engine, tmp_path: Path) -> None:
        package = synthetic_legacy_package(tmp_path / "pkg", 300)
        import_into(engine, package)
        first = table_counts(engine)
        import_into(engine, package)
        assert table_counts(engine) == first

    def test_messy_values_are_normalised(self, engine: Engine, tmp_path: Path) -> None:
        import_into(engine, synthetic_legacy_package(tmp_path / "pkg", 40))
        with session_scope(engine) as session:
            sites = {r.id: r.sites[0] for r in repository.load_records(session=session)}
            costs = {r.id: r.cost for r in repository.load_records(session=session)}
        assert sites["pkg-svc-1"].state == "NC"  # "North Carolina"
        assert sites["pkg-svc-2"].state == "GA"  # "Georgia"
        assert sites["pkg-svc-7"].postal_code == "27701-1234"
        assert costs["pkg-svc-0"].free  # "Free"
        assert (costs["pkg-svc-1"].min_fee, costs["pkg-svc-1"].max_fee) == (
            20,
            60,
        )  # "$20-$60 sliding"
        assert costs["pkg-svc-2"].sliding_scale and costs["pkg-svc-2"].min_fee is None


class TestServedByTheApi:
    def test_list_total_counts_the_imported_services(
        self, tmp_path: Path, seeded_db_path: Path, settings: Settings
    ) -> None:
        (tmp_path / "test.db").write_bytes(seeded_db_path.read_bytes())
        engine = fresh_engine(settings)
        with session_scope(engine) as session:
            before = len(repository.load_records(session=session))
        import_into(engine, synthetic_legacy_package(tmp_path / "pkg", SERVICES))
        with TestClient(create_app(settings)) as client:
            body = client.get("/v1/services", params={"limit": 1}).json()
            one = client.get("/v1/services/pkg-svc-6").json()
        assert body["total"] == before + SERVICES
        assert one["name"] == "County Crisis Hotline 6"
        assert one["sample"] is False


class TestCrisisLinesAreProtected:
    def test_reusing_the_id_of_988_is_refused(
        self, tmp_path: Path, seeded_db_path: Path, settings: Settings
    ) -> None:
        (tmp_path / "test.db").write_bytes(seeded_db_path.read_bytes())
        engine = fresh_engine(settings)
        package = synthetic_legacy_package(tmp_path / "pkg", 3)
        set_cell(package / "services.csv", 2, "id", "svc-988")
        set_cell(package / "services_at_location.csv", 2, "service_id", "svc-988")
        for name in CHILD_FILES:
            set_cell(package / name, 2, "service_id", "svc-988")
        before = table_counts(engine)
        with pytest.raises(ImportRejectedError) as caught:
            import_into(engine, package)
        assert [(e["file"], e["row"], e["column"]) for e in caught.value.errors or []] == [
            ("services.csv", 2, "id")
        ]
        assert table_counts(engine) == before
        with session_scope(engine) as session:
            lifeline = next(
                r for r in repository.load_records(session=session) if r.id == "svc-988"
            )
        assert lifeline.kind == "crisis_line"
