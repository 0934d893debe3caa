"""Write the directory as HSDS 3.0 tabular data: CSV files plus datapackage.json.

Our extensions travel as extra columns named exactly as our fields (extensions.py), which
HSDS consumers ignore and our import reads back, so export -> import round-trips. Two
things are withheld on purpose: a confidential location (a shelter) is written without
address rows or coordinates, and a radius service area of a service with a confidential
location is written without its centre. Phone type `tty` is written as HSDS `textphone`.
"""

import csv
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

from app.directory import repository
from app.directory.hsds.extensions import EXTENSION_COLUMNS, format_value
from app.directory.hsds.reader import RESOURCE_FILES_3
from app.directory.mapping import DirectoryRows

# file -> (rows attribute, HSDS 3.0 columns we hold, in the spec's order)
FILES: dict[str, tuple[str, tuple[str, ...]]] = {
    "organizations.csv": ("organizations", ("id", "name", "alternate_name", "description",
        "email", "website", "tax_status", "year_incorporated", "legal_status")),
    "services.csv": ("services", ("id", "organization_id", "name", "alternate_name",
        "description", "url", "email", "status", "interpretation_services",
        "application_process", "fees_description", "wait_time", "eligibility_description",
        "minimum_age", "maximum_age", "assured_date", "alert", "last_modified")),
    "locations.csv": ("locations", ("id", "location_type", "organization_id", "name",
        "description", "latitude", "longitude")),
    "addresses.csv": ("addresses", ("id", "location_id", "attention", "address_1",
        "address_2", "city", "region", "state_province", "postal_code", "country",
        "address_type")),
    "service_at_location.csv": ("service_at_locations", ("id", "service_id", "location_id",
        "description")),
    "phones.csv": ("phones", ("id", "location_id", "service_id", "organization_id", "number",
        "extension", "type", "description")),
    "schedules.csv": ("schedules", ("id", "service_id", "location_id", "valid_from",
        "valid_to", "timezone", "freq", "byday", "description", "opens_at", "closes_at")),
    "cost_options.csv": ("cost_options", ("id", "service_id", "option", "currency", "amount",
        "amount_description")),
    "languages.csv": ("languages", ("id", "service_id", "location_id", "phone_id", "name",
        "code", "note")),
    "service_areas.csv": ("service_areas", ("id", "service_id", "name", "description",
        "extent", "extent_type")),
    "taxonomy_terms.csv": ("taxonomy_terms", ("id", "code", "name", "description",
        "parent_id", "taxonomy", "language", "term_uri")),
    "attributes.csv": ("attributes", ("id", "link_id", "taxonomy_term_id", "link_type",
        "link_entity", "value")),
}  # fmt: skip
_RESOURCE_NAMES = {file: name for name, file in RESOURCE_FILES_3.items()}
_TYPES = {"int": "integer", "float": "number", "bool": "boolean", "date": "date"}
_TYPES |= {"datetime": "datetime", "list": "string", "states": "string", "text": "string"}


class _Context:
    """What the writer needs besides each row: payments, eligibility and what to withhold."""

    def __init__(self, rows: DirectoryRows) -> None:
        self.extras: dict[str, dict[str, list[str]]] = {"payment_accepted": {}, "eligibility": {}}
        for pay in rows.payments:
            self.extras["payment_accepted"].setdefault(pay.service_id, []).append(pay.payment)
        for row in rows.eligibilities:
            self.extras["eligibility"].setdefault(row.service_id, []).append(row.eligibility)
        self.hidden = {loc.id for loc in rows.locations if loc.confidential}
        self.hidden_services = {
            s.service_id for s in rows.service_at_locations if s.location_id in self.hidden
        }

    def value(self, file: str, row: Any, column: str) -> Any:
        if column in ("latitude", "longitude") and (
            (file == "locations.csv" and row.id in self.hidden)
            or (file == "service_areas.csv" and row.service_id in self.hidden_services)
        ):
            return None
        if file == "services.csv":
            if column == "assured_date":
                return row.verified_at
            if column in self.extras:
                return sorted(self.extras[column].get(row.id, []))
        if file == "phones.csv" and column == "type":
            return "textphone" if row.type == "tty" else row.type
        return getattr(row, column)


def _schema(file: str, columns: tuple[str, ...]) -> dict[str, Any]:
    extensions = EXTENSION_COLUMNS.get(file, {})
    fields: list[dict[str, Any]] = [{"name": c, "type": "string"} for c in columns]
    for name, kind in extensions.items():
        note = "referral-router extension"
        if kind in ("list", "states"):
            note += "; a list separated by ';'"
        fields.append({"name": name, "type": _TYPES[kind], "description": note})
    return {"fields": fields, "primaryKey": "id"}


def write_package(rows: DirectoryRows, directory: Path) -> dict[str, int]:
    """Write rows as HSDS 3.0 CSV files and datapackage.json; returns rows per file."""
    directory.mkdir(parents=True, exist_ok=True)
    context = _Context(rows)
    rows.addresses = [a for a in rows.addresses if a.location_id not in context.hidden]
    counts: dict[str, int] = {}
    resources = []
    for file, (attribute, hsds_columns) in FILES.items():
        columns = (*hsds_columns, *EXTENSION_COLUMNS.get(file, {}))
        items = getattr(rows, attribute)
        with (directory / file).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in items:
                writer.writerow(format_value(context.value(file, row, c)) for c in columns)
        counts[file] = len(items)
        resources.append(
            {
                "name": _RESOURCE_NAMES[file],
                "path": file,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": _schema(file, hsds_columns),
            }
        )
    package = {
        "name": "referral-router-directory",
        "title": "referral-router service directory (HSDS 3.0)",
        "profile": "tabular-data-package",
        "version": "3.0.0",
        "hsds_version": "3.0",
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "resources": resources,
    }
    text = json.dumps(package, indent=2, ensure_ascii=False) + "\n"
    (directory / "datapackage.json").write_text(text, encoding="utf-8")
    return counts


def export_datapackage(*, session: Session, directory: Path) -> dict[str, int]:
    """Export the whole directory as HSDS 3.0 into `directory`; returns rows per file."""
    return write_package(repository.load_directory_rows(session=session), directory)
