"""Organisations (tenants) and their settings."""

from __future__ import annotations

import uuid

from pydantic import EmailStr, Field, model_validator

from constel_api.core.schemas import RequestModel, ResponseModel


class OrganisationCreate(RequestModel):
    name: str = Field(min_length=1, max_length=200)
    slug: str = Field(pattern=r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
    support_email: EmailStr | None = None
    admin_email: EmailStr
    admin_given_name: str = Field(min_length=1, max_length=200)
    admin_family_name: str = Field(min_length=1, max_length=200)


class OrganisationRead(ResponseModel):
    id: uuid.UUID
    name: str
    slug: str
    support_email: str | None
    require_totp_for_admins: bool
    anonymity_threshold: int
    retention_days: int


class OrganisationCreated(OrganisationRead):
    admin_id: uuid.UUID = Field(
        description="The first admin, e-mailed a single-use link (valid 7 days) to choose a "
                    "password; no password is ever shown."
    )


class OrganisationUpdate(RequestModel):
    """Partial update; only ``support_email`` may be cleared with ``null``."""

    name: str | None = Field(default=None, min_length=1, max_length=200)
    support_email: EmailStr | None = None
    require_totp_for_admins: bool | None = None
    anonymity_threshold: int | None = Field(default=None, ge=2, le=100)
    retention_days: int | None = Field(default=None, ge=30, le=3650)

    @model_validator(mode="after")
    def _no_null_for_required_settings(self) -> OrganisationUpdate:
        for field in ("name", "require_totp_for_admins", "anonymity_threshold", "retention_days"):
            if field in self.model_fields_set and getattr(self, field) is None:
                raise ValueError(f"{field} cannot be null")
        return self
