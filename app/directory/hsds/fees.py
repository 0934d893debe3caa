"""Read free-text fees ("Free", "$20-$60 sliding scale", "Sliding scale based on income")
into a cost type and amounts. Anything less clear stays as text only (and is reported).
"""

import re
from dataclasses import dataclass

_FREE = re.compile(
    r"(?<!toll[- ])\bfree\b|\bno (?:cost|charge|fee)s?\b|\bat no cost\b|\bwithout charge\b"
)
_SLIDING = re.compile(
    r"sliding|based on (?:household )?income|income[- ]based|ability to pay|"
    r"pay[- ]what[- ]you[- ]can|pay[- ]as[- ]you[- ](?:can|feel)|reduced fees?"
)
_AMOUNT = re.compile(
    r"([$£€])\s?(\d[\d,]*(?:\.\d{1,2})?)"
    r"(?:\s*(?:-|–|to)\s*[$£€]?\s?(\d[\d,]*(?:\.\d{1,2})?))?"
)
_CURRENCY = {"$": "USD", "£": "GBP", "€": "EUR"}


@dataclass(frozen=True, slots=True)
class FeeReading:
    """What a fees text says: free, sliding_scale or fixed, with amounts when stated."""

    cost_type: str
    amount: float | None = None
    amount_max: float | None = None
    currency: str = "USD"


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def read_fees(text: str) -> FeeReading | None:
    """Read a fees text; None when it does not clearly say free, sliding or an amount."""
    lower = text.lower()
    amounts: list[float] = []
    currency = "USD"
    for match in _AMOUNT.finditer(text):
        currency = _CURRENCY[match.group(1)]
        amounts.append(_number(match.group(2)))
        if match.group(3):
            amounts.append(_number(match.group(3)))
    free = bool(_FREE.search(lower))
    paid = [a for a in amounts if a > 0]
    if _SLIDING.search(lower):
        low = 0.0 if free else (min(paid) if paid else None)
        high = max(paid) if paid and (free or len(paid) > 1) else None
        return FeeReading("sliding_scale", low, high, currency)
    if free:
        return FeeReading("free", 0.0, None, currency) if not paid else None
    if paid:
        high = max(paid) if len(set(paid)) > 1 else None
        return FeeReading("fixed", min(paid), high, currency)
    return None
