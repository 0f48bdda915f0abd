"""The iCalendar feed: a revocable secret URL, stored hashed, never logged, no content."""

from __future__ import annotations

import logging
from datetime import timedelta

import httpx
import pytest
from icalendar import Calendar
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.models import CalendarFeed, MentorshipStatus, Role
from tests.fixtures.actors import Factory
from tests.mentorships.helpers import ADMIN_ROLE_SETS, assert_problem, make_pair


class TestCalendarFeed:
    async def test_anonymous(self, client: httpx.AsyncClient) -> None:
        assert_problem(await client.post("/api/v1/calendar/feed"), 401, "not_authenticated")

    async def test_admins_have_none(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        org = await factory.organisation()
        for roles in ADMIN_ROLE_SETS:
            admin = await factory.actor(client, org, *roles)
            for method in ("GET", "POST", "DELETE"):
                r = await client.request(method, "/api/v1/calendar/feed", headers=admin.headers)
                assert r.status_code == 404, (roles, method)

    async def test_feed_lifecycle(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
        caplog: pytest.LogCaptureFixture,
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        other = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        starts = utcnow() + timedelta(days=3)
        ids = []
        for p in (pair, pair, other):
            r = await client.post(f"{p.url}/sessions", headers=p.mentor.headers, json={
                "starts_at": starts.isoformat(), "duration_minutes": 45, "mode": "in_person"})
            ids.append(r.json()["id"])
        r = await client.post(f"{pair.url}/sessions/{ids[1]}/cancel", json={"version": 1},
                              headers=pair.mentee.headers)
        assert r.status_code == 200

        assert (await client.get("/api/v1/calendar/feed", headers=pair.mentee.headers)
                ).json()["active"] is False
        caplog.set_level(logging.DEBUG)
        r = await client.post("/api/v1/calendar/feed", headers=pair.mentee.headers)
        assert r.status_code == 201
        url = r.json()["url"]
        secret = httpx.URL(url).params["key"]
        assert url.startswith("https://testserver/api/v1/calendar/sessions.ics?key=calf_")

        ics = await client.get(url)  # no Authorization header: the URL is the credential
        assert ics.status_code == 200, ics.text
        assert ics.headers["content-type"].startswith("text/calendar")
        cal = Calendar.from_ical(ics.content)
        events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
        assert set(events) == {f"{ids[0]}@constel", f"{ids[1]}@constel"}
        assert str(events[f"{ids[1]}@constel"]["status"]) == "CANCELLED"
        assert str(events[f"{ids[0]}@constel"]["summary"]) == "Séance de mentorat"
        assert events[f"{ids[0]}@constel"].decoded("dtstart") == starts.replace(microsecond=0)
        text = ics.content.decode()
        for name in (pair.mentor.person.family_name, pair.mentee.person.family_name):
            assert name not in text

        # Stored as a hash only, and never logged.
        rows = list(await session.scalars(select(CalendarFeed).where(
            CalendarFeed.person_id == pair.mentee.id)))
        assert len(rows) == 1
        assert secret.encode() not in rows[0].secret_hash
        assert len(rows[0].secret_hash) == 32
        server_logs = [r for r in caplog.records if r.name.startswith("constel_api")]
        assert server_logs  # the access log did run
        assert not [r for r in server_logs if secret in str(r.__dict__)]
        state = await client.get("/api/v1/calendar/feed", headers=pair.mentee.headers)
        assert state.json()["active"] is True
        assert state.json()["last_fetched_at"]
        assert secret not in state.text

        # A new URL revokes the old one; revoking leaves nothing.
        r = await client.post("/api/v1/calendar/feed", headers=pair.mentee.headers)
        assert_problem(await client.get(url), 404, "calendar_not_found")
        new_url = r.json()["url"]
        assert (await client.get(new_url)).status_code == 200
        r = await client.delete("/api/v1/calendar/feed", headers=pair.mentee.headers)
        assert r.status_code == 204
        assert_problem(await client.get(new_url), 404, "calendar_not_found")
        assert_problem(await client.delete("/api/v1/calendar/feed", headers=pair.mentee.headers),
                       404, "calendar_feed_not_found")

    async def test_leaver_loses_the_events(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        r = await client.post(f"{pair.url}/sessions", headers=pair.mentor.headers, json={
            "starts_at": utcnow().isoformat(), "duration_minutes": 45, "mode": "phone"})
        assert r.status_code == 201
        url = (await client.post("/api/v1/calendar/feed", headers=pair.mentor.headers)
               ).json()["url"]
        assert "BEGIN:VEVENT" in (await client.get(url)).text
        r = await client.post(f"{pair.url}/withdraw", json={"reason": "availability"},
                              headers=pair.mentor.headers)
        assert r.status_code == 200
        assert "BEGIN:VEVENT" not in (await client.get(url)).text

    @pytest.mark.parametrize("key", ["", "calf_nope", "x" * 500])
    async def test_unknown_keys(self, client: httpx.AsyncClient, key: str) -> None:
        r = await client.get("/api/v1/calendar/sessions.ics", params={"key": key})
        assert_problem(r, 404, "calendar_not_found")


def test_member_role_is_needed() -> None:
    assert Role.MEMBER not in {r for roles in ADMIN_ROLE_SETS for r in roles}
