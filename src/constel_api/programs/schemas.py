"""Program configuration: what admins set, what admins read, what members read."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import Field, model_validator

from constel_api.core.schemas import RequestModel, ResponseModel
from constel_api.models import MatchingMode, ParticipantRole, ProgramStatus
from constel_api.programs.criteria import Criterion

Mode = Literal["in_person", "video", "phone"]
Rhythm = Literal["weekly", "biweekly", "monthly", "bimonthly", "custom"]
NON_NULLABLE = ("name", "objectives", "allowed_modes", "mentor_capacity", "matching_mode",
                "exclude_same_unit", "mentor_criteria", "mentee_criteria")


def date_errors(opens: date | None, closes: date | None, starts: date | None,
                ends: date | None) -> list[dict[str, Any]]:
    """Dates in the wrong order, as field errors (shared by create and update)."""
    checks = [
        ("enrolment_closes_on", opens, closes, False, "enrolment must close after it opens"),
        ("ends_on", starts, ends, True, "the program must end after it starts"),
        ("starts_on", opens, starts, False, "the program cannot start before enrolment opens"),
    ]
    errors: list[dict[str, Any]] = []
    for field, before, after, strict, msg in checks:
        if before is None or after is None:
            continue
        if after < before or (strict and after == before):
            errors.append({"loc": ["body", field], "msg": msg, "type": "date_order"})
    return errors


class ProgramFields(RequestModel):
    """The configuration fields shared by creation and partial update."""

    name: str | None = Field(default=None, min_length=1, max_length=200)
    theme: str | None = Field(default=None, max_length=200)
    description: str | None = Field(default=None, max_length=20000)
    objectives: list[str] | None = Field(default=None, max_length=30)
    support_contact: str | None = Field(default=None, max_length=320)
    enrolment_opens_on: date | None = None
    enrolment_closes_on: date | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    duration_months: int | None = Field(default=None, ge=1, le=60)
    expected_sessions: int | None = Field(default=None, ge=1, le=200)
    session_rhythm: Rhythm | None = None
    session_length_minutes: int | None = Field(default=None, ge=10, le=480)
    allowed_modes: list[Mode] | None = Field(default=None, min_length=1, max_length=3)
    mentor_capacity: int | None = Field(default=None, ge=1, le=50,
                                        description="Mentees per mentor unless overridden.")
    matching_mode: MatchingMode | None = None
    exclude_same_unit: bool | None = Field(
        default=None, description="Never pair people of the same unit.")
    anonymity_threshold: int | None = Field(default=None, ge=2, le=100)
    mentor_criteria: list[Criterion] | None = Field(default=None, max_length=50)
    mentee_criteria: list[Criterion] | None = Field(default=None, max_length=50)

    @model_validator(mode="after")
    def _not_null(self) -> ProgramFields:
        for name in NON_NULLABLE:
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} cannot be null")
        if self.objectives and any(not o.strip() or len(o) > 500 for o in self.objectives):
            raise ValueError("objectives must be non-empty texts of at most 500 characters")
        return self


class ProgramUpdate(ProgramFields):
    """Partial update: only the fields sent are changed."""

    updated_at: datetime | None = Field(
        default=None,
        description="The program's updated_at as you loaded it; 409 stale_version (with "
                    "updated_by, the last editor's name) when someone saved since.",
    )


class ProgramCreate(ProgramFields):
    name: str = Field(min_length=1, max_length=200)



class ProgramRead(ResponseModel):
    """The full configuration, for the program's admins."""

    id: uuid.UUID
    name: str
    status: ProgramStatus
    theme: str | None
    description: str | None
    objectives: list[str]
    support_contact: str | None
    enrolment_opens_on: date | None
    enrolment_closes_on: date | None
    starts_on: date | None
    ends_on: date | None
    duration_months: int | None
    expected_sessions: int | None
    session_rhythm: str | None
    session_length_minutes: int | None
    allowed_modes: list[str]
    mentor_capacity: int
    matching_mode: MatchingMode
    exclude_same_unit: bool
    anonymity_threshold: int | None
    mentor_criteria: list[Criterion]
    mentee_criteria: list[Criterion]
    duplicated_from_id: uuid.UUID | None
    manager_ids: list[uuid.UUID] = Field(default_factory=list)
    charter_version: int | None = Field(default=None,
                                        description="Current published charter version.")
    enrolment_opened_at: datetime | None
    started_at: datetime | None
    closed_at: datetime | None
    archived_at: datetime | None
    created_at: datetime
    updated_at: datetime


class ReasonRead(ResponseModel):
    code: str
    params: dict[str, Any] = Field(default_factory=dict)


class MyParticipationBrief(ResponseModel):
    id: uuid.UUID
    role: ParticipantRole
    state: str
    ineligibility_reasons: list[ReasonRead]


class MemberProgramRead(ResponseModel):
    """What a member sees of a program they may join or take part in: no admin settings."""

    id: uuid.UUID
    name: str
    status: ProgramStatus
    theme: str | None
    description: str | None
    objectives: list[str]
    support_contact: str | None
    enrolment_opens_on: date | None
    enrolment_closes_on: date | None
    starts_on: date | None
    ends_on: date | None
    duration_months: int | None
    expected_sessions: int | None
    session_rhythm: str | None
    session_length_minutes: int | None
    allowed_modes: list[str]
    matching_mode: MatchingMode
    may_apply_as: list[ParticipantRole] = Field(
        description="Roles the person may apply for now (eligible, enrolment open).")
    participation: MyParticipationBrief | None
    charter_version: int | None
    signed_current_charter: bool


class ManagersUpdate(RequestModel):
    person_ids: list[uuid.UUID] = Field(max_length=50)


class ManagersRead(ResponseModel):
    person_ids: list[uuid.UUID]


class DuplicateRequest(RequestModel):
    name: str | None = Field(default=None, min_length=1, max_length=200)


class TransitionAction(RequestModel):
    """Body-less actions are addressed by path; this documents the allowed names."""

    action: Literal["open-enrolment", "start", "close", "archive"]
