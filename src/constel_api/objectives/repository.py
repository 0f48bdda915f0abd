"""Aggregates of objectives for metrics (counts by status, in SQL)."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.mentorships.items import program_scope
from constel_api.models import Objective


async def count_by_status(
    session: AsyncSession, org_id: uuid.UUID, program_id: uuid.UUID | None = None
) -> dict[str, int]:
    """Objectives defined, in progress, achieved and abandoned."""
    query = program_scope(
        select(Objective.status, func.count()).select_from(Objective).group_by(Objective.status),
        Objective, org_id, program_id,
    )
    return {s: int(n) for s, n in (await session.execute(query)).all()}


async def pairs_with_achieved_objective(
    session: AsyncSession, org_id: uuid.UUID, program_id: uuid.UUID | None = None
) -> int:
    """How many pairs achieved at least one objective."""
    query = program_scope(
        select(func.count(func.distinct(Objective.mentorship_id))).select_from(Objective)
        .where(Objective.status == "achieved"),
        Objective, org_id, program_id,
    )
    return int(await session.scalar(query) or 0)
