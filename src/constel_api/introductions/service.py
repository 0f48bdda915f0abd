"""Introductions: the mentor proposes, the mentee accepts, either marks it done."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.errors import Conflict, Forbidden
from constel_api.mentorships.access import bump, check_version, pair_member, require_active
from constel_api.mentorships.items import get_item, list_items
from constel_api.models import Introduction, IntroductionStatus, PairSide, Person

CODE = "introduction_not_found"


async def propose(session: AsyncSession, person: Person, mentorship_id: uuid.UUID
                  ) -> Introduction:
    actor = await pair_member(session, person, mentorship_id, lock="share")
    require_active(actor.mentorship)
    if actor.side != PairSide.MENTOR:
        raise Forbidden("The mentor proposes introductions.", code="mentor_only")
    m = actor.mentorship
    row = Introduction(organisation_id=m.organisation_id, mentorship_id=m.id,
                       status=IntroductionStatus.PROPOSED, proposed_by_id=person.id, version=1)
    session.add(row)
    await session.flush()
    await session.refresh(row)
    return row


async def set_status(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, item_id: uuid.UUID,
    version: int, status: str,
) -> Introduction:
    actor = await pair_member(session, person, mentorship_id, lock="share")
    require_active(actor.mentorship)
    row = await get_item(session, Introduction, actor.mentorship, item_id, code=CODE, lock=True)
    check_version(row, version)
    now = utcnow()
    if status == IntroductionStatus.ACCEPTED and row.status == IntroductionStatus.PROPOSED:
        if actor.side != PairSide.MENTEE:
            raise Forbidden("The mentee accepts an introduction.", code="mentee_only")
        row.accepted_at = now
    elif status == IntroductionStatus.DONE and row.status == IntroductionStatus.ACCEPTED:
        row.done_at = now
    else:
        raise Conflict(f"An introduction cannot go from {row.status} to {status}.",
                       code="invalid_status_transition", from_status=row.status,
                       to_status=status)
    row.status = status
    bump(row)
    await session.flush()
    await session.refresh(row)
    return row


async def get(session: AsyncSession, person: Person, mentorship_id: uuid.UUID,
              item_id: uuid.UUID) -> Introduction:
    actor = await pair_member(session, person, mentorship_id)
    return await get_item(session, Introduction, actor.mentorship, item_id, code=CODE)


async def list_for_pair(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, *, limit: int, offset: int,
) -> tuple[list[Introduction], int]:
    actor = await pair_member(session, person, mentorship_id)
    return await list_items(session, Introduction, actor.mentorship, limit=limit, offset=offset,
                            order_by=Introduction.created_at)
