"""Bodies of the authentication and account endpoints."""

from __future__ import annotations

import uuid

from pydantic import Field

from constel_api.core.schemas import RequestModel, ResponseModel


class LoginRequest(RequestModel):
    # Not EmailStr: sign-in must accept whatever address the directory holds.
    email: str = Field(min_length=3, max_length=320)
    password: str = Field(min_length=1, max_length=1024)
    totp_code: str | None = Field(default=None, max_length=16)
    # Instead of totp_code when the authenticator is lost; each code works once.
    recovery_code: str | None = Field(default=None, max_length=32)


class TokenResponse(ResponseModel):
    access_token: str
    token_type: str = "bearer"  # noqa: S105
    expires_in: int
    csrf_token: str


class OrganisationSummary(ResponseModel):
    id: uuid.UUID
    name: str
    slug: str
    support_email: str | None
    require_totp_for_admins: bool


class MeRead(ResponseModel):
    id: uuid.UUID
    email: str
    given_name: str
    family_name: str
    roles: list[str]
    totp_enabled: bool
    recovery_codes_left: int = Field(description="Unused TOTP recovery codes (0 without TOTP).")
    organisation: OrganisationSummary


class PasswordChange(RequestModel):
    current_password: str = Field(min_length=1, max_length=1024)
    new_password: str = Field(min_length=12, max_length=1024)


class TotpSetup(ResponseModel):
    secret: str
    otpauth_uri: str


class TotpEnable(RequestModel):
    code: str = Field(min_length=6, max_length=16)


class TotpCodeConfirm(RequestModel):
    code: str = Field(
        min_length=6,
        max_length=32,
        description="A fresh code from the authenticator app (to turn TOTP off, an unused "
        "recovery code also works).",
    )


class RecoveryCodesRead(ResponseModel):
    codes: list[str] = Field(
        description="Ten single-use recovery codes, shown this once (stored hashed)."
    )

