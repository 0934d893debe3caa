"""Nothing a person or partner sends ever reaches the logs.

Sentinel strings go through every endpoint the app has (walked from app.routes, not a
hand-kept list): in paths, query parameters, JSON bodies, and the Authorization,
X-API-Key, X-Request-ID and Cookie headers, on success and on error paths, with every
logger at DEBUG. Then no captured log line may contain any of them. A live uvicorn server
at DEBUG is checked the same way, so uvicorn's own loggers are covered too.
"""

import json
import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient

from app.logging import JsonFormatter
from app.main import create_app
from tests.conftest import make_settings
from tests.live_server import live_server, server_env

DESCRIPTION = "zqx-desc-I-feel-hopeless-7731"
RISK_FLAG = "zqx-risk-flag-4410"
ZIP = "04401"  # Bangor, ME: a real ZIP so the request succeeds, rare enough to be a sentinel
LAT, LON = 44.80123, -68.77123
KEY = "rr_sk_zqxsentinelkey5512abcdef"
QUERY_TEXT = "zqx-query-2291"
PATH_TEXT = "zqx-path-3307"
BODY_TEXT = "zqx-body-6618"
ID_TEXT = "zqx-id-9041"
COOKIE = "zqx-cookie-1180"
REQUEST_ID = "zqx-request-id-5123"
SENTINELS = (
    DESCRIPTION,
    RISK_FLAG,
    ZIP,
    "44.80123",
    "-68.77123",
    KEY,
    QUERY_TEXT,
    PATH_TEXT,
    BODY_TEXT,
    ID_TEXT,
    COOKIE,
    REQUEST_ID,
)
# A wrong key is refused (401) before a body is read, so requests go with and without it.
ANONYMOUS = {"X-Request-ID": REQUEST_ID, "Cookie": f"session={COOKIE}"}
HEADERS = {**ANONYMOUS, "Authorization": f"Bearer {KEY}", "X-API-Key": KEY}
QUERY = {
    name: QUERY_TEXT
    for name in ("q", "state", "zip", "kind", "cursor", "risk_flags", "populations", "before")
}
GENERIC_BODY = {
    "description": DESCRIPTION,
    "risk_flags": [RISK_FLAG],
    "location": {"zip": ZIP, "lat": LAT, "lon": LON},
    "name": BODY_TEXT,
    "id": ID_TEXT,
    "notes": BODY_TEXT,
}
REFERRALS = [
    {"location": {"zip": ZIP}, "description": DESCRIPTION, "risk_flags": [RISK_FLAG]},
    {"location": {"lat": LAT, "lon": LON}, "description": DESCRIPTION, "urgency": "immediate"},
    {"location": {"zip": ZIP}, "description": DESCRIPTION, "age": 200},  # a 422 path
]


# Not rendered, or stamped by the logging module on every record: clocks and thread and
# process ids carry nothing from a request, but their digits can spell the ZIP by chance
# (a CI run failed on an access line logged at 01:41:33.044: `created` ended in .04401...).
UNRELATED_ATTRIBUTES = frozenset(
    {"exc_info", "args", "created", "msecs", "relativeCreated", "thread", "process"}
)


class _Capture(logging.Handler):
    """Keep every record the service emits, rendered as the service renders it."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []
        self.test_thread = threading.get_ident()
        self.formatter_ = JsonFormatter()

    def emit(self, record: logging.LogRecord) -> None:
        # The test's own HTTP client logs each URL it requests; that is not the service.
        if record.name.startswith(("httpx", "httpcore")) and record.thread == self.test_thread:
            return
        extras = {k: str(v) for k, v in vars(record).items() if k not in UNRELATED_ATTRIBUTES}
        self.lines.append(self.formatter_.format(record) + json.dumps(extras))


@pytest.fixture
def debug_app(tmp_path: Path, seeded_db_path: Path) -> Iterator[tuple[FastAPI, _Capture]]:
    (tmp_path / "test.db").write_bytes(seeded_db_path.read_bytes())
    app = create_app(make_settings(tmp_path, log_level="DEBUG"))
    capture = _Capture()
    root = logging.getLogger()
    root.addHandler(capture)
    try:
        yield app, capture
    finally:
        root.removeHandler(capture)


def _secret_key(app: FastAPI) -> str:
    from app.directory.database import session_scope
    from app.directory.repository import create_api_key

    with session_scope(app.state.engine) as session:
        _, raw = create_api_key(session=session, name="privacy test", kind="secret", origins=[])
    app.state.keys.refresh()
    return str(raw)


def _admin_writes(client: TestClient, auth: dict[str, str]) -> list[httpx.Response]:
    """Create, replace, re-capacity and delete one of each entity, sentinels in the text."""
    org, loc, svc = f"{ID_TEXT}-org", f"{ID_TEXT}-loc", f"{ID_TEXT}-svc"
    org_body = {"name": BODY_TEXT, "description": DESCRIPTION}
    loc_body = {
        "organization_id": org,
        "name": BODY_TEXT,
        "description": DESCRIPTION,
        "latitude": LAT,
        "longitude": LON,
        "address": {"address_1": BODY_TEXT, "city": BODY_TEXT, "postal_code": ZIP},
    }
    svc_body = {"organization_id": org, "name": BODY_TEXT, "description": DESCRIPTION}
    base = "/v1/admin"
    return [
        client.post(f"{base}/organizations", json={"id": org, **org_body}, headers=auth),
        client.put(f"{base}/organizations/{org}", json=org_body, headers=auth),
        client.post(f"{base}/locations", json={"id": loc, **loc_body}, headers=auth),
        client.put(f"{base}/locations/{loc}", json=loc_body, headers=auth),
        client.post(f"{base}/services", json={"id": svc, **svc_body}, headers=auth),
        client.put(f"{base}/services/{svc}", json=svc_body, headers=auth),
        client.patch(
            f"{base}/services/{svc}/capacity",
            json={"accepting_new_clients": False, "wait_days": 3},
            headers=auth,
        ),
        client.get(f"{base}/audit", headers=auth),
        client.delete(f"{base}/services/{svc}", headers=auth),
        client.delete(f"{base}/locations/{loc}", headers=auth),
        client.delete(f"{base}/organizations/{org}", headers=auth),
    ]


def _every_route(client: TestClient, app: FastAPI) -> list[httpx.Response]:
    """Call each route and method with sentinels in the path, query, headers and body."""
    responses = []
    for context in iter_route_contexts(app.routes):
        path = context.path
        for name in ("service_id", "organization_id", "location_id"):
            path = path.replace("{" + name + "}", PATH_TEXT)
        for method in sorted(context.methods or ()):
            if method == "HEAD":
                continue
            body = GENERIC_BODY if method in {"POST", "PUT", "PATCH"} else None
            for headers in (HEADERS, ANONYMOUS):
                responses.append(
                    client.request(method, path, params=QUERY, headers=headers, json=body)
                )
    return responses


def _leaks(lines: list[str]) -> dict[str, list[str]]:
    return {
        s: [ln[:300] for ln in lines if s in ln] for s in SENTINELS if any(s in ln for ln in lines)
    }


class TestNothingSentIsLogged:
    def test_every_endpoint_at_debug_logs_none_of_the_sentinels(
        self, debug_app: tuple[FastAPI, _Capture]
    ) -> None:
        app, capture = debug_app
        with TestClient(app) as client:
            secret = _secret_key(app)
            responses = _every_route(client, app)
            responses += [
                client.post("/v1/referrals", json=b, headers=ANONYMOUS) for b in REFERRALS
            ]
            responses.append(
                client.get("/v1/crisis-lines", params={"risk_flags": RISK_FLAG}, headers=ANONYMOUS)
            )
            admin = _admin_writes(client, {"Authorization": f"Bearer {secret}"})
            responses += admin + _admin_writes(client, {"X-API-Key": secret})
        assert logging.getLogger().isEnabledFor(logging.DEBUG)
        statuses = {r.status_code for r in responses}
        assert {200, 201, 401, 404, 422} <= statuses, statuses
        assert [r.status_code for r in admin][:7] == [201, 200, 201, 200, 201, 200, 200]
        # The logs were written: one access line per request, each with its request id.
        access = [ln for ln in capture.lines if '"logger": "referral_router.access"' in ln]
        assert len(access) >= len(responses)
        assert _leaks(capture.lines) == {}
        assert secret not in "\n".join(capture.lines)

    def test_a_live_server_at_debug_logs_none_of_the_sentinels(
        self, tmp_path: Path, seeded_db_path: Path
    ) -> None:
        db = tmp_path / "live.db"
        db.write_bytes(seeded_db_path.read_bytes())
        env = server_env(f"sqlite:///{db}", REFERRAL_LOG_LEVEL="DEBUG")
        with live_server(env, tmp_path / "server.log") as server:
            with httpx.Client(base_url=server.url, timeout=30) as client:
                referrals = [
                    client.post("/v1/referrals", json=body, headers=ANONYMOUS) for body in REFERRALS
                ]
                crisis = client.get(
                    "/v1/crisis-lines", params={"risk_flags": RISK_FLAG}, headers=ANONYMOUS
                )
                client.get("/v1/services", params={"q": QUERY_TEXT}, headers=HEADERS)
                client.get(f"/v1/services/{PATH_TEXT}", headers=ANONYMOUS)
                client.post("/v1/admin/services", json=GENERIC_BODY, headers=HEADERS)
            assert [r.status_code for r in referrals] == [200, 200, 422]
            assert crisis.status_code == 200
        lines = server.logs().splitlines()
        assert sum('"logger": "referral_router.access"' in ln for ln in lines) >= 7
        assert _leaks(lines) == {}
