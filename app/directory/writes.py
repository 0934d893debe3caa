"""Directory writes from the admin API: build rows, check references, write, bump, audit.

Every write happens in the caller's transaction and, in that same transaction, bumps
directory_version (so every replica reloads) and appends one audit entry naming the key,
the entity and the fields that changed (names only, never values). Rows are built and
compared in entity_rows.py.
"""

from dataclasses import dataclass
from typing import Any, Literal

from sqlmodel import Session

from app.directory import access_repository, entity_rows, repository
from app.directory import models as m
from app.directory.mapping import DirectoryRows
from app.errors import AppError, InvalidInputError, NotFoundError
from app.routing.vocabulary import CRISIS_KINDS

EntityType = Literal["organization", "location", "service"]
Action = Literal["create", "update", "delete"]


class ConflictError(AppError):
    status, title, slug = 409, "Conflict", "conflict"


@dataclass(frozen=True, slots=True)
class Actor:
    """The key a write is made with, as the audit log names it."""

    key_id: str | None
    key_name: str


@dataclass(frozen=True, slots=True)
class WriteOutcome:
    entity_type: str
    entity_id: str
    action: str
    changed_fields: list[str]
    directory_version: int


def _body_error(field: str, message: str) -> InvalidInputError:
    return InvalidInputError(
        message,
        errors=[{"loc": ["body", field], "field": field, "msg": message, "type": "value_error"}],
    )


def _load(session: Session, entity_type: str, entity_id: str) -> DirectoryRows | None:
    if entity_type == "service":
        return repository.get_service_rows(session=session, service_id=entity_id)
    if entity_type == "location":
        return repository.get_location_rows(session=session, location_id=entity_id)
    org = repository.get_organization(session=session, organization_id=entity_id)
    return DirectoryRows(organizations=[org]) if org else None


def _is_crisis_line(service: m.Service) -> bool:
    return service.kind in CRISIS_KINDS or bool(service.crisis_risk_flags)


def _check_crisis_provenance(rows: DirectoryRows) -> None:
    # A crisis line goes before every other result, so it must say where it comes from
    # and when a person last checked it, like the national lines in seed/.
    for service in rows.services:
        if not _is_crisis_line(service):
            continue
        for field in ("source_url", "verified_at"):
            if getattr(service, field) is None:
                raise _body_error(field, "A crisis line needs its source and verified date.")


def _check_references(session: Session, entity_type: str, rows: DirectoryRows) -> None:
    if entity_type in ("service", "location"):
        attr, _ = entity_rows.PRIMARY[entity_type]
        org_id = getattr(rows, attr)[0].organization_id
        if repository.get_missing_ids(session=session, model=m.Organization, ids=[org_id]):
            raise _body_error("organization_id", "No organization has this id; create it first.")
    links = [link.location_id for link in rows.service_at_locations]
    missing = repository.get_missing_ids(session=session, model=m.Location, ids=links)
    if missing:
        raise _body_error(
            f"location_ids.{links.index(missing[0])}", "No location has this id; create it first."
        )


def _store(session: Session, entity_type: str, entity_id: str, rows: DirectoryRows) -> None:
    if entity_type == "service":
        repository.replace_children(session=session, service_ids=[entity_id])
    elif entity_type == "location":
        repository.delete_location_addresses(session=session, location_id=entity_id)
    repository.upsert_rows(session=session, rows=rows)


def _delete(session: Session, entity_type: str, entity_id: str) -> None:
    if entity_type == "service":
        repository.delete_service(session=session, service_id=entity_id)
    elif entity_type == "location":
        repository.delete_location(session=session, location_id=entity_id)
    else:
        if repository.count_organization_dependents(session=session, organization_id=entity_id):
            raise ConflictError(
                "This organization still has services or locations; delete those first."
            )
        repository.delete_organization(session=session, organization_id=entity_id)


def _finish(
    session: Session, actor: Actor, action: str, entity_type: str, entity_id: str, fields: list[str]
) -> WriteOutcome:
    version = repository.bump_directory_version(session=session)
    access_repository.create_audit_entry(
        session=session,
        key_id=actor.key_id,
        key_name=actor.key_name,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        fields=fields,
    )
    return WriteOutcome(entity_type, entity_id, action, fields, version)


def write_entity(
    *,
    session: Session,
    actor: Actor,
    action: Action,
    entity_type: EntityType,
    entity_id: str,
    data: dict[str, Any] | None = None,
) -> WriteOutcome:
    """Create, replace or delete one organization, location or service (with its children).

    `data` is the JSON form of the write model without nulls (model_dump(mode="json",
    exclude_none=True)), the shape the seed parser reads.
    """
    before = _load(session, entity_type, entity_id)
    if action == "create" and before is not None:
        raise ConflictError(f"A {entity_type} with this id exists; PUT to its URL to change it.")
    if action != "create" and before is None:
        raise NotFoundError(f"No {entity_type} has this id.")
    before_values = entity_rows.snapshot(before, entity_type)
    if action == "delete":
        _delete(session, entity_type, entity_id)
        fields: list[str] = []
    else:
        rows = entity_rows.BUILDERS[entity_type]({**(data or {}), "id": entity_id}, before)
        _check_crisis_provenance(rows)
        _check_references(session, entity_type, rows)
        _store(session, entity_type, entity_id, rows)
        fields = entity_rows.changed_fields(before_values, entity_rows.snapshot(rows, entity_type))
    return _finish(session, actor, action, entity_type, entity_id, fields)


def set_capacity(
    *,
    session: Session,
    actor: Actor,
    service_id: str,
    accepting_new_clients: bool,
    wait_days: int | None,
) -> tuple[m.Service, WriteOutcome]:
    """Record whether a service takes new clients and how long its wait is, as of now."""
    current = repository.get_service_rows(session=session, service_id=service_id)
    if current is None:
        raise NotFoundError("No service has this id.")
    old = current.services[0]
    if _is_crisis_line(old):
        raise _body_error(
            "accepting_new_clients", "Crisis lines take every caller; capacity does not apply."
        )
    fields = [
        name
        for name, was, now in (
            ("accepting_new_clients", old.accepting_new_clients, accepting_new_clients),
            ("wait_days", old.wait_days, wait_days),
        )
        if was != now
    ] + ["capacity_updated_at"]
    service = repository.update_service_capacity(
        session=session,
        service_id=service_id,
        accepting_new_clients=accepting_new_clients,
        wait_days=wait_days,
    )
    assert service is not None  # it existed a statement ago, in this transaction
    return service, _finish(session, actor, "capacity", "service", service_id, fields)


def record_import(
    *, session: Session, actor: Actor, source: str, tables: list[str], directory_version: int
) -> WriteOutcome:
    """Audit an HSDS import, which bumped the version itself: which tables, not which rows."""
    access_repository.create_audit_entry(
        session=session,
        key_id=actor.key_id,
        key_name=actor.key_name,
        action="import",
        entity_type="datapackage",
        entity_id=source,
        fields=tables,
    )
    return WriteOutcome("datapackage", source, "import", sorted(tables), directory_version)
