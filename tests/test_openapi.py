"""The committed openapi.json is the app's contract; it must not drift from the code."""

import json

from app.config import Settings
from app.main import create_app
from tests.conftest import REPO_ROOT


def test_committed_openapi_matches_the_app() -> None:
    committed = json.loads((REPO_ROOT / "openapi.json").read_text(encoding="utf-8"))
    generated = create_app(Settings(database_url="sqlite://")).openapi()
    assert committed == generated, "openapi.json is stale: run `make openapi` and commit it"


ROUTING_OPERATIONS = (("/v1/referrals", "post"), ("/v1/crisis-lines", "get"))


def _name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _refs(node: object) -> set[str]:
    """Names of the component schemas a piece of the document refers to."""
    if isinstance(node, dict):
        found = {_name(node["$ref"])} if isinstance(node.get("$ref"), str) else set()
        return found.union(*(_refs(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs(v) for v in node))
    return set()


def _routing_schemas(spec: dict) -> set[str]:  # type: ignore[type-arg]
    """Every schema a client of the referral and crisis-line operations reads or writes."""
    schemas = spec["components"]["schemas"]
    todo = set().union(*(_refs(spec["paths"][path][verb]) for path, verb in ROUTING_OPERATIONS))
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo |= _refs(schemas[name])
    return seen - {"HTTPValidationError", "ValidationError"}  # FastAPI's own, never sent


def test_every_routing_field_is_described_with_an_example() -> None:
    spec = create_app(Settings(database_url="sqlite://")).openapi()
    schemas = spec["components"]["schemas"]

    def has_examples(schema: dict) -> bool:  # type: ignore[type-arg]
        # Beside a $ref, pydantic keeps the description only: the referenced schema's own
        # examples are what a reader sees.
        ref = schema.get("$ref")
        return "examples" in schema or (ref is not None and "examples" in schemas[_name(ref)])

    undocumented = [
        f"{name}.{field}"
        for name in sorted(_routing_schemas(spec))
        for field, schema in schemas[name].get("properties", {}).items()
        if "description" not in schema or not has_examples(schema)
    ]
    assert undocumented == []


def test_routing_errors_are_documented_as_problem_json() -> None:
    spec = create_app(Settings(database_url="sqlite://")).openapi()
    referrals = spec["paths"]["/v1/referrals"]["post"]["responses"]
    for status in ("401", "403", "413", "422", "429"):
        assert "application/problem+json" in referrals[status]["content"], status
