"""GDPR bookkeeping: erasure requests and the record of retention purges.

Neither table holds content or identity beyond ids: an executed erasure keeps only
counts, so the DPO can show what was done without keeping what was erased.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Index, String, func, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from constel_api.models.base import Base, TenantOwned, UUIDPrimaryKey


class ErasureStatus(StrEnum):
    PENDING = "pending"
    EXECUTED = "executed"


class ErasureRequest(UUIDPrimaryKey, TenantOwned, Base):
    """A person's request to be erased (GDPR art. 17), executed by an org admin."""

    __tablename__ = "gdpr_erasure_requests"
    __table_args__ = (
        # One pending request per person: asking twice is the same request.
        Index(
            "uq_gdpr_erasure_requests_pending_person",
            "person_id",
            unique=True,
            postgresql_where=text("status = 'pending'"),
        ),
    )

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), default=ErasureStatus.PENDING, index=True)
    requested_at: Mapped[datetime] = mapped_column(server_default=func.now())
    executed_at: Mapped[datetime | None]
    executed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    # What the execution removed, as counts only.
    counts: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict, server_default="{}")


class ProgramPurge(TenantOwned, Base):
    """A closed program whose mentorship content was purged after the retention period."""

    __tablename__ = "gdpr_program_purges"

    program_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), primary_key=True
    )
    purged_at: Mapped[datetime] = mapped_column(server_default=func.now())
    counts: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict, server_default="{}")
