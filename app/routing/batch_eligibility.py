"""Hard filters over every candidate at once: eligibility.assess's rules, as array operations.

Each check is a mask of the candidates it would exclude. They are applied from the last to
the first, so a candidate failing several keeps the reason of the first, as assess names
it. Reason codes and their order are eligibility.py's; tests hold the two to one answer
for every candidate.
"""

from math import isnan
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from app.routing.columns import IN_PERSON, ServiceColumns
from app.routing.eligibility import Context, Fit, offered_delivery
from app.routing.opening_columns import CLOSED, OPEN_NOW_OF, UNKNOWN
from app.routing.reach import Reach
from app.routing.records import ServiceRecord
from app.routing.row_sets import Mask

# In assess()'s order; 0 is "eligible".
REASONS = (
    "",
    "excluded_by_request",
    "out_of_area",
    "population",
    "age",
    "language",
    "at_capacity",
    "over_budget",
    "payment",
    "delivery",
    "not_licensed_in_state",
    "too_far",
    "closed_now",
)
CODE = {reason: code for code, reason in enumerate(REASONS)}


class Verdicts(NamedTuple):
    """What the filters decided for each candidate of a Reach."""

    codes: NDArray[np.int8]  # 0: eligible; else the REASONS index of the first failure
    in_person: Mask  # can use it in person
    remote: Mask  # can use it remotely (a mode they accept, licensed for their state)
    open_now: NDArray[np.int8] | None  # OPEN, CLOSED or UNKNOWN, when hours matter

    def excluded(self) -> dict[str, int]:
        """How many candidates each filter excluded, by reason code."""
        counts = np.bincount(self.codes, minlength=len(REASONS))
        return {REASONS[c]: int(n) for c, n in enumerate(counts) if c and n}


def fit_of(record: ServiceRecord, found: Reach, verdicts: Verdicts, at: int, ctx: Context) -> Fit:
    """The Fit assess() gives an eligible candidate, from what the filters found."""
    in_person = bool(verdicts.in_person[at])
    remote: frozenset[str] = frozenset()
    if verdicts.remote[at]:
        offered, delivery = offered_delivery(record), ctx.profile.delivery
        remote = (offered & delivery if delivery else offered) - {IN_PERSON}
    miles = float(found.miles[at])
    open_now = None if verdicts.open_now is None else OPEN_NOW_OF[int(verdicts.open_now[at])]
    return Fit(
        in_person=in_person,
        remote=remote,
        site=record.sites[found.site[at]] if in_person else None,
        miles=miles if in_person and not isnan(miles) else None,
        open_now=open_now,
        fee_listed=record.cost.free or record.cost.min_fee is not None,
    )


def judge(columns: ServiceColumns, found: Reach, ctx: Context) -> Verdicts:
    """Apply every hard filter to every candidate."""
    p, place, rows = ctx.profile, ctx.profile.place, found.rows
    failed: list[tuple[str, Mask]] = []
    if p.exclude_service_ids:
        excluded = [columns.row_of[i] for i in p.exclude_service_ids if i in columns.row_of]
        failed.append(("excluded_by_request", np.isin(rows, excluded)))
    failed.append(("out_of_area", ~found.in_area))
    populations = columns.eligible_populations
    eligible_for = populations.any_of(rows, populations.query(ctx.populations))
    failed.append(("population", columns.restricted[rows] & ~eligible_for))
    if p.age is not None:
        failed.append(("age", (p.age < columns.min_age[rows]) | (p.age > columns.max_age[rows])))
    if p.languages:
        spoken = columns.spoken.any_of(rows, columns.spoken.query(p.languages))
        failed.append(("language", ~columns.interpretation[rows] & ~spoken))
    if not p.include_waitlisted:
        failed.append(("at_capacity", ~columns.accepting[rows]))
    if p.max_per_session is not None:
        failed.append(("over_budget", columns.lowest_fee[rows] > p.max_per_session))
    if p.payment:
        takes = columns.payments.any_of(rows, columns.payments.query(p.payment))
        failed.append(("payment", columns.takes_listed_payments[rows] & ~takes))
    offered = columns.offered
    if p.delivery:
        failed.append(("delivery", ~offered.any_of(rows, offered.query(p.delivery))))
        wants_in_person = IN_PERSON in p.delivery
        remote_modes = offered.any_of(rows, offered.query(p.delivery - {IN_PERSON}))
    else:
        wants_in_person = True
        remote_modes = columns.remote_offered[rows]
    in_person = found.on_site & columns.in_person_offered[rows]
    if not wants_in_person:
        in_person = np.zeros(len(rows), dtype=np.bool_)
    # Licences govern remote care (licensure.is_licensed_for).
    licensed = columns.licensed_everywhere[rows]
    if place is not None:
        states = columns.licensed_states
        licensed = licensed | states.any_of(rows, states.query(((place.state or "").upper(),)))
    remote = remote_modes & licensed
    unusable = ~in_person & ~remote
    failed.append(("not_licensed_in_state", unusable & remote_modes))
    failed.append(("too_far", unusable & ~remote_modes))
    codes = np.zeros(len(rows), dtype=np.int8)
    for reason, mask in reversed(failed):
        codes = np.where(mask, CODE[reason], codes)
    open_now = None
    if ctx.hours_matter:  # last, and only for those no other filter excluded
        open_now = np.full(len(rows), UNKNOWN, dtype=np.int8)
        survivors = np.flatnonzero(codes == 0)
        open_now[survivors] = columns.hours.status(rows[survivors], ctx.clock)
        if p.open_now:
            codes[survivors[open_now[survivors] == CLOSED]] = CODE["closed_now"]
    return Verdicts(codes, in_person, remote, open_now)
