"""The referral request as the HTTP API takes it (the answer: referral_answer.py).

Every request field is optional and unknown fields are refused (422), so a typo never
silently drops a filter. `risk_flags` is the one open field: any string is accepted,
because an unknown risk must raise the alarm, not an error.
"""

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from app.directory.geo import lookup_zip, normalize_state
from app.routing.vocabulary import DELIVERY, PAYMENT, POPULATIONS, TOPICS, URGENCY

Payment = Literal[PAYMENT]  # type: ignore[valid-type]
Delivery = Literal[DELIVERY]  # type: ignore[valid-type]
Urgency = Literal[URGENCY]  # type: ignore[valid-type]
Population = Literal[POPULATIONS]  # type: ignore[valid-type]
Topic = Literal[TOPICS]  # type: ignore[valid-type]
LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]


def _integral(value: Any) -> Any:
    # JSON has one number type: 10.0 is a valid JSON Schema integer; "10" and true are not.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


WholeNumber = Annotated[int, BeforeValidator(_integral)]
ShortText = Annotated[str, StringConstraints(max_length=100)]

REQUEST_EXAMPLE: dict[str, Any] = {
    "location": {"zip": "27701"},
    "urgency": "soon",
    "risk_flags": ["suicidal_ideation"],
    "description": "I have been feeling hopeless since I came back from deployment.",
    "cost": {"max_per_session": 40, "payment": ["sliding_scale", "tricare"]},
    "age": 34,
    "languages": ["en"],
    "populations": ["veteran"],
    "topics": ["depression", "trauma"],
    "delivery": ["in_person", "video"],
    "max_distance_miles": 25,
    "open_now": False,
    "include_waitlisted": False,
    "exclude_service_ids": [],
    "limit": 10,
}


class LocationIn(BaseModel):
    """Exactly one of: a ZIP, a point (lat and lon), or a state."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,  # JSON types as documented: no "40" for 40, no 0 for false
        json_schema_extra={
            "examples": [{"zip": "27701"}, {"lat": 35.99, "lon": -78.9}, {"state": "NC"}]
        },
    )

    zip: str | None = Field(
        default=None, max_length=10, description="A US ZIP code.", examples=["27701"]
    )
    lat: float | None = Field(
        default=None, ge=-90, le=90, description="Latitude.", examples=[35.99]
    )
    lon: float | None = Field(
        default=None, ge=-180, le=180, description="Longitude.", examples=[-78.9]
    )
    state: str | None = Field(
        default=None, max_length=40, description="A state code or name.", examples=["NC"]
    )

    @field_validator("zip")
    @classmethod
    def _known_zip(cls, value: str | None) -> str | None:
        if value is not None and lookup_zip(value) is None:
            raise ValueError("Not a known US ZIP code (5 digits, e.g. 27701).")
        return value

    @field_validator("state")
    @classmethod
    def _known_state(cls, value: str | None) -> str | None:
        if value is None:
            return None
        code = normalize_state(value)
        if code is None:
            raise ValueError("Not a US state code or name.")
        return code

    @model_validator(mode="after")
    def _one_shape(self) -> "LocationIn":
        given = {name for name in ("zip", "lat", "lon", "state") if getattr(self, name) is not None}
        if given not in ({"zip"}, {"lat", "lon"}, {"state"}):
            raise ValueError('Give exactly one of {"zip"}, {"lat", "lon"} or {"state"}.')
        return self


class CostIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    max_per_session: float | None = Field(
        default=None,
        ge=0,
        le=100_000,
        description="Most the person can pay per session, USD. Free services always fit.",
        examples=[40],
    )
    payment: list[Payment] = Field(
        default=[],
        max_length=len(PAYMENT),
        description="Ways the person can pay; a service must accept at least one (OR).",
        examples=[["medicaid", "sliding_scale"]],
    )


class ReferralRequest(BaseModel):
    """A need profile. Health information: never stored, never logged."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra={"examples": [REQUEST_EXAMPLE]},
    )

    location: LocationIn | None = Field(
        default=None,
        description="Where the person is. Absent: national and remote services only.",
        examples=[{"zip": "27701"}],
    )
    urgency: Urgency = Field(
        default="routine", description="How soon help is needed.", examples=["soon"]
    )
    risk_flags: list[ShortText] = Field(
        default=[],
        max_length=20,
        description=(
            "Risk signals. Known values are listed in /v1/taxonomy; any other value is "
            "accepted and treated as an unspecified risk (crisis lines first) with a warning."
        ),
        examples=[["suicidal_ideation"]],
    )
    description: str | None = Field(
        default=None,
        max_length=2000,
        description="The person's words; screened for risk (English and Spanish), never stored.",
        examples=["I can't sleep and I feel hopeless."],
    )
    cost: CostIn | None = Field(
        default=None,
        description="Budget and payment.",
        examples=[{"max_per_session": 40, "payment": ["sliding_scale", "medicaid"]}],
    )
    age: Annotated[int, Field(ge=0, le=120), BeforeValidator(_integral)] | None = Field(
        default=None, description="Age in years.", examples=[34]
    )
    languages: list[LanguageCode] = Field(
        default=[],
        max_length=10,
        description=(
            "ISO 639 codes, most preferred first; "
            "a service without a match must offer interpretation."
        ),
        examples=[["es", "en"]],
    )
    populations: list[Population] = Field(
        default=[], max_length=20, description="Who the person is.", examples=[["veteran"]]
    )
    topics: list[Topic] = Field(
        default=[], max_length=20, description="What they want help with.", examples=[["anxiety"]]
    )
    delivery: list[Delivery] = Field(
        default=[],
        max_length=len(DELIVERY),
        description="Acceptable ways to get help; text also puts text options first.",
        examples=[["in_person", "video"]],
    )
    max_distance_miles: float | None = Field(
        default=None,
        gt=0,
        le=500,
        description="How far the person can travel for in-person help (default 25).",
        examples=[25],
    )
    open_now: bool = Field(
        default=False, description="Only services open right now.", examples=[False]
    )
    include_waitlisted: bool = Field(
        default=False,
        description="Also show services not taking new clients (waitlist).",
        examples=[False],
    )
    exclude_service_ids: list[ShortText] = Field(
        default=[],
        max_length=200,
        description="Services to leave out (e.g. people the person already knows).",
        examples=[["sample-svc-durham-001"]],
    )
    limit: WholeNumber = Field(
        default=10,
        ge=1,
        le=50,
        description="Most services to return. Crisis lines are always added on top.",
        examples=[10],
    )
