"""Every SQL statement the service runs. Returns plain routing records or model rows."""

from collections.abc import Sequence
from datetime import UTC, datetime
from itertools import groupby
from typing import Any, TypeVar

from sqlalchemy import delete, func, insert, or_, update
from sqlmodel import Session, SQLModel, col, select

from app.directory import import_repository as _bulk
from app.directory import models as m
from app.directory.access_repository import (  # keys' and audit SQL lives there
    create_api_key as create_api_key,
)
from app.directory.mapping import DirectoryRows, build_records
from app.routing.records import ServiceRecord

T = TypeVar("T", bound=SQLModel)

# The bulk HSDS-import SQL lives in import_repository; callers find its verbs here.
count_rows = _bulk.count_rows
get_existing_ids = _bulk.get_existing_ids
get_places = _bulk.get_places
get_service_kinds = _bulk.get_service_kinds
load_directory_rows = _bulk.load_directory_rows
replace_directory_rows = _bulk.replace_directory_rows


def _all(session: Session, model: type[T]) -> list[T]:
    return list(session.exec(select(model)).all())


def load_rows(*, session: Session) -> DirectoryRows:
    """Read every table routing needs in one pass per table (no per-service queries)."""
    return DirectoryRows(
        organizations=_all(session, m.Organization),
        services=_all(session, m.Service),
        locations=_all(session, m.Location),
        addresses=_all(session, m.Address),
        service_at_locations=_all(session, m.ServiceAtLocation),
        phones=_all(session, m.Phone),
        schedules=_all(session, m.Schedule),
        cost_options=_all(session, m.CostOption),
        languages=_all(session, m.Language),
        service_areas=_all(session, m.ServiceArea),
        payments=_all(session, m.PaymentAccepted),
    )


def load_records(*, session: Session) -> list[ServiceRecord]:
    """Build the routing records for the whole directory."""
    return build_records(load_rows(session=session))


def get_directory_version(*, session: Session) -> int:
    """Return the directory version (0 for a directory never written)."""
    state = session.get(m.DirectoryState, 1)
    return state.version if state else 0


def bump_directory_version(*, session: Session) -> int:
    """Mark the directory changed so every replica reloads; returns the new version."""
    state = session.get(m.DirectoryState, 1)
    if state is None:
        state = m.DirectoryState(id=1, version=0)
        session.add(state)
        session.flush()
    # Incremented in SQL, not in Python: two writes committing at once must make two
    # versions, or a replica that reloaded after the first would never see the second.
    bumped = (
        update(m.DirectoryState)
        .where(col(m.DirectoryState.id) == 1)
        .values(version=col(m.DirectoryState.version) + 1, updated_at=datetime.now(UTC))
        .returning(col(m.DirectoryState.version))
        .execution_options(synchronize_session=False)
    )
    version = int(session.execute(bumped).scalar_one())
    session.expire(state)
    return version


def upsert_rows(*, session: Session, rows: DirectoryRows) -> int:
    """Insert or update rows by primary key, parents first; returns how many were written."""
    count = 0
    for row in rows.all_rows():
        session.merge(row)
        count += 1
    session.flush()
    return count


def replace_children(*, session: Session, service_ids: Sequence[str]) -> None:
    """Delete the child rows of these services so an upsert leaves no stale phones or hours."""
    children: list[type[Any]] = [
        m.Phone,
        m.Schedule,
        m.CostOption,
        m.Language,
        m.ServiceArea,
        m.PaymentAccepted,
        m.ServiceAtLocation,
        m.Eligibility,
    ]
    ids = list(service_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for model in children:
            session.execute(delete(model).where(model.service_id.in_(chunk)))


def insert_rows(*, session: Session, rows: DirectoryRows) -> int:
    """Insert rows known to be new in bulk (much faster than an upsert for large loads)."""
    count = 0
    for row in rows.all_rows():
        session.add(row)
        count += 1
        if count % 5000 == 0:
            session.flush()
    session.flush()
    return count


# Children before parents: the order a delete needs with foreign keys enforced.
_DELETE_ORDER: tuple[type[Any], ...] = (
    m.Language,
    m.PaymentAccepted,
    m.ServiceArea,
    m.CostOption,
    m.Schedule,
    m.Phone,
    m.Eligibility,
    m.ServiceAtLocation,
    m.Service,
    m.Address,
    m.Location,
    m.Organization,
)


def delete_by_id_prefix(*, session: Session, prefix: str) -> int:
    """Delete the directory rows whose id (or service id) starts with prefix; returns services."""
    deleted = 0
    for model in _DELETE_ORDER:
        condition = model.id.startswith(prefix, autoescape=True)
        if hasattr(model, "service_id"):
            condition = or_(condition, model.service_id.startswith(prefix, autoescape=True))
        result = session.execute(delete(model).where(condition))
        if model is m.Service:
            deleted = int(getattr(result, "rowcount", 0) or 0)
    return deleted


def bulk_insert_rows(*, session: Session, rows: DirectoryRows, batch: int = 20_000) -> int:
    """Insert rows known to be new, one executemany per table and batch; returns rows written.

    Skips the ORM's per-object bookkeeping: 100,000 services (about a million rows) load in
    seconds instead of minutes. The row objects are not attached to the session.
    """
    session.flush()
    count = 0
    for model, group in groupby(rows.all_rows(), key=type):
        table = model.__table__  # type: ignore[attr-defined]
        keys = [column.key for column in table.columns]
        pending = list(group)
        for start in range(0, len(pending), batch):
            chunk = pending[start : start + batch]
            session.execute(insert(table), [{k: getattr(r, k) for k in keys} for r in chunk])
            count += len(chunk)
    return count


def count_services(*, session: Session) -> int:
    """Count services in the database."""
    return int(session.exec(select(func.count()).select_from(m.Service)).one())


def ping(*, session: Session) -> None:
    """Run the cheapest statement that proves the database answers."""
    session.exec(select(1)).one()


# Directory writes from the admin API. Child rows belong to their service (or location)
# and are replaced whole on update, as the seed loader does.


def _children(session: Session, model: type[T], column: str, value: str) -> list[T]:
    query = select(model).where(getattr(model, column) == value).order_by(model.id)  # type: ignore[attr-defined]
    return list(session.exec(query).all())


def get_organization(*, session: Session, organization_id: str) -> m.Organization | None:
    """Return one organization row."""
    return session.get(m.Organization, organization_id)


def get_service_rows(*, session: Session, service_id: str) -> DirectoryRows | None:
    """Return a service with its child rows (phones, hours, costs, areas, ...), or None."""
    service = session.get(m.Service, service_id)
    if service is None:
        return None
    return DirectoryRows(
        services=[service],
        phones=_children(session, m.Phone, "service_id", service_id),
        schedules=_children(session, m.Schedule, "service_id", service_id),
        cost_options=_children(session, m.CostOption, "service_id", service_id),
        languages=_children(session, m.Language, "service_id", service_id),
        service_areas=_children(session, m.ServiceArea, "service_id", service_id),
        payments=_children(session, m.PaymentAccepted, "service_id", service_id),
        service_at_locations=_children(session, m.ServiceAtLocation, "service_id", service_id),
    )


def get_location_rows(*, session: Session, location_id: str) -> DirectoryRows | None:
    """Return a location with its addresses, or None."""
    location = session.get(m.Location, location_id)
    if location is None:
        return None
    addresses = _children(session, m.Address, "location_id", location_id)
    return DirectoryRows(locations=[location], addresses=addresses)


def get_missing_ids(*, session: Session, model: type[Any], ids: Sequence[str]) -> list[str]:
    """Return those of `ids` that no row of `model` has, in the order given."""
    found = set(session.exec(select(model.id).where(model.id.in_(list(ids)))).all())
    return [i for i in ids if i not in found]


def count_organization_dependents(*, session: Session, organization_id: str) -> int:
    """Count the services and locations that still belong to an organization."""
    total = 0
    for model in (m.Service, m.Location):
        query = (
            select(func.count()).select_from(model).where(model.organization_id == organization_id)
        )
        total += int(session.exec(query).one())
    return total


def delete_service(*, session: Session, service_id: str) -> None:
    """Delete a service, its child rows and its taxonomy links."""
    replace_children(session=session, service_ids=[service_id])
    session.execute(delete(m.Attribute).where(col(m.Attribute.link_id) == service_id))
    session.execute(delete(m.Service).where(col(m.Service.id) == service_id))


def delete_location_addresses(*, session: Session, location_id: str) -> None:
    """Delete a location's addresses (before writing its new ones)."""
    session.execute(delete(m.Address).where(col(m.Address.location_id) == location_id))


def delete_location(*, session: Session, location_id: str) -> None:
    """Delete a location, its addresses, its phones and hours, and every service's link to it."""
    phone_ids = select(m.Phone.id).where(col(m.Phone.location_id) == location_id)
    session.execute(delete(m.Language).where(col(m.Language.phone_id).in_(phone_ids)))
    linked: tuple[type[Any], ...] = (
        m.Language,
        m.ServiceAtLocation,
        m.Address,
        m.Phone,
        m.Schedule,
    )
    for model in linked:
        session.execute(delete(model).where(model.location_id == location_id))
    session.execute(delete(m.Location).where(col(m.Location.id) == location_id))


def delete_organization(*, session: Session, organization_id: str) -> None:
    """Delete an organization that no longer has services or locations."""
    session.execute(delete(m.Phone).where(col(m.Phone.organization_id) == organization_id))
    session.execute(delete(m.Organization).where(col(m.Organization.id) == organization_id))


def update_service_capacity(
    *, session: Session, service_id: str, accepting_new_clients: bool, wait_days: int | None
) -> m.Service | None:
    """Set whether a service takes new clients and its wait; stamps capacity_updated_at."""
    service = session.get(m.Service, service_id)
    if service is None:
        return None
    now = datetime.now(UTC)
    service.accepting_new_clients, service.wait_days = accepting_new_clients, wait_days
    service.capacity_updated_at = service.last_modified = now
    session.add(service)
    session.flush()
    return service
