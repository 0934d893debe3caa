"""Debian's Chromium for the browser tests (never a Playwright download), one per session.

One Playwright driver serves every browser test: a second sync driver started while the
first runs fails ("Sync API inside the asyncio loop"), so the report and widget tests
share these fixtures (tests/conftest.py imports them) instead of each starting its own.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Playwright, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    """Headless Chromium, or a failure saying how to install it (make test does)."""
    if not CHROMIUM.exists():
        pytest.fail("Chromium is missing: run scripts/provision-test-deps.sh (make test does).")
    chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()
