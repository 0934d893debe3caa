"""What a coverage run counts and which gaps it flags: the columns and the standard checks.

Counts are kept per location in one flat vector of integers; this module names its slots.

- Kind x delivery x tier: for each local-help kind (crisis lines are national and never
  count as local coverage), `in_person` (a usable site within the radius) or `telehealth`
  (remote delivery allowed in the location's state), and the cost tier: `all`, `free`,
  `sliding_scale`, `insurance` (Medicaid, Medicare, private insurance or TRICARE). A
  service can be in several tiers, so tiers do not add up to `all`.
- Audiences: services in a language (`language:es`) or for a population
  (`population:youth`), by delivery. The profile's languages and populations choose them;
  with none given, Spanish and youth are checked.
- Gap counters: what each standard gap check counts (not shown as columns).

A gap is flagged when every counter it reads is zero. Checks that need in-person counts
are skipped for a state-only location (no point to measure from).
"""

from collections.abc import Callable
from dataclasses import dataclass

from app.routing.crisis import YOUTH_MAX_AGE
from app.routing.eligibility import accepted_payments
from app.routing.records import ServiceRecord
from app.routing.vocabulary import LANGUAGES

COVERAGE_KINDS: tuple[str, ...] = (
    "counseling",
    "psychiatry",
    "substance_use_treatment",
    "support_group",
    "peer_support",
    "case_management",
    "warmline",
)
KIND_LABELS: dict[str, str] = {
    "counseling": "counselling",
    "psychiatry": "psychiatry",
    "substance_use_treatment": "substance-use treatment",
    "support_group": "support groups",
    "peer_support": "peer support",
    "case_management": "case management",
    "warmline": "warmlines",
}
DELIVERIES: tuple[str, ...] = ("in_person", "telehealth")
TIERS: tuple[str, ...] = ("all", "free", "sliding_scale", "insurance")
INSURANCE: frozenset[str] = frozenset({"medicaid", "medicare", "private_insurance", "tricare"})
DEFAULT_AUDIENCES: tuple[str, ...] = ("language:es", "population:youth")
POPULATION_LABELS: dict[str, str] = {
    "veteran": "veterans'",
    "lgbtq": "LGBTQ+",
    "transgender": "transgender",
    "youth": "youth",
    "older_adult": "older-adult",
    "bipoc": "BIPOC",
    "native_american": "Native American",
    "perinatal": "perinatal",
    "deaf_hard_of_hearing": "Deaf and hard-of-hearing",
    "immigrant": "immigrant",
    "survivor": "survivors'",
}
OLDER_ADULT_MIN_AGE = 55  # a service starting at 55 or later is built for older adults


def tiers_of(record: ServiceRecord) -> tuple[str, ...]:
    """The cost tiers a service counts in, `all` first."""
    payments = accepted_payments(record)
    found = ["all"]
    found += [t for t in ("free", "sliding_scale") if t in payments]
    if payments & INSURANCE:
        found.append("insurance")
    return tuple(found)


def serves_population(record: ServiceRecord, population: str) -> bool:
    """Say whether a service is for this population (restricted to it, affirming, or by age)."""
    if population in record.eligible_populations or population in record.affirming_populations:
        return True
    if population == "youth":
        return record.max_age is not None and record.max_age <= YOUTH_MAX_AGE + 6
    if population == "older_adult":
        return record.min_age is not None and record.min_age >= OLDER_ADULT_MIN_AGE
    return False


def offers_language(record: ServiceRecord, language: str) -> bool:
    """Say whether staff work in the language (interpretation alone does not count)."""
    return language in record.languages or (language == "en" and not record.languages)


def audience_matches(record: ServiceRecord, audience: str) -> bool:
    """Say whether a service belongs to an audience such as 'language:es'."""
    axis, _, value = audience.partition(":")
    if axis == "language":
        return offers_language(record, value)
    return serves_population(record, value)


def audience_label(audience: str) -> str:
    """Name an audience for people: 'Spanish-language', 'youth'."""
    axis, _, value = audience.partition(":")
    if axis == "language":
        return f"{LANGUAGES.get(value, (value, value))[0]}-language"
    return POPULATION_LABELS.get(value, value.replace("_", " "))


def audiences_for(languages: tuple[str, ...], populations: frozenset[str]) -> tuple[str, ...]:
    """The audiences a run checks: the profile's, else Spanish and youth."""
    chosen = [f"language:{code}" for code in languages]
    chosen += [f"population:{p}" for p in sorted(populations)]
    return tuple(chosen) or DEFAULT_AUDIENCES


@dataclass(frozen=True, slots=True)
class GapCheck:
    """A standard question asked of every location; `label` has {miles} and {state} slots."""

    code: str
    label: str
    kinds: frozenset[str]
    deliveries: tuple[str, ...]
    matches: Callable[[ServiceRecord], bool]

    def text(self, miles: float, state: str | None) -> str:
        """Say the gap in plain words for this radius and state."""
        return self.label.format(miles=f"{miles:g}", state=state or "the place's state")


def _always(record: ServiceRecord) -> bool:
    return True


STANDARD_CHECKS: tuple[GapCheck, ...] = (
    GapCheck(
        "low_cost_counseling",
        "no free or sliding-scale counselling within {miles} miles",
        frozenset({"counseling"}),
        ("in_person",),
        lambda r: bool({"free", "sliding_scale"} & accepted_payments(r)),
    ),
    GapCheck(
        "medicaid_counseling",
        "no counselling that takes Medicaid within {miles} miles or by telehealth in {state}",
        frozenset({"counseling"}),
        DELIVERIES,
        lambda r: "medicaid" in accepted_payments(r),
    ),
    GapCheck(
        "psychiatry",
        "no psychiatry within {miles} miles or by telehealth in {state}",
        frozenset({"psychiatry"}),
        DELIVERIES,
        _always,
    ),
    GapCheck(
        "substance_use_treatment",
        "no substance-use treatment within {miles} miles or by telehealth in {state}",
        frozenset({"substance_use_treatment"}),
        DELIVERIES,
        _always,
    ),
    GapCheck(
        "free_peer_or_group",
        "no free support group or peer support within {miles} miles",
        frozenset({"support_group", "peer_support"}),
        ("in_person",),
        lambda r: "free" in accepted_payments(r),
    ),
    GapCheck(
        "telehealth_counseling",
        "no telehealth counselling licensed in {state}",
        frozenset({"counseling"}),
        ("telehealth",),
        _always,
    ),
)


def audience_check(audience: str) -> GapCheck:
    """The gap check for an audience: nothing for them in person nearby or by telehealth."""
    label = audience_label(audience).replace("{", "").replace("}", "")
    return GapCheck(
        audience,
        f"no {label} service within {{miles}} miles or by telehealth",
        frozenset(COVERAGE_KINDS),
        DELIVERIES,
        lambda r: audience_matches(r, audience),
    )


def count_keys(audiences: tuple[str, ...]) -> tuple[str, ...]:
    """Name the visible count slots: 'counseling.in_person.free', 'language:es.telehealth'."""
    keys = [f"{k}.{d}.{t}" for k in COVERAGE_KINDS for d in DELIVERIES for t in TIERS]
    keys += [f"{a}.{d}" for a in audiences for d in DELIVERIES]
    return tuple(keys)
