"""The unit tree for admins' filters and unit invitations."""

from __future__ import annotations

import httpx

from constel_api.models import Role
from tests.fixtures.actors import Factory


class TestListUnits:
    async def test_anonymous(self, client: httpx.AsyncClient) -> None:
        assert (await client.get("/api/v1/directory/units")).status_code == 401

    async def test_member_refused(self, client: httpx.AsyncClient, factory: Factory) -> None:
        member = await factory.actor(client, await factory.organisation())
        assert (await client.get("/api/v1/directory/units",
                                 headers=member.headers)).status_code == 403

    async def test_valid_with_counts_and_tenant_scope(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        org = await factory.organisation()
        other = await factory.organisation()
        root = await factory.unit(org, "Caisse")
        team = await factory.unit(org, "Accueil", parent=root)
        await factory.unit(other, "Ailleurs")
        await factory.person(org, unit_id=team.id)
        await factory.person(org, unit_id=team.id)
        await factory.person(org, unit_id=team.id, active=False)
        admin = await factory.actor(client, org, Role.ORG_ADMIN, unit_id=root.id)
        r = await client.get("/api/v1/directory/units", headers=admin.headers)
        assert r.status_code == 200
        body = r.json()
        assert [u["name"] for u in body] == ["Accueil", "Caisse"]
        by_name = {u["name"]: u for u in body}
        assert by_name["Accueil"]["people_count"] == 2
        assert by_name["Accueil"]["parent_id"] == str(root.id)
        assert by_name["Caisse"]["people_count"] == 1
        assert by_name["Caisse"]["parent_id"] is None
