"""`python -m bench` (or `make bench`): routing-core latency and HTTP throughput, with targets.

Prints a results table, writes bench/results/latest.json and rewrites the "Routing core"
and "HTTP throughput" sections of docs/performance.md; then runs the other benchmarks
(OTHER_BENCHES), each as its own process. Never run from the test suite:
speed is printed against targets and a same-run baseline, never asserted.
"""

import argparse
import importlib.util
import os
import subprocess
import sys
from typing import Any

from bench import http, routing
from bench.report import (
    CORE_HEADING,
    HTTP_HEADING,
    core_lines,
    http_lines,
    machine,
    print_results,
    save_json,
    write_docs,
)

# Benchmarks other parts of the project own; each runs alone as `python -m <module>` too.
OTHER_BENCHES = (
    "bench.coverage",
    "bench.hsds_import",
    "bench.partner_access",
    "bench.screening",
    "bench.soak",
)
# Their smoke-run arguments, for --quick.
QUICK_ARGUMENTS = {"bench.coverage": ["--quick"], "bench.soak": ["--seconds", "10", "--no-docs"]}
# The ones that write their own section of docs/performance.md, and how to tell them not to.
NO_DOCS_ARGUMENTS = {"bench.coverage": ["--no-docs"], "bench.soak": ["--no-docs"]}


def _sizes(text: str) -> tuple[int, ...]:
    return tuple(sorted(int(part.replace("_", "")) for part in text.split(",") if part.strip()))


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--sizes", type=_sizes, default=(1_000, 10_000, 100_000))
    parser.add_argument("--rounds", type=int, default=10, help="Rounds of every core profile.")
    parser.add_argument("--http-services", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=10.0, help="Length of one HTTP round.")
    parser.add_argument("--http-rounds", type=int, default=3)
    parser.add_argument("--skip-core", action="store_true")
    parser.add_argument("--skip-http", action="store_true")
    parser.add_argument(
        "--skip-others", action="store_true", help="Skip " + ", ".join(OTHER_BENCHES) + "."
    )
    parser.add_argument("--profile", action="store_true", help="Profile the largest size.")
    parser.add_argument("--no-docs", action="store_true", help="Leave docs/performance.md alone.")
    parser.add_argument(
        "--quick", action="store_true", help="Smoke run: 1k and 10k, short rounds, no docs."
    )
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.rounds, args.seconds, args.http_rounds = (1_000, 10_000), 2, 3.0, 1
        args.no_docs = True
    return args


def _where(results: dict[str, Any]) -> str:
    m = results["machine"]
    return (
        f"Measured {m['measured_at']} at commit `{m['commit']}` (Python {m['python']}, "
        f"{m['cpus']} CPUs, 1-minute load average {m['load_average_1m']} at start and "
        f"{m.get('load_average_1m_end', '?')} at the end). On a "
        "shared or busy machine every figure reads slower; compare figures from one run."
    )


def _core_section(results: dict[str, Any]) -> str:
    core = results["core"]
    method = (
        f"`route(profile, index, now=...)` called in-process (no HTTP) on an index of N "
        "synthetic services (`referral-router seed --synthetic N`, random seed 42: real ZIP "
        "centroids weighted by population, the mix described in app/directory/synthetic_mix.py) "
        f"plus the bundled national crisis lines. {core['profiles']} need profiles: 32 ZIPs from "
        "big cities to small towns (New York, Los Angeles, Houston, ... Pierre SD, Cheyenne WY, "
        "Anchorage) with two of eleven variants each: no filter; a $40 budget, sliding scale or "
        "free; Medicaid; suicidal ideation, immediate; a Spanish-speaking 16-year-old; a "
        "veteran; video only; open now within 50 miles; interpersonal violence, LGBTQ+; "
        "waitlist allowed; state only. Each call is timed alone, after a warm-up round, with "
        "garbage collection paused while timing; the sizes take turns round by round, so a "
        "slow spell on a shared machine slows them alike. 'results shown' is the mean length "
        "of the answer's list (crisis items plus services); 'candidates judged' counts the "
        "services each call filters and scores: every service with a site within the distance "
        "or an area covering the place, so every answer is the exact best `limit` (tests hold it "
        "to a brute-force walk of the whole directory); 'excluded' is how many of them the "
        "answer reports as filtered out."
    )
    return "\n\n".join(
        [
            _where(results),
            method,
            "\n".join(core_lines(core)),
            "Reproduce: `python -m bench --skip-http`.",
        ]
    )


def _http_section(results: dict[str, Any]) -> str:
    h = results["http"]
    method = (
        f"The real app (`uvicorn app.main:app`, one worker, every middleware on; rate limits "
        f"raised out of the way) on a temporary SQLite file with {h['services']:,} synthetic "
        "services and the national crisis lines, against the framework's ceiling: a bare "
        "FastAPI app (bench/ceiling.py) with the same route and request model that answers "
        "with the bytes the real app gave for each body, without ranking; and against the "
        "stack's ceiling: the real app, every middleware and the same dependency on, its "
        "referral route answering with those recorded bytes. "
        f"{h['request_bodies']} request bodies (different ZIPs, budgets, risk or none) cycle "
        f"over {h['concurrency']} keep-alive connections from a raw asyncio HTTP/1.1 load "
        f"generator on loopback; {h['rounds']} rounds of {h['seconds_per_round']:g} s "
        "alternate between the servers. The generator shares the machine, so absolute "
        "figures are lower than on a dedicated host; the ratios are the figures to compare."
    )
    return "\n\n".join(
        [
            _where(results),
            method,
            "\n".join(http_lines(h)),
            "Reproduce: `python -m bench --skip-core`.",
        ]
    )


def _run_others(*, quick: bool, no_docs: bool) -> None:
    for module in OTHER_BENCHES:
        if importlib.util.find_spec(module) is None:
            continue
        print(f"\n=== python -m {module} ===", flush=True)
        extra = QUICK_ARGUMENTS.get(module, []) if quick else []
        if no_docs:
            extra = [*extra, *(a for a in NO_DOCS_ARGUMENTS.get(module, []) if a not in extra)]
        subprocess.run([sys.executable, "-m", module, *extra], check=False)


def main() -> None:
    """Run the benchmarks the arguments ask for and report them."""
    args = _arguments()
    results: dict[str, Any] = {"machine": machine()}
    sections: dict[str, str] = {}
    if not args.skip_core:
        print(f"Routing core at {', '.join(f'{n:,}' for n in args.sizes)} services")
        measured = routing.run(args.sizes, rounds=args.rounds, profile=args.profile)
        results["core"] = routing.summary(measured)
    if not args.skip_http:
        print(f"HTTP throughput at {args.http_services:,} services")
        results["http"] = http.run(
            services=args.http_services,
            concurrency=args.concurrency,
            seconds=args.seconds,
            rounds=args.http_rounds,
        )
    results["machine"]["load_average_1m_end"] = round(os.getloadavg()[0], 2)
    if "core" in results:
        sections[CORE_HEADING] = _core_section(results)
    if "http" in results:
        sections[HTTP_HEADING] = _http_section(results)
    print_results(results)
    print(f"\nWrote {save_json(results)}")
    if sections and not args.no_docs:
        print(f"Wrote {write_docs(results, sections)}")
    if not args.skip_others:
        _run_others(quick=args.quick, no_docs=args.no_docs)


if __name__ == "__main__":
    main()
