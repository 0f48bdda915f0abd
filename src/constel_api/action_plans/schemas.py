"""Wire shapes of action-plan items (metadata only)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from constel_api.core.schemas import RequestModel, ResponseModel
from constel_api.models import ActionItemStatus, PairSide


class ActionItemCreate(RequestModel):
    owner: PairSide
    due_on: date | None = None
    session_id: uuid.UUID | None = Field(default=None, description="A séance of this pair.")


class ActionItemUpdate(RequestModel):
    """Partial: only the fields sent change (send null to clear due_on or session_id)."""

    version: int = Field(ge=1, description="The version you edited; 409 if it changed.")
    owner: PairSide | None = None
    due_on: date | None = None
    session_id: uuid.UUID | None = None
    status: ActionItemStatus | None = None


class ActionItemRead(ResponseModel):
    id: uuid.UUID
    mentorship_id: uuid.UUID
    owner: PairSide
    due_on: date | None
    status: ActionItemStatus
    done_at: datetime | None
    session_id: uuid.UUID | None
    version: int
    created_at: datetime
