"""Every SQL statement the service runs. Returns plain routing records or model rows."""

from collections.abc import Sequence
from datetime import UTC, datetime
from itertools import groupby
from typing import Any, TypeVar

from sqlalchemy import delete, func, insert, or_
from sqlmodel import Session, SQLModel, select

from app.directory import models as m
from app.directory.import_repository import (  # bulk HSDS-import SQL lives there
    count_rows as count_rows,
    get_existing_ids as get_existing_ids,
    get_service_kinds as get_service_kinds,
    load_directory_rows as load_directory_rows,
    replace_directory_rows as replace_directory_rows,
)
from app.directory.mapping import DirectoryRows, build_records
from app.routing.records import ServiceRecord

T = TypeVar("T", bound=SQLModel)


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
    state = session.get(m.DirectoryState, 1) or m.DirectoryState(id=1, version=0)
    state.version += 1
    state.updated_at = datetime.now(UTC)
    session.add(state)
    session.flush()
    return state.version


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
