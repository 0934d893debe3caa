"""Every rankable service's attributes as arrays, so one request judges all its candidates
at once (batch_eligibility.py) and scores them at once (batch_scoring.py).

Row i is `records[i]`; records are in id order, so a lower row is a lower id and ties break
by row. Each column holds what a per-record rule reads, derived by that rule's own code
where it has a function for it (offered_delivery, accepted_payments, licensed_states,
wait_value, ...), so the batch and per-record answers agree; tests hold them to that.
"""

from collections.abc import Sequence
from datetime import date

import numpy as np

from app.routing.eligibility import DEFAULT_LANGUAGE, accepted_payments, offered_delivery
from app.routing.licensure import licensed_states
from app.routing.opening_columns import OpeningColumns
from app.routing.records import ServiceRecord
from app.routing.relevance import SUBSTANCE, is_specialist, kind_fit
from app.routing.score_values import CURRENT_DAYS, FRESH_DAYS, WAIT_STEPS, cost_value, wait_value
from app.routing.tags import TagColumn
from app.routing.vocabulary import LICENSED_KINDS

IN_PERSON = "in_person"
WITH_SUBSTANCE = frozenset({SUBSTANCE})  # a person whose need includes substance use


def _floats(values: Sequence[float | None], missing: float) -> np.ndarray:
    return np.array([missing if v is None else v for v in values], dtype=np.float64)


def _flags(values: Sequence[bool]) -> np.ndarray:
    return np.array(values, dtype=np.bool_)


class ServiceColumns:
    """Columns over `records` (crisis lines excluded: no filter or score applies to them)."""

    def __init__(self, records: Sequence[ServiceRecord]) -> None:
        self.records = tuple(records)
        self.row_of = {r.id: row for row, r in enumerate(self.records)}
        rs = self.records
        # Who may use it.
        self.no_areas = _flags([not r.areas for r in rs])
        self.eligible_populations = TagColumn([r.eligible_populations for r in rs])
        self.restricted = _flags([bool(r.eligible_populations) for r in rs])
        self.min_age = _floats([r.min_age for r in rs], -np.inf)
        self.max_age = _floats([r.max_age for r in rs], np.inf)
        self.spoken = TagColumn([r.languages or {DEFAULT_LANGUAGE} for r in rs])
        self.interpretation = _flags([r.interpretation for r in rs])
        self.accepting = _flags([r.accepting_new_clients for r in rs])
        # within_budget: free, or an unlisted fee, is within any budget.
        self.lowest_fee = _floats([None if r.cost.free else r.cost.min_fee for r in rs], -np.inf)
        payments = [accepted_payments(r) for r in rs]
        self.payments = TagColumn(payments)
        self.takes_listed_payments = _flags([bool(p) for p in payments])
        offered = [offered_delivery(r) for r in rs]
        self.offered = TagColumn(offered)
        self.remote_offered = _flags([bool(o - {IN_PERSON}) for o in offered])
        self.in_person_offered = _flags([IN_PERSON in o for o in offered])
        # Only by visiting a located site: found near the person, never by area alone.
        self.in_person_only = _flags(
            [o == {IN_PERSON} and r.located for r, o in zip(rs, offered, strict=True)]
        )
        licences = [licensed_states(r) if r.kind in LICENSED_KINDS else None for r in rs]
        self.licensed_everywhere = _flags([states is None for states in licences])
        self.licensed_states = TagColumn([states or () for states in licences])
        # How well it fits.
        # relevance.kind_fit, with and without a substance-use signal from the person.
        self.kind_fit = np.array([kind_fit(r, WITH_SUBSTANCE) for r in rs])
        self.kind_fit_without_substance = np.array([kind_fit(r, frozenset()) for r in rs])
        self.topics = TagColumn([r.topics for r in rs])
        self.listed_topics = _flags([bool(r.topics) for r in rs])
        self.specialist = _flags([is_specialist(r) for r in rs])
        self.welcomes = TagColumn([r.eligible_populations | r.affirming_populations for r in rs])
        self.fixed_fee = _flags(
            [not r.cost.free and r.cost.min_fee is not None and not r.cost.sliding_scale
             for r in rs]
        )  # fmt: skip
        self.fee = _floats([r.cost.min_fee for r in rs], np.nan)
        # The fee's value without a budget; fixed fees are recomputed against a budget.
        self.cost_value = np.array([cost_value(r, None) for r in rs])
        self.wait = {
            urgency: np.array([wait_value(r, urgency) if r.accepting_new_clients else 0.0
                               for r in rs])
            for urgency in WAIT_STEPS
        }  # fmt: skip
        # Sample and unverified listings never earn freshness.
        self._verified = np.array(
            [r.verified_at.toordinal() if r.verified_at and not r.is_sample else -(10**9)
             for r in rs], dtype=np.int64
        )  # fmt: skip
        self._freshness: tuple[date, np.ndarray] | None = None
        self.hours = OpeningColumns(rs)

    def freshness(self, today: date) -> np.ndarray:
        """Every row's freshness score (scoring._fresh) on `today`, worked out once a day."""
        cached = self._freshness
        if cached is None or cached[0] != today:
            age = today.toordinal() - self._verified
            value = np.where(age <= FRESH_DAYS, 1.0, np.where(age <= CURRENT_DAYS, 0.5, 0.0))
            cached = self._freshness = (today, value)
        return cached[1]
