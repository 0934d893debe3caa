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
