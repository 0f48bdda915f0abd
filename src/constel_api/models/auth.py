"""Refresh tokens, login attempts, TOTP recovery codes and machine clients."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ARRAY, ForeignKey, Index, LargeBinary, String, func
from sqlalchemy.dialects.postgresql import INET
from sqlalchemy.orm import Mapped, mapped_column

from constel_api.models.base import Base, TenantOwned, UUIDPrimaryKey


class RefreshToken(UUIDPrimaryKey, TenantOwned, Base):
    """An opaque, rotating refresh token; only its SHA-256 is stored.

    Tokens of one login share a ``family_id``; presenting a rotated token again revokes
    the whole family (the token was stolen or replayed).
    """

    __tablename__ = "refresh_tokens"
    # The access-token check reads the newest token of a family on every request.
    __table_args__ = (Index("ix_refresh_tokens_family_created", "family_id", "created_at"),)

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    family_id: Mapped[uuid.UUID] = mapped_column(index=True)
    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    amr: Mapped[list[str]] = mapped_column(ARRAY(String(16)))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    expires_at: Mapped[datetime]
    rotated_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]


class LoginAttempt(UUIDPrimaryKey, Base):
    """Failed logins, kept in the database so throttling holds across processes.

    Not tenant-owned: it is keyed by the email typed, before any organisation is known.
    """

    __tablename__ = "login_attempts"
    __table_args__ = (
        Index("ix_login_attempts_email_created_at", "email", "created_at"),
        Index("ix_login_attempts_ip_created_at", "ip", "created_at"),
        Index("ix_login_attempts_device_created_at", "device_id", "created_at"),
    )

    email: Mapped[str] = mapped_column(String(320))
    ip: Mapped[str | None] = mapped_column(INET)
    # The nonce of a valid device cookie for this email, when the browser presented one:
    # such failures count against that device only, never against the account's others.
    device_id: Mapped[uuid.UUID | None]
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class TotpRecoveryCode(UUIDPrimaryKey, TenantOwned, Base):
    """A single-use recovery code for TOTP sign-in; only its SHA-256 is stored.

    The codes carry 80 random bits, so a fast hash is enough (as for refresh tokens).
    """

    __tablename__ = "totp_recovery_codes"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    code_hash: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    used_at: Mapped[datetime | None]


class ApiClient(UUIDPrimaryKey, TenantOwned, Base):
    """A machine client (HRIS, BI export) with scopes; its secret is stored hashed."""

    __tablename__ = "api_clients"

    name: Mapped[str] = mapped_column(String(200))
    scopes: Mapped[list[str]] = mapped_column(ARRAY(String(32)))
    secret_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    last_used_at: Mapped[datetime | None]
    expires_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
