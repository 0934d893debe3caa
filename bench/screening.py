"""`python -m bench.screening`: what free-text risk screening costs per description.

Two 2,000-character texts: a typical description (a long, ordinary request for counselling)
and a keyword-dense worst case (the labelled risky and safe phrases of the tests run together,
so nearly every sentence wakes up some rules). Each is timed through `screen(text)` next to a
same-run baseline: the naive scan that normalises the same text and runs every rule over every
whole sentence (`scan(normalize(text), prefilter=False)`), which is also what screening costs
the day the prefilter's private `re._parser` is gone. CPU time, best of several batches, so
that a busy shared machine disturbs the figures less. Run from the repository root (the dense
text comes from tests/routing/screening_phrases.py); nothing here asserts.
"""

import argparse
import time
from collections.abc import Callable
from functools import partial

from app.routing.screening import normalize, scan, screen
from tests.routing.screening_phrases import RISKY, SAFE

CHARS = 2_000
TYPICAL = (
    "I'm writing because my doctor suggested counseling. I work nights as a nurse, I have two "
    "kids and since my divorce I feel anxious most days and can't sleep. My mother moved in "
    "to help and we argue a lot. I'd like evening or video sessions, ideally with a woman who "
    "understands grief, because my father passed away in the spring. "
)


def texts() -> dict[str, str]:
    """The two texts, each cut to CHARS characters."""
    dense = " ".join([phrase for phrase, _ in RISKY] + SAFE)
    return {"typical": (TYPICAL * 10)[:CHARS], "keyword-dense": dense[:CHARS]}


def naive_scan(text: str) -> list[int]:
    """The baseline: normalise, then run every rule over every whole sentence."""
    return scan(normalize(text), prefilter=False)


def cpu_us(call: Callable[[], object], runs: int, batches: int) -> float:
    """Best over batches of the mean CPU time per call, in microseconds (after a warm-up)."""
    call()
    best = float("inf")
    for _ in range(batches):
        started = time.process_time()
        for _ in range(runs):
            call()
        best = min(best, (time.process_time() - started) / runs * 1e6)
    return best


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(prog="python -m bench.screening", description=__doc__)
    parser.add_argument("--runs", type=int, default=100, help="Calls of screen() per batch.")
    parser.add_argument("--batches", type=int, default=7)
    args = parser.parse_args()
    naive_runs = max(1, args.runs // 20)  # the baseline is 10 to 100 times slower

    print(f"screening {CHARS:,} characters     screen() us   naive scan us   naive / screen")
    for name, text in texts().items():
        screened = cpu_us(partial(screen, text), args.runs, args.batches)
        naive = cpu_us(partial(naive_scan, text), naive_runs, args.batches)
        print(f"{name:<30} {screened:12.0f} {naive:15.0f} {naive / screened:15.1f}x")


if __name__ == "__main__":
    main()
