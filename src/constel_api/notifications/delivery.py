"""Send one notification's e-mail, at most once, whatever the number of jobs or workers."""

from __future__ import annotations

import logging
import uuid

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from constel_api.config import Settings
from constel_api.core.time import utcnow
from constel_api.models import EmailStatus, Organisation, Person
from constel_api.notifications import mailer
from constel_api.notifications import repository as repo
from constel_api.notifications.render import render

logger = logging.getLogger(__name__)


class DeliveryFailed(Exception):
    """Raised to the queue so that it retries; carries no message content."""


async def deliver(sessionmaker: async_sessionmaker[AsyncSession], settings: Settings,
                  notification_id: uuid.UUID, *, final_attempt: bool) -> str:
    """Returns the notification's e-mail status after this attempt."""
    async with sessionmaker() as session:
        row = await repo.lock_notification(session, notification_id)
        if row is None:
            return "gone"
        if row.email_status in (EmailStatus.SENT, EmailStatus.SKIPPED):
            return row.email_status
        person = await session.get(Person, row.person_id)
        organisation = await session.get(Organisation, row.organisation_id)
        if person is None or organisation is None or not person.active:
            row.email_status = EmailStatus.SKIPPED
            await session.commit()
            return row.email_status
        pref = await repo.preference(session, person.id)
        if row.reminder and pref is not None and not pref.reminders_enabled:
            row.email_status = EmailStatus.SKIPPED
            await session.commit()
            return row.email_status
        unsubscribe = mailer.unsubscribe_url(settings, person.id) if row.reminder else None
        rendered = render(
            row.kind, pref.locale if pref else "fr", row.params,
            recipient_name=person.given_name, organisation=organisation.name,
            support=organisation.support_email, public_url=settings.public_url,
            timezone=settings.mail_timezone, unsubscribe_url=unsubscribe,
        )
        message = mailer.build_message(
            settings, to=person.email, to_name=person.display_name, rendered=rendered,
            unsubscribe=unsubscribe, reference=str(row.id),
        )
        row.email_attempts += 1
        try:
            await mailer.send(settings, message)
        except Exception as exc:
            row.email_error = mailer.error_label(exc)
            row.email_status = EmailStatus.FAILED if final_attempt else EmailStatus.RETRYING
            await session.commit()
            logger.warning("e-mail not sent", extra={"notification_id": str(row.id),
                                                     "error": row.email_error})
            raise DeliveryFailed(row.email_error) from None
        row.email_status = EmailStatus.SENT
        row.email_sent_at = utcnow()
        row.email_error = None
        await session.commit()
        return row.email_status
