"""Load soak: 64 keep-alive connections for 60 s against a live local server (loopback only).

    python -m bench.soak [--connections 64] [--seconds 60] [--no-docs]

Starts `referral-router serve` (one worker) on a free 127.0.0.1 port over a fresh SQLite
database seeded from seed/, drives a mix of referral, crisis-line and directory requests,
and reports errors (must be zero), requests per second, latency percentiles, and the
server's resident memory (VmRSS) after warm-up and at the end (growth must be < 10%).
With `wrk` on PATH (`apt-get install -y wrk`) the referral request is also driven by wrk
for a second opinion; otherwise the asyncio generator alone is used. Rate limits are
raised for the run: it measures the service, not the limiter. Writes the "## Load"
section of docs/performance.md (other sections are left as they are).
"""

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bench.load import _read_response, post_request
from bench.report import write_docs

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
HEADING = "## Load"
WARMUP_SECONDS = 5.0
REFERRALS = [
    {"location": {"zip": "27701"}, "topics": ["depression"]},
    {"location": {"zip": "27701"}, "risk_flags": ["suicidal_ideation"], "urgency": "immediate"},
    {"location": {"zip": "10001"}, "cost": {"max_per_session": 40, "payment": ["sliding_scale"]}},
    {"location": {"state": "TX"}, "languages": ["es"], "age": 16},
    {"description": "I can't sleep and I feel hopeless", "delivery": ["video"]},
]
GETS = ["/v1/crisis-lines?risk_flags=suicidal_ideation", "/v1/services?zip=27701&limit=10"]


@dataclass
class Run:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    seconds: float = 0.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def _requests(port: int) -> list[bytes]:
    host = "127.0.0.1"
    posts = [post_request(host, port, "/v1/referrals", json.dumps(b).encode()) for b in REFERRALS]
    gets = [
        f"GET {p} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: application/json\r\n\r\n".encode()
        for p in GETS
    ]
    return posts * 2 + gets  # referrals are the main traffic


async def _connection(port: int, requests: list[bytes], offset: int, end: float, run: Run) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    i = offset
    try:
        while time.perf_counter() < end:
            started = time.perf_counter()
            writer.write(requests[i % len(requests)])
            i += 1
            await writer.drain()
            status, _ = await _read_response(reader)
            run.latencies.append(time.perf_counter() - started)
            run.statuses[status] = run.statuses.get(status, 0) + 1
            run.errors += status != 200
    except (OSError, asyncio.IncompleteReadError):
        run.errors += 1
    finally:
        writer.close()


async def _drive(port: int, connections: int, seconds: float) -> Run:
    run, requests = Run(), _requests(port)
    started = time.perf_counter()
    await asyncio.gather(
        *(_connection(port, requests, c, started + seconds, run) for c in range(connections))
    )
    run.seconds = time.perf_counter() - started
    return run


def _percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=1000)[int(q * 10) - 1] * 1000 if values else 0.0


def _wait_healthy(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                if b" 200 " in sock.recv(100):
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("server did not start")


def _wrk(port: int, seconds: int, connections: int, folder: Path) -> str | None:
    if shutil.which("wrk") is None:
        return None
    script = folder / "post.lua"
    body = json.dumps(REFERRALS[0]).replace('"', '\\"')
    script.write_text(
        f'wrk.method = "POST"\nwrk.body = "{body}"\n'
        'wrk.headers["Content-Type"] = "application/json"\n'
    )
    argv = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(script)]
    result = subprocess.run(
        [*argv, f"http://127.0.0.1:{port}/v1/referrals"], capture_output=True, text=True
    )
    return result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--no-docs", action="store_true", help="Print only.")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="referral-soak-"))
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("REFERRAL_")}
    env.update(
        REFERRAL_DATABASE_URL=f"sqlite:///{folder / 'soak.db'}",
        REFERRAL_RATE_LIMIT_ANONYMOUS_PER_MINUTE="100000000",
        REFERRAL_LOG_LEVEL="INFO",
    )
    for step in ("migrate", "seed"):
        subprocess.run([str(BIN / "referral-router"), step], env=env, check=True, cwd=ROOT)
    serve = [str(BIN / "referral-router"), "serve", "--host", "127.0.0.1", "--port", str(port)]
    with (folder / "server.log").open("wb") as log:
        server = subprocess.Popen(serve, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_healthy(port, server)
        rss_idle = _rss_kib(server.pid)
        asyncio.run(_drive(port, args.connections, WARMUP_SECONDS))
        rss_start = _rss_kib(server.pid)
        run = asyncio.run(_drive(port, args.connections, args.seconds))
        rss_end = _rss_kib(server.pid)
        wrk_output = _wrk(port, int(args.seconds), args.connections, folder)
    finally:
        server.terminate()
        server.wait(timeout=30)
    growth = (rss_end - rss_start) / rss_start * 100
    lines = [
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC with `python -m bench.soak` "
        f"(Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, 1-minute load average "
        f"{os.getloadavg()[0]:.2f} at the end; the generator shares the machine).",
        "",
        f"One `referral-router serve` worker on 127.0.0.1 over SQLite seeded from seed/; "
        f"{args.connections} keep-alive connections for {run.seconds:.0f} s after a "
        f"{WARMUP_SECONDS:.0f} s warm-up; requests cycle through 5 referral profiles (x2) "
        "plus crisis lines and a ZIP directory search. Rate limits raised for the run.",
        "",
        "| requests | errors | req/s | p50 ms | p90 ms | p99 ms | max ms |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        f"| {len(run.latencies):,} | {run.errors} | {len(run.latencies) / run.seconds:,.1f} | "
        f"{_percentile(run.latencies, 50):.1f} | {_percentile(run.latencies, 90):.1f} | "
        f"{_percentile(run.latencies, 99):.1f} | {max(run.latencies) * 1000:.1f} |",
        "",
        f"- Status codes: {dict(sorted(run.statuses.items()))}",
        f"- Errors: **{run.errors}** (target 0: {'MET' if run.errors == 0 else 'MISSED'})",
        f"- Resident memory (VmRSS): idle {rss_idle / 1024:.1f} MiB, after warm-up "
        f"{rss_start / 1024:.1f} MiB, at the end {rss_end / 1024:.1f} MiB: growth "
        f"**{growth:+.1f}%** (target < 10%: {'MET' if growth < 10 else 'MISSED'})",
        "- wrk: " + ("see below" if wrk_output else "not installed; asyncio generator only"),
    ]
    if wrk_output:
        lines += ["", "```", wrk_output.strip(), "```"]
    section = "\n".join(lines) + "\n"
    print(section)
    if not args.no_docs:
        print(f"Wrote {write_docs({}, {HEADING: section})}")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
