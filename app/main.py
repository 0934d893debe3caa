"""The ASGI application: create_app() wires settings, the live directory, routers and errors."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app import __version__
from app.api import metrics
from app.api.access import install_partner_access
from app.api.middleware import install_middleware
from app.api.routes import (
    admin,
    admin_import,
    coverage,
    health,
    referrals,
    services,
    taxonomy,
    widget,
)
from app.background import polling
from app.config import Settings, get_settings
from app.directory import geo
from app.directory.database import get_engine
from app.directory.live import LiveDirectory
from app.errors import install_error_handlers
from app.logging import configure_logging
from app.routing import screening_flags, screening_model

DESCRIPTION = """Routes a person's need to ranked, explained, appropriate services,
crisis lines first when there is any sign of risk. Need profiles are never stored or logged."""


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the application for these settings (the environment's by default)."""
    settings = settings or get_settings()
    configure_logging(level=settings.log_level, json_lines=settings.log_json)
    engine = get_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await asyncio.to_thread(app.state.directory.refresh, force=True)
        await asyncio.to_thread(geo.warm_up)
        # Not on the first risky description's time:
        await asyncio.to_thread(screening_model.weights)
        await asyncio.to_thread(screening_flags.flag_models)
        async with polling(app.state.directory.poll(settings.reload_interval_seconds)):
            yield

    # Interactive docs load scripts from a CDN; production serves /openapi.json only.
    docs = settings.environment != "production"
    app = FastAPI(
        title="referral-router",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url="/docs" if docs else None,
        redoc_url="/redoc" if docs else None,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.directory = LiveDirectory(engine, settings.seed_dir)
    install_error_handlers(app)
    # Keys, rate limits and CORS first: the middleware added later wraps them (and logs 429s).
    install_partner_access(app, settings=settings, engine=engine)
    install_middleware(
        app, max_body_bytes=settings.max_body_bytes, max_import_bytes=settings.max_import_bytes
    )
    app.include_router(metrics.router)
    for router in (
        health.router,
        services.router,
        taxonomy.router,
        referrals.router,
        coverage.router,
        widget.router,
        admin.router,
        admin_import.router,
    ):
        app.include_router(router)
    return app


app = create_app()
