"""No e-mail and no in-app notification ever carries participant content.

Every free-text field the events could reach holds a canary; every event and every
reminder runs; every message is rendered in both languages (subject, text, HTML) and
listed in the app; no canary may appear anywhere.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.mentoring_sessions import service as sessions_service
from constel_api.models import (
    ActionItem,
    Mentorship,
    MentorshipStatus,
    Notification,
    ParticipantRole,
    ParticipantState,
    Person,
    ProgramParticipant,
    Role,
    SessionMode,
)
from constel_api.notifications import events, reminders
from constel_api.notifications.catalogue import ACCOUNT_KINDS, KINDS
from constel_api.notifications.render import render
from constel_api.notifications.service import ALLOWED_PARAMS, emit
from tests.fixtures.actors import Factory
from tests.mentorships.helpers import enrol, make_pair

CANARY = "CANARY-7f3a"


def _assert_clean(*texts: str) -> None:
    for text in texts:
        assert CANARY not in text
        assert CANARY.lower() not in text.lower()


async def _poison(session: AsyncSession, pair: Any) -> None:
    program = pair.program
    program.description = f"{CANARY} description"
    program.theme = f"{CANARY} theme"
    program.objectives = [f"{CANARY} objective"]
    program.support_contact = f"{CANARY}@example.org"
    pair.charter.body_markdown = f"{CANARY} charter"
    for actor in (pair.mentor, pair.mentee):
        actor.person.job_title = f"{CANARY} job"
        actor.person.site = f"{CANARY} site"
    await session.execute(update(Mentorship).where(Mentorship.id == pair.mentorship_id).values(
        attention_reason=f"{CANARY}"[:64], end_reason=f"{CANARY}"[:64]))
    await session.flush()


async def test_every_event_and_reminder_without_content(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
) -> None:
    pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE,
                           first_meeting=True)
    await _poison(session, pair)
    now = utcnow()
    mentor = pair.mentor.person
    row = await sessions_service.schedule(session, mentor, pair.mentorship_id,
                                          now + timedelta(hours=20), 60, SessionMode.VIDEO)
    row = await sessions_service.reschedule(session, mentor, pair.mentorship_id, row.id,
                                            row.version, now + timedelta(hours=22), None, None)
    await reminders.session_reminders(session, now)
    await sessions_service.cancel(session, mentor, pair.mentorship_id, row.id, row.version)
    session.add(ActionItem(organisation_id=pair.org.id, mentorship_id=pair.mentorship_id,
                           owner="mentee", due_on=(now + timedelta(days=1)).date(),
                           status="open", version=1))
    await session.flush()
    await reminders.action_items_due(session, now)
    await reminders.silent_pairs(session, now + timedelta(weeks=30))
    assert pair.program.ends_on is not None
    await reminders.programs_ending(
        session, now + timedelta(days=(pair.program.ends_on - now.date()).days - 14))
    proposed = await make_pair(client, factory, session, status=MentorshipStatus.PROPOSED,
                               org=pair.org, program=(pair.program, pair.charter))
    await events.match_proposed(session, proposed.mentorship, pair.program, now)
    await events.proposal_answered(session, proposed.mentorship, proposed.mentor.person,
                                   proposed.mentee.id, accepted=True)
    await reminders.proposal_expiries(session, now + timedelta(days=9))
    await reminders.proposal_expiries(session, now + timedelta(days=11))
    await events.invited(session, pair.program, [proposed.mentee.person], now)
    # The events of the programs, mentorships and directory domains.
    admin = await factory.actor(client, pair.org, Role.ORG_ADMIN)
    await events.charter_published(session, pair.program, 2)
    await events.pair_activated(session, pair.mentorship)
    await events.withdrawn(session, pair.mentorship, by_mentor=True)
    await events.withdrawn(session, proposed.mentorship, by_mentor=False)
    await events.pair_completed(session, pair.mentorship, program_end=True)
    await events.pair_completed(session, proposed.mentorship, program_end=False)
    await events.directory_imported(session, admin.person, import_id=uuid.uuid4(), created=1,
                                    updated=2, deactivated=3)
    late = await factory.person(pair.org, job_title=f"{CANARY} job", site=f"{CANARY} site")
    await enrol(session, pair.program, late.id, ParticipantRole.MENTEE,
                ParticipantState.INVITED)
    await session.execute(update(ProgramParticipant).where(
        ProgramParticipant.person_id == late.id).values(invited_at=now))
    await reminders.invitation_expiries(session, now + timedelta(days=30))

    rows = list((await session.execute(select(Notification).where(
        Notification.organisation_id == pair.org.id))).scalars())
    kinds = {r.kind for r in rows}
    assert {"session_scheduled", "session_moved", "session_cancelled", "session_reminder",
            "action_items_due", "pair_no_session", "match_proposed", "proposal_accepted",
            "proposal_expiring", "proposal_expired", "program_invitation",
            "charter_new_version", "first_meeting_to_confirm", "program_ending", "mentor_withdrew",
            "replacement_needed", "mentee_withdrew", "pair_withdrawn_admin", "program_closing",
            "pair_completed", "import_finished", "invitation_expired_admin"} <= kinds
    for n in rows:
        _assert_clean(repr(n.params))
        person = await session.get(Person, n.person_id)
        assert person is not None
        for locale in ("fr", "en"):
            out = render(n.kind, locale, n.params, recipient_name=person.given_name,
                         organisation=pair.org.name, support=pair.org.support_email,
                         public_url="https://constel.test", timezone="Europe/Paris",
                         unsubscribe_url="https://constel.test/u")
            _assert_clean(out.subject, out.text, out.html)
    for actor in (pair.mentor, pair.mentee, proposed.mentor, proposed.mentee, admin):
        listing = await client.get("/api/v1/me/notifications", headers=actor.headers)
        assert listing.status_code == 200
        _assert_clean(listing.text)


@pytest.mark.parametrize("kind", sorted({*KINDS, *ACCOUNT_KINDS}))
@pytest.mark.parametrize("locale", ["fr", "en"])
def test_templates_use_only_allowed_params(kind: str, locale: str) -> None:
    """A canary under any other key never reaches a template."""
    params: dict[str, Any] = dict.fromkeys(ALLOWED_PARAMS, "Value")
    params.update(starts_at="2027-01-05T09:00:00+00:00", deadline_at="2027-01-05T09:00:00+00:00",
                  on="2027-01-05T09:00:00+00:00", token="tok")
    for key in ("note", "report", "preparation", "objective", "action_item", "place", "link",
                "feedback", "introduction", "message", "description", "title", "location"):
        params[key] = CANARY
    out = render(kind, locale, params, recipient_name="Ana", organisation="Org",
                 support="help@org.test", public_url="https://constel.test",
                 timezone="Europe/Paris", unsubscribe_url="https://constel.test/u")
    _assert_clean(out.subject, out.text, out.html)
    assert "{" not in out.subject + out.text  # every placeholder filled


async def test_events_refuse_params_outside_the_allowed_list(
    factory: Factory, session: AsyncSession,
) -> None:
    org = await factory.organisation()
    person = await factory.person(org)
    with pytest.raises(ValueError, match="note"):
        await emit(session, "export_ready", [person], key="x", note=CANARY)
