"""Print the figures, save them as JSON, and rewrite this run's sections of docs/performance.md.

docs/performance.md is shared: other sections (coverage, load) belong to other tools, so
only the sections headed "## Routing core" and "## HTTP throughput" are replaced, in place.
"""

import json
import os
import platform
import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.config import PROJECT_ROOT

RESULTS = PROJECT_ROOT / "bench" / "results" / "latest.json"
DOC = PROJECT_ROOT / "docs" / "performance.md"
CORE_HEADING = "## Routing core"
HTTP_HEADING = "## HTTP throughput"
DOC_INTRO = """# Performance

Figures measured by `make bench` (`python -m bench`). Each section says how it was
measured; every comparison is against a baseline measured in the same run, on the same
machine. Re-run to refresh: the sections below are rewritten by the tools that own them.
"""


def machine() -> dict[str, Any]:
    """Describe where the figures come from (a shared, loaded machine reads slower)."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return {
        "measured_at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit,
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "cpus": os.cpu_count(),
        "load_average_1m": round(os.getloadavg()[0], 2),
    }


def _mark(met: bool | None) -> str:
    if met is None:
        return "not comparable at these sizes"
    return "met" if met else "MISSED"


def core_lines(core: dict[str, Any]) -> list[str]:
    """The routing-core table, as Markdown (also readable on a terminal)."""
    lines = [
        "| services | p50 ms | p90 ms | p99 ms | mean ms | results shown | candidates judged "
        "(mean / most) | excluded | build s |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size in core["sizes"]:
        lines.append(
            f"| {size['services']:,} | {size['p50_ms']:.3f} | {size['p90_ms']:.3f} "
            f"| {size['p99_ms']:.3f} | {size['mean_ms']:.3f} | {size['mean_results_shown']} "
            f"| {size['mean_candidates']:,} / {size['max_candidates']:,} "
            f"| {size['mean_excluded']} | {size['build_seconds']} |"
        )
    last = core["sizes"][-1]
    lines += [
        "",
        f"- p50 at {last['services']:,} services: **{last['p50_ms']:.3f} ms** "
        f"(target <= {core['target_p50_ms']:g} ms: {_mark(core['p50_target_met'])})",
        f"- p50 growth {core['growth_from']:,} -> {core['growth_to']:,} services: "
        f"**{core['growth_p50']:.2f}x** (target <= {core['target_growth']:g}x: "
        f"{_mark(core['growth_target_met'])})",
    ]
    return lines


def http_lines(http: dict[str, Any]) -> list[str]:
    """The HTTP table, as Markdown."""
    lines = [
        "| server | requests/s | non-200 |",
        "|---|---:|---:|",
        f"| referral-router, POST /v1/referrals | {http['app_rps']:,.1f} | {http['app_errors']} |",
    ]
    if "stack_ceiling_rps" in http:
        lines.append(
            f"| the same app, every middleware on, its route replaying recorded bytes "
            f"| {http['stack_ceiling_rps']:,.1f} | {http['stack_ceiling_errors']} |"
        )
    lines += [
        f"| bare FastAPI ceiling (same request model, recorded bytes) "
        f"| {http['ceiling_rps']:,.1f} | {http['ceiling_errors']} |",
        "",
        f"- ratio: **{100 * http['ratio']:.1f}%** of the ceiling "
        f"(target >= {100 * http['target_ratio']:.0f}%: {_mark(http['ratio_target_met'])})",
    ]
    if "stack_ratio" in http:
        lines.append(
            f"- with ranking and answer building free, the app's own stack would reach "
            f"**{100 * http['stack_ratio']:.1f}%** of the ceiling: the most any ranking can give"
        )
    return lines


def print_results(results: dict[str, Any]) -> None:
    """Print every figure with its target."""
    if "core" in results:
        print(f"\nRouting core: route() over {results['core']['profiles']} profiles")
        print("\n".join(core_lines(results["core"])))
    if "http" in results:
        http = results["http"]
        rounds = f"{http['rounds']} x {http['seconds_per_round']:g} s"
        print(
            f"\nHTTP throughput at {http['services']:,} services "
            f"({http['concurrency']} connections, {rounds})"
        )
        print("\n".join(http_lines(http)))
    where = results["machine"]
    print(
        f"\nMeasured {where['measured_at']} at {where['commit']}, Python {where['python']}, "
        f"{where['cpus']} CPUs, load average {where['load_average_1m']} at start."
    )


def save_json(results: dict[str, Any]) -> Path:
    """Write bench/results/latest.json (not committed)."""
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return RESULTS


def _replace_section(text: str, heading: str, body: str) -> str:
    section = f"{heading}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    if pattern.search(text):
        return pattern.sub(lambda _: section + "\n", text, count=1).rstrip() + "\n"
    return text.rstrip() + "\n\n" + section


def write_docs(results: dict[str, Any], sections: dict[str, str]) -> Path:
    """Replace (or add) this run's sections of docs/performance.md, keeping all others."""
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else DOC_INTRO
    for heading, body in sections.items():
        text = _replace_section(text, heading, body)
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text, encoding="utf-8")
    return DOC
