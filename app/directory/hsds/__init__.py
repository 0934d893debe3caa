"""HSDS (Open Referral Human Services Data Specification) import and export.

    reader.py        a folder or .zip of CSVs (+ datapackage.json) -> Package; layout detection
    v3.py, legacy.py which file of each layout feeds which table
    build_core.py    organization, service, location, address, service_at_location rows
    build_children.py phones, schedules, costs, languages, areas, taxonomy, eligibility, payments
    links.py         duplicates and dangling links (error, drop or skip, by policy)
    enrich.py        + infer.py, fees.py: what the data implies but does not say, all reported
    importer.py      import_datapackage(): all-or-nothing in the caller's transaction
    export.py        export_datapackage(): HSDS 3.0 CSVs + datapackage.json, with our extensions

See docs/hsds.md for the mapping, the inference rules and the error format.
"""

from app.directory.hsds.export import export_datapackage
from app.directory.hsds.importer import import_datapackage
from app.directory.hsds.summary import ImportSummary

__all__ = ["ImportSummary", "export_datapackage", "import_datapackage"]
