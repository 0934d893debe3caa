"""Build organization, service, location, address and service-at-location rows from cells.

Both layouts share these builders; they differ only in file and column names, which the
callers (v3.py, legacy.py) pass in.
"""

from app.directory import models as m
from app.directory.hsds.cells import Cells
from app.directory.hsds.draft import Draft, make
from app.directory.hsds.extensions import read_extensions
from app.directory.hsds.values import postal_code, state_code

MAX_AGE = 120
_STATUSES = {"active", "inactive", "defunct", "temporarily closed"}
_SERVICE_SCALARS: tuple[str, ...] = ("kind", "hours_description", "timezone", "wait_days")
_SERVICE_SCALARS += ("capacity_updated_at", "open_24_7", "accepting_new_clients")
_SERVICE_LISTS: tuple[str, ...] = ("delivery", "licensed_states", "topics")
_SERVICE_LISTS += ("eligible_populations", "affirming_populations", "crisis_risk_flags")
_SERVICE_LISTS += ("crisis_populations",)


def organization(draft: Draft, cells: Cells) -> None:
    """One organizations.csv row."""
    ext = read_extensions(cells, "organizations.csv")
    row = make(
        m.Organization,
        id=cells.required("id"),
        name=cells.required("name"),
        alternate_name=cells.text("alternate_name"),
        description=cells.text("description"),
        email=cells.text("email"),
        website=cells.text("website", "url"),
        tax_status=cells.text("tax_status"),
        year_incorporated=cells.integer("year_incorporated", low=1600, high=2100, what="year"),
        legal_status=cells.text("legal_status"),
        verified_at=ext.get("verified_at"),
        source_url=ext.get("source_url") or draft.summary.source_url,
        is_sample=bool(ext.get("is_sample")),
    )
    draft.add("organizations", row, cells)


def _ages(cells: Cells) -> tuple[int | None, int | None]:
    low = cells.integer("minimum_age", low=0, high=MAX_AGE, what="age")
    high = cells.integer("maximum_age", low=0, high=MAX_AGE, what="age")
    if low is not None and high is not None and low > high:
        cells.error("maximum_age", f"is below minimum_age ({high} < {low})")
    return low, high


def _status(draft: Draft, cells: Cells) -> str:
    status = (cells.text("status") or "").lower()
    if status in _STATUSES:
        return status
    draft.summary.repaired[f"{cells.file}: status blank or unknown, taken as active"] += 1
    return "active"


def service(draft: Draft, cells: Cells) -> None:
    """One services.csv row; extension columns are kept aside for inference decisions."""
    ext = read_extensions(cells, "services.csv")
    low, high = _ages(cells)
    sid = cells.required("id")
    row = make(
        m.Service,
        id=sid,
        organization_id=cells.required("organization_id"),
        name=cells.required("name"),
        alternate_name=cells.text("alternate_name"),
        description=cells.text("description"),
        url=cells.text("url"),
        email=cells.text("email"),
        status=_status(draft, cells),
        interpretation_services=cells.text("interpretation_services"),
        application_process=cells.text("application_process"),
        fees_description=cells.text("fees_description", "fees"),
        wait_time=cells.text("wait_time"),
        eligibility_description=cells.text("eligibility_description"),
        minimum_age=low,
        maximum_age=high,
        alert=cells.text("alert"),
        last_modified=cells.datetime("last_modified"),
        verified_at=cells.date("assured_date"),
        source_url=ext.get("source_url") or draft.summary.source_url,
        is_sample=bool(ext.get("is_sample")),
    )
    # Our columns, where the file has them, are the truth (a blank scalar keeps the default).
    for field in _SERVICE_SCALARS:
        if ext.get(field) is not None:
            setattr(row, field, ext[field])
    for field in _SERVICE_LISTS:
        if field in ext:
            setattr(row, field, list(ext[field]))
    draft.service_ext[sid] = ext
    draft.add("services", row, cells)


def location(draft: Draft, cells: Cells) -> None:
    """One locations.csv row; unusable coordinates are dropped (reported), the place kept."""
    lat, lon = cells.number("latitude"), cells.number("longitude")
    if (lat is None) != (lon is None):
        draft.summary.repaired[f"{cells.file}: only one of latitude/longitude, both dropped"] += 1
        lat = lon = None
    elif lat is not None and lon is not None:
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            draft.summary.repaired[f"{cells.file}: coordinates out of range, dropped"] += 1
            lat = lon = None
        elif lat == 0 and lon == 0:
            draft.summary.repaired[f"{cells.file}: coordinates 0,0 (a blank), dropped"] += 1
            lat = lon = None
    ext = read_extensions(cells, "locations.csv")
    row = make(
        m.Location,
        id=cells.required("id"),
        organization_id=cells.text("organization_id"),
        location_type=(cells.text("location_type") or "physical").lower(),
        name=cells.text("name"),
        description=cells.text("description"),
        latitude=lat,
        longitude=lon,
        confidential=bool(ext.get("confidential")),
    )
    draft.add("locations", row, cells)


def address(draft: Draft, cells: Cells, address_type: str = "physical") -> None:
    """One address row (3.0 addresses.csv, 1.x physical_addresses/postal_addresses.csv)."""
    location_id = cells.required("location_id")
    state = cells.text("state_province")
    if state and state_code(state) and state_code(state) != state:
        draft.summary.repaired[f"{cells.file}: state names written as 2-letter codes"] += 1
        state = state_code(state)
    code = cells.text("postal_code")
    if code:
        code, changed = postal_code(code)
        if changed:
            draft.summary.repaired[f"{cells.file}: ZIP codes tidied (leading zero, ZIP+4)"] += 1
    extra = [cells.text(c) for c in ("address_2", "address_3", "address_4")]
    row = make(
        m.Address,
        id=draft.child_id(cells, location_id, "address"),
        location_id=location_id,
        attention=cells.text("attention"),
        address_1=cells.text("address_1"),
        address_2=", ".join(part for part in extra if part) or None,
        city=cells.text("city"),
        region=cells.text("region"),
        state_province=state,
        postal_code=code,
        country=cells.text("country"),
        address_type=(cells.text("address_type") or address_type).lower(),
    )
    draft.add("addresses", row, cells)


def service_at_location(draft: Draft, cells: Cells) -> None:
    """One service_at_location / services_at_location row."""
    service_id, location_id = cells.required("service_id"), cells.required("location_id")
    row = make(
        m.ServiceAtLocation,
        id=draft.child_id(cells, service_id, "at"),
        service_id=service_id,
        location_id=location_id,
        description=cells.text("description"),
    )
    draft.sal_links[row.id] = (service_id, location_id)
    draft.add("service_at_locations", row, cells)
