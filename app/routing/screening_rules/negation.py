"""Negation guards for the clinical rules: "denies SI", "no hx of SA", "niega IAL".

A referral's negative screen is the commonest line in a case note, so the clinical rules clear a
match when a negation DIRECTLY governs the term, and only then (see `clinical`).
"""


def not_after(negations: tuple[str, ...], first: str = "") -> str:
    """Regex: a word start not directly after any of `negations`; with `first`, only where the
    word(s) `first` begin (a cheap gate: the look-behinds then run at a few places only)."""
    # A look-behind must be fixed-width: one per length, its phrases as alternatives.
    widths = sorted({len(negation) for negation in negations})
    behind = "".join(
        "(?<!" + "|".join(rf"\b{n} " for n in negations if len(n) == width) + ")"
        for width in widths
    )
    return r"\b" + (f"(?={first})" if first else "") + behind


# Negations that directly govern the term after them ("denies SI", "no hx of SA").
NEGATIONS_EN = (
    "denies", "denied", "deny", "denying", "no", "neg", "nor", "negative for", "without", "not",
    "or", "any", "never", "not a", "denies any", "no evidence of", "no signs of", "no hx of",
    "appear to be", "appear to", "seem to be", "denies thoughts to", "denies thoughts of",
    "no thoughts to", "no thoughts of", "no intent to", "doesnt appear", "didnt appear",
    "not appear",
)  # fmt: skip
