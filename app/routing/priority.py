"""How suitable each kind of service is, before knowing anything about the person.

Scoring uses KIND_FIT as one weighted part of every score; the index uses `suitability`
to keep its area lists in a fixed order, so routing can read them best-first and stop
early instead of reading every service in a state.
"""

from app.routing.records import ServiceRecord

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


def suitability(record: ServiceRecord) -> tuple[float, bool, int, str]:
    """Sort key, best first: kind fit, then free, then most recently verified, then id."""
    verified = record.verified_at.toordinal() if record.verified_at else 0
    return (
        -KIND_FIT.get(record.kind, DEFAULT_KIND_FIT),
        not record.cost.free,
        -verified,
        record.id,
    )
