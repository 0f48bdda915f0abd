"""Migrations go down and up again, and match the models."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from constel_api import migrate
from constel_api.models import Base
from tests.fixtures.database import create_test_database


@pytest.fixture(scope="module")
def scratch_database() -> Iterator[str]:
    yield from create_test_database("constel_migrations")


def _diff(url: str) -> list[object]:
    def compare(conn: Connection) -> list[object]:
        return list(compare_metadata(MigrationContext.configure(conn), Base.metadata))

    async def run() -> list[object]:
        engine = create_async_engine(url)
        async with engine.connect() as conn:
            result = await conn.run_sync(compare)
        await engine.dispose()
        return result

    return asyncio.run(run())


def test_models_match_migrations(scratch_database: str) -> None:
    assert _diff(scratch_database) == []


def test_downgrade_to_base_and_back(scratch_database: str) -> None:
    migrate.downgrade(scratch_database, "base")
    migrate.upgrade(scratch_database)
    assert _diff(scratch_database) == []
