"""The widget in headless Chromium, on partner pages served from other origins.

Each test is something a person or a partner would notice: the form appears despite the
host's CSS, a search shows explained services, crisis lines come first when the person
says they are at risk, Spanish works, and hostile listings stay text.
"""

import json
from pathlib import Path

import pytest
from playwright.sync_api import Request, expect

from tests.widget.harness import HOSTILE_NAME, Site, Watched, search, widget

pytestmark = pytest.mark.browser

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "widget-screenshot.png"


class TestScriptTagEmbed:
    def test_one_line_renders_the_form_despite_host_css(self, site: Site, watched: Watched) -> None:
        page = watched.page
        page.goto(f"{site.partner}/index.html")
        form = widget(page)
        expect(form.get_by_role("heading", name="Find support")).to_be_visible()
        for label in ("ZIP code", "Free only", "Today", "Anxiety or stress"):
            expect(form.get_by_label(label)).to_be_visible()
        # The host hides every <button> and paints text magenta; the shadow DOM is immune.
        submit = form.get_by_role("button", name="Find help")
        expect(submit).to_be_visible()
        expect(form.get_by_role("heading", name="Find support")).to_have_css(
            "color", "rgb(27, 27, 27)"
        )

    def test_partner_placed_element_is_prefilled(self, site: Site, watched: Watched) -> None:
        page = watched.page
        page.goto(f"{site.partner}/element.html")
        form = widget(page)
        expect(form.get_by_label("ZIP code")).to_have_value("27701")
        expect(form.get_by_label("Grief or loss")).to_be_checked()
        # A prefilled topic outside the default list is still offered, and chosen.
        expect(form.get_by_label("Pregnancy or new baby")).to_be_checked()

    def test_works_under_a_strict_host_csp(self, site: Site, watched: Watched) -> None:
        page = watched.page
        page.goto(f"{site.partner}/strict.html")
        results = search(page)
        expect(results.locator("li.service").first).to_be_visible()
        # Styled (the constructed sheet is not blocked) and nothing was refused.
        expect(widget(page).get_by_role("button", name="Find help")).to_have_css(
            "background-color", "rgb(11, 87, 164)"
        )
        assert not [m for m in watched.console if "Content Security Policy" in m]


class TestSearch:
    def test_zip_search_shows_services_with_reasons(self, site: Site, watched: Watched) -> None:
        page = watched.page
        page.goto(f"{site.partner}/plain.html")
        results = search(page, choose=("Depression or low mood",))
        services = results.locator("li.service")
        expect(services.first).to_be_visible()
        first = services.first
        expect(first.get_by_text("Why we suggest it:")).to_be_visible()
        expect(first.locator("ul.reasons li").first).not_to_be_empty()
        expect(first.locator("p.meta", has_text="miles away")).to_be_visible()
        expect(results.get_by_text("SAMPLE DATA").first).to_be_visible()
        SCREENSHOT.parent.mkdir(exist_ok=True)
        # The whole widget with its first results, as a partner's visitor sees it.
        page.set_viewport_size({"width": 720, "height": 1000})
        clip = {"x": 0, "y": 0, "width": 720, "height": 1900}
        page.screenshot(path=str(SCREENSHOT), full_page=True, clip=clip)

    def test_need_data_travels_only_in_a_post_body(self, site: Site, watched: Watched) -> None:
        page = watched.page
        sent: list[Request] = []
        page.on("request", lambda request: sent.append(request))
        page.goto(f"{site.partner}/plain.html")
        search(page, safety="Yes")
        calls = [r for r in sent if "/v1/referrals" in r.url]
        assert [r.method for r in calls if r.method != "OPTIONS"] == ["POST"]
        call = next(r for r in calls if r.method == "POST")
        assert call.url == f"{site.api}/v1/referrals"
        assert call.headers["x-api-key"] == site.key
        body = json.loads(call.post_data or "{}")
        assert body["location"] == {"zip": "27701"}
        assert "suicidal_ideation" in body["risk_flags"]
        for request in sent:
            assert "27701" not in request.url and site.key not in request.url
        # Nothing of the need is kept in the browser.
        assert page.context.cookies() == []
        stored = page.evaluate("() => localStorage.length + sessionStorage.length")
        assert stored == 0

    def test_no_request_leaves_the_two_origins(self, site: Site, watched: Watched) -> None:
        page = watched.page
        origins: set[str] = set()
        page.on("request", lambda r: origins.add("/".join(r.url.split("/")[:3])))
        page.goto(f"{site.partner}/plain.html")
        search(page)
        assert origins <= {site.partner, site.api}

    def test_use_my_location_sends_a_rounded_point(self, site: Site, watched: Watched) -> None:
        page = watched.page
        page.context.grant_permissions(["geolocation"], origin=site.partner)
        page.context.set_geolocation({"latitude": 35.99412, "longitude": -78.89857})
        sent: list[Request] = []
        page.on("request", lambda request: sent.append(request))
        page.goto(f"{site.partner}/plain.html")
        form = widget(page)
        form.get_by_role("button", name="Use my location").click()
        expect(form.get_by_text("Using your current location.")).to_be_visible()
        form.get_by_role("button", name="Find help").click()
        expect(form.locator("li.service").first).to_be_visible()
        body = json.loads(next(r for r in sent if r.method == "POST").post_data or "{}")
        assert body["location"] == {"lat": 35.99, "lon": -78.9}

    def test_a_bad_zip_is_explained_next_to_the_field(self, site: Site, watched: Watched) -> None:
        page = watched.page
        page.goto(f"{site.partner}/plain.html")
        form = widget(page)
        form.get_by_label("ZIP code").fill("123")
        form.get_by_role("button", name="Find help").click()
        expect(form.get_by_text("Please enter a 5-digit US ZIP code")).to_be_visible()
        expect(form.get_by_label("ZIP code")).to_be_focused()

    def test_over_the_rate_limit_says_so_and_keeps_crisis_links(
        self, site: Site, watched: Watched
    ) -> None:
        page = watched.page
        page.goto(f"{site.partner}/busy.html")  # its key allows one search a minute
        results = search(page)
        expect(results.locator("li.service").first).to_be_visible()
        widget(page).get_by_role("button", name="Find help").click()
        expect(results.get_by_text("Too many searches right now.")).to_be_visible()
        expect(results.get_by_role("link", name="Call 988")).to_have_attribute("href", "tel:988")


class TestSafetyQuestion:
    @pytest.mark.parametrize("answer", ["Yes", "Not sure"])
    def test_risk_puts_988_before_any_service(
        self, site: Site, watched: Watched, answer: str
    ) -> None:
        page = watched.page
        page.goto(f"{site.partner}/plain.html")
        results = search(page, safety=answer)
        expect(results.get_by_role("alert")).to_be_visible()
        kinds = results.locator("li.item").evaluate_all("els => els.map(e => e.className)")
        names = results.locator("li.item h4").all_inner_texts()
        assert "988" in names[0]
        first_service = next(i for i, k in enumerate(kinds) if "service" in k)
        assert all("service" not in k for k in kinds[:first_service])
        assert all("service" in k for k in kinds[first_service:])
        call = results.locator("li.item").first.get_by_role("link", name="Call 988", exact=True)
        expect(call).to_have_attribute("href", "tel:988")
        text = results.locator("li.item").first.get_by_role("link", name="Text 988", exact=True)
        expect(text).to_have_attribute("href", "sms:988")

    def test_danger_now_puts_call_911_first(self, site: Site, watched: Watched) -> None:
        page = watched.page
        page.goto(f"{site.partner}/plain.html")
        form = widget(page)
        form.get_by_role("group", name="Are you thinking about suicide").get_by_label(
            "Yes", exact=True
        ).check()
        expect(form.get_by_text("You can call or text 988 now")).to_be_visible()
        form.get_by_role("group", name="Are you in danger right now").get_by_label(
            "Yes", exact=True
        ).check()
        results = search(page)
        alert = results.get_by_role("alert")
        expect(alert.get_by_role("link").first).to_have_text("Call 911")
        expect(alert.get_by_role("link").first).to_have_attribute("href", "tel:911")
        expect(results.locator("li.item").first).to_have_class("item emergency")


class TestSpanish:
    def test_lang_es_renders_the_form_in_spanish(self, site: Site, watched: Watched) -> None:
        page = watched.page
        page.goto(f"{site.partner}/es.html")
        form = widget(page)
        expect(form.get_by_role("heading", name="Encuentre apoyo")).to_be_visible()
        expect(form.get_by_label("Código postal")).to_be_visible()
        expect(form.get_by_text("¿Está pensando en el suicidio")).to_be_visible()
        form.get_by_label("Código postal").fill("27701")
        form.get_by_role("button", name="Buscar ayuda").click()
        expect(form.get_by_text("Por qué lo sugerimos:").first).to_be_visible()

    def test_language_switch_keeps_the_answers(self, site: Site, watched: Watched) -> None:
        page = watched.page
        page.goto(f"{site.partner}/plain.html")
        form = widget(page)
        form.get_by_label("ZIP code").fill("27701")
        form.get_by_role("button", name="Español").click()
        expect(form.get_by_label("Código postal")).to_have_value("27701")
        expect(form.locator("section")).to_have_attribute("lang", "es")
        form.get_by_role("button", name="English").click()
        expect(form.get_by_label("ZIP code")).to_have_value("27701")


class TestUntrustedListings:
    def test_html_in_a_service_name_shows_as_text_and_runs_nothing(
        self, site: Site, watched: Watched
    ) -> None:
        page = watched.page
        page.goto(f"{site.partner}/plain.html")
        results = search(page, choose=("Housing", "Free only"))
        expect(results.get_by_role("heading", name=HOSTILE_NAME)).to_be_visible()
        item = results.locator("li.item", has_text=HOSTILE_NAME)
        expect(item.get_by_text("<svg onload=alert(3)>", exact=False)).to_be_visible()
        assert results.locator("img, svg, script, b").count() == 0
        assert watched.dialogs == []
        hrefs = results.locator("a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
        assert hrefs and all(h.split(":")[0] in {"tel", "sms", "https", "http"} for h in hrefs)
