"""Introductions over HTTP: the mentor proposes, the mentee accepts, either marks done."""

from __future__ import annotations

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.introductions import repository as irepo
from constel_api.models import MentorshipStatus
from tests.fixtures.actors import Factory
from tests.mentorships.helpers import assert_problem, make_pair, outsiders


class TestIntroductions:
    async def test_outsiders(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        r = await client.post(f"{pair.url}/introductions", json={}, headers=pair.mentor.headers)
        one = f"{pair.url}/introductions/{r.json()['id']}"
        for who, headers in await outsiders(client, factory, session, pair):
            for method, path, body in (
                ("GET", f"{pair.url}/introductions", None), ("GET", one, None),
                ("POST", f"{pair.url}/introductions", {}),
                ("PATCH", one, {"version": 1, "status": "accepted"}),
            ):
                r = await client.request(method, path, json=body, headers=headers)
                assert r.status_code == 404, (who, method, path)

    async def test_valid(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        org_id = pair.org.id
        assert_problem(await client.post(f"{pair.url}/introductions", json={},
                                         headers=pair.mentee.headers), 403, "mentor_only")
        r = await client.post(f"{pair.url}/introductions", json={}, headers=pair.mentor.headers)
        assert r.json()["status"] == "proposed"
        one = f"{pair.url}/introductions/{r.json()['id']}"
        assert_problem(await client.patch(one, json={"version": 1, "status": "done"},
                                          headers=pair.mentor.headers), 409,
                       "invalid_status_transition")
        assert_problem(await client.patch(one, json={"version": 1, "status": "accepted"},
                                          headers=pair.mentor.headers), 403, "mentee_only")
        r = await client.patch(one, json={"version": 1, "status": "accepted"},
                               headers=pair.mentee.headers)
        assert r.json()["accepted_at"]
        r = await client.patch(one, json={"version": 2, "status": "done"},
                               headers=pair.mentor.headers)
        assert r.json()["status"] == "done"
        assert await irepo.count_by_status(session, org_id) == {"done": 1}
