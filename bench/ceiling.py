"""Ceilings for the HTTP benchmark: what serving a referral costs without ranking it.

Both answer POST /v1/referrals with the exact response bytes the real app gave for each
body, recorded beforehand (named by $BENCH_CEILING_ANSWERS), and both parse the body with
the real request model (unknown fields refused, ZIP looked up):

* the framework's ceiling, `create_ceiling_app`: a bare FastAPI app with that one route.
  What the real app does beyond it (middleware, dependencies, ranking, building the
  answer) is what the ratio the issue sets a target for measures;
* the stack's ceiling, `create_stack_ceiling_app`: the real app, every middleware and the
  same dependency on, with its referral route answering from the recording. The most any
  ranking could reach with this stack: the gap between the two ceilings is the stack's,
  the gap between it and the real app is ranking's.
"""

import json
import os
from pathlib import Path

from fastapi import FastAPI, Request, Response

from app.api.deps import LiveDirectoryDep
from app.api.schemas.referral import ReferralRequest
from app.config import Settings

ANSWERS_ENV = "BENCH_CEILING_ANSWERS"


def _recorded() -> dict[bytes, bytes]:
    pairs = json.loads(Path(os.environ[ANSWERS_ENV]).read_text(encoding="utf-8"))
    return {body.encode("utf-8"): answer.encode("utf-8") for body, answer in pairs}


def create_ceiling_app() -> FastAPI:
    """Build the bare app from the recorded answers."""
    answers = _recorded()
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)

    @app.post("/v1/referrals")
    async def create_referral(body: ReferralRequest, request: Request) -> Response:
        return Response(answers[await request.body()], media_type="application/json")

    return app


def create_stack_ceiling_app(settings: Settings | None = None) -> FastAPI:
    """Build the real app (the environment's settings unless given) with its referral route
    replaying the recorded answers."""
    from app.main import create_app  # builds an app on import: only when asked for

    answers = _recorded()
    app = create_app(settings)

    async def replay(
        directory: LiveDirectoryDep, body: ReferralRequest, request: Request
    ) -> Response:
        return Response(answers[await request.body()], media_type="application/json")

    app.router.add_api_route("/v1/referrals", replay, methods=["POST"])
    # Matched before the real route: finding it among the app's routes (a few µs) is the one
    # step of the real app's path this skips.
    app.router.routes.insert(0, app.router.routes.pop())
    return app
