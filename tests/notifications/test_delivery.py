"""E-mails through a real worker and a real SMTP server: the right message, in the
recipient's language, to exactly the right people; rollback sends nothing; a failure is
retried and sends once; two workers never send twice; dead letters reach the operator."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from constel_api.config import Settings
from constel_api.core.time import utcnow
from constel_api.jobs.queue import enqueue
from constel_api.main import create_app
from constel_api.models import (
    MentorshipStatus,
    Notification,
    NotificationPreference,
    Person,
    Role,
)
from constel_api.notifications.service import SEND_EMAIL, emit
from tests.fixtures.actors import login
from tests.mentorships.helpers import make_pair
from tests.notifications.conftest import CommittingFactory, Mailbox, Runner, job_rows


def _client(settings: Settings, engine: AsyncEngine) -> httpx.AsyncClient:
    app = create_app(settings, engine)
    transport = httpx.ASGITransport(app=app, client=("203.0.113.20", 50000))
    return httpx.AsyncClient(transport=transport, base_url="https://testserver")


async def _statuses(engine: AsyncEngine, ids: list[uuid.UUID]) -> list[str]:
    async with AsyncSession(engine) as s:
        rows = await s.execute(select(Notification.email_status)
                               .where(Notification.id.in_(ids)))
        return [r for (r,) in rows]


async def test_session_scheduled_tells_the_other_side_in_their_language(
    committed: AsyncSession, cfactory: CommittingFactory, engine: AsyncEngine,
    mail_settings: Settings, mailbox: Mailbox, run_workers: Runner,
) -> None:
    async with _client(mail_settings, engine) as http:
        org = await cfactory.organisation(name="notify-lang")
        pair = await make_pair(http, cfactory, committed, org=org,
                               status=MentorshipStatus.ACTIVE)
        committed.add(NotificationPreference(person_id=pair.mentee.id, organisation_id=org.id,
                                             locale="en", reminders_enabled=True,
                                             digest="immediate"))
        await committed.commit()
        starts = (utcnow() + timedelta(days=3)).replace(hour=9, minute=30, second=0,
                                                        microsecond=0)
        r = await http.post(f"{pair.url}/sessions", headers=pair.mentor.headers, json={
            "starts_at": starts.isoformat(), "duration_minutes": 60, "mode": "video"})
        assert r.status_code == 201, r.text

        await run_workers(mail_settings, lambda: len(mailbox.messages) >= 1)

        assert mailbox.recipients == [[pair.mentee.person.email]]
        message = mailbox.messages[0]
        assert message["Subject"].startswith("Session planned on ")
        body = Mailbox.text(message)
        assert pair.mentor.person.display_name in body
        assert f"https://constel.test/mentorships/{pair.mentorship_id}" in body
        assert "(Europe/Paris)" in body
        assert message["List-Unsubscribe"] is None  # mandatory: no unsubscribe
        assert 'lang="en"' in Mailbox.html(message)
        assert "style=" in Mailbox.html(message)  # CSS inlined

        listing = await http.get("/api/v1/me/notifications", headers=pair.mentee.headers)
        assert listing.status_code == 200
        data = listing.json()
        assert data["unread_count"] == 1
        assert data["items"][0]["kind"] == "session_scheduled"
        assert data["items"][0]["link"] == f"/mentorships/{pair.mentorship_id}"
        mentor_list = await http.get("/api/v1/me/notifications", headers=pair.mentor.headers)
        assert mentor_list.json()["unread_count"] == 0


async def test_a_rolled_back_change_sends_nothing(
    committed: AsyncSession, cfactory: CommittingFactory, engine: AsyncEngine,
    mail_settings: Settings, mailbox: Mailbox, run_workers: Runner,
) -> None:
    org = await cfactory.organisation(name="notify-rollback")
    person = await cfactory.person(org)
    kept = await cfactory.person(org)
    async with AsyncSession(engine, expire_on_commit=False) as s:
        await emit(s, "import_finished", [await s.get(Person, person.id)],  # type: ignore[list-item]
                   key="rolled-back", created=1, updated=0, deactivated=0)
        await s.rollback()
    async with AsyncSession(engine, expire_on_commit=False) as s:
        await emit(s, "import_finished", [await s.get(Person, kept.id)],  # type: ignore[list-item]
                   key="committed", created=1, updated=0, deactivated=0)
        await s.commit()
    await run_workers(mail_settings, lambda: len(mailbox.messages) >= 1)
    assert mailbox.recipients == [[kept.email]]
    rows = await job_rows(engine)
    assert all("rolled-back" not in str(r["payload"]) for r in rows)
    async with AsyncSession(engine) as s:
        count = (await s.execute(select(Notification).where(
            Notification.person_id == person.id))).all()
        assert count == []


async def test_a_failure_is_retried_and_sends_once(
    committed: AsyncSession, cfactory: CommittingFactory, engine: AsyncEngine,
    mail_settings: Settings, mailbox: Mailbox, run_workers: Runner,
) -> None:
    org = await cfactory.organisation(name="notify-retry")
    person = await cfactory.person(org)
    mailbox.fail_next = 1
    async with AsyncSession(engine, expire_on_commit=False) as s:
        await emit(s, "export_ready", [await s.get(Person, person.id)],  # type: ignore[list-item]
                   key="retry", on=utcnow())
        await s.commit()
    await run_workers(mail_settings, lambda: len(mailbox.messages) >= 1)
    async with AsyncSession(engine) as s:
        row = (await s.execute(select(Notification).where(
            Notification.person_id == person.id))).scalar_one()
    assert len(mailbox.messages) == 1
    assert row.email_status == "sent"
    assert row.email_attempts == 2
    assert row.email_error is None


async def test_two_workers_never_send_the_same_message(
    committed: AsyncSession, cfactory: CommittingFactory, engine: AsyncEngine,
    mail_settings: Settings, mailbox: Mailbox, run_workers: Runner,
) -> None:
    org = await cfactory.organisation(name="notify-two-workers")
    people = [await cfactory.person(org) for _ in range(12)]
    async with AsyncSession(engine, expire_on_commit=False) as s:
        for p in people:
            await emit(s, "import_finished", [await s.get(Person, p.id)],  # type: ignore[list-item]
                       key="twice", created=2, updated=0, deactivated=0)
        ids = [i for (i,) in await s.execute(select(Notification.id).where(
            Notification.person_id.in_([p.id for p in people])))]
        # A second job for every message, as a crash-and-replay would leave behind.
        for notification_id in ids:
            await enqueue(s, SEND_EMAIL, {"notification_id": str(notification_id)})
        await s.commit()
    await run_workers(mail_settings, lambda: len(mailbox.messages) >= len(people), count=2)
    await run_workers(mail_settings, _queue_empty(engine), count=2)
    assert sorted(r[0] for r in mailbox.recipients) == sorted(p.email for p in people)
    assert await _statuses(engine, ids) == ["sent"] * len(people)


def _queue_empty(engine: AsyncEngine):  # type: ignore[no-untyped-def]
    async def check() -> bool:
        async with engine.connect() as conn:
            n = (await conn.execute(text(
                "SELECT count(*) FROM jobs.pgqueuer WHERE status IN ('queued', 'picked')"
            ))).scalar_one()
        return int(n) == 0
    return check


async def test_dead_letters_are_listed_for_the_operator_only(
    committed: AsyncSession, cfactory: CommittingFactory, engine: AsyncEngine,
    mail_settings: Settings, mailbox: Mailbox, run_workers: Runner,
) -> None:
    org = await cfactory.organisation(name="notify-dead")
    person = await cfactory.person(org)
    operator = await cfactory.person(org, Role.PLATFORM_OPERATOR)
    admin = await cfactory.person(org, Role.ORG_ADMIN)
    mailbox.always_fail = True
    settings = mail_settings.model_copy(update={"job_max_attempts": 2})
    async with AsyncSession(engine, expire_on_commit=False) as s:
        await emit(s, "export_ready", [await s.get(Person, person.id)],  # type: ignore[list-item]
                   key="dead", on=utcnow())
        await s.commit()

    async def failed() -> bool:
        return any(r["status"] == "failed" for r in await job_rows(engine))

    await run_workers(settings, failed)
    assert mailbox.messages == []
    async with _client(settings, engine) as http:
        token = await login(http, operator.email, "correct horse battery staple")
        r = await http.get("/api/v1/operator/jobs", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200, r.text
        assert r.json()["counts"].get("failed", 0) >= 1
        assert {j["entrypoint"] for j in r.json()["items"]} == {SEND_EMAIL}
        assert all(j["attempts"] == 1 for j in r.json()["items"])
        r = await http.get("/api/v1/operator/mail-deliveries?status=failed",
                           headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200
        mine = [d for d in r.json()["items"] if d["organisation_id"] == str(org.id)]
        assert [(d["kind"], d["email_attempts"], d["email_error"]) for d in mine] == [
            ("export_ready", 2, "SMTPDataError 451")]
        assert "body" not in mine[0]
        assert "params" not in mine[0]
        admin_token = await login(http, admin.email, "correct horse battery staple")
        for path in ("/api/v1/operator/jobs", "/api/v1/operator/mail-deliveries"):
            r = await http.get(path, headers={"Authorization": f"Bearer {admin_token}"})
            assert r.status_code == 403
