"""referral-router: routes people to the right mental-health and social-care services."""

__version__ = "0.1.0"
