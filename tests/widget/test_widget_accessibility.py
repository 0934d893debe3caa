"""The widget for people using a keyboard or needing contrast (WCAG 2 AA)."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.widget.harness import Site, Watched, search, widget

pytestmark = pytest.mark.browser


class TestAccessibility:
    def test_every_text_meets_aa_contrast(self, site: Site, watched: Watched) -> None:
        page = watched.page
        page.goto(f"{site.partner}/plain.html")
        search(page, safety="Yes")
        script = (Path(__file__).parent / "contrast.js").read_text(encoding="utf-8")
        failures = page.evaluate(script)
        assert failures == []

    def test_keyboard_alone_can_search(self, site: Site, watched: Watched) -> None:
        page = watched.page
        page.goto(f"{site.partner}/plain.html")
        form = widget(page)
        zip_field = form.get_by_label("ZIP code")
        expect(zip_field).to_be_visible()
        page.keyboard.press("Tab")  # the language switch comes first
        expect(form.get_by_role("button", name="Español")).to_be_focused()
        page.keyboard.press("Tab")
        expect(zip_field).to_be_focused()
        assert zip_field.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
        page.keyboard.type("27701")
        page.keyboard.press("Tab")  # "Use my location"
        page.keyboard.press("Tab")  # the first topic
        page.keyboard.press("Space")
        expect(form.get_by_label("Anxiety or stress")).to_be_checked()
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Enter")  # Enter in a text field submits the form
        results = form.locator(".results")
        expect(results.locator("li.service").first).to_be_visible()
        expect(results.locator("h3").first).to_be_focused()
