"""Emit notifications in the caller's transaction, list them, keep preferences."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.errors import NotFound
from constel_api.jobs.queue import enqueue
from constel_api.models import EmailStatus, Notification, NotificationPreference, Person
from constel_api.notifications import repository as repo
from constel_api.notifications.catalogue import KINDS

SEND_EMAIL = "send_email"

# The only values a notification may carry: identifiers, names, dates and counts. An
# event passing anything else (a note, a place, a message) fails loudly in development.
ALLOWED_PARAMS = frozenset({
    "program_id", "mentorship_id", "program", "other", "mentor", "mentee", "starts_at",
    "deadline_at", "on", "weeks", "count", "version", "created", "updated", "deactivated",
})


def _param(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


async def emit(
    session: AsyncSession,
    kind: str,
    recipients: Iterable[Person],
    *,
    key: str,
    **params: Any,
) -> int:
    """Tell each recipient once per ``key``; the e-mail job commits or rolls back with us.

    ``params`` must be identifiers, names, dates or counts: never participant content.
    """
    entry = KINDS[kind]
    unexpected = set(params) - ALLOWED_PARAMS
    if unexpected:
        raise ValueError(f"notification params not allowed: {sorted(unexpected)}")
    values = {k: _param(v) for k, v in params.items()}
    created = 0
    for person in recipients:
        pref = await repo.preference(session, person.id)
        status = EmailStatus.PENDING
        muted = entry.reminder and pref is not None and not pref.reminders_enabled
        if muted or not person.active:
            status = EmailStatus.SKIPPED
        notification_id = await repo.insert_notification(
            session, organisation_id=person.organisation_id, person_id=person.id, kind=kind,
            reminder=entry.reminder, params=values, dedupe_key=f"{kind}:{key}:{person.id}",
            email_status=status,
        )
        if notification_id is None:
            continue
        created += 1
        digest = entry.reminder and pref is not None and pref.digest == "daily"
        if status == EmailStatus.PENDING and not digest:
            await enqueue(session, SEND_EMAIL, {"notification_id": str(notification_id)},
                          dedupe_key=f"mail:{notification_id}")
    return created


async def list_mine(session: AsyncSession, person: Person, *, limit: int,
                    unread_only: bool) -> tuple[list[Notification], int]:
    items = await repo.list_for_person(session, person.id, limit=limit, unread_only=unread_only)
    return items, await repo.unread_count(session, person.id)


async def mark_read(session: AsyncSession, person: Person, notification_id: uuid.UUID) -> None:
    if await repo.get_for_person(session, person.id, notification_id) is None:
        raise NotFound("No such notification.", code="notification_not_found")
    await repo.mark_read(session, person.id, notification_id, utcnow())


async def mark_all_read(session: AsyncSession, person: Person) -> int:
    return await repo.mark_read(session, person.id, None, utcnow())


async def preferences(session: AsyncSession, person: Person) -> NotificationPreference:
    pref = await repo.preference(session, person.id)
    if pref is None:
        pref = NotificationPreference(
            person_id=person.id, organisation_id=person.organisation_id, locale="fr",
            reminders_enabled=True, digest="immediate",
        )
    return pref


async def update_preferences(session: AsyncSession, person: Person, *, locale: str | None,
                             reminders_enabled: bool | None, digest: str | None
                             ) -> NotificationPreference:
    pref = await repo.preference(session, person.id)
    if pref is None:
        pref = await preferences(session, person)
        session.add(pref)
    if locale is not None:
        pref.locale = locale
    if reminders_enabled is not None:
        pref.reminders_enabled = reminders_enabled
    if digest is not None:
        pref.digest = digest
    await session.flush()
    return pref


async def unsubscribe_reminders(session: AsyncSession, person_id: uuid.UUID) -> None:
    person = await session.get(Person, person_id)
    if person is None:
        return
    await update_preferences(session, person, locale=None, reminders_enabled=False, digest=None)
