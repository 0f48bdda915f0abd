"""Feedback both ways: ongoing while active, closing once completed (one per person)."""

from __future__ import annotations

import uuid

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.errors import Conflict
from constel_api.mentorships.access import pair_member, require_active
from constel_api.mentorships.items import get_item, list_items
from constel_api.models import Feedback, FeedbackKind, MentorshipStatus, Person

CODE = "feedback_not_found"


async def give(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, kind: FeedbackKind,
    score: int | None,
) -> Feedback:
    actor = await pair_member(session, person, mentorship_id, lock="share")
    m = actor.mentorship
    if kind == FeedbackKind.ONGOING:
        require_active(m)
    elif m.status != MentorshipStatus.COMPLETED:
        raise Conflict("Closing feedback follows the mentorship's completion.",
                       code="pair_not_completed", pair_status=m.status)
    row = Feedback(organisation_id=m.organisation_id, mentorship_id=m.id, author_id=person.id,
                   author_side=actor.side.value, kind=kind.value, satisfaction_score=score,
                   created_at=utcnow())
    try:
        async with session.begin_nested():
            session.add(row)
            await session.flush()
    except IntegrityError as exc:
        raise Conflict("You already gave your closing feedback.",
                       code="closing_feedback_exists") from exc
    return row


async def get(session: AsyncSession, person: Person, mentorship_id: uuid.UUID,
              item_id: uuid.UUID) -> Feedback:
    actor = await pair_member(session, person, mentorship_id)
    return await get_item(session, Feedback, actor.mentorship, item_id, code=CODE)


async def list_for_pair(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, *, limit: int, offset: int,
) -> tuple[list[Feedback], int]:
    actor = await pair_member(session, person, mentorship_id)
    return await list_items(session, Feedback, actor.mentorship, limit=limit, offset=offset,
                            order_by=Feedback.created_at)
