"""Body-size limit, security headers and request ids, as a client sees them."""

import asyncio
import json
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.testclient import TestClient

from app.api.middleware import install_middleware
from app.errors import PROBLEM_JSON, install_error_handlers
from app.main import create_app
from tests.conftest import make_settings


def _echo_app(limit: int) -> FastAPI:
    """A tiny app whose only route reads the whole body, wrapped like the real one."""
    app = FastAPI()
    install_error_handlers(app)

    @app.post("/echo")
    async def echo(request: Request) -> dict[str, int]:
        return {"bytes": len(await request.body())}

    install_middleware(app, max_body_bytes=limit, max_import_bytes=limit * 10)
    return app


def _drive(app: Any, chunks: list[bytes], headers: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    """Send one request straight through ASGI, body in these chunks; return status and body."""
    messages = [
        {"type": "http.request", "body": c, "more_body": i < len(chunks) - 1}
        for i, c in enumerate(chunks)
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/echo",
        "raw_path": b"/echo",
        "root_path": "",
        "query_string": b"",
        "headers": [(b"host", b"testserver"), (b"content-type", b"application/json"), *headers],
        "client": ("127.0.0.1", 5000),
        "server": ("testserver", 80),
    }
    asyncio.run(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return {
        "status": start["status"],
        "headers": {k.decode(): v.decode() for k, v in start["headers"]},
        "body": json.loads(body),
    }


class TestBodySizeLimit:
    def test_a_body_within_the_limit_is_read_whole(self) -> None:
        with TestClient(_echo_app(1000)) as client:
            response = client.post("/echo", content=b"x" * 1000)
        assert response.status_code == 200
        assert response.json() == {"bytes": 1000}

    def test_declared_length_over_the_limit_is_refused_before_reading(self) -> None:
        with TestClient(_echo_app(1000)) as client:
            response = client.post("/echo", content=b"x" * 1001)
        assert response.status_code == 413
        assert response.headers["content-type"] == PROBLEM_JSON
        assert response.json()["title"] == "Payload too large"

    def test_chunked_body_without_length_is_counted(self) -> None:
        with TestClient(_echo_app(1000)) as client:
            response = client.post("/echo", content=iter([b"x" * 400] * 5))
        assert response.status_code == 413
        assert response.json()["status"] == 413

    def test_a_lying_content_length_does_not_get_past(self) -> None:
        answer = _drive(_echo_app(1000), [b"x" * 600, b"x" * 600], [(b"content-length", b"10")])
        assert answer["status"] == 413
        assert answer["headers"]["content-type"] == PROBLEM_JSON
        assert answer["body"]["type"].endswith("payload-too-large")

    def test_the_real_app_refuses_an_oversized_body(self, tmp_path: Path) -> None:
        app = create_app(make_settings(tmp_path, max_body_bytes=100))
        with TestClient(app) as client:
            response = client.post("/v1/referrals", content=b"{" + b" " * 200 + b"}")
        assert response.status_code == 413
        assert response.headers["content-type"] == PROBLEM_JSON


class TestSecurityHeaders:
    def test_every_api_answer_forbids_sniffing_referrers_and_framing(
        self, client: TestClient
    ) -> None:
        for path in ("/healthz", "/v1/taxonomy", "/v1/services/no-such-id", "/no/such/page"):
            headers = client.get(path).headers
            assert headers["x-content-type-options"] == "nosniff", path
            assert headers["referrer-policy"] == "no-referrer", path
            assert headers["x-frame-options"] == "DENY", path

    def test_docs_page_has_a_policy_that_allows_only_its_cdn(self, client: TestClient) -> None:
        response = client.get("/docs")
        assert response.status_code == 200
        policy = response.headers["content-security-policy"]
        assert "script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net;" in policy
        assert "frame-ancestors 'none'" in policy

    def test_production_serves_no_interactive_docs(self, tmp_path: Path) -> None:
        settings = make_settings(tmp_path).model_copy(update={"environment": "production"})
        with TestClient(create_app(settings)) as client:
            assert client.get("/docs").status_code == 404
            assert client.get("/redoc").status_code == 404
            assert client.get("/openapi.json").status_code == 200

    def test_embed_pages_may_be_framed_and_keep_their_own_policy(self) -> None:
        app = FastAPI()

        @app.get("/embed/demo", response_class=HTMLResponse)
        def embed() -> HTMLResponse:
            return HTMLResponse(
                "<p>hi</p>", headers={"Content-Security-Policy": "frame-ancestors *"}
            )

        install_middleware(app, max_body_bytes=1000, max_import_bytes=1000)
        with TestClient(app) as client:
            headers = client.get("/embed/demo").headers
        assert "x-frame-options" not in headers
        assert headers["content-security-policy"] == "frame-ancestors *"
        assert headers["x-content-type-options"] == "nosniff"


class TestRequestId:
    def test_a_request_id_is_returned_and_a_valid_one_is_kept(self, client: TestClient) -> None:
        generated = client.get("/healthz").headers["x-request-id"]
        assert len(generated) == 32
        given = "0f8fad5b-d9cb-469f-a165-70867728950e"
        assert (
            client.get("/healthz", headers={"X-Request-ID": given}).headers["x-request-id"] == given
        )


class TestFrameworkErrorsAsProblems:
    def test_an_unreadable_body_is_a_422_problem(self, client: TestClient) -> None:
        broken = client.post(
            "/v1/admin/import",
            content=b"--abc\r\nNone--abc--\r\n",
            headers={"Content-Type": "multipart/form-data; boundary=abc"},
        )
        not_utf8 = client.post(
            "/v1/referrals", content=b"\xff\xfe", headers={"Content-Type": "application/json"}
        )
        for response in (broken, not_utf8):
            assert response.status_code == 422
            assert response.headers["content-type"] == PROBLEM_JSON
            assert response.json()["errors"][0]["loc"][0] == "body"

    def test_405_lists_every_method_the_path_has(self, client: TestClient) -> None:
        response = client.post("/v1/admin/services/some-id")
        assert response.status_code == 405
        assert response.headers["content-type"] == PROBLEM_JSON
        assert response.headers["allow"] == "DELETE, PUT"
