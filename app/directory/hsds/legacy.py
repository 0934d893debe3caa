"""HSDS 1.x/2.x tabular: which file feeds which of our tables.

Differences from 3.0 handled here or in the shared builders: `services_at_location.csv`,
`physical_addresses.csv` and `postal_addresses.csv`, `regular_schedules.csv` with one
`weekday` per row (1 is Monday ... 7 is Sunday, ISO 8601; names work too),
`payments_accepted.csv`, `eligibility.csv`, `languages.csv` holding language names,
`phones.csv` with a `language` list, `service_areas.csv` with `service_area` text,
`services_taxonomy.csv` + `taxonomy.csv` (2.x: `service_attributes.csv`, `other_attributes.csv`
and `taxonomy_terms.csv`),
the deprecated `services.taxonomy_ids` list, and free-text `services.fees`.
"""

from functools import partial

from app.directory import models as m
from app.directory.hsds import build_children as child
from app.directory.hsds import build_core as core
from app.directory.hsds import build_schedule
from app.directory.hsds.draft import Draft, make
from app.directory.hsds.v3 import Builder

FILES: tuple[tuple[str, Builder], ...] = (
    ("organizations.csv", core.organization),
    ("taxonomy.csv", child.taxonomy_term),
    ("taxonomy_terms.csv", child.taxonomy_term),
    ("locations.csv", core.location),
    ("physical_addresses.csv", partial(core.address, address_type="physical")),
    ("postal_addresses.csv", partial(core.address, address_type="postal")),
    ("services.csv", core.service),
    ("services_at_location.csv", core.service_at_location),
    ("service_at_location.csv", core.service_at_location),  # some 2.x exports
    ("phones.csv", child.phone),
    ("regular_schedules.csv", build_schedule.schedule),
    ("payments_accepted.csv", child.payment_accepted),
    ("eligibility.csv", child.eligibility),
    ("languages.csv", child.language),
    ("service_areas.csv", child.service_area),
    ("services_taxonomy.csv", child.attribute),
    ("service_attributes.csv", child.attribute),
    ("other_attributes.csv", child.attribute),
)


def _taxonomy_ids(draft: Draft) -> None:
    """Turn the deprecated services.taxonomy_ids lists into attribute rows."""
    for cells in draft.each("services.csv"):
        service_id = cells.text("id")
        for term_id in cells.listing("taxonomy_ids"):
            row = make(
                m.Attribute,
                id=f"{service_id}-taxonomy-{term_id}",
                link_id=service_id or "",
                link_entity="service",
                taxonomy_term_id=term_id,
            )
            draft.add("attributes", row, cells)


def read(draft: Draft) -> None:
    """Map every HSDS 1.x/2.x file we use into the draft."""
    for file, build in FILES:
        for cells in draft.each(file):
            build(draft, cells)
    _taxonomy_ids(draft)
