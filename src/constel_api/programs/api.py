"""What other domains (matching, mentorships, metrics) use from programs.

Read these functions rather than the tables: they hold the rules (effective capacity,
current charter version, who is matchable).
"""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.models import (
    ParticipantRole,
    ParticipantState,
    Program,
    ProgramParticipant,
)
from constel_api.programs import repository as repo
from constel_api.programs.charter import has_signed_current_charter
from constel_api.programs.charter import sign as sign_charter
from constel_api.programs.enrolment import effective_capacity
from constel_api.programs.lifecycle import on_close
from constel_api.programs.questionnaire import Question
from constel_api.programs.questionnaire_service import get_questions

# Plain reads other domains need, under the names they read as from outside.
get_program = repo.get_program
current_charter = repo.current_charter
charter_signers = repo.signers
participants_of = repo.participants_of

__all__ = [
    "charter_signers",
    "current_charter",
    "effective_capacity",
    "flag_for_rematch",
    "get_participant",
    "get_program",
    "has_signed_current_charter",
    "mark_matched",
    "matchable_participants",
    "matching_questions",
    "on_close",
    "participants_of",
    "sign_charter",
]

# Mentors already matched stay matchable while they have capacity left.
MATCHABLE_STATES = (ParticipantState.ELIGIBLE, ParticipantState.ACTIVE)


async def get_participant(session: AsyncSession, program_id: uuid.UUID,
                          person_id: uuid.UUID) -> ProgramParticipant | None:
    return await repo.participant_of(session, program_id, person_id)


async def matchable_participants(session: AsyncSession, program: Program,
                                 role: ParticipantRole) -> list[ProgramParticipant]:
    """Mentees ready for matching (eligible), or mentors eligible or already active.

    Callers subtract open mentorships from ``effective_capacity`` for mentors; mentees
    with ``rematch_priority`` go first.
    """
    states = MATCHABLE_STATES if role == ParticipantRole.MENTOR else (ParticipantState.ELIGIBLE,)
    return await repo.participants_in_states(session, program, role, states)


async def matching_questions(session: AsyncSession, program: Program) -> list[Question]:
    """Questions with a comparison rule and weight (answers live in participant.answers)."""
    return [q for q in await get_questions(session, program) if q.matching is not None]


async def mark_matched(session: AsyncSession, program_id: uuid.UUID,
                       person_id: uuid.UUID) -> None:
    """Called when a mentorship is proposed: the participant can no longer withdraw here."""
    participant = await repo.participant_of(session, program_id, person_id)
    if participant is not None and participant.state != ParticipantState.ACTIVE:
        participant.state = ParticipantState.ACTIVE
        participant.activated_at = utcnow()
        participant.rematch_priority = False
        await session.flush()


async def flag_for_rematch(session: AsyncSession, program_id: uuid.UUID,
                           person_id: uuid.UUID) -> None:
    """A mentee whose mentor withdrew goes back to matching with priority."""
    participant = await repo.participant_of(session, program_id, person_id)
    if participant is not None:
        participant.state = ParticipantState.ELIGIBLE
        participant.rematch_priority = True
        await session.flush()


