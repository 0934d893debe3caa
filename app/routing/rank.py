"""route(profile, index, now) -> Referral: triage, crisis lines first, then ranked services.

The answer is one ordered list that is safe to render as is: the 911 instruction (in an
emergency), then crisis lines (whenever there is any risk), then services. Crisis items
pass no filter and are not counted against `limit`, which applies to services only.
Same profile, directory and `now` give the same answer: ties are broken by service id.
"""

from datetime import datetime

import numpy as np

from app.routing.batch_eligibility import Verdicts, fit_of, judge
from app.routing.batch_scoring import Eligible, best, totals
from app.routing.crisis import crisis_items
from app.routing.eligibility import Context, Fit, make_context
from app.routing.geometry import distance_band
from app.routing.index import DirectoryIndex
from app.routing.opening_columns import OPEN_NOW_OF
from app.routing.profile import NeedProfile
from app.routing.reach import Reach
from app.routing.records import ServiceRecord
from app.routing.referral import Referral, ResultItem
from app.routing.row_sets import Rows
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


def service_item(record: ServiceRecord, fit: Fit, ctx: Context) -> ResultItem:
    """A shown service, explained: its score with the sentences saying why, its distance."""
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


def _shown(
    index: DirectoryIndex, found: Reach, verdicts: Verdicts, chosen: Rows, ctx: Context
) -> list[ResultItem]:
    """Explain the services chosen (positions in `found`): how they fit, and why."""
    records = [index.columns.records[row] for row in found.rows[chosen]]
    fits = [fit_of(r, found, verdicts, at, ctx) for r, at in zip(records, chosen, strict=True)]
    if verdicts.open_now is None:  # hours did not rank them, but "Open now" is said of them
        status = index.columns.hours.status(found.rows[chosen], ctx.clock)
        fits = [f._replace(open_now=OPEN_NOW_OF[int(s)]) for f, s in zip(fits, status, strict=True)]
    return [service_item(r, f, ctx) for r, f in zip(records, fits, strict=True)]


def rank_services(
    profile: NeedProfile,
    index: DirectoryIndex,
    now: datetime,
    risk_flags: frozenset[str] = frozenset(),
) -> tuple[list[ResultItem], dict[str, int], list[str]]:
    """Filter and score every candidate; returns the best `limit` items, exclusion counts,
    notices."""
    ctx = make_context(profile, now, risk_flags)
    found = index.reach(profile.place, ctx.max_miles)
    verdicts = judge(index.columns, found, ctx)
    keep = np.flatnonzero(verdicts.codes == 0)
    eligible = Eligible(
        rows=found.rows[keep],
        miles=found.miles[keep],
        in_person=verdicts.in_person[keep],
        remote=verdicts.remote[keep],
        open_now=None if verdicts.open_now is None else verdicts.open_now[keep],
    )
    order = best(totals(index.columns, eligible, ctx), eligible.rows, profile.limit)
    items = _shown(index, found, verdicts, keep[order], ctx)
    notices = []
    place = profile.place
    if place is None:
        notices.append(NO_LOCATION)
    elif not place.has_point:
        notices.append(STATE_ONLY)
    elif (
        len(keep)
        and "in_person" in (profile.delivery or {"in_person"})
        and not eligible.in_person.any()
    ):
        notices.append(NOTHING_NEAR.format(miles=ctx.max_miles))
    if not items:
        notices.append(NO_SERVICES)
    return items, dict(sorted(verdicts.excluded().items())), notices


def route(profile: NeedProfile, index: DirectoryIndex, *, now: datetime) -> Referral:
    """Answer a need profile: triage, crisis items first, then the best `limit` services."""
    triage = run_triage(profile)
    crisis = crisis_items(triage, profile, index.crisis_lines)
    services, excluded, notices = rank_services(profile, index, now, triage.risk_flags)
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
