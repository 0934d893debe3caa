"""Directory rows for one entity, built from an admin write, and compared before and after.

Services are built by the seed parser, so a service written by a partner and one loaded
from seed/ are the same rows. Comparisons yield field *names* for the audit log.
"""

from datetime import UTC, datetime
from typing import Any

from app.directory import models as m
from app.directory.mapping import DirectoryRows
from app.directory.seed import parse_seed

PRIMARY: dict[str, tuple[str, type[Any]]] = {
    "organization": ("organizations", m.Organization),
    "location": ("locations", m.Location),
    "service": ("services", m.Service),
}
# Child tables, named by the write field they come from.
_GROUPS: dict[str, str] = {
    "phones": "phones",
    "schedules": "schedules",
    "cost_options": "cost",
    "payments": "cost",
    "languages": "languages",
    "service_areas": "service_areas",
    "service_at_locations": "location_ids",
    "addresses": "address",
}
# Bookkeeping columns: never reported as changed by the caller.
_NOT_COMPARED = frozenset({"id", "last_modified", "capacity_updated_at"})


def organization_rows(data: dict[str, Any], _before: DirectoryRows | None) -> DirectoryRows:
    """Build an organization row."""
    return DirectoryRows(organizations=[m.Organization.model_validate(data)])


def location_rows(data: dict[str, Any], _before: DirectoryRows | None) -> DirectoryRows:
    """Build a location row and its address."""
    fields = dict(data)
    address = fields.pop("address", None)
    rows = DirectoryRows(locations=[m.Location.model_validate(fields)])
    if address:
        address.update(id=f"{data['id']}-address", location_id=data["id"])
        rows.addresses.append(m.Address.model_validate(address))
    return rows


def service_rows(data: dict[str, Any], before: DirectoryRows | None) -> DirectoryRows:
    """Build a service and its child rows with the seed parser (HSDS names mapped to seed's)."""
    svc = dict(data)
    svc["min_age"], svc["max_age"] = svc.pop("minimum_age", None), svc.pop("maximum_age", None)
    hsds_only = {k: svc.pop(k, None) for k in ("alternate_name", "status", "wait_time", "alert")}
    hsds_only["eligibility_description"] = svc.pop("eligibility_description", None)
    org = {"id": svc["organization_id"], "name": "", "services": [svc]}
    rows = parse_seed({"organizations": [org]})
    rows.organizations = []
    service = rows.services[0]
    for name, value in hsds_only.items():
        if value is not None:
            setattr(service, name, value)
    now = datetime.now(UTC)
    service.last_modified = now
    # Capacity is dated when it is stated: on creation, and on any change to it.
    old = before.services[0] if before else None
    unchanged = old is not None and (old.accepting_new_clients, old.wait_days) == (
        service.accepting_new_clients,
        service.wait_days,
    )
    service.capacity_updated_at = old.capacity_updated_at if old and unchanged else now
    return rows


BUILDERS = {
    "organization": organization_rows,
    "location": location_rows,
    "service": service_rows,
}


def snapshot(rows: DirectoryRows | None, entity_type: str) -> dict[str, Any]:
    """Plain values of an entity and its children, comparable before and after a write."""
    if rows is None:
        return {}
    attr, model = PRIMARY[entity_type]
    primary = getattr(rows, attr)[0]
    values: dict[str, Any] = {
        column: getattr(primary, column)
        for column in model.model_fields
        if column not in _NOT_COMPARED
    }
    # A child's id and its link to the entity are derived; everything else is data.
    skip = {"id", f"{entity_type}_id"}
    for group, field in _GROUPS.items():
        children = sorted(
            tuple(sorted((k, repr(v)) for k, v in child.model_dump().items() if k not in skip))
            for child in getattr(rows, group)
        )
        if children:
            values[field] = sorted([*values.get(field, []), *children])
    return values


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Name the fields whose values differ (on creation: those given a value)."""
    if not after:
        return []
    if not before:
        return sorted(k for k, v in after.items() if v not in (None, "", []))
    return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
