"""Enqueue jobs through the session's own connection, inside its transaction.

A job row is written by the same transaction as the change that causes it: when that
transaction rolls back, the job never existed, so nothing is sent. PgQueuer's trigger
notifies the workers at commit.
"""

from __future__ import annotations

import json
from datetime import timedelta
from functools import lru_cache
from typing import Any

import asyncpg  # type: ignore[import-untyped]
from pgqueuer.adapters.drivers.asyncpg import AsyncpgDriver
from pgqueuer.adapters.persistence import qb
from pgqueuer.adapters.persistence.queries import Queries
from pgqueuer.domain.settings import DBSettings
from sqlalchemy.ext.asyncio import AsyncSession

JOBS_SCHEMA = "jobs"


@lru_cache(maxsize=1)
def db_settings() -> DBSettings:
    """PgQueuer's objects live in the ``jobs`` schema (see migration 0016notify)."""
    return DBSettings(db_schema=JOBS_SCHEMA)


@lru_cache(maxsize=1)
def _builders() -> tuple[qb.QueryBuilderEnvironment, qb.QueryQueueBuilder,
                         qb.QuerySchedulerBuilder]:
    settings = db_settings()
    return (qb.QueryBuilderEnvironment(settings), qb.QueryQueueBuilder(settings),
            qb.QuerySchedulerBuilder(settings))


@lru_cache(maxsize=1)
def _enqueue_sql() -> str:
    return _builders()[1].build_enqueue_query("skip")


def queries_for(connection: asyncpg.Connection) -> Queries:
    qbe, qbq, qbs = _builders()
    return Queries(AsyncpgDriver(connection), qbe=qbe, qbq=qbq, qbs=qbs)


async def raw_connection(session: AsyncSession) -> asyncpg.Connection:
    """The asyncpg connection under the session, in the session's open transaction."""
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    driver: asyncpg.Connection = raw.driver_connection
    return driver


async def enqueue(
    session: AsyncSession,
    entrypoint: str,
    payload: dict[str, Any],
    *,
    dedupe_key: str | None = None,
    delay: timedelta | None = None,
    priority: int = 0,
) -> None:
    """Add a job in the session's transaction; a queued twin with the same key is kept."""
    connection = await raw_connection(session)
    # PgQueuer's own batch-enqueue statement (ON CONFLICT on the dedupe key: skip), run
    # directly: one round trip, no per-call driver or settings objects.
    await connection.execute(
        _enqueue_sql(), [priority], [entrypoint],
        [json.dumps(payload, separators=(",", ":")).encode()], [delay or timedelta(0)],
        [dedupe_key],
        ["null"],
    )


async def jobs_by_status(session: AsyncSession, status: str | None, limit: int
                         ) -> list[dict[str, Any]]:
    """Queue rows for the operator (no payload: it may name a person)."""
    connection = await raw_connection(session)
    rows = await connection.fetch(
        f"SELECT id, entrypoint, status::text AS status, attempts, created, updated "  # noqa: S608
        f"FROM {JOBS_SCHEMA}.pgqueuer WHERE ($1::text IS NULL OR status::text = $1) "
        f"ORDER BY updated DESC LIMIT $2",
        status, limit,
    )
    return [dict(r) for r in rows]


async def job_counts(session: AsyncSession) -> dict[str, int]:
    connection = await raw_connection(session)
    rows = await connection.fetch(
        f"SELECT status::text AS status, count(*) AS n FROM {JOBS_SCHEMA}.pgqueuer "  # noqa: S608
        f"GROUP BY status"
    )
    return {str(r["status"]): int(r["n"]) for r in rows}
