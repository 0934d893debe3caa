"""Fixtures for the widget's browser tests: the site (API and partner pages) and Chromium."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Dialog
from sqlmodel import SQLModel

from app.directory import repository
from app.directory.database import get_engine, session_scope
from app.directory.seed import parse_seed
from app.main import create_app
from tests.conftest import make_settings
from tests.widget.harness import (
    HOSTILE_LISTING,
    Site,
    Watched,
    origin_of,
    start_api,
    static_server,
    write_pages,
)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory, seeded_db_path: Path) -> Iterator[Site]:
    root = tmp_path_factory.mktemp("widget")
    (root / "test.db").write_bytes(seeded_db_path.read_bytes())
    partner = static_server(root / "partner")
    stranger = static_server(root / "stranger")
    settings = make_settings(root)
    engine = get_engine(settings.database_url)
    SQLModel.metadata.create_all(engine)  # the seeded copy may predate the api_key table
    with session_scope(engine) as session:
        hostile = parse_seed({"organizations": [HOSTILE_LISTING]})
        repository.upsert_rows(session=session, rows=hostile)
        repository.bump_directory_version(session=session)
        keys = [
            repository.create_api_key(
                session=session,
                name=name,
                kind="publishable",
                origins=[origin_of(partner)],
                rate_limit_per_minute=limit,
            )[1]
            for name, limit in (("Durham Mutual Aid", None), ("Tiny Budget Clinic", 1))
        ]
    engine.dispose()
    server, api = start_api(create_app(settings))
    for directory in (root / "partner", root / "stranger"):
        write_pages(directory, api, *keys)
    yield Site(api=api, partner=origin_of(partner), stranger=origin_of(stranger), key=keys[0])
    server.should_exit = True
    for static in (partner, stranger):
        static.shutdown()


@pytest.fixture
def watched(browser: Browser) -> Iterator[Watched]:
    """A fresh browser context (no shared cookies or storage) and a page that records trouble."""
    context = browser.new_context(viewport={"width": 900, "height": 1200}, locale="en-US")
    page = context.new_page()
    seen = Watched(page)

    def on_dialog(dialog: Dialog) -> None:
        seen.dialogs.append(dialog.message)
        dialog.dismiss()

    def on_console(message: ConsoleMessage) -> None:
        seen.console.append(message.text)

    page.on("dialog", on_dialog)
    page.on("console", on_console)
    yield seen
    context.close()
