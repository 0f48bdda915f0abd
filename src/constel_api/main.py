"""Application factory: lifespan, middleware, error handlers and routers."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy.ext.asyncio import AsyncEngine
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from constel_api import __version__
from constel_api.action_plans.router import router as action_plans_router
from constel_api.api_clients.router import router as api_clients_router
from constel_api.apidocs import mount_api_docs
from constel_api.auth.router import router as auth_router
from constel_api.auth.second_factor_router import router as second_factor_router
from constel_api.config import Settings, get_settings
from constel_api.db import create_engine, create_sessionmaker, resolve_database_url
from constel_api.directory.router import router as directory_router
from constel_api.error_handlers import install_error_handlers
from constel_api.feedback.router import router as feedback_router
from constel_api.gdpr.router import router as gdpr_router
from constel_api.health import router as health_router
from constel_api.introductions.router import router as introductions_router
from constel_api.matching.router import router as matching_router
from constel_api.mentoring_sessions.router import calendar_router
from constel_api.mentoring_sessions.router import router as mentoring_sessions_router
from constel_api.mentorships.router import router as mentorships_router
from constel_api.mentorships.service import complete_program
from constel_api.messages.router import router as messages_router
from constel_api.metrics.router import router as metrics_router
from constel_api.middleware import (
    BodySizeLimitMiddleware,
    NulInUrlMiddleware,
    RequestContextMiddleware,
    SecurityHeadersMiddleware,
)
from constel_api.notifications.router import router as notifications_router
from constel_api.objectives.router import router as objectives_router
from constel_api.openapi_doc import install_openapi
from constel_api.organisations.router import router as organisations_router
from constel_api.programs import api as programs_api
from constel_api.programs.router import router as programs_router
from constel_api.scim.errors import ScimErrorMiddleware
from constel_api.scim.router import router as scim_router
from constel_api.spa import mount_spa
from constel_api.sso.router import router as sso_router
from constel_api.vault.router import router as vault_router

# Larger bodies are allowed only where the domain needs them.
BODY_LIMIT_OVERRIDES: dict[str, int] = {
    "/api/v1/directory/imports": 64 * 1024 * 1024,
    "/api/v1/vault/files": 2 * 1024 * 1024,
}

ROUTERS: list[APIRouter] = [
    health_router,
    auth_router,
    second_factor_router,
    sso_router,
    organisations_router,
    api_clients_router,
    programs_router,
    directory_router,
    scim_router,
    vault_router,
    messages_router,
    matching_router,
    mentorships_router,
    mentoring_sessions_router,
    calendar_router,
    objectives_router,
    action_plans_router,
    introductions_router,
    feedback_router,
    metrics_router,
    gdpr_router,
    notifications_router,
]


def create_app(settings: Settings | None = None, engine: AsyncEngine | None = None) -> FastAPI:
    """Build the app; tests pass their own settings and engine."""
    settings = settings or get_settings()
    # programs sits below mentorships: closing a program completes its pairs through a hook
    programs_api.on_close("mentorships.complete_program", complete_program)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = engine is None
        app.state.engine = engine or create_engine(resolve_database_url(settings), settings)
        app.state.sessionmaker = create_sessionmaker(app.state.engine)
        # Everything loaded at startup lives as long as the process: keep it out of the
        # cyclic collector's full passes, which otherwise add tens of milliseconds to
        # requests that allocate heavily (a dashboard builds ~10,000 rows).
        gc.freeze()
        yield
        if owned:
            await app.state.engine.dispose()

    app = FastAPI(
        title="Constel API",
        version=__version__,
        summary="Mentoring programs whose participant content is end-to-end encrypted.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.settings = settings
    if engine is not None:
        app.state.engine = engine
        app.state.sessionmaker = create_sessionmaker(engine)
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=True,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "X-CSRF-Token", "X-Request-ID"],
        )
    app.add_middleware(NulInUrlMiddleware)
    app.add_middleware(
        BodySizeLimitMiddleware,
        default_limit=settings.max_body_bytes,
        overrides=BODY_LIMIT_OVERRIDES,
    )
    app.add_middleware(ScimErrorMiddleware)
    app.add_middleware(SecurityHeadersMiddleware, hsts=settings.environment == "production")
    app.add_middleware(RequestContextMiddleware)
    if settings.trusted_proxies:
        # Outermost, so the access log, the sign-in throttle and the audit see the client a
        # trusted proxy names. Nobody is trusted by default: uvicorn's own handling is off.
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.trusted_proxies)
    mount_api_docs(app, settings.spa_dist_dir)
    mount_spa(app, settings.spa_dist_dir)
    install_openapi(app)
    return app


def create_production_app() -> FastAPI:
    """Entry point for ``uvicorn --factory constel_api.main:create_production_app``."""
    from constel_api.logging_config import configure_logging

    settings = get_settings()
    configure_logging(settings.log_level)
    return create_app(settings)
