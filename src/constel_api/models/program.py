"""Mentoring programs: configuration, charter versions, questionnaire, participants, events.

Other domains read these tables through ``constel_api.programs.api`` rather than directly,
so the rules (effective capacity, current charter version) live in one place.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ARRAY,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from constel_api.models.base import Base, TenantOwned, Timestamps, UUIDPrimaryKey


class ProgramStatus(StrEnum):
    DRAFT = "draft"
    ENROLMENT_OPEN = "enrolment_open"
    RUNNING = "running"
    CLOSED = "closed"
    ARCHIVED = "archived"


READ_ONLY_PROGRAM_STATUSES = frozenset({ProgramStatus.CLOSED, ProgramStatus.ARCHIVED})


class MatchingMode(StrEnum):
    ADMIN_REVIEW = "admin_review"  # automatic proposal, reviewed by an admin
    MENTEE_CHOICE = "mentee_choice"  # the mentee chooses among suggestions


class ParticipantRole(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"


class ParticipantState(StrEnum):
    INVITED = "invited"
    APPLIED = "applied"  # joined, questionnaire not complete yet
    ELIGIBLE = "eligible"  # ready for matching
    INELIGIBLE = "ineligible"
    DECLINED = "declined"
    ACTIVE = "active"  # matched into a mentorship
    WITHDRAWN = "withdrawn"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class Program(UUIDPrimaryKey, TenantOwned, Timestamps, Base):
    __tablename__ = "programs"

    name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(32), default=ProgramStatus.DRAFT, index=True)

    theme: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    objectives: Mapped[list[str]] = mapped_column(ARRAY(Text), default=list,
                                                  server_default="{}")
    support_contact: Mapped[str | None] = mapped_column(String(320))
    enrolment_opens_on: Mapped[date | None]
    enrolment_closes_on: Mapped[date | None]
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    # Format of the accompaniment.
    duration_months: Mapped[int | None]
    expected_sessions: Mapped[int | None]
    session_rhythm: Mapped[str | None] = mapped_column(String(32))
    # Days an invitation or a match proposal waits for an answer before it expires.
    answer_delay_days: Mapped[int] = mapped_column(Integer, default=10, server_default="10")
    session_length_minutes: Mapped[int | None]
    allowed_modes: Mapped[list[str]] = mapped_column(
        ARRAY(String(16)), default=lambda: ["in_person", "video", "phone"],
        server_default="{in_person,video,phone}",
    )
    mentor_capacity: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    matching_mode: Mapped[str] = mapped_column(
        String(32), default=MatchingMode.ADMIN_REVIEW, server_default=MatchingMode.ADMIN_REVIEW
    )
    exclude_same_unit: Mapped[bool] = mapped_column(default=False, server_default="false")
    anonymity_threshold: Mapped[int | None]
    # Typed rules (see programs.criteria), validated by the API before they are stored.
    mentor_criteria: Mapped[list[dict[str, Any]]] = mapped_column(
        JSONB, default=list, server_default="[]"
    )
    mentee_criteria: Mapped[list[dict[str, Any]]] = mapped_column(
        JSONB, default=list, server_default="[]"
    )
    duplicated_from_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("programs.id", ondelete="SET NULL")
    )
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    enrolment_opened_at: Mapped[datetime | None]
    started_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    archived_at: Mapped[datetime | None]


class ProgramManager(UUIDPrimaryKey, TenantOwned, Base):
    """A program manager assigned to a program; they see and run only these programs."""

    __tablename__ = "program_managers"
    __table_args__ = (UniqueConstraint("program_id", "person_id"),)

    program_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class CharterVersion(UUIDPrimaryKey, TenantOwned, Base):
    """One version of a program's charter (Markdown); published versions never change."""

    __tablename__ = "program_charter_versions"
    __table_args__ = (UniqueConstraint("program_id", "version"),)

    program_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int]
    body_markdown: Mapped[str] = mapped_column(Text)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    published_at: Mapped[datetime | None]


class CharterSignature(UUIDPrimaryKey, TenantOwned, Base):
    """A person signed one charter version; a new version needs a new signature."""

    __tablename__ = "program_charter_signatures"
    __table_args__ = (UniqueConstraint("charter_version_id", "person_id"),)

    program_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    charter_version_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("program_charter_versions.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    signed_at: Mapped[datetime] = mapped_column(server_default=func.now())


class QuestionnaireQuestion(UUIDPrimaryKey, TenantOwned, Base):
    """A question of the program's questionnaire; ``definition`` holds the typed spec."""

    __tablename__ = "program_questions"
    __table_args__ = (
        UniqueConstraint("program_id", "key"),
        CheckConstraint("weight IS NULL OR (weight >= 0 AND weight <= 10)", name="weight_range"),
    )

    program_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(64))
    position: Mapped[int]
    audience: Mapped[str] = mapped_column(String(16))  # mentor | mentee | both
    type: Mapped[str] = mapped_column(String(32))
    required: Mapped[bool] = mapped_column(default=True)
    label_fr: Mapped[str] = mapped_column(Text)
    label_en: Mapped[str] = mapped_column(Text)
    definition: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    matching_rule: Mapped[str | None] = mapped_column(String(32))
    weight: Mapped[float | None]
    compares_with_key: Mapped[str | None] = mapped_column(String(64))


class ProgramParticipant(UUIDPrimaryKey, TenantOwned, Timestamps, Base):
    """A person's enrolment in a program; one row per person and program, hence one role."""

    __tablename__ = "program_participants"
    __table_args__ = (
        UniqueConstraint("program_id", "person_id"),
        CheckConstraint("capacity_override IS NULL OR capacity_override >= 0",
                        name="capacity_positive"),
        Index("ix_program_participants_program_role_state", "program_id", "role", "state"),
    )

    program_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16), index=True)
    ineligibility_reasons: Mapped[list[dict[str, Any]]] = mapped_column(
        JSONB, default=list, server_default="[]"
    )
    # Profile data (not confidential notes): visible to the program's admins.
    answers: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict, server_default="{}")
    answers_updated_at: Mapped[datetime | None]
    capacity_override: Mapped[int | None]
    rematch_priority: Mapped[bool] = mapped_column(default=False, server_default="false")
    invited_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    invited_at: Mapped[datetime | None]
    applied_at: Mapped[datetime | None]
    declined_at: Mapped[datetime | None]
    withdrawn_at: Mapped[datetime | None]
    activated_at: Mapped[datetime | None]
    evaluated_at: Mapped[datetime | None]


class ProgramEvent(UUIDPrimaryKey, TenantOwned, Timestamps, Base):
    """A training, kick-off or group meeting of a program."""

    __tablename__ = "program_events"
    __table_args__ = (CheckConstraint("ends_at > starts_at", name="dates_order"),)

    program_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    location: Mapped[str | None] = mapped_column(String(300))
    mode: Mapped[str] = mapped_column(String(16), default="in_person")


class EventAttendance(UUIDPrimaryKey, TenantOwned, Base):
    """An invitation to an event and, once recorded, whether the person attended."""

    __tablename__ = "program_event_attendances"
    __table_args__ = (UniqueConstraint("event_id", "person_id"),)

    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("program_events.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    invited_at: Mapped[datetime] = mapped_column(server_default=func.now())
    status: Mapped[str | None] = mapped_column(String(16))
    recorded_at: Mapped[datetime | None]
