"""Read an HSDS tabular package: a folder of CSV files or a .zip of one, with or without
datapackage.json, in the 3.0 layout or the older 1.x/2.x one.

Published files are messy, so reading is forgiving where no meaning is lost: a byte-order
mark, Windows-1252 or Latin-1 text, `;` or tab separators, blank rows, padded headers and
cells. Row numbers are what a spreadsheet shows: the header is row 1, the first record row 2
(a quoted cell with line breaks still counts as one row).
"""

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from app.errors import ImportRejectedError

MAX_UNZIPPED_BYTES = 500_000_000
LAYOUT_3 = "3.0"
LAYOUT_LEGACY = "1.x/2.x"

# Files only one layout has; the layout with more of them present wins.
_MARKERS_3 = {"service_at_location.csv", "schedules.csv", "addresses.csv", "attributes.csv"}
_MARKERS_3 |= {"taxonomy_terms.csv", "cost_options.csv"}
_MARKERS_LEGACY = {"services_at_location.csv", "regular_schedules.csv", "physical_addresses.csv"}
_MARKERS_LEGACY |= {"payments_accepted.csv", "services_taxonomy.csv", "taxonomy.csv"}
_MARKERS_LEGACY |= {"eligibility.csv", "postal_addresses.csv", "holiday_schedules.csv"}
_NULLS = {"null", "none"}
_SHARED = {
    "organization": "organizations.csv",
    "service": "services.csv",
    "location": "locations.csv",
    "phone": "phones.csv",
    "language": "languages.csv",
    "service_area": "service_areas.csv",
}
RESOURCE_FILES_3 = _SHARED | {
    "service_at_location": "service_at_location.csv",
    "address": "addresses.csv",
    "schedule": "schedules.csv",
    "cost_option": "cost_options.csv",
    "taxonomy_term": "taxonomy_terms.csv",
    "attribute": "attributes.csv",
}
RESOURCE_FILES_LEGACY = _SHARED | {
    "service_at_location": "services_at_location.csv",
    "physical_address": "physical_addresses.csv",
    "postal_address": "postal_addresses.csv",
    "regular_schedule": "regular_schedules.csv",
    "payment_accepted": "payments_accepted.csv",
    "eligibility": "eligibility.csv",
    "service_taxonomy": "services_taxonomy.csv",
    "taxonomy": "taxonomy.csv",
}


@dataclass
class Table:
    """One CSV file: its name as published and its rows keyed by lower-case header."""

    name: str
    columns: list[str]
    rows: list[dict[str, str | None]]
    first_row: int = 2

    def numbered(self) -> Iterator[tuple[int, dict[str, str | None]]]:
        """Yield (spreadsheet row number, row) pairs."""
        for index, row in enumerate(self.rows):
            if any(v is not None for v in row.values()):
                yield index + self.first_row, row


@dataclass
class Package:
    """Every CSV file of a package keyed by lower-case file name, and its metadata."""

    source: str
    tables: dict[str, Table] = field(default_factory=dict)
    metadata: dict[str, Any] = field(default_factory=dict)
    encodings: dict[str, str] = field(default_factory=dict)
    layout: str = LAYOUT_3

    def table(self, name: str) -> Table | None:
        """Return a table by canonical file name ("services.csv"), or None."""
        return self.tables.get(name)

    @property
    def source_url(self) -> str | None:
        """The homepage the datapackage names, or the path of its first source."""
        homepage = self.metadata.get("homepage")
        # The HSDS template's own homepage is a placeholder, not where the data comes from.
        if isinstance(homepage, str) and homepage.strip() and "openreferral.org" not in homepage:
            return homepage.strip()
        sources = self.metadata.get("sources")
        if isinstance(sources, list) and sources and isinstance(sources[0], dict):
            path = sources[0].get("path")
            return str(path) if path else None
        return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode CSV bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252/Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def parse_csv(name: str, data: bytes) -> tuple[Table, str]:
    """Parse one CSV file into a Table; returns it with the encoding used."""
    text, encoding = decode(data)
    first_line = text.split("\n", 1)[0]
    delimiter = ","
    if "," not in first_line:
        delimiter = ";" if ";" in first_line else ("\t" if "\t" in first_line else ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, [])
        columns = [h.strip().strip("\ufeff").lower() for h in header]
        rows = [_row(columns, record) for record in reader]
    except csv.Error as exc:  # a NUL byte, a cell over the size limit, ...
        row_number = max(1, reader.line_num)
        raise ImportRejectedError(
            f"{name} cannot be read as CSV near line {row_number}: {exc}.",
            errors=[{"file": name, "row": row_number, "column": "", "msg": str(exc)}],
        ) from exc
    return Table(name=name, columns=[c for c in columns if c], rows=rows), encoding


def _row(columns: list[str], record: list[str]) -> dict[str, str | None]:
    row: dict[str, str | None] = {}
    for column, cell in zip(columns, record, strict=False):
        if column and column not in row:
            value = cell.strip()
            row[column] = None if not value or value.lower() in _NULLS else value
    return row


def _read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        members = [
            info
            for info in archive.infolist()
            if not info.is_dir()
            and "__MACOSX" not in info.filename
            and info.filename.lower().endswith((".csv", "datapackage.json"))
        ]
        if sum(info.file_size for info in members) > MAX_UNZIPPED_BYTES:
            raise ImportRejectedError(
                f"{path.name} unpacks to more than {MAX_UNZIPPED_BYTES} bytes."
            )
        # A zip often wraps the package in one folder: use the folder holding the most files.
        folders: dict[str, int] = {}
        for info in members:
            parent = str(PurePosixPath(info.filename).parent)
            folders[parent] = folders.get(parent, 0) + 1
        if not folders:
            return {}
        chosen = max(folders, key=lambda f: (folders[f], -len(f)))
        return {
            PurePosixPath(info.filename).name: archive.read(info)
            for info in members
            if str(PurePosixPath(info.filename).parent) == chosen
        }


def _read_dir(path: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes()
        for p in sorted(path.iterdir())
        if p.is_file() and p.name.lower().endswith((".csv", "datapackage.json"))
    }


def _resource_files(metadata: dict[str, Any]) -> dict[str, str]:
    """Map each CSV path named in datapackage.json to its resource name."""
    found = {}
    for resource in metadata.get("resources", []) or []:
        if isinstance(resource, dict) and isinstance(resource.get("path"), str):
            found[PurePosixPath(resource["path"]).name.lower()] = str(resource.get("name", ""))
    return found


def detect_layout(names: set[str], metadata: dict[str, Any]) -> str:
    """Tell HSDS 3.0 from 1.x/2.x by datapackage version, then by which files are present."""
    version = str(metadata.get("hsds_version") or metadata.get("version") or "")
    if version.startswith("3"):
        return LAYOUT_3
    return LAYOUT_LEGACY if len(names & _MARKERS_LEGACY) > len(names & _MARKERS_3) else LAYOUT_3


def _canonical_names(package: Package) -> None:
    """Rename files that datapackage.json says hold a known resource ("Svc.csv" -> services)."""
    canonical = RESOURCE_FILES_3 if package.layout == LAYOUT_3 else RESOURCE_FILES_LEGACY
    for file_name, resource in _resource_files(package.metadata).items():
        target = canonical.get(resource)
        if target and file_name in package.tables and target not in package.tables:
            package.tables[target] = package.tables.pop(file_name)


def read_package(path: Path) -> Package:
    """Read every CSV of the package at `path` (a folder or a .zip)."""
    if not path.exists():
        raise ImportRejectedError(f"{path} does not exist.")
    if path.is_file() and path.name.lower() == "datapackage.json":
        path = path.parent  # the descriptor stands for the folder it describes
    is_zip = path.is_file() and zipfile.is_zipfile(path)
    if not is_zip and not path.is_dir():
        raise ImportRejectedError(
            f"{path.name} is neither a folder of CSV files nor a .zip of one."
        )
    files = _read_zip(path) if is_zip else _read_dir(path)
    package = Package(source=str(path))
    for name, data in files.items():
        if name.lower() == "datapackage.json":
            try:
                package.metadata = json.loads(decode(data)[0])
            except json.JSONDecodeError as exc:
                raise ImportRejectedError(
                    f"datapackage.json is not valid JSON (line {exc.lineno}).",
                    errors=[{"file": name, "row": exc.lineno, "column": "", "msg": exc.msg}],
                ) from exc
    for name, data in files.items():
        if name.lower().endswith(".csv"):
            table, encoding = parse_csv(name, data)
            package.tables[name.lower()] = table
            if encoding not in ("utf-8-sig", "utf-16"):
                package.encodings[name] = encoding
    if not package.tables:
        raise ImportRejectedError(f"No CSV files found in {path.name}.")
    package.layout = detect_layout(set(package.tables), package.metadata)
    _canonical_names(package)
    return package
