"""SQL for what falls due: sessions tomorrow, unanswered proposals and invitations,
silent pairs, action items."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import and_, any_, func, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import (
    ActionItem,
    ActionItemStatus,
    MentoringSession,
    Mentorship,
    MentorshipStatus,
    Person,
    Program,
    ProgramManager,
    ProgramParticipant,
    ProgramStatus,
    Role,
    SessionStatus,
)
from constel_api.models.program import ParticipantState


async def sessions_starting(session: AsyncSession, start: datetime, end: datetime
                            ) -> list[tuple[MentoringSession, Mentorship]]:
    statement = (
        select(MentoringSession, Mentorship)
        .join(Mentorship, Mentorship.id == MentoringSession.mentorship_id)
        .where(MentoringSession.status == SessionStatus.SCHEDULED,
               MentoringSession.starts_at > start, MentoringSession.starts_at <= end,
               Mentorship.status == MentorshipStatus.ACTIVE)
    )
    return [(s, m) for s, m in (await session.execute(statement)).all()]


async def open_proposals(session: AsyncSession) -> list[tuple[Mentorship, Program]]:
    statement = (
        select(Mentorship, Program)
        .join(Program, Program.id == Mentorship.program_id)
        .where(Mentorship.status.in_([MentorshipStatus.PROPOSED, MentorshipStatus.ACCEPTED]),
               or_(Mentorship.mentor_accepted_at.is_(None),
                   Mentorship.mentee_accepted_at.is_(None)))
        .with_for_update(of=Mentorship, skip_locked=True)
    )
    return [(m, p) for m, p in (await session.execute(statement)).all()]


async def pending_invitations(session: AsyncSession
                              ) -> list[tuple[ProgramParticipant, Program]]:
    statement = (
        select(ProgramParticipant, Program)
        .join(Program, Program.id == ProgramParticipant.program_id)
        .where(ProgramParticipant.state == ParticipantState.INVITED,
               ProgramParticipant.invited_at.is_not(None))
        .with_for_update(of=ProgramParticipant, skip_locked=True)
    )
    return [(pp, p) for pp, p in (await session.execute(statement)).all()]


async def participant(session: AsyncSession, program_id: uuid.UUID, person_id: uuid.UUID
                      ) -> ProgramParticipant | None:
    statement = select(ProgramParticipant).where(
        ProgramParticipant.program_id == program_id, ProgramParticipant.person_id == person_id
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def active_pairs_with_last_session(session: AsyncSession
                                         ) -> list[tuple[Mentorship, Program, datetime | None]]:
    last = (
        select(func.max(MentoringSession.starts_at))
        .where(MentoringSession.mentorship_id == Mentorship.id,
               MentoringSession.status.in_([SessionStatus.SCHEDULED, SessionStatus.HELD]))
        .scalar_subquery()
    )
    statement = (
        select(Mentorship, Program, last)
        .join(Program, Program.id == Mentorship.program_id)
        .where(Mentorship.status == MentorshipStatus.ACTIVE)
    )
    return [(m, p, at) for m, p, at in (await session.execute(statement)).all()]


async def pairs_of_programs_ending(session: AsyncSession, on: date
                                   ) -> list[tuple[Mentorship, Program]]:
    """Active pairs of running programs whose last day is ``on``."""
    statement = (
        select(Mentorship, Program)
        .join(Program, Program.id == Mentorship.program_id)
        .where(Program.status == ProgramStatus.RUNNING, Program.ends_on == on,
               Mentorship.status == MentorshipStatus.ACTIVE)
    )
    return [(m, p) for m, p in (await session.execute(statement)).all()]


async def items_due(session: AsyncSession, on: date) -> list[tuple[Mentorship, str, int]]:
    statement = (
        select(Mentorship, ActionItem.owner, func.count())
        .join(Mentorship, Mentorship.id == ActionItem.mentorship_id)
        .where(ActionItem.due_on == on, ActionItem.status == ActionItemStatus.OPEN,
               Mentorship.status == MentorshipStatus.ACTIVE)
        .group_by(Mentorship.id, ActionItem.owner)
    )
    return [(m, owner, int(n)) for m, owner, n in (await session.execute(statement)).all()]


async def program_admins(session: AsyncSession, program: Program) -> list[Person]:
    """The program's managers, or the organisation's admins when it has none."""
    managers = select(ProgramManager.person_id).where(ProgramManager.program_id == program.id)
    statement = select(Person).where(
        Person.organisation_id == program.organisation_id, Person.active.is_(True),
        or_(Person.id.in_(managers),
            and_(~select(ProgramManager.id).where(
                ProgramManager.program_id == program.id).exists(),
                 literal(Role.ORG_ADMIN.value) == any_(Person.roles))),
    ).order_by(Person.id)
    return list((await session.execute(statement)).scalars())


async def people(session: AsyncSession, ids: list[uuid.UUID]) -> dict[uuid.UUID, Person]:
    rows = await session.execute(select(Person).where(Person.id.in_(ids)))
    return {p.id: p for p in rows.scalars()}


# Who must sign a new charter version: everyone who joined and has not left.
SIGNING_STATES = (ParticipantState.APPLIED, ParticipantState.ELIGIBLE, ParticipantState.ACTIVE)


async def charter_signers(session: AsyncSession, program_id: uuid.UUID) -> list[Person]:
    statement = (
        select(Person)
        .join(ProgramParticipant, ProgramParticipant.person_id == Person.id)
        .where(ProgramParticipant.program_id == program_id,
               ProgramParticipant.state.in_(SIGNING_STATES), Person.active.is_(True))
        .order_by(Person.id)
    )
    return list((await session.execute(statement)).scalars())
