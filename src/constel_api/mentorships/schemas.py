"""Wire shapes of the mentorship lifecycle (metadata only)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import Field

from constel_api.core.schemas import RequestModel, ResponseModel
from constel_api.models import PairSide, WithdrawalReason

ExpectedVersion = Field(
    default=None, ge=1, description="The version you acted on; 409 stale_version if it changed."
)


class LifecycleAction(RequestModel):
    version: int | None = ExpectedVersion


class CharterSign(RequestModel):
    charter_version: int = Field(ge=1, description="The charter version you read and sign.")
    version: int | None = ExpectedVersion


class Withdraw(RequestModel):
    reason: WithdrawalReason
    message_record_id: uuid.UUID | None = Field(
        default=None,
        description="An encrypted withdrawal_message vault record you wrote in this pair.",
    )
    version: int | None = ExpectedVersion


class PartnerRead(ResponseModel):
    id: uuid.UUID
    given_name: str
    family_name: str
    email: str
    job_title: str | None


class CharterState(ResponseModel):
    current_version: int | None
    mentor_signed: bool
    mentee_signed: bool


class MentorshipRead(ResponseModel):
    id: uuid.UUID
    program_id: uuid.UUID
    mentor_id: uuid.UUID
    mentee_id: uuid.UUID
    my_side: PairSide
    partner: PartnerRead | None
    status: str
    version: int
    created_at: datetime
    mentor_accepted_at: datetime | None
    mentee_accepted_at: datetime | None
    activated_at: datetime | None
    first_meeting_confirmed_at: datetime | None
    ended_at: datetime | None
    ended_by_side: PairSide | None
    end_reason: str | None
    replacement_status: str | None
    withdrawal_final: bool | None = Field(
        description="For a withdrawn mentorship: false while the mentee waits for a replacement."
    )
    completion_requested_by_side: PairSide | None
    closing_feedback_requested_at: datetime | None
    charter: CharterState
    i_am_current_member: bool


class TransitionRead(ResponseModel):
    id: uuid.UUID
    event: str
    from_status: str
    to_status: str
    actor_id: uuid.UUID | None
    actor_side: str | None
    details: dict[str, Any]
    at: datetime
