"""API keys at request time: the in-memory key registry and the secret-key dependency.

Keys arrive as `Authorization: Bearer <key>` or `X-API-Key: <key>`. The registry keeps the
active keys' hashes in memory (a request never waits on the database to check a key) and
reloads them every reload interval, so a key created or revoked on one replica reaches the
others within that interval; `revoke()` takes effect in its own process at once.
A raw key is never logged, stored or echoed back.
"""

import asyncio
import hmac
import logging
import threading
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from starlette.datastructures import Headers

from app.directory import access_repository as keys_repo
from app.directory.database import session_scope
from app.errors import AuthenticationError, PermissionDeniedError

log = logging.getLogger(__name__)

AUTHENTICATE = 'Bearer realm="referral-router"'
_BUCKET_BYTES = 4


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """What a request may know about its key: never the key itself or its hash."""

    id: str
    name: str
    kind: str  # "publishable" | "secret"
    origins: frozenset[str]
    rate_limit_per_minute: int | None = None


class KeyRegistry:
    """The active keys of this process, by hash; one per app at `app.state.keys`."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._keys: dict[bytes, list[tuple[bytes, KeyInfo]]] = {}
        self._origins: frozenset[str] = frozenset()
        self.loaded = False
        self._tried = False

    def refresh(self) -> bool:
        """Reload the active keys; on a database error keep the ones already loaded."""
        try:
            with session_scope(self._engine) as session:
                rows = keys_repo.get_all_api_keys(session=session, active_only=True)
        except Exception as exc:
            log.warning("key reload failed", extra={"error_type": type(exc).__name__})
            return False
        keys: dict[bytes, list[tuple[bytes, KeyInfo]]] = {}
        for row in rows:
            digest = bytes.fromhex(row.key_hash)
            info = KeyInfo(
                row.id, row.name, row.kind, frozenset(row.origins), row.rate_limit_per_minute
            )
            keys.setdefault(digest[:_BUCKET_BYTES], []).append((digest, info))
        origins = frozenset(
            o
            for bucket in keys.values()
            for _, info in bucket
            if info.kind == "publishable"
            for o in info.origins
        )
        with self._lock:
            self._keys, self._origins, self.loaded = keys, origins, True
        return True

    def _ensure_loaded(self) -> None:
        # One synchronous try, for an app used before its lifespan ran (scripts, tests).
        # Never again on the request path: with the database down, every keyed request
        # would stall the event loop on a connect timeout; the poller keeps retrying.
        if not self.loaded and not self._tried:
            self._tried = True
            self.refresh()

    def lookup(self, raw_key: str) -> KeyInfo | None:
        """Return the key's info, or None if unknown or revoked (compared in constant time).

        Keys are bucketed by the first bytes of their SHA-256 digest, so a lookup costs the
        same with ten keys or ten thousand; the whole digest is then compared with
        hmac.compare_digest. What timing could reveal is a few bytes of a stored digest,
        which lead nowhere: a digest cannot be turned back into its 256-bit key.
        """
        self._ensure_loaded()
        digest = bytes.fromhex(keys_repo.hash_key(raw_key))
        found: KeyInfo | None = None
        for stored, info in self._keys.get(digest[:_BUCKET_BYTES], ()):
            if hmac.compare_digest(stored, digest):
                found = info
        return found

    def allowed_origins(self) -> frozenset[str]:
        """Return the union of the origins of all active publishable keys."""
        self._ensure_loaded()
        return self._origins

    def revoke(self, key_id: str) -> bool:
        """Revoke a key in the database and stop accepting it in this process at once."""
        with session_scope(self._engine) as session:
            row = keys_repo.revoke_api_key(session=session, key_id=key_id)
        self.refresh()
        return row is not None

    async def poll(self, interval_seconds: float) -> None:
        """Reload forever, off the event loop, every `interval_seconds`."""
        while True:
            await asyncio.sleep(interval_seconds)
            await asyncio.to_thread(self.refresh)


def presented_key(headers: Headers) -> str | None:
    """Return the key a request carries (Bearer token or X-API-Key), or None."""
    authorization = headers.get("authorization", "")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    api_key = headers.get("x-api-key", "").strip()
    return api_key or None


# Declared only so OpenAPI documents both ways of sending a key; the check is ours.
_bearer = HTTPBearer(auto_error=False, description="A secret key: `Authorization: Bearer sk_...`")
_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="Or the key in X-API-Key.")


def require_secret_key(
    request: Request,
    _bearer_credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    _header_key: Annotated[str | None, Depends(_header)],
) -> KeyInfo:
    """Admit only requests carrying an active secret key (401 without one, 403 if publishable)."""
    raw = presented_key(request.headers)
    if raw is None:
        raise AuthenticationError(
            "Send a secret API key as 'Authorization: Bearer sk_...'.",
            headers={"WWW-Authenticate": AUTHENTICATE},
        )
    key = request.app.state.keys.lookup(raw)
    if key is None:
        raise AuthenticationError(
            "This API key is unknown or has been revoked.",
            headers={"WWW-Authenticate": AUTHENTICATE + ', error="invalid_token"'},
        )
    if key.kind != "secret":
        raise PermissionDeniedError("Directory writes need a secret key, not a publishable one.")
    return key


SecretKeyDep = Annotated[KeyInfo, Depends(require_secret_key)]
