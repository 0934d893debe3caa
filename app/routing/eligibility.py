"""Hard filters: a service is either usable by this person or excluded for one named reason.

Reason codes (counted in the answer's `excluded`): excluded_by_request, out_of_area,
population, age, language, at_capacity, over_budget, payment, delivery,
not_licensed_in_state, too_far, closed_now. The first failing check names the reason.
Crisis lines never come here: no filter applies to them.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from app.routing.area_index import contains, county_key
from app.routing.crisis import person_populations
from app.routing.hours import LocalClock, open_at
from app.routing.licensure import is_licensed_for
from app.routing.profile import NeedProfile, Place
from app.routing.records import Area, Nearby, ServiceRecord, Site
from app.routing.relevance import person_topics

DEFAULT_MAX_DISTANCE_MILES = 25.0
ONLINE = "online"  # a service listing no delivery and no site: a website or directory
DEFAULT_LANGUAGE = "en"  # a service that lists no language is assumed to work in English


@dataclass(frozen=True, slots=True)
class Context:
    """What every check needs, computed once per request."""

    profile: NeedProfile
    populations: frozenset[str]
    max_miles: float
    now: datetime
    clock: LocalClock  # `now` in each service's time zone, converted once per zone
    topics: frozenset[str] = frozenset()  # asked for, plus those the risk implies (for scoring)
    # Opening hours change the answer only for open_now (a filter) or an immediate need (a
    # bonus); otherwise they are looked up for the services shown alone (rank._shown).
    hours_matter: bool = False
    wanted_topics: frozenset[str] = frozenset()  # `topics` and those they imply


class Fit(NamedTuple):  # made for every eligible candidate: a tuple is cheapest
    """How this person can use an eligible service."""

    in_person: bool
    remote: frozenset[str]  # remote delivery modes they can use
    site: Site | None  # nearest usable site, for in-person
    miles: float | None
    open_now: bool | None
    fee_listed: bool


# Someone facing violence is a survivor: services for survivors (shelters) are for them.
SURVIVOR_FLAGS = frozenset({"interpersonal_violence", "sexual_violence"})
# What a risk says the person needs help with, so matching services score higher.
TOPICS_FOR_FLAG = {
    "suicidal_ideation": "suicide",
    "suicide_plan_or_intent": "suicide",
    "suicide_attempt": "suicide",
    "interpersonal_violence": "domestic_violence",
    "sexual_violence": "sexual_assault",
    "substance_overdose": "substance_use",
    "psychosis": "psychosis",
}


def make_context(
    profile: NeedProfile, now: datetime, risk_flags: frozenset[str] = frozenset()
) -> Context:
    """Prepare a request's checks; `risk_flags` (from triage) can imply populations and topics."""
    miles = profile.max_distance_miles or DEFAULT_MAX_DISTANCE_MILES
    populations = person_populations(profile)
    if risk_flags & SURVIVOR_FLAGS:
        populations |= {"survivor"}
    topics = profile.topics | {TOPICS_FOR_FLAG[f] for f in risk_flags if f in TOPICS_FOR_FLAG}
    hours_matter = profile.open_now or profile.urgency == "immediate"
    return Context(
        profile,
        populations,
        miles,
        now,
        LocalClock(now, profile.place.timezone if profile.place else None),
        frozenset(topics),
        hours_matter,
        wanted_topics=person_topics(frozenset(topics)),
    )


def _area_covers(area: Area, place: Place | None, nearby: Nearby | None = None) -> bool:
    if area.type == "national":
        return True
    if place is None:
        return False
    state = (place.state or "").upper()
    if area.type == "state":
        return state in area.states
    if area.type == "county":
        if place.county:
            return county_key(state, place.county) in area.counties
        # Only a state is known: any county of that state may be the person's.
        return any(key.split(":")[0].upper() == state for key in area.counties)
    if area.type == "zip":
        return (place.postal_code or "")[:5] in area.postal_codes
    if area.type == "radius" and place.latitude is not None and place.longitude is not None:
        if nearby is not None and area.radius_miles is not None and _centred_on(area, nearby.site):
            # The distance from the person to this circle's centre is already measured.
            return nearby.miles <= area.radius_miles
        return contains(area, place.latitude, place.longitude)
    return False


def _centred_on(area: Area, site: Site) -> bool:
    return area.latitude == site.latitude and area.longitude == site.longitude


def in_area(record: ServiceRecord, place: Place | None, nearby: Nearby | None = None) -> bool:
    """Say whether the service's declared area includes the person (no area: no limit).

    `nearby`, the record's site found near the place, saves measuring again the distance
    to a radius area drawn around that site (the common "within N miles of us").
    """
    if not record.areas:
        return True
    # A loop, not any(): this runs for most candidates, and the generator cost more.
    for area in record.areas:  # noqa: SIM110
        if _area_covers(area, place, nearby):
            return True
    return False


def offered_delivery(record: ServiceRecord) -> frozenset[str]:
    """How the service can be used: as listed, else in person at its sites, else online."""
    if record.delivery:
        return record.delivery
    return frozenset({"in_person"}) if record.sites else frozenset({ONLINE})


def within_budget(record: ServiceRecord, max_per_session: float | None) -> bool:
    """Free, or the least it charges is within the budget; an unlisted fee is kept."""
    cost = record.cost
    if max_per_session is None or cost.free or cost.min_fee is None:
        return True
    return cost.min_fee <= max_per_session


def accepted_payments(record: ServiceRecord) -> frozenset[str]:
    """Payment ways the service takes, with free and sliding scale implied by its cost."""
    cost = record.cost
    implied = {"free"} if cost.free else set()
    if cost.sliding_scale:
        implied |= {"sliding_scale", "self_pay"}
    return cost.payments | implied


def _in_person(
    record: ServiceRecord, place: Place | None, nearby: Nearby | None, ctx: Context
) -> tuple[bool, Site | None, float | None]:
    if place is None:
        return False, None, None
    if place.has_point:
        if nearby is not None and nearby.miles <= ctx.max_miles:
            return True, nearby.site, nearby.miles
        return False, None, None
    # A state-only place: a site in the same state is offered, distance unknown.
    site = next((s for s in record.sites if s.state and s.state == place.state), None)
    return site is not None, site, None


def opening(record: ServiceRecord, ctx: Context) -> bool | None:
    """Whether the service is open at the request's instant (None: hours unknown)."""
    return open_at(record, ctx.clock)


def assess(
    record: ServiceRecord, ctx: Context, nearby: Nearby | None, *, area_checked: bool = False
) -> Fit | str:
    """Return how the person can use the service, or the code of the first filter it fails.

    `area_checked`: the caller found the record through the place's own area lists, so the
    service area is known to include the person (the check is skipped, not relaxed).
    """
    p, place = ctx.profile, ctx.profile.place
    if record.id in p.exclude_service_ids:
        return "excluded_by_request"
    if not area_checked and not in_area(record, place, nearby):
        return "out_of_area"
    if record.eligible_populations and not record.eligible_populations & ctx.populations:
        return "population"
    if p.age is not None and (
        (record.min_age is not None and p.age < record.min_age)
        or (record.max_age is not None and p.age > record.max_age)
    ):
        return "age"
    if p.languages and not record.interpretation:
        spoken = record.languages or {DEFAULT_LANGUAGE}
        if spoken.isdisjoint(p.languages):
            return "language"
    if not record.accepting_new_clients and not p.include_waitlisted:
        return "at_capacity"
    if not within_budget(record, p.max_per_session):
        return "over_budget"
    if p.payment:
        accepted = accepted_payments(record)
        if accepted and accepted.isdisjoint(p.payment):
            return "payment"
    offered = offered_delivery(record)
    wanted = offered & p.delivery if p.delivery else offered
    if not wanted:
        return "delivery"
    in_person, site, miles = (
        _in_person(record, place, nearby, ctx) if "in_person" in wanted else (False, None, None)
    )
    remote = wanted - {"in_person"}
    licensed = bool(remote) and is_licensed_for(record, place)  # licences govern remote care
    if not in_person and not (remote and licensed):
        return "not_licensed_in_state" if remote else "too_far"
    open_now = opening(record, ctx) if ctx.hours_matter else None
    if p.open_now and open_now is False:
        return "closed_now"
    return Fit(
        in_person=in_person,
        remote=remote if licensed else frozenset(),
        site=site,
        miles=miles,
        open_now=open_now,
        fee_listed=record.cost.free or record.cost.min_fee is not None,
    )
