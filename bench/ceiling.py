"""The framework's ceiling: a bare FastAPI app that parses the same request, ranks nothing.

It declares POST /v1/referrals with the real request model (so the same validation runs:
unknown fields refused, ZIP looked up) and answers with the exact response bytes the real
app gave for that body, recorded beforehand. What the real app does beyond this (ranking,
building and validating the response model, middleware) is what the ratio measures.
"""

import json
import os
from pathlib import Path

from fastapi import FastAPI, Request, Response

from app.api.schemas.referral import ReferralRequest

ANSWERS_ENV = "BENCH_CEILING_ANSWERS"


def create_ceiling_app() -> FastAPI:
    """Build the bare app from the recorded answers named by $BENCH_CEILING_ANSWERS."""
    pairs = json.loads(Path(os.environ[ANSWERS_ENV]).read_text(encoding="utf-8"))
    answers = {body.encode("utf-8"): answer.encode("utf-8") for body, answer in pairs}
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)

    @app.post("/v1/referrals")
    async def create_referral(body: ReferralRequest, request: Request) -> Response:
        return Response(answers[await request.body()], media_type="application/json")

    return app
