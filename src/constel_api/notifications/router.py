"""My notifications and preferences, password reset, one-click unsubscribe, and the
operator's view of mail deliveries and dead jobs."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response, status
from fastapi.responses import PlainTextResponse

from constel_api.auth.dependencies import CurrentPerson, PlatformOperator, SettingsDep
from constel_api.db import SessionDep
from constel_api.errors import BadRequest, problem_responses
from constel_api.jobs.queue import job_counts, jobs_by_status
from constel_api.models import Notification, NotificationPreference
from constel_api.notifications import mailer, passwords, service
from constel_api.notifications import repository as repo
from constel_api.notifications.catalogue import kind as kind_of
from constel_api.notifications.schemas import (
    JobList,
    JobRead,
    MailDeliveries,
    MailDeliveryRead,
    MarkedRead,
    NotificationList,
    NotificationPreferencesRead,
    NotificationPreferencesUpdate,
    NotificationRead,
    PasswordResetConfirm,
    PasswordResetRequest,
)

router = APIRouter(prefix="/api/v1", tags=["notifications"])


def _read(row: Notification) -> NotificationRead:
    path = kind_of(row.kind).path.format_map({k: str(v) for k, v in row.params.items()})
    return NotificationRead(id=row.id, kind=row.kind, params=row.params,
                            created_at=row.created_at, read_at=row.read_at, link=path)


def _prefs(pref: NotificationPreference) -> NotificationPreferencesRead:
    return NotificationPreferencesRead.model_validate(pref)


@router.get("/me/notifications", operation_id="listMyNotifications",
            response_model=NotificationList, responses=problem_responses(401, 422))
async def list_notifications(
    person: CurrentPerson, session: SessionDep,
    unread_only: bool = False, limit: Annotated[int, Query(ge=1, le=100)] = 30,
) -> NotificationList:
    """My latest notifications and how many are unread."""
    items, unread = await service.list_mine(session, person, limit=limit,
                                            unread_only=unread_only)
    return NotificationList(items=[_read(n) for n in items], unread_count=unread)


@router.post("/me/notifications/read-all", operation_id="markAllNotificationsRead",
             response_model=MarkedRead, responses=problem_responses(401))
async def read_all(person: CurrentPerson, session: SessionDep) -> MarkedRead:
    """Mark every notification of mine as read."""
    return MarkedRead(updated=await service.mark_all_read(session, person))


@router.post("/me/notifications/{notification_id}/read", operation_id="markNotificationRead",
             status_code=status.HTTP_204_NO_CONTENT, responses=problem_responses(401, 404))
async def read_one(notification_id: uuid.UUID, person: CurrentPerson,
                   session: SessionDep) -> None:
    """Mark one notification of mine as read."""
    await service.mark_read(session, person, notification_id)


@router.get("/me/notification-preferences", operation_id="getNotificationPreferences",
            response_model=NotificationPreferencesRead, responses=problem_responses(401))
async def get_preferences(person: CurrentPerson, session: SessionDep
                          ) -> NotificationPreferencesRead:
    """My language for e-mails, reminders on or off, immediate or daily digest."""
    return _prefs(await service.preferences(session, person))


@router.patch("/me/notification-preferences", operation_id="updateNotificationPreferences",
              response_model=NotificationPreferencesRead, responses=problem_responses(401, 422))
async def update_preferences(body: NotificationPreferencesUpdate, person: CurrentPerson,
                             session: SessionDep) -> NotificationPreferencesRead:
    """Change my notification preferences."""
    pref = await service.update_preferences(
        session, person, locale=body.locale, reminders_enabled=body.reminders_enabled,
        digest=body.digest,
    )
    return _prefs(pref)


@router.post("/auth/password-reset", operation_id="requestPasswordReset",
             status_code=status.HTTP_202_ACCEPTED, responses=problem_responses(422))
async def request_password_reset(body: PasswordResetRequest, session: SessionDep) -> Response:
    """Send a reset link if an account has this address; the answer never tells."""
    await passwords.request_reset(session, str(body.email))
    return Response(status_code=status.HTTP_202_ACCEPTED)


@router.post("/auth/password-reset/confirm", operation_id="confirmPasswordReset",
             status_code=status.HTTP_204_NO_CONTENT, responses=problem_responses(400, 422))
async def confirm_password_reset(body: PasswordResetConfirm, session: SessionDep,
                                 settings: SettingsDep) -> None:
    """Choose a new password with an e-mailed link; every session of the account ends."""
    await passwords.confirm(session, settings, body.token, body.new_password)


@router.post("/notifications/unsubscribe", operation_id="unsubscribeReminders",
             response_class=PlainTextResponse, responses=problem_responses(400, 422))
async def unsubscribe(p: uuid.UUID, s: Annotated[str, Query(max_length=64)],
                      session: SessionDep, settings: SettingsDep) -> str:
    """RFC 8058 one-click unsubscribe from reminders (mandatory messages stay)."""
    if not mailer.check_unsubscribe(settings, p, s):
        raise BadRequest("This unsubscribe link is not valid.", code="invalid_unsubscribe")
    await service.unsubscribe_reminders(session, p)
    return "Reminders are off. / Les rappels sont désactivés."


@router.get("/operator/mail-deliveries", operation_id="listMailDeliveries",
            response_model=MailDeliveries, responses=problem_responses(401, 403, 422))
async def mail_deliveries(
    operator: PlatformOperator, session: SessionDep,
    status_filter: Annotated[Literal["pending", "sent", "retrying", "failed", "skipped"] | None,
                             Query(alias="status")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> MailDeliveries:
    """Per-message delivery status across organisations; never a body or an address."""
    rows = await repo.deliveries(session, status=status_filter, limit=limit)
    return MailDeliveries(counts=await repo.delivery_counts(session),
                          items=[MailDeliveryRead.model_validate(r) for r in rows])


@router.get("/operator/jobs", operation_id="listJobs", response_model=JobList,
            responses=problem_responses(401, 403, 422))
async def jobs(
    operator: PlatformOperator, session: SessionDep,
    status_filter: Annotated[Literal["queued", "picked", "failed"] | None,
                             Query(alias="status")] = "failed",
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> JobList:
    """Jobs in the queue; ``failed`` are the dead letters, kept after their last retry."""
    rows = await jobs_by_status(session, status_filter, limit)
    return JobList(counts=await job_counts(session),
                   items=[JobRead.model_validate(r) for r in rows])
