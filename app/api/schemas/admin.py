"""What the admin API accepts (its answers are in admin_answer.py). HSDS 3.0 field names
where HSDS has the field; our extensions (kind, delivery, licensure, cost, crisis, capacity,
...) in the shape of the seed files (seed/README.md), which the same parser reads.
"""

import zoneinfo
from datetime import date
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

from app.routing.vocabulary import (
    ANY_RISK,
    DELIVERY,
    PAYMENT,
    PHONE_TYPES,
    POPULATIONS,
    RISK_FLAGS,
    SERVICE_AREA_TYPES,
    SERVICE_KINDS,
    TOPICS,
    WEEKDAYS,
)

Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$")]
# Whitespace spelled out, because regex dialects disagree on \s: ECMA's (what JSON Schema
# clients use) plus what Python's str.strip removes, so every reader of a pattern agrees.
# For the same reason digits are [0-9], never \d (Unicode digits in Rust and Python).
SPACE = r"\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
# pattern: at least one non-space character, so the published schema refuses "  " too.
Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=500, pattern=f"[^{SPACE}]"),
]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=5000)]
Url = Annotated[str, StringConstraints(pattern=rf"^https?://[^{SPACE}]+$", max_length=2000)]
Email = Annotated[
    str,
    StringConstraints(pattern=rf"^[^@{SPACE}]+@[^@{SPACE}]+\.[^@{SPACE}]+$", max_length=320),
]
StateCode = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2}$", to_upper=True)]
LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$", to_lower=True)]
Clock = Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-4]):[0-5][0-9]$")]
Kind = Literal[SERVICE_KINDS]  # type: ignore[valid-type]
Delivery = Literal[DELIVERY]  # type: ignore[valid-type]
Payment = Literal[PAYMENT]  # type: ignore[valid-type]
PhoneType = Literal[PHONE_TYPES]  # type: ignore[valid-type]
Population = Literal[POPULATIONS]  # type: ignore[valid-type]
RiskFlag = Literal[(*RISK_FLAGS, ANY_RISK)]  # type: ignore[valid-type]
AreaType = Literal[SERVICE_AREA_TYPES]  # type: ignore[valid-type]
Topic = Literal[TOPICS]  # type: ignore[valid-type]
Weekday = Literal[WEEKDAYS]  # type: ignore[valid-type]


class _Write(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OrganizationFields(_Write):
    name: Text
    alternate_name: Text | None = None
    description: LongText | None = None
    email: Email | None = None
    website: Url | None = None
    tax_status: Text | None = None
    year_incorporated: int | None = Field(default=None, ge=1600, le=2100)
    legal_status: Text | None = None
    verified_at: date | None = Field(default=None, description="When a person last checked it.")
    source_url: Url | None = None
    is_sample: bool = Field(default=False, description="Fictional demonstration data.")


class OrganizationCreate(OrganizationFields):
    id: Id


class AddressWrite(_Write):
    address_1: Text | None = None
    address_2: Text | None = None
    city: Text | None = None
    state_province: StateCode | None = None
    postal_code: Annotated[str, StringConstraints(pattern=r"^[0-9]{5}(-[0-9]{4})?$")] | None = None
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] = "US"


class LocationFields(_Write):
    organization_id: Id
    location_type: Literal["physical", "postal", "virtual"] = "physical"
    name: Text | None = None
    description: LongText | None = None
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    confidential: bool = Field(default=False, description="Never show address or coordinates.")
    address: AddressWrite | None = None


class LocationCreate(LocationFields):
    id: Id


class PhoneWrite(_Write):
    number: Annotated[str, StringConstraints(pattern=r"^[0-9+() .-]{3,30}$")]
    type: PhoneType = "voice"
    description: Text | None = None
    extension: Annotated[str, StringConstraints(pattern=r"^[0-9]{1,10}$")] | None = None
    text_keyword: Annotated[str, StringConstraints(max_length=40)] | None = None
    press: Annotated[str, StringConstraints(pattern=r"^[0-9*#]{1,5}$")] | None = None
    languages: list[LanguageCode] = Field(default=[], max_length=50)
    populations: list[Population] = Field(default=[], max_length=20)


class ScheduleWrite(_Write):
    days: list[Weekday] = Field(min_length=1)
    opens_at: Clock
    closes_at: Clock


class CostWrite(_Write):
    free: bool = False
    sliding_scale: bool = False
    min_fee: float | None = Field(default=None, ge=0, description="USD per session.")
    max_fee: float | None = Field(default=None, ge=0)
    payments: list[Payment] = Field(default=[], max_length=10)
    description: LongText | None = None


class CrisisWrite(_Write):
    risk_flags: list[RiskFlag] = Field(
        description="The risks the line is for ('any' for all).", max_length=20
    )
    populations: list[Population] = Field(default=[], max_length=20)


class ServiceAreaWrite(_Write):
    type: AreaType = "national"
    name: Text | None = None
    states: list[StateCode] = Field(default=[], max_length=60)
    counties: list[Annotated[str, StringConstraints(max_length=80)]] = Field(
        default=[], max_length=500, description="'NC:durham', or county names with `state`."
    )
    state: StateCode | None = None
    postal_codes: list[Annotated[str, StringConstraints(pattern=r"^[0-9]{5}$")]] = Field(
        default=[], max_length=5000
    )
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    radius_miles: float | None = Field(default=None, gt=0, le=3000)


class ServiceFields(_Write):
    organization_id: Id
    name: Text
    kind: Kind = "other"
    alternate_name: Text | None = None
    description: LongText | None = None
    url: Url | None = None
    email: Email | None = None
    status: Literal["active", "inactive", "defunct", "temporarily closed"] = "active"
    interpretation_services: Text | None = None
    application_process: LongText | None = Field(default=None, description="How to start.")
    wait_time: Text | None = None
    eligibility_description: LongText | None = None
    alert: Text | None = None
    minimum_age: int | None = Field(default=None, ge=0, le=130)
    maximum_age: int | None = Field(default=None, ge=0, le=130)
    delivery: list[Delivery] = Field(default=[], max_length=5)
    licensed_states: list[StateCode] = Field(
        default=[], description="Telehealth licensure.", max_length=60
    )
    topics: list[Topic] = Field(default=[], max_length=20)
    eligible_populations: list[Population] = Field(
        default=[], description="Only these.", max_length=20
    )
    affirming_populations: list[Population] = Field(default=[], max_length=20)
    crisis: CrisisWrite | None = None
    open_24_7: bool = False
    hours_description: Text | None = None
    timezone: str | None = Field(default=None, examples=["America/New_York"])
    schedules: list[ScheduleWrite] = Field(default=[], max_length=50)
    phones: list[PhoneWrite] = Field(default=[], max_length=20)
    languages: list[LanguageCode] = Field(default=[], max_length=50)
    cost: CostWrite | None = None
    service_areas: list[ServiceAreaWrite] = Field(default=[], max_length=50)
    location_ids: list[Id] = Field(default=[], max_length=500)
    accepting_new_clients: bool = True
    wait_days: int | None = Field(default=None, ge=0, le=3650)
    verified_at: date | None = None
    source_url: Url | None = None
    is_sample: bool = False

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is not None and value not in zoneinfo.available_timezones():
            raise ValueError("not an IANA time zone (e.g. America/New_York)")
        return value

    @field_validator("maximum_age")
    @classmethod
    def _ages_in_order(cls, value: int | None, info: object) -> int | None:
        low = getattr(info, "data", {}).get("minimum_age")
        if value is not None and low is not None and value < low:
            raise ValueError("maximum_age is below minimum_age")
        return value


class ServiceCreate(ServiceFields):
    id: Id


class CapacityUpdate(_Write):
    accepting_new_clients: bool = Field(description="False closes intake; routing says so.")
    wait_days: int | None = Field(
        default=None, ge=0, le=3650, description="Typical days to a first appointment."
    )
