"""Matching review: runs, draft proposals, exclusions and per-program matching settings.

Refused and withdrawn pairs are not stored here: they are derived from the mentorships
(status refused or withdrawn), so there is one source of truth for "this pair ended".
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, func, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from constel_api.models.base import Base, TenantOwned, Timestamps, UUIDPrimaryKey


class MatchingRunStatus(StrEnum):
    DRAFT = "draft"  # under review
    SUPERSEDED = "superseded"  # replaced by a re-run
    PUBLISHED = "published"  # proposals sent to both sides as mentorships


class ProposalOrigin(StrEnum):
    MATCHING = "matching"  # the solver's choice
    MANUAL = "manual"  # added by an admin during review
    SWAP = "swap"  # produced by swapping the mentors of two proposals


class MatchingRun(UUIDPrimaryKey, TenantOwned, Base):
    """One solve of a program's cohort; at most one draft per program at a time."""

    __tablename__ = "matching_runs"
    __table_args__ = (
        Index(
            "uq_matching_runs_one_draft",
            "program_id",
            unique=True,
            postgresql_where=text("status = 'draft'"),
        ),
    )

    program_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), default=MatchingRunStatus.DRAFT)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    published_at: Mapped[datetime | None]
    published_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    # Counts, total score, optimality certificate, timings, pins that could not be kept.
    stats: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict, server_default="{}")
    # [{"mentee_id": ..., "reason": ...}] as computed by the last solve.
    unmatched: Mapped[list[dict[str, Any]]] = mapped_column(
        JSONB, default=list, server_default="[]"
    )


class MatchingProposal(UUIDPrimaryKey, TenantOwned, Timestamps, Base):
    """A draft pair of a run, with its score and per-criterion breakdown."""

    __tablename__ = "matching_proposals"
    __table_args__ = (UniqueConstraint("run_id", "mentee_id"),)

    run_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("matching_runs.id", ondelete="CASCADE"), index=True
    )
    program_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    mentee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"), index=True)
    mentor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"), index=True)
    score: Mapped[float]
    # [{"criterion", "code", "value", "points", "max_points", "params"}]
    breakdown: Mapped[list[dict[str, Any]]] = mapped_column(
        JSONB, default=list, server_default="[]"
    )
    origin: Mapped[str] = mapped_column(String(16), default=ProposalOrigin.MATCHING)
    pinned: Mapped[bool] = mapped_column(default=False, server_default="false")
    # Hard-constraint codes knowingly overridden by an admin, with the written reason.
    overridden: Mapped[list[str]] = mapped_column(JSONB, default=list, server_default="[]")
    override_reason: Mapped[str | None] = mapped_column(Text)
    hierarchy_distance: Mapped[int | None]
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    mentorship_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("mentorships.id", ondelete="SET NULL")
    )


class MatchingExclusion(UUIDPrimaryKey, TenantOwned, Base):
    """A pair an admin ruled out for this program; every later run respects it."""

    __tablename__ = "matching_exclusions"
    __table_args__ = (UniqueConstraint("program_id", "mentee_id", "mentor_id"),)

    program_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    mentee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    mentor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class MatchingSettings(TenantOwned, Base):
    """Directory attributes a program scores on, and the mentee-choice list length."""

    __tablename__ = "matching_settings"

    program_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), primary_key=True
    )
    # [{"attribute": "languages"|"site"|"seniority"|"unit", "weight": w, "min_gap": years}]
    attributes: Mapped[list[dict[str, Any]]] = mapped_column(
        JSONB, default=list, server_default="[]"
    )
    suggestions: Mapped[int] = mapped_column(default=5, server_default="5")
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now(), onupdate=func.now())
