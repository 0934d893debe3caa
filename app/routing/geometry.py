"""Distances on the Earth, in miles: one pair at a time, or one point to many at once."""

from math import asin, cos, radians, sin, sqrt

import numpy as np
from numpy.typing import NDArray

EARTH_RADIUS_MILES = 3958.8
MILES_PER_DEGREE_LAT = 69.0

Floats = NDArray[np.float64]


def haversine_miles(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points."""
    p1, p2 = radians(lat1), radians(lat2)
    dlat, dlon = p2 - p1, radians(lon2 - lon1)
    h = sin(dlat / 2) ** 2 + cos(p1) * cos(p2) * sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * asin(min(1.0, sqrt(h)))


def haversine_miles_to(lat: float, lon: float, lats: Floats, lons: Floats) -> Floats:
    """Great-circle distances from one point to many, the formula of haversine_miles.

    NumPy's arcsine may differ from the math module's in the last bit, so a distance here
    can differ from haversine_miles' by about 1e-12 miles; routing measures with this alone.
    """
    p2 = np.radians(lats)
    return haversine_miles_from(lat, lon, p2, np.cos(p2), lons)


def haversine_miles_from(
    lat: float, lon: float, radians_lats: Floats, cos_lats: Floats, lons: Floats
) -> Floats:
    """haversine_miles_to, for points whose latitudes' radians and cosines are kept."""
    p1 = radians(lat)
    dlat, dlon = radians_lats - p1, np.radians(lons - lon)
    h = np.sin(dlat / 2) ** 2 + cos(p1) * cos_lats * np.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * np.arcsin(np.minimum(1.0, np.sqrt(h)))


def distance_band(miles: float) -> str:
    """Describe a distance coarsely, for places whose location must stay private."""
    for limit in (5, 10, 25, 50):
        if miles <= limit:
            return f"within {limit} miles"
    return "more than 50 miles away"
