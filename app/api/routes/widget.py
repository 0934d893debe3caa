"""The embeddable widget: /widget.js for partners' pages, /embed for hosts that forbid scripts.

/widget.js is one static file, cached publicly for a few minutes and revalidated by ETag.
/embed is rendered per key: its Content-Security-Policy names the key's origins in
`frame-ancestors`, so only the partner's own pages can frame it, and the same origins are
the only ones the page will tell its height to. An unknown, revoked or secret key gets a
plain page that no site may frame. Prefill values that are not valid are ignored, never
echoed: a partner's typo should not cost a person the form.
"""

import hashlib
import html
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from string import Template

from fastapi import APIRouter, Request, Response

from app.api.security import KeyInfo
from app.routing.vocabulary import TOPICS

router = APIRouter(tags=["widget"])

WIDGET_DIR = Path(__file__).resolve().parents[2] / "widget"
LANGUAGES = ("en", "es")
# Partners pick up a new widget within five minutes; revalidation by ETag costs a 304.
SCRIPT_CACHE = "public, max-age=300, stale-while-revalidate=3600"
# Revalidated on every load, so a revoked key or a changed origin list applies at once.
EMBED_CACHE = "no-cache"
EMBED_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors {ancestors}"
)
REFUSED_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
# Origins as browsers send them; anything else could smuggle directives into the CSP.
_ORIGIN = re.compile(r"^https?://([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(:\d{1,5})?$")
_KEY = re.compile(r"^pk_[A-Za-z0-9_-]{8,200}$")
_ZIP = re.compile(r"^\d{5}$")
PAGE_TEXT = {
    "en": (
        "Find support",
        "This form needs JavaScript. If you are thinking about suicide, "
        "call or text 988. In an emergency, call 911.",
    ),
    "es": (
        "Encuentre apoyo",
        "Este formulario necesita JavaScript. Si está pensando en el "
        "suicidio, llame o envíe un texto al 988. En una emergencia, llame al 911.",
    ),
}


@dataclass(frozen=True, slots=True)
class Asset:
    body: bytes
    etag: str


def entity_tag(body: bytes) -> str:
    """Return a strong ETag: a hash of the content, so it changes exactly when the bytes do."""
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


@lru_cache
def widget_asset(name: str) -> Asset:
    """Read one of the widget's files once per process."""
    body = (WIDGET_DIR / name).read_bytes()
    return Asset(body, entity_tag(body))


def is_fresh(request: Request, etag: str) -> bool:
    """Say whether the client's If-None-Match already names this ETag (weak match, RFC 9110)."""
    header = request.headers.get("if-none-match")
    if header is None:
        return False
    if header.strip() == "*":
        return True
    tags = {t.strip().removeprefix("W/") for t in header.split(",")}
    return etag in tags


def cached(request: Request, asset: Asset, media_type: str, headers: dict[str, str]) -> Response:
    """Answer with the asset, or 304 when the client's copy is current."""
    headers = {"ETag": asset.etag, "X-Content-Type-Options": "nosniff", **headers}
    if is_fresh(request, asset.etag):
        return Response(status_code=304, headers=headers)
    return Response(asset.body, media_type=media_type, headers=headers)


@router.get("/widget.js", include_in_schema=False)
def widget_script(request: Request) -> Response:
    """Serve the widget's script."""
    return cached(
        request,
        widget_asset("widget.js"),
        "text/javascript; charset=utf-8",
        # Partners' pages may isolate themselves (COEP); the script must stay loadable there.
        {"Cache-Control": SCRIPT_CACHE, "Cross-Origin-Resource-Policy": "cross-origin"},
    )


def frame_ancestors(key: KeyInfo) -> list[str]:
    """Return the key's origins that are safe to write into a CSP, sorted."""
    return sorted(o for o in key.origins if _ORIGIN.match(o))


def lookup_publishable(request: Request, raw_key: str) -> KeyInfo | None:
    """Return the key if it is an active publishable key with at least one usable origin."""
    if not _KEY.match(raw_key):
        return None
    key: KeyInfo | None = request.app.state.keys.lookup(raw_key)
    if key is None or key.kind != "publishable" or not frame_ancestors(key):
        return None
    return key


def unavailable() -> Response:
    """Refuse the embed page: nobody may frame it, nothing may cache it."""
    return Response(
        widget_asset("unavailable.html").body,
        status_code=403,
        media_type="text/html; charset=utf-8",
        headers={
            "Content-Security-Policy": REFUSED_POLICY,
            "X-Frame-Options": "DENY",
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )


def prefill(request: Request) -> dict[str, str]:
    """Return the valid prefill values from the query (zip, lang, topics); drop the rest."""
    query = request.query_params
    zip_code = query.get("zip", "")
    lang = query.get("lang", "en")
    topics = [t for t in query.get("topics", "").split(",") if t in TOPICS]
    return {
        "zip": zip_code if _ZIP.match(zip_code) else "",
        "lang": lang if lang in LANGUAGES else "en",
        "topics": ",".join(dict.fromkeys(topics)),
    }


@router.get("/embed", include_in_schema=False)
def embed_page(request: Request) -> Response:
    """Serve the iframe page for this key, framable only by the key's origins."""
    raw_key = request.query_params.get("key", "")
    key = lookup_publishable(request, raw_key)
    if key is None:
        return unavailable()
    values = prefill(request)
    ancestors = frame_ancestors(key)
    title, noscript = PAGE_TEXT[values["lang"]]
    template = Template(widget_asset("embed.html").body.decode("utf-8"))
    page = template.substitute(
        {
            name: html.escape(value, quote=True)
            for name, value in {
                **values,
                "key": raw_key,
                "origins": " ".join(ancestors),
                "title": title,
                "noscript": noscript,
            }.items()
        }
    ).encode("utf-8")
    policy = EMBED_POLICY.format(ancestors=" ".join(ancestors))
    asset = Asset(page, entity_tag(page + policy.encode()))
    return cached(
        request,
        asset,
        "text/html; charset=utf-8",
        {
            "Content-Security-Policy": policy,
            "Cache-Control": EMBED_CACHE,
            "Referrer-Policy": "no-referrer",
            "Permissions-Policy": "geolocation=(self)",
        },
    )
