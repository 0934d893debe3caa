"""What the widget's browser tests run on: the API, partner pages and what a page did.

The API runs under uvicorn on 127.0.0.1 (its own port) against a copy of the seeded
database plus one hostile listing, with a publishable key registered for the partner's
origin only. Partner pages come from http.server on two other ports: the partner's
(registered) and a stranger's (not). Chromium is Debian's package, never a download.
"""

import functools
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from playwright.sync_api import Locator, Page, expect

# Eight engineers share two cores here: waits are generous (they bound failures, not speed).
expect.set_options(timeout=30_000)
HOSTILE_NAME = "<img src=x onerror=alert(1)>"
DURHAM = {"latitude": 35.9940, "longitude": -78.8986}  # downtown Durham, ZIP 27701
# Host CSS that would wreck a widget living in the page's own DOM.
HOSTILE_HOST_CSS = "button{display:none!important} *{color:#ff00ff!important;font-size:9px}"

HOSTILE_LISTING: dict[str, Any] = {
    "id": "test-org-hostile",
    "name": "<b>Org</b><script>alert(2)</script>",
    "locations": [{"id": "test-loc-hostile", "city": "Durham", "state": "NC", **DURHAM}],
    "services": [
        {
            "id": "test-svc-hostile",
            "name": HOSTILE_NAME,
            "kind": "counseling",
            "description": "Free counselling <svg onload=alert(3)>",
            "url": "javascript:alert(4)",
            "delivery": ["in_person"],
            "phones": [{"number": "9195550199", "type": "voice"}],
            "cost": {"free": True, "payments": ["free"]},
            "topics": ["housing"],
            "wait_days": 0,
            "open_24_7": True,
            "verified_at": "2026-11-01",
            "service_areas": [{"type": "county", "state": "NC", "counties": ["Durham"]}],
            "application_process": "<a href=javascript:alert(5)>Start</a>",
            "location_ids": ["test-loc-hostile"],
        }
    ],
}


@dataclass
class Site:
    """Where everything runs: the API, the partner's site and a stranger's site."""

    api: str
    partner: str
    stranger: str
    key: str


@dataclass
class Watched:
    """A page with what it did that a person would never want: dialogs and CSP refusals."""

    page: Page
    dialogs: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)


def static_server(directory: Path) -> ThreadingHTTPServer:
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(directory))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def origin_of(server: ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


def _page(body: str, head: str = "") -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>'
        f"{head}</head><body><h1>Durham Mutual Aid</h1>{body}</body></html>"
    )


def write_pages(directory: Path, api: str, key: str, tiny_key: str) -> None:
    """Write the partner's pages; `tiny_key` allows one request a minute."""
    script = f'<script src="{api}/widget.js" data-key="{key}" async></script>'
    frame = (
        f'<iframe id="rr" title="Find support" src="{api}/embed?key={key}&zip=27701" '
        'style="width:100%;border:0" allow="geolocation"></iframe>'
        "<script>window.heights=[];addEventListener('message',(e)=>{"
        f"if(e.origin!=='{api}'||!e.data||e.data.type!=='referral-router:height')return;"
        "window.heights.push(e.data.height);"
        "document.getElementById('rr').style.height=e.data.height+'px'});</script>"
    )
    directory.mkdir(parents=True, exist_ok=True)
    pages = {
        "index.html": _page(script, f"<style>{HOSTILE_HOST_CSS}</style>"),
        "plain.html": _page(script),
        # A partner with a strict CSP that allows exactly what docs/widget.md asks for.
        "strict.html": _page(
            script,
            '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; '
            f'script-src {api}; connect-src {api}">',
        ),
        "es.html": _page(script.replace(" async", ' data-lang="es" async')),
        "element.html": _page(
            f'<referral-router-widget data-key="{key}" data-zip="27701" '
            f'data-topics="grief,perinatal"></referral-router-widget>'
            f'<script src="{api}/widget.js" async></script>'
        ),
        "frame.html": _page(frame),
        "busy.html": _page(script.replace(key, tiny_key)),
        "blank.html": _page(""),
    }
    for name, text in pages.items():
        (directory / name).write_text(text, encoding="utf-8")


def start_api(app: Any) -> tuple[uvicorn.Server, str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            pytest.fail("the API server did not start within 30 s")
        time.sleep(0.05)
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    # The first referral loads the ZIP table; do it now rather than inside a browser wait.
    httpx.post(f"{url}/v1/referrals", json={"location": {"zip": "27701"}}, timeout=120)
    return server, url


def widget(page: Page) -> Locator:
    return page.locator("referral-router-widget")


def search(
    page: Page, *, zip_code: str = "27701", safety: str | None = None, choose: tuple[str, ...] = ()
) -> Locator:
    """Fill the form like a person would and submit; return the results region."""
    form = widget(page)
    form.get_by_label("ZIP code").fill(zip_code)
    for label in choose:
        form.get_by_label(label, exact=True).check()
    if safety is not None:
        form.get_by_role("group", name="Are you thinking about suicide").get_by_label(
            safety, exact=True
        ).check()
    form.get_by_role("button", name="Find help").click()
    results = form.locator(".results")
    expect(results.locator("h3").first).to_be_visible()
    return results
