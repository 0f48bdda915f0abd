"""Bodies of the single sign-on endpoints."""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import Field, field_validator

from constel_api.core.schemas import RequestModel, ResponseModel

IdentifyingClaim = Literal["email", "preferred_username", "oid", "sub"]
ClientAuthMethod = Literal["client_secret_basic", "private_key_jwt"]
DOMAIN_PATTERN = r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$"


class SsoConfigurationWrite(RequestModel):
    """The whole configuration; ``client_secret`` omitted keeps the stored one."""

    enabled: bool = False
    issuer: str = Field(
        max_length=500,
        pattern=r"^https?://[^\s?#]+$",
        description="The provider's issuer URL; its /.well-known/openid-configuration is read.",
    )
    client_id: str = Field(min_length=1, max_length=255)
    client_auth_method: ClientAuthMethod = "client_secret_basic"
    client_secret: str | None = Field(
        default=None,
        min_length=1,
        max_length=2000,
        description="Stored encrypted; never returned. Omit to keep the current one.",
    )
    scopes: list[str] = Field(
        default_factory=lambda: ["openid", "email", "profile"], max_length=20
    )
    identifying_claim: IdentifyingClaim = Field(
        default="email",
        description="The claim matched against the directory: e-mail for `email` and "
        "`preferred_username`, external id for `oid` and `sub`.",
    )
    allowed_domains: list[str] = Field(min_length=1, max_length=50)
    sso_only: bool = Field(
        default=False, description="Passwords stop working, except the break-glass admin's."
    )
    break_glass_person_id: uuid.UUID | None = Field(
        default=None, description="An organisation admin who keeps the password sign-in."
    )
    jit_provisioning: bool = Field(
        default=False,
        description="Create a member at first sign-in when the directory does not know them.",
    )
    accept_provider_mfa: bool = Field(
        default=True,
        description="A sign-in the provider asserts as multi-factor (amr) satisfies the "
        "organisation's two-factor rule for administrators.",
    )

    @field_validator("scopes")
    @classmethod
    def _scopes(cls, value: list[str]) -> list[str]:
        cleaned = [s.strip() for s in value if s.strip()]
        for scope in cleaned:
            if len(scope) > 64 or not scope.isprintable() or " " in scope:
                raise ValueError(f"invalid scope {scope!r}")
        return ["openid", *dict.fromkeys(s for s in cleaned if s != "openid")]

    @field_validator("allowed_domains")
    @classmethod
    def _domains(cls, value: list[str]) -> list[str]:
        cleaned = list(dict.fromkeys(d.strip().lower().lstrip("@") for d in value))
        for domain in cleaned:
            if not re.match(DOMAIN_PATTERN, domain):
                raise ValueError(f"invalid domain {domain!r}")
        return cleaned


class SsoConfigurationRead(ResponseModel):
    id: uuid.UUID
    enabled: bool
    issuer: str
    client_id: str
    client_auth_method: ClientAuthMethod
    has_client_secret: bool
    public_jwk: dict[str, Any] | None = Field(
        description="The public key to register at the provider for private_key_jwt."
    )
    scopes: list[str]
    identifying_claim: IdentifyingClaim
    allowed_domains: list[str]
    sso_only: bool
    break_glass_person_id: uuid.UUID | None
    jit_provisioning: bool
    accept_provider_mfa: bool
    redirect_uri: str = Field(description="To register at the provider.")
    post_logout_redirect_uri: str = Field(description="To register at the provider.")
    backchannel_logout_uri: str = Field(description="To register at the provider.")
    jwks_uri: str = Field(description="Where the provider can read the public key.")
    updated_at: datetime


class DiscoveryRequest(RequestModel):
    email: str = Field(min_length=3, max_length=320)


class DiscoveryRead(ResponseModel):
    method: Literal["password", "sso"]
    start_url: str | None = Field(
        default=None, description="Where to send the browser to sign in with the provider."
    )
    password_allowed: bool = Field(
        default=True,
        description="False when the organisation signs everyone in through its provider "
        "(its break-glass admin still can).",
    )


class SsoLogoutRead(ResponseModel):
    redirect_url: str | None = Field(
        description="The provider's end-session address to send the browser to, if any."
    )
