"""``constel-api worker``: runs queued jobs and the periodic tasks on PgQueuer.

Run any number of workers, each a separate process: a job is taken by exactly one of them
(PgQueuer's ``FOR UPDATE SKIP LOCKED``) and each periodic task runs once per tick across
all of them. A failing job is retried with exponential back-off; after
``job_max_attempts`` tries it stays in the queue with the status ``failed`` (the dead
letters the platform operator lists at ``/api/v1/operator/jobs``).
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import asyncpg  # type: ignore[import-untyped]
from pgqueuer.core.applications import PgQueuer
from pgqueuer.domain.errors import RetryRequested
from pgqueuer.domain.models import Job, Schedule
from pgqueuer.domain.types import Channel
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from constel_api.config import Settings
from constel_api.core.time import utcnow
from constel_api.jobs import periodic
from constel_api.jobs.queue import db_settings, queries_for
from constel_api.metrics.worker import rollup_worker
from constel_api.notifications.delivery import deliver
from constel_api.notifications.passwords import PASSWORD_LINK, send_password_link
from constel_api.notifications.service import SEND_EMAIL

logger = logging.getLogger(__name__)



def payload_of(job: Job) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(job.payload or b"{}")
    return data


async def with_backoff(job: Job, settings: Settings,
                       work: Callable[[bool], Awaitable[object]]) -> None:
    """Run ``work(final_attempt)``; on failure ask the queue for a later retry."""
    final = job.attempts + 1 >= settings.job_max_attempts
    try:
        await work(final)
    except Exception as exc:
        if final:
            raise
        delay = timedelta(seconds=settings.job_retry_initial_seconds * (2 ** job.attempts))
        raise RetryRequested(delay=delay, reason=type(exc).__name__) from exc


def build(connection: asyncpg.Connection, sessionmaker: async_sessionmaker[AsyncSession],
          settings: Settings, *, schedules: bool = True) -> PgQueuer:
    queries = queries_for(connection)
    pgq = PgQueuer(connection=queries.driver, queries=queries,
                   channel=Channel(db_settings().channel))

    @pgq.entrypoint(SEND_EMAIL, on_failure="hold")
    async def send_email(job: Job) -> None:
        notification_id = uuid.UUID(payload_of(job)["notification_id"])
        await with_backoff(job, settings, lambda final: deliver(
            sessionmaker, settings, notification_id, final_attempt=final))

    @pgq.entrypoint(PASSWORD_LINK, on_failure="hold")
    async def password_link(job: Job) -> None:
        data = payload_of(job)
        await with_backoff(job, settings, lambda final: send_password_link(
            sessionmaker, settings, data, final_attempt=final))

    if schedules:
        @pgq.schedule("notify_due", "* * * * *")
        async def notify_due(schedule: Schedule) -> None:
            await periodic.notify_due(sessionmaker, utcnow())

        @pgq.schedule("purge", "17 * * * *")
        async def purge(schedule: Schedule) -> None:
            await periodic.purge(sessionmaker, utcnow())

        @pgq.schedule("daily_digest", "0 7 * * *")
        async def daily_digest(schedule: Schedule) -> None:
            await periodic.daily_digest(sessionmaker, settings)

    return pgq


async def run(database_url: str, settings: Settings, *, batch_size: int | None = None,
              stop: asyncio.Event | None = None, schedules: bool = True) -> None:
    """Run until cancelled (or until ``stop`` is set)."""
    from constel_api.db import create_engine, create_sessionmaker

    dsn = database_url.replace("postgresql+asyncpg://", "postgresql://", 1)
    connection = await asyncpg.connect(dsn, server_settings={"application_name": "constel-worker"})
    engine = create_engine(database_url, settings)
    sessionmaker = create_sessionmaker(engine)
    rollup_interval = settings.metrics_rollup_interval_seconds if schedules else 0
    try:
        pgq = build(connection, sessionmaker, settings, schedules=schedules)
        async with rollup_worker(sessionmaker, rollup_interval):
            runner = asyncio.create_task(pgq.run(
                batch_size=batch_size or settings.worker_concurrency,
                max_concurrent_tasks=settings.worker_concurrency * 2,
                dequeue_timeout=timedelta(seconds=5),
            ))
            if stop is not None:
                await stop.wait()
                pgq.shutdown.set()
            await runner
    finally:
        await engine.dispose()
        await connection.close()
