"""Closing a running program completes its active mentorships (charter: programme completion)."""

from __future__ import annotations

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import Mentorship, MentorshipStatus, Role
from tests.fixtures.actors import Factory
from tests.mentorships.helpers import make_pair


async def test_close_completes_active_pairs(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
    admin = await factory.actor(client, pair.org, Role.ORG_ADMIN)
    assert pair.mentorship.status == MentorshipStatus.ACTIVE
    r = await client.post(f"/api/v1/programs/{pair.program.id}/actions/close",
                          headers=admin.headers)
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "closed"
    mentorship = await session.get(Mentorship, pair.mentorship_id)
    assert mentorship is not None
    await session.refresh(mentorship)
    assert mentorship.status == MentorshipStatus.COMPLETED
    assert mentorship.end_reason == "program_end"
