"""Prometheus metrics: request latency per route template, referrals per triage level.

Counts and durations only. Labels are route *templates* (`/v1/services/{service_id}`),
never raw paths, so no id, ZIP or text from a request becomes a label. With several worker
processes in one container, set PROMETHEUS_MULTIPROC_DIR so /metrics sums them all.
"""

import os

from fastapi import APIRouter, Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    disable_created_metrics,
    generate_latest,
    multiprocess,
)

# The *_created series double the output and carry nothing a dashboard uses.
disable_created_metrics()

TRIAGE_LEVELS = ("none", "crisis", "emergency")
UNMATCHED_ROUTE = "<unmatched>"

REQUEST_SECONDS = Histogram(
    "http_request_duration_seconds",
    "Time from request to the end of the response, by route template.",
    ["method", "route", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
REFERRALS = Counter(
    "referrals", "Referrals answered, by triage level (counts only).", ["triage_level"]
)

router = APIRouter(tags=["operations"])


def record_referral(triage_level: str) -> None:
    """Count one referral answered at this triage level."""
    # The label set stays closed: an unexpected value must not mint a new series.
    REFERRALS.labels(triage_level if triage_level in TRIAGE_LEVELS else "other").inc()


def observe_request(*, method: str, route: str, status: int, seconds: float) -> None:
    """Record one request's duration under its method, route template and status."""
    REQUEST_SECONDS.labels(method, route, str(status)).observe(seconds)


def _registry() -> CollectorRegistry:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return registry
    return REGISTRY


@router.get("/metrics", include_in_schema=False)
def metrics() -> Response:
    """Expose every metric in Prometheus text format."""
    return Response(generate_latest(_registry()), media_type=CONTENT_TYPE_LATEST)
