"""SQL of séances, plus aggregates a metrics module can reuse (dates, counts, absences)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.scoping import scoped_select
from constel_api.errors import NotFound
from constel_api.models import (
    CalendarFeed,
    MentoringSession,
    Mentorship,
    MentorshipStatus,
)


async def get_for_pair(
    session: AsyncSession, mentorship: Mentorship, session_id: uuid.UUID, *, lock: bool = False
) -> MentoringSession:
    query = (
        scoped_select(MentoringSession, mentorship.organisation_id)
        .where(MentoringSession.id == session_id,
               MentoringSession.mentorship_id == mentorship.id)
        .execution_options(populate_existing=True)
    )
    if lock:
        query = query.with_for_update()
    row = (await session.execute(query)).scalar_one_or_none()
    if row is None:
        raise NotFound("No such session.", code="session_not_found")
    return row


async def list_for_pair(
    session: AsyncSession, mentorship: Mentorship, *, status: str | None, limit: int,
    offset: int,
) -> tuple[list[MentoringSession], int]:
    query = scoped_select(MentoringSession, mentorship.organisation_id).where(
        MentoringSession.mentorship_id == mentorship.id
    )
    if status is not None:
        query = query.where(MentoringSession.status == status)
    total = await session.scalar(select(func.count()).select_from(query.subquery()))
    rows = await session.scalars(
        query.order_by(MentoringSession.starts_at, MentoringSession.id).limit(limit).offset(offset)
    )
    return list(rows), int(total or 0)


async def sessions_of_person(
    session: AsyncSession, org_id: uuid.UUID, person_id: uuid.UUID
) -> list[MentoringSession]:
    """Séances of every pair the person is a current member of (for the calendar)."""
    member = or_(
        Mentorship.mentor_id == person_id,
        Mentorship.mentee_id == person_id,
    )
    left = (Mentorship.status == MentorshipStatus.WITHDRAWN) & (Mentorship.ended_by_id == person_id)
    query = (
        scoped_select(MentoringSession, org_id)
        .join(Mentorship, Mentorship.id == MentoringSession.mentorship_id)
        .where(member, ~left, Mentorship.status != MentorshipStatus.REFUSED)
        .order_by(MentoringSession.starts_at)
        .limit(2000)
    )
    return list(await session.scalars(query))


# --- calendar feeds -------------------------------------------------------------------


async def active_feed(
    session: AsyncSession, org_id: uuid.UUID, person_id: uuid.UUID
) -> CalendarFeed | None:
    query = scoped_select(CalendarFeed, org_id).where(
        CalendarFeed.person_id == person_id, CalendarFeed.revoked_at.is_(None)
    )
    return (await session.execute(query.with_for_update())).scalar_one_or_none()


async def feed_by_hash(session: AsyncSession, secret_hash: bytes) -> CalendarFeed | None:
    """Unscoped on purpose: the secret itself identifies the feed (and its organisation)."""
    query = select(CalendarFeed).where(
        CalendarFeed.secret_hash == secret_hash, CalendarFeed.revoked_at.is_(None)
    )
    return (await session.execute(query)).scalar_one_or_none()


# --- aggregates for metrics --------------------------------------------------------------


def _scope(query: Any, org_id: uuid.UUID, program_id: uuid.UUID | None,
           since: datetime | None, until: datetime | None) -> Any:
    """Join the pair (for the program), keep one organisation and an optional period."""
    q = query.join(Mentorship, Mentorship.id == MentoringSession.mentorship_id).where(
        MentoringSession.organisation_id == org_id
    )
    if program_id is not None:
        q = q.where(Mentorship.program_id == program_id)
    if since is not None:
        q = q.where(MentoringSession.starts_at >= since)
    if until is not None:
        q = q.where(MentoringSession.starts_at < until)
    return q


async def count_by_status_and_absence(
    session: AsyncSession, org_id: uuid.UUID, program_id: uuid.UUID | None = None,
    since: datetime | None = None, until: datetime | None = None,
) -> list[tuple[str, str | None, int]]:
    """(status, absence, count) of séances: held, missed by whom, cancelled, scheduled."""
    query = _scope(
        select(MentoringSession.status, MentoringSession.absence, func.count())
        .select_from(MentoringSession)
        .group_by(MentoringSession.status, MentoringSession.absence),
        org_id, program_id, since, until,
    )
    rows = await session.execute(query)
    return [(s, a, int(n)) for s, a, n in rows.all()]


async def held_per_month(
    session: AsyncSession, org_id: uuid.UUID, program_id: uuid.UUID | None = None,
) -> list[tuple[datetime, int]]:
    """Séances held per calendar month (UTC)."""
    month = func.date_trunc("month", func.timezone("UTC", MentoringSession.starts_at))
    query = _scope(
        select(month, func.count())
        .select_from(MentoringSession)
        .where(MentoringSession.status == "held")
        .group_by(month)
        .order_by(month),
        org_id, program_id, None, None,
    )
    rows = await session.execute(query)
    return [(m, int(n)) for m, n in rows.all()]


async def last_held_at_by_mentorship(
    session: AsyncSession, org_id: uuid.UUID, program_id: uuid.UUID | None = None,
) -> dict[uuid.UUID, datetime]:
    """The date of each pair's last held séance (to spot pairs without recent sessions)."""
    query = _scope(
        select(MentoringSession.mentorship_id, func.max(MentoringSession.starts_at))
        .select_from(MentoringSession)
        .where(MentoringSession.status == "held")
        .group_by(MentoringSession.mentorship_id),
        org_id, program_id, None, None,
    )
    rows = await session.execute(query)
    return {mid: at for mid, at in rows.all()}  # noqa: C416
