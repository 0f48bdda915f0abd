"""Platform operators create tenants; org admins manage their own settings only."""

from __future__ import annotations

import json
import uuid

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import Person, Role
from tests.fixtures.actors import Factory

BODY = {
    "name": "CPAM Exemple",
    "slug": "cpam-exemple",
    "support_email": "support@cpam.fr",
    "admin_email": "admin@cpam.fr",
    "admin_given_name": "Ada",
    "admin_family_name": "Admin",
}


class TestCreateOrganisation:
    async def test_anonymous(self, client: httpx.AsyncClient) -> None:
        assert (await client.post("/api/v1/organisations", json=BODY)).status_code == 401

    async def test_org_admin_refused(self, client: httpx.AsyncClient, factory: Factory) -> None:
        admin = await factory.actor(client, await factory.organisation(), Role.ORG_ADMIN)
        r = await client.post("/api/v1/organisations", json=BODY, headers=admin.headers)
        assert r.status_code == 403

    async def test_valid(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        operator = await factory.actor(client, await factory.organisation(), Role.PLATFORM_OPERATOR)
        r = await client.post("/api/v1/organisations", json=BODY, headers=operator.headers)
        assert r.status_code == 201, r.text
        created = r.json()
        # No password is shown: the admin gets a set-password link by e-mail (delivered in
        # tests/notifications/test_create_org_link.py).
        assert not any("password" in key for key in created)
        admin = await session.get(Person, uuid.UUID(created["admin_id"]))
        assert admin is not None
        assert admin.password_hash is None
        assert {Role.ORG_ADMIN, Role.MEMBER} <= set(admin.roles)
        jobs = await session.execute(text(
            "SELECT convert_from(payload, 'UTF8') FROM jobs.pgqueuer "
            "WHERE entrypoint = 'password_link'"))
        assert {"person_id": created["admin_id"]} in [json.loads(p) for (p,) in jobs]
        again = await client.post("/api/v1/organisations", json=BODY, headers=operator.headers)
        assert again.status_code == 409
        assert again.json()["code"] == "slug_taken"

    async def test_bad_slug(self, client: httpx.AsyncClient, factory: Factory) -> None:
        operator = await factory.actor(client, await factory.organisation(), Role.PLATFORM_OPERATOR)
        r = await client.post(
            "/api/v1/organisations", json={**BODY, "slug": "Bad Slug!"}, headers=operator.headers
        )
        assert r.status_code == 422


class TestMyOrganisation:
    async def test_update_is_scoped_to_own_org(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        org_a = await factory.organisation()
        org_b = await factory.organisation()
        admin_a = await factory.actor(client, org_a, Role.ORG_ADMIN)
        r = await client.patch(
            "/api/v1/organisation",
            headers=admin_a.headers,
            json={"anonymity_threshold": 7, "support_email": "help@a.fr"},
        )
        assert r.status_code == 200
        assert r.json()["id"] == str(org_a.id)
        assert r.json()["anonymity_threshold"] == 7
        await factory.session.refresh(org_b)
        assert org_b.anonymity_threshold == 5

    async def test_member_refused_and_bad_values(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        org = await factory.organisation()
        member = await factory.actor(client, org)
        assert (await client.get("/api/v1/organisation", headers=member.headers)).status_code == 403
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        r = await client.patch(
            "/api/v1/organisation", headers=admin.headers, json={"anonymity_threshold": 1}
        )
        assert r.status_code == 422
        r = await client.patch("/api/v1/organisation", headers=admin.headers, json={"id": "x"})
        assert r.status_code == 422
        for field in ("name", "require_totp_for_admins", "anonymity_threshold", "retention_days"):
            r = await client.patch(
                "/api/v1/organisation", headers=admin.headers, json={field: None}
            )
            assert r.status_code == 422, (field, r.text)
            assert r.json()["code"] == "validation_error"
        cleared = await client.patch(
            "/api/v1/organisation", headers=admin.headers, json={"support_email": None}
        )
        assert cleared.status_code == 200
        assert cleared.json()["support_email"] is None
