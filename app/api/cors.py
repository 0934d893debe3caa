"""CORS for registered partner origins only, read from the key registry on every request.

Starlette's CORSMiddleware fixes its origin list at start-up; partners' origins change
whenever a publishable key is created or revoked, so this one asks for them each time.
An origin that is not registered gets no Access-Control-Allow-Origin, and the browser
keeps the response from the page. No credentials: the API uses no cookies.
"""

from collections.abc import Callable, Iterable

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import problem

ALLOWED_METHODS = ("GET", "HEAD", "POST")
ALLOWED_HEADERS = frozenset(
    {"accept", "accept-language", "authorization", "content-language", "content-type", "x-api-key"}
)
# Headers a page may read: widgets back off on 429 using these.
EXPOSED_HEADERS = (
    "Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, "
    "X-Request-ID"
)
PREFLIGHT_MAX_AGE = "600"


class PartnerCORSMiddleware:
    """Answer preflights and label responses for origins that `allowed_origins()` names."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        allowed_origins: Callable[[], frozenset[str]],
        extra_origins: Iterable[str] = (),
    ) -> None:
        self.app = app
        self._allowed_origins = allowed_origins
        self._extra = frozenset(o.rstrip("/").lower() for o in extra_origins)

    def is_allowed(self, origin: str) -> bool:
        """Say whether pages from this origin may read our responses."""
        return origin in self._extra or origin in self._allowed_origins()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        origin = headers.get("origin")
        if origin is None:
            await self.app(scope, receive, send)
            return
        allowed = self.is_allowed(origin)
        if scope["method"] == "OPTIONS" and "access-control-request-method" in headers:
            await self._preflight(headers, origin, allowed)(scope, receive, send)
            return

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                response_headers = MutableHeaders(scope=message)
                response_headers.add_vary_header("Origin")
                if allowed:
                    response_headers["Access-Control-Allow-Origin"] = origin
                    response_headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_cors)

    def _preflight(self, headers: Headers, origin: str, allowed: bool) -> Response:
        method = headers["access-control-request-method"].upper()
        requested = {
            h.strip().lower()
            for h in headers.get("access-control-request-headers", "").split(",")
            if h.strip()
        }
        if not allowed or method not in ALLOWED_METHODS or not requested <= ALLOWED_HEADERS:
            refused = problem(
                403,
                "Forbidden",
                "Cross-origin requests from this origin, or with this method or these "
                "headers, are not allowed. Partners register their sites with their key.",
                slug="cors-refused",
            )
            refused.headers["Vary"] = "Origin"
            return refused
        return Response(
            status_code=204,
            headers={
                "Access-Control-Allow-Origin": origin,
                "Access-Control-Allow-Methods": ", ".join(ALLOWED_METHODS),
                "Access-Control-Allow-Headers": ", ".join(sorted(ALLOWED_HEADERS)),
                "Access-Control-Max-Age": PREFLIGHT_MAX_AGE,
                "Vary": "Origin",
            },
        )
