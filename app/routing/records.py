"""The plain records the routing core reads: a service as routing sees it.

The directory side (app/directory) builds these from database rows or seed files; tests
build them directly. They are frozen so an index can be shared by every request without
locks, and they hold only what routing or the public answer needs.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class Phone:
    """One way to reach a service; `number` holds digits as dialled ("988", "18664887386")."""

    number: str
    type: str = "voice"  # voice | text | tty | video (videophone)
    description: str | None = None
    extension: str | None = None
    text_keyword: str | None = None  # "HOME" in "text HOME to 741741"
    press: str | None = None  # menu option after connecting ("1" for veterans on 988)
    languages: frozenset[str] = frozenset()  # this option is meant for speakers of these
    populations: frozenset[str] = frozenset()  # this option is meant for these people


@dataclass(frozen=True, slots=True)
class Site:
    """A physical place where the service is delivered in person."""

    id: str
    name: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    address_1: str | None = None
    city: str | None = None
    state: str | None = None
    postal_code: str | None = None
    # Shelters and the like: address and coordinates stay inside the service.
    confidential: bool = False


@dataclass(frozen=True, slots=True)
class Area:
    """Where people must be to use the service (one of national/state/county/zip/radius)."""

    type: str
    states: frozenset[str] = frozenset()
    counties: frozenset[str] = frozenset()  # "NC:durham" (state code, lower-case county name)
    postal_codes: frozenset[str] = frozenset()
    latitude: float | None = None
    longitude: float | None = None
    radius_miles: float | None = None


@dataclass(frozen=True, slots=True)
class Cost:
    """What a session costs and how it can be paid for."""

    free: bool = False
    sliding_scale: bool = False
    min_fee: float | None = None  # the least a person can be charged per session
    max_fee: float | None = None
    payments: frozenset[str] = frozenset()
    description: str | None = None


@dataclass(frozen=True, slots=True)
class OpeningHours:
    """A weekly opening window in the service's own time zone; weekday 0 is Monday."""

    weekday: int
    opens: time
    closes: time


@dataclass(frozen=True, slots=True)
class CrisisProfile:
    """What a crisis line is for: risk flags ('any' for any crisis) and populations."""

    risk_flags: frozenset[str] = frozenset()
    populations: frozenset[str] = frozenset()  # empty: everyone


@dataclass(frozen=True, slots=True)
class ServiceRecord:
    """A service with everything routing decides on and everything a referral shows."""

    id: str
    name: str
    kind: str
    organization_id: str | None = None
    organization_name: str | None = None
    description: str | None = None
    url: str | None = None
    email: str | None = None
    delivery: frozenset[str] = frozenset()
    phones: tuple[Phone, ...] = ()
    cost: Cost = field(default_factory=Cost)
    min_age: int | None = None
    max_age: int | None = None
    languages: frozenset[str] = frozenset()
    interpretation: bool = False
    eligible_populations: frozenset[str] = frozenset()  # non-empty: only these people
    affirming_populations: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    areas: tuple[Area, ...] = ()
    licensed_states: frozenset[str] = frozenset()
    sites: tuple[Site, ...] = ()
    accepting_new_clients: bool = True
    wait_days: int | None = None
    capacity_updated_at: datetime | None = None
    open_24_7: bool = False
    hours: tuple[OpeningHours, ...] = ()
    timezone: str | None = None
    hours_description: str | None = None
    application_process: str | None = None
    crisis: CrisisProfile | None = None
    verified_at: date | None = None
    source_url: str | None = None
    is_sample: bool = False

    @property
    def located(self) -> bool:
        """Whether any of its sites has coordinates: somewhere a person can be sent."""
        return any(s.latitude is not None and s.longitude is not None for s in self.sites)

    @property
    def is_crisis(self) -> bool:
        """Crisis lines and the emergency instruction are never filtered out."""
        return self.crisis is not None or self.kind in ("crisis_line", "emergency")


class Nearby(NamedTuple):  # made for every site a search yields: a tuple is cheapest
    """A service found near a point: its nearest site and how far that is."""

    service: ServiceRecord
    site: Site
    miles: float
