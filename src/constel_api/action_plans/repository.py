"""Aggregates of action items for metrics."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.mentorships.items import program_scope
from constel_api.models import ActionItem


async def count_by_owner_and_status(
    session: AsyncSession, org_id: uuid.UUID, program_id: uuid.UUID | None = None,
    today: date | None = None,
) -> list[tuple[str, str, bool, int]]:
    """(owner, status, overdue, count): overdue means open past its due date."""
    overdue = case(
        ((ActionItem.status == "open") & (ActionItem.due_on < (today or func.current_date())),
         True),
        else_=False,
    )
    query = program_scope(
        select(ActionItem.owner, ActionItem.status, overdue, func.count())
        .select_from(ActionItem)
        .group_by(ActionItem.owner, ActionItem.status, overdue),
        ActionItem, org_id, program_id,
    )
    return [(o, s, bool(d), int(n)) for o, s, d, n in (await session.execute(query)).all()]
