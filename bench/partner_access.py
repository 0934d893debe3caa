"""`python -m bench.partner_access`: what key checks and rate limits add to a request.

Prints microseconds per operation for KeyRegistry.lookup (constant-time scan of every
active key) at several key counts, and for the in-process rate limiter with few and many
clients, each next to a same-run baseline (a bare SHA-256; a bare dict read and write).
Never run from the test suite; nothing is asserted.
"""

import argparse
import hashlib
import statistics
import time
from collections.abc import Callable

from sqlmodel import SQLModel

import app.directory.access_models  # noqa: F401  (creates api_key)
from app.api.ratelimit import MemoryRateLimiter
from app.api.security import KeyRegistry
from app.directory.access_repository import create_api_key
from app.directory.database import get_engine, session_scope


def _per_op_us(operation: Callable[[int], object], count: int, rounds: int) -> float:
    """Median over rounds of the mean time per call, in microseconds."""
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        for i in range(count):
            operation(i)
        samples.append((time.perf_counter() - started) / count * 1e6)
    return statistics.median(samples)


def _registry(keys: int) -> tuple[KeyRegistry, str]:
    engine = get_engine(f"sqlite:///file:bench{keys}?mode=memory&cache=shared&uri=true")
    SQLModel.metadata.create_all(engine)
    raw = ""
    with session_scope(engine) as session:
        for n in range(keys):
            _, raw = create_api_key(
                session=session,
                name=f"partner {n}",
                kind="publishable",
                origins=[f"https://p{n}.example"],
            )
    registry = KeyRegistry(engine)
    registry.refresh()
    return registry, raw


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(prog="python -m bench.partner_access", description=__doc__)
    parser.add_argument("--calls", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    calls, rounds = args.calls, args.rounds

    print("operation                                   us/op")
    probe = "pk_" + "x" * 43
    sha = _per_op_us(lambda _: hashlib.sha256(probe.encode()).digest(), calls, rounds)
    print(f"baseline: sha256 of a key                {sha:8.2f}")
    for keys in (10, 100, 1_000):
        registry, raw = _registry(keys)
        hit = _per_op_us(lambda _, r=registry, k=raw: r.lookup(k), calls // 10, rounds)
        print(f"KeyRegistry.lookup, {keys:>5} active keys   {hit:8.2f}")

    table: dict[str, float] = {}
    base = _per_op_us(
        lambda i: table.__setitem__(str(i % 100), table.get(str(i % 100), 0.0)), calls, rounds
    )
    print(f"baseline: dict read+write               {base:8.2f}")
    for clients in (1, 100_000):
        limiter = MemoryRateLimiter()
        cost = _per_op_us(
            lambda i, lim=limiter, n=clients: lim.hit_sync(f"addr:{i % n}", 600), calls, rounds
        )
        print(f"MemoryRateLimiter.hit, {clients:>7} clients  {cost:8.2f}")


if __name__ == "__main__":
    main()
