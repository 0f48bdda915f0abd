"""Each participant's séances as an iCalendar feed (RFC 5545) behind a secret URL.

The secret is 256 random bits, shown once and stored as its SHA-256. It travels in the
query string, which the access log leaves out. Events say only "Séance de mentorat",
the time and the status: no names, places, links or notes.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from icalendar import Calendar, Event
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.auth.tokens import hash_token
from constel_api.core.time import utcnow
from constel_api.errors import NotFound
from constel_api.mentoring_sessions import repository as repo
from constel_api.models import CalendarFeed, MentoringSession, Person, SessionStatus

SECRET_PREFIX = "calf_"  # noqa: S105 - a prefix, not a secret
SUMMARY = "Séance de mentorat"
ICS_STATUS = {
    SessionStatus.SCHEDULED: "CONFIRMED",
    SessionStatus.HELD: "CONFIRMED",
    SessionStatus.MISSED: "CONFIRMED",
    SessionStatus.CANCELLED: "CANCELLED",
}


async def feed_state(session: AsyncSession, person: Person) -> CalendarFeed | None:
    return await repo.active_feed(session, person.organisation_id, person.id)


async def create_feed(session: AsyncSession, person: Person) -> tuple[CalendarFeed, str]:
    """A new secret URL; any previous one stops working."""
    await revoke_feed(session, person, missing_ok=True)
    secret = SECRET_PREFIX + secrets.token_urlsafe(32)
    feed = CalendarFeed(organisation_id=person.organisation_id, person_id=person.id,
                        secret_hash=hash_token(secret), created_at=utcnow())
    session.add(feed)
    await session.flush()
    return feed, secret


async def revoke_feed(session: AsyncSession, person: Person, *, missing_ok: bool = False) -> None:
    feed = await repo.active_feed(session, person.organisation_id, person.id)
    if feed is None:
        if missing_ok:
            return
        raise NotFound("You have no calendar feed.", code="calendar_feed_not_found")
    feed.revoked_at = utcnow()
    await session.flush()


def _event(row: MentoringSession) -> Event:
    event = Event()
    event.add("uid", f"{row.id}@constel")
    event.add("dtstamp", row.updated_at)
    event.add("dtstart", row.starts_at)
    event.add("duration", timedelta(minutes=row.duration_minutes))
    event.add("summary", SUMMARY)
    event.add("status", ICS_STATUS[SessionStatus(row.status)])
    event.add("sequence", row.version - 1)
    event.add("categories", [row.mode])
    return event


async def render_feed(session: AsyncSession, secret: str) -> bytes:
    """The calendar of the feed's owner; unknown or revoked secrets are 404."""
    if not secret.startswith(SECRET_PREFIX) or len(secret) > 100:
        raise NotFound("No such calendar.", code="calendar_not_found")
    feed = await repo.feed_by_hash(session, hash_token(secret))
    person = await session.get(Person, feed.person_id) if feed else None
    if feed is None or person is None or not person.active:
        raise NotFound("No such calendar.", code="calendar_not_found")
    feed.last_fetched_at = utcnow()
    cal = Calendar()
    cal.add("prodid", "-//Constel//Mentoring//FR")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Constel")
    for row in await repo.sessions_of_person(session, person.organisation_id, person.id):
        cal.add_component(_event(row))
    await session.flush()
    ics: bytes = cal.to_ical()
    return ics
