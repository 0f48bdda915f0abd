"""``/api/v1/mentorships/{id}/feedback``: feedback inside the pair (metadata)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from constel_api.core.pagination import Page, PageParamsDep
from constel_api.db import SessionDep
from constel_api.errors import problem_responses
from constel_api.feedback import service
from constel_api.feedback.schemas import FeedbackCreate, FeedbackRead
from constel_api.mentorships.deps import Participant
from constel_api.models import Feedback, Person

router = APIRouter(prefix="/api/v1/mentorships/{mentorship_id}/feedback", tags=["feedback"])


def to_read(row: Feedback, me: Person) -> FeedbackRead:
    mine = row.author_id == me.id
    return FeedbackRead(
        id=row.id, mentorship_id=row.mentorship_id, author_side=row.author_side, kind=row.kind,
        mine=mine, satisfaction_score=row.satisfaction_score if mine else None,
        created_at=row.created_at,
    )


@router.get("", operation_id="listFeedback", response_model=Page[FeedbackRead],
            responses=problem_responses(401, 404))
async def list_feedback(
    mentorship_id: uuid.UUID, person: Participant, session: SessionDep, page: PageParamsDep
) -> Page[FeedbackRead]:
    """Feedback given in the pair; the text of each is a vault record about it."""
    rows, total = await service.list_for_pair(session, person, mentorship_id,
                                              limit=page.limit, offset=page.offset)
    return Page(items=[to_read(r, person) for r in rows], total=total, limit=page.limit,
                offset=page.offset)


@router.post("", operation_id="giveFeedback", response_model=FeedbackRead,
             status_code=status.HTTP_201_CREATED, responses=problem_responses(401, 404, 409, 422))
async def give_feedback(
    mentorship_id: uuid.UUID, body: FeedbackCreate, person: Participant, session: SessionDep
) -> FeedbackRead:
    """Give feedback (ongoing, or closing after completion) with an optional score."""
    row = await service.give(session, person, mentorship_id, body.kind, body.satisfaction_score)
    return to_read(row, person)


@router.get("/{feedback_id}", operation_id="getFeedback", response_model=FeedbackRead,
            responses=problem_responses(401, 404))
async def get_feedback(
    mentorship_id: uuid.UUID, feedback_id: uuid.UUID, person: Participant, session: SessionDep
) -> FeedbackRead:
    """One feedback of the pair."""
    return to_read(await service.get(session, person, mentorship_id, feedback_id), person)
