"""Distances on the Earth, in miles."""

from math import asin, cos, radians, sin, sqrt

EARTH_RADIUS_MILES = 3958.8
MILES_PER_DEGREE_LAT = 69.0


def haversine_miles(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points."""
    p1, p2 = radians(lat1), radians(lat2)
    dlat, dlon = p2 - p1, radians(lon2 - lon1)
    h = sin(dlat / 2) ** 2 + cos(p1) * cos(p2) * sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * asin(min(1.0, sqrt(h)))


def distance_band(miles: float) -> str:
    """Describe a distance coarsely, for places whose location must stay private."""
    for limit in (5, 10, 25, 50):
        if miles <= limit:
            return f"within {limit} miles"
    return "more than 50 miles away"
