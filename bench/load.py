"""A bounded HTTP/1.1 load generator: N keep-alive connections on loopback for a fixed time.

Raw asyncio rather than an HTTP client library on purpose: the generator shares the CPU
with the server under test, and a full client spends about as much per request as the
server does, which would squeeze the real app and the bare ceiling towards the same
figure. This one writes pre-built request bytes and reads just enough of each answer
(status line, Content-Length, body) to know it is whole; every non-200 is counted.
"""

import asyncio
import time
from dataclasses import dataclass, field


@dataclass
class LoadResult:
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    statuses: dict[int, int] = field(default_factory=dict)

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def add(self, other: "LoadResult") -> None:
        """Merge another run (rounds of the same target add up)."""
        self.requests += other.requests
        self.errors += other.errors
        self.seconds += other.seconds
        for status, n in other.statuses.items():
            self.statuses[status] = self.statuses.get(status, 0) + n


def post_request(host: str, port: int, path: str, body: bytes) -> bytes:
    """Build one keep-alive POST with a JSON body."""
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
        f"Accept: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split(b" ", 2)[1])
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    body = await reader.readexactly(length) if length else b""
    return status, body


async def fetch_once(host: str, port: int, request: bytes) -> tuple[int, bytes]:
    """Send one request on a fresh connection; returns status and body."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(request)
        await writer.drain()
        return await _read_response(reader)
    finally:
        writer.close()


async def _connection(
    host: str, port: int, requests: list[bytes], offset: int, deadline: float, result: LoadResult
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    i = offset
    try:
        while time.perf_counter() < deadline:
            writer.write(requests[i % len(requests)])
            i += 1
            await writer.drain()
            status, _ = await _read_response(reader)
            result.statuses[status] = result.statuses.get(status, 0) + 1
            if status == 200:
                result.requests += 1
            else:
                result.errors += 1
    finally:
        writer.close()


async def _drive(
    host: str, port: int, requests: list[bytes], concurrency: int, seconds: float
) -> LoadResult:
    result = LoadResult()
    started = time.perf_counter()
    deadline = started + seconds
    await asyncio.gather(
        *(_connection(host, port, requests, c, deadline, result) for c in range(concurrency))
    )
    result.seconds = time.perf_counter() - started
    return result


def drive(
    host: str, port: int, requests: list[bytes], *, concurrency: int, seconds: float
) -> LoadResult:
    """Keep `concurrency` connections busy for `seconds`, cycling through `requests`."""
    return asyncio.run(_drive(host, port, requests, concurrency, seconds))
