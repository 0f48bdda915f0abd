"""The daily digest: one e-mail counting the reminders of people who chose it."""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from constel_api.config import Settings
from constel_api.core.time import utcnow
from constel_api.models import EmailStatus, Notification, Organisation
from constel_api.notifications import mailer
from constel_api.notifications import repository as repo
from constel_api.notifications.render import render


async def send_digests(sessionmaker: async_sessionmaker[AsyncSession], settings: Settings) -> int:
    async with sessionmaker() as session:
        pending = await repo.digest_pending(session)
        by_person: dict[uuid.UUID, list[Notification]] = defaultdict(list)
        for row in pending:
            by_person[row.person_id].append(row)
        people = await repo.people(session, set(by_person))
    sent = 0
    for person_id, rows in by_person.items():
        async with sessionmaker() as session:
            person = people[person_id]
            pref = await repo.preference(session, person_id)
            organisation = await session.get(Organisation, person.organisation_id)
            if (pref is None or pref.digest != "daily" or organisation is None
                    or not person.active):
                continue
            # Lock first: a notification counted here is marked sent by this run only.
            locked = [n for n in [await repo.lock_notification(session, r.id) for r in rows]
                      if n is not None and n.email_status == EmailStatus.PENDING]
            if not locked:
                continue
            unsubscribe = mailer.unsubscribe_url(settings, person_id)
            rendered = render(
                "digest", pref.locale, {"count": len(locked)}, recipient_name=person.given_name,
                organisation=organisation.name, support=organisation.support_email,
                public_url=settings.public_url, timezone=settings.mail_timezone,
                unsubscribe_url=unsubscribe,
            )
            message = mailer.build_message(settings, to=person.email, to_name=person.display_name,
                                           rendered=rendered, unsubscribe=unsubscribe,
                                           reference=f"digest-{person_id}")
            await mailer.send(settings, message)
            for row in locked:
                row.email_status = EmailStatus.SENT
                row.email_sent_at = utcnow()
            await session.commit()
            sent += 1
    return sent
