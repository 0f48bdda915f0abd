"""Wire shapes of séances and calendar feeds (metadata only: no place, link or text)."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import AwareDatetime, Field, model_validator

from constel_api.core.schemas import RequestModel, ResponseModel
from constel_api.models import Absence, SessionMode

Duration = Field(ge=5, le=600, description="minutes")
Version = Field(ge=1, description="The version you edited; 409 stale_version if it changed.")


class SessionCreate(RequestModel):
    starts_at: AwareDatetime
    duration_minutes: int = Duration
    mode: SessionMode


class SessionReschedule(RequestModel):
    version: int = Version
    starts_at: AwareDatetime | None = None
    duration_minutes: int | None = Field(default=None, ge=5, le=600)
    mode: SessionMode | None = None

    @model_validator(mode="after")
    def _something(self) -> SessionReschedule:
        if self.starts_at is None and self.duration_minutes is None and self.mode is None:
            raise ValueError("change at least one of starts_at, duration_minutes, mode")
        return self


class SessionAction(RequestModel):
    version: int = Version


class SessionMissed(RequestModel):
    version: int = Version
    absence: Absence = Field(description="Who was absent: mentor, mentee or both.")


class SessionRead(ResponseModel):
    id: uuid.UUID
    mentorship_id: uuid.UUID
    starts_at: datetime
    duration_minutes: int
    mode: SessionMode
    status: str
    absence: Absence | None
    reschedule_count: int
    cancelled_by_side: str | None
    cancelled_at: datetime | None
    outcome_recorded_at: datetime | None
    version: int
    created_at: datetime


class CalendarFeedRead(ResponseModel):
    active: bool
    created_at: datetime | None
    last_fetched_at: datetime | None


class CalendarFeedCreated(ResponseModel):
    url: str = Field(description="Secret subscription URL, shown once; revoke it to stop it.")
    created_at: datetime
