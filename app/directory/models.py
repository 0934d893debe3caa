"""Database tables, named after HSDS 3.0 entities and fields where HSDS has them.

Columns marked `# ext:` are referral-router extensions that HSDS lacks (see
docs/data-model.md): routing needs kind, delivery, licensure, capacity, crisis
targeting and provenance as data, not as prose. `eligibility` and `payment_accepted`
come from HSDS 1.x/2.x, which most published directories still use.
"""

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel


def _json_list() -> Any:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class DirectoryState(SQLModel, table=True):
    """One row: the directory version every replica compares against to know when to reload."""

    __tablename__ = "directory_state"
    id: int = Field(default=1, primary_key=True)
    version: int = 0
    updated_at: datetime | None = None


class Organization(SQLModel, table=True):
    __tablename__ = "organization"
    id: str = Field(primary_key=True, max_length=250)
    name: str
    alternate_name: str | None = None
    description: str | None = None
    email: str | None = None
    website: str | None = None
    tax_status: str | None = None
    year_incorporated: int | None = None
    legal_status: str | None = None
    verified_at: date | None = None  # ext: when a person last checked this against its source
    source_url: str | None = None  # ext: where the facts come from
    is_sample: bool = False  # ext: fictional demonstration data


class Service(SQLModel, table=True):
    __tablename__ = "service"
    id: str = Field(primary_key=True, max_length=250)
    organization_id: str = Field(foreign_key="organization.id", index=True)
    name: str
    alternate_name: str | None = None
    description: str | None = None
    url: str | None = None
    email: str | None = None
    status: str = "active"
    interpretation_services: str | None = None
    application_process: str | None = None
    fees_description: str | None = None
    wait_time: str | None = None
    eligibility_description: str | None = None
    minimum_age: int | None = None
    maximum_age: int | None = None
    alert: str | None = None
    last_modified: datetime | None = None
    kind: str = Field(default="other", index=True)  # ext: vocabulary.SERVICE_KINDS
    delivery: list[str] = _json_list()  # ext: vocabulary.DELIVERY
    licensed_states: list[str] = _json_list()  # ext: telehealth licensure, 2-letter codes
    topics: list[str] = _json_list()  # ext: vocabulary.TOPICS
    eligible_populations: list[str] = _json_list()  # ext: only these people may use it
    affirming_populations: list[str] = _json_list()  # ext: specialises in / affirming of
    crisis_risk_flags: list[str] = _json_list()  # ext: crisis lines: the risks they are for
    crisis_populations: list[str] = _json_list()  # ext: crisis lines: the people they are for
    open_24_7: bool = False  # ext
    hours_description: str | None = None  # ext: human text for hours
    timezone: str | None = None  # ext: IANA zone for schedules
    accepting_new_clients: bool = True  # ext: capacity
    wait_days: int | None = None  # ext: capacity
    capacity_updated_at: datetime | None = None  # ext: capacity
    verified_at: date | None = None  # ext
    source_url: str | None = None  # ext
    is_sample: bool = False  # ext


class Location(SQLModel, table=True):
    __tablename__ = "location"
    id: str = Field(primary_key=True, max_length=250)
    organization_id: str | None = Field(default=None, foreign_key="organization.id", index=True)
    location_type: str = "physical"
    name: str | None = None
    description: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    confidential: bool = False  # ext: address and coordinates never leave the service


class Address(SQLModel, table=True):
    __tablename__ = "address"
    id: str = Field(primary_key=True, max_length=250)
    location_id: str = Field(foreign_key="location.id", index=True)
    attention: str | None = None
    address_1: str | None = None
    address_2: str | None = None
    city: str | None = None
    region: str | None = None
    state_province: str | None = None
    postal_code: str | None = None
    country: str | None = None
    address_type: str = "physical"


class ServiceAtLocation(SQLModel, table=True):
    __tablename__ = "service_at_location"
    id: str = Field(primary_key=True, max_length=250)
    service_id: str = Field(foreign_key="service.id", index=True)
    location_id: str = Field(foreign_key="location.id", index=True)
    description: str | None = None


class Phone(SQLModel, table=True):
    __tablename__ = "phone"
    id: str = Field(primary_key=True, max_length=250)
    service_id: str | None = Field(default=None, foreign_key="service.id", index=True)
    organization_id: str | None = Field(default=None, foreign_key="organization.id", index=True)
    location_id: str | None = Field(default=None, foreign_key="location.id", index=True)
    number: str
    extension: str | None = None
    type: str = "voice"  # HSDS: text, voice, fax, cell, video, pager, textphone; ours add tty
    description: str | None = None
    text_keyword: str | None = None  # ext: "HOME" in "text HOME to 741741"
    press: str | None = None  # ext: menu option after connecting
    languages: list[str] = _json_list()  # ext: option meant for speakers of these
    populations: list[str] = _json_list()  # ext: option meant for these people
    position: int = 0  # ext: display order within the service


class Schedule(SQLModel, table=True):
    __tablename__ = "schedule"
    id: str = Field(primary_key=True, max_length=250)
    service_id: str | None = Field(default=None, foreign_key="service.id", index=True)
    location_id: str | None = Field(default=None, foreign_key="location.id", index=True)
    freq: str | None = "WEEKLY"
    byday: str | None = None  # "MO,TU,WE"
    opens_at: str | None = None  # "09:00"
    closes_at: str | None = None
    timezone: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    description: str | None = None


class CostOption(SQLModel, table=True):
    __tablename__ = "cost_option"
    id: str = Field(primary_key=True, max_length=250)
    service_id: str = Field(foreign_key="service.id", index=True)
    option: str | None = None
    currency: str | None = "USD"
    amount: float | None = None
    amount_description: str | None = None
    cost_type: str = "fixed"  # ext: free | sliding_scale | fixed
    amount_max: float | None = None  # ext: upper end of a sliding scale


class Language(SQLModel, table=True):
    __tablename__ = "language"
    id: str = Field(primary_key=True, max_length=250)
    service_id: str | None = Field(default=None, foreign_key="service.id", index=True)
    location_id: str | None = Field(default=None, foreign_key="location.id")
    phone_id: str | None = Field(default=None, foreign_key="phone.id")
    name: str | None = None
    code: str | None = None
    note: str | None = None


class ServiceArea(SQLModel, table=True):
    __tablename__ = "service_area"
    id: str = Field(primary_key=True, max_length=250)
    service_id: str = Field(foreign_key="service.id", index=True)
    name: str | None = None
    description: str | None = None
    extent: str | None = None
    extent_type: str | None = None
    area_type: str = "national"  # ext: national | state | county | zip | radius
    states: list[str] = _json_list()  # ext
    counties: list[str] = _json_list()  # ext: "NC:durham"
    postal_codes: list[str] = _json_list()  # ext
    latitude: float | None = None  # ext: centre of a radius area
    longitude: float | None = None  # ext
    radius_miles: float | None = None  # ext


class TaxonomyTerm(SQLModel, table=True):
    __tablename__ = "taxonomy_term"
    id: str = Field(primary_key=True, max_length=250)
    code: str | None = None
    name: str
    description: str | None = None
    parent_id: str | None = None
    taxonomy: str | None = None
    language: str | None = None
    term_uri: str | None = None


class Attribute(SQLModel, table=True):
    """HSDS 3.0's link between a taxonomy term and any entity (here: services)."""

    __tablename__ = "attribute"
    id: str = Field(primary_key=True, max_length=250)
    link_id: str = Field(index=True)
    link_type: str | None = None
    link_entity: str = "service"
    taxonomy_term_id: str = Field(foreign_key="taxonomy_term.id", index=True)
    value: str | None = None


class Eligibility(SQLModel, table=True):
    """HSDS 1.x/2.x eligibility rows; kept as published text."""

    __tablename__ = "eligibility"
    id: str = Field(primary_key=True, max_length=250)
    service_id: str = Field(foreign_key="service.id", index=True)
    eligibility: str


class PaymentAccepted(SQLModel, table=True):
    """HSDS 1.x payments_accepted; `payment` holds vocabulary.PAYMENT where recognised."""

    __tablename__ = "payment_accepted"
    id: str = Field(primary_key=True, max_length=250)
    service_id: str = Field(foreign_key="service.id", index=True)
    payment: str
