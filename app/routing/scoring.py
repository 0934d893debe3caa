"""Soft scores: each eligible service earns points for fitting the person, with a reason.

Components (weights sum to 1.0): access (distance or remote), wait against urgency, cost
fit, topics, populations, language, kind fit and freshness of verification. Every point
awarded comes with a sentence a person can read, so the order is explainable.
"""

from collections.abc import Callable
from datetime import date

from app.routing.crisis import POPULATION_TEXT
from app.routing.eligibility import ONLINE, Context, Fit, accepted_payments
from app.routing.geometry import distance_band
from app.routing.records import ServiceRecord
from app.routing.referral import Reason
from app.routing.relevance import kind_fit, person_topics, topic_fit
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
# Remote modes in the order a person reads them: "by phone, video, text and online chat".
MODE_TEXT = {"phone": "phone", "video": "video", "text": "text", "chat": "online chat"}


def _listed(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def delivery_phrase(modes: frozenset[str]) -> str:
    """Say how a service can be used remotely: "Available online and by phone and text"."""
    order = list(MODE_TEXT)
    ways = sorted(modes - {ONLINE}, key=lambda m: (order.index(m) if m in order else 9, m))
    by = "by " + _listed([MODE_TEXT.get(m, m.replace("_", " ")) for m in ways]) if ways else ""
    if ONLINE in modes:
        return "Available online" + (" and " + by if by else "")
    return "Available " + by


def _money(value: float) -> str:
    return f"${value:,.0f}" if value == int(value) else f"${value:,.2f}"


class Explain:
    """Collects reasons only when they will be shown: ranking needs the numbers alone."""

    __slots__ = ("on", "reasons")

    def __init__(self, on: bool) -> None:
        self.on = on
        self.reasons: list[Reason] = []

    def say(self, code: str, text: Callable[[], str]) -> None:
        if self.on:
            self.reasons.append(Reason(code, text()))


_SILENT = (Explain(False),) * 8


def _access(record: ServiceRecord, fit: Fit, ctx: Context, why: Explain) -> float:
    value = 0.0
    miles, site = fit.miles, fit.site
    if fit.in_person:
        if miles is not None:
            value = 1.0 - min(miles, ctx.max_miles) / (ctx.max_miles or 1.0)
            if site is not None and site.confidential:
                why.say(
                    "distance",
                    lambda: f"In person, {distance_band(miles)} (address shared on contact)",
                )
            else:
                why.say("distance", lambda: f"{miles:.1f} miles away")
        else:
            value = 0.5
            why.say("in_person", lambda: "In person in your state")
    if fit.remote:
        value = max(value, 0.6)
        modes = fit.remote
        why.say("remote", lambda: delivery_phrase(modes))
    return value


def _wait(record: ServiceRecord, fit: Fit, ctx: Context, why: Explain) -> float:
    if not record.accepting_new_clients:
        why.say("waitlist", lambda: "Waitlist only: not taking new clients right now")
        return 0.0
    urgency = ctx.profile.urgency if ctx.profile.urgency in WAIT_STEPS else "routine"
    value = 0.1
    days = record.wait_days
    if record.open_24_7 or days == 0:
        value = 1.0
        why.say("wait", lambda: "Sees people the same day")
    elif days is not None:
        value = next((v for limit, v in WAIT_STEPS[urgency] if days <= limit), 0.1)
        why.say("wait", lambda: f"Usually sees new clients within {days} days")
    if fit.open_now:
        why.say("open_now", lambda: "Open now")
        value = min(1.0, value + (0.3 if urgency == "immediate" else 0.0))
    elif fit.open_now is None and ctx.profile.open_now:
        why.say("hours_unknown", lambda: "Opening hours not listed: call first")
    return value


def _cost(record: ServiceRecord, ctx: Context, why: Explain) -> float:
    cost, budget = record.cost, ctx.profile.max_per_session
    limit = (lambda: f", within your {_money(budget)} limit") if budget is not None else str
    low, high = cost.min_fee, cost.max_fee
    if cost.free:
        value = 1.0
        why.say("cost", lambda: "Free")
    elif low is None:
        value = 0.3
        why.say("fee_not_listed", lambda: "Fee not listed: ask when you call")
    elif cost.sliding_scale:
        value = 0.8
        top = (lambda: f"-{_money(high)}") if high and high > low else str
        why.say("cost", lambda: f"Sliding scale {_money(low)}{top()}{limit()}")
    else:
        value = 0.6 if budget is None else 0.6 + 0.4 * (1 - low / max(budget, 1.0))
        why.say("cost", lambda: f"{_money(low)} per session{limit()}")
    matched = ctx.profile.payment & accepted_payments(record) - {"free", "sliding_scale"}
    if why.on:
        why.reasons += [Reason("payment", PAYMENT_TEXT.get(w, w)) for w in sorted(matched)]
    return min(1.0, value + (0.3 if matched else 0.0))


def _topics(record: ServiceRecord, wanted: frozenset[str], why: Explain) -> float:
    value, shared = topic_fit(record, wanted)
    if shared:
        why.say(
            "topics",
            lambda: "Works with " + " and ".join(t.replace("_", " ") for t in sorted(shared)),
        )
    return value


def _populations(record: ServiceRecord, ctx: Context, why: Explain) -> float:
    eligible = record.eligible_populations & ctx.populations
    affirming = record.affirming_populations & ctx.populations - record.eligible_populations
    if why.on:
        why.reasons += [
            Reason("population", f"Specifically for {POPULATION_TEXT.get(p, p)}")
            for p in sorted(eligible)
        ]
        why.reasons += [
            Reason("affirming", f"Affirming of {POPULATION_TEXT.get(p, p)}")
            for p in sorted(affirming)
        ]
    if not ctx.populations:
        return 0.5
    return min(1.0, (len(eligible) + len(affirming)) / len(ctx.populations))


def _language(record: ServiceRecord, ctx: Context, why: Explain) -> float:
    wanted = ctx.profile.languages
    if not wanted:
        return 0.5
    spoken = record.languages or frozenset({"en"})
    match = next(((rank, code) for rank, code in enumerate(wanted) if code in spoken), None)
    if match is None:
        why.say("interpretation", lambda: "Interpretation available")
        return 0.4
    rank, code = match
    why.say("language", lambda: f"Speaks {LANGUAGES.get(code, (code, code))[0]}")
    return 1.0 - 0.2 * rank


def _kind(record: ServiceRecord, wanted: frozenset[str], why: Explain) -> float:
    if why.on:
        why.reasons += KIND_TEXT.get(record.kind, [])
    return kind_fit(record, wanted)


def _fresh(record: ServiceRecord, today: date, why: Explain) -> float:
    if record.is_sample:
        why.say("sample", lambda: "SAMPLE listing: fictional, for demonstration only")
        return 0.0
    verified = record.verified_at
    if verified is None:
        why.say("unverified", lambda: "Not yet verified")
        return 0.0
    age_days = (today - verified).days
    stale = "" if age_days <= 365 else " (may be out of date)"
    why.say("verified", lambda: f"Verified {verified.isoformat()}{stale}")
    return 1.0 if age_days <= 180 else (0.5 if age_days <= 365 else 0.0)


def score(
    record: ServiceRecord, fit: Fit, ctx: Context, *, explain: bool = True
) -> tuple[float, tuple[Reason, ...]]:
    """Score an eligible service in [0, 1] and say why (only when `explain`), telling first."""
    # Reasons are listed in this order: what is most specific to the person first.
    # Ranking (explain=False) shares one silent collector: it never records anything.
    explainers = tuple(Explain(True) for _ in range(8)) if explain else _SILENT
    population, topics, cost, access, wait, language, kind, fresh = explainers
    wanted = person_topics(ctx.topics)
    total = (
        WEIGHTS["access"] * _access(record, fit, ctx, access)
        + WEIGHTS["wait"] * _wait(record, fit, ctx, wait)
        + WEIGHTS["cost"] * _cost(record, ctx, cost)
        + WEIGHTS["topics"] * _topics(record, wanted, topics)
        + WEIGHTS["population"] * _populations(record, ctx, population)
        + WEIGHTS["language"] * _language(record, ctx, language)
        + WEIGHTS["kind"] * _kind(record, wanted, kind)
        + WEIGHTS["fresh"] * _fresh(record, ctx.now.date(), fresh)
    )
    # An unrelated specialist's topic penalty can take a poor fit below zero.
    value = round(max(0.0, total), 4)
    if not explain:
        return value, ()
    return value, tuple(r for group in explainers for r in group.reasons)
