"""Where synthetic services sit: real ZIP centroids, drawn roughly in proportion to population.

Two draws: a state in proportion to its 2020 census population, then a ZIP inside it
weighted by how many ZIPs share its ~17-mile grid cell. The bundled ZIP data has no
population, but ZIP density tracks it within a state: cities pack many ZIPs into a small
area, so sites concentrate in metros (as real directories do) while rural ZIPs keep some.
Only standard ZIPs are used: PO-box and single-building ZIPs (federal agencies in DC) would
pile sites onto post offices.
"""

import random
from bisect import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from math import floor
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import zipcodes

from app.directory.geo import ZipPlace, all_zips

CELL_DEGREES = 0.25
JITTER_DEGREES = 0.01  # about 0.7 miles: sites near, not exactly on, the ZIP centroid

# 2020 census apportionment counts, thousands (census.gov); DC's resident population.
STATE_POPULATION: dict[str, int] = {
    "AL": 5024, "AK": 733, "AZ": 7152, "AR": 3012, "CA": 39538, "CO": 5774, "CT": 3606,
    "DE": 990, "DC": 690, "FL": 21538, "GA": 10712, "HI": 1455, "ID": 1839, "IL": 12813,
    "IN": 6786, "IA": 3190, "KS": 2938, "KY": 4506, "LA": 4658, "ME": 1362, "MD": 6177,
    "MA": 7030, "MI": 10077, "MN": 5706, "MS": 2961, "MO": 6154, "MT": 1084, "NE": 1962,
    "NV": 3105, "NH": 1378, "NJ": 9289, "NM": 2118, "NY": 20201, "NC": 10439, "ND": 779,
    "OH": 11799, "OK": 3959, "OR": 4237, "PA": 13003, "RI": 1097, "SC": 5118, "SD": 887,
    "TN": 6911, "TX": 29146, "UT": 3272, "VT": 643, "VA": 8631, "WA": 7705, "WV": 1794,
    "WI": 5894, "WY": 577,
}  # fmt: skip


def _valid_timezone(name: str | None) -> bool:
    if not name or "/" not in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


@dataclass(frozen=True)
class _Weighted:
    places: tuple[ZipPlace, ...]
    cumulative: tuple[float, ...]

    def draw(self, rng: random.Random) -> ZipPlace:
        return self.places[bisect(self.cumulative, rng.random() * self.cumulative[-1])]


@dataclass(frozen=True)
class PlaceSampler:
    """Weighted states and ZIPs, so one seeded RNG draws the same places every time."""

    states: tuple[str, ...]
    state_cumulative: tuple[float, ...]
    by_state: dict[str, _Weighted]

    def state(self, rng: random.Random) -> str:
        """Draw a state in proportion to its population."""
        return self.states[bisect(self.state_cumulative, rng.random() * self.state_cumulative[-1])]

    def place(self, rng: random.Random, state: str | None = None) -> ZipPlace:
        """Draw a ZIP (in `state`, or in a population-weighted state), metros more often."""
        return self.by_state[state or self.state(rng)].draw(rng)


def _cell(place: ZipPlace) -> tuple[int, int]:
    return floor(place.latitude / CELL_DEGREES), floor(place.longitude / CELL_DEGREES)


@lru_cache(maxsize=1)
def sampler() -> PlaceSampler:
    """Build the weighted tables once (sorted by ZIP, so they never depend on input order)."""
    standard = {str(row["zip_code"]) for row in zipcodes.filter_by(zip_code_type="STANDARD")}
    places = sorted(
        (
            p
            for p in all_zips()
            if p.zip in standard
            and p.state in STATE_POPULATION
            and p.county
            and p.city
            and _valid_timezone(p.timezone)
        ),
        key=lambda p: p.zip,
    )
    density = Counter(_cell(p) for p in places)
    grouped: dict[str, list[ZipPlace]] = defaultdict(list)
    for place in places:
        grouped[place.state].append(place)
    states = tuple(sorted(grouped))
    return PlaceSampler(
        states=states,
        state_cumulative=tuple(accumulate(float(STATE_POPULATION[s]) for s in states)),
        by_state={
            s: _Weighted(
                tuple(grouped[s]), tuple(accumulate(float(density[_cell(p)]) for p in grouped[s]))
            )
            for s in states
        },
    )


def jittered(place: ZipPlace, rng: random.Random) -> tuple[float, float]:
    """Return a point a short, seeded distance from the ZIP centroid."""
    return (
        round(place.latitude + rng.uniform(-JITTER_DEGREES, JITTER_DEGREES), 5),
        round(place.longitude + rng.uniform(-JITTER_DEGREES, JITTER_DEGREES), 5),
    )
