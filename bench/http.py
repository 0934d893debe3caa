"""HTTP throughput: the real app against the framework's ceiling, in the same run.

A temporary SQLite file gets migrated and filled with the bundled national crisis lines
and N synthetic services. The real app (uvicorn, one worker, as `referral-router serve`
runs it) and the bare ceiling app (bench/ceiling.py) listen on loopback; the load
generator drives each in alternating rounds, so a noisy neighbour on a shared machine
hurts both alike. Rate limits are raised out of the way: they are not what is measured.
"""

import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.config import BUNDLED_SEED_DIR, PROJECT_ROOT
from app.directory import migrate
from app.directory.database import get_engine, session_scope
from app.directory.seed import CRISIS_SEED_FILE, load_seed
from app.directory.synthetic import load_synthetic
from bench.ceiling import ANSWERS_ENV
from bench.load import LoadResult, drive, fetch_once, post_request
from bench.routing import ZIPS

HOST = "127.0.0.1"
TARGET_RATIO = 0.8
VARIANTS: tuple[dict[str, Any], ...] = (
    {},
    {"cost": {"max_per_session": 40, "payment": ["sliding_scale", "free"]}},
    {"risk_flags": ["suicidal_ideation"], "urgency": "immediate"},
    {"languages": ["es", "en"], "age": 16, "populations": ["youth"]},
    {"populations": ["veteran"], "topics": ["trauma"], "description": "Trouble sleeping."},
    {"delivery": ["video"], "cost": {"max_per_session": 120}},
    {"open_now": True, "max_distance_miles": 50, "limit": 20},
    {"cost": {"payment": ["medicaid"]}, "topics": ["depression"]},
)


def request_bodies(count: int = 16) -> list[bytes]:
    """A varied, fixed set of request bodies: different ZIPs, budgets, risk or none."""
    bodies = []
    for i in range(count):
        profile = {"location": {"zip": ZIPS[(i * 5) % len(ZIPS)]}, **VARIANTS[i % len(VARIANTS)]}
        bodies.append(json.dumps(profile, separators=(",", ":")).encode("utf-8"))
    return bodies


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _fetch(port: int, request: bytes) -> tuple[int, bytes]:
    try:
        return asyncio.run(fetch_once(HOST, port, request))
    except (OSError, asyncio.IncompleteReadError):
        return 0, b""


def _get(port: int, path: str) -> int:
    return _fetch(port, f"GET {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\n\r\n".encode())[0]


@contextmanager
def _server(
    target: list[str], env: dict[str, str], ready: tuple[str, int], log: Path
) -> Iterator[int]:
    port = _free_port()
    command = [sys.executable, "-m", "uvicorn", *target, "--host", HOST, "--port", str(port)]
    command += ["--no-access-log", "--log-level", "warning"]
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, env=env, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=out
        )
    try:
        deadline = time.monotonic() + 600
        while _get(port, ready[0]) != ready[1]:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"server {target[0]} did not start:\n{log.read_text()[-2000:]}")
            time.sleep(0.5)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _prepare_database(url: str, services: int) -> None:
    migrate.upgrade(url, "head")
    engine = get_engine(url)
    with session_scope(engine) as session:
        load_seed(session=session, seed_dir=BUNDLED_SEED_DIR, files=(CRISIS_SEED_FILE,))
        load_synthetic(session=session, count=services, random_seed=42)
    engine.dispose()


def _record_answers(port: int, bodies: list[bytes], folder: Path) -> Path:
    """Ask the real app once per body and keep its exact bytes for the ceiling to replay."""
    answers = []
    for body in bodies:
        status, answer = _fetch(port, post_request(HOST, port, "/v1/referrals", body))
        if status != 200:
            raise RuntimeError(f"the real app answered {status}: {answer[:500]!r}")
        answers.append([body.decode("utf-8"), answer.decode("utf-8")])
    path = folder / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    return path


def _rounds(
    ports: dict[str, int], bodies: list[bytes], *, concurrency: int, seconds: float, rounds: int
) -> dict[str, LoadResult]:
    requests = {
        name: [post_request(HOST, port, "/v1/referrals", b) for b in bodies]
        for name, port in ports.items()
    }
    for name, port in ports.items():  # warm both: first requests pay for imports and caches
        drive(HOST, port, requests[name], concurrency=concurrency, seconds=min(2.0, seconds))
    totals = {name: LoadResult() for name in ports}
    for _ in range(rounds):
        for name, port in ports.items():
            result = drive(HOST, port, requests[name], concurrency=concurrency, seconds=seconds)
            totals[name].add(result)
    return totals


def run(
    *,
    services: int,
    concurrency: int,
    seconds: float,
    rounds: int,
    echo: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Measure requests per second of the real app and of the ceiling; returns the figures."""
    with tempfile.TemporaryDirectory(prefix="referral-bench-") as tmp:
        folder = Path(tmp)
        url = f"sqlite:///{folder / 'bench.db'}"
        echo(f"  seeding {services:,} synthetic services into a temporary SQLite file ...")
        started = time.perf_counter()
        _prepare_database(url, services)
        seed_seconds = time.perf_counter() - started
        env = {
            **os.environ,
            "REFERRAL_DATABASE_URL": url,
            "REFERRAL_RATE_LIMIT_ANONYMOUS_PER_MINUTE": str(10**9),
            "REFERRAL_RATE_LIMIT_KEY_PER_MINUTE": str(10**9),
            "REFERRAL_LOG_LEVEL": "WARNING",
            "REFERRAL_RELOAD_INTERVAL_SECONDS": "300",
        }
        bodies = request_bodies()
        echo(f"  seeded in {seed_seconds:.1f} s; starting the real app ...")
        with _server(["app.main:app"], env, ("/readyz", 200), folder / "app.log") as app_port:
            answers = _record_answers(app_port, bodies, folder)
            ceiling_env = {**env, ANSWERS_ENV: str(answers)}
            # GET on a POST-only route answers 405 once the bare app is up.
            with (
                _server(
                    ["--factory", "bench.ceiling:create_ceiling_app"],
                    ceiling_env,
                    ("/v1/referrals", 405),
                    folder / "ceiling.log",
                ) as port,
                _server(
                    ["--factory", "bench.ceiling:create_stack_ceiling_app"],
                    ceiling_env,
                    ("/readyz", 200),
                    folder / "stack.log",
                ) as stack_port,
            ):
                echo(f"  driving all three: {rounds} rounds x {seconds:g} s, {concurrency} links")
                totals = _rounds(
                    {"ceiling": port, "stack": stack_port, "app": app_port},
                    bodies,
                    concurrency=concurrency,
                    seconds=seconds,
                    rounds=rounds,
                )
    app, ceiling, stack = totals["app"], totals["ceiling"], totals["stack"]
    ratio = app.per_second / ceiling.per_second if ceiling.per_second else 0.0
    stack_ratio = stack.per_second / ceiling.per_second if ceiling.per_second else 0.0
    return {
        "services": services,
        "concurrency": concurrency,
        "seconds_per_round": seconds,
        "rounds": rounds,
        "request_bodies": len(bodies),
        "app_rps": round(app.per_second, 1),
        "ceiling_rps": round(ceiling.per_second, 1),
        "stack_ceiling_rps": round(stack.per_second, 1),
        "stack_ratio": round(stack_ratio, 3),
        "ratio": round(ratio, 3),
        "target_ratio": TARGET_RATIO,
        "ratio_target_met": ratio >= TARGET_RATIO,
        "app_errors": app.errors,
        "ceiling_errors": ceiling.errors,
        "stack_ceiling_errors": stack.errors,
        "app_statuses": app.statuses,
        "seed_seconds": round(seed_seconds, 1),
    }
