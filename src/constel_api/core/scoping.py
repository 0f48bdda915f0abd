"""The single helper through which every tenant-owned read is scoped."""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.errors import NotFound

T = TypeVar("T")


def scoped_select(model: type[T], organisation_id: uuid.UUID) -> Select[T]:
    """``SELECT model WHERE organisation_id = :org``: the only way to start a tenant query."""
    column: Any = model.organisation_id  # type: ignore[attr-defined]
    return select(model).where(column == organisation_id)


async def get_scoped_or_404(
    session: AsyncSession,
    model: type[T],
    organisation_id: uuid.UUID,
    object_id: uuid.UUID,
    *,
    code: str = "not_found",
    detail: str | None = None,
) -> T:
    """Load one tenant-owned row; another organisation's row is indistinguishable from none."""
    id_column: Any = model.id  # type: ignore[attr-defined]
    result = await session.execute(
        scoped_select(model, organisation_id).where(id_column == object_id)
    )
    obj = result.scalar_one_or_none()
    if obj is None:
        raise NotFound(detail or f"{model.__name__} not found", code=code)
    return obj
