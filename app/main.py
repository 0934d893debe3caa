"""The ASGI application: create_app() wires settings, the live directory, routers and errors."""

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app import __version__
from app.api.routes import health, services, taxonomy
from app.config import Settings, get_settings
from app.directory.database import get_engine
from app.directory.live import LiveDirectory
from app.errors import install_error_handlers

DESCRIPTION = """Routes a person's need to ranked, explained, appropriate services,
crisis lines first when there is any sign of risk. Need profiles are never stored or logged."""


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the application for these settings (the environment's by default)."""
    settings = settings or get_settings()
    engine = get_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await asyncio.to_thread(app.state.directory.refresh, force=True)
        poller = asyncio.create_task(app.state.directory.poll(settings.reload_interval_seconds))
        try:
            yield
        finally:
            poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await poller

    app = FastAPI(
        title="referral-router", version=__version__, description=DESCRIPTION, lifespan=lifespan
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.directory = LiveDirectory(engine, settings.seed_dir)
    install_error_handlers(app)
    for router in (health.router, services.router, taxonomy.router):
        app.include_router(router)
    return app


app = create_app()
