"""Build HSDS packages for tests: copies of the shared fixtures with a cell changed, and a
synthetic HSDS 2.x directory of any size (deterministic, written into tmp_path).
"""

import csv
import shutil
from pathlib import Path

from sqlalchemy import Engine

from app.directory import repository
from app.directory.database import session_scope
from app.directory.hsds import ImportSummary, import_datapackage

# Not imported from tests.conftest so that bench/ can use the generator too.
SHARED_FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
SPEC_3 = SHARED_FIXTURES / "hsds-3.0-spec-example"
CITY_1 = SHARED_FIXTURES / "hsds-1.1-example-city"


def copy_fixture(source: Path, tmp_path: Path) -> Path:
    """Copy a shared fixture into tmp_path (writable) and return the copy."""
    target = tmp_path / source.name
    shutil.copytree(source, target)
    for path in target.iterdir():
        path.chmod(0o644)
    return target


def read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def write_rows(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> None:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)


def set_cell(path: Path, row: int, column: str, value: str) -> None:
    """Change one cell; `row` is the spreadsheet row (the header is row 1)."""
    rows = read_rows(path)
    rows[row - 1][rows[0].index(column)] = value
    write_rows(path, rows)


def import_into(engine: Engine, path: Path) -> ImportSummary:
    """Import a package in its own transaction, as the CLI does."""
    with session_scope(engine) as session:
        return import_datapackage(session=session, path=path)


def table_counts(engine: Engine) -> dict[str, int]:
    with session_scope(engine) as session:
        return repository.count_rows(session=session)


_NAMES = (
    ("Outpatient Counseling", "Individual therapy for adults."),
    ("Family Support Group", "A weekly support group for families."),
    ("Psychiatric Medication Clinic", "Psychiatric evaluation and medication management."),
    ("Recovery Center", "Outpatient substance use treatment and detox referral."),
    ("Community Case Management", "Case management for people leaving hospital."),
    ("Food Pantry", "Groceries for families in need."),
    ("County Crisis Hotline", "Call any time, day or night."),
    ("Telehealth Therapy", "Therapy by video sessions for people across the state."),
)
_FEES = ("Free", "$20-$60 sliding scale", "Sliding scale based on income", "", "$45 per visit")
_STATES = ("NC", "North Carolina", "Georgia", "GA", "Massachusetts")
_DAYS = ("1", "2", "Wednesday", "Thu", "5")


def synthetic_legacy_package(directory: Path, services: int) -> Path:
    """Write an HSDS 2.x-layout package with `services` services (one location each)."""
    directory.mkdir(parents=True, exist_ok=True)
    orgs = max(1, services // 10)
    tables: dict[str, list[list[str]]] = {
        "organizations.csv": [["id", "name", "description", "url"]],
        "locations.csv": [["id", "organization_id", "name", "latitude", "longitude"]],
        "physical_addresses.csv": [
            ["id", "location_id", "address_1", "city", "state_province", "postal_code", "country"]
        ],
        "services.csv": [["id", "organization_id", "name", "description", "status", "fees"]],
        "services_at_location.csv": [["id", "service_id", "location_id"]],
        "phones.csv": [["id", "service_id", "number", "type", "language"]],
        "regular_schedules.csv": [["id", "service_id", "weekday", "opens_at", "closes_at"]],
        "languages.csv": [["id", "service_id", "language"]],
        "payments_accepted.csv": [["id", "service_id", "payment"]],
        "eligibility.csv": [["id", "service_id", "eligibility"]],
        "service_areas.csv": [["id", "service_id", "service_area", "description"]],
        "taxonomy.csv": [["id", "name", "parent_id", "vocabulary"]],
        "services_taxonomy.csv": [["id", "service_id", "taxonomy_id", "taxonomy_detail"]],
    }
    tables["taxonomy.csv"].append(["tx-counseling", "Counseling Services", "", "AIRS"])
    for o in range(orgs):
        tables["organizations.csv"].append([f"pkg-org-{o}", f"Org {o}", "", "https://example.org"])
    for i in range(services):
        sid, loc = f"pkg-svc-{i}", f"pkg-loc-{i}"
        name, description = _NAMES[i % len(_NAMES)]
        missing = i % 25 == 0  # some published locations lack coordinates
        lat, lon = (
            ("", "") if missing else (f"{35 + (i % 100) / 100:.4f}", f"{-79 - (i % 50) / 50:.4f}")
        )
        zip_code = "27701-1234" if i % 7 == 0 else "27701"
        rows = tables
        rows["locations.csv"].append([loc, f"pkg-org-{i % orgs}", f"Site {i}", lat, lon])
        rows["physical_addresses.csv"].append(
            [f"addr-{i}", loc, f"{i} Main St", "Durham", _STATES[i % len(_STATES)], zip_code, "US"]
        )
        rows["services.csv"].append(
            [
                sid,
                f"pkg-org-{i % orgs}",
                f"{name} {i}",
                description,
                "active",
                _FEES[i % len(_FEES)],
            ]
        )
        rows["services_at_location.csv"].append([f"sal-{i}", sid, loc])
        rows["phones.csv"].append([f"ph-{i}", sid, f"(919) 555-{i % 10000:04d}", "voice", "en, es"])
        rows["regular_schedules.csv"].append(
            [f"rs-{i}", sid, _DAYS[i % len(_DAYS)], "9:00 AM", "17:00"]
        )
        rows["languages.csv"].append([f"lang-{i}", sid, "Spanish" if i % 2 else "English"])
        rows["payments_accepted.csv"].append([f"pay-{i}", sid, "Medicaid" if i % 3 else "cash"])
        rows["eligibility.csv"].append([f"el-{i}", sid, "adult"])
        rows["service_areas.csv"].append([f"area-{i}", sid, "Durham County, NC", ""])
        if i % len(_NAMES) == 0:
            rows["services_taxonomy.csv"].append([f"st-{i}", sid, "tx-counseling", ""])
    for name, rows in tables.items():
        write_rows(directory / name, rows)
    return directory
