"""Triage: risk flags and the screened description -> a level, reasons and a message.

Levels: `none`, `crisis` (crisis lines before every service) and `emergency` (911 first).
A risk flag we do not know is never dropped and never rejected: it counts as an
unspecified risk (level crisis) and is reported in `warnings` by position only, because
a response must not echo health information back into logs.
"""

from app.routing.profile import NeedProfile
from app.routing.referral import Reason, Triage
from app.routing.screening import screen
from app.routing.vocabulary import EMERGENCY_FLAGS, EMERGENCY_IF_IMMEDIATE, RISK_FLAGS

FLAG_TEXT: dict[str, str] = {
    "suicidal_ideation": "thoughts of suicide",
    "suicide_plan_or_intent": "a plan or intent to end one's life",
    "suicide_attempt": "a suicide attempt",
    "self_harm": "self-harm",
    "homicidal_ideation": "thoughts of hurting someone else",
    "interpersonal_violence": "violence or abuse by a partner or family member",
    "sexual_violence": "sexual violence",
    "child_abuse": "abuse of a child",
    "substance_overdose": "a possible overdose",
    "psychosis": "signs of psychosis",
    "imminent_danger": "immediate danger",
}

MESSAGES: dict[str, str] = {
    "emergency": (
        "If you or someone else is in immediate danger, call 911 now. "
        "The lines after it are free, confidential and answer 24/7."
    ),
    "crisis": (
        "You don't have to go through this alone. The lines at the top are free, "
        "confidential and answer 24/7: please reach out now. The services below can help after."
    ),
    "none": "If things get worse or you think about suicide, call or text 988 any time.",
}


def warnings_for(triage: Triage, positions: tuple[int, ...]) -> tuple[str, ...]:
    """Describe unknown risk flags by their position in the request, never by value."""
    return tuple(
        f"risk_flags[{i}] is not a known risk flag; it was treated as an unspecified risk, "
        "so crisis lines are listed first."
        for i in positions
    )


def unknown_positions(profile: NeedProfile) -> tuple[int, ...]:
    """Positions of the request's risk flags that are not in the vocabulary."""
    return tuple(i for i, flag in enumerate(profile.risk_flags) if flag not in RISK_FLAGS)


def triage(profile: NeedProfile) -> Triage:
    """Decide the level from the flags given, unknown flags and the description's screening."""
    given = frozenset(f for f in profile.risk_flags if f in RISK_FLAGS)
    unknown = tuple(dict.fromkeys(f for f in profile.risk_flags if f not in RISK_FLAGS))
    screened: frozenset[str] = frozenset()
    risky_text = models_only = False
    if profile.description:
        result = screen(profile.description)
        screened = frozenset(result.risk_flags) & frozenset(RISK_FLAGS)
        risky_text = result.is_risky  # a named flag, or risk only the model reads
        models_only = result.unnamed_risk  # no rule fired: the models read the text
    flags = given | screened
    reasons = [Reason(f, f"You mentioned {FLAG_TEXT[f]}.") for f in sorted(given)]
    reasons += [
        Reason(f, f"Your description suggests {FLAG_TEXT[f]}.") for f in sorted(screened - given)
    ]
    # Risky text that names no specific flag is still risk: an unspecified one. So is text
    # only the models read, flags or not: 988 stays among the lines, whatever they named.
    unspecified = bool(unknown) or (risky_text and (not screened or models_only))
    if unknown:
        reasons.append(Reason("unspecified_risk", "A risk was reported; treated as a crisis."))
    elif risky_text and not screened:
        reasons.append(Reason("unspecified_risk", "Your description suggests you may be at risk."))
    immediate = profile.urgency == "immediate"
    if flags & EMERGENCY_FLAGS or (immediate and flags & EMERGENCY_IF_IMMEDIATE):
        level = "emergency"
        reasons.insert(0, Reason("emergency", "This sounds like an emergency."))
    elif flags or unspecified:
        level = "crisis"
    else:
        level = "none"
    return Triage(
        level=level,
        reasons=tuple(reasons),
        message=MESSAGES[level],
        risk_flags=flags,
        unknown_flags=unknown,
        unspecified=unspecified,
    )
