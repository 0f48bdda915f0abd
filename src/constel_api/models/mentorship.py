"""Mentorships: a mentor and a mentee paired in a program (the 'pair' of the E2E protocol)."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from constel_api.models.base import Base, TenantOwned, Timestamps, UUIDPrimaryKey


class MentorshipStatus(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    ACTIVE = "active"
    COMPLETED = "completed"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


OPEN_MENTORSHIP_STATUSES = (
    MentorshipStatus.PROPOSED,
    MentorshipStatus.ACCEPTED,
    MentorshipStatus.ACTIVE,
)


class Mentorship(UUIDPrimaryKey, TenantOwned, Timestamps, Base):
    __tablename__ = "mentorships"
    __table_args__ = (
        CheckConstraint("mentor_id <> mentee_id", name="distinct_people"),
        # One open pairing of the same two people per program.
        Index(
            "uq_mentorships_open_pair",
            "program_id",
            "mentor_id",
            "mentee_id",
            unique=True,
            postgresql_where=text("status IN ('proposed', 'accepted', 'active')"),
        ),
    )

    program_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    mentor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"), index=True)
    mentee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"), index=True)
    status: Mapped[str] = mapped_column(String(32), default=MentorshipStatus.PROPOSED, index=True)
    origin: Mapped[str] = mapped_column(String(32), default="matching")
    mentor_accepted_at: Mapped[datetime | None]
    mentee_accepted_at: Mapped[datetime | None]
    activated_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    ended_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"))
    end_reason: Mapped[str | None] = mapped_column(String(64))
    needs_attention: Mapped[bool] = mapped_column(default=False)
    attention_reason: Mapped[str | None] = mapped_column(String(64))
    # Lifecycle details (mentorships domain); every change bumps ``version``.
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    first_meeting_confirmed_at: Mapped[datetime | None]
    # Set when the mentor withdraws: the mentee waits for a replacement.
    replacement_status: Mapped[str | None] = mapped_column(String(16), index=True)
    replacement_resolved_at: Mapped[datetime | None]
    replacement_mentorship_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("mentorships.id", ondelete="SET NULL")
    )
    completion_requested_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    completion_requested_at: Mapped[datetime | None]
    closing_feedback_requested_at: Mapped[datetime | None]
