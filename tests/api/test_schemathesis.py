"""Schemathesis against the app's own OpenAPI document, with every check it has.

Each operation gets generated requests, valid and invalid (positive and negative
generation), and every check runs: no 5xx, documented status codes, content types,
headers and response schemas, invalid input refused, auth enforced, valid input accepted.
Admin operations run with a secret key, so their bodies are validated, not just refused.

One check is refined, not dropped: schemathesis's "valid data accepted" cannot know that
a well-formed ZIP may not exist, a cursor may not be ours, an organization_id may name
nothing, or that rules span fields (exactly one location shape; minimum_age <= maximum_age).
JSON Schema cannot say those; the app answers 422 `invalid-input`, or a `value_error` from
a model validator. A schema-valid request may get those answers and no other 422: every
rule the schema *can* state (types, lengths, enums, required fields) must agree with it.

The app runs over a smaller directory than the full seed (national lines and resources
plus a slice of the sample directory) because each admin write reloads the index.
"""

import json
import os
import shutil
from pathlib import Path

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance
from sqlmodel import SQLModel

from app.config import BUNDLED_SEED_DIR, Settings
from app.directory.database import get_engine, session_scope
from app.directory.repository import create_api_key
from app.directory.seed import load_seed
from app.errors import PROBLEM_TYPE_BASE
from app.main import create_app
from tests.conftest import make_settings

# The document comes from the app itself (openapi.json is checked against it elsewhere);
# requests go in-process to an app over a seeded database.
schema = schemathesis.openapi.from_dict(create_app(Settings(database_url="sqlite://")).openapi())

ACCEPTED = {401, 403, 404, 409, 429}
SAMPLE_ORGANIZATIONS = 25


def schema_valid_request_accepted(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case
) -> bool | None:
    """Schema-valid requests pass the app's own validation (semantic 422s allowed)."""
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return None
    status = response.status_code
    if status < 400 or status in ACCEPTED:
        return None
    if status == 422:
        problem = response.json()
        if problem.get("type") == PROBLEM_TYPE_BASE + "invalid-input":
            return None
        if all(e.get("type") == "value_error" for e in problem.get("errors") or [{}]):
            return None
    raise AssertionError(f"Schema-valid request rejected with {status}: {response.text[:500]}")


def _small_seed(folder: Path) -> Path:
    """The bundled seed with only the first organizations of the sample directory."""
    for name in ("national_lines.json", "national_resources.json"):
        shutil.copy(BUNDLED_SEED_DIR / name, folder / name)
    sample = json.loads((BUNDLED_SEED_DIR / "sample_directory.json").read_text())
    sample["organizations"] = sample["organizations"][:SAMPLE_ORGANIZATIONS]
    (folder / "sample_directory.json").write_text(json.dumps(sample))
    return folder


@pytest.fixture(scope="module")
def schema_app(tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    tmp_path = tmp_path_factory.mktemp("schemathesis")
    settings = make_settings(tmp_path)
    SQLModel.metadata.create_all(get_engine(settings.database_url))
    with session_scope(get_engine(settings.database_url)) as session:
        load_seed(session=session, seed_dir=_small_seed(tmp_path_factory.mktemp("seed")))
    return create_app(settings)


@pytest.fixture(scope="module")
def secret_key(schema_app: FastAPI) -> str:
    with session_scope(schema_app.state.engine) as session:
        _, raw = create_api_key(session=session, name="schemathesis", kind="secret", origins=[])
    return str(raw)


@schema.parametrize()
@settings(
    max_examples=12,
    # The same cases every run, so `make test` is repeatable; REFERRAL_FUZZ_RANDOM=1 explores.
    derandomize=os.environ.get("REFERRAL_FUZZ_RANDOM") != "1",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_api_conforms_to_its_schema(
    case: schemathesis.Case, schema_app: FastAPI, secret_key: str
) -> None:
    schema_app.state.keys.refresh()
    # Every check's follow-up requests go in-process too, whichever object they ask.
    case.operation.app = case.operation.schema.app = schema_app
    headers = {"Authorization": f"Bearer {secret_key}"} if "/admin/" in case.path else None
    case.call_and_validate(
        headers=headers,
        excluded_checks=[positive_data_acceptance],
        additional_checks=[schema_valid_request_accepted],
    )


pytestmark = pytest.mark.slow
