"""/widget.js and /embed over plain HTTP: caching, the embed page's CSP, unknown keys."""

import re
from collections.abc import Callable, Iterable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.api.routes.widget import WIDGET_DIR
from app.directory import repository
from app.directory.database import session_scope

PARTNER = "https://partner.example.org"
PARTNER_WWW = "https://www.partner.example.org"


def make_key(client: TestClient, kind: str = "publishable", origins: Iterable[str] = ()) -> str:
    app = client.app
    with session_scope(app.state.engine) as session:  # type: ignore[attr-defined]
        _, raw = repository.create_api_key(
            session=session, name="Durham Mutual Aid", kind=kind, origins=list(origins)
        )
    app.state.keys.refresh()  # type: ignore[attr-defined]
    return raw


@pytest.fixture
def partner_key(client: TestClient) -> str:
    return make_key(client, origins=[PARTNER, PARTNER_WWW])


class TestWidgetScript:
    def test_served_as_cacheable_javascript(self, client: TestClient) -> None:
        response = client.get("/widget.js")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/javascript")
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "max-age=300" in response.headers["cache-control"]
        assert "public" in response.headers["cache-control"]
        assert re.fullmatch(r'"[0-9a-f]{32}"', response.headers["etag"])
        assert "referral-router-widget" in response.text

    def test_current_copy_gets_304_without_a_body(self, client: TestClient) -> None:
        etag = client.get("/widget.js").headers["etag"]
        again = client.get("/widget.js", headers={"If-None-Match": etag})
        assert again.status_code == 304
        assert again.content == b""
        assert again.headers["etag"] == etag
        assert "max-age=300" in again.headers["cache-control"]

    @pytest.mark.parametrize("form", ['"stale", {etag}', "W/{etag}", "*"])
    def test_list_weak_and_star_forms_match(self, client: TestClient, form: str) -> None:
        etag = client.get("/widget.js").headers["etag"]
        header = form.format(etag=etag)
        assert client.get("/widget.js", headers={"If-None-Match": header}).status_code == 304

    def test_stale_copy_gets_the_script(self, client: TestClient) -> None:
        response = client.get("/widget.js", headers={"If-None-Match": '"0000"'})
        assert response.status_code == 200
        assert len(response.content) > 0

    def test_script_is_small(self, client: TestClient) -> None:
        assert len(client.get("/widget.js").content) < 25_000

    def test_script_never_builds_markup_from_strings(self) -> None:
        source = (WIDGET_DIR / "widget.js").read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in source
        assert "localStorage" not in source and "document.cookie" not in source


class TestEmbedPage:
    def test_frame_ancestors_are_the_keys_origins(
        self, client: TestClient, partner_key: str
    ) -> None:
        response = client.get("/embed", params={"key": partner_key})
        assert response.status_code == 200
        policy = response.headers["content-security-policy"]
        assert f"frame-ancestors {PARTNER} {PARTNER_WWW}" in policy
        assert "default-src 'none'" in policy and "script-src 'self'" in policy
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "x-frame-options" not in response.headers
        assert response.headers["cache-control"] == "no-cache"

    def test_page_has_no_inline_script(self, client: TestClient, partner_key: str) -> None:
        page = client.get("/embed", params={"key": partner_key}).text
        scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page, flags=re.S)
        assert scripts == [(' src="/widget.js" defer', "")]
        assert f'data-parent-origins="{PARTNER} {PARTNER_WWW}"' in page

    def test_unknown_key_gets_an_unframeable_refusal(self, client: TestClient) -> None:
        response = client.get("/embed", params={"key": "pk_" + "x" * 43})
        assert response.status_code == 403
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["cache-control"] == "no-store"
        assert "tel:988" in response.text and "x" * 43 not in response.text

    def test_missing_key_is_refused(self, client: TestClient) -> None:
        assert client.get("/embed").status_code == 403

    def test_revoked_key_is_refused(self, client: TestClient, partner_key: str) -> None:
        state = client.app.state  # type: ignore[attr-defined]
        key = state.keys.lookup(partner_key)
        assert client.get("/embed", params={"key": partner_key}).status_code == 200
        state.keys.revoke(key.id)
        response = client.get("/embed", params={"key": partner_key})
        assert response.status_code == 403
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]

    def test_secret_key_is_refused_and_not_echoed(self, client: TestClient) -> None:
        secret = make_key(client, kind="secret")
        response = client.get("/embed", params={"key": secret})
        assert response.status_code == 403
        assert secret not in response.text

    def test_valid_prefill_is_kept_and_invalid_dropped(
        self, client: TestClient, partner_key: str
    ) -> None:
        params = {"key": partner_key, "zip": "27701", "lang": "es", "topics": "grief,bogus,grief"}
        page = client.get("/embed", params=params).text
        assert 'data-zip="27701"' in page and 'data-topics="grief"' in page
        assert '<html lang="es">' in page and "Encuentre apoyo" in page
        hostile = {"key": partner_key, "zip": '"><script>alert(1)</script>', "lang": "xx"}
        page = client.get("/embed", params=hostile).text
        assert 'data-zip=""' in page and '<html lang="en">' in page
        assert "alert(1)" not in page

    def test_revalidation_gets_304(self, client: TestClient, partner_key: str) -> None:
        first = client.get("/embed", params={"key": partner_key})
        again = client.get(
            "/embed", params={"key": partner_key}, headers={"If-None-Match": first.headers["etag"]}
        )
        assert again.status_code == 304
        assert again.headers["content-security-policy"] == first.headers["content-security-policy"]
        other = client.get("/embed", params={"key": partner_key, "lang": "es"})
        assert other.headers["etag"] != first.headers["etag"]


class TestEmbedPageSearches:
    """The /embed page posts from the service's own origin with the partner's key."""

    def test_own_origin_may_use_a_publishable_key(
        self, client: TestClient, partner_key: str
    ) -> None:
        response = client.post(
            "/v1/referrals",
            json={"location": {"zip": "27701"}},
            headers={"X-API-Key": partner_key, "Origin": "http://testserver"},
        )
        assert response.status_code == 200

    def test_another_origin_may_not(self, client: TestClient, partner_key: str) -> None:
        response = client.post(
            "/v1/referrals",
            json={"location": {"zip": "27701"}},
            headers={"X-API-Key": partner_key, "Origin": "https://stranger.example"},
        )
        assert response.status_code == 403

    def test_with_a_public_base_url_only_that_host_is_ours(
        self, make_app: Callable[..., FastAPI]
    ) -> None:
        app = make_app(public_base_url="https://referrals.example.org")
        with TestClient(app) as client:
            key = make_key(client, origins=[PARTNER])
            for origin, status in (
                ("https://referrals.example.org", 200),
                ("http://testserver", 403),  # the Host header no longer decides
            ):
                response = client.post(
                    "/v1/referrals",
                    json={"location": {"zip": "27701"}},
                    headers={"X-API-Key": key, "Origin": origin},
                )
                assert response.status_code == status
