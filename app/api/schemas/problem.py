"""The problem+json body (RFC 9457) as a schema, so OpenAPI documents error responses."""

from typing import Any

from pydantic import BaseModel, Field

from app.errors import PROBLEM_JSON


class FieldError(BaseModel):
    loc: list[str | int] = Field(
        description="Where the field is: body or query, then the path.",
        examples=[["body", "location", "zip"]],
    )
    field: str = Field(description="Dotted path of the field at fault.", examples=["location.zip"])
    msg: str = Field(description="What is wrong, in words.", examples=["Unknown ZIP code"])
    type: str = Field(description="A machine code for the error.", examples=["value_error"])


class Problem(BaseModel):
    type: str = Field(
        description="A URI naming the kind of problem.",
        examples=["https://referral-router.example.org/problems/rate-limited"],
    )
    title: str = Field(description="The kind of problem, in words.", examples=["Invalid input"])
    status: int = Field(description="The HTTP status code.", examples=[422])
    detail: str = Field(
        description="What went wrong in this request.",
        examples=["location.zip: Unknown ZIP code"],
    )
    instance: str | None = Field(
        default=None, description="The path that was called.", examples=["/v1/referrals"]
    )
    errors: list[FieldError] | None = Field(
        default=None,
        description="Each field at fault (422 only).",
        examples=[
            [
                {
                    "loc": ["body", "location", "zip"],
                    "field": "location.zip",
                    "msg": "Unknown ZIP code",
                    "type": "value_error",
                }
            ]
        ],
    )


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
