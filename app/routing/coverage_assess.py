"""Routing's eligibility decision, memoised across the places of one coverage run.

`eligibility.assess` checks, in order: excluded by request, area, then the person's checks
(population, age, language, capacity, budget, payment, delivery), then reach (in person
within the radius, or remote and licensed in the state). Only the area and reach depend on
the place. So for each service the full `assess` runs once, at the first place whose area
includes it; its verdict on the person's checks is remembered, and at every later place
only the place-dependent functions run (`in_area`, the distance, `is_licensed_for`).
tests/routing/test_coverage.py checks the memoised answers against plain `assess` calls.
"""

from dataclasses import replace
from datetime import UTC, datetime

from app.routing.eligibility import Fit, assess, in_area, make_context
from app.routing.licensure import is_licensed_for
from app.routing.profile import NeedProfile, Place
from app.routing.records import Nearby, ServiceRecord

FIXED_NOW = datetime(2026, 1, 5, 12, tzinfo=UTC)  # coverage ignores opening hours
PASSED = "passed"
# Failures of the person's checks: they do not depend on the place.
PERSON_FAILURES = frozenset(
    {"excluded_by_request", "population", "age", "language", "at_capacity"}
    | {"over_budget", "payment", "delivery"}
)
# Verdicts reached only after every person's check passed.
PERSON_PASSED = frozenset({"too_far", "not_licensed_in_state", "closed_now"})


class RunAssessor:
    """Answer "can this person use this service from here, this way?" for many places."""

    def __init__(self, profiles: dict[str, NeedProfile], records: list[ServiceRecord]) -> None:
        self._profiles = profiles  # per delivery ("in_person", "telehealth"), place-free
        self._known: dict[tuple[str, str, str], str] = {}
        # A service whose only area is a circle around its only site: the site's distance
        # (already computed by near()) decides the area, with the same haversine call.
        self._licensed: dict[tuple[str, str | None], bool] = {}
        self._circle = {
            r.id: r.areas[0].radius_miles
            for r in records
            if len(r.sites) == 1
            and len(r.areas) == 1
            and r.areas[0].type == "radius"
            and r.areas[0].radius_miles is not None
            and (r.areas[0].latitude, r.areas[0].longitude)
            == (r.sites[0].latitude, r.sites[0].longitude)
        }

    def fits(
        self,
        record: ServiceRecord,
        place: Place,
        delivery: str,
        nearby: Nearby | None = None,
        population: str = "",
        area_checked: bool = False,
    ) -> bool | str:
        """True if usable; False if not here; the failing check's code if never usable.

        `population` assesses as if the person also belonged to it (for audience counts).
        `nearby` is the service's nearest site within reach, for in-person delivery.
        `area_checked`: the caller found the service with `DirectoryIndex.covering(place)`,
        which selects exactly the services `in_area` admits.
        """
        circle = self._circle.get(record.id) if nearby is not None else None
        if circle is not None:
            if nearby is not None and nearby.miles > circle:
                return False
        elif not area_checked and not in_area(record, place):
            return False
        key = (record.id, delivery, population)
        known = self._known.get(key)
        if known is None:
            known = self._learn(record, place, delivery, nearby, population)
            if known is None:
                return False  # a place-dependent failure this module does not know: no memo
            self._known[key] = known
        if known != PASSED:
            return known
        if delivery == "in_person":
            return nearby is not None and place.has_point
        licence = (record.id, place.state)
        licensed = self._licensed.get(licence)
        if licensed is None:  # depends on the state alone: ask once per service and state
            licensed = self._licensed[licence] = is_licensed_for(record, place)
        return licensed

    def quick_in_person(self, record: ServiceRecord, nearby: Nearby) -> bool | None:
        """Answer `fits` for in-person from memory alone when possible (the hot path), else None.

        Only for a circle-area service already known to suit the person: then the distance
        near() measured decides.
        """
        circle = self._circle.get(record.id)
        if circle is None or self._known.get((record.id, "in_person", "")) != PASSED:
            return None
        return nearby.miles <= circle

    def _learn(
        self,
        record: ServiceRecord,
        place: Place,
        delivery: str,
        nearby: Nearby | None,
        population: str,
    ) -> str | None:
        profile = self._profiles[delivery]
        if population:
            profile = replace(profile, populations=profile.populations | {population})
        miles = nearby.miles if nearby is not None else profile.max_distance_miles
        profile = replace(profile, place=place, max_distance_miles=miles)
        verdict = assess(record, make_context(profile, FIXED_NOW), nearby)
        if isinstance(verdict, Fit) or verdict in PERSON_PASSED:
            return PASSED
        return verdict if verdict in PERSON_FAILURES else None
