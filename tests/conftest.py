"""Shared fixtures: a migrated PostgreSQL, one rolled-back transaction per test, the app
over HTTP (httpx ASGI transport) and factories for organisations and people."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine
from sqlalchemy.pool import NullPool

from constel_api.config import Settings
from tests.fixtures.actors import Factory
from tests.fixtures.app import build_app
from tests.fixtures.database import create_test_database


@pytest.fixture(scope="session")
def database_url() -> Iterator[str]:
    yield from create_test_database()


@pytest.fixture(scope="session")
def settings(database_url: str) -> Settings:
    return Settings(
        environment="test",
        database_url=SecretStr(database_url),
        jwt_secret=SecretStr("t" * 64),
        argon2_time_cost=1,
        argon2_memory_kib=1024,
        spa_dist_dir=Path("/nonexistent"),
        log_level="INFO",
    )


@pytest.fixture(scope="session")
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_async_engine(database_url, poolclass=NullPool)
    yield engine
    await engine.dispose()


@pytest.fixture
async def session(engine: AsyncEngine) -> AsyncIterator[AsyncSession]:
    """Everything a test does, through the app or directly, is rolled back afterwards."""
    async with engine.connect() as connection:
        transaction = await connection.begin()
        async with AsyncSession(
            bind=connection,
            expire_on_commit=False,
            autoflush=False,
            join_transaction_mode="create_savepoint",
        ) as session:
            yield session
        await transaction.rollback()


@pytest.fixture
def app(settings: Settings, engine: AsyncEngine, session: AsyncSession) -> FastAPI:
    return build_app(settings, engine, session)


@pytest.fixture
async def client(app) -> AsyncIterator[httpx.AsyncClient]:  # type: ignore[no-untyped-def]
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as c:
        yield c


@pytest.fixture
def factory(session: AsyncSession, settings: Settings) -> Factory:
    return Factory(session, settings)
