"""People of an organisation's directory, who may also hold an account."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ARRAY, ForeignKey, Index, String, UniqueConstraint, func, text
from sqlalchemy.orm import Mapped, mapped_column

from constel_api.models.base import Base, TenantOwned, Timestamps, UUIDPrimaryKey


class Role(StrEnum):
    PLATFORM_OPERATOR = "platform_operator"
    ORG_ADMIN = "org_admin"
    PROGRAM_MANAGER = "program_manager"
    MEMBER = "member"


ADMIN_ROLES = frozenset({Role.ORG_ADMIN, Role.PROGRAM_MANAGER, Role.PLATFORM_OPERATOR})


class Person(UUIDPrimaryKey, TenantOwned, Timestamps, Base):
    __tablename__ = "people"
    __table_args__ = (
        UniqueConstraint("organisation_id", "email"),
        UniqueConstraint("organisation_id", "external_id"),
        Index("ix_people_email", "email"),
        # Sign-in looks people up by lower(email).
        Index("ix_people_lower_email", func.lower(text("email"))),
    )

    email: Mapped[str] = mapped_column(String(320))
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    external_id: Mapped[str | None] = mapped_column(String(200))
    employee_number: Mapped[str | None] = mapped_column(String(100))
    unit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("org_units.id", ondelete="SET NULL"), index=True
    )
    job_title: Mapped[str | None] = mapped_column(String(200))
    site: Mapped[str | None] = mapped_column(String(200))
    languages: Mapped[list[str]] = mapped_column(ARRAY(String(16)), default=list)
    hired_on: Mapped[date | None]
    manager_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    active: Mapped[bool] = mapped_column(default=True)
    roles: Mapped[list[str]] = mapped_column(ARRAY(String(32)), default=lambda: [Role.MEMBER])

    password_hash: Mapped[str | None] = mapped_column(String(255))
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    totp_enabled: Mapped[bool] = mapped_column(default=False)
    totp_last_counter: Mapped[int | None]
    sessions_valid_after: Mapped[datetime] = mapped_column(server_default=func.now())
    deactivated_at: Mapped[datetime | None]

    @property
    def display_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    def has_role(self, *roles: Role) -> bool:
        return any(r in self.roles for r in roles)
