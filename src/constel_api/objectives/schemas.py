"""Wire shapes of objectives (metadata only)."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from constel_api.core.schemas import RequestModel, ResponseModel
from constel_api.models import ObjectiveStatus


class ObjectiveCreate(RequestModel):
    """Nothing in clear: the wording is a vault record whose subject is this objective."""


class ObjectiveUpdate(RequestModel):
    version: int = Field(ge=1, description="The version you edited; 409 if it changed.")
    status: ObjectiveStatus


class ObjectiveRead(ResponseModel):
    id: uuid.UUID
    mentorship_id: uuid.UUID
    status: ObjectiveStatus
    defined_at: datetime
    started_at: datetime | None
    achieved_at: datetime | None
    abandoned_at: datetime | None
    version: int
