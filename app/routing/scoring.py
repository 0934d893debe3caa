"""Soft scores: each eligible service earns points for fitting the person, with a reason.

Components (weights sum to 1.0): access (distance or remote), wait against urgency, cost
fit, topics, populations, language, kind fit and freshness of verification. Every point
awarded comes with a sentence a person can read, so the order is explainable.
"""

from datetime import date
from functools import lru_cache
from itertools import chain

from app.routing.crisis import POPULATION_TEXT
from app.routing.eligibility import ONLINE, Context, Fit, accepted_payments
from app.routing.geometry import distance_band
from app.routing.records import ServiceRecord
from app.routing.referral import Reason
from app.routing.relevance import kind_fit, topic_fit
from app.routing.score_values import (
    CURRENT_DAYS,
    FRESH_DAYS,
    IMPLIED_PAYMENTS,
    IN_STATE,
    INTERPRETED,
    LANGUAGE_RANK_STEP,
    NEUTRAL,
    OPEN_NOW_BONUS,
    PAYMENT_MATCHED,
    REMOTE,
    cost_value,
    wait_urgency,
    wait_value,
    weighted_sum,
)
from app.routing.vocabulary import LANGUAGES

KIND_TEXT = {
    "search_tool": [Reason("search_tool", "A directory to search for more options")],
    "training": [Reason("training", "Training, not treatment")],
    "support_group": [Reason("support_group", "A support group")],
    "warmline": [Reason("warmline", "A warmline: someone to talk to when it's not an emergency")],
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


@lru_cache(maxsize=64)  # a handful of mode sets recur in every answer
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


# A component's reasons go into this list; None when ranking, which needs the numbers
# alone: then no sentence is built (most of scoring's cost when it was built regardless).
Reasons = list[Reason] | None


def _access(fit: Fit, ctx: Context, why: Reasons) -> float:
    value = 0.0
    miles, site = fit.miles, fit.site
    if fit.in_person:
        if miles is not None:
            value = 1.0 - min(miles, ctx.max_miles) / (ctx.max_miles or 1.0)
            if why is not None:
                if site is not None and site.confidential:
                    text = f"In person, {distance_band(miles)} (address shared on contact)"
                else:
                    text = f"{miles:.1f} miles away"
                why.append(Reason("distance", text))
        else:
            value = IN_STATE
            if why is not None:
                why.append(Reason("in_person", "In person in your state"))
    if fit.remote:
        value = max(value, REMOTE)
        if why is not None:
            why.append(Reason("remote", delivery_phrase(fit.remote)))
    return value


def _wait(record: ServiceRecord, fit: Fit, ctx: Context, why: Reasons) -> float:
    if not record.accepting_new_clients:
        if why is not None:
            why.append(Reason("waitlist", "Waitlist only: not taking new clients right now"))
        return 0.0
    urgency = wait_urgency(ctx.profile.urgency)
    value = wait_value(record, urgency)
    days = record.wait_days
    if why is not None:
        if record.open_24_7 or days == 0:
            why.append(Reason("wait", "Sees people the same day"))
        elif days is not None:
            why.append(Reason("wait", f"Usually sees new clients within {days} days"))
    if fit.open_now:
        if why is not None:
            why.append(Reason("open_now", "Open now"))
        value = min(1.0, value + (OPEN_NOW_BONUS if urgency == "immediate" else 0.0))
    elif fit.open_now is None and ctx.profile.open_now and why is not None:
        why.append(Reason("hours_unknown", "Opening hours not listed: call first"))
    return value


def _cost_text(record: ServiceRecord, budget: float | None) -> Reason:
    cost, low, high = record.cost, record.cost.min_fee, record.cost.max_fee
    limit = f", within your {_money(budget)} limit" if budget is not None else ""
    if cost.free:
        return Reason("cost", "Free")
    if low is None:
        return Reason("fee_not_listed", "Fee not listed: ask when you call")
    if cost.sliding_scale:
        top = f"-{_money(high)}" if high and high > low else ""
        return Reason("cost", f"Sliding scale {_money(low)}{top}{limit}")
    return Reason("cost", f"{_money(low)} per session{limit}")


def _cost(record: ServiceRecord, ctx: Context, why: Reasons) -> float:
    budget = ctx.profile.max_per_session
    value = cost_value(record, budget)
    wanted = ctx.profile.payment
    matched = wanted & accepted_payments(record) - IMPLIED_PAYMENTS if wanted else ()
    if why is not None:
        why.append(_cost_text(record, budget))
        why += [Reason("payment", PAYMENT_TEXT.get(w, w)) for w in sorted(matched)]
    return min(1.0, value + (PAYMENT_MATCHED if matched else 0.0))


def _topics(record: ServiceRecord, wanted: frozenset[str], why: Reasons) -> float:
    value, shared = topic_fit(record, wanted)
    if shared and why is not None:
        named = " and ".join(t.replace("_", " ") for t in sorted(shared))
        why.append(Reason("topics", "Works with " + named))
    return value


def _populations(record: ServiceRecord, ctx: Context, why: Reasons) -> float:
    if not ctx.populations:
        return NEUTRAL  # nothing of the person's to be specifically for or affirming of
    eligible = record.eligible_populations & ctx.populations
    affirming = record.affirming_populations & ctx.populations - record.eligible_populations
    if why is not None:
        why += [
            Reason("population", f"Specifically for {POPULATION_TEXT.get(p, p)}")
            for p in sorted(eligible)
        ]
        why += [
            Reason("affirming", f"Affirming of {POPULATION_TEXT.get(p, p)}")
            for p in sorted(affirming)
        ]
    return min(1.0, (len(eligible) + len(affirming)) / len(ctx.populations))


def _language(record: ServiceRecord, ctx: Context, why: Reasons) -> float:
    wanted = ctx.profile.languages
    if not wanted:
        return NEUTRAL
    spoken = record.languages or frozenset({"en"})
    match = next(((rank, code) for rank, code in enumerate(wanted) if code in spoken), None)
    if match is None:
        if why is not None:
            why.append(Reason("interpretation", "Interpretation available"))
        return INTERPRETED
    rank, code = match
    if why is not None:
        why.append(Reason("language", f"Speaks {LANGUAGES.get(code, (code, code))[0]}"))
    return 1.0 - LANGUAGE_RANK_STEP * rank


def _kind(record: ServiceRecord, wanted: frozenset[str], why: Reasons) -> float:
    if why is not None:
        why += KIND_TEXT.get(record.kind, [])
    return kind_fit(record, wanted)


def _fresh(record: ServiceRecord, today: date, why: Reasons) -> float:
    if record.is_sample:
        if why is not None:
            why.append(Reason("sample", "SAMPLE listing: fictional, for demonstration only"))
        return 0.0
    verified = record.verified_at
    if verified is None:
        if why is not None:
            why.append(Reason("unverified", "Not yet verified"))
        return 0.0
    age_days = (today - verified).days
    if why is not None:
        stale = "" if age_days <= CURRENT_DAYS else " (may be out of date)"
        why.append(Reason("verified", f"Verified {verified.isoformat()}{stale}"))
    return 1.0 if age_days <= FRESH_DAYS else (0.5 if age_days <= CURRENT_DAYS else 0.0)


def score(
    record: ServiceRecord, fit: Fit, ctx: Context, *, explain: bool = True
) -> tuple[float, tuple[Reason, ...]]:
    """Score an eligible service in [0, 1] and say why (only when `explain`), telling first."""
    # Reasons are listed in this order: what is most specific to the person first.
    groups: tuple[Reasons, ...] = ([], [], [], [], [], [], [], []) if explain else (None,) * 8
    population, topics, cost, access, wait, language, kind, fresh = groups
    wanted, today = ctx.wanted_topics, ctx.now.date()
    total = weighted_sum(
        (
            _access(fit, ctx, access),
            _wait(record, fit, ctx, wait),
            _cost(record, ctx, cost),
            _topics(record, wanted, topics),
            _populations(record, ctx, population),
            _language(record, ctx, language),
            _kind(record, wanted, kind),
            _fresh(record, today, fresh),
        )
    )
    # An unrelated specialist's topic penalty can take a poor fit below zero.
    value = round(total, 4) if total > 0.0 else 0.0
    if not explain:
        return value, ()
    return value, tuple(chain.from_iterable(group for group in groups if group))
