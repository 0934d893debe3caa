"""POST /v1/coverage: what a profile could use from each of many places, and the gaps.

Parse (JSON, or CSV turned into the same request), resolve each location on its own,
run the routing core's coverage plan, serialize. NDJSON streams rows as they are
computed. Nothing of the profile or the locations is logged or put in a URL.
"""

import json
from collections.abc import Callable, Coroutine, Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.routing import APIRoute

from app.api.deps import IndexDep
from app.api.routes.referrals import to_profile
from app.api.schemas.coverage import (
    CSV_TYPES,
    DEFAULT_RADIUS_MILES,
    MAX_RADIUS_MILES,
    NDJSON,
    REQUEST_EXAMPLE,
    CoverageOut,
    CoverageRequest,
)
from app.api.schemas.problem import problem_responses
from app.errors import InvalidInputError
from app.reports.locations import read_csv_rows, resolve_all
from app.reports.rows import Summary, header, run_rows
from app.routing.coverage import plan_coverage


class CsvAsJsonRoute(APIRoute):
    """Accept a text/csv body as `{"locations": [rows]}` so one model checks both inputs."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def csv_or_json(request: Request) -> Response:
            media = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if media in CSV_TYPES:
                try:
                    rows = read_csv_rows((await request.body()).decode("utf-8"))
                except (ValueError, UnicodeDecodeError) as exc:
                    reason = str(exc) if isinstance(exc, ValueError) else "Not UTF-8 text."
                    raise InvalidInputError(
                        reason,
                        errors=[{"loc": ["body"], "field": "body", "msg": reason, "type": "csv"}],
                    ) from None
                scope = dict(request.scope)
                scope["headers"] = [
                    (k, b"application/json" if k == b"content-type" else v)
                    for k, v in request.scope["headers"]
                ]
                request = Request(scope, request.receive)
                request._body = json.dumps({"locations": rows}).encode()
            return await handler(request)

        return csv_or_json


router = APIRouter(tags=["coverage"], route_class=CsvAsJsonRoute)

CSV_BODY = {
    "text/csv": {
        "schema": {"type": "string"},
        "example": "id,zip\ndurham,27701\nrural-mt,59001\n",
    }
}


@router.post(
    "/v1/coverage",
    operation_id="run_coverage",
    summary="Coverage and gaps for up to 10,000 places (JSON, or NDJSON streamed)",
    response_model=CoverageOut,
    responses={
        200: {"content": {NDJSON: {"schema": {"type": "string"}}}},
        **problem_responses(401, 403, 413, 422, 429),
    },
    openapi_extra={"requestBody": {"content": CSV_BODY}},
)
def run_coverage(
    request: Request,
    index: IndexDep,
    body: Annotated[CoverageRequest, Body(openapi_examples={"three": {"value": REQUEST_EXAMPLE}})],
    radius_miles: Annotated[
        float | None,
        Query(gt=0, le=MAX_RADIUS_MILES, description="For text/csv bodies (JSON: in the body)."),
    ] = None,
) -> Response:
    """Count services by kind, cost tier and delivery for each place and flag its gaps."""
    profile = to_profile(body.profile)
    radius = float(
        body.radius_miles or radius_miles or profile.max_distance_miles or DEFAULT_RADIUS_MILES
    )
    plan = plan_coverage(index, profile, radius)
    located = resolve_all(loc.raw() for loc in body.locations)

    def lines() -> Iterator[dict[str, Any]]:
        summary = Summary()
        yield header(plan, index, len(body.locations))
        for row in run_rows(plan, located):
            summary.add(row)
            yield row
        yield summary.row()

    if NDJSON in request.headers.get("accept", ""):
        return StreamingResponse(
            (json.dumps(obj, separators=(",", ":")) + "\n" for obj in lines()),
            media_type=NDJSON,
        )
    everything = list(lines())
    return JSONResponse(
        {"header": everything[0], "results": everything[1:-1], "summary": everything[-1]}
    )
