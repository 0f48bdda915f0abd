"""Who may use the matching review: org admins and the program's own managers only."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import Role
from tests.fixtures.actors import Factory
from tests.matching.workflow import (
    Cohort,
    add,
    assert_problem,
    cohort,
    commit,
    manager_of,
)
from tests.programs.helpers import create_program


async def _setup(client: httpx.AsyncClient, factory: Factory,
                 session: AsyncSession) -> tuple[Cohort, dict[str, Any]]:
    c = await cohort(client, factory, session)
    await add(session, factory, c, "e1", "mentee")
    await add(session, factory, c, "e2", "mentee", unit=1)
    await add(session, factory, c, "m1", "mentor", unit=2)
    await add(session, factory, c, "m2", "mentor", unit=2)
    await commit(session)
    r = await client.post(f"{c.base}/runs", headers=c.admin.headers)
    assert r.status_code == 201, r.text
    return c, r.json()


def routes(c: Cohort, run: dict[str, Any]) -> list[tuple[str, str, dict[str, Any] | None]]:
    run_url = f"{c.base}/runs/{run['id']}"
    p1, p2 = (p["id"] for p in run["proposals"])
    pair = {"mentee_id": c.id("e1"), "mentor_id": c.id("m1")}
    return [
        ("GET", f"{c.base}/settings", None),
        ("PUT", f"{c.base}/settings", {"attributes": [{"attribute": "languages", "weight": 2}]}),
        ("POST", f"{c.base}/runs", None),
        ("GET", f"{c.base}/runs", None),
        ("GET", run_url, None),
        ("POST", f"{run_url}/proposals", pair),
        ("POST", f"{run_url}/proposals/{p1}/pin", None),
        ("DELETE", f"{run_url}/proposals/{p1}/pin", None),
        ("POST", f"{run_url}/proposals/{p1}/exclude", None),
        ("POST", f"{run_url}/swap", {"proposal_ids": [p1, p2]}),
        ("POST", f"{run_url}/publish", None),
        ("GET", f"{c.base}/check?mentee_id={pair['mentee_id']}&mentor_id={pair['mentor_id']}",
         None),
        ("GET", f"{c.base}/exclusions", None),
        ("POST", f"{c.base}/exclusions", pair),
        ("GET", f"{c.base}/rematches", None),
    ]


async def _call(client: httpx.AsyncClient, method: str, url: str, body: dict[str, Any] | None,
                headers: dict[str, str]) -> httpx.Response:
    return await client.request(method, url, json=body, headers=headers)


class TestAuthorization:
    async def test_anonymous(self, client: httpx.AsyncClient, factory: Factory,
                             session: AsyncSession) -> None:
        c, run = await _setup(client, factory, session)
        for method, url, body in routes(c, run):
            r = await _call(client, method, url, body, {})
            assert_problem(r, 401, "not_authenticated")

    async def test_members_are_forbidden(self, client: httpx.AsyncClient, factory: Factory,
                                         session: AsyncSession) -> None:
        c, run = await _setup(client, factory, session)
        member = await factory.actor(client, c.org, Role.MEMBER)
        await commit(session)
        for method, url, body in routes(c, run):
            r = await _call(client, method, url, body, member.headers)
            assert r.status_code == 403, (method, url, r.text)

    @pytest.mark.parametrize("who", ["other_program_manager", "other_org_admin"])
    async def test_outsiders_see_nothing(self, who: str, client: httpx.AsyncClient,
                                         factory: Factory, session: AsyncSession) -> None:
        c, run = await _setup(client, factory, session)
        if who == "other_program_manager":
            other = await create_program(client, c.admin, name="Autre programme")
            actor = await manager_of(client, factory, session, c.org, other["id"])
        else:
            org = await factory.organisation()
            actor = await factory.actor(client, org, Role.ORG_ADMIN)
        await commit(session)
        for method, url, body in routes(c, run):
            r = await _call(client, method, url, body, actor.headers)
            assert r.status_code == 404, (method, url, r.text)
        # nothing changed for the real admins
        r = await client.get(f"{c.base}/runs/{run['id']}", headers=c.admin.headers)
        assert r.json()["status"] == "draft"
        assert r.json()["proposals"] == run["proposals"]

    async def test_the_programs_own_manager_runs_the_whole_review(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        c, run = await _setup(client, factory, session)
        manager = await manager_of(client, factory, session, c.org, c.program_id)
        await commit(session)
        h = manager.headers
        for method, url, body in routes(c, run):
            if method == "GET":
                r = await _call(client, method, url, body, h)
                assert r.status_code == 200, (url, r.text)
        run_url = f"{c.base}/runs/{run['id']}"
        p1 = run["proposals"][0]["id"]
        r = await client.put(f"{c.base}/settings", headers=h,
                             json={"attributes": [{"attribute": "site", "weight": 1}]})
        assert r.status_code == 200, r.text
        r = await client.post(f"{run_url}/proposals/{p1}/pin", headers=h)
        assert r.status_code == 200, r.text
        r = await client.delete(f"{run_url}/proposals/{p1}/pin", headers=h)
        assert r.status_code == 200, r.text
        r = await client.post(f"{run_url}/swap", headers=h,
                              json={"proposal_ids": [p["id"] for p in run["proposals"]]})
        assert r.status_code == 200, r.text
        r = await client.post(f"{c.base}/runs", headers=h)
        assert r.status_code == 201, r.text
        r = await client.post(f"{c.base}/runs/{r.json()['id']}/publish", headers=h)
        assert r.status_code == 200, r.text
        assert len(r.json()["mentorship_ids"]) == 2
