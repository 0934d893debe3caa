"""Tables for partner access: API keys (stored as hashes only) and the audit log of writes.

Kept apart from models.py because they are not directory data: they are neither exported
as HSDS nor loaded into the routing index, and they never hold need data.
"""

from datetime import datetime

from sqlalchemy import JSON, Column, DateTime
from sqlmodel import Field, SQLModel


class ApiKey(SQLModel, table=True):
    """A partner's key. The raw key is shown once at creation; only its SHA-256 is kept."""

    __tablename__ = "api_key"
    id: str = Field(primary_key=True, max_length=40)
    name: str = Field(max_length=200)
    kind: str = Field(max_length=20)  # "publishable" | "secret"
    # Lets operators tell keys apart in `keys list` ("pk_Ab3x"); 4 of 43 random characters.
    key_prefix: str = Field(max_length=16)
    key_hash: str = Field(max_length=64, unique=True, index=True)
    origins: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    rate_limit_per_minute: int | None = None  # overrides the settings' per-key limit
    created_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    revoked_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )


class AuditEntry(SQLModel, table=True):
    """One directory write: who (key name), when, what (entity and changed field names only)."""

    __tablename__ = "audit_entry"
    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(
        sa_column=Column(DateTime(timezone=True), nullable=False, index=True)
    )
    key_id: str | None = Field(default=None, max_length=40)
    key_name: str = Field(max_length=200)
    action: str = Field(max_length=20)  # create | update | delete | capacity | import
    entity_type: str = Field(max_length=40)  # organization | service | location | datapackage
    entity_id: str = Field(max_length=250)
    # Names of the fields that changed, never their values.
    fields: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
