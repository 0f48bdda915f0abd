"""Objectives: defined -> in_progress -> achieved | abandoned, each step dated."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.errors import Conflict
from constel_api.mentorships.access import bump, check_version, pair_member, require_active
from constel_api.mentorships.items import get_item, list_items
from constel_api.models import Objective, ObjectiveStatus, Person

NEXT: dict[str, frozenset[str]] = {
    ObjectiveStatus.DEFINED: frozenset({ObjectiveStatus.IN_PROGRESS, ObjectiveStatus.ACHIEVED,
                                        ObjectiveStatus.ABANDONED}),
    ObjectiveStatus.IN_PROGRESS: frozenset({ObjectiveStatus.ACHIEVED, ObjectiveStatus.ABANDONED}),
    ObjectiveStatus.ACHIEVED: frozenset(),
    ObjectiveStatus.ABANDONED: frozenset(),
}
CODE = "objective_not_found"


async def create(session: AsyncSession, person: Person, mentorship_id: uuid.UUID) -> Objective:
    actor = await pair_member(session, person, mentorship_id, lock="share")
    require_active(actor.mentorship)
    m = actor.mentorship
    row = Objective(organisation_id=m.organisation_id, mentorship_id=m.id,
                    status=ObjectiveStatus.DEFINED, defined_at=utcnow(), created_by_id=person.id,
                    version=1)
    session.add(row)
    await session.flush()
    return row


async def set_status(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, objective_id: uuid.UUID,
    version: int, status: ObjectiveStatus,
) -> Objective:
    actor = await pair_member(session, person, mentorship_id, lock="share")
    require_active(actor.mentorship)
    row = await get_item(session, Objective, actor.mentorship, objective_id, code=CODE, lock=True)
    check_version(row, version)
    if status not in NEXT[row.status]:
        raise Conflict(f"An objective cannot go from {row.status} to {status}.",
                       code="invalid_status_transition", from_status=row.status,
                       to_status=status.value)
    now = utcnow()
    if status == ObjectiveStatus.IN_PROGRESS:
        row.started_at = now
    elif status == ObjectiveStatus.ACHIEVED:
        row.achieved_at = now
    else:
        row.abandoned_at = now
    row.status = status
    bump(row)
    await session.flush()
    return row


async def get(session: AsyncSession, person: Person, mentorship_id: uuid.UUID,
              objective_id: uuid.UUID) -> Objective:
    actor = await pair_member(session, person, mentorship_id)
    return await get_item(session, Objective, actor.mentorship, objective_id, code=CODE)


async def list_for_pair(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, *, status: str | None,
    limit: int, offset: int,
) -> tuple[list[Objective], int]:
    actor = await pair_member(session, person, mentorship_id)
    return await list_items(session, Objective, actor.mentorship, limit=limit, offset=offset,
                            order_by=Objective.defined_at, status=status)
