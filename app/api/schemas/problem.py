"""The problem+json body (RFC 9457) as a schema, so OpenAPI documents error responses."""

from typing import Any

from pydantic import BaseModel, Field

from app.errors import PROBLEM_JSON


class FieldError(BaseModel):
    loc: list[str | int]
    field: str = Field(description="Dotted path of the field at fault.")
    msg: str
    type: str


class Problem(BaseModel):
    type: str = Field(examples=["https://referral-router.example.org/problems/rate-limited"])
    title: str
    status: int
    detail: str
    instance: str | None = None
    errors: list[FieldError] | None = None


_DESCRIPTIONS = {
    400: "Bad request.",
    401: "No API key, or an unknown or revoked one (WWW-Authenticate says how to send one).",
    403: "The key may not do this (a publishable key on a write, or from another site).",
    404: "No such resource.",
    409: "Conflicts with what exists (an id already taken, an organization still in use).",
    413: "Body too large.",
    422: "Invalid input; `errors` names each field at fault.",
    429: "Over the rate limit; retry after `Retry-After` seconds.",
}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """Declare problem+json responses for these statuses in an operation's `responses=`."""
    return {
        status: {
            "description": _DESCRIPTIONS.get(status, "Error."),
            # `model` registers the schema; the content entry names the media type we send.
            "model": Problem,
            "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in statuses
    }
