"""Fill our extensions where the data does not give them, and read what words can tell:
kind, delivery, topics, payments, free-text fees, wait_time and 1.x eligibility words.

A column of ours present in the file is the truth and is never overridden (extensions.py).
"""

from collections import defaultdict

from app.directory import models as m
from app.directory.hsds import infer
from app.directory.hsds.draft import Draft, make
from app.directory.hsds.fees import read_fees
from app.directory.hsds.values import wait_days

_ADULT = {"adult", "adults", "adults only", "18+", "18 and over", "18 and older", "age 18+"}
_POPULATION_WORDS = {"veteran": "veteran", "veterans": "veteran", "military veterans": "veteran"}


class _Facts:
    """Per-service lookups over the draft's child rows."""

    def __init__(self, draft: Draft) -> None:
        rows = draft.rows
        terms = {t.id: t.name for t in rows.taxonomy_terms}
        self.taxonomy: dict[str, list[str]] = defaultdict(list)
        for link in rows.attributes:
            if link.taxonomy_term_id in terms:
                self.taxonomy[link.link_id].append(terms[link.taxonomy_term_id])
        virtual = {loc.id for loc in rows.locations if loc.location_type == "virtual"}
        self.sited = {
            s.service_id for s in rows.service_at_locations if s.location_id not in virtual
        }
        self.phone_types: dict[str, set[str]] = defaultdict(set)
        for phone in rows.phones:
            if phone.service_id:
                self.phone_types[phone.service_id].add(phone.type)
        self.costed = {c.service_id for c in rows.cost_options}
        # cost_options.csv with our cost_type column states every cost (our own export):
        # a service without a row there has none, whatever its fees text says.
        table = draft.package.table("cost_options.csv")
        self.costs_stated = table is not None and "cost_type" in table.columns
        self.payments: dict[str, set[str]] = defaultdict(set)
        for pay in rows.payments:
            self.payments[pay.service_id].add(pay.payment)
        self.eligibility: dict[str, list[str]] = defaultdict(list)
        for row in rows.eligibilities:
            self.eligibility[row.service_id].append(row.eligibility)


def _kind(draft: Draft, svc: m.Service, facts: _Facts) -> None:
    found = infer.infer_kind(svc.name, svc.description, facts.taxonomy.get(svc.id, []))
    svc.kind = found.value
    label = f"{found.value} from {found.source}" if found.source else found.value
    draft.summary.infer("services had no kind", label)


def _delivery(draft: Draft, svc: m.Service, facts: _Facts) -> None:
    hints = draft.delivery_hints.get(svc.id, [])
    text = " ".join([svc.name, svc.description or "", *hints])
    svc.delivery = infer.infer_delivery(
        text,
        has_site=svc.id in facts.sited,
        phone_types=facts.phone_types.get(svc.id, set()),
        kind=svc.kind,
    )
    draft.summary.infer("services had no delivery", ", ".join(svc.delivery) or "nothing (empty)")


def _topics(draft: Draft, svc: m.Service, facts: _Facts) -> None:
    text = " ".join([*facts.taxonomy.get(svc.id, []), svc.name, svc.description or ""])
    svc.topics = infer.infer_topics(text)
    if svc.topics:
        draft.summary.infer("services had no topics", *svc.topics)


def _fees(draft: Draft, svc: m.Service, facts: _Facts) -> None:
    if not svc.fees_description or svc.id in facts.costed or facts.costs_stated:
        return
    reading = read_fees(svc.fees_description)
    if reading is None:
        draft.summary.notes["services: fees text not understood, kept as text only"] += 1
        return
    draft.rows.cost_options.append(
        make(
            m.CostOption,
            id=f"{svc.id}-cost-from-fees",
            service_id=svc.id,
            cost_type=reading.cost_type,
            amount=reading.amount,
            amount_max=reading.amount_max,
            currency=reading.currency,
        )
    )
    draft.summary.infer("services had fees only as text", reading.cost_type)


def _payments(draft: Draft, svc: m.Service, facts: _Facts, listed: list[str] | None) -> None:
    if listed is not None:  # our own column: exactly these
        draft.rows.payments = [p for p in draft.rows.payments if p.service_id != svc.id]
        new = list(dict.fromkeys(listed))
    else:
        have = facts.payments.get(svc.id, set())
        new = [p for p in infer.infer_payments(svc.fees_description or "") if p not in have]
        if new:
            draft.summary.infer("services named payment methods only in their fees text", *new)
    for code in new:
        draft.rows.payments.append(
            make(m.PaymentAccepted, id=f"{svc.id}-pay-{code}", service_id=svc.id, payment=code)
        )


def _eligibility(draft: Draft, svc: m.Service, facts: _Facts, ext: dict[str, object]) -> None:
    words = facts.eligibility.get(svc.id, [])
    for text in words:
        lower = text.strip().lower()
        if lower in _ADULT and svc.minimum_age is None:
            svc.minimum_age = 18
            draft.summary.infer(
                "services had eligibility only as words", f"minimum_age 18 ('{text}')"
            )
        population = _POPULATION_WORDS.get(lower)
        if (
            population
            and "eligible_populations" not in ext
            and population not in svc.eligible_populations
        ):
            svc.eligible_populations = [*svc.eligible_populations, population]
            draft.summary.infer("services had eligibility only as words", f"{population} only")


def enrich(draft: Draft) -> None:
    """Infer what each service lacks and record every inference in the summary."""
    facts = _Facts(draft)
    for svc in draft.rows.services:
        ext = draft.service_ext.get(svc.id, {})
        if not ext.get("kind"):
            _kind(draft, svc, facts)
        if "delivery" not in ext:
            _delivery(draft, svc, facts)
        if "topics" not in ext:
            _topics(draft, svc, facts)
        _fees(draft, svc, facts)
        _payments(draft, svc, facts, ext.get("payment_accepted"))
        for i, text in enumerate(ext.get("eligibility") or []):
            draft.rows.eligibilities.append(
                make(
                    m.Eligibility,
                    id=f"{svc.id}-eligibility-{i}",
                    service_id=svc.id,
                    eligibility=text,
                )
            )
        _eligibility(draft, svc, facts, ext)
        if ext.get("wait_days") is None and svc.wait_time and svc.wait_days is None:
            days = wait_days(svc.wait_time)
            if days is not None:
                svc.wait_days = days
                draft.summary.infer("services had wait_time as words", f"wait_days {days}")
    missing = sum(1 for loc in draft.rows.locations if loc.latitude is None)
    if missing:
        draft.summary.notes["locations without coordinates (kept; distance search skips them)"] = (
            missing
        )
