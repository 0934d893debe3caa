"""The HTML coverage report in headless Chromium: what a program officer sees, and no network.

Saves docs/coverage-report.png, the screenshot the docs show.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Request, Route

from app.config import BUNDLED_SEED_DIR
from app.directory.geo import all_zips
from app.directory.mapping import build_records
from app.directory.seed import SEED_FILES, read_seed_file
from app.reports.html import render_report
from app.reports.html_assets import BINS, NO_DATA
from app.reports.locations import resolve_all
from app.reports.rows import header, run_rows
from app.reports.table import ReportTotals
from app.routing.coverage import CoveragePlan
from app.routing.index import DirectoryIndex
from app.routing.profile import NeedProfile

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "coverage-report.png"
HOSTILE_ID = '<img src="https://evil.example/x.png" onerror="document.title=1">'
METRO_ZIPS = ("27701", "28202", "30303", "78701", "77002", "60602", "80202", "98101", "10007")

pytestmark = pytest.mark.browser


def build_report(tmp_path: Path) -> Path:
    """A report over the bundled seed for the sample metros and ZIPs across every state."""
    records = [r for f in SEED_FILES for r in build_records(read_seed_file(BUNDLED_SEED_DIR / f))]
    index = DirectoryIndex(records, "seed")
    plan = CoveragePlan(index, NeedProfile(), 25.0)
    spread = [z.zip for z in sorted(all_zips(), key=lambda z: z.zip)[::150] if z.state != "WY"]
    raws = [{"id": f"metro-{z}", "zip": z} for z in METRO_ZIPS]
    raws += [{"id": f"zip-{z}", "zip": z} for z in spread]
    raws += [{"id": HOSTILE_ID, "zip": "59001"}, {"id": "bad-row", "zip": "00000"}]
    totals = ReportTotals(header(plan, index, len(raws)))
    for row in run_rows(plan, resolve_all(raws)):
        totals.add(row)
    path = tmp_path / "report.html"
    path.write_text(render_report(totals), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_report(tmp_path_factory.mktemp("report"))


@pytest.fixture
def opened(browser: Browser, report: Path) -> Iterator[tuple[Page, list[str]]]:
    """The report open in a page that refuses, and records, every non-file request."""
    outside: list[str] = []

    def guard(route: Route, request: Request) -> None:
        if request.url.startswith("file://"):
            route.continue_()
        else:
            outside.append(request.url)
            route.abort()

    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.route("**", guard)
    page.goto(report.as_uri())
    yield page, outside
    page.close()


def tile_fill(page: Page, state: str) -> str:
    return str(page.locator(f'#map g[data-state="{state}"] rect').get_attribute("fill"))


def first_column(page: Page, column: int) -> list[str]:
    return page.locator(f"#worst tbody tr td:nth-child({column})").all_inner_texts()


class TestCoverageReport:
    def test_title_summary_and_sample_notice_are_shown(
        self, opened: tuple[Page, list[str]]
    ) -> None:
        page, _ = opened
        assert page.locator("h1").inner_text() == "Where are the gaps?"
        summary = page.locator("#summary").inner_text()
        assert summary.startswith("Of ") and "places checked" in summary
        assert "SAMPLE" in page.locator(".notice").inner_text()
        assert "could not be used" in page.locator("main").inner_text()  # the bad row

    def test_map_tiles_are_coloured_by_gap_rate(self, opened: tuple[Page, list[str]]) -> None:
        page, _ = opened
        colours = {colour for _, colour, _ in BINS}
        assert tile_fill(page, "NC") in colours
        assert tile_fill(page, "MT") == BINS[-1][1]  # nothing in the sample near Montana
        assert tile_fill(page, "WY") == NO_DATA  # no place in Wyoming was checked
        assert page.locator("#map g.tile").count() >= 50
        assert page.locator(".legend").first.is_visible()

    def test_chart_has_a_bar_for_every_kind_and_tier(self, opened: tuple[Page, list[str]]) -> None:
        page, _ = opened
        assert page.locator("#chart g.bar").count() == 7 * 4
        bar = page.locator('#chart g.bar[data-kind="counseling"][data-tier="free"] text')
        assert bar.first.text_content() == "free"
        assert "in person" in str(bar.last.text_content())

    def test_clicking_a_heading_sorts_the_table(self, opened: tuple[Page, list[str]]) -> None:
        page, _ = opened
        gaps = [int(n) for n in first_column(page, 5)]
        assert gaps == sorted(gaps, reverse=True)  # worst first as delivered
        page.get_by_role("button", name="Gaps").click()
        assert [int(n) for n in first_column(page, 5)] == sorted(gaps)
        page.get_by_role("button", name="Place id").click()
        ids = first_column(page, 1)
        assert ids == sorted(ids)
        page.get_by_role("button", name="Place id").click()
        assert first_column(page, 1) == sorted(ids, reverse=True)

    def test_untrusted_ids_are_shown_as_text_and_nothing_is_fetched(
        self, opened: tuple[Page, list[str]]
    ) -> None:
        page, outside = opened
        assert HOSTILE_ID in first_column(page, 1)
        assert page.locator("#worst img").count() == 0
        assert page.title() == "Where are the gaps?"
        page.get_by_role("button", name="Gaps").click()
        assert outside == []

    def test_screenshot_for_the_docs(self, opened: tuple[Page, list[str]]) -> None:
        page, _ = opened
        SCREENSHOT.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOT), full_page=False)
        assert SCREENSHOT.stat().st_size > 10_000
