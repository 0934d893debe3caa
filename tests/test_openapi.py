"""The committed openapi.json is the app's contract; it must not drift from the code."""

import json

from app.config import Settings
from app.main import create_app
from tests.conftest import REPO_ROOT


def test_committed_openapi_matches_the_app() -> None:
    committed = json.loads((REPO_ROOT / "openapi.json").read_text(encoding="utf-8"))
    generated = create_app(Settings(database_url="sqlite://")).openapi()
    assert committed == generated, "openapi.json is stale: run `make openapi` and commit it"
