"""The worker's periodic tasks, one transaction each, the clock passed in."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from constel_api.config import Settings
from constel_api.notifications import reminders

logger = logging.getLogger(__name__)

DUE_TASKS = (
    reminders.session_reminders,
    reminders.proposal_expiries,
    reminders.invitation_expiries,
    reminders.silent_pairs,
    reminders.action_items_due,
    reminders.programs_ending,
)


async def notify_due(sessionmaker: async_sessionmaker[AsyncSession], now: datetime) -> int:
    """Every reminder and expiry due at ``now``; each task commits on its own."""
    total = 0
    for task in DUE_TASKS:
        async with sessionmaker() as session:
            total += await task(session, now)
            await session.commit()
    return total


async def purge(sessionmaker: async_sessionmaker[AsyncSession], now: datetime) -> None:
    """Retention purge, expired password links and old failed sign-ins."""
    from constel_api.gdpr.retention import purge_expired
    from constel_api.notifications.repository import purge_auth_rows, purge_password_tokens

    async with sessionmaker() as session:
        await purge_expired(session, now)
        await session.commit()
    async with sessionmaker() as session:
        await purge_password_tokens(session, now)
        await purge_auth_rows(session, now)
        await session.commit()


async def daily_digest(sessionmaker: async_sessionmaker[AsyncSession], settings: Settings
                       ) -> int:
    from constel_api.notifications.digest import send_digests

    return await send_digests(sessionmaker, settings)
