"""Single sign-on: an organisation's OpenID provider, pending sign-ins, and SSO sessions."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ARRAY, ForeignKey, Index, LargeBinary, String, UniqueConstraint, func
from sqlalchemy.dialects.postgresql import ARRAY as PG_ARRAY
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from constel_api.models.base import Base, TenantOwned, Timestamps, UUIDPrimaryKey


class SsoConfiguration(UUIDPrimaryKey, TenantOwned, Timestamps, Base):
    """One OpenID Connect provider per organisation, set by its admins.

    The client secret and the private key (``private_key_jwt``) are stored sealed with a
    key derived from the server's secret; the API never returns them.
    """

    __tablename__ = "sso_configurations"
    __table_args__ = (UniqueConstraint("organisation_id"),)

    enabled: Mapped[bool] = mapped_column(default=False)
    issuer: Mapped[str] = mapped_column(String(500))
    client_id: Mapped[str] = mapped_column(String(255))
    client_auth_method: Mapped[str] = mapped_column(String(32))
    client_secret_sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    private_key_sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    public_jwk: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    scopes: Mapped[list[str]] = mapped_column(ARRAY(String(64)))
    identifying_claim: Mapped[str] = mapped_column(String(32))
    # PostgreSQL's array type: home-realm discovery asks which lists overlap an e-mail's.
    allowed_domains: Mapped[list[str]] = mapped_column(PG_ARRAY(String(255)))
    sso_only: Mapped[bool] = mapped_column(default=False)
    break_glass_person_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    jit_provisioning: Mapped[bool] = mapped_column(default=False)
    accept_provider_mfa: Mapped[bool] = mapped_column(default=True)


class SsoAuthorizationRequest(UUIDPrimaryKey, TenantOwned, Base):
    """A sign-in sent to the provider: its ``state`` (hashed), nonce and PKCE verifier.

    Bound to the browser that started it (a cookie whose hash is kept here) and used
    once: the callback marks it used, so a replayed callback or ID token is refused.
    """

    __tablename__ = "sso_authorization_requests"

    state_hash: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    browser_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    nonce: Mapped[str] = mapped_column(String(128), unique=True)
    code_verifier: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class SsoSession(UUIDPrimaryKey, TenantOwned, Base):
    """Links a Constel sign-in (refresh family) to the provider's subject and session id,
    so a back-channel logout from the provider ends the right sessions."""

    __tablename__ = "sso_sessions"
    __table_args__ = (
        Index("ix_sso_sessions_subject", "organisation_id", "subject"),
        Index("ix_sso_sessions_sid", "organisation_id", "sid"),
    )

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    family_id: Mapped[uuid.UUID] = mapped_column(index=True)
    subject: Mapped[str] = mapped_column(String(255))
    sid: Mapped[str | None] = mapped_column(String(255))
    # Sealed like the client secret: the provider asks for it back at RP-initiated logout.
    id_token_sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
