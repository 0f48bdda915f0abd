"""Organisations (tenants) and their organisational units."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from constel_api.models.base import Base, TenantOwned, Timestamps, UUIDPrimaryKey


class Organisation(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(63), unique=True)
    support_email: Mapped[str | None] = mapped_column(String(320))
    require_totp_for_admins: Mapped[bool] = mapped_column(default=False)
    anonymity_threshold: Mapped[int] = mapped_column(default=5)
    retention_days: Mapped[int] = mapped_column(default=730)


class OrgUnit(UUIDPrimaryKey, TenantOwned, Timestamps, Base):
    """A node of the organisation's unit tree (organisme, department, team)."""

    __tablename__ = "org_units"
    __table_args__ = (UniqueConstraint("organisation_id", "external_id"),)

    name: Mapped[str] = mapped_column(String(200))
    external_id: Mapped[str | None] = mapped_column(String(200))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("org_units.id", ondelete="SET NULL"), index=True
    )
