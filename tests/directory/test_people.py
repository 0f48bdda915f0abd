"""GET /api/v1/directory/people and /people/{id}."""

from __future__ import annotations

import httpx

from constel_api.models import Role
from tests.directory.conftest import Directory
from tests.fixtures.actors import Factory


class TestListPeople:
    async def test_anonymous(self, client: httpx.AsyncClient) -> None:
        assert (await client.get("/api/v1/directory/people")).status_code == 401

    async def test_member_is_forbidden(
        self, client: httpx.AsyncClient, factory: Factory, directory: Directory
    ) -> None:
        member = await factory.actor(client, directory.org, Role.MEMBER)
        response = await client.get("/api/v1/directory/people", headers=member.headers)
        assert response.status_code == 403

    async def test_other_organisation(
        self, client: httpx.AsyncClient, factory: Factory, directory: Directory
    ) -> None:
        await factory.person(directory.org, given_name="Secret")
        other_org = await factory.organisation()
        other = await factory.actor(client, other_org, Role.PROGRAM_MANAGER)
        body = (await client.get("/api/v1/directory/people", headers=other.headers,
                                 params={"q": "Secret"})).json()
        assert body["total"] == 0

    async def test_filters_and_pagination(
        self, client: httpx.AsyncClient, factory: Factory, directory: Directory
    ) -> None:
        org = directory.org
        top = await factory.unit(org, "Finance")
        sub = await factory.unit(org, "Audit", parent=top)
        boss = await factory.person(org, given_name="Zoe", family_name="Boss", unit_id=top.id,
                                    site="Paris")
        await factory.person(org, given_name="Yann", family_name="Audit", unit_id=sub.id,
                             site="Lyon", manager_id=boss.id)
        await factory.person(org, given_name="Xavier", family_name="Gone", active=False,
                             site="Lyon")
        manager = await factory.actor(client, org, Role.PROGRAM_MANAGER)

        async def names(**params: object) -> list[str]:
            response = await client.get("/api/v1/directory/people", headers=manager.headers,
                                        params=params)
            assert response.status_code == 200, response.text
            return [p["given_name"] for p in response.json()["items"]]

        assert sorted(await names(unit_id=str(top.id))) == ["Yann", "Zoe"]
        assert await names(unit_id=str(top.id), include_sub_units="false") == ["Zoe"]
        assert sorted(await names(site="lyon")) == ["Xavier", "Yann"]
        assert await names(site="Lyon", active="true") == ["Yann"]
        assert await names(q="zoe boss") == ["Zoe"]
        assert await names(q="100%_") == []
        page = (await client.get("/api/v1/directory/people", headers=manager.headers,
                                 params={"limit": 2, "offset": 0})).json()
        assert page["total"] == 5
        assert len(page["items"]) == 2
        item = next(p for p in (await client.get(
            "/api/v1/directory/people", headers=manager.headers, params={"q": "Yann"}
        )).json()["items"])
        assert item["manager"]["given_name"] == "Zoe"
        assert item["unit"]["name"] == "Audit"


class TestGetPerson:
    async def test_anonymous(self, client: httpx.AsyncClient, directory: Directory) -> None:
        url = f"/api/v1/directory/people/{directory.admin.id}"
        assert (await client.get(url)).status_code == 401

    async def test_other_organisation(
        self, client: httpx.AsyncClient, factory: Factory, directory: Directory
    ) -> None:
        other_org = await factory.organisation()
        other = await factory.actor(client, other_org, Role.ORG_ADMIN)
        response = await client.get(f"/api/v1/directory/people/{directory.admin.id}",
                                    headers=other.headers)
        assert response.status_code == 404
        assert response.json()["code"] == "person_not_found"

    async def test_valid(self, client: httpx.AsyncClient, factory: Factory,
                         directory: Directory) -> None:
        org = directory.org
        top = await factory.person(org, given_name="Top")
        mid = await factory.person(org, given_name="Mid", manager_id=top.id)
        low = await factory.person(org, given_name="Low", manager_id=mid.id)
        body = (await client.get(f"/api/v1/directory/people/{low.id}",
                                 headers=directory.admin.headers)).json()
        assert [m["given_name"] for m in body["management_chain"]] == ["Mid", "Top"]
        mid_body = (await client.get(f"/api/v1/directory/people/{mid.id}",
                                     headers=directory.admin.headers)).json()
        assert mid_body["direct_reports"] == 1
