"""HSDS 3.0 tabular: which file feeds which of our tables."""

from collections.abc import Callable

from app.directory.hsds import build_children as child
from app.directory.hsds import build_core as core
from app.directory.hsds import build_schedule
from app.directory.hsds.cells import Cells
from app.directory.hsds.draft import Draft

Builder = Callable[[Draft, Cells], None]

# Parents first, so a later check can find what a row links to.
FILES: tuple[tuple[str, Builder], ...] = (
    ("organizations.csv", core.organization),
    ("taxonomy_terms.csv", child.taxonomy_term),
    ("locations.csv", core.location),
    ("addresses.csv", core.address),
    ("services.csv", core.service),
    ("service_at_location.csv", core.service_at_location),
    ("phones.csv", child.phone),
    ("schedules.csv", build_schedule.schedule),
    ("cost_options.csv", child.cost_option),
    ("languages.csv", child.language),
    ("service_areas.csv", child.service_area),
    ("attributes.csv", child.attribute),
)


def read(draft: Draft) -> None:
    """Map every HSDS 3.0 file we use into the draft."""
    for file, build in FILES:
        for cells in draft.each(file):
            build(draft, cells)
