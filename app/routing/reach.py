"""A request's candidates: every service it must judge, and what the place says of each.

Candidates are the services with a site within the person's distance (site_table.py) and
the services whose declared area includes the person (area_index.py). Eligibility and
scoring then run over all of them at once, so no better service is left unread however
dense the place.
"""

from typing import NamedTuple

import numpy as np

from app.routing.area_index import AreaTable
from app.routing.profile import Place
from app.routing.row_sets import EMPTY_ROWS, Floats, Mask, Rows, member, union
from app.routing.site_table import SiteTable


class Reach(NamedTuple):
    """A request's candidates, ascending by row, and what the place says of each."""

    rows: Rows
    on_site: Mask  # can be visited: a site within the distance (or, without a point, in the state)
    miles: Floats  # to that site (nan when unknown)
    site: Rows  # that site's position in record.sites (-1 when none)
    in_area: Mask  # the service's declared area includes the place, or it declares none


def reach(
    sites: SiteTable,
    areas: AreaTable,
    in_person_only: Mask,
    no_areas: Mask,
    place: Place | None,
    miles: float,
) -> Reach:
    """Every candidate for a place: near it in person, or covering it by area."""
    covering = areas.covering(place)
    if place is not None and place.latitude is not None and place.longitude is not None:
        near_rows, near_miles, near_slots = sites.within(place.latitude, place.longitude, miles)
        # A service usable only at its sites is a candidate only where one is near.
        by_area = covering[~in_person_only[covering]]
    else:
        near_rows, near_miles, near_slots = EMPTY_ROWS, np.zeros(0), EMPTY_ROWS
        by_area = covering
        if place is not None and place.state:
            near_rows, near_slots = sites.in_state(place.state)
            near_miles = np.full(len(near_rows), np.nan)
            keep, _ = member(near_rows, covering)
            near_rows, near_slots, near_miles = near_rows[keep], near_slots[keep], near_miles[keep]
    rows = union(np.concatenate((near_rows, by_area)))
    on_site, at = member(rows, near_rows)
    covered, _ = member(rows, covering)
    return Reach(
        rows=rows,
        on_site=on_site,
        miles=np.where(on_site, near_miles[at] if len(near_rows) else np.nan, np.nan),
        site=np.where(on_site, near_slots[at] if len(near_rows) else -1, -1),
        in_area=covered | no_areas[rows],
    )
