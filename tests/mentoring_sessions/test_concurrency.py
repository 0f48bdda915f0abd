"""Two people editing the same séance at the same moment, each in their own transaction
(no shared test session): one edit wins, the other gets 409 stale_version, nothing is lost
silently."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from constel_api.config import Settings
from constel_api.core.time import utcnow
from constel_api.main import create_app
from constel_api.models import MentorshipStatus, Organisation, Person
from tests.fixtures.actors import Factory
from tests.mentorships.helpers import make_pair


class CommittingFactory(Factory):
    """People are committed at once, so the app's own sessions can sign them in."""

    async def person(self, *args: Any, **kwargs: Any) -> Person:
        person = await super().person(*args, **kwargs)
        await self.session.commit()
        return person


@pytest.fixture
async def committed(engine: AsyncEngine) -> AsyncIterator[AsyncSession]:
    """A session whose commits are real; the organisation is deleted afterwards."""
    async with AsyncSession(engine, expire_on_commit=False, autoflush=False) as s:
        yield s
        await s.rollback()
        await s.execute(delete(Organisation).where(Organisation.name == "concurrency"))
        await s.commit()


async def test_concurrent_edits_of_one_session(
    committed: AsyncSession, engine: AsyncEngine, settings: Settings
) -> None:
    app = create_app(settings, engine)  # each request: its own session and transaction
    transport = httpx.ASGITransport(app=app, client=("203.0.113.9", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as http:
        factory = CommittingFactory(committed, settings)
        org = await factory.organisation(name="concurrency")
        pair = await make_pair(http, factory, committed, org=org,
                               status=MentorshipStatus.ACTIVE)
        await committed.commit()
        mentor, mentee = pair.mentor.headers, pair.mentee.headers
        starts = utcnow() + timedelta(days=5)
        r = await http.post(f"{pair.url}/sessions", headers=mentor, json={
            "starts_at": starts.isoformat(), "duration_minutes": 60, "mode": "video"})
        assert r.status_code == 201, r.text
        one = f"{pair.url}/sessions/{r.json()['id']}"

        results = await asyncio.gather(
            http.patch(one, headers=mentor, json={"version": 1, "duration_minutes": 30}),
            http.post(f"{one}/cancel", headers=mentee, json={"version": 1}),
        )
        codes = sorted(r.status_code for r in results)
        assert codes == [200, 409], [r.text for r in results]
        loser = next(r for r in results if r.status_code == 409)
        assert loser.json()["code"] in ("stale_version", "session_not_scheduled")
        final = (await http.get(one, headers=mentor)).json()
        assert final["version"] == 2
        winner = next(r for r in results if r.status_code == 200).json()
        assert final == winner
