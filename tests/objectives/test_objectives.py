"""Objectives over HTTP: dated status steps, versions, refused steps, pair-only."""

from __future__ import annotations

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import MentorshipStatus
from constel_api.objectives import repository as orepo
from tests.fixtures.actors import Factory
from tests.mentorships.helpers import assert_problem, make_pair, outsiders


class TestObjectives:
    async def test_anonymous(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        assert_problem(await client.post(f"{pair.url}/objectives", json={}), 401,
                       "not_authenticated")

    async def test_outsiders(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        r = await client.post(f"{pair.url}/objectives", json={}, headers=pair.mentee.headers)
        one = f"{pair.url}/objectives/{r.json()['id']}"
        for who, headers in await outsiders(client, factory, session, pair):
            for method, path, body in (
                ("GET", f"{pair.url}/objectives", None), ("GET", one, None),
                ("POST", f"{pair.url}/objectives", {}),
                ("PATCH", one, {"version": 1, "status": "achieved"}),
            ):
                r = await client.request(method, path, json=body, headers=headers)
                assert r.status_code == 404, (who, method, path)
        assert (await client.get(one, headers=pair.mentor.headers)).json()["status"] == "defined"

    async def test_valid_steps(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        org_id, program_id = pair.org.id, pair.program.id
        r = await client.post(f"{pair.url}/objectives", json={}, headers=pair.mentee.headers)
        assert r.status_code == 201
        first = r.json()
        assert first["status"] == "defined"
        assert first["defined_at"]
        one = f"{pair.url}/objectives/{first['id']}"
        r = await client.patch(one, json={"version": 1, "status": "in_progress"},
                               headers=pair.mentee.headers)
        assert r.json()["started_at"]
        assert_problem(await client.patch(one, json={"version": 1, "status": "achieved"},
                                          headers=pair.mentor.headers), 409, "stale_version")
        r = await client.patch(one, json={"version": 2, "status": "achieved"},
                               headers=pair.mentor.headers)
        assert r.json()["status"] == "achieved"
        assert r.json()["achieved_at"]
        body = assert_problem(await client.patch(one, json={"version": 3, "status": "abandoned"},
                                                 headers=pair.mentee.headers), 409,
                              "invalid_status_transition")
        assert body["from_status"] == "achieved"
        r = await client.post(f"{pair.url}/objectives", json={}, headers=pair.mentee.headers)
        second = f"{pair.url}/objectives/{r.json()['id']}"
        r = await client.patch(second, json={"version": 1, "status": "abandoned"},
                               headers=pair.mentee.headers)
        assert r.json()["abandoned_at"]
        r = await client.get(f"{pair.url}/objectives?status=achieved",
                             headers=pair.mentor.headers)
        assert [o["id"] for o in r.json()["items"]] == [first["id"]]
        assert await orepo.count_by_status(session, org_id, program_id) == {
            "achieved": 1, "abandoned": 1}
        assert await orepo.pairs_with_achieved_objective(session, org_id, program_id) == 1

    async def test_not_on_a_proposed_pair(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session)
        assert_problem(await client.post(f"{pair.url}/objectives", json={},
                                         headers=pair.mentee.headers), 409, "pair_not_active")
