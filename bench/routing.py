"""Latency of the routing core: route(profile, index) over synthetic directories of N services.

Each size gets its own index (synthetic services plus the bundled national crisis lines, as
a real deployment has), then a fixed, varied set of need profiles (cities and small towns
across the US, budgets, payment, languages, telehealth, risk or none) runs round after
round; every call is timed alone. Nothing here asserts: the figures are printed and
compared with targets measured against the smallest size in the same run.
"""

import cProfile
import gc
import io
import pstats
import statistics
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from app.api.routes.referrals import place_at
from app.config import BUNDLED_SEED_DIR
from app.directory.geo import lookup_zip
from app.directory.mapping import build_records
from app.directory.seed import bundled_crisis_records
from app.directory.synthetic import generate
from app.routing.eligibility import make_context
from app.routing.index import DirectoryIndex
from app.routing.profile import NeedProfile, Place
from app.routing.rank import route

# A Thursday afternoon on the East Coast: most services are open, some are not.
NOW = datetime(2026, 11, 26, 19, 30, tzinfo=UTC)
ZIPS = (
    "10001", "90012", "60601", "77002", "33130", "27701", "98101", "80202", "85004", "02108",
    "30303", "59601", "82001", "99501", "70112", "55401", "19103", "63101", "37203", "68102",
    "04101", "57501", "96813", "87102", "73102", "84101", "48226", "97205", "20002", "05401",
    "58501", "25301",
)  # fmt: skip
VARIANTS: tuple[dict[str, Any], ...] = (
    {},
    {"max_per_session": 40.0, "payment": frozenset({"sliding_scale", "free"})},
    {"payment": frozenset({"medicaid"}), "topics": frozenset({"depression"})},
    {"risk_flags": ("suicidal_ideation",), "urgency": "immediate"},
    {"languages": ("es", "en"), "age": 16, "populations": frozenset({"youth"})},
    {"populations": frozenset({"veteran"}), "topics": frozenset({"trauma"}), "age": 41},
    {"delivery": frozenset({"video"}), "max_per_session": 120.0},
    {"open_now": True, "max_distance_miles": 50.0, "limit": 20},
    {"risk_flags": ("interpersonal_violence",), "populations": frozenset({"lgbtq"})},
    {"include_waitlisted": True, "topics": frozenset({"substance_use"}), "urgency": "soon"},
    {"state_only": True, "payment": frozenset({"private_insurance"})},
)
TARGET_P50_MS = 2.0
TARGET_GROWTH = 3.0
TARGET_AT = (1_000, 100_000)  # the targets are stated for these sizes


@dataclass
class CoreResult:
    services: int
    calls: int
    p50_ms: float
    p90_ms: float
    p99_ms: float
    mean_ms: float
    mean_results_shown: float
    mean_excluded: float  # services judged and filtered out
    mean_candidates: float  # services judged per call: how the work grows with N
    max_candidates: int
    build_seconds: float


def candidates(index: DirectoryIndex, profile: NeedProfile) -> int:
    """How many services a request judges: a site within its distance, or an area covering it."""
    miles = make_context(profile, NOW).max_miles
    return len(index.reach(profile.place, miles).rows)


def profiles() -> list[NeedProfile]:
    """The fixed profile set: every ZIP with a variant, so each variant meets many places."""
    result = []
    for i, code in enumerate(ZIPS):
        for j in range(2):
            options = dict(VARIANTS[(i * 2 + j) % len(VARIANTS)])
            zp = lookup_zip(code)
            assert zp is not None, code
            if options.pop("state_only", False):
                place = Place(state=zp.state)
            else:
                place = place_at(zp, zp.latitude, zp.longitude)  # as the API resolves a ZIP
            result.append(NeedProfile(place=place, **options))
    return result


def build_index(count: int, random_seed: int = 42) -> tuple[DirectoryIndex, float]:
    """Generate, map and index `count` synthetic services; returns the index and seconds taken."""
    started = time.perf_counter()
    records = build_records(generate(count, random_seed))
    records += bundled_crisis_records(BUNDLED_SEED_DIR)
    index = DirectoryIndex(records, f"synthetic-{count}")
    return index, time.perf_counter() - started


def _percentile(sorted_values: list[float], share: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(share * len(sorted_values)))]


def _time_round(
    index: DirectoryIndex, batch: list[NeedProfile], timings: list[float]
) -> tuple[int, int]:
    """Time every profile once (garbage collection paused); returns results and exclusions."""
    shown = excluded = 0
    gc.collect()
    gc.disable()  # a collection landing in one call would be timed as routing
    try:
        for profile in batch:
            started = time.perf_counter_ns()
            referral = route(profile, index, now=NOW)
            timings.append((time.perf_counter_ns() - started) / 1e6)
            shown += len(referral.results)
            excluded += sum(referral.excluded.values())
    finally:
        gc.enable()
    return shown, excluded


def measure(
    index: DirectoryIndex, *, rounds: int, warmup: int = 1
) -> tuple[list[float], float, float]:
    """Time every profile `rounds` times; returns per-call ms, mean results and mean excluded."""
    return measure_interleaved([index], rounds=rounds, warmup=warmup)[0]


def measure_interleaved(
    indexes: list[DirectoryIndex], *, rounds: int, warmup: int = 1
) -> list[tuple[list[float], float, float]]:
    """Like measure(), for several indexes taking turns round by round: a slow spell on a
    shared machine then slows every size alike, and their ratio stays fair."""
    batch = profiles()
    for index in indexes:
        for _ in range(warmup):
            for profile in batch:
                route(profile, index, now=NOW)
    timings: list[list[float]] = [[] for _ in indexes]
    totals = [[0, 0] for _ in indexes]
    for _ in range(rounds):
        for i, index in enumerate(indexes):
            shown, excluded = _time_round(index, batch, timings[i])
            totals[i][0] += shown
            totals[i][1] += excluded
    return [
        (times, shown / len(times), excluded / len(times))
        for times, (shown, excluded) in zip(timings, totals, strict=True)
    ]


def profile_top(index: DirectoryIndex, *, limit: int = 25) -> str:
    """Profile one round of every profile; returns the functions that take the most time."""
    profiler = cProfile.Profile()
    profiler.enable()
    for profile in profiles():
        route(profile, index, now=NOW)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(limit)
    return out.getvalue()


def run(
    sizes: tuple[int, ...], *, rounds: int, profile: bool = False, echo: Any = print
) -> list[CoreResult]:
    """Measure every size, all in one run and taking turns, so the baseline shares conditions."""
    indexes, builds = [], []
    for count in sizes:
        echo(f"  building {count:,} synthetic services ...")
        index, build_seconds = build_index(count)
        echo(f"  built in {build_seconds:.1f} s")
        indexes.append(index)
        builds.append(build_seconds)
    echo(f"  routing {rounds} rounds of {len(profiles())} profiles, the sizes taking turns")
    measured = measure_interleaved(indexes, rounds=rounds)
    results = []
    for count, index, build_seconds, (timings, shown, excluded) in zip(
        sizes, indexes, builds, measured, strict=True
    ):
        ordered = sorted(timings)
        judged = [candidates(index, p) for p in profiles()]
        results.append(
            CoreResult(
                services=count,
                calls=len(timings),
                p50_ms=round(_percentile(ordered, 0.50), 3),
                p90_ms=round(_percentile(ordered, 0.90), 3),
                p99_ms=round(_percentile(ordered, 0.99), 3),
                mean_ms=round(statistics.fmean(timings), 3),
                mean_results_shown=round(shown, 1),
                mean_excluded=round(excluded, 1),
                mean_candidates=round(statistics.fmean(judged), 1),
                max_candidates=max(judged),
                build_seconds=round(build_seconds, 1),
            )
        )
    if profile:
        echo(profile_top(indexes[-1]))
    return results


def summary(results: list[CoreResult]) -> dict[str, Any]:
    """Figures and targets as one JSON-ready dict."""
    first, last = results[0], results[-1]
    growth = last.p50_ms / first.p50_ms if first.p50_ms else float("inf")
    return {
        "sizes": [asdict(r) for r in results],
        "growth_p50": round(growth, 2),
        "growth_from": first.services,
        "growth_to": last.services,
        "target_p50_ms": TARGET_P50_MS,
        "target_growth": TARGET_GROWTH,
        # None: this run did not measure the sizes the targets are stated for.
        "p50_target_met": last.p50_ms <= TARGET_P50_MS if last.services == TARGET_AT[1] else None,
        "growth_target_met": (
            growth <= TARGET_GROWTH if (first.services, last.services) == TARGET_AT else None
        ),
        "profiles": len(profiles()),
        "now": NOW.isoformat(),
    }
