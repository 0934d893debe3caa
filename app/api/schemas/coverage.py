"""The coverage request and answer as the HTTP API shows them.

The profile is the referral request's profile without its location (the locations come
in `locations`). Each location is checked on its own, so the request model accepts any
values in a location and a bad one comes back as an `error` row instead of failing all.
"""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.api.schemas.referral import ReferralRequest

MAX_LOCATIONS = 10_000
DEFAULT_RADIUS_MILES = 25.0
MAX_RADIUS_MILES = 100.0
NDJSON = "application/x-ndjson"
CSV_TYPES = ("text/csv", "application/csv")

REQUEST_EXAMPLE: dict[str, Any] = {
    "locations": [
        {"id": "durham-downtown", "zip": "27701"},
        {"id": "clinic-site", "lat": 35.99, "lon": -78.9},
        {"id": "statewide", "state": "NC"},
    ],
    "profile": {"languages": ["es"], "cost": {"payment": ["medicaid", "sliding_scale"]}},
    "radius_miles": 25,
}


class CoverageProfile(ReferralRequest):
    """A need profile without a location. Ignored here: urgency, risk flags, description,
    open_now, limit (coverage counts what exists; it does not triage or rank)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"languages": ["es"], "age": 16}]},
    )

    location: None = Field(default=None, description="Not used: give places in `locations`.")


class CoverageLocationIn(BaseModel):
    """One of {id, zip}, {id, lat, lon} or {id, state}; checked per row (bad rows: `error`)."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [{"id": "a", "zip": "27701"}, {"id": "b", "lat": 35.99, "lon": -78.9}]
        },
    )

    id: Any = Field(default=None, description="Your id for the row (echoed back).")
    zip: Any = Field(default=None, description="A US ZIP code.")
    lat: Any = Field(default=None, description="Latitude (-90 to 90).")
    lon: Any = Field(default=None, description="Longitude (-180 to 180).")
    state: Any = Field(default=None, description="A state code or name.")

    def raw(self) -> dict[str, Any]:
        """The fields as sent, for the per-row check."""
        return {k: v for k, v in self.model_dump().items() if v is not None}


class CoverageRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid", strict=True, json_schema_extra={"examples": [REQUEST_EXAMPLE]}
    )

    locations: list[CoverageLocationIn] = Field(
        min_length=1,
        max_length=MAX_LOCATIONS,
        description=f"Up to {MAX_LOCATIONS:,} places; split larger runs (the CLI does).",
    )
    profile: CoverageProfile = Field(
        default_factory=CoverageProfile,
        description="Who the coverage is for; empty means anyone (no population, any cost).",
    )
    radius_miles: float | None = Field(
        default=None,
        gt=0,
        le=MAX_RADIUS_MILES,
        description="In-person reach (default: profile.max_distance_miles, else 25).",
        examples=[25],
    )


class CoverageOut(BaseModel):
    """The whole run at once (JSON). With `Accept: application/x-ndjson` the same objects
    arrive one per line instead: the header, one row per location, then the summary."""

    header: dict[str, Any] = Field(
        description="radius, kinds, tiers, audiences, gap checks, sample-data notice."
    )
    results: list[dict[str, Any]] = Field(
        description=(
            "In input order. `type: location` rows hold `counts[kind][delivery][tier]`, "
            "`audiences`, `nearest_miles[kind]` and `gaps[{code, label}]`; `type: error` "
            "rows hold `index`, `id`, `input` and `reason`."
        )
    )
    summary: dict[str, Any] = Field(description="Locations, errors and how many have each gap.")
