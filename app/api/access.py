"""Who may call /v1, and how often: key checks and rate limits in one pure ASGI middleware.

For every /v1/ request (health, readiness, metrics and the widget's files are exempt, and
so is /v1/crisis-lines: crisis lines are never refused, whoever asks and however often;
they are answered from memory, and a client refused elsewhere can always fall back on them):

1. A key that is sent must be active (else 401); a publishable key sent from a browser
   must come from one of its origins or from this service's own /embed page, which only
   those origins may frame (else 403). Publishable keys are public by design (they sit in
   partners' pages); binding them to origins is what stops another site from spending a
   partner's budget.
2. The request counts against its key's budget or, without a key, its address's smaller
   one; past it, 429 with Retry-After. RateLimit headers go on every counted response.

Admin routes check the key *kind* themselves (app.api.security.require_secret_key).
"""

import asyncio
import ipaddress
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from urllib.parse import urlsplit

from fastapi import APIRouter, FastAPI
from sqlalchemy import Engine
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.cors import PartnerCORSMiddleware
from app.api.ratelimit import RateLimiter, make_rate_limiter
from app.api.security import AUTHENTICATE, KeyInfo, KeyRegistry, presented_key
from app.background import polling
from app.config import Settings
from app.errors import problem

LIMITED_PREFIX = "/v1/"
NEVER_REFUSED = frozenset({"/v1/crisis-lines"})


def client_identity(scope: Scope) -> str:
    """Name an anonymous client by address; IPv6 by its /64, which one household usually holds."""
    host = (scope.get("client") or ("unknown", 0))[0]
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return f"addr:{host}"
    if address.version == 6:
        return f"addr:{ipaddress.ip_network(f'{address}/64', strict=False)}"
    return f"addr:{address}"


def is_own_origin(origin: str, headers: Headers, public_base_url: str | None = None) -> bool:
    """Say whether a request comes from this service's own pages (the widget's /embed iframe)."""
    # The embed page checks its framer with CSP frame-ancestors (the key's origins), and a
    # browser never lets another site claim our host in Origin. With a public base URL set,
    # only that host counts, which also shuts out DNS-rebinding hosts naming themselves.
    host = urlsplit(public_base_url).netloc if public_base_url else headers.get("host")
    return bool(host) and urlsplit(origin).netloc.lower() == str(host).lower()


class AccessMiddleware:
    """Check keys and apply rate limits to /v1/ requests."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        registry: Callable[[], KeyRegistry],
        limiter: Callable[[], RateLimiter],
        settings: Settings,
    ) -> None:
        self.app = app
        self._registry = registry
        self._limiter = limiter
        self._settings = settings

    def _limit_for(self, key: KeyInfo | None) -> int:
        if key is None:
            return self._settings.rate_limit_anonymous_per_minute
        return key.rate_limit_per_minute or self._settings.rate_limit_key_per_minute

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not path.startswith(LIMITED_PREFIX) or path in NEVER_REFUSED:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        key: KeyInfo | None = None
        raw = presented_key(headers)
        if raw is not None:
            key = self._registry().lookup(raw)
            if key is None:
                await problem(
                    401,
                    "Authentication required",
                    "This API key is unknown or has been revoked.",
                    slug="unauthenticated",
                    instance=scope["path"],
                    headers={"WWW-Authenticate": AUTHENTICATE + ', error="invalid_token"'},
                )(scope, receive, send)
                return
            origin = headers.get("origin")
            if (
                key.kind == "publishable"
                and origin is not None
                and origin not in key.origins
                and not is_own_origin(origin, headers, self._settings.public_base_url)
            ):
                await problem(
                    403,
                    "Forbidden",
                    "This key is not registered for the site making the request.",
                    slug="forbidden",
                    instance=scope["path"],
                )(scope, receive, send)
                return
        scope.setdefault("state", {})["api_key"] = key
        identity = f"key:{key.id}" if key else client_identity(scope)
        decision = await self._limiter().hit(identity, self._limit_for(key))
        if not decision.allowed:
            await problem(
                429,
                "Too many requests",
                f"Over {decision.limit} requests a minute; retry after the Retry-After seconds."
                + ("" if key else " An API key raises the limit."),
                slug="rate-limited",
                instance=scope["path"],
                headers=decision.headers(),
            )(scope, receive, send)
            return
        extra = decision.headers()

        async def send_with_limits(message: Message) -> None:
            if message["type"] == "http.response.start":
                response_headers = MutableHeaders(scope=message)
                for name, value in extra.items():
                    response_headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_limits)


def install_partner_access(app: FastAPI, *, settings: Settings, engine: Engine) -> None:
    """Set up keys, rate limits and CORS; call before other middleware so 429s are logged."""
    app.state.keys = KeyRegistry(engine)
    app.state.rate_limiter = make_rate_limiter(settings.rate_limit_storage)

    @asynccontextmanager
    async def keep_keys_fresh(_: object) -> AsyncIterator[None]:
        await asyncio.to_thread(app.state.keys.refresh)
        try:
            async with polling(app.state.keys.poll(settings.reload_interval_seconds)):
                yield
        finally:
            await app.state.rate_limiter.aclose()

    # An included router's lifespan runs inside the app's own (after the directory loads).
    app.include_router(APIRouter(lifespan=keep_keys_fresh))
    # add_middleware wraps: CORS ends up outside the access checks, so a 401 or 429 sent
    # to a registered partner's page still carries CORS headers the page can read.
    app.add_middleware(
        AccessMiddleware,
        registry=lambda: app.state.keys,
        limiter=lambda: app.state.rate_limiter,
        settings=settings,
    )
    app.add_middleware(
        PartnerCORSMiddleware,
        allowed_origins=lambda: app.state.keys.allowed_origins(),
        extra_origins=settings.cors_origins,
    )
