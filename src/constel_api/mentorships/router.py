"""``/api/v1/mentorships``: a participant's own mentorships and their lifecycle."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.pagination import Page, PageParamsDep
from constel_api.db import SessionDep
from constel_api.errors import problem_responses
from constel_api.mentorships import service
from constel_api.mentorships.access import PairActor, side_of
from constel_api.mentorships.deps import Participant
from constel_api.mentorships.schemas import (
    CharterSign,
    CharterState,
    LifecycleAction,
    MentorshipRead,
    PartnerRead,
    TransitionRead,
    Withdraw,
)
from constel_api.models import MentorshipStatus

router = APIRouter(prefix="/api/v1/mentorships", tags=["mentorships"])

ACTION_ERRORS = problem_responses(401, 403, 404, 409, 422)


def to_read(v: service.MentorshipView) -> MentorshipRead:
    m = v.actor.mentorship
    ended_side = side_of(m, m.ended_by_id) if m.ended_by_id else None
    requested_side = (
        side_of(m, m.completion_requested_by_id) if m.completion_requested_by_id else None
    )
    return MentorshipRead(
        id=m.id,
        program_id=m.program_id,
        mentor_id=m.mentor_id,
        mentee_id=m.mentee_id,
        my_side=v.actor.side,
        partner=PartnerRead.model_validate(v.partner) if v.partner else None,
        status=m.status,
        version=m.version,
        created_at=m.created_at,
        mentor_accepted_at=m.mentor_accepted_at,
        mentee_accepted_at=m.mentee_accepted_at,
        activated_at=m.activated_at,
        first_meeting_confirmed_at=m.first_meeting_confirmed_at,
        ended_at=m.ended_at,
        ended_by_side=ended_side,
        end_reason=m.end_reason,
        replacement_status=m.replacement_status,
        withdrawal_final=service.withdrawal_final(m),
        completion_requested_by_side=requested_side,
        closing_feedback_requested_at=m.closing_feedback_requested_at,
        charter=CharterState(
            current_version=v.charter_version,
            mentor_signed=v.mentor_signed,
            mentee_signed=v.mentee_signed,
        ),
        i_am_current_member=service.current_member(m, v.actor.person.id),
    )


async def _read(session: AsyncSession, actor: PairActor) -> MentorshipRead:
    await session.refresh(actor.mentorship)
    return to_read(await service.view(session, actor))


@router.get(
    "",
    operation_id="listMyMentorships",
    response_model=Page[MentorshipRead],
    responses=problem_responses(401, 404),
)
async def list_my_mentorships(
    person: Participant,
    session: SessionDep,
    page: PageParamsDep,
    status: Annotated[MentorshipStatus | None, Query()] = None,
) -> Page[MentorshipRead]:
    """My mentorships, as mentor or mentee, newest first."""
    views, total = await service.list_mine(
        session, person, status=status, limit=page.limit, offset=page.offset
    )
    return Page(items=[to_read(v) for v in views], total=total, limit=page.limit,
                offset=page.offset)


@router.get(
    "/{mentorship_id}",
    operation_id="getMentorship",
    response_model=MentorshipRead,
    responses=problem_responses(401, 404),
)
async def get_mentorship(
    mentorship_id: uuid.UUID, person: Participant, session: SessionDep
) -> MentorshipRead:
    """One of my mentorships: status, consents, signatures, first meeting, ending."""
    return to_read(await service.get(session, person, mentorship_id))


@router.get(
    "/{mentorship_id}/transitions",
    operation_id="listMentorshipTransitions",
    response_model=list[TransitionRead],
    responses=problem_responses(401, 404),
)
async def list_mentorship_transitions(
    mentorship_id: uuid.UUID, person: Participant, session: SessionDep
) -> list[TransitionRead]:
    """Every change of the mentorship: what, who (side) and when."""
    rows = await service.transitions(session, person, mentorship_id)
    return [TransitionRead.model_validate(r) for r in rows]


@router.post(
    "/{mentorship_id}/accept",
    operation_id="acceptMentorship",
    response_model=MentorshipRead,
    responses=ACTION_ERRORS,
)
async def accept_mentorship(
    mentorship_id: uuid.UUID, body: LifecycleAction, person: Participant, session: SessionDep
) -> MentorshipRead:
    """Accept the proposed pairing; active once both accepted and signed the charter."""
    actor = await service.accept(session, person, mentorship_id, body.version)
    return await _read(session, actor)


@router.post(
    "/{mentorship_id}/refuse",
    operation_id="refuseMentorship",
    response_model=MentorshipRead,
    responses=ACTION_ERRORS,
)
async def refuse_mentorship(
    mentorship_id: uuid.UUID, body: LifecycleAction, person: Participant, session: SessionDep
) -> MentorshipRead:
    """Refuse the proposed pairing; no reason is asked."""
    actor = await service.refuse(session, person, mentorship_id, body.version)
    return await _read(session, actor)


@router.post(
    "/{mentorship_id}/charter-signature",
    operation_id="signMentorshipCharter",
    response_model=MentorshipRead,
    responses=ACTION_ERRORS,
)
async def sign_mentorship_charter(
    mentorship_id: uuid.UUID, body: CharterSign, person: Participant, session: SessionDep
) -> MentorshipRead:
    """Sign the program's current charter version (an older version is refused)."""
    actor = await service.sign_charter(
        session, person, mentorship_id, body.charter_version, body.version
    )
    return await _read(session, actor)


@router.post(
    "/{mentorship_id}/first-meeting",
    operation_id="confirmFirstMeeting",
    response_model=MentorshipRead,
    responses=ACTION_ERRORS,
)
async def confirm_first_meeting(
    mentorship_id: uuid.UUID, body: LifecycleAction, person: Participant, session: SessionDep
) -> MentorshipRead:
    """Mentor: the mentee wants to be accompanied and knows the process and the charter."""
    actor = await service.confirm_first_meeting(session, person, mentorship_id, body.version)
    return await _read(session, actor)


@router.post(
    "/{mentorship_id}/withdraw",
    operation_id="withdrawFromMentorship",
    response_model=MentorshipRead,
    responses=ACTION_ERRORS,
)
async def withdraw_from_mentorship(
    mentorship_id: uuid.UUID, body: Withdraw, person: Participant, session: SessionDep
) -> MentorshipRead:
    """Right of withdrawal: end the mentorship with a reason category."""
    actor = await service.withdraw(
        session, person, mentorship_id, body.reason, body.message_record_id, body.version
    )
    return await _read(session, actor)


@router.post(
    "/{mentorship_id}/replacement/decline",
    operation_id="declineReplacement",
    response_model=MentorshipRead,
    responses=ACTION_ERRORS,
)
async def decline_replacement(
    mentorship_id: uuid.UUID, body: LifecycleAction, person: Participant, session: SessionDep
) -> MentorshipRead:
    """Mentee: decline a replacement mentor; the withdrawal becomes final."""
    actor = await service.decline_replacement(session, person, mentorship_id, body.version)
    return await _read(session, actor)


@router.post(
    "/{mentorship_id}/complete",
    operation_id="completeMentorship",
    response_model=MentorshipRead,
    responses=ACTION_ERRORS,
)
async def complete_mentorship(
    mentorship_id: uuid.UUID, body: LifecycleAction, person: Participant, session: SessionDep
) -> MentorshipRead:
    """Complete: at the program's end, or ask and then agree (both sides)."""
    actor = await service.complete(session, person, mentorship_id, body.version)
    return await _read(session, actor)
