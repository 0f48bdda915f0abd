"""Machine clients: created by org admins, shown once, scoped, revocable, tenant-bound."""

from __future__ import annotations

import uuid
from typing import Annotated

import httpx
import pytest
from fastapi import APIRouter, Depends

from constel_api.auth.dependencies import (
    ClientPrincipal,
    Principal,
    require_admin_or_scope,
    require_scope,
)
from constel_api.models import ApiClient, Role
from tests.fixtures.actors import Actor, Factory


@pytest.fixture
def scoped_app(app):  # type: ignore[no-untyped-def]
    """Routes guarded by scopes, mounted on the real app to exercise the dependencies."""
    router = APIRouter()

    @router.get("/api/v1/_scope-check/scim")
    async def scim_only(
        principal: Annotated[ClientPrincipal, Depends(require_scope("scim"))],
    ) -> dict[str, str]:
        return {"org": str(principal.organisation_id)}

    @router.get("/api/v1/_scope-check/exports")
    async def exports(
        principal: Annotated[Principal, Depends(require_admin_or_scope("exports:read"))],
    ) -> dict[str, str]:
        return {"org": str(principal.organisation_id)}

    app.include_router(router)
    app.router.routes.insert(0, app.router.routes.pop())
    return app


async def _create(client: httpx.AsyncClient, admin: Actor, scopes: list[str]) -> dict[str, str]:
    r = await client.post(
        "/api/v1/api-clients", headers=admin.headers, json={"name": "SIRH", "scopes": scopes}
    )
    assert r.status_code == 201, r.text
    body: dict[str, str] = r.json()
    return body


class TestCreateApiClient:
    async def test_anonymous(self, client: httpx.AsyncClient) -> None:
        r = await client.post("/api/v1/api-clients", json={"name": "x", "scopes": ["scim"]})
        assert r.status_code == 401

    async def test_member_refused(self, client: httpx.AsyncClient, factory: Factory) -> None:
        member = await factory.actor(client, await factory.organisation(), Role.MEMBER)
        r = await client.post(
            "/api/v1/api-clients", headers=member.headers, json={"name": "x", "scopes": ["scim"]}
        )
        assert r.status_code == 403
        assert r.json()["code"] == "forbidden_role"

    async def test_unknown_scope(self, client: httpx.AsyncClient, factory: Factory) -> None:
        admin = await factory.actor(client, await factory.organisation(), Role.ORG_ADMIN)
        r = await client.post(
            "/api/v1/api-clients", headers=admin.headers, json={"name": "x", "scopes": ["root"]}
        )
        assert r.status_code == 422

    async def test_valid_secret_shown_once_and_stored_hashed(
        self,
        client: httpx.AsyncClient,
        factory: Factory,
        session,  # type: ignore[no-untyped-def]
    ) -> None:
        admin = await factory.actor(client, await factory.organisation(), Role.ORG_ADMIN)
        created = await _create(client, admin, ["scim"])
        assert created["token"].startswith("cst_")
        stored = await session.get(ApiClient, uuid.UUID(created["id"]))
        assert created["token"].encode() not in stored.secret_hash
        listed = await client.get("/api/v1/api-clients", headers=admin.headers)
        assert listed.status_code == 200
        assert [c["id"] for c in listed.json()] == [created["id"]]
        assert "token" not in listed.json()[0]


class TestMachineTokens:
    async def test_scope_enforced(
        self,
        scoped_app,
        client: httpx.AsyncClient,  # type: ignore[no-untyped-def]
        factory: Factory,
    ) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        scim = await _create(client, admin, ["scim"])
        exports = await _create(client, admin, ["exports:read"])
        scim_h = {"Authorization": f"Bearer {scim['token']}"}
        exp_h = {"Authorization": f"Bearer {exports['token']}"}
        ok = await client.get("/api/v1/_scope-check/scim", headers=scim_h)
        assert ok.status_code == 200
        assert ok.json()["org"] == str(org.id)
        assert (await client.get("/api/v1/_scope-check/scim", headers=exp_h)).status_code == 403
        assert (await client.get("/api/v1/_scope-check/exports", headers=exp_h)).status_code == 200
        r = await client.get("/api/v1/_scope-check/exports", headers=scim_h)
        assert r.json()["code"] == "insufficient_scope"
        # An org admin passes the admin-or-scope guard; a person never passes a scope-only one.
        assert (
            await client.get("/api/v1/_scope-check/exports", headers=admin.headers)
        ).status_code == 200
        assert (
            await client.get("/api/v1/_scope-check/scim", headers=admin.headers)
        ).status_code == 403
        # Machine clients are not people: person endpoints refuse them.
        assert (await client.get("/api/v1/me", headers=scim_h)).status_code == 403

    async def test_wrong_secret_and_revocation(
        self,
        scoped_app,
        client: httpx.AsyncClient,
        factory: Factory,  # type: ignore[no-untyped-def]
    ) -> None:
        admin = await factory.actor(client, await factory.organisation(), Role.ORG_ADMIN)
        created = await _create(client, admin, ["scim"])
        forged = created["token"][:-4] + "AAAA"
        r = await client.get(
            "/api/v1/_scope-check/scim", headers={"Authorization": f"Bearer {forged}"}
        )
        assert r.status_code == 401
        revoked = await client.delete(f"/api/v1/api-clients/{created['id']}", headers=admin.headers)
        assert revoked.status_code == 200
        assert revoked.json()["revoked_at"] is not None
        r = await client.get(
            "/api/v1/_scope-check/scim", headers={"Authorization": f"Bearer {created['token']}"}
        )
        assert r.status_code == 401

    async def test_other_organisation(self, client: httpx.AsyncClient, factory: Factory) -> None:
        admin_a = await factory.actor(client, await factory.organisation(), Role.ORG_ADMIN)
        admin_b = await factory.actor(client, await factory.organisation(), Role.ORG_ADMIN)
        created = await _create(client, admin_a, ["scim"])
        r = await client.delete(f"/api/v1/api-clients/{created['id']}", headers=admin_b.headers)
        assert r.status_code == 404
        listed = await client.get("/api/v1/api-clients", headers=admin_b.headers)
        assert listed.json() == []
