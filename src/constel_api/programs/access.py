"""Who may see and change a program: org admins all, managers theirs, members what they may join.

Kept free of FastAPI so services and other domains can ask the same questions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.errors import Conflict
from constel_api.models import (
    ParticipantRole,
    ParticipantState,
    Person,
    Program,
    ProgramParticipant,
    ProgramStatus,
    Role,
)
from constel_api.models.program import READ_ONLY_PROGRAM_STATUSES
from constel_api.programs import repository as repo
from constel_api.programs.eligibility import reasons_for

# A participant in one of these states may apply again (possibly for the other role).
REJOINABLE_STATES = frozenset({ParticipantState.DECLINED, ParticipantState.WITHDRAWN})


async def manages(session: AsyncSession, person: Person, program: Program) -> bool:
    if person.organisation_id != program.organisation_id:
        return False
    if person.has_role(Role.ORG_ADMIN):
        return True
    if person.has_role(Role.PROGRAM_MANAGER):
        return await repo.is_manager(session, program.id, person.id)
    return False


def ensure_writable(program: Program) -> None:
    if program.status in READ_ONLY_PROGRAM_STATUSES:
        raise Conflict(f"The program is {program.status}: it is read-only.",
                       code="program_read_only", program_status=program.status)


def enrolment_window_open(program: Program) -> bool:
    if program.status != ProgramStatus.ENROLMENT_OPEN:
        return False
    today = utcnow().date()
    if program.enrolment_opens_on is not None and today < program.enrolment_opens_on:
        return False
    return program.enrolment_closes_on is None or today <= program.enrolment_closes_on


@dataclass
class MemberView:
    participant: ProgramParticipant | None
    may_apply_as: list[ParticipantRole] = field(default_factory=list)


async def member_view(session: AsyncSession, person: Person, program: Program,
                      participant: ProgramParticipant | None = None,
                      *, load_participant: bool = True) -> MemberView | None:
    """What the person may do in the program as a member, or None if they may not see it.

    Visible: programs they take part in (any state, drafts excepted) and programs whose
    enrolment is open and for which they meet the criteria of at least one role.
    """
    if person.organisation_id != program.organisation_id or program.status == ProgramStatus.DRAFT:
        return None
    if participant is None and load_participant:
        participant = await repo.participant_of(session, program.id, person.id)
    view = MemberView(participant=participant)
    if enrolment_window_open(program) and (
            participant is None or participant.state in REJOINABLE_STATES):
        for role in ParticipantRole:
            if not await reasons_for(session, program, person, role):
                view.may_apply_as.append(role)
    if participant is None and not view.may_apply_as:
        return None
    return view
