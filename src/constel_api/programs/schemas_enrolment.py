"""Participants, invitations, charter and questionnaire bodies."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import Field

from constel_api.core.schemas import RequestModel, ResponseModel
from constel_api.models import ParticipantRole, ParticipantState
from constel_api.programs.questionnaire import ANSWERS_ARE_PROFILE_DATA, Question
from constel_api.programs.schemas import ReasonRead

Answers = dict[str, Any]


class PersonBrief(ResponseModel):
    id: uuid.UUID
    given_name: str
    family_name: str
    email: str
    unit_id: uuid.UUID | None
    job_title: str | None
    site: str | None


class ParticipantRead(ResponseModel):
    """A participant as the program's admins see them, questionnaire answers included."""

    id: uuid.UUID
    program_id: uuid.UUID
    person: PersonBrief
    role: ParticipantRole
    state: ParticipantState
    ineligibility_reasons: list[ReasonRead]
    answers: Answers = Field(description=ANSWERS_ARE_PROFILE_DATA)
    answers_complete: bool
    capacity_override: int | None
    effective_capacity: int | None = Field(description="Mentees this mentor may take (mentors).")
    rematch_priority: bool
    signed_current_charter: bool
    invited_at: datetime | None
    applied_at: datetime | None
    declined_at: datetime | None
    withdrawn_at: datetime | None
    activated_at: datetime | None


class MyParticipationRead(ResponseModel):
    """My own participation in a program."""

    id: uuid.UUID
    program_id: uuid.UUID
    role: ParticipantRole
    state: ParticipantState
    ineligibility_reasons: list[ReasonRead]
    answers: Answers = Field(description=ANSWERS_ARE_PROFILE_DATA)
    answers_complete: bool
    answers_notice: str = ANSWERS_ARE_PROFILE_DATA
    signed_current_charter: bool
    invited_at: datetime | None
    applied_at: datetime | None
    declined_at: datetime | None
    withdrawn_at: datetime | None


class ParticipantUpdate(RequestModel):
    capacity_override: int | None = Field(
        default=None, ge=0, le=50, description="Mentor only; null returns to the program default.")
    rematch_priority: bool | None = None


class InvitePeople(RequestModel):
    target: Literal["people"] = "people"
    role: ParticipantRole
    person_ids: list[uuid.UUID] = Field(min_length=1, max_length=2000)


class InviteUnit(RequestModel):
    target: Literal["unit"] = "unit"
    role: ParticipantRole
    unit_id: uuid.UUID
    include_sub_units: bool = True


InvitationRequest = Annotated[InvitePeople | InviteUnit, Field(discriminator="target")]


class SkippedInvitation(ResponseModel):
    person_id: uuid.UUID | None = None
    email: str | None = None
    code: str = Field(description="unknown_person, already_participant, declined_invitation, "
                                  "role_conflict, ineligible, inactive")
    reasons: list[ReasonRead] = Field(default_factory=list)


class InvitationReport(ResponseModel):
    invited: list[ParticipantRead]
    skipped: list[SkippedInvitation]


class ApplyRequest(RequestModel):
    role: ParticipantRole
    answers: Answers | None = Field(default=None, description=ANSWERS_ARE_PROFILE_DATA)


class AcceptInvitationRequest(RequestModel):
    answers: Answers | None = Field(default=None, description=ANSWERS_ARE_PROFILE_DATA)


class AnswersUpdate(RequestModel):
    answers: Answers = Field(description=ANSWERS_ARE_PROFILE_DATA)


class QuestionnaireUpdate(RequestModel):
    questions: list[Question] = Field(max_length=100)


class QuestionnaireRead(ResponseModel):
    questions: list[Question]
    answers_notice: str = ANSWERS_ARE_PROFILE_DATA


class CharterUpdate(RequestModel):
    body_markdown: str = Field(min_length=1, max_length=200_000)


class CharterRead(ResponseModel):
    """The charter participants sign; ``signed`` tells whether I signed this version."""

    version: int
    body_markdown: str
    published_at: datetime | None
    created_at: datetime
    signed: bool
    signed_at: datetime | None


class CharterVersionRead(ResponseModel):
    version: int
    published_at: datetime | None
    created_at: datetime
    signature_count: int


class CharterSignRequest(RequestModel):
    version: int = Field(ge=1, description="The version the person read; it must be current.")


class CharterSignatureRead(ResponseModel):
    version: int
    signed_at: datetime
