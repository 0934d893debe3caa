"""POST /v1/referrals and GET /v1/crisis-lines: parse, call the routing core, serialize.

No database access: the core reads the in-memory index, so crisis lines are answered
even when the database is down. Nothing of the profile is logged or put in a URL.

The handlers are async although they compute: they never wait on I/O, and a sync handler
would run in a worker thread, whose hand-over and GIL contention with the event loop
measured (bench/http.py) as costing more than the ranking itself.
"""

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Body, Query, Response
from pydantic import BaseModel, ConfigDict, Field

from app.api.deps import LiveDirectoryDep
from app.api.metrics import record_referral
from app.api.schemas.answer_json import answer_json
from app.api.schemas.problem import problem_responses
from app.api.schemas.referral import (
    REQUEST_EXAMPLE,
    Delivery,
    LanguageCode,
    LocationIn,
    Population,
    ReferralRequest,
    ShortText,
    Urgency,
)
from app.api.schemas.referral_answer import (
    CrisisLinesOut,
    ReasonOut,
    ReferralOut,
    ResultOut,
    TriageOut,
)
from app.api.schemas.service_view import service_out
from app.directory.geo import ZipPlace, lookup_zip, nearest_zip
from app.routing.profile import NeedProfile, Place
from app.routing.rank import NO_SERVICES, crisis_lines_for, route
from app.routing.referral import Referral, ResultItem

router = APIRouter(tags=["referrals"])

FALLBACK_NOTICE = (
    "The service directory is temporarily unavailable: only crisis lines are shown. "
    "Try again in a few minutes for local services."
)


def place_at(found: ZipPlace, latitude: float, longitude: float) -> Place:
    """A place at this point, in the state, county and ZIP of `found`."""
    return Place(
        state=found.state,
        latitude=latitude,
        longitude=longitude,
        county=(found.county or "").lower() or None,
        postal_code=found.zip,
        timezone=found.timezone,
    )


def to_place(location: LocationIn | None) -> Place | None:
    """Resolve a validated location to a place (ZIP, nearest ZIP to a point, or state)."""
    if location is None:
        return None
    if location.zip is not None:
        found = lookup_zip(location.zip)
        assert found is not None  # the request model only lets known ZIPs through
        return place_at(found, found.latitude, found.longitude)
    if location.lat is not None and location.lon is not None:
        near = nearest_zip(location.lat, location.lon)
        if near is None:
            return Place(latitude=location.lat, longitude=location.lon)
        return place_at(near, location.lat, location.lon)
    return Place(state=location.state)


def to_profile(body: ReferralRequest) -> NeedProfile:
    """Turn the validated request into the core's need profile."""
    return NeedProfile(
        place=to_place(body.location),
        urgency=body.urgency,
        risk_flags=tuple(body.risk_flags),
        description=body.description,
        max_per_session=body.cost.max_per_session if body.cost else None,
        payment=frozenset(body.cost.payment) if body.cost else frozenset(),
        age=body.age,
        languages=tuple(dict.fromkeys(body.languages)),
        populations=frozenset(body.populations),
        topics=frozenset(body.topics),
        delivery=frozenset(body.delivery),
        max_distance_miles=body.max_distance_miles,
        open_now=body.open_now,
        include_waitlisted=body.include_waitlisted,
        exclude_service_ids=frozenset(body.exclude_service_ids),
        limit=body.limit,
    )


def _item(item: ResultItem) -> ResultOut:
    return ResultOut(
        kind=item.kind,
        service=service_out(item.service, item.phones),
        score=item.score,
        reasons=[ReasonOut(code=r.code, text=r.text) for r in item.reasons],
        distance_miles=item.distance_miles,
        distance_band=item.distance_band,
    )


def _json(content: bytes) -> Response:
    # Assembled from our own models' bytes: skip FastAPI's validation of the answer.
    return Response(content=content, media_type="application/json")


def _notices(referral: Referral, fallback: bool) -> list[str]:
    if not fallback:
        return list(referral.notices)
    # Without the directory, filters are not why nothing local is shown: don't suggest fewer.
    return [FALLBACK_NOTICE] + [n for n in referral.notices if n != NO_SERVICES]


def answer_model(referral: Referral, fallback: bool, *, crisis_only: bool = False) -> BaseModel:
    """Build the answer as models: the reference that the served bytes must equal."""
    if crisis_only:
        return CrisisLinesOut(**_common(referral, fallback))
    return ReferralOut(**_common(referral, fallback), excluded=referral.excluded)


def _common(referral: Referral, fallback: bool) -> dict[str, object]:
    triage = referral.triage
    return {
        "triage": TriageOut(
            level=triage.level,
            reasons=[ReasonOut(code=r.code, text=r.text) for r in triage.reasons],
            message=triage.message,
        ),
        "results": [_item(i) for i in referral.results],
        "notices": _notices(referral, fallback),
        "warnings": list(referral.warnings),
        "directory_version": referral.directory_version,
        "ruleset_version": referral.ruleset_version,
    }


@router.post(
    "/v1/referrals",
    operation_id="create_referral",
    summary="Route a need to crisis lines and ranked, explained services",
    response_model=ReferralOut,
    responses=problem_responses(401, 403, 413, 422, 429),
)
async def create_referral(
    directory: LiveDirectoryDep,
    body: Annotated[
        ReferralRequest, Body(openapi_examples={"veteran": {"value": REQUEST_EXAMPLE}})
    ],
) -> Response:
    index = directory.index  # read once: a reload may swap it while we work
    referral = route(to_profile(body), index, now=datetime.now(UTC))
    record_referral(referral.triage.level)
    notices = _notices(referral, not directory.loaded_from_database)
    return _json(answer_json(referral, index, notices=notices, excluded=referral.excluded))


class CrisisLinesQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    risk_flags: list[ShortText] = Field(
        default=[],
        max_length=20,
        description="Risk signals; unknown values count as unspecified risk.",
        examples=[["suicidal_ideation"]],
    )
    populations: list[Population] = Field(default=[], max_length=20, examples=[["veteran"]])
    languages: list[LanguageCode] = Field(default=[], max_length=10, examples=[["es"]])
    delivery: list[Delivery] = Field(
        default=[], max_length=5, description="text puts text options first.", examples=[["text"]]
    )
    urgency: Urgency = Field(default="routine", examples=["immediate"])
    age: int | None = Field(default=None, ge=0, le=120, examples=[17])


@router.get(
    "/v1/crisis-lines",
    operation_id="list_crisis_lines",
    summary="The crisis lines for a risk and a person (no location needed)",
    response_model=CrisisLinesOut,
    responses=problem_responses(422),  # never rate-limited: crisis lines are never refused
)
async def list_crisis_lines(
    directory: LiveDirectoryDep, query: Annotated[CrisisLinesQuery, Query()]
) -> Response:
    profile = NeedProfile(
        urgency=query.urgency,
        risk_flags=tuple(query.risk_flags),
        age=query.age,
        languages=tuple(dict.fromkeys(query.languages)),
        populations=frozenset(query.populations),
        delivery=frozenset(query.delivery),
    )
    index = directory.index
    referral = crisis_lines_for(profile, index)
    return _json(answer_json(referral, index, notices=_notices(referral, False), excluded=None))
