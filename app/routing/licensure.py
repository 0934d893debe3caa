"""Telehealth licensure: which states a licensed service may treat people in remotely.

Counselling across state lines needs a licence in the person's state, so remote care from
a licensed kind of service is offered only where its licences (or, lacking a list, its
declared areas and sites) say it works. In-person care is governed by the service area.
"""

from app.routing.profile import Place
from app.routing.records import ServiceRecord
from app.routing.vocabulary import LICENSED_KINDS


def licensed_states(record: ServiceRecord) -> frozenset[str] | None:
    """States a licensed service may treat people in; None means every state."""
    if record.licensed_states:
        return record.licensed_states
    # No licence list: licensed only where its areas (or sites) say it works.
    if any(a.type == "national" for a in record.areas):
        return None
    states = {s for a in record.areas for s in a.states}
    states |= {key.split(":")[0].upper() for a in record.areas for key in a.counties}
    states |= {s.state for s in record.sites if s.state}
    return frozenset(states)


def is_licensed_for(record: ServiceRecord, place: Place | None) -> bool:
    """Say whether remote care from this service is allowed in the person's state."""
    if record.kind not in LICENSED_KINDS:
        return True
    states = licensed_states(record)
    if states is None:
        return True
    return place is not None and (place.state or "").upper() in states
