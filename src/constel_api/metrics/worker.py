"""A background task of each `constel-api worker` process: keeps the rollup backlog short.

Reports refresh a few marked people inline; a bulk import or the migration marks
thousands, which this task works off between requests (``rollup.drain``). Several
processes may run it: the rollup's advisory lock serialises them per organisation.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from constel_api.core.unavailable import is_database_unavailable
from constel_api.metrics.rollup import drain

logger = logging.getLogger(__name__)


async def _run(sessionmaker: async_sessionmaker[AsyncSession], interval: float) -> None:
    while True:
        try:
            await drain(sessionmaker)
        except Exception as exc:  # a failed pass is retried at the next interval
            if is_database_unavailable(exc):
                logger.warning("metrics rollup pass skipped: database unavailable")
            else:
                logger.exception("metrics rollup pass failed")
        await asyncio.sleep(interval)


@contextlib.asynccontextmanager
async def rollup_worker(sessionmaker: async_sessionmaker[AsyncSession],
                        interval: float) -> AsyncIterator[None]:
    """Run the rollup task for the lifetime of the app (not at all when ``interval`` is 0)."""
    if interval <= 0:
        yield
        return
    task = asyncio.create_task(_run(sessionmaker, interval), name="metrics-rollup")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
