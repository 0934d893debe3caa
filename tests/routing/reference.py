"""The answer by brute force: every service judged one at a time by the per-record rules.

route() judges and scores all candidates at once with arrays; this walks every record of
the directory with eligibility.assess and scoring.score instead, the rules as written. The
two must give the same services in the same order with the same scores, and count the
same exclusions. Distances come from the same geometry function, so what is compared is
the rules, not the last bit of an arcsine.
"""

from collections import Counter
from datetime import datetime

import numpy as np

from app.routing.eligibility import (
    Context,
    Fit,
    assess,
    in_area,
    make_context,
    offered_delivery,
    opening,
)
from app.routing.geometry import haversine_miles_to
from app.routing.index import DirectoryIndex
from app.routing.profile import NeedProfile, Place
from app.routing.rank import service_item
from app.routing.records import Nearby, ServiceRecord
from app.routing.referral import ResultItem
from app.routing.scoring import score


def nearest_within(record: ServiceRecord, place: Place, miles: float) -> Nearby | None:
    """The record's nearest site within `miles` of the place (ties: the one listed first)."""
    best: Nearby | None = None
    for site in record.sites:
        if site.latitude is None or site.longitude is None:
            continue
        lat, lon = np.array([site.latitude]), np.array([site.longitude])
        d = float(haversine_miles_to(place.latitude or 0.0, place.longitude or 0.0, lat, lon)[0])
        if d <= miles and (best is None or d < best.miles):
            best = Nearby(record, site, d)
    return best


def is_candidate(record: ServiceRecord, place: Place | None, near: Nearby | None) -> bool:
    """Near the person in person, or declaring an area that includes them (a service with no
    area and no site is online, for everyone); one usable only at its sites needs a site near."""
    if near is not None:
        return True
    by_area = in_area(record, place) if record.areas else not record.located
    in_person_only = record.located and offered_delivery(record) == {"in_person"}
    return by_area and not (place is not None and place.has_point and in_person_only)


def with_hours(fit: Fit, record: ServiceRecord, ctx: Context) -> Fit:
    """The fit with opening hours looked up, when assess() skipped them (they did not rank
    anything): "Open now" is still said of the services shown."""
    return fit if ctx.hours_matter else fit._replace(open_now=opening(record, ctx))


def brute_force(
    profile: NeedProfile,
    index: DirectoryIndex,
    now: datetime,
    risk_flags: frozenset[str] = frozenset(),
) -> tuple[list[ResultItem], dict[str, int]]:
    """The services to show, explained, and the exclusions by reason."""
    ctx = make_context(profile, now, risk_flags)
    place = profile.place
    point = place is not None and place.has_point
    excluded: Counter[str] = Counter()
    eligible: list[tuple[float, str, ServiceRecord, Fit]] = []
    for record in index.services:
        if record.is_crisis:
            continue
        near = nearest_within(record, place, ctx.max_miles) if point and place else None
        if not is_candidate(record, place, near):
            continue
        fit = assess(record, ctx, near)
        if isinstance(fit, str):
            excluded[fit] += 1
            continue
        value, _ = score(record, fit, ctx, explain=False)
        eligible.append((-value, record.id, record, fit))
    eligible.sort(key=lambda entry: (entry[0], entry[1]))
    shown = [
        service_item(record, with_hours(fit, record, ctx), ctx)
        for _, _, record, fit in eligible[: profile.limit]
    ]
    return shown, dict(sorted(excluded.items()))
