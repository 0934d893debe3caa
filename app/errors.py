"""Problem details (RFC 9457) for every error the service returns.

AppError
 ├── NotFoundError            404  a resource id that does not exist
 ├── InvalidInputError        422  input that parsed but makes no sense (an unknown ZIP, ...)
 ├── ImportRejectedError      422  an HSDS import that was refused whole (file, row, column)
 ├── AuthenticationError      401  missing or wrong API key
 ├── PermissionDeniedError    403  a key that may not do this
 ├── PayloadTooLargeError     413
 ├── RateLimitedError         429  with Retry-After
 └── DirectoryUnavailableError 503 the directory cannot be reached

Validation errors carry `errors: [{"loc": [...], "field": "a.b", "msg": ...}]` so a client
can point at the field at fault. Messages never echo request values back: a need profile
is health information and error bodies end up in logs of other systems.
"""

import logging
from typing import Any, ClassVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import iter_route_contexts
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import compile_path

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"
PROBLEM_TYPE_BASE = "https://referral-router.example.org/problems/"


class AppError(Exception):
    """A domain error rendered as problem+json."""

    status: ClassVar[int] = 500
    title: ClassVar[str] = "Internal error"
    slug: ClassVar[str] = "internal"

    def __init__(
        self,
        detail: str,
        *,
        errors: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}


class NotFoundError(AppError):
    status, title, slug = 404, "Not found", "not-found"


class InvalidInputError(AppError):
    status, title, slug = 422, "Invalid input", "invalid-input"


class ImportRejectedError(AppError):
    status, title, slug = 422, "Import rejected", "import-rejected"


class AuthenticationError(AppError):
    status, title, slug = 401, "Authentication required", "unauthenticated"


class PermissionDeniedError(AppError):
    status, title, slug = 403, "Forbidden", "forbidden"


class PayloadTooLargeError(AppError):
    status, title, slug = 413, "Payload too large", "payload-too-large"


class RateLimitedError(AppError):
    status, title, slug = 429, "Too many requests", "rate-limited"


class DirectoryUnavailableError(AppError):
    status, title, slug = 503, "Directory unavailable", "directory-unavailable"


def problem(
    status: int,
    title: str,
    detail: str,
    *,
    slug: str,
    instance: str | None = None,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """Build a problem+json response."""
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + slug,
        "title": title,
        "status": status,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    if errors is not None:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def field_path(loc: tuple[Any, ...] | list[Any]) -> str:
    """Turn a pydantic location into a dotted path without the request part ('body', 'query')."""
    parts = [str(p) for p in loc]
    if parts and parts[0] in {"body", "query", "path", "header"}:
        parts = parts[1:]
    return ".".join(parts)


def validation_errors(raw: list[Any]) -> list[dict[str, Any]]:
    """Describe each validation error by location, field path and message, never the input."""
    return [
        {
            "loc": list(err.get("loc", ())),
            "field": field_path(err.get("loc", ())),
            "msg": err.get("msg", "invalid"),
            "type": err.get("type", "value_error"),
        }
        for err in raw
    ]


BODY_PARSE_ERROR = "There was an error parsing the body"  # FastAPI's 400 detail


def allowed_methods(app: FastAPI, path: str) -> list[str]:
    """Every method some route serves at this path (for a 405's Allow header)."""
    methods: set[str] = set()
    for context in iter_route_contexts(app.routes):
        if context.methods and context.path and compile_path(context.path)[0].match(path):
            methods |= set(context.methods)
    return sorted(methods)


def install_error_handlers(app: FastAPI) -> None:
    """Render every error, ours and the framework's, as problem+json."""

    @app.exception_handler(AppError)
    async def _app_error(request: Request, exc: AppError) -> JSONResponse:
        return problem(
            exc.status,
            exc.title,
            exc.detail,
            slug=exc.slug,
            instance=request.url.path,
            errors=exc.errors,
            headers=exc.headers,
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = validation_errors(list(exc.errors()))
        fields = ", ".join(sorted({e["field"] or "(body)" for e in errors}))
        return problem(
            422,
            "Invalid request",
            f"Check these fields: {fields}.",
            slug="validation",
            instance=request.url.path,
            errors=errors,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400:
            # The framework's 400s are bodies it could not read (bytes that are not UTF-8
            # JSON, broken multipart): the same 422 as malformed JSON. Its messages name
            # the problem, never the content.
            reason = exc.detail if isinstance(exc.detail, str) else BODY_PARSE_ERROR
            return problem(
                422,
                "Invalid request",
                f"The request body could not be read: {reason}",
                slug="validation",
                instance=request.url.path,
                errors=[{"loc": ["body"], "field": "", "msg": reason, "type": "body_unreadable"}],
            )
        titles = {404: "Not found", 405: "Method not allowed", 413: "Payload too large"}
        detail = exc.detail if isinstance(exc.detail, str) else titles.get(exc.status_code, "")
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:
            # Starlette lists only the first matching route's method; list every one.
            headers["Allow"] = ", ".join(allowed_methods(request.app, request.url.path))
        return problem(
            exc.status_code,
            titles.get(exc.status_code, "Error"),
            detail,
            slug=PayloadTooLargeError.slug if exc.status_code == 413 else f"http-{exc.status_code}",
            instance=request.url.path,
            headers=headers,
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # The exception text may contain request data; app.logging writes type and frames only.
        log.error("unhandled error", exc_info=exc)
        return problem(
            500,
            "Internal error",
            "Something went wrong on our side.",
            slug="internal",
            instance=request.url.path,
        )
