"""route(profile, index, now) -> Referral: triage, crisis lines first, then ranked services.

The answer is one ordered list that is safe to render as is: the 911 instruction (in an
emergency), then crisis lines (whenever there is any risk), then services. Crisis items
pass no filter and are not counted against `limit`, which applies to services only.
Same profile, directory and `now` give the same answer: ties are broken by service id.
"""

from collections import Counter
from datetime import datetime

from app.routing.crisis import crisis_items
from app.routing.eligibility import Context, Fit, assess, make_context
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
CALL_988 = "You can call or text 988 any time, for yourself or someone you are worried about."


def _candidates(
    index: DirectoryIndex, ctx: Context
) -> tuple[list[ServiceRecord], dict[str, Nearby]]:
    place = ctx.profile.place
    nearby: dict[str, Nearby] = {}
    if place is not None and place.latitude is not None and place.longitude is not None:
        nearby = {
            n.service.id: n for n in index.near(place.latitude, place.longitude, ctx.max_miles)
        }
    found = {r.id: r for r in index.covering(place)}
    found.update((n.service.id, n.service) for n in nearby.values())
    return [found[k] for k in sorted(found)], nearby


def _service_item(record: ServiceRecord, fit: Fit, ctx: Context) -> ResultItem:
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
) -> tuple[list[ResultItem], dict[str, int], list[str]]:
    """Filter and score every candidate service; returns items, exclusion counts, notices."""
    ctx = make_context(profile, now, risk_flags)
    records, nearby = _candidates(index, ctx)
    excluded: Counter[str] = Counter()
    items: list[ResultItem] = []
    for record in records:
        fit = assess(record, ctx, nearby.get(record.id))
        if isinstance(fit, str):
            excluded[fit] += 1
        else:
            items.append(_service_item(record, fit, ctx))
    items.sort(key=lambda item: (-item.score, item.service.id))
    notices = []
    place = profile.place
    if place is None:
        notices.append(NO_LOCATION)
    elif not place.has_point:
        notices.append(STATE_ONLY)
    elif (
        items
        and "in_person" in (profile.delivery or {"in_person"})
        and not any(item.distance_band for item in items)
    ):
        notices.append(NOTHING_NEAR.format(miles=ctx.max_miles))
    if not items:
        notices.append(NO_SERVICES)
    return items, dict(sorted(excluded.items())), notices


def route(profile: NeedProfile, index: DirectoryIndex, *, now: datetime) -> Referral:
    """Answer a need profile: triage, crisis items first, then the best `limit` services."""
    triage = run_triage(profile)
    crisis = crisis_items(triage, profile, index.crisis_lines)
    services, excluded, notices = rank_services(profile, index, now, triage.risk_flags)
    shown = services[: max(0, profile.limit)]
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
