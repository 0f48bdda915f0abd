"""Reminders and expiries fire at the right time, the clock passed in, never slept;
running them twice tells nobody twice."""

from __future__ import annotations

from datetime import timedelta

import httpx
from sqlalchemy import select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.models import (
    ActionItem,
    MentoringSession,
    Mentorship,
    MentorshipStatus,
    Notification,
    ProgramManager,
    Role,
    SessionStatus,
)
from constel_api.models.program import ParticipantState
from constel_api.notifications import reminders
from constel_api.notifications.render import render
from tests.fixtures.actors import Factory
from tests.mentorships.helpers import make_pair


async def _kinds(session: AsyncSession, person_id: object) -> list[str]:
    rows = await session.execute(select(Notification.kind).where(
        Notification.person_id == person_id).order_by(Notification.created_at))
    return [k for (k,) in rows]


async def _jobs(session: AsyncSession) -> int:
    connection = await session.connection()
    return int((await connection.execute(text(
        "SELECT count(*) FROM jobs.pgqueuer WHERE entrypoint = 'send_email'"))).scalar_one())


async def test_session_reminder_24_hours_before(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
) -> None:
    pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
    now = utcnow()
    starts = now + timedelta(hours=30)
    session.add(MentoringSession(
        organisation_id=pair.org.id, mentorship_id=pair.mentorship_id, starts_at=starts,
        duration_minutes=60, mode="video", status=SessionStatus.SCHEDULED, version=1,
        reschedule_count=0))
    await session.flush()
    jobs_before = await _jobs(session)

    assert await reminders.session_reminders(session, now) == 0  # 30 h ahead: not yet
    assert await reminders.session_reminders(session, now + timedelta(hours=6, minutes=1)) == 2
    assert await reminders.session_reminders(session, now + timedelta(hours=7)) == 0  # once
    assert await _kinds(session, pair.mentor.id) == ["session_reminder"]
    assert await _kinds(session, pair.mentee.id) == ["session_reminder"]
    assert await _jobs(session) == jobs_before + 2
    # Within the last hour nothing is sent any more (too late to be useful).
    assert await reminders.session_reminders(session, starts - timedelta(minutes=30)) == 0


async def test_reminders_switched_off_are_listed_but_not_mailed(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
) -> None:
    pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
    r = await client.patch("/api/v1/me/notification-preferences",
                           headers=pair.mentee.headers, json={"reminders_enabled": False})
    assert r.status_code == 200, r.text
    now = utcnow()
    session.add(MentoringSession(
        organisation_id=pair.org.id, mentorship_id=pair.mentorship_id,
        starts_at=now + timedelta(hours=20), duration_minutes=60, mode="video",
        status=SessionStatus.SCHEDULED, version=1, reschedule_count=0))
    await session.flush()
    jobs_before = await _jobs(session)
    assert await reminders.session_reminders(session, now) == 2
    statuses = dict((await session.execute(select(
        Notification.person_id, Notification.email_status).where(
        Notification.kind == "session_reminder",
        Notification.person_id.in_([pair.mentor.id, pair.mentee.id])))).all())
    assert statuses == {pair.mentor.id: "pending", pair.mentee.id: "skipped"}
    assert await _jobs(session) == jobs_before + 1


async def test_proposal_reminder_then_expiry_returns_the_mentee_with_priority(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
) -> None:
    pair = await make_pair(client, factory, session, status=MentorshipStatus.PROPOSED)
    manager = await factory.person(pair.org, Role.PROGRAM_MANAGER)
    session.add(ProgramManager(organisation_id=pair.org.id, program_id=pair.program.id,
                               person_id=manager.id))
    pair.program.answer_delay_days = 10
    created = utcnow() - timedelta(days=1)
    await session.execute(update(Mentorship).where(Mentorship.id == pair.mentorship_id)
                          .values(created_at=created, mentee_accepted_at=created))
    await session.flush()

    assert await reminders.proposal_expiries(session, created + timedelta(days=7)) == 0
    assert await reminders.proposal_expiries(session, created + timedelta(days=8, hours=1)) == 1
    assert await _kinds(session, pair.mentor.id) == ["proposal_expiring"]  # only who waits
    assert await _kinds(session, pair.mentee.id) == []
    assert await reminders.proposal_expiries(session, created + timedelta(days=9)) == 0

    assert await reminders.proposal_expiries(session, created + timedelta(days=10)) == 2
    m = await session.get(Mentorship, pair.mentorship_id, populate_existing=True)
    assert m is not None
    assert m.status == MentorshipStatus.REFUSED
    assert m.end_reason == "expired"
    mentee = await reminders.due.participant(session, pair.program.id, pair.mentee.id)
    assert mentee is not None
    assert mentee.rematch_priority
    assert mentee.state == ParticipantState.ELIGIBLE
    assert await _kinds(session, pair.mentee.id) == ["proposal_expired"]
    assert await _kinds(session, manager.id) == ["proposal_expired_admin"]
    assert await reminders.proposal_expiries(session, created + timedelta(days=11)) == 0


async def test_silent_pair_nudged_then_admins_told(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
) -> None:
    pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
    admin = await factory.person(pair.org, Role.ORG_ADMIN)
    pair.program.session_rhythm = "monthly"  # 6 weeks
    now = utcnow()
    session.add(MentoringSession(
        organisation_id=pair.org.id, mentorship_id=pair.mentorship_id,
        starts_at=now - timedelta(days=1), duration_minutes=60, mode="video",
        status=SessionStatus.SCHEDULED, version=1, reschedule_count=0))
    await session.flush()
    assert await reminders.silent_pairs(session, now + timedelta(weeks=5)) == 0
    assert await reminders.silent_pairs(session, now + timedelta(weeks=6)) == 2
    assert await reminders.silent_pairs(session, now + timedelta(weeks=7)) == 0
    assert await _kinds(session, admin.id) == []
    assert await reminders.silent_pairs(session, now + timedelta(weeks=12)) == 1
    assert await _kinds(session, admin.id) == ["pair_at_risk"]
    assert await _kinds(session, pair.mentee.id) == ["pair_no_session"]


async def test_both_sides_hear_two_weeks_before_the_program_ends(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
) -> None:
    now = utcnow()
    pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE,
                           ends_on=(now + timedelta(days=20)).date())
    ended = await make_pair(client, factory, session, status=MentorshipStatus.COMPLETED,
                            org=pair.org, program=(pair.program, pair.charter))
    assert await reminders.programs_ending(session, now + timedelta(days=5)) == 0
    assert await reminders.programs_ending(session, now + timedelta(days=6)) == 2
    assert await reminders.programs_ending(session, now + timedelta(days=6, hours=1)) == 0
    assert await _kinds(session, pair.mentor.id) == ["program_ending"]
    assert await _kinds(session, pair.mentee.id) == ["program_ending"]
    assert await _kinds(session, ended.mentor.id) == []


async def test_a_due_date_is_the_same_day_in_any_time_zone(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
) -> None:
    pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
    now = utcnow()
    due_on = (now + timedelta(days=1)).date()
    session.add(ActionItem(organisation_id=pair.org.id, mentorship_id=pair.mentorship_id,
                           owner="mentee", due_on=due_on, status="open", version=1))
    await session.flush()
    assert await reminders.action_items_due(session, now) == 1
    row = (await session.execute(select(Notification).where(
        Notification.person_id == pair.mentee.id))).scalar_one()
    for zone in ("Europe/Paris", "America/Montreal", "Asia/Tokyo"):
        out = render(row.kind, "fr", row.params, recipient_name="A", organisation="O",
                     support=None, public_url="https://constel.test", timezone=zone)
        assert due_on.strftime("%d/%m/%Y") in out.text, zone
