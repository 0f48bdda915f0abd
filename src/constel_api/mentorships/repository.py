"""SQL of the mentorship lifecycle, plus aggregates a metrics module can reuse.

The aggregate functions return SQL-computed counts (no rows of people, no content);
suppressing small groups is the caller's job (the organisation's anonymity threshold).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from constel_api.core.scoping import scoped_select
from constel_api.core.time import utcnow
from constel_api.models import (
    Mentorship,
    MentorshipStatus,
    MentorshipTransition,
    PairSide,
    ReplacementStatus,
)


async def add_transition(
    session: AsyncSession,
    mentorship: Mentorship,
    event: str,
    from_status: str,
    *,
    actor_id: uuid.UUID | None,
    actor_side: str | None,
    details: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> MentorshipTransition:
    row = MentorshipTransition(
        organisation_id=mentorship.organisation_id,
        mentorship_id=mentorship.id,
        event=event,
        from_status=from_status,
        to_status=mentorship.status,
        actor_id=actor_id,
        actor_side=actor_side,
        details=details or {},
    )
    # Python's clock, not the transaction's: several transitions share one transaction.
    row.at = at or utcnow()
    session.add(row)
    return row


async def transitions_of(
    session: AsyncSession, org_id: uuid.UUID, mentorship_id: uuid.UUID
) -> list[MentorshipTransition]:
    query = (
        scoped_select(MentorshipTransition, org_id)
        .where(MentorshipTransition.mentorship_id == mentorship_id)
        .order_by(MentorshipTransition.at, MentorshipTransition.id)
    )
    return list((await session.execute(query)).scalars())


async def list_for_person(
    session: AsyncSession,
    org_id: uuid.UUID,
    person_id: uuid.UUID,
    *,
    status: str | None,
    limit: int,
    offset: int,
) -> tuple[list[Mentorship], int]:
    query = scoped_select(Mentorship, org_id).where(
        or_(Mentorship.mentor_id == person_id, Mentorship.mentee_id == person_id)
    )
    if status is not None:
        query = query.where(Mentorship.status == status)
    total = await session.scalar(select(func.count()).select_from(query.subquery()))
    rows = await session.scalars(
        query.order_by(Mentorship.created_at.desc(), Mentorship.id).limit(limit).offset(offset)
        .execution_options(populate_existing=True)
    )
    return list(rows), int(total or 0)


def _newer_proposal(old: Any) -> Any:
    """A later mentorship of the same mentee in the same program: the replacement."""
    newer = aliased(Mentorship)
    return (
        select(newer.id)
        .where(
            newer.organisation_id == old.organisation_id,
            newer.program_id == old.program_id,
            newer.mentee_id == old.mentee_id,
            newer.id != old.id,
            # Not an earlier pairing: created since the old one and not ended before it.
            newer.created_at >= old.created_at,
            or_(newer.ended_at.is_(None), newer.ended_at >= old.ended_at),
        )
        .order_by(newer.created_at)
        .limit(1)
        .scalar_subquery()
    )


async def resolve_replacements(
    session: AsyncSession, org_id: uuid.UUID, mentee_id: uuid.UUID, now: datetime
) -> None:
    """Mark pending replacements as proposed once matching has proposed a new mentor.

    Matching creates the new mentorship; this keeps the old one's state in step without
    the matching domain having to know about withdrawals.
    """
    old = Mentorship
    newer = _newer_proposal(old)
    await session.execute(
        update(Mentorship)
        .where(
            old.organisation_id == org_id,
            old.mentee_id == mentee_id,
            old.replacement_status == ReplacementStatus.PENDING,
            newer.is_not(None),
        )
        .values(
            replacement_status=ReplacementStatus.PROPOSED,
            replacement_resolved_at=now,
            replacement_mentorship_id=newer,
            needs_attention=False,
            attention_reason=None,
            version=Mentorship.version + 1,
        )
        .execution_options(synchronize_session=False)
    )


# --- aggregates for metrics (SQL only, metadata only) ---------------------------------


def _program_filter(query: Any, org_id: uuid.UUID, program_id: uuid.UUID | None) -> Any:
    query = query.where(Mentorship.organisation_id == org_id)
    if program_id is not None:
        query = query.where(Mentorship.program_id == program_id)
    return query


async def count_by_status(
    session: AsyncSession, org_id: uuid.UUID, program_id: uuid.UUID | None = None
) -> dict[str, int]:
    """Mentorships per status (proposed, accepted, active, completed, refused, withdrawn)."""
    query = _program_filter(
        select(Mentorship.status, func.count()).group_by(Mentorship.status), org_id, program_id
    )
    return {s: int(n) for s, n in (await session.execute(query)).all()}


async def withdrawals_by_side_and_reason(
    session: AsyncSession, org_id: uuid.UUID, program_id: uuid.UUID | None = None
) -> list[tuple[str, str | None, int]]:
    """(side who left, reason category, count) over withdrawn mentorships."""
    who = case(
        (Mentorship.ended_by_id == Mentorship.mentor_id, PairSide.MENTOR.value),
        else_=PairSide.MENTEE.value,
    )
    query = _program_filter(
        select(who, Mentorship.end_reason, func.count())
        .where(Mentorship.status == MentorshipStatus.WITHDRAWN)
        .group_by(who, Mentorship.end_reason),
        org_id,
        program_id,
    )
    return [(str(w), r, int(n)) for w, r, n in (await session.execute(query)).all()]


async def pending_rematches(
    session: AsyncSession, org_id: uuid.UUID, program_id: uuid.UUID | None = None
) -> list[tuple[uuid.UUID, uuid.UUID, uuid.UUID, datetime]]:
    """(mentorship id, program id, mentee id, withdrawn at) of mentees whose mentor left and
    who still wait for a replacement: what program admins must act on."""
    old = Mentorship
    query = _program_filter(
        select(old.id, old.program_id, old.mentee_id, old.ended_at)
        .where(
            old.replacement_status == ReplacementStatus.PENDING,
            _newer_proposal(old).is_(None),
        )
        .order_by(old.ended_at),
        org_id,
        program_id,
    )
    return [(a, b, c, d) for a, b, c, d in (await session.execute(query)).all()]


async def median_days_to_activation(
    session: AsyncSession, org_id: uuid.UUID, program_id: uuid.UUID | None = None
) -> float | None:
    """Median days from the proposal to the active mentorship."""
    days = func.extract("epoch", Mentorship.activated_at - Mentorship.created_at) / 86400.0
    query = _program_filter(
        select(func.percentile_cont(0.5).within_group(days)).where(
            Mentorship.activated_at.is_not(None)
        ),
        org_id,
        program_id,
    )
    value = await session.scalar(query)
    return None if value is None else float(value)


async def count_first_meetings(
    session: AsyncSession, org_id: uuid.UUID, program_id: uuid.UUID | None = None
) -> int:
    """Mentorships whose mentor confirmed the first meeting."""
    query = _program_filter(
        select(func.count()).where(Mentorship.first_meeting_confirmed_at.is_not(None)),
        org_id,
        program_id,
    )
    return int(await session.scalar(query) or 0)
