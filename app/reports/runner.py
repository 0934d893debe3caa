"""Run coverage for many locations: in this process (optionally on every core) or remotely.

In-process, one `CoveragePlan` is built and, for large runs, forked worker processes share
it copy-on-write and cover chunks in order. Remotely, locations go to POST /v1/coverage in
chunks over httpx, retrying 429, 5xx and connection failures with exponential back-off
that honours Retry-After. Both yield the same rows (header first, summary last is the
caller's job), so the CLI writes its CSV and HTML the same way from either.
"""

import multiprocessing
import time
from collections.abc import Callable, Iterator, Sequence
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from app.reports.locations import GoodLocation, Located
from app.reports.rows import run_rows
from app.routing.coverage import CoveragePlan

CHUNK = 1_000
PARALLEL_FROM = 5_000  # below this, starting processes costs more than it saves
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_ATTEMPTS = 6
MAX_BACKOFF_SECONDS = 60.0

_plan: CoveragePlan | None = None  # set in the parent before forking; read by workers


def _cover_chunk(chunk: Sequence[Located]) -> list[dict[str, Any]]:
    assert _plan is not None
    return list(run_rows(_plan, chunk))


def run_local(
    plan: CoveragePlan, located: Sequence[Located], workers: int = 1, chunk: int = 500
) -> Iterator[dict[str, Any]]:
    """Yield one row per location in input order, on `workers` processes for large runs."""
    global _plan
    if workers <= 1 or len(located) < PARALLEL_FROM or "fork" not in _start_methods():
        yield from run_rows(plan, located)
        return
    _plan = plan
    # Warm the per-state telehealth counts once, so each worker inherits them.
    for item in located:
        if isinstance(item, GoodLocation) and item.place.state:
            plan.cover(item.place)
            break
    chunks = [located[i : i + chunk] for i in range(0, len(located), chunk)]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for rows in pool.imap(_cover_chunk, chunks):
            yield from rows


def _start_methods() -> list[str]:
    return multiprocessing.get_all_start_methods()


class RemoteError(Exception):
    """The server refused the request for a reason retrying will not fix."""


def retry_after_seconds(response: httpx.Response) -> float | None:
    """Read Retry-After as seconds (a number or an HTTP date); None if absent or unreadable."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


class RemoteCoverage:
    """POST locations to a deployed server in chunks, with retries and back-off."""

    def __init__(
        self,
        base_url: str,
        key: str | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        backoff_seconds: float = 1.0,
        timeout_seconds: float = 120.0,
    ) -> None:
        headers = {"Accept": "application/json", "User-Agent": "referral-router-coverage"}
        if key:
            headers["X-API-Key"] = key
        self._client = httpx.Client(
            base_url=base_url.rstrip("/"),
            headers=headers,
            transport=transport,
            timeout=timeout_seconds,
        )
        self._sleep = sleep
        self._backoff = backoff_seconds
        self.retries = 0

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def _post(self, body: dict[str, Any]) -> dict[str, Any]:
        for attempt in range(MAX_ATTEMPTS):
            wait = min(MAX_BACKOFF_SECONDS, self._backoff * 2**attempt)
            try:
                response = self._client.post("/v1/coverage", json=body)
            except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
                raise RemoteError(f"Not a usable server URL ({exc}).") from None
            except httpx.TransportError as exc:  # refused, reset, timed out, cut off
                failure: str = type(exc).__name__
            else:
                if response.status_code == 200:
                    result: dict[str, Any] = response.json()
                    return result
                if response.status_code not in RETRY_STATUSES:
                    raise RemoteError(_problem_text(response))
                failure = f"HTTP {response.status_code}"
                wait = retry_after_seconds(response) or wait
            if attempt + 1 < MAX_ATTEMPTS:
                self.retries += 1
                self._sleep(min(wait, MAX_BACKOFF_SECONDS))
        raise RemoteError(f"Gave up after {MAX_ATTEMPTS} attempts (last: {failure}).")

    def run(
        self,
        raws: Sequence[dict[str, Any]],
        profile: dict[str, Any],
        radius_miles: float | None,
        chunk: int = CHUNK,
    ) -> Iterator[dict[str, Any]]:
        """Yield the server's header once, then every row with its index in the whole input."""
        for start in range(0, len(raws), chunk):
            part = list(raws[start : start + chunk])
            body: dict[str, Any] = {"locations": part, "profile": profile}
            if radius_miles is not None:
                body["radius_miles"] = radius_miles
            answer = self._post(body)
            if start == 0:
                yield {**answer["header"], "locations": len(raws)}
            for row in answer["results"]:
                yield {**row, "index": row["index"] + start}


def _problem_text(response: httpx.Response) -> str:
    try:
        problem = response.json()
        detail = f"{problem.get('title', '')}: {problem.get('detail', '')}"
    except ValueError:
        detail = response.reason_phrase
    return f"HTTP {response.status_code} {detail}".strip()
