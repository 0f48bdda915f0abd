"""In-app notifications (each one also an e-mail), preferences and password tokens."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Index, LargeBinary, String, func, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from constel_api.models.base import Base, TenantOwned, UUIDPrimaryKey


class EmailStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    RETRYING = "retrying"
    FAILED = "failed"
    SKIPPED = "skipped"  # reminders switched off, digest, or no address


class Notification(UUIDPrimaryKey, TenantOwned, Base):
    """One thing a person is told, in the app and by e-mail.

    ``params`` hold identifiers, names and dates only, never participant content; the
    e-mail's body is rendered from them at send time and never stored. ``dedupe_key`` is
    unique: an event emitted twice (a retried job, two workers) tells the person once.
    """

    __tablename__ = "notifications"
    __table_args__ = (
        Index("ix_notifications_person_created", "person_id", "created_at"),
        Index("ix_notifications_unread", "person_id", postgresql_where=text("read_at IS NULL")),
    )

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(48))
    reminder: Mapped[bool] = mapped_column(default=False)
    params: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    dedupe_key: Mapped[str] = mapped_column(String(255), unique=True)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    read_at: Mapped[datetime | None]
    email_status: Mapped[str] = mapped_column(String(16), default=EmailStatus.PENDING)
    email_attempts: Mapped[int] = mapped_column(default=0)
    email_sent_at: Mapped[datetime | None]
    # An exception class or SMTP reply code, never the message.
    email_error: Mapped[str | None] = mapped_column(String(120))


class NotificationPreference(TenantOwned, Base):
    __tablename__ = "notification_preferences"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    locale: Mapped[str] = mapped_column(String(8), default="fr")
    reminders_enabled: Mapped[bool] = mapped_column(default=True)
    digest: Mapped[str] = mapped_column(String(16), default="immediate")
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now(), onupdate=func.now())


class PasswordTokenPurpose(StrEnum):
    RESET = "reset"
    SET = "set"  # a new account's first password


class PasswordToken(UUIDPrimaryKey, TenantOwned, Base):
    """A single-use password reset or set link; only its SHA-256 is stored."""

    __tablename__ = "password_tokens"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[str] = mapped_column(String(8))
    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    expires_at: Mapped[datetime] = mapped_column(index=True)
    used_at: Mapped[datetime | None]
