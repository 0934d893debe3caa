"""Pure ASGI middleware: body-size limit, security headers, access log with metrics.

Pure ASGI (not BaseHTTPMiddleware) because the body limit must count bytes as they
arrive, whatever Content-Length claims, and because the others only touch the response
start message.
"""

import logging
import time
from collections.abc import Callable
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.metrics import UNMATCHED_ROUTE, observe_request
from app.errors import PROBLEM_JSON, PROBLEM_TYPE_BASE

access_log = logging.getLogger("referral_router.access")

TOO_LARGE_DETAIL = "The request body is larger than this endpoint accepts."
# Endpoints that take whole directories (HSDS imports) get settings.max_import_bytes.
LARGE_BODY_PREFIXES = ("/v1/admin/import",)


def _problem_413(limit: int) -> tuple[dict[str, Any], bytes]:
    body = (
        f'{{"type":"{PROBLEM_TYPE_BASE}payload-too-large","title":"Payload too large",'
        f'"status":413,"detail":"{TOO_LARGE_DETAIL} Limit: {limit} bytes."}}'
    ).encode()
    start = {
        "type": "http.response.start",
        "status": 413,
        "headers": [
            (b"content-type", PROBLEM_JSON.encode()),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ],
    }
    return start, body


class BodySizeLimitMiddleware:
    """Answer 413 problem+json when a body exceeds the limit, counting the bytes that arrive."""

    def __init__(self, app: ASGIApp, *, limit_for: Callable[[str], int]) -> None:
        self.app = app
        self.limit_for = limit_for

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            start, body = _problem_413(limit)
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # Raised inside the app's body read: FastAPI re-raises HTTPExceptions and
                    # the app's handler renders problem+json. A lying Content-Length ends here.
                    raise HTTPException(413, f"{TOO_LARGE_DETAIL} Limit: {limit} bytes.")
            return message

        await self.app(scope, counting_receive, send)


class SecurityHeadersMiddleware:
    """Add nosniff, no-referrer and framing rules to every response, and a CSP to pages."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        frameable_prefixes: tuple[str, ...] = ("/embed",),
        docs_paths: tuple[str, ...] = ("/docs", "/redoc"),
    ) -> None:
        self.app = app
        self.frameable_prefixes = frameable_prefixes
        self.docs_paths = docs_paths

    def _page_policy(self, path: str) -> str:
        if path.startswith(self.docs_paths):
            # FastAPI's Swagger UI and ReDoc load their scripts and styles from jsDelivr.
            cdn = "https://cdn.jsdelivr.net"
            return (
                f"default-src 'self'; script-src 'self' 'unsafe-inline' {cdn}; "
                f"style-src 'self' 'unsafe-inline' {cdn} https://fonts.googleapis.com; "
                "font-src 'self' https://fonts.gstatic.com; img-src 'self' data: "
                "https://fastapi.tiangolo.com https://cdn.redoc.ly; worker-src blob:; "
                "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
            )
        return "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        frameable = path.startswith(self.frameable_prefixes)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
                if not frameable:
                    headers.setdefault("X-Frame-Options", "DENY")
                if headers.get("content-type", "").startswith("text/html"):
                    # Pages under /embed set their own CSP (frame-ancestors for embedders).
                    headers.setdefault("Content-Security-Policy", self._page_policy(path))
            await send(message)

        await self.app(scope, receive, send_with_headers)


def route_template(scope: Scope) -> str:
    """Name the route that served this request by its template, never its raw path."""
    route = scope.get("route")
    if route is not None and hasattr(route, "path"):
        return str(route.path)
    app = scope.get("app")
    for candidate in getattr(app, "routes", ()):
        match, _ = candidate.matches(scope)
        if match == Match.FULL:
            return str(getattr(candidate, "path", UNMATCHED_ROUTE))
    return UNMATCHED_ROUTE


class AccessLogMiddleware:
    """Log one line per request (method, route template, status, duration) and time it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def remember_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, remember_status)
        finally:
            seconds = time.perf_counter() - started
            route = route_template(scope)
            method = scope["method"]
            if route != "/metrics":
                observe_request(method=method, route=route, status=status, seconds=seconds)
            # No path, query string, headers or body: only the template and the outcome.
            access_log.info(
                "request",
                extra={
                    "method": method,
                    "route": route,
                    "status": status,
                    "duration_ms": round(seconds * 1000, 2),
                },
            )


def install_middleware(app: Any, *, max_body_bytes: int, max_import_bytes: int) -> None:
    """Wrap the app: request id outermost, then access log, security headers, body limit."""
    from asgi_correlation_id import CorrelationIdMiddleware

    def limit_for(path: str) -> int:
        return max_import_bytes if path.startswith(LARGE_BODY_PREFIXES) else max_body_bytes

    # add_middleware puts each new one outside the previous ones.
    app.add_middleware(BodySizeLimitMiddleware, limit_for=limit_for)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(AccessLogMiddleware)
    app.add_middleware(CorrelationIdMiddleware, header_name="X-Request-ID")
