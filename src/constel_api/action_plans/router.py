"""``/api/v1/mentorships/{id}/action-items``: the pair's action plan (metadata)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from constel_api.action_plans import service
from constel_api.action_plans.schemas import ActionItemCreate, ActionItemRead, ActionItemUpdate
from constel_api.core.pagination import Page, PageParamsDep
from constel_api.db import SessionDep
from constel_api.errors import problem_responses
from constel_api.mentorships.deps import Participant
from constel_api.models import ActionItemStatus

router = APIRouter(prefix="/api/v1/mentorships/{mentorship_id}/action-items",
                   tags=["action-plans"])


@router.get("", operation_id="listActionItems", response_model=Page[ActionItemRead],
            responses=problem_responses(401, 404))
async def list_action_items(
    mentorship_id: uuid.UUID, person: Participant, session: SessionDep, page: PageParamsDep,
    status: Annotated[ActionItemStatus | None, Query()] = None,
    session_id: Annotated[uuid.UUID | None, Query()] = None,
) -> Page[ActionItemRead]:
    """The pair's action plan, optionally for one séance or status."""
    rows, total = await service.list_for_pair(session, person, mentorship_id, status=status,
                                              session_id=session_id, limit=page.limit,
                                              offset=page.offset)
    return Page(items=[ActionItemRead.model_validate(r) for r in rows], total=total,
                limit=page.limit, offset=page.offset)


@router.post("", operation_id="createActionItem", response_model=ActionItemRead,
             status_code=status.HTTP_201_CREATED, responses=problem_responses(401, 404, 409, 422))
async def create_action_item(
    mentorship_id: uuid.UUID, body: ActionItemCreate, person: Participant, session: SessionDep
) -> ActionItemRead:
    """Add an action item; its content is a vault record about it."""
    row = await service.create(session, person, mentorship_id, body.owner.value, body.due_on,
                               body.session_id)
    return ActionItemRead.model_validate(row)


@router.get("/{item_id}", operation_id="getActionItem", response_model=ActionItemRead,
            responses=problem_responses(401, 404))
async def get_action_item(
    mentorship_id: uuid.UUID, item_id: uuid.UUID, person: Participant, session: SessionDep
) -> ActionItemRead:
    """One action item of the pair."""
    return ActionItemRead.model_validate(
        await service.get(session, person, mentorship_id, item_id))


@router.patch("/{item_id}", operation_id="updateActionItem", response_model=ActionItemRead,
              responses=problem_responses(401, 404, 409, 422))
async def update_action_item(
    mentorship_id: uuid.UUID, item_id: uuid.UUID, body: ActionItemUpdate, person: Participant,
    session: SessionDep,
) -> ActionItemRead:
    """Change owner, due date, séance or status (open/done)."""
    changes = body.model_dump(exclude_unset=True, exclude={"version"})
    row = await service.update(session, person, mentorship_id, item_id, body.version, changes)
    return ActionItemRead.model_validate(row)
