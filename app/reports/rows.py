"""The wire shape of a coverage run, shared by the API, the CLI and the reports.

A run is a header, one row per location in input order (`location` or `error`), and a
summary. The API sends exactly these objects (as NDJSON lines or in one JSON document);
the CLI writes its CSV and HTML from them whether it ran in-process or against a server.
"""

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from app.reports.locations import BadLocation, GoodLocation
from app.routing import coverage_checks as cc
from app.routing.coverage import CoveragePlan, LocationCoverage
from app.routing.index import DirectoryIndex

CRISIS_NOTE = (
    "National crisis lines (988 and others) reach every location by phone, text or chat. "
    "They are not counted as local coverage, so they never hide a local gap."
)
SAMPLE_NOTICE = (
    "This directory includes SAMPLE or SYNTHETIC listings: the figures illustrate the tool "
    "and do not describe real services."
)


def header(plan: CoveragePlan, index: DirectoryIndex, locations: int) -> dict[str, Any]:
    """Describe the run: what is counted, which gaps are checked, and data caveats."""
    return {
        "type": "header",
        "directory_version": plan.directory_version,
        "radius_miles": plan.radius_miles,
        "nearest_reach_miles": plan.reach,
        "locations": locations,
        "kinds": list(cc.COVERAGE_KINDS),
        "kind_labels": cc.KIND_LABELS,
        "deliveries": list(cc.DELIVERIES),
        "tiers": list(cc.TIERS),
        "audiences": {a: cc.audience_label(a) for a in plan.audiences},
        "gap_checks": [
            {"code": c.code, "label": c.text(plan.radius_miles, None)} for c in plan.checks
        ],
        "sample_data": plan.sample_data,
        "notice": SAMPLE_NOTICE if plan.sample_data else None,
        "crisis_lines": {"count": len(index.crisis_lines), "note": CRISIS_NOTE},
    }


@lru_cache(maxsize=8)
def _positions(keys: tuple[str, ...]) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """Where each kind/delivery/tier and audience/delivery count sits in `counts`."""
    at = {key: i for i, key in enumerate(keys)}
    kinds = tuple(
        (
            kind,
            tuple((d, tuple((t, at[f"{kind}.{d}.{t}"]) for t in cc.TIERS)) for d in cc.DELIVERIES),
        )
        for kind in cc.COVERAGE_KINDS
    )
    audiences = tuple(dict.fromkeys(k.rsplit(".", 1)[0] for k in keys if ":" in k))
    return kinds, tuple((a, tuple((d, at[f"{a}.{d}"]) for d in cc.DELIVERIES)) for a in audiences)


def location_row(located: GoodLocation, cov: LocationCoverage) -> dict[str, Any]:
    """One location's coverage as plain JSON-ready data (in-person counts null if unknown)."""
    kinds, audiences = _positions(cov.keys)
    c, known, place = cov.counts, cov.in_person_checked, cov.place
    return {
        "type": "location",
        "index": located.index,
        "id": located.id,
        "place": {
            "zip": place.postal_code,
            "state": place.state,
            "county": place.county,
            "lat": place.latitude,
            "lon": place.longitude,
        },
        "in_person_checked": known,
        "counts": {
            kind: {
                d: {t: c[i] if known or d != "in_person" else None for t, i in tiers}
                for d, tiers in by_delivery
            }
            for kind, by_delivery in kinds
        },
        "audiences": {
            a: {d: c[i] if known or d != "in_person" else None for d, i in slots}
            for a, slots in audiences
        },
        "nearest_miles": dict(zip(cc.COVERAGE_KINDS, cov.nearest_miles, strict=True)),
        "gaps": [{"code": g.code, "label": g.label} for g in cov.gaps],
    }


def error_row(bad: BadLocation) -> dict[str, Any]:
    """A location that could not be used, with what was sent and why."""
    return {
        "type": "error",
        "index": bad.index,
        "id": bad.id,
        "input": bad.input,
        "reason": bad.reason,
    }


class Summary:
    """Totals over the rows as they stream past (nothing per location is kept)."""

    def __init__(self) -> None:
        self.locations = self.errors = self.with_gap = 0
        self.gap_counts: Counter[str] = Counter()

    def add(self, row: dict[str, Any]) -> None:
        """Count one row."""
        self.locations += 1
        if row["type"] == "error":
            self.errors += 1
            return
        self.with_gap += bool(row["gaps"])
        self.gap_counts.update(g["code"] for g in row["gaps"])

    def row(self) -> dict[str, Any]:
        """The closing summary object."""
        return {
            "type": "summary",
            "locations": self.locations,
            "ok": self.locations - self.errors,
            "errors": self.errors,
            "with_any_gap": self.with_gap,
            "gap_counts": dict(sorted(self.gap_counts.items())),
        }


def run_rows(
    plan: CoveragePlan, located: Iterable[GoodLocation | BadLocation]
) -> Iterable[dict[str, Any]]:
    """Cover each location in order, yielding its row."""
    for item in located:
        if isinstance(item, BadLocation):
            yield error_row(item)
        else:
            yield location_row(item, plan.cover(item.place))
