"""Browse the directory: list with filters and pagination, or fetch one service."""

import base64
import binascii
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from app.api.deps import IndexDep
from app.api.schemas.problem import problem_responses
from app.api.schemas.service import ServiceOut
from app.api.schemas.service_view import service_out
from app.directory.geo import is_valid_zip, lookup_zip, normalize_state
from app.errors import InvalidInputError, NotFoundError
from app.routing.records import ServiceRecord
from app.routing.vocabulary import SERVICE_KINDS

router = APIRouter(prefix="/v1/services", tags=["services"])

Kind = Literal[SERVICE_KINDS]  # type: ignore[valid-type]


class ServiceFilters(BaseModel):
    model_config = ConfigDict(extra="forbid")

    state: str | None = Field(default=None, max_length=40, examples=["NC"])
    zip: str | None = Field(default=None, max_length=10, examples=["27701"])
    radius_miles: float = Field(default=25, gt=0, le=500)
    kind: Kind | None = None
    q: str | None = Field(default=None, max_length=200, description="Words in name or description.")
    limit: int = Field(default=20, ge=1, le=100)
    cursor: str | None = Field(
        default=None, max_length=200, description="`next_cursor` from the previous page."
    )


class ServicePage(BaseModel):
    items: list[ServiceOut]
    total: int = Field(description="How many services match the filters.")
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next page; null at the end."
    )
    directory_version: str


def _decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        offset = int(base64.urlsafe_b64decode(cursor.encode()).decode())
    except (ValueError, binascii.Error, UnicodeDecodeError):
        offset = -1
    if offset < 0:
        raise InvalidInputError(
            "The cursor is not one this API issued.",
            errors=[
                {
                    "loc": ["query", "cursor"],
                    "field": "cursor",
                    "msg": "invalid cursor",
                    "type": "value_error",
                }
            ],
        )
    return offset


def _field_error(field: str, message: str) -> InvalidInputError:
    return InvalidInputError(
        message,
        errors=[{"loc": ["query", field], "field": field, "msg": message, "type": "value_error"}],
    )


def _matching(index: IndexDep, f: ServiceFilters) -> list[ServiceRecord]:
    records: list[ServiceRecord]
    if f.zip is not None:
        place = lookup_zip(f.zip) if is_valid_zip(f.zip) else None
        if place is None:
            raise _field_error("zip", "Not a known US ZIP code (5 digits, e.g. 27701).")
        records = [n.service for n in index.near(place.latitude, place.longitude, f.radius_miles)]
    else:
        records = list(index.services)
    if f.state is not None:
        state = normalize_state(f.state)
        if state is None:
            raise _field_error("state", "Not a US state code or name.")
        records = [
            r
            for r in records
            if any(s.state == state for s in r.sites) or any(state in a.states for a in r.areas)
        ]
    if f.kind is not None:
        records = [r for r in records if r.kind == f.kind]
    if f.q:
        words = f.q.lower().split()
        records = [
            r
            for r in records
            if all(
                w in f"{r.name} {r.organization_name or ''} {r.description or ''}".lower()
                for w in words
            )
        ]
    return records


@router.get(
    "",
    operation_id="list_services",
    summary="List services",
    response_model=ServicePage,
    responses=problem_responses(401, 403, 422, 429),
)
def list_services(index: IndexDep, filters: Annotated[ServiceFilters, Query()]) -> ServicePage:
    records = _matching(index, filters)
    offset = _decode_cursor(filters.cursor)
    page = records[offset : offset + filters.limit]
    end = offset + len(page)
    next_cursor = (
        base64.urlsafe_b64encode(str(end).encode()).decode() if end < len(records) else None
    )
    return ServicePage(
        items=[service_out(r) for r in page],
        total=len(records),
        next_cursor=next_cursor,
        directory_version=index.version,
    )


@router.get(
    "/{service_id}",
    operation_id="get_service",
    summary="Get one service",
    response_model=ServiceOut,
    responses=problem_responses(401, 403, 404, 429),
)
def get_service(service_id: str, index: IndexDep) -> ServiceOut:
    record = index.by_id.get(service_id)
    if record is None:
        raise NotFoundError("No service has this id.")
    return service_out(record)
