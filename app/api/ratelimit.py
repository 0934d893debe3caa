"""Rate-limit stores: in-process by default, Redis when replicas must share counts.

Both use the same algorithm, GCRA (the generic cell rate algorithm, a token bucket kept as
one number per client: the "theoretical arrival time"). A client may spend its whole
per-minute budget at once, then one request per `60/limit` seconds; an idle client costs
nothing, which is what lets the in-process store evict idle entries and Redis expire them.

If Redis cannot be reached the request is allowed (fail open): a rate limiter must never be
the reason someone in crisis gets no answer.
"""

import logging
import math
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger(__name__)

PERIOD_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome of one request against a budget of `limit` per period."""

    allowed: bool
    limit: int
    remaining: int
    reset_seconds: float  # until the budget is whole again
    retry_after_seconds: float = 0.0  # until one more request is allowed (when refused)
    counted: bool = True  # False when the store could not be reached

    def headers(self) -> dict[str, str]:
        """RateLimit headers (IETF draft), plus Retry-After when refused."""
        if not self.counted:
            return {}
        values = {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(math.ceil(self.reset_seconds)),
            "RateLimit-Policy": f"{self.limit};w={int(PERIOD_SECONDS)}",
        }
        if not self.allowed:
            values["Retry-After"] = str(max(1, math.ceil(self.retry_after_seconds)))
        return values


def gcra(tat: float | None, now: float, limit: int, period: float) -> tuple[Decision, float]:
    """Apply one request to a stored arrival time; returns the decision and the time to store."""
    interval = period / limit
    tat = max(tat if tat is not None else now, now)
    new_tat = tat + interval
    allow_at = new_tat - period
    if allow_at - now > 1e-9:  # tolerance: `limit` additions of period/limit may overshoot
        return Decision(False, limit, 0, tat - now, allow_at - now), tat
    remaining = math.floor((period - (new_tat - now)) / interval + 1e-9)
    return Decision(True, limit, max(0, remaining), new_tat - now), new_tat


class RateLimiter(Protocol):
    async def hit(self, identity: str, limit: int) -> Decision: ...

    async def aclose(self) -> None: ...


class MemoryRateLimiter:
    """Per-process store: thread-safe, at most `max_entries` clients, idle ones evicted."""

    def __init__(self, *, max_entries: int = 100_000, period: float = PERIOD_SECONDS) -> None:
        self._period = period
        self._max_entries = max_entries
        self._arrivals: OrderedDict[str, float] = OrderedDict()  # least recently seen first
        self._lock = threading.Lock()

    def hit_sync(self, identity: str, limit: int, now: float | None = None) -> Decision:
        """Count one request by `identity` against `limit` per period."""
        now = time.monotonic() if now is None else now
        with self._lock:
            decision, tat = gcra(self._arrivals.get(identity), now, limit, self._period)
            self._arrivals[identity] = tat
            self._arrivals.move_to_end(identity)
            self._evict(now)
        return decision

    def _evict(self, now: float) -> None:
        # A client whose arrival time has passed has its whole budget back: forgetting it
        # changes nothing. Past the cap, forget the least recently seen (they get a fresh budget).
        arrivals = self._arrivals
        while arrivals:
            oldest, tat = next(iter(arrivals.items()))
            if tat > now and len(arrivals) <= self._max_entries:
                break
            del arrivals[oldest]

    def __len__(self) -> int:
        return len(self._arrivals)

    async def hit(self, identity: str, limit: int) -> Decision:
        return self.hit_sync(identity, limit)

    async def aclose(self) -> None:
        return None


# GCRA in one atomic step on the Redis server, timed by the server's clock so that
# replicas with drifting clocks still share one budget. Times in milliseconds.
_GCRA_LUA = """
local limit = tonumber(ARGV[1])
local period = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = period / limit
local tat = tonumber(redis.call('GET', KEYS[1]))
if not tat or tat < now then tat = now end
local new_tat = tat + interval
local allow_at = new_tat - period
if allow_at - now > 1e-6 then
  return {0, 0, tostring(tat - now), tostring(allow_at - now)}
end
redis.call('SET', KEYS[1], tostring(new_tat), 'PX', math.ceil(new_tat - now))
local remaining = math.floor((period - (new_tat - now)) / interval + 1e-9)
return {1, remaining, tostring(new_tat - now), '0'}
"""


class RedisRateLimiter:
    """Shared store for several replicas: one Redis key per client, expiring when idle."""

    def __init__(self, url: str, *, period: float = PERIOD_SECONDS, prefix: str = "rr:rl:") -> None:
        import redis.asyncio as redis_asyncio

        self._client = redis_asyncio.Redis.from_url(
            url, socket_connect_timeout=0.5, socket_timeout=0.5
        )
        self._script = self._client.register_script(_GCRA_LUA)
        self._period_ms = int(period * 1000)
        self._prefix = prefix

    async def hit(self, identity: str, limit: int) -> Decision:
        from redis.exceptions import RedisError

        try:
            allowed, remaining, reset_ms, retry_ms = await self._script(
                keys=[self._prefix + identity], args=[limit, self._period_ms]
            )
        except (RedisError, OSError) as exc:
            log.warning("rate-limit store unreachable", extra={"error_type": type(exc).__name__})
            return Decision(True, limit, limit, 0.0, counted=False)
        return Decision(
            bool(allowed),
            limit,
            int(remaining),
            float(reset_ms) / 1000,
            float(retry_ms) / 1000,
        )

    async def aclose(self) -> None:
        await self._client.aclose()


def make_rate_limiter(storage: str) -> RateLimiter:
    """Build the store a settings URL names: memory:// or redis://host:port/db (rediss://)."""
    if storage.startswith(("redis://", "rediss://", "unix://")):
        return RedisRateLimiter(storage)
    if storage.startswith("memory://"):
        return MemoryRateLimiter()
    raise ValueError("rate_limit_storage must be memory:// or a redis:// URL.")
