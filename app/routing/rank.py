"""route(profile, index, now) -> Referral: triage, crisis lines first, then ranked services.

The answer is one ordered list that is safe to render as is: the 911 instruction (in an
emergency), then crisis lines (whenever there is any risk), then services. Crisis items
pass no filter and are not counted against `limit`, which applies to services only.
Same profile, directory and `now` give the same answer: ties are broken by service id.
"""

from collections import Counter
from collections.abc import Iterator
from datetime import datetime

from app.routing.crisis import crisis_items
from app.routing.eligibility import Context, Fit, assess, make_context, with_hours
from app.routing.geometry import distance_band
from app.routing.index import DirectoryIndex, Nearby
from app.routing.profile import NeedProfile
from app.routing.records import ServiceRecord
from app.routing.referral import Referral, ResultItem
from app.routing.scoring import score
from app.routing.triage import triage as run_triage
from app.routing.triage import unknown_positions, warnings_for

NO_LOCATION = (
    "No location given: showing national and remote services only. "
    "Add a ZIP code to see in-person help nearby."
)
STATE_ONLY = "Only a state was given: distances are unknown. Add a ZIP code to see what is near."
SAMPLE = "Results marked SAMPLE are fictional demonstration listings: do not contact them."
NOTHING_NEAR = (
    "Nothing in person within {miles:g} miles matched: the results are remote services. "
    "Set max_distance_miles to search farther."
)
NO_SERVICES = "No services matched every filter. Fewer filters may show more."
# Each request looks at no more than this many eligible services per stream (in person,
# nearest first; remote, most suitable kinds first), so its cost does not grow with the
# directory: a dense city with thousands of services answers as fast as a small town.
CANDIDATE_FLOOR = 25
CANDIDATE_FACTOR = 2
CALL_988 = "You can call or text 988 any time, for yourself or someone you are worried about."


def _budget(limit: int) -> int:
    return max(CANDIDATE_FLOOR, CANDIDATE_FACTOR * limit)


def _streams(
    index: DirectoryIndex, ctx: Context
) -> tuple[Iterator[tuple[ServiceRecord, Nearby | None]], ...]:
    """In-person candidates nearest first, then area candidates most suitable first."""
    place = ctx.profile.place
    point = place is not None and place.latitude is not None and place.longitude is not None
    lat, lon = (place.latitude or 0.0, place.longitude or 0.0) if place is not None else (0, 0)
    nearby = (
        ((n.service, n) for n in index.near_iter(lat, lon, ctx.max_miles)) if point else iter(())
    )
    remote = index.covering_best_first(place)

    def with_site(record: ServiceRecord) -> tuple[ServiceRecord, Nearby | None]:
        # The in-person stream may have stopped before reaching this record's site.
        return record, index.nearest_site(record, lat, lon) if point else None

    return nearby, (with_site(r) for r in remote)


def _service_item(record: ServiceRecord, fit: Fit, ctx: Context) -> ResultItem:
    fit = with_hours(fit, record, ctx)  # "Open now" is said of what is shown
    value, reasons = score(record, fit, ctx)
    confidential = fit.site is not None and fit.site.confidential
    public_miles = fit.miles is not None and not confidential
    return ResultItem(
        kind="service",
        service=record,
        score=value,
        reasons=reasons,
        phones=record.phones,
        distance_miles=round(fit.miles, 1) if public_miles and fit.miles is not None else None,
        distance_band=distance_band(fit.miles) if fit.miles is not None else None,
    )


def rank_services(
    profile: NeedProfile,
    index: DirectoryIndex,
    now: datetime,
    risk_flags: frozenset[str] = frozenset(),
    *,
    exhaustive: bool = False,
) -> tuple[list[ResultItem], dict[str, int], list[str]]:
    """Filter and score candidates; returns the best `limit` items, exclusion counts, notices."""
    ctx = make_context(profile, now, risk_flags)
    budget = None if exhaustive else _budget(profile.limit)
    excluded: Counter[str] = Counter()
    eligible: list[tuple[float, str, ServiceRecord, Fit]] = []
    seen: set[str] = set()
    # The area stream reads the place's own area lists: its records are known to be in area.
    for stream, area_checked in zip(_streams(index, ctx), (False, True), strict=True):
        # Bounded work: each stream stops once it has found enough eligible services.
        found = 0
        for record, near in stream:
            if record.id in seen:
                continue
            seen.add(record.id)
            fit = assess(record, ctx, near, area_checked=area_checked)
            if isinstance(fit, str):
                excluded[fit] += 1
                continue
            value, _ = score(record, fit, ctx, explain=False)
            eligible.append((-value, record.id, record, fit))
            found += 1
            if found == budget:
                break
    eligible.sort(key=lambda entry: (entry[0], entry[1]))
    # Sentences only for what is shown: building them is most of the cost of scoring.
    items = [_service_item(record, fit, ctx) for _, _, record, fit in eligible[: profile.limit]]
    notices = []
    place = profile.place
    if place is None:
        notices.append(NO_LOCATION)
    elif not place.has_point:
        notices.append(STATE_ONLY)
    elif (
        eligible
        and "in_person" in (profile.delivery or {"in_person"})
        and not any(fit.in_person for _, _, _, fit in eligible)
    ):
        notices.append(NOTHING_NEAR.format(miles=ctx.max_miles))
    if not items:
        notices.append(NO_SERVICES)
    return items, dict(sorted(excluded.items())), notices


def route(
    profile: NeedProfile, index: DirectoryIndex, *, now: datetime, exhaustive: bool = False
) -> Referral:
    """Answer a need profile: triage, crisis items first, then the best `limit` services.

    `exhaustive` reads every candidate instead of stopping each stream at its budget: far
    slower in a dense directory, it is the reference that bench/ measures answers against.
    """
    triage = run_triage(profile)
    crisis = crisis_items(triage, profile, index.crisis_lines)
    services, excluded, notices = rank_services(
        profile, index, now, triage.risk_flags, exhaustive=exhaustive
    )
    shown = services
    if triage.level == "none":
        notices.append(CALL_988)
    if any(item.service.is_sample for item in shown):
        notices.append(SAMPLE)
    return Referral(
        triage=triage,
        results=crisis + tuple(shown),
        excluded=excluded,
        notices=tuple(notices),
        warnings=warnings_for(triage, unknown_positions(profile)),
        directory_version=index.version,
    )


def crisis_lines_for(profile: NeedProfile, index: DirectoryIndex) -> Referral:
    """Answer with triage and crisis items only; without risk, the general lines (988)."""
    triage = run_triage(profile)
    return Referral(
        triage=triage,
        results=crisis_items(triage, profile, index.crisis_lines, general=True),
        warnings=warnings_for(triage, unknown_positions(profile)),
        directory_version=index.version,
    )
