"""SQL for notifications, preferences and password tokens."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import (
    EmailStatus,
    LoginAttempt,
    Notification,
    NotificationPreference,
    PasswordToken,
    Person,
    RefreshToken,
)


async def insert_notification(
    session: AsyncSession, *, organisation_id: uuid.UUID, person_id: uuid.UUID, kind: str,
    reminder: bool, params: dict[str, Any], dedupe_key: str, email_status: str,
) -> uuid.UUID | None:
    """The new row's id, or None when this notification already exists."""
    statement = (
        insert(Notification)
        .values(
            id=uuid.uuid4(), organisation_id=organisation_id, person_id=person_id, kind=kind,
            reminder=reminder, params=params, dedupe_key=dedupe_key, email_status=email_status,
            email_attempts=0,
        )
        .on_conflict_do_nothing(index_elements=["dedupe_key"])
        .returning(Notification.id)
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def lock_notification(session: AsyncSession, notification_id: uuid.UUID
                            ) -> Notification | None:
    """Row-locked: a second worker holding the same job waits, then sees it sent."""
    statement = (
        select(Notification).where(Notification.id == notification_id)
        .with_for_update().execution_options(populate_existing=True)
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def preference(session: AsyncSession, person_id: uuid.UUID) -> NotificationPreference | None:
    return await session.get(NotificationPreference, person_id)


async def list_for_person(session: AsyncSession, person_id: uuid.UUID, *, limit: int,
                          unread_only: bool) -> list[Notification]:
    statement = select(Notification).where(Notification.person_id == person_id)
    if unread_only:
        statement = statement.where(Notification.read_at.is_(None))
    statement = statement.order_by(Notification.created_at.desc(), Notification.id).limit(limit)
    return list((await session.execute(statement)).scalars())


async def unread_count(session: AsyncSession, person_id: uuid.UUID) -> int:
    statement = select(func.count()).where(
        Notification.person_id == person_id, Notification.read_at.is_(None)
    )
    return int((await session.execute(statement)).scalar_one())


async def mark_read(session: AsyncSession, person_id: uuid.UUID,
                    notification_id: uuid.UUID | None, at: datetime) -> int:
    statement = update(Notification).where(
        Notification.person_id == person_id, Notification.read_at.is_(None)
    )
    if notification_id is not None:
        statement = statement.where(Notification.id == notification_id)
    result = await session.execute(statement.values(read_at=at))
    return int(result.rowcount)  # type: ignore[attr-defined]


async def get_for_person(session: AsyncSession, person_id: uuid.UUID,
                         notification_id: uuid.UUID) -> Notification | None:
    statement = select(Notification).where(
        Notification.id == notification_id, Notification.person_id == person_id
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def deliveries(session: AsyncSession, *, status: str | None, limit: int
                     ) -> list[Notification]:
    statement = select(Notification)
    if status is not None:
        statement = statement.where(Notification.email_status == status)
    statement = statement.order_by(Notification.created_at.desc()).limit(limit)
    return list((await session.execute(statement)).scalars())


async def delivery_counts(session: AsyncSession) -> dict[str, int]:
    statement = select(Notification.email_status, func.count()).group_by(
        Notification.email_status
    )
    return {str(s): int(n) for s, n in (await session.execute(statement)).all()}


async def digest_pending(session: AsyncSession) -> list[Notification]:
    statement = select(Notification).where(
        Notification.email_status == EmailStatus.PENDING, Notification.reminder.is_(True)
    ).order_by(Notification.person_id, Notification.created_at)
    return list((await session.execute(statement)).scalars())


async def people(session: AsyncSession, ids: set[uuid.UUID]) -> dict[uuid.UUID, Person]:
    if not ids:
        return {}
    rows = await session.execute(select(Person).where(Person.id.in_(ids)))
    return {p.id: p for p in rows.scalars()}


async def password_token_by_hash(session: AsyncSession, token_hash: bytes
                                 ) -> PasswordToken | None:
    statement = select(PasswordToken).where(PasswordToken.token_hash == token_hash)
    return (await session.execute(statement.with_for_update())).scalar_one_or_none()


async def spend_other_tokens(session: AsyncSession, person_id: uuid.UUID, at: datetime) -> None:
    await session.execute(
        update(PasswordToken)
        .where(PasswordToken.person_id == person_id, PasswordToken.used_at.is_(None))
        .values(used_at=at)
    )


async def purge_password_tokens(session: AsyncSession, before: datetime) -> int:
    result = await session.execute(delete(PasswordToken).where(PasswordToken.expires_at < before))
    return int(result.rowcount)  # type: ignore[attr-defined]


AUTH_ROWS_KEPT = timedelta(days=1)


async def purge_auth_rows(session: AsyncSession, now: datetime) -> None:
    """Failed sign-ins older than a day (throttling looks back minutes) and dead tokens."""
    cutoff = now - AUTH_ROWS_KEPT
    await session.execute(delete(LoginAttempt).where(LoginAttempt.created_at < cutoff))
    await session.execute(delete(RefreshToken).where(RefreshToken.expires_at < cutoff))
