"""Directory writes for partners holding a secret key: organizations, locations, services,
capacity, and the audit log of all of them.

POST creates (409 if the id exists), PUT replaces whole (404 if absent), DELETE removes.
Each write commits with a new directory_version and an audit entry, and this process
routes with it before the response is sent (app.api.deps.get_write_session).
"""

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel

from app.api.deps import DirectoryWriteSessionDep, SessionDep
from app.api.schemas.admin import (
    CapacityUpdate,
    LocationCreate,
    LocationFields,
    OrganizationCreate,
    OrganizationFields,
    ServiceCreate,
    ServiceFields,
)
from app.api.schemas.admin_answer import AuditEntryOut, AuditPage, CapacityOut, WriteResult
from app.api.schemas.problem import problem_responses
from app.api.security import KeyInfo, SecretKeyDep
from app.directory import access_repository, writes

router = APIRouter(prefix="/v1/admin", tags=["admin"])

IdPath = Annotated[str, Path(max_length=200)]
CREATE_ERRORS = problem_responses(401, 403, 409, 422, 429)
CHANGE_ERRORS = problem_responses(401, 403, 404, 409, 422, 429)


def _write(
    session: DirectoryWriteSessionDep,
    key: KeyInfo,
    action: writes.Action,
    entity_type: writes.EntityType,
    entity_id: str,
    body: BaseModel | None = None,
) -> WriteResult:
    data: dict[str, Any] | None = (
        body.model_dump(mode="json", exclude_none=True) if body is not None else None
    )
    outcome = writes.write_entity(
        session=session,
        actor=writes.Actor(key.id, key.name),
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        data=data,
    )
    return WriteResult(
        entity_type=outcome.entity_type,
        id=outcome.entity_id,
        action=outcome.action,
        changed_fields=outcome.changed_fields,
        directory_version=str(outcome.directory_version),
    )


@router.post(
    "/organizations",
    status_code=201,
    operation_id="create_organization",
    summary="Create a organization",
    response_model=WriteResult,
    responses=CREATE_ERRORS,
)
def create_organization(
    body: OrganizationCreate, key: SecretKeyDep, session: DirectoryWriteSessionDep
) -> WriteResult:
    return _write(session, key, "create", "organization", body.id, body)


@router.put(
    "/organizations/{organization_id}",
    operation_id="update_organization",
    summary="Replace a organization",
    response_model=WriteResult,
    responses=CHANGE_ERRORS,
)
def update_organization(
    organization_id: IdPath,
    body: OrganizationFields,
    key: SecretKeyDep,
    session: DirectoryWriteSessionDep,
) -> WriteResult:
    return _write(session, key, "update", "organization", organization_id, body)


@router.delete(
    "/organizations/{organization_id}",
    operation_id="delete_organization",
    summary="Delete a organization",
    response_model=WriteResult,
    responses=CHANGE_ERRORS,
)
def delete_organization(
    organization_id: IdPath, key: SecretKeyDep, session: DirectoryWriteSessionDep
) -> WriteResult:
    return _write(session, key, "delete", "organization", organization_id)


@router.post(
    "/locations",
    status_code=201,
    operation_id="create_location",
    summary="Create a location",
    response_model=WriteResult,
    responses=CREATE_ERRORS,
)
def create_location(
    body: LocationCreate, key: SecretKeyDep, session: DirectoryWriteSessionDep
) -> WriteResult:
    return _write(session, key, "create", "location", body.id, body)


@router.put(
    "/locations/{location_id}",
    operation_id="update_location",
    summary="Replace a location",
    response_model=WriteResult,
    responses=CHANGE_ERRORS,
)
def update_location(
    location_id: IdPath, body: LocationFields, key: SecretKeyDep, session: DirectoryWriteSessionDep
) -> WriteResult:
    return _write(session, key, "update", "location", location_id, body)


@router.delete(
    "/locations/{location_id}",
    operation_id="delete_location",
    summary="Delete a location",
    response_model=WriteResult,
    responses=CHANGE_ERRORS,
)
def delete_location(
    location_id: IdPath, key: SecretKeyDep, session: DirectoryWriteSessionDep
) -> WriteResult:
    return _write(session, key, "delete", "location", location_id)


@router.post(
    "/services",
    status_code=201,
    operation_id="create_service",
    summary="Create a service",
    response_model=WriteResult,
    responses=CREATE_ERRORS,
)
def create_service(
    body: ServiceCreate, key: SecretKeyDep, session: DirectoryWriteSessionDep
) -> WriteResult:
    return _write(session, key, "create", "service", body.id, body)


@router.put(
    "/services/{service_id}",
    operation_id="update_service",
    summary="Replace a service",
    response_model=WriteResult,
    responses=CHANGE_ERRORS,
)
def update_service(
    service_id: IdPath, body: ServiceFields, key: SecretKeyDep, session: DirectoryWriteSessionDep
) -> WriteResult:
    return _write(session, key, "update", "service", service_id, body)


@router.delete(
    "/services/{service_id}",
    operation_id="delete_service",
    summary="Delete a service",
    response_model=WriteResult,
    responses=CHANGE_ERRORS,
)
def delete_service(
    service_id: IdPath, key: SecretKeyDep, session: DirectoryWriteSessionDep
) -> WriteResult:
    return _write(session, key, "delete", "service", service_id)


@router.patch(
    "/services/{service_id}/capacity",
    operation_id="update_service_capacity",
    summary="Open or close intake and set the wait",
    response_model=CapacityOut,
    responses=problem_responses(401, 403, 404, 422, 429),
)
def update_service_capacity(
    service_id: IdPath,
    body: CapacityUpdate,
    key: SecretKeyDep,
    session: DirectoryWriteSessionDep,
) -> CapacityOut:
    service, outcome = writes.set_capacity(
        session=session,
        actor=writes.Actor(key.id, key.name),
        service_id=service_id,
        accepting_new_clients=body.accepting_new_clients,
        wait_days=body.wait_days,
    )
    assert service.capacity_updated_at is not None
    return CapacityOut(
        id=service.id,
        accepting_new_clients=service.accepting_new_clients,
        wait_days=service.wait_days,
        capacity_updated_at=service.capacity_updated_at,
        directory_version=str(outcome.directory_version),
    )


@router.get(
    "/audit",
    operation_id="list_audit_entries",
    summary="The audit log of directory writes, newest first",
    response_model=AuditPage,
    responses=problem_responses(401, 403, 422, 429),
)
def list_audit_entries(
    key: SecretKeyDep,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    before: Annotated[int | None, Query(ge=1, description="`next_before` of a page.")] = None,
) -> AuditPage:
    rows = access_repository.get_all_audit_entries(session=session, limit=limit, before_id=before)
    items = [AuditEntryOut.model_validate(row, from_attributes=True) for row in rows]
    next_before = items[-1].id if len(items) == limit else None
    return AuditPage(items=items, next_before=next_before)
