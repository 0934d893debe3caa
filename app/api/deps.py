"""Request dependencies: settings, the live directory, a database session."""

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlmodel import Session

from app.config import Settings
from app.directory.database import session_scope
from app.directory.live import LiveDirectory
from app.routing.index import DirectoryIndex


# Async although they do no I/O: FastAPI runs a sync dependency in a worker thread, and
# that hop (and the GIL hand-over it causes) cost more than the whole lookup.
async def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_live_directory(request: Request) -> LiveDirectory:
    return request.app.state.directory


async def get_index(request: Request) -> DirectoryIndex:
    return request.app.state.directory.index


def get_session(request: Request) -> Iterator[Session]:
    """A session whose transaction commits when the endpoint succeeds (nobody else commits).

    Scoped to the endpoint function (below) so the commit happens before the response is
    sent: a client never sees 200 for a write that then fails to commit.
    """
    with session_scope(request.app.state.engine) as session:
        yield session


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
LiveDirectoryDep = Annotated[LiveDirectory, Depends(get_live_directory)]
IndexDep = Annotated[DirectoryIndex, Depends(get_index)]
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def get_write_session(request: Request) -> Iterator[Session]:
    """A session for directory writes: commits, then reloads this process's directory.

    Scoped to the endpoint function so the commit and reload happen before the response
    is sent: the writer's next request (a referral, a listing) already sees the change.
    Other replicas see it at their next version poll.
    """
    with session_scope(request.app.state.engine) as session:
        yield session
    request.app.state.directory.refresh()


DirectoryWriteSessionDep = Annotated[Session, Depends(get_write_session, scope="function")]
