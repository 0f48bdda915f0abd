"""Notification, preference, password-reset and operator schemas."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import EmailStr, Field

from constel_api.core.schemas import RequestModel, ResponseModel


class NotificationRead(ResponseModel):
    id: uuid.UUID
    kind: str
    params: dict[str, Any]
    created_at: datetime
    read_at: datetime | None
    link: str


class NotificationList(ResponseModel):
    items: list[NotificationRead]
    unread_count: int


class MarkedRead(ResponseModel):
    updated: int


class NotificationPreferencesRead(ResponseModel):
    locale: Literal["fr", "en"]
    reminders_enabled: bool
    digest: Literal["immediate", "daily"]


class NotificationPreferencesUpdate(RequestModel):
    locale: Literal["fr", "en"] | None = None
    reminders_enabled: bool | None = None
    digest: Literal["immediate", "daily"] | None = None


class PasswordResetRequest(RequestModel):
    email: EmailStr


class PasswordResetConfirm(RequestModel):
    token: str = Field(min_length=16, max_length=200)
    new_password: str = Field(min_length=12, max_length=1024)


class MailDeliveryRead(ResponseModel):
    """What the operator sees of a message: never its recipient's words or its body."""

    id: uuid.UUID
    organisation_id: uuid.UUID
    kind: str
    email_status: str
    email_attempts: int
    email_error: str | None
    created_at: datetime
    email_sent_at: datetime | None


class MailDeliveries(ResponseModel):
    counts: dict[str, int]
    items: list[MailDeliveryRead]


class JobRead(ResponseModel):
    id: int
    entrypoint: str
    status: str
    attempts: int
    created: datetime
    updated: datetime


class JobList(ResponseModel):
    counts: dict[str, int]
    items: list[JobRead]
