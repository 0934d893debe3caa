"""How suitable each kind of service is, before knowing anything about the person.

Scoring uses KIND_FIT as one weighted part of every score (relevance.kind_fit adjusts it
for substance-use treatment).
"""

# Counselling-type help first for routine requests; directories and training last.
KIND_FIT: dict[str, float] = {
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
DEFAULT_KIND_FIT = 0.4
