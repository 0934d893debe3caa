"""SQL for partner access: API keys and the audit log (the directory's SQL is in repository.py).

Kept out of repository.py so that file stays about the directory; `create_api_key` is
re-exported there. Keys are hashed with plain SHA-256 on purpose: a key carries 256 random
bits (secrets.token_urlsafe(32)), so nobody can brute-force a hash back to its key, and
slow password hashes (bcrypt, argon2), which exist to protect low-entropy passwords, would
only add tens of milliseconds to every keyed request.
"""

import hashlib
import secrets
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Literal
from urllib.parse import urlsplit

from sqlmodel import Session, col, select

from app.directory.access_models import ApiKey, AuditEntry

KeyKind = Literal["publishable", "secret"]
KEY_PREFIXES: dict[str, str] = {"publishable": "pk_", "secret": "sk_"}
_DEFAULT_PORTS = {"http": 80, "https": 443}


def hash_key(raw_key: str) -> str:
    """Return the hex SHA-256 of a raw key, the only form a key is stored in."""
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


def normalize_origin(text: str) -> str:
    """Return a web origin as browsers send it (scheme://host[:port]); ValueError otherwise."""
    parts = urlsplit(text.strip())
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"{text!r} is not an origin: expected http(s)://host[:port].")
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise ValueError(f"{text!r} is not an origin: no path, query or user part allowed.")
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"{text!r} has an invalid port.") from exc
    host = parts.hostname.lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    return f"{scheme}://{host}" + (f":{port}" if port and port != _DEFAULT_PORTS[scheme] else "")


def create_api_key(
    *,
    session: Session,
    name: str,
    kind: KeyKind,
    origins: Iterable[str] = (),
    rate_limit_per_minute: int | None = None,
) -> tuple[ApiKey, str]:
    """Create a key; returns the row and the raw key, which is never stored or shown again."""
    if kind not in KEY_PREFIXES:
        raise ValueError("kind must be 'publishable' or 'secret'.")
    if not name.strip():
        raise ValueError("A key needs a name (the partner it belongs to).")
    clean = sorted({normalize_origin(o) for o in origins})
    if kind == "publishable" and not clean:
        raise ValueError("A publishable key needs at least one origin (the partner's site).")
    raw_key = KEY_PREFIXES[kind] + secrets.token_urlsafe(32)
    row = ApiKey(
        id="key_" + secrets.token_hex(6),
        name=name.strip(),
        kind=kind,
        key_prefix=raw_key[:7],
        key_hash=hash_key(raw_key),
        origins=clean,
        rate_limit_per_minute=rate_limit_per_minute,
        created_at=datetime.now(UTC),
    )
    session.add(row)
    session.flush()
    return row, raw_key


def get_api_key(*, session: Session, key_id: str) -> ApiKey | None:
    """Return one key by id (revoked or not)."""
    return session.get(ApiKey, key_id)


def get_all_api_keys(*, session: Session, active_only: bool = False) -> list[ApiKey]:
    """Return keys, oldest first; only unrevoked ones when `active_only`."""
    query = select(ApiKey).order_by(col(ApiKey.created_at), col(ApiKey.id))
    if active_only:
        query = query.where(col(ApiKey.revoked_at).is_(None))
    return list(session.exec(query).all())


def revoke_api_key(*, session: Session, key_id: str) -> ApiKey | None:
    """Revoke a key (kept for the audit trail); returns it, or None when there is no such key."""
    row = session.get(ApiKey, key_id)
    if row is None:
        return None
    if row.revoked_at is None:
        row.revoked_at = datetime.now(UTC)
        session.add(row)
        session.flush()
    return row


def create_audit_entry(
    *,
    session: Session,
    key_id: str | None,
    key_name: str,
    action: str,
    entity_type: str,
    entity_id: str,
    fields: Sequence[str] = (),
) -> AuditEntry:
    """Append one audit entry (field names only, never values) in the caller's transaction."""
    entry = AuditEntry(
        created_at=datetime.now(UTC),
        key_id=key_id,
        key_name=key_name,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        fields=sorted(set(fields)),
    )
    session.add(entry)
    session.flush()
    return entry


def get_all_audit_entries(
    *, session: Session, limit: int = 100, before_id: int | None = None
) -> list[AuditEntry]:
    """Return audit entries newest first, `limit` at a time, older than `before_id` if given."""
    query = select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(limit)
    if before_id is not None:
        query = query.where(col(AuditEntry.id) < before_id)
    return list(session.exec(query).all())
