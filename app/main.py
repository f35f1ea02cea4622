"""The HTTP API: `create_app()` builds it; `app` is the instance uvicorn serves (`uvicorn app.main:app`).

The lifespan opens the process's one Neo4j driver (verified; start-up fails with GraphUnavailableError if
Neo4j cannot be reached) and closes it on shutdown. The schema is applied by its own command, not here.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.errors import install_error_handlers
from app.routers import frameworks, health, meetings, people
from graph_schema.driver import open_driver
from graph_schema.settings import Settings, get_settings

logger = logging.getLogger(__name__)

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(level: int = logging.INFO) -> None:
    """Configure the root logger once (a no-op when the server or test runner already did)."""
    logging.basicConfig(level=level, format=LOG_FORMAT)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the API for `settings` (default: from the environment)."""
    configure_logging()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.settings = settings or get_settings()
        driver = open_driver(app.state.settings)
        app.state.driver = driver
        try:
            yield
        finally:
            driver.close()
            logger.info("closed the Neo4j driver")

    app = FastAPI(
        title="diplograph",
        summary="Who met whom, where, when and on what occasion, from diplomatic news, with sources.",
        version="0.1.0",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    for router in (health.router, meetings.router, people.router, frameworks.router):
        app.include_router(router)
    return app


app = create_app()
