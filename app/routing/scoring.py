"""Soft scores: each eligible service earns points for fitting the person, with a reason.

Components (weights sum to 1.0): access (distance or remote), wait against urgency, cost
fit, topics, populations, language, kind fit and freshness of verification. Every point
awarded comes with a sentence a person can read, so the order is explainable.
"""

from datetime import date, datetime

from app.routing.crisis import POPULATION_TEXT
from app.routing.eligibility import ONLINE, Context, Fit, accepted_payments
from app.routing.geometry import distance_band
from app.routing.records import ServiceRecord
from app.routing.referral import Reason
from app.routing.vocabulary import LANGUAGES

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
# Counselling-type help first for routine requests; directories and training last.
KIND_FIT = {
    "counseling": 1.0,
    "psychiatry": 0.8,
    "substance_use_treatment": 0.7,
    "peer_support": 0.7,
    "case_management": 0.6,
    "support_group": 0.6,
    "warmline": 0.5,
    "other": 0.4,
    "search_tool": 0.3,
    "training": 0.1,
}
KIND_TEXT = {
    "search_tool": [Reason("search_tool", "A directory to search for more options")],
    "training": [Reason("training", "Training, not treatment")],
    "support_group": [Reason("support_group", "A support group")],
    "warmline": [Reason("warmline", "A warmline: someone to talk to when it's not an emergency")],
}
# Walk-in and short waits matter more the more urgent the need.
WAIT_STEPS = {
    "immediate": ((0, 1.0), (1, 0.8), (3, 0.5), (7, 0.2)),
    "soon": ((3, 1.0), (7, 0.8), (14, 0.5), (30, 0.2)),
    "routine": ((7, 1.0), (14, 0.8), (30, 0.5), (60, 0.3)),
}
PAYMENT_TEXT = {
    "free": "Free",
    "sliding_scale": "Sliding scale fees",
    "medicaid": "Accepts Medicaid",
    "medicare": "Accepts Medicare",
    "private_insurance": "Accepts private insurance",
    "tricare": "Accepts TRICARE",
    "self_pay": "Accepts self-pay",
}
MODE_TEXT = {"video": "video", "phone": "phone", "text": "text", "chat": "chat", ONLINE: "online"}


def _money(value: float) -> str:
    return f"${value:,.0f}" if value == int(value) else f"${value:,.2f}"


def _access(record: ServiceRecord, fit: Fit, ctx: Context) -> tuple[float, list[Reason]]:
    reasons: list[Reason] = []
    value = 0.0
    if fit.in_person:
        if fit.miles is not None:
            value = 1.0 - min(fit.miles, ctx.max_miles) / (ctx.max_miles or 1.0)
            if fit.site is not None and fit.site.confidential:
                text = f"In person, {distance_band(fit.miles)} (address shared on contact)"
            else:
                text = f"{fit.miles:.1f} miles away"
            reasons.append(Reason("distance", text))
        else:
            value = 0.5
            reasons.append(Reason("in_person", "In person in your state"))
    if fit.remote:
        value = max(value, 0.6)
        modes = " and ".join(MODE_TEXT.get(m, m) for m in sorted(fit.remote))
        reasons.append(Reason("remote", f"Available by {modes}"))
    return value, reasons


def _wait(record: ServiceRecord, fit: Fit, ctx: Context) -> tuple[float, list[Reason]]:
    if not record.accepting_new_clients:
        return 0.0, [Reason("waitlist", "Waitlist only: not taking new clients right now")]
    urgency = ctx.profile.urgency if ctx.profile.urgency in WAIT_STEPS else "routine"
    reasons: list[Reason] = []
    value = 0.1
    if record.open_24_7 or record.wait_days == 0:
        value = 1.0
        reasons.append(Reason("wait", "Sees people the same day"))
    elif record.wait_days is not None:
        value = next((v for days, v in WAIT_STEPS[urgency] if record.wait_days <= days), 0.1)
        reasons.append(Reason("wait", f"Usually sees new clients within {record.wait_days} days"))
    if fit.open_now:
        reasons.append(Reason("open_now", "Open now"))
        value = min(1.0, value + (0.3 if urgency == "immediate" else 0.0))
    elif fit.open_now is None and ctx.profile.open_now:
        reasons.append(Reason("hours_unknown", "Opening hours not listed: call first"))
    return value, reasons


def _cost(record: ServiceRecord, ctx: Context) -> tuple[float, list[Reason]]:
    cost, budget = record.cost, ctx.profile.max_per_session
    limit = f", within your {_money(budget)} limit" if budget is not None else ""
    if cost.free:
        value, reasons = 1.0, [Reason("cost", "Free")]
    elif cost.min_fee is None:
        value, reasons = 0.3, [Reason("fee_not_listed", "Fee not listed: ask when you call")]
    elif cost.sliding_scale:
        top = f"-{_money(cost.max_fee)}" if cost.max_fee and cost.max_fee > cost.min_fee else ""
        text = f"Sliding scale {_money(cost.min_fee)}{top}{limit}"
        value, reasons = 0.8, [Reason("cost", text)]
    else:
        value = 0.6 if budget is None else 0.6 + 0.4 * (1 - cost.min_fee / max(budget, 1.0))
        reasons = [Reason("cost", f"{_money(cost.min_fee)} per session{limit}")]
    matched = sorted(ctx.profile.payment & accepted_payments(record) - {"free", "sliding_scale"})
    for way in matched:
        reasons.append(Reason("payment", PAYMENT_TEXT.get(way, way)))
    return (min(1.0, value + (0.3 if matched else 0.0)), reasons)


def _topics(record: ServiceRecord, ctx: Context) -> tuple[float, list[Reason]]:
    wanted = ctx.topics
    if not wanted:
        return 0.5, []
    shared = sorted(wanted & record.topics)
    if not shared:
        return 0.0, []
    names = " and ".join(t.replace("_", " ") for t in shared)
    return len(shared) / len(wanted), [Reason("topics", f"Works with {names}")]


def _populations(record: ServiceRecord, ctx: Context) -> tuple[float, list[Reason]]:
    reasons = [
        Reason("population", f"Specifically for {POPULATION_TEXT.get(p, p)}")
        for p in sorted(record.eligible_populations & ctx.populations)
    ]
    reasons += [
        Reason("affirming", f"Affirming of {POPULATION_TEXT.get(p, p)}")
        for p in sorted(
            record.affirming_populations & ctx.populations - record.eligible_populations
        )
    ]
    if not ctx.populations:
        return 0.5, reasons
    return min(1.0, len(reasons) / len(ctx.populations)), reasons


def _language(record: ServiceRecord, ctx: Context) -> tuple[float, list[Reason]]:
    wanted = ctx.profile.languages
    if not wanted:
        return 0.5, []
    spoken = record.languages or frozenset({"en"})
    for rank, code in enumerate(wanted):
        if code in spoken:
            name = LANGUAGES.get(code, (code, code))[0]
            return 1.0 - 0.2 * rank, [Reason("language", f"Speaks {name}")]
    return 0.4, [Reason("interpretation", "Interpretation available")]


def _fresh(record: ServiceRecord, today: date) -> tuple[float, list[Reason]]:
    if record.is_sample:
        return 0.0, [Reason("sample", "SAMPLE listing: fictional, for demonstration only")]
    if record.verified_at is None:
        return 0.0, [Reason("unverified", "Not yet verified")]
    age_days = (today - record.verified_at).days
    value = 1.0 if age_days <= 180 else (0.5 if age_days <= 365 else 0.0)
    stale = "" if age_days <= 365 else " (may be out of date)"
    return value, [Reason("verified", f"Verified {record.verified_at.isoformat()}{stale}")]


def score(record: ServiceRecord, fit: Fit, ctx: Context) -> tuple[float, tuple[Reason, ...]]:
    """Score an eligible service in [0, 1] and say why, most telling reasons first."""
    now: datetime = ctx.now
    parts = {
        "access": _access(record, fit, ctx),
        "wait": _wait(record, fit, ctx),
        "cost": _cost(record, ctx),
        "topics": _topics(record, ctx),
        "population": _populations(record, ctx),
        "language": _language(record, ctx),
        "kind": (KIND_FIT.get(record.kind, 0.4), KIND_TEXT.get(record.kind, [])),
        "fresh": _fresh(record, now.date()),
    }
    total = sum(WEIGHTS[name] * value for name, (value, _) in parts.items())
    order = ("population", "topics", "cost", "access", "wait", "language", "kind", "fresh")
    reasons = tuple(r for name in order for r in parts[name][1])
    return round(total, 4), reasons
