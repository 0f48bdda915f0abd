"""Aggregates of introductions for metrics (the mentor's 'opening of the network')."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.mentorships.items import program_scope
from constel_api.models import Introduction


async def count_by_status(
    session: AsyncSession, org_id: uuid.UUID, program_id: uuid.UUID | None = None
) -> dict[str, int]:
    query = program_scope(
        select(Introduction.status, func.count()).select_from(Introduction)
        .group_by(Introduction.status),
        Introduction, org_id, program_id,
    )
    return {s: int(n) for s, n in (await session.execute(query)).all()}
