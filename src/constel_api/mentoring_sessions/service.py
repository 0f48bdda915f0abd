"""Séances: schedule, reschedule, cancel (by whom), mark held or missed (absences).

Only the pair's current members act, on an active mentorship. A séance is marked held
only once the mentor confirmed the first meeting (charter: the mentor first checks the
mentee wants to be accompanied). Every edit names the version it started from.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.errors import Conflict, Unprocessable
from constel_api.mentoring_sessions import repository as repo
from constel_api.mentorships.access import (
    PairActor,
    bump,
    check_version,
    pair_member,
    require_active,
)
from constel_api.models import (
    Absence,
    MentoringSession,
    Person,
    Program,
    SessionMode,
    SessionStatus,
)
from constel_api.notifications import events


async def _writable(session: AsyncSession, person: Person, mentorship_id: uuid.UUID
                    ) -> PairActor:
    actor = await pair_member(session, person, mentorship_id, lock="share")
    require_active(actor.mentorship)
    return actor


async def _check_mode(session: AsyncSession, actor: PairActor, mode: SessionMode) -> None:
    program = await session.get(Program, actor.mentorship.program_id)
    if program is not None and program.allowed_modes and mode not in program.allowed_modes:
        raise Unprocessable("The program does not offer this session mode.",
                            code="mode_not_allowed", allowed_modes=list(program.allowed_modes))


async def _editable(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, session_id: uuid.UUID,
    version: int,
) -> tuple[PairActor, MentoringSession]:
    actor = await _writable(session, person, mentorship_id)
    row = await repo.get_for_pair(session, actor.mentorship, session_id, lock=True)
    check_version(row, version)
    if row.status != SessionStatus.SCHEDULED:
        raise Conflict(f"This session is already {row.status}.", code="session_not_scheduled",
                       session_status=row.status)
    return actor, row


def _must_have_started(row: MentoringSession, now: datetime) -> None:
    if row.starts_at > now:
        raise Conflict("This session has not started yet.", code="session_in_future")


async def _done(session: AsyncSession, row: MentoringSession) -> MentoringSession:
    bump(row)
    await session.flush()
    await session.refresh(row)
    return row


async def schedule(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, starts_at: datetime,
    duration_minutes: int, mode: SessionMode,
) -> MentoringSession:
    actor = await _writable(session, person, mentorship_id)
    await _check_mode(session, actor, mode)
    m = actor.mentorship
    row = MentoringSession(
        organisation_id=m.organisation_id, mentorship_id=m.id, starts_at=starts_at,
        duration_minutes=duration_minutes, mode=mode.value, status=SessionStatus.SCHEDULED,
        created_by_id=person.id, version=1, reschedule_count=0,
    )
    session.add(row)
    await session.flush()
    await session.refresh(row)
    await events.session_changed(session, "session_scheduled", person, actor.other_id, row)
    return row


async def reschedule(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, session_id: uuid.UUID,
    version: int, starts_at: datetime | None, duration_minutes: int | None,
    mode: SessionMode | None,
) -> MentoringSession:
    actor, row = await _editable(session, person, mentorship_id, session_id, version)
    moved = starts_at is not None and starts_at != row.starts_at
    if starts_at is not None and moved:
        row.starts_at = starts_at
        row.reschedule_count += 1
    if duration_minutes is not None:
        row.duration_minutes = duration_minutes
    if mode is not None:
        await _check_mode(session, actor, mode)
        row.mode = mode.value
    row = await _done(session, row)
    if moved:
        await events.session_changed(session, "session_moved", person, actor.other_id, row)
    return row


async def cancel(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, session_id: uuid.UUID,
    version: int,
) -> MentoringSession:
    actor, row = await _editable(session, person, mentorship_id, session_id, version)
    row.status = SessionStatus.CANCELLED
    row.cancelled_by_id = person.id
    row.cancelled_by_side = actor.side.value
    row.cancelled_at = utcnow()
    row = await _done(session, row)
    await events.session_changed(session, "session_cancelled", person, actor.other_id, row)
    return row


async def mark_held(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, session_id: uuid.UUID,
    version: int,
) -> MentoringSession:
    actor, row = await _editable(session, person, mentorship_id, session_id, version)
    if actor.mentorship.first_meeting_confirmed_at is None:
        raise Conflict(
            "The mentor must first confirm the first meeting (the mentee's wish to be "
            "accompanied and their knowledge of the charter).",
            code="first_meeting_not_confirmed",
        )
    now = utcnow()
    _must_have_started(row, now)
    row.status = SessionStatus.HELD
    row.outcome_recorded_at = now
    row.outcome_recorded_by_id = person.id
    return await _done(session, row)


async def mark_missed(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, session_id: uuid.UUID,
    version: int, absence: Absence,
) -> MentoringSession:
    _, row = await _editable(session, person, mentorship_id, session_id, version)
    now = utcnow()
    _must_have_started(row, now)
    row.status = SessionStatus.MISSED
    row.absence = absence.value
    row.outcome_recorded_at = now
    row.outcome_recorded_by_id = person.id
    return await _done(session, row)


async def get(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, session_id: uuid.UUID
) -> MentoringSession:
    actor = await pair_member(session, person, mentorship_id)
    return await repo.get_for_pair(session, actor.mentorship, session_id)


async def list_for_pair(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, *, status: str | None,
    limit: int, offset: int,
) -> tuple[list[MentoringSession], int]:
    actor = await pair_member(session, person, mentorship_id)
    return await repo.list_for_pair(session, actor.mentorship, status=status, limit=limit,
                                    offset=offset)
