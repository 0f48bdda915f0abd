"""The daily digest: people who chose it get their reminders counted in one e-mail a day,
while mandatory messages still leave at once; a second run sends nothing again."""

from __future__ import annotations

from datetime import timedelta

import httpx
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from constel_api.config import Settings
from constel_api.core.time import utcnow
from constel_api.jobs import periodic
from constel_api.main import create_app
from constel_api.models import MentorshipStatus, Notification
from constel_api.notifications import reminders
from tests.mentorships.helpers import make_pair
from tests.notifications.conftest import CommittingFactory, Mailbox, Runner


def _queue_empty(engine: AsyncEngine):  # type: ignore[no-untyped-def]
    async def check() -> bool:
        async with engine.connect() as conn:
            n = (await conn.execute(text(
                "SELECT count(*) FROM jobs.pgqueuer WHERE status IN ('queued', 'picked')"
            ))).scalar_one()
        return int(n) == 0
    return check


async def test_daily_digest_counts_reminders_and_leaves_mandatory_messages_immediate(
    committed: AsyncSession, cfactory: CommittingFactory, engine: AsyncEngine,
    mail_settings: Settings, mailbox: Mailbox, run_workers: Runner,
) -> None:
    app = create_app(mail_settings, engine)
    transport = httpx.ASGITransport(app=app, client=("203.0.113.22", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as http:
        org = await cfactory.organisation(name="notify-digest")
        pair = await make_pair(http, cfactory, committed, org=org,
                               status=MentorshipStatus.ACTIVE, first_meeting=True)
        r = await http.patch("/api/v1/me/notification-preferences",
                             headers=pair.mentee.headers, json={"digest": "daily"})
        assert r.status_code == 200, r.text
        now = utcnow()
        r = await http.post(f"{pair.url}/sessions", headers=pair.mentor.headers, json={
            "starts_at": (now + timedelta(hours=20)).isoformat(), "duration_minutes": 60,
            "mode": "video"})
        assert r.status_code == 201, r.text
    assert await reminders.session_reminders(committed, now) == 2
    await committed.commit()

    await run_workers(mail_settings, lambda: len(mailbox.messages) >= 2)
    await run_workers(mail_settings, _queue_empty(engine))
    # At once: the mentee's mandatory message and the mentor's reminder; not the
    # mentee's reminder, which waits for the digest.
    assert sorted(r[0] for r in mailbox.recipients) == sorted(
        [pair.mentee.person.email, pair.mentor.person.email])
    (scheduled,) = mailbox.to(pair.mentee.person.email)
    assert str(scheduled["Subject"]).startswith("Séance prévue le ")
    (reminded,) = mailbox.to(pair.mentor.person.email)
    assert str(reminded["Subject"]).startswith("Rappel : séance demain à ")

    sessionmaker = async_sessionmaker(engine, expire_on_commit=False)
    assert await periodic.daily_digest(sessionmaker, mail_settings) == 1
    digest = mailbox.to(pair.mentee.person.email)[-1]
    assert digest["Subject"] == "Vos rappels du jour"
    body = Mailbox.text(digest)
    assert "Vous avez 1 rappel(s) en attente dans Constel." in body
    assert "https://constel.test/" in body
    # Made of reminders only: one-click unsubscribe, in the header and in the body.
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Ne plus recevoir de rappels" in body
    async with AsyncSession(engine) as s:
        statuses = {(person, kind): status for person, kind, status in await s.execute(
            select(Notification.person_id, Notification.kind, Notification.email_status)
            .where(Notification.organisation_id == org.id))}
    assert statuses[(pair.mentee.id, "session_reminder")] == "sent"

    # The next morning's run has nothing left for anyone: nothing is sent twice.
    assert await periodic.daily_digest(sessionmaker, mail_settings) == 0
    assert len(mailbox.messages) == 3
