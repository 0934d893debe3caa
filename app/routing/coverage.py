"""Coverage for many places at once: what a need profile could use from each place.

Every per-service decision is routing's own `eligibility.assess` (memoised across places
in coverage_assess), so a place counts a service exactly when a referral from there could
offer it. A `CoveragePlan` is built once per (directory, profile, radius): an index of
in-person sites walked nearest-first per place, per-state telehealth counts for services
whose area depends on the state alone, and an area index of telehealth services limited
to counties, ZIPs or radii. Crisis lines are national and never make a place covered:
they are left out of every count. Opening hours do not apply: coverage is about what
exists, not what is open now.
"""

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from app.routing import coverage_checks as cc
from app.routing.coverage_assess import RunAssessor
from app.routing.index import DirectoryIndex
from app.routing.profile import NeedProfile, Place
from app.routing.records import Nearby, ServiceRecord
from app.routing.vocabulary import REMOTE_DELIVERY

# The nearest in-person distance is searched to twice the radius: far enough to tell "just
# outside" from "nothing for miles", near enough to keep a full-US run fast.
NEAREST_REACH_FACTOR = 2.0


@dataclass(frozen=True, slots=True)
class Gap:
    code: str
    label: str


@dataclass(frozen=True, slots=True)
class LocationCoverage:
    """What one place can reach: counts by `keys`, nearest miles by kind, gaps found."""

    place: Place
    keys: tuple[str, ...]
    counts: tuple[int, ...]
    nearest_miles: tuple[float | None, ...]  # per coverage_checks.COVERAGE_KINDS
    gaps: tuple[Gap, ...]
    in_person_checked: bool  # False for a state-only place: in-person counts are unknown

    def count(self, key: str) -> int:
        """Return the count for a key such as 'counseling.in_person.free'."""
        return self.counts[self.keys.index(key)]


def _statewide(record: ServiceRecord) -> bool:
    """Say whether the service's area decision depends on the state alone."""
    types = {a.type for a in record.areas}
    return not types or "national" in types or types == {"state"}


class CoveragePlan:
    """Everything a coverage run computes once; `cover(place)` is then cheap."""

    def __init__(self, index: DirectoryIndex, profile: NeedProfile, radius_miles: float) -> None:
        self.radius_miles = radius_miles
        self.directory_version = index.version
        self.audiences = cc.audiences_for(profile.languages, profile.populations)
        self.keys = cc.count_keys(self.audiences)
        self.checks = cc.STANDARD_CHECKS + tuple(cc.audience_check(a) for a in self.audiences)
        self.reach = radius_miles * NEAREST_REACH_FACTOR
        base = replace(used_profile(profile), max_distance_miles=radius_miles)
        remote = (profile.delivery or REMOTE_DELIVERY) & REMOTE_DELIVERY
        self._in_person = not profile.delivery or "in_person" in profile.delivery
        self._profiles = {
            "in_person": replace(base, delivery=frozenset({"in_person"})),
            "telehealth": replace(base, delivery=remote),
        }
        records = [r for r in index.services if not r.is_crisis and r.kind in cc.COVERAGE_KINDS]
        self.sample_data = any(r.is_sample for r in records)
        self._layout(records)
        sited = [r for r in records if "in_person" in r.delivery or not r.delivery]
        self._sites = DirectoryIndex(sited, index.version)
        self._sited_kinds = frozenset(r.kind for r in sited if r.sites)
        remote_records = [r for r in records if r.delivery & remote]
        self._statewide = [r for r in remote_records if _statewide(r)]
        self._local = DirectoryIndex(
            [r for r in remote_records if not _statewide(r)], index.version
        )
        self._state_counts: dict[str, list[tuple[int, int]]] = {}
        self._kind_slot = {kind: k for k, kind in enumerate(cc.COVERAGE_KINDS)}
        self._assessor = RunAssessor(self._profiles, records)

    def _layout(self, records: list[ServiceRecord]) -> None:
        """Give each service, per delivery, the slots it adds to when usable."""
        visible = {key: i for i, key in enumerate(self.keys)}
        self.width = len(self.keys)
        self._gap_slots: dict[tuple[str, str], int] = {}
        for check in cc.STANDARD_CHECKS:
            for delivery in check.deliveries:
                self._gap_slots[(check.code, delivery)] = self.width
                self.width += 1
        for audience in self.audiences:
            for delivery in cc.DELIVERIES:
                self._gap_slots[(audience, delivery)] = visible[f"{audience}.{delivery}"]
        self._slots: dict[tuple[str, str], tuple[int, ...]] = {}
        self._audience_slots: dict[tuple[str, str], tuple[tuple[str, int], ...]] = {}
        for r in records:
            for d in cc.DELIVERIES:
                slots = [visible[f"{r.kind}.{d}.{t}"] for t in cc.tiers_of(r)]
                slots += [
                    self._gap_slots[(c.code, d)]
                    for c in self.checks
                    if d in c.deliveries and r.kind in c.kinds and c.matches(r)
                ]
                self._slots[(r.id, d)] = tuple(slots)
                self._audience_slots[(r.id, d)] = tuple(
                    (a.split(":", 1)[1], self._gap_slots[(a, d)])
                    for a in self.audiences
                    if a.startswith("population:") and cc.audience_matches(r, a)
                )

    def _count(
        self,
        r: ServiceRecord,
        place: Place,
        delivery: str,
        vec: list[int],
        hit: Nearby | None,
        area_checked: bool = False,
    ) -> bool:
        """Add a usable service to the place's counts; say whether it was usable."""
        verdict = self._assessor.fits(r, place, delivery, hit, "", area_checked)
        if verdict is True:
            for slot in self._slots[(r.id, delivery)]:
                vec[slot] += 1
            return True
        if verdict == "population":
            # Restricted to a population the profile did not name: counts for that audience.
            for population, slot in self._audience_slots[(r.id, delivery)]:
                if self._assessor.fits(r, place, delivery, hit, population, area_checked) is True:
                    vec[slot] += 1
        return False

    def _add_in_person(self, place: Place, vec: list[int], nearest: list[float | None]) -> None:
        """Count usable services within the radius, then look on to `reach` for the nearest
        of each kind still missing, in one nearest-first pass that stops when none is."""
        lat, lon = place.latitude or 0.0, place.longitude or 0.0
        quick, slots, assessor = self._assessor.quick_in_person, self._slots, self._assessor
        missing = set(self._sited_kinds)
        for hit in self._sites.near_iter(lat, lon, self.reach):
            record = hit.service
            if hit.miles > self.radius_miles:
                if not missing:
                    break
                if record.kind not in missing or hit.site.confidential:
                    continue
                if assessor.fits(record, place, "in_person", hit) is True:
                    nearest[self._kind_slot[record.kind]] = hit.miles
                    missing.discard(record.kind)
                continue
            usable = quick(record, hit)
            if usable is None:
                usable = self._count(record, place, "in_person", vec, hit)
            elif usable:
                for slot in slots[(record.id, "in_person")]:
                    vec[slot] += 1
            k = self._kind_slot[record.kind]
            if usable and not hit.site.confidential and nearest[k] is None:
                nearest[k] = hit.miles  # hits come nearest first
                missing.discard(record.kind)

    def _state_slots(self, state: str) -> list[tuple[int, int]]:
        cached = self._state_counts.get(state)
        if cached is None:
            vec = [0] * self.width
            self._add_remote(Place(state=state), self._statewide, vec, False)
            cached = self._state_counts[state] = [(i, n) for i, n in enumerate(vec) if n]
        return cached

    def _add_remote(
        self, place: Place, records: Iterable[ServiceRecord], vec: list[int], area_checked: bool
    ) -> None:
        for r in records:
            self._count(r, place, "telehealth", vec, None, area_checked)

    def cover(self, place: Place) -> LocationCoverage:
        """Count what the place can reach and name its gaps."""
        vec = [0] * self.width
        nearest: list[float | None] = [None] * len(cc.COVERAGE_KINDS)
        checked = place.has_point and self._in_person
        if checked:
            self._add_in_person(place, vec, nearest)
        if place.state and self._profiles["telehealth"].delivery:
            for slot, n in self._state_slots(place.state.upper()):
                vec[slot] += n
            if place.has_point or place.county or place.postal_code:
                self._add_remote(place, self._local.covering(place), vec, True)
        return LocationCoverage(
            place=place,
            keys=self.keys,
            counts=tuple(vec[: len(self.keys)]),
            nearest_miles=tuple(None if m is None else round(m, 1) for m in nearest),
            gaps=self._gaps(place, vec, checked),
            in_person_checked=checked,
        )

    def _gaps(self, place: Place, vec: list[int], checked: bool) -> tuple[Gap, ...]:
        measured = {"in_person"} if checked else set()
        if place.state and self._profiles["telehealth"].delivery:
            measured.add("telehealth")
        # A state-only place has no point to measure in-person reach from: no claim either way.
        unknown = {"in_person"} if self._in_person and not checked else set()
        gaps = []
        for check in self.checks:
            deliveries = [d for d in check.deliveries if d in measured]
            if unknown & set(check.deliveries) or not deliveries:
                continue
            if not any(vec[self._gap_slots[(check.code, d)]] for d in deliveries):
                gaps.append(Gap(check.code, check.text(self.radius_miles, place.state)))
        return tuple(gaps)


@lru_cache(maxsize=4)
def _anyone_plan(index: DirectoryIndex, radius_miles: float) -> CoveragePlan:
    return CoveragePlan(index, NeedProfile(), radius_miles)


def used_profile(profile: NeedProfile) -> NeedProfile:
    """Keep only what coverage uses (the plan may outlive the request that made it)."""
    return NeedProfile(
        max_per_session=profile.max_per_session,
        payment=profile.payment,
        age=profile.age,
        languages=profile.languages,
        populations=profile.populations,
        delivery=profile.delivery,
        include_waitlisted=profile.include_waitlisted,
        exclude_service_ids=profile.exclude_service_ids,
    )


def plan_coverage(index: DirectoryIndex, profile: NeedProfile, radius_miles: float) -> CoveragePlan:
    """Prepare a coverage run. Only the empty profile's plan is cached (per directory and
    radius): a need profile is health information, kept no longer than its request."""
    if used_profile(profile) == NeedProfile():
        return _anyone_plan(index, radius_miles)
    return CoveragePlan(index, profile, radius_miles)


def coverage_for(
    place: Place, profile: NeedProfile, index: DirectoryIndex, radius_miles: float
) -> LocationCoverage:
    """Say what a person with this profile could use from this place."""
    return plan_coverage(index, profile, radius_miles).cover(place)
