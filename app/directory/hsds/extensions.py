"""Our extension columns in HSDS CSV files: written by export, read back by import.

They are extra columns named exactly as our model fields, which HSDS consumers ignore.
When a file has one of these columns, its cells are taken as the truth (an empty list
cell means "none", not "please infer"); only an empty `kind` cell is inferred.
"""

from datetime import date, datetime
from typing import Any

from app.directory.geo import normalize_state
from app.directory.hsds.cells import Cells
from app.routing import vocabulary as v

# The area type of a service area we keep only as published words (routing ignores it).
DESCRIBED_AREA = "described"
COST_TYPES = ("free", "sliding_scale", "fixed")

# file -> column -> value type
EXTENSION_COLUMNS: dict[str, dict[str, str]] = {
    "organizations.csv": {"verified_at": "date", "source_url": "text", "is_sample": "bool"},
    "services.csv": {
        "kind": "text",
        "delivery": "list",
        "licensed_states": "states",
        "topics": "list",
        "eligible_populations": "list",
        "affirming_populations": "list",
        "crisis_risk_flags": "list",
        "crisis_populations": "list",
        "open_24_7": "bool",
        "hours_description": "text",
        "timezone": "text",
        "accepting_new_clients": "bool",
        "wait_days": "int",
        "capacity_updated_at": "datetime",
        "source_url": "text",
        "is_sample": "bool",
        "payment_accepted": "list",
        "eligibility": "list",
    },
    "locations.csv": {"confidential": "bool"},
    "phones.csv": {
        "text_keyword": "text",
        "press": "text",
        "languages": "list",
        "populations": "list",
        "position": "int",
    },
    "cost_options.csv": {"cost_type": "text", "amount_max": "float"},
    "service_areas.csv": {
        "area_type": "text",
        "states": "states",
        "counties": "list",
        "postal_codes": "list",
        "latitude": "float",
        "longitude": "float",
        "radius_miles": "float",
    },
}
VOCABULARIES: dict[str, tuple[str, ...]] = {
    "kind": v.SERVICE_KINDS,
    "delivery": v.DELIVERY,
    "topics": v.TOPICS,
    "eligible_populations": v.POPULATIONS,
    "affirming_populations": v.POPULATIONS,
    "crisis_populations": v.POPULATIONS,
    "populations": v.POPULATIONS,
    "crisis_risk_flags": (*v.RISK_FLAGS, v.ANY_RISK),
    "cost_type": COST_TYPES,
    "area_type": (*v.SERVICE_AREA_TYPES, DESCRIBED_AREA),
}


def read_extensions(cells: Cells, file: str) -> dict[str, Any]:
    """Read the extension columns this file has; absent columns are left out."""
    found: dict[str, Any] = {}
    for column, kind in EXTENSION_COLUMNS.get(file, {}).items():
        if not cells.has(column):
            continue
        value: Any
        if kind == "list":
            value = cells.listing(column)
        elif kind == "states":
            value = []
            for item in cells.listing(column):
                code = normalize_state(item)
                if code is None:
                    cells.error(column, f"'{item}' is not a US state")
                value.append(code or item)
        elif kind == "bool":
            value = cells.boolean(column)
        elif kind == "int":
            value = cells.integer(column, low=0, high=100_000)
        elif kind == "float":
            value = cells.number(column)
        elif kind == "date":
            value = cells.date(column)
        elif kind == "datetime":
            value = cells.datetime(column)
        else:
            value = cells.text(column)
        allowed = VOCABULARIES.get(column)
        if allowed:
            for item in value if isinstance(value, list) else [value] if value else []:
                if item not in allowed:
                    cells.error(column, f"'{item}' is not one of: {', '.join(allowed)}")
        found[column] = value
    return found


def format_value(value: Any) -> str:
    """Write a model value into a CSV cell (lists joined with ';', booleans as true/false)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ";".join(str(item) for item in value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) if abs(value) < 1e15 else repr(value)
    return str(value)
