"""Séances over HTTP: schedule, reschedule, cancel, held only after the first meeting,
missed with absences, versions, and nobody outside the pair."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.mentoring_sessions import repository as srepo
from constel_api.models import MentorshipStatus
from tests.fixtures.actors import Factory
from tests.mentorships.helpers import Pair, assert_problem, make_pair, outsiders


def _when(days: float) -> str:
    return (utcnow() + timedelta(days=days)).isoformat()


async def _schedule(client: httpx.AsyncClient, pair: Pair, days: float = -1,
                    **extra: Any) -> dict[str, Any]:
    body = {"starts_at": _when(days), "duration_minutes": 60, "mode": "video", **extra}
    r = await client.post(f"{pair.url}/sessions", json=body, headers=pair.mentee.headers)
    assert r.status_code == 201, r.text
    data: dict[str, Any] = r.json()
    return data


class TestAuthorization:
    async def test_anonymous(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        assert_problem(await client.get(f"{pair.url}/sessions"), 401, "not_authenticated")

    async def test_outsiders_get_404_everywhere(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE,
                               first_meeting=True)
        s = await _schedule(client, pair)
        base = f"{pair.url}/sessions"
        one = f"{base}/{s['id']}"
        calls = [
            ("GET", base, None), ("GET", one, None),
            ("POST", base, {"starts_at": _when(1), "duration_minutes": 30, "mode": "phone"}),
            ("PATCH", one, {"version": 1, "duration_minutes": 30}),
            ("POST", f"{one}/cancel", {"version": 1}),
            ("POST", f"{one}/held", {"version": 1}),
            ("POST", f"{one}/missed", {"version": 1, "absence": "mentor"}),
        ]
        for who, headers in await outsiders(client, factory, session, pair):
            for method, path, body in calls:
                r = await client.request(method, path, json=body, headers=headers)
                assert r.status_code == 404, (who, method, path, r.text)
        r = await client.get(one, headers=pair.mentor.headers)
        assert r.json()["status"] == "scheduled"
        assert r.json()["version"] == 1


class TestLifecycle:
    async def test_schedule_reschedule_cancel(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        s = await _schedule(client, pair, days=7)
        one = f"{pair.url}/sessions/{s['id']}"
        r = await client.patch(one, json={"version": 1, "starts_at": _when(8)},
                               headers=pair.mentor.headers)
        assert r.json()["reschedule_count"] == 1
        assert r.json()["version"] == 2
        # The mentee still had version 1 on screen.
        assert_problem(await client.patch(one, json={"version": 1, "mode": "phone"},
                                          headers=pair.mentee.headers), 409, "stale_version")
        r = await client.post(f"{one}/cancel", json={"version": 2}, headers=pair.mentee.headers)
        assert r.json()["status"] == "cancelled"
        assert r.json()["cancelled_by_side"] == "mentee"
        assert_problem(await client.post(f"{one}/held", json={"version": 3},
                                         headers=pair.mentor.headers), 409,
                       "session_not_scheduled")
        listed = await client.get(f"{pair.url}/sessions?status=cancelled",
                                  headers=pair.mentor.headers)
        assert listed.json()["total"] == 1

    async def test_held_only_after_first_meeting(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        s = await _schedule(client, pair)
        one = f"{pair.url}/sessions/{s['id']}"
        assert_problem(await client.post(f"{one}/held", json={"version": 1},
                                         headers=pair.mentor.headers), 409,
                       "first_meeting_not_confirmed")
        r = await client.post(f"{pair.url}/first-meeting", json={}, headers=pair.mentor.headers)
        assert r.status_code == 200
        r = await client.post(f"{one}/held", json={"version": 1}, headers=pair.mentor.headers)
        assert r.json()["status"] == "held"
        assert r.json()["absence"] is None

        future = await _schedule(client, pair, days=2)
        assert_problem(await client.post(f"{pair.url}/sessions/{future['id']}/held",
                                         json={"version": 1}, headers=pair.mentor.headers),
                       409, "session_in_future")

    async def test_missed_with_absences(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE,
                               first_meeting=True)
        org_id, program_id = pair.org.id, pair.program.id
        for absence in ("mentor", "mentee", "both"):
            s = await _schedule(client, pair)
            r = await client.post(f"{pair.url}/sessions/{s['id']}/missed",
                                  json={"version": 1, "absence": absence},
                                  headers=pair.mentee.headers)
            assert r.json()["absence"] == absence
        s = await _schedule(client, pair)
        r = await client.post(f"{pair.url}/sessions/{s['id']}/missed",
                              json={"version": 1, "absence": "nobody"},
                              headers=pair.mentee.headers)
        assert r.status_code == 422
        counts = await srepo.count_by_status_and_absence(session, org_id, program_id)
        assert sorted(counts, key=str) == sorted(
            [("missed", "both", 1), ("missed", "mentee", 1), ("missed", "mentor", 1),
             ("scheduled", None, 1)], key=str)

    async def test_refused_states(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        proposed = await make_pair(client, factory, session)
        r = await client.post(f"{proposed.url}/sessions", headers=proposed.mentor.headers,
                              json={"starts_at": _when(1), "duration_minutes": 60,
                                    "mode": "video"})
        assert_problem(r, 409, "pair_not_active")
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        s = await _schedule(client, pair, days=3)
        r = await client.post(f"{pair.url}/withdraw", json={"reason": "other"},
                              headers=pair.mentee.headers)
        assert r.status_code == 200
        # The remaining member reads but cannot act on a withdrawn pair; the leaver sees none.
        one = f"{pair.url}/sessions/{s['id']}"
        assert_problem(await client.post(f"{one}/cancel", json={"version": 1},
                                         headers=pair.mentor.headers), 409, "pair_withdrawn")
        assert (await client.get(one, headers=pair.mentor.headers)).status_code == 200
        assert_problem(await client.get(one, headers=pair.mentee.headers), 404,
                       "pair_not_found")

    async def test_validation(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        url = f"{pair.url}/sessions"
        for body in ({"starts_at": "2026-01-01T10:00:00", "duration_minutes": 60, "mode": "video"},
                     {"starts_at": _when(1), "duration_minutes": 2, "mode": "video"},
                     {"starts_at": _when(1), "duration_minutes": 60, "mode": "carrier pigeon"}):
            r = await client.post(url, json=body, headers=pair.mentor.headers)
            assert r.status_code == 422, body
