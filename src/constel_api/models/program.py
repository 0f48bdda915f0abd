"""Mentoring programs (extended by the programs domain)."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from constel_api.models.base import Base, TenantOwned, Timestamps, UUIDPrimaryKey


class ProgramStatus(StrEnum):
    DRAFT = "draft"
    ENROLMENT_OPEN = "enrolment_open"
    RUNNING = "running"
    CLOSED = "closed"
    ARCHIVED = "archived"


class Program(UUIDPrimaryKey, TenantOwned, Timestamps, Base):
    __tablename__ = "programs"

    name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(32), default=ProgramStatus.DRAFT)
