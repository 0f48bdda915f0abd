"""Wire shapes of the GDPR endpoints. Byte columns are standard base64 (as in the vault)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import Field

from constel_api.core.schemas import ResponseModel
from constel_api.vault.validation import B64

EXPORT_FORMAT = "constel-data-export/1"


# --- export sections ---------------------------------------------------------------------


class ExportOrganisation(ResponseModel):
    id: uuid.UUID
    name: str


class ExportProfile(ResponseModel):
    id: uuid.UUID
    email: str
    given_name: str
    family_name: str
    external_id: str | None
    employee_number: str | None
    unit_id: uuid.UUID | None
    unit_name: str | None = None
    job_title: str | None
    site: str | None
    languages: list[str]
    hired_on: date | None
    manager_id: uuid.UUID | None
    active: bool
    roles: list[str]
    totp_enabled: bool
    created_at: datetime
    updated_at: datetime
    deactivated_at: datetime | None


class ExportDirectoryProfile(ResponseModel):
    user_name: str | None
    display_name: str | None
    division: str | None
    organization: str | None
    cost_center: str | None
    attributes: dict[str, Any] = Field(
        description="Everything the identity provider sent about the person (SCIM resource)."
    )


class ExportParticipation(ResponseModel):
    program_id: uuid.UUID
    program_name: str
    role: str
    state: str
    answers: dict[str, Any]
    answers_updated_at: datetime | None
    ineligibility_reasons: list[dict[str, Any]]
    invited_at: datetime | None
    applied_at: datetime | None
    declined_at: datetime | None
    withdrawn_at: datetime | None
    activated_at: datetime | None


class ExportCharterSignature(ResponseModel):
    program_id: uuid.UUID
    charter_version_id: uuid.UUID
    charter_version: int
    signed_at: datetime


class ExportAttendance(ResponseModel):
    event_id: uuid.UUID
    invited_at: datetime
    status: str | None
    recorded_at: datetime | None


class ExportTransition(ResponseModel):
    event: str
    from_status: str
    to_status: str
    by_me: bool
    actor_side: str | None
    details: dict[str, Any]
    at: datetime


class ExportSession(ResponseModel):
    id: uuid.UUID
    starts_at: datetime
    duration_minutes: int
    mode: str
    status: str
    absence: str | None
    reschedule_count: int
    cancelled_by_side: str | None
    cancelled_at: datetime | None
    created_at: datetime


class ExportObjective(ResponseModel):
    id: uuid.UUID
    status: str
    defined_at: datetime
    started_at: datetime | None
    achieved_at: datetime | None
    abandoned_at: datetime | None


class ExportActionItem(ResponseModel):
    id: uuid.UUID
    owner: str
    due_on: date | None
    status: str
    done_at: datetime | None
    session_id: uuid.UUID | None


class ExportIntroduction(ResponseModel):
    id: uuid.UUID
    status: str
    accepted_at: datetime | None
    done_at: datetime | None
    created_at: datetime


class ExportFeedback(ResponseModel):
    """Feedback I gave (my satisfaction score is shown to me only)."""

    id: uuid.UUID
    author_side: str
    kind: str
    satisfaction_score: int | None
    created_at: datetime


class ExportMentorship(ResponseModel):
    id: uuid.UUID
    program_id: uuid.UUID
    my_side: str
    partner_id: uuid.UUID
    status: str
    origin: str
    created_at: datetime
    activated_at: datetime | None
    ended_at: datetime | None
    end_reason: str | None
    first_meeting_confirmed_at: datetime | None
    transitions: list[ExportTransition]
    sessions: list[ExportSession]
    objectives: list[ExportObjective]
    action_items: list[ExportActionItem]
    introductions: list[ExportIntroduction]
    my_feedback: list[ExportFeedback]


class ExportMatchingProposal(ResponseModel):
    program_id: uuid.UUID
    my_side: str
    score: float
    breakdown: list[dict[str, Any]]


class ExportKdf(ResponseModel):
    v: int
    alg: str
    salt: B64
    ops: int
    mem: int


class ExportKeyMaterial(ResponseModel):
    key_version: int
    kdf: ExportKdf
    wrapped_uk_pw: B64
    wrapped_uk_rk: B64
    wrapped_keys: B64


class ExportBundle(ResponseModel):
    key_version: int
    x_pk: B64
    ed_pk: B64
    self_sig: B64
    prev_sig: B64 | None
    created_at: datetime


class ExportEnvelope(ResponseModel):
    pair_id: uuid.UUID
    epoch: int
    recipient_key_version: int
    wrapper_id: uuid.UUID
    wrapper_key_version: int
    key_id: B64
    sealed: B64
    sig: B64


class ExportKeyring(ResponseModel):
    keyring_version: int
    blob: B64 = Field(description="Sealed by your client under your account key.")


class ExportVault(ResponseModel):
    key_material: ExportKeyMaterial | None
    keyring: ExportKeyring | None = None
    bundles: list[ExportBundle]
    envelopes: list[ExportEnvelope]


class ExportRecordField(ResponseModel):
    field: str
    ct: B64
    wdek: B64
    sig: B64


class ExportFile(ResponseModel):
    chunk_count: int | None
    size_bytes: int | None
    finalized_at: datetime | None
    chunks: list[B64] = Field(description="Secretstream chunks in order, as stored.")


class ExportRecord(ResponseModel):
    id: uuid.UUID
    pair_id: uuid.UUID
    record_type: str
    record_version: int
    author_id: uuid.UUID
    authored_by_me: bool
    author_key_version: int
    epoch: int
    parent_id: uuid.UUID | None
    subject_id: uuid.UUID | None
    format: int = Field(description="1: protocol 1.0; 2: protocol 1.1 (links signed)")
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    fields: list[ExportRecordField]
    file: ExportFile | None = None


class ExportAuditEvent(ResponseModel):
    """An audit event where I am the actor, or the subject (then without the actor)."""

    id: uuid.UUID
    relation: str = Field(description="actor or subject")
    action: str
    target_type: str | None
    target_id: uuid.UUID | None
    details: dict[str, Any]
    created_at: datetime


class ExportCalendarFeed(ResponseModel):
    created_at: datetime
    last_fetched_at: datetime | None
    revoked_at: datetime | None


class ExportErasureRequest(ResponseModel):
    id: uuid.UUID
    status: str
    requested_at: datetime
    executed_at: datetime | None


class DataExport(ResponseModel):
    """Everything the platform holds about the signed-in person (streamed as one document)."""

    format: str = EXPORT_FORMAT
    generated_at: datetime
    organisation: ExportOrganisation
    profile: ExportProfile
    directory_profile: ExportDirectoryProfile | None
    managed_program_ids: list[uuid.UUID]
    participations: list[ExportParticipation]
    charter_signatures: list[ExportCharterSignature]
    event_attendances: list[ExportAttendance]
    matching_proposals: list[ExportMatchingProposal]
    mentorships: list[ExportMentorship]
    calendar_feeds: list[ExportCalendarFeed]
    erasure_requests: list[ExportErasureRequest]
    vault: ExportVault
    records: list[ExportRecord]
    audit_events: list[ExportAuditEvent]


# --- erasure and audit ------------------------------------------------------------------


class ErasureRequestRead(ResponseModel):
    id: uuid.UUID
    person_id: uuid.UUID
    status: str
    requested_at: datetime
    executed_at: datetime | None
    executed_by_id: uuid.UUID | None
    counts: dict[str, int]


class AuditEventRead(ResponseModel):
    """Who did what to which object, when: never the content, nor the details."""

    id: uuid.UUID
    action: str
    actor_person_id: uuid.UUID | None
    actor_client_id: uuid.UUID | None
    target_type: str | None
    target_id: uuid.UUID | None
    request_id: str | None
    created_at: datetime
