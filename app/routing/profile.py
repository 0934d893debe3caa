"""The need profile as the routing core sees it: already validated, location resolved.

The HTTP layer parses and validates the request and resolves a ZIP or state into a
`Place`; the core never parses text or touches a geocoder.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Place:
    """Where the person is. A state-only place has no coordinates."""

    state: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    county: str | None = None  # lower-case county name without "County"
    postal_code: str | None = None
    timezone: str | None = None

    @property
    def has_point(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True, slots=True)
class NeedProfile:
    """What the person needs; every field optional, as in the API."""

    place: Place | None = None
    urgency: str = "routine"  # immediate | soon | routine
    risk_flags: tuple[str, ...] = ()  # may hold unknown values: they count as unspecified risk
    description: str | None = None
    max_per_session: float | None = None
    payment: frozenset[str] = frozenset()  # OR-ed
    age: int | None = None
    languages: tuple[str, ...] = ()  # ISO 639-1, in the person's order of preference
    populations: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    delivery: frozenset[str] = frozenset()
    max_distance_miles: float | None = None
    open_now: bool = False
    include_waitlisted: bool = False
    exclude_service_ids: frozenset[str] = field(default_factory=frozenset)
    limit: int = 10
