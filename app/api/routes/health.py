"""Liveness and readiness for load balancers and orchestrators."""

import asyncio

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from app.api.deps import LiveDirectoryDep

router = APIRouter(tags=["health"])


@router.get("/healthz", operation_id="healthz", summary="The process is alive")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/readyz",
    operation_id="readyz",
    summary="Database reachable and directory loaded",
    responses={503: {"description": "Not ready; crisis lines are still served."}},
)
async def readyz(directory: LiveDirectoryDep) -> JSONResponse:
    reachable = await asyncio.to_thread(directory.ping)
    ready = reachable and directory.loaded_from_database
    body = {
        "status": "ready" if ready else "not_ready",
        "database": "reachable" if reachable else "unreachable",
        "directory_loaded": directory.loaded_from_database,
        "directory_version": directory.index.version,
        "services": len(directory.index),
    }
    return JSONResponse(body, status_code=200 if ready else 503)
