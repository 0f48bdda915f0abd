"""Wire shapes of introductions (metadata only)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import Field

from constel_api.core.schemas import RequestModel, ResponseModel
from constel_api.models import IntroductionStatus


class IntroductionCreate(RequestModel):
    """Nothing in clear: who and why are a vault record whose subject is this row."""


class IntroductionUpdate(RequestModel):
    version: int = Field(ge=1, description="The version you edited; 409 if it changed.")
    status: Literal["accepted", "done"]


class IntroductionRead(ResponseModel):
    id: uuid.UUID
    mentorship_id: uuid.UUID
    status: IntroductionStatus
    accepted_at: datetime | None
    done_at: datetime | None
    version: int
    created_at: datetime
