"""Machine clients for HRIS provisioning and KPI exports."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import AwareDatetime, Field, field_validator

from constel_api.core.schemas import RequestModel, ResponseModel
from constel_api.core.time import utcnow


class Scope(StrEnum):
    """``scim`` provisions through /scim/v2; ``directory:import`` runs CSV imports (a full
    load can deactivate people, so it is granted on its own)."""

    SCIM = "scim"
    DIRECTORY_IMPORT = "directory:import"
    EXPORTS_READ = "exports:read"


class ApiClientCreate(RequestModel):
    name: str = Field(min_length=1, max_length=200)
    scopes: list[Scope] = Field(min_length=1)
    expires_at: AwareDatetime | None = Field(
        default=None, description="When the token stops working; never when absent."
    )

    @field_validator("expires_at")
    @classmethod
    def _in_the_future(cls, value: datetime | None) -> datetime | None:
        if value is not None and value <= utcnow():
            raise ValueError("must be in the future")
        return value


class ApiClientRead(ResponseModel):
    id: uuid.UUID
    name: str
    scopes: list[str]
    created_at: datetime
    last_used_at: datetime | None = Field(
        description="Last authenticated request, to the minute (None: never used)."
    )
    expires_at: datetime | None
    revoked_at: datetime | None


class ApiClientCreated(ApiClientRead):
    token: str = Field(description="Shown once; only its hash is stored.")
