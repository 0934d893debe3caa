"""Rate limits: a budget per key or per address, 429 with Retry-After past it.

Small limits are set through settings; time never passes in these tests (the in-process
store takes `now` as an argument), so nothing here depends on how fast the machine is.
"""

import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.api.access import client_identity
from app.api.ratelimit import MemoryRateLimiter, RedisRateLimiter, gcra
from tests.api.conftest import PARTNER, issue_key

PROBLEM = "application/problem+json"


def _exhaust(client: TestClient, path: str = "/v1/services", **kwargs: object) -> list[int]:
    return [client.get(path, **kwargs).status_code for _ in range(4)]  # type: ignore[arg-type]


class TestAnonymousLimit:
    def test_past_the_budget_comes_429_with_retry_after(
        self, make_app: Callable[..., FastAPI]
    ) -> None:
        app = make_app(rate_limit_anonymous_per_minute=2)
        with TestClient(app) as client:
            first, second = client.get("/v1/services"), client.get("/v1/services")
            refused = client.get("/v1/services")
        assert [first.status_code, second.status_code] == [200, 200]
        assert [first.headers["RateLimit-Remaining"], second.headers["RateLimit-Remaining"]] == [
            "1",
            "0",
        ]
        assert first.headers["RateLimit-Limit"] == "2"
        assert refused.status_code == 429
        assert refused.headers["content-type"] == PROBLEM
        assert refused.json()["status"] == 429
        # Two a minute means one more every 30 s.
        assert refused.headers["Retry-After"] == "30"
        assert "API key" in refused.json()["detail"]

    def test_each_address_has_its_own_budget(self, make_app: Callable[..., FastAPI]) -> None:
        app = make_app(rate_limit_anonymous_per_minute=1)
        with (
            TestClient(app, client=("203.0.113.1", 5000)) as one,
            TestClient(app, client=("203.0.113.2", 5000)) as two,
        ):
            assert one.get("/v1/services").status_code == 200
            assert one.get("/v1/services").status_code == 429
            assert two.get("/v1/services").status_code == 200

    def test_health_readiness_and_metrics_are_never_limited(
        self, make_app: Callable[..., FastAPI]
    ) -> None:
        app = make_app(rate_limit_anonymous_per_minute=1)
        with TestClient(app) as client:
            assert _exhaust(client)[-1] == 429
            for path in ("/healthz", "/readyz", "/metrics"):
                response = client.get(path)
                assert response.status_code == 200, path
                assert "RateLimit-Limit" not in response.headers


class TestCrisisLinesAreNeverRefused:
    def test_crisis_lines_come_back_after_the_budget_is_spent(
        self, make_app: Callable[..., FastAPI]
    ) -> None:
        app = make_app(rate_limit_anonymous_per_minute=1)
        with TestClient(app) as client:
            assert _exhaust(client) == [200, 429, 429, 429]
            statuses, numbers = [], []
            for headers in ({}, {"X-API-Key": "pk_revoked-or-mistyped"}):
                response = client.get(
                    "/v1/crisis-lines",
                    params={"risk_flags": "suicidal_ideation"},
                    headers=headers,
                )
                statuses.append(response.status_code)
                numbers.append(
                    {
                        p["number"]
                        for r in response.json()["results"]
                        for p in r["service"]["phones"]
                    }
                )
        assert statuses == [200, 200]
        assert all("988" in found for found in numbers)


class TestKeyLimit:
    def test_a_key_has_a_larger_budget_of_its_own(self, make_app: Callable[..., FastAPI]) -> None:
        app = make_app(rate_limit_anonymous_per_minute=1, rate_limit_key_per_minute=3)
        with TestClient(app) as client:
            key = {"X-API-Key": issue_key(app), "Origin": PARTNER}
            assert _exhaust(client) == [200, 429, 429, 429]
            assert _exhaust(client, headers=key) == [200, 200, 200, 429]

    def test_a_key_can_carry_its_own_limit(self, make_app: Callable[..., FastAPI]) -> None:
        app = make_app(rate_limit_key_per_minute=100)
        with TestClient(app) as client:
            key = issue_key(app, kind="secret", origins=(), rate_limit_per_minute=2)
            auth = {"Authorization": f"Bearer {key}"}
            assert _exhaust(client, "/v1/admin/audit", headers=auth) == [200, 200, 429, 429]

    def test_a_limited_response_to_a_partner_page_is_readable_there(
        self, make_app: Callable[..., FastAPI]
    ) -> None:
        app = make_app(rate_limit_key_per_minute=1)
        with TestClient(app) as client:
            key = {"X-API-Key": issue_key(app), "Origin": PARTNER}
            client.get("/v1/services", headers=key)
            refused = client.get("/v1/services", headers=key)
        assert refused.status_code == 429
        assert refused.headers["Access-Control-Allow-Origin"] == PARTNER
        assert "Retry-After" in refused.headers["Access-Control-Expose-Headers"]


class TestGcra:
    def test_the_budget_refills_at_the_limit_rate(self) -> None:
        limiter = MemoryRateLimiter()
        assert [limiter.hit_sync("a", 2, now=0.0).allowed for _ in range(3)] == [True, True, False]
        assert limiter.hit_sync("a", 2, now=29.0).allowed is False
        assert limiter.hit_sync("a", 2, now=30.0).allowed is True

    def test_retry_after_says_when_the_next_request_fits(self) -> None:
        tat = None
        for _ in range(6):
            _, tat = gcra(tat, 0.0, 6, 60.0)
        refused, _ = gcra(tat, 4.0, 6, 60.0)
        assert not refused.allowed
        assert refused.retry_after_seconds == pytest.approx(6.0)
        assert refused.headers()["Retry-After"] == "6"

    def test_concurrent_requests_never_exceed_the_budget(self) -> None:
        limiter = MemoryRateLimiter()
        allowed: list[bool] = []
        lock = threading.Lock()

        def worker() -> None:
            results = [limiter.hit_sync("shared", 100, now=0.0).allowed for _ in range(50)]
            with lock:
                allowed.extend(results)

        threads = [threading.Thread(target=worker) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(allowed) == 400
        assert sum(allowed) == 100


class TestMemoryBound:
    def test_idle_clients_are_forgotten(self) -> None:
        limiter = MemoryRateLimiter()
        for n in range(1000):
            limiter.hit_sync(f"addr:{n}", 60, now=0.0)
        limiter.hit_sync("addr:late", 60, now=3600.0)
        assert len(limiter) == 1

    def test_never_more_than_the_cap_even_when_all_are_busy(self) -> None:
        limiter = MemoryRateLimiter(max_entries=50)
        for n in range(1000):
            limiter.hit_sync(f"addr:{n}", 60, now=0.0)
        assert len(limiter) == 50


class TestClientIdentity:
    def test_ipv6_addresses_share_their_64(self) -> None:
        one = client_identity({"client": ("2001:db8:1:2::1", 1)})
        two = client_identity({"client": ("2001:db8:1:2:ffff::9", 1)})
        other = client_identity({"client": ("2001:db8:1:3::1", 1)})
        assert one == two != other

    def test_ipv4_addresses_are_their_own(self) -> None:
        assert client_identity({"client": ("198.51.100.7", 1)}) != client_identity(
            {"client": ("198.51.100.8", 1)}
        )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    """A throwaway redis-server on a free port (skipped when redis-server is not installed)."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (scripts/provision-test-deps.sh installs it)")
    port = _free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("redis-server did not start")
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.redis
class TestRedisStore:
    def test_replicas_share_one_budget(
        self, make_app: Callable[..., FastAPI], redis_url: str
    ) -> None:
        settings = {"rate_limit_anonymous_per_minute": 3, "rate_limit_storage": redis_url}
        first, second = make_app(**settings), make_app(**settings)
        with TestClient(first) as one, TestClient(second) as two:
            statuses = [c.get("/v1/services").status_code for c in (one, two, one, two)]
            refused = two.get("/v1/services")
        assert statuses == [200, 200, 200, 429]
        assert refused.status_code == 429
        assert int(refused.headers["Retry-After"]) == 20

    def test_an_unreachable_store_lets_requests_through(
        self, make_app: Callable[..., FastAPI]
    ) -> None:
        dead = f"redis://127.0.0.1:{_free_port()}/0"
        app = make_app(rate_limit_anonymous_per_minute=1, rate_limit_storage=dead)
        with TestClient(app) as client:
            assert _exhaust(client) == [200, 200, 200, 200]

    def test_the_script_matches_the_in_process_algorithm(self, redis_url: str) -> None:
        import asyncio

        async def run() -> list[tuple[bool, int]]:
            limiter = RedisRateLimiter(redis_url)
            try:
                return [
                    (d.allowed, d.remaining)
                    for d in [await limiter.hit("same", 3) for _ in range(4)]
                ]
            finally:
                await limiter.aclose()

        memory = MemoryRateLimiter()
        expected = [
            (d.allowed, d.remaining) for d in (memory.hit_sync("same", 3) for _ in range(4))
        ]
        assert asyncio.run(run()) == expected == [(True, 2), (True, 1), (True, 0), (False, 0)]
