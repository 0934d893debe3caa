"""What routing answers: a triage decision and one ordered list that is safe to render as is."""

from dataclasses import dataclass, field
from typing import NamedTuple

from app.routing.records import Phone, ServiceRecord

RULESET_VERSION = "2026-12-06.1"  # bumped when what an answer says for a profile changes


# A named tuple, not a frozen dataclass: an answer builds dozens, and a tuple is made
# in about half the time.
class Reason(NamedTuple):
    """Why an item is here or scored as it did: a machine code and a sentence for people."""

    code: str
    text: str


@dataclass(frozen=True, slots=True)
class Triage:
    level: str  # none | crisis | emergency
    reasons: tuple[Reason, ...] = ()
    message: str = ""
    risk_flags: frozenset[str] = frozenset()  # known flags, from the request and the screening
    unknown_flags: tuple[str, ...] = ()
    # A risk we cannot name (an unknown flag, or risky text without a specific flag):
    # treated as a mental-health crisis, so the general lines (988) are offered.
    unspecified: bool = False

    @property
    def at_risk(self) -> bool:
        return self.level != "none"


@dataclass(frozen=True, slots=True)
class ResultItem:
    """One entry of the answer. kind: emergency | crisis_line | service."""

    kind: str
    service: ServiceRecord
    score: float
    reasons: tuple[Reason, ...] = ()
    # Phones in the order this person should try them (text first when they asked for text).
    phones: tuple[Phone, ...] = ()
    distance_miles: float | None = None  # only for in-person services with a public location
    distance_band: str | None = None  # confidential locations: "within 5 miles" at most


@dataclass(frozen=True, slots=True)
class Referral:
    triage: Triage
    results: tuple[ResultItem, ...]
    excluded: dict[str, int] = field(default_factory=dict)
    notices: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    directory_version: str = ""
    ruleset_version: str = RULESET_VERSION
