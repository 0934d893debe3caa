"""Sites that are not registered with a key can neither search nor frame the widget."""

import pytest
from playwright.sync_api import expect

from tests.widget.harness import Site, Watched, widget

pytestmark = pytest.mark.browser


class TestOriginChecks:
    def test_unregistered_origin_cannot_search(self, site: Site, watched: Watched) -> None:
        page = watched.page
        page.goto(f"{site.stranger}/plain.html")
        form = widget(page)
        form.get_by_label("ZIP code").fill("27701")
        form.get_by_role("button", name="Find help").click()
        results = form.locator(".results")
        # The browser hides why (CORS); the person sees that search is unavailable.
        expect(results.get_by_text("Search is not available right now.")).to_be_visible()
        assert results.locator("li.service").count() == 0
        # Even the failure offers the crisis lines.
        expect(results.get_by_role("link", name="Call 988")).to_have_attribute("href", "tel:988")
        refused = page.evaluate(
            """async ([api, key]) => {
                try {
                    await fetch(api + '/v1/referrals', {method: 'POST', body: '{}',
                        headers: {'Content-Type': 'application/json', 'X-API-Key': key}});
                    return false;
                } catch (e) { return true; }
            }""",
            [site.api, site.key],
        )
        assert refused is True

    def test_registered_host_frames_the_embed_page(self, site: Site, watched: Watched) -> None:
        page = watched.page
        page.goto(f"{site.partner}/frame.html")
        frame = page.frame_locator("#rr")
        expect(frame.get_by_label("ZIP code")).to_have_value("27701")
        frame.get_by_role("button", name="Find help").click()
        expect(frame.locator("li.service").first).to_be_visible()
        page.wait_for_function("() => window.heights.length > 0")
        height = page.evaluate("() => window.heights[window.heights.length - 1]")
        assert height > 400
        assert not [m for m in watched.console if "Content Security Policy" in m]

    def test_unregistered_host_cannot_frame_the_embed_page(
        self, site: Site, watched: Watched
    ) -> None:
        page = watched.page
        page.goto(f"{site.stranger}/frame.html")
        page.wait_for_load_state("load")
        frame = next(f for f in page.frames if f != page.main_frame)
        assert frame.locator("referral-router-widget").count() == 0
        assert any("frame-ancestors" in m for m in watched.console)
