"""``/api/v1/mentorships/{id}/introductions``: the mentor's introductions (metadata)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from constel_api.core.pagination import Page, PageParamsDep
from constel_api.db import SessionDep
from constel_api.errors import problem_responses
from constel_api.introductions import service
from constel_api.introductions.schemas import (
    IntroductionCreate,
    IntroductionRead,
    IntroductionUpdate,
)
from constel_api.mentorships.deps import Participant

router = APIRouter(prefix="/api/v1/mentorships/{mentorship_id}/introductions",
                   tags=["introductions"])


@router.get("", operation_id="listIntroductions", response_model=Page[IntroductionRead],
            responses=problem_responses(401, 404))
async def list_introductions(
    mentorship_id: uuid.UUID, person: Participant, session: SessionDep, page: PageParamsDep
) -> Page[IntroductionRead]:
    """The pair's introductions, oldest first."""
    rows, total = await service.list_for_pair(session, person, mentorship_id,
                                              limit=page.limit, offset=page.offset)
    return Page(items=[IntroductionRead.model_validate(r) for r in rows], total=total,
                limit=page.limit, offset=page.offset)


@router.post("", operation_id="proposeIntroduction", response_model=IntroductionRead,
             status_code=status.HTTP_201_CREATED,
             responses=problem_responses(401, 403, 404, 409, 422))
async def propose_introduction(
    mentorship_id: uuid.UUID, body: IntroductionCreate, person: Participant, session: SessionDep
) -> IntroductionRead:
    """Mentor: propose a contact; the details are a vault record about it."""
    return IntroductionRead.model_validate(await service.propose(session, person, mentorship_id))


@router.get("/{introduction_id}", operation_id="getIntroduction",
            response_model=IntroductionRead, responses=problem_responses(401, 404))
async def get_introduction(
    mentorship_id: uuid.UUID, introduction_id: uuid.UUID, person: Participant,
    session: SessionDep,
) -> IntroductionRead:
    """One introduction of the pair."""
    return IntroductionRead.model_validate(
        await service.get(session, person, mentorship_id, introduction_id))


@router.patch("/{introduction_id}", operation_id="updateIntroductionStatus",
              response_model=IntroductionRead,
              responses=problem_responses(401, 403, 404, 409, 422))
async def update_introduction_status(
    mentorship_id: uuid.UUID, introduction_id: uuid.UUID, body: IntroductionUpdate,
    person: Participant, session: SessionDep,
) -> IntroductionRead:
    """Mentee accepts a proposed introduction; either marks an accepted one done."""
    row = await service.set_status(session, person, mentorship_id, introduction_id,
                                   body.version, body.status)
    return IntroductionRead.model_validate(row)
