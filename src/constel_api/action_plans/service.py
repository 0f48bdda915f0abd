"""Action-plan items of a pair; either member edits them, versions catch concurrent edits."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.errors import NotFound, Unprocessable
from constel_api.mentoring_sessions import repository as sessions_repo
from constel_api.mentorships.access import (
    PairActor,
    bump,
    check_version,
    pair_member,
    require_active,
)
from constel_api.mentorships.items import get_item, list_items
from constel_api.models import ActionItem, ActionItemStatus, Person

CODE = "action_item_not_found"


async def _check_session(session: AsyncSession, actor: PairActor, session_id: uuid.UUID) -> None:
    try:
        await sessions_repo.get_for_pair(session, actor.mentorship, session_id)
    except NotFound as exc:
        raise Unprocessable("session_id is not a séance of this pair.",
                            code="unknown_session") from exc


async def create(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, owner: str,
    due_on: Any, session_id: uuid.UUID | None,
) -> ActionItem:
    actor = await pair_member(session, person, mentorship_id, lock="share")
    require_active(actor.mentorship)
    if session_id is not None:
        await _check_session(session, actor, session_id)
    m = actor.mentorship
    row = ActionItem(organisation_id=m.organisation_id, mentorship_id=m.id, owner=owner,
                     due_on=due_on, session_id=session_id, status=ActionItemStatus.OPEN,
                     created_by_id=person.id, version=1)
    session.add(row)
    await session.flush()
    await session.refresh(row)
    return row


async def update(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, item_id: uuid.UUID,
    version: int, changes: dict[str, Any],
) -> ActionItem:
    actor = await pair_member(session, person, mentorship_id, lock="share")
    require_active(actor.mentorship)
    row = await get_item(session, ActionItem, actor.mentorship, item_id, code=CODE, lock=True)
    check_version(row, version)
    if changes.get("session_id") is not None:
        await _check_session(session, actor, changes["session_id"])
    for name in ("owner", "due_on", "session_id"):
        if name in changes:
            if name == "owner" and changes[name] is None:
                raise Unprocessable("owner cannot be null.", code="validation_error")
            setattr(row, name, changes[name])
    status = changes.get("status")
    if status is not None and status != row.status:
        row.status = status
        row.done_at = utcnow() if status == ActionItemStatus.DONE else None
    bump(row)
    await session.flush()
    await session.refresh(row)
    return row


async def get(session: AsyncSession, person: Person, mentorship_id: uuid.UUID,
              item_id: uuid.UUID) -> ActionItem:
    actor = await pair_member(session, person, mentorship_id)
    return await get_item(session, ActionItem, actor.mentorship, item_id, code=CODE)


async def list_for_pair(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, *, status: str | None,
    session_id: uuid.UUID | None, limit: int, offset: int,
) -> tuple[list[ActionItem], int]:
    actor = await pair_member(session, person, mentorship_id)
    return await list_items(session, ActionItem, actor.mentorship, limit=limit, offset=offset,
                            order_by=ActionItem.created_at, status=status, session_id=session_id)
