"""Coverage at scale: every US ZIP against a synthetic directory, and the cost per place.

Two figures. The full-US run covers every active ZIP (about 41,000) against 10,000
synthetic services exactly as `referral-router coverage all-us` does in-process (plan,
forked workers on every core, CSV rows and report totals), timed on the wall clock; the
target is 60 s. The per-place cost covers a fixed sample of ZIPs (every 20th) on one
process at 1k, 10k and 100k services, next to a same-run baseline: the bare spatial lookup
(`DirectoryIndex.near`) for the same places, which every coverage answer must at least do.
Run alone with `python -m bench.coverage`; nothing here asserts.
"""

import argparse
import io
import os
import resource
import time
from typing import Any

from app.reports.locations import all_us_locations
from app.reports.rows import header
from app.reports.runner import run_local
from app.reports.table import CsvSink, ReportTotals
from app.routing.coverage import CoveragePlan
from app.routing.profile import NeedProfile
from bench.report import machine, write_docs
from bench.routing import build_index

HEADING = "## Coverage"
TARGET_FULL_US_SECONDS = 60.0
SAMPLE_EVERY = 20


def full_us(services: int, workers: int) -> dict[str, Any]:
    """Time `coverage all-us` in-process (directory already loaded)."""
    index, build_seconds = build_index(services)
    located = all_us_locations()
    started, cpu_started, children = time.perf_counter(), time.process_time(), _children_cpu()
    plan = CoveragePlan(index, NeedProfile(), 25.0)
    head = header(plan, index, len(located))
    totals, sink = ReportTotals(head), CsvSink(io.StringIO(), head)
    for row in run_local(plan, located, workers):
        sink.add(row)
        totals.add(row)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started + _children_cpu() - children
    return {
        "services": services,
        "places": totals.ok,
        "workers": workers,
        "seconds": round(seconds, 1),
        "per_place_us": round(seconds / max(totals.ok, 1) * 1e6),
        "cpu_seconds": round(cpu, 1),
        "with_gap_share": round(totals.with_gap / max(totals.ok, 1), 3),
        "index_build_seconds": round(build_seconds, 1),
        "target_seconds": TARGET_FULL_US_SECONDS,
    }


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def per_place(sizes: tuple[int, ...]) -> list[dict[str, Any]]:
    """Cost of one place on one process at each directory size, with the near() baseline."""
    sample = [g.place for g in all_us_locations()[::SAMPLE_EVERY]]
    results = []
    for services in sizes:
        index, _ = build_index(services)
        started = time.perf_counter()
        plan = CoveragePlan(index, NeedProfile(), 25.0)
        plan_seconds = time.perf_counter() - started
        started = time.perf_counter()
        for place in sample:
            plan.cover(place)
        cover_us = (time.perf_counter() - started) / len(sample) * 1e6
        started = time.perf_counter()
        for place in sample:
            index.near(place.latitude or 0.0, place.longitude or 0.0, 25.0)
        near_us = (time.perf_counter() - started) / len(sample) * 1e6
        results.append(
            {
                "services": services,
                "places": len(sample),
                "plan_seconds": round(plan_seconds, 2),
                "per_place_us": round(cover_us),
                "near_baseline_us": round(near_us),
                "ratio_to_baseline": round(cover_us / near_us, 1) if near_us else None,
            }
        )
        print(
            f"  {services:>7,} services: {cover_us:,.0f} µs per place (near(): {near_us:,.0f} µs)"
        )
    return results


def body(results: dict[str, Any]) -> str:
    """The markdown of the Coverage section."""
    m, f = results["machine"], results["full_us"]
    met = "met" if f["seconds"] <= f["target_seconds"] else "NOT met"
    lines = [
        f"Measured {m['measured_at']} at commit `{m['commit']}` (Python {m['python']}, "
        f"{m['cpus']} CPUs, 1-minute load average {m['load_average_1m']} at start).",
        "",
        f"**Every US ZIP ({f['places']:,}) against {f['services']:,} synthetic services: "
        f"{f['seconds']:g} s** on {f['workers']} processes (target {f['target_seconds']:g} s: "
        f"{met}); {f['per_place_us']:,} µs of wall time per place; {f['cpu_seconds']:g} s of "
        "CPU time in all, parent and workers (on a quiet machine the wall time approaches "
        "that divided by the processes); "
        f"{f['with_gap_share']:.0%} of ZIPs show at least one gap (synthetic data). "
        "Timed from plan to the last CSV row, as `referral-router coverage all-us` runs "
        f"in-process; building the index took a further {f['index_build_seconds']:g} s.",
        "",
        "Cost per place on one process (every 20th US ZIP, default profile, 25 miles), "
        "against the bare `DirectoryIndex.near()` lookup for the same places in the same run:",
        "",
        "| services | places | plan built (s) | µs per place | near() µs | ratio |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results["per_place"]:
        lines.append(
            f"| {r['services']:,} | {r['places']:,} | {r['plan_seconds']:g} | "
            f"{r['per_place_us']:,} | {r['near_baseline_us']:,} | {r['ratio_to_baseline']} |"
        )
    lines += ["", "Reproduce: `python -m bench.coverage` (or `python -m bench`)."]
    return "\n".join(lines)


def run(sizes: tuple[int, ...] = (1_000, 10_000, 100_000), workers: int = 0) -> dict[str, Any]:
    """Measure both figures and print them."""
    results: dict[str, Any] = {"machine": machine()}
    print("Coverage: every US ZIP against 10,000 synthetic services")
    results["full_us"] = full_us(10_000, workers or os.cpu_count() or 1)
    f = results["full_us"]
    print(f"  {f['places']:,} places in {f['seconds']:g} s on {f['workers']} processes")
    print("Coverage: cost per place")
    results["per_place"] = per_place(sizes)
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m bench.coverage", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="1k and 10k only, no docs.")
    parser.add_argument("--workers", type=int, default=0, help="Processes (default: all).")
    parser.add_argument("--no-docs", action="store_true", help="Print only.")
    args = parser.parse_args()
    measured = run((1_000, 10_000) if args.quick else (1_000, 10_000, 100_000), args.workers)
    print(body(measured))
    if not args.quick and not args.no_docs:
        print(f"Wrote {write_docs(measured, {HEADING: body(measured)})}")
