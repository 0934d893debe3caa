"""Coverage rows as CSV and as the totals a report needs, kept while rows stream past.

CSV cells that a spreadsheet would run as a formula (=, +, -, @ first) are prefixed with
an apostrophe: location ids and labels come from whoever wrote the input file.
"""

import csv
import heapq
from collections import Counter, defaultdict
from typing import IO, Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
WORST_KEPT = 200


def _safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return "" if value is None else value


def csv_columns(header: dict[str, Any]) -> list[str]:
    """The CSV header: place, counts by kind/delivery/tier, audiences, nearest, gaps."""
    cols = ["index", "id", "status", "reason", "zip", "state", "county", "lat", "lon"]
    for kind in header["kinds"]:
        for d in header["deliveries"]:
            cols += [f"{kind}_{d}_{t}" for t in header["tiers"]]
    for audience in header["audiences"]:
        cols += [f"{audience.replace(':', '_')}_{d}" for d in header["deliveries"]]
    cols += [f"nearest_{kind}_miles" for kind in header["kinds"]]
    return [*cols, "gap_count", "gaps", "gap_labels"]


def csv_values(header: dict[str, Any], row: dict[str, Any]) -> list[Any]:
    """One CSV line for a location or an error row."""
    if row["type"] == "error":
        given = row.get("input") or {}
        place = (
            [given.get(k) for k in ("zip", "state")] + [None] + [given.get("lat"), given.get("lon")]
        )
        width = len(csv_columns(header)) - 9
        return [_safe(v) for v in [row["index"], row["id"], "error", row["reason"], *place]] + [
            ""
        ] * width
    p = row["place"]
    values: list[Any] = [row["index"], row["id"], "ok", "", p["zip"], p["state"], p["county"]]
    values += [p["lat"], p["lon"]]
    for kind in header["kinds"]:
        for d in header["deliveries"]:
            values += [row["counts"][kind][d][t] for t in header["tiers"]]
    for audience in header["audiences"]:
        values += [row["audiences"][audience][d] for d in header["deliveries"]]
    values += [row["nearest_miles"][kind] for kind in header["kinds"]]
    gaps = row["gaps"]
    values += [len(gaps), ";".join(g["code"] for g in gaps), "; ".join(g["label"] for g in gaps)]
    return [_safe(v) for v in values]


class CsvSink:
    """Write rows to a CSV file as they arrive."""

    def __init__(self, stream: IO[str], header: dict[str, Any]) -> None:
        self._header = header
        self._writer = csv.writer(stream)
        self._writer.writerow(csv_columns(header))

    def add(self, row: dict[str, Any]) -> None:
        """Write one row (the header and summary objects are skipped)."""
        if row["type"] in ("location", "error"):
            self._writer.writerow(csv_values(self._header, row))


class ReportTotals:
    """What the HTML report and the summary table show, built row by row."""

    def __init__(self, header: dict[str, Any]) -> None:
        self.header = header
        self.locations = self.errors = self.with_gap = self.in_person_checked = 0
        self.gap_counts: Counter[str] = Counter()
        self.state_locations: Counter[str] = Counter()
        self.state_with_gap: Counter[str] = Counter()
        # (kind, tier) -> places with at least one in person / in person or by telehealth
        self.in_person: Counter[tuple[str, str]] = Counter()
        self.either: Counter[tuple[str, str]] = Counter()
        self.worst: list[tuple[int, str, int, dict[str, Any]]] = []
        self.reasons: dict[str, int] = defaultdict(int)

    def add(self, row: dict[str, Any]) -> None:
        """Take one row into the totals."""
        if row["type"] == "error":
            self.locations += 1
            self.errors += 1
            self.reasons[row["reason"]] += 1
            return
        if row["type"] != "location":
            return
        self.locations += 1
        state = row["place"]["state"] or "?"
        gaps = row["gaps"]
        self.state_locations[state] += 1
        self.in_person_checked += row["in_person_checked"]
        if gaps:
            self.with_gap += 1
            self.state_with_gap[state] += 1
        self.gap_counts.update(g["code"] for g in gaps)
        for kind, by_delivery in row["counts"].items():
            for tier in self.header["tiers"]:
                here = by_delivery["in_person"][tier] or 0
                remote = by_delivery["telehealth"][tier] or 0
                self.in_person[(kind, tier)] += here > 0
                self.either[(kind, tier)] += here > 0 or remote > 0
        entry = {
            "id": row["id"],
            "zip": row["place"]["zip"],
            "state": state,
            "county": row["place"]["county"],
            "gaps": [g["label"] for g in gaps],
            "nearest": row["nearest_miles"].get("counseling"),
        }
        item = (len(gaps), _reverse_key(str(row["id"])), row["index"], entry)
        if len(self.worst) < WORST_KEPT:
            heapq.heappush(self.worst, item)
        elif item[:3] > self.worst[0][:3]:
            heapq.heapreplace(self.worst, item)

    def worst_rows(self) -> list[dict[str, Any]]:
        """The places with the most gaps, most first, ties by id."""
        return [entry for *_, entry in sorted(self.worst, key=lambda i: i[:3], reverse=True)]

    @property
    def ok(self) -> int:
        return self.locations - self.errors


def _reverse_key(text: str) -> str:
    # The heap keeps the largest items; inverting characters makes lower ids win ties.
    return "".join(chr(0x10FFFF - ord(c)) for c in text[:40])
