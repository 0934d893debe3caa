"""The mix of a synthetic directory: what each kind of service typically offers and costs.

Shares are rough, chosen to resemble US community directories (211 exports, SAMHSA's
locator): most counselling is private-pay or sliding-scale, community mental-health
centres take Medicaid, support groups and peer services are free, a minority speak
Spanish, a few serve only veterans or young people, and some are not taking new clients.
Every draw goes through the caller's seeded RNG, so the mix is reproducible.
"""

import random
from dataclasses import dataclass, field

from app.routing.vocabulary import LICENSED_KINDS

IN_PERSON_KINDS: dict[str, int] = {
    "counseling": 36,
    "psychiatry": 10,
    "support_group": 15,
    "substance_use_treatment": 12,
    "case_management": 11,
    "peer_support": 10,
}
LABELS = {
    "counseling": ("Counseling Center", "Family Therapy", "Therapy Associates", "Wellness Clinic"),
    "psychiatry": ("Psychiatric Services", "Medication Management Clinic", "Behavioral Health"),
    "support_group": ("Grief Support Group", "Anxiety Support Circle", "Family Support Group"),
    "substance_use_treatment": ("Recovery Center", "Outpatient Addiction Program", "Detox"),
    "case_management": ("Care Coordination", "Community Support Services", "Case Management"),
    "peer_support": ("Peer Support Center", "Peer Recovery Coaching", "Clubhouse"),
    "warmline": ("Peer Warmline",),
}
TOPICS = {
    "counseling": (
        "anxiety", "depression", "trauma", "grief", "relationships", "parenting",
        "eating_disorder", "perinatal",
    ),
    "psychiatry": ("depression", "anxiety", "psychosis", "trauma"),
    "support_group": (
        "grief", "substance_use", "depression", "domestic_violence", "eating_disorder",
        "perinatal", "anxiety",
    ),
    "substance_use_treatment": ("substance_use", "trauma", "depression"),
    "case_management": ("housing", "other", "psychosis"),
    "peer_support": ("depression", "substance_use", "psychosis", "anxiety"),
    "warmline": ("anxiety", "depression", "other"),
}  # fmt: skip
OTHER_LANGUAGES = ("zh", "vi", "ko", "ar", "fr", "ht", "ru", "tl", "pt", "so", "am", "hi")
SPANISH_HEAVY_STATES = frozenset({"TX", "CA", "NM", "AZ", "FL", "NV", "NY", "NJ", "IL", "CO"})
FREE_KINDS = frozenset({"support_group", "peer_support", "warmline"})


@dataclass
class Offer:
    """Everything about one service that depends on its kind, before it becomes rows."""

    label: str
    delivery: list[str]
    cost_type: str  # free | sliding_scale | fixed
    amount: float | None
    amount_max: float | None
    payments: list[str]
    fees: str
    languages: list[str]
    interpretation: bool
    min_age: int | None
    max_age: int | None
    eligible: list[str]
    affirming: list[str]
    topics: list[str]
    accepting: bool
    wait_days: int | None
    open_24_7: bool
    hours: list[tuple[str, str, str]] = field(default_factory=list)  # (days, opens, closes)


def _cost(kind: str, rng: random.Random) -> tuple[str, float | None, float | None, list[str]]:
    roll = rng.random()
    if kind in FREE_KINDS or (kind == "case_management" and roll < 0.7):
        return "free", 0.0, None, ["free"] + (["medicaid"] if rng.random() < 0.2 else [])
    free, sliding, medicaid = {
        "counseling": (0.12, 0.38, 0.62),
        "psychiatry": (0.05, 0.22, 0.60),
        "substance_use_treatment": (0.20, 0.35, 0.80),
    }.get(kind, (0.0, 0.0, 1.0))
    if roll < free:
        return "free", 0.0, None, ["free", "medicaid"]
    if roll < sliding:
        low = float(rng.randrange(10, 65, 5))
        return "sliding_scale", low, low + rng.randrange(40, 130, 10), ["sliding_scale", "self_pay"]
    if roll < medicaid:  # community mental-health centre: Medicaid first, a self-pay rate
        fee = float(rng.randrange(60, 160, 10))
        return "fixed", fee, None, ["medicaid", "medicare", "self_pay"]
    fee = float(rng.randrange(90, 360 if kind == "psychiatry" else 220, 10))
    payments = ["private_insurance", "self_pay"] + (["tricare"] if rng.random() < 0.15 else [])
    return "fixed", fee, None, payments


def _fees(cost_type: str, amount: float | None, amount_max: float | None) -> str:
    if cost_type == "free":
        return "Free"
    if cost_type == "sliding_scale":
        return f"Sliding scale ${amount:.0f}-${amount_max:.0f} per session"
    return f"${amount:.0f} per session"


def _languages(state: str, rng: random.Random) -> tuple[list[str], bool]:
    spanish = rng.random() < (0.35 if state in SPANISH_HEAVY_STATES else 0.12)
    codes = ["es"] if spanish and rng.random() < 0.04 else ["en"] + (["es"] if spanish else [])
    if rng.random() < 0.06:
        codes.append(rng.choice(OTHER_LANGUAGES))
    if rng.random() < 0.01:
        codes.append("asl")
    return codes, rng.random() < 0.10


def _people(kind: str, rng: random.Random) -> tuple[list[str], int | None, int | None, list[str]]:
    eligible: list[str] = []
    min_age, max_age = None, None
    roll = rng.random()
    if roll < 0.10 and kind not in ("psychiatry", "warmline"):
        eligible, (min_age, max_age) = ["youth"], rng.choice(((5, 17), (12, 17), (12, 24)))
    elif roll < 0.13:
        eligible = ["veteran"]
    elif roll < 0.145:
        eligible = [rng.choice(("perinatal", "native_american", "survivor", "older_adult"))]
        min_age = 60 if eligible == ["older_adult"] else None
    elif roll < 0.55:
        min_age = 18
    affirming = [
        p
        for p, share in (("lgbtq", 0.15), ("bipoc", 0.10), ("veteran", 0.05), ("immigrant", 0.03))
        if rng.random() < share
    ]
    if "lgbtq" in affirming and rng.random() < 0.45:
        affirming.append("transgender")
    if rng.random() < 0.01:
        affirming.append("deaf_hard_of_hearing")
    return eligible, min_age, max_age, affirming


def _hours(kind: str, rng: random.Random) -> tuple[list[tuple[str, str, str]], bool]:
    if kind == "substance_use_treatment" and rng.random() < 0.08:
        return [], True  # residential detox
    if kind == "warmline":
        return [("MO,TU,WE,TH,FR,SA,SU", rng.choice(("16:00", "17:00", "18:00")), "23:00")], False
    if kind == "support_group":
        day = rng.choice(("MO", "TU", "WE", "TH", "SA"))
        start = rng.choice(("10:00", "18:00", "18:30", "19:00"))
        return [(day, start, f"{int(start[:2]) + 1}:{start[3:]}")], False
    opens = rng.choice(("08:00", "08:30", "09:00", "10:00"))
    hours = [("MO,TU,WE,TH,FR", opens, rng.choice(("16:30", "17:00", "18:00")))]
    if rng.random() < 0.25:
        hours = [("MO,TU,WE,TH", opens, "20:00"), ("FR", opens, "17:00")]
    if rng.random() < 0.15:
        hours.append(("SA", "09:00", "13:00"))
    return hours, False


def _capacity(kind: str, rng: random.Random) -> tuple[bool, int | None]:
    if kind in FREE_KINDS:
        return True, 0
    accepting = rng.random() >= (0.18 if kind in ("counseling", "psychiatry") else 0.08)
    typical = {"psychiatry": 35.0, "counseling": 14.0, "substance_use_treatment": 5.0}
    mean = typical.get(kind, 7.0)
    return accepting, (None if rng.random() < 0.1 else int(rng.expovariate(1 / mean)))


def offer(kind: str, state: str, rng: random.Random, *, remote_only: bool) -> Offer:
    """Draw what one service of this kind in this state offers."""
    if remote_only:
        delivery = ["phone"] if kind == "warmline" else ["video", "phone"]
        if rng.random() < 0.3:
            delivery.append("text" if kind == "warmline" else "chat")
    else:
        delivery = ["in_person"]
        if kind in LICENSED_KINDS and rng.random() < 0.35:
            delivery.append("video")
        if kind in ("peer_support", "case_management") and rng.random() < 0.3:
            delivery.append("phone")
    cost_type, amount, amount_max, payments = _cost(kind, rng)
    languages, interpretation = _languages(state, rng)
    eligible, min_age, max_age, affirming = _people(kind, rng)
    hours, open_24_7 = _hours(kind, rng)
    accepting, wait_days = _capacity(kind, rng)
    pool = TOPICS[kind]
    topics = sorted(rng.sample(pool, rng.randint(1, min(4, len(pool)))))
    if eligible == ["survivor"]:
        topics = sorted({*topics, "domestic_violence"})
    return Offer(
        label=rng.choice(LABELS[kind]),
        delivery=delivery,
        cost_type=cost_type,
        amount=amount,
        amount_max=amount_max,
        payments=payments,
        fees=_fees(cost_type, amount, amount_max),
        languages=languages,
        interpretation=interpretation,
        min_age=min_age,
        max_age=max_age,
        eligible=eligible,
        affirming=affirming,
        topics=topics,
        accepting=accepting,
        wait_days=wait_days,
        open_24_7=open_24_7,
        hours=hours,
    )
