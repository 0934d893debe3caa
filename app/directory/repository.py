"""Every SQL statement the service runs. Returns plain routing records or model rows."""

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import delete, func
from sqlmodel import Session, SQLModel, select

from app.directory import models as m
from app.directory.import_repository import (  # bulk HSDS-import SQL lives there
    count_rows as count_rows,
    get_existing_ids as get_existing_ids,
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


def count_services(*, session: Session) -> int:
    """Count services in the database."""
    return int(session.exec(select(func.count()).select_from(m.Service)).one())


def ping(*, session: Session) -> None:
    """Run the cheapest statement that proves the database answers."""
    session.exec(select(1)).one()
