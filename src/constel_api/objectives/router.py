"""``/api/v1/mentorships/{id}/objectives``: the pair's objectives (metadata)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from constel_api.core.pagination import Page, PageParamsDep
from constel_api.db import SessionDep
from constel_api.errors import problem_responses
from constel_api.mentorships.deps import Participant
from constel_api.models import ObjectiveStatus
from constel_api.objectives import service
from constel_api.objectives.schemas import ObjectiveCreate, ObjectiveRead, ObjectiveUpdate

router = APIRouter(prefix="/api/v1/mentorships/{mentorship_id}/objectives", tags=["objectives"])


@router.get("", operation_id="listObjectives", response_model=Page[ObjectiveRead],
            responses=problem_responses(401, 404))
async def list_objectives(
    mentorship_id: uuid.UUID, person: Participant, session: SessionDep, page: PageParamsDep,
    status: Annotated[ObjectiveStatus | None, Query()] = None,
) -> Page[ObjectiveRead]:
    """The pair's objectives, oldest first."""
    rows, total = await service.list_for_pair(session, person, mentorship_id, status=status,
                                              limit=page.limit, offset=page.offset)
    return Page(items=[ObjectiveRead.model_validate(r) for r in rows], total=total,
                limit=page.limit, offset=page.offset)


@router.post("", operation_id="createObjective", response_model=ObjectiveRead,
             status_code=status.HTTP_201_CREATED, responses=problem_responses(401, 404, 409, 422))
async def create_objective(
    mentorship_id: uuid.UUID, body: ObjectiveCreate, person: Participant, session: SessionDep
) -> ObjectiveRead:
    """Define an objective; write its wording as a vault record about it."""
    return ObjectiveRead.model_validate(await service.create(session, person, mentorship_id))


@router.get("/{objective_id}", operation_id="getObjective", response_model=ObjectiveRead,
            responses=problem_responses(401, 404))
async def get_objective(
    mentorship_id: uuid.UUID, objective_id: uuid.UUID, person: Participant, session: SessionDep
) -> ObjectiveRead:
    """One objective of the pair."""
    return ObjectiveRead.model_validate(
        await service.get(session, person, mentorship_id, objective_id))


@router.patch("/{objective_id}", operation_id="updateObjectiveStatus",
              response_model=ObjectiveRead, responses=problem_responses(401, 404, 409, 422))
async def update_objective_status(
    mentorship_id: uuid.UUID, objective_id: uuid.UUID, body: ObjectiveUpdate,
    person: Participant, session: SessionDep,
) -> ObjectiveRead:
    """Move an objective on: in progress, achieved or abandoned."""
    row = await service.set_status(session, person, mentorship_id, objective_id, body.version,
                                   body.status)
    return ObjectiveRead.model_validate(row)
