"""Request dependencies: settings, the live directory, a database session."""

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlmodel import Session

from app.config import Settings
from app.directory.database import session_scope
from app.directory.live import LiveDirectory
from app.routing.index import DirectoryIndex


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_live_directory(request: Request) -> LiveDirectory:
    return request.app.state.directory


def get_index(request: Request) -> DirectoryIndex:
    return get_live_directory(request).index


def get_session(request: Request) -> Iterator[Session]:
    """A session whose transaction commits when the request succeeds (nobody else commits)."""
    with session_scope(request.app.state.engine) as session:
        yield session


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
LiveDirectoryDep = Annotated[LiveDirectory, Depends(get_live_directory)]
IndexDep = Annotated[DirectoryIndex, Depends(get_index)]
SessionDep = Annotated[Session, Depends(get_session)]
