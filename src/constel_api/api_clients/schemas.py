"""Machine clients for HRIS provisioning and KPI exports."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import Field

from constel_api.core.schemas import RequestModel, ResponseModel


class Scope(StrEnum):
    """``scim`` provisions through /scim/v2; ``directory:import`` runs CSV imports (a full
    load can deactivate people, so it is granted on its own)."""

    SCIM = "scim"
    DIRECTORY_IMPORT = "directory:import"
    EXPORTS_READ = "exports:read"


class ApiClientCreate(RequestModel):
    name: str = Field(min_length=1, max_length=200)
    scopes: list[Scope] = Field(min_length=1)


class ApiClientRead(ResponseModel):
    id: uuid.UUID
    name: str
    scopes: list[str]
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class ApiClientCreated(ApiClientRead):
    token: str = Field(description="Shown once; only its hash is stored.")
