"""The pair's daily work as metadata: transitions, séances, objectives, action items,
introductions, feedback and calendar feeds.

Nothing here is content: wording, reports, places, links and messages are vault records
whose ``subject_id`` is the id of a row below. These columns are what admins may see in
aggregate (dates, statuses, counts, absences, scores).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    LargeBinary,
    SmallInteger,
    String,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from constel_api.models.base import Base, TenantOwned, Timestamps, UUIDPrimaryKey


class PairSide(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"


class WithdrawalReason(StrEnum):
    AVAILABILITY = "availability"
    RELATIONSHIP = "relationship"
    PERSONAL = "personal"
    PROFESSIONAL_CHANGE = "professional_change"
    OBJECTIVES_MET = "objectives_met"
    OTHER = "other"


class ReplacementStatus(StrEnum):
    PENDING = "pending"  # the mentor left: the mentee waits for a replacement
    PROPOSED = "proposed"  # a new mentorship was proposed to the mentee
    DECLINED = "declined"  # the mentee declined a replacement


class SessionMode(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"


class SessionStatus(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    MISSED = "missed"
    CANCELLED = "cancelled"


class Absence(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"
    BOTH = "both"


class ObjectiveStatus(StrEnum):
    DEFINED = "defined"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    ABANDONED = "abandoned"


class ActionItemStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class IntroductionStatus(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    DONE = "done"


class FeedbackKind(StrEnum):
    ONGOING = "ongoing"
    CLOSING = "closing"


class MentorshipTransition(UUIDPrimaryKey, TenantOwned, Base):
    """Who did what to a mentorship and when; ``details`` holds metadata only."""

    __tablename__ = "mentorship_transitions"
    __table_args__ = (Index("ix_mentorship_transitions_pair_at", "mentorship_id", "at"),)

    mentorship_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("mentorships.id", ondelete="CASCADE")
    )
    event: Mapped[str] = mapped_column(String(40))
    from_status: Mapped[str] = mapped_column(String(32))
    to_status: Mapped[str] = mapped_column(String(32))
    actor_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    actor_side: Mapped[str | None] = mapped_column(String(16))
    details: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict, server_default="{}")
    at: Mapped[datetime] = mapped_column(server_default=func.now())


class MentoringSession(UUIDPrimaryKey, TenantOwned, Timestamps, Base):
    """A séance: its date, length, mode and outcome. Place, link, preparation, report and
    notes are vault records about it."""

    __tablename__ = "mentoring_sessions"
    __table_args__ = (
        Index("ix_mentoring_sessions_pair_starts", "mentorship_id", "starts_at"),
        CheckConstraint("duration_minutes BETWEEN 5 AND 600", name="duration_range"),
        CheckConstraint("(status = 'missed') = (absence IS NOT NULL)", name="absence_iff_missed"),
    )

    mentorship_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("mentorships.id", ondelete="CASCADE")
    )
    starts_at: Mapped[datetime]
    duration_minutes: Mapped[int]
    mode: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default=SessionStatus.SCHEDULED, index=True)
    absence: Mapped[str | None] = mapped_column(String(8))
    reschedule_count: Mapped[int] = mapped_column(default=0, server_default="0")
    cancelled_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    cancelled_by_side: Mapped[str | None] = mapped_column(String(16))
    cancelled_at: Mapped[datetime | None]
    outcome_recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    outcome_recorded_at: Mapped[datetime | None]
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    version: Mapped[int] = mapped_column(default=1, server_default="1")


class Objective(UUIDPrimaryKey, TenantOwned, Timestamps, Base):
    """A mentee's objective: status and dates; its wording is a vault record."""

    __tablename__ = "objectives"

    mentorship_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("mentorships.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), default=ObjectiveStatus.DEFINED, index=True)
    defined_at: Mapped[datetime] = mapped_column(server_default=func.now())
    started_at: Mapped[datetime | None]
    achieved_at: Mapped[datetime | None]
    abandoned_at: Mapped[datetime | None]
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    version: Mapped[int] = mapped_column(default=1, server_default="1")


class ActionItem(UUIDPrimaryKey, TenantOwned, Timestamps, Base):
    """An action-plan item: owner, due date, status; its content is a vault record."""

    __tablename__ = "action_items"

    mentorship_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("mentorships.id", ondelete="CASCADE"), index=True
    )
    owner: Mapped[str] = mapped_column(String(16))
    due_on: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(16), default=ActionItemStatus.OPEN)
    done_at: Mapped[datetime | None]
    session_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("mentoring_sessions.id", ondelete="SET NULL"), index=True
    )
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    version: Mapped[int] = mapped_column(default=1, server_default="1")


class Introduction(UUIDPrimaryKey, TenantOwned, Timestamps, Base):
    """A contact the mentor proposes from their network; details are a vault record."""

    __tablename__ = "introductions"

    mentorship_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("mentorships.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), default=IntroductionStatus.PROPOSED)
    proposed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    accepted_at: Mapped[datetime | None]
    done_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(default=1, server_default="1")


class Feedback(UUIDPrimaryKey, TenantOwned, Base):
    """A feedback given inside a pair. The text is a vault record; the optional program
    satisfaction score is shown to its author only, and to admins only in aggregate."""

    __tablename__ = "mentorship_feedback"
    __table_args__ = (
        CheckConstraint(
            "satisfaction_score IS NULL OR satisfaction_score BETWEEN 1 AND 5",
            name="score_range",
        ),
        Index(
            "uq_mentorship_feedback_closing",
            "mentorship_id",
            "author_id",
            unique=True,
            postgresql_where=text("kind = 'closing'"),
        ),
    )

    mentorship_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("mentorships.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    author_side: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    satisfaction_score: Mapped[int | None] = mapped_column(SmallInteger)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class CalendarFeed(UUIDPrimaryKey, TenantOwned, Base):
    """A person's secret iCalendar URL; only the SHA-256 of the secret is stored."""

    __tablename__ = "calendar_feeds"
    __table_args__ = (
        Index(
            "uq_calendar_feeds_active_person",
            "person_id",
            unique=True,
            postgresql_where=text("revoked_at IS NULL"),
        ),
    )

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    secret_hash: Mapped[bytes] = mapped_column(LargeBinary, unique=True)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    last_fetched_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
