"""What each part of a score is worth: the weights and the values both scorers use.

scoring.py scores one service and says why; batch_scoring.py scores every candidate of a
request at once, without sentences. Both take their numbers from here, and both add the
components up with `weighted_sum`, in one order, so they give the same floating-point
totals.
"""

from collections.abc import Sequence
from typing import Any

from app.routing.records import ServiceRecord

# Components, in the order a score adds them up (weighted_sum); the weights sum to 1.0.
WEIGHTS = {
    "access": 0.20,
    "wait": 0.15,
    "cost": 0.15,
    "topics": 0.15,
    "population": 0.10,
    "language": 0.05,
    "kind": 0.15,
    "fresh": 0.05,
}
# What parts of components are worth.
IN_STATE = 0.5  # access: in person in the person's state, distance unknown
REMOTE = 0.6  # access: usable remotely
OPEN_NOW_BONUS = 0.3  # wait: open right now, for an immediate need
FREE, FEE_NOT_LISTED, SLIDING_SCALE = 1.0, 0.3, 0.8
FIXED_FEE, FEE_UNDER_BUDGET = 0.6, 0.4  # a fixed fee: more the further under budget it is
PAYMENT_MATCHED = 0.3  # cost: takes a way of paying the person asked for
NEUTRAL = 0.5  # populations or language: the person named none
INTERPRETED = 0.4  # language: none of the person's spoken, interpretation offered
LANGUAGE_RANK_STEP = 0.2  # language: each place down the person's list of languages
FRESH_DAYS, CURRENT_DAYS = 180, 365  # verified this recently: full points, then half
# Payment ways the cost already counts: asking for them earns no payment bonus.
IMPLIED_PAYMENTS = frozenset({"free", "sliding_scale"})
# Walk-in and short waits matter more the more urgent the need.
WAIT_STEPS = {
    "immediate": ((0, 1.0), (1, 0.8), (3, 0.5), (7, 0.2)),
    "soon": ((3, 1.0), (7, 0.8), (14, 0.5), (30, 0.2)),
    "routine": ((7, 1.0), (14, 0.8), (30, 0.5), (60, 0.3)),
}


def wait_urgency(urgency: str) -> str:
    """The urgency whose wait steps apply (an unknown one reads as routine)."""
    return urgency if urgency in WAIT_STEPS else "routine"


def wait_value(record: ServiceRecord, urgency: str) -> float:
    """How soon a service taking new clients sees them, for this urgency (hours aside)."""
    days = record.wait_days
    if record.open_24_7 or days == 0:
        return 1.0
    if days is not None:
        for limit, step_value in WAIT_STEPS[urgency]:
            if days <= limit:
                return step_value
    return 0.1


def cost_value(record: ServiceRecord, budget: float | None) -> float:
    """How well the fee fits the budget, before any payment the person asked for is matched."""
    cost, low = record.cost, record.cost.min_fee
    if cost.free:
        return FREE
    if low is None:
        return FEE_NOT_LISTED
    if cost.sliding_scale:
        return SLIDING_SCALE
    return (
        FIXED_FEE if budget is None else FIXED_FEE + FEE_UNDER_BUDGET * (1 - low / max(budget, 1.0))
    )


def weighted_sum(parts: Sequence[Any]) -> Any:
    """Add up the components (in WEIGHTS' order) as the score does: one service's floats, or
    many services' arrays. One order of additions, so both give the same numbers."""
    access, wait, cost, topics, population, language, kind, fresh = parts
    w = WEIGHTS
    return (
        w["access"] * access
        + w["wait"] * wait
        + w["cost"] * cost
        + w["topics"] * topics
        + w["population"] * population
        + w["language"] * language
        + w["kind"] * kind
        + w["fresh"] * fresh
    )
