"""Action-plan items over HTTP: owner, due date, status, séance link, versions."""

from __future__ import annotations

import uuid

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.action_plans import repository as arepo
from constel_api.core.time import utcnow
from constel_api.models import MentorshipStatus
from tests.fixtures.actors import Factory
from tests.mentorships.helpers import assert_problem, make_pair, outsiders


class TestActionItems:
    async def test_outsiders(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        r = await client.post(f"{pair.url}/action-items", json={"owner": "mentee"},
                              headers=pair.mentee.headers)
        one = f"{pair.url}/action-items/{r.json()['id']}"
        for who, headers in await outsiders(client, factory, session, pair):
            for method, path, body in (
                ("GET", f"{pair.url}/action-items", None), ("GET", one, None),
                ("POST", f"{pair.url}/action-items", {"owner": "mentor"}),
                ("PATCH", one, {"version": 1, "status": "done"}),
            ):
                r = await client.request(method, path, json=body, headers=headers)
                assert r.status_code == 404, (who, method, path)

    async def test_valid(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        org_id, program_id = pair.org.id, pair.program.id
        s = await client.post(f"{pair.url}/sessions", headers=pair.mentor.headers, json={
            "starts_at": utcnow().isoformat(), "duration_minutes": 60, "mode": "video"})
        sid = s.json()["id"]
        r = await client.post(f"{pair.url}/action-items", headers=pair.mentor.headers,
                              json={"owner": "mentee", "due_on": "2020-01-31",
                                    "session_id": sid})
        assert r.status_code == 201
        item = r.json()
        assert (item["owner"], item["status"], item["session_id"]) == ("mentee", "open", sid)
        one = f"{pair.url}/action-items/{item['id']}"
        assert await arepo.count_by_owner_and_status(session, org_id, program_id) == [
            ("mentee", "open", True, 1)]
        r = await client.patch(one, json={"version": 1, "status": "done", "due_on": None},
                               headers=pair.mentee.headers)
        assert r.json()["status"] == "done"
        assert r.json()["done_at"]
        assert r.json()["due_on"] is None
        assert r.json()["session_id"] == sid
        assert_problem(await client.patch(one, json={"version": 1, "owner": "mentor"},
                                          headers=pair.mentor.headers), 409, "stale_version")
        r = await client.patch(one, json={"version": 2, "status": "open"},
                               headers=pair.mentor.headers)
        assert r.json()["done_at"] is None
        listed = await client.get(f"{pair.url}/action-items", params={"session_id": sid},
                                  headers=pair.mentee.headers)
        assert listed.json()["total"] == 1

    async def test_foreign_session_is_refused(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        other = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE,
                                org=pair.org)
        s = await client.post(f"{other.url}/sessions", headers=other.mentor.headers, json={
            "starts_at": utcnow().isoformat(), "duration_minutes": 60, "mode": "video"})
        for sid in (s.json()["id"], str(uuid.uuid4())):
            r = await client.post(f"{pair.url}/action-items", headers=pair.mentor.headers,
                                  json={"owner": "mentor", "session_id": sid})
            assert_problem(r, 422, "unknown_session")
