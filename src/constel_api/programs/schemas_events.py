"""Program events (trainings, kick-offs, group meetings) and attendance."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime, Field, model_validator

from constel_api.core.schemas import RequestModel, ResponseModel
from constel_api.models import AttendanceStatus, ParticipantRole

EventKind = Literal["training", "kickoff", "group_meeting", "other"]
EventMode = Literal["in_person", "video", "phone"]


class EventUpdate(RequestModel):
    kind: EventKind | None = None
    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=10000)
    starts_at: AwareDatetime | None = None
    ends_at: AwareDatetime | None = None
    location: str | None = Field(default=None, max_length=300)
    mode: EventMode | None = None

    @model_validator(mode="after")
    def _not_null(self) -> EventUpdate:
        for name in ("kind", "title", "starts_at", "ends_at", "mode"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} cannot be null")
        return self


class EventCreate(RequestModel):
    kind: EventKind
    title: str = Field(min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=10000)
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    location: str | None = Field(default=None, max_length=300)
    mode: EventMode = "in_person"


class EventRead(ResponseModel):
    id: uuid.UUID
    program_id: uuid.UUID
    kind: str
    title: str
    description: str | None
    starts_at: datetime
    ends_at: datetime
    location: str | None
    mode: str


class MyEventRead(EventRead):
    my_attendance: AttendanceStatus | None


class EventInvite(RequestModel):
    """Invite listed people, and/or every current participant of the given roles."""

    person_ids: list[uuid.UUID] = Field(default_factory=list, max_length=5000)
    roles: list[ParticipantRole] = Field(default_factory=list, max_length=2)

    @model_validator(mode="after")
    def _some(self) -> EventInvite:
        if not self.person_ids and not self.roles:
            raise ValueError("give person_ids, roles or both")
        return self


class AttendanceEntry(RequestModel):
    person_id: uuid.UUID
    status: AttendanceStatus


class AttendanceUpdate(RequestModel):
    entries: list[AttendanceEntry] = Field(min_length=1, max_length=5000)


class AttendanceRead(ResponseModel):
    person_id: uuid.UUID
    given_name: str
    family_name: str
    invited_at: datetime
    status: AttendanceStatus | None
    recorded_at: datetime | None


class EventInviteReport(ResponseModel):
    invited: int
    already_invited: int
