"""What the admin API answers: write results, capacity, imports and the audit log."""

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, Field


class WriteResult(BaseModel):
    entity_type: str
    id: str
    action: str
    changed_fields: list[str] = Field(description="Names only, as recorded in the audit log.")
    directory_version: str


def _as_utc(value: Any) -> Any:
    # SQLite keeps no zone; our timestamps are written in UTC, so say so (RFC 3339 needs it).
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


UtcDatetime = Annotated[datetime, BeforeValidator(_as_utc)]


class CapacityOut(BaseModel):
    id: str
    accepting_new_clients: bool
    wait_days: int | None
    capacity_updated_at: UtcDatetime
    directory_version: str


class ImportOut(BaseModel):
    source: str
    tables: list[str] = Field(description="HSDS tables the import wrote.")
    services: int
    directory_version: str


class AuditEntryOut(BaseModel):
    id: int
    created_at: UtcDatetime
    key_id: str | None
    key_name: str
    action: str
    entity_type: str
    entity_id: str
    fields: list[str]


class AuditPage(BaseModel):
    items: list[AuditEntryOut]
    next_before: int | None = Field(description="Pass as `before` for older entries.")
