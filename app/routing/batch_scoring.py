"""Soft scores for every eligible candidate at once: scoring.score's numbers, no sentences.

Each component is computed with the same operations in the same order as scoring.py's, so
the totals are the same floating-point numbers; `best` then rounds them as score() does and
picks the top `limit` by (score, id). Only the services shown get their sentences, from
scoring.score itself. Tests hold this module and scoring.py to the same scores.
"""

from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from app.routing.columns import ServiceColumns
from app.routing.eligibility import Context
from app.routing.opening_columns import OPEN
from app.routing.relevance import (
    NO_NEED,
    SPECIALIST_NO_NEED,
    SUBSTANCE,
    UNLISTED,
    UNRELATED,
    UNRELATED_SPECIALIST,
)
from app.routing.row_sets import Floats, Mask, Rows
from app.routing.score_values import (
    FEE_UNDER_BUDGET,
    FIXED_FEE,
    IMPLIED_PAYMENTS,
    IN_STATE,
    INTERPRETED,
    LANGUAGE_RANK_STEP,
    NEUTRAL,
    OPEN_NOW_BONUS,
    PAYMENT_MATCHED,
    REMOTE,
    wait_urgency,
    weighted_sum,
)


class Eligible(NamedTuple):
    """The eligible candidates and how the person can use each."""

    rows: Rows  # ascending
    miles: Floats  # to the nearest site within reach (nan when unknown)
    in_person: Mask
    remote: Mask
    open_now: NDArray[np.int8] | None  # when hours matter


def _access(e: Eligible, ctx: Context) -> Floats:
    most = ctx.max_miles
    by_distance = 1.0 - np.minimum(e.miles, most) / (most or 1.0)
    value = np.where(e.in_person, np.where(np.isnan(e.miles), IN_STATE, by_distance), 0.0)
    return np.where(e.remote, np.maximum(value, REMOTE), value)


def _wait(c: ServiceColumns, e: Eligible, ctx: Context) -> Floats:
    urgency = wait_urgency(ctx.profile.urgency)
    value = c.wait[urgency][e.rows]  # 0 when not taking new clients, and no bonus then
    if e.open_now is not None and urgency == "immediate":
        bonus = (e.open_now == OPEN) & c.accepting[e.rows]
        value = np.where(bonus, np.minimum(1.0, value + OPEN_NOW_BONUS), value)
    return value


def _cost(c: ServiceColumns, e: Eligible, ctx: Context) -> Floats:
    budget, wanted = ctx.profile.max_per_session, ctx.profile.payment
    value = c.cost_value[e.rows]
    if budget is not None:
        against = FIXED_FEE + FEE_UNDER_BUDGET * (1 - c.fee[e.rows] / max(budget, 1.0))
        value = np.where(c.fixed_fee[e.rows], against, value)
    matched = c.payments.any_of(e.rows, c.payments.query(wanted - IMPLIED_PAYMENTS))
    return np.minimum(1.0, value + np.where(matched, PAYMENT_MATCHED, 0.0))


def _topics(c: ServiceColumns, e: Eligible, wanted: frozenset[str]) -> Floats:
    specialist = c.specialist[e.rows]
    if not wanted:
        return np.where(specialist, SPECIALIST_NO_NEED, NO_NEED)
    shared = c.topics.count_of(e.rows, c.topics.query(wanted))
    unrelated = np.where(specialist, UNRELATED_SPECIALIST, UNRELATED)
    value = np.where(shared > 0, 0.5 + 0.5 * shared / len(wanted), unrelated)
    return np.where(c.listed_topics[e.rows], value, UNLISTED)


def _populations(c: ServiceColumns, e: Eligible, ctx: Context) -> Floats:
    if not ctx.populations:
        return np.full(len(e.rows), NEUTRAL)
    welcome = c.welcomes.count_of(e.rows, c.welcomes.query(ctx.populations))
    return np.minimum(1.0, welcome / len(ctx.populations))


def _language(c: ServiceColumns, e: Eligible, ctx: Context) -> Floats:
    wanted = ctx.profile.languages
    value = np.full(len(e.rows), NEUTRAL if not wanted else INTERPRETED)
    for rank in reversed(range(len(wanted))):  # the first language spoken decides
        value = np.where(c.spoken.has(e.rows, wanted[rank]), 1.0 - LANGUAGE_RANK_STEP * rank, value)
    return value


def _kind(c: ServiceColumns, e: Eligible, wanted: frozenset[str]) -> Floats:
    fits = c.kind_fit if SUBSTANCE in wanted else c.kind_fit_without_substance
    return fits[e.rows]


def totals(columns: ServiceColumns, eligible: Eligible, ctx: Context) -> Floats:
    """Each eligible candidate's score before rounding, added up as score() adds it."""
    wanted = ctx.wanted_topics
    total: Floats = weighted_sum(
        (
            _access(eligible, ctx),
            _wait(columns, eligible, ctx),
            _cost(columns, eligible, ctx),
            _topics(columns, eligible, wanted),
            _populations(columns, eligible, ctx),
            _language(columns, eligible, ctx),
            _kind(columns, eligible, wanted),
            columns.freshness(ctx.now.date())[eligible.rows],
        )
    )
    return total


def _ten_thousandths(total: Floats) -> Floats:
    """round(total, 4) * 10_000 for each total, exactly as Python's round() decides it."""
    scaled = total * 10_000.0
    whole = np.rint(scaled)
    # Where the scaled total lies a hair from a half, its own rounding may have moved it
    # across: let round() decide those few.
    for i in np.flatnonzero(np.abs(np.abs(scaled - np.floor(scaled)) - 0.5) < 1e-6):
        whole[i] = round(round(float(total[i]), 4) * 10_000)
    return np.where(total > 0.0, whole, 0.0)  # score(): a total at or below zero is 0


def best(total: Floats, rows: Rows, limit: int) -> Rows:
    """Positions of the top `limit` by (score, row), best first, scores rounded as score()
    rounds them."""
    q = _ten_thousandths(total)
    chosen = np.arange(len(q))
    if len(q) > limit:
        kth = np.partition(q, len(q) - limit)[len(q) - limit]
        above = np.flatnonzero(q > kth)
        tied = np.flatnonzero(q == kth)[: limit - len(above)]  # rows ascend: lowest ids
        chosen = np.concatenate((above, tied))
    order: Rows = chosen[np.lexsort((rows[chosen], -q[chosen]))]
    return order
