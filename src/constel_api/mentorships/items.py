"""Queries shared by the pair's item tables (objectives, action items, introductions,
feedback): every read is scoped by organisation and by the pair."""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.scoping import scoped_select
from constel_api.errors import NotFound
from constel_api.models import Mentorship

T = TypeVar("T")


async def get_item(
    session: AsyncSession, model: type[T], mentorship: Mentorship, item_id: uuid.UUID, *,
    code: str, lock: bool = False,
) -> T:
    columns: Any = model
    query = (
        scoped_select(model, mentorship.organisation_id)
        .where(columns.id == item_id, columns.mentorship_id == mentorship.id)
        .execution_options(populate_existing=True)
    )
    if lock:
        query = query.with_for_update()
    row = (await session.execute(query)).scalar_one_or_none()
    if row is None:
        raise NotFound("Not found in this mentorship.", code=code)
    return row


async def list_items(
    session: AsyncSession, model: type[T], mentorship: Mentorship, *, limit: int, offset: int,
    order_by: Any, **filters: Any,
) -> tuple[list[T], int]:
    columns: Any = model
    query = scoped_select(model, mentorship.organisation_id).where(
        columns.mentorship_id == mentorship.id
    )
    for name, value in filters.items():
        if value is not None:
            query = query.where(getattr(columns, name) == value)
    total = await session.scalar(select(func.count()).select_from(query.subquery()))
    rows = await session.scalars(query.order_by(order_by, columns.id).limit(limit).offset(offset))
    return list(rows), int(total or 0)


def program_scope(query: Any, item_model: Any, org_id: uuid.UUID,
                  program_id: uuid.UUID | None) -> Any:
    """For aggregates: join the pair to filter one program; one organisation always."""
    query = query.join(Mentorship, Mentorship.id == item_model.mentorship_id).where(
        item_model.organisation_id == org_id
    )
    if program_id is not None:
        query = query.where(Mentorship.program_id == program_id)
    return query
